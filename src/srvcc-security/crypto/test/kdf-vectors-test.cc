/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Every published KDF vector of 5g-srvcc-facts.md 3.1, exact hex. Sources per test:
 * RFC 5448 Test Vector 1 (free5gc ueauth_test.go), srsRAN test_security_kdf.cc, open5gs
 * security-test.c, RFC 4231 case 2.
 */
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/kdf-ts33401.h"
#include "srvcc/kdf-ts33501.h"
#include "srvcc/kdf.h"
#include "srvcc/nas-count.h"
#include "srvcc/secret-bytes.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace
{

using srvcc::Key128;
using srvcc::Key256;

template<std::size_t N>
std::array<uint8_t, N>
Octets(const char* hex)
{
    std::array<uint8_t, N> out{};
    srvcc::FromHexExact(hex, out.data(), N, "vector");
    return out;
}

template<std::size_t N>
std::array<uint8_t, N>
Xor(const std::array<uint8_t, N>& a, const std::array<uint8_t, N>& b)
{
    std::array<uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i)
    {
        out[i] = a[i] ^ b[i];
    }
    return out;
}

/** The full 256-bit KDF output for an algorithm key (TS 33.501 A.8 / TS 33.401 A.7). */
std::string
FullAlgorithmKdf(const Key256& key, uint8_t fc, uint8_t distinguisher, uint8_t identity)
{
    return srvcc::Kdf(key, fc,
                      {srvcc::KdfParameter{&distinguisher, 1}, srvcc::KdfParameter{&identity, 1}})
        .RevealHex();
}

// RFC 5448 Test Vector 1: CK' || IK' = KDF(CK||IK, 0x20, "WLAN", SQN xor AK).
TEST(KdfVectors, Rfc5448CkIkPrime)
{
    const srvcc::CkIk prime
        = srvcc::DeriveCkIkPrime(Key128::FromHex("5349fbe098649f948f5d2e973a81c00f", "ck"),
                                 Key128::FromHex("9744871ad32bf9bbd1dd5ce54e3e2e5a", "ik"), "WLAN",
                                 Octets<6>("bb52e91c747a"));
    EXPECT_EQ(prime.ck.RevealHex() + prime.ik.RevealHex(),
              "0093962d0dd84aa5684b045c9edffa04ccfc230ca74fcc96c0a5d61164f5a76c");
}

// srsRAN test_generate_k_ausf.
TEST(KdfVectors, Kausf)
{
    const Key256 kausf
        = srvcc::DeriveKausf(Key128::FromHex("561e05efbdf2efeb2d558f041c53c445", "ck"),
                             Key128::FromHex("01e0f2f5535431312d57279814cfcd89", "ik"),
                             "5G:mnc070.mcc901.3gppnetwork.org", Octets<6>("305eb06b7307"));
    EXPECT_EQ(kausf.RevealHex(),
              "a2ceb20f7928bf154d4b548aee6d10a97601847fd72d2bc901982c086ea0f346");
}

// srsRAN test_generate_k_seaf.
TEST(KdfVectors, Kseaf)
{
    const Key256 kausf = Key256::FromHex(
        "d9c8ff91b69e250e256e92466acf80a1d82b65f094b7c071199c0312e067ff3b", "kausf");
    EXPECT_EQ(srvcc::DeriveKseaf(kausf, "5G:mnc070.mcc901.3gppnetwork.org").RevealHex(),
              "6c50bfa5f32a89ade1ee6c707de6dcfea0790afb6d14f9e55943aeda58334548");
}

// srsRAN test_generate_k_amf.
TEST(KdfVectors, KamfCase1)
{
    const Key256 kseaf = Key256::FromHex(
        "6c50bfa5f32a89ade1ee6c707de6dcfea0790afb6d14f9e55943aeda58334548", "kseaf");
    const uint8_t abba[] = {0x00, 0x00};
    EXPECT_EQ(srvcc::DeriveKamf(kseaf, "901700000021309", abba, sizeof(abba)).RevealHex(),
              "46237ef051d6a16a3927525fa65cc39544cdfd7990b946ad796530e6d787a0da");
}

// srsRAN test_generate_k_amf_2.
TEST(KdfVectors, KamfCase2)
{
    const Key256 kseaf = Key256::FromHex(
        "302ab7c94fae97e043b370d3eb1f5468f6a1d455d656a4cab351eacfb9f7e136", "kseaf");
    const uint8_t abba[] = {0x00, 0x00};
    EXPECT_EQ(srvcc::DeriveKamf(kseaf, "001010123456780", abba, sizeof(abba)).RevealHex(),
              "8f2a5d6c12608d8a0a8d330a719dee07226b47417b661af58490eab07aa437a4");
}

// srsRAN test_generate_res_star.
TEST(KdfVectors, ResStar)
{
    const std::array<uint8_t, 8> res = Octets<8>("fc3cba902575ed80");
    const Key128 resStar = srvcc::DeriveResStar(
        Key128::FromHex("3cba902575ed80cbfa3625aff09daffc", "ck"),
        Key128::FromHex("ba902575ed80cbfa3625aff09daffc3c", "ik"),
        "5G:mnc001.mcc001.3gppnetwork.org", Octets<16>("fc2d98a361208bf743639c9e632d7350"),
        res.data(), res.size());
    EXPECT_EQ(resStar.RevealHex(), "b0e35b23dbd7a18c848bfad91135e3fd");
}

// srsRAN test_generate_nas_5g: KNASenc with NEA0 and KNASint with NIA2.
TEST(KdfVectors, Knas5g)
{
    const Key256 kamf = Key256::FromHex(
        "7d861852b42a86b596fe22c8f50b9b895a1e21716b61b8d122785e25bafc0d07", "kamf");
    EXPECT_EQ(FullAlgorithmKdf(kamf, srvcc::fc::kAlgorithmKey, 0x01, 0x00),
              "83856a0181595521c9d32a193f59c8a8fc7e99b98b8c04201f4f9d81433b6b38");
    EXPECT_EQ(
        srvcc::DeriveAlgorithmKey(kamf, srvcc::AlgorithmTypeDistinguisher::kNasEnc, 0).RevealHex(),
        "fc7e99b98b8c04201f4f9d81433b6b38");
    EXPECT_EQ(FullAlgorithmKdf(kamf, srvcc::fc::kAlgorithmKey, 0x02, 0x02),
              "25c58e27e7d2c495f3d735293a82bffaa53ee884b98d366b0289231ec4191ed3");
    EXPECT_EQ(
        srvcc::DeriveAlgorithmKey(kamf, srvcc::AlgorithmTypeDistinguisher::kNasInt, 2).RevealHex(),
        "a53ee884b98d366b0289231ec4191ed3");
}

// srsRAN test_generate_k_gnb: UL NAS COUNT 0, 3GPP access.
TEST(KdfVectors, Kgnb)
{
    const Key256 kamf = Key256::FromHex(
        "d655f16142035d4d72ca39583d228d2dd2ec0ca7929ad007f53b382d05544405", "kamf");
    EXPECT_EQ(srvcc::DeriveKgnb(kamf, srvcc::NasCount::FromValue(0),
                                srvcc::AccessTypeDistinguisher::k3gpp)
                  .RevealHex(),
              "493a16c58b77b627fa3f1ac6344c183039f01ba0cb7636bbccc4365b023bd562");
}

// srsRAN test_generate_k_asme: MCC 001 / MNC 01 -> 00 f1 10.
TEST(KdfVectors, KasmeSrsran)
{
    const auto sqnXorAk = Xor(Octets<6>("0000000012d9"), Octets<6>("5d69309cf3ec"));
    EXPECT_EQ(srvcc::ToHex(sqnXorAk.data(), sqnXorAk.size()), "5d69309ce135");
    const Key256 kasme = srvcc::DeriveKasme(
        Key128::FromHex("7bc15d69309cf3ec5d324404edd6f0f9", "ck"),
        Key128::FromHex("c15d69309cf3ec5d324404edd6f0f97b", "ik"), Octets<3>("00f110"), sqnXorAk);
    EXPECT_EQ(kasme.RevealHex(),
              "d5ef4d8f33266902295d42f322a2f2cf11fb2ccc124c09b4d88d361597037990");
}

// open5gs security_test3.
TEST(KdfVectors, KasmeOpen5gs)
{
    const auto sqnXorAk = Xor(Octets<6>("fd8eef40df7d"), Octets<6>("aa689c648370"));
    const Key256 kasme = srvcc::DeriveKasme(
        Key128::FromHex("b40ba9a3c58b2a05bbf0d987b21bf8cb", "ck"),
        Key128::FromHex("f769bcd751044604127672711c6d3441", "ik"), Octets<3>("024830"), sqnXorAk);
    EXPECT_EQ(kasme.RevealHex(),
              "238e457e0f758badbca8d34bb2612c10428d426757cb5553b2b184fa64bfc549");
}

// srsRAN test_generate_k_nas: EPS KNASenc (EEA0) and KNASint (128-EIA1) from the KASME above.
TEST(KdfVectors, EpsKnas)
{
    const Key256 kasme = Key256::FromHex(
        "d5ef4d8f33266902295d42f322a2f2cf11fb2ccc124c09b4d88d361597037990", "kasme");
    EXPECT_EQ(FullAlgorithmKdf(kasme, srvcc::fc::kEpsAlgorithmKey, 0x01, 0x00),
              "cf7a27beab1e78bf5bb1f95b05829a72e4cf7fecbad4b8c37db4a190e119225c");
    EXPECT_EQ(srvcc::DeriveEpsAlgorithmKey(kasme, srvcc::AlgorithmTypeDistinguisher::kNasEnc, 0)
                  .RevealHex(),
              "e4cf7fecbad4b8c37db4a190e119225c");
    EXPECT_EQ(FullAlgorithmKdf(kasme, srvcc::fc::kEpsAlgorithmKey, 0x02, 0x01),
              "b855871d17d4a717e931d9a6069c6e54b79408e243dd367dc8c6392295b3b451");
    EXPECT_EQ(srvcc::DeriveEpsAlgorithmKey(kasme, srvcc::AlgorithmTypeDistinguisher::kNasInt, 1)
                  .RevealHex(),
              "b79408e243dd367dc8c6392295b3b451");
}

// RFC 4231 test case 2 (open5gs security_test2).
TEST(KdfVectors, HmacSha256Rfc4231Case2)
{
    const std::vector<uint8_t> key = srvcc::FromHex("4a656665", "key");
    const std::vector<uint8_t> message
        = srvcc::FromHex("7768617420646f2079612077616e7420666f72206e6f7468696e673f", "message");
    uint8_t mac[32];
    srvcc::HmacSha256(key.data(), key.size(), message.data(), message.size(), mac);
    EXPECT_EQ(srvcc::ToHex(mac, sizeof(mac)),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(KdfVectors, ResStarRejectsBadResLength)
{
    const Key128 ck = Key128::FromHex("3cba902575ed80cbfa3625aff09daffc", "ck");
    const Key128 ik = Key128::FromHex("ba902575ed80cbfa3625aff09daffc3c", "ik");
    const srvcc::Rand rand = Octets<16>("fc2d98a361208bf743639c9e632d7350");
    const uint8_t res[17] = {};
    try
    {
        (void)srvcc::DeriveResStar(ck, ik, "5G:mnc001.mcc001.3gppnetwork.org", rand, res, 3);
        FAIL() << "expected CryptoError";
    }
    catch (const srvcc::CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "res");
    }
    EXPECT_THROW(
        (void)srvcc::DeriveResStar(ck, ik, "5G:mnc001.mcc001.3gppnetwork.org", rand, res, 17),
        srvcc::CryptoError);
}

} // namespace
