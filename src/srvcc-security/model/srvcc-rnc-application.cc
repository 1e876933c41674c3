/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-rnc-application.h"

#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/nstime.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "ns3/srvcc-rrc-messages.h"
#include "ns3/trace-source-accessor.h"
#include "ns3/uinteger.h"
#include "srvcc-message-classifier.h"

#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccRncApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccRncApplication);

namespace
{

/** The MSC server is the RNC's only peer on Iu. */
constexpr uint32_t kMscPeer = 0;

/** U-RNTI allocated to a UE (TS 25.331 10.3.3.47): one per UE, never 0. */
uint32_t
UrntiOf(uint32_t ueIndex)
{
    // U-RNTI-Short (TS 25.331 10.3.3.48): SRNC identity (12 bits), S-RNTI 2 (10 bits). The
    // UE is its radio link to the RNC, so the S-RNTI need not be unique beyond 1024 UEs.
    constexpr uint32_t kSrncIdentity = 1;
    return (kSrncIdentity << 10) | ((ueIndex + 1) & 0x3ff);
}

} // namespace

TypeId
SrvccRncApplication::GetTypeId()
{
    static TypeId tid
        = MakeRoleTypeId("ns3::SrvccRncApplication",
                         {{SrvccInterface::kIu, SrvccLinkEnd::kSecond},
                          {SrvccInterface::kUtranUu, SrvccLinkEnd::kSecond}})
              .AddConstructor<SrvccRncApplication>()
              .AddAttribute("IntegrityAlgorithm",
                            "Preferred UIA identity: 2 (UIA2, SNOW 3G) or 1 (UIA1, KASUMI); used "
                            "when the MSC server permits it.",
                            UintegerValue(2),
                            MakeUintegerAccessor(&SrvccRncApplication::m_preferredIntegrity),
                            MakeUintegerChecker<uint8_t>(0, 2))
              .AddAttribute("CipheringAlgorithm",
                            "Preferred UEA identity: 2 (UEA2), 1 (UEA1) or 0 (UEA0).",
                            UintegerValue(2),
                            MakeUintegerAccessor(&SrvccRncApplication::m_preferredCiphering),
                            MakeUintegerChecker<uint8_t>(0, 2))
              .AddAttribute("ForceIntegrityAlgorithm",
                            "Fault: a malicious RNC selects this UIA (0, 1 or 2) whatever the MSC "
                            "server permits; 255 = off. Its MAC-I check still accepts UIA0 only "
                            "for an unauthenticated emergency session.",
                            UintegerValue(255),
                            MakeUintegerAccessor(&SrvccRncApplication::m_forcedIntegrity),
                            MakeUintegerChecker<uint8_t>())
              .AddAttribute("RejectRelocation",
                            "Fault: the target has no radio resources and answers Relocation "
                            "Failure.",
                            BooleanValue(false),
                            MakeBooleanAccessor(&SrvccRncApplication::m_rejectRelocation),
                            MakeBooleanChecker())
              .AddAttribute("UnusedResourceTimeout",
                            "How long the RNC keeps resources (and CK/IK) allocated for a "
                            "relocation whose UE never arrives when the CN never releases them "
                            "either: a local guard for a CN node that failed (the MSC server's "
                            "Iu Release Command, after its TRELOCalloc-like UeArrivalTimeout, "
                            "normally comes first).",
                            TimeValue(Seconds(5)),
                            MakeTimeAccessor(&SrvccRncApplication::m_unusedResourceTimeout),
                            MakeTimeChecker(Time(0)))
              .AddTraceSource("KeyCheck",
                              "The MAC-I of HANDOVER TO UTRAN COMPLETE was checked with the IK the "
                              "MSC server sent: UE index, passed.",
                              MakeTraceSourceAccessor(&SrvccRncApplication::m_keyCheckTrace),
                              "ns3::SrvccRncApplication::KeyCheckTracedCallback");
    return tid;
}

SrvccRncApplication::SrvccRncApplication()
    : SrvccNodeApplication("SrvccRncApplication")
    , m_preferredIntegrity(2)
    , m_preferredCiphering(2)
    , m_rejectRelocation(false)
    , m_freshRng(CreateObject<UniformRandomVariable>())
{
}

std::size_t
SrvccRncApplication::GetContextCount() const
{
    return m_contexts.size();
}

std::size_t
SrvccRncApplication::GetIncompleteContextCount() const
{
    std::size_t n = 0;
    for (const auto& [ue, context] : m_contexts)
    {
        n += context.arrived ? 0 : 1;
    }
    return n;
}

int64_t
SrvccRncApplication::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_freshRng->SetStream(stream);
    return 1;
}

void
SrvccRncApplication::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& [ue, context] : m_contexts)
    {
        context.guard.Cancel();
    }
    m_contexts.clear(); // SecretBytes wipe themselves
    m_freshRng = nullptr;
    SrvccNodeApplication::DoDispose();
}

void
SrvccRncApplication::DoNodeDown()
{
    NS_LOG_FUNCTION(this);
    std::vector<uint32_t> ues;
    ues.reserve(m_contexts.size());
    for (const auto& [ue, context] : m_contexts)
    {
        ues.push_back(ue);
    }
    for (uint32_t ue : ues)
    {
        DeleteContext(ue);
    }
}

void
SrvccRncApplication::DeleteContext(uint32_t ueIndex)
{
    const auto it = m_contexts.find(ueIndex);
    if (it == m_contexts.end())
    {
        return;
    }
    it->second.guard.Cancel();
    m_contexts.erase(it); // CK and IK wipe themselves
    NotifyContextDeleted(ueIndex, SrvccContextKind::kRncSrvcc);
}

void
SrvccRncApplication::OnUnusedResourceTimeout(uint32_t ueIndex)
{
    NS_LOG_FUNCTION(this << ueIndex);
    NS_LOG_INFO("UE " << ueIndex
                      << ": never arrived and never released by the CN: resources and "
                         "keys released");
    DeleteContext(ueIndex);
}

void
SrvccRncApplication::Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << peerId << packet);
    if (iface == SrvccInterface::kUtranUu)
    {
        OnHandoverComplete(peerId, packet);
        return;
    }
    if (iface != SrvccInterface::kIu)
    {
        return;
    }
    // RANAP: the PDU choice and procedure code after the connection reference.
    const std::optional<SrvccMessageType> type = SrvccClassifyArrival(iface, packet);
    if (!type)
    {
        ReportDecodeError(iface, SrvccDecodeError::kWrongProtocol, "RANAP");
        return;
    }
    switch (*type)
    {
        case SrvccMessageType::kIuRelocationRequest:
            OnRelocationRequest(packet);
            break;
        case SrvccMessageType::kIuReleaseCommand:
            OnIuReleaseCommand(packet);
            break;
        default:
            ReportUnexpectedType(iface, "RANAP", static_cast<unsigned>(*type));
    }
}

uint8_t
SrvccRncApplication::Choose(uint8_t permitted, uint8_t preferred) const
{
    // The RNC's preference first, then the strongest other permitted one.
    if (permitted & (1u << preferred))
    {
        return preferred;
    }
    for (int id = 2; id >= 0; --id)
    {
        if (permitted & (1u << id))
        {
            return static_cast<uint8_t>(id);
        }
    }
    return 0xff;
}

void
SrvccRncApplication::OnRelocationRequest(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccIuRelocationRequest request;
    if (!Decode(SrvccInterface::kIu, packet, request))
    {
        return;
    }
    const uint32_t ue = request.GetUeId();
    NotifyReceived(SrvccInterface::kIu, request.GetSrvccMessageType(), ue, packet);

    // Fault ForceIntegrityAlgorithm: a malicious RNC ignores the permitted set.
    const uint8_t uia = m_forcedIntegrity <= 2 ? static_cast<uint8_t>(m_forcedIntegrity)
                                               : Choose(request.GetPermittedIntegrityAlgorithms(),
                                                        m_preferredIntegrity);
    const uint8_t uea = Choose(request.GetPermittedCipheringAlgorithms(), m_preferredCiphering);
    if (m_rejectRelocation || uia == 0xff || uea == 0xff)
    {
        NS_LOG_INFO(
            "UE " << ue << ": relocation refused"
                  << (m_rejectRelocation ? " (no radio resources)" : " (no permitted algorithm)"));
        SrvccIuRelocationFailure failure;
        failure.SetUeId(ue);
        failure.SetCause(m_rejectRelocation ? IuCause::kNoRadioResources : IuCause::kUnspecified);
        Send(SrvccInterface::kIu, kMscPeer, ToPacket(failure), failure.GetSrvccMessageType(), ue);
        return;
    }

    NS_LOG_INFO("UE " << ue << ": relocation accepted with UIA" << unsigned{uia} << " and UEA"
                      << unsigned{uea});
    UeContext& context = m_contexts[ue];
    context.keys.ck = request.GetCk();
    context.keys.ik = request.GetIk();
    context.protection.integrityAlgorithm = uia;
    context.protection.cipheringAlgorithm = uea;
    context.protection.fresh = m_freshRng->GetInteger(0, 0xffffffffu);
    // Only an unauthenticated emergency session comes without Integrity Protection
    // Information: integrity protection is not started (TS 33.501 J.2, TS 25.413 9.3.3).
    context.unauthenticated = !request.HasIntegrityProtectionInformation();
    context.arrived = false;
    context.guard.Cancel(); // a repeated request for the UE starts the guard again
    context.guard = Simulator::Schedule(m_unusedResourceTimeout,
                                        &SrvccRncApplication::OnUnusedResourceTimeout, this, ue);
    NotifyContextCreated(ue, SrvccContextKind::kRncSrvcc);

    SrvccUtranHandoverToUtranCommand command;
    command.SetNewUrnti(UrntiOf(ue));
    command.SetIntegrityAlgorithm(uia);
    command.SetCipheringAlgorithm(uea);
    command.SetFresh(context.protection.fresh);
    // TS 25.331 10.2.16a, the real UPER encoding; uia 0 (only "UIA0" permitted: an
    // unauthenticated emergency session) puts no integrity information in it at all.
    const std::vector<uint8_t> octets = command.Encode();

    SrvccIuRelocationRequestAcknowledge ack;
    ack.SetUeId(ue);
    ack.SetChosenIntegrityAlgorithm(uia);
    ack.SetChosenCipheringAlgorithm(uea);
    // TS 25.413 9.2.1.30: the HANDOVER TO UTRAN COMMAND travels back to the UE as the
    // RRC-Container of the Target RNC to Source RNC Transparent Container.
    ack.SetTargetToSourceContainer(EncodeTargetRncToSourceRncContainer(octets));
    Send(SrvccInterface::kIu, kMscPeer, ToPacket(ack), ack.GetSrvccMessageType(), ue);
}

void
SrvccRncApplication::OnHandoverComplete(uint32_t ueIndex, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ueIndex << packet);
    SrvccUtranHandoverToUtranComplete complete;
    if (!Decode(SrvccInterface::kUtranUu, packet, complete))
    {
        return;
    }
    NotifyReceived(SrvccInterface::kUtranUu, complete.GetSrvccMessageType(), ueIndex, packet);
    // RRC names no UE: the UE is the radio link (peer) the message came on.
    const auto it = m_contexts.find(ueIndex);
    if (it == m_contexts.end())
    {
        ReportDecodeError(SrvccInterface::kUtranUu, SrvccDecodeError::kNoProcedureInProgress,
                          "HANDOVER TO UTRAN COMPLETE without a relocation in progress");
        return;
    }
    // TS 23.216 6.5.4 step 11: Handover Detection towards the MSC server.
    SrvccIuRelocationDetect detect;
    detect.SetUeId(ueIndex);
    Send(SrvccInterface::kIu, kMscPeer, ToPacket(detect), detect.GetSrvccMessageType(), ueIndex);

    it->second.arrived = true;
    it->second.guard.Cancel();
    const bool passed = VerifyHandoverToUtranComplete(
        complete, it->second.keys, it->second.protection, it->second.unauthenticated);
    NS_LOG_INFO("UE " << ueIndex << ": MAC-I " << (passed ? "verified" : "MISMATCH"));
    m_keyCheckTrace(ueIndex, SrvccImsiNumber(ueIndex), passed);

    if (passed)
    {
        SrvccIuRelocationComplete done;
        done.SetUeId(ueIndex);
        Send(SrvccInterface::kIu, kMscPeer, ToPacket(done), done.GetSrvccMessageType(), ueIndex);
        return;
    }
    // The UE's first message fails its integrity check (TS 25.331 8.5.10): the relocation
    // cannot complete, and the RNC asks the CN to release the connection (TS 25.413 Iu Release
    // Request, Cause repeated-integrity-checking-failure).
    SrvccIuReleaseRequest release;
    release.SetUeId(ueIndex);
    release.SetCause(IuCause::kIntegrityCheckFailure);
    Send(SrvccInterface::kIu, kMscPeer, ToPacket(release), release.GetSrvccMessageType(), ueIndex);
}

void
SrvccRncApplication::OnIuReleaseCommand(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccIuReleaseCommand command;
    if (!Decode(SrvccInterface::kIu, packet, command))
    {
        return;
    }
    const uint32_t ue = command.GetUeId();
    NotifyReceived(SrvccInterface::kIu, command.GetSrvccMessageType(), ue, packet);
    DeleteContext(ue);
    SrvccIuReleaseComplete complete;
    complete.SetUeId(ue);
    Send(SrvccInterface::kIu, kMscPeer, ToPacket(complete), complete.GetSrvccMessageType(), ue);
}

} // namespace ns3
