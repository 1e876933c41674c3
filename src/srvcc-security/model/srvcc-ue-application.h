/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UE of a 5G-SRVCC handover: it receives the HO Command on NR, derives CK_SRVCC and
 * IK_SRVCC on its own (TS 33.501 J.1.2 step 10) and proves them in its first UTRAN message.
 */
#ifndef SRVCC_UE_APPLICATION_H
#define SRVCC_UE_APPLICATION_H

#include "srvcc-key-strategy.h"
#include "srvcc-node-application.h"
#include "srvcc-security-contexts.h"

#include <optional>

namespace ns3
{

class SrvccUeApplication : public SrvccNodeApplication
{
  public:
    static TypeId GetTypeId();

    SrvccUeApplication();

    /** The UE's index in the simulation (its IMSI is SrvccImsi(index)). */
    void SetUeIndex(uint32_t index);
    uint32_t GetUeIndex() const;

    void SetKeyStrategy(const SrvccKeyStrategy& strategy);

    /** The UE's 5G NAS security context (from its registration). */
    void SetNasSecurityContext(UeNasSecurityContext context);
    const UeNasSecurityContext& GetNasSecurityContext() const;

    /** The SRVCC keys the UE derived for the last handover, if any. */
    const std::optional<srvcc::SrvccKeyChain>& GetSrvccKeys() const;

    /** \return true once the UE has sent HANDOVER TO UTRAN COMPLETE. */
    bool IsOnUtran() const;

    /** TracedCallback signature of HandoverCommandReceived: UE index, estimated DL NAS COUNT. */
    typedef void (*HandoverCommandTracedCallback)(uint32_t ueIndex, uint32_t dlNasCount);

  protected:
    void DoDispose() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    void OnMobilityFromNrCommand(Ptr<Packet> packet);
    void SendHandoverComplete(uint32_t urnti, uint8_t uia, uint8_t uea, uint32_t fresh);

    uint32_t m_ueIndex{0};
    SrvccKeyStrategy m_strategy;
    UeNasSecurityContext m_nas;
    std::optional<srvcc::SrvccKeyChain> m_srvccKeys;
    bool m_onUtran{false};

    Time m_utranAccessDelay;
    bool m_neverArrive{false};

    TracedCallback<uint32_t, uint32_t> m_handoverCommandTrace;
};

} // namespace ns3

#endif // SRVCC_UE_APPLICATION_H
