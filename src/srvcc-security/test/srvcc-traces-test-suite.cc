/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The typed trace sources of the node applications, connected the ns-3 way (Config paths with
 * the documented callback signatures): what a failed handover fires, with which enums, UE
 * index and IMSI, and the name tables the report layer turns them into words with.
 */
#include "ns3/boolean.h"
#include "ns3/config.h"
#include "ns3/gtpv2c-ie-basic.h"
#include "ns3/gtpv2c-message.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-trace-types.h"
#include "ns3/test.h"
#include "srvcc-handover-test-util.h"

#include <array>
#include <set>
#include <string>
#include <vector>

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

/** What one trace reported about one UE. */
struct Seen
{
    std::string context;
    uint32_t ue{0};
    uint64_t imsi{0};
};

struct ContextSeen : Seen
{
    SrvccContextKind kind{};
};

struct FailureSeen : Seen
{
    SrvccFailureCause cause{};
    uint8_t value{0};
};

/** Everything the sinks below record in one run. */
struct Observed
{
    std::vector<ContextSeen> mscContextsDeleted;
    std::vector<FailureSeen> mscFailures;
    std::vector<FailureSeen> mmeFailures;
    std::array<uint32_t, kSrvccMessageTypeCount> sentByType{};
    uint32_t completionsOnSv{0};
};

Observed* g_observed = nullptr;

// The sinks have the documented signatures (SrvccNodeApplication::ContextTracedCallback,
// HandoverFailedTracedCallback, MessageTracedCallback) with the Config context in front.
void
OnMscContextDeleted(std::string context, uint32_t ue, uint64_t imsi, SrvccContextKind kind)
{
    ContextSeen s;
    s.context = context;
    s.ue = ue;
    s.imsi = imsi;
    s.kind = kind;
    g_observed->mscContextsDeleted.push_back(s);
}

void
RecordFailure(std::vector<FailureSeen>& into, const std::string& context, uint32_t ue,
              uint64_t imsi, SrvccFailureCause cause, uint8_t value)
{
    FailureSeen s;
    s.context = context;
    s.ue = ue;
    s.imsi = imsi;
    s.cause = cause;
    s.value = value;
    into.push_back(s);
}

void
OnMscFailed(std::string context, uint32_t ue, uint64_t imsi, SrvccFailureCause cause, uint8_t value)
{
    RecordFailure(g_observed->mscFailures, context, ue, imsi, cause, value);
}

void
OnMmeFailed(std::string context, uint32_t ue, uint64_t imsi, SrvccFailureCause cause, uint8_t value)
{
    RecordFailure(g_observed->mmeFailures, context, ue, imsi, cause, value);
}

void
OnSent(std::string /* context */, SrvccInterface iface, SrvccMessageType type, uint32_t /* ue */,
       uint64_t /* imsi */, Ptr<const Packet> /* packet */)
{
    ++g_observed->sentByType[static_cast<std::size_t>(type)];
    if (type == SrvccMessageType::kSrvccPsToCsCompleteNotification && iface == SrvccInterface::kSv)
    {
        ++g_observed->completionsOnSv;
    }
}

void
ConnectByConfig(SrvccHelper& /* helper */)
{
    const std::string apps = "/NodeList/*/ApplicationList/*/";
    Config::Connect(apps + "$ns3::SrvccMscServerApplication/ContextDeleted",
                    MakeCallback(&OnMscContextDeleted));
    Config::Connect(apps + "$ns3::SrvccMscServerApplication/HandoverFailed",
                    MakeCallback(&OnMscFailed));
    Config::Connect(apps + "$ns3::SrvccMmeApplication/HandoverFailed", MakeCallback(&OnMmeFailed));
    Config::Connect(apps + "$ns3::SrvccNodeApplication/MessageSent", MakeCallback(&OnSent));
}

/** The IMSI digits of SrvccImsi read as the number the traces carry. */
uint64_t
ImsiDigitsAsNumber(uint32_t ue)
{
    return std::stoull(SrvccImsi(ue));
}

/**
 * The UE never reaches UTRAN (TS 23.216 6.5.4 step 10 does not happen): the MSC server gives
 * up, deletes CK_SRVCC / IK_SRVCC / KSI_SRVCC (TS 33.501 J.1.2) and tells the MME_SRVCC with
 * an SRVCC post failure cause (TS 29.280 5.2.4), which gives up in turn.
 */
class UeNeverArrivesTracesTestCase : public TestCase
{
  public:
    UeNeverArrivesTracesTestCase()
        : TestCase("UE never arrives: the MSC server's ContextDeleted and HandoverFailed over "
                   "Config paths carry kMscSrvcc, kUeDidNotArrive, the UE index and its IMSI")
    {
    }

  private:
    void
    DoRun() override
    {
        Observed observed;
        g_observed = &observed;
        std::vector<SrvccHandoverRecord> records;
        RunHandovers(
            srvcc::SrvccProfile::kTs33501, 2,
            [](SrvccHelper& h)
            {
                h.SetNodeAttribute(SrvccRole::kUe, "NeverArrive", BooleanValue(true));
            },
            [&records](SrvccHelper&, SrvccStatsCollector& s)
            {
                records = s.GetRecords();
            },
            Seconds(10), ConnectByConfig);
        g_observed = nullptr;

        std::set<uint32_t> deletedFor;
        NS_TEST_ASSERT_MSG_EQ(observed.mscContextsDeleted.size(), 2, "one deletion per UE");
        for (const ContextSeen& s : observed.mscContextsDeleted)
        {
            NS_TEST_EXPECT_MSG_EQ((s.kind == SrvccContextKind::kMscSrvcc), true,
                                  "the MSC server deletes its SRVCC context, got "
                                      << SrvccContextKindName(s.kind));
            NS_TEST_EXPECT_MSG_EQ(s.imsi, SrvccImsiNumber(s.ue), "IMSI of UE " << s.ue);
            NS_TEST_EXPECT_MSG_EQ(s.imsi, ImsiDigitsAsNumber(s.ue), "the IMSI's digits");
            NS_TEST_EXPECT_MSG_NE(s.context.find("$ns3::SrvccMscServerApplication/ContextDeleted"),
                                  std::string::npos,
                                  "the Config context names the source: " << s.context);
            deletedFor.insert(s.ue);
        }
        NS_TEST_EXPECT_MSG_EQ(deletedFor.size(), 2, "UE 0 and UE 1 each");
        NS_TEST_EXPECT_MSG_EQ(observed.mscContextsDeleted[0].imsi, 1010000000000ULL,
                              "UE 0 is IMSI 001 01 0000000000");

        NS_TEST_ASSERT_MSG_EQ(observed.mscFailures.size(), 2, "the MSC server gives up per UE");
        for (const FailureSeen& s : observed.mscFailures)
        {
            NS_TEST_EXPECT_MSG_EQ((s.cause == SrvccFailureCause::kUeDidNotArrive), true,
                                  "MSC cause " << SrvccFailureCauseName(s.cause));
            NS_TEST_EXPECT_MSG_EQ(unsigned{s.value}, 0, "no 3GPP cause value with it");
            NS_TEST_EXPECT_MSG_EQ(s.imsi, SrvccImsiNumber(s.ue), "IMSI of UE " << s.ue);
        }
        // The MME_SRVCC learns it from the Complete Notification's post failure cause.
        NS_TEST_ASSERT_MSG_EQ(observed.mmeFailures.size(), 2, "the MME_SRVCC gives up per UE");
        for (const FailureSeen& s : observed.mmeFailures)
        {
            NS_TEST_EXPECT_MSG_EQ((s.cause == SrvccFailureCause::kPostFailureCause), true,
                                  "MME cause " << SrvccFailureCauseName(s.cause));
            NS_TEST_EXPECT_MSG_EQ(unsigned{s.value},
                                  unsigned{SrvccCauseValue::kRadioInterfaceProcedureFailure},
                                  "the SRVCC post failure cause the MSC server sent");
        }
        NS_TEST_EXPECT_MSG_EQ(observed.completionsOnSv, 2, "Complete Notification on Sv");
        NS_TEST_EXPECT_MSG_EQ(
            observed.sentByType[static_cast<std::size_t>(SrvccMessageType::kIuReleaseCommand)], 2,
            "the MSC server releases the target RNC for each UE");
        NS_TEST_EXPECT_MSG_EQ(observed.sentByType[static_cast<std::size_t>(
                                  SrvccMessageType::kUtranHandoverToUtranComplete)],
                              0, "no UE reached UTRAN");

        // The record names the first node to give up, in words made from the enum.
        NS_TEST_ASSERT_MSG_EQ(records.size(), 2, "two handover attempts");
        for (const SrvccHandoverRecord& r : records)
        {
            NS_TEST_EXPECT_MSG_EQ((r.failureCause == SrvccFailureCause::kUeDidNotArrive), true,
                                  "record cause of UE " << r.ue);
            NS_TEST_EXPECT_MSG_EQ(r.cause, "UE did not arrive on UTRAN", "record text");
        }
    }
};

/**
 * The MSC server rejects the request: the MME_SRVCC's HandoverFailed carries the GTPv2-C Cause
 * of the SRVCC PS to CS Response (TS 29.274 8.4: 81, Relocation failure), which the report
 * shows in the cause text.
 */
class RejectedResponseTracesTestCase : public TestCase
{
  public:
    RejectedResponseTracesTestCase()
        : TestCase("MSC server rejects: the MME_SRVCC's HandoverFailed carries "
                   "kPsToCsResponseRejected and GTPv2-C cause 81")
    {
    }

  private:
    void
    DoRun() override
    {
        Observed observed;
        g_observed = &observed;
        RunHandovers(
            srvcc::SrvccProfile::kTs33501, 1,
            [](SrvccHelper& h)
            {
                h.SetNodeAttribute(SrvccRole::kMscServer, "RejectPsToCs", BooleanValue(true));
            },
            [](SrvccHelper&, SrvccStatsCollector&) {}, Seconds(10), ConnectByConfig);
        g_observed = nullptr;

        NS_TEST_ASSERT_MSG_EQ(observed.mscFailures.size(), 1, "the MSC server rejects");
        NS_TEST_EXPECT_MSG_EQ(
            (observed.mscFailures[0].cause == SrvccFailureCause::kMscRejectedRequest), true,
            "MSC cause");
        NS_TEST_EXPECT_MSG_EQ(observed.mscContextsDeleted.size(), 0, "it made no context");
        NS_TEST_ASSERT_MSG_EQ(observed.mmeFailures.size(), 1, "the MME_SRVCC gives up");
        const FailureSeen& mme = observed.mmeFailures[0];
        NS_TEST_EXPECT_MSG_EQ((mme.cause == SrvccFailureCause::kPsToCsResponseRejected), true,
                              "MME cause " << SrvccFailureCauseName(mme.cause));
        NS_TEST_EXPECT_MSG_EQ(unsigned{mme.value}, unsigned{Gtpv2cCauseValue::kRelocationFailure},
                              "the response's GTPv2-C cause");
        NS_TEST_EXPECT_MSG_EQ(SrvccFailureText(mme.cause, mme.value),
                              "SRVCC PS to CS Response rejected (cause 81)", "report text");
        NS_TEST_EXPECT_MSG_EQ(mme.imsi, ImsiDigitsAsNumber(0), "IMSI of UE 0");
    }
};

/** The name tables: one distinct name per value, and the codecs' names are the same ones. */
class TraceNamesTestCase : public TestCase
{
  public:
    TraceNamesTestCase()
        : TestCase("every trace enum value has its own name; the codecs' message types map onto "
                   "SrvccMessageType with the same names")
    {
    }

  private:
    template<typename E, typename F>
    void
    CheckDistinct(std::size_t count, F name, const std::string& what)
    {
        std::set<std::string> names;
        for (std::size_t i = 0; i < count; ++i)
        {
            const std::string n = name(static_cast<E>(i));
            NS_TEST_EXPECT_MSG_NE(n, "unknown", what << " " << i << " has a name");
            names.insert(n);
        }
        NS_TEST_EXPECT_MSG_EQ(names.size(), count, what << ": names are distinct");
    }

    void
    DoRun() override
    {
        CheckDistinct<SrvccMessageType>(kSrvccMessageTypeCount, SrvccMessageTypeName, "message");
        CheckDistinct<SrvccContextKind>(kSrvccContextKindCount, SrvccContextKindName, "context");
        CheckDistinct<SrvccKeyKind>(kSrvccKeyKindCount, SrvccKeyClause, "key clause");
        CheckDistinct<SrvccFailureCause>(kSrvccFailureCauseCount, SrvccFailureCauseName, "cause");
        CheckDistinct<SrvccDecodeError>(kSrvccDecodeErrorCount, SrvccDecodeErrorName, "reason");
        NS_TEST_EXPECT_MSG_EQ(std::string(SrvccKeyClause(SrvccKeyKind::kKasmeSrvcc)),
                              "TS 33.501 A.21", "KASME_SRVCC's clause");
        NS_TEST_EXPECT_MSG_EQ(std::string(SrvccKeyName(SrvccKeyKind::kCkIkFromKamf)),
                              "CK_SRVCC||IK_SRVCC", "Solution #1.2's key");
        static_assert(SrvccMessageTypeName(SrvccMessageType::kSrvccPsToCsRequest)[0] == 'S',
                      "the name functions are constexpr");

        // Every GTPv2-C and NAS type the module knows maps onto a distinct SrvccMessageType
        // named as the codec names it; other type octets map onto none.
        std::set<SrvccMessageType> mapped;
        uint32_t gtp = 0;
        uint32_t nas = 0;
        for (unsigned type = 0; type < 256; ++type)
        {
            SrvccMessageType m;
            const auto octet = static_cast<uint8_t>(type);
            if (Gtpv2cMessageType::ToSrvccMessageType(octet, m))
            {
                ++gtp;
                mapped.insert(m);
                NS_TEST_EXPECT_MSG_EQ(std::string(SrvccMessageTypeName(m)),
                                      Gtpv2cMessageType::Name(octet), "GTPv2-C type " << type);
            }
            else
            {
                NS_TEST_EXPECT_MSG_EQ(std::string(Gtpv2cMessageType::Name(octet)), "unknown",
                                      "GTPv2-C type " << type);
            }
            if (NasSrvccMessageType(octet, m))
            {
                ++nas;
                mapped.insert(m);
                NS_TEST_EXPECT_MSG_EQ(std::string(SrvccMessageTypeName(m)), NasMessageName(octet),
                                      "NAS type " << type);
            }
        }
        NS_TEST_EXPECT_MSG_EQ(gtp, 12, "the GTPv2-C messages of N26 and Sv");
        NS_TEST_EXPECT_MSG_EQ(nas, 10, "the 5GMM messages");
        NS_TEST_EXPECT_MSG_EQ(mapped.size(), 22, "each onto its own SrvccMessageType");

        for (uint32_t ue : {0u, 7u, 123456u, 4294967295u})
        {
            NS_TEST_EXPECT_MSG_EQ(SrvccImsiNumber(ue), ImsiDigitsAsNumber(ue), "IMSI of UE " << ue);
        }
    }
};

class SrvccTracesTestSuite : public TestSuite
{
  public:
    SrvccTracesTestSuite() : TestSuite("srvcc-traces", UNIT)
    {
        AddTestCase(new UeNeverArrivesTracesTestCase(), TestCase::QUICK);
        AddTestCase(new RejectedResponseTracesTestCase(), TestCase::QUICK);
        AddTestCase(new TraceNamesTestCase(), TestCase::QUICK);
    }
};

SrvccTracesTestSuite g_srvccTracesTestSuite;

} // namespace
