/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The AMF of a 5G-SRVCC handover. It holds each UE's 5G NAS security context, derives the
 * mapped key for the MME_SRVCC (TS 33.501 J.1.2 steps 2-3) or, in the study's Solution #1.2,
 * CK_SRVCC/IK_SRVCC for the MSC server directly. KAMF itself never leaves it.
 */
#ifndef SRVCC_AMF_APPLICATION_H
#define SRVCC_AMF_APPLICATION_H

#include "ns3/event-id.h"
#include "ns3/gtpv2c-ie-handover.h"
#include "srvcc-amf-nas.h"
#include "srvcc-key-strategy.h"
#include "srvcc-node-application.h"
#include "srvcc-security-contexts.h"
#include "srvcc-target-rnc-id.h"

#include <memory>
#include <optional>
#include <unordered_map>

namespace ns3
{

/**
 * The AMF's Attribute AuthenticationBound: does the serving network bound consecutive
 * authentication failures (TS 24.501 5.4.1.3.7) or not (the threat of TR 33.856 Key Issue #2)?
 */
enum class SrvccAuthenticationBound
{
    kBounded,   ///< "bounded"
    kUnbounded, ///< "unbounded"
};

class SrvccAmfApplication : public SrvccNodeApplication
{
  public:
    static TypeId GetTypeId();

    SrvccAmfApplication();

    void SetKeyStrategy(const SrvccKeyStrategy& strategy);

    /**
     * Fix the random variable stream of the AMF's NAS side (RAND of each 5G AKA run).
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

    /** The Attribute AuthenticationBound. */
    SrvccAuthenticationBound GetAuthenticationBound() const;

    /** Register UE \p ueIndex with its 5G NAS security context. */
    void AddUe(uint32_t ueIndex, AmfNasSecurityContext context);

    /** The UE's NAS security context, or nullptr when the UE is unknown. */
    const AmfNasSecurityContext* GetNasSecurityContext(uint32_t ueIndex) const;

    /** The DL NAS COUNT the AMF used for the UE's last SRVCC derivation, if any. */
    bool GetLastSrvccCount(uint32_t ueIndex, srvcc::NasCount& count) const;

    /**
     * The mapped KASME the AMF derived for the UE's last handover; only kept with the Attribute
     * KeepDerivedKeys (teaching output), else nullptr.
     */
    const srvcc::Key256* GetLastMappedKasme(uint32_t ueIndex) const;

    /** Number of handovers the AMF is still working on. */
    std::size_t GetPendingHandoverCount() const;

    /**
     * The AMF's NAS side (registration, 5G AKA, TS 24.501) with its home network; its policy
     * comes from the Attributes AllowUnauthenticatedEmergency, AuthenticationBound,
     * HomeNetworkDelay, ForceNullAlgorithms and SkipReauthAfterSrvcc.
     */
    SrvccAmfNas& GetNas();

    /** Set what the AMF knows of UE \p ueIndex's session (the preset path, or the SMF's
     * report of an IMS emergency PDU session, TS 23.502 4.3.2). */
    void SetUeSession(uint32_t ueIndex, const SrvccUeSession& session);
    /** \return the session of UE \p ueIndex, or nullptr. */
    const SrvccUeSession* GetUeSession(uint32_t ueIndex) const;

  protected:
    void DoDispose() override;
    void DoNodeDown() override;
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) override;

  private:
    enum class State
    {
        kPreparing,
        kCommanded,
        kCancelling,
    };

    struct Handover
    {
        State state{State::kPreparing};
        uint32_t gnb{0};
        EventId timer;
        /** The sequence number of its Forward Relocation (sol1.2: PS to CS) Request, once sent. */
        std::optional<uint32_t> request;
        /** The S1-AP Cause (F-Cause instance 0) mapped from the Handover Required's cause. */
        Gtpv2cFCause s1apCause;
    };

    struct UeEntry
    {
        AmfNasSecurityContext nas;
        std::optional<srvcc::NasCount> lastCount;
        std::optional<srvcc::Key256> lastMappedKasme;
    };

    void OnN2(uint32_t gnb, Ptr<Packet> packet);
    void OnInitialUeMessage(uint32_t gnb, Ptr<Packet> packet);
    void OnUplinkNasTransport(uint32_t gnb, Ptr<Packet> packet);
    /**
     * The N2 layer hands the AMF's NAS side a NAS PDU: UE \p ue (from the NGAP ids, TS 38.413
     * 8.6), the PDU's octets; \p packet is the NGAP message it came in (for the trace).
     */
    void OnNas(uint32_t gnb, uint32_t ue, const std::vector<uint8_t>& nasPdu, Ptr<Packet> packet);
    /**
     * The AMF's NAS side sends through here: \p nasPdu to UE \p ue in a Downlink NAS Transport
     * (TS 38.413 8.6.2) to the gNB the UE's NAS last came from.
     */
    void SendDownlinkNas(uint32_t ue, Ptr<Packet> nasPdu);
    SrvccAmfNasPolicy Policy() const;
    void OnGtp(SrvccInterface iface, Ptr<Packet> packet);
    void OnHandoverRequired(uint32_t gnb, Ptr<Packet> packet);
    void SendTowardsCs(uint32_t ue, const TargetRncId& target,
                       const std::vector<uint8_t>& sourceToTarget);
    void OnHandoverCancel(uint32_t gnb, Ptr<Packet> packet);
    void OnRelocationResponse(uint32_t ue, bool accepted, const std::vector<uint8_t>& container);
    void OnCompletion(uint32_t ue);
    void OnResponseTimeout(uint32_t ue);
    /** Relocation Cancel Request to the MME_SRVCC, or (sol1.2) Cancel Notification to the MSC. */
    void SendCancelTowardsCs(uint32_t ue);
    void OnCompletionTimeout(uint32_t ue);
    void FailPreparation(uint32_t ue, SrvccFailureCause cause);
    SrvccInterface CsInterface() const;
    /** Stop the retransmissions of \p handover's request (TS 29.274 7.6). */
    void EndRequest(const Handover& handover);

    SrvccKeyStrategy m_strategy;
    std::unordered_map<uint32_t, UeEntry> m_ues;
    std::unordered_map<uint32_t, Handover> m_handovers;
    std::string m_stnSr;
    Time m_responseTimeout;
    Time m_completionTimeout;
    bool m_keepDerivedKeys{false};
    uint32_t m_sequence{0};
    std::unique_ptr<SrvccAmfNas> m_amfNas;
    Ptr<UniformRandomVariable> m_nasRng;                     ///< RAND of the AMF's 5G AKA runs
    std::unordered_map<uint32_t, uint32_t> m_gnbOfUe;        ///< where each UE's NAS came from
    std::unordered_map<uint32_t, uint32_t> m_ranUeNgapIds;   ///< each UE's RAN UE NGAP ID
    std::unordered_map<uint32_t, SrvccUeSession> m_sessions; ///< emergency / unauthenticated
    bool m_allowUnauthenticatedEmergency{false};
    SrvccAuthenticationBound m_authenticationBound{SrvccAuthenticationBound::kBounded};
    Time m_homeNetworkDelay;
    bool m_forceNullAlgorithms{false};
    bool m_skipReauthAfterSrvcc{false};
};

} // namespace ns3

#endif // SRVCC_AMF_APPLICATION_H
