/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SNOW 3G (TS 35.216), UEA2 and UIA2 (TS 35.215) against the implementors' test data of
 * TS 35.222 (UEA2 & UIA2 Document 3): keystream sets 1-4, UEA2 (f8) sets 1-5, UIA2 (f9) sets
 * 1-6. Data as published in mitshell/CryptoMobile test/test_CM.py ("SNOW3G, F8, F9, EIA1:
 * testsets from 3GPP TS 35.2XY Rel.10"), 5g-srvcc-facts.md 3.5, and (as hex) in the
 * OpenAirInterface eea1/eia1 unit tests; the f8/f9 inputs are those of the KASUMI sets.
 */
#include "annex-c-messages.h"
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/snow3g.h"

#include <gtest/gtest.h>

#include <ostream>
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

std::string
Hex(const Mac32& mac)
{
    return ToHex(mac.data(), mac.size());
}

/** The first \p bits bits of \p octets, the rest of the last octet cleared. */
std::vector<uint8_t>
Prefix(const std::vector<uint8_t>& octets, std::size_t bits)
{
    std::vector<uint8_t> out(octets.begin(), octets.begin() + (bits + 7) / 8);
    if (bits % 8 != 0)
    {
        out.back() &= static_cast<uint8_t>(0xff << (8 - bits % 8));
    }
    return out;
}

// ---- Keystream (TS 35.222 clause 3, test sets 1-4) ------------------------------------------
// The sets list k0..k3 and IV0..IV3 of TS 35.216 4.1 in that order.

TEST(Snow3gKeystream, TestSets1To3)
{
    struct Vector
    {
        Snow3g::Words k;
        Snow3g::Words iv;
        uint32_t z1;
        uint32_t z2;
    };

    const Vector sets[] = {
        {{0x2bd6459f, 0x82c5b300, 0x952c4910, 0x4881ff48},
         {0xea024714, 0xad5c4d84, 0xdf1f9b25, 0x1c0bf45f},
         0xabee9704,
         0x7ac31373},
        {{0x8ce33e2c, 0xc3c0b5fc, 0x1f3de8a6, 0xdc66b1f3},
         {0xd3c5d592, 0x327fb11c, 0xde551988, 0xceb2f9b7},
         0xeff8a342,
         0xf751480f},
        {{0x4035c668, 0x0af8c6d1, 0xa8ff8667, 0xb1714013},
         {0x62a54098, 0x1ba6f9b7, 0x4592b0e7, 0x8690f71b},
         0xa8c874a9,
         0x7ae7c4f8},
    };
    int setNumber = 1;
    for (const Vector& v : sets)
    {
        SCOPED_TRACE("SNOW 3G keystream test set " + std::to_string(setNumber++));
        Snow3g generator(v.k, v.iv);
        EXPECT_EQ(generator.NextWord(), v.z1);
        EXPECT_EQ(generator.NextWord(), v.z2);
    }
}

TEST(Snow3gKeystream, TestSet4Word1To3AndWord2500)
{
    Snow3g generator({0x0ded7263, 0x109cf92e, 0x3352255a, 0x140e0f76},
                     {0x6b68079a, 0x41a7c4c9, 0x1befd79f, 0x7fdcc233});
    std::vector<uint32_t> z(2500);
    generator.Generate(z.data(), z.size());
    EXPECT_EQ(z[0], 0xd712c05cU);
    EXPECT_EQ(z[1], 0xa937c2a6U);
    EXPECT_EQ(z[2], 0xeb7eaae3U);
    EXPECT_EQ(z[2499], 0x9c0db3aaU); // keystream octets 9996-9999
}

TEST(Snow3gKeystream, GenerateMatchesNextWord)
{
    const Snow3g::Words k = {0x2bd6459f, 0x82c5b300, 0x952c4910, 0x4881ff48};
    const Snow3g::Words iv = {0xea024714, 0xad5c4d84, 0xdf1f9b25, 0x1c0bf45f};
    Snow3g a(k, iv);
    Snow3g b(k, iv);
    uint32_t words[7];
    a.Generate(words, 7);
    for (uint32_t w : words)
    {
        EXPECT_EQ(w, b.NextWord());
    }
    EXPECT_EQ(words[0], 0xabee9704U);
}

// ---- UEA2 / f8 (TS 35.222 clause 4, test sets 1-5) ------------------------------------------

struct CipherVector
{
    int set;
    const char* key;
    uint32_t count;
    uint8_t bearer;
    uint8_t direction;
    std::size_t lengthBits;
    const char* plaintext;
    const char* ciphertext; ///< with the bits past LENGTH cleared
};

/** Names the set in test listings (instead of dumping the bytes of the struct). */
void
PrintTo(const CipherVector& v, std::ostream* os)
{
    *os << "set " << v.set;
}

class Uea2Vector : public testing::TestWithParam<CipherVector>
{
};

TEST_P(Uea2Vector, EncryptsAndDecrypts)
{
    const CipherVector& v = GetParam();
    const Key128 ck = KeyOf(v.key);
    std::vector<uint8_t> data = Bytes(v.plaintext);
    Uea2(ck, v.count, v.bearer, v.direction, data.data(), v.lengthBits);
    EXPECT_EQ(ToHex(data), v.ciphertext);
    Uea2(ck, v.count, v.bearer, v.direction, data.data(), v.lengthBits);
    EXPECT_EQ(ToHex(data), ToHex(Prefix(Bytes(v.plaintext), v.lengthBits)));
}

const CipherVector kUea2Sets[] = {
    {1, "2bd6459f82c5b300952c49104881ff48", 0x72a4f20f, 0x0c, 1, 798,
     "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92922b03450d3a9975"
     "e5bd2ea0eb55ad8e1b199e3ec4316020e9a1b285e762795359b7bdfd39bef4b2484583d5afe082ae"
     "e638bf5fd5a606193901a08f4ab41aab9b134880",
     "8ceba62943dced3a0990b06ea1b0a2c4fb3cedc71b369f42ba64c1eb6665e72aa1c9bb0deaa20fe8"
     "6058b8baee2c2e7f0becce48b52932a53c9d5f931a3a7c532259af4325e2a65e3084ad5f6a513b7b"
     "ddc1b65f0aa0d97a053db55a88c4c4f9605e4140"},
    {2, "efa8b2229e720c2a7c36ea55e9605695", 0xe28bcf7b, 0x18, 0, 510,
     "10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc5a8c550d1bfb2f494624fb50"
     "367fa36ce3bc68f11cf93b1510376b02130f812a9fa169d8",
     "e0da15ca8e2554f5e56c9468dc6c7c129c568aa5032317e04e0729646cabefa689864c410f24f919"
     "e61e3dfdfad77e560db0a9cd36c34ae4181490b29f5fa2fc"},
    {3, "5acb1d644c0d51204ea5f1451010d852", 0xfa556b26, 0x03, 1, 120,
     "ad9c441f890b38c457a49d421407e8", "ba0f31300334c56b52a7497cbac046"},
    {4, "d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x05, 1, 253,
     "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
     "989b719cdc33ceb7cf276a52827cef94a56c40c0ab9d81f7a2a9bac60e11c4b0"},
    {5, "6090eae04c83706eecbf652be8e36566", 0x72a4f20f, 0x09, 0, 837,
     "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b41ab485472029b71d"
     "36bd1a3d90dc3a41b46d51672ac4c9663a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0"
     "fbb5a437ebcc8d31c19e4454318745e3987645987a986f2cb0",
     "5892bba88bbbcaaeae769aa06b683d3a17cc04a369881697435e44fed5ff9af57b9e890d4d5c6470"
     "9885d48ae40690ec043baae9705796e4a9ff5a4b8d8b36d7f3fe57cc6cfd6cd005cd3852a85e94ce"
     "6bcd90d0d07839ce09733544ca8e350843248550922ac12818"},
};

INSTANTIATE_TEST_SUITE_P(Ts35222, Uea2Vector, testing::ValuesIn(kUea2Sets),
                         [](const testing::TestParamInfo<CipherVector>& param)
                         {
                             return "Set" + std::to_string(param.param.set);
                         });

TEST(Uea2, ShorterLengthsGiveAPrefixOfTheCiphertext)
{
    // UEA2 set 1 cut at lengths that end inside a word, on a word edge and inside an octet:
    // the output must be the matching prefix of the full ciphertext, tail bits cleared.
    const CipherVector& v = kUea2Sets[0];
    const std::vector<uint8_t> full = Bytes(v.ciphertext);
    for (std::size_t bits : {1U, 7U, 8U, 9U, 24U, 31U, 32U, 33U, 63U, 64U, 65U, 100U, 797U})
    {
        SCOPED_TRACE("length " + std::to_string(bits));
        std::vector<uint8_t> data = Prefix(Bytes(v.plaintext), (bits + 7) / 8 * 8);
        Uea2(KeyOf(v.key), v.count, v.bearer, v.direction, data.data(), bits);
        EXPECT_EQ(ToHex(data), ToHex(Prefix(full, bits)));
    }
}

TEST(Uea2, ClearsTheBitsPastLength)
{
    // Set 4 is 253 bits: the three low bits of octet 32 are not part of the data.
    const CipherVector& v = kUea2Sets[3];
    std::vector<uint8_t> data = Bytes(v.plaintext);
    data.back() |= 0x07;
    Uea2(KeyOf(v.key), v.count, v.bearer, v.direction, data.data(), v.lengthBits);
    EXPECT_EQ(ToHex(data), v.ciphertext);
    EXPECT_EQ(data.back() & 0x07, 0);
}

TEST(Uea2, ZeroLengthIsANoOp)
{
    uint8_t octet = 0xa5;
    Uea2(KeyOf(kUea2Sets[0].key), 0, 0, 0, &octet, 0);
    EXPECT_EQ(octet, 0xa5);
    EXPECT_NO_THROW(Uea2(KeyOf(kUea2Sets[0].key), 0, 0, 0, nullptr, 0));
}

TEST(Uea2, RejectsBadInputs)
{
    const Key128 ck = KeyOf(kUea2Sets[0].key);
    uint8_t data[4] = {};
    EXPECT_THROW(Uea2(ck, 0, 32, 0, data, 32), CryptoError);
    EXPECT_THROW(Uea2(ck, 0, 0, 2, data, 32), CryptoError);
    EXPECT_THROW(Uea2(ck, 0, 0, 0, nullptr, 32), CryptoError);
    try
    {
        Uea2(ck, 0, 32, 0, data, 32);
        FAIL() << "bearer 32 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "bearer");
    }
    try
    {
        Uea2(ck, 0, 31, 2, data, 32);
        FAIL() << "direction 2 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "direction");
    }
}

// ---- UIA2 / f9 (TS 35.222 clause 5, test sets 1-6) ------------------------------------------

struct MacVector
{
    int set;
    const char* key;
    uint32_t count;
    uint32_t fresh;
    uint8_t direction;
    std::size_t lengthBits;
    const char* message;
    const char* mac;
};

/** Names the set in test listings (instead of dumping the bytes of the struct). */
void
PrintTo(const MacVector& v, std::ostream* os)
{
    *os << "set " << v.set;
}

class Uia2Vector : public testing::TestWithParam<MacVector>
{
};

TEST_P(Uia2Vector, ComputesMacI)
{
    const MacVector& v = GetParam();
    const std::vector<uint8_t> message = Bytes(v.message);
    ASSERT_EQ(message.size(), (v.lengthBits + 7) / 8);
    EXPECT_EQ(Hex(Uia2(KeyOf(v.key), v.count, v.fresh, v.direction, message.data(), v.lengthBits)),
              v.mac);
}

const MacVector kUia2Sets[] = {
    {1, "2bd6459f82c5b300952c49104881ff48", 0x38a6f056, 0x05d2ec49, 0, 189,
     "6b227737296f393c8079353edc87e2e805d2ec49a4f2d8e0", "2bce1820"},
    {2, "d42f682428201cafcd9f97945e6de7b7", 0x3edc87e2, 0xa4f2d8e2, 1, 254,
     "b5924384328a4ae00b737109f8b6c8dd2b4db63dd533981ceb19aad52a5b2bc0", "fc7b18bd"},
    {3, "fdb9cfdf28936cc483a31869d81b8fab", 0x36af6144, 0x9838f03a, 1, 319,
     "5932bc0ace2b0aba33d8ac188ac54f346fad10bf9dee2920b43bd0c53a915cb7df6caa72053abff2",
     "02f1faaf"},
    {4, "c736c6aab22bfff91e2698d2e22ad57e", 0x14793e41, 0x0397e8fd, 1, 384,
     "d0a7d463df9fb2b278833fa02e235aa172bd970c1473e12907fb648b6599aaa0b24a038665422b20"
     "a499276a50427009",
     "38b554c0"},
    {5, "f4ebec69e73eaf2eb2cf6af4b3120ffd", 0x296f393c, 0x6b227737, 1, 1000,
     "10bfff839e0c71658dbb2d1707e145724f41c16f48bf403c3b18e38fd5d1663b6f6d900193e3cea8"
     "bb4f1b4f5be822032232a78d7d75238d5e6daecd3b4322cf59bc7ea84ab18811b5bfb7bc553f4fe4"
     "4478ce287a14879990d18d12ca79d2c855149021cd5ce8ca0371ca04fcce143e3d7cfee94585b588"
     "5cac46068b",
     "061745ae"},
    {6, "b3120ffdb2cf6af4e73eaf2ef4ebec69", 0x296f393c, 0x6b227737, 1, 16448, annexc::kMessage16448,
     "179f2fa6"},
};

INSTANTIATE_TEST_SUITE_P(Ts35222, Uia2Vector, testing::ValuesIn(kUia2Sets),
                         [](const testing::TestParamInfo<MacVector>& param)
                         {
                             return "Set" + std::to_string(param.param.set);
                         });

TEST(Uia2, IgnoresTheBitsPastLength)
{
    // Set 1 is 189 bits: the three low bits of the last octet are not part of the message.
    const MacVector& v = kUia2Sets[0];
    std::vector<uint8_t> message = Bytes(v.message);
    message.back() ^= 0x07;
    EXPECT_EQ(Hex(Uia2(KeyOf(v.key), v.count, v.fresh, v.direction, message.data(), v.lengthBits)),
              v.mac);
    // ... while the last bit inside the length does count.
    message.back() ^= 0x08;
    EXPECT_NE(Hex(Uia2(KeyOf(v.key), v.count, v.fresh, v.direction, message.data(), v.lengthBits)),
              v.mac);
}

TEST(Uia2, EveryInputChangesTheMac)
{
    const MacVector& v = kUia2Sets[1];
    const std::vector<uint8_t> m = Bytes(v.message);
    const Key128 ik = KeyOf(v.key);
    EXPECT_NE(Hex(Uia2(ik, v.count ^ 1, v.fresh, v.direction, m.data(), v.lengthBits)), v.mac);
    EXPECT_NE(Hex(Uia2(ik, v.count, v.fresh ^ 1, v.direction, m.data(), v.lengthBits)), v.mac);
    EXPECT_NE(Hex(Uia2(ik, v.count, v.fresh, 0, m.data(), v.lengthBits)), v.mac);
    EXPECT_NE(Hex(Uia2(ik, v.count, v.fresh, v.direction, m.data(), v.lengthBits - 1)), v.mac);
}

TEST(Uia2, RejectsBadInputs)
{
    const Key128 ik = KeyOf(kUia2Sets[0].key);
    const uint8_t message[8] = {};
    EXPECT_THROW(Uia2(ik, 0, 0, 2, message, 64), CryptoError);
    EXPECT_THROW(Uia2(ik, 0, 0, 0, nullptr, 64), CryptoError);
    EXPECT_NO_THROW(Uia2(ik, 0, 0, 0, nullptr, 0));
}

} // namespace
} // namespace srvcc
