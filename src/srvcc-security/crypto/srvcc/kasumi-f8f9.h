/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The 3GPP confidentiality function f8 (UEA1) and integrity function f9 (UIA1) built on
 * KASUMI (TS 35.201 clauses 3 and 4). They are what a UTRAN RNC and the UE run on CS
 * signalling after 5G-SRVCC when UEA1/UIA1 is selected (see utran-security.h).
 */
#ifndef SRVCC_KASUMI_F8F9_H
#define SRVCC_KASUMI_F8F9_H

#include "srvcc/nas-security.h"
#include "srvcc/secret-bytes.h"

#include <cstddef>
#include <cstdint>

namespace srvcc
{

/**
 * UEA1 (f8, TS 35.201 clause 3): encrypt or decrypt (the same operation) the first
 * \p lengthBits bits of \p data in place, most significant bit of data[0] first. The unused
 * bits of the last octet are set to zero on output.
 * \param ck the confidentiality key CK
 * \param count COUNT-C (32 bits)
 * \param bearer BEARER (5 bits, 0..31)
 * \param direction DIRECTION (1 bit: 0 uplink, 1 downlink)
 * \param data at least ceil(lengthBits / 8) octets (may be null only when lengthBits is 0)
 * \throws CryptoError naming "bearer" when bearer > 31, "direction" when direction > 1, "data"
 *         when data is null and lengthBits is not 0
 */
void Uea1(const Key128& ck, uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* data,
          std::size_t lengthBits);

/**
 * UIA1 (f9, TS 35.201 clause 4): MAC-I over the first \p lengthBits bits of \p message, most
 * significant bit of message[0] first. Bits of the last octet beyond lengthBits are ignored.
 * \param ik the integrity key IK
 * \param count COUNT-I (32 bits)
 * \param fresh FRESH (32 bits)
 * \param direction DIRECTION (1 bit)
 * \param message at least ceil(lengthBits / 8) octets (may be null only when lengthBits is 0)
 * \return MAC-I, most significant octet first
 * \throws CryptoError naming "direction" when direction > 1, "message" when message is null and
 *         lengthBits is not 0
 */
Mac32 Uia1(const Key128& ik, uint32_t count, uint32_t fresh, uint8_t direction,
           const uint8_t* message, std::size_t lengthBits);

} // namespace srvcc

#endif // SRVCC_KASUMI_F8F9_H
