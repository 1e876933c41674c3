/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ue-application.h"

#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/trace-source-accessor.h"
#include "srvcc-rrc-messages.h"
#include "utran-rrc-protection.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccUeApplication");
NS_OBJECT_ENSURE_REGISTERED(SrvccUeApplication);

TypeId
SrvccUeApplication::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccUeApplication")
              .SetParent<SrvccNodeApplication>()
              .SetGroupName("SrvccSecurity")
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
                              "ns3::SrvccUeApplication::HandoverCommandTracedCallback");
    return tid;
}

SrvccUeApplication::SrvccUeApplication() = default;

void
SrvccUeApplication::SetUeIndex(uint32_t index)
{
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
SrvccUeApplication::DoDispose()
{
    m_srvccKeys.reset();
    SrvccNodeApplication::DoDispose();
}

void
SrvccUeApplication::Receive(SrvccInterface iface, uint32_t /* peerId */, Ptr<Packet> packet)
{
    if (iface == SrvccInterface::kNrUu)
    {
        OnMobilityFromNrCommand(packet);
        return;
    }
    ReportDecodeError(iface, "the UE expects nothing on this interface");
}

void
SrvccUeApplication::OnMobilityFromNrCommand(Ptr<Packet> packet)
{
    NrMobilityFromNrCommand command;
    if (!Decode(SrvccInterface::kNrUu, packet, command))
    {
        return;
    }
    UtranHandoverToUtranCommand utran;
    Ptr<Packet> container = Create<Packet>(command.GetTargetRatMessageContainer().data(),
                                           command.GetTargetRatMessageContainer().size());
    if (!Decode(SrvccInterface::kNrUu, container, utran))
    {
        return;
    }
    NotifyReceived(SrvccInterface::kNrUu, command.GetMessageName(), m_ueIndex, packet);

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
    m_handoverCommandTrace(m_ueIndex, count->Value());

    const uint32_t urnti = utran.GetNewUrnti();
    const uint8_t uia = utran.GetIntegrityAlgorithm();
    const uint8_t uea = utran.GetCipheringAlgorithm();
    const uint32_t fresh = utran.GetFresh();
    Spend(GetKeyDerivationDelay(),
          [this, count, urnti, uia, uea, fresh]()
          {
              m_srvccKeys = m_strategy.DeriveAtUe(m_nas.kamf, *count, m_nas.ngksi);
              if (m_srvccKeys->mappedKasme)
              {
                  m_keyDerivedTrace(m_ueIndex,
                                    m_strategy.GetProfile() == srvcc::SrvccProfile::kTs33501
                                        ? "KASME_SRVCC"
                                        : "K'ASME",
                                    m_strategy.GetProfile() == srvcc::SrvccProfile::kTs33501
                                        ? "TS 33.501 A.21"
                                        : "TS 33.501 A.14.2");
              }
              m_keyDerivedTrace(m_ueIndex, "CK_SRVCC||IK_SRVCC", "TS 33.401 A.12");
              m_contextCreatedTrace(m_ueIndex, "ue-srvcc");
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
    const UtranHandoverToUtranComplete complete
        = ProtectHandoverToUtranComplete(urnti, m_srvccKeys->ckIk, {uia, uea, fresh});
    m_onUtran = true;
    Send(SrvccInterface::kUtranUu, 0, ToPacket(complete), complete.GetMessageName(), m_ueIndex);
}

} // namespace ns3
