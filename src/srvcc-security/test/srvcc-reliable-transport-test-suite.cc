/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The transport under N2, Iu and the radio legs (srvcc-reliable-transport.h): the RTO of RFC
 * 4960 6.3.1 against hand-computed values, its backoff and cap (6.3.3 E2), the give-up after
 * Path.Max.Retrans and after maxRetxThreshold, Karn's rule, the cumulative acknowledgement,
 * the forward point, the checks of the header; then whole handovers whose messages are lost on
 * purpose: the handover completes, later by exactly the timer that recovered it, with the
 * retransmission and duplicate counts the summary reports; and NodeDown, which cancels the
 * transport's timers and drops what it held.
 */
#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/error-model.h"
#include "ns3/packet.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-fault-helper.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-reliable-transport.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "srvcc-handover-test-util.h"
#include "srvcc-test-require.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

using Pdu = SrvccTransportPduType;

/** The header of \p pdu as it is on the wire (the test's own PDUs: always readable). */
SrvccTransportHeader
HeaderOf(Ptr<const Packet> pdu)
{
    SrvccTransportHeader h;
    SrvccDecodeError reason;
    const char* detail = nullptr;
    NS_ABORT_MSG_UNLESS(SrvccTransportHeader::Read(pdu, h, reason, detail), detail);
    return h;
}

// ---- RFC 4960 6.3.1 --------------------------------------------------------------------------

class RtoEstimatorTestCase : public TestCase
{
  public:
    RtoEstimatorTestCase()
        : TestCase("RTO: RFC 4960 6.3.1 C1-C7 and G1 with known RTTs, 6.3.3 E2 backoff and cap")
    {
    }

  private:
    void
    DoRun() override
    {
        // RTO.Min 10 ms so that C3's value shows (C6 would round 300 ms up to 1 s otherwise).
        SrvccRtoEstimator e(Seconds(1), MilliSeconds(10), Seconds(60));
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), Seconds(1), "C1: RTO.Initial before a measurement");
        NS_TEST_EXPECT_MSG_EQ(e.HasMeasurement(), false, "no measurement yet");
        // C2: R = 100 ms: SRTT 100 ms, RTTVAR 50 ms, RTO 100 + 4 x 50 = 300 ms.
        e.Measure(MilliSeconds(100));
        NS_TEST_EXPECT_MSG_EQ(e.GetSrtt(), MilliSeconds(100), "C2 SRTT");
        NS_TEST_EXPECT_MSG_EQ(e.GetRttvar(), MilliSeconds(50), "C2 RTTVAR");
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), MilliSeconds(300), "C3 RTO");
        // C3: R' = 200 ms: RTTVAR = 3/4 50 + 1/4 |100 - 200| = 62.5 ms (the SRTT of before),
        // SRTT = 7/8 100 + 1/8 200 = 112.5 ms, RTO = 112.5 + 250 = 362.5 ms.
        e.Measure(MilliSeconds(200));
        NS_TEST_EXPECT_MSG_EQ(e.GetRttvar(), MicroSeconds(62500), "C3 RTTVAR");
        NS_TEST_EXPECT_MSG_EQ(e.GetSrtt(), MicroSeconds(112500), "C3 SRTT");
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), MicroSeconds(362500), "C3 RTO");
        // R'' = SRTT: RTTVAR = 3/4 62.5 = 46.875 ms, SRTT unchanged, RTO = 112.5 + 187.5.
        e.Measure(MicroSeconds(112500));
        NS_TEST_EXPECT_MSG_EQ(e.GetRttvar(), NanoSeconds(46875000), "C3 RTTVAR, no deviation");
        NS_TEST_EXPECT_MSG_EQ(e.GetSrtt(), MicroSeconds(112500), "C3 SRTT unchanged");
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), MilliSeconds(300), "C3 RTO");
        // E2: each expiry doubles the RTO.
        e.BackOff();
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), MilliSeconds(600), "E2: 2 x RTO");
        e.BackOff();
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), MilliSeconds(1200), "E2: 4 x RTO");
        // A new measurement computes the RTO afresh (the backoff is gone).
        e.Measure(MicroSeconds(112500));
        NS_TEST_EXPECT_MSG_EQ(e.GetRttvar(), NanoSeconds(35156250), "3/4 x 46.875 ms");
        NS_TEST_EXPECT_MSG_EQ(e.GetRto(), NanoSeconds(112500000 + 4 * 35156250),
                              "C3 after a backoff");

        // C6 with the RFC's RTO.Min 1 s: a 100 ms RTT gives RTO 1 s, not 300 ms.
        SrvccRtoEstimator rfc(Seconds(1), Seconds(1), Seconds(60));
        rfc.Measure(MilliSeconds(100));
        NS_TEST_EXPECT_MSG_EQ(rfc.GetRto(), Seconds(1), "C6: rounded up to RTO.Min");
        // E2 with C7: 1, 2, 4, ..., 32, then RTO.Max 60 s, and it stays there.
        const int64_t expected[] = {2, 4, 8, 16, 32, 60, 60};
        for (int64_t seconds : expected)
        {
            rfc.BackOff();
            NS_TEST_EXPECT_MSG_EQ(rfc.GetRto(), Seconds(seconds), "E2 doubling, C7 cap");
        }
        // C7 on a measurement: RTO.Max 2 s bounds SRTT + 4 RTTVAR = 3 s.
        SrvccRtoEstimator capped(Seconds(1), MilliSeconds(1), Seconds(2));
        capped.Measure(Seconds(1));
        NS_TEST_EXPECT_MSG_EQ(capped.GetRto(), Seconds(2), "C7: at most RTO.Max");

        // G1: RTT 0 gives RTTVAR 0, which becomes G (one time step): RTO = 0 + 4 G.
        SrvccRtoEstimator g(Seconds(1), Time(0), Seconds(60));
        g.Measure(Time(0));
        NS_TEST_EXPECT_MSG_EQ(g.GetRttvar(), TimeStep(1), "G1: RTTVAR = G");
        NS_TEST_EXPECT_MSG_EQ(g.GetRto(), TimeStep(4), "RTO = SRTT + 4 G");
        // RTO.Max below RTO.Min: RTO.Max wins (C6 then C7), RTO.Initial included.
        SrvccRtoEstimator conflict(Seconds(3), Seconds(2), Seconds(1));
        NS_TEST_EXPECT_MSG_EQ(conflict.GetRto(), Seconds(1), "RTO.Max wins");
    }
};

// ---- The header ----------------------------------------------------------------------------

class HeaderTestCase : public TestCase
{
  public:
    HeaderTestCase() : TestCase("transport header: layout, and what Read refuses") {}

  private:
    static std::string
    ReadOf(const std::vector<uint8_t>& octets, SrvccTransportHeader* out = nullptr)
    {
        Ptr<Packet> p = Create<Packet>(octets.data(), octets.size());
        SrvccTransportHeader h;
        SrvccDecodeError reason = SrvccDecodeError::kMalformed;
        const char* detail = nullptr;
        if (!SrvccTransportHeader::Read(p, h, reason, detail))
        {
            return SrvccDecodeErrorKey(reason);
        }
        if (out != nullptr)
        {
            *out = h;
        }
        return "ok";
    }

    void
    DoRun() override
    {
        // Written as the file comment of srvcc-reliable-transport.h says.
        Ptr<Packet> message = Create<Packet>(3);
        message->AddHeader(SrvccTransportHeader(Pdu::kSctpData, 0x01020304, 0x0a0b0c0d));
        std::vector<uint8_t> octets(message->GetSize());
        message->CopyData(octets.data(), octets.size());
        const std::vector<uint8_t> expected = {0x10, 1, 2, 3, 4, 0x0a, 0x0b, 0x0c, 0x0d, 0, 0, 0};
        NS_TEST_EXPECT_MSG_EQ((octets == expected), true, "DATA: type, TSN, forward point");
        SrvccTransportHeader h;
        NS_TEST_EXPECT_MSG_EQ(ReadOf(octets, &h), "ok", "a DATA with its message");
        NS_TEST_EXPECT_MSG_EQ(h.GetFirst(), 0x01020304, "TSN");
        NS_TEST_EXPECT_MSG_EQ(h.GetSecond(), 0x0a0b0c0d, "forward point");
        NS_TEST_EXPECT_MSG_EQ(h.IsData(), true, "DATA");
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0x21, 0, 0, 0, 7, 0, 0, 0, 8}, &h), "ok", "a STATUS PDU");
        NS_TEST_EXPECT_MSG_EQ((h.GetPduType() == Pdu::kRlcStatus), true, "STATUS PDU");
        NS_TEST_EXPECT_MSG_EQ(h.IsData(), false, "an acknowledgement");
        NS_TEST_EXPECT_MSG_EQ(h.GetFirst(), 7, "cumulative point");
        NS_TEST_EXPECT_MSG_EQ(h.GetSecond(), 8, "the SN answered");

        NS_TEST_EXPECT_MSG_EQ(ReadOf({}), "wrong_protocol", "nothing");
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0xff}), "wrong_protocol", "an unknown type");
        // A compact message without the header: its interface octet is no PDU type.
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0x01, 0x01, 0x00, 0x00}), "wrong_protocol",
                              "a bare N2 message");
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0x10, 0, 0}), "malformed", "a short DATA");
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0x13, 0, 0, 0, 0, 0, 0, 0}), "malformed", "a short SACK");
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0x13, 0, 0, 0, 0, 0, 0, 0, 0, 0}), "malformed",
                              "octets after a SACK");
        NS_TEST_EXPECT_MSG_EQ(ReadOf({0x20, 0, 0, 0, 0, 0, 0, 0, 0}), "ok",
                              "an AMD PDU with an empty message: the application decides");
    }
};

// ---- Two transports on a simulated wire --------------------------------------------------

/**
 * Transport A sends to transport B over a wire of \p delay each way; a filter drops PDUs.
 * What crossed (or was dropped), what B delivered, what A repeated or gave up, with times.
 */
class Wire
{
  public:
    struct Crossing
    {
        Time at;
        bool fromA;
        SrvccTransportHeader header;
        bool dropped;
    };

    Wire(SrvccInterface iface, const SrvccTransportConfig& config, Time delay)
        : m_iface(iface)
        , m_delay(delay)
        , m_a(
              [this](SrvccInterface, uint32_t, Ptr<Packet> pdu)
              {
                  Put(true, pdu);
              },
              [this](SrvccInterface, uint32_t, SrvccMessageType)
              {
                  retransmitted.push_back(Simulator::Now());
              },
              [this](SrvccInterface, uint32_t, SrvccMessageType)
              {
                  gaveUp.push_back(Simulator::Now());
              })
        , m_b(
              [this](SrvccInterface, uint32_t, Ptr<Packet> pdu)
              {
                  Put(false, pdu);
              },
              [](SrvccInterface, uint32_t, SrvccMessageType) {},
              [](SrvccInterface, uint32_t, SrvccMessageType) {})
    {
        m_a.Configure(iface, config);
        m_b.Configure(iface, config);
    }

    /** A sends a 20-octet message at \p at. */
    void
    SendAt(Time at)
    {
        Simulator::Schedule(at, &Wire::SendNow, this);
    }

    void
    ResetAAt(Time at)
    {
        Simulator::Schedule(at, &Wire::ResetA, this);
    }

    /** Whether a PDU is dropped: from A (else from B), its header. */
    std::function<bool(bool fromA, const SrvccTransportHeader& h)> drop;
    std::vector<Crossing> crossings;
    std::vector<Time> retransmitted;            ///< A's Retransmission callback
    std::vector<Time> gaveUp;                   ///< A's GaveUp callback
    std::vector<Time> delivered;                ///< B delivered a message
    uint32_t duplicates{0};                     ///< B reported a duplicate
    std::vector<SrvccTransportReceipt> refused; ///< B dropped a PDU

    SrvccReliableTransport&
    A()
    {
        return m_a;
    }

    SrvccReliableTransport&
    B()
    {
        return m_b;
    }

    /** Deliver \p octets to B as if they came over the wire from A, now. */
    SrvccTransportReceipt
    InjectAtB(const std::vector<uint8_t>& octets)
    {
        return m_b.Receive(m_iface, 0, Create<Packet>(octets.data(), octets.size()));
    }

    /** The DATA sent by A (first copies and retransmissions), with their times. */
    std::vector<Time>
    DataTimes() const
    {
        std::vector<Time> t;
        for (const Crossing& c : crossings)
        {
            if (c.fromA && c.header.IsData())
            {
                t.push_back(c.at);
            }
        }
        return t;
    }

  private:
    void
    SendNow()
    {
        m_a.Send(m_iface, 0, Create<Packet>(20), SrvccMessageType::kN2HandoverRequired);
    }

    void
    ResetA()
    {
        m_a.Reset();
    }

    void
    Put(bool fromA, Ptr<Packet> pdu)
    {
        const SrvccTransportHeader h = HeaderOf(pdu);
        const bool dropped = drop && drop(fromA, h);
        crossings.push_back({Simulator::Now(), fromA, h, dropped});
        if (!dropped)
        {
            Simulator::Schedule(m_delay, fromA ? &Wire::ArriveAtB : &Wire::ArriveAtA, this, pdu);
        }
    }

    void
    ArriveAtB(Ptr<Packet> pdu)
    {
        const SrvccTransportReceipt r = m_b.Receive(m_iface, 0, pdu);
        switch (r.kind)
        {
            case SrvccTransportReceipt::Kind::kDeliver:
                delivered.push_back(Simulator::Now());
                break;
            case SrvccTransportReceipt::Kind::kDuplicate:
                ++duplicates;
                break;
            case SrvccTransportReceipt::Kind::kAck:
                break;
            case SrvccTransportReceipt::Kind::kDropped:
                refused.push_back(r);
                break;
        }
    }

    void
    ArriveAtA(Ptr<Packet> pdu)
    {
        m_a.Receive(m_iface, 0, pdu);
    }

    SrvccInterface m_iface;
    Time m_delay;
    SrvccReliableTransport m_a;
    SrvccReliableTransport m_b;
};

SrvccTransportConfig
Sctp(Time initial = Seconds(1), Time min = Seconds(1), Time max = Seconds(60),
     uint32_t pathMaxRetrans = 5)
{
    SrvccTransportConfig c = SrvccDefaultTransportConfig(SrvccInterface::kN2);
    c.rtoInitial = initial;
    c.rtoMin = min;
    c.rtoMax = max;
    c.pathMaxRetrans = pathMaxRetrans;
    return c;
}

std::string
Times(const std::vector<Time>& times)
{
    std::string s;
    for (const Time& t : times)
    {
        s += (s.empty() ? "" : " ") + std::to_string(t.GetMilliSeconds());
    }
    return s;
}

class GiveUpTestCase : public TestCase
{
  public:
    GiveUpTestCase()
        : TestCase("give-up: SCTP after Path.Max.Retrans with backoff and RTO.Max, RLC AM after "
                   "maxRetxThreshold")
    {
    }

  private:
    void
    DoRun() override
    {
        auto allData = [](bool fromA, const SrvccTransportHeader& h)
        {
            return fromA && h.IsData();
        };
        {
            // RFC defaults, every DATA lost: sent at 0, then on each expiry with RTO 1, 2, 4,
            // 8, 16 s; the sixth expiry (RTO 32 s) exceeds Path.Max.Retrans 5: given up at 63 s.
            Wire w(SrvccInterface::kN2, Sctp(), MilliSeconds(1));
            w.drop = allData;
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.DataTimes()), "0 1000 3000 7000 15000 31000",
                                  "first transmission and 5 retransmissions");
            NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 5, "Path.Max.Retrans retransmissions");
            NS_TEST_EXPECT_MSG_EQ(Times(w.gaveUp), "63000", "given up on the 6th expiry");
            NS_TEST_EXPECT_MSG_EQ(w.A().GetOutstanding(), 0, "nothing outstanding after");
            NS_TEST_EXPECT_MSG_EQ(w.A().GetRtoEstimator(SrvccInterface::kN2, 0)->GetRto(),
                                  Seconds(60), "64 s capped at RTO.Max");
            Simulator::Destroy();
        }
        {
            // RTO.Max 10 s caps the doubling: 1, 2, 4, 8, 10, 10.
            Wire w(SrvccInterface::kN2, Sctp(Seconds(1), Seconds(1), Seconds(10)), MilliSeconds(1));
            w.drop = allData;
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.DataTimes()), "0 1000 3000 7000 15000 25000",
                                  "RTO.Max bounds the backoff");
            NS_TEST_EXPECT_MSG_EQ(Times(w.gaveUp), "35000", "given up after 25 + 10 s");
            Simulator::Destroy();
        }
        {
            // Path.Max.Retrans 2.
            Wire w(SrvccInterface::kIu, Sctp(MilliSeconds(200), MilliSeconds(100), Seconds(60), 2),
                   MilliSeconds(1));
            w.drop = allData;
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.DataTimes()), "0 200 600", "2 retransmissions");
            NS_TEST_EXPECT_MSG_EQ(Times(w.gaveUp), "1400", "the third expiry gives up");
            Simulator::Destroy();
        }
        {
            // RLC AM with TS 38.331 9.2.1's values: every 45 ms, 8 retransmissions (RETX_COUNT
            // 0..7), then RETX_COUNT = maxRetxThreshold: radio link failure at 9 x 45 ms.
            Wire w(SrvccInterface::kNrUu, SrvccDefaultTransportConfig(SrvccInterface::kNrUu),
                   MilliSeconds(5));
            w.drop = allData;
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.DataTimes()), "0 45 90 135 180 225 270 315 360",
                                  "no backoff: a fixed t-PollRetransmit");
            NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 8, "maxRetxThreshold t8");
            NS_TEST_EXPECT_MSG_EQ(Times(w.gaveUp), "405", "radio link failure");
            NS_TEST_EXPECT_MSG_EQ((w.crossings[0].header.GetPduType() == Pdu::kRlcAmd), true,
                                  "AMD PDUs on the radio");
            Simulator::Destroy();
        }
        {
            // UTRAN-Uu: Timer_Poll 100 ms, 14 retransmissions.
            Wire w(SrvccInterface::kUtranUu, SrvccDefaultTransportConfig(SrvccInterface::kUtranUu),
                   MilliSeconds(10));
            w.drop = allData;
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 14, "MaxDAT 15 transmissions");
            NS_TEST_EXPECT_MSG_EQ(Times(w.gaveUp), "1500", "15 x 100 ms");
            Simulator::Destroy();
        }
    }
};

class AcknowledgementTestCase : public TestCase
{
  public:
    AcknowledgementTestCase()
        : TestCase("acknowledgements: RTT per Karn's rule, duplicates, cumulative point, forward "
                   "point, receive window")
    {
    }

  private:
    void
    DoRun() override
    {
        {
            // No loss: one SACK per DATA, the RTT (2 x 10 ms) measured, nothing repeated.
            Wire w(SrvccInterface::kN2, Sctp(Seconds(1), MilliSeconds(10)), MilliSeconds(10));
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(w.crossings.size(), 2, "DATA and SACK");
            NS_TEST_EXPECT_MSG_EQ((w.crossings[1].header.GetPduType() == Pdu::kSctpSack), true,
                                  "a SACK");
            NS_TEST_EXPECT_MSG_EQ(w.crossings[1].at, MilliSeconds(10), "sent at the arrival");
            NS_TEST_EXPECT_MSG_EQ(Times(w.delivered), "10", "delivered at its arrival");
            const SrvccRtoEstimator* rto = w.A().GetRtoEstimator(SrvccInterface::kN2, 0);
            NS_TEST_EXPECT_MSG_EQ(rto->GetSrtt(), MilliSeconds(20), "C2: SRTT = RTT");
            NS_TEST_EXPECT_MSG_EQ(rto->GetRto(), MilliSeconds(60), "20 + 4 x 10 ms");
            NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 0, "no retransmission");
            Simulator::Destroy();
        }
        {
            // Karn (C5): the first DATA is lost, its retransmission is acknowledged: no
            // measurement, the RTO stays backed off (2 s). The next message, sent once, is
            // measured: the backoff is gone.
            Wire w(SrvccInterface::kN2, Sctp(), MilliSeconds(10));
            w.drop = [](bool fromA, const SrvccTransportHeader& h)
            {
                return fromA && h.IsData() && h.GetFirst() == 0 && Simulator::Now() < Seconds(1);
            };
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.delivered), "1010", "the retransmission delivered");
            const SrvccRtoEstimator* rto = w.A().GetRtoEstimator(SrvccInterface::kN2, 0);
            NS_TEST_EXPECT_MSG_EQ(rto->HasMeasurement(), false, "C5: no RTT from it");
            NS_TEST_EXPECT_MSG_EQ(rto->GetRto(), Seconds(2), "E2: still 2 x RTO.Initial");
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(rto->HasMeasurement(), true, "measured");
            NS_TEST_EXPECT_MSG_EQ(rto->GetSrtt(), MilliSeconds(20), "RTT 20 ms");
            NS_TEST_EXPECT_MSG_EQ(rto->GetRto(), Seconds(1), "C6: RTO.Min");
            Simulator::Destroy();
        }
        {
            // The SACK is lost: the DATA goes again after RTO.Initial, B acknowledges it again
            // and reports a duplicate; the message is delivered once.
            Wire w(SrvccInterface::kN2, Sctp(), MilliSeconds(1));
            bool first = true;
            w.drop = [&first](bool fromA, const SrvccTransportHeader& h)
            {
                const bool drop = !fromA && !h.IsData() && first;
                first = first && !drop;
                return drop;
            };
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.DataTimes()), "0 1000", "sent again");
            NS_TEST_EXPECT_MSG_EQ(w.delivered.size(), 1, "delivered once");
            NS_TEST_EXPECT_MSG_EQ(w.duplicates, 1, "the copy is a duplicate");
            NS_TEST_EXPECT_MSG_EQ(w.crossings.size(), 4, "DATA, SACK (lost), DATA, SACK");
            NS_TEST_EXPECT_MSG_EQ(w.A().GetOutstanding(), 0, "the second SACK settled it");
            Simulator::Destroy();
        }
        {
            // Two messages; the SACK of the first is lost, the second's (cumulative point 1)
            // acknowledges both (RFC 4960 6.2.1): nothing is repeated.
            Wire w(SrvccInterface::kN2, Sctp(), MilliSeconds(1));
            w.drop = [](bool fromA, const SrvccTransportHeader& h)
            {
                return !fromA && h.GetSecond() == 0;
            };
            w.SendAt(Time(0));
            w.SendAt(MilliSeconds(5));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 0, "no retransmission");
            NS_TEST_EXPECT_MSG_EQ(w.crossings.back().header.GetFirst(), 1, "cumulative point 1");
            NS_TEST_EXPECT_MSG_EQ(w.A().GetOutstanding(), 0, "both settled");
            Simulator::Destroy();
        }
        {
            // Forward point: TSN 0 is delivered, TSN 1 given up (Path.Max.Retrans 1; RTO 100
            // ms, RTO.Min, after TSN 0's 2 ms RTT), TSN 2 carries forward point 2: B's
            // cumulative point passes the hole, its SACK says 2 (without the forward point 0).
            Wire w(SrvccInterface::kN2, Sctp(MilliSeconds(100), MilliSeconds(100), Seconds(1), 1),
                   MilliSeconds(1));
            w.drop = [](bool fromA, const SrvccTransportHeader& h)
            {
                return fromA && h.IsData() && h.GetFirst() == 1;
            };
            w.SendAt(Time(0));
            w.SendAt(MilliSeconds(10));
            w.SendAt(Seconds(1));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(Times(w.gaveUp), "310", "TSN 1 given up (10 + 100 + 200 ms)");
            NS_TEST_EXPECT_MSG_EQ(Times(w.delivered), "1 1001", "TSNs 0 and 2 delivered");
            const Wire::Crossing& data = w.crossings[w.crossings.size() - 2];
            NS_TEST_EXPECT_MSG_EQ(data.header.GetFirst(), 2, "TSN 2");
            NS_TEST_EXPECT_MSG_EQ(data.header.GetSecond(), 2, "forward point 2");
            NS_TEST_EXPECT_MSG_EQ(w.crossings.back().header.GetFirst(), 2, "cumulative point 2");
            Simulator::Destroy();
        }
        {
            // The receive window: B (never synchronized) refuses a DATA 65537 numbers ahead of
            // its forward point, and a forward point as far; neither changes its state, and a
            // real DATA after them is delivered.
            Wire w(SrvccInterface::kN2, Sctp(), MilliSeconds(1));
            const SrvccTransportReceipt far
                = w.InjectAtB({0x10, 0x00, 0x01, 0x00, 0x00, 0, 0, 0, 0, 0xaa});
            NS_TEST_EXPECT_MSG_EQ((far.kind == SrvccTransportReceipt::Kind::kDropped), true,
                                  "TSN 65536 after forward point 0: one beyond the window");
            NS_TEST_EXPECT_MSG_EQ(SrvccDecodeErrorKey(far.reason), std::string("malformed"),
                                  "malformed");
            const SrvccTransportReceipt inside
                = w.InjectAtB({0x10, 0x00, 0x00, 0xff, 0xff, 0, 0, 0, 0, 0xaa});
            NS_TEST_EXPECT_MSG_EQ((inside.kind == SrvccTransportReceipt::Kind::kDeliver), true,
                                  "TSN 65535: the last inside");
            NS_TEST_EXPECT_MSG_EQ(inside.message->GetSize(), 1, "its message, header removed");
            const SrvccTransportReceipt again
                = w.InjectAtB({0x10, 0x00, 0x00, 0xff, 0xff, 0, 0, 0, 0, 0xaa});
            NS_TEST_EXPECT_MSG_EQ((again.kind == SrvccTransportReceipt::Kind::kDuplicate), true,
                                  "the same TSN again");
            const SrvccTransportReceipt jump
                = w.InjectAtB({0x10, 0x00, 0x02, 0x00, 0x01, 0x00, 0x02, 0x00, 0x01, 0xaa});
            NS_TEST_EXPECT_MSG_EQ((jump.kind == SrvccTransportReceipt::Kind::kDropped), true,
                                  "a forward point beyond the window");
            const SrvccTransportReceipt sctpOnRadio = w.InjectAtB({0x20, 0, 0, 0, 1, 0, 0, 0, 0});
            NS_TEST_EXPECT_MSG_EQ(SrvccDecodeErrorKey(sctpOnRadio.reason),
                                  std::string("wrong_protocol"), "an RLC PDU on N2");
            w.SendAt(Time(0));
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(w.delivered.size(), 1, "A's TSN 0 delivered");
            Simulator::Destroy();
        }
    }
};

class ResetTestCase : public TestCase
{
  public:
    ResetTestCase()
        : TestCase("Reset (NodeDown): timers cancelled, messages dropped, numbering goes on")
    {
    }

  private:
    void
    DoRun() override
    {
        Wire w(SrvccInterface::kN2, Sctp(), MilliSeconds(1));
        w.drop = [](bool fromA, const SrvccTransportHeader& h)
        {
            return fromA && h.IsData() && h.GetFirst() < 2;
        };
        w.SendAt(Time(0));
        w.SendAt(MilliSeconds(1));
        w.ResetAAt(MilliSeconds(500));
        w.SendAt(Seconds(5));
        Simulator::Stop(MilliSeconds(499));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(w.A().GetOutstanding(), 2, "two outstanding before");
        NS_TEST_EXPECT_MSG_EQ(w.A().GetOutstanding(SrvccInterface::kN2, 0), 2, "on the one path");
        Simulator::Stop(Seconds(4));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(w.A().GetOutstanding(), 0, "none after Reset");
        NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 0, "the timers were cancelled");
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(Times(w.DataTimes()), "0 1 5000", "nothing between");
        NS_TEST_EXPECT_MSG_EQ(w.crossings[2].header.GetFirst(), 2, "the numbering goes on");
        NS_TEST_EXPECT_MSG_EQ(w.crossings[2].header.GetSecond(), 2, "past what was dropped");
        NS_TEST_EXPECT_MSG_EQ(Times(w.delivered), "5001", "B takes it");
        NS_TEST_EXPECT_MSG_EQ(w.retransmitted.size(), 0, "and acknowledges it");
        Simulator::Destroy();
    }
};

// ---- Whole handovers ----------------------------------------------------------------------

/**
 * Drops the packets a predicate picks at the receiving device (a ReceiveErrorModel that looks
 * into the UDP payload: PPP 2, IPv4 20, UDP 8 octets first), at most \p limit of them.
 */
class DropMatching : public ErrorModel
{
  public:
    using Predicate = std::function<bool(const std::vector<uint8_t>& udpPayload)>;

    static TypeId
    GetTypeId()
    {
        static TypeId tid
            = TypeId("ns3::SrvccTestDropMatching").SetParent<ErrorModel>().SetGroupName("Test");
        return tid;
    }

    DropMatching(Predicate predicate, uint32_t limit)
        : m_predicate(std::move(predicate)), m_limit(limit)
    {
    }

    uint32_t
    GetDropped() const
    {
        return m_dropped;
    }

  private:
    bool
    DoCorrupt(Ptr<Packet> p) override
    {
        constexpr uint32_t kBelowUdpPayload = 2 + 20 + 8;
        if (m_dropped >= m_limit || p->GetSize() < kBelowUdpPayload)
        {
            return false;
        }
        std::vector<uint8_t> octets(p->GetSize());
        p->CopyData(octets.data(), octets.size());
        octets.erase(octets.begin(), octets.begin() + kBelowUdpPayload);
        if (!m_predicate(octets))
        {
            return false;
        }
        ++m_dropped;
        return true;
    }

    void
    DoReset() override
    {
    }

    Predicate m_predicate;
    uint32_t m_limit;
    uint32_t m_dropped{0};
};

/**
 * A message \p type on \p iface: in a DATA or AMD PDU, or bare (the interface's transport
 * turned off).
 */
DropMatching::Predicate
DataOf(SrvccInterface iface, SrvccMessageType type)
{
    return [iface, type](const std::vector<uint8_t>& u)
    {
        const bool framed = !u.empty() && (u[0] == 0x10 || u[0] == 0x20);
        const std::size_t skip = framed ? kSrvccTransportHeaderSize : 0;
        if (u.size() <= skip)
        {
            return false;
        }
        Ptr<Packet> message = Create<Packet>(u.data() + skip, u.size() - skip);
        const auto t = SrvccClassifyArrival(iface, message);
        return t && *t == type;
    };
}

/** Put \p model on device \p index of \p iface's links (SrvccHelper::GetDevices order). */
Ptr<DropMatching>
DropAt(SrvccHelper& h, SrvccInterface iface, uint32_t index, DropMatching::Predicate predicate,
       uint32_t limit)
{
    Ptr<DropMatching> model = CreateObject<DropMatching>(std::move(predicate), limit);
    h.GetDevices(iface).Get(index)->SetAttribute("ReceiveErrorModel", PointerValue(model));
    return model;
}

/** One UE's handover, what a test looks at afterwards. */
struct OneHandover
{
    SrvccHandoverRecord record;
    std::array<uint64_t, kSrvccInterfaceCount> retransmissions{};
    std::array<uint64_t, kSrvccInterfaceCount> duplicates{};
    uint32_t dropped{0};
    uint32_t hoRequiredAtAmf{0}; ///< MessageReceived of Handover Required at the AMF
    std::vector<std::pair<SrvccInterface, SrvccMessageType>> gaveUp;

    void
    OnReceived(SrvccInterface, SrvccMessageType type, uint32_t, uint64_t, Ptr<const Packet>)
    {
        hoRequiredAtAmf += type == SrvccMessageType::kN2HandoverRequired ? 1 : 0;
    }

    void
    OnGaveUp(SrvccInterface iface, SrvccMessageType type)
    {
        gaveUp.emplace_back(iface, type);
    }
};

/** One UE hands over at 1 s; \p drop (if any) installs a filter after Install. */
OneHandover
RunOne(const Configure& configure,
       const std::function<Ptr<DropMatching>(SrvccHelper&)>& drop = nullptr)
{
    OneHandover out;
    Ptr<DropMatching> model;
    RunHandovers(
        srvcc::SrvccProfile::kTs33501, 1, configure,
        [&out, &model](SrvccHelper&, SrvccStatsCollector& s)
        {
            out.record = s.GetRecords().at(0);
            for (SrvccInterface iface : AllSrvccInterfaces())
            {
                out.retransmissions[static_cast<std::size_t>(iface)] = s.GetRetransmissions(iface);
                out.duplicates[static_cast<std::size_t>(iface)] = s.GetDuplicates(iface);
            }
            out.dropped = model ? model->GetDropped() : 0;
        },
        Seconds(10),
        [&out, &model, &drop](SrvccHelper& h)
        {
            h.GetAmf()->TraceConnectWithoutContext("MessageReceived",
                                                   MakeCallback(&OneHandover::OnReceived, &out));
            for (const Ptr<SrvccNodeApplication>& app : h.GetAllApplications())
            {
                app->TraceConnectWithoutContext("TransportGaveUp",
                                                MakeCallback(&OneHandover::OnGaveUp, &out));
            }
            if (drop)
            {
                model = drop(h);
            }
        });
    return out;
}

uint64_t
Sum(const std::array<uint64_t, kSrvccInterfaceCount>& counts)
{
    uint64_t n = 0;
    for (uint64_t c : counts)
    {
        n += c;
    }
    return n;
}

uint64_t
At(const std::array<uint64_t, kSrvccInterfaceCount>& counts, SrvccInterface iface)
{
    return counts[static_cast<std::size_t>(iface)];
}

class LostMessageTestCase : public TestCase
{
  public:
    LostMessageTestCase()
        : TestCase("a lost Handover Required, SACK or MobilityFromNRCommand: the handover "
                   "completes, later by exactly the timer that recovered it")
    {
    }

  private:
    void
    DoRun() override
    {
        const OneHandover base = RunOne(nullptr);
        SRVCC_REQUIRE_EQ((base.record.result == SrvccHandoverRecord::Result::kCompleted), true,
                         "the baseline completes");
        NS_TEST_EXPECT_MSG_EQ(Sum(base.retransmissions), 0, "no loss, no retransmission");
        NS_TEST_EXPECT_MSG_EQ(Sum(base.duplicates), 0, "no duplicate");
        const int64_t prep = base.record.PreparationNs();
        const int64_t interruption = base.record.InterruptionNs();

        // The first Handover Required, dropped at the AMF's end of N2 (device 1 of gNB 0's
        // link): the gNB's SCTP sends it again after RTO.Initial (no RTT measured yet).
        const OneHandover hoRequired
            = RunOne(nullptr,
                     [](SrvccHelper& h)
                     {
                         return DropAt(
                             h, SrvccInterface::kN2, 1,
                             DataOf(SrvccInterface::kN2, SrvccMessageType::kN2HandoverRequired), 1);
                     });
        NS_TEST_EXPECT_MSG_EQ(hoRequired.dropped, 1, "one copy dropped");
        NS_TEST_EXPECT_MSG_EQ((hoRequired.record.result == SrvccHandoverRecord::Result::kCompleted),
                              true, "completes");
        NS_TEST_EXPECT_MSG_EQ(hoRequired.record.PreparationNs() - prep, Seconds(1).GetNanoSeconds(),
                              "preparation + RTO.Initial (1 s)");
        NS_TEST_EXPECT_MSG_EQ(hoRequired.record.InterruptionNs(), interruption,
                              "interruption unchanged");
        NS_TEST_EXPECT_MSG_EQ(At(hoRequired.retransmissions, SrvccInterface::kN2), 1,
                              "retransmissions.n2");
        NS_TEST_EXPECT_MSG_EQ(Sum(hoRequired.retransmissions), 1, "none elsewhere");
        NS_TEST_EXPECT_MSG_EQ(Sum(hoRequired.duplicates), 0, "the first copy never arrived");
        NS_TEST_EXPECT_MSG_EQ(hoRequired.hoRequiredAtAmf, 1, "the AMF takes it once");

        // The same with an operator's RTO: RTO.Initial 300 ms (RTO.Min 100 ms).
        const OneHandover tuned = RunOne(
            [](SrvccHelper& h)
            {
                h.SetAttribute("N2RtoInitial", TimeValue(MilliSeconds(300)));
                h.SetAttribute("N2RtoMin", TimeValue(MilliSeconds(100)));
            },
            [](SrvccHelper& h)
            {
                return DropAt(h, SrvccInterface::kN2, 1,
                              DataOf(SrvccInterface::kN2, SrvccMessageType::kN2HandoverRequired),
                              1);
            });
        NS_TEST_EXPECT_MSG_EQ(tuned.record.PreparationNs() - prep,
                              MilliSeconds(300).GetNanoSeconds(), "preparation + 300 ms");

        // The AMF's SACK of the Handover Required, dropped at the gNB's end: the next SACK
        // (of UE Context Release Complete, 120 ms later) carries cumulative point 1 and
        // acknowledges both (RFC 4960 6.2.1): nothing is repeated.
        const OneHandover oneSack = RunOne(nullptr,
                                           [](SrvccHelper& h)
                                           {
                                               return DropAt(
                                                   h, SrvccInterface::kN2, 0,
                                                   [](const std::vector<uint8_t>& u)
                                                   {
                                                       return !u.empty() && u[0] == 0x13;
                                                   },
                                                   1);
                                           });
        NS_TEST_EXPECT_MSG_EQ(oneSack.dropped, 1, "one SACK dropped");
        NS_TEST_EXPECT_MSG_EQ((oneSack.record.result == SrvccHandoverRecord::Result::kCompleted),
                              true, "completes");
        NS_TEST_EXPECT_MSG_EQ(Sum(oneSack.retransmissions), 0, "the cumulative point covered it");

        // Every SACK to the gNB lost until 1.9 s (both of them): the Handover Required goes
        // again at 2 s (RTO.Initial after it was sent), the AMF acknowledges the copy and drops
        // it as a duplicate. The procedure ran once, on the first copy: same preparation.
        const OneHandover sack = RunOne(nullptr,
                                        [](SrvccHelper& h)
                                        {
                                            return DropAt(
                                                h, SrvccInterface::kN2, 0,
                                                [](const std::vector<uint8_t>& u)
                                                {
                                                    return !u.empty() && u[0] == 0x13
                                                           && Simulator::Now() < MilliSeconds(1900);
                                                },
                                                1000);
                                        });
        NS_TEST_EXPECT_MSG_EQ(sack.dropped, 2, "two SACKs dropped");
        NS_TEST_EXPECT_MSG_EQ((sack.record.result == SrvccHandoverRecord::Result::kCompleted), true,
                              "completes");
        NS_TEST_EXPECT_MSG_EQ(sack.record.PreparationNs(), prep, "preparation unchanged");
        NS_TEST_EXPECT_MSG_EQ(At(sack.retransmissions, SrvccInterface::kN2), 1,
                              "retransmissions.n2: the unacknowledged Handover Required; the "
                              "copy's SACK acknowledges the other message too");
        NS_TEST_EXPECT_MSG_EQ(At(sack.duplicates, SrvccInterface::kN2), 1,
                              "duplicates_received.n2");
        NS_TEST_EXPECT_MSG_EQ(Sum(sack.duplicates), 1, "none elsewhere");
        NS_TEST_EXPECT_MSG_EQ(sack.hoRequiredAtAmf, 1, "delivered once: one procedure");

        // The first MobilityFromNRCommand, dropped at the UE: RLC AM repeats it after
        // t-PollRetransmit (45 ms).
        const OneHandover mobility = RunOne(
            nullptr,
            [](SrvccHelper& h)
            {
                return DropAt(
                    h, SrvccInterface::kNrUu, 0,
                    DataOf(SrvccInterface::kNrUu, SrvccMessageType::kNrMobilityFromNrCommand), 1);
            });
        NS_TEST_EXPECT_MSG_EQ((mobility.record.result == SrvccHandoverRecord::Result::kCompleted),
                              true, "completes");
        NS_TEST_EXPECT_MSG_EQ(mobility.record.PreparationNs() - prep,
                              MilliSeconds(45).GetNanoSeconds(), "preparation + 45 ms");
        NS_TEST_EXPECT_MSG_EQ(At(mobility.retransmissions, SrvccInterface::kNrUu), 1,
                              "retransmissions.nr-uu");
        NS_TEST_EXPECT_MSG_EQ(Sum(mobility.retransmissions), 1, "none elsewhere");

        // HANDOVER TO UTRAN COMPLETE lost once on UTRAN-Uu: 100 ms (Timer_Poll) later.
        const OneHandover complete
            = RunOne(nullptr,
                     [](SrvccHelper& h)
                     {
                         return DropAt(h, SrvccInterface::kUtranUu, 1,
                                       DataOf(SrvccInterface::kUtranUu,
                                              SrvccMessageType::kUtranHandoverToUtranComplete),
                                       1);
                     });
        NS_TEST_EXPECT_MSG_EQ(complete.record.InterruptionNs() - interruption,
                              MilliSeconds(100).GetNanoSeconds(), "interruption + 100 ms");
        NS_TEST_EXPECT_MSG_EQ(At(complete.retransmissions, SrvccInterface::kUtranUu), 1,
                              "retransmissions.utran-uu");
    }
};

/**
 * The RTO against the procedure timers: a lost Iu Relocation Request waits RTO.Min (1 s), the
 * MSC server's TargetPreparationTimeout only 500 ms; with an operator's RTO of 200 ms it fits.
 */
class TimerInterplayTestCase : public TestCase
{
  public:
    TimerInterplayTestCase()
        : TestCase("a lost Iu Relocation Request: lost for the procedure with RFC 4960's RTO "
                   "(1 s > TargetPreparationTimeout 0.5 s), recovered with RTO 200 ms")
    {
    }

  private:
    void
    DoRun() override
    {
        auto dropRequest = [](SrvccHelper& h)
        {
            // Device 1 of the Iu link is the RNC's end (Connect(msc, ..., rnc, ...)).
            return DropAt(h, SrvccInterface::kIu, 1,
                          DataOf(SrvccInterface::kIu, SrvccMessageType::kIuRelocationRequest), 1);
        };
        const int64_t prep = RunOne(nullptr).record.PreparationNs();
        const OneHandover rfc = RunOne(nullptr, dropRequest);
        NS_TEST_EXPECT_MSG_EQ(rfc.dropped, 1, "one copy dropped");
        NS_TEST_EXPECT_MSG_EQ((rfc.record.result == SrvccHandoverRecord::Result::kFailed), true,
                              "fails");
        NS_TEST_EXPECT_MSG_EQ(
            (rfc.record.failureCause == SrvccFailureCause::kNoAnswerFromTargetRnc), true,
            "the MSC server gives up before the retransmission");
        NS_TEST_EXPECT_MSG_EQ(At(rfc.retransmissions, SrvccInterface::kIu), 1,
                              "retransmitted, too late");

        const OneHandover tuned = RunOne(
            [](SrvccHelper& h)
            {
                h.SetAttribute("IuRtoInitial", TimeValue(MilliSeconds(200)));
                h.SetAttribute("IuRtoMin", TimeValue(MilliSeconds(200)));
            },
            dropRequest);
        NS_TEST_EXPECT_MSG_EQ((tuned.record.result == SrvccHandoverRecord::Result::kCompleted),
                              true, "completes");
        NS_TEST_EXPECT_MSG_EQ(tuned.record.PreparationNs() - prep,
                              MilliSeconds(200).GetNanoSeconds(), "preparation + 200 ms");
        NS_TEST_EXPECT_MSG_EQ(At(tuned.retransmissions, SrvccInterface::kIu), 1,
                              "retransmissions.iu");
    }
};

class RadioLinkFailureTestCase : public TestCase
{
  public:
    RadioLinkFailureTestCase()
        : TestCase("every copy of MobilityFromNRCommand lost: maxRetxThreshold retransmissions, "
                   "then the failure the unreliable radio gives")
    {
    }

  private:
    void
    DoRun() override
    {
        auto dropAll = [](SrvccHelper& h)
        {
            return DropAt(h, SrvccInterface::kNrUu, 0,
                          DataOf(SrvccInterface::kNrUu, SrvccMessageType::kNrMobilityFromNrCommand),
                          1000);
        };
        const OneHandover reliable = RunOne(nullptr, dropAll);
        NS_TEST_EXPECT_MSG_EQ((reliable.record.result == SrvccHandoverRecord::Result::kFailed),
                              true, "fails");
        NS_TEST_EXPECT_MSG_EQ(reliable.dropped, 9, "the command and its 8 retransmissions");
        NS_TEST_EXPECT_MSG_EQ(At(reliable.retransmissions, SrvccInterface::kNrUu), 8,
                              "maxRetxThreshold t8");
        SRVCC_REQUIRE_EQ(reliable.gaveUp.size(), 1, "one message given up");
        NS_TEST_EXPECT_MSG_EQ((reliable.gaveUp[0].first == SrvccInterface::kNrUu), true,
                              "on NR-Uu");
        NS_TEST_EXPECT_MSG_EQ(
            (reliable.gaveUp[0].second == SrvccMessageType::kNrMobilityFromNrCommand), true,
            "the command");

        // Without RLC AM the command is lost once: the same failure, by the same timer.
        const OneHandover plain = RunOne(
            [](SrvccHelper& h)
            {
                h.SetAttribute("NrUuReliable", BooleanValue(false));
            },
            dropAll);
        NS_TEST_EXPECT_MSG_EQ(plain.dropped, 1, "one copy");
        NS_TEST_EXPECT_MSG_EQ(Sum(plain.retransmissions), 0, "nothing repeated");
        NS_TEST_EXPECT_MSG_EQ((plain.record.result == SrvccHandoverRecord::Result::kFailed), true,
                              "fails");
        NS_TEST_EXPECT_MSG_EQ((reliable.record.failureCause == plain.record.failureCause), true,
                              "the same cause");
        NS_TEST_EXPECT_MSG_EQ(reliable.record.cause, plain.record.cause, "in words too");
        NS_TEST_EXPECT_MSG_EQ((reliable.record.failureCause == SrvccFailureCause::kUeDidNotArrive),
                              true, "the MSC server's UeArrivalTimeout: UE did not arrive");
    }
};

class ManyUesUnderLossTestCase : public TestCase
{
  public:
    ManyUesUnderLossTestCase()
        : TestCase("100 UEs, N2 loss 0.1: every handover completes over SCTP (RTO.Min 100 ms), "
                   "some fail without it")
    {
    }

  private:
    void
    DoRun() override
    {
        struct Outcome
        {
            uint32_t completed{0};
            uint64_t retransmissions{0};
            uint64_t duplicates{0};
        };

        auto run = [this](bool reliable)
        {
            Outcome o;
            RunHandovers(
                srvcc::SrvccProfile::kTs33501, 100,
                [reliable](SrvccHelper& h)
                {
                    h.SetAttribute("N2LossRate", DoubleValue(0.1));
                    h.SetAttribute("N2Reliable", BooleanValue(reliable));
                    // An operator's tuning, so that a few losses in a row fit TNGRELOCprep
                    // (2 s): 100 + 200 + 400 + 800 ms.
                    h.SetAttribute("N2RtoInitial", TimeValue(MilliSeconds(100)));
                    h.SetAttribute("N2RtoMin", TimeValue(MilliSeconds(100)));
                },
                [&o, this](SrvccHelper&, SrvccStatsCollector& s)
                {
                    o.completed = CountResults(s, SrvccHandoverRecord::Result::kCompleted);
                    o.retransmissions = s.GetRetransmissions(SrvccInterface::kN2);
                    o.duplicates = s.GetDuplicates(SrvccInterface::kN2);
                    NS_TEST_EXPECT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kPending), 0,
                                          "every handover ended");
                },
                Seconds(20));
            return o;
        };
        const Outcome sctp = run(true);
        NS_TEST_EXPECT_MSG_EQ(sctp.completed, 100, "completion ratio 1");
        NS_TEST_EXPECT_MSG_GT(sctp.retransmissions, 10, "losses were recovered");
        NS_TEST_EXPECT_MSG_GT(sctp.duplicates, 0, "lost SACKs gave duplicates");
        const Outcome udp = run(false);
        NS_TEST_EXPECT_MSG_LT(udp.completed, 100, "without it, losses fail handovers");
        NS_TEST_EXPECT_MSG_EQ(udp.retransmissions, 0, "and nothing is repeated");
    }
};

/** NodeDown on the gNB while its Handover Required waits for a retransmission. */
class NodeDownTestCase : public TestCase
{
  public:
    NodeDownTestCase()
        : TestCase("NodeDown cancels the transport's timers and drops its outstanding messages")
    {
    }

  private:
    void
    Check(std::size_t expected, const char* when)
    {
        NS_TEST_EXPECT_MSG_EQ(m_gnb->GetTransport().GetOutstanding(SrvccInterface::kN2, 0),
                              expected, when);
    }

    void
    DoRun() override
    {
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        helper->Install(1, 2);
        helper->AssignStreams(0);
        SrvccStatsCollector stats;
        stats.Connect(*helper);
        Ptr<DropMatching> drop
            = DropAt(*helper, SrvccInterface::kN2, 1,
                     DataOf(SrvccInterface::kN2, SrvccMessageType::kN2HandoverRequired), 1);
        m_gnb = helper->GetGnb(0);
        helper->ScheduleHandover(0, Seconds(1));
        Simulator::Schedule(MilliSeconds(1400), &NodeDownTestCase::Check, this, 1,
                            "UE 0's Handover Required outstanding");
        Simulator::Schedule(MilliSeconds(1500), &SrvccNodeApplication::NodeDown, m_gnb);
        Simulator::Schedule(MilliSeconds(1550), &NodeDownTestCase::Check, this, 0,
                            "dropped by NodeDown");
        Simulator::Schedule(MilliSeconds(1600), &SrvccNodeApplication::NodeUp, m_gnb);
        helper->ScheduleHandover(1, MilliSeconds(2500));
        Simulator::Stop(Seconds(10));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(drop->GetDropped(), 1, "UE 0's Handover Required dropped once");
        NS_TEST_EXPECT_MSG_EQ(stats.GetRetransmissions(SrvccInterface::kN2), 0,
                              "its retransmission (due at 2 s) was cancelled");
        NS_TEST_EXPECT_MSG_EQ(m_gnb->GetTransport().GetOutstanding(), 0, "nothing outstanding");
        SRVCC_REQUIRE_EQ(stats.GetRecords().size(), 2, "two handovers");
        NS_TEST_EXPECT_MSG_EQ(
            (stats.GetRecords()[1].result == SrvccHandoverRecord::Result::kCompleted), true,
            "UE 1's, after the restart, completes: the AMF's receiver skips "
            "the TSN the gNB dropped");
        NS_TEST_EXPECT_MSG_EQ(
            (stats.GetRecords()[0].result == SrvccHandoverRecord::Result::kCompleted), false,
            "UE 0's does not");
        m_gnb = nullptr;
        Simulator::Destroy();
    }

    Ptr<SrvccGnbApplication> m_gnb;
};

/** Transport PDUs an attacker (faults.inject) puts on N2 and NR-Uu. */
class MalformedTransportTestCase : public TestCase
{
  public:
    MalformedTransportTestCase()
        : TestCase("malformed transport headers from the network: dropped with a decode error, "
                   "the handover completes")
    {
    }

  private:
    void
    DoRun() override
    {
        struct Injection
        {
            SrvccInterface iface;
            SrvccNodeRef from;
            SrvccNodeRef to;
            std::vector<uint8_t> octets;
            const char* reason;
        };

        const SrvccNodeRef gnb{SrvccRole::kGnb, 0};
        const SrvccNodeRef amf{SrvccRole::kAmf, 0};
        const SrvccNodeRef ue{SrvccRole::kUe, 0};
        const std::vector<Injection> injections = {
            {SrvccInterface::kN2, gnb, amf, {0xff}, "wrong_protocol"},
            // An NGAP-like message without the transport header.
            {SrvccInterface::kN2, gnb, amf, {0x01, 0x01, 0x00, 0x00}, "wrong_protocol"},
            {SrvccInterface::kN2, gnb, amf, {0x10, 0x00, 0x00}, "malformed"},
            {SrvccInterface::kN2, gnb, amf, {0x13, 0, 0, 0, 0, 0, 0, 0, 0, 0x00}, "malformed"},
            {SrvccInterface::kN2, gnb, amf, {0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}, "wrong_protocol"},
            // A TSN far beyond the AMF's receive window.
            {SrvccInterface::kN2, gnb, amf, {0x10, 0x40, 0, 0, 0, 0, 0, 0, 0, 0x01}, "malformed"},
            {SrvccInterface::kNrUu,
             gnb,
             ue,
             {0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0x02},
             "wrong_protocol"},
            {SrvccInterface::kNrUu, ue, gnb, {0x21, 0, 0}, "malformed"},
        };
        std::unique_ptr<SrvccFaultHelper> faults; // its events run during the simulation
        RunHandovers(
            srvcc::SrvccProfile::kTs33501, 1, nullptr,
            [&](SrvccHelper&, SrvccStatsCollector& s)
            {
                for (std::size_t i = 0; i < injections.size(); ++i)
                {
                    const SrvccInjectedOutcome* o = s.GetInjectedOutcome(static_cast<uint32_t>(i));
                    SRVCC_REQUIRE_NE(o, nullptr, "injection " << i << " reached its node");
                    NS_TEST_EXPECT_MSG_EQ(o->accepted, false, "injection " << i << " dropped");
                    NS_TEST_EXPECT_MSG_EQ(std::string(SrvccDecodeErrorKey(o->reason)),
                                          injections[i].reason, "injection " << i);
                }
                NS_TEST_EXPECT_MSG_EQ(
                    s.GetRejectedMessages(SrvccInterface::kN2, SrvccDecodeError::kWrongProtocol), 3,
                    "n2 wrong_protocol");
                NS_TEST_EXPECT_MSG_EQ(
                    s.GetRejectedMessages(SrvccInterface::kN2, SrvccDecodeError::kMalformed), 3,
                    "n2 malformed");
                NS_TEST_EXPECT_MSG_EQ(s.GetDecodeErrors(), injections.size(), "nothing else");
                NS_TEST_EXPECT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kCompleted), 1,
                                      "the handover completes");
                NS_TEST_EXPECT_MSG_EQ(s.GetRetransmissions(SrvccInterface::kN2), 0,
                                      "the association was not disturbed");
            },
            Seconds(10),
            [&injections, &faults](SrvccHelper& h)
            {
                faults = std::make_unique<SrvccFaultHelper>(Ptr<SrvccHelper>(&h));
                for (std::size_t i = 0; i < injections.size(); ++i)
                {
                    const Injection& j = injections[i];
                    faults->ScheduleInjection(j.iface, j.from, j.to, j.octets,
                                              MilliSeconds(500) + MilliSeconds(10 * i));
                }
            });
    }
};

class SrvccReliableTransportTestSuite : public TestSuite
{
  public:
    SrvccReliableTransportTestSuite() : TestSuite("srvcc-reliable-transport", UNIT)
    {
        AddTestCase(new RtoEstimatorTestCase, TestCase::QUICK);
        AddTestCase(new HeaderTestCase, TestCase::QUICK);
        AddTestCase(new GiveUpTestCase, TestCase::QUICK);
        AddTestCase(new AcknowledgementTestCase, TestCase::QUICK);
        AddTestCase(new ResetTestCase, TestCase::QUICK);
        AddTestCase(new LostMessageTestCase, TestCase::QUICK);
        AddTestCase(new TimerInterplayTestCase, TestCase::QUICK);
        AddTestCase(new RadioLinkFailureTestCase, TestCase::QUICK);
        AddTestCase(new ManyUesUnderLossTestCase, TestCase::QUICK);
        AddTestCase(new NodeDownTestCase, TestCase::QUICK);
        AddTestCase(new MalformedTransportTestCase, TestCase::QUICK);
    }
};

SrvccReliableTransportTestSuite g_srvccReliableTransportTestSuite;

} // namespace
