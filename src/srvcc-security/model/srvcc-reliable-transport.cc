/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-reliable-transport.h"

#include "ns3/log.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccReliableTransport");
NS_OBJECT_ENSURE_REGISTERED(SrvccTransportHeader);

namespace
{

/** a - b in serial number arithmetic (RFC 1982): positive when a is after b. */
int64_t
Ahead(uint32_t a, uint32_t b)
{
    return static_cast<int32_t>(a - b);
}

/** Compact a vector used as a queue once its consumed head is at least half of it. */
template<typename V>
void
Compact(V& v, std::size_t& head)
{
    if (head == v.size())
    {
        v.clear();
        head = 0;
    }
    else if (head >= 32 && head * 2 >= v.size())
    {
        v.erase(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(head));
        head = 0;
    }
}

} // namespace

const char*
SrvccTransportModeName(SrvccTransportMode mode)
{
    switch (mode)
    {
        case SrvccTransportMode::kNone:
            return "none";
        case SrvccTransportMode::kSctp:
            return "sctp";
        case SrvccTransportMode::kRlcAm:
            return "rlc-am";
    }
    return "unknown";
}

SrvccTransportConfig
SrvccDefaultTransportConfig(SrvccInterface iface)
{
    SrvccTransportConfig c;
    switch (iface)
    {
        case SrvccInterface::kN2: // NGAP over SCTP (TS 38.412 7)
        case SrvccInterface::kIu: // RANAP over SCTP in IP transport (TS 25.412 5.1)
            // RFC 9260 16 (RFC 4960 15 had RTO.Initial 3 s); Path.Max.Retrans 5 in both.
            c.mode = SrvccTransportMode::kSctp;
            c.rtoInitial = Seconds(1);
            c.rtoMin = Seconds(1);
            c.rtoMax = Seconds(60);
            c.pathMaxRetrans = 5;
            break;
        case SrvccInterface::kNrUu:
            // RRC on SRB1 over RLC AM; TS 38.331 9.2.1 default SRB configuration:
            // t-PollRetransmit ms45, maxRetxThreshold t8 (t-StatusProhibit ms0: STATUS at once).
            c.mode = SrvccTransportMode::kRlcAm;
            c.retransmitDelay = MilliSeconds(45);
            c.maxRetransmissions = 8;
            break;
        case SrvccInterface::kUtranUu:
            // The AM SRBs (RB2, RB3) of TS 25.331 13.7's default configurations, e.g. 13.7.19:
            // Timer_Poll 100 ms, MaxDAT 15 transmissions (TS 25.322 9.7.3), 14 retransmissions.
            c.mode = SrvccTransportMode::kRlcAm;
            c.retransmitDelay = MilliSeconds(100);
            c.maxRetransmissions = 14;
            break;
        case SrvccInterface::kN26:
        case SrvccInterface::kSv:
        case SrvccInterface::kAmfMsc:
            // GTPv2-C over UDP: its reliability is its own (T3-RESPONSE, N3-REQUESTS, TS 29.274
            // 7.6), in the applications.
            c.mode = SrvccTransportMode::kNone;
            break;
    }
    return c;
}

// ---- SrvccRtoEstimator -------------------------------------------------------------------

SrvccRtoEstimator::SrvccRtoEstimator(Time rtoInitial, Time rtoMin, Time rtoMax)
    : m_min(rtoMin), m_max(rtoMax), m_rto(Time(0)), m_srtt(Time(0)), m_rttvar(Time(0))
{
    m_rto = Bound(rtoInitial); // C1, within C6 and C7
}

Time
SrvccRtoEstimator::Bound(Time rto) const
{
    // C6: rounded up to RTO.Min; C7: a maximum of at least RTO.Max (here exactly RTO.Max).
    return std::min(std::max(rto, m_min), m_max);
}

void
SrvccRtoEstimator::Measure(Time r)
{
    const int64_t rNs = std::max<int64_t>(0, r.GetTimeStep());
    int64_t srtt = m_srtt.GetTimeStep();
    int64_t rttvar = m_rttvar.GetTimeStep();
    if (!m_measured)
    {
        // C2: SRTT <- R, RTTVAR <- R/2.
        srtt = rNs;
        rttvar = rNs / 2;
        m_measured = true;
    }
    else
    {
        // C3: RTTVAR <- (1 - RTO.Beta) RTTVAR + RTO.Beta |SRTT - R'| with the SRTT of before,
        // then SRTT <- (1 - RTO.Alpha) SRTT + RTO.Alpha R'; RTO.Alpha 1/8, RTO.Beta 1/4.
        const int64_t deviation = srtt > rNs ? srtt - rNs : rNs - srtt;
        rttvar = (3 * rttvar + deviation) / 4;
        srtt = (7 * srtt + rNs) / 8;
    }
    // G1: an RTTVAR of 0 becomes the clock granularity G, one time step of the simulator.
    if (rttvar == 0)
    {
        rttvar = 1;
    }
    m_srtt = TimeStep(srtt);
    m_rttvar = TimeStep(rttvar);
    // C3: RTO <- SRTT + 4 RTTVAR; C6, C7.
    m_rto = Bound(TimeStep(srtt + 4 * rttvar));
}

void
SrvccRtoEstimator::BackOff()
{
    // 6.3.3 E2: RTO <- RTO * 2, bounded by RTO.Max (C7).
    m_rto = std::min(m_rto + m_rto, m_max);
}

// ---- SrvccTransportHeader ----------------------------------------------------------------

TypeId
SrvccTransportHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccTransportHeader")
                            .SetParent<Header>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccTransportHeader>();
    return tid;
}

TypeId
SrvccTransportHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

SrvccTransportHeader::SrvccTransportHeader(SrvccTransportPduType type, uint32_t first,
                                           uint32_t second)
    : m_type(type), m_first(first), m_second(second)
{
}

uint32_t
SrvccTransportHeader::GetSerializedSize() const
{
    return kSrvccTransportHeaderSize;
}

void
SrvccTransportHeader::Serialize(Buffer::Iterator start) const
{
    start.WriteU8(static_cast<uint8_t>(m_type));
    start.WriteHtonU32(m_first);
    start.WriteHtonU32(m_second);
}

uint32_t
SrvccTransportHeader::Deserialize(Buffer::Iterator start)
{
    m_type = static_cast<SrvccTransportPduType>(start.ReadU8());
    m_first = start.ReadNtohU32();
    m_second = start.ReadNtohU32();
    return kSrvccTransportHeaderSize;
}

void
SrvccTransportHeader::Print(std::ostream& os) const
{
    switch (m_type)
    {
        case SrvccTransportPduType::kSctpData:
            os << "SCTP DATA TSN=" << m_first << " forward=" << m_second;
            return;
        case SrvccTransportPduType::kSctpSack:
            os << "SCTP SACK cumulative=" << m_first << " TSN=" << m_second;
            return;
        case SrvccTransportPduType::kRlcAmd:
            os << "RLC AMD PDU SN=" << m_first << " forward=" << m_second;
            return;
        case SrvccTransportPduType::kRlcStatus:
            os << "RLC STATUS PDU ACK_SN=" << m_first + 1 << " SN=" << m_second;
            return;
    }
    os << "transport PDU of unknown type " << unsigned{static_cast<uint8_t>(m_type)};
}

bool
SrvccTransportHeader::IsData() const
{
    return m_type == SrvccTransportPduType::kSctpData || m_type == SrvccTransportPduType::kRlcAmd;
}

bool
SrvccTransportHeader::Read(Ptr<const Packet> packet, SrvccTransportHeader& header,
                           SrvccDecodeError& reason, const char*& detail)
{
    // Checked on copied octets, never through a Buffer::Iterator past the end.
    uint8_t octets[kSrvccTransportHeaderSize];
    const uint32_t size = packet ? packet->GetSize() : 0;
    if (size == 0)
    {
        reason = SrvccDecodeError::kWrongProtocol;
        detail = "an empty datagram is no transport PDU";
        return false;
    }
    packet->CopyData(octets, std::min(size, kSrvccTransportHeaderSize));
    switch (static_cast<SrvccTransportPduType>(octets[0]))
    {
        case SrvccTransportPduType::kSctpData:
        case SrvccTransportPduType::kSctpSack:
        case SrvccTransportPduType::kRlcAmd:
        case SrvccTransportPduType::kRlcStatus:
            break;
        default:
            reason = SrvccDecodeError::kWrongProtocol;
            detail = "unknown transport PDU type (a message without the transport header?)";
            return false;
    }
    if (size < kSrvccTransportHeaderSize)
    {
        reason = SrvccDecodeError::kMalformed;
        detail = "transport header shorter than 9 octets";
        return false;
    }
    auto u32 = [&octets](std::size_t at)
    {
        return (uint32_t{octets[at]} << 24) | (uint32_t{octets[at + 1]} << 16)
               | (uint32_t{octets[at + 2]} << 8) | uint32_t{octets[at + 3]};
    };
    header.m_type = static_cast<SrvccTransportPduType>(octets[0]);
    header.m_first = u32(1);
    header.m_second = u32(5);
    if (!header.IsData() && size != kSrvccTransportHeaderSize)
    {
        reason = SrvccDecodeError::kMalformed;
        detail = "octets after a transport acknowledgement";
        return false;
    }
    return true;
}

// ---- SrvccReliableTransport --------------------------------------------------------------

SrvccReliableTransport::Association::Association(const SrvccTransportConfig& c)
    : config(c), rto(c.rtoInitial, c.rtoMin, c.rtoMax)
{
}

SrvccReliableTransport::SrvccReliableTransport(TransmitCallback transmit,
                                               MessageCallback retransmitted,
                                               MessageCallback gaveUp)
    : m_transmit(std::move(transmit))
    , m_retransmitted(std::move(retransmitted))
    , m_gaveUp(std::move(gaveUp))
{
    for (std::size_t i = 0; i < kSrvccInterfaceCount; ++i)
    {
        m_config[i].mode = SrvccTransportMode::kNone; // set by Configure (SrvccHelper)
    }
}

SrvccReliableTransport::~SrvccReliableTransport()
{
    // The timers' events hold a raw pointer to this object.
    Reset();
}

uint64_t
SrvccReliableTransport::Key(SrvccInterface iface, uint32_t peer)
{
    return (static_cast<uint64_t>(iface) << 32) | peer;
}

void
SrvccReliableTransport::Configure(SrvccInterface iface, const SrvccTransportConfig& config)
{
    m_config[static_cast<std::size_t>(iface)] = config;
}

const SrvccTransportConfig&
SrvccReliableTransport::GetConfig(SrvccInterface iface) const
{
    return m_config[static_cast<std::size_t>(iface)];
}

SrvccReliableTransport::Association&
SrvccReliableTransport::Open(SrvccInterface iface, uint32_t peer)
{
    const uint64_t key = Key(iface, peer);
    auto it = m_associations.find(key);
    if (it == m_associations.end())
    {
        it = m_associations.emplace(key, Association(GetConfig(iface))).first;
        it->second.iface = iface;
        it->second.peer = peer;
    }
    return it->second;
}

SrvccReliableTransport::Outstanding*
SrvccReliableTransport::Find(Association& a, uint32_t number)
{
    const int64_t offset = Ahead(number, a.base);
    if (offset < 0 || static_cast<std::size_t>(offset) >= a.window.size() - a.windowHead)
    {
        return nullptr;
    }
    Outstanding& o = a.window[a.windowHead + static_cast<std::size_t>(offset)];
    return o.message ? &o : nullptr;
}

void
SrvccReliableTransport::Send(SrvccInterface iface, uint32_t peer, Ptr<Packet> message,
                             SrvccMessageType type)
{
    Association& a = Open(iface, peer);
    const uint32_t number = a.nextNumber++;
    Outstanding o;
    o.message = message->Copy(); // kept for retransmission; what goes out are copies of it
    o.type = type;
    o.sent = Simulator::Now();
    a.window.push_back(std::move(o));
    ++m_outstanding;
    Transmit(a, number);
}

void
SrvccReliableTransport::Transmit(Association& a, uint32_t number)
{
    Outstanding* o = Find(a, number);
    const bool sctp = a.config.mode == SrvccTransportMode::kSctp;
    Ptr<Packet> pdu = o->message->Copy();
    pdu->AddHeader(SrvccTransportHeader(
        sctp ? SrvccTransportPduType::kSctpData : SrvccTransportPduType::kRlcAmd, number, a.base));
    // RFC 4960 6.3.2 R1 / TS 38.322 5.3.3.2: the timer starts with the transmission. One
    // timer per message: a message waits its own RTO, whatever else is outstanding.
    const Time timeout = sctp ? a.rto.GetRto() : a.config.retransmitDelay;
    // A member function event, not a lambda: ns-3.35 (the waf build) schedules no lambdas.
    o->timer = Simulator::Schedule(timeout, &SrvccReliableTransport::Expire, this,
                                   Key(a.iface, a.peer), number);
    m_transmit(a.iface, a.peer, pdu);
}

void
SrvccReliableTransport::Expire(uint64_t key, uint32_t number)
{
    const auto it = m_associations.find(key);
    if (it == m_associations.end())
    {
        return;
    }
    Association& a = it->second;
    Outstanding* o = Find(a, number);
    if (o == nullptr)
    {
        return;
    }
    const bool sctp = a.config.mode == SrvccTransportMode::kSctp;
    const uint32_t limit = sctp ? a.config.pathMaxRetrans : a.config.maxRetransmissions;
    const SrvccMessageType type = o->type;
    if (sctp)
    {
        a.rto.BackOff(); // RFC 4960 6.3.3 E2, on every expiry, before E3's retransmission
    }
    if (o->retransmissions >= limit)
    {
        // SCTP: this expiry makes the error count exceed Path.Max.Retrans (RFC 4960 8.2): the
        // path is inactive, the message lost. RLC: RETX_COUNT = maxRetxThreshold (TS 38.322
        // 5.3.2), indicated to RRC as radio link failure (TS 38.331 5.3.10.3).
        NS_LOG_WARN(SrvccTransportModeName(a.config.mode)
                    << " on " << ToString(a.iface) << " to peer " << a.peer << ": "
                    << SrvccMessageTypeName(type) << " (number " << number << ") given up after "
                    << o->retransmissions << " retransmissions");
        Settle(a, number);
        m_gaveUp(a.iface, a.peer, type);
        return;
    }
    ++o->retransmissions;
    NS_LOG_INFO(SrvccTransportModeName(a.config.mode)
                << " on " << ToString(a.iface) << " to peer " << a.peer << ": "
                << SrvccMessageTypeName(type) << " (number " << number << ") sent again ("
                << o->retransmissions << ")");
    m_retransmitted(a.iface, a.peer, type);
    Transmit(a, number);
}

void
SrvccReliableTransport::Settle(Association& a, uint32_t number)
{
    Outstanding* o = Find(a, number);
    if (o == nullptr)
    {
        return;
    }
    o->timer.Cancel();
    o->message = nullptr;
    --m_outstanding;
    PopSettled(a);
}

void
SrvccReliableTransport::PopSettled(Association& a)
{
    while (a.windowHead < a.window.size() && !a.window[a.windowHead].message)
    {
        ++a.windowHead;
        ++a.base;
    }
    Compact(a.window, a.windowHead);
}

SrvccTransportReceipt
SrvccReliableTransport::Receive(SrvccInterface iface, uint32_t peer, Ptr<Packet> pdu)
{
    SrvccTransportReceipt r;
    SrvccTransportHeader h;
    if (!SrvccTransportHeader::Read(pdu, h, r.reason, r.detail))
    {
        return r;
    }
    const bool sctp = GetConfig(iface).mode == SrvccTransportMode::kSctp;
    const bool sctpType = h.GetPduType() == SrvccTransportPduType::kSctpData
                          || h.GetPduType() == SrvccTransportPduType::kSctpSack;
    if (sctp != sctpType)
    {
        r.reason = SrvccDecodeError::kWrongProtocol;
        r.detail = sctp ? "an RLC PDU on an SCTP interface" : "an SCTP chunk on a radio leg";
        return r;
    }
    Association& a = Open(iface, peer);
    if (h.IsData())
    {
        return ReceiveData(a, h, pdu);
    }
    ReceiveAck(a, h);
    r.kind = SrvccTransportReceipt::Kind::kAck;
    return r;
}

void
SrvccReliableTransport::Advance(Association& a, uint32_t by)
{
    const std::size_t known = a.received.size() - a.receivedHead;
    if (by >= known)
    {
        a.received.clear();
        a.receivedHead = 0;
    }
    else
    {
        a.receivedHead += by;
    }
    a.cumulative += by;
    // Then past every number received in a row after it.
    while (a.receivedHead < a.received.size() && a.received[a.receivedHead])
    {
        ++a.receivedHead;
        ++a.cumulative;
    }
    Compact(a.received, a.receivedHead);
}

SrvccTransportReceipt
SrvccReliableTransport::ReceiveData(Association& a, const SrvccTransportHeader& h, Ptr<Packet> pdu)
{
    SrvccTransportReceipt r;
    const uint32_t number = h.GetFirst();
    const uint32_t forward = h.GetSecond();
    // A first DATA (or the first since Reset) synchronizes the receiver: all below its forward
    // point is settled. Nothing is changed before the checks pass, so a refused PDU (a forged
    // one, say) leaves the receiver as it was.
    const uint32_t cumulative = a.synchronized ? a.cumulative : forward - 1;
    // The sender retransmits nothing below its forward point: what is missing there was given
    // up (RFC 3758 3.6's FORWARD TSN handling, TS 38.322 5.1.2's re-establishment after RLF).
    // Both the move and the number must stay within the receive window.
    const int64_t skip = std::max<int64_t>(0, Ahead(forward - 1, cumulative));
    if (skip > static_cast<int64_t>(kReceiveWindow))
    {
        r.reason = SrvccDecodeError::kMalformed;
        r.detail = "transport forward point beyond the receive window";
        return r;
    }
    if (Ahead(number, cumulative + static_cast<uint32_t>(skip))
        > static_cast<int64_t>(kReceiveWindow))
    {
        r.reason = SrvccDecodeError::kMalformed;
        r.detail = "transport sequence number beyond the receive window";
        return r;
    }
    if (!a.synchronized)
    {
        a.synchronized = true;
        a.cumulative = cumulative;
        a.received.clear();
        a.receivedHead = 0;
    }
    if (skip > 0)
    {
        Advance(a, static_cast<uint32_t>(skip));
    }
    bool duplicate = true;
    const int64_t above = Ahead(number, a.cumulative); // 1: the next number expected
    if (above > 0)
    {
        const std::size_t i = a.receivedHead + static_cast<std::size_t>(above - 1);
        if (i >= a.received.size())
        {
            a.received.resize(i + 1, false);
        }
        duplicate = a.received[i];
        a.received[i] = true;
        Advance(a, 0);
    }
    // RFC 4960 6.2: a SACK for every DATA, at once for a duplicate; TS 38.322 5.3.4: a STATUS
    // PDU when polled (every AMD PDU here carries the poll, 5.3.3.2), t-StatusProhibit 0.
    Ptr<Packet> ack = Create<Packet>();
    ack->AddHeader(SrvccTransportHeader(a.config.mode == SrvccTransportMode::kSctp
                                            ? SrvccTransportPduType::kSctpSack
                                            : SrvccTransportPduType::kRlcStatus,
                                        a.cumulative, number));
    m_transmit(a.iface, a.peer, ack);
    pdu->RemoveAtStart(kSrvccTransportHeaderSize);
    r.message = pdu;
    r.kind = duplicate ? SrvccTransportReceipt::Kind::kDuplicate
                       : SrvccTransportReceipt::Kind::kDeliver;
    return r;
}

void
SrvccReliableTransport::ReceiveAck(Association& a, const SrvccTransportHeader& h)
{
    const uint32_t cumulative = h.GetFirst();
    const uint32_t answered = h.GetSecond();
    // RTT from the DATA this acknowledgement answers, if it was sent once (Karn, C5).
    if (a.config.mode == SrvccTransportMode::kSctp)
    {
        const Outstanding* o = Find(a, answered);
        if (o != nullptr && o->retransmissions == 0)
        {
            a.rto.Measure(Simulator::Now() - o->sent);
        }
    }
    // Everything up to the cumulative point (RFC 4960 6.2.1), then the number answered. A
    // point behind ours acknowledges nothing new. The window's first slot is always
    // outstanding, so each turn settles one message and moves base on.
    while (a.windowHead < a.window.size() && Ahead(cumulative, a.base) >= 0)
    {
        Settle(a, a.base);
    }
    Settle(a, answered);
}

void
SrvccReliableTransport::Reset()
{
    for (auto& [key, a] : m_associations)
    {
        for (std::size_t i = a.windowHead; i < a.window.size(); ++i)
        {
            a.window[i].timer.Cancel();
        }
        a.window.clear();
        a.windowHead = 0;
        a.base = a.nextNumber;
        a.synchronized = false;
        a.received.clear();
        a.receivedHead = 0;
        a.rto = SrvccRtoEstimator(a.config.rtoInitial, a.config.rtoMin, a.config.rtoMax);
    }
    m_outstanding = 0;
}

std::size_t
SrvccReliableTransport::GetOutstanding(SrvccInterface iface, uint32_t peer) const
{
    const auto it = m_associations.find(Key(iface, peer));
    if (it == m_associations.end())
    {
        return 0;
    }
    std::size_t n = 0;
    for (std::size_t i = it->second.windowHead; i < it->second.window.size(); ++i)
    {
        n += it->second.window[i].message ? 1 : 0;
    }
    return n;
}

const SrvccRtoEstimator*
SrvccReliableTransport::GetRtoEstimator(SrvccInterface iface, uint32_t peer) const
{
    const auto it = m_associations.find(Key(iface, peer));
    if (it == m_associations.end() || it->second.config.mode != SrvccTransportMode::kSctp)
    {
        return nullptr;
    }
    return &it->second.rto;
}

} // namespace ns3
