/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UTRAN f9/f8 dispatcher: one switch per function over the algorithm identity
 * (TS 33.102 6.4.2, 6.5.4.1, 6.6.4.1). The algorithms themselves live in kasumi-f8f9.h
 * (UIA1/UEA1) and snow3g.h (UIA2/UEA2).
 */
#include "srvcc/utran-security.h"

#include "srvcc/crypto-error.h"
#include "srvcc/kasumi-f8f9.h"
#include "srvcc/snow3g.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace srvcc
{
namespace
{

/** \return \p name in lower case, so that "UIA1" and "uia1" are the same name. */
std::string
Lower(std::string_view name)
{
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c)
                   {
                       return static_cast<char>(std::tolower(c));
                   });
    return out;
}

/**
 * The checks every algorithm shares, the NULL ones included, so that a bad DIRECTION or a
 * missing buffer is refused whatever was negotiated.
 */
void
CheckCommon(uint8_t direction, const void* buffer, std::size_t lengthBits, const char* bufferName)
{
    if (direction > 1)
    {
        throw CryptoError("direction",
                          "DIRECTION is 1 bit (0 or 1), got " + std::to_string(direction));
    }
    if (buffer == nullptr && lengthBits != 0)
    {
        throw CryptoError(bufferName, "no buffer for " + std::to_string(lengthBits) + " bits");
    }
}

} // namespace

std::string_view
ToString(UtranIntegrityAlgorithm alg)
{
    switch (alg)
    {
        case UtranIntegrityAlgorithm::kUia0:
            return "uia0";
        case UtranIntegrityAlgorithm::kUia1:
            return "uia1";
        case UtranIntegrityAlgorithm::kUia2:
            return "uia2";
    }
    return "uia?";
}

UtranIntegrityAlgorithm
ParseUtranIntegrityAlgorithm(std::string_view name, const std::string& input)
{
    const std::string lower = Lower(name);
    for (UtranIntegrityAlgorithm alg :
         {UtranIntegrityAlgorithm::kUia0, UtranIntegrityAlgorithm::kUia1,
          UtranIntegrityAlgorithm::kUia2})
    {
        if (lower == ToString(alg))
        {
            return alg;
        }
    }
    throw CryptoError(input, "unknown UTRAN integrity algorithm '" + std::string(name)
                                 + "' (expected uia0, uia1 or uia2)");
}

std::string_view
ToString(UtranCipheringAlgorithm alg)
{
    switch (alg)
    {
        case UtranCipheringAlgorithm::kUea0:
            return "uea0";
        case UtranCipheringAlgorithm::kUea1:
            return "uea1";
        case UtranCipheringAlgorithm::kUea2:
            return "uea2";
    }
    return "uea?";
}

UtranCipheringAlgorithm
ParseUtranCipheringAlgorithm(std::string_view name, const std::string& input)
{
    const std::string lower = Lower(name);
    for (UtranCipheringAlgorithm alg :
         {UtranCipheringAlgorithm::kUea0, UtranCipheringAlgorithm::kUea1,
          UtranCipheringAlgorithm::kUea2})
    {
        if (lower == ToString(alg))
        {
            return alg;
        }
    }
    throw CryptoError(input, "unknown UTRAN ciphering algorithm '" + std::string(name)
                                 + "' (expected uea0, uea1 or uea2)");
}

Mac32
ComputeUtranMac(UtranIntegrityAlgorithm alg, const Key128& ik, const UtranIntegrityInput& in,
                const uint8_t* message, std::size_t lengthBits)
{
    CheckCommon(in.direction, message, lengthBits, "message");
    switch (alg)
    {
        case UtranIntegrityAlgorithm::kUia0:
            // No integrity: there is no MAC to compute; the field is sent as zeros.
            return Mac32{};
        case UtranIntegrityAlgorithm::kUia1:
            return Uia1(ik, in.countI, in.fresh, in.direction, message, lengthBits);
        case UtranIntegrityAlgorithm::kUia2:
            return Uia2(ik, in.countI, in.fresh, in.direction, message, lengthBits);
    }
    throw CryptoError("integrity algorithm",
                      "unknown UIA identity " + std::to_string(static_cast<unsigned>(alg)));
}

void
ApplyUtranCipher(UtranCipheringAlgorithm alg, const Key128& ck, const UtranCipheringInput& in,
                 uint8_t* data, std::size_t lengthBits)
{
    if (in.bearer > 31)
    {
        throw CryptoError("bearer", "BEARER is 5 bits (0..31), got " + std::to_string(in.bearer));
    }
    CheckCommon(in.direction, data, lengthBits, "data");
    switch (alg)
    {
        case UtranCipheringAlgorithm::kUea0:
            // No encryption, but the same output shape as UEA1/UEA2: bits past lengthBits are zero.
            if (lengthBits % 8 != 0)
            {
                data[lengthBits / 8] &= static_cast<uint8_t>(0xff << (8 - lengthBits % 8));
            }
            return;
        case UtranCipheringAlgorithm::kUea1:
            Uea1(ck, in.countC, in.bearer, in.direction, data, lengthBits);
            return;
        case UtranCipheringAlgorithm::kUea2:
            Uea2(ck, in.countC, in.bearer, in.direction, data, lengthBits);
            return;
    }
    throw CryptoError("ciphering algorithm",
                      "unknown UEA identity " + std::to_string(static_cast<unsigned>(alg)));
}

} // namespace srvcc
