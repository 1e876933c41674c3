/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * GTPv2-C reliability (TS 29.274 7.6): a lost request or response on Sv (or, for sol1.2, on the
 * AMF - MSC server link) is retransmitted after T3-RESPONSE and the handover completes exactly
 * T3 later (or T3 less the MSC server's preparation, when its cached response is what comes
 * back); a duplicate is never processed twice; when every copy is lost the handover fails as
 * before, with its cause, and no context is left; a node that goes down forgets its
 * transactions. Also the transaction table on its own, message by message.
 */
#include "ns3/error-model.h"
#include "ns3/gtpv2c-messages.h"
#include "ns3/gtpv2c-transaction.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-injected-tag.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "srvcc-handover-test-util.h"

#include <array>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

using P = srvcc::SrvccProfile;

/** The defaults of T3Response and N3Requests (srvcc-node-application.cc). */
const Time kT3 = MilliSeconds(200);
constexpr uint32_t kN3 = 2;

/** The interface of the PS to CS Request: Sv from the MME_SRVCC, or sol1.2's AMF - MSC link. */
SrvccInterface
CsInterface(P profile)
{
    return srvcc::UsesMme(profile) ? SrvccInterface::kSv : SrvccInterface::kAmfMsc;
}

/** Which packets received at one end of the PS to CS link are lost (ReceiveListErrorModel). */
struct Drop
{
    bool atMsc{true};            ///< the MSC server's device (requests), else the source's
    std::list<uint32_t> packets; ///< indices of the packets received there, from 0
};

/** What one run showed about UE 0's handover and the nodes. */
struct Outcome
{
    SrvccHandoverRecord::Result result{SrvccHandoverRecord::Result::kPending};
    std::string cause;
    int64_t preparationNs{-1};
    std::array<uint64_t, kSrvccInterfaceCount> retransmissions{};
    std::array<uint64_t, kSrvccInterfaceCount> duplicates{};
    uint64_t decodeErrors{0};
    uint32_t requestsTaken{0};      ///< PS to CS Requests the MSC server processed
    uint32_t responsesSent{0};      ///< PS to CS Responses the MSC server sent (re-sent too)
    uint32_t responsesTaken{0};     ///< PS to CS Responses the source processed
    uint32_t relocationRequests{0}; ///< Relocation Requests the MSC server sent on Iu
    int64_t mscPreparationNs{-1};   ///< request processed -> first response sent, at the MSC
    std::map<std::string, int> created;
    std::map<std::string, int> deleted;
    std::size_t mscContexts{0};
    std::size_t mmeContexts{0};
    std::size_t rncContexts{0};
    std::size_t amfPending{0};
    std::size_t sourceEntries{0}; ///< the source's GTPv2-C transactions at the end
    std::size_t sourceOutstanding{0};
    /** The injected copy (if any): taken by the MSC server (InjectedHandled). */
    int injectedAccepted{-1};
};

/** The trace sinks of one run (member functions: ns-3.35 makes no callbacks of lambdas). */
class Observer
{
  public:
    Outcome out;
    /** Inject a copy of the first PS to CS Request this long after it was sent (0: none). */
    Time injectAfter{0};
    Ptr<SrvccNodeApplication> source;

    void
    OnMscReceived(SrvccInterface, SrvccMessageType type, uint32_t, uint64_t, Ptr<const Packet>)
    {
        if (type == SrvccMessageType::kSrvccPsToCsRequest)
        {
            ++out.requestsTaken;
            if (m_requestAt.IsNegative())
            {
                m_requestAt = Simulator::Now();
            }
        }
    }

    void
    OnMscSent(SrvccInterface, SrvccMessageType type, uint32_t, uint64_t, Ptr<const Packet>)
    {
        if (type == SrvccMessageType::kIuRelocationRequest)
        {
            ++out.relocationRequests;
        }
        if (type == SrvccMessageType::kSrvccPsToCsResponse)
        {
            if (out.responsesSent++ == 0)
            {
                out.mscPreparationNs = (Simulator::Now() - m_requestAt).GetNanoSeconds();
            }
        }
    }

    void
    OnSourceReceived(SrvccInterface, SrvccMessageType type, uint32_t, uint64_t, Ptr<const Packet>)
    {
        out.responsesTaken += type == SrvccMessageType::kSrvccPsToCsResponse ? 1 : 0;
    }

    void
    OnSourceSent(SrvccInterface iface, SrvccMessageType type, uint32_t, uint64_t,
                 Ptr<const Packet> packet)
    {
        if (type != SrvccMessageType::kSrvccPsToCsRequest || m_copy || injectAfter.IsZero())
        {
            return;
        }
        // The same octets (same sequence number) as if the source had sent it again.
        m_copy = packet->Copy();
        m_copy->AddPacketTag(SrvccInjectedTag(7));
        m_iface = iface;
        Simulator::Schedule(injectAfter, &Observer::InjectCopy, this);
    }

    void
    InjectCopy()
    {
        source->InjectToPeer(m_iface, 0, m_copy);
    }

    void
    OnInjectedHandled(SrvccInterface, uint32_t id, bool accepted, SrvccMessageType,
                      SrvccDecodeError)
    {
        if (id == 7)
        {
            out.injectedAccepted = accepted ? 1 : 0;
        }
    }

    void
    OnCreated(uint32_t, uint64_t, SrvccContextKind c)
    {
        ++out.created[SrvccContextKindName(c)];
    }

    void
    OnDeleted(uint32_t, uint64_t, SrvccContextKind c)
    {
        ++out.deleted[SrvccContextKindName(c)];
    }

  private:
    Time m_requestAt{Seconds(-1)};
    Ptr<Packet> m_copy;
    SrvccInterface m_iface{SrvccInterface::kSv};
};

/** One UE's handover at 1 s with \p drop on the PS to CS link; \p configure before Install. */
Outcome
RunOne(P profile, const Drop& drop, Time injectAfter = Time(0),
       const Configure& configure = nullptr,
       const std::function<void(SrvccHelper&)>& schedule = nullptr)
{
    Observer observer;
    observer.injectAfter = injectAfter;
    const SrvccInterface cs = CsInterface(profile);
    RunHandovers(
        profile, 1, configure,
        [&](SrvccHelper& h, SrvccStatsCollector& s)
        {
            Outcome& o = observer.out;
            const SrvccHandoverRecord& r = s.GetRecords().at(0);
            o.result = r.result;
            o.cause = r.cause;
            o.preparationNs = r.PreparationNs();
            for (SrvccInterface iface : AllSrvccInterfaces())
            {
                o.retransmissions[static_cast<std::size_t>(iface)] = s.GetRetransmissions(iface);
                o.duplicates[static_cast<std::size_t>(iface)] = s.GetDuplicates(iface);
            }
            o.decodeErrors = s.GetDecodeErrors();
            o.mscContexts = h.GetMscServer()->GetContextCount();
            o.mmeContexts = h.GetMme() ? h.GetMme()->GetContextCount() : 0;
            o.rncContexts = h.GetRnc(0)->GetContextCount();
            o.amfPending = h.GetAmf()->GetPendingHandoverCount();
            o.sourceEntries = observer.source->GetGtpv2cTransactions()->GetEntryCount();
            o.sourceOutstanding = observer.source->GetGtpv2cTransactions()->GetOutstandingCount();
        },
        Seconds(15),
        [&](SrvccHelper& h)
        {
            Ptr<SrvccMscServerApplication> msc = h.GetMscServer();
            observer.source = srvcc::UsesMme(profile) ? Ptr<SrvccNodeApplication>(h.GetMme())
                                                      : Ptr<SrvccNodeApplication>(h.GetAmf());
            msc->TraceConnectWithoutContext("MessageReceived",
                                            MakeCallback(&Observer::OnMscReceived, &observer));
            msc->TraceConnectWithoutContext("MessageSent",
                                            MakeCallback(&Observer::OnMscSent, &observer));
            msc->TraceConnectWithoutContext("InjectedHandled",
                                            MakeCallback(&Observer::OnInjectedHandled, &observer));
            observer.source->TraceConnectWithoutContext(
                "MessageReceived", MakeCallback(&Observer::OnSourceReceived, &observer));
            observer.source->TraceConnectWithoutContext(
                "MessageSent", MakeCallback(&Observer::OnSourceSent, &observer));
            for (const Ptr<SrvccNodeApplication>& app : h.GetAllApplications())
            {
                app->TraceConnectWithoutContext("ContextCreated",
                                                MakeCallback(&Observer::OnCreated, &observer));
                app->TraceConnectWithoutContext("ContextDeleted",
                                                MakeCallback(&Observer::OnDeleted, &observer));
            }
            if (!drop.packets.empty())
            {
                // The link's devices: the source's first, the MSC server's second (Connect).
                Ptr<ReceiveListErrorModel> loss = CreateObject<ReceiveListErrorModel>();
                loss->SetList(drop.packets);
                h.GetDevices(cs)
                    .Get(drop.atMsc ? 1 : 0)
                    ->SetAttribute("ReceiveErrorModel", PointerValue(loss));
            }
            if (schedule)
            {
                schedule(h);
            }
        });
    return observer.out;
}

uint64_t
At(const std::array<uint64_t, kSrvccInterfaceCount>& counts, SrvccInterface iface)
{
    return counts[static_cast<std::size_t>(iface)];
}

std::string
Name(P profile)
{
    return " (" + std::string(srvcc::ToString(profile)) + ")";
}

/** The first SRVCC PS to CS Request is lost: sent again T3 later, the handover T3 later. */
class FirstRequestLostTestCase : public TestCase
{
  public:
    explicit FirstRequestLostTestCase(P profile)
        : TestCase("first SRVCC PS to CS Request lost: retransmitted, preparation exactly T3 "
                   "later"
                   + Name(profile))
        , m_profile(profile)
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccInterface cs = CsInterface(m_profile);
        Outcome base = RunOne(m_profile, Drop{});
        Outcome lost = RunOne(m_profile, Drop{true, {0}});
        NS_TEST_ASSERT_MSG_EQ((base.result == SrvccHandoverRecord::Result::kCompleted), true,
                              "without loss the handover completes");
        NS_TEST_EXPECT_MSG_EQ(At(base.retransmissions, cs), 0, "no retransmission without loss");
        NS_TEST_ASSERT_MSG_EQ((lost.result == SrvccHandoverRecord::Result::kCompleted), true,
                              "the handover completes: " << lost.cause);
        NS_TEST_EXPECT_MSG_EQ(lost.preparationNs, base.preparationNs + kT3.GetNanoSeconds(),
                              "preparation latency exactly T3 later");
        NS_TEST_EXPECT_MSG_EQ(At(lost.retransmissions, cs), 1, "one retransmission");
        NS_TEST_EXPECT_MSG_EQ(At(lost.duplicates, cs), 0, "the MSC server saw one copy");
        NS_TEST_EXPECT_MSG_EQ(lost.requestsTaken, 1, "processed once");
        NS_TEST_EXPECT_MSG_EQ(lost.relocationRequests, 1, "one Relocation Request on Iu");
        NS_TEST_EXPECT_MSG_EQ(lost.created["msc-srvcc"], 1, "one SRVCC context");
        NS_TEST_EXPECT_MSG_EQ(lost.decodeErrors, 0, "nothing dropped as malformed");
        NS_TEST_EXPECT_MSG_EQ(lost.sourceOutstanding, 0, "no request left waiting");
        if (srvcc::UsesMme(m_profile))
        {
            // The AMF's Forward Relocation Request waits on the whole Sv exchange: its own T3
            // fires meanwhile, and the MME_SRVCC drops the copy as still being processed.
            NS_TEST_EXPECT_MSG_EQ(At(lost.retransmissions, SrvccInterface::kN26), 1,
                                  "the AMF's T3 fired while the MME waited on Sv");
            NS_TEST_EXPECT_MSG_EQ(At(lost.duplicates, SrvccInterface::kN26), 1,
                                  "the MME_SRVCC dropped that copy");
            NS_TEST_EXPECT_MSG_EQ(lost.created["mme-mapped"], 1, "one mapped context");
        }
    }

    P m_profile;
};

/** The SRVCC PS to CS Response is lost: the retransmission is a duplicate, answered again. */
class ResponseLostTestCase : public TestCase
{
  public:
    explicit ResponseLostTestCase(P profile)
        : TestCase("SRVCC PS to CS Response lost: the MSC server answers the duplicate with its "
                   "cached response and does not prepare twice"
                   + Name(profile))
        , m_profile(profile)
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccInterface cs = CsInterface(m_profile);
        Outcome base = RunOne(m_profile, Drop{});
        Outcome lost = RunOne(m_profile, Drop{false, {0}});
        NS_TEST_ASSERT_MSG_EQ((lost.result == SrvccHandoverRecord::Result::kCompleted), true,
                              "the handover completes: " << lost.cause);
        NS_TEST_EXPECT_MSG_EQ(At(lost.retransmissions, cs), 1, "one retransmission");
        NS_TEST_EXPECT_MSG_EQ(At(lost.duplicates, cs), 1, "the MSC server received a duplicate");
        NS_TEST_EXPECT_MSG_EQ(lost.requestsTaken, 1, "the procedure ran once");
        NS_TEST_EXPECT_MSG_EQ(lost.relocationRequests, 1, "one Relocation Request on Iu");
        NS_TEST_EXPECT_MSG_EQ(lost.created["msc-srvcc"], 1, "one SRVCC context");
        NS_TEST_EXPECT_MSG_EQ(lost.responsesSent, 2, "the response, and the same again");
        NS_TEST_EXPECT_MSG_EQ(lost.responsesTaken, 1, "the source took the one that arrived");
        // The cached response goes back at once: the MSC server's preparation of the target
        // (request processed -> response sent) is not repeated.
        NS_TEST_ASSERT_MSG_GT(base.mscPreparationNs, 0, "the MSC server prepared the target");
        NS_TEST_EXPECT_MSG_EQ(lost.preparationNs,
                              base.preparationNs + kT3.GetNanoSeconds() - base.mscPreparationNs,
                              "T3 later, less the preparation the cached response saves");
        NS_TEST_EXPECT_MSG_EQ(lost.decodeErrors, 0, "nothing dropped as malformed");
    }

    P m_profile;
};

/** Every copy of the request, or of the response, is lost: the handover fails as before. */
class AllCopiesLostTestCase : public TestCase
{
  public:
    AllCopiesLostTestCase(P profile, bool responses)
        : TestCase(std::string("every copy of the SRVCC PS to CS ")
                   + (responses ? "Response" : "Request")
                   + " lost: N3 retransmissions, the handover fails with its cause, no context "
                     "left"
                   + Name(profile))
        , m_profile(profile)
        , m_responses(responses)
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccInterface cs = CsInterface(m_profile);
        // kN3 + 1 attempts, all lost; what follows (the Cancel Notification and its
        // acknowledge) gets through.
        std::list<uint32_t> all;
        for (uint32_t i = 0; i <= kN3; ++i)
        {
            all.push_back(i);
        }
        Outcome o = RunOne(m_profile, Drop{!m_responses, all});
        NS_TEST_ASSERT_MSG_EQ((o.result == SrvccHandoverRecord::Result::kFailed), true,
                              "the handover fails");
        const SrvccFailureCause cause = srvcc::UsesMme(m_profile)
                                            ? SrvccFailureCause::kNoPsToCsResponse
                                            : SrvccFailureCause::kNoRelocationResponse;
        NS_TEST_EXPECT_MSG_EQ(o.cause, SrvccFailureText(cause, 0),
                              "the cause of the overall timer, as without retransmission");
        NS_TEST_EXPECT_MSG_EQ(At(o.retransmissions, cs), kN3, "N3 retransmissions");
        NS_TEST_EXPECT_MSG_EQ(At(o.duplicates, cs), (m_responses ? kN3 : 0),
                              "every retransmission that arrived is a duplicate");
        NS_TEST_EXPECT_MSG_EQ(o.requestsTaken, (m_responses ? 1 : 0), "processed at most once");
        NS_TEST_EXPECT_MSG_EQ(o.relocationRequests, (m_responses ? 1 : 0),
                              "at most one Relocation Request");
        NS_TEST_EXPECT_MSG_EQ(o.responsesSent, (m_responses ? kN3 + 1 : 0),
                              "one response per copy that arrived");
        NS_TEST_EXPECT_MSG_EQ(o.created["msc-srvcc"], (m_responses ? 1 : 0), "SRVCC contexts made");
        NS_TEST_EXPECT_MSG_EQ(o.deleted["msc-srvcc"], o.created["msc-srvcc"],
                              "the MSC server deleted CK, IK and KSI (the Cancel Notification)");
        NS_TEST_EXPECT_MSG_EQ(o.mscContexts, 0, "no stale MSC server context");
        NS_TEST_EXPECT_MSG_EQ(o.mmeContexts, 0, "no stale MME_SRVCC context");
        NS_TEST_EXPECT_MSG_EQ(o.deleted["mme-mapped"], o.created["mme-mapped"],
                              "the mapped context deleted");
        NS_TEST_EXPECT_MSG_EQ(o.rncContexts, 0, "the target RNC released");
        NS_TEST_EXPECT_MSG_EQ(o.amfPending, 0, "the AMF is not left waiting");
        NS_TEST_EXPECT_MSG_EQ(o.sourceOutstanding, 0, "no request left waiting");
        NS_TEST_EXPECT_MSG_EQ(o.sourceEntries, 0, "and, long after, nothing remembered");
    }

    P m_profile;
    bool m_responses;
};

/**
 * A copy of the request injected from the network (the source's address and port, the same
 * octets): while the MSC server still prepares the target it is dropped; once answered, the
 * cached response goes back and the source drops it as a duplicate response.
 */
class InjectedDuplicateTestCase : public TestCase
{
  public:
    explicit InjectedDuplicateTestCase(bool answered)
        : TestCase(std::string("a copy of the SRVCC PS to CS Request injected ")
                   + (answered ? "after the response: the response is sent again and dropped "
                                 "by the MME_SRVCC as a duplicate"
                               : "while it is processed: dropped"))
        , m_answered(answered)
    {
    }

  private:
    void
    DoRun() override
    {
        // Iu 60 ms each way: the MSC server needs about 120 ms for the target, less than T3.
        auto slowIu = [](SrvccHelper& h)
        {
            SrvccLinkParameters iu = h.GetLinkParameters(SrvccInterface::kIu);
            iu.delay = MilliSeconds(60);
            h.SetLinkParameters(SrvccInterface::kIu, iu);
        };
        Outcome base = RunOne(P::kTs33501, Drop{}, Time(0), slowIu);
        Outcome o = RunOne(P::kTs33501, Drop{}, m_answered ? MilliSeconds(150) : MilliSeconds(20),
                           slowIu);
        NS_TEST_ASSERT_MSG_EQ((o.result == SrvccHandoverRecord::Result::kCompleted), true,
                              "the handover completes: " << o.cause);
        NS_TEST_EXPECT_MSG_EQ(o.preparationNs, base.preparationNs, "and no later");
        NS_TEST_EXPECT_MSG_EQ(At(o.retransmissions, SrvccInterface::kSv), 0, "no retransmission");
        NS_TEST_EXPECT_MSG_EQ(At(o.duplicates, SrvccInterface::kSv), 1, "one duplicate");
        NS_TEST_EXPECT_MSG_EQ(o.injectedAccepted, 0, "the copy was not taken by the procedure");
        NS_TEST_EXPECT_MSG_EQ(o.requestsTaken, 1, "the procedure ran once");
        NS_TEST_EXPECT_MSG_EQ(o.relocationRequests, 1, "one Relocation Request on Iu");
        NS_TEST_EXPECT_MSG_EQ(o.created["msc-srvcc"], 1, "one SRVCC context");
        NS_TEST_EXPECT_MSG_EQ(o.responsesSent, (m_answered ? 2 : 1), "responses sent");
        NS_TEST_EXPECT_MSG_EQ(o.responsesTaken, 1, "the duplicate response dropped silently");
        NS_TEST_EXPECT_MSG_EQ(o.decodeErrors, 0, "nothing reported as an error");
    }

    bool m_answered;
};

/** A node that goes down forgets its transactions: no retransmission after it. */
class NodeDownTestCase : public TestCase
{
  public:
    NodeDownTestCase()
        : TestCase("the MME_SRVCC down while its request waits: its T3 cancelled, its "
                   "transactions forgotten")
    {
    }

  private:
    void
    DoRun() override
    {
        Outcome o
            = RunOne(P::kTs33501, Drop{true, {0}}, Time(0), nullptr,
                     [this](SrvccHelper& h)
                     {
                         m_mme = h.GetMme();
                         // The request left at about 1.005 s; T3 would fire 200 ms
                         // later.
                         Simulator::Schedule(MilliSeconds(1100), &NodeDownTestCase::Down, this);
                     });
        NS_TEST_EXPECT_MSG_EQ(m_outstandingBefore, 1, "the request was waiting");
        NS_TEST_EXPECT_MSG_EQ(m_entriesAfter, 0, "nothing kept after NodeDown");
        NS_TEST_EXPECT_MSG_EQ(At(o.retransmissions, SrvccInterface::kSv), 0,
                              "the request is not sent again");
        NS_TEST_EXPECT_MSG_EQ((o.result == SrvccHandoverRecord::Result::kFailed), true,
                              "the handover fails");
        NS_TEST_EXPECT_MSG_EQ(o.mmeContexts, 0, "the mapped context deleted");
        m_mme = nullptr;
    }

    void
    Down()
    {
        m_outstandingBefore = m_mme->GetGtpv2cTransactions()->GetOutstandingCount();
        m_mme->NodeDown();
        m_entriesAfter = m_mme->GetGtpv2cTransactions()->GetEntryCount();
    }

    Ptr<SrvccMmeApplication> m_mme;
    std::size_t m_outstandingBefore{99};
    std::size_t m_entriesAfter{99};
};

// ---- the table alone ----------------------------------------------------------------------

/** A node for SrvccGtpv2cTransactions: what it sends, and its counters. */
class FakeNode
{
  public:
    struct Sent
    {
        Time at;
        SrvccMessageType type;
        std::vector<uint8_t> octets;
    };

    std::vector<Sent> sent;
    uint32_t retransmitted{0};
    uint32_t duplicates{0};
    uint64_t dropped{0};
    uint32_t handled{0};
    /** handle() drops the message (a DecodeError) when set. */
    bool refuse{false};

    SrvccGtpv2cTransactions::Node
    Hooks()
    {
        return {[this](SrvccInterface, uint32_t, Ptr<Packet> p, SrvccMessageType t, uint32_t)
                {
                    std::vector<uint8_t> o(p->GetSize());
                    p->CopyData(o.data(), o.size());
                    sent.push_back({Simulator::Now(), t, o});
                },
                [this](SrvccInterface, SrvccMessageType)
                {
                    ++retransmitted;
                },
                [this](SrvccInterface, SrvccMessageType)
                {
                    ++duplicates;
                },
                [this]()
                {
                    return dropped;
                }};
    }

    std::function<void()>
    Handle()
    {
        return [this]()
        {
            ++handled;
            dropped += refuse ? 1 : 0;
        };
    }
};

SrvccRelocationCancelRequest
CancelRequest(uint32_t sequence, const std::string& imsi = "001010000000001")
{
    SrvccRelocationCancelRequest m;
    m.SetTeid(1);
    m.SetSequenceNumber(sequence);
    RelocationCancelRequestIes ies;
    ies.imsi = imsi;
    m.SetIes(ies);
    return m;
}

SrvccRelocationCancelResponse
CancelResponse(uint32_t sequence, uint8_t cause = Gtpv2cCauseValue::kRequestAccepted)
{
    SrvccRelocationCancelResponse m;
    m.SetTeid(1);
    m.SetSequenceNumber(sequence);
    RelocationCancelResponseIes ies;
    ies.cause.value = cause;
    m.SetIes(ies);
    return m;
}

template<typename M>
Ptr<Packet>
PacketOf(const M& m)
{
    Ptr<Packet> p = Create<Packet>();
    p->AddHeader(m);
    return p;
}

/** Runs the table's operations as simulator events (member functions: ns-3.35). */
class TableTestCase : public TestCase
{
  public:
    TableTestCase()
        : TestCase("the transaction table: T3 retransmissions, N3, responses, duplicates, "
                   "forgetting")
    {
    }

  private:
    void
    Request(uint32_t sequence)
    {
        m_table->SendRequest(SrvccInterface::kN26, 0, CancelRequest(sequence), 0);
    }

    void
    Deliver(Ptr<Packet> packet)
    {
        m_table->Receive(SrvccInterface::kN26, 0, packet, m_node.Handle());
    }

    void
    Answer(uint32_t sequence)
    {
        m_table->SendResponse(SrvccInterface::kN26, 0, CancelResponse(sequence), 0);
    }

    void
    Stop(uint32_t sequence)
    {
        m_table->StopRequest(SrvccInterface::kN26, 0, sequence);
    }

    void
    Refuse(bool refuse)
    {
        m_node.refuse = refuse;
    }

    void
    Check(std::size_t outstanding, std::size_t entries, std::string what)
    {
        NS_TEST_EXPECT_MSG_EQ(m_table->GetOutstandingCount(), outstanding, what << ": outstanding");
        NS_TEST_EXPECT_MSG_EQ(m_table->GetEntryCount(), entries, what << ": entries");
    }

    void
    Reset()
    {
        m_table.reset();
        Simulator::Destroy();
        m_node = FakeNode();
        m_table = std::make_unique<SrvccGtpv2cTransactions>(m_node.Hooks());
    }

    void
    DoRun() override
    {
        const Time w = Seconds(1);

        // Unanswered: sent at 0, T3, 2 T3 (N3 = 2), given up at 3 T3, forgotten W later.
        Reset();
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 5);
        Simulator::Schedule(kT3 * 3 - NanoSeconds(1), &TableTestCase::Check, this, 1, 1,
                            std::string("before the last T3"));
        Simulator::Schedule(kT3 * 3 + NanoSeconds(1), &TableTestCase::Check, this, 0, 1,
                            std::string("given up"));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(m_node.sent.size(), kN3 + 1, "N3 + 1 attempts");
        for (uint32_t i = 0; i <= kN3; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(m_node.sent[i].at, kT3 * i, "attempt " << i << " at i T3");
            NS_TEST_EXPECT_MSG_EQ((m_node.sent[i].octets == m_node.sent[0].octets), true,
                                  "the same octets");
        }
        NS_TEST_EXPECT_MSG_EQ(m_node.retransmitted, kN3, "Retransmission fired N3 times");
        Check(0, 0, "after the window");

        // N3 = 0: one attempt only.
        Reset();
        m_table->SetN3Requests(0);
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 5);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.sent.size(), 1, "N3 = 0: never sent again");

        // Answered after one retransmission: no more; a duplicate response is dropped, one
        // with other octets goes to the procedure; one of another type does not end it.
        Reset();
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 9);
        Simulator::Schedule(kT3 + MilliSeconds(10), &TableTestCase::Deliver, this,
                            PacketOf(CancelRequest(9)));
        Simulator::Schedule(kT3 + MilliSeconds(20), &TableTestCase::Deliver, this,
                            PacketOf(CancelResponse(9)));
        Simulator::Schedule(kT3 + MilliSeconds(30), &TableTestCase::Deliver, this,
                            PacketOf(CancelResponse(9)));
        Simulator::Schedule(kT3 + MilliSeconds(40), &TableTestCase::Deliver, this,
                            PacketOf(CancelResponse(9, Gtpv2cCauseValue::kContextNotFound)));
        Simulator::Schedule(kT3 + MilliSeconds(50), &TableTestCase::Check, this, 0, 2,
                            std::string("answered"));
        Simulator::Run();
        // The request the table got (sequence 9 of the peer's own numbering) was handled:
        // requests received and requests sent are separate tables.
        NS_TEST_EXPECT_MSG_EQ(m_node.sent.size(), 2, "the request and one retransmission");
        NS_TEST_EXPECT_MSG_EQ(m_node.handled, 3,
                              "the peer's request, the response, the "
                              "response with other octets");
        NS_TEST_EXPECT_MSG_EQ(m_node.duplicates, 0, "no duplicate request");

        // A response the node drops (malformed for the procedure) does not end the
        // transaction: T3 goes on.
        Reset();
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 3);
        Simulator::Schedule(MilliSeconds(10), &TableTestCase::Refuse, this, true);
        Simulator::Schedule(MilliSeconds(20), &TableTestCase::Deliver, this,
                            PacketOf(CancelResponse(3)));
        Simulator::Schedule(MilliSeconds(30), &TableTestCase::Refuse, this, false);
        Simulator::Schedule(kT3 + MilliSeconds(20), &TableTestCase::Deliver, this,
                            PacketOf(CancelResponse(3)));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.sent.size(), 2, "sent again after the dropped response");
        NS_TEST_EXPECT_MSG_EQ(m_node.handled, 2, "both responses went to the procedure");

        // Stopped: no retransmission.
        Reset();
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 4);
        Simulator::Schedule(MilliSeconds(50), &TableTestCase::Stop, this, 4);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.sent.size(), 1, "stopped: sent once");

        // Receiver: a duplicate while processing is dropped, once answered it gets the same
        // response; after the window a copy is a new request.
        Reset();
        const Ptr<Packet> request = PacketOf(CancelRequest(11));
        Simulator::Schedule(Time(0), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Schedule(MilliSeconds(100), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Schedule(MilliSeconds(150), &TableTestCase::Answer, this, 11);
        Simulator::Schedule(MilliSeconds(200), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Schedule(w + MilliSeconds(1), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.handled, 2, "the first copy and the one after the window");
        NS_TEST_EXPECT_MSG_EQ(m_node.duplicates, 2, "two duplicates");
        NS_TEST_ASSERT_MSG_EQ(m_node.sent.size(), 2, "the response and the same again");
        NS_TEST_EXPECT_MSG_EQ((m_node.sent[1].octets == m_node.sent[0].octets), true,
                              "the same octets");
        NS_TEST_EXPECT_MSG_EQ(m_node.sent[1].at, MilliSeconds(200), "at the duplicate");

        // A request the node dropped is forgotten: its copy is processed again. A request
        // with the number of another but other octets is no duplicate, and its answer is not
        // taken for the first one's.
        Reset();
        Simulator::Schedule(Time(0), &TableTestCase::Refuse, this, true);
        Simulator::Schedule(MilliSeconds(1), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Schedule(MilliSeconds(2), &TableTestCase::Refuse, this, false);
        Simulator::Schedule(MilliSeconds(3), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Schedule(MilliSeconds(4), &TableTestCase::Deliver, this,
                            PacketOf(CancelRequest(11, "001010000000002")));
        Simulator::Schedule(MilliSeconds(5), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.handled, 3, "refused, taken, the other octets");
        NS_TEST_EXPECT_MSG_EQ(m_node.duplicates, 1, "the last copy");
        NS_TEST_EXPECT_MSG_EQ(m_node.sent.size(), 0, "nothing answered");

        // A header that does not decode goes to the procedure (which reports it); Clear
        // forgets everything.
        Reset();
        Ptr<Packet> garbage = Create<Packet>(3);
        Simulator::Schedule(Time(0), &TableTestCase::Deliver, this, garbage);
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 1);
        Simulator::Schedule(Time(0), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.handled, 2, "the garbage and the request");
        Reset();
        Simulator::Schedule(Time(0), &TableTestCase::Request, this, 1);
        Simulator::Schedule(Time(0), &TableTestCase::Deliver, this, request->Copy());
        Simulator::Schedule(MilliSeconds(1), &TableTestCase::Check, this, 1, 2,
                            std::string("before Clear"));
        Simulator::Schedule(MilliSeconds(2), &TableTestCase::ClearTable, this);
        Simulator::Schedule(MilliSeconds(3), &TableTestCase::Check, this, 0, 0,
                            std::string("after Clear"));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_node.sent.size(), 1, "no retransmission after Clear");
        m_table.reset();
        Simulator::Destroy();
    }

    void
    ClearTable()
    {
        m_table->Clear();
    }

    FakeNode m_node;
    std::unique_ptr<SrvccGtpv2cTransactions> m_table;
};

/** The Attributes per role, and their response type table. */
class AttributesTestCase : public TestCase
{
  public:
    AttributesTestCase()
        : TestCase("T3Response, N3Requests, DuplicateWindow on the AMF, MME_SRVCC and MSC server")
    {
    }

  private:
    void
    DoRun() override
    {
        for (const TypeId& tid :
             {SrvccAmfApplication::GetTypeId(), SrvccMmeApplication::GetTypeId(),
              SrvccMscServerApplication::GetTypeId()})
        {
            for (const char* name : {"T3Response", "N3Requests", "DuplicateWindow"})
            {
                TypeId::AttributeInformation info;
                NS_TEST_EXPECT_MSG_EQ(tid.LookupAttributeByName(name, &info), true,
                                      tid.GetName() << "::" << name);
            }
        }
        TypeId::AttributeInformation info;
        NS_TEST_EXPECT_MSG_EQ(
            SrvccGnbApplication::GetTypeId().LookupAttributeByName("T3Response", &info), false,
            "the gNB sends no GTPv2-C");
        Ptr<SrvccGnbApplication> gnb = CreateObject<SrvccGnbApplication>();
        NS_TEST_EXPECT_MSG_EQ((gnb->GetGtpv2cTransactions() == nullptr), true,
                              "and keeps no transaction table");
        gnb->Dispose();
        Ptr<SrvccMmeApplication> mme = CreateObject<SrvccMmeApplication>();
        mme->SetAttribute("T3Response", TimeValue(MilliSeconds(300)));
        mme->SetAttribute("N3Requests", UintegerValue(0));
        NS_TEST_EXPECT_MSG_EQ(mme->GetGtpv2cTransactions()->GetT3Response(), MilliSeconds(300),
                              "T3Response reaches the table");
        NS_TEST_EXPECT_MSG_EQ(mme->GetGtpv2cTransactions()->GetN3Requests(), 0,
                              "N3Requests 0 is allowed");
        NS_TEST_EXPECT_MSG_EQ(mme->SetAttributeFailSafe("T3Response", TimeValue(Time(0))), false,
                              "T3Response 0 is refused");
        NS_TEST_EXPECT_MSG_EQ(Gtpv2cResponseTypeOf(Gtpv2cMessageType::kSrvccPsToCsRequest),
                              Gtpv2cMessageType::kSrvccPsToCsResponse, "25 -> 26");
        NS_TEST_EXPECT_MSG_EQ(Gtpv2cResponseTypeOf(Gtpv2cMessageType::kRelocationCancelRequest),
                              Gtpv2cMessageType::kRelocationCancelResponse, "139 -> 140");
        NS_TEST_EXPECT_MSG_EQ(Gtpv2cResponseTypeOf(Gtpv2cMessageType::kSrvccPsToCsResponse), 0,
                              "a response triggers nothing");
        mme->Dispose();
    }
};

class SrvccGtpv2cReliabilityTestSuite : public TestSuite
{
  public:
    SrvccGtpv2cReliabilityTestSuite() : TestSuite("srvcc-gtpv2c-reliability", UNIT)
    {
        AddTestCase(new AttributesTestCase, TestCase::QUICK);
        AddTestCase(new TableTestCase, TestCase::QUICK);
        for (P p : {P::kTs33501, P::kSol12})
        {
            AddTestCase(new FirstRequestLostTestCase(p), TestCase::QUICK);
            AddTestCase(new ResponseLostTestCase(p), TestCase::QUICK);
            AddTestCase(new AllCopiesLostTestCase(p, false), TestCase::QUICK);
            AddTestCase(new AllCopiesLostTestCase(p, true), TestCase::QUICK);
        }
        AddTestCase(new InjectedDuplicateTestCase(false), TestCase::QUICK);
        AddTestCase(new InjectedDuplicateTestCase(true), TestCase::QUICK);
        AddTestCase(new NodeDownTestCase, TestCase::QUICK);
    }
};

SrvccGtpv2cReliabilityTestSuite g_srvccGtpv2cReliabilityTestSuite;

} // namespace
