/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * End-to-end 5G-SRVCC handovers: for every profile the UE's and the MSC server's keys equal the
 * crypto core's, the key check passes, KAMF appears in no packet, and the preparation latency
 * is exactly the sum of the configured delays on the path.
 */
#include "ns3/boolean.h"
#include "ns3/srvcc-kamf-exposure-scanner.h"
#include "ns3/test.h"
#include "srvcc-handover-test-util.h"

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

/** Completed handovers per profile, keys checked against the crypto core computed here. */
class SrvccProfileHandoverTestCase : public TestCase
{
  public:
    explicit SrvccProfileHandoverTestCase(srvcc::SrvccProfile profile)
        : TestCase(std::string("completed handovers, keys equal the crypto core's: ")
                   + std::string(srvcc::ToString(profile)))
        , m_profile(profile)
    {
    }

  private:
    void
    DoRun() override
    {
        const uint32_t numUes = 4;
        RunHandovers(
            m_profile, numUes, nullptr,
            [this](SrvccHelper& h, SrvccStatsCollector& s)
            {
                NS_TEST_ASSERT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kCompleted),
                                      numUes, "every handover completes");
                NS_TEST_ASSERT_MSG_EQ(s.GetKeyChecksPassed(), numUes, "every MAC-I verifies");
                NS_TEST_ASSERT_MSG_EQ(s.GetKeyChecksFailed(), 0, "no MAC-I mismatch");
                NS_TEST_ASSERT_MSG_EQ(s.GetKamfScanner().GetExposures(), 0, "KAMF never on a wire");
                NS_TEST_ASSERT_MSG_GT(s.GetKamfScanner().GetPacketsScanned(), 10 * numUes,
                                      "every message was scanned");
                NS_TEST_ASSERT_MSG_EQ(s.GetDecodeErrors(), 0, "no malformed message");
                if (h.GetMme())
                {
                    NS_TEST_ASSERT_MSG_EQ(h.GetMme()->GetContextCount(), 0,
                                          "the MME_SRVCC keeps no mapped context after completion");
                }
                for (uint32_t ue = 0; ue < numUes; ++ue)
                {
                    // The crypto core, run here on what the AMF holds: KAMF, ngKSI and the COUNT it
                    // used for this handover.
                    const AmfNasSecurityContext* amf = h.GetAmf()->GetNasSecurityContext(ue);
                    srvcc::NasCount count;
                    NS_TEST_ASSERT_MSG_EQ(h.GetAmf()->GetLastSrvccCount(ue, count), true,
                                          "the AMF derived keys");
                    NS_TEST_ASSERT_MSG_EQ(amf->downlinkNasCount.Value(), count.Value() + 1,
                                          "J.1.2 step 2: the AMF increased the DL NAS COUNT");
                    const srvcc::SrvccKeyChain expected
                        = srvcc::DeriveSrvccKeyChain(m_profile, amf->kamf, count, amf->ngksi);

                    const auto& atUe = h.GetUe(ue)->GetSrvccKeys();
                    NS_TEST_ASSERT_MSG_EQ(atUe.has_value(), true, "the UE derived keys");
                    NS_TEST_ASSERT_MSG_EQ(atUe->downlinkNasCount.Value(), count.Value(),
                                          "the UE estimated the AMF's COUNT from its 4 LSB");
                    NS_TEST_ASSERT_MSG_EQ(atUe->ckIk.ck.RevealHex(), expected.ckIk.ck.RevealHex(),
                                          "CK_SRVCC at the UE");
                    NS_TEST_ASSERT_MSG_EQ(atUe->ckIk.ik.RevealHex(), expected.ckIk.ik.RevealHex(),
                                          "IK_SRVCC at the UE");

                    const MscSrvccSecurityContext* msc = h.GetMscServer()->GetContext(ue);
                    NS_TEST_ASSERT_MSG_NE(msc, nullptr, "the MSC server holds the SRVCC context");
                    NS_TEST_ASSERT_MSG_EQ(msc->ckIk.ck.RevealHex(), expected.ckIk.ck.RevealHex(),
                                          "CK_SRVCC at the MSC server");
                    NS_TEST_ASSERT_MSG_EQ(msc->ckIk.ik.RevealHex(), expected.ckIk.ik.RevealHex(),
                                          "IK_SRVCC at the MSC server");
                    NS_TEST_ASSERT_MSG_EQ(static_cast<uint32_t>(msc->ksiSrvcc),
                                          static_cast<uint32_t>(amf->ngksi.value),
                                          "KSI_SRVCC = eKSI = ngKSI value");
                    NS_TEST_ASSERT_MSG_EQ(h.GetUe(ue)->IsOnUtran(), true, "the UE is on UTRAN");
                }
            });
    }

    srvcc::SrvccProfile m_profile;
};

/**
 * Preparation latency (Handover Required -> HO Command at the UE) equals the sum of the
 * configured link delays and node processing on the path, to the nanosecond. Data rates are
 * so high that no transmission time rounds to a nanosecond.
 */
class SrvccPreparationLatencyTestCase : public TestCase
{
  public:
    explicit SrvccPreparationLatencyTestCase(srvcc::SrvccProfile profile)
        : TestCase(std::string("preparation latency is the sum of the path's delays: ")
                   + std::string(srvcc::ToString(profile)))
        , m_profile(profile)
    {
    }

  private:
    void
    DoRun() override
    {
        // Distinct values so that a step counted twice or missed shows in the total.
        const Time nrUu = MicroSeconds(5003);
        const Time n2 = MicroSeconds(2011);
        const Time n26 = MicroSeconds(4019);
        const Time sv = MicroSeconds(9029);
        const Time amfMsc = MicroSeconds(12041);
        const Time iu = MicroSeconds(3061);
        const Time p[] = {NanoSeconds(101),  NanoSeconds(1103), NanoSeconds(2207),
                          NanoSeconds(3301), NanoSeconds(4409), NanoSeconds(5501)};
        const Time k[] = {NanoSeconds(17), NanoSeconds(23), NanoSeconds(31),
                          NanoSeconds(43), NanoSeconds(59), NanoSeconds(67)};
        const SrvccRole roles[] = {SrvccRole::kUe,  SrvccRole::kGnb,       SrvccRole::kAmf,
                                   SrvccRole::kMme, SrvccRole::kMscServer, SrvccRole::kRnc};
        const DataRate instant(100000000000000ULL); // 100 Tbit/s: < 1 ns for any message

        Time expected;
        RunHandovers(
            m_profile, 1,
            [&](SrvccHelper& h)
            {
                h.SetLinkParameters(SrvccInterface::kNrUu, {instant, nrUu});
                h.SetLinkParameters(SrvccInterface::kN2, {instant, n2});
                h.SetLinkParameters(SrvccInterface::kN26, {instant, n26});
                h.SetLinkParameters(SrvccInterface::kSv, {instant, sv});
                h.SetLinkParameters(SrvccInterface::kAmfMsc, {instant, amfMsc});
                h.SetLinkParameters(SrvccInterface::kIu, {instant, iu});
                for (int r = 0; r < 6; ++r)
                {
                    h.SetNodeAttribute(roles[r], "ProcessingDelay", TimeValue(p[r]));
                    h.SetNodeAttribute(roles[r], "KeyDerivationDelay", TimeValue(k[r]));
                }
            },
            [&](SrvccHelper&, SrvccStatsCollector& s)
            {
                NS_TEST_ASSERT_MSG_EQ(s.GetRecords().size(), 1, "one handover");
                const int64_t measured = s.GetRecords()[0].PreparationNs();
                // gNB -> AMF (process, derive) -> [MME (process, derive)] -> MSC -> RNC -> MSC
                // -> [MME] -> AMF -> gNB -> UE; each receiver spends its processing delay.
                const Time ue = p[0], gnb = p[1], amf = p[2], mme = p[3], msc = p[4], rnc = p[5];
                if (srvcc::UsesMme(m_profile))
                {
                    expected = n2 + amf + k[2] + n26 + mme + k[3] + sv + msc + iu + rnc + iu + msc
                               + sv + mme + n26 + amf + n2 + gnb + nrUu + ue;
                }
                else
                {
                    expected = n2 + amf + k[2] + amfMsc + msc + iu + rnc + iu + msc + amfMsc + amf
                               + n2 + gnb + nrUu + ue;
                }
                NS_TEST_ASSERT_MSG_EQ(measured, expected.GetNanoSeconds(),
                                      "preparation latency in ns");
            });
    }

    srvcc::SrvccProfile m_profile;
};

/**
 * The KAMF scanner itself: a planted KAMF is found once wherever it sits in a packet, even when
 * UE and AMF registered the same key; an all-zero key (no KAMF yet) is not watched, so zero
 * padding is no exposure.
 */
class KamfScannerTestCase : public TestCase
{
  public:
    KamfScannerTestCase() : TestCase("the KAMF scanner finds a planted KAMF and only that") {}

  private:
    void
    DoRun() override
    {
        const auto kamf = srvcc::Key256::FromHex(
            "46237ef051d6a16a3927525fa65cc39544cdfd7990b946ad796530e6d787a0da", "kamf");
        KamfExposureScanner scanner;
        scanner.AddKamf(0, srvcc::Key256()); // not registered yet: ignored
        scanner.AddKamf(0, kamf);            // the UE's
        scanner.AddKamf(0, kamf);            // the AMF's, the same key
        NS_TEST_ASSERT_MSG_EQ(scanner.GetKamfsWatched(), 1, "one distinct KAMF watched");

        std::vector<uint8_t> octets(100, 0x00);
        Ptr<Packet> zeros = Create<Packet>(octets.data(), octets.size());
        NS_TEST_ASSERT_MSG_EQ(scanner.Scan("sv", zeros), 0, "zero padding is not a KAMF");

        for (std::size_t offset : {std::size_t{0}, std::size_t{17}, std::size_t{68}})
        {
            std::vector<uint8_t> leak(100, 0x5a);
            std::copy(kamf.Data(), kamf.Data() + 32, leak.begin() + offset);
            Ptr<Packet> p = Create<Packet>(leak.data(), leak.size());
            NS_TEST_ASSERT_MSG_EQ(scanner.Scan("sv", p), 1, "KAMF at offset " << offset);
        }
        std::vector<uint8_t> almost(kamf.Data(), kamf.Data() + 32);
        almost[31] ^= 0x01;
        Ptr<Packet> near = Create<Packet>(almost.data(), almost.size());
        NS_TEST_ASSERT_MSG_EQ(scanner.Scan("sv", near), 0, "one bit off is not the KAMF");
        NS_TEST_ASSERT_MSG_EQ(scanner.GetExposures(), 3, "three exposures in total");
    }
};

class SrvccHandoverTestSuite : public TestSuite
{
  public:
    SrvccHandoverTestSuite() : TestSuite("srvcc-handover", UNIT)
    {
        for (srvcc::SrvccProfile p :
             {srvcc::SrvccProfile::kTs33501, srvcc::SrvccProfile::kSol11,
              srvcc::SrvccProfile::kSol11Concat, srvcc::SrvccProfile::kSol12})
        {
            AddTestCase(new SrvccProfileHandoverTestCase(p), TestCase::QUICK);
            AddTestCase(new SrvccPreparationLatencyTestCase(p), TestCase::QUICK);
        }
        AddTestCase(new KamfScannerTestCase(), TestCase::QUICK);
    }
};

SrvccHandoverTestSuite g_srvccHandoverTestSuite;

} // namespace
