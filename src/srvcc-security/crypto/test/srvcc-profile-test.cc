/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The four 5G-SRVCC profiles, checked two ways:
 * - against values computed independently (Python hmac/hashlib, the TS 33.220 B.2.0 layout),
 * - step by step against a raw OpenSSL HMAC over an S string assembled by hand in the test.
 */
#include "srvcc/crypto-error.h"
#include "srvcc/srvcc-profile.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <vector>

namespace srvcc
{
namespace
{

// KAMF of srsRAN's test_generate_k_amf (facts §3.1).
const char* kKamf = "46237ef051d6a16a3927525fa65cc39544cdfd7990b946ad796530e6d787a0da";

/** HMAC-SHA-256(key, FC || COUNT(4 octets) || 0x00 0x04), built independently of kdf.cc. */
std::string
RawCountKdf(const uint8_t* key, uint8_t fc, uint32_t count)
{
    const std::vector<uint8_t> s = {fc,
                                    static_cast<uint8_t>(count >> 24),
                                    static_cast<uint8_t>(count >> 16),
                                    static_cast<uint8_t>(count >> 8),
                                    static_cast<uint8_t>(count),
                                    0x00,
                                    0x04};
    uint8_t out[32];
    unsigned int outLength = 0;
    HMAC(EVP_sha256(), key, 32, s.data(), s.size(), out, &outLength);
    return ToHex(out, outLength);
}

struct Expected
{
    uint32_t count;
    const char* kasmeSrvcc;  // ts33501: A.21
    const char* ckIkTs33501; // A.12 on KASME_SRVCC, COUNT 0
    const char* kasmePrime;  // sol1.1: A.14.2
    const char* ckIkSol11;   // A.12 on K'ASME, same COUNT
    const char* ckIkSol12;   // A.12 function keyed with KAMF
};

// Computed with Python's hmac module from the KDF layout of TS 33.220 B.2.0.
const Expected kExpected[] = {
    {0, "68ab24c89d24410bbc882b6c26c1cb809be17ccb88a19b1d577f53ffab336f5d",
     "672ae946fe8996a3296bb474f6c9d7bf11b357e50ee7c49c9029e0949d0b6293",
     "05e39d01d41b016a1da574f28b7ea992803003df2be0aef0b00579eb924eddc5",
     "78eec23ea4c5996b035d1962e9bd72f52067525956106646b96c66539fffb0d3",
     "741cc0624ebd8eb62b718a5fa9248aaf03e94b7aa83bf2dc92e8e97241bbac56"},
    {5, "419674e1ea6864e995e3e0d816e41985c35f7f6aebc3bc77a5e06c870a2b54a8",
     "0c2524d6f62227a89d22b7bd017a3ee4410ae97cafbd5b5f8def1da7f023340d",
     "16ad2488b00f1778345f619c7ab499a370be30fe44d31d22bcf898c48fd3e454",
     "ae754fc09499c5414e8aae2c4f14d0e3edd4dde813baee372df931453156a2bc",
     "0c85d4545b31f81d4605ae9b09519de4e5e43798b19528aa211042d1ba5a9170"},
    {0x123456, "689cfaf1f03337fc4c3e81b120184aa2ed71bbb99506c658aabc64530d12cbf3",
     "73290597234a497b1a9e4a65972159c450833b2ac4f94893c3ee2a9edb087d75",
     "cdf5902213593800b4f61f27afb68e35629a8f8a98959d4f72824c3b050ba7a4",
     "6303d7cae5b8ebaf9663bbafdc3a81d1f8289e8ce89b4c06acf2e0896c66baf7",
     "03711b2d1808d49c07c0172e80d207c50a058dba8da116a86b789c1ae20499a5"},
};

std::string
CkIkHex(const SrvccKeyChain& chain)
{
    return chain.ckIk.ck.RevealHex() + chain.ckIk.ik.RevealHex();
}

const Ngksi kNgksi{KsiType::kNative, 2};

TEST(SrvccProfile, NamesRoundTripAndUnknownIsRefused)
{
    for (const char* name : {"ts33501", "sol1.1", "sol1.1-concat", "sol1.2"})
    {
        EXPECT_EQ(ToString(ParseSrvccProfile(name)), name);
    }
    try
    {
        ParseSrvccProfile("sol1.3");
        FAIL() << "unknown profile accepted";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "profile");
        EXPECT_NE(std::string(e.what()).find("sol1.3"), std::string::npos);
    }
}

TEST(SrvccProfile, Ts33501AnnexJChain)
{
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    for (const Expected& e : kExpected)
    {
        const NasCount count = NasCount::FromValue(e.count);
        const SrvccKeyChain chain
            = DeriveSrvccKeyChain(SrvccProfile::kTs33501, kamf, count, kNgksi);
        ASSERT_TRUE(chain.mappedKasme.has_value());
        EXPECT_EQ(chain.mappedKasme->RevealHex(), e.kasmeSrvcc);
        EXPECT_EQ(CkIkHex(chain), e.ckIkTs33501);
        // Step by step: A.21 (FC 0x7D) on KAMF, then A.12 (FC 0x1A) with COUNT 0.
        EXPECT_EQ(chain.mappedKasme->RevealHex(), RawCountKdf(kamf.Data(), 0x7d, e.count));
        EXPECT_EQ(CkIkHex(chain), RawCountKdf(chain.mappedKasme->Data(), 0x1a, 0));
        EXPECT_EQ(chain.eksi->value, 2);
        EXPECT_EQ(chain.ksiSrvcc, 2);
    }
}

TEST(SrvccProfile, Sol11Chain)
{
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    for (const Expected& e : kExpected)
    {
        const NasCount count = NasCount::FromValue(e.count);
        const SrvccKeyChain chain = DeriveSrvccKeyChain(SrvccProfile::kSol11, kamf, count, kNgksi);
        EXPECT_EQ(chain.mappedKasme->RevealHex(), e.kasmePrime);
        EXPECT_EQ(chain.mappedKasme->RevealHex(), RawCountKdf(kamf.Data(), 0x74, e.count));
        EXPECT_EQ(CkIkHex(chain), e.ckIkSol11);
        EXPECT_EQ(CkIkHex(chain), RawCountKdf(chain.mappedKasme->Data(), 0x1a, e.count));
    }
}

TEST(SrvccProfile, Sol11ConcatTakesKasmePrimeAsCkIk)
{
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    for (const Expected& e : kExpected)
    {
        const SrvccKeyChain chain = DeriveSrvccKeyChain(SrvccProfile::kSol11Concat, kamf,
                                                        NasCount::FromValue(e.count), kNgksi);
        EXPECT_EQ(chain.mappedKasme->RevealHex(), e.kasmePrime);
        EXPECT_EQ(CkIkHex(chain), e.kasmePrime);
    }
}

TEST(SrvccProfile, Sol12DerivesFromKamfWithoutMme)
{
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    for (const Expected& e : kExpected)
    {
        const SrvccKeyChain chain
            = DeriveSrvccKeyChain(SrvccProfile::kSol12, kamf, NasCount::FromValue(e.count), kNgksi);
        EXPECT_FALSE(chain.mappedKasme.has_value());
        EXPECT_FALSE(chain.eksi.has_value());
        EXPECT_EQ(chain.ksiSrvcc, 2);
        EXPECT_EQ(CkIkHex(chain), e.ckIkSol12);
        EXPECT_EQ(CkIkHex(chain), RawCountKdf(kamf.Data(), 0x1a, e.count));
    }
    EXPECT_THROW(DeriveMappedKasme(SrvccProfile::kSol12, kamf, NasCount::FromValue(0)),
                 CryptoError);
}

TEST(SrvccProfile, NetworkSplitMatchesUeChain)
{
    // The AMF and MME run their halves separately; together they must give the UE's chain.
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    const NasCount count = NasCount::FromValue(77);
    for (SrvccProfile p :
         {SrvccProfile::kTs33501, SrvccProfile::kSol11, SrvccProfile::kSol11Concat})
    {
        const Key256 atAmf = DeriveMappedKasme(p, kamf, count);
        const CkIk atMme = DeriveCkIkFromMappedKasme(p, atAmf, count);
        const SrvccKeyChain ue = DeriveSrvccKeyChain(p, kamf, count, kNgksi);
        EXPECT_EQ(atMme.ck, ue.ckIk.ck) << ToString(p);
        EXPECT_EQ(atMme.ik, ue.ckIk.ik) << ToString(p);
    }
}

TEST(SrvccProfile, DifferentCountsGiveDifferentKeys)
{
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    const auto a
        = DeriveSrvccKeyChain(SrvccProfile::kTs33501, kamf, NasCount::FromValue(1), kNgksi);
    const auto b
        = DeriveSrvccKeyChain(SrvccProfile::kTs33501, kamf, NasCount::FromValue(2), kNgksi);
    EXPECT_NE(a.ckIk.ck, b.ckIk.ck);
    EXPECT_NE(a.ckIk.ik, b.ckIk.ik);
}

TEST(SrvccProfile, NgksiSevenIsRefused)
{
    const auto kamf = Key256::FromHex(kKamf, "kamf");
    EXPECT_THROW(DeriveSrvccKeyChain(SrvccProfile::kTs33501, kamf, NasCount::FromValue(0),
                                     Ngksi{KsiType::kNative, 7}),
                 CryptoError);
    EXPECT_THROW(DeriveSrvccKeyChain(SrvccProfile::kSol12, kamf, NasCount::FromValue(0),
                                     Ngksi{KsiType::kNative, 7}),
                 CryptoError);
}

} // namespace
} // namespace srvcc
