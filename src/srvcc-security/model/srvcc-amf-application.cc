/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-amf-application.h"

#include "gtpv2c-messages.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "srvcc-n2-messages.h"
#include "srvcc-ue-capabilities.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccAmfApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccAmfApplication);

namespace
{

/** The MME_SRVCC (N26) and the MSC server (direct, sol1.2) are single peers. */
constexpr uint32_t kCorePeer = 0;

RncTargetId
ToGtp(const TargetRncId& id)
{
    RncTargetId out;
    out.plmn.mcc = id.mcc;
    out.plmn.mnc = id.mnc;
    out.lac = id.lac;
    out.rac = 0;
    out.rncId = id.rncId;
    return out;
}

} // namespace

TypeId
SrvccAmfApplication::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccAmfApplication")
              .SetParent<SrvccNodeApplication>()
              .SetGroupName("SrvccSecurity")
              .AddConstructor<SrvccAmfApplication>()
              .AddAttribute("StnSr",
                            "The Session Transfer Number for SRVCC from the UDM (TS 23.216 6.5.1), "
                            "E.164 digits.",
                            StringValue("491720000001"),
                            MakeStringAccessor(&SrvccAmfApplication::m_stnSr), MakeStringChecker())
              .AddAttribute("RelocationResponseTimeout",
                            "How long the AMF waits for Forward Relocation Response (or, for "
                            "sol1.2, SRVCC PS to CS Response) before it answers Handover "
                            "Preparation Failure (T3-RESPONSE x N3-REQUESTS, TS 29.274 7.6).",
                            TimeValue(MilliSeconds(1500)),
                            MakeTimeAccessor(&SrvccAmfApplication::m_responseTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("RelocationCompleteTimeout",
                            "How long after the HO Command the AMF waits for the completion "
                            "notification before it gives the handover up.",
                            TimeValue(Seconds(4)),
                            MakeTimeAccessor(&SrvccAmfApplication::m_completionTimeout),
                            MakeTimeChecker(Time(0)));
    return tid;
}

SrvccAmfApplication::SrvccAmfApplication() = default;

void
SrvccAmfApplication::SetKeyStrategy(const SrvccKeyStrategy& strategy)
{
    m_strategy = strategy;
}

void
SrvccAmfApplication::AddUe(uint32_t ueIndex, AmfNasSecurityContext context)
{
    m_ues[ueIndex].nas = std::move(context);
}

const AmfNasSecurityContext*
SrvccAmfApplication::GetNasSecurityContext(uint32_t ueIndex) const
{
    const auto it = m_ues.find(ueIndex);
    return it == m_ues.end() ? nullptr : &it->second.nas;
}

bool
SrvccAmfApplication::GetLastSrvccCount(uint32_t ueIndex, srvcc::NasCount& count) const
{
    const auto it = m_ues.find(ueIndex);
    if (it == m_ues.end() || !it->second.lastCount)
    {
        return false;
    }
    count = *it->second.lastCount;
    return true;
}

const srvcc::Key256*
SrvccAmfApplication::GetLastMappedKasme(uint32_t ueIndex) const
{
    const auto it = m_ues.find(ueIndex);
    return it == m_ues.end() || !it->second.lastMappedKasme ? nullptr
                                                            : &*it->second.lastMappedKasme;
}

std::size_t
SrvccAmfApplication::GetPendingHandoverCount() const
{
    return m_handovers.size();
}

void
SrvccAmfApplication::DoDispose()
{
    for (auto& [ue, handover] : m_handovers)
    {
        handover.timer.Cancel();
    }
    m_handovers.clear();
    m_ues.clear();
    SrvccNodeApplication::DoDispose();
}

SrvccInterface
SrvccAmfApplication::CsInterface() const
{
    return m_strategy.UsesMme() ? SrvccInterface::kN26 : SrvccInterface::kAmfMsc;
}

void
SrvccAmfApplication::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    if (iface == SrvccInterface::kN2)
    {
        OnN2(peerId, packet);
    }
    else if (iface == SrvccInterface::kN26 || iface == SrvccInterface::kAmfMsc)
    {
        OnGtp(iface, packet);
    }
    else
    {
        ReportDecodeError(iface, "the AMF serves no such interface");
    }
}

void
SrvccAmfApplication::OnN2(uint32_t gnb, Ptr<Packet> packet)
{
    CompactInterface ci;
    uint8_t type = 0;
    if (!PeekCompactMessage(packet, ci, type) || ci != CompactInterface::kN2)
    {
        ReportDecodeError(SrvccInterface::kN2, "not an N2 message");
        return;
    }
    switch (static_cast<N2MessageType>(type))
    {
        case N2MessageType::kHandoverRequired:
            OnHandoverRequired(gnb, packet);
            break;
        case N2MessageType::kHandoverCancel:
            OnHandoverCancel(gnb, packet);
            break;
        case N2MessageType::kUeContextReleaseComplete:
        {
            N2UeContextReleaseComplete complete;
            if (Decode(SrvccInterface::kN2, packet, complete))
            {
                NotifyReceived(SrvccInterface::kN2, complete.GetMessageName(),
                               complete.GetAmfUeNgapId(), packet);
            }
            break;
        }
        default:
            ReportDecodeError(SrvccInterface::kN2,
                              "unexpected N2 message type " + std::to_string(type));
    }
}

void
SrvccAmfApplication::OnHandoverRequired(uint32_t gnb, Ptr<Packet> packet)
{
    N2HandoverRequired required;
    if (!Decode(SrvccInterface::kN2, packet, required))
    {
        return;
    }
    const uint32_t ue = required.GetAmfUeNgapId();
    NotifyReceived(SrvccInterface::kN2, required.GetMessageName(), ue, packet);
    const auto entry = m_ues.find(ue);
    if (entry == m_ues.end() || m_handovers.count(ue) != 0)
    {
        N2HandoverPreparationFailure failure;
        failure.SetAmfUeNgapId(ue);
        failure.SetRanUeNgapId(required.GetRanUeNgapId());
        failure.SetCause(N2Cause::kUnspecified);
        Send(SrvccInterface::kN2, gnb, ToPacket(failure), failure.GetMessageName(), ue);
        m_handoverFailedTrace(ue, entry == m_ues.end() ? "UE unknown to the AMF"
                                                       : "handover already in progress");
        return;
    }
    Handover& handover = m_handovers[ue];
    handover.gnb = gnb;
    handover.timer
        = Simulator::Schedule(m_responseTimeout, &SrvccAmfApplication::OnResponseTimeout, this, ue);
    const TargetRncId target = required.GetTargetRncId();
    const std::vector<uint8_t> container = required.GetSourceToTargetContainer();
    Spend(GetKeyDerivationDelay(),
          [this, ue, target, container]()
          {
              SendTowardsCs(ue, target, container);
          });
}

void
SrvccAmfApplication::SendTowardsCs(uint32_t ue, const TargetRncId& target,
                                   const std::vector<uint8_t>& sourceToTarget)
{
    if (m_handovers.count(ue) == 0)
    {
        return; // cancelled while the keys were being derived
    }
    UeEntry& entry = m_ues[ue];
    AmfSrvccKeys keys;
    try
    {
        // J.1.2 step 2: use the current DL NAS COUNT, then increase it by one.
        const srvcc::NasCount count = entry.nas.TakeDownlinkNasCount();
        keys = m_strategy.DeriveAtAmf(entry.nas.kamf, count, entry.nas.ngksi);
        entry.lastCount = count;
    }
    catch (const srvcc::CryptoError& e)
    {
        FailPreparation(ue, std::string("no SRVCC keys: ") + e.what());
        return;
    }

    if (keys.mappedKasme)
    {
        const bool normative = m_strategy.GetProfile() == srvcc::SrvccProfile::kTs33501;
        m_keyDerivedTrace(ue, normative ? "KASME_SRVCC" : "K'ASME",
                          normative ? "TS 33.501 A.21" : "TS 33.501 A.14.2");
        entry.lastMappedKasme = *keys.mappedKasme;

        // TS 23.216 6.5.4 step 5: Forward Relocation Request to the MME_SRVCC.
        ForwardRelocationRequestIes ies;
        ies.imsi = SrvccImsi(ue);
        ies.senderFteid.interfaceType = Gtpv2cFteid::kN26AmfGtpC;
        ies.senderFteid.teid = SrvccTeid(ue);
        ies.senderFteid.ipv4 = GetLocalAddress(SrvccInterface::kN26);
        ies.mmContext.ksiAsme = keys.eksi->value; // J.1.2 step 3: eKSI = ngKSI's value
        ies.mmContext.usedNasIntegrity = 2;       // 128-NIA2 ~ EIA2
        ies.mmContext.usedNasCipher = 2;          // 128-NEA2 ~ EEA2
        ies.mmContext.nasDownlinkCount = keys.downlinkNasCount.Value();
        ies.mmContext.nasUplinkCount = entry.nas.uplinkNasCount.Value();
        ies.mmContext.kasme = *keys.mappedKasme;
        ies.mmContext.ueNetworkCapability = SrvccUeNetworkCapability();
        ies.indication.Set5gSrvccHoIndication(true);
        ies.sourceToTargetContainer.containerType = Gtpv2cFContainer::kUtranTransparentContainer;
        ies.sourceToTargetContainer.container = sourceToTarget;
        ies.targetIdentification.targetType = Gtpv2cTargetIdentification::kRncId;
        ies.targetIdentification.rnc = ToGtp(target);
        ies.stnSr = StnSr{StnSr::kInternationalE164, m_stnSr};
        ies.cMsisdn = SrvccCMsisdn(ue);
        ies.additionalMmContextForSrvcc = SrvccUeClassmarks();
        ForwardRelocationRequest request;
        request.SetTeid(0); // first message to the MME for this UE
        request.SetSequenceNumber(++m_sequence & 0xffffff);
        request.SetIes(ies);
        Send(SrvccInterface::kN26, kCorePeer, ToPacket(request), request.GetMessageName(), ue);
        return;
    }

    // The study's Solution #1.2: the AMF is the MSC server's peer and sends CK/IK itself.
    m_keyDerivedTrace(ue, "CK_SRVCC||IK_SRVCC", "TR 33.856 6.2.2 (module's choice: A.12 on KAMF)");
    SrvccPsToCsRequestIes ies;
    ies.imsi = SrvccImsi(ue);
    ies.svAddressForControlPlane = GetLocalAddress(SrvccInterface::kAmfMsc);
    ies.svTeidForControlPlane = SrvccTeid(ue);
    ies.cMsisdn = SrvccCMsisdn(ue);
    ies.stnSr = StnSr{StnSr::kInternationalE164, m_stnSr};
    MmContextUtranSrvcc mm;
    mm.ksiCs = keys.ksiSrvcc;
    mm.ckCs = keys.ckIk->ck;
    mm.ikCs = keys.ckIk->ik;
    mm.cksn = 7; // no GSM key (TS 24.008 10.5.1.2)
    mm.classmarks = SrvccUeClassmarks();
    ies.utranSrvccContext = std::move(mm);
    ies.sourceToTargetContainer = sourceToTarget;
    ies.targetRncId = ToGtp(target);
    ies.targetRncId.rac.reset(); // Sv Target RNC ID has no RAC (TS 29.280 6.8)
    ies.svFlags = SvFlags{};
    SrvccPsToCsRequest request;
    request.SetTeid(0);
    request.SetSequenceNumber(++m_sequence & 0xffffff);
    request.SetIes(ies);
    Send(SrvccInterface::kAmfMsc, kCorePeer, ToPacket(request), request.GetMessageName(), ue);
}

void
SrvccAmfApplication::OnHandoverCancel(uint32_t gnb, Ptr<Packet> packet)
{
    N2HandoverCancel cancel;
    if (!Decode(SrvccInterface::kN2, packet, cancel))
    {
        return;
    }
    const uint32_t ue = cancel.GetAmfUeNgapId();
    NotifyReceived(SrvccInterface::kN2, cancel.GetMessageName(), ue, packet);
    const auto it = m_handovers.find(ue);
    if (it != m_handovers.end())
    {
        it->second.timer.Cancel();
        m_handovers.erase(it);
        if (m_strategy.UsesMme())
        {
            RelocationCancelRequestIes ies;
            ies.imsi = SrvccImsi(ue);
            RelocationCancelRequest request;
            request.SetTeid(SrvccTeid(ue));
            request.SetSequenceNumber(++m_sequence & 0xffffff);
            request.SetIes(ies);
            Send(SrvccInterface::kN26, kCorePeer, ToPacket(request), request.GetMessageName(), ue);
        }
        else
        {
            SrvccPsToCsCancelNotificationIes ies;
            ies.imsi = SrvccImsi(ue);
            ies.srvccCause = SrvccCauseValue::kCancelledBySource;
            SrvccPsToCsCancelNotification notification;
            notification.SetTeid(SrvccTeid(ue));
            notification.SetSequenceNumber(++m_sequence & 0xffffff);
            notification.SetIes(ies);
            Send(SrvccInterface::kAmfMsc, kCorePeer, ToPacket(notification),
                 notification.GetMessageName(), ue);
        }
    }
    N2HandoverCancelAcknowledge ack;
    ack.SetAmfUeNgapId(ue);
    ack.SetRanUeNgapId(cancel.GetRanUeNgapId());
    Send(SrvccInterface::kN2, gnb, ToPacket(ack), ack.GetMessageName(), ue);
}

void
SrvccAmfApplication::OnGtp(SrvccInterface iface, Ptr<Packet> packet)
{
    uint8_t type = 0;
    try
    {
        type = PeekGtpv2cMessageType(packet);
    }
    catch (const std::exception& e)
    {
        ReportDecodeError(iface, e.what());
        return;
    }
    switch (type)
    {
        case Gtpv2cMessageType::kForwardRelocationResponse:
        {
            ForwardRelocationResponse response;
            uint32_t ue = 0;
            if (!Decode(iface, packet, response) || !SrvccUeIndexFromTeid(response.GetTeid(), ue))
            {
                return;
            }
            NotifyReceived(iface, response.GetMessageName(), ue, packet);
            const auto& ies = response.GetIes();
            const bool accepted = ies.cause.value == Gtpv2cCauseValue::kRequestAccepted
                                  && ies.targetToSourceContainer.has_value();
            OnRelocationResponse(ue, accepted,
                                 accepted ? ies.targetToSourceContainer->container
                                          : std::vector<uint8_t>{});
            break;
        }
        case Gtpv2cMessageType::kSrvccPsToCsResponse:
        {
            SrvccPsToCsResponse response;
            uint32_t ue = 0;
            if (!Decode(iface, packet, response) || !SrvccUeIndexFromTeid(response.GetTeid(), ue))
            {
                return;
            }
            NotifyReceived(iface, response.GetMessageName(), ue, packet);
            const auto& ies = response.GetIes();
            const bool accepted = ies.cause.value == Gtpv2cCauseValue::kRequestAccepted
                                  && ies.targetToSourceContainer.has_value();
            OnRelocationResponse(ue, accepted,
                                 accepted ? *ies.targetToSourceContainer : std::vector<uint8_t>{});
            break;
        }
        case Gtpv2cMessageType::kForwardRelocationCompleteNotification:
        {
            ForwardRelocationCompleteNotification notification;
            uint32_t ue = 0;
            if (!Decode(iface, packet, notification)
                || !SrvccUeIndexFromTeid(notification.GetTeid(), ue))
            {
                return;
            }
            NotifyReceived(iface, notification.GetMessageName(), ue, packet);
            ForwardRelocationCompleteAcknowledge ack;
            ack.SetTeid(SrvccTeid(ue));
            ack.SetSequenceNumber(notification.GetSequenceNumber());
            ack.SetIes(ForwardRelocationCompleteAcknowledgeIes{});
            Send(iface, kCorePeer, ToPacket(ack), ack.GetMessageName(), ue);
            OnCompletion(ue);
            break;
        }
        case Gtpv2cMessageType::kSrvccPsToCsCompleteNotification:
        {
            SrvccPsToCsCompleteNotification notification;
            uint32_t ue = 0;
            if (!Decode(iface, packet, notification)
                || !SrvccUeIndexFromTeid(notification.GetTeid(), ue))
            {
                return;
            }
            NotifyReceived(iface, notification.GetMessageName(), ue, packet);
            SrvccPsToCsCompleteAcknowledge ack;
            ack.SetTeid(SrvccTeid(ue));
            ack.SetSequenceNumber(notification.GetSequenceNumber());
            ack.SetIes(SrvccPsToCsAcknowledgeIes{});
            Send(iface, kCorePeer, ToPacket(ack), ack.GetMessageName(), ue);
            OnCompletion(ue);
            break;
        }
        case Gtpv2cMessageType::kRelocationCancelResponse:
        {
            RelocationCancelResponse response;
            uint32_t ue = 0;
            if (Decode(iface, packet, response) && SrvccUeIndexFromTeid(response.GetTeid(), ue))
            {
                NotifyReceived(iface, response.GetMessageName(), ue, packet);
            }
            break;
        }
        case Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge:
        {
            SrvccPsToCsCancelAcknowledge ack;
            uint32_t ue = 0;
            if (Decode(iface, packet, ack) && SrvccUeIndexFromTeid(ack.GetTeid(), ue))
            {
                NotifyReceived(iface, ack.GetMessageName(), ue, packet);
            }
            break;
        }
        default:
            ReportDecodeError(iface, "unexpected GTPv2-C message type " + std::to_string(type));
    }
}

void
SrvccAmfApplication::OnRelocationResponse(uint32_t ue, bool accepted,
                                          const std::vector<uint8_t>& container)
{
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end() || it->second.state != State::kPreparing)
    {
        return; // late answer to a cancelled or timed-out handover
    }
    it->second.timer.Cancel();
    if (!accepted)
    {
        FailPreparation(ue, "relocation rejected by the CS domain");
        return;
    }
    it->second.state = State::kCommanded;
    it->second.timer = Simulator::Schedule(m_completionTimeout,
                                           &SrvccAmfApplication::OnCompletionTimeout, this, ue);
    // J.1.2 step 8: the HO Command carries the 4 LSB of the DL NAS COUNT used for the keys.
    N2HandoverCommand command;
    command.SetAmfUeNgapId(ue);
    command.SetRanUeNgapId(ue);
    command.SetDlNasCountLsb4(m_ues[ue].lastCount->Lsb4());
    command.SetTargetToSourceContainer(container);
    Send(SrvccInterface::kN2, it->second.gnb, ToPacket(command), command.GetMessageName(), ue);
}

void
SrvccAmfApplication::OnCompletion(uint32_t ue)
{
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end())
    {
        return;
    }
    // TS 23.216 6.5.4: the source side releases the UE's NG-RAN resources.
    N2UeContextReleaseCommand release;
    release.SetAmfUeNgapId(ue);
    release.SetRanUeNgapId(ue);
    release.SetCause(N2Cause::kNormalRelease);
    Send(SrvccInterface::kN2, it->second.gnb, ToPacket(release), release.GetMessageName(), ue);
    it->second.timer.Cancel();
    m_handovers.erase(it);
}

void
SrvccAmfApplication::OnResponseTimeout(uint32_t ue)
{
    FailPreparation(ue, "no relocation response from the CS domain");
}

void
SrvccAmfApplication::OnCompletionTimeout(uint32_t ue)
{
    const auto it = m_handovers.find(ue);
    if (it != m_handovers.end())
    {
        m_handovers.erase(it);
        m_handoverFailedTrace(ue, "no relocation complete notification");
    }
}

void
SrvccAmfApplication::FailPreparation(uint32_t ue, const std::string& cause)
{
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end())
    {
        return;
    }
    N2HandoverPreparationFailure failure;
    failure.SetAmfUeNgapId(ue);
    failure.SetRanUeNgapId(ue);
    failure.SetCause(N2Cause::kHoFailureInTargetSystem);
    Send(SrvccInterface::kN2, it->second.gnb, ToPacket(failure), failure.GetMessageName(), ue);
    it->second.timer.Cancel();
    m_handovers.erase(it);
    m_handoverFailedTrace(ue, cause);
}

} // namespace ns3
