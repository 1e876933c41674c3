/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * KASUMI, UEA1 (f8) and UIA1 (f9) against the implementors' test data of TS 35.203
 * (KASUMI sets 1-4, f8 sets 1-5) and TS 35.204 (f9 sets 1-5), as published in CryptoMobile
 * test/test_CM.py ("testsets from 3GPP TS 35.203 Rel.10") and in
 * 5g-srvcc-facts.md 3.4.
 */
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/kasumi-f8f9.h"
#include "srvcc/kasumi.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace srvcc
{
namespace
{

std::vector<uint8_t>
Bytes(const char* hex)
{
    return FromHex(hex, "test vector");
}

Key128
KeyOf(const char* hex)
{
    return Key128::FromHex(hex, "test key");
}

// ---- KASUMI core (TS 35.203 KASUMI test sets) -----------------------------------------------

struct CoreVector
{
    const char* key;
    const char* plaintext;
    const char* ciphertext;
};

TEST(Kasumi, TestSets1To3)
{
    const CoreVector sets[] = {
        {"2bd6459f82c5b300952c49104881ff48", "ea024714ad5c4d84", "df1f9b251c0bf45f"},
        {"8ce33e2cc3c0b5fc1f3de8a6dc66b1f3", "d3c5d592327fb11c", "de551988ceb2f9b7"},
        {"4035c6680af8c6d1a8ff8667b1714013", "62a540981ba6f9b7", "4592b0e78690f71b"},
    };
    int setNumber = 1;
    for (const CoreVector& v : sets)
    {
        SCOPED_TRACE("KASUMI test set " + std::to_string(setNumber++));
        const Kasumi kasumi(KeyOf(v.key));
        std::vector<uint8_t> block = Bytes(v.plaintext);
        kasumi.Encrypt(block.data());
        EXPECT_EQ(ToHex(block), v.ciphertext);
    }
}

TEST(Kasumi, TestSet4FiftyIterations)
{
    // Set 4: the plaintext is encrypted, then the result is encrypted again, 50 times in all,
    // with the same key.
    const Kasumi kasumi(KeyOf("3a3b39b5c3f2376d69f7d546e5f85d43"));
    uint64_t block = 0xca49c1c75771ab0bULL;
    for (int i = 0; i < 50; ++i)
    {
        block = kasumi.Encrypt(block);
    }
    EXPECT_EQ(block, 0x738bad4c4a690802ULL);
}

TEST(Kasumi, WordAndOctetFormsAgree)
{
    const Kasumi kasumi(KeyOf("2bd6459f82c5b300952c49104881ff48"));
    EXPECT_EQ(kasumi.Encrypt(uint64_t{0xea024714ad5c4d84ULL}), 0xdf1f9b251c0bf45fULL);
    // A different key gives a different block: the key schedule is really used.
    const Kasumi other(KeyOf("2bd6459f82c5b300952c49104881ff49"));
    EXPECT_NE(other.Encrypt(uint64_t{0xea024714ad5c4d84ULL}), 0xdf1f9b251c0bf45fULL);
}

// ---- f8 / UEA1 (TS 35.203 f8 test sets) -----------------------------------------------------

struct F8Vector
{
    const char* key;
    uint32_t count;
    uint8_t bearer;
    uint8_t direction;
    std::size_t lengthBits;
    const char* plaintext;
    const char* ciphertext; ///< with the unused bits of the last octet zeroed
};

// The spec prints the last octet of sets 1, 4 and 5 with keystream in the unused bits (0f, 12,
// 9e); Uea1 zeroes them, so the expected octets here are 0c, 10 and 98 (as CryptoMobile has).
const F8Vector kF8Sets[] = {
    {"2bd6459f82c5b300952c49104881ff48", 0x72a4f20f, 0x0c, 1, 798,
     "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92922b03450d3a9975e5bd2ea0eb55"
     "ad8e1b199e3ec4316020e9a1b285e762795359b7bdfd39bef4b2484583d5afe082aee638bf5fd5a606193901a08f"
     "4ab41aab9b134880",
     "d1e2de70eef86c6964fb542bc2d460aabfaa10a4a093262b7d199e706fc2d4891553296910f3a973012682e41c4e"
     "2b02be2017b7253bbf9309de5819cb42e81956f4c99bc9765caf53b1d0bb8279826adbbc5522e915c120a618a5a7"
     "f5e897089339650c"},
    {"efa8b2229e720c2a7c36ea55e9605695", 0xe28bcf7b, 0x18, 0, 510,
     "10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc5a8c550d1bfb2f494624fb50367fa36ce3bc"
     "68f11cf93b1510376b02130f812a9fa169d8",
     "3deacc7c15821caa89eecade9b5bd3614bd0c8419d710385ddbe5849ef1bac5ae8b14a5b0a6741521eb4e00bb9ec"
     "f3e9f7ccb9cae74152d7f4e2a034b6ea00ec"},
    {"5acb1d644c0d51204ea5f1451010d852", 0xfa556b26, 0x03, 1, 120, "ad9c441f890b38c457a49d421407e8",
     "9bc92ca803c67b28a11a4bee5a0c25"},
    {"d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x05, 1, 253,
     "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
     "5bb9431bb1e98bd11b93db7c3d45136559bb86a295aa204ecbebf6f7a5101510"},
    {"6090eae04c83706eecbf652be8e36566", 0x72a4f20f, 0x09, 0, 837,
     "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b41ab485472029b71d36bd1a3d90dc"
     "3a41b46d51672ac4c9663a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0fbb5a437ebcc8d31c19e4454"
     "318745e3987645987a986f2cb0",
     "ddb364dd2aaec24dff291957b78bad063ac579cd9041babe89fd195c0578cb9fde4217566178d20240206d07cfa6"
     "19ec059f63514459fc10d42dc9934e56ebc0cbc60d4d2df174774cbdcd5da4a350317a7f12e1949471f8a295f272"
     "e68fc07159b07d8e2d26e45998"},
};

TEST(Uea1, TestSets1To5)
{
    int setNumber = 1;
    for (const F8Vector& v : kF8Sets)
    {
        SCOPED_TRACE("f8 test set " + std::to_string(setNumber++));
        const Key128 ck = KeyOf(v.key);
        std::vector<uint8_t> data = Bytes(v.plaintext);
        ASSERT_EQ(data.size(), (v.lengthBits + 7) / 8);
        Uea1(ck, v.count, v.bearer, v.direction, data.data(), v.lengthBits);
        EXPECT_EQ(ToHex(data), v.ciphertext);
    }
}

TEST(Uea1, DecryptionIsTheSameOperation)
{
    int setNumber = 1;
    for (const F8Vector& v : kF8Sets)
    {
        SCOPED_TRACE("f8 test set " + std::to_string(setNumber++));
        const Key128 ck = KeyOf(v.key);
        std::vector<uint8_t> data = Bytes(v.ciphertext);
        Uea1(ck, v.count, v.bearer, v.direction, data.data(), v.lengthBits);
        // The plaintext back, with its unused tail bits zeroed.
        std::vector<uint8_t> expected = Bytes(v.plaintext);
        if (v.lengthBits % 8 != 0)
        {
            expected.back() &= static_cast<uint8_t>(0xff << (8 - v.lengthBits % 8));
        }
        EXPECT_EQ(ToHex(data), ToHex(expected));
    }
}

TEST(Uea1, TailBitsZeroedAndOnlyRequestedOctetsTouched)
{
    // Set 4 (253 bits) in a larger buffer: the 3 unused bits of octet 31 come out zero, even
    // when they were set on input, and octet 32 onwards is left alone.
    const F8Vector& v = kF8Sets[3];
    std::vector<uint8_t> data = Bytes(v.plaintext);
    data.back() |= 0x07;
    data.push_back(0xa5);
    Uea1(KeyOf(v.key), v.count, v.bearer, v.direction, data.data(), v.lengthBits);
    EXPECT_EQ(ToHex(data), std::string(v.ciphertext) + "a5");

    // Zero bits: nothing happens, a null buffer is accepted.
    std::vector<uint8_t> untouched = {0x12, 0x34};
    Uea1(KeyOf(v.key), v.count, v.bearer, v.direction, untouched.data(), 0);
    EXPECT_EQ(ToHex(untouched), "1234");
    EXPECT_NO_THROW(Uea1(KeyOf(v.key), v.count, v.bearer, v.direction, nullptr, 0));
}

TEST(Uea1, BearerAndDirectionChangeTheKeystream)
{
    const F8Vector& v = kF8Sets[2];
    std::vector<uint8_t> other = Bytes(v.plaintext);
    Uea1(KeyOf(v.key), v.count, static_cast<uint8_t>(v.bearer + 1), v.direction, other.data(),
         v.lengthBits);
    EXPECT_NE(ToHex(other), v.ciphertext);
    other = Bytes(v.plaintext);
    Uea1(KeyOf(v.key), v.count, v.bearer, 0, other.data(), v.lengthBits);
    EXPECT_NE(ToHex(other), v.ciphertext);
}

TEST(Uea1, RefusesBadInputs)
{
    const Key128 ck = KeyOf("5acb1d644c0d51204ea5f1451010d852");
    uint8_t data[8] = {};
    EXPECT_NO_THROW(Uea1(ck, 0, 31, 1, data, 64));
    EXPECT_THROW(Uea1(ck, 0, 32, 0, data, 64), CryptoError);
    EXPECT_THROW(Uea1(ck, 0, 0, 2, data, 64), CryptoError);
    EXPECT_THROW(Uea1(ck, 0, 0, 0, nullptr, 1), CryptoError);
    try
    {
        Uea1(ck, 0, 40, 0, data, 64);
        FAIL() << "bearer 40 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "bearer");
    }
    try
    {
        Uea1(ck, 0, 0, 7, data, 64);
        FAIL() << "direction 7 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "direction");
    }
}

// ---- f9 / UIA1 (TS 35.204 f9 test sets) -----------------------------------------------------

struct F9Vector
{
    const char* key;
    uint32_t count;
    uint32_t fresh;
    uint8_t direction;
    std::size_t lengthBits;
    const char* message;
    const char* mac;
};

const F9Vector kF9Sets[] = {
    {"2bd6459f82c5b300952c49104881ff48", 0x38a6f056, 0x05d2ec49, 0, 189,
     "6b227737296f393c8079353edc87e2e805d2ec49a4f2d8e0", "f63bd72c"},
    {"d42f682428201cafcd9f97945e6de7b7", 0x3edc87e2, 0xa4f2d8e2, 1, 254,
     "b5924384328a4ae00b737109f8b6c8dd2b4db63dd533981ceb19aad52a5b2bc0", "a9daf1ff"},
    // 319 = 4 * 64 + 63 bits: DIRECTION fills the last block and the final '1' needs one more.
    {"fdb9cfdf28936cc483a31869d81b8fab", 0x36af6144, 0x9838f03a, 1, 319,
     "5932bc0ace2b0aba33d8ac188ac54f346fad10bf9dee2920b43bd0c53a915cb7df6caa72053abff2",
     "1537d316"},
    {"c736c6aab22bfff91e2698d2e22ad57e", 0x14793e41, 0x0397e8fd, 1, 384,
     "d0a7d463df9fb2b278833fa02e235aa172bd970c1473e12907fb648b6599aaa0b24a038665422b20a499276a5042"
     "7009",
     "dd7dfadd"},
    {"f4ebec69e73eaf2eb2cf6af4b3120ffd", 0x296f393c, 0x6b227737, 1, 1000,
     "10bfff839e0c71658dbb2d1707e145724f41c16f48bf403c3b18e38fd5d1663b6f6d900193e3cea8bb4f1b4f5be8"
     "22032232a78d7d75238d5e6daecd3b4322cf59bc7ea84ab18811b5bfb7bc553f4fe44478ce287a14879990d18d12"
     "ca79d2c855149021cd5ce8ca0371ca04fcce143e3d7cfee94585b5885cac46068b",
     "c383839d"},
};

TEST(Uia1, TestSets1To5)
{
    int setNumber = 1;
    for (const F9Vector& v : kF9Sets)
    {
        SCOPED_TRACE("f9 test set " + std::to_string(setNumber++));
        const std::vector<uint8_t> message = Bytes(v.message);
        ASSERT_EQ(message.size(), (v.lengthBits + 7) / 8);
        const Mac32 mac
            = Uia1(KeyOf(v.key), v.count, v.fresh, v.direction, message.data(), v.lengthBits);
        EXPECT_EQ(ToHex(mac.data(), mac.size()), v.mac);
    }
}

TEST(Uia1, BitsPastTheLengthAreIgnored)
{
    // Set 1 is 189 bits: the 3 last bits of octet 23 are not part of the message.
    const F9Vector& v = kF9Sets[0];
    std::vector<uint8_t> message = Bytes(v.message);
    message.back() ^= 0x07;
    const Mac32 mac
        = Uia1(KeyOf(v.key), v.count, v.fresh, v.direction, message.data(), v.lengthBits);
    EXPECT_EQ(ToHex(mac.data(), mac.size()), v.mac);

    // ... but the 186th bit is, and so are DIRECTION and FRESH.
    message.back() ^= 0x08;
    const Mac32 flipped
        = Uia1(KeyOf(v.key), v.count, v.fresh, v.direction, message.data(), v.lengthBits);
    EXPECT_NE(ToHex(flipped.data(), flipped.size()), v.mac);
    const std::vector<uint8_t> original = Bytes(v.message);
    const Mac32 otherDirection
        = Uia1(KeyOf(v.key), v.count, v.fresh, 1, original.data(), v.lengthBits);
    EXPECT_NE(ToHex(otherDirection.data(), otherDirection.size()), v.mac);
    const Mac32 otherFresh
        = Uia1(KeyOf(v.key), v.count, v.fresh + 1, v.direction, original.data(), v.lengthBits);
    EXPECT_NE(ToHex(otherFresh.data(), otherFresh.size()), v.mac);
}

/**
 * A second, deliberately naive f9: PS is built bit by bit exactly as TS 35.201 4.4 writes it
 * (COUNT || FRESH || MESSAGE || DIRECTION || 1 || 0*), then chained block by block. Uia1 packs
 * words instead; the two must agree for every length, including each padding case.
 */
Mac32
BitwiseF9(const Key128& ik, uint32_t count, uint32_t fresh, uint8_t direction,
          const std::vector<uint8_t>& message, std::size_t lengthBits)
{
    std::vector<int> ps;
    for (int i = 31; i >= 0; --i)
    {
        ps.push_back((count >> i) & 1);
    }
    for (int i = 31; i >= 0; --i)
    {
        ps.push_back((fresh >> i) & 1);
    }
    for (std::size_t i = 0; i < lengthBits; ++i)
    {
        ps.push_back((message[i / 8] >> (7 - i % 8)) & 1);
    }
    ps.push_back(direction);
    ps.push_back(1);
    while (ps.size() % 64 != 0)
    {
        ps.push_back(0);
    }
    const Kasumi kasumi(ik);
    uint64_t a = 0;
    uint64_t b = 0;
    for (std::size_t block = 0; block < ps.size() / 64; ++block)
    {
        uint64_t word = 0;
        for (std::size_t i = 0; i < 64; ++i)
        {
            word = (word << 1) | static_cast<uint64_t>(ps[64 * block + i]);
        }
        a = kasumi.Encrypt(a ^ word);
        b ^= a;
    }
    Key128 modified;
    for (std::size_t i = 0; i < 16; ++i)
    {
        modified.Data()[i] = static_cast<uint8_t>(ik.Data()[i] ^ 0xaa);
    }
    b = Kasumi(modified).Encrypt(b);
    return {static_cast<uint8_t>(b >> 56), static_cast<uint8_t>(b >> 48),
            static_cast<uint8_t>(b >> 40), static_cast<uint8_t>(b >> 32)};
}

TEST(Uia1, AgreesWithABitwiseModelForEveryLength)
{
    // The model is itself checked against published set 3 (319 bits: the final '1' alone in
    // a block) before it is trusted for the other lengths.
    const F9Vector& v = kF9Sets[2];
    const Mac32 model
        = BitwiseF9(KeyOf(v.key), v.count, v.fresh, v.direction, Bytes(v.message), v.lengthBits);
    ASSERT_EQ(ToHex(model.data(), model.size()), v.mac);

    const Key128 ik = KeyOf(kF9Sets[4].key);
    const std::vector<uint8_t> message = Bytes(kF9Sets[4].message); // 1000 bits of data
    for (std::size_t bits = 0; bits <= 200; ++bits)
    {
        for (uint8_t direction = 0; direction <= 1; ++direction)
        {
            SCOPED_TRACE("length " + std::to_string(bits) + " direction "
                         + std::to_string(direction));
            EXPECT_EQ(Uia1(ik, 0x01020304, 0xa0b0c0d0, direction, message.data(), bits),
                      BitwiseF9(ik, 0x01020304, 0xa0b0c0d0, direction, message, bits));
        }
    }
    EXPECT_EQ(Uia1(ik, 1, 2, 1, nullptr, 0), BitwiseF9(ik, 1, 2, 1, {}, 0));
}

TEST(Uia1, RefusesBadInputs)
{
    const Key128 ik = KeyOf("2bd6459f82c5b300952c49104881ff48");
    const uint8_t message[4] = {};
    EXPECT_THROW(Uia1(ik, 0, 0, 2, message, 32), CryptoError);
    EXPECT_THROW(Uia1(ik, 0, 0, 0, nullptr, 8), CryptoError);
    try
    {
        Uia1(ik, 0, 0, 255, message, 32);
        FAIL() << "direction 255 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "direction");
    }
}

} // namespace
} // namespace srvcc
