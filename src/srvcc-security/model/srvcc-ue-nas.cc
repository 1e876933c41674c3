/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ue-nas.h"

#include "ns3/log.h"
#include "ns3/simulator.h"
#include "srvcc/kdf-ts33501.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccUeNas");

namespace
{

/** The UE supports NIA0..2 and NEA0..2 (TS 24.501 9.11.3.54). */
constexpr uint8_t kUeNiaMask = 0x07;
constexpr uint8_t kUeNeaMask = 0x07;
constexpr uint8_t kNoKey = 7; // ngKSI "no key is available" (TS 24.501 9.11.3.32)
const srvcc::Abba kAbbaDefault{0x00, 0x00};

} // namespace

const char*
ToString(SrvccRegistrationOutcome outcome)
{
    switch (outcome)
    {
        case SrvccRegistrationOutcome::kNotStarted:
            return "not-started";
        case SrvccRegistrationOutcome::kPending:
            return "pending";
        case SrvccRegistrationOutcome::kRegistered:
            return "registered";
        case SrvccRegistrationOutcome::kEmergencyUnauthenticated:
            return "emergency-unauthenticated";
        case SrvccRegistrationOutcome::kRejected:
            return "rejected";
        case SrvccRegistrationOutcome::kReleased:
            return "released";
    }
    return "unknown";
}

SrvccUeNas::SrvccUeNas(uint32_t ueIndex, SendCallback send, ContextCallback onContext)
    : m_ue(ueIndex), m_send(std::move(send)), m_onContext(std::move(onContext))
{
}

SrvccUeNas::~SrvccUeNas()
{
    m_t3520.Cancel();
}

void
SrvccUeNas::SetConfig(const SrvccUeNasConfig& config)
{
    m_config = config;
}

const SrvccUeNasConfig&
SrvccUeNas::GetConfig() const
{
    return m_config;
}

void
SrvccUeNas::SetUsim(const srvcc::Key128& k, const srvcc::Key128& opc, uint64_t sqnMs)
{
    m_usim = std::make_unique<srvcc::Usim>(k, opc, sqnMs);
}

std::optional<uint64_t>
SrvccUeNas::GetUsimSqn() const
{
    if (!m_usim)
    {
        return std::nullopt;
    }
    return m_usim->HighestAcceptedSqn();
}

void
SrvccUeNas::SetRandomStream(Ptr<UniformRandomVariable> rng)
{
    m_rng = rng;
}

const SrvccUeNasStats&
SrvccUeNas::GetStats() const
{
    return m_stats;
}

bool
SrvccUeNas::RequiresReauthentication() const
{
    return m_requiresReauth;
}

bool
SrvccUeNas::IsUnauthenticatedEmergency() const
{
    return m_hasContext && m_unauthenticated;
}

void
SrvccUeNas::CountUia0Refused()
{
    ++m_stats.uia0Refused;
}

void
SrvccUeNas::OnHandedOverToUtran()
{
    // TS 33.501 J.1.1: "After a 5G to UTRAN SRVCC session has terminated, a UE shall run a
    // successfully (re)authentication in 5GS before allowed to access 5G."
    m_requiresReauth = true;
}

void
SrvccUeNas::Count(uint8_t type)
{
    ++m_stats.nasMessages;
    if (IsNasAuthenticationMessage(type))
    {
        ++m_stats.authMessages;
    }
}

void
SrvccUeNas::SendMessage(const SrvccNasMessage& message)
{
    Count(message.GetMessageType());
    NS_LOG_INFO("UE " << m_ue << ": UE NAS sends " << message.GetMessageName());
    m_send(NasPduPacket(message.Encode()), message.GetSrvccMessageType());
}

void
SrvccUeNas::SendProtected(const SrvccNasMessage& message, NasSecurityHeaderType type,
                          const SrvccNasSecurityKeys& keys, uint32_t count)
{
    Count(message.GetMessageType());
    NS_LOG_INFO("UE " << m_ue << ": UE NAS sends " << message.GetMessageName()
                      << ", security header type " << unsigned(type) << ", UL NAS COUNT " << count);
    m_send(NasPduPacket(ProtectNasMessage(message.Encode(), type, keys, count, kNasUplink)),
           message.GetSrvccMessageType());
}

void
SrvccUeNas::StartRegistration()
{
    NS_LOG_FUNCTION(this << m_ue);
    m_t3520.Cancel();
    m_active = true;
    m_consecutiveFailures = 0;
    m_authFailedThisRegistration = false;
    m_pendingKamf.reset();
    ++m_stats.registrations;
    m_stats.outcome = SrvccRegistrationOutcome::kPending;
    m_stats.releaseCause.clear();
    m_stats.started = Simulator::Now();
    m_stats.ended = Time(-1);

    SrvccNasRegistrationRequest request;
    // TS 24.501 5.5.1.2.2: an emergency registration for a UE attached for emergency bearer
    // services; a UE that had a 5G context (returning after SRVCC) sends mobility updating
    // with its old ngKSI, which the network must not accept without authentication (J.1.1).
    if (m_config.emergencyRegistration)
    {
        request.SetRegistrationType(NasRegistrationType::kEmergency);
    }
    else if (m_hasContext)
    {
        request.SetRegistrationType(NasRegistrationType::kMobilityUpdating);
    }
    request.SetNgksi(m_hasContext ? m_pendingContext.ngksi.ToNibble() : kNoKey);
    // TS 24.501 5.5.1.2.2: the SUCI (null scheme, TS 33.501 6.12.2) of the USIM's IMSI; an
    // emergency registration without one identifies the UE by its PEI. The PEI of a UE with a
    // SUPI goes to the AMF in the Security Mode Complete (IMEISV, 8.2.26.2).
    if (m_config.supi && m_usim)
    {
        request.SetSupi(*m_config.supi);
    }
    else if (!m_config.pei.empty())
    {
        request.SetPei(m_config.pei);
    }
    request.SetSecurityCapability(kUeNiaMask, kUeNeaMask);
    m_pendingKeys.reset();
    m_initialMessage = request.Encode();
    NS_LOG_INFO("UE " << m_ue << ": registration " << m_stats.registrations << " starts"
                      << (m_config.emergencyRegistration ? " (emergency)"
                          : m_hasContext                 ? " (mobility updating)"
                                                         : ""));
    SendMessage(request);
}

void
SrvccUeNas::Receive(Ptr<Packet> packet, const ErrorCallback& onError)
{
    NS_LOG_FUNCTION(this << m_ue << packet->GetSize());
    SrvccNasPdu pdu;
    try
    {
        pdu = SrvccNasPdu::Parse(packet);
    }
    catch (const MessageDecodeError& e)
    {
        uint8_t first = 0;
        packet->CopyData(&first, 1);
        onError(first == kNas5gmmEpd ? SrvccDecodeError::kMalformed
                                     : SrvccDecodeError::kWrongProtocol,
                e.what());
        return;
    }
    std::vector<uint8_t> plain = pdu.message;
    uint32_t count = 0;
    if (pdu.securityHeaderType == NasSecurityHeaderType::kIntegrityProtected
        || pdu.securityHeaderType == NasSecurityHeaderType::kIntegrityProtectedAndCiphered)
    {
        if (!Unprotect(pdu, plain, count, onError))
        {
            return;
        }
    }
    else if (pdu.securityHeaderType
             == NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext)
    {
        onError(SrvccDecodeError::kUnexpectedMessageType,
                "security header type 4 is for the uplink Security Mode Complete");
        return;
    }
    if (plain.size() < 3)
    {
        onError(SrvccDecodeError::kMalformed, "NAS PDU: message type: truncated");
        return;
    }
    const uint8_t type = plain[2];
    auto decode = [&plain, &onError](SrvccNasMessage& m)
    {
        try
        {
            m.Decode(plain);
            return true;
        }
        catch (const std::exception& e)
        {
            onError(SrvccDecodeError::kMalformed, e.what());
            return false;
        }
    };
    Count(type);
    if (!m_active)
    {
        NS_LOG_INFO("UE " << m_ue << ": NAS message " << unsigned(type)
                          << " while no registration is in progress, ignored");
        return;
    }
    // TS 24.501 4.4.4.2: the UE takes only these messages without integrity protection; the
    // Security Mode Command comes under header type 3 (5.4.2.2), everything else protected.
    const bool plainAllowed = type == static_cast<uint8_t>(NasMessageType::kAuthenticationRequest)
                              || type == static_cast<uint8_t>(NasMessageType::kAuthenticationReject)
                              || type == static_cast<uint8_t>(NasMessageType::kRegistrationReject);
    const bool isSmc = type == static_cast<uint8_t>(NasMessageType::kSecurityModeCommand);
    if ((isSmc && pdu.securityHeaderType != NasSecurityHeaderType::kIntegrityProtectedNewContext)
        || (!isSmc && !plainAllowed && !pdu.IsProtected()))
    {
        onError(SrvccDecodeError::kUnexpectedMessageType,
                "a NAS message without the security protection TS 24.501 4.4.4.2 requires");
        return;
    }
    switch (static_cast<NasMessageType>(type))
    {
        case NasMessageType::kAuthenticationRequest:
        {
            SrvccNasAuthenticationRequest m;
            if (decode(m))
            {
                OnAuthenticationRequest(m);
            }
            break;
        }
        case NasMessageType::kSecurityModeCommand:
        {
            SrvccNasSecurityModeCommand m;
            if (decode(m))
            {
                OnSecurityModeCommand(m, pdu);
            }
            break;
        }
        case NasMessageType::kRegistrationAccept:
        {
            SrvccNasRegistrationAccept m;
            if (decode(m))
            {
                OnRegistrationAccept(m, count);
            }
            break;
        }
        case NasMessageType::kAuthenticationReject:
        {
            SrvccNasAuthenticationReject m;
            if (decode(m))
            {
                // TS 24.501 5.4.1.3.5: the network failed to authenticate the UE.
                Finish(SrvccRegistrationOutcome::kRejected, "authentication reject");
            }
            break;
        }
        case NasMessageType::kRegistrationReject:
        {
            SrvccNasRegistrationReject m;
            if (decode(m))
            {
                Finish(SrvccRegistrationOutcome::kRejected,
                       "registration reject #" + std::to_string(m.GetCause()));
            }
            break;
        }
        default:
            NS_LOG_WARN("UE " << m_ue << ": NAS message type " << unsigned{type}
                              << " is not one the UE takes");
            onError(SrvccDecodeError::kUnexpectedMessageType, NasMessageName(type));
    }
}

bool
SrvccUeNas::Unprotect(const SrvccNasPdu& pdu, std::vector<uint8_t>& plain, uint32_t& count,
                      const ErrorCallback& onError)
{
    if (!m_pendingKeys)
    {
        onError(SrvccDecodeError::kNoProcedureInProgress,
                "protected NAS message without a NAS security context");
        return false;
    }
    // TS 24.501 4.4.3.1: the full COUNT from the sequence number and the estimated overflow.
    count = EstimateNasCount(m_pendingContext.downlinkEstimator.Floor(), pdu.sequenceNumber);
    try
    {
        if (m_pendingKeys->nia != srvcc::NasIntegrityAlgorithm::kNia0)
        {
            ++m_stats.crypto.mac;
        }
        if (!VerifyNasPdu(pdu, *m_pendingKeys, count, kNasDownlink))
        {
            // TS 24.501 4.4.4.2: a message that fails the integrity check is discarded.
            onError(SrvccDecodeError::kProcedureError, "NAS PDU: message authentication code: "
                                                       "the integrity check fails");
            return false;
        }
        plain = DecipherNasPdu(pdu, *m_pendingKeys, count, kNasDownlink);
    }
    catch (const srvcc::CryptoError& e)
    {
        onError(SrvccDecodeError::kProcedureError, e.what());
        return false;
    }
    return true;
}

void
SrvccUeNas::OnAuthenticationRequest(const SrvccNasAuthenticationRequest& request)
{
    NS_LOG_FUNCTION(this << m_ue);
    m_t3520.Cancel();
    ++m_stats.authAttempts;
    SrvccNasAuthenticationFailure failure;
    if (!m_usim || !m_config.supi)
    {
        // Nothing to authenticate with: the ME answers as for a MAC failure.
        failure.SetCause(Nas5gmmCause::kMacFailure);
    }
    else
    {
        const srvcc::UeAuthOutcome out
            = srvcc::UeAuthenticate(*m_usim, request.GetRand(), request.GetAutn(),
                                    m_config.servingNetworkName, *m_config.supi, request.GetAbba());
        ++m_stats.crypto.milenage;
        switch (out.result)
        {
            case srvcc::UeAuthResult::kSuccess:
            {
                // RES* (A.4), KAUSF (A.2), KSEAF (A.6), KAMF (A.7).
                m_stats.crypto.kdf += 4;
                m_consecutiveFailures = 0;
                m_pendingKamf = out.kamf;
                m_pendingNgksi = request.GetNgksi();
                NS_LOG_INFO("UE " << m_ue << ": AUTN verified, RES* and KAMF derived "
                                  << "(TS 33.501 6.1.3.2, A.4, A.7)");
                SrvccNasAuthenticationResponse response;
                response.SetResStar(out.resStar);
                SendMessage(response);
                return;
            }
            case srvcc::UeAuthResult::kSynchFailure:
                ++m_stats.crypto.milenage; // f1*, f5* for AUTS
                failure.SetCause(Nas5gmmCause::kSynchFailure);
                failure.SetAuts(out.auts);
                break;
            case srvcc::UeAuthResult::kNon5gAuthenticationUnacceptable:
                failure.SetCause(Nas5gmmCause::kNon5gAuthenticationUnacceptable);
                break;
            case srvcc::UeAuthResult::kMacFailure:
                failure.SetCause(Nas5gmmCause::kMacFailure);
                break;
        }
    }
    ++m_stats.authFailures;
    ++m_consecutiveFailures;
    m_authFailedThisRegistration = true;
    NS_LOG_INFO("UE " << m_ue << ": authentication fails, 5GMM cause #"
                      << unsigned{failure.GetCause()} << ", failure " << m_consecutiveFailures);
    SendMessage(failure);
    if (!m_config.bounded)
    {
        return; // the study's threat: nothing stops the loop on the UE's side
    }
    // TS 24.501 5.4.1.3.7 (abnormal cases in the UE): the UE deems the network
    // failed the authentication check after three consecutive failures, or when T3520 expires.
    if (m_consecutiveFailures >= m_config.maxConsecutiveFailures)
    {
        Finish(SrvccRegistrationOutcome::kReleased,
               std::to_string(m_consecutiveFailures) + " consecutive authentication failures");
        return;
    }
    m_t3520 = Simulator::Schedule(m_config.t3520, &SrvccUeNas::OnT3520Expiry, this);
}

void
SrvccUeNas::OnT3520Expiry()
{
    NS_LOG_FUNCTION(this << m_ue);
    Finish(SrvccRegistrationOutcome::kReleased, "T3520 expiry");
}

void
SrvccUeNas::SendSecurityModeReject()
{
    SrvccNasSecurityModeReject reject;
    reject.SetCause(Nas5gmmCause::kSecurityModeRejectedUnspecified);
    SendMessage(reject);
}

void
SrvccUeNas::OnSecurityModeCommand(const SrvccNasSecurityModeCommand& command,
                                  const SrvccNasPdu& pdu)
{
    NS_LOG_FUNCTION(this << m_ue);
    m_t3520.Cancel();
    const srvcc::NasIntegrityAlgorithm nia = command.GetIntegrityAlgorithm();
    // TS 24.501 4.4.3.1: the new context's DL NAS COUNT starts at 0, so the command's COUNT is
    // its sequence number (no overflow yet).
    const uint32_t count = EstimateNasCount(0, pdu.sequenceNumber);
    // TS 33.501 6.7.2: the replayed capabilities must be the ones the UE sent (bidding down).
    if (command.GetReplayedNiaMask() != kUeNiaMask || command.GetReplayedNeaMask() != kUeNeaMask)
    {
        SendSecurityModeReject();
        Finish(SrvccRegistrationOutcome::kRejected, "replayed security capabilities differ");
        return;
    }
    // TS 24.501 8.2.26: the IMEISV when asked for; the initial Registration Request in the NAS
    // message container when RINMR asks for it (4.4.6).
    SrvccNasSecurityModeComplete complete;
    if (command.GetImeisvRequested() && !m_config.pei.empty())
    {
        complete.SetPei(m_config.pei);
    }
    if (command.GetRetransmissionRequested())
    {
        complete.SetNasMessageContainer(m_initialMessage);
    }
    if (nia == srvcc::NasIntegrityAlgorithm::kNia0)
    {
        // TS 33.501 10.2.2.2 a): only a UE that sent an Emergency Registration accepts NIA0/NEA0;
        // D.1 / 5.5.2: NIA0 is allowed for unauthenticated emergency sessions only.
        if (!m_config.emergencyRegistration)
        {
            ++m_stats.nia0Refused;
            SendSecurityModeReject();
            Finish(SrvccRegistrationOutcome::kRejected, "NIA0 refused outside emergency");
            return;
        }
        // 10.2.2.2 a): any primary authentication of this registration counts as failed and
        // its KAUSF is not stored; 10.2.2.3.1: the UE generates KAMF in an implementation
        // defined way -- here from the UE's own RNG, so it differs from the AMF's.
        m_pendingKamf.reset();
        UeNasSecurityContext context;
        for (std::size_t i = 0; i < srvcc::Key256::kSize; ++i)
        {
            context.kamf.Data()[i] = static_cast<uint8_t>(m_rng ? m_rng->GetInteger(0, 255) : 0);
        }
        context.ngksi = srvcc::Ngksi::FromNibble(command.GetNgksi() & 0x0f, "ngksi");
        context.uplinkNasCount = srvcc::NasCount::FromValue(0);
        context.downlinkEstimator
            = srvcc::DownlinkNasCountEstimator(srvcc::NasCount::FromValue(count + 1));
        m_pendingContext = std::move(context);
        m_pendingUnauthenticated = true;
        SrvccNasSecurityKeys keys; // NIA0 and NEA0: MAC all zeroes, message in clear (D.1)
        keys.nea = command.GetCipheringAlgorithm();
        m_pendingKeys = keys;
        SendProtected(complete, NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext,
                      *m_pendingKeys, 0);
        return;
    }
    if (!m_pendingKamf)
    {
        // No fresh KAMF from this registration: after an SRVCC the old context may not be
        // reused (J.1.1); without any context there is nothing to verify the SMC with.
        if (m_requiresReauth)
        {
            ++m_stats.reauthSkipRefused;
        }
        SendSecurityModeReject();
        Finish(SrvccRegistrationOutcome::kRejected,
               m_requiresReauth ? "SMC without re-authentication after SRVCC"
                                : "SMC without authentication");
        return;
    }
    // TS 33.501 6.7.2: verify the SMC with KNASint derived from the new KAMF (A.8), over its
    // sequence number and message (TS 24.501 4.4.3.3) with its DL NAS COUNT.
    SrvccNasSecurityKeys keys;
    keys.nia = nia;
    keys.nea = command.GetCipheringAlgorithm();
    bool verified = false;
    try
    {
        keys.knasInt = srvcc::DeriveAlgorithmKey(
            *m_pendingKamf, srvcc::AlgorithmTypeDistinguisher::kNasInt, static_cast<uint8_t>(nia));
        ++m_stats.crypto.kdf;
        verified = VerifyNasPdu(pdu, keys, count, kNasDownlink);
        ++m_stats.crypto.mac;
    }
    catch (const srvcc::CryptoError& e)
    {
        SendSecurityModeReject();
        Finish(SrvccRegistrationOutcome::kRejected, std::string("SMC unusable: ") + e.what());
        return;
    }
    if (!verified)
    {
        SendSecurityModeReject();
        Finish(SrvccRegistrationOutcome::kRejected, "SMC NAS-MAC mismatch");
        return;
    }
    UeNasSecurityContext context;
    context.kamf = *m_pendingKamf;
    context.ngksi = srvcc::Ngksi::FromNibble(command.GetNgksi() & 0x0f, "ngksi");
    context.uplinkNasCount = srvcc::NasCount::FromValue(0);
    context.downlinkEstimator
        = srvcc::DownlinkNasCountEstimator(srvcc::NasCount::FromValue(count + 1));
    if (keys.nea != srvcc::NasCipheringAlgorithm::kNea0)
    {
        // KNASenc (TS 33.501 A.8) for the ciphered Security Mode Complete and what follows.
        keys.knasEnc
            = srvcc::DeriveAlgorithmKey(*m_pendingKamf, srvcc::AlgorithmTypeDistinguisher::kNasEnc,
                                        static_cast<uint8_t>(keys.nea));
        ++m_stats.crypto.kdf;
    }
    m_pendingContext = std::move(context);
    m_pendingUnauthenticated = false;
    m_pendingKamf.reset();
    m_pendingKeys = keys;

    // TS 24.501 5.4.2.3: integrity protected and ciphered with the new context, UL COUNT 0.
    ++m_stats.crypto.mac;
    SendProtected(complete, NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext,
                  *m_pendingKeys, 0);
}

void
SrvccUeNas::OnRegistrationAccept(const SrvccNasRegistrationAccept& /* accept */, uint32_t count)
{
    NS_LOG_FUNCTION(this << m_ue << count);
    if (m_stats.outcome != SrvccRegistrationOutcome::kPending)
    {
        return;
    }
    // The Accept used the DL COUNT after the SMC's: the next one is what SRVCC may use.
    m_pendingContext.downlinkEstimator.OnDownlinkNasMessage(srvcc::NasCount::FromValue(count));
    if (!m_pendingUnauthenticated && m_requiresReauth)
    {
        ++m_stats.reauthAfterSrvcc;
        m_requiresReauth = false;
    }
    m_hasContext = true;
    m_unauthenticated = m_pendingUnauthenticated;
    UeNasSecurityContext context = m_pendingContext;
    Finish(m_unauthenticated ? SrvccRegistrationOutcome::kEmergencyUnauthenticated
                             : SrvccRegistrationOutcome::kRegistered,
           "");
    m_onContext(std::move(context), m_unauthenticated);
}

void
SrvccUeNas::Finish(SrvccRegistrationOutcome outcome, const std::string& cause)
{
    m_t3520.Cancel();
    m_active = false;
    m_pendingKamf.reset();
    m_stats.outcome = outcome;
    m_stats.releaseCause = cause;
    m_stats.ended = Simulator::Now();
    NS_LOG_INFO("UE " << m_ue << ": registration " << ToString(outcome)
                      << (cause.empty() ? "" : ": " + cause));
}

} // namespace ns3
