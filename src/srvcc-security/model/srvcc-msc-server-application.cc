/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-msc-server-application.h"

#include "ns3/boolean.h"
#include "ns3/gtpv2c-messages.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/trace-source-accessor.h"
#include "srvcc-message-classifier.h"

#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccMscServerApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccMscServerApplication);

namespace
{

constexpr uint32_t kCorePeer = 0;
/** UIA1 and UIA2 (bits 1, 2); UEA0, UEA1, UEA2 (bits 0..2). UIA0 only for J.2 sessions. */
constexpr uint8_t kPermittedUia = 0x06;
constexpr uint8_t kPermittedUea = 0x07;
/** An unauthenticated emergency session: UIA0 and UEA0 only (TS 33.501 10.2.2.1, J.2.2). */
constexpr uint8_t kUnauthenticatedUia = 0x01;
constexpr uint8_t kUnauthenticatedUea = 0x01;

} // namespace

TypeId
SrvccMscServerApplication::GetTypeId()
{
    static TypeId tid
        = AddGtpv2cReliabilityAttributes(
              MakeRoleTypeId("ns3::SrvccMscServerApplication",
                             {{SrvccInterface::kSv, SrvccLinkEnd::kSecond},
                              {SrvccInterface::kAmfMsc, SrvccLinkEnd::kSecond},
                              {SrvccInterface::kIu, SrvccLinkEnd::kFirst}}),
              "The MSC server's SRVCC PS to CS Complete Notification is covered by the "
              "MME_SRVCC's CompletionTimeout (3 s): UeArrivalTimeout (2 s) plus T3Response x "
              "N3Requests (400 ms) plus the Sv round trip must fit in it.")
              .AddConstructor<SrvccMscServerApplication>()
              .AddAttribute("TargetPreparationTimeout",
                            "How long the MSC server waits for the target RNC's Relocation Request "
                            "Acknowledge before it rejects the PS to CS request. With the "
                            "source's T3Response x N3Requests (400 ms) it must fit in the "
                            "source's response timer (MME_SRVCC SvResponseTimeout 1 s; sol1.2: "
                            "AMF RelocationResponseTimeout 1.5 s), so that a request that got "
                            "through only on its last attempt is still answered in time.",
                            TimeValue(MilliSeconds(500)),
                            MakeTimeAccessor(&SrvccMscServerApplication::m_preparationTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("UeArrivalTimeout",
                            "How long after SRVCC PS to CS Response the MSC server waits for the "
                            "UE on UTRAN before it deletes the SRVCC context.",
                            TimeValue(Seconds(2)),
                            MakeTimeAccessor(&SrvccMscServerApplication::m_ueArrivalTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("RejectPsToCs",
                            "Fault: answer every SRVCC PS to CS Request with a reject cause.",
                            BooleanValue(false),
                            MakeBooleanAccessor(&SrvccMscServerApplication::m_rejectPsToCs),
                            MakeBooleanChecker())
              .AddAttribute("TamperCk",
                            "Attack: flip one bit of the CK_SRVCC the MSC server stores (the MAC-I "
                            "check on the ciphered HO Complete must catch it).",
                            BooleanValue(false),
                            MakeBooleanAccessor(&SrvccMscServerApplication::m_tamperCk),
                            MakeBooleanChecker())
              .AddAttribute(
                  "TamperIk", "Attack: flip one bit of the IK_SRVCC the MSC server stores.",
                  BooleanValue(false), MakeBooleanAccessor(&SrvccMscServerApplication::m_tamperIk),
                  MakeBooleanChecker())
              .AddTraceSource(
                  "HandoverCompleted",
                  "The UE arrived on UTRAN and its keys checked out: UE index.",
                  MakeTraceSourceAccessor(&SrvccMscServerApplication::m_handoverCompletedTrace),
                  "ns3::SrvccMscServerApplication::HandoverCompletedTracedCallback");
    return tid;
}

SrvccMscServerApplication::SrvccMscServerApplication()
    : SrvccNodeApplication("SrvccMscServerApplication")
    , m_rejectPsToCs(false)
    , m_tamperCk(false)
    , m_tamperIk(false)
{
}

std::size_t
SrvccMscServerApplication::GetContextCount() const
{
    return m_entries.size();
}

std::size_t
SrvccMscServerApplication::GetIncompleteContextCount() const
{
    std::size_t n = 0;
    for (const auto& [ue, entry] : m_entries)
    {
        n += entry.state != State::kActive ? 1 : 0;
    }
    return n;
}

const MscSrvccSecurityContext*
SrvccMscServerApplication::GetContext(uint32_t ueIndex) const
{
    const auto it = m_entries.find(ueIndex);
    return it == m_entries.end() ? nullptr : &it->second.context;
}

bool
SrvccMscServerApplication::IsUnauthenticatedEmergency(uint32_t ueIndex) const
{
    const auto it = m_entries.find(ueIndex);
    return it != m_entries.end() && it->second.unauthenticatedEmergency;
}

void
SrvccMscServerApplication::DoDispose()
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
SrvccMscServerApplication::DoNodeDown()
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
        // A down node sends nothing: the target RNC releases the resources with its own guard.
        DeleteContext(ue, false);
    }
}

SrvccMscServerApplication::Entry*
SrvccMscServerApplication::Find(uint32_t ue)
{
    const auto it = m_entries.find(ue);
    return it == m_entries.end() ? nullptr : &it->second;
}

void
SrvccMscServerApplication::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << packet);
    if (iface == SrvccInterface::kIu)
    {
        OnIu(peerId, packet);
    }
    else if (iface == SrvccInterface::kSv || iface == SrvccInterface::kAmfMsc)
    {
        // TS 29.274 7.6: a retransmitted PS to CS Request is not processed twice (one context,
        // one Relocation Request on Iu); a duplicate gets the cached response.
        ReceiveGtpv2c(iface, peerId, packet,
                      [this, iface, packet]()
                      {
                          OnGtp(iface, packet);
                      });
    }
    else
    {
        ReportDecodeError(iface, SrvccDecodeError::kInterfaceNotServed,
                          "the MSC server serves no such interface");
    }
}

void
SrvccMscServerApplication::OnGtp(SrvccInterface iface, Ptr<Packet> packet)
{
    uint8_t type = 0;
    if (!PeekGtpv2cType(iface, packet, type))
    {
        return;
    }
    switch (type)
    {
        case Gtpv2cMessageType::kSrvccPsToCsRequest:
            OnPsToCsRequest(iface, packet);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsCancelNotification:
            OnCancelNotification(iface, packet);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsCompleteAcknowledge:
        {
            SrvccPsToCsCompleteAcknowledge ack;
            uint32_t ue = 0;
            DecodeForUe(iface, packet, ack, ue);
            break;
        }
        default:
            ReportUnexpectedType(iface, "GTPv2-C", type);
    }
}

void
SrvccMscServerApplication::OnPsToCsRequest(SrvccInterface iface, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << packet);
    SrvccPsToCsRequest request;
    if (!Decode(iface, packet, request))
    {
        return;
    }
    const SrvccPsToCsRequestIes& ies = request.GetIes();
    uint32_t ue = 0;
    if ((!ies.imsi && !ies.mei) || !SrvccUeIndexFromTeid(ies.svTeidForControlPlane, ue)
        || (!ies.utranSrvccContext && !ies.eutranSrvccContext))
    {
        ReportDecodeError(iface, SrvccDecodeError::kMissingMandatoryIe,
                          "SRVCC PS to CS Request without IMSI, TEID or MM Context");
        return;
    }
    NotifyReceived(iface, request.GetSrvccMessageType(), ue, packet);
    // Checked before anything is stored: a request that fails leaves no context behind.
    // KSI 7 is "no key is available" (TS 24.008 10.5.1.2): nothing the RNC could use.
    const uint8_t ksi
        = ies.utranSrvccContext ? ies.utranSrvccContext->ksiCs : ies.eutranSrvccContext->eKsi;
    std::string identity = ies.imsi ? *ies.imsi : *ies.mei;
    if (!ies.imsi && identity.size() == 16)
    {
        // An IMEISV (TAC, SNR, SVN; TS 23.003 6.2.2) as MEI: RANAP's IMEI is TAC and SNR.
        identity.resize(14);
    }
    const bool identityUsable = identity.size() >= 6 && identity.size() <= 15
                                && identity.find_first_not_of("0123456789") == std::string::npos;
    if (ksi > 6 || !identityUsable)
    {
        ReportDecodeError(iface, SrvccDecodeError::kIncorrectMandatoryIe,
                          ksi > 6 ? "KSI'cs out of range" : "IMSI/MEI not usable as identity");
        RespondReject(iface, ue, request.GetSequenceNumber(), SrvccCauseValue::kUnspecified,
                      Gtpv2cCauseValue::kMandatoryIeIncorrect);
        NotifyHandoverFailed(ue, SrvccFailureCause::kMscRejectedRequest);
        return;
    }
    if (!HasPeer(SrvccInterface::kIu, ies.targetRncId.rncId))
    {
        // TS 29.280 6.3: SRVCC Cause "Unknown target ID".
        ReportDecodeError(iface, SrvccDecodeError::kUnknownPeer, "no link to the target RNC");
        RespondReject(iface, ue, request.GetSequenceNumber(), SrvccCauseValue::kUnknownTargetId);
        NotifyHandoverFailed(ue, SrvccFailureCause::kMscRejectedRequest);
        return;
    }
    if (m_rejectPsToCs || m_entries.count(ue) != 0)
    {
        RespondReject(iface, ue, request.GetSequenceNumber(),
                      SrvccCauseValue::kPermanentSessionLegError);
        NotifyHandoverFailed(ue, SrvccFailureCause::kMscRejectedRequest);
        return;
    }

    // The mapped SRVCC security context: CK_SRVCC, IK_SRVCC, KSI_SRVCC and nothing else.
    Entry& entry = m_entries[ue];
    entry.source = iface;
    entry.rnc = ies.targetRncId.rncId;
    entry.requestSequence = request.GetSequenceNumber();
    // RANAP's Permanent NAS UE Identity: the IMSI, or the IMEI of a UE known by MEI only.
    entry.context.imsi = identity;
    // TS 23.216 6.5.4: an emergency session whose IMSI is not sent (not authenticated) but
    // whose MEI is: an unauthenticated emergency session, which "shall result in an
    // unauthenticated IMS Emergency Session in the other RAT" (TS 33.501 10.2.2.1, J.2.2).
    const bool emergency = ies.svFlags && ies.svFlags->emergency;
    entry.unauthenticatedEmergency = emergency && !ies.imsi && ies.mei;
    entry.context.ueIndex = ue;
    if (ies.utranSrvccContext)
    {
        entry.context.ckIk.ck = ies.utranSrvccContext->ckCs;
        entry.context.ckIk.ik = ies.utranSrvccContext->ikCs;
        entry.context.ksiSrvcc = ies.utranSrvccContext->ksiCs;
    }
    else
    {
        entry.context.ckIk.ck = ies.eutranSrvccContext->ckSrvcc;
        entry.context.ckIk.ik = ies.eutranSrvccContext->ikSrvcc;
        entry.context.ksiSrvcc = ies.eutranSrvccContext->eKsi;
    }
    if (m_tamperCk)
    {
        entry.context.ckIk.ck.Data()[0] ^= 0x01;
    }
    if (m_tamperIk)
    {
        entry.context.ckIk.ik.Data()[0] ^= 0x01;
    }
    NotifyContextCreated(ue, SrvccContextKind::kMscSrvcc);

    // TS 23.216 6.2.2.1 steps 6-8: prepare the target RNC with the keys.
    SrvccIuRelocationRequest relocation;
    relocation.SetUeId(ue);
    relocation.SetImsi(entry.context.imsi);
    relocation.SetCk(entry.context.ckIk.ck);
    relocation.SetIk(entry.context.ckIk.ik);
    // The unauthenticated emergency session gets "UIA0 / UEA0 only": UIA0 is no RANAP code
    // point, so the Relocation Request then carries no Integrity Protection Information and no
    // Encryption Information (both optional, TS 25.413 9.3.3): integrity protection is not
    // started and no key goes to the RNC (TS 33.501 10.2.2.1: it stays unauthenticated).
    relocation.SetPermittedIntegrityAlgorithms(entry.unauthenticatedEmergency ? kUnauthenticatedUia
                                                                              : kPermittedUia);
    relocation.SetPermittedCipheringAlgorithms(entry.unauthenticatedEmergency ? kUnauthenticatedUea
                                                                              : kPermittedUea);
    relocation.SetSourceToTargetContainer(ies.sourceToTargetContainer);
    // Allocated by the CN: most significant bit 1 (TS 25.413 9.3.4), then the UE's 23 bits.
    relocation.SetIuSigConId(0x800000 | (ue & 0x7fffff));
    NS_LOG_INFO(
        "UE " << ue << ": SRVCC context held (CK, IK, KSI " << unsigned{entry.context.ksiSrvcc}
              << "), preparing target RNC " << entry.rnc
              << (entry.unauthenticatedEmergency ? " for an unauthenticated emergency call" : ""));
    entry.timer = Simulator::Schedule(m_preparationTimeout,
                                      &SrvccMscServerApplication::OnPreparationTimeout, this, ue);
    Send(SrvccInterface::kIu, entry.rnc, ToPacket(relocation), relocation.GetSrvccMessageType(),
         ue);
}

void
SrvccMscServerApplication::OnIu(uint32_t /* rnc */, Ptr<Packet> packet)
{
    // RANAP: the PDU choice and procedure code after the connection reference.
    const std::optional<SrvccMessageType> type = SrvccClassifyArrival(SrvccInterface::kIu, packet);
    if (!type)
    {
        ReportDecodeError(SrvccInterface::kIu, SrvccDecodeError::kWrongProtocol, "RANAP");
        return;
    }
    switch (*type)
    {
        case SrvccMessageType::kIuRelocationRequestAcknowledge:
            OnRelocationRequestAcknowledge(packet);
            break;
        case SrvccMessageType::kIuRelocationFailure:
            OnRelocationFailure(packet);
            break;
        case SrvccMessageType::kIuRelocationDetect:
        {
            SrvccIuRelocationDetect detect;
            if (Decode(SrvccInterface::kIu, packet, detect))
            {
                NotifyReceived(SrvccInterface::kIu, detect.GetSrvccMessageType(), detect.GetUeId(),
                               packet);
            }
            break;
        }
        case SrvccMessageType::kIuRelocationComplete:
            OnRelocationComplete(packet);
            break;
        case SrvccMessageType::kIuReleaseRequest:
            OnIuReleaseRequest(packet);
            break;
        case SrvccMessageType::kIuReleaseComplete:
        {
            SrvccIuReleaseComplete complete;
            if (Decode(SrvccInterface::kIu, packet, complete))
            {
                NotifyReceived(SrvccInterface::kIu, complete.GetSrvccMessageType(),
                               complete.GetUeId(), packet);
            }
            break;
        }
        default:
            ReportUnexpectedType(SrvccInterface::kIu, "RANAP", static_cast<unsigned>(*type));
    }
}

void
SrvccMscServerApplication::OnRelocationRequestAcknowledge(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccIuRelocationRequestAcknowledge ack;
    if (!Decode(SrvccInterface::kIu, packet, ack))
    {
        return;
    }
    const uint32_t ue = ack.GetUeId();
    NotifyReceived(SrvccInterface::kIu, ack.GetSrvccMessageType(), ue, packet);
    Entry* entry = Find(ue);
    if (entry == nullptr || entry->state != State::kPreparingTarget)
    {
        return;
    }
    entry->timer.Cancel();
    SrvccPsToCsResponseIes ies;
    ies.cause.value = Gtpv2cCauseValue::kRequestAccepted;
    ies.mscSvTeidForControlPlane = SrvccTeid(ue);
    ies.targetToSourceContainer = ack.GetTargetToSourceContainer();
    SrvccPsToCsResponse response;
    response.SetTeid(SrvccTeid(ue)); // the MME's (or AMF's) TEID for this UE
    response.SetSequenceNumber(entry->requestSequence);
    response.SetIes(ies);
    entry->state = State::kWaitingForUe;
    NS_LOG_INFO("UE " << ue << ": target RNC prepared, waiting for the UE on UTRAN");
    entry->timer = Simulator::Schedule(m_ueArrivalTimeout,
                                       &SrvccMscServerApplication::OnUeArrivalTimeout, this, ue);
    SendGtpv2cResponse(entry->source, kCorePeer, response, ue);
}

void
SrvccMscServerApplication::OnRelocationFailure(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccIuRelocationFailure failure;
    if (!Decode(SrvccInterface::kIu, packet, failure))
    {
        return;
    }
    const uint32_t ue = failure.GetUeId();
    NotifyReceived(SrvccInterface::kIu, failure.GetSrvccMessageType(), ue, packet);
    Entry* entry = Find(ue);
    if (entry == nullptr || entry->state != State::kPreparingTarget)
    {
        return;
    }
    RespondReject(entry->source, ue, entry->requestSequence,
                  SrvccCauseValue::kNoRadioResourcesInTargetCell);
    NotifyHandoverFailed(ue, SrvccFailureCause::kTargetRncRefused);
    DeleteContext(ue, false);
}

void
SrvccMscServerApplication::OnRelocationComplete(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccIuRelocationComplete complete;
    if (!Decode(SrvccInterface::kIu, packet, complete))
    {
        return;
    }
    const uint32_t ue = complete.GetUeId();
    NotifyReceived(SrvccInterface::kIu, complete.GetSrvccMessageType(), ue, packet);
    Entry* entry = Find(ue);
    if (entry == nullptr || entry->state != State::kWaitingForUe)
    {
        return;
    }
    entry->timer.Cancel();
    entry->state = State::kActive;
    NS_LOG_INFO("UE " << ue << ": MAC-I verified at the target RNC, SRVCC context active");
    NS_LOG_INFO("UE " << ue << ": handover complete, the call continues on UTRAN CS");
    m_handoverCompletedTrace(ue, SrvccImsiNumber(ue));
    NotifyCompletion(ue, std::nullopt);
}

void
SrvccMscServerApplication::OnIuReleaseRequest(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccIuReleaseRequest request;
    if (!Decode(SrvccInterface::kIu, packet, request))
    {
        return;
    }
    const uint32_t ue = request.GetUeId();
    NotifyReceived(SrvccInterface::kIu, request.GetSrvccMessageType(), ue, packet);
    Entry* entry = Find(ue);
    if (entry == nullptr || entry->state != State::kWaitingForUe)
    {
        return;
    }
    entry->timer.Cancel();
    // The target RNC gives the relocation up once the UE is there: its first message failed
    // the integrity check (the RNC's cause), i.e. the UE's keys and the network's differ and the
    // SRVCC context cannot be used.
    NS_LOG_INFO("UE " << ue << ": target RNC asks for release, cause " << request.GetCause());
    NotifyHandoverFailed(ue, SrvccFailureCause::kMacIMismatch);
    NotifyCompletion(ue, SrvccCauseValue::kRadioInterfaceProcedureFailure);
    DeleteContext(ue, true);
}

void
SrvccMscServerApplication::NotifyCompletion(uint32_t ue, std::optional<uint8_t> postFailureCause)
{
    NS_LOG_FUNCTION(this << ue << postFailureCause.has_value());
    const Entry* entry = Find(ue);
    SrvccPsToCsCompleteNotificationIes ies;
    if (!entry->unauthenticatedEmergency)
    {
        ies.imsi = entry->context.imsi; // no (unauthenticated) IMSI was received to echo
    }
    // TS 29.280 5.2.4: "SRVCC post failure cause" tells the source side the handover failed
    // after the response, so it does not wait for its own timers with keys in hand.
    ies.srvccPostFailureCause = postFailureCause;
    SrvccPsToCsCompleteNotification notification;
    notification.SetTeid(SrvccTeid(ue));
    notification.SetSequenceNumber(++m_sequence & 0xffffff);
    notification.SetIes(ies);
    SendGtpv2cRequest(entry->source, kCorePeer, notification, ue);
}

void
SrvccMscServerApplication::OnCancelNotification(SrvccInterface iface, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << packet);
    SrvccPsToCsCancelNotification notification;
    uint32_t ue = 0;
    if (!DecodeForUe(iface, packet, notification, ue))
    {
        return;
    }
    SrvccPsToCsAcknowledgeIes ies;
    ies.cause.value = m_entries.count(ue) ? Gtpv2cCauseValue::kRequestAccepted
                                          : Gtpv2cCauseValue::kContextNotFound;
    Answer<SrvccPsToCsCancelAcknowledge>(iface, kCorePeer, notification, ue, ies);
    if (m_entries.count(ue))
    {
        NotifyHandoverFailed(ue, SrvccFailureCause::kCancelledBySource);
        DeleteContext(ue, true);
    }
}

void
SrvccMscServerApplication::OnPreparationTimeout(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    Entry* entry = Find(ue);
    if (entry == nullptr)
    {
        return;
    }
    RespondReject(entry->source, ue, entry->requestSequence, SrvccCauseValue::kFailureWithTarget);
    NotifyHandoverFailed(ue, SrvccFailureCause::kNoAnswerFromTargetRnc);
    DeleteContext(ue, true);
}

void
SrvccMscServerApplication::OnUeArrivalTimeout(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    NotifyHandoverFailed(ue, SrvccFailureCause::kUeDidNotArrive);
    NotifyCompletion(ue, SrvccCauseValue::kRadioInterfaceProcedureFailure);
    DeleteContext(ue, true);
}

void
SrvccMscServerApplication::RespondReject(SrvccInterface iface, uint32_t ue, uint32_t sequence,
                                         uint8_t srvccCause, uint8_t cause)
{
    NS_LOG_FUNCTION(this << ToString(iface) << ue << sequence << unsigned{srvccCause});
    SrvccPsToCsResponseIes ies;
    ies.cause.value = cause;
    ies.srvccCause = srvccCause;
    SrvccPsToCsResponse response;
    response.SetTeid(SrvccTeid(ue));
    response.SetSequenceNumber(sequence);
    response.SetIes(ies);
    SendGtpv2cResponse(iface, kCorePeer, response, ue);
}

void
SrvccMscServerApplication::DeleteContext(uint32_t ue, bool releaseTarget)
{
    NS_LOG_FUNCTION(this << ue << releaseTarget);
    const auto it = m_entries.find(ue);
    if (it == m_entries.end())
    {
        return;
    }
    // TS 33.501 J.1.2 / TR 33.856 6.1.2: "the MSC server enhanced for SRVCC shall delete the
    // newly mapped SRVCC security context for the UE, including CK_SRVCC, IK_SRVCC and
    // KSI_SRVCC".
    it->second.timer.Cancel();
    const uint32_t rnc = it->second.rnc;
    it->second.context.Wipe();
    m_entries.erase(it);
    NotifyContextDeleted(ue, SrvccContextKind::kMscSrvcc);
    if (releaseTarget)
    {
        SrvccIuReleaseCommand release;
        release.SetUeId(ue);
        release.SetCause(IuCause::kRelocationCancelled);
        Send(SrvccInterface::kIu, rnc, ToPacket(release), release.GetSrvccMessageType(), ue);
    }
}

} // namespace ns3
