/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * NAS / AS integrity and ciphering of 5GS and EPS behind one small interface each
 * (TS 33.501 Annex D, TS 33.401 Annex B): 128-NIA0/1/2, 128-NEA0/1/2 (and their EPS twins
 * EIA/EEA, which are the same algorithms with the same inputs).
 */
#ifndef SRVCC_NAS_SECURITY_H
#define SRVCC_NAS_SECURITY_H

#include "srvcc/secret-bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace srvcc
{

/** TS 33.501 5.11.1.2: integrity algorithm identities (EIAx has the same values). */
enum class NasIntegrityAlgorithm : uint8_t
{
    kNia0 = 0, ///< NULL (unauthenticated emergency sessions only, TS 33.501 D.1)
    kNia1 = 1, ///< 128-NIA1 / 128-EIA1: SNOW 3G
    kNia2 = 2, ///< 128-NIA2 / 128-EIA2: AES-CMAC
    kNia3 = 3, ///< 128-NIA3 / 128-EIA3: ZUC (not provided; refused with a clear error)
};

/** TS 33.501 5.11.1.1: ciphering algorithm identities (EEAx has the same values). */
enum class NasCipheringAlgorithm : uint8_t
{
    kNea0 = 0, ///< NULL
    kNea1 = 1, ///< 128-NEA1 / 128-EEA1: SNOW 3G
    kNea2 = 2, ///< 128-NEA2 / 128-EEA2: AES-128 in CTR mode
    kNea3 = 3, ///< 128-NEA3 / 128-EEA3: ZUC (not provided)
};

/** The 32-bit MAC (NAS-MAC, MAC-I), most significant octet first. */
using Mac32 = std::array<uint8_t, 4>;

/** Inputs common to the 128-bit NAS/AS algorithms (TS 33.501 D.2.1.1, D.3.1.1). */
struct NasAlgorithmInput
{
    uint32_t count{0};    ///< COUNT, 32 bits
    uint8_t bearer{0};    ///< BEARER, 5 bits
    uint8_t direction{0}; ///< DIRECTION, 1 bit (0 uplink, 1 downlink)
};

/**
 * \return "nia0", "nia1", ... ; ParseNasIntegrityAlgorithm accepts those names and
 *         "eia0".."eia3" and throws CryptoError naming \p input otherwise.
 */
std::string_view ToString(NasIntegrityAlgorithm alg);
NasIntegrityAlgorithm ParseNasIntegrityAlgorithm(std::string_view name, const std::string& input);
std::string_view ToString(NasCipheringAlgorithm alg);
NasCipheringAlgorithm ParseNasCipheringAlgorithm(std::string_view name, const std::string& input);

/**
 * Compute the 32-bit MAC over the first \p lengthBits bits of \p message.
 * Bits of the last octet beyond \p lengthBits are ignored.
 * \throws CryptoError on bearer > 31, direction > 1, a message shorter than lengthBits, or an
 *         algorithm the module does not provide (NIA3)
 */
Mac32 ComputeNasMac(NasIntegrityAlgorithm alg, const Key128& key, const NasAlgorithmInput& in,
                    const uint8_t* message, std::size_t lengthBits);

/**
 * Encrypt or decrypt (the same operation) the first \p lengthBits bits of \p data in place;
 * the unused bits of the last octet are set to zero on output.
 * \throws CryptoError as ComputeNasMac
 */
void ApplyNasCipher(NasCipheringAlgorithm alg, const Key128& key, const NasAlgorithmInput& in,
                    uint8_t* data, std::size_t lengthBits);

} // namespace srvcc

#endif // SRVCC_NAS_SECURITY_H
