/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ue-application.h"

#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-rrc-messages.h"
#include "ns3/trace-source-accessor.h"
#include "srvcc-utran-rrc-protection.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccUeApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccUeApplication);

TypeId
SrvccUeApplication::GetTypeId()
{
    static TypeId tid
        = MakeRoleTypeId("ns3::SrvccUeApplication",
                         {{SrvccInterface::kNrUu, SrvccLinkEnd::kFirst},
                          {SrvccInterface::kUtranUu, SrvccLinkEnd::kFirst}})
              .AddConstructor<SrvccUeApplication>()
              .AddAttribute("UtranAccessDelay",
                            "Time from the HO Command until the UE has tuned to UTRAN and can send "
                            "HANDOVER TO UTRAN COMPLETE (radio synchronisation, not key "
                            "derivation).",
                            TimeValue(MilliSeconds(40)),
                            MakeTimeAccessor(&SrvccUeApplication::m_utranAccessDelay),
                            MakeTimeChecker(Time(0)))
              .AddAttribute(
                  "NeverArrive", "Fault: the UE loses the radio link and never arrives on UTRAN.",
                  BooleanValue(false), MakeBooleanAccessor(&SrvccUeApplication::m_neverArrive),
                  MakeBooleanChecker())
              .AddTraceSource("HandoverCommandReceived",
                              "The HO Command reached the UE: UE index, estimated DL NAS COUNT.",
                              MakeTraceSourceAccessor(&SrvccUeApplication::m_handoverCommandTrace),
                              "ns3::SrvccUeApplication::HandoverCommandTracedCallback")
              .AddTraceSource("ReplayRejected",
                              "The UE refused a HO Command because it had already acted on one "
                              "for this handover (a replay): UE index.",
                              MakeTraceSourceAccessor(&SrvccUeApplication::m_replayRejectedTrace),
                              "ns3::SrvccUeApplication::ReplayRejectedTracedCallback");
    return tid;
}

SrvccUeApplication::SrvccUeApplication()
    : SrvccNodeApplication("SrvccUeApplication"), m_nasRng(CreateObject<UniformRandomVariable>())
{
}

int64_t
SrvccUeApplication::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_nasRng->SetStream(stream);
    return 1;
}

void
SrvccUeApplication::SetUeIndex(uint32_t index)
{
    NS_LOG_FUNCTION(this << index);
    m_ueIndex = index;
}

uint32_t
SrvccUeApplication::GetUeIndex() const
{
    return m_ueIndex;
}

void
SrvccUeApplication::SetKeyStrategy(const SrvccKeyStrategy& strategy)
{
    NS_LOG_FUNCTION(this << srvcc::ToString(strategy.GetProfile()));
    m_strategy = strategy;
}

void
SrvccUeApplication::SetNasSecurityContext(UeNasSecurityContext context)
{
    m_nas = std::move(context);
}

const UeNasSecurityContext&
SrvccUeApplication::GetNasSecurityContext() const
{
    return m_nas;
}

const std::optional<srvcc::SrvccKeyChain>&
SrvccUeApplication::GetSrvccKeys() const
{
    return m_srvccKeys;
}

bool
SrvccUeApplication::IsOnUtran() const
{
    return m_onUtran;
}

void
SrvccUeApplication::EnableNas(const SrvccUeNasConfig& config)
{
    NS_LOG_FUNCTION(this << config.emergencyRegistration);
    m_ueNas = std::make_unique<SrvccUeNas>(
        m_ueIndex,
        [this](Ptr<Packet> packet, SrvccMessageType type)
        {
            SendNas(packet, type);
        },
        [this](UeNasSecurityContext context, bool /* unauthenticated */)
        {
            m_nas = std::move(context);
            NotifyContextCreated(m_ueIndex, SrvccContextKind::kUeNas);
        });
    m_ueNas->SetConfig(config);
    m_ueNas->SetRandomStream(m_nasRng);
}

SrvccUeNas*
SrvccUeApplication::GetNas() const
{
    return m_ueNas.get();
}

void
SrvccUeApplication::StartRegistration()
{
    NS_LOG_FUNCTION(this);
    if (m_ueNas)
    {
        m_ueNas->StartRegistration();
    }
}

void
SrvccUeApplication::ReturnTo5g()
{
    NS_LOG_FUNCTION(this);
    m_onUtran = false;
    m_srvccKeys.reset();
    StartRegistration();
}

void
SrvccUeApplication::SetUnauthenticatedEmergency(bool on)
{
    m_presetUnauthenticated = on;
}

uint32_t
SrvccUeApplication::GetUia0Refused() const
{
    return m_uia0Refused;
}

uint32_t
SrvccUeApplication::GetReplaysRejected() const
{
    return m_replaysRejected;
}

void
SrvccUeApplication::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_ueNas.reset();
    m_srvccKeys.reset();
    SrvccNodeApplication::DoDispose();
}

void
SrvccUeApplication::SendNas(Ptr<Packet> nasPdu, SrvccMessageType type)
{
    // TS 38.331 5.7.2: the UE sends its NAS PDUs in ULInformationTransfer (dedicatedNAS-Message).
    std::vector<uint8_t> octets(nasPdu->GetSize());
    nasPdu->CopyData(octets.data(), octets.size());
    SrvccNrInformationTransfer ul(false);
    ul.SetDedicatedNasMessage(std::move(octets));
    Send(SrvccInterface::kNrUu, 0, ToPacket(ul), type, m_ueIndex);
}

void
SrvccUeApplication::Receive(SrvccInterface iface, uint32_t /* peerId */, Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << ToString(iface) << packet);
    if (iface != SrvccInterface::kNrUu)
    {
        ReportDecodeError(iface, SrvccDecodeError::kInterfaceNotServed,
                          "the UE expects nothing on this interface");
        return;
    }
    uint8_t first = 0;
    const std::optional<uint8_t> c1 = packet->GetSize() > 0 && packet->CopyData(&first, 1) == 1
                                          ? PeekNrDlDcchC1(&first, 1)
                                          : std::nullopt;
    if (c1 == static_cast<uint8_t>(NrDlDcchType::kMobilityFromNrCommand))
    {
        OnMobilityFromNrCommand(packet);
        return;
    }
    if (c1 != static_cast<uint8_t>(NrDlDcchType::kDlInformationTransfer))
    {
        ReportDecodeError(iface, SrvccDecodeError::kWrongProtocol,
                          "not a DL-DCCH message the UE takes");
        return;
    }
    // TS 38.331 5.7.1: DLInformationTransfer carries a NAS PDU to the UE's NAS side.
    SrvccNrInformationTransfer dl(true);
    if (!Decode(iface, packet, dl))
    {
        return;
    }
    if (!m_ueNas)
    {
        ReportDecodeError(iface, SrvccDecodeError::kInterfaceNotServed,
                          "NAS message to a UE without a NAS side");
        return;
    }
    const std::vector<uint8_t>& nas = dl.GetDedicatedNasMessage();
    m_ueNas->Receive(Create<Packet>(nas.data(), nas.size()),
                     [this](SrvccDecodeError reason, const char* detail)
                     {
                         ReportDecodeError(SrvccInterface::kNrUu, reason, detail);
                     });
}

void
SrvccUeApplication::OnMobilityFromNrCommand(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    SrvccNrMobilityFromNrCommand command;
    if (!Decode(SrvccInterface::kNrUu, packet, command))
    {
        return;
    }
    SrvccUtranHandoverToUtranCommand utran;
    Ptr<Packet> container = Create<Packet>(command.GetTargetRatMessageContainer().data(),
                                           command.GetTargetRatMessageContainer().size());
    if (!Decode(SrvccInterface::kNrUu, container, utran))
    {
        return;
    }
    NotifyReceived(SrvccInterface::kNrUu, command.GetSrvccMessageType(), m_ueIndex, packet);

    // A HO Command serves one handover. Once the UE has acted on one (it is deriving or has
    // derived CK_SRVCC/IK_SRVCC, or it is on UTRAN; TS 38.331 5.4.3.3: it leaves NR), another
    // MobilityFromNRCommand is a replay. Deriving again would spend a new DL NAS COUNT estimate
    // and replace the keys the network holds (TS 33.401 14.1, applied by TS 33.501 J.1.2
    // step 10), so the UE ignores it.
    if (m_onUtran || m_deriving || m_srvccKeys)
    {
        ++m_replaysRejected;
        NS_LOG_WARN("UE " << m_ueIndex << ": HO Command for a handover already under way, "
                          << "rejected as a replay");
        m_replayRejectedTrace(m_ueIndex, SrvccImsiNumber(m_ueIndex));
        return;
    }

    // J.1.2 step 10 / TS 33.401 14.1: estimate the full DL NAS COUNT from its 4 LSB; the
    // estimate never goes backwards and is never used twice.
    const std::optional<srvcc::NasCount> count
        = m_nas.downlinkEstimator.Estimate(command.GetDlNasCountLsb4());
    if (!count)
    {
        NS_LOG_WARN("UE " << m_ueIndex << ": DL NAS COUNT exhausted, cannot derive SRVCC keys");
        return;
    }
    m_nas.downlinkEstimator.MarkUsed(*count);
    NS_LOG_INFO("UE " << m_ueIndex << ": HO Command accepted, DL NAS COUNT estimated as "
                      << count->Value() << " (TS 33.401 14.1)");
    m_handoverCommandTrace(m_ueIndex, SrvccImsiNumber(m_ueIndex), count->Value());

    const uint32_t urnti = utran.GetNewUrnti();
    const uint8_t uia = utran.GetIntegrityAlgorithm();
    // TS 33.501 10.2.2.1, 6.7.3.6: no integrity protection (uia 0: the command carries no
    // integrity information, it is not started) only for an unauthenticated emergency
    // session; "under no other circumstances".
    const bool unauthenticated
        = m_ueNas ? m_ueNas->IsUnauthenticatedEmergency() : m_presetUnauthenticated;
    if (uia == 0 && !unauthenticated)
    {
        ++m_uia0Refused;
        if (m_ueNas)
        {
            m_ueNas->CountUia0Refused();
        }
        NS_LOG_WARN("UE " << m_ueIndex << ": HO Command selects UIA0 outside an unauthenticated "
                          << "emergency session, refused");
        NotifyHandoverFailed(m_ueIndex, SrvccFailureCause::kUeRefusedUia0);
        return;
    }
    const uint8_t uea = utran.GetCipheringAlgorithm();
    const uint32_t fresh = utran.GetFresh();
    m_deriving = true;
    Spend(GetKeyDerivationDelay(),
          [this, count, urnti, uia, uea, fresh]()
          {
              m_srvccKeys = m_strategy.DeriveAtUe(m_nas.kamf, *count, m_nas.ngksi);
              m_deriving = false;
              if (m_srvccKeys->mappedKasme)
              {
                  const auto step = m_strategy.MappedKasmeStep();
                  NotifyKeyDerived(m_ueIndex, step);
              }
              const auto step = m_strategy.CkIkStep();
              NotifyKeyDerived(m_ueIndex, step);
              NotifyContextCreated(m_ueIndex, SrvccContextKind::kUeSrvcc);
              if (m_neverArrive)
              {
                  NS_LOG_INFO("UE " << m_ueIndex << " never arrives on UTRAN (fault injected)");
                  return;
              }
              Simulator::Schedule(m_utranAccessDelay, &SrvccUeApplication::SendHandoverComplete,
                                  this, urnti, uia, uea, fresh);
          });
}

void
SrvccUeApplication::SendHandoverComplete(uint32_t urnti, uint8_t uia, uint8_t uea, uint32_t fresh)
{
    NS_LOG_FUNCTION(this << urnti << unsigned{uia} << unsigned{uea});
    const SrvccUtranHandoverToUtranComplete complete
        = ProtectHandoverToUtranComplete(m_srvccKeys->ckIk, {uia, uea, fresh});
    m_onUtran = true;
    NS_LOG_INFO("UE " << m_ueIndex << ": on UTRAN, HANDOVER TO UTRAN COMPLETE protected with UIA"
                      << unsigned{uia});
    if (m_ueNas)
    {
        m_ueNas->OnHandedOverToUtran(); // TS 33.501 J.1.1
    }
    Send(SrvccInterface::kUtranUu, 0, ToPacket(complete), complete.GetSrvccMessageType(),
         m_ueIndex);
}

} // namespace ns3
