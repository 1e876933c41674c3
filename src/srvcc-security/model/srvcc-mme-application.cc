/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-mme-application.h"

#include "ns3/boolean.h"
#include "ns3/gtpv2c-messages.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccMmeApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccMmeApplication);

namespace
{

constexpr uint32_t kAmfPeer = 0;
constexpr uint32_t kMscPeer = 0;

} // namespace

TypeId
SrvccMmeApplication::GetTypeId()
{
    static TypeId tid
        = AddGtpv2cReliabilityAttributes(
              MakeRoleTypeId("ns3::SrvccMmeApplication",
                             {{SrvccInterface::kN26, SrvccLinkEnd::kSecond},
                              {SrvccInterface::kSv, SrvccLinkEnd::kFirst}}),
              "The MME_SRVCC's SRVCC PS to CS Request is covered by SvResponseTimeout (1 s): "
              "T3Response x N3Requests (400 ms) plus the MSC server's TargetPreparationTimeout "
              "(0.5 s) plus the Sv round trip must fit in it.")
              .AddConstructor<SrvccMmeApplication>()
              .AddAttribute("SvResponseTimeout",
                            "How long the MME_SRVCC waits for SRVCC PS to CS Response before it "
                            "rejects the relocation and deletes the mapped context. It covers "
                            "the request's retransmissions (T3Response x N3Requests, TS 29.274 "
                            "7.6) and the MSC server's TargetPreparationTimeout.",
                            TimeValue(Seconds(1)),
                            MakeTimeAccessor(&SrvccMmeApplication::m_svResponseTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("CompletionTimeout",
                            "How long after an accepted PS to CS Response the MME_SRVCC waits for "
                            "SRVCC PS to CS Complete Notification before it deletes the mapped "
                            "context (the UE never arrived).",
                            TimeValue(Seconds(3)),
                            MakeTimeAccessor(&SrvccMmeApplication::m_completionTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute(
                  "UtranSrvccContextIe",
                  "Send CK_SRVCC/IK_SRVCC/KSI_SRVCC in the MM Context for UTRAN (v)SRVCC IE "
                  "(55, true) instead of the MM Context for E-UTRAN (v)SRVCC IE (54, false, "
                  "the default). IE 54 carries exactly what TS 33.501 J.1.2 step 5 sends "
                  "(KSI_SRVCC, CK_SRVCC, IK_SRVCC) and is the IE TS 29.280 gives a source MME "
                  "(E-UTRAN SRVCC); IE 55 is the SGSN's form for UTRAN (HSPA) SRVCC and adds "
                  "Kc'/CKSN' that 5G-SRVCC to UTRAN has no use for (sent as 'no key').",
                  BooleanValue(false),
                  MakeBooleanAccessor(&SrvccMmeApplication::m_utranSrvccContextIe),
                  MakeBooleanChecker());
    return tid;
}

SrvccMmeApplication::SrvccMmeApplication()
    : SrvccNodeApplication("SrvccMmeApplication"), m_utranSrvccContextIe(false)
{
}

void
SrvccMmeApplication::SetKeyStrategy(const SrvccKeyStrategy& strategy)
{
    NS_LOG_FUNCTION(this << srvcc::ToString(strategy.GetProfile()));
    m_strategy = strategy;
}

std::size_t
SrvccMmeApplication::GetContextCount() const
{
    return m_entries.size();
}

const MmeMappedSecurityContext*
SrvccMmeApplication::GetContext(uint32_t ueIndex) const
{
    const auto it = m_entries.find(ueIndex);
    return it == m_entries.end() ? nullptr : &it->second.context;
}

void
SrvccMmeApplication::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& [ue, entry] : m_entries)
    {
        entry.timer.Cancel();
    }
    m_entries.clear();
    SrvccNodeApplication::DoDispose();
}

void
SrvccMmeApplication::DoNodeDown()
{
    NS_LOG_FUNCTION(this);
    std::vector<uint32_t> ues;
    ues.reserve(m_entries.size());
    for (const auto& [ue, entry] : m_entries)
    {
        ues.push_back(ue);
    }
    for (uint32_t ue : ues)
    {
        DeleteContext(ue); // timer cancelled, K'ASME and CK/IK wiped
    }
}

SrvccMmeApplication::Entry*
SrvccMmeApplication::Find(uint32_t ue)
{
    const auto it = m_entries.find(ue);
    return it == m_entries.end() ? nullptr : &it->second;
}

void
SrvccMmeApplication::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << packet);
    // TS 29.274 7.6: duplicates are answered (or dropped) before the procedure sees them.
    ReceiveGtpv2c(iface, peerId, packet,
                  [this, iface, packet]()
                  {
                      OnGtp(iface, packet);
                  });
}

void
SrvccMmeApplication::OnGtp(SrvccInterface iface, Ptr<Packet> packet)
{
    uint8_t type = 0;
    if (!PeekGtpv2cType(iface, packet, type))
    {
        return;
    }
    if (iface == SrvccInterface::kN26 && type == Gtpv2cMessageType::kForwardRelocationRequest)
    {
        OnForwardRelocationRequest(packet);
    }
    else if (iface == SrvccInterface::kN26 && type == Gtpv2cMessageType::kRelocationCancelRequest)
    {
        OnRelocationCancelRequest(packet);
    }
    else if (iface == SrvccInterface::kN26
             && type == Gtpv2cMessageType::kForwardRelocationCompleteAcknowledge)
    {
        SrvccForwardRelocationCompleteAcknowledge ack;
        uint32_t ue = 0;
        DecodeForUe(iface, packet, ack, ue);
    }
    else if (iface == SrvccInterface::kSv && type == Gtpv2cMessageType::kSrvccPsToCsResponse)
    {
        OnPsToCsResponse(packet);
    }
    else if (iface == SrvccInterface::kSv
             && type == Gtpv2cMessageType::kSrvccPsToCsCompleteNotification)
    {
        OnCompleteNotification(packet);
    }
    else if (iface == SrvccInterface::kSv
             && type == Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge)
    {
        OnCancelAcknowledge(packet);
    }
    else
    {
        ReportUnexpectedType(iface, "GTPv2-C", type);
    }
}

void
SrvccMmeApplication::OnForwardRelocationRequest(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccForwardRelocationRequest request;
    if (!Decode(SrvccInterface::kN26, packet, request))
    {
        return;
    }
    const ForwardRelocationRequestIes& ies = request.GetIes();
    uint32_t ue = 0;
    // A PEI-only emergency UE has no IMSI: its MEI identifies it (TS 33.501 10.2.2.1).
    const std::optional<std::string>& mei = ies.mmContext.mei; // TS 29.274 8.38 MEI field
    if ((!ies.imsi && !mei) || !SrvccUeIndexFromTeid(ies.senderFteid.teid, ue))
    {
        ReportDecodeError(SrvccInterface::kN26, SrvccDecodeError::kMissingUeIdentity,
                          "Forward Relocation Request without IMSI (or MEI) or TEID");
        return;
    }
    NotifyReceived(SrvccInterface::kN26, request.GetSrvccMessageType(), ue, packet);
    // Checked before anything is stored, so that a request that fails leaves no context: the
    // target must be a UTRAN RNC (TS 29.274 8.51 type 0, the only one 5G-SRVCC to UTRAN
    // has), and the UE must stay identifiable on Sv: an unauthenticated IMSI is not sent
    // there (TS 23.216 6.5.4), so such a UE needs its MEI.
    const bool rncTarget
        = ies.targetIdentification.targetType == Gtpv2cTargetIdentification::kRncId;
    const bool identifiableOnSv = !ies.indication.GetUnauthenticatedImsi() || mei.has_value();
    if (!rncTarget || !identifiableOnSv)
    {
        ReportDecodeError(SrvccInterface::kN26, SrvccDecodeError::kIncorrectMandatoryIe,
                          !rncTarget ? "Target Identification is not an RNC ID"
                                     : "unauthenticated IMSI and no MEI");
        RejectToAmf(ue, Gtpv2cCauseValue::kMandatoryIeIncorrect, request.GetSequenceNumber());
        return; // the AMF ends the handover on the rejection, as on any other
    }
    // IE 107 carries the NAS Downlink COUNT of the next NAS message (TS 29.274 8.38): the
    // COUNT the AMF used for the mapped key is one less, and a profile that feeds it to A.12
    // (sol1.1) cannot work from a 0 (no COUNT used yet).
    const std::optional<srvcc::NasCount> usedCount
        = SrvccKeyStrategy::UsedDownlinkNasCount(ies.mmContext.nasDownlinkCount);
    if (!usedCount && m_strategy.NeedsUsedDownlinkNasCount())
    {
        ReportDecodeError(SrvccInterface::kN26, SrvccDecodeError::kIncorrectMandatoryIe,
                          "MM Context NAS Downlink COUNT 0: no COUNT was used");
        RejectToAmf(ue, Gtpv2cCauseValue::kMandatoryIeIncorrect, request.GetSequenceNumber());
        return;
    }
    if (!ies.indication.Get5gSrvccHoIndication() || m_entries.count(ue) != 0)
    {
        RejectToAmf(ue, Gtpv2cCauseValue::kRequestRejected, request.GetSequenceNumber());
        return;
    }

    // J.1.2 step 3: the mapped context, KASME_SRVCC with eKSI (= the ngKSI value).
    Entry& entry = m_entries[ue];
    entry.amfSequence = request.GetSequenceNumber();
    entry.context.imsi = ies.imsi ? *ies.imsi : *mei;
    entry.context.ueIndex = ue;
    entry.context.mappedKasme = ies.mmContext.kasme;
    entry.context.eksi = srvcc::Eksi{srvcc::KsiType::kMapped, ies.mmContext.ksiAsme};
    entry.context.downlinkNasCount = usedCount.value_or(srvcc::NasCount{});
    NotifyContextCreated(ue, SrvccContextKind::kMmeMapped);
    entry.timer
        = Simulator::Schedule(m_svResponseTimeout, &SrvccMmeApplication::OnTimeout, this, ue);

    // What the MSC server needs besides the keys (TS 23.216 6.5.4 step 6, TS 29.280 5.2.2).
    SrvccPsToCsRequestIes& out = entry.request;
    // TS 23.216 6.5.4 / 6.2.2.1: for an emergency session only an authenticated IMSI goes to
    // the MSC server; an unauthenticated one (UIMSI) stays here for recording.
    out.imsi = ies.indication.GetUnauthenticatedImsi() ? std::nullopt : ies.imsi;
    out.mei = mei;
    out.svAddressForControlPlane = GetLocalAddress(SrvccInterface::kSv);
    out.svTeidForControlPlane = SrvccTeid(ue);
    out.cMsisdn = ies.cMsisdn;
    out.stnSr = ies.stnSr;
    out.sourceToTargetContainer = ies.sourceToTargetContainer.container;
    out.targetRncId = ies.targetIdentification.rnc;
    // Target Identification (TS 29.274 8.51) carries a RAC; the Sv Target RNC ID (TS 29.280
    // 6.8) is LAI + RNC-ID, as the Wireshark dissector reads it.
    out.targetRncId.rac.reset();
    SvFlags flags;
    // TS 29.280 6.11: EmInd for an emergency session, which the AMF flags EMCI (TS 29.274
    // 8.12); an unauthenticated IMSI is only ever an emergency UE's.
    flags.emergency
        = ies.indication.GetEmergencyPduSession() || ies.indication.GetUnauthenticatedImsi();
    out.svFlags = flags;
    entry.classmarks = ies.additionalMmContextForSrvcc.value_or(SrvccClassmarks{});
    Spend(GetKeyDerivationDelay(),
          [this, ue]()
          {
              SendPsToCsRequest(ue);
          });
}

void
SrvccMmeApplication::SendPsToCsRequest(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    Entry* entry = Find(ue);
    if (entry == nullptr || entry->state != State::kDeriving)
    {
        return; // cancelled while deriving
    }
    MmeMappedSecurityContext& c = entry->context;
    try
    {
        // J.1.2 steps 4-5: CK_SRVCC || IK_SRVCC from KASME_SRVCC (TS 33.401 A.12), eKSI ->
        // KSI_SRVCC.
        MmeSrvccKeys keys = m_strategy.DeriveAtMme(c.mappedKasme, c.eksi, c.downlinkNasCount);
        c.ckIk = std::move(keys.ckIk);
        c.ksiSrvcc = keys.ksiSrvcc;
    }
    catch (const srvcc::CryptoError& e)
    {
        RejectToAmf(ue, Gtpv2cCauseValue::kMandatoryIeIncorrect, entry->amfSequence);
        NS_LOG_WARN("UE " << ue << ": the MME_SRVCC cannot derive keys: " << e.what());
        NotifyHandoverFailed(ue, SrvccFailureCause::kMmeCannotDeriveKeys);
        DeleteContext(ue);
        return;
    }
    const auto step = m_strategy.CkIkStep();
    NotifyKeyDerived(ue, step);

    SrvccPsToCsRequestIes& ies = entry->request;
    if (m_utranSrvccContextIe)
    {
        MmContextUtranSrvcc mm;
        mm.ksiCs = c.ksiSrvcc;
        mm.ckCs = c.ckIk.ck;
        mm.ikCs = c.ckIk.ik;
        mm.cksn = 7; // no GSM ciphering key (TS 24.008 10.5.1.2)
        mm.classmarks = entry->classmarks;
        ies.utranSrvccContext = std::move(mm);
    }
    else
    {
        MmContextEutranSrvcc mm;
        mm.eKsi = c.ksiSrvcc;
        mm.ckSrvcc = c.ckIk.ck;
        mm.ikSrvcc = c.ckIk.ik;
        mm.classmarks = entry->classmarks;
        ies.eutranSrvccContext = std::move(mm);
    }
    SrvccPsToCsRequest request;
    request.SetTeid(0);
    request.SetSequenceNumber(++m_sequence & 0xffffff);
    request.SetIes(ies);
    // The request's copy of the keys has served its purpose once encoded.
    ies.utranSrvccContext.reset();
    ies.eutranSrvccContext.reset();
    entry->state = State::kWaitingForMsc;
    entry->svRequest = request.GetSequenceNumber();
    NS_LOG_INFO("UE " << ue << ": keys for the MSC server derived, waiting for its response");
    // Kept for retransmission until answered (TS 29.274 7.6), at most until the context ends.
    SendGtpv2cRequest(SrvccInterface::kSv, kMscPeer, request, ue);
}

void
SrvccMmeApplication::OnPsToCsResponse(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccPsToCsResponse response;
    uint32_t ue = 0;
    if (!DecodeForUe(SrvccInterface::kSv, packet, response, ue))
    {
        return;
    }
    Entry* entry = Find(ue);
    if (entry == nullptr || entry->state != State::kWaitingForMsc)
    {
        return;
    }
    entry->timer.Cancel();
    const auto& ies = response.GetIes();
    if (ies.cause.value != Gtpv2cCauseValue::kRequestAccepted || !ies.targetToSourceContainer)
    {
        RejectToAmf(ue, ies.cause.value, entry->amfSequence);
        NotifyHandoverFailed(ue, SrvccFailureCause::kPsToCsResponseRejected, ies.cause.value);
        DeleteContext(ue);
        return;
    }
    // Step 7: Forward Relocation Response with the target's container.
    ForwardRelocationResponseIes out;
    out.cause.value = Gtpv2cCauseValue::kRequestAccepted;
    Gtpv2cFteid fteid;
    fteid.interfaceType = Gtpv2cFteid::kS10N26MmeGtpC;
    fteid.teid = SrvccTeid(ue);
    fteid.ipv4 = GetLocalAddress(SrvccInterface::kN26);
    out.senderFteid = fteid;
    Gtpv2cFContainer container;
    container.containerType = Gtpv2cFContainer::kUtranTransparentContainer;
    container.container = *ies.targetToSourceContainer;
    out.targetToSourceContainer = std::move(container);
    SrvccForwardRelocationResponse forward;
    forward.SetTeid(SrvccTeid(ue)); // the AMF's TEID for this UE
    forward.SetSequenceNumber(entry->amfSequence);
    forward.SetIes(out);
    entry->state = State::kWaitingForCompletion;
    NS_LOG_INFO("UE " << ue << ": MSC server accepted, waiting for the completion");
    entry->timer
        = Simulator::Schedule(m_completionTimeout, &SrvccMmeApplication::OnTimeout, this, ue);
    SendGtpv2cResponse(SrvccInterface::kN26, kAmfPeer, forward, ue);
}

void
SrvccMmeApplication::OnCompleteNotification(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccPsToCsCompleteNotification notification;
    uint32_t ue = 0;
    if (!DecodeForUe(SrvccInterface::kSv, packet, notification, ue))
    {
        return;
    }
    if (Find(ue) == nullptr)
    {
        // No SRVCC procedure for the UE this TEID names: TS 29.274 7.7.1 "Context not found",
        // and nothing goes on to the AMF.
        SrvccPsToCsAcknowledgeIes refused;
        refused.cause.value = Gtpv2cCauseValue::kContextNotFound;
        Answer<SrvccPsToCsCompleteAcknowledge>(SrvccInterface::kSv, kMscPeer, notification, ue,
                                               refused);
        ReportDecodeError(SrvccInterface::kSv, SrvccDecodeError::kNoProcedureInProgress,
                          "SRVCC PS to CS Complete Notification");
        return;
    }
    if (Find(ue)->state != State::kWaitingForCompletion)
    {
        // TS 29.280 5.2.3-5.2.4: the notification follows an accepted SRVCC PS to CS Response.
        // Before it (a forged or corrupted TEID), it would end a handover that is still being
        // prepared: dropped, and the procedure goes on under its own timer.
        ReportDecodeError(SrvccInterface::kSv, SrvccDecodeError::kNoProcedureInProgress,
                          "SRVCC PS to CS Complete Notification before the PS to CS Response");
        return;
    }
    Answer<SrvccPsToCsCompleteAcknowledge>(SrvccInterface::kSv, kMscPeer, notification, ue,
                                           SrvccPsToCsAcknowledgeIes{});

    if (notification.GetIes().srvccPostFailureCause)
    {
        // TS 29.280 5.2.4: the MSC server reports that the handover failed after the response
        // (the UE did not arrive, or its keys did not check out): nothing will complete.
        NotifyHandoverFailed(ue, SrvccFailureCause::kPostFailureCause,
                             *notification.GetIes().srvccPostFailureCause);
    }
    // In both cases the UE has left 5G: the AMF releases the source side.
    SrvccForwardRelocationCompleteNotification forward;
    forward.SetTeid(SrvccTeid(ue));
    forward.SetSequenceNumber(++m_sequence & 0xffffff);
    forward.SetIes(ForwardRelocationCompleteNotificationIes{});
    SendGtpv2cRequest(SrvccInterface::kN26, kAmfPeer, forward, ue);
    // The MSC server holds (or has deleted) the SRVCC context; the MME's mapped copy has served
    // its purpose.
    DeleteContext(ue);
}

void
SrvccMmeApplication::OnRelocationCancelRequest(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccRelocationCancelRequest request;
    uint32_t ue = 0;
    if (!DecodeForUe(SrvccInterface::kN26, packet, request, ue))
    {
        return;
    }
    Entry* entry = Find(ue);
    RelocationCancelResponseIes out;
    out.cause.value
        = entry ? Gtpv2cCauseValue::kRequestAccepted : Gtpv2cCauseValue::kContextNotFound;
    Answer<SrvccRelocationCancelResponse>(SrvccInterface::kN26, kAmfPeer, request, ue, out);
    if (entry == nullptr)
    {
        return;
    }
    if (entry->state != State::kDeriving)
    {
        SendCancelToMsc(ue); // TS 23.216 6.2.2.2: the MME_SRVCC tells the MSC server to cancel
    }
    DeleteContext(ue);
}

void
SrvccMmeApplication::OnCancelAcknowledge(Ptr<Packet> packet)
{
    SrvccPsToCsCancelAcknowledge ack;
    uint32_t ue = 0;
    DecodeForUe(SrvccInterface::kSv, packet, ack, ue);
}

void
SrvccMmeApplication::SendCancelToMsc(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    const Entry* entry = Find(ue);
    SrvccPsToCsCancelNotificationIes ies;
    ies.imsi = entry ? entry->context.imsi : SrvccImsi(ue);
    ies.srvccCause = SrvccCauseValue::kCancelledBySource;
    SrvccPsToCsCancelNotification notification;
    notification.SetTeid(SrvccTeid(ue));
    notification.SetSequenceNumber(++m_sequence & 0xffffff);
    notification.SetIes(ies);
    SendGtpv2cRequest(SrvccInterface::kSv, kMscPeer, notification, ue);
}

void
SrvccMmeApplication::OnTimeout(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    Entry* entry = Find(ue);
    if (entry == nullptr)
    {
        return;
    }
    if (entry->state == State::kWaitingForMsc || entry->state == State::kDeriving)
    {
        RejectToAmf(ue, Gtpv2cCauseValue::kRemotePeerNotResponding, entry->amfSequence);
        NotifyHandoverFailed(ue, SrvccFailureCause::kNoPsToCsResponse);
        if (entry->state == State::kWaitingForMsc)
        {
            SendCancelToMsc(ue); // a late request must not leave keys at the MSC server
        }
    }
    else
    {
        NotifyHandoverFailed(ue, SrvccFailureCause::kNoPsToCsCompleteNotification);
    }
    DeleteContext(ue);
}

void
SrvccMmeApplication::RejectToAmf(uint32_t ue, uint8_t cause, uint32_t sequence)
{
    NS_LOG_FUNCTION(this << ue << unsigned{cause} << sequence);
    ForwardRelocationResponseIes out;
    out.cause.value = cause == Gtpv2cCauseValue::kRequestAccepted
                          ? Gtpv2cCauseValue::kRelocationFailure
                          : cause;
    SrvccForwardRelocationResponse response;
    response.SetTeid(SrvccTeid(ue));
    response.SetSequenceNumber(sequence);
    response.SetIes(out);
    SendGtpv2cResponse(SrvccInterface::kN26, kAmfPeer, response, ue);
}

void
SrvccMmeApplication::DeleteContext(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    const auto it = m_entries.find(ue);
    if (it == m_entries.end())
    {
        return;
    }
    it->second.timer.Cancel();
    if (it->second.svRequest)
    {
        // Its PS to CS Request (with CK/IK) is not sent again once the context is gone.
        StopGtpv2cRequest(SrvccInterface::kSv, kMscPeer, *it->second.svRequest);
    }
    it->second.context.Wipe();
    m_entries.erase(it);
    NotifyContextDeleted(ue, SrvccContextKind::kMmeMapped);
}

} // namespace ns3
