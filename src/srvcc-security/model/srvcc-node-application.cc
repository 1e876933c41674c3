/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-node-application.h"

#include "ns3/boolean.h"
#include "ns3/gtpv2c-message.h"
#include "ns3/inet-socket-address.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/trace-source-accessor.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"
#include "srvcc-injected-tag.h"
#include "srvcc-message-classifier.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccNodeApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccNodeApplication);

namespace
{

uint64_t
PeerSlot(SrvccInterface iface, uint32_t peerId)
{
    return (static_cast<uint64_t>(iface) << 32) | peerId;
}

} // namespace

TypeId
SrvccNodeApplication::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccNodeApplication")
              .SetParent<Application>()
              .SetGroupName("SrvccSecurity")
              .AddTraceSource(
                  "MessageSent",
                  "A message was sent: interface, message type, UE index, IMSI, packet.",
                  MakeTraceSourceAccessor(&SrvccNodeApplication::m_messageSentTrace),
                  "ns3::SrvccNodeApplication::MessageTracedCallback")
              .AddTraceSource(
                  "MessageReceived",
                  "A message was received and decoded: interface, message type, UE "
                  "index, IMSI, packet.",
                  MakeTraceSourceAccessor(&SrvccNodeApplication::m_messageReceivedTrace),
                  "ns3::SrvccNodeApplication::MessageTracedCallback")
              .AddTraceSource(
                  "KeyDerived",
                  "A key was derived: UE index, IMSI, derivation step (key and clause).",
                  MakeTraceSourceAccessor(&SrvccNodeApplication::m_keyDerivedTrace),
                  "ns3::SrvccNodeApplication::KeyDerivedTracedCallback")
              .AddTraceSource("ContextCreated",
                              "A security context was created: UE index, IMSI, context kind.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_contextCreatedTrace),
                              "ns3::SrvccNodeApplication::ContextTracedCallback")
              .AddTraceSource("ContextDeleted",
                              "A security context was deleted and its keys wiped: UE index, "
                              "IMSI, context kind.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_contextDeletedTrace),
                              "ns3::SrvccNodeApplication::ContextTracedCallback")
              .AddTraceSource("HandoverFailed",
                              "This node ended a UE's handover without success: UE index, IMSI, "
                              "cause, 3GPP cause value.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_handoverFailedTrace),
                              "ns3::SrvccNodeApplication::HandoverFailedTracedCallback")
              .AddTraceSource("DecodeError", "A received message was dropped: interface, reason.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_decodeErrorTrace),
                              "ns3::SrvccNodeApplication::DecodeErrorTracedCallback")
              .AddTraceSource("NodeState", "The node went down (false) or came up again (true).",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_nodeStateTrace),
                              "ns3::SrvccNodeApplication::NodeStateTracedCallback")
              .AddTraceSource(
                  "InjectedHandled",
                  "What the node did with an injected or fuzzed message: interface, tag id, "
                  "accepted, the message it was taken as, or why it was dropped.",
                  MakeTraceSourceAccessor(&SrvccNodeApplication::m_injectedHandledTrace),
                  "ns3::SrvccNodeApplication::InjectedHandledTracedCallback")
              .AddTraceSource("Queueing",
                              "A message arrived and was queued for processing: interface, "
                              "message type, waiting time, processing time.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_queueingTrace),
                              "ns3::SrvccNodeApplication::QueueingTracedCallback")
              .AddTraceSource("Retransmission",
                              "A message was sent again because its acknowledgement or response "
                              "did not come in time (GTPv2-C T3-RESPONSE, an SCTP RTO, an RLC "
                              "poll): interface, message type.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_retransmissionTrace),
                              "ns3::SrvccNodeApplication::MessageTypeTracedCallback")
              .AddTraceSource("DuplicateReceived",
                              "A message arrived that the node had received before (a "
                              "retransmission whose first copy arrived): it answers it again, if "
                              "it answered, without repeating the procedure: interface, message "
                              "type.",
                              MakeTraceSourceAccessor(&SrvccNodeApplication::m_duplicateTrace),
                              "ns3::SrvccNodeApplication::MessageTypeTracedCallback")
              .AddTraceSource(
                  "TransportGaveUp",
                  "The transport gave a message up after its last retransmission (SCTP: "
                  "Path.Max.Retrans exceeded, RFC 4960 8.2; RLC AM: maxRetxThreshold reached, "
                  "radio link failure, TS 38.322 5.3.2): interface, message type. The "
                  "procedures' own timers decide what follows.",
                  MakeTraceSourceAccessor(&SrvccNodeApplication::m_transportGaveUpTrace),
                  "ns3::SrvccNodeApplication::MessageTypeTracedCallback");
    return tid;
}

template<std::size_t... I>
void
SrvccNodeApplication::AddMessageProcessingAttributes(TypeId& tid,
                                                     std::initializer_list<SrvccLinkSide> sides,
                                                     std::index_sequence<I...>)
{
    // One Attribute per message the role receives (it travels towards the role's end of one
    // of its interfaces), named after the message: e.g. SrvccPsToCsRequestProcessingTime.
    auto add = [&tid, sides](SrvccMessageType type, auto setter, auto getter)
    {
        bool received = false;
        for (const SrvccLinkSide& side : sides)
        {
            received = received || SrvccReceivesMessage(type, side);
        }
        if (!received)
        {
            return;
        }
        const std::string name = std::string(SrvccMessageTypeKey(type)) + "ProcessingTime";
        tid.AddAttribute(name.c_str(),
                         std::string("Processing time of one ") + SrvccMessageTypeName(type)
                             + ", a random variable in microseconds (unset: ProcessingTime).",
                         PointerValue(), MakePointerAccessor(setter, getter),
                         MakePointerChecker<RandomVariableStream>());
    };
    (add(static_cast<SrvccMessageType>(I),
         &SrvccNodeApplication::SetMessageProcessingTimeOf<static_cast<SrvccMessageType>(I)>,
         &SrvccNodeApplication::GetMessageProcessingTimeOf<static_cast<SrvccMessageType>(I)>),
     ...);
}

TypeId
SrvccNodeApplication::MakeRoleTypeId(const std::string& name,
                                     std::initializer_list<SrvccLinkSide> sides)
{
    // Declared on every role's TypeId, not on this parent: Config::SetDefault and the command
    // line (--ns3::SrvccAmfApplication::ProcessingDelay=200us) look at the named TypeId's own
    // Attributes only, and each role can then have defaults of its own. (c_str(): ns-3.35,
    // the waf build, has TypeId(const char*) only.)
    TypeId tid
        = TypeId(name.c_str())
              .SetParent<SrvccNodeApplication>()
              .SetGroupName("SrvccSecurity")
              .AddAttribute("ProcessingDelay",
                            "Time this node spends handling one received message (when neither "
                            "ProcessingTime nor the message's <Message>ProcessingTime is set).",
                            TimeValue(MicroSeconds(100)),
                            MakeTimeAccessor(&SrvccNodeApplication::m_processingDelay),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("ProcessingTime",
                            "Processing time of one received message, a random variable in "
                            "microseconds drawn when the message arrives, e.g. "
                            "ns3::ExponentialRandomVariable[Mean=100] (unset: ProcessingDelay). "
                            "Negative draws count as 0.",
                            PointerValue(),
                            MakePointerAccessor(&SrvccNodeApplication::m_processingTime),
                            MakePointerChecker<RandomVariableStream>())
              .AddAttribute("Workers",
                            "Messages this node processes at the same time: a first-come "
                            "first-served queue in front of this many identical workers (with "
                            "SerialProcessing true).",
                            UintegerValue(1),
                            MakeUintegerAccessor(&SrvccNodeApplication::SetWorkers,
                                                 &SrvccNodeApplication::GetWorkers),
                            MakeUintegerChecker<uint32_t>(1))
              .AddAttribute("KeyDerivationDelay",
                            "Time this node spends on one key derivation step (on top of the "
                            "message handling).",
                            TimeValue(MicroSeconds(50)),
                            MakeTimeAccessor(&SrvccNodeApplication::m_keyDerivationDelay),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("SerialProcessing",
                            "Queue messages for the node's Workers in arrival order (true: load "
                            "shows as queueing delay), or handle every message at once, with no "
                            "queue (false).",
                            BooleanValue(true),
                            MakeBooleanAccessor(&SrvccNodeApplication::SetSerialProcessing,
                                                &SrvccNodeApplication::GetSerialProcessing),
                            MakeBooleanChecker());
    AddMessageProcessingAttributes(tid, sides, std::make_index_sequence<kSrvccMessageTypeCount>());
    return tid;
}

void
SrvccNodeApplication::SetWorkers(uint32_t workers)
{
    m_workers = workers;
    ApplyWorkers();
}

void
SrvccNodeApplication::ApplyWorkers()
{
    // SerialProcessing false: no queue at all (unlimited servers), whatever Workers says.
    m_queue.SetWorkers(m_serialProcessing ? m_workers : 0);
}

uint32_t
SrvccNodeApplication::GetWorkers() const
{
    return m_workers;
}

void
SrvccNodeApplication::SetSerialProcessing(bool serial)
{
    m_serialProcessing = serial;
    ApplyWorkers();
}

bool
SrvccNodeApplication::GetSerialProcessing() const
{
    return m_serialProcessing;
}

void
SrvccNodeApplication::SetMessageProcessingTime(SrvccMessageType type,
                                               Ptr<RandomVariableStream> microseconds)
{
    for (auto it = m_perMessage.begin(); it != m_perMessage.end(); ++it)
    {
        if (it->first == type)
        {
            if (microseconds)
            {
                it->second = microseconds;
            }
            else
            {
                m_perMessage.erase(it);
            }
            return;
        }
    }
    if (microseconds)
    {
        m_perMessage.emplace_back(type, microseconds);
    }
}

Ptr<RandomVariableStream>
SrvccNodeApplication::GetMessageProcessingTime(SrvccMessageType type) const
{
    for (const auto& [t, rv] : m_perMessage)
    {
        if (t == type)
        {
            return rv;
        }
    }
    return nullptr;
}

void
SrvccNodeApplication::NotifyRetransmission(SrvccInterface iface, SrvccMessageType type)
{
    m_retransmissionTrace(iface, type);
}

void
SrvccNodeApplication::NotifyDuplicate(SrvccInterface iface, SrvccMessageType type)
{
    m_duplicateTrace(iface, type);
}

uint32_t
SrvccNodeApplication::CountWaiting(SrvccMessageType type, Time now, Time start)
{
    std::deque<Time>* starts = nullptr;
    for (auto& [t, q] : m_waiting)
    {
        if (t == type)
        {
            starts = &q;
            break;
        }
    }
    if (starts == nullptr)
    {
        if (start <= now)
        {
            return 0; // none of this type waited before, and this one does not wait
        }
        starts = &m_waiting.emplace_back(type, std::deque<Time>()).second;
    }
    while (!starts->empty() && starts->front() <= now)
    {
        starts->pop_front(); // started by now
    }
    const auto ahead = static_cast<uint32_t>(starts->size());
    if (start > now)
    {
        starts->push_back(start);
    }
    return ahead;
}

Time
SrvccNodeApplication::DrawProcessingTime(std::optional<SrvccMessageType> type)
{
    Ptr<RandomVariableStream> rv = m_processingTime;
    if (type && !m_perMessage.empty())
    {
        if (Ptr<RandomVariableStream> own = GetMessageProcessingTime(*type))
        {
            rv = own;
        }
    }
    if (!rv)
    {
        return m_processingDelay;
    }
    return MicroSeconds(std::max(0.0, rv->GetValue()));
}

int64_t
SrvccNodeApplication::AssignProcessingStreams(int64_t stream, std::vector<const void*>& assigned)
{
    // A random variable given as an Attribute default or through the helper's factory is one
    // object shared by every node of the role: it gets one stream, from the first node.
    int64_t used = 0;
    auto assign = [&](const Ptr<RandomVariableStream>& rv)
    {
        if (!rv || std::find(assigned.begin(), assigned.end(), PeekPointer(rv)) != assigned.end())
        {
            return;
        }
        assigned.push_back(PeekPointer(rv));
        rv->SetStream(stream + used);
        ++used;
    };
    assign(m_processingTime);
    for (const auto& [type, rv] : m_perMessage)
    {
        assign(rv);
    }
    return used;
}

SrvccNodeApplication::SrvccNodeApplication(const char* logComponent)
    : NS_LOG_TEMPLATE_DEFINE(logComponent)
    , m_transport(
          [this](SrvccInterface iface, uint32_t peer, Ptr<Packet> pdu)
          {
              TransmitPdu(iface, peer, pdu);
          },
          [this](SrvccInterface iface, uint32_t, SrvccMessageType type)
          {
              NotifyRetransmission(iface, type);
          },
          [this](SrvccInterface iface, uint32_t peer, SrvccMessageType type)
          {
              OnTransportGaveUp(iface, peer, type);
          })
{
}

SrvccNodeApplication::~SrvccNodeApplication() = default;

void
SrvccNodeApplication::AddPeer(SrvccInterface iface, uint32_t peerId, Ipv4Address address)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << address);
    m_peerAddress[PeerSlot(iface, peerId)] = address;
    m_peerByAddress[address.Get()] = PeerKey{iface, peerId};
    m_socketByPort.emplace(SrvccPort(iface), nullptr); // opened in StartApplication
}

void
SrvccNodeApplication::SetTransportConfig(SrvccInterface iface, const SrvccTransportConfig& config)
{
    m_transport.Configure(iface, config);
}

const SrvccTransportConfig&
SrvccNodeApplication::GetTransportConfig(SrvccInterface iface) const
{
    return m_transport.GetConfig(iface);
}

void
SrvccNodeApplication::SetLocalAddress(SrvccInterface iface, Ipv4Address address)
{
    m_localAddress[static_cast<uint8_t>(iface)] = address;
}

Ipv4Address
SrvccNodeApplication::GetLocalAddress(SrvccInterface iface) const
{
    const auto it = m_localAddress.find(static_cast<uint8_t>(iface));
    NS_ABORT_MSG_IF(it == m_localAddress.end(),
                    "node " << GetNode()->GetId() << " has no address on " << ToString(iface));
    return it->second;
}

void
SrvccNodeApplication::StartApplication()
{
    NS_LOG_FUNCTION(this);
    m_running = true;
    for (auto& [port, socket] : m_socketByPort)
    {
        if (socket)
        {
            continue;
        }
        socket = Socket::CreateSocket(GetNode(), UdpSocketFactory::GetTypeId());
        if (socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), port)) != 0)
        {
            NS_FATAL_ERROR("node " << GetNode()->GetId() << ": cannot bind UDP port " << port);
        }
        socket->SetRecvCallback(MakeCallback(&SrvccNodeApplication::HandleRead, this));
    }
}

void
SrvccNodeApplication::StopApplication()
{
    NS_LOG_FUNCTION(this);
    m_running = false;
    m_transport.Reset(); // a stopped node retransmits nothing
    for (auto& [port, socket] : m_socketByPort)
    {
        if (socket)
        {
            socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
            socket->Close();
            socket = nullptr;
        }
    }
}

void
SrvccNodeApplication::DoDispose()
{
    NS_LOG_FUNCTION(this);
    StopApplication();
    m_gtpv2c.reset(); // timers cancelled, stored octets wiped
    m_socketByPort.clear();
    Application::DoDispose();
}

void
SrvccNodeApplication::Send(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                           SrvccMessageType type, uint32_t ueIndex)
{
    const auto peer = m_peerAddress.find(PeerSlot(iface, peerId));
    if (peer == m_peerAddress.end())
    {
        // Only a received message can name a peer that does not exist (a target RNC id, ...).
        ReportDecodeError(iface, SrvccDecodeError::kUnknownPeer, SrvccMessageTypeName(type));
        return;
    }
    const auto socket = m_socketByPort.find(SrvccPort(iface));
    if (!m_running || socket == m_socketByPort.end() || !socket->second)
    {
        // Stopped (Application::StopTime): events already queued still run; they send nothing.
        NS_LOG_INFO("node " << GetNode()->GetId() << " is stopped: " << SrvccMessageTypeName(type)
                            << " on " << ToString(iface) << " not sent");
        return;
    }
    if (!m_up)
    {
        NS_LOG_INFO("node " << GetNode()->GetId() << " is down: " << SrvccMessageTypeName(type)
                            << " on " << ToString(iface) << " not sent");
        return;
    }
    NS_LOG_INFO("node " << GetNode()->GetId() << " sends " << SrvccMessageTypeName(type) << " on "
                        << ToString(iface) << " for UE " << ueIndex << " (" << packet->GetSize()
                        << " octets)");
    m_messageSentTrace(iface, type, ueIndex, SrvccImsiNumber(ueIndex), packet);
    if (!m_mutators.empty())
    {
        // faults.fuzz: MessageSent showed the message the node meant to send; the wire (and the
        // pcap) carries what the mutator made of it.
        const auto mutator = m_mutators.find(static_cast<uint8_t>(iface));
        if (mutator != m_mutators.end())
        {
            packet = mutator->second(packet);
        }
    }
    if (m_transport.IsReliable(iface))
    {
        // Framed (the mutated message, if fuzzed: the transport header is not fuzzed) and
        // kept for retransmission; the transport sends it through TransmitPdu.
        m_transport.Send(iface, peerId, packet, type);
        return;
    }
    socket->second->SendTo(packet, 0, InetSocketAddress(peer->second, SrvccPort(iface)));
}

void
SrvccNodeApplication::TransmitPdu(SrvccInterface iface, uint32_t peerId, Ptr<Packet> pdu)
{
    const auto peer = m_peerAddress.find(PeerSlot(iface, peerId));
    const auto socket = m_socketByPort.find(SrvccPort(iface));
    if (peer == m_peerAddress.end() || !m_running || !m_up || socket == m_socketByPort.end()
        || !socket->second)
    {
        return; // a down or stopped node is silent (its transport was reset)
    }
    socket->second->SendTo(pdu, 0, InetSocketAddress(peer->second, SrvccPort(iface)));
}

void
SrvccNodeApplication::OnTransportGaveUp(SrvccInterface iface, uint32_t peerId,
                                        SrvccMessageType type)
{
    NS_LOG_INFO("node " << GetNode()->GetId() << ": " << SrvccMessageTypeName(type) << " on "
                        << ToString(iface) << " to peer " << peerId
                        << " given up by the transport ("
                        << SrvccTransportModeName(m_transport.GetConfig(iface).mode) << ")");
    m_transportGaveUpTrace(iface, type);
}

bool
SrvccNodeApplication::InjectToPeer(SrvccInterface iface, uint32_t peerId, Ptr<Packet> payload)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << payload);
    const auto peer = m_peerAddress.find(PeerSlot(iface, peerId));
    const auto socket = m_socketByPort.find(SrvccPort(iface));
    if (peer == m_peerAddress.end() || !m_running || !m_up || socket == m_socketByPort.end()
        || !socket->second)
    {
        NS_LOG_WARN("node " << GetNode()->GetId() << ": injection on " << ToString(iface)
                            << " not sent (no such peer, or the node is stopped or down)");
        return false;
    }
    NS_LOG_INFO("node " << GetNode()->GetId() << " injects " << payload->GetSize() << " octets on "
                        << ToString(iface) << " towards peer " << peerId);
    socket->second->SendTo(payload, 0, InetSocketAddress(peer->second, SrvccPort(iface)));
    return true;
}

void
SrvccNodeApplication::SetOutboundMutator(SrvccInterface iface,
                                         std::function<Ptr<Packet>(Ptr<Packet>)> mutator)
{
    if (mutator)
    {
        m_mutators[static_cast<uint8_t>(iface)] = std::move(mutator);
    }
    else
    {
        m_mutators.erase(static_cast<uint8_t>(iface));
    }
}

std::optional<uint32_t>
SrvccNodeApplication::FindPeer(SrvccInterface iface, Ptr<const Node> node) const
{
    // Set-up time only (faults.inject): a walk over this node's peers is fine here.
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    if (!ipv4)
    {
        return std::nullopt;
    }
    for (const auto& [address, key] : m_peerByAddress)
    {
        if (key.iface == iface && ipv4->GetInterfaceForAddress(Ipv4Address(address)) >= 0)
        {
            return key.peerId;
        }
    }
    return std::nullopt;
}

std::vector<uint32_t>
SrvccNodeApplication::GetPeerIds(SrvccInterface iface) const
{
    std::vector<uint32_t> ids;
    for (const auto& [address, key] : m_peerByAddress)
    {
        if (key.iface == iface)
        {
            ids.push_back(key.peerId);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void
SrvccNodeApplication::NodeDown()
{
    NS_LOG_FUNCTION(this);
    if (!m_up)
    {
        return;
    }
    NS_LOG_INFO("node " << GetNode()->GetId()
                        << " goes down: timers cancelled, volatile "
                           "contexts deleted");
    m_up = false;
    ++m_epoch; // what was queued (deliveries, derivation steps) is abandoned
    m_queue.Reset(Simulator::Now());
    m_waiting.clear();
    m_transport.Reset(); // retransmission timers cancelled, outstanding messages dropped
    if (m_gtpv2c)
    {
        m_gtpv2c->Clear(); // T3-RESPONSE timers cancelled, stored requests and responses wiped
    }
    DoNodeDown();
    m_nodeStateTrace(false);
}

void
SrvccNodeApplication::NodeUp()
{
    NS_LOG_FUNCTION(this);
    if (m_up)
    {
        return;
    }
    NS_LOG_INFO("node " << GetNode()->GetId() << " comes up again");
    m_up = true;
    m_nodeStateTrace(true);
}

void
SrvccNodeApplication::DoNodeDown()
{
}

bool
SrvccNodeApplication::HasPeer(SrvccInterface iface, uint32_t peerId) const
{
    return m_peerAddress.count(PeerSlot(iface, peerId)) != 0;
}

void
SrvccNodeApplication::HandleRead(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        const Ipv4Address source = InetSocketAddress::ConvertFrom(from).GetIpv4();
        const auto peer = m_peerByAddress.find(source.Get());
        if (peer == m_peerByAddress.end())
        {
            NS_LOG_WARN("node " << GetNode()->GetId() << ": packet from unknown peer " << source);
            continue;
        }
        const PeerKey key = peer->second;
        if (!m_up)
        {
            BeginInjected(key.iface, packet);
            ReportDecodeError(key.iface, SrvccDecodeError::kNodeDown, "the node is down");
            FinishInjected();
            continue;
        }
        if (m_transport.IsReliable(key.iface))
        {
            // The transport first, at arrival (the SCTP stack, the RLC entity, not the node's
            // workers): it acknowledges a DATA at once and hands on a new message only.
            SrvccTransportReceipt r = m_transport.Receive(key.iface, key.peerId, packet);
            if (r.kind == SrvccTransportReceipt::Kind::kDropped)
            {
                BeginInjected(key.iface, packet);
                ReportDecodeError(key.iface, r.reason, r.detail);
                FinishInjected();
                continue;
            }
            if (r.kind == SrvccTransportReceipt::Kind::kAck)
            {
                continue;
            }
            if (r.kind == SrvccTransportReceipt::Kind::kDuplicate)
            {
                // Acknowledged again, not delivered: the procedure sees the message once.
                if (const auto dup = SrvccClassifyArrival(key.iface, r.message))
                {
                    NotifyDuplicate(key.iface, *dup);
                }
                continue;
            }
            packet = r.message;
        }
        // The message type from its first octets: its processing time and its queueing
        // statistics depend on it (the decoder, which may reject it, runs after the wait).
        const std::optional<SrvccMessageType> type = SrvccClassifyArrival(key.iface, packet);
        const Time service = DrawProcessingTime(type);
        const Time now = Simulator::Now();
        const Time start = m_queue.Reserve(now, service);
        if (type)
        {
            m_queueingTrace(key.iface, *type, start - now, service,
                            CountWaiting(*type, now, start));
        }
        // A member function event, not a lambda: ns-3.35 (the waf build) schedules no lambdas.
        Simulator::Schedule(start + service - now, &SrvccNodeApplication::Deliver, this, key.iface,
                            key.peerId, packet, m_epoch);
    }
}

void
SrvccNodeApplication::Deliver(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                              uint32_t epoch)
{
    if (!m_running || epoch != m_epoch)
    {
        return; // stopped, or went down, while the message waited for its processing delay
    }
    m_delivering = iface;
    BeginInjected(iface, packet);
    try
    {
        Receive(iface, peerId, packet);
    }
    catch (const std::exception& e)
    {
        ReportDecodeError(iface, SrvccDecodeError::kProcedureError, e.what());
    }
    FinishInjected();
    m_delivering = std::nullopt;
}

void
SrvccNodeApplication::BeginInjected(SrvccInterface iface, Ptr<const Packet> packet)
{
    SrvccInjectedTag tag;
    if (packet->PeekPacketTag(tag))
    {
        m_injected = InjectedDelivery{iface, tag.GetId(), std::nullopt, std::nullopt};
    }
}

void
SrvccNodeApplication::FinishInjected()
{
    if (!m_injected)
    {
        return;
    }
    const InjectedDelivery d = *m_injected;
    m_injected = std::nullopt;
    // Dropped when any check refused it, even after it decoded; a message that neither
    // decoded nor was refused was taken silently (kNoProcedureInProgress).
    const bool accepted = !d.error && d.received;
    m_injectedHandledTrace(d.iface, d.id, accepted, d.received.value_or(SrvccMessageType{}),
                           d.error.value_or(SrvccDecodeError::kNoProcedureInProgress));
}

void
SrvccNodeApplication::Spend(Time cost, std::function<void()> work)
{
    // The work continues the message being delivered (if any): its errors count on that
    // message's interface.
    // A derivation step queues for a worker like a message (a node with one worker derives
    // after the messages that arrived meanwhile).
    const Time now = Simulator::Now();
    const Time start = m_queue.Reserve(now, cost);
    Simulator::Schedule(start + cost - now, &SrvccNodeApplication::RunWork, this, m_delivering,
                        m_epoch, std::move(work));
}

void
SrvccNodeApplication::RunWork(std::optional<SrvccInterface> iface, uint32_t epoch,
                              const std::function<void()>& work)
{
    if (epoch != m_epoch)
    {
        return; // the node went down while deriving: the step and its state are gone
    }
    // Guarded as Deliver guards the message itself: a deferred step (after a key derivation)
    // works on the same untrusted content.
    const std::optional<SrvccInterface> outer = m_delivering;
    m_delivering = iface;
    try
    {
        work();
    }
    catch (const std::exception& e)
    {
        if (iface)
        {
            ReportDecodeError(*iface, SrvccDecodeError::kProcedureError, e.what());
        }
        else
        {
            NS_LOG_WARN("node " << GetNode()->GetId() << ": a step stopped: " << e.what());
        }
    }
    m_delivering = outer;
}

void
SrvccNodeApplication::NotifyReceived(SrvccInterface iface, SrvccMessageType type, uint32_t ueIndex,
                                     Ptr<const Packet> packet)
{
    NS_LOG_INFO("node " << GetNode()->GetId() << " receives " << SrvccMessageTypeName(type)
                        << " on " << ToString(iface) << " for UE " << ueIndex);
    m_messageReceivedTrace(iface, type, ueIndex, SrvccImsiNumber(ueIndex), packet);
    if (m_injected && !m_injected->received)
    {
        m_injected->received = type;
    }
}

void
SrvccNodeApplication::NotifyKeyDerived(uint32_t ueIndex, SrvccKeyKind key)
{
    // The step's name and clause only: key material is never logged.
    NS_LOG_INFO("node " << GetNode()->GetId() << " derives " << SrvccKeyName(key) << " ("
                        << SrvccKeyClause(key) << ") for UE " << ueIndex);
    m_keyDerivedTrace(ueIndex, SrvccImsiNumber(ueIndex), key);
}

void
SrvccNodeApplication::NotifyContextCreated(uint32_t ueIndex, SrvccContextKind context)
{
    NS_LOG_INFO("node " << GetNode()->GetId() << " creates security context "
                        << SrvccContextKindName(context) << " for UE " << ueIndex);
    m_contextCreatedTrace(ueIndex, SrvccImsiNumber(ueIndex), context);
}

void
SrvccNodeApplication::NotifyContextDeleted(uint32_t ueIndex, SrvccContextKind context)
{
    NS_LOG_INFO("node " << GetNode()->GetId() << " deletes security context "
                        << SrvccContextKindName(context) << " for UE " << ueIndex);
    m_contextDeletedTrace(ueIndex, SrvccImsiNumber(ueIndex), context);
}

void
SrvccNodeApplication::NotifyHandoverFailed(uint32_t ueIndex, SrvccFailureCause cause,
                                           uint8_t causeValue)
{
    NS_LOG_INFO("node " << GetNode()->GetId() << " gives the handover of UE " << ueIndex
                        << " up: " << SrvccFailureCauseName(cause) << " (cause value "
                        << unsigned{causeValue} << ")");
    m_handoverFailedTrace(ueIndex, SrvccImsiNumber(ueIndex), cause, causeValue);
}

bool
SrvccNodeApplication::PeekGtpv2cType(SrvccInterface iface, Ptr<Packet> packet, uint8_t& type)
{
    try
    {
        type = PeekGtpv2cMessageType(packet);
        return true;
    }
    catch (const std::exception& e)
    {
        ReportDecodeError(iface, SrvccDecodeError::kWrongProtocol, e.what());
        return false;
    }
}

void
SrvccNodeApplication::ReportDecodeError(SrvccInterface iface, SrvccDecodeError reason,
                                        const char* detail)
{
    NS_LOG_WARN("node " << GetNode()->GetId() << ": message on " << ToString(iface) << " dropped, "
                        << SrvccDecodeErrorName(reason) << ": " << detail);
    ++m_dropped;
    m_decodeErrorTrace(iface, reason);
    if (m_injected && !m_injected->error)
    {
        m_injected->error = reason;
    }
}

void
SrvccNodeApplication::ReportUnexpectedType(SrvccInterface iface, const char* protocol,
                                           unsigned type)
{
    NS_LOG_WARN("node " << GetNode()->GetId() << ": " << protocol << " message type " << type
                        << " on " << ToString(iface) << " is not one this node takes");
    ++m_dropped;
    m_decodeErrorTrace(iface, SrvccDecodeError::kUnexpectedMessageType);
    if (m_injected && !m_injected->error)
    {
        m_injected->error = SrvccDecodeError::kUnexpectedMessageType;
    }
}

// ---- GTPv2-C reliability (TS 29.274 7.6) ------------------------------------------------------

TypeId
SrvccNodeApplication::AddGtpv2cReliabilityAttributes(TypeId tid, const std::string& guard)
{
    // TS 29.274 7.6 leaves T3-RESPONSE and N3-REQUESTS to the implementation (and operator).
    // The defaults fit the nesting of the model's timers (doc/srvcc-security.rst, GTPv2-C
    // reliability): all attempts, T3 x (N3 + 1) = 600 ms, end before the overall timer of the
    // procedure fires, and the last one (T3 x N3 = 400 ms after the first) still leaves the
    // peer its own timer's time to answer.
    return tid
        .AddAttribute("T3Response",
                      "GTPv2-C T3-RESPONSE (TS 29.274 7.6): how long after sending a request "
                      "(or its retransmission) the node waits for the response before it sends "
                      "the request again, the same octets with the same sequence number. "
                      "Implementation dependent; 200 ms here. "
                          + guard,
                      TimeValue(MilliSeconds(200)),
                      MakeTimeAccessor(&SrvccNodeApplication::SetGtpv2cT3Response,
                                       &SrvccNodeApplication::GetGtpv2cT3Response),
                      MakeTimeChecker(NanoSeconds(1)))
        .AddAttribute("N3Requests",
                      "GTPv2-C N3-REQUESTS (TS 29.274 7.6), counted as retransmissions: a "
                      "request unanswered is sent again at most this many times (N3Requests + 1 "
                      "attempts; 0: never again). After the last attempt the procedure ends on "
                      "its own timer.",
                      UintegerValue(2),
                      MakeUintegerAccessor(&SrvccNodeApplication::SetGtpv2cN3Requests,
                                           &SrvccNodeApplication::GetGtpv2cN3Requests),
                      MakeUintegerChecker<uint32_t>(0, 100))
        .AddAttribute("DuplicateWindow",
                      "How long the node remembers a GTPv2-C request it received (and the "
                      "response it sent) to recognise a retransmission of it as a duplicate "
                      "(TS 29.274 7.6: not processed again, the response sent again), and a "
                      "transaction it ended, to drop a duplicated response. At least the peers' "
                      "T3Response x N3Requests (400 ms by default) plus the variation of the "
                      "delay; 0 remembers nothing.",
                      TimeValue(Seconds(1)),
                      MakeTimeAccessor(&SrvccNodeApplication::SetGtpv2cDuplicateWindow,
                                       &SrvccNodeApplication::GetGtpv2cDuplicateWindow),
                      MakeTimeChecker(Time(0)));
}

SrvccGtpv2cTransactions&
SrvccNodeApplication::Gtpv2c()
{
    if (!m_gtpv2c)
    {
        SrvccGtpv2cTransactions::Node node;
        node.send = [this](SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                           SrvccMessageType type, uint32_t ueIndex)
        {
            Send(iface, peerId, packet, type, ueIndex);
        };
        node.retransmitted = [this](SrvccInterface iface, SrvccMessageType type)
        {
            NotifyRetransmission(iface, type);
        };
        node.duplicate = [this](SrvccInterface iface, SrvccMessageType type)
        {
            NotifyDuplicate(iface, type);
        };
        node.dropped = [this]()
        {
            return m_dropped;
        };
        m_gtpv2c = std::make_unique<SrvccGtpv2cTransactions>(std::move(node));
    }
    return *m_gtpv2c;
}

void
SrvccNodeApplication::SetGtpv2cT3Response(Time t3)
{
    Gtpv2c().SetT3Response(t3);
}

Time
SrvccNodeApplication::GetGtpv2cT3Response() const
{
    return m_gtpv2c ? m_gtpv2c->GetT3Response() : Time(0);
}

void
SrvccNodeApplication::SetGtpv2cN3Requests(uint32_t n3)
{
    Gtpv2c().SetN3Requests(n3);
}

uint32_t
SrvccNodeApplication::GetGtpv2cN3Requests() const
{
    return m_gtpv2c ? m_gtpv2c->GetN3Requests() : 0;
}

void
SrvccNodeApplication::SetGtpv2cDuplicateWindow(Time window)
{
    Gtpv2c().SetDuplicateWindow(window);
}

Time
SrvccNodeApplication::GetGtpv2cDuplicateWindow() const
{
    return m_gtpv2c ? m_gtpv2c->GetDuplicateWindow() : Time(0);
}

void
SrvccNodeApplication::SendGtpv2cRequest(SrvccInterface iface, uint32_t peerId,
                                        const SrvccGtpv2cMessage& request, uint32_t ueIndex)
{
    Gtpv2c().SendRequest(iface, peerId, request, ueIndex);
}

void
SrvccNodeApplication::SendGtpv2cResponse(SrvccInterface iface, uint32_t peerId,
                                         const SrvccGtpv2cMessage& response, uint32_t ueIndex)
{
    Gtpv2c().SendResponse(iface, peerId, response, ueIndex);
}

void
SrvccNodeApplication::StopGtpv2cRequest(SrvccInterface iface, uint32_t peerId, uint32_t sequence)
{
    Gtpv2c().StopRequest(iface, peerId, sequence);
}

void
SrvccNodeApplication::ReceiveGtpv2c(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                                    const std::function<void()>& handle)
{
    Gtpv2c().Receive(iface, peerId, packet, handle);
}

} // namespace ns3
