/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * 5G-SRVCC handovers that do not complete. Each one must end cleanly: the MSC server deletes
 * the mapped SRVCC context (CK, IK, KSI) and the MME_SRVCC its mapped context (TS 33.501 J.1.2,
 * TR 33.856 6.1.2), no node is left waiting, and the UE keeps its 5G NAS security context.
 */
#include "ns3/boolean.h"
#include "ns3/callback.h"
#include "ns3/test.h"
#include "srvcc-handover-test-util.h"

#include <map>

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

struct FailureCase
{
    std::string name;
    srvcc::SrvccProfile profile;
    Configure configure;
    /** Schedules extra events (cancels) once the topology exists. */
    std::function<void(SrvccHelper&)> schedule;
    std::string causeContains;
    bool keyCheckFails;
};

/** Security contexts created and deleted, by kind name, over every node of a run. */
struct ContextCounts
{
    std::map<std::string, int> created;
    std::map<std::string, int> deleted;

    void
    OnCreated(uint32_t /* ue */, uint64_t /* imsi */, SrvccContextKind c)
    {
        ++created[SrvccContextKindName(c)];
    }

    void
    OnDeleted(uint32_t /* ue */, uint64_t /* imsi */, SrvccContextKind c)
    {
        ++deleted[SrvccContextKindName(c)];
    }
};

class SrvccFailureTestCase : public TestCase
{
  public:
    explicit SrvccFailureTestCase(FailureCase c)
        : TestCase("failure ends cleanly: " + c.name + " ("
                   + std::string(srvcc::ToString(c.profile)) + ")")
        , m_case(std::move(c))
    {
    }

  private:
    void
    DoRun() override
    {
        // Member functions, not std::function: ns-3.35's Callback (the waf build) is made
        // only from function and member pointers.
        ContextCounts counts;
        std::map<std::string, int>& created = counts.created;
        std::map<std::string, int>& deleted = counts.deleted;

        RunHandovers(
            m_case.profile, 2,
            [&](SrvccHelper& h)
            {
                if (m_case.configure)
                {
                    m_case.configure(h);
                }
            },
            [&](SrvccHelper& h, SrvccStatsCollector& s)
            {
                const uint32_t failed = CountResults(s, SrvccHandoverRecord::Result::kFailed);
                NS_TEST_ASSERT_MSG_EQ(failed, 2, "both handovers fail");
                for (const SrvccHandoverRecord& r : s.GetRecords())
                {
                    NS_TEST_ASSERT_MSG_NE(r.cause.find(m_case.causeContains), std::string::npos,
                                          "cause '" << r.cause << "'");
                }
                NS_TEST_ASSERT_MSG_EQ(s.GetKeyChecksFailed(), (m_case.keyCheckFails ? 2 : 0),
                                      "MAC-I mismatches");
                NS_TEST_ASSERT_MSG_EQ(s.GetKeyChecksPassed(), 0, "no MAC-I verified");
                NS_TEST_ASSERT_MSG_EQ(h.GetMscServer()->GetContextCount(), 0,
                                      "the MSC server deleted the SRVCC contexts");
                if (h.GetMme())
                {
                    NS_TEST_ASSERT_MSG_EQ(h.GetMme()->GetContextCount(), 0,
                                          "the MME_SRVCC deleted its mapped contexts");
                }
                NS_TEST_ASSERT_MSG_EQ(h.GetRnc(0)->GetContextCount(), 0,
                                      "the target RNC released the UEs");
                NS_TEST_ASSERT_MSG_EQ(h.GetAmf()->GetPendingHandoverCount(), 0,
                                      "the AMF is not left waiting");
                NS_TEST_ASSERT_MSG_EQ(created["msc-srvcc"], deleted["msc-srvcc"],
                                      "every MSC context created was deleted");
                NS_TEST_ASSERT_MSG_EQ(created["mme-mapped"], deleted["mme-mapped"],
                                      "every MME context created was deleted");
                NS_TEST_ASSERT_MSG_EQ(s.GetKamfScanner().GetExposures(), 0, "no KAMF exposed");
                for (uint32_t ue = 0; ue < 2; ++ue)
                {
                    NS_TEST_ASSERT_MSG_EQ(h.GetUe(ue)->GetNasSecurityContext().kamf.RevealHex(),
                                          h.GetAmf()->GetNasSecurityContext(ue)->kamf.RevealHex(),
                                          "the UE keeps its 5G NAS security context");
                }
            },
            Seconds(15),
            [&](SrvccHelper& h)
            {
                for (const Ptr<SrvccNodeApplication>& app : h.GetAllApplications())
                {
                    app->TraceConnectWithoutContext(
                        "ContextCreated", MakeCallback(&ContextCounts::OnCreated, &counts));
                    app->TraceConnectWithoutContext(
                        "ContextDeleted", MakeCallback(&ContextCounts::OnDeleted, &counts));
                }
                if (m_case.schedule)
                {
                    m_case.schedule(h);
                }
            });
        // The equal created/deleted counts above mean something only if contexts were made:
        // the MME_SRVCC maps one per UE in every case; without an MME (sol1.2) the MSC server
        // does, unless it is the one that rejects.
        if (srvcc::UsesMme(m_case.profile))
        {
            NS_TEST_ASSERT_MSG_EQ(created["mme-mapped"], 2, "one mapped context per UE");
        }
        else if (m_case.causeContains != "MSC server rejected")
        {
            NS_TEST_ASSERT_MSG_EQ(created["msc-srvcc"], 2, "one SRVCC context per UE");
        }
    }

    FailureCase m_case;
};

std::vector<FailureCase>
MakeCases()
{
    using P = srvcc::SrvccProfile;
    auto attribute = [](SrvccRole role, std::string name, bool value)
    {
        return [role, name, value](SrvccHelper& h)
        {
            h.SetNodeAttribute(role, name, BooleanValue(value));
        };
    };
    std::vector<FailureCase> cases;
    for (P p : {P::kTs33501, P::kSol12})
    {
        cases.push_back({"MSC server rejects PS to CS", p,
                         attribute(SrvccRole::kMscServer, "RejectPsToCs", true), nullptr,
                         "MSC server rejected", false});
        cases.push_back({"target RNC has no resources", p,
                         attribute(SrvccRole::kRnc, "RejectRelocation", true), nullptr,
                         "target RNC refused", false});
        cases.push_back({"UE never arrives on UTRAN", p,
                         attribute(SrvccRole::kUe, "NeverArrive", true), nullptr, "did not arrive",
                         false});
        cases.push_back({"tampered CK at the MSC server", p,
                         attribute(SrvccRole::kMscServer, "TamperCk", true), nullptr,
                         "MAC-I check failed", true});
        cases.push_back({"tampered IK at the MSC server", p,
                         attribute(SrvccRole::kMscServer, "TamperIk", true), nullptr,
                         "MAC-I check failed", true});
        cases.push_back({"cancel from the gNB during preparation", p, nullptr,
                         [](SrvccHelper& h)
                         {
                             // 5 ms after the start: the request is between MME and MSC.
                             h.ScheduleCancel(0, Seconds(1) + MilliSeconds(5));
                             h.ScheduleCancel(1, Seconds(1) + MilliSeconds(15));
                         },
                         "cancelled", false});
    }
    cases.push_back({"every Sv message lost", P::kTs33501,
                     [](SrvccHelper& h)
                     {
                         SrvccLinkParameters sv = h.GetLinkParameters(SrvccInterface::kSv);
                         sv.lossRate = 1.0;
                         h.SetLinkParameters(SrvccInterface::kSv, sv);
                     },
                     nullptr, "no SRVCC PS to CS Response", false});
    cases.push_back({"Sv answers too late", P::kTs33501,
                     [](SrvccHelper& h)
                     {
                         SrvccLinkParameters sv = h.GetLinkParameters(SrvccInterface::kSv);
                         sv.delay = Seconds(3); // beyond the MME_SRVCC SvResponseTimeout (1 s)
                         h.SetLinkParameters(SrvccInterface::kSv, sv);
                     },
                     nullptr, "no SRVCC PS to CS Response", false});
    return cases;
}

class SrvccHandoverFailureTestSuite : public TestSuite
{
  public:
    SrvccHandoverFailureTestSuite() : TestSuite("srvcc-handover-failure", UNIT)
    {
        for (FailureCase& c : MakeCases())
        {
            AddTestCase(new SrvccFailureTestCase(std::move(c)), TestCase::QUICK);
        }
    }
};

SrvccHandoverFailureTestSuite g_srvccHandoverFailureTestSuite;

} // namespace
