/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The NAS/AS algorithm interface (nas-security.h) against TS 33.401 Annex C:
 * 128-EEA1 sets 1-6 (C.3), 128-EIA1 sets 1-7 (C.4), 128-EEA2 sets 1-6 (C.1),
 * 128-EIA2 sets 1-8 (C.2), plus NIA0/NEA0, names, and the refused inputs.
 * Data as published in mitshell/CryptoMobile test/test_CM.py ("EEA2, EIA2: testsets from
 * 3GPP TS 33.401"), 5g-srvcc-facts.md 3.3/3.5, and (as hex) in the OpenAirInterface eia1 unit
 * test and linouxis9/oxirush-security's conformance test; EIA2 sets 1-8 and EEA2 sets 1-6
 * were re-computed independently with Python `cryptography` when the data were collected.
 */
#include "annex-c-messages.h"
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/nas-security.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <thread>
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

// ---- Names ----------------------------------------------------------------------------------

TEST(NasAlgorithmNames, RoundTrip)
{
    EXPECT_EQ(ToString(NasIntegrityAlgorithm::kNia0), "nia0");
    EXPECT_EQ(ToString(NasIntegrityAlgorithm::kNia2), "nia2");
    EXPECT_EQ(ToString(NasCipheringAlgorithm::kNea1), "nea1");
    EXPECT_EQ(ToString(NasCipheringAlgorithm::kNea3), "nea3");
    for (auto alg : {NasIntegrityAlgorithm::kNia0, NasIntegrityAlgorithm::kNia1,
                     NasIntegrityAlgorithm::kNia2, NasIntegrityAlgorithm::kNia3})
    {
        EXPECT_EQ(ParseNasIntegrityAlgorithm(ToString(alg), "nia"), alg);
    }
    for (auto alg : {NasCipheringAlgorithm::kNea0, NasCipheringAlgorithm::kNea1,
                     NasCipheringAlgorithm::kNea2, NasCipheringAlgorithm::kNea3})
    {
        EXPECT_EQ(ParseNasCipheringAlgorithm(ToString(alg), "nea"), alg);
    }
}

TEST(NasAlgorithmNames, AcceptsEpsNamesAndAnyCase)
{
    EXPECT_EQ(ParseNasIntegrityAlgorithm("eia1", "x"), NasIntegrityAlgorithm::kNia1);
    EXPECT_EQ(ParseNasIntegrityAlgorithm("NIA2", "x"), NasIntegrityAlgorithm::kNia2);
    EXPECT_EQ(ParseNasCipheringAlgorithm("eea2", "x"), NasCipheringAlgorithm::kNea2);
    EXPECT_EQ(ParseNasCipheringAlgorithm("EEA0", "x"), NasCipheringAlgorithm::kNea0);
}

TEST(NasAlgorithmNames, RejectsUnknownNamesNamingTheInput)
{
    for (const char* bad : {"", "nia4", "nia", "nea1", "uia2", "128-nia1x"})
    {
        SCOPED_TRACE(bad);
        try
        {
            ParseNasIntegrityAlgorithm(bad, "integrity-algorithm");
            FAIL() << "accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "integrity-algorithm");
        }
    }
    EXPECT_THROW(ParseNasCipheringAlgorithm("nia1", "ciphering-algorithm"), CryptoError);
    EXPECT_THROW(ParseNasCipheringAlgorithm("eea4", "ciphering-algorithm"), CryptoError);
}

// ---- NULL algorithms (TS 33.501 D.1) --------------------------------------------------------

TEST(Nia0, MacIsAllZeros)
{
    const std::vector<uint8_t> message = Bytes("484583d5afe082ae");
    const NasAlgorithmInput in{0x398a59b4, 0x1a, 1};
    EXPECT_EQ(Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia0,
                                KeyOf("d3c5d592327fb11c4035c6680af8c6d1"), in, message.data(), 64)),
              "00000000");
    EXPECT_EQ(
        Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia0, Key128(), NasAlgorithmInput{}, nullptr, 0)),
        "00000000");
}

TEST(Nea0, LeavesDataAndClearsTailBits)
{
    std::vector<uint8_t> data
        = Bytes("981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1ff");
    const NasAlgorithmInput in{0x398a59b4, 0x15, 1};
    ApplyNasCipher(NasCipheringAlgorithm::kNea0, KeyOf("d3c5d592327fb11c4035c6680af8c6d1"), in,
                   data.data(), 253);
    EXPECT_EQ(ToHex(data), "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f8");
}

// ---- Vector tables --------------------------------------------------------------------------

struct MacVector
{
    int set;
    const char* key;
    uint32_t count;
    uint8_t bearer;
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

std::string
SetName(int set)
{
    return "Set" + std::to_string(set);
}

Mac32
MacOf(NasIntegrityAlgorithm alg, const MacVector& v)
{
    const std::vector<uint8_t> message = Bytes(v.message);
    EXPECT_EQ(message.size(), (v.lengthBits + 7) / 8);
    return ComputeNasMac(alg, KeyOf(v.key), NasAlgorithmInput{v.count, v.bearer, v.direction},
                         message.data(), v.lengthBits);
}

void
CheckCipher(NasCipheringAlgorithm alg, const CipherVector& v)
{
    const Key128 key = KeyOf(v.key);
    const NasAlgorithmInput in{v.count, v.bearer, v.direction};
    const std::vector<uint8_t> plaintext = Bytes(v.plaintext);
    ASSERT_EQ(plaintext.size(), (v.lengthBits + 7) / 8);
    std::vector<uint8_t> data = plaintext;
    ApplyNasCipher(alg, key, in, data.data(), v.lengthBits);
    EXPECT_EQ(ToHex(data), v.ciphertext);
    ApplyNasCipher(alg, key, in, data.data(), v.lengthBits);
    std::vector<uint8_t> expected = plaintext;
    if (v.lengthBits % 8 != 0)
    {
        expected.back() &= static_cast<uint8_t>(0xff << (8 - v.lengthBits % 8));
    }
    EXPECT_EQ(ToHex(data), ToHex(expected));
}

// ---- 128-EIA1 / NIA1 (TS 33.401 C.4) --------------------------------------------------------

const MacVector kEia1Sets[] = {
    {1, "2bd6459f82c5b300952c49104881ff48", 0x38a6f056, 0x1f, 0, 88, "3332346263393861373479",
     "731f1165"},
    {2, "7e5e94431e11d73828d739cc6ced4573", 0x36af6144, 0x18, 1, 254, annexc::kMessage254,
     "e3259f6f"},
    {3, "d3419be821087acd02123a9248033359", 0xc7590ea9, 0x17, 0, 511, annexc::kMessage511,
     "9a16c77d"},
    {4, "83fd23a244a74cf358da3019f1722635", 0x36af6144, 0x0f, 1, 768, annexc::kMessage768,
     "bba74492"},
    {5, "6832a65cff4473621ebdd4ba26a921fe", 0x36af6144, 0x18, 0, 383, annexc::kMessage383,
     "4145e4b0"},
    {6, "5d0a80d8134ae19677824b671e838af4", 0x7827fab2, 0x05, 1, 2558, annexc::kMessage2558,
     "0fa2b1ee"},
    {7, "b3120ffdb2cf6af4e73eaf2ef4ebec69", 0x296f393c, 0x0b, 1, 16448, annexc::kMessage16448,
     "abf3e651"},
};

class Eia1Vector : public testing::TestWithParam<MacVector>
{
};

TEST_P(Eia1Vector, ComputesMac)
{
    EXPECT_EQ(Hex(MacOf(NasIntegrityAlgorithm::kNia1, GetParam())), GetParam().mac);
}

INSTANTIATE_TEST_SUITE_P(Ts33401, Eia1Vector, testing::ValuesIn(kEia1Sets),
                         [](const testing::TestParamInfo<MacVector>& param)
                         {
                             return SetName(param.param.set);
                         });

// ---- 128-EIA2 / NIA2 (TS 33.401 C.2) --------------------------------------------------------

const MacVector kEia2Sets[] = {
    {1, "2bd6459f82c5b300952c49104881ff48", 0x38a6f056, 0x18, 0, 58, "3332346263393840",
     "118c6eb8"},
    {2, "d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x1a, 1, 64, "484583d5afe082ae",
     "b93787e6"},
    {3, "7e5e94431e11d73828d739cc6ced4573", 0x36af6144, 0x18, 1, 254, annexc::kMessage254,
     "1f60b01d"},
    {4, "d3419be821087acd02123a9248033359", 0xc7590ea9, 0x17, 0, 511, annexc::kMessage511,
     "6846a2f0"},
    {5, "83fd23a244a74cf358da3019f1722635", 0x36af6144, 0x0f, 1, 768, annexc::kMessage768,
     "e657e182"},
    {6, "6832a65cff4473621ebdd4ba26a921fe", 0x36af6144, 0x18, 0, 383, annexc::kMessage383,
     "f0668c1e"},
    {7, "5d0a80d8134ae19677824b671e838af4", 0x7827fab2, 0x05, 1, 2558, annexc::kMessage2558,
     "f4cc8fa3"},
    {8, "b3120ffdb2cf6af4e73eaf2ef4ebec69", 0x296f393c, 0x0b, 1, 16448, annexc::kMessage16448,
     "ebd5ccb0"},
};

class Eia2Vector : public testing::TestWithParam<MacVector>
{
};

TEST_P(Eia2Vector, ComputesMac)
{
    EXPECT_EQ(Hex(MacOf(NasIntegrityAlgorithm::kNia2, GetParam())), GetParam().mac);
}

INSTANTIATE_TEST_SUITE_P(Ts33401, Eia2Vector, testing::ValuesIn(kEia2Sets),
                         [](const testing::TestParamInfo<MacVector>& param)
                         {
                             return SetName(param.param.set);
                         });

TEST(Eia2, IgnoresTheBitsPastLength)
{
    // Set 1 is 58 bits: the six low bits of the last octet are not part of the message, and
    // flipping the last bit inside the length must change the MAC.
    MacVector v = kEia2Sets[0];
    std::vector<uint8_t> message = Bytes(v.message);
    const Key128 key = KeyOf(v.key);
    const NasAlgorithmInput in{v.count, v.bearer, v.direction};
    message.back() ^= 0x3f;
    EXPECT_EQ(Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia2, key, in, message.data(), 58)), v.mac);
    message.back() ^= 0x40;
    EXPECT_NE(Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia2, key, in, message.data(), 58)), v.mac);
}

TEST(Eia2, DifferentLengthsGiveDifferentMacs)
{
    // A 57-bit and a 64-bit message must not collide with the 58-bit one of set 1: the
    // 10..0 padding of the bit path keeps lengths apart.
    const MacVector& v = kEia2Sets[0];
    const std::vector<uint8_t> message = Bytes(v.message);
    const Key128 key = KeyOf(v.key);
    const NasAlgorithmInput in{v.count, v.bearer, v.direction};
    const std::string mac58
        = Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia2, key, in, message.data(), 58));
    EXPECT_EQ(mac58, v.mac);
    EXPECT_NE(Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia2, key, in, message.data(), 57)), mac58);
    EXPECT_NE(Hex(ComputeNasMac(NasIntegrityAlgorithm::kNia2, key, in, message.data(), 64)), mac58);
}

// ---- 128-EEA1 / NEA1 (TS 33.401 C.3) --------------------------------------------------------

const CipherVector kEea1Sets[] = {
    {1, "d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x15, 1, 253,
     "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
     "5d5bfe75eb04f68ce0a12377ea00b37d47c6a0ba06309155086a859c4341b378"},
    {2, "2bd6459f82c440e0952c49104805ff48", 0xc675a64b, 0x0c, 1, 798,
     "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92922b03450d3a9975"
     "e5bd2ea0eb55ad8e1b199e3ec4316020e9a1b285e762795359b7bdfd39bef4b2484583d5afe082ae"
     "e638bf5fd5a606193901a08f4ab41aab9b134880",
     "3f67850714b8da69efb727ed7a6c0c50714ad736c4f5600006e3525be807c467c677ff864af45fba"
     "09c27cde38f87a1f84d59ab255408f2c7b82f9ead41a1fe65eabebfbc1f3a4c56c9a26fcf7b3d66d"
     "0220ee4775bc58170a2b12f3431d11b344d6e36c"},
    {3, "0a8b6bd8d9b08b08d64e32d1817777fb", 0x544d49cd, 0x04, 0, 310,
     "fd40a41d370a1f65745095687d47ba1d36d2349e23f644392c8ea9c49d40c13271aff264d0f248",
     "48148e5452a210c05f46bc80dc6f73495b02048c1b958b026102ca97280279a4c18d2ee308921c"},
    {4, "aa1f95aea533bcb32eb63bf52d8f831a", 0x72d8c671, 0x10, 1, 1022,
     "fb1b96c5c8badfb2e8e8edfde78e57f2ad81e74103fc430a534dcc37afcec70e1517bb06f27219da"
     "e49022ddc47a068de4c9496a951a6b09edbdc864c7adbd740ac50c022f3082bafd22d78197c5d508"
     "b977bca13f32e652e74ba728576077ce628c535e87dc6077ba07d29068590c8cb5f1088e082cfa0e"
     "c961302d69cf3d44",
     "ffcfc2fead6c094e96c589d0f6779b6784246c3c4d1cea203db3901f40ad4fd7138bc6d77e8320cb"
     "102f497fdd44a269a96ecb28617700e332eb2f736b34f4f2693094e22ff94f9be4723da40c40dfd3"
     "931cc1ac9723f6b4a9913e96b6db7abcace415177c1d0115c5f09b5fdea0b3adb8f9da6e9f9a04c5"
     "43397b9d43f87330"},
    {5, "9618ae46891f86578eebe90ef7a1202e", 0xc675a64b, 0x0c, 1, 1245,
     "8daa17b1ae050529c6827f28c0ef6a1242e93f8b314fb18a77f790ae049fedd612267fecaefc4501"
     "74d76d9f9aa7755a30cd90a9a5874bf48eaf70eea3a62a250a8b6bd8d9b08b08d64e32d1817777fb"
     "544d49cd49720e219dbf8bbed33904e1fd40a41d370a1f65745095687d47ba1d36d2349e23f64439"
     "2c8ea9c49d40c13271aff264d0f24841d6465f0996ff84e65fc517c53efc3363c38492a8",
     "6cdb18a7ca8218e86e4b4b716a4d04371fbec262fc5ad0b3819b187b97e55b1a4d7c19ee24c8b4d7"
     "723cfedf045b8acae4869517d80e50615d9035d5d9c5a40af602280b542597b0cb18619eeb359257"
     "59d195e100e8e4aa0c38a3c2abe0f3d8ff04f3c33c295069c23694b5bbeacdd542e28e8a94edb911"
     "9f412d054be1fa7272b5ffb2b2570f4f7ceaf383a8a9d93572f04d6e3a6e293726ec62c8"},
    {6, "54f4e2e04c83786eec8fb5abe8e36566", 0xaca4f50f, 0x0b, 0, 3861,
     "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b41ab485472029b71d"
     "36bd1a3d90dc3a41b46d51672ac4c9663a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0"
     "fbb5a437ebcc8d31c19e4454318745e3fa16bb11adae248879fe52db2543e53cf445d3d828ce0bf5"
     "c560593d97278a59762dd0c2c9cd68d4496a792508614014b13b6aa51128c18cd6a90b87978c2ff1"
     "cabe7d9f898a411bfdb84f68f6727b1499cdd30df0443ab4a66653330bcba1105e4cec034c73e605"
     "b4310eaaadcfd5b0ca27ffd89d144df4792759427c9cc1f8cd8c87202364b8a687954cb05a8d4e2d"
     "99e73db160deb180ad0841e96741a5d59fe4189f15420026fe4cd12104932fb38f735340438aaf7e"
     "ca6fd5cfd3a195ce5abe65272af607ada1be65a6b4c9c0693234092c4d018f1756c6db9dc8a6d80b"
     "888138616b681262f954d0e7711748780d92291d86299972db741cfa4f37b8b56cdb18a7ca8218e8"
     "6e4b4b716a4d04371fbec262fc5ad0b3819b187b97e55b1a4d7c19ee24c8b4d7723cfedf045b8aca"
     "e4869517d80e50615d9035d5d9c5a40af602280b542597b0cb18619eeb35925759d195e100e8e4aa"
     "0c38a3c2abe0f3d8ff04f3c33c295069c23694b5bbeacdd542e28e8a94edb9119f412d054be1fa72"
     "b09550",
     "351e30d4d910c5dd5ad7834c426e6c0cab6486da7b0fda4cd83af1b9647137f1ac43b434223b19be"
     "07bd89d1cc306944d3361ea1a2f8cdbd321655976350d00b80dd838120a7755c6dea2ab2b0c99a91"
     "3f47dae2b8deb9a829e5469ff2e187776f6fd081e3871d119a76e24c917ea62648e02e90367564de"
     "72ae7e4f0a4249a9a5b0e465a2d6d9dc87843b1b875cc9a3be93d8da8f56ecaf5981fe93c284318b"
     "0dec7a3ba108e2cb1a61e966fa7afa7ac7f67f65bc4a2df070d4e434845f109ab2b68ade3dc316ca"
     "6332a62893e0a7ec0b4fc25191bf2ff1b9f9815e4ba8a99c643b521804f7d5850dde3952206ec6cc"
     "f340f9b3220b3023bdd063956ea8333920fde99e0675410e49ef3b4d3fb3df5192f99ca83d3b0032"
     "de08c220776a5865b0e4b3b0c75defe7762dff018ea7f5be2b2f972b2a8ba5970e43bd6fdd63dae6"
     "29784ec48d610054ee4e4b5dbbf1fc2fa0b830e94dcbb7014e8ab429ab100fc48f83171d99fc258b"
     "7c2ba7c176eaeaad37f860d597a31ce79b594733c7141df79151fca90c08478a5c6c2cc481d51ffe"
     "ce3cd7d2581348827a71f091428ebe38c95a3f5c63e056dfb7cc45a9b7c07d834e7b20b99ed20242"
     "9c14bb85ffa43b7cb68495cd75ab66d964d4cafe64dd9404dae2dc5110617f194fc3c184f583cd0d"
     "ef6d00"},
};

class Eea1Vector : public testing::TestWithParam<CipherVector>
{
};

TEST_P(Eea1Vector, EncryptsAndDecrypts)
{
    CheckCipher(NasCipheringAlgorithm::kNea1, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Ts33401, Eea1Vector, testing::ValuesIn(kEea1Sets),
                         [](const testing::TestParamInfo<CipherVector>& param)
                         {
                             return SetName(param.param.set);
                         });

// ---- 128-EEA2 / NEA2 (TS 33.401 C.1) --------------------------------------------------------

const CipherVector kEea2Sets[] = {
    {1, "d3c5d592327fb11c4035c6680af8c6d1", 0x398a59b4, 0x15, 1, 253,
     "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
     "e9fed8a63d155304d71df20bf3e82214b20ed7dad2f233dc3c22d7bdeeed8e78"},
    {2, "2bd6459f82c440e0952c49104805ff48", 0xc675a64b, 0x0c, 1, 798,
     "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92922b03450d3a9975"
     "e5bd2ea0eb55ad8e1b199e3ec4316020e9a1b285e762795359b7bdfd39bef4b2484583d5afe082ae"
     "e638bf5fd5a606193901a08f4ab41aab9b134880",
     "5961605353c64bdca15b195e288553a910632506d6200aa790c4c806c99904cf2445cc50bb1cf168"
     "a49673734e081b57e324ce5259c0e78d4cd97b870976503c0943f2cb5ae8f052c7b7d392239587b8"
     "956086bcab18836042e2e6ce42432a17105c53d0"},
    {3, "0a8b6bd8d9b08b08d64e32d1817777fb", 0x544d49cd, 0x04, 0, 310,
     "fd40a41d370a1f65745095687d47ba1d36d2349e23f644392c8ea9c49d40c13271aff264d0f248",
     "75750d37b4bba2a4dedb34235bd68c6645acdaaca48138a3b0c471e2a7041a576423d2927287f0"},
    {4, "aa1f95aea533bcb32eb63bf52d8f831a", 0x72d8c671, 0x10, 1, 1022,
     "fb1b96c5c8badfb2e8e8edfde78e57f2ad81e74103fc430a534dcc37afcec70e1517bb06f27219da"
     "e49022ddc47a068de4c9496a951a6b09edbdc864c7adbd740ac50c022f3082bafd22d78197c5d508"
     "b977bca13f32e652e74ba728576077ce628c535e87dc6077ba07d29068590c8cb5f1088e082cfa0e"
     "c961302d69cf3d44",
     "dfb440acb3773549efc04628aeb8d8156275230bdc690d94b00d8d95f28c4b56307f60f4ca55eba6"
     "61ebba72ac808fa8c49e26788ed04a5d606cb418de74878b9a22f8ef29590bc4eb57c9faf7c41524"
     "a885b8979c423f2f8f8e0592a9879201be7ff9777a162ab810feb324ba74c4c156e04d3909720965"
     "3ac33e5a5f2d8864"},
    {5, "9618ae46891f86578eebe90ef7a1202e", 0xc675a64b, 0x0c, 1, 1245,
     "8daa17b1ae050529c6827f28c0ef6a1242e93f8b314fb18a77f790ae049fedd612267fecaefc4501"
     "74d76d9f9aa7755a30cd90a9a5874bf48eaf70eea3a62a250a8b6bd8d9b08b08d64e32d1817777fb"
     "544d49cd49720e219dbf8bbed33904e1fd40a41d370a1f65745095687d47ba1d36d2349e23f64439"
     "2c8ea9c49d40c13271aff264d0f24841d6465f0996ff84e65fc517c53efc3363c38492a8",
     "919c8c33d66789703d05a0d7ce82a2aeac4ee76c0f4da050335e8a84e7897ba5df2f36bd513e3d0c"
     "8578c7a0fcf043e03aa3a39fbaad7d15be074faa5d9029f71fb457b647834714b0e18f117fca1067"
     "7945096c8c5f326ba8d6095eb29c3e36cf245d1622aafe921f7566c4f5d644f2f1fc0ec684ddb213"
     "49747622e209295d27ff3f95623371d49b147c0af486171f22cd04b1cbeb2658223e6938"},
    {6, "54f4e2e04c83786eec8fb5abe8e36566", 0xaca4f50f, 0x0b, 0, 3861,
     "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b41ab485472029b71d"
     "36bd1a3d90dc3a41b46d51672ac4c9663a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0"
     "fbb5a437ebcc8d31c19e4454318745e3fa16bb11adae248879fe52db2543e53cf445d3d828ce0bf5"
     "c560593d97278a59762dd0c2c9cd68d4496a792508614014b13b6aa51128c18cd6a90b87978c2ff1"
     "cabe7d9f898a411bfdb84f68f6727b1499cdd30df0443ab4a66653330bcba1105e4cec034c73e605"
     "b4310eaaadcfd5b0ca27ffd89d144df4792759427c9cc1f8cd8c87202364b8a687954cb05a8d4e2d"
     "99e73db160deb180ad0841e96741a5d59fe4189f15420026fe4cd12104932fb38f735340438aaf7e"
     "ca6fd5cfd3a195ce5abe65272af607ada1be65a6b4c9c0693234092c4d018f1756c6db9dc8a6d80b"
     "888138616b681262f954d0e7711748780d92291d86299972db741cfa4f37b8b56cdb18a7ca8218e8"
     "6e4b4b716a4d04371fbec262fc5ad0b3819b187b97e55b1a4d7c19ee24c8b4d7723cfedf045b8aca"
     "e4869517d80e50615d9035d5d9c5a40af602280b542597b0cb18619eeb35925759d195e100e8e4aa"
     "0c38a3c2abe0f3d8ff04f3c33c295069c23694b5bbeacdd542e28e8a94edb9119f412d054be1fa72"
     "00b090",
     "5cb72c6edc878f1566e10253afc364c9fa540d914db94cbee275d0917ca6af0d77acb4ef3bbe1a72"
     "2b2ef5bd1d4b8e2aa5024ec1388a201e7bce7920aec615895f763a5564dcc4c482a2ee1d8bfecc44"
     "98eca83fbb75f9ab530e0dafbede2fa5895b82991b6277c529e0f2529d7f79606be96706296dedfa"
     "9d7412b616958cb563c678c02825c30d0aee77c4c146d2765412421a808d13cec819694c75ad572e"
     "9b973d948b81a9337c3b2a17192e22c2069f7ed1162af44cdea817603665e807ce40c8e0dd9d6394"
     "dc6e31153fe1955c47afb51f2617ee0c5e3b8ef1ad7574ed343edc2743cc94c990e1f1fd264253c1"
     "78dea739c0befeebcd9f9b76d49c1015c9fecf50e53b8b5204dbcd3eed863855dabcdcc94b31e318"
     "021568855c8b9e52a981957a112827f978ba960f1447911b317b5511fbcc7fb13ac153db74251117"
     "e4861eb9e83bffffc4eb7755579038e57924b1f78b3e1ad90bab2a07871b72db5eef96c334044966"
     "db0c37cafd1a89e5646a3580eb6465f121dce9cb88d85b96cf23ccccd4280767bee8eeb23d865246"
     "1db6493103003baf89f5e18261ea43c84a92ebffffe4909dc46c5192f825f770600b9602c557b5f8"
     "b431a79d45977dd9c41b863da9e142e90020cfd074d6927b7ab3b6725d1a6f3f98b9c9daa8982aff"
     "067828"},
};

class Eea2Vector : public testing::TestWithParam<CipherVector>
{
};

TEST_P(Eea2Vector, EncryptsAndDecrypts)
{
    CheckCipher(NasCipheringAlgorithm::kNea2, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Ts33401, Eea2Vector, testing::ValuesIn(kEea2Sets),
                         [](const testing::TestParamInfo<CipherVector>& param)
                         {
                             return SetName(param.param.set);
                         });

TEST(Eea2, ClearsTheBitsPastLength)
{
    // Set 1 is 253 bits: whatever the three low bits of octet 32 hold, they come out zero.
    const CipherVector& v = kEea2Sets[0];
    std::vector<uint8_t> data = Bytes(v.plaintext);
    data.back() |= 0x07;
    ApplyNasCipher(NasCipheringAlgorithm::kNea2, KeyOf(v.key),
                   NasAlgorithmInput{v.count, v.bearer, v.direction}, data.data(), v.lengthBits);
    EXPECT_EQ(ToHex(data), v.ciphertext);
}

// ---- The per-thread OpenSSL contexts --------------------------------------------------------

TEST(NasSecurity, ThreadsGetIndependentContexts)
{
    auto work = [](bool* ok)
    {
        *ok = true;
        for (int i = 0; i < 50; ++i)
        {
            const MacVector& m = kEia2Sets[i % 6];
            *ok = *ok && Hex(MacOf(NasIntegrityAlgorithm::kNia2, m)) == m.mac;
            const CipherVector& c = kEea2Sets[i % 3];
            std::vector<uint8_t> data = Bytes(c.plaintext);
            ApplyNasCipher(NasCipheringAlgorithm::kNea2, KeyOf(c.key),
                           NasAlgorithmInput{c.count, c.bearer, c.direction}, data.data(),
                           c.lengthBits);
            *ok = *ok && ToHex(data) == c.ciphertext;
        }
    };
    bool ok[4] = {false, false, false, false};
    std::vector<std::thread> threads;
    for (bool& flag : ok)
    {
        threads.emplace_back(work, &flag);
    }
    for (std::thread& t : threads)
    {
        t.join();
    }
    for (bool flag : ok)
    {
        EXPECT_TRUE(flag);
    }
}

// ---- Refused inputs -------------------------------------------------------------------------

TEST(NasSecurity, RejectsBearerAndDirectionOutOfRange)
{
    const Key128 key = KeyOf("d3c5d592327fb11c4035c6680af8c6d1");
    uint8_t data[8] = {};
    for (auto alg :
         {NasIntegrityAlgorithm::kNia0, NasIntegrityAlgorithm::kNia1, NasIntegrityAlgorithm::kNia2})
    {
        SCOPED_TRACE(std::string(ToString(alg)));
        try
        {
            ComputeNasMac(alg, key, NasAlgorithmInput{0, 32, 0}, data, 64);
            FAIL() << "bearer 32 accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "bearer");
        }
        try
        {
            ComputeNasMac(alg, key, NasAlgorithmInput{0, 0, 2}, data, 64);
            FAIL() << "direction 2 accepted";
        }
        catch (const CryptoError& e)
        {
            EXPECT_EQ(e.Input(), "direction");
        }
        EXPECT_THROW(ComputeNasMac(alg, key, NasAlgorithmInput{}, nullptr, 8), CryptoError);
    }
    for (auto alg :
         {NasCipheringAlgorithm::kNea0, NasCipheringAlgorithm::kNea1, NasCipheringAlgorithm::kNea2})
    {
        SCOPED_TRACE(std::string(ToString(alg)));
        EXPECT_THROW(ApplyNasCipher(alg, key, NasAlgorithmInput{0, 32, 0}, data, 64), CryptoError);
        EXPECT_THROW(ApplyNasCipher(alg, key, NasAlgorithmInput{0, 0, 2}, data, 64), CryptoError);
        EXPECT_THROW(ApplyNasCipher(alg, key, NasAlgorithmInput{}, nullptr, 8), CryptoError);
    }
}

TEST(NasSecurity, RefusesZuc)
{
    const Key128 key = KeyOf("d3c5d592327fb11c4035c6680af8c6d1");
    uint8_t data[8] = {};
    try
    {
        ComputeNasMac(NasIntegrityAlgorithm::kNia3, key, NasAlgorithmInput{}, data, 64);
        FAIL() << "NIA3 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "integrity algorithm");
        EXPECT_NE(std::string(e.what()).find("not provided"), std::string::npos);
    }
    try
    {
        ApplyNasCipher(NasCipheringAlgorithm::kNea3, key, NasAlgorithmInput{}, data, 64);
        FAIL() << "NEA3 accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "ciphering algorithm");
    }
    EXPECT_THROW(
        ComputeNasMac(static_cast<NasIntegrityAlgorithm>(7), key, NasAlgorithmInput{}, data, 64),
        CryptoError);
}

} // namespace
} // namespace srvcc
