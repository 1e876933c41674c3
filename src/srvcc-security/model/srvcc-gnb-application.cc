/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-gnb-application.h"

#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-rrc-messages.h"
#include "ns3/trace-source-accessor.h"
#include "srvcc-message-classifier.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccGnbApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccGnbApplication);

namespace
{

constexpr uint32_t kAmfPeer = 0;
/** NGAP HandoverType "fivegs-to-utran": the 5G-SRVCC (TS 38.413 9.3.1.22, TS 23.216 6.5.4). */
constexpr uint8_t kHandoverTypeToUtran = 3;

/**
 * The SourceToTarget-TransparentContainer the gNB builds for the target (TS 23.216 6.5.4 step
 * 3): for a handover to UTRAN the UTRAN RRC ToTargetRNC-Container (TS 25.331 14.12,
 * interRATHandoverInfo), as Wireshark's NGAP dissector reads it; the AMF wraps it in RANAP's
 * Source RNC to Target RNC Transparent Container (TS 25.413 9.2.1.28) for the N26 F-Container.
 */
std::vector<uint8_t>
SourceToTargetContainer()
{
    return EncodeToTargetRncContainer();
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
    m_amfUeNgapIds.clear();
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
    m_amfUeNgapIds.clear();
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
    required.SetAmfUeNgapId(AmfUeNgapId(ueIndex));
    required.SetRanUeNgapId(ueIndex);
    required.SetHandoverType(kHandoverTypeToUtran);
    required.SetTargetRncId(m_targetRncId);
    required.SetCause(N2Cause::kHandoverDesirableForRadioReason);
    // PDUSessionResourceListHORqd is mandatory: the UE's IMS voice PDU session.
    required.SetPduSessions({NgapPduSessionHoRqd{}});
    required.SetSourceToTargetContainer(SourceToTargetContainer());

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
    if (iface == SrvccInterface::kN2)
    {
        OnN2(packet);
        return;
    }
    if (iface == SrvccInterface::kNrUu)
    {
        OnUplinkRrc(peerId, packet); // the radio link names the UE
        return;
    }
}

void
SrvccGnbApplication::OnN2(Ptr<Packet> packet)
{
    uint8_t head[2] = {0, 0};
    const uint32_t got = packet->CopyData(head, 2);
    NgapPduType pduType;
    uint8_t procedure = 0;
    if (!PeekNgapPdu(head, got, pduType, procedure))
    {
        ReportDecodeError(SrvccInterface::kN2, SrvccDecodeError::kWrongProtocol, "not an NGAP PDU");
        return;
    }
    if (pduType == NgapPduType::kInitiatingMessage && procedure == ngap::kProcDownlinkNasTransport)
    {
        OnDownlinkNasTransport(packet);
    }
    else if (pduType == NgapPduType::kSuccessfulOutcome
             && procedure == ngap::kProcHandoverPreparation)
    {
        OnHandoverCommand(packet);
    }
    else if (pduType == NgapPduType::kUnsuccessfulOutcome
             && procedure == ngap::kProcHandoverPreparation)
    {
        OnPreparationFailure(packet);
    }
    else if (pduType == NgapPduType::kSuccessfulOutcome && procedure == ngap::kProcHandoverCancel)
    {
        OnCancelAcknowledge(packet);
    }
    else if (pduType == NgapPduType::kInitiatingMessage && procedure == ngap::kProcUeContextRelease)
    {
        OnUeContextReleaseCommand(packet);
    }
    else
    {
        ReportUnexpectedType(SrvccInterface::kN2, "NGAP", procedure);
    }
}

uint32_t
SrvccGnbApplication::AmfUeNgapId(uint32_t ueIndex) const
{
    const auto it = m_amfUeNgapIds.find(ueIndex);
    return it == m_amfUeNgapIds.end() ? ueIndex : it->second;
}

void
SrvccGnbApplication::RelayUplinkNas(uint32_t ueIndex, Ptr<Packet> nasPdu)
{
    NS_LOG_FUNCTION(this << ueIndex << nasPdu);
    // TS 38.413 8.6: the gNB does not read the NAS PDU; the trace names the NAS message.
    const std::optional<SrvccMessageType> nasType = SrvccClassifyNasPdu(nasPdu);
    if (!nasType)
    {
        ReportDecodeError(SrvccInterface::kNrUu, SrvccDecodeError::kWrongProtocol,
                          "ULInformationTransfer without a 5GMM NAS PDU");
        return;
    }
    std::vector<uint8_t> octets(nasPdu->GetSize());
    nasPdu->CopyData(octets.data(), octets.size());
    const auto connection = m_amfUeNgapIds.find(ueIndex);
    if (connection == m_amfUeNgapIds.end())
    {
        SrvccN2InitialUeMessage initial;
        initial.SetRanUeNgapId(ueIndex);
        initial.SetNasPdu(std::move(octets));
        initial.SetUserLocation(m_location);
        initial.SetRrcEstablishmentCause(ngap::kRrcCauseMoSignalling);
        Send(SrvccInterface::kN2, kAmfPeer, ToPacket(initial), *nasType, ueIndex);
        return;
    }
    SrvccN2UplinkNasTransport uplink;
    uplink.SetAmfUeNgapId(connection->second);
    uplink.SetRanUeNgapId(ueIndex);
    uplink.SetNasPdu(std::move(octets));
    uplink.SetUserLocation(m_location);
    Send(SrvccInterface::kN2, kAmfPeer, ToPacket(uplink), *nasType, ueIndex);
}

void
SrvccGnbApplication::OnDownlinkNasTransport(Ptr<Packet> packet)
{
    SrvccN2DownlinkNasTransport downlink;
    if (!Decode(SrvccInterface::kN2, packet, downlink))
    {
        return;
    }
    // The RAN UE NGAP ID is the gNB's own name of the UE; the AMF UE NGAP ID it learns here
    // names the UE-associated NG connection from now on (TS 38.413 8.6.2).
    const uint32_t ue = downlink.GetRanUeNgapId();
    m_amfUeNgapIds[ue] = downlink.GetAmfUeNgapId();
    const std::vector<uint8_t>& nas = downlink.GetNasPdu();
    RelayDownlinkNas(ue, Create<Packet>(nas.data(), static_cast<uint32_t>(nas.size())));
}

void
SrvccGnbApplication::OnUplinkRrc(uint32_t ueIndex, Ptr<Packet> packet)
{
    // The only UL-DCCH message the UE sends the gNB: ULInformationTransfer (TS 38.331 5.7.2).
    SrvccNrInformationTransfer ul(false);
    if (!Decode(SrvccInterface::kNrUu, packet, ul))
    {
        return;
    }
    const std::vector<uint8_t>& nas = ul.GetDedicatedNasMessage();
    RelayUplinkNas(ueIndex, Create<Packet>(nas.data(), nas.size()));
}

void
SrvccGnbApplication::RelayDownlinkNas(uint32_t ueIndex, Ptr<Packet> nasPdu)
{
    const std::optional<SrvccMessageType> nasType = SrvccClassifyNasPdu(nasPdu);
    if (!nasType)
    {
        ReportDecodeError(SrvccInterface::kN2, SrvccDecodeError::kWrongProtocol,
                          "a NAS transport without a 5GMM NAS PDU");
        return;
    }
    // TS 38.331 5.7.1: DLInformationTransfer, dedicatedNAS-Message = the NAS PDU.
    std::vector<uint8_t> octets(nasPdu->GetSize());
    nasPdu->CopyData(octets.data(), octets.size());
    SrvccNrInformationTransfer dl(true);
    dl.SetRrcTransactionId(0);
    dl.SetDedicatedNasMessage(std::move(octets));
    Send(SrvccInterface::kNrUu, ueIndex, ToPacket(dl), *nasType, ueIndex);
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
    // The TargetToSource-TransparentContainer of a handover to UTRAN is the RRC
    // TargetRNC-ToSourceRNC-Container (the AMF took it out of RANAP's Target RNC to Source
    // RNC Transparent Container, TS 25.413 9.2.1.30): the target's HANDOVER TO UTRAN COMMAND.
    const std::vector<uint8_t>& utranCommand = command.GetTargetToSourceContainer();
    if (utranCommand.empty())
    {
        ReportDecodeError(SrvccInterface::kN2, SrvccDecodeError::kUnreadableContainer,
                          "HO Command: empty TargetToSource-TransparentContainer");
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
    SrvccNrMobilityFromNrCommand toUe; // no UE id: the radio link is the UE
    toUe.SetRrcTransactionId(0);
    toUe.SetDlNasCountLsb4(command.GetDlNasCountLsb4());
    toUe.SetTargetRatMessageContainer(utranCommand);
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
    // The UE-associated NG connection ends (TS 38.413 8.3.3): the UE's next NAS PDU (its
    // registration back in 5GS) goes in an Initial UE Message.
    m_amfUeNgapIds.erase(ue);
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
    cancel.SetAmfUeNgapId(AmfUeNgapId(ueIndex));
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
