/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * No received message ends a run: a captured GTPv2-C request, changed in one IE the way an
 * attacker on the wire (or a broken peer) would, is sent again for another UE. The receiver
 * drops it and reports why (DecodeError, summary.json rejected_messages); the run goes on and
 * the other UEs' handovers complete. Also: an application stopped mid-run (StopTime) sends
 * nothing and ends nothing.
 */
#include "ns3/boolean.h"
#include "ns3/inet-socket-address.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/srvcc-interface.h"
#include "ns3/srvcc-trace-types.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "srvcc-handover-test-util.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

using Bytes = std::vector<uint8_t>;

/** GTPv2-C header with a TEID (TS 29.274 5.1): flags, type, length(2), TEID(4), seq(3), spare. */
constexpr std::size_t kHeaderSize = 12;

/** Offset of the first IE of type \p type (instance any) in \p m, or 0 when there is none. */
std::size_t
FindIe(const Bytes& m, uint8_t type)
{
    for (std::size_t at = kHeaderSize; at + 4 <= m.size();)
    {
        const std::size_t length = (std::size_t{m[at + 1]} << 8) | m[at + 2];
        if (m[at] == type)
        {
            return at;
        }
        at += 4 + length;
    }
    return 0;
}

/** Keep the header's length field (octets 3-4: all after the first 4 octets) right. */
void
FixLength(Bytes& m)
{
    const std::size_t length = m.size() - 4;
    m[2] = static_cast<uint8_t>(length >> 8);
    m[3] = static_cast<uint8_t>(length);
}

void
RemoveIe(Bytes& m, uint8_t type)
{
    const std::size_t at = FindIe(m, type);
    NS_ABORT_MSG_IF(at == 0, "the captured message has no IE " << unsigned{type});
    const std::size_t length = (std::size_t{m[at + 1]} << 8) | m[at + 2];
    m.erase(m.begin() + at, m.begin() + at + 4 + length);
    FixLength(m);
}

void
AppendIe(Bytes& m, uint8_t type, const Bytes& value)
{
    m.push_back(type);
    m.push_back(static_cast<uint8_t>(value.size() >> 8));
    m.push_back(static_cast<uint8_t>(value.size()));
    m.push_back(0); // instance 0
    m.insert(m.end(), value.begin(), value.end());
    FixLength(m);
}

/** The header's TEID (octets 5-8): the receiver's TEID for the UE in a message after the first. */
void
SetHeaderTeid(Bytes& m, uint32_t teid)
{
    for (int i = 0; i < 4; ++i)
    {
        m[4 + i] = static_cast<uint8_t>(teid >> (8 * (3 - i)));
    }
}

/** Digits in TBCD, two per octet, low nibble first, an odd count filled with 0xf (TS 29.274 8.3).
 */
Bytes
Tbcd(const std::string& digits)
{
    Bytes out((digits.size() + 1) / 2, 0xff);
    for (std::size_t i = 0; i < digits.size(); ++i)
    {
        const uint8_t d = static_cast<uint8_t>(digits[i] - '0');
        out[i / 2] = (i % 2 == 0) ? static_cast<uint8_t>((out[i / 2] & 0xf0) | d)
                                  : static_cast<uint8_t>((out[i / 2] & 0x0f) | (d << 4));
    }
    return out;
}

/**
 * The request names UE \p ue: the sender's TEID for the UE (TEID-C, IE 59 on Sv; the
 * Sender's F-TEID, IE 87, on N26: flags octet, then the TEID), by which the receiver knows the
 * UE (SrvccTeid), and its IMSI IE (type 1).
 */
void
Readdress(Bytes& m, uint32_t ue)
{
    const uint32_t teid = SrvccTeid(ue);
    if (const std::size_t at = FindIe(m, 59); at != 0)
    {
        for (int i = 0; i < 4; ++i)
        {
            m[at + 4 + i] = static_cast<uint8_t>(teid >> (8 * (3 - i)));
        }
    }
    if (const std::size_t at = FindIe(m, 87); at != 0)
    {
        for (int i = 0; i < 4; ++i)
        {
            m[at + 5 + i] = static_cast<uint8_t>(teid >> (8 * (3 - i)));
        }
    }
    if (FindIe(m, 1) != 0)
    {
        RemoveIe(m, 1);
        AppendIe(m, 1, Tbcd(SrvccImsi(ue)));
    }
}

/** Send \p bytes from \p from to \p to's address on \p iface, as \p from's node would. */
void
Inject(Ptr<SrvccNodeApplication> from, Ptr<SrvccNodeApplication> to, SrvccInterface iface,
       Bytes bytes)
{
    Ptr<Socket> socket = Socket::CreateSocket(from->GetNode(), UdpSocketFactory::GetTypeId());
    socket->Bind(InetSocketAddress(from->GetLocalAddress(iface), 0));
    socket->SendTo(Create<Packet>(bytes.data(), bytes.size()), 0,
                   InetSocketAddress(to->GetLocalAddress(iface), SrvccPort(iface)));
    socket->Close();
}

/** Which captured request is changed, how, and what the receiver must report. */
struct Mutation
{
    std::string name;
    SrvccInterface iface;      ///< kSv: MME -> MSC server; kN26: AMF -> MME
    SrvccMessageType captured; ///< the request copied from UE 0
    std::function<void(Bytes&)> change;
    /** What the receiver reports; none: the message is valid and served. */
    std::optional<SrvccDecodeError> expected;
    /** The UE the copy names (kVictim: before its own handover). */
    uint32_t victim;
    /** Sent the other way: MSC server -> MME on Sv. */
    bool fromMsc{false};
    /** The MME_SRVCC sends the keys in IE 55 (UtranSrvccContextIe) instead of IE 54. */
    bool utranSvContext{false};
};

/** UE 3's copy of UE 0's request, changed, is delivered before UE 3's own handover. */
constexpr uint32_t kNumUes = 4;
constexpr uint32_t kVictim = 3;
/** A TEID no node has a procedure for. */
constexpr uint32_t kNobody = kNumUes;

class MutatedRequestTestCase : public TestCase
{
  public:
    explicit MutatedRequestTestCase(Mutation m)
        : TestCase("the run survives " + m.name), m_m(std::move(m))
    {
    }

  private:
    void
    DoRun() override
    {
        auto afterInstall = [this](SrvccHelper& helper)
        {
            if (m_m.utranSvContext)
            {
                helper.GetMme()->SetAttribute("UtranSrvccContextIe", BooleanValue(true));
            }
            if (m_m.fromMsc)
            {
                m_from = helper.GetMscServer();
                m_to = helper.GetMme();
            }
            else if (m_m.iface == SrvccInterface::kSv)
            {
                m_from = helper.GetMme();
                m_to = helper.GetMscServer();
            }
            else
            {
                m_from = helper.GetAmf();
                m_to = helper.GetMme();
            }
            m_from->TraceConnectWithoutContext("MessageSent",
                                               MakeCallback(&MutatedRequestTestCase::OnSent, this));
            m_to->TraceConnectWithoutContext(
                "DecodeError", MakeCallback(&MutatedRequestTestCase::OnDecodeError, this));
        };
        auto inspect = [this](SrvccHelper&, SrvccStatsCollector& stats)
        {
            NS_TEST_ASSERT_MSG_EQ(m_injected, true, "the changed request was sent");
            if (m_m.expected)
            {
                NS_TEST_EXPECT_MSG_EQ(stats.GetRejectedMessages(m_m.iface, *m_m.expected), 1,
                                      "one message dropped for "
                                          << SrvccDecodeErrorKey(*m_m.expected) << " on "
                                          << ToString(m_m.iface));
                NS_TEST_EXPECT_MSG_EQ(m_receiverErrors, 1, "the receiver reported it");
                // As summary.json's rejected_messages has it: interface, then reason.
                const auto byName = stats.GetRejectedMessages();
                const auto iface = byName.find(ToString(m_m.iface));
                NS_TEST_ASSERT_MSG_EQ((iface != byName.end()), true, "the interface is listed");
                const auto reason = iface->second.find(SrvccDecodeErrorKey(*m_m.expected));
                NS_TEST_ASSERT_MSG_EQ((reason != iface->second.end()), true, "the reason too");
                NS_TEST_EXPECT_MSG_EQ(reason->second, 1, "counted once");
            }
            else
            {
                NS_TEST_EXPECT_MSG_EQ(m_receiverErrors, 0, "the receiver took it");
            }
            // Every handover ends; the UEs the message did not name complete.
            NS_TEST_EXPECT_MSG_EQ(CountResults(stats, SrvccHandoverRecord::Result::kPending), 0,
                                  "nothing pending");
            // Every UE completes, the victim too when the copy was rejected: it arrived before
            // the victim's own request and was refused before anything was stored for it. A
            // copy that was served (a valid message) holds the victim's place, and its own
            // request is then refused as a second one.
            NS_TEST_EXPECT_MSG_EQ(stats.GetRecords().size(), kNumUes, "one record per UE");
            for (const SrvccHandoverRecord& r : stats.GetRecords())
            {
                if (r.ue != m_m.victim || m_m.expected)
                {
                    NS_TEST_EXPECT_MSG_EQ((r.result == SrvccHandoverRecord::Result::kCompleted),
                                          true, "UE " << r.ue << " completes");
                }
            }
        };
        RunHandovers(srvcc::SrvccProfile::kTs33501, kNumUes, nullptr, inspect, Seconds(10),
                     afterInstall);
    }

    /** UE 0's request, captured as the sender sends it: changed, sent again for the victim. */
    void
    OnSent(SrvccInterface iface, SrvccMessageType type, uint32_t ue, uint64_t /* imsi */,
           Ptr<const Packet> p)
    {
        if (m_injected || iface != m_m.iface || type != m_m.captured || ue != 0)
        {
            return;
        }
        m_injected = true;
        Bytes bytes(p->GetSize());
        p->CopyData(bytes.data(), bytes.size());
        Readdress(bytes, m_m.victim);
        if (m_m.fromMsc)
        {
            SetHeaderTeid(bytes, SrvccTeid(m_m.victim));
        }
        m_m.change(bytes);
        Inject(m_from, m_to, iface, bytes);
    }

    void
    OnDecodeError(SrvccInterface iface, SrvccDecodeError reason)
    {
        // With no expected reason, any report on the interface counts (there must be none).
        m_receiverErrors
            += (iface == m_m.iface && (!m_m.expected || reason == *m_m.expected)) ? 1 : 0;
    }

    Mutation m_m;
    Ptr<SrvccNodeApplication> m_from;
    Ptr<SrvccNodeApplication> m_to;
    bool m_injected{false};
    uint32_t m_receiverErrors{0};
};

/** The IE value of \p type in \p m (its first octet), which must be there. */
std::size_t
ValueOf(const Bytes& m, uint8_t type)
{
    const std::size_t at = FindIe(m, type);
    NS_ABORT_MSG_IF(at == 0, "the captured message has no IE " << unsigned{type});
    return at + 4;
}

// IE types, TS 29.274 8.1 Table 8.1-1 (Sv IEs: TS 29.280 6.1).
constexpr uint8_t kIeImsi = 1;
constexpr uint8_t kIeMmContextEutranSrvcc = 54;
constexpr uint8_t kIeMmContextUtranSrvcc = 55;
constexpr uint8_t kIeTargetRncId = 57;
constexpr uint8_t kIeMei = 75;
constexpr uint8_t kIeIndication = 77;
constexpr uint8_t kIeTargetIdentification = 121;

std::vector<Mutation>
Mutations()
{
    return {
        // KSI 7 is "no key is available" (TS 24.008 10.5.1.2): it decodes, and the MSC server
        // rejects the request with Mandatory IE incorrect (TS 29.274 7.7.3).
        {"an Sv request with eKSI 7 (no key available, TS 24.008 10.5.1.2)", SrvccInterface::kSv,
         SrvccMessageType::kSrvccPsToCsRequest,
         [](Bytes& m)
         {
             const std::size_t v = ValueOf(m, kIeMmContextEutranSrvcc);
             m[v] = static_cast<uint8_t>((m[v] & 0xf8) | 0x07);
         },
         SrvccDecodeError::kIncorrectMandatoryIe, kVictim},
        {"an Sv request with KSI'cs 7 in IE 55 (no key available, TS 24.008 10.5.1.2)",
         SrvccInterface::kSv, SrvccMessageType::kSrvccPsToCsRequest,
         [](Bytes& m)
         {
             const std::size_t v = ValueOf(m, kIeMmContextUtranSrvcc);
             m[v] = static_cast<uint8_t>((m[v] & 0xf0) | 0x07);
         },
         SrvccDecodeError::kIncorrectMandatoryIe, kVictim, false, true},
        // A KSI is 3 bits: 8..15 cannot be encoded, so the decoder refuses them too.
        {"an Sv request with KSI'cs 9 (a KSI is 3 bits, TS 24.008 10.5.1.2)", SrvccInterface::kSv,
         SrvccMessageType::kSrvccPsToCsRequest,
         [](Bytes& m)
         {
             const std::size_t v = ValueOf(m, kIeMmContextUtranSrvcc);
             m[v] = static_cast<uint8_t>((m[v] & 0xf0) | 0x09);
         },
         SrvccDecodeError::kMalformed, kVictim, false, true},
        {"an Sv request known by a 16-digit IMEISV as MEI only", SrvccInterface::kSv,
         SrvccMessageType::kSrvccPsToCsRequest,
         [](Bytes& m)
         {
             RemoveIe(m, kIeImsi);
             if (FindIe(m, kIeMei) != 0)
             {
                 RemoveIe(m, kIeMei);
             }
             // IMEISV 3566840012345601 in TBCD, 16 digits (TS 29.274 8.10).
             AppendIe(m, kIeMei, {0x53, 0x66, 0x48, 0x00, 0x21, 0x43, 0x65, 0x10});
         },
         std::nullopt, kVictim},
        {"an Sv request naming a target RNC that does not exist", SrvccInterface::kSv,
         SrvccMessageType::kSrvccPsToCsRequest,
         [](Bytes& m)
         {
             // MCC/MNC (3), LAC (2), RAC (1), RNC-ID (2): TS 29.280 6.3.
             const std::size_t v = ValueOf(m, kIeTargetRncId);
             m[v + 6] = 0x0f;
             m[v + 7] = 0xfe;
         },
         SrvccDecodeError::kUnknownPeer, kVictim},
        {"an N26 Forward Relocation Request with Indication 0xff", SrvccInterface::kN26,
         SrvccMessageType::kForwardRelocationRequest,
         [](Bytes& m)
         {
             const std::size_t at = FindIe(m, kIeIndication);
             const std::size_t length = (std::size_t{m[at + 1]} << 8) | m[at + 2];
             for (std::size_t i = 0; i < length; ++i)
             {
                 m[at + 4 + i] = 0xff;
             }
         },
         SrvccDecodeError::kIncorrectMandatoryIe, kVictim},
        {"an N26 Target Identification of type 0xff", SrvccInterface::kN26,
         SrvccMessageType::kForwardRelocationRequest,
         [](Bytes& m)
         {
             m[ValueOf(m, kIeTargetIdentification)] = 0xff;
         },
         SrvccDecodeError::kIncorrectMandatoryIe, kVictim},
        {"an SRVCC PS to CS Complete Notification for a TEID with no procedure (Context not "
         "found, TS 29.274 7.7.1)",
         SrvccInterface::kSv, SrvccMessageType::kSrvccPsToCsCompleteNotification, [](Bytes&) {},
         SrvccDecodeError::kNoProcedureInProgress, kNobody, true},
    };
}

/** Application::StopTime mid-run: the stopped node sends nothing; the run ends normally. */
class StopTimeTestCase : public TestCase
{
  public:
    StopTimeTestCase() : TestCase("an MSC server stopped while handovers run ends nothing") {}

  private:
    void
    DoRun() override
    {
        auto afterInstall = [](SrvccHelper& helper)
        {
            helper.GetMscServer()->SetStopTime(Seconds(1) + MilliSeconds(15));
        };
        auto inspect = [this](SrvccHelper&, SrvccStatsCollector& stats)
        {
            // UEs 0 and 1 were through the MSC server before it stopped; 2 and 3 time out.
            NS_TEST_EXPECT_MSG_EQ(CountResults(stats, SrvccHandoverRecord::Result::kPending), 0,
                                  "nothing pending");
            NS_TEST_EXPECT_MSG_EQ((CountResults(stats, SrvccHandoverRecord::Result::kFailed) > 0),
                                  true, "the UEs after the stop fail by their timers");
        };
        RunHandovers(srvcc::SrvccProfile::kTs33501, kNumUes, nullptr, inspect, Seconds(10),
                     afterInstall);
    }
};

/**
 * faults.node_down at the model level: a node fails while the handovers run and restarts. Every
 * handover ends (completed or failed by the peers' timers), no stale context is left at the
 * MME_SRVCC, the MSC server or the target RNC, and no KAMF is exposed.
 */
class NodeDownTestCase : public TestCase
{
  public:
    NodeDownTestCase(SrvccRole role, std::string name)
        : TestCase("the " + name
                   + " goes down at 1.015 s and up at 1.5 s: every handover ends, "
                     "no stale context")
        , m_role(role)
    {
    }

  private:
    Ptr<SrvccNodeApplication>
    NodeOf(SrvccHelper& helper) const
    {
        switch (m_role)
        {
            case SrvccRole::kGnb:
                return helper.GetGnb(0);
            case SrvccRole::kRnc:
                return helper.GetRnc(0);
            case SrvccRole::kAmf:
                return helper.GetAmf();
            case SrvccRole::kMme:
                return helper.GetMme();
            default:
                return helper.GetMscServer();
        }
    }

    void
    DoRun() override
    {
        uint64_t transitions = 0;
        auto afterInstall = [this](SrvccHelper& helper)
        {
            Ptr<SrvccNodeApplication> node = NodeOf(helper);
            Simulator::Schedule(Seconds(1) + MilliSeconds(15), &SrvccNodeApplication::NodeDown,
                                node);
            Simulator::Schedule(MilliSeconds(1500), &SrvccNodeApplication::NodeUp, node);
        };
        auto inspect = [this, &transitions](SrvccHelper& helper, SrvccStatsCollector& stats)
        {
            const uint32_t completed = CountResults(stats, SrvccHandoverRecord::Result::kCompleted);
            const uint32_t failed = CountResults(stats, SrvccHandoverRecord::Result::kFailed);
            NS_TEST_EXPECT_MSG_EQ(stats.GetRecords().size(), kNumUes, "every handover attempted");
            NS_TEST_EXPECT_MSG_EQ(completed + failed, kNumUes, "attempted = completed + failed");
            NS_TEST_EXPECT_MSG_EQ(CountResults(stats, SrvccHandoverRecord::Result::kPending), 0,
                                  "nothing pending");
            NS_TEST_EXPECT_MSG_EQ((failed > 0), true, "the handovers the failure hit fail");
            NS_TEST_EXPECT_MSG_EQ(helper.GetMme()->GetContextCount(), 0, "no stale MME context");
            NS_TEST_EXPECT_MSG_EQ(helper.GetMscServer()->GetIncompleteContextCount(), 0,
                                  "no stale MSC server context");
            NS_TEST_EXPECT_MSG_EQ(helper.GetRnc(0)->GetIncompleteContextCount(), 0,
                                  "no stale RNC context");
            NS_TEST_EXPECT_MSG_EQ(stats.GetKamfScanner().GetExposures(), 0, "no KAMF exposed");
            NS_TEST_EXPECT_MSG_EQ(NodeOf(helper)->IsUp(), true, "the node came up again");
            transitions = 1;
        };
        RunHandovers(srvcc::SrvccProfile::kTs33501, kNumUes, nullptr, inspect, Seconds(15),
                     afterInstall);
        NS_TEST_EXPECT_MSG_EQ(transitions, 1, "the run was inspected");
    }

    SrvccRole m_role;
};

class SrvccRobustnessTestSuite : public TestSuite
{
  public:
    SrvccRobustnessTestSuite() : TestSuite("srvcc-robustness", UNIT)
    {
        for (Mutation& m : Mutations())
        {
            AddTestCase(new MutatedRequestTestCase(std::move(m)), TestCase::QUICK);
        }
        AddTestCase(new StopTimeTestCase, TestCase::QUICK);
        AddTestCase(new NodeDownTestCase(SrvccRole::kGnb, "source gNB"), TestCase::QUICK);
        AddTestCase(new NodeDownTestCase(SrvccRole::kAmf, "AMF"), TestCase::QUICK);
        AddTestCase(new NodeDownTestCase(SrvccRole::kMme, "MME_SRVCC"), TestCase::QUICK);
        AddTestCase(new NodeDownTestCase(SrvccRole::kMscServer, "MSC server"), TestCase::QUICK);
        AddTestCase(new NodeDownTestCase(SrvccRole::kRnc, "target RNC"), TestCase::QUICK);
    }
};

SrvccRobustnessTestSuite g_srvccRobustnessTestSuite;

} // namespace
