/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * NGAP between the simulated gNB and AMF: the NAS of registration travels in Initial UE
 * Message (the UE's first uplink NAS), Uplink and Downlink NAS Transport (TS 38.413 8.6), and
 * the AMF starts 5G-SRVCC only for HandoverType fivegs-to-utran (TS 23.216 6.5.4).
 */
#include "ns3/callback.h"
#include "ns3/srvcc-message-classifier.h"
#include "srvcc-handover-test-util.h"
#include "srvcc-ngap-test-util.h"

#include <map>

namespace ns3
{
namespace ngaptest
{

namespace
{

using handovertest::CountResults;
using handovertest::RunHandovers;

/** PDU type and procedure code of an NGAP packet (-1, -1 when it is none). */
std::pair<int, int>
Head(Ptr<const Packet> packet)
{
    uint8_t head[2] = {0, 0};
    NgapPduType type;
    uint8_t procedure = 0;
    if (!PeekNgapPdu(head, packet->CopyData(head, 2), type, procedure))
    {
        return {-1, -1};
    }
    return {static_cast<int>(type), procedure};
}

bool
IsNas(SrvccMessageType type)
{
    return static_cast<uint8_t>(type)
           <= static_cast<uint8_t>(SrvccMessageType::kNasRegistrationReject);
}

class NgapNasRelayTestCase : public TestCase
{
  public:
    NgapNasRelayTestCase()
        : TestCase("the gNB relays NAS in Initial UE Message / Uplink NAS Transport, the AMF "
                   "answers in Downlink NAS Transport")
    {
    }

  private:
    struct Sent
    {
        SrvccMessageType type;
        int procedure;
        uint32_t amfId;
    };

    void
    DoRun() override
    {
        std::vector<Sent> uplink;
        std::vector<Sent> downlink;
        std::size_t handoverRequired = 0;
        auto record = [](std::vector<Sent>* into, std::size_t* required)
        {
            return [into, required](SrvccInterface iface, SrvccMessageType type, uint32_t, uint64_t,
                                    Ptr<const Packet> packet)
            {
                if (iface != SrvccInterface::kN2)
                {
                    return;
                }
                if (type == SrvccMessageType::kN2HandoverRequired && required != nullptr)
                {
                    ++*required;
                }
                if (!IsNas(type))
                {
                    return;
                }
                uint32_t amf = 0;
                std::vector<uint8_t> bytes(packet->GetSize());
                packet->CopyData(bytes.data(), bytes.size());
                if (Head(packet).second == ngap::kProcUplinkNasTransport)
                {
                    SrvccN2UplinkNasTransport m;
                    NgapFromBytes(m, bytes);
                    amf = m.GetAmfUeNgapId();
                }
                into->push_back({type, Head(packet).second, amf});
            };
        };
        std::function<void(SrvccInterface, SrvccMessageType, uint32_t, uint64_t, Ptr<const Packet>)>
            onGnb = record(&uplink, &handoverRequired);
        std::function<void(SrvccInterface, SrvccMessageType, uint32_t, uint64_t, Ptr<const Packet>)>
            onAmf = record(&downlink, nullptr);
        RunHandovers(
            srvcc::SrvccProfile::kTs33501, 1,
            [](SrvccHelper& h)
            {
                SrvccRegistrationConfig registration;
                registration.enabled = true;
                h.SetRegistration(registration);
            },
            [&](SrvccHelper&, SrvccStatsCollector& s)
            {
                NS_TEST_ASSERT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kCompleted), 1,
                                      "the handover completes");
            },
            Seconds(10),
            [&](SrvccHelper& h)
            {
                // Back to 5G after the SRVCC (TS 33.501 J.1.1): a new UE-associated connection.
                h.ScheduleReturnTo5g(0, Seconds(7));
                h.GetGnb(0)->TraceConnectWithoutContext(
                    "MessageSent", MakeCallback(&decltype(onGnb)::operator(), &onGnb));
                h.GetAmf()->TraceConnectWithoutContext(
                    "MessageSent", MakeCallback(&decltype(onAmf)::operator(), &onAmf));
            });
        NS_TEST_ASSERT_MSG_EQ(handoverRequired, 1u, "one Handover Required");
        std::size_t initial = 0;
        for (const Sent& u : uplink)
        {
            // Each registration starts a UE-associated NG connection (the first at power-on,
            // the second after the UE Context Release of the SRVCC): Initial UE Message; the
            // rest of its NAS goes in Uplink NAS Transport with the AMF's id of the UE (0).
            const bool first = SrvccMessageTypeKey(u.type) == std::string("RegistrationRequest");
            initial += first ? 1 : 0;
            NS_TEST_EXPECT_MSG_EQ(
                u.procedure,
                int{first ? ngap::kProcInitialUeMessage : ngap::kProcUplinkNasTransport},
                SrvccMessageTypeKey(u.type));
            NS_TEST_EXPECT_MSG_EQ(u.amfId, 0u, "the AMF UE NGAP ID the AMF gave UE 0");
        }
        NS_TEST_EXPECT_MSG_EQ(initial, 2u, "two registrations, two Initial UE Messages");
        NS_TEST_EXPECT_MSG_GT(uplink.size(), 4u, "the rest of registration and 5G AKA uplink");
        NS_TEST_EXPECT_MSG_GT(downlink.size(), 4u, "downlink NAS on N2");
        for (const Sent& d : downlink)
        {
            NS_TEST_EXPECT_MSG_EQ(d.procedure, int{ngap::kProcDownlinkNasTransport},
                                  SrvccMessageTypeKey(d.type));
        }
    }
};

class NgapHandoverTypeTestCase : public TestCase
{
  public:
    NgapHandoverTypeTestCase()
        : TestCase("a Handover Required of another HandoverType than fivegs-to-utran gets "
                   "Handover Preparation Failure, no 5G-SRVCC")
    {
    }

  private:
    void
    DoRun() override
    {
        std::vector<N2Cause> failures;
        std::size_t keys = 0;
        std::function<void(SrvccInterface, SrvccMessageType, uint32_t, uint64_t, Ptr<const Packet>)>
            onAmf = [&](SrvccInterface, SrvccMessageType type, uint32_t, uint64_t,
                        Ptr<const Packet> packet)
        {
            if (type == SrvccMessageType::kN2HandoverPreparationFailure)
            {
                SrvccN2HandoverPreparationFailure m;
                Ptr<Packet> copy = packet->Copy();
                copy->RemoveHeader(m);
                failures.push_back(m.GetCause());
            }
            if (type == SrvccMessageType::kForwardRelocationRequest)
            {
                ++keys;
            }
        };
        RunHandovers(
            srvcc::SrvccProfile::kTs33501, 1, nullptr,
            [&](SrvccHelper&, SrvccStatsCollector& s)
            {
                NS_TEST_ASSERT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kFailed), 1,
                                      "the handover fails");
                const bool preparationFailure = s.GetRecords().front().failureCause
                                                == SrvccFailureCause::kHandoverPreparationFailure;
                NS_TEST_EXPECT_MSG_EQ(preparationFailure, true, s.GetRecords().front().cause);
            },
            Seconds(10),
            [&](SrvccHelper& h)
            {
                // The gNB's Handover Required leaves as intra5gs.
                h.GetGnb(0)->SetOutboundMutator(SrvccInterface::kN2,
                                                [](Ptr<Packet> p)
                                                {
                                                    if (SrvccClassifyArrival(SrvccInterface::kN2, p)
                                                        != SrvccMessageType::kN2HandoverRequired)
                                                    {
                                                        return p;
                                                    }
                                                    SrvccN2HandoverRequired m;
                                                    p->RemoveHeader(m);
                                                    m.SetHandoverType(0);
                                                    p->AddHeader(m);
                                                    return p;
                                                });
                h.GetAmf()->TraceConnectWithoutContext(
                    "MessageSent", MakeCallback(&decltype(onAmf)::operator(), &onAmf));
            });
        NS_TEST_ASSERT_MSG_EQ(failures.size(), 1u, "one Handover Preparation Failure");
        NS_TEST_EXPECT_MSG_EQ(N2CauseName(failures.front()), std::string("ho-target-not-allowed"),
                              "its cause");
        NS_TEST_EXPECT_MSG_EQ(keys, 0u, "no Forward Relocation Request: no 5G-SRVCC started");
    }
};

} // namespace

std::vector<TestCase*>
MakeNgapNodeTestCases()
{
    return {new NgapNasRelayTestCase, new NgapHandoverTypeTestCase};
}

} // namespace ngaptest
} // namespace ns3
