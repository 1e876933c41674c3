/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-gnb-application.h"

#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "ns3/trace-source-accessor.h"
#include "srvcc-nas-5gmm-messages.h"
#include "srvcc-rrc-messages.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccGnbApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccGnbApplication);

namespace
{

constexpr uint32_t kAmfPeer = 0;
/** NGAP Handover Type "5GS to UTRAN" and the 5G-SRVCC HO indication "CS only" (TS 38.413). */
constexpr uint8_t kHandoverTypeToUtran = 3;
constexpr uint8_t kSrvccCsOnly = 1;

/**
 * The Source RNC to Target RNC Transparent Container the gNB builds for the target
 * (TS 23.216 6.5.4 step 3; RANAP, TS 25.413 9.2.1.28). Its RRC-Container would hold the UE's
 * UTRAN capabilities (SRNC Relocation Info); here 32 octets naming the UE: its contents do not
 * matter to security, its size does to latency.
 */
std::vector<uint8_t>
SourceToTargetContainer(uint32_t ueIndex)
{
    std::vector<uint8_t> rrc(32, 0);
    rrc[0] = static_cast<uint8_t>(ueIndex >> 24);
    rrc[1] = static_cast<uint8_t>(ueIndex >> 16);
    rrc[2] = static_cast<uint8_t>(ueIndex >> 8);
    rrc[3] = static_cast<uint8_t>(ueIndex);
    return EncodeSourceRncToTargetRncContainer(rrc);
}

} // namespace

TypeId
SrvccGnbApplication::GetTypeId()
{
    static TypeId tid
        = MakeRoleTypeId("ns3::SrvccGnbApplication",
                         {{SrvccInterface::kNrUu, SrvccLinkEnd::kSecond},
                          {SrvccInterface::kN2, SrvccLinkEnd::kFirst}})
              .AddConstructor<SrvccGnbApplication>()
              .AddAttribute("TNgRelocPrep",
                            "TNGRELOCprep: how long the gNB waits for the HO Command before it "
                            "cancels (TS 38.413 9.5).",
                            TimeValue(Seconds(2)),
                            MakeTimeAccessor(&SrvccGnbApplication::m_relocPrepTimer),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("TNgRelocOverall",
                            "TNGRELOCoverall: how long after the HO Command the gNB waits for the "
                            "UE Context Release Command (TS 38.413 9.5).",
                            TimeValue(Seconds(5)),
                            MakeTimeAccessor(&SrvccGnbApplication::m_relocOverallTimer),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("ReplayHoCommandAfter",
                            "Attack: this long after sending the HO Command (MobilityFromNRCommand)"
                            " to the UE, send the very same message again, as an attacker who "
                            "recorded it would. The UE must not act on it. 0 turns it off.",
                            TimeValue(Time(0)),
                            MakeTimeAccessor(&SrvccGnbApplication::m_replayHoCommandAfter),
                            MakeTimeChecker(Time(0)))
              .AddTraceSource("HandoverStarted", "The gNB sent Handover Required for a UE.",
                              MakeTraceSourceAccessor(&SrvccGnbApplication::m_handoverStartedTrace),
                              "ns3::SrvccGnbApplication::HandoverTracedCallback");
    return tid;
}

SrvccGnbApplication::SrvccGnbApplication() : SrvccNodeApplication("SrvccGnbApplication") {}

void
SrvccGnbApplication::SetTargetRncId(const TargetRncId& id)
{
    m_targetRncId = id;
}

void
SrvccGnbApplication::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& [ue, handover] : m_handovers)
    {
        handover.timer.Cancel();
    }
    m_handovers.clear();
    for (EventId& replay : m_replays)
    {
        replay.Cancel();
    }
    m_replays.clear();
    SrvccNodeApplication::DoDispose();
}

void
SrvccGnbApplication::DoNodeDown()
{
    NS_LOG_FUNCTION(this);
    // The handovers in progress are forgotten, not failed: the AMF's timers end them (or the
    // UE, already commanded, completes on UTRAN without this gNB).
    for (auto& [ue, handover] : m_handovers)
    {
        handover.timer.Cancel();
    }
    m_handovers.clear();
    for (EventId& replay : m_replays)
    {
        replay.Cancel();
    }
    m_replays.clear();
}

void
SrvccGnbApplication::StartSrvccHandover(uint32_t ueIndex)
{
    NS_LOG_FUNCTION(this << ueIndex);
    if (!IsUp())
    {
        // The handover was due (its trigger is the scenario's) but the gNB is down: it is
        // counted, and fails at once, so that the run's totals stay whole.
        m_handoverStartedTrace(ueIndex, SrvccImsiNumber(ueIndex));
        NotifyHandoverFailed(ueIndex, SrvccFailureCause::kSourceGnbDown);
        return;
    }
    if (m_handovers.count(ueIndex) != 0)
    {
        NS_LOG_WARN("UE " << ueIndex << ": an SRVCC handover is already in progress");
        return;
    }
    SrvccN2HandoverRequired required;
    required.SetAmfUeNgapId(ueIndex);
    required.SetRanUeNgapId(ueIndex);
    required.SetHandoverType(kHandoverTypeToUtran);
    required.SetSrvccHoIndication(kSrvccCsOnly);
    required.SetTargetRncId(m_targetRncId);
    required.SetCause(N2Cause::kUnspecified);
    required.SetSourceToTargetContainer(SourceToTargetContainer(ueIndex));

    NS_LOG_INFO("UE " << ueIndex << ": SRVCC handover to UTRAN starts, state preparing");
    UeHandover& handover = m_handovers[ueIndex];
    handover.timer = Simulator::Schedule(m_relocPrepTimer,
                                         &SrvccGnbApplication::OnPreparationTimeout, this, ueIndex);
    m_handoverStartedTrace(ueIndex, SrvccImsiNumber(ueIndex));
    Send(SrvccInterface::kN2, kAmfPeer, ToPacket(required), required.GetSrvccMessageType(),
         ueIndex);
}

void
SrvccGnbApplication::CancelSrvccHandover(uint32_t ueIndex)
{
    NS_LOG_FUNCTION(this << ueIndex);
    const auto it = m_handovers.find(ueIndex);
    if (it == m_handovers.end() || it->second.state == State::kCancelling)
    {
        return;
    }
    SendCancel(ueIndex, N2Cause::kHandoverCancelled);
    Fail(ueIndex, SrvccFailureCause::kCancelledBySourceGnb);
}

void
SrvccGnbApplication::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << packet);
    uint8_t type = 0;
    CompactInterface ci;
    if (PeekCompactMessage(packet, ci, type) && ci == CompactInterface::kNas)
    {
        RelayNas(iface, peerId, packet, type);
        return;
    }
    if (iface != SrvccInterface::kN2
        || !PeekCompactType(iface, packet, CompactInterface::kN2, type))
    {
        return;
    }
    switch (static_cast<N2MessageType>(type))
    {
        case N2MessageType::kHandoverCommand:
            OnHandoverCommand(packet);
            break;
        case N2MessageType::kHandoverPreparationFailure:
            OnPreparationFailure(packet);
            break;
        case N2MessageType::kHandoverCancelAcknowledge:
            OnCancelAcknowledge(packet);
            break;
        case N2MessageType::kUeContextReleaseCommand:
            OnUeContextReleaseCommand(packet);
            break;
        default:
            ReportUnexpectedType(iface, "N2", type);
    }
}

void
SrvccGnbApplication::RelayNas(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                              uint8_t type)
{
    // NGAP Initial UE Message / Uplink and Downlink NAS Transport (TS 38.413 8.6): the gNB
    // does not read the NAS PDU, it only relays it between the UE's radio leg and the AMF.
    SrvccMessageType nasType;
    if (!NasSrvccMessageType(type, nasType))
    {
        ReportUnexpectedType(iface, "NAS", type);
        return;
    }
    if (iface == SrvccInterface::kNrUu)
    {
        // The radio leg identifies the UE (its RAN UE NGAP ID towards the AMF).
        Send(SrvccInterface::kN2, kAmfPeer, packet, nasType, peerId);
        return;
    }
    uint32_t ue = 0;
    if (iface != SrvccInterface::kN2 || !PeekNasUeId(packet, ue))
    {
        ReportDecodeError(iface, SrvccDecodeError::kMissingUeIdentity, "NAS PDU without a UE id");
        return;
    }
    Send(SrvccInterface::kNrUu, ue, packet, nasType, ue);
}

void
SrvccGnbApplication::OnHandoverCommand(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccN2HandoverCommand command;
    if (!Decode(SrvccInterface::kN2, packet, command))
    {
        return;
    }
    const uint32_t ue = command.GetRanUeNgapId();
    NotifyReceived(SrvccInterface::kN2, command.GetSrvccMessageType(), ue, packet);
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end() || it->second.state != State::kPreparing)
    {
        NS_LOG_WARN("UE " << ue << ": HO Command without a handover in preparation, ignored");
        return;
    }
    // The target's HANDOVER TO UTRAN COMMAND is the RRC-Container of the Target RNC to Source
    // RNC Transparent Container (TS 25.413 9.2.1.30).
    const std::optional<std::vector<uint8_t>> utranCommand
        = DecodeTargetRncToSourceRncContainer(command.GetTargetToSourceContainer());
    if (!utranCommand)
    {
        ReportDecodeError(SrvccInterface::kN2, SrvccDecodeError::kUnreadableContainer,
                          "HO Command: Target RNC to Source RNC Transparent Container");
        SendCancel(ue, N2Cause::kHoFailureInTargetSystem);
        Fail(ue, SrvccFailureCause::kUnreadableTargetContainer);
        return;
    }
    it->second.timer.Cancel();
    it->second.state = State::kCommanded;
    NS_LOG_INFO("UE " << ue << ": HO Command received, state commanded; MobilityFromNRCommand "
                      << "with DL NAS COUNT LSB " << unsigned{command.GetDlNasCountLsb4()}
                      << " (J.1.2 step 9)");
    it->second.timer = Simulator::Schedule(m_relocOverallTimer,
                                           &SrvccGnbApplication::OnOverallTimeout, this, ue);
    // TS 33.501 J.1.2 step 9: the gNB includes the 4 LSB of the DL NAS COUNT received from the
    // AMF in the HO command to the UE.
    SrvccNrMobilityFromNrCommand toUe;
    toUe.SetUeId(ue);
    toUe.SetRrcTransactionId(0);
    toUe.SetDlNasCountLsb4(command.GetDlNasCountLsb4());
    toUe.SetTargetRatMessageContainer(*utranCommand);
    Ptr<Packet> toUePacket = ToPacket(toUe);
    if (m_replayHoCommandAfter.IsStrictlyPositive())
    {
        // Attack model: the same octets again later, as a recorded HO Command played back.
        m_replays.push_back(Simulator::Schedule(m_replayHoCommandAfter,
                                                &SrvccGnbApplication::ReplayHoCommand, this, ue,
                                                toUePacket->Copy(), toUe.GetSrvccMessageType()));
    }
    Send(SrvccInterface::kNrUu, ue, toUePacket, toUe.GetSrvccMessageType(), ue);
}

void
SrvccGnbApplication::ReplayHoCommand(uint32_t ueIndex, Ptr<Packet> packet, SrvccMessageType type)
{
    NS_LOG_INFO("UE " << ueIndex << ": replaying the HO Command (attack injected)");
    Send(SrvccInterface::kNrUu, ueIndex, packet, type, ueIndex);
}

void
SrvccGnbApplication::OnPreparationFailure(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccN2HandoverPreparationFailure failure;
    if (!Decode(SrvccInterface::kN2, packet, failure))
    {
        return;
    }
    const uint32_t ue = failure.GetRanUeNgapId();
    NotifyReceived(SrvccInterface::kN2, failure.GetSrvccMessageType(), ue, packet);
    if (m_handovers.count(ue) != 0)
    {
        Fail(ue, SrvccFailureCause::kHandoverPreparationFailure);
    }
}

void
SrvccGnbApplication::OnCancelAcknowledge(Ptr<Packet> packet)
{
    SrvccN2HandoverCancelAcknowledge ack;
    if (Decode(SrvccInterface::kN2, packet, ack))
    {
        NotifyReceived(SrvccInterface::kN2, ack.GetSrvccMessageType(), ack.GetRanUeNgapId(),
                       packet);
    }
}

void
SrvccGnbApplication::OnUeContextReleaseCommand(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccN2UeContextReleaseCommand command;
    if (!Decode(SrvccInterface::kN2, packet, command))
    {
        return;
    }
    const uint32_t ue = command.GetRanUeNgapId();
    NotifyReceived(SrvccInterface::kN2, command.GetSrvccMessageType(), ue, packet);
    const auto it = m_handovers.find(ue);
    if (it != m_handovers.end())
    {
        it->second.timer.Cancel();
        m_handovers.erase(it); // the UE is on UTRAN: the handover is over for the gNB
        NS_LOG_INFO("UE " << ue << ": released, the handover is over for the gNB");
    }
    SrvccN2UeContextReleaseComplete complete;
    complete.SetAmfUeNgapId(command.GetAmfUeNgapId());
    complete.SetRanUeNgapId(ue);
    Send(SrvccInterface::kN2, kAmfPeer, ToPacket(complete), complete.GetSrvccMessageType(), ue);
}

void
SrvccGnbApplication::OnPreparationTimeout(uint32_t ueIndex)
{
    NS_LOG_FUNCTION(this << ueIndex);
    SendCancel(ueIndex, N2Cause::kTNgRelocPrepExpiry);
    Fail(ueIndex, SrvccFailureCause::kTNgRelocPrepExpiry);
}

void
SrvccGnbApplication::OnOverallTimeout(uint32_t ueIndex)
{
    NS_LOG_FUNCTION(this << ueIndex);
    Fail(ueIndex, SrvccFailureCause::kTNgRelocOverallExpiry);
}

void
SrvccGnbApplication::SendCancel(uint32_t ueIndex, N2Cause cause)
{
    NS_LOG_FUNCTION(this << ueIndex << static_cast<unsigned>(cause));
    SrvccN2HandoverCancel cancel;
    cancel.SetAmfUeNgapId(ueIndex);
    cancel.SetRanUeNgapId(ueIndex);
    cancel.SetCause(cause);
    Send(SrvccInterface::kN2, kAmfPeer, ToPacket(cancel), cancel.GetSrvccMessageType(), ueIndex);
}

void
SrvccGnbApplication::Fail(uint32_t ueIndex, SrvccFailureCause cause)
{
    NS_LOG_FUNCTION(this << ueIndex << SrvccFailureCauseName(cause));
    const auto it = m_handovers.find(ueIndex);
    if (it != m_handovers.end())
    {
        it->second.timer.Cancel();
        m_handovers.erase(it);
    }
    NotifyHandoverFailed(ueIndex, cause);
}

} // namespace ns3
