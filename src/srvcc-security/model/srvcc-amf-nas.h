/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The AMF's 5GMM side of registration and 5G AKA (TS 33.501 6.1.3.2 SEAF steps 5, 9-12, 6.7.2,
 * 10.2.2.2 b); TS 24.501 5.4.1.3, 5.5.1) with the serving-network policy of TR 33.856 Key
 * Issue #2: whether unauthenticated IMS emergency sessions are allowed, and whether repeated
 * authentication failures are bounded. Owned by SrvccAmfApplication, which supplies the
 * home network (SrvccHomeNetwork) and the transport.
 */
#ifndef SRVCC_AMF_NAS_H
#define SRVCC_AMF_NAS_H

#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-nas-protection.h"
#include "srvcc-home-network.h"
#include "srvcc-security-contexts.h"
#include "srvcc/aka.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace ns3
{

/** What the AMF knows of a UE's session, for SRVCC (TS 23.216 6.5.4 step 5). */
struct SrvccUeSession
{
    bool emergency{false};           ///< emergency registration or IMS emergency session
    bool unauthenticated{false};     ///< NIA0/NEA0, implementation-defined KAMF (10.2.2)
    std::optional<std::string> supi; ///< IMSI digits (unauthenticated when so flagged)
    std::optional<std::string> pei;  ///< IMEI digits, the MEI
};

/** Serving-network policy (TS 33.501 10.2.2.2; TR 33.856 5.2). */
struct SrvccAmfNasPolicy
{
    bool allowUnauthenticatedEmergency{false};
    /** true: stop after maxConsecutiveFailures; false: re-authenticate forever (the threat). */
    bool bounded{true};
    uint32_t maxConsecutiveFailures{3};
    Time homeNetworkDelay{MilliSeconds(2)};
    std::string servingNetworkName{"5G:mnc001.mcc001.3gppnetwork.org"};
    /** Fault: a misbehaving serving network selects NIA0/NEA0 for everyone. */
    bool forceNullAlgorithms{false};
    /** Fault: the AMF reuses the old context after SRVCC instead of re-authenticating. */
    bool skipReauthAfterSrvcc{false};
};

/** The AMF's figures for one UE. */
struct SrvccAmfNasStats
{
    uint32_t authAttempts{0}; ///< Authentication Requests sent
    uint32_t authFailures{0}; ///< failures seen (Authentication Failure, RES* mismatch)
    uint32_t resyncs{0};
    uint64_t nasMessages{0};
    uint64_t authMessages{0};
    std::string result; ///< "", "registered", "unauthenticated", "rejected", "smc-rejected"
    SrvccCryptoOps crypto;
};

class SrvccAmfNas
{
  public:
    /** Sends a bare NAS PDU to UE \p ue: the packet and the message it holds. */
    using SendCallback = std::function<void(uint32_t ue, Ptr<Packet>, SrvccMessageType)>;
    /** A NAS PDU was dropped: why, and the detail for the log. */
    using ErrorCallback = std::function<void(SrvccDecodeError reason, const char* detail)>;
    /** Runs \p work after \p delay (the AMF's Spend, so that the AMF's load shows). */
    using DelayCallback = std::function<void(Time delay, std::function<void()> work)>;
    /** A 5G NAS security context was established for UE \p ue. */
    using ContextCallback
        = std::function<void(uint32_t ue, AmfNasSecurityContext, const SrvccUeSession&)>;

    SrvccAmfNas(SendCallback send, DelayCallback delay, ContextCallback onContext);

    void SetPolicy(const SrvccAmfNasPolicy& policy);
    const SrvccAmfNasPolicy& GetPolicy() const;
    SrvccHomeNetwork& GetHomeNetwork();
    void SetRandomStream(Ptr<UniformRandomVariable> rng);

    /**
     * A bare NAS PDU (TS 24.501 9.1.1) from UE \p ue, whose index the N2 carrier gave; decoding
     * errors go to \p onError.
     */
    void Receive(uint32_t ue, Ptr<Packet> packet, const ErrorCallback& onError);

    /** UE \p ue completed an SRVCC to UTRAN: its next registration must authenticate (J.1.1). */
    void OnSrvccCompleted(uint32_t ue);

    const SrvccAmfNasStats* GetStats(uint32_t ue) const;
    /** Network crypto operations over every UE. */
    SrvccCryptoOps GetTotalCrypto() const;

  private:
    struct UeEntry
    {
        SrvccUeSession session;
        bool emergencyRegistration{false};
        uint8_t niaMask{0};
        uint8_t neaMask{0};
        bool active{false};
        bool requiresReauth{false};
        bool hasContext{false};
        uint32_t consecutiveFailures{0};
        uint8_t nextNgksi{0};
        std::optional<srvcc::HeAv5g> heAv;
        std::optional<srvcc::AusfAuthData> seAv;
        srvcc::Abba abba{0x00, 0x00};
        uint8_t ngksi{0};
        AmfNasSecurityContext pending;
        AmfNasSecurityContext current;
        srvcc::NasIntegrityAlgorithm nia{srvcc::NasIntegrityAlgorithm::kNia2};
        srvcc::NasCipheringAlgorithm nea{srvcc::NasCipheringAlgorithm::kNea2};
        /** The algorithms and keys of the context in use, once Security Mode Complete checks. */
        SrvccNasSecurityKeys keys;
        bool pendingUnauthenticated{false};
        SrvccAmfNasStats stats;
    };

    /** Sends \p message to UE \p ue as a plain 5GMM message. */
    void SendTo(uint32_t ue, const SrvccNasMessage& message);
    /** Sends \p message protected with \p keys, header \p type, DL NAS COUNT \p count. */
    void SendProtectedTo(uint32_t ue, const SrvccNasMessage& message, NasSecurityHeaderType type,
                         const SrvccNasSecurityKeys& keys, uint32_t count);
    void OnRegistrationRequest(uint32_t ue, const SrvccNasRegistrationRequest& request);
    void Authenticate(uint32_t ue);
    void OnAuthenticationResponse(uint32_t ue, const SrvccNasAuthenticationResponse& response);
    void OnAuthenticationFailure(uint32_t ue, const SrvccNasAuthenticationFailure& failure);
    void OnSecurityModeComplete(uint32_t ue, const SrvccNasPdu& pdu, const ErrorCallback& onError);
    /** An authentication failed: NULL SMC, retry, or reject, by policy. */
    void AfterFailure(uint32_t ue, bool authenticationRejectOnLimit);
    /**
     * \param keepKey use e.pending as it is (else, with NULL algorithms, a fresh
     *        implementation-defined KAMF)
     */
    void SendSecurityModeCommand(uint32_t ue, bool nullAlgorithms, bool keepKey = false);
    void Reject(uint32_t ue, uint8_t cause);
    bool UnauthenticatedEmergencyAllowed(const UeEntry& e) const;

    SendCallback m_send;
    DelayCallback m_delay;
    ContextCallback m_onContext;
    SrvccAmfNasPolicy m_policy;
    SrvccHomeNetwork m_home;
    Ptr<UniformRandomVariable> m_rng;
    std::map<uint32_t, UeEntry> m_ues;
};

} // namespace ns3

#endif // SRVCC_AMF_NAS_H
