/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * 5G AKA (TS 33.501 6.1.3.2) on MILENAGE: both sides agree, MAC failure, synchronisation
 * failure and resynchronisation (TS 33.102 6.3.3, 6.3.5, C.2), separation bit, input errors.
 * The subscriber is TS 35.208 set 1 (facts 3.2), whose AMF b9b9 has the separation bit set.
 */
#include "srvcc/aka.h"
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/kdf-ts33501.h"
#include "srvcc/milenage.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace
{

using srvcc::Key128;
using srvcc::Key256;

const char* const kSnn = "5G:mnc001.mcc001.3gppnetwork.org";
const char* const kSupi = "001010123456780";
const srvcc::Abba kAbba = {0x00, 0x00};

template<std::size_t N>
std::string
Hex(const std::array<uint8_t, N>& octets)
{
    return srvcc::ToHex(octets.data(), N);
}

/** \return the CryptoError input name \p f throws, or "<none>". */
std::string
ErrorInput(const std::function<void()>& f)
{
    try
    {
        f();
    }
    catch (const srvcc::CryptoError& e)
    {
        return e.Input();
    }
    return "<none>";
}

class AkaTest : public ::testing::Test
{
  protected:
    // TS 35.208 set 1.
    const Key128 m_k = Key128::FromHex("465b5ce8b199b49faa5f0a2ee238a6bc", "k");
    const Key128 m_opc = Key128::FromHex("cd63cb71954a9f4e48a5994e37a02baf", "opc");
    const srvcc::Rand m_rand = srvcc::OctetsFromHex<16>("23553cbe9637a89d218ae64dae47bf35", "rand");
    const srvcc::Sqn m_sqn = srvcc::OctetsFromHex<6>("ff9bb4d0b607", "sqn");
    const srvcc::AuthManagementField m_amf = srvcc::OctetsFromHex<2>("b9b9", "amf");

    uint64_t
    SqnValue() const
    {
        return srvcc::SqnToInteger(m_sqn);
    }
};

TEST_F(AkaTest, SqnIntegerConversion)
{
    EXPECT_EQ(srvcc::SqnToInteger(m_sqn), uint64_t{0xff9bb4d0b607});
    EXPECT_EQ(Hex(srvcc::SqnFromInteger(0xff9bb4d0b607)), "ff9bb4d0b607");
    EXPECT_EQ(Hex(srvcc::SqnFromInteger(srvcc::kSqnMax)), "ffffffffffff");
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)srvcc::SqnFromInteger(srvcc::kSqnMax + 1);
                  }),
              "sqn");
}

TEST_F(AkaTest, DeriveAkaKeysMatchesMilenageSet1)
{
    const srvcc::AkaKeys keys
        = srvcc::DeriveAkaKeys(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn, kSupi, kAbba);
    // TS 35.208 set 1 outputs.
    EXPECT_EQ(keys.ck.RevealHex(), "b40ba9a3c58b2a05bbf0d987b21bf8cb");
    EXPECT_EQ(keys.ik.RevealHex(), "f769bcd751044604127672711c6d3441");
    EXPECT_EQ(Hex(keys.ak), "aa689c648370");
    EXPECT_EQ(Hex(keys.res), "a54211d5e3ba50bf");
    EXPECT_EQ(Hex(keys.macA), "4a9ffac354dfafb3");
    // AUTN = (ff9bb4d0b607 xor aa689c648370) || b9b9 || 4a9ffac354dfafb3.
    EXPECT_EQ(Hex(keys.sqnXorAk), "55f328b43577");
    EXPECT_EQ(Hex(keys.autn), "55f328b43577b9b94a9ffac354dfafb3");
    // The 5G chain over the published CK, IK, RES, with the Annex A functions.
    const Key128 ck = Key128::FromHex("b40ba9a3c58b2a05bbf0d987b21bf8cb", "ck");
    const Key128 ik = Key128::FromHex("f769bcd751044604127672711c6d3441", "ik");
    const auto res = srvcc::OctetsFromHex<8>("a54211d5e3ba50bf", "res");
    const Key128 resStar = srvcc::DeriveResStar(ck, ik, kSnn, m_rand, res.data(), res.size());
    EXPECT_EQ(keys.resStar, resStar);
    EXPECT_EQ(Hex(keys.hresStar), Hex(srvcc::DeriveHresStar(m_rand, resStar)));
    const Key256 kausf
        = srvcc::DeriveKausf(ck, ik, kSnn, srvcc::OctetsFromHex<6>("55f328b43577", "sqn-xor-ak"));
    EXPECT_EQ(keys.kausf, kausf);
    const Key256 kseaf = srvcc::DeriveKseaf(kausf, kSnn);
    EXPECT_EQ(keys.kseaf, kseaf);
    EXPECT_EQ(keys.kamf, srvcc::DeriveKamf(kseaf, kSupi, kAbba.data(), kAbba.size()));
    EXPECT_FALSE(keys.kamf.IsZero());
}

TEST_F(AkaTest, UeAndNetworkAgree)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    EXPECT_EQ(Hex(heAv.autn), "55f328b43577b9b94a9ffac354dfafb3");
    const srvcc::AusfAuthData ausf = srvcc::DeriveSeAv(heAv, kSnn);
    EXPECT_EQ(Hex(ausf.seAv.hxresStar), Hex(srvcc::DeriveHresStar(m_rand, heAv.xresStar)));

    srvcc::Usim usim(m_k, m_opc, SqnValue() - 32);
    const srvcc::UeAuthOutcome ue
        = srvcc::UeAuthenticate(usim, ausf.seAv.rand, ausf.seAv.autn, kSnn, kSupi, kAbba);
    ASSERT_EQ(ue.result, srvcc::UeAuthResult::kSuccess);
    EXPECT_EQ(usim.HighestAcceptedSqn(), SqnValue());

    // Steps 9 and 11: XRES* == RES*, HXRES* == HRES*.
    EXPECT_EQ(ue.resStar, heAv.xresStar);
    EXPECT_TRUE(srvcc::SeafVerifyResStar(ausf.seAv, ue.resStar));
    EXPECT_TRUE(srvcc::AusfVerifyResStar(heAv, ue.resStar));
    // Keys.
    EXPECT_EQ(ue.ck.RevealHex(), "b40ba9a3c58b2a05bbf0d987b21bf8cb");
    EXPECT_EQ(ue.ik.RevealHex(), "f769bcd751044604127672711c6d3441");
    EXPECT_EQ(Hex(ue.res), "a54211d5e3ba50bf");
    EXPECT_EQ(ue.kausf, heAv.kausf);
    EXPECT_EQ(ue.kseaf, ausf.kseaf);
    const srvcc::AnchorKeys network = srvcc::DeriveAnchorKeys(heAv.kausf, kSnn, kSupi, kAbba);
    EXPECT_EQ(network.kseaf, ue.kseaf);
    EXPECT_EQ(network.kamf, ue.kamf);
    // And the calculator gives the same chain.
    const srvcc::AkaKeys keys
        = srvcc::DeriveAkaKeys(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn, kSupi, kAbba);
    EXPECT_EQ(keys.kamf, ue.kamf);
    EXPECT_EQ(keys.resStar, ue.resStar);
    EXPECT_EQ(Hex(keys.hresStar), Hex(ausf.seAv.hxresStar));
}

TEST_F(AkaTest, WrongResStarIsRejected)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    const srvcc::AusfAuthData ausf = srvcc::DeriveSeAv(heAv, kSnn);
    Key128 wrong = heAv.xresStar;
    wrong.Data()[15] ^= 0x01;
    EXPECT_FALSE(srvcc::SeafVerifyResStar(ausf.seAv, wrong));
    EXPECT_FALSE(srvcc::AusfVerifyResStar(heAv, wrong));
}

TEST_F(AkaTest, DifferentServingNetworkGivesDifferentResStar)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    srvcc::Usim usim(m_k, m_opc, SqnValue() - 1);
    const srvcc::UeAuthOutcome ue = srvcc::UeAuthenticate(
        usim, m_rand, heAv.autn, "5G:mnc070.mcc901.3gppnetwork.org", kSupi, kAbba);
    ASSERT_EQ(ue.result, srvcc::UeAuthResult::kSuccess);
    EXPECT_NE(ue.resStar, heAv.xresStar);
    EXPECT_NE(ue.kausf, heAv.kausf);
}

TEST_F(AkaTest, MacFailureOnFlippedAutnBit)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    const uint64_t sqnMs = SqnValue() - 1;
    // A bit of MAC-A, of SQN xor AK, and of the AMF (keeping the separation bit).
    for (std::size_t bit : {8 * 15 + 0, 8 * 2 + 5, 8 * 7 + 0})
    {
        srvcc::Autn autn = heAv.autn;
        autn[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
        srvcc::Usim usim(m_k, m_opc, sqnMs);
        const srvcc::UeAuthOutcome ue
            = srvcc::UeAuthenticate(usim, m_rand, autn, kSnn, kSupi, kAbba);
        EXPECT_EQ(ue.result, srvcc::UeAuthResult::kMacFailure) << "bit " << bit;
        EXPECT_EQ(usim.HighestAcceptedSqn(), sqnMs) << "bit " << bit;
        EXPECT_TRUE(ue.kamf.IsZero());
        EXPECT_TRUE(ue.resStar.IsZero());
    }
    // A wrong RAND with the right AUTN is a MAC failure too.
    srvcc::Rand otherRand = m_rand;
    otherRand[0] ^= 0x01;
    srvcc::Usim usim(m_k, m_opc, sqnMs);
    EXPECT_EQ(srvcc::UeAuthenticate(usim, otherRand, heAv.autn, kSnn, kSupi, kAbba).result,
              srvcc::UeAuthResult::kMacFailure);
}

TEST_F(AkaTest, SynchFailureOnOldSqnAndResync)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    const uint64_t sqnMs = SqnValue() + 32; // the USIM has already seen a newer SQN
    srvcc::Usim usim(m_k, m_opc, sqnMs);
    const srvcc::UeAuthOutcome ue
        = srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, kAbba);
    ASSERT_EQ(ue.result, srvcc::UeAuthResult::kSynchFailure);
    EXPECT_EQ(usim.HighestAcceptedSqn(), sqnMs);
    EXPECT_TRUE(ue.kamf.IsZero());

    // Conc(SQN_MS) = SQN_MS xor AK*, with AK* = f5* of set 1 (451e8beca43b).
    const srvcc::Sqn expectedConc = [&]
    {
        srvcc::Sqn conc = srvcc::SqnFromInteger(sqnMs);
        const auto akStar = srvcc::OctetsFromHex<6>("451e8beca43b", "ak-star");
        for (std::size_t i = 0; i < conc.size(); ++i)
        {
            conc[i] ^= akStar[i];
        }
        return conc;
    }();
    EXPECT_EQ(srvcc::ToHex(ue.auts.data(), 6), Hex(expectedConc));

    // The home network resolves AUTS back to SQN_MS (TS 33.102 6.3.5).
    const srvcc::Milenage network(m_k, m_opc);
    const std::optional<srvcc::Sqn> recovered = srvcc::RecoverSqnMs(network, m_rand, ue.auts);
    ASSERT_TRUE(recovered.has_value());
    EXPECT_EQ(srvcc::SqnToInteger(*recovered), sqnMs);

    // MAC-S is f1* with AMF = 0000, not with the AUTN's AMF.
    const srvcc::AkaMac macS = network.F1Star(m_rand, *recovered, {0x00, 0x00});
    EXPECT_EQ(srvcc::ToHex(ue.auts.data() + 6, 8), Hex(macS));
    EXPECT_NE(Hex(macS), Hex(network.F1Star(m_rand, *recovered, m_amf)));

    // After resync, an AV with SQN_MS + 32 is accepted.
    const srvcc::Sqn next = srvcc::SqnFromInteger(sqnMs + 32);
    const srvcc::HeAv5g retry = srvcc::GenerateHeAv(network, m_rand, next, m_amf, kSnn);
    EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, retry.autn, kSnn, kSupi, kAbba).result,
              srvcc::UeAuthResult::kSuccess);
    EXPECT_EQ(usim.HighestAcceptedSqn(), sqnMs + 32);
}

TEST_F(AkaTest, TamperedAutsIsRejectedByNetwork)
{
    const srvcc::Milenage milenage(m_k, m_opc);
    const srvcc::Sqn sqnMs = srvcc::SqnFromInteger(SqnValue() + 64);
    const srvcc::Auts auts = srvcc::ComputeAuts(milenage, m_rand, sqnMs);
    ASSERT_TRUE(srvcc::RecoverSqnMs(milenage, m_rand, auts).has_value());
    for (std::size_t octet : {0u, 5u, 6u, 13u})
    {
        srvcc::Auts tampered = auts;
        tampered[octet] ^= 0x01;
        EXPECT_FALSE(srvcc::RecoverSqnMs(milenage, m_rand, tampered).has_value())
            << "octet " << octet;
    }
    // Another subscriber's K does not verify it either.
    const srvcc::Milenage other(Key128::FromHex("0396eb317b6d1c36f19c1c84cd6ffd16", "k"), m_opc);
    EXPECT_FALSE(srvcc::RecoverSqnMs(other, m_rand, auts).has_value());
}

TEST_F(AkaTest, ReplayedAutnIsSynchFailure)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    srvcc::Usim usim(m_k, m_opc, SqnValue() - 1);
    EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, kAbba).result,
              srvcc::UeAuthResult::kSuccess);
    // SQN == SQN_MS now: not fresh.
    EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, kAbba).result,
              srvcc::UeAuthResult::kSynchFailure);
}

TEST_F(AkaTest, SqnWindowDelta)
{
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    const uint64_t delta = 1000;
    // SQN - SQN_MS == Δ: accepted (TS 33.102 C.2.1, "at most Δ").
    {
        srvcc::Usim usim(m_k, m_opc, SqnValue() - delta, delta);
        EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, kAbba).result,
                  srvcc::UeAuthResult::kSuccess);
    }
    // SQN - SQN_MS == Δ + 1: synch failure, SQN_MS unchanged.
    {
        srvcc::Usim usim(m_k, m_opc, SqnValue() - delta - 1, delta);
        EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, kAbba).result,
                  srvcc::UeAuthResult::kSynchFailure);
        EXPECT_EQ(usim.HighestAcceptedSqn(), SqnValue() - delta - 1);
    }
    // The default Δ (2^28) rejects a fresh USIM (SQN_MS = 0) against set 1's large SQN.
    {
        srvcc::Usim usim(m_k, m_opc);
        EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, kAbba).result,
                  srvcc::UeAuthResult::kSynchFailure);
    }
}

TEST_F(AkaTest, SeparationBit)
{
    const srvcc::AuthManagementField non5g = {0x72, 0x5c}; // TS 35.208 set 3 AMF, bit 0 = 0
    EXPECT_FALSE(srvcc::HasSeparationBit(non5g));
    EXPECT_TRUE(srvcc::HasSeparationBit(m_amf));
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, non5g, kSnn);
                  }),
              "amf");

    // A valid AUTN with the bit 0: the ME refuses it before the USIM consumes the SQN.
    const srvcc::Milenage milenage(m_k, m_opc);
    const srvcc::AkaMac mac = milenage.F1(m_rand, m_sqn, non5g);
    srvcc::Sqn sqnXorAk = m_sqn;
    const srvcc::AnonymityKey ak = milenage.F5(m_rand);
    for (std::size_t i = 0; i < 6; ++i)
    {
        sqnXorAk[i] ^= ak[i];
    }
    const srvcc::Autn autn = srvcc::BuildAutn(sqnXorAk, non5g, mac);
    srvcc::Usim usim(m_k, m_opc, SqnValue() - 1);
    EXPECT_EQ(srvcc::UeAuthenticate(usim, m_rand, autn, kSnn, kSupi, kAbba).result,
              srvcc::UeAuthResult::kNon5gAuthenticationUnacceptable);
    EXPECT_EQ(usim.HighestAcceptedSqn(), SqnValue() - 1);
    // The USIM alone accepts it (the check is the ME's, TS 33.501 6.1.3.2.0 step 7).
    EXPECT_EQ(usim.Authenticate(m_rand, autn).verdict, srvcc::AutnVerdict::kAccepted);
    // The calculator computes non-5G data too.
    EXPECT_EQ(Hex(srvcc::DeriveAkaKeys(m_k, m_opc, m_rand, m_sqn, non5g, kSnn, kSupi, kAbba).autn),
              Hex(autn));
}

TEST_F(AkaTest, AutnSplitAndBuild)
{
    const srvcc::Autn autn = srvcc::OctetsFromHex<16>("55f328b43577b9b94a9ffac354dfafb3", "autn");
    const srvcc::AutnFields fields = srvcc::SplitAutn(autn);
    EXPECT_EQ(Hex(fields.sqnXorAk), "55f328b43577");
    EXPECT_EQ(Hex(fields.amf), "b9b9");
    EXPECT_EQ(Hex(fields.macA), "4a9ffac354dfafb3");
    EXPECT_EQ(Hex(srvcc::BuildAutn(fields.sqnXorAk, fields.amf, fields.macA)), Hex(autn));
}

TEST_F(AkaTest, InputErrorsNameTheInput)
{
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::DeriveAkaKeys(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn, "", kAbba);
                  }),
              "supi");
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::DeriveAkaKeys(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn, kSupi, {});
                  }),
              "abba");
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::DeriveAkaKeys(m_k, m_opc, m_rand, m_sqn, m_amf, "", kSupi,
                                                 kAbba);
                  }),
              "serving-network-name");
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, "");
                  }),
              "serving-network-name");
    const srvcc::HeAv5g heAv = srvcc::GenerateHeAv(m_k, m_opc, m_rand, m_sqn, m_amf, kSnn);
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::DeriveAnchorKeys(heAv.kausf, kSnn, "", kAbba);
                  }),
              "supi");
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::DeriveSeAv(heAv, "");
                  }),
              "serving-network-name");

    // The UE checks its inputs before the USIM moves SQN_MS.
    srvcc::Usim usim(m_k, m_opc, SqnValue() - 1);
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, "", kAbba);
                  }),
              "supi");
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      (void)srvcc::UeAuthenticate(usim, m_rand, heAv.autn, kSnn, kSupi, {});
                  }),
              "abba");
    EXPECT_EQ(usim.HighestAcceptedSqn(), SqnValue() - 1);

    // USIM parameters.
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      srvcc::Usim bad(m_k, m_opc, srvcc::kSqnMax + 1);
                  }),
              "sqn-ms");
    EXPECT_EQ(ErrorInput(
                  [&]
                  {
                      srvcc::Usim bad(m_k, m_opc, 0, 0);
                  }),
              "sqn-delta");

    // Wrong hex and wrong lengths.
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)srvcc::OctetsFromHex<16>("23553cbe", "rand");
                  }),
              "rand");
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)srvcc::OctetsFromHex<6>("ff9bb4d0b6zz", "sqn");
                  }),
              "sqn");
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)srvcc::OctetsFromHex<2>("b9b", "amf");
                  }),
              "amf");
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)srvcc::OctetsFromHex<14>("00", "auts");
                  }),
              "auts");
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)Key128::FromHex("cd63cb71954a9f4e48a5994e37a02b", "opc");
                  }),
              "opc");
    EXPECT_EQ(ErrorInput(
                  []
                  {
                      (void)srvcc::FromHex("000", "abba");
                  }),
              "abba");
}

} // namespace
