/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/secret-bytes.h"

#include <gtest/gtest.h>

#include <new>
#include <type_traits>

namespace srvcc
{
namespace
{

TEST(SecretBytes, ParsesHexAndRevealsOnRequest)
{
    const auto key = Key128::FromHex("000102030405060708090A0B0C0D0E0F", "k");
    EXPECT_EQ(key.RevealHex(), "000102030405060708090a0b0c0d0e0f");
    EXPECT_EQ(key.Fingerprint(), "0001..");
}

TEST(SecretBytes, WrongLengthNamesTheInput)
{
    try
    {
        Key256::FromHex("0011", "kamf");
        FAIL() << "no error for a 2-octet KAMF";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "kamf");
        EXPECT_STREQ(e.what(), "kamf: expected 64 hex digits (32 octets), got 4 digits");
    }
    EXPECT_THROW(Key128::FromHex("zz0102030405060708090a0b0c0d0e0f", "ck"), CryptoError);
    const uint8_t three[3] = {1, 2, 3};
    EXPECT_THROW(Key128::FromOctets(three, 3, "ik"), CryptoError);
}

TEST(SecretBytes, WipeZeroes)
{
    auto key = Key128::FromHex("ffffffffffffffffffffffffffffffff", "k");
    EXPECT_FALSE(key.IsZero());
    key.Wipe();
    EXPECT_TRUE(key.IsZero());
}

TEST(SecretBytes, DestructorWipesStorage)
{
    // Construct in caller-owned storage so the bytes can be read after destruction.
    alignas(Key128) unsigned char storage[sizeof(Key128)];
    auto* key = new (storage) Key128(Key128::FromHex("a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5", "k"));
    key->~Key128();
    for (unsigned char b : storage)
    {
        EXPECT_EQ(b, 0);
    }
}

TEST(SecretBytes, SplitAndConcatenate)
{
    const auto whole
        = Key256::FromHex("00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef", "k");
    EXPECT_EQ(Msb128(whole).RevealHex(), "00112233445566778899aabbccddeeff");
    EXPECT_EQ(Lsb128(whole).RevealHex(), "0123456789abcdef0123456789abcdef");
    EXPECT_EQ(Concatenate(Msb128(whole), Lsb128(whole)), whole);
    EXPECT_NE(Msb128(whole), Lsb128(whole));
}

} // namespace
} // namespace srvcc
