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
#include "srvcc-ue-nas.h"

#include <memory>
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

    /**
     * Give the UE a NAS side (registration and 5G AKA in the simulation, TS 24.501) with
     * \p config; without it the UE uses the preset context of SetNasSecurityContext.
     */
    void EnableNas(const SrvccUeNasConfig& config);

    /**
     * Fix the random variable stream of the UE's NAS side (its implementation-defined keys),
     * before or after EnableNas.
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);
    /** The NAS side, or nullptr when EnableNas was not called. */
    SrvccUeNas* GetNas() const;
    /** Send a Registration Request now (needs EnableNas). */
    void StartRegistration();
    /** Return to 5G after an SRVCC: leave UTRAN and register again (TS 33.501 J.1.1). */
    void ReturnTo5g();

    /**
     * Mark the preset session as an unauthenticated emergency one (no NAS side): the only
     * case in which the UE accepts UIA0 (TS 33.501 10.2.2.1, 6.7.3.6).
     */
    void SetUnauthenticatedEmergency(bool on);
    /** HO Commands the UE refused because they selected UIA0 outside such a session. */
    uint32_t GetUia0Refused() const;

    /**
     * TracedCallback signature of HandoverCommandReceived: UE index, IMSI, the DL NAS COUNT
     * the UE estimated from the command's 4 LSB (TS 33.401 14.1).
     */
    typedef void (*HandoverCommandTracedCallback)(uint32_t ueIndex, uint64_t imsi,
                                                  uint32_t dlNasCount);
    /** TracedCallback signature of ReplayRejected: UE index, IMSI. */
    typedef void (*ReplayRejectedTracedCallback)(uint32_t ueIndex, uint64_t imsi);

    /** HO Commands the UE refused because it had already acted on one (replays). */
    uint32_t GetReplaysRejected() const;

  protected:
    void DoDispose() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    void OnMobilityFromNrCommand(Ptr<Packet> packet);
    /** Send a NAS PDU of the UE's NAS side to the gNB in ULInformationTransfer. */
    void SendNas(Ptr<Packet> nasPdu, SrvccMessageType type);
    void SendHandoverComplete(uint32_t urnti, uint8_t uia, uint8_t uea, uint32_t fresh);

    uint32_t m_ueIndex{0};
    SrvccKeyStrategy m_strategy;
    UeNasSecurityContext m_nas;
    std::optional<srvcc::SrvccKeyChain> m_srvccKeys;
    bool m_onUtran{false};
    bool m_deriving{false}; ///< a HO Command was accepted, its keys are being derived
    uint32_t m_replaysRejected{0};
    std::unique_ptr<SrvccUeNas> m_ueNas;
    bool m_presetUnauthenticated{false};
    uint32_t m_uia0Refused{0};
    Ptr<UniformRandomVariable> m_nasRng;

    Time m_utranAccessDelay;
    bool m_neverArrive{false};

    TracedCallback<uint32_t, uint64_t, uint32_t> m_handoverCommandTrace;
    TracedCallback<uint32_t, uint64_t> m_replayRejectedTrace;
};

} // namespace ns3

#endif // SRVCC_UE_APPLICATION_H
