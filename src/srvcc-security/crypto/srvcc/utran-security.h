/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * UTRAN integrity (f9) and ciphering (f8) behind one interface each, selected by the 3GPP
 * algorithm identity (TS 33.102 6.4.2, 6.5): UIA0/UEA0, UIA1/UEA1 (KASUMI, TS 35.201),
 * UIA2/UEA2 (SNOW 3G, TS 35.215). After 5G-SRVCC the UE and the UTRAN side protect CS
 * signalling with IK_SRVCC / CK_SRVCC through these.
 */
#ifndef SRVCC_UTRAN_SECURITY_H
#define SRVCC_UTRAN_SECURITY_H

#include "srvcc/nas-security.h"
#include "srvcc/secret-bytes.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace srvcc
{

/** TS 33.102 6.5.4.1 / TS 25.331: UMTS integrity algorithm identities. */
enum class UtranIntegrityAlgorithm : uint8_t
{
    kUia0 = 0, ///< no integrity (unauthenticated emergency calls only)
    kUia1 = 1, ///< UIA1: f9 on KASUMI (TS 35.201)
    kUia2 = 2, ///< UIA2: f9 on SNOW 3G (TS 35.215)
};

/** TS 33.102 6.6.4.1 / TS 25.331: UMTS encryption algorithm identities. */
enum class UtranCipheringAlgorithm : uint8_t
{
    kUea0 = 0, ///< no encryption
    kUea1 = 1, ///< UEA1: f8 on KASUMI
    kUea2 = 2, ///< UEA2: f8 on SNOW 3G
};

/** Inputs of f9 (TS 33.102 6.5.4): COUNT-I, FRESH, DIRECTION. */
struct UtranIntegrityInput
{
    uint32_t countI{0};
    uint32_t fresh{0};
    uint8_t direction{0}; ///< 1 bit
};

/** Inputs of f8 (TS 33.102 6.6.4): COUNT-C, BEARER, DIRECTION. */
struct UtranCipheringInput
{
    uint32_t countC{0};
    uint8_t bearer{0};    ///< 5 bits
    uint8_t direction{0}; ///< 1 bit
};

/**
 * \return "uia0", "uia1", "uia2" ("uia?" for a value outside the enum); the Parse functions
 *         accept those names in either case and throw CryptoError naming \p input otherwise.
 *         The same holds for "uea0".."uea2".
 */
std::string_view ToString(UtranIntegrityAlgorithm alg);
UtranIntegrityAlgorithm ParseUtranIntegrityAlgorithm(std::string_view name,
                                                     const std::string& input);
std::string_view ToString(UtranCipheringAlgorithm alg);
UtranCipheringAlgorithm ParseUtranCipheringAlgorithm(std::string_view name,
                                                     const std::string& input);

/**
 * f9: MAC-I over the first \p lengthBits bits of \p message (bits of the last octet beyond
 * \p lengthBits are ignored). UIA0 returns all zeros (there is no MAC; callers must only
 * accept it for unauthenticated emergency sessions).
 * \throws CryptoError naming "direction" when direction > 1, "message" when \p message is null
 *         and \p lengthBits is not 0 (for every algorithm, UIA0 included), and "integrity
 *         algorithm" for an identity outside the enum
 */
Mac32 ComputeUtranMac(UtranIntegrityAlgorithm alg, const Key128& ik, const UtranIntegrityInput& in,
                      const uint8_t* message, std::size_t lengthBits);

/**
 * f8: encrypt/decrypt the first \p lengthBits bits of \p data in place; the unused bits of
 * the last octet are zeroed on output. UEA0 leaves the data as it is (but still zeroes them).
 * \throws CryptoError naming "bearer" when bearer > 31, "direction" when direction > 1, "data"
 *         when \p data is null and \p lengthBits is not 0 (for every algorithm, UEA0
 *         included), and "ciphering algorithm" for an identity outside the enum
 */
void ApplyUtranCipher(UtranCipheringAlgorithm alg, const Key128& ck, const UtranCipheringInput& in,
                      uint8_t* data, std::size_t lengthBits);

} // namespace srvcc

#endif // SRVCC_UTRAN_SECURITY_H
