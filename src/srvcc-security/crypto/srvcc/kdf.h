/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The generic key derivation function of TS 33.220 Annex B.2.0.
 */
#ifndef SRVCC_KDF_H
#define SRVCC_KDF_H

#include "srvcc/secret-bytes.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace srvcc
{

/** One input parameter Pi of the KDF (its length Li is added by the KDF). */
struct KdfParameter
{
    const uint8_t* data;
    std::size_t length;
};

/**
 * Largest string S the KDF builds. The longest 3GPP parameter we feed is a serving network
 * name or SUPI (NAI form), well below this; S lives on the stack, so no heap allocation
 * happens per derivation.
 */
constexpr std::size_t kKdfMaxInputLength = 512;

/**
 * TS 33.220 B.2.0: derived key = HMAC-SHA-256(Key, S) with
 * S = FC || P0 || L0 || P1 || L1 || ... where each Li is the 2-octet big-endian length of Pi.
 *
 * The HMAC runs through OpenSSL's EVP_MAC with a per-thread context that is created once and
 * re-keyed for each call.
 *
 * \throws CryptoError when S would be longer than kKdfMaxInputLength or a parameter is longer
 *         than 65535 octets
 */
Key256 Kdf(const uint8_t* key, std::size_t keyLength, uint8_t fc,
           std::initializer_list<KdfParameter> parameters);

/** Same, keyed with a 256-bit key. */
inline Key256
Kdf(const Key256& key, uint8_t fc, std::initializer_list<KdfParameter> parameters)
{
    return Kdf(key.Data(), key.Size(), fc, parameters);
}

/**
 * HMAC-SHA-256 of \p message under \p key through the same reusable context the KDF uses.
 * \param out 32 octets
 */
void HmacSha256(const uint8_t* key, std::size_t keyLength, const uint8_t* message,
                std::size_t messageLength, uint8_t* out);

} // namespace srvcc

#endif // SRVCC_KDF_H
