/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The generic KDF itself (layout and limits). The published vectors of each derivation are in
 * kdf-vectors-test.cc.
 */
#include "srvcc/kdf.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <vector>

namespace srvcc
{
namespace
{

TEST(Kdf, EachParameterIsFollowedByItsTwoOctetLength)
{
    const auto key = Key256::FromHex(
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "key");
    const uint8_t p0[] = {0xaa, 0xbb, 0xcc};
    const uint8_t p1[] = {0x01};
    const Key256 derived = Kdf(key, 0x42, {KdfParameter{p0, 3}, KdfParameter{p1, 1}});
    // S = FC || P0 || L0 || P1 || L1 (TS 33.220 B.2.0), assembled by hand.
    const std::vector<uint8_t> s = {0x42, 0xaa, 0xbb, 0xcc, 0x00, 0x03, 0x01, 0x00, 0x01};
    uint8_t expected[32];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.Data(), 32, s.data(), s.size(), expected, &length);
    EXPECT_EQ(derived.RevealHex(), ToHex(expected, 32));
}

TEST(Kdf, RefusesAnInputStringLongerThanItsBuffer)
{
    const Key256 key;
    std::vector<uint8_t> big(kKdfMaxInputLength, 0x55);
    EXPECT_THROW(Kdf(key, 0x6a, {KdfParameter{big.data(), big.size()}}), CryptoError);
}

} // namespace
} // namespace srvcc
