/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SNOW 3G (TS 35.216), UEA2 and UIA2 (TS 35.215) against the implementors' test data of
 * TS 35.222 (UEA2 & UIA2 Document 3): keystream sets 1-4, UEA2 (f8) sets 1-5, UIA2 (f9) sets
 * 1-6. Data as published in mitshell/CryptoMobile test/test_CM.py ("SNOW3G, F8, F9, EIA1:
 * testsets from 3GPP TS 35.2XY Rel.10"), 5g-srvcc-facts.md 3.5, and (as hex) in the
 * OpenAirInterface eea1/eia1 unit tests; the f8/f9 inputs are those of the KASUMI sets.
 */
#include "crypto-error.h"
#include "hex.h"
#include "snow3g.h"

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

/** UIA2 set 6 message, 16448 bits (the same message as 128-EIA1 set 7 / 128-EIA2 set 8). */
const char* const kLongMessage
    = "00000000000000000101010101010101e0958045f3a0bba4e3968346f0a3b8a7c02a018ae6407652"
      "26b987c913e6cbf083570016cf83efbc61c082513e21561a427c009d28c298eface78ed6d56c2d45"
      "05ad032e9c04dc60e73a81696da665c6c48603a57b45ab33221585e68ee3169187fb0239528632dd"
      "656c807ea3248b7b46d002b2b5c7458eb85b9ce95879e0340859055e3b0abbc3eace8719caa80265"
      "c97205d5dc4bcc902fe1839629ed71328a0f0449f588557e6898860e042aecd84b2404c212c9222d"
      "a5bf8a89ef6797870cf50771a60f66a2ee62853657addf04cdde07fa414e11f12b4d81b9b4e8ac53"
      "8ea30666688d881f6c348421992f31b94f8806ed8fccff4c9123b89642527ad613b109bf75167485"
      "f1268bf884b4cd23d29a0934925703d634098f7767f1be7491e708a8bb949a3873708aef4a36239e"
      "50cc08235cd5ed6bbe578668a17b58c1171d0b90e813a9e4f58a89d719b11042d6360b1b0f52deb7"
      "30a58d58faf46315954b0a872691475977dc88c0d733feff54600a0cc1d0300aaaeb94572c6e95b0"
      "1ae90de04f1dce47f87e8fa7bebf77e1dbc20d6ba85cb9143d518b285dfa04b698bf0cf7819f20fa"
      "7a288eb0703d995c59940c7c66de57a9b70f82379b70e2031e450fcfd2181326fcd28d8823baaa80"
      "df6e0f443559647539fd8907c0ffd9d79c130ed81c9afd9b7e848c9fed38443d5d380e53fbdb8ac8"
      "c3d3f06876054f122461107de92fea09c6f6923a188d53afe54a10f60e6e9d5a03d996b5fbc820f8"
      "a637116a27ad04b444a0932dd60fbd12671c11e1c0ec73e789879faa3d42c64d20cd1252742a3768"
      "c25a901585888ecee1e612d9936b403b0775949a66cdfd99a29b1345baa8d9d5400c91024b0a6073"
      "63b013ce5de9ae869d3b8d95b0570b3c2d391422d32450cbcfae96652286e96dec1214a934652798"
      "0a8192eac1c39a3aaf6f15351da6be764df89772ec0407d06e4415befae7c92580df9bf507497c8f"
      "2995160d4e218daacb02944abf83340ce8be1686a960faf90e2d90c55cc6475babc3171a80a36317"
      "4954955d7101dab16ae8179167e21444b443a9eaaa7c91de36d118c39d389f8dd4469a846c9a262b"
      "f7fa18487a79e8de11699e0b8fdf557cb48719d453ba713056109b93a218c89675ac195fb4fb0663"
      "9b3797144955b3c9327d1aec003d42ecd0ea98abf19ffb4af3561a67e77c35bf15c59c2412da881d"
      "b02b1bfbcebfac5152bc99bc3f1d15f771001b7029fedb028f8b852bc4407eb83f891c9ca733254f"
      "dd1e9edb56919ce9fea21c174072521c18319a54b5d4efbebddf1d8b69b1cbf25f489fcc98137254"
      "7cf41d008ef0bca1926f934b735e090b3b251eb33a36f82ed9b29cf4cb944188fa0e1e38dd778f7d"
      "1c9d987b28d132dfb9731fa4f4b416935be49de30516af3578581f2f13f561c0663361941eab249a"
      "4bc123f8d15cd711a956a1bf20fe6eb78aea2373361da0426c79a530c3bb1de0c99722ef1fde39ac"
      "2b00a0a8ee7c800a08bc2264f89f4effe627ac2f0531fb554f6d21d74c590a70adfaa390bdfbb3d6"
      "8e46215cab187d2368d5a71f5ebec081cd3b20c082dbe4cd2faca28773795d6b0c10204b659a939e"
      "f29bbe1088243624429927a7eb576dd3a00ea5e01af5d47583b2272c0c161a806521a16ff9b0a722"
      "c0cf26b025d5836e2258a4f7d4773ac801e4263bc294f43def7fa8703f3a4197463525887652b0b2"
      "a4a2a7cf87f00914871e25039113c7e1618da34064b57a43c463249fb8d05e0f26f4a6d84972e7a9"
      "054824145f91295cdbe39a6f920facc659712b46a54ba295bbe6a90154e91b33985a2bcd420ad5c6"
      "7ec9ad8eb7ac6864db272a516bc94c2839b0a8169a6bf58e1a0c2ada8c883b7bf497a49171268ed1"
      "5ddd2969384e7ff4bf4aab2ec9ecc6529cf629e2df0f08a77a65afa12aa9b505df8b287ef6cc9149"
      "3d1caa39076e28ef1ea028f5118de61ae02bb6aefc3343a050292f199f401857b2bead5e6ee2a1f1"
      "91022f9278016f047791a9d18da7d2a6d27f2e0e51c2f6ea30e8ac49a0604f4c13542e85b68381b9"
      "fdcfa0ce4b2d341354852d360245c536b612af71f3e77c9095ae2dbde504b265733dabfe10a20fc7"
      "d6d32c21ccc72b8b3444ae663d65922d17f82caa2b865cd88913d291a65899026ea1328439723c19"
      "8c36b0c3c8d085bfaf8a320fde334b4a4919b44c2b95f6e8ecf73393f7f0d2a40e60b1d406526b02"
      "2ddc331810b1a5f7c347bd53ed1f105d6a0d30aba477e178889ab2ec55d558deab2630204336962b"
      "4db5b663b6902b89e85b31bc6af50fc50accb3fb9b57b663297031378db47896d7fbaf6c600add2c"
      "67f936db037986db856eb49cf2db3f7da6d23650e438f1884041b013119e4c2ae5af37cccdfb6866"
      "0738b58b3c59d1c0248437472aba1f35ca1fb90cd714aa9f635534f49e7c5bba81c2b6b36fdee21c"
      "a27e347f793d2ce944edb23c8c9b914be10335e350feb5070394b7a4a15c0ca120283568b7bfc254"
      "fe838b137a2147ce7c113a3a4d65499d9e86b87dbcc7f03bbd3a3ab1aa243ece5ba9bcf25f82836c"
      "fe473b2d83e7a7201cd0b96a72451e863f6c3ba664a6d073d1f7b5ed990865d978bd3815d06094fc"
      "9a2aba5221c22d5ab996389e3721e3af5f05beddc2875e0dfaeb39021ee27a41187cbb45ef40c3e7"
      "3bc03989f9a30d12c54ba7d2141da8a875493e65776ef35f97debc2286cc4af9b4623eee902f840c"
      "52f1b8ad658939aef71f3f72b9ec1de21588bd35484ea44436343ff95ead6ab1d8afb1b2a303df1b"
      "71e53c4aea6b2e3e9372be0d1bc99798b0ce3cc10d2a596d565dba82f88ce4cff3b33d5d24e9c083"
      "1124bf1ad54b792532983dd6c3a8b7d0";

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
    {6, "b3120ffdb2cf6af4e73eaf2ef4ebec69", 0x296f393c, 0x6b227737, 1, 16448, kLongMessage,
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
