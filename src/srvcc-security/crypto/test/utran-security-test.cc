/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UTRAN f9/f8 dispatcher (utran-security.h): every algorithm through the interface.
 * UIA1/UIA2 use the inputs of the f9 test sets 1-5 (TS 35.204 / TS 35.222 via CryptoMobile
 * test/test_CM.py, 5g-srvcc-facts.md 3.4 and 3.5); UEA1/UEA2 those of the f8 test sets 1-5
 * (TS 35.203 / TS 35.222). Expected ciphertexts have the unused tail bits zeroed.
 */
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/utran-security.h"

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

std::string
Hex(const Mac32& mac)
{
    return ToHex(mac.data(), mac.size());
}

struct IntegritySet
{
    const char* key;
    UtranIntegrityInput in;
    std::size_t lengthBits;
    const char* message;
    const char* uia1Mac;
    const char* uia2Mac;
};

const IntegritySet kIntegritySets[] = {
    {"2bd6459f82c5b300952c49104881ff48",
     {0x38a6f056, 0x05d2ec49, 0},
     189,
     "6b227737296f393c8079353edc87e2e805d2ec49a4f2d8e0",
     "f63bd72c",
     "2bce1820"},
    {"d42f682428201cafcd9f97945e6de7b7",
     {0x3edc87e2, 0xa4f2d8e2, 1},
     254,
     "b5924384328a4ae00b737109f8b6c8dd2b4db63dd533981ceb19aad52a5b2bc0",
     "a9daf1ff",
     "fc7b18bd"},
    {"fdb9cfdf28936cc483a31869d81b8fab",
     {0x36af6144, 0x9838f03a, 1},
     319,
     "5932bc0ace2b0aba33d8ac188ac54f346fad10bf9dee2920b43bd0c53a915cb7df6caa72053abff2",
     "1537d316",
     "02f1faaf"},
    {"c736c6aab22bfff91e2698d2e22ad57e",
     {0x14793e41, 0x0397e8fd, 1},
     384,
     "d0a7d463df9fb2b278833fa02e235aa172bd970c1473e12907fb648b6599aaa0b24a038665422b20a499276a5042"
     "7009",
     "dd7dfadd",
     "38b554c0"},
    {"f4ebec69e73eaf2eb2cf6af4b3120ffd",
     {0x296f393c, 0x6b227737, 1},
     1000,
     "10bfff839e0c71658dbb2d1707e145724f41c16f48bf403c3b18e38fd5d1663b6f6d900193e3cea8bb4f1b4f5be8"
     "22032232a78d7d75238d5e6daecd3b4322cf59bc7ea84ab18811b5bfb7bc553f4fe44478ce287a14879990d18d12"
     "ca79d2c855149021cd5ce8ca0371ca04fcce143e3d7cfee94585b5885cac46068b",
     "c383839d",
     "061745ae"},
};

struct CipheringSet
{
    const char* key;
    UtranCipheringInput in;
    std::size_t lengthBits;
    const char* plaintext;
    const char* uea1Ciphertext;
    const char* uea2Ciphertext;
};

// UEA2 set 5 is from CryptoMobile test/test_CM.py snow3g_F8_testset_5 (a public set beyond
// those of TS 35.222).
const CipheringSet kCipheringSets[] = {
    {"2bd6459f82c5b300952c49104881ff48",
     {0x72a4f20f, 0x0c, 1},
     798,
     "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92922b03450d3a9975e5bd2ea0eb55"
     "ad8e1b199e3ec4316020e9a1b285e762795359b7bdfd39bef4b2484583d5afe082aee638bf5fd5a606193901a08f"
     "4ab41aab9b134880",
     "d1e2de70eef86c6964fb542bc2d460aabfaa10a4a093262b7d199e706fc2d4891553296910f3a973012682e41c4e"
     "2b02be2017b7253bbf9309de5819cb42e81956f4c99bc9765caf53b1d0bb8279826adbbc5522e915c120a618a5a7"
     "f5e897089339650c",
     "8ceba62943dced3a0990b06ea1b0a2c4fb3cedc71b369f42ba64c1eb6665e72aa1c9bb0deaa20fe86058b8baee2c"
     "2e7f0becce48b52932a53c9d5f931a3a7c532259af4325e2a65e3084ad5f6a513b7bddc1b65f0aa0d97a053db55a"
     "88c4c4f9605e4140"},
    {"efa8b2229e720c2a7c36ea55e9605695",
     {0xe28bcf7b, 0x18, 0},
     510,
     "10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc5a8c550d1bfb2f494624fb50367fa36ce3bc"
     "68f11cf93b1510376b02130f812a9fa169d8",
     "3deacc7c15821caa89eecade9b5bd3614bd0c8419d710385ddbe5849ef1bac5ae8b14a5b0a6741521eb4e00bb9ec"
     "f3e9f7ccb9cae74152d7f4e2a034b6ea00ec",
     "e0da15ca8e2554f5e56c9468dc6c7c129c568aa5032317e04e0729646cabefa689864c410f24f919e61e3dfdfad7"
     "7e560db0a9cd36c34ae4181490b29f5fa2fc"},
    {"5acb1d644c0d51204ea5f1451010d852",
     {0xfa556b26, 0x03, 1},
     120,
     "ad9c441f890b38c457a49d421407e8",
     "9bc92ca803c67b28a11a4bee5a0c25",
     "ba0f31300334c56b52a7497cbac046"},
    {"d3c5d592327fb11c4035c6680af8c6d1",
     {0x398a59b4, 0x05, 1},
     253,
     "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
     "5bb9431bb1e98bd11b93db7c3d45136559bb86a295aa204ecbebf6f7a5101510",
     "989b719cdc33ceb7cf276a52827cef94a56c40c0ab9d81f7a2a9bac60e11c4b0"},
    {"6090eae04c83706eecbf652be8e36566",
     {0x72a4f20f, 0x09, 0},
     837,
     "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b41ab485472029b71d36bd1a3d90dc"
     "3a41b46d51672ac4c9663a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0fbb5a437ebcc8d31c19e4454"
     "318745e3987645987a986f2cb0",
     "ddb364dd2aaec24dff291957b78bad063ac579cd9041babe89fd195c0578cb9fde4217566178d20240206d07cfa6"
     "19ec059f63514459fc10d42dc9934e56ebc0cbc60d4d2df174774cbdcd5da4a350317a7f12e1949471f8a295f272"
     "e68fc07159b07d8e2d26e45998",
     "5892bba88bbbcaaeae769aa06b683d3a17cc04a369881697435e44fed5ff9af57b9e890d4d5c64709885d48ae406"
     "90ec043baae9705796e4a9ff5a4b8d8b36d7f3fe57cc6cfd6cd005cd3852a85e94ce6bcd90d0d07839ce09733544"
     "ca8e350843248550922ac12818"},
};

TEST(UtranSecurity, NamesRoundTrip)
{
    EXPECT_EQ(ToString(UtranIntegrityAlgorithm::kUia0), "uia0");
    EXPECT_EQ(ToString(UtranIntegrityAlgorithm::kUia1), "uia1");
    EXPECT_EQ(ToString(UtranIntegrityAlgorithm::kUia2), "uia2");
    EXPECT_EQ(ToString(UtranCipheringAlgorithm::kUea0), "uea0");
    EXPECT_EQ(ToString(UtranCipheringAlgorithm::kUea1), "uea1");
    EXPECT_EQ(ToString(UtranCipheringAlgorithm::kUea2), "uea2");
    for (const char* name : {"uia0", "uia1", "uia2"})
    {
        EXPECT_EQ(ToString(ParseUtranIntegrityAlgorithm(name, "uia")), name);
    }
    for (const char* name : {"uea0", "uea1", "uea2"})
    {
        EXPECT_EQ(ToString(ParseUtranCipheringAlgorithm(name, "uea")), name);
    }
    EXPECT_EQ(ParseUtranIntegrityAlgorithm("UIA2", "uia"), UtranIntegrityAlgorithm::kUia2);
    EXPECT_EQ(ParseUtranCipheringAlgorithm("UEA1", "uea"), UtranCipheringAlgorithm::kUea1);
    // The identities are the 3GPP values (TS 25.331 / TS 33.102).
    EXPECT_EQ(static_cast<int>(ParseUtranIntegrityAlgorithm("uia1", "uia")), 1);
    EXPECT_EQ(static_cast<int>(ParseUtranCipheringAlgorithm("uea2", "uea")), 2);
}

TEST(UtranSecurity, ParseErrorsNameTheInput)
{
    for (const char* bad : {"", "uia3", "uea1", "nia1", "uia 1", "uia1 "})
    {
        SCOPED_TRACE(std::string("integrity name '") + bad + "'");
        try
        {
            ParseUtranIntegrityAlgorithm(bad, "scenario.uia");
            FAIL() << "accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "scenario.uia");
            EXPECT_NE(std::string(e.what()).find("scenario.uia: "), std::string::npos);
        }
    }
    for (const char* bad : {"", "uea3", "uia1", "nea2"})
    {
        SCOPED_TRACE(std::string("ciphering name '") + bad + "'");
        try
        {
            ParseUtranCipheringAlgorithm(bad, "--uea");
            FAIL() << "accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "--uea");
        }
    }
}

TEST(UtranSecurity, Uia1AndUia2ThroughTheInterface)
{
    int setNumber = 1;
    for (const IntegritySet& v : kIntegritySets)
    {
        SCOPED_TRACE("f9 test set " + std::to_string(setNumber++));
        const Key128 ik = KeyOf(v.key);
        const std::vector<uint8_t> message = Bytes(v.message);
        EXPECT_EQ(Hex(ComputeUtranMac(UtranIntegrityAlgorithm::kUia1, ik, v.in, message.data(),
                                      v.lengthBits)),
                  v.uia1Mac);
        EXPECT_EQ(Hex(ComputeUtranMac(UtranIntegrityAlgorithm::kUia2, ik, v.in, message.data(),
                                      v.lengthBits)),
                  v.uia2Mac);
    }
}

TEST(UtranSecurity, Uia0GivesAnAllZeroMac)
{
    const IntegritySet& v = kIntegritySets[0];
    const std::vector<uint8_t> message = Bytes(v.message);
    EXPECT_EQ(Hex(ComputeUtranMac(UtranIntegrityAlgorithm::kUia0, KeyOf(v.key), v.in,
                                  message.data(), v.lengthBits)),
              "00000000");
    EXPECT_EQ(Hex(ComputeUtranMac(UtranIntegrityAlgorithm::kUia0, Key128(), {}, nullptr, 0)),
              "00000000");
}

TEST(UtranSecurity, Uea1AndUea2ThroughTheInterface)
{
    int setNumber = 1;
    for (const CipheringSet& v : kCipheringSets)
    {
        SCOPED_TRACE("f8 test set " + std::to_string(setNumber++));
        const Key128 ck = KeyOf(v.key);
        std::vector<uint8_t> data = Bytes(v.plaintext);
        ApplyUtranCipher(UtranCipheringAlgorithm::kUea1, ck, v.in, data.data(), v.lengthBits);
        EXPECT_EQ(ToHex(data), v.uea1Ciphertext);

        data = Bytes(v.plaintext);
        ApplyUtranCipher(UtranCipheringAlgorithm::kUea2, ck, v.in, data.data(), v.lengthBits);
        EXPECT_EQ(ToHex(data), v.uea2Ciphertext);

        // Deciphering is the same call.
        ApplyUtranCipher(UtranCipheringAlgorithm::kUea2, ck, v.in, data.data(), v.lengthBits);
        std::vector<uint8_t> plain = Bytes(v.plaintext);
        if (v.lengthBits % 8 != 0)
        {
            plain.back() &= static_cast<uint8_t>(0xff << (8 - v.lengthBits % 8));
        }
        EXPECT_EQ(ToHex(data), ToHex(plain));
    }
}

TEST(UtranSecurity, Uea0LeavesDataButZeroesTailBits)
{
    std::vector<uint8_t> data = {0xde, 0xad, 0xbe, 0xef, 0x77};
    ApplyUtranCipher(UtranCipheringAlgorithm::kUea0, KeyOf("2bd6459f82c5b300952c49104881ff48"),
                     {0x72a4f20f, 0x0c, 1}, data.data(), 35);
    EXPECT_EQ(ToHex(data), "deadbeef60"); // 3 bits of 0x77 kept, 5 zeroed
    ApplyUtranCipher(UtranCipheringAlgorithm::kUea0, Key128(), {}, data.data(), 32);
    EXPECT_EQ(ToHex(data), "deadbeef60"); // octet-aligned: nothing changes, nothing past 32 bits
    ApplyUtranCipher(UtranCipheringAlgorithm::kUea0, Key128(), {}, nullptr, 0);
}

TEST(UtranSecurity, RefusesBadInputsForEveryAlgorithm)
{
    const Key128 key = KeyOf("2bd6459f82c5b300952c49104881ff48");
    uint8_t data[8] = {};
    for (UtranIntegrityAlgorithm alg :
         {UtranIntegrityAlgorithm::kUia0, UtranIntegrityAlgorithm::kUia1,
          UtranIntegrityAlgorithm::kUia2})
    {
        SCOPED_TRACE(std::string(ToString(alg)));
        try
        {
            ComputeUtranMac(alg, key, {0, 0, 2}, data, 64);
            FAIL() << "direction 2 accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "direction");
        }
        EXPECT_THROW(ComputeUtranMac(alg, key, {}, nullptr, 8), CryptoError);
    }
    for (UtranCipheringAlgorithm alg :
         {UtranCipheringAlgorithm::kUea0, UtranCipheringAlgorithm::kUea1,
          UtranCipheringAlgorithm::kUea2})
    {
        SCOPED_TRACE(std::string(ToString(alg)));
        try
        {
            ApplyUtranCipher(alg, key, {0, 32, 0}, data, 64);
            FAIL() << "bearer 32 accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "bearer");
        }
        try
        {
            ApplyUtranCipher(alg, key, {0, 31, 2}, data, 64);
            FAIL() << "direction 2 accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "direction");
        }
        EXPECT_THROW(ApplyUtranCipher(alg, key, {}, nullptr, 8), CryptoError);
        EXPECT_NO_THROW(ApplyUtranCipher(alg, key, {0, 31, 1}, data, 64));
    }
    // An identity outside the enum (e.g. a corrupted field) is refused, not treated as NULL.
    EXPECT_THROW(ComputeUtranMac(static_cast<UtranIntegrityAlgorithm>(7), key, {}, data, 64),
                 CryptoError);
    EXPECT_THROW(ApplyUtranCipher(static_cast<UtranCipheringAlgorithm>(7), key, {}, data, 64),
                 CryptoError);
}

} // namespace
} // namespace srvcc
