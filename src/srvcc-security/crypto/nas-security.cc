/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Algorithm names and the dispatch of the 128-bit NAS/AS algorithms
 * (TS 33.501 Annex D, TS 33.401 Annex B).
 */
#include "srvcc/nas-security.h"

#include "srvcc/crypto-error.h"
#include "srvcc/eia2-eea2.h"
#include "srvcc/snow3g.h"

#include <array>
#include <cctype>
#include <string>

namespace srvcc
{

namespace
{

constexpr std::array<std::string_view, 4> kIntegrityNames = {"nia0", "nia1", "nia2", "nia3"};
constexpr std::array<std::string_view, 4> kIntegrityEpsNames = {"eia0", "eia1", "eia2", "eia3"};
constexpr std::array<std::string_view, 4> kCipheringNames = {"nea0", "nea1", "nea2", "nea3"};
constexpr std::array<std::string_view, 4> kCipheringEpsNames = {"eea0", "eea1", "eea2", "eea3"};

/** \return the index of \p name (any letter case) in \p a or \p b, or -1. */
int
FindName(std::string_view name, const std::array<std::string_view, 4>& a,
         const std::array<std::string_view, 4>& b)
{
    std::string lower(name);
    for (char& c : lower)
    {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (int i = 0; i < 4; ++i)
    {
        if (lower == a[i] || lower == b[i])
        {
            return i;
        }
    }
    return -1;
}

/** TS 33.501 D.2.1.1 / D.3.1.1: BEARER is 5 bits, DIRECTION 1 bit. */
void
CheckInput(const NasAlgorithmInput& in)
{
    if (in.bearer > 31)
    {
        throw CryptoError("bearer", "must be 0..31, got " + std::to_string(in.bearer));
    }
    if (in.direction > 1)
    {
        throw CryptoError("direction", "must be 0 or 1, got " + std::to_string(in.direction));
    }
}

void
ZeroTailBits(uint8_t* data, std::size_t lengthBits)
{
    const unsigned tailBits = lengthBits % 8;
    if (tailBits != 0)
    {
        data[lengthBits / 8] &= static_cast<uint8_t>(0xff << (8 - tailBits));
    }
}

} // namespace

std::string_view
ToString(NasIntegrityAlgorithm alg)
{
    const auto i = static_cast<std::size_t>(alg);
    return i < kIntegrityNames.size() ? kIntegrityNames[i] : std::string_view("unknown");
}

NasIntegrityAlgorithm
ParseNasIntegrityAlgorithm(std::string_view name, const std::string& input)
{
    const int i = FindName(name, kIntegrityNames, kIntegrityEpsNames);
    if (i < 0)
    {
        throw CryptoError(input, "unknown integrity algorithm '" + std::string(name)
                                     + "' (expected nia0..nia3 or eia0..eia3)");
    }
    return static_cast<NasIntegrityAlgorithm>(i);
}

std::string_view
ToString(NasCipheringAlgorithm alg)
{
    const auto i = static_cast<std::size_t>(alg);
    return i < kCipheringNames.size() ? kCipheringNames[i] : std::string_view("unknown");
}

NasCipheringAlgorithm
ParseNasCipheringAlgorithm(std::string_view name, const std::string& input)
{
    const int i = FindName(name, kCipheringNames, kCipheringEpsNames);
    if (i < 0)
    {
        throw CryptoError(input, "unknown ciphering algorithm '" + std::string(name)
                                     + "' (expected nea0..nea3 or eea0..eea3)");
    }
    return static_cast<NasCipheringAlgorithm>(i);
}

Mac32
ComputeNasMac(NasIntegrityAlgorithm alg, const Key128& key, const NasAlgorithmInput& in,
              const uint8_t* message, std::size_t lengthBits)
{
    CheckInput(in);
    if (message == nullptr && lengthBits != 0)
    {
        throw CryptoError("message", "null buffer for " + std::to_string(lengthBits) + " bits");
    }
    switch (alg)
    {
        case NasIntegrityAlgorithm::kNia0:
            // TS 33.501 D.1: NIA0 generates a 32-bit MAC of all zeroes.
            return Mac32{};
        case NasIntegrityAlgorithm::kNia1:
            // TS 33.401 B.2.2 / TS 33.501 D.3.2: UIA2 with COUNT-I = COUNT, IK = KEY and
            // FRESH = BEARER || 0^27.
            return Uia2(key, in.count, static_cast<uint32_t>(in.bearer) << 27, in.direction,
                        message, lengthBits);
        case NasIntegrityAlgorithm::kNia2:
            return Eia2(key, in.count, in.bearer, in.direction, message, lengthBits);
        case NasIntegrityAlgorithm::kNia3:
            throw CryptoError("integrity algorithm",
                              "128-NIA3/EIA3 (ZUC) is not provided by this module");
    }
    throw CryptoError("integrity algorithm",
                      "unknown identity " + std::to_string(static_cast<unsigned>(alg)));
}

void
ApplyNasCipher(NasCipheringAlgorithm alg, const Key128& key, const NasAlgorithmInput& in,
               uint8_t* data, std::size_t lengthBits)
{
    CheckInput(in);
    if (data == nullptr && lengthBits != 0)
    {
        throw CryptoError("data", "null buffer for " + std::to_string(lengthBits) + " bits");
    }
    switch (alg)
    {
        case NasCipheringAlgorithm::kNea0:
            // TS 33.501 D.1: NEA0's keystream is all zeros, so the data stay as they are; only
            // the bits past LENGTH are cleared, as the other algorithms do.
            if (lengthBits != 0)
            {
                ZeroTailBits(data, lengthBits);
            }
            return;
        case NasCipheringAlgorithm::kNea1:
            // TS 33.401 B.1.2 / TS 33.501 D.2.2: UEA2 with COUNT-C = COUNT, CK = KEY.
            Uea2(key, in.count, in.bearer, in.direction, data, lengthBits);
            return;
        case NasCipheringAlgorithm::kNea2:
            Eea2(key, in.count, in.bearer, in.direction, data, lengthBits);
            return;
        case NasCipheringAlgorithm::kNea3:
            throw CryptoError("ciphering algorithm",
                              "128-NEA3/EEA3 (ZUC) is not provided by this module");
    }
    throw CryptoError("ciphering algorithm",
                      "unknown identity " + std::to_string(static_cast<unsigned>(alg)));
}

} // namespace srvcc
