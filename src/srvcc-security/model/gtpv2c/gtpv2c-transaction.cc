/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-transaction.h"

#include "gtpv2c-header.h"
#include "gtpv2c-message.h"
#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "srvcc/secret-bytes.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccGtpv2cTransactions");

uint8_t
Gtpv2cResponseTypeOf(uint8_t type)
{
    // TS 29.280 Table 5.2.1 (Sv) and TS 29.274 Table 6.1-1 (N26, as S10): each request and
    // its triggered response.
    switch (type)
    {
        case Gtpv2cMessageType::kSrvccPsToCsRequest:
            return Gtpv2cMessageType::kSrvccPsToCsResponse;
        case Gtpv2cMessageType::kSrvccPsToCsCompleteNotification:
            return Gtpv2cMessageType::kSrvccPsToCsCompleteAcknowledge;
        case Gtpv2cMessageType::kSrvccPsToCsCancelNotification:
            return Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge;
        case Gtpv2cMessageType::kForwardRelocationRequest:
            return Gtpv2cMessageType::kForwardRelocationResponse;
        case Gtpv2cMessageType::kForwardRelocationCompleteNotification:
            return Gtpv2cMessageType::kForwardRelocationCompleteAcknowledge;
        case Gtpv2cMessageType::kRelocationCancelRequest:
            return Gtpv2cMessageType::kRelocationCancelResponse;
        default:
            return 0;
    }
}

bool
Gtpv2cIsResponse(uint8_t type)
{
    switch (type)
    {
        case Gtpv2cMessageType::kSrvccPsToCsResponse:
        case Gtpv2cMessageType::kSrvccPsToCsCompleteAcknowledge:
        case Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge:
        case Gtpv2cMessageType::kForwardRelocationResponse:
        case Gtpv2cMessageType::kForwardRelocationCompleteAcknowledge:
        case Gtpv2cMessageType::kRelocationCancelResponse:
            return true;
        default:
            return false;
    }
}

SrvccGtpv2cTransactions::SrvccGtpv2cTransactions(Node node) : m_node(std::move(node)) {}

SrvccGtpv2cTransactions::~SrvccGtpv2cTransactions()
{
    Clear();
}

void
SrvccGtpv2cTransactions::SetT3Response(Time t3)
{
    NS_ABORT_MSG_IF(!t3.IsStrictlyPositive(), "T3-RESPONSE must be > 0");
    m_t3 = t3;
}

Time
SrvccGtpv2cTransactions::GetT3Response() const
{
    return m_t3;
}

void
SrvccGtpv2cTransactions::SetN3Requests(uint32_t n3)
{
    m_n3 = n3;
}

uint32_t
SrvccGtpv2cTransactions::GetN3Requests() const
{
    return m_n3;
}

void
SrvccGtpv2cTransactions::SetDuplicateWindow(Time window)
{
    NS_ABORT_MSG_IF(window.IsStrictlyNegative(), "the duplicate window must be >= 0");
    m_window = window;
}

Time
SrvccGtpv2cTransactions::GetDuplicateWindow() const
{
    return m_window;
}

uint64_t
SrvccGtpv2cTransactions::Key(SrvccInterface iface, uint32_t peerId, uint32_t sequence)
{
    // TS 29.274 7.6: a sequence number is unique per outstanding request of one sender, so the
    // peer (an interface and a link) and the 24-bit number name a transaction.
    return (static_cast<uint64_t>(iface) << 56) | (static_cast<uint64_t>(peerId) << 24)
           | (sequence & SrvccGtpv2cHeader::kMaxSequenceNumber);
}

uint64_t
SrvccGtpv2cTransactions::Digest(Ptr<const Packet> packet)
{
    // FNV-1a over the octets: a retransmission repeats its request octet for octet. The copy
    // may hold keys (CK/IK in an SRVCC PS to CS Request): wiped at once.
    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    uint64_t h = 14695981039346656037ULL;
    for (uint8_t o : octets)
    {
        h = (h ^ o) * 1099511628211ULL;
    }
    Wipe(octets);
    return h ^ octets.size();
}

Ptr<Packet>
SrvccGtpv2cTransactions::ToPacket(const std::vector<uint8_t>& octets)
{
    return Create<Packet>(octets.data(), static_cast<uint32_t>(octets.size()));
}

std::vector<uint8_t>
SrvccGtpv2cTransactions::Encode(const SrvccGtpv2cMessage& message)
{
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    return octets;
}

void
SrvccGtpv2cTransactions::Wipe(std::vector<uint8_t>& octets)
{
    srvcc::SecureWipe(octets.data(), octets.size());
    octets.clear();
}

void
SrvccGtpv2cTransactions::SendRequest(SrvccInterface iface, uint32_t peerId,
                                     const SrvccGtpv2cMessage& request, uint32_t ueIndex)
{
    const uint8_t responseType = Gtpv2cResponseTypeOf(request.GetMessageType());
    NS_ABORT_MSG_IF(responseType == 0, request.GetMessageName()
                                           << " is not a request that expects a response");
    const uint64_t key = Key(iface, peerId, request.GetSequenceNumber());
    if (const auto old = m_sent.find(key); old != m_sent.end())
    {
        // The 24-bit number came round again within the memory of an old transaction.
        old->second.event.Cancel();
        m_waiting -= old->second.state == State::kWaiting ? 1 : 0;
        Wipe(old->second.octets);
        m_sent.erase(old);
    }
    Sent& sent = m_sent[key];
    sent.iface = iface;
    sent.peerId = peerId;
    sent.type = request.GetSrvccMessageType();
    sent.responseType = responseType;
    sent.ueIndex = ueIndex;
    sent.attempts = 1;
    sent.octets = Encode(request);
    // TS 29.274 7.6: T3-RESPONSE starts when the request is sent. A member function event:
    // ns-3.35 (the waf build) schedules no lambdas.
    sent.event = Simulator::Schedule(m_t3, &SrvccGtpv2cTransactions::OnT3, this, key);
    ++m_waiting;
    m_node.send(iface, peerId, ToPacket(sent.octets), sent.type, ueIndex);
}

void
SrvccGtpv2cTransactions::OnT3(uint64_t key)
{
    const auto it = m_sent.find(key);
    if (it == m_sent.end() || it->second.state != State::kWaiting)
    {
        return;
    }
    Sent& sent = it->second;
    if (sent.attempts > m_n3)
    {
        // TS 29.274 7.6: N3-REQUESTS exhausted. The procedure's own timer ends it, as when the
        // request was sent once (Relocation Response, Sv Response, ... timeouts).
        NS_LOG_INFO(SrvccMessageTypeName(sent.type)
                    << " on " << ToString(sent.iface) << " for UE " << sent.ueIndex
                    << ": no response after " << sent.attempts << " attempts, given up");
        --m_waiting;
        sent.state = State::kGaveUp;
        Wipe(sent.octets);
        Remember(key, sent);
        return;
    }
    ++sent.attempts;
    NS_LOG_INFO(SrvccMessageTypeName(sent.type)
                << " on " << ToString(sent.iface) << " for UE " << sent.ueIndex
                << ": T3-RESPONSE expired, attempt " << sent.attempts << " of " << m_n3 + 1);
    sent.event = Simulator::Schedule(m_t3, &SrvccGtpv2cTransactions::OnT3, this, key);
    // The same octets, the same sequence number (TS 29.274 7.6).
    const SrvccInterface iface = sent.iface;
    const SrvccMessageType type = sent.type;
    m_node.retransmitted(iface, type);
    m_node.send(iface, sent.peerId, ToPacket(sent.octets), type, sent.ueIndex);
}

void
SrvccGtpv2cTransactions::Remember(uint64_t key, Sent& sent)
{
    sent.event.Cancel();
    if (m_window.IsStrictlyPositive())
    {
        sent.event = Simulator::Schedule(m_window, &SrvccGtpv2cTransactions::ForgetSent, this, key);
    }
    else
    {
        Wipe(sent.octets);
        m_sent.erase(key);
    }
}

void
SrvccGtpv2cTransactions::ForgetSent(uint64_t key)
{
    const auto it = m_sent.find(key);
    if (it == m_sent.end())
    {
        return;
    }
    m_waiting -= it->second.state == State::kWaiting ? 1 : 0;
    Wipe(it->second.octets);
    m_sent.erase(it);
}

void
SrvccGtpv2cTransactions::StopRequest(SrvccInterface iface, uint32_t peerId, uint32_t sequence)
{
    const uint64_t key = Key(iface, peerId, sequence);
    const auto it = m_sent.find(key);
    if (it == m_sent.end() || it->second.state != State::kWaiting)
    {
        return;
    }
    NS_LOG_INFO(SrvccMessageTypeName(it->second.type)
                << " on " << ToString(iface) << " for UE " << it->second.ueIndex
                << ": the procedure ended, no more retransmissions");
    --m_waiting;
    it->second.state = State::kGaveUp;
    Wipe(it->second.octets);
    Remember(key, it->second);
}

void
SrvccGtpv2cTransactions::SendResponse(SrvccInterface iface, uint32_t peerId,
                                      const SrvccGtpv2cMessage& response, uint32_t ueIndex)
{
    std::vector<uint8_t> octets = Encode(response);
    const SrvccMessageType type = response.GetSrvccMessageType();
    m_node.send(iface, peerId, ToPacket(octets), type, ueIndex);
    const uint64_t key = Key(iface, peerId, response.GetSequenceNumber());
    const auto it = m_received.find(key);
    const bool cache = !(m_handlingUnrecorded && key == m_unrecordedKey) && it != m_received.end()
                       && !it->second.answered
                       && Gtpv2cResponseTypeOf(it->second.requestType) == response.GetMessageType();
    if (!cache)
    {
        Wipe(octets);
        return;
    }
    // TS 29.274 7.6: a duplicate of this request gets this response again.
    it->second.answered = true;
    it->second.responseType = type;
    it->second.ueIndex = ueIndex;
    it->second.response = std::move(octets);
}

void
SrvccGtpv2cTransactions::ForgetReceived(uint64_t key)
{
    const auto it = m_received.find(key);
    if (it != m_received.end())
    {
        Wipe(it->second.response);
        m_received.erase(it);
    }
}

void
SrvccGtpv2cTransactions::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                                 const std::function<void()>& handle)
{
    SrvccGtpv2cHeader header;
    try
    {
        packet->PeekHeader(header);
    }
    catch (const std::exception&)
    {
        handle(); // not GTPv2-C, or a broken header: the procedure's decoder reports it
        return;
    }
    const uint8_t type = header.GetMessageType();
    const uint64_t key = Key(iface, peerId, header.GetSequenceNumber());
    if (Gtpv2cIsResponse(type))
    {
        const uint64_t digest = Digest(packet);
        auto it = m_sent.find(key);
        if (it != m_sent.end() && it->second.state == State::kAnswered
            && it->second.responseDigest == digest)
        {
            // TS 29.274 7.6: duplicated responses are discarded (the peer answered a
            // retransmission whose first copy it had answered already).
            NS_LOG_INFO("duplicate " << Gtpv2cMessageType::Name(type) << " on " << ToString(iface)
                                     << " (sequence " << header.GetSequenceNumber() << ") dropped");
            return;
        }
        const bool matches = it != m_sent.end() && it->second.state != State::kAnswered
                             && it->second.responseType == type;
        const uint64_t dropped = m_node.dropped();
        handle();
        if (!matches || m_node.dropped() != dropped)
        {
            return; // not this transaction's, or the node dropped it: T3-RESPONSE goes on
        }
        it = m_sent.find(key); // the procedure may have stopped it meanwhile
        if (it == m_sent.end() || it->second.state == State::kAnswered)
        {
            return;
        }
        m_waiting -= it->second.state == State::kWaiting ? 1 : 0;
        it->second.state = State::kAnswered;
        it->second.responseDigest = digest;
        Wipe(it->second.octets);
        Remember(key, it->second);
        return;
    }
    SrvccMessageType requestType{};
    if (Gtpv2cResponseTypeOf(type) == 0
        || !Gtpv2cMessageType::ToSrvccMessageType(type, requestType))
    {
        handle(); // a type this module does not use: the procedure refuses it
        return;
    }
    const uint64_t digest = Digest(packet);
    const auto it = m_received.find(key);
    if (it != m_received.end())
    {
        if (it->second.digest == digest)
        {
            // TS 29.274 7.6: a retransmitted request is not processed again; the response
            // already sent is sent again, or, while the request is still being processed, the
            // copy is dropped (the response will come).
            m_node.duplicate(iface, requestType);
            if (it->second.answered)
            {
                NS_LOG_INFO("duplicate " << Gtpv2cMessageType::Name(type) << " on "
                                         << ToString(iface) << " for UE " << it->second.ueIndex
                                         << ": its response is sent again");
                m_node.send(iface, peerId, ToPacket(it->second.response), it->second.responseType,
                            it->second.ueIndex);
            }
            else
            {
                NS_LOG_INFO("duplicate " << Gtpv2cMessageType::Name(type) << " on "
                                         << ToString(iface) << " (sequence "
                                         << header.GetSequenceNumber()
                                         << ") dropped: still being processed");
            }
            return;
        }
        // The number of a request still remembered, with other octets: no retransmission of
        // it. The procedure judges it like any request; it is not remembered, and what is
        // answered to it is not taken for the first request's response.
        NS_LOG_INFO(Gtpv2cMessageType::Name(type)
                    << " on " << ToString(iface) << " reuses sequence "
                    << header.GetSequenceNumber() << " with other octets");
        struct Reset
        {
            bool& flag;

            ~Reset()
            {
                flag = false;
            }
        } reset{m_handlingUnrecorded};
        m_handlingUnrecorded = true;
        m_unrecordedKey = key;
        handle();
        return;
    }
    if (m_window.IsStrictlyPositive())
    {
        Received& r = m_received[key];
        r.digest = digest;
        r.requestType = type;
        r.expiry
            = Simulator::Schedule(m_window, &SrvccGtpv2cTransactions::ForgetReceived, this, key);
    }
    const uint64_t dropped = m_node.dropped();
    bool refused = true;
    try
    {
        handle();
        refused = m_node.dropped() != dropped;
    }
    catch (...)
    {
        ForgetUnanswered(key, digest);
        throw;
    }
    if (refused)
    {
        // Dropped without an answer: as if it never arrived, so a copy is processed again.
        ForgetUnanswered(key, digest);
    }
}

void
SrvccGtpv2cTransactions::ForgetUnanswered(uint64_t key, uint64_t digest)
{
    const auto it = m_received.find(key);
    if (it != m_received.end() && !it->second.answered && it->second.digest == digest)
    {
        it->second.expiry.Cancel();
        m_received.erase(it);
    }
}

void
SrvccGtpv2cTransactions::Clear()
{
    for (auto& [key, sent] : m_sent)
    {
        sent.event.Cancel();
        Wipe(sent.octets);
    }
    m_sent.clear();
    m_waiting = 0;
    for (auto& [key, received] : m_received)
    {
        received.expiry.Cancel();
        Wipe(received.response);
    }
    m_received.clear();
}

std::size_t
SrvccGtpv2cTransactions::GetOutstandingCount() const
{
    return m_waiting;
}

std::size_t
SrvccGtpv2cTransactions::GetEntryCount() const
{
    return m_sent.size() + m_received.size();
}

} // namespace ns3
