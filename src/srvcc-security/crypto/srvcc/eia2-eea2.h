/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The AES-based 128-EIA2/NIA2 (AES-CMAC) and 128-EEA2/NEA2 (AES-128-CTR) of TS 33.401
 * B.2.3 / B.1.3 (= TS 33.501 D.3.1.3 / D.2.1.3), on OpenSSL. Most callers go through
 * ComputeNasMac / ApplyNasCipher (nas-security.h).
 */
#ifndef SRVCC_EIA2_EEA2_H
#define SRVCC_EIA2_EEA2_H

#include "srvcc/nas-security.h"
#include "srvcc/secret-bytes.h"

#include <cstddef>
#include <cstdint>

namespace srvcc
{

/**
 * 128-EIA2: the 32 most significant bits of AES-128-CMAC(key, M) with
 * M = COUNT(32) || BEARER(5) || DIRECTION(1) || 0^26 || the first \p lengthBits bits of
 * \p message. Any bit length is accepted (the CMAC is taken over a bit string, SP 800-38B).
 * \throws CryptoError naming "bearer" (> 31), "direction" (> 1) or "message" (null with a
 *         non-zero length)
 */
Mac32 Eia2(const Key128& key, uint32_t count, uint8_t bearer, uint8_t direction,
           const uint8_t* message, std::size_t lengthBits);

/**
 * 128-EEA2: XOR the first \p lengthBits bits of \p data with AES-128-CTR keystream,
 * initial counter block COUNT || BEARER || DIRECTION || 0^26 || 0^64. In place, both ways;
 * the unused bits of the last octet are set to zero.
 * \throws CryptoError naming "bearer", "direction" or "data"
 */
void Eea2(const Key128& key, uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* data,
          std::size_t lengthBits);

} // namespace srvcc

#endif // SRVCC_EIA2_EEA2_H
