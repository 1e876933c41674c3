/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UE's 5GMM side of registration and 5G AKA (TS 24.501 5.4.1.3, 5.4.2, 5.5.1; TS 33.501
 * 6.1.3.2 step 7, 6.7.2, 10.2.2.2): the USIM answers Authentication Requests, the ME counts
 * consecutive authentication failures and runs T3520 when the bound is on, accepts NIA0 only
 * for its own emergency registration, and after an SRVCC to UTRAN requires a new
 * authentication before it uses 5G again (TS 33.501 J.1.1). Owned by SrvccUeApplication.
 */
#ifndef SRVCC_UE_NAS_H
#define SRVCC_UE_NAS_H

#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-nas-protection.h"
#include "srvcc-home-network.h"
#include "srvcc-security-contexts.h"
#include "srvcc/aka.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace ns3
{

/** How a registration ended, as the UE saw it. */
enum class SrvccRegistrationOutcome : uint8_t
{
    kNotStarted,
    kPending,
    kRegistered,               ///< authenticated, NIA2/NEA2 (or NIA1)
    kEmergencyUnauthenticated, ///< emergency registration with NIA0/NEA0 (TS 33.501 10.2.2)
    kRejected,                 ///< Registration Reject / Authentication Reject / SMC refused
    kReleased,                 ///< the UE deemed the network failed (3 failures or T3520)
};

/** "not-started", "pending", "registered", "emergency-unauthenticated", ... */
const char* ToString(SrvccRegistrationOutcome outcome);

/** Per-UE configuration of the NAS side. */
struct SrvccUeNasConfig
{
    std::optional<std::string> supi;   ///< IMSI digits; none: PEI only (no USIM)
    std::string pei;                   ///< IMEI digits
    bool emergencyRegistration{false}; ///< attached for emergency bearer services
    bool emergencySession{false};      ///< has an IMS emergency session (what SRVCC moves)
    /** TS 24.501 5.4.1.3.7: count consecutive failures and run T3520 (true), or not. */
    bool bounded{true};
    uint32_t maxConsecutiveFailures{3};
    Time t3520{Seconds(15)}; ///< TS 24.501 Table 10.2.1
    std::string servingNetworkName{"5G:mnc001.mcc001.3gppnetwork.org"};
};

/** The figures of Key Issue #2 for one UE, from the UE's side. */
struct SrvccUeNasStats
{
    SrvccRegistrationOutcome outcome{SrvccRegistrationOutcome::kNotStarted};
    uint32_t registrations{0};     ///< Registration Requests started
    uint32_t authAttempts{0};      ///< Authentication Requests answered
    uint32_t authFailures{0};      ///< Authentication Failures sent
    uint64_t nasMessages{0};       ///< NAS messages sent or received
    uint64_t authMessages{0};      ///< of which authentication messages
    uint32_t nia0Refused{0};       ///< SMCs with NIA0 refused (TS 33.501 5.5.2, D.1)
    uint32_t uia0Refused{0};       ///< UTRAN commands with UIA0 refused (TS 33.501 6.7.3.6)
    uint32_t reauthSkipRefused{0}; ///< SMCs without the re-authentication J.1.1 requires
    uint32_t reauthAfterSrvcc{0};  ///< successful authentications after an SRVCC
    std::string releaseCause;
    Time started;
    Time ended{-1};
    SrvccCryptoOps crypto;
};

class SrvccUeNas
{
  public:
    /** Sends a NAS PDU towards the AMF: the packet and the message it holds. */
    using SendCallback = std::function<void(Ptr<Packet>, SrvccMessageType)>;
    /** A NAS PDU was dropped: why, and the detail for the log. */
    using ErrorCallback = std::function<void(SrvccDecodeError reason, const char* detail)>;
    /** Called when a 5G NAS security context is taken into use. */
    using ContextCallback = std::function<void(UeNasSecurityContext, bool unauthenticated)>;

    SrvccUeNas(uint32_t ueIndex, SendCallback send, ContextCallback onContext);
    ~SrvccUeNas();

    SrvccUeNas(const SrvccUeNas&) = delete;
    SrvccUeNas& operator=(const SrvccUeNas&) = delete;

    void SetConfig(const SrvccUeNasConfig& config);
    const SrvccUeNasConfig& GetConfig() const;

    /**
     * Insert a USIM with \p k, \p opc and SQN_MS = \p sqnMs (TS 33.102 C.2).
     * \throws srvcc::CryptoError when \p sqnMs exceeds 48 bits
     */
    void SetUsim(const srvcc::Key128& k, const srvcc::Key128& opc, uint64_t sqnMs);
    /** \return SQN_MS of the USIM, or nothing without USIM. */
    std::optional<uint64_t> GetUsimSqn() const;

    /** RNG for the implementation-defined KAMF of an unauthenticated session. */
    void SetRandomStream(Ptr<UniformRandomVariable> rng);

    /** Send a Registration Request (initial or emergency; mobility after an SRVCC). */
    void StartRegistration();

    /**
     * A bare NAS PDU from the AMF (via the gNB): plain, or security protected (TS 24.501 9.1.1)
     * and then checked and deciphered with the context of the SMC. Decoding errors, and
     * protected messages that fail their check (4.4.4.2: discarded), go to \p onError.
     */
    void Receive(Ptr<Packet> packet, const ErrorCallback& onError);

    /**
     * The UE has handed over to UTRAN: its 5G NAS context may not be used again before a
     * successful (re)authentication in 5GS (TS 33.501 J.1.1).
     */
    void OnHandedOverToUtran();
    bool RequiresReauthentication() const;

    /** True when the current context is an unauthenticated emergency one (NIA0). */
    bool IsUnauthenticatedEmergency() const;

    /** Count a UTRAN command with UIA0 the UE refused. */
    void CountUia0Refused();

    const SrvccUeNasStats& GetStats() const;

  private:
    /** Sends \p message as a plain 5GMM message. */
    void SendMessage(const SrvccNasMessage& message);
    /** Sends \p message protected with \p keys, header \p type, UL NAS COUNT \p count. */
    void SendProtected(const SrvccNasMessage& message, NasSecurityHeaderType type,
                       const SrvccNasSecurityKeys& keys, uint32_t count);
    void Count(uint8_t type);
    /**
     * Checks and deciphers a protected downlink \p pdu (header type 1 or 2: the Registration
     * Accept) with the context the SMC established, its COUNT estimated from the sequence
     * number into \p count. \return false (reported) when it may not be taken
     */
    bool Unprotect(const SrvccNasPdu& pdu, std::vector<uint8_t>& plain, uint32_t& count,
                   const ErrorCallback& onError);
    void OnAuthenticationRequest(const SrvccNasAuthenticationRequest& request);
    void OnSecurityModeCommand(const SrvccNasSecurityModeCommand& command, const SrvccNasPdu& pdu);
    void OnRegistrationAccept(const SrvccNasRegistrationAccept& accept, uint32_t count);
    void Finish(SrvccRegistrationOutcome outcome, const std::string& cause);
    void OnT3520Expiry();
    void SendSecurityModeReject();

    uint32_t m_ue;
    SendCallback m_send;
    ContextCallback m_onContext;
    SrvccUeNasConfig m_config;
    std::unique_ptr<srvcc::Usim> m_usim;
    Ptr<UniformRandomVariable> m_rng;

    bool m_active{false}; ///< a registration is in progress
    uint32_t m_consecutiveFailures{0};
    bool m_authFailedThisRegistration{false};
    EventId m_t3520;
    /** Keys of a successful AKA run, waiting for the SMC. */
    std::optional<srvcc::Key256> m_pendingKamf;
    uint8_t m_pendingNgksi{7};
    bool m_requiresReauth{false};
    bool m_hasContext{false};
    bool m_unauthenticated{false};
    bool m_pendingUnauthenticated{false};
    UeNasSecurityContext m_pendingContext;
    /** Algorithms and NAS keys of the context the last accepted SMC established. */
    std::optional<SrvccNasSecurityKeys> m_pendingKeys;
    /** The last Registration Request sent, for the NAS message container (TS 24.501 4.4.6). */
    std::vector<uint8_t> m_initialMessage;
    SrvccUeNasStats m_stats;
};

} // namespace ns3

#endif // SRVCC_UE_NAS_H
