/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-amf-application.h"

#include "ns3/boolean.h"
#include "ns3/gtpv2c-messages.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-nas-protection.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "ns3/string.h"
#include "srvcc-enum-attribute.h"
#include "srvcc-message-classifier.h"
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
    // TS 29.274 8.51.2: NGAP's Target RNC-ID has no RAC, so the AMF sends the default 0xFF in
    // the Target Identification, and the MME_SRVCC ignores it.
    out.rac = Gtpv2cTargetIdentification::k5gSrvccDefaultRac;
    out.rncId = id.rncId;
    return out;
}

/**
 * The S1-AP Cause (F-Cause instance 0) of the Forward Relocation Request, "derived from the
 * information received from the source NG-RAN" (TS 29.274 Table 7.3.1-1): the NGAP cause of
 * the Handover Required mapped to its S1AP namesake (TS 29.010, TS 36.413 9.2.1.3).
 */
Gtpv2cFCause
S1apCauseOf(N2Cause cause)
{
    Gtpv2cFCause out;
    out.instance = Gtpv2cFCause::kRanCauseInstance;
    out.causeType = Gtpv2cFCause::kRadioNetworkLayer;
    uint8_t value = 0; // CauseRadioNetwork unspecified
    switch (cause)
    {
        case N2Cause::kHandoverCancelled:
            value = 4;
            break;
        case N2Cause::kHoFailureInTargetSystem:
            value = 6; // ho-failure-in-target-EPC-eNB-or-target-system
            break;
        case N2Cause::kHoTargetNotAllowed:
            value = 7;
            break;
        case N2Cause::kTNgRelocOverallExpiry:
            value = 8; // tS1relocoverall-expiry
            break;
        case N2Cause::kTNgRelocPrepExpiry:
            value = 9; // tS1relocprep-expiry
            break;
        case N2Cause::kUnknownTargetId:
            value = 11;
            break;
        case N2Cause::kRadioConnectionWithUeLost:
            value = 21;
            break;
        case N2Cause::kNormalRelease:
            out.causeType = Gtpv2cFCause::kNas; // CauseNas normal-release
            value = 0;
            break;
        default:
            break;
    }
    out.cause = {value};
    return out;
}

} // namespace

TypeId
SrvccAmfApplication::GetTypeId()
{
    static TypeId tid
        = AddGtpv2cReliabilityAttributes(
              MakeRoleTypeId("ns3::SrvccAmfApplication",
                             {{SrvccInterface::kN2, SrvccLinkEnd::kSecond},
                              {SrvccInterface::kN26, SrvccLinkEnd::kFirst},
                              {SrvccInterface::kAmfMsc, SrvccLinkEnd::kFirst}}),
              "The AMF's Forward Relocation Request (sol1.2: SRVCC PS to CS Request) is covered "
              "by RelocationResponseTimeout (1.5 s): T3Response x N3Requests (400 ms) plus the "
              "MME_SRVCC's SvResponseTimeout (1 s, sol1.2: the MSC server's "
              "TargetPreparationTimeout, 0.5 s) plus the round trip must fit in it.")
              .AddConstructor<SrvccAmfApplication>()
              .AddAttribute("KeepDerivedKeys",
                            "Keep the last KASME_SRVCC / K'ASME derived for each UE after sending "
                            "it, for teaching output (keys.csv). Off by default: the AMF has no "
                            "use for it once the Forward Relocation Request is sent.",
                            BooleanValue(false),
                            MakeBooleanAccessor(&SrvccAmfApplication::m_keepDerivedKeys),
                            MakeBooleanChecker())
              .AddAttribute("StnSr",
                            "The Session Transfer Number for SRVCC from the UDM (TS 23.216 6.5.1), "
                            "E.164 digits.",
                            StringValue("491720000001"),
                            MakeStringAccessor(&SrvccAmfApplication::m_stnSr), MakeStringChecker())
              .AddAttribute("RelocationResponseTimeout",
                            "How long the AMF waits for Forward Relocation Response (or, for "
                            "sol1.2, SRVCC PS to CS Response) before it answers Handover "
                            "Preparation Failure. It covers the request's retransmissions "
                            "(T3Response x N3Requests, TS 29.274 7.6) and the MME_SRVCC's own "
                            "SvResponseTimeout.",
                            TimeValue(MilliSeconds(1500)),
                            MakeTimeAccessor(&SrvccAmfApplication::m_responseTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("RelocationCompleteTimeout",
                            "How long after the HO Command the AMF waits for the completion "
                            "notification before it gives the handover up.",
                            TimeValue(Seconds(4)),
                            MakeTimeAccessor(&SrvccAmfApplication::m_completionTimeout),
                            MakeTimeChecker(Time(0)))
              .AddAttribute(
                  "AllowUnauthenticatedEmergency",
                  "Serving-network policy: unauthenticated IMS emergency sessions are "
                  "allowed (TS 33.501 10.2.2.2); NIA0/NEA0 are then selected for an "
                  "emergency registration whose authentication fails.",
                  BooleanValue(false),
                  MakeBooleanAccessor(&SrvccAmfApplication::m_allowUnauthenticatedEmergency),
                  MakeBooleanChecker())
              .AddAttribute(
                  "AuthenticationBound",
                  "bounded: UE and AMF stop after 3 consecutive authentication failures "
                  "(TS 24.501 5.4.1.3.7, T3520); unbounded: the AMF re-authenticates forever "
                  "and the UE never gives up (the threat of TR 33.856 Key Issue #2).",
                  MakeSrvccEnumValue(SrvccAuthenticationBound::kBounded),
                  MakeSrvccEnumAccessor(&SrvccAmfApplication::m_authenticationBound),
                  MakeSrvccEnumChecker<SrvccAuthenticationBound>(
                      {{SrvccAuthenticationBound::kBounded, "bounded"},
                       {SrvccAuthenticationBound::kUnbounded, "unbounded"}}))
              .AddAttribute("HomeNetworkDelay",
                            "Round trip AMF - AUSF/UDM for an authentication vector or a "
                            "resynchronisation (the home network is co-located with the AMF).",
                            TimeValue(MilliSeconds(2)),
                            MakeTimeAccessor(&SrvccAmfApplication::m_homeNetworkDelay),
                            MakeTimeChecker(Time(0)))
              .AddAttribute("ForceNullAlgorithms",
                            "Fault: the AMF selects NIA0/NEA0 for every UE (the UE must refuse "
                            "outside an emergency registration, TS 33.501 5.5.2, D.1).",
                            BooleanValue(false),
                            MakeBooleanAccessor(&SrvccAmfApplication::m_forceNullAlgorithms),
                            MakeBooleanChecker())
              .AddAttribute("SkipReauthAfterSrvcc",
                            "Fault: after an SRVCC the AMF reuses the old 5G context instead of "
                            "re-authenticating (the UE must refuse, TS 33.501 J.1.1).",
                            BooleanValue(false),
                            MakeBooleanAccessor(&SrvccAmfApplication::m_skipReauthAfterSrvcc),
                            MakeBooleanChecker());
    return tid;
}

SrvccAmfApplication::SrvccAmfApplication() : SrvccNodeApplication("SrvccAmfApplication")
{
    m_amfNas = std::make_unique<SrvccAmfNas>(
        [this](uint32_t ue, Ptr<Packet> packet, SrvccMessageType /* type */)
        {
            SendDownlinkNas(ue, packet);
        },
        [this](Time delay, std::function<void()> work)
        {
            Spend(delay, std::move(work));
        },
        [this](uint32_t ue, AmfNasSecurityContext context, const SrvccUeSession& session)
        {
            m_ues[ue].nas = std::move(context);
            SrvccUeSession& known = m_sessions[ue];
            known.emergency = known.emergency || session.emergency;
            known.unauthenticated = session.unauthenticated;
            known.supi = session.supi;
            known.pei = session.pei;
            NotifyContextCreated(ue, SrvccContextKind::kAmfNas);
        });
    m_nasRng = CreateObject<UniformRandomVariable>();
    m_amfNas->SetRandomStream(m_nasRng);
}

int64_t
SrvccAmfApplication::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_nasRng->SetStream(stream);
    return 1;
}

SrvccAuthenticationBound
SrvccAmfApplication::GetAuthenticationBound() const
{
    return m_authenticationBound;
}

SrvccAmfNasPolicy
SrvccAmfApplication::Policy() const
{
    SrvccAmfNasPolicy policy = m_amfNas->GetPolicy();
    policy.allowUnauthenticatedEmergency = m_allowUnauthenticatedEmergency;
    policy.bounded = m_authenticationBound == SrvccAuthenticationBound::kBounded;
    policy.homeNetworkDelay = m_homeNetworkDelay;
    policy.forceNullAlgorithms = m_forceNullAlgorithms;
    policy.skipReauthAfterSrvcc = m_skipReauthAfterSrvcc;
    return policy;
}

SrvccAmfNas&
SrvccAmfApplication::GetNas()
{
    m_amfNas->SetPolicy(Policy());
    return *m_amfNas;
}

void
SrvccAmfApplication::SetUeSession(uint32_t ueIndex, const SrvccUeSession& session)
{
    m_sessions[ueIndex] = session;
}

const SrvccUeSession*
SrvccAmfApplication::GetUeSession(uint32_t ueIndex) const
{
    const auto it = m_sessions.find(ueIndex);
    return it == m_sessions.end() ? nullptr : &it->second;
}

void
SrvccAmfApplication::OnInitialUeMessage(uint32_t gnb, Ptr<Packet> packet)
{
    SrvccN2InitialUeMessage initial;
    if (!Decode(SrvccInterface::kN2, packet, initial))
    {
        return;
    }
    // TS 38.413 8.6.1: the AMF allocates the AMF UE NGAP ID of the new UE-associated NG
    // connection. The module names a UE by its index: the gNB's RAN UE NGAP ID is the index,
    // and so is the AMF UE NGAP ID the AMF gives it.
    const uint32_t ue = initial.GetRanUeNgapId();
    m_ranUeNgapIds[ue] = initial.GetRanUeNgapId();
    OnNas(gnb, ue, initial.GetNasPdu(), packet);
}

void
SrvccAmfApplication::OnUplinkNasTransport(uint32_t gnb, Ptr<Packet> packet)
{
    SrvccN2UplinkNasTransport uplink;
    if (!Decode(SrvccInterface::kN2, packet, uplink))
    {
        return;
    }
    const uint32_t ue = uplink.GetAmfUeNgapId();
    m_ranUeNgapIds[ue] = uplink.GetRanUeNgapId();
    OnNas(gnb, ue, uplink.GetNasPdu(), packet);
}

void
SrvccAmfApplication::OnNas(uint32_t gnb, uint32_t ue, const std::vector<uint8_t>& nasPdu,
                           Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << gnb << ue << nasPdu.size());
    Ptr<Packet> nas = Create<Packet>(nasPdu.data(), static_cast<uint32_t>(nasPdu.size()));
    const std::optional<SrvccMessageType> nasType = ClassifyNasPdu(nas);
    if (!nasType)
    {
        ReportDecodeError(SrvccInterface::kN2, SrvccDecodeError::kWrongProtocol,
                          "NAS-PDU of no known NAS message");
        return;
    }
    m_gnbOfUe[ue] = gnb;
    NotifyReceived(SrvccInterface::kN2, *nasType, ue, packet);
    m_amfNas->SetPolicy(Policy());
    m_amfNas->Receive(ue, nas,
                      [this](SrvccDecodeError reason, const char* detail)
                      {
                          ReportDecodeError(SrvccInterface::kN2, reason, detail);
                      });
}

void
SrvccAmfApplication::SendDownlinkNas(uint32_t ue, Ptr<Packet> nasPdu)
{
    // The trace's message type from the PDU itself (ClassifyNasPdu): the AMF sends the SMC in
    // clear under type 3 and, ciphered, only the Registration Accept under type 2.
    const std::optional<SrvccMessageType> type = ClassifyNasPdu(nasPdu);
    if (!type)
    {
        NS_LOG_WARN("UE " << ue << ": the AMF's NAS side made a PDU that is no 5GMM message");
        return;
    }
    const auto gnb = m_gnbOfUe.find(ue);
    const auto ran = m_ranUeNgapIds.find(ue);
    SrvccN2DownlinkNasTransport downlink;
    downlink.SetAmfUeNgapId(ue);
    downlink.SetRanUeNgapId(ran == m_ranUeNgapIds.end() ? ue : ran->second);
    std::vector<uint8_t> octets(nasPdu->GetSize());
    nasPdu->CopyData(octets.data(), octets.size());
    downlink.SetNasPdu(std::move(octets));
    Send(SrvccInterface::kN2, gnb == m_gnbOfUe.end() ? 0 : gnb->second, ToPacket(downlink), *type,
         ue);
}

void
SrvccAmfApplication::SetKeyStrategy(const SrvccKeyStrategy& strategy)
{
    NS_LOG_FUNCTION(this << srvcc::ToString(strategy.GetProfile()));
    m_strategy = strategy;
}

void
SrvccAmfApplication::AddUe(uint32_t ueIndex, AmfNasSecurityContext context)
{
    NS_LOG_FUNCTION(this << ueIndex);
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
    NS_LOG_FUNCTION(this);
    for (auto& [ue, handover] : m_handovers)
    {
        handover.timer.Cancel();
    }
    m_handovers.clear();
    m_ues.clear();
    SrvccNodeApplication::DoDispose();
}

void
SrvccAmfApplication::DoNodeDown()
{
    NS_LOG_FUNCTION(this);
    // Lost: the handovers in progress (their timers) and the mapped keys kept for keys.csv.
    // Kept: each registered UE's 5G NAS security context, which an AMF keeps in storage that
    // outlives a restart (the UDSF of TS 23.501 5.21.2), so a restarted AMF serves new
    // handovers of the UEs it had registered.
    for (auto& [ue, handover] : m_handovers)
    {
        handover.timer.Cancel();
    }
    m_handovers.clear();
    for (auto& [ue, entry] : m_ues)
    {
        entry.lastMappedKasme.reset(); // Key256 wipes itself
    }
}

void
SrvccAmfApplication::EndRequest(const Handover& handover)
{
    // A request of a handover given up here must not reach the CS domain later (it carries
    // the keys): its retransmissions stop with it.
    if (handover.request)
    {
        StopGtpv2cRequest(CsInterface(), kCorePeer, *handover.request);
    }
}

SrvccInterface
SrvccAmfApplication::CsInterface() const
{
    return m_strategy.UsesMme() ? SrvccInterface::kN26 : SrvccInterface::kAmfMsc;
}

void
SrvccAmfApplication::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << packet);
    if (iface == SrvccInterface::kN2)
    {
        OnN2(peerId, packet);
    }
    else if (iface == SrvccInterface::kN26 || iface == SrvccInterface::kAmfMsc)
    {
        // TS 29.274 7.6: duplicates are answered (or dropped) before the procedure sees them.
        ReceiveGtpv2c(iface, peerId, packet,
                      [this, iface, packet]()
                      {
                          OnGtp(iface, packet);
                      });
    }
    else
    {
        ReportDecodeError(iface, SrvccDecodeError::kInterfaceNotServed,
                          "the AMF serves no such interface");
    }
}

void
SrvccAmfApplication::OnN2(uint32_t gnb, Ptr<Packet> packet)
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
    if (pduType == NgapPduType::kInitiatingMessage && procedure == ngap::kProcInitialUeMessage)
    {
        OnInitialUeMessage(gnb, packet);
    }
    else if (pduType == NgapPduType::kInitiatingMessage
             && procedure == ngap::kProcUplinkNasTransport)
    {
        OnUplinkNasTransport(gnb, packet);
    }
    else if (pduType == NgapPduType::kInitiatingMessage
             && procedure == ngap::kProcHandoverPreparation)
    {
        OnHandoverRequired(gnb, packet);
    }
    else if (pduType == NgapPduType::kInitiatingMessage && procedure == ngap::kProcHandoverCancel)
    {
        OnHandoverCancel(gnb, packet);
    }
    else if (pduType == NgapPduType::kSuccessfulOutcome && procedure == ngap::kProcUeContextRelease)
    {
        SrvccN2UeContextReleaseComplete complete;
        if (Decode(SrvccInterface::kN2, packet, complete))
        {
            NotifyReceived(SrvccInterface::kN2, complete.GetSrvccMessageType(),
                           complete.GetAmfUeNgapId(), packet);
        }
    }
    else
    {
        ReportUnexpectedType(SrvccInterface::kN2, "NGAP", procedure);
    }
}

void
SrvccAmfApplication::OnHandoverRequired(uint32_t gnb, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << gnb << packet);
    SrvccN2HandoverRequired required;
    if (!Decode(SrvccInterface::kN2, packet, required))
    {
        return;
    }
    const uint32_t ue = required.GetAmfUeNgapId();
    NotifyReceived(SrvccInterface::kN2, required.GetSrvccMessageType(), ue, packet);
    if (required.GetHandoverType() != SrvccN2HandoverRequired::kHandoverTypeFivegsToUtran)
    {
        // 5G-SRVCC is the handover to UTRAN (TS 23.216 6.5.4, TS 38.413 8.4.1.2: HandoverType
        // fivegs-to-utran); this AMF prepares no other handover.
        NS_LOG_WARN("UE " << ue << ": Handover Required with HandoverType "
                          << unsigned{required.GetHandoverType()} << ", not 5GS to UTRAN");
        SrvccN2HandoverPreparationFailure failure;
        failure.SetAmfUeNgapId(ue);
        failure.SetRanUeNgapId(required.GetRanUeNgapId());
        failure.SetCause(N2Cause::kHoTargetNotAllowed);
        Send(SrvccInterface::kN2, gnb, ToPacket(failure), failure.GetSrvccMessageType(), ue);
        return;
    }
    const auto entry = m_ues.find(ue);
    if (entry == m_ues.end() || m_handovers.count(ue) != 0)
    {
        SrvccN2HandoverPreparationFailure failure;
        failure.SetAmfUeNgapId(ue);
        failure.SetRanUeNgapId(required.GetRanUeNgapId());
        failure.SetCause(entry == m_ues.end() ? N2Cause::kUnknownLocalUeNgapId
                                              : N2Cause::kUnspecified);
        Send(SrvccInterface::kN2, gnb, ToPacket(failure), failure.GetSrvccMessageType(), ue);
        NotifyHandoverFailed(ue, entry == m_ues.end()
                                     ? SrvccFailureCause::kUeUnknownToAmf
                                     : SrvccFailureCause::kHandoverAlreadyInProgress);
        return;
    }
    NS_LOG_INFO("UE " << ue << ": SRVCC handover preparation starts at the AMF (TS 23.216 6.5.4)");
    Handover& handover = m_handovers[ue];
    handover.gnb = gnb;
    handover.s1apCause = S1apCauseOf(required.GetCause());
    handover.timer
        = Simulator::Schedule(m_responseTimeout, &SrvccAmfApplication::OnResponseTimeout, this, ue);
    const TargetRncId target = required.GetTargetRncId();
    // TS 29.274 8.48 / TS 23.216 6.5.4 step 5: towards UTRAN the F-Container holds RANAP's
    // Source RNC to Target RNC Transparent Container (TS 25.413 9.2.1.28), whose RRC-Container
    // is the RRC ToTargetRNC-Container the gNB sent in SourceToTarget-TransparentContainer.
    const std::vector<uint8_t> container
        = EncodeSourceRncToTargetRncContainer(required.GetSourceToTargetContainer());
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
    NS_LOG_FUNCTION(this << ue);
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
        NS_LOG_WARN("UE " << ue << ": the AMF cannot derive SRVCC keys: " << e.what());
        FailPreparation(ue, SrvccFailureCause::kAmfCannotDeriveKeys);
        return;
    }

    if (keys.mappedKasme)
    {
        const auto step = m_strategy.MappedKasmeStep();
        NotifyKeyDerived(ue, step);
        if (m_keepDerivedKeys)
        {
            entry.lastMappedKasme = *keys.mappedKasme; // teaching output only (keys.csv)
        }

        // TS 23.216 6.5.4 step 5: Forward Relocation Request to the MME_SRVCC.
        ForwardRelocationRequestIes ies;
        ies.imsi = SrvccImsi(ue);
        ies.senderFteid.interfaceType = Gtpv2cFteid::kN26AmfGtpC;
        ies.senderFteid.teid = SrvccTeid(ue);
        ies.senderFteid.ipv4 = GetLocalAddress(SrvccInterface::kN26);
        ies.mmContext.ksiAsme = keys.eksi->value; // J.1.2 step 3: eKSI = ngKSI's value
        ies.mmContext.usedNasIntegrity = 2;       // 128-NIA2 ~ EIA2
        ies.mmContext.usedNasCipher = 2;          // 128-NEA2 ~ EEA2
        // TS 29.274 8.38: the NAS Downlink COUNT "that shall be used to send the next NAS
        // message", one above the COUNT KASME_SRVCC was derived from (J.1.2 step 2); the MME
        // takes one off again where its profile needs the used COUNT (SrvccKeyStrategy).
        ies.mmContext.nasDownlinkCount = keys.downlinkNasCount.Next().Value();
        ies.mmContext.nasUplinkCount = entry.nas.uplinkNasCount.Value();
        ies.mmContext.kasme = *keys.mappedKasme;
        ies.mmContext.ueNetworkCapability = SrvccUeNetworkCapability();
        ies.mmContext.ensct = EpsSecurityContext::kEnsctMapped; // mapped from the 5G context
        ies.sgwFteid = ForwardRelocationRequestIes::N26SgwPlaceholder();
        ies.indication.Set5gSrvccHoIndication(true);
        ies.sourceToTargetContainer.containerType = Gtpv2cFContainer::kUtranTransparentContainer;
        ies.sourceToTargetContainer.container = sourceToTarget;
        ies.targetIdentification.targetType = Gtpv2cTargetIdentification::kRncId;
        ies.targetIdentification.rnc = ToGtp(target);
        ies.fCause = m_handovers[ue].s1apCause;
        ies.stnSr = StnSr{StnSr::kInternationalE164, m_stnSr};
        ies.cMsisdn = SrvccCMsisdn(ue);
        ies.additionalMmContextForSrvcc = SrvccUeClassmarks();
        // TS 23.216 6.5.4 step 5: "Emergency Indication and the equipment identifier are
        // included if the ongoing session is emergency session": on N26 the EMCI flag, set
        // with 5SRHOI, and the MEI field of the MM Context (TS 29.274 Table 7.3.1-1, 8.12,
        // 8.38). An unauthenticated IMSI is flagged UIMSI and the NULL NAS algorithms are
        // reported (TS 33.501 10.2.2.1).
        const SrvccUeSession session = m_sessions.count(ue) ? m_sessions[ue] : SrvccUeSession{};
        if (session.emergency)
        {
            ies.indication.SetEmergencyPduSession(true);
            ies.mmContext.mei = session.pei.value_or(SrvccMei(ue));
        }
        if (session.unauthenticated)
        {
            ies.indication.SetUnauthenticatedImsi(true);
            ies.mmContext.usedNasIntegrity = 0;
            ies.mmContext.usedNasCipher = 0;
            if (!session.supi)
            {
                ies.imsi.reset(); // PEI-only UE: known by its MEI alone
            }
            // TS 23.216 6.5.1 NOTE: no STN-SR and C-MSISDN for an unauthenticated emergency
            // registration.
            ies.cMsisdn.reset();
        }
        SrvccForwardRelocationRequest request;
        request.SetTeid(0); // first message to the MME for this UE
        request.SetSequenceNumber(++m_sequence & 0xffffff);
        request.SetIes(ies);
        m_handovers[ue].request = request.GetSequenceNumber();
        SendGtpv2cRequest(SrvccInterface::kN26, kCorePeer, request, ue);
        return;
    }

    // The study's Solution #1.2: the AMF is the MSC server's peer and sends CK/IK itself.
    const auto step = m_strategy.CkIkStep();
    NotifyKeyDerived(ue, step);
    SrvccPsToCsRequestIes ies;
    ies.imsi = SrvccImsi(ue);
    ies.svAddressForControlPlane = GetLocalAddress(SrvccInterface::kAmfMsc);
    ies.svTeidForControlPlane = SrvccTeid(ue);
    ies.cMsisdn = SrvccCMsisdn(ue);
    ies.stnSr = StnSr{StnSr::kInternationalE164, m_stnSr};
    // The MM Context for E-UTRAN (v)SRVCC (IE 54), as the MME_SRVCC sends it by default: its
    // fields are KSI_SRVCC, CK_SRVCC and IK_SRVCC (see SrvccMmeApplication::UtranSrvccContextIe).
    MmContextEutranSrvcc mm;
    mm.eKsi = keys.ksiSrvcc;
    mm.ckSrvcc = keys.ckIk->ck;
    mm.ikSrvcc = keys.ckIk->ik;
    mm.classmarks = SrvccUeClassmarks();
    ies.eutranSrvccContext = std::move(mm);
    ies.sourceToTargetContainer = sourceToTarget;
    ies.targetRncId = ToGtp(target);
    ies.targetRncId.rac.reset(); // Sv Target RNC ID has no RAC (TS 29.280 6.8)
    ies.svFlags = SvFlags{};
    const SrvccUeSession direct = m_sessions.count(ue) ? m_sessions[ue] : SrvccUeSession{};
    if (direct.emergency)
    {
        ies.svFlags->emergency = true;
        ies.mei = direct.pei.value_or(SrvccMei(ue));
        if (direct.unauthenticated)
        {
            ies.imsi.reset(); // TS 23.216 6.5.4: only an authenticated IMSI is sent
            ies.cMsisdn.reset();
        }
    }
    SrvccPsToCsRequest request;
    request.SetTeid(0);
    request.SetSequenceNumber(++m_sequence & 0xffffff);
    request.SetIes(ies);
    m_handovers[ue].request = request.GetSequenceNumber();
    SendGtpv2cRequest(SrvccInterface::kAmfMsc, kCorePeer, request, ue);
}

void
SrvccAmfApplication::OnHandoverCancel(uint32_t gnb, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << gnb << packet);
    SrvccN2HandoverCancel cancel;
    if (!Decode(SrvccInterface::kN2, packet, cancel))
    {
        return;
    }
    const uint32_t ue = cancel.GetAmfUeNgapId();
    NotifyReceived(SrvccInterface::kN2, cancel.GetSrvccMessageType(), ue, packet);
    const auto it = m_handovers.find(ue);
    if (it != m_handovers.end())
    {
        NS_LOG_INFO("UE " << ue << ": the gNB cancels the handover");
        it->second.timer.Cancel();
        EndRequest(it->second);
        m_handovers.erase(it);
        SendCancelTowardsCs(ue);
    }
    SrvccN2HandoverCancelAcknowledge ack;
    ack.SetAmfUeNgapId(ue);
    ack.SetRanUeNgapId(cancel.GetRanUeNgapId());
    Send(SrvccInterface::kN2, gnb, ToPacket(ack), ack.GetSrvccMessageType(), ue);
}

void
SrvccAmfApplication::OnGtp(SrvccInterface iface, Ptr<Packet> packet)
{
    uint8_t type = 0;
    if (!PeekGtpv2cType(iface, packet, type))
    {
        return;
    }
    switch (type)
    {
        case Gtpv2cMessageType::kForwardRelocationResponse:
        {
            SrvccForwardRelocationResponse response;
            uint32_t ue = 0;
            if (!DecodeForUe(iface, packet, response, ue))
            {
                return;
            }
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
            if (!DecodeForUe(iface, packet, response, ue))
            {
                return;
            }
            const auto& ies = response.GetIes();
            const bool accepted = ies.cause.value == Gtpv2cCauseValue::kRequestAccepted
                                  && ies.targetToSourceContainer.has_value();
            OnRelocationResponse(ue, accepted,
                                 accepted ? *ies.targetToSourceContainer : std::vector<uint8_t>{});
            break;
        }
        case Gtpv2cMessageType::kForwardRelocationCompleteNotification:
        {
            SrvccForwardRelocationCompleteNotification notification;
            uint32_t ue = 0;
            if (!DecodeForUe(iface, packet, notification, ue))
            {
                return;
            }
            Answer<SrvccForwardRelocationCompleteAcknowledge>(
                iface, kCorePeer, notification, ue, ForwardRelocationCompleteAcknowledgeIes{});
            OnCompletion(ue);
            break;
        }
        case Gtpv2cMessageType::kSrvccPsToCsCompleteNotification:
        {
            SrvccPsToCsCompleteNotification notification;
            uint32_t ue = 0;
            if (!DecodeForUe(iface, packet, notification, ue))
            {
                return;
            }
            Answer<SrvccPsToCsCompleteAcknowledge>(iface, kCorePeer, notification, ue,
                                                   SrvccPsToCsAcknowledgeIes{});
            OnCompletion(ue);
            break;
        }
        case Gtpv2cMessageType::kRelocationCancelResponse:
        {
            SrvccRelocationCancelResponse response;
            uint32_t ue = 0;
            DecodeForUe(iface, packet, response, ue);
            break;
        }
        case Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge:
        {
            SrvccPsToCsCancelAcknowledge ack;
            uint32_t ue = 0;
            DecodeForUe(iface, packet, ack, ue);
            break;
        }
        default:
            ReportUnexpectedType(iface, "GTPv2-C", type);
    }
}

void
SrvccAmfApplication::OnRelocationResponse(uint32_t ue, bool accepted,
                                          const std::vector<uint8_t>& container)
{
    NS_LOG_FUNCTION(this << ue << accepted);
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end() || it->second.state != State::kPreparing)
    {
        return; // late answer to a cancelled or timed-out handover
    }
    it->second.timer.Cancel();
    if (!accepted)
    {
        FailPreparation(ue, SrvccFailureCause::kRelocationRejectedByCs);
        return;
    }
    // The CS side answers with RANAP's Target RNC to Source RNC Transparent Container (TS 25.413
    // 9.2.1.30); NGAP's TargetToSource-TransparentContainer carries its RRC-Container, the RRC
    // TargetRNC-ToSourceRNC-Container (TS 38.413 9.3.1.30).
    const std::optional<std::vector<uint8_t>> rrcContainer
        = DecodeTargetRncToSourceRncContainer(container);
    if (!rrcContainer)
    {
        ReportDecodeError(CsInterface(), SrvccDecodeError::kUnreadableContainer,
                          "Target RNC to Source RNC Transparent Container");
        SendCancelTowardsCs(ue);
        FailPreparation(ue, SrvccFailureCause::kUnreadableTargetContainer);
        return;
    }
    it->second.state = State::kCommanded;
    NS_LOG_INFO("UE " << ue << ": relocation accepted by the CS domain, HO Command with DL NAS "
                      << "COUNT LSB " << unsigned{m_ues[ue].lastCount->Lsb4()}
                      << " (J.1.2 step 8)");
    it->second.timer = Simulator::Schedule(m_completionTimeout,
                                           &SrvccAmfApplication::OnCompletionTimeout, this, ue);
    // J.1.2 step 8: the HO Command carries the 4 LSB of the DL NAS COUNT used for the keys.
    SrvccN2HandoverCommand command;
    command.SetAmfUeNgapId(ue);
    command.SetRanUeNgapId(ue);
    command.SetHandoverType(SrvccN2HandoverRequired::kHandoverTypeFivegsToUtran);
    command.SetDlNasCountLsb4(m_ues[ue].lastCount->Lsb4());
    command.SetTargetToSourceContainer(*rrcContainer);
    Send(SrvccInterface::kN2, it->second.gnb, ToPacket(command), command.GetSrvccMessageType(), ue);
}

void
SrvccAmfApplication::OnCompletion(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end())
    {
        return;
    }
    if (it->second.state != State::kCommanded)
    {
        // Completion comes after the HO Command (TS 23.216 6.5.4 steps 9-17); before it, it
        // cannot be this handover's: dropped, the preparation goes on under its timer.
        ReportDecodeError(CsInterface(), SrvccDecodeError::kNoProcedureInProgress,
                          "completion notification before the HO Command");
        return;
    }
    NS_LOG_INFO("UE " << ue << ": handover completed, the AMF releases the NG-RAN side");
    // TS 23.216 6.5.4: the source side releases the UE's NG-RAN resources.
    SrvccN2UeContextReleaseCommand release;
    release.SetAmfUeNgapId(ue);
    release.SetRanUeNgapId(ue);
    release.SetCause(N2Cause::kNormalRelease);
    Send(SrvccInterface::kN2, it->second.gnb, ToPacket(release), release.GetSrvccMessageType(), ue);
    it->second.timer.Cancel();
    m_handovers.erase(it);
    // TS 33.501 J.1.1: the UE must authenticate again before it may use 5G.
    m_amfNas->OnSrvccCompleted(ue);
}

void
SrvccAmfApplication::SendCancelTowardsCs(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    if (m_strategy.UsesMme())
    {
        // TS 29.274 7.3.16: Relocation Cancel Request; the MME_SRVCC cancels towards the MSC.
        RelocationCancelRequestIes ies;
        ies.imsi = SrvccImsi(ue);
        // Table 7.3.16-1: the MEI for an emergency UE whose IMSI is unauthenticated (then
        // flagged UIMSI) or absent (UICC-less), as in the Forward Relocation Request.
        const SrvccUeSession session = m_sessions.count(ue) ? m_sessions[ue] : SrvccUeSession{};
        if (session.emergency && session.unauthenticated)
        {
            ies.mei = session.pei.value_or(SrvccMei(ue));
            ies.indication.SetUnauthenticatedImsi(true);
            if (!session.supi)
            {
                ies.imsi.reset();
            }
        }
        SrvccRelocationCancelRequest request;
        request.SetTeid(SrvccTeid(ue));
        request.SetSequenceNumber(++m_sequence & 0xffffff);
        request.SetIes(ies);
        SendGtpv2cRequest(SrvccInterface::kN26, kCorePeer, request, ue);
        return;
    }
    // Solution #1.2: the AMF is the MSC server's Sv peer (TS 29.280 5.2.6).
    SrvccPsToCsCancelNotificationIes ies;
    ies.imsi = SrvccImsi(ue);
    ies.srvccCause = SrvccCauseValue::kCancelledBySource;
    SrvccPsToCsCancelNotification notification;
    notification.SetTeid(SrvccTeid(ue));
    notification.SetSequenceNumber(++m_sequence & 0xffffff);
    notification.SetIes(ies);
    SendGtpv2cRequest(SrvccInterface::kAmfMsc, kCorePeer, notification, ue);
}

void
SrvccAmfApplication::OnResponseTimeout(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    // Whatever the CS side prepared must not linger with keys for a handover given up here.
    SendCancelTowardsCs(ue);
    FailPreparation(ue, SrvccFailureCause::kNoRelocationResponse);
}

void
SrvccAmfApplication::OnCompletionTimeout(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    const auto it = m_handovers.find(ue);
    if (it != m_handovers.end())
    {
        m_handovers.erase(it);
        NotifyHandoverFailed(ue, SrvccFailureCause::kNoRelocationCompleteNotification);
    }
}

void
SrvccAmfApplication::FailPreparation(uint32_t ue, SrvccFailureCause cause)
{
    NS_LOG_FUNCTION(this << ue << SrvccFailureCauseName(cause));
    const auto it = m_handovers.find(ue);
    if (it == m_handovers.end())
    {
        return;
    }
    SrvccN2HandoverPreparationFailure failure;
    failure.SetAmfUeNgapId(ue);
    failure.SetRanUeNgapId(ue);
    failure.SetCause(N2Cause::kHoFailureInTargetSystem);
    Send(SrvccInterface::kN2, it->second.gnb, ToPacket(failure), failure.GetSrvccMessageType(), ue);
    it->second.timer.Cancel();
    EndRequest(it->second);
    m_handovers.erase(it);
    NotifyHandoverFailed(ue, cause);
}

} // namespace ns3
