/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-node-application.h"

#include "gtpv2c-message.h"
#include "ns3/boolean.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/trace-source-accessor.h"
#include "ns3/udp-socket-factory.h"

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
                              "ns3::SrvccNodeApplication::DecodeErrorTracedCallback");
    return tid;
}

TypeId
SrvccNodeApplication::MakeRoleTypeId(const std::string& name)
{
    // Declared on every role's TypeId, not on this parent: Config::SetDefault and the command
    // line (--ns3::SrvccAmfApplication::ProcessingDelay=200us) look at the named TypeId's own
    // Attributes only, and each role can then have defaults of its own. (c_str(): ns-3.35,
    // the waf build, has TypeId(const char*) only.)
    return TypeId(name.c_str())
        .SetParent<SrvccNodeApplication>()
        .SetGroupName("SrvccSecurity")
        .AddAttribute("ProcessingDelay", "Time this node spends handling one received message.",
                      TimeValue(MicroSeconds(100)),
                      MakeTimeAccessor(&SrvccNodeApplication::m_processingDelay),
                      MakeTimeChecker(Time(0)))
        .AddAttribute("KeyDerivationDelay",
                      "Time this node spends on one key derivation step (on top of the "
                      "message handling).",
                      TimeValue(MicroSeconds(50)),
                      MakeTimeAccessor(&SrvccNodeApplication::m_keyDerivationDelay),
                      MakeTimeChecker(Time(0)))
        .AddAttribute("SerialProcessing",
                      "Handle one message at a time in arrival order (true: load shows as "
                      "queueing delay), or every message in parallel (false).",
                      BooleanValue(true),
                      MakeBooleanAccessor(&SrvccNodeApplication::m_serialProcessing),
                      MakeBooleanChecker());
}

SrvccNodeApplication::SrvccNodeApplication(const char* logComponent)
    : NS_LOG_TEMPLATE_DEFINE(logComponent), m_serialProcessing(true)
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
    NS_LOG_INFO("node " << GetNode()->GetId() << " sends " << SrvccMessageTypeName(type) << " on "
                        << ToString(iface) << " for UE " << ueIndex << " (" << packet->GetSize()
                        << " octets)");
    m_messageSentTrace(iface, type, ueIndex, SrvccImsiNumber(ueIndex), packet);
    socket->second->SendTo(packet, 0, InetSocketAddress(peer->second, SrvccPort(iface)));
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
        const Time ready = ReserveProcessing(m_processingDelay);
        // A member function event, not a lambda: ns-3.35 (the waf build) schedules no lambdas.
        Simulator::Schedule(ready, &SrvccNodeApplication::Deliver, this, key.iface, key.peerId,
                            packet);
    }
}

void
SrvccNodeApplication::Deliver(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    if (!m_running)
    {
        return; // stopped while the message waited for its processing delay
    }
    m_delivering = iface;
    try
    {
        Receive(iface, peerId, packet);
    }
    catch (const std::exception& e)
    {
        ReportDecodeError(iface, SrvccDecodeError::kProcedureError, e.what());
    }
    m_delivering = std::nullopt;
}

Time
SrvccNodeApplication::ReserveProcessing(Time cost)
{
    const Time now = Simulator::Now();
    if (!m_serialProcessing)
    {
        return cost;
    }
    const Time start = std::max(now, m_busyUntil);
    m_busyUntil = start + cost;
    return m_busyUntil - now;
}

void
SrvccNodeApplication::Spend(Time cost, std::function<void()> work)
{
    // The work continues the message being delivered (if any): its errors count on that
    // message's interface.
    Simulator::Schedule(ReserveProcessing(cost), &SrvccNodeApplication::RunWork, this, m_delivering,
                        std::move(work));
}

void
SrvccNodeApplication::RunWork(std::optional<SrvccInterface> iface,
                              const std::function<void()>& work)
{
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

bool
SrvccNodeApplication::PeekCompactType(SrvccInterface iface, Ptr<Packet> packet,
                                      CompactInterface expected, uint8_t& type)
{
    CompactInterface found;
    if (!PeekCompactMessage(packet, found, type) || found != expected)
    {
        ReportDecodeError(iface, SrvccDecodeError::kWrongProtocol, CompactInterfaceName(expected));
        return false;
    }
    return true;
}

void
SrvccNodeApplication::ReportDecodeError(SrvccInterface iface, SrvccDecodeError reason,
                                        const char* detail)
{
    NS_LOG_WARN("node " << GetNode()->GetId() << ": message on " << ToString(iface) << " dropped, "
                        << SrvccDecodeErrorName(reason) << ": " << detail);
    m_decodeErrorTrace(iface, reason);
}

void
SrvccNodeApplication::ReportUnexpectedType(SrvccInterface iface, const char* protocol,
                                           unsigned type)
{
    NS_LOG_WARN("node " << GetNode()->GetId() << ": " << protocol << " message type " << type
                        << " on " << ToString(iface) << " is not one this node takes");
    m_decodeErrorTrace(iface, SrvccDecodeError::kUnexpectedMessageType);
}

} // namespace ns3
