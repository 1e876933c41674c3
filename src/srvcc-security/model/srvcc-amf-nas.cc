/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-amf-nas.h"

#include "ns3/log.h"
#include "srvcc/kdf-ts33501.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccAmfNas");

namespace
{

/** The AMF's preference: 128-NIA2 / 128-NEA2 (TS 33.501 5.11.1). */
constexpr uint8_t kNia2Bit = 0x04;
constexpr uint8_t kNia1Bit = 0x02;

} // namespace

SrvccAmfNas::SrvccAmfNas(SendCallback send, DelayCallback delay, ContextCallback onContext)
    : m_send(std::move(send)), m_delay(std::move(delay)), m_onContext(std::move(onContext))
{
}

void
SrvccAmfNas::SetPolicy(const SrvccAmfNasPolicy& policy)
{
    m_policy = policy;
}

const SrvccAmfNasPolicy&
SrvccAmfNas::GetPolicy() const
{
    return m_policy;
}

SrvccHomeNetwork&
SrvccAmfNas::GetHomeNetwork()
{
    return m_home;
}

void
SrvccAmfNas::SetRandomStream(Ptr<UniformRandomVariable> rng)
{
    m_rng = rng;
}

const SrvccAmfNasStats*
SrvccAmfNas::GetStats(uint32_t ue) const
{
    const auto it = m_ues.find(ue);
    return it == m_ues.end() ? nullptr : &it->second.stats;
}

SrvccCryptoOps
SrvccAmfNas::GetTotalCrypto() const
{
    SrvccCryptoOps total;
    for (const auto& [ue, e] : m_ues)
    {
        total += e.stats.crypto;
    }
    return total;
}

void
SrvccAmfNas::OnSrvccCompleted(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    const auto it = m_ues.find(ue);
    if (it != m_ues.end())
    {
        it->second.requiresReauth = true; // TS 33.501 J.1.1
        NS_LOG_INFO("UE " << ue << ": on UTRAN after an SRVCC, its next registration must "
                          << "authenticate (TS 33.501 J.1.1)");
    }
}

void
SrvccAmfNas::SendTo(uint32_t ue, const SrvccNasMessage& message)
{
    UeEntry& e = m_ues[ue];
    ++e.stats.nasMessages;
    if (IsNasAuthenticationMessage(message.GetMessageType()))
    {
        ++e.stats.authMessages;
    }
    NS_LOG_INFO("UE " << ue << ": AMF NAS sends " << message.GetMessageName());
    m_send(ue, NasPduPacket(message.Encode()), message.GetSrvccMessageType());
}

void
SrvccAmfNas::SendProtectedTo(uint32_t ue, const SrvccNasMessage& message,
                             NasSecurityHeaderType type, const SrvccNasSecurityKeys& keys,
                             uint32_t count)
{
    UeEntry& e = m_ues[ue];
    ++e.stats.nasMessages;
    NS_LOG_INFO("UE " << ue << ": AMF NAS sends " << message.GetMessageName()
                      << ", security header type " << unsigned(type) << ", DL NAS COUNT " << count);
    m_send(ue, NasPduPacket(ProtectNasMessage(message.Encode(), type, keys, count, kNasDownlink)),
           message.GetSrvccMessageType());
}

void
SrvccAmfNas::Receive(uint32_t ue, Ptr<Packet> packet, const ErrorCallback& onError)
{
    NS_LOG_FUNCTION(this << ue << packet->GetSize());
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
    uint8_t type = 0;
    if (!pdu.IsProtected())
    {
        type = pdu.message[2];
    }
    else if (pdu.securityHeaderType
             == NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext)
    {
        // TS 24.501 5.4.2.3: the Security Mode Complete is the message sent under header type 4;
        // it is ciphered, so its type is read once it has been checked and deciphered.
        type = static_cast<uint8_t>(NasMessageType::kSecurityModeComplete);
    }
    else
    {
        // After the Security Mode Complete the procedure ends: no later uplink message.
        onError(SrvccDecodeError::kUnexpectedMessageType,
                "a protected NAS message the AMF's registration does not expect");
        return;
    }
    const std::vector<uint8_t>& plain = pdu.message;
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
    UeEntry& e = m_ues[ue];
    ++e.stats.nasMessages;
    if (IsNasAuthenticationMessage(type))
    {
        ++e.stats.authMessages;
    }
    if (static_cast<NasMessageType>(type) != NasMessageType::kRegistrationRequest && !e.active)
    {
        NS_LOG_INFO("UE " << ue << ": " << NasMessageName(type)
                          << " after the procedure ended, ignored");
        return; // late answer to a finished procedure
    }
    switch (static_cast<NasMessageType>(type))
    {
        case NasMessageType::kRegistrationRequest:
        {
            SrvccNasRegistrationRequest m;
            if (decode(m))
            {
                OnRegistrationRequest(ue, m);
            }
            break;
        }
        case NasMessageType::kAuthenticationResponse:
        {
            SrvccNasAuthenticationResponse m;
            if (decode(m))
            {
                OnAuthenticationResponse(ue, m);
            }
            break;
        }
        case NasMessageType::kAuthenticationFailure:
        {
            SrvccNasAuthenticationFailure m;
            if (decode(m))
            {
                OnAuthenticationFailure(ue, m);
            }
            break;
        }
        case NasMessageType::kSecurityModeComplete:
            if (!pdu.IsProtected())
            {
                // TS 24.501 4.4.4.3: the AMF takes no unprotected Security Mode Complete.
                onError(SrvccDecodeError::kUnexpectedMessageType,
                        "an unprotected Security Mode Complete");
                break;
            }
            OnSecurityModeComplete(ue, pdu, onError);
            break;
        case NasMessageType::kSecurityModeReject:
        {
            SrvccNasSecurityModeReject m;
            if (decode(m))
            {
                e.active = false;
                e.stats.result = "smc-rejected";
                NS_LOG_INFO("UE " << ue << ": the UE rejected the NAS Security Mode Command");
            }
            break;
        }
        default:
            NS_LOG_WARN("UE " << ue << ": NAS message type " << unsigned{type}
                              << " is not one the AMF takes");
            onError(SrvccDecodeError::kUnexpectedMessageType, NasMessageName(type));
    }
}

bool
SrvccAmfNas::UnauthenticatedEmergencyAllowed(const UeEntry& e) const
{
    return e.emergencyRegistration && m_policy.allowUnauthenticatedEmergency;
}

void
SrvccAmfNas::OnRegistrationRequest(uint32_t ue, const SrvccNasRegistrationRequest& request)
{
    NS_LOG_FUNCTION(this << ue << request.IsEmergency());
    UeEntry& e = m_ues[ue];
    e.active = true;
    e.consecutiveFailures = 0;
    e.emergencyRegistration = request.IsEmergency();
    e.niaMask = request.GetNiaMask();
    e.neaMask = request.GetNeaMask();
    e.session.supi = request.GetSupi();
    // The PEI: from the 5GS mobile identity of an emergency registration without SUPI, else from
    // the IMEISV of the Security Mode Complete (TS 24.501 5.5.1.2.2, 8.2.26.2).
    e.session.pei = request.GetPei();
    e.session.emergency = e.session.emergency || e.emergencyRegistration;
    e.stats.result.clear();

    // Every registration runs primary authentication here (TS 33.501 6.1.1 lets the AMF
    // choose); after an SRVCC it is mandatory (J.1.1).
    if (e.hasContext && e.requiresReauth && m_policy.skipReauthAfterSrvcc)
    {
        // Fault: the AMF skips the re-authentication J.1.1 requires; the UE must refuse.
        NS_LOG_INFO("UE " << ue << ": registration without re-authentication (fault injected)");
        e.pending = e.current;
        e.pendingUnauthenticated = false;
        SendSecurityModeCommand(ue, false, true);
        return;
    }
    const bool known = e.session.supi && m_home.HasSubscriber(*e.session.supi);
    if (!known)
    {
        // TS 33.501 10.2.2.2 b): "If the AMF cannot identify the subscriber, or cannot obtain
        // authentication vector ... the AMF shall send NAS SMC with NULL algorithms" -- when the
        // policy allows it (module's choice of TS 23.401 4.3.12.1 behaviour b, "All UEs are
        // allowed", so PEI-only UEs are accepted too).
        if (UnauthenticatedEmergencyAllowed(e))
        {
            NS_LOG_INFO("UE " << ue << ": unknown subscriber, unauthenticated emergency "
                              << "registration (TS 33.501 10.2.2.2)");
            SendSecurityModeCommand(ue, true);
            return;
        }
        NS_LOG_INFO("UE " << ue << ": unknown subscriber, registration rejected");
        Reject(ue, e.session.supi ? Nas5gmmCause::kIllegalUe : Nas5gmmCause::kPeiNotAccepted);
        return;
    }
    Authenticate(ue);
}

void
SrvccAmfNas::Authenticate(uint32_t ue)
{
    NS_LOG_FUNCTION(this << ue);
    // The AUSF/UDM round trip (Nausf_UEAuthentication, Nudm_UEAuthentication_Get).
    m_delay(m_policy.homeNetworkDelay,
            [this, ue]()
            {
                UeEntry& e = m_ues[ue];
                if (!e.active)
                {
                    return;
                }
                srvcc::Rand rand{};
                for (auto& octet : rand)
                {
                    octet = static_cast<uint8_t>(m_rng ? m_rng->GetInteger(0, 255) : 0);
                }
                e.heAv = m_home.GenerateAv(*e.session.supi, rand, m_policy.servingNetworkName,
                                           e.stats.crypto);
                if (!e.heAv)
                {
                    if (UnauthenticatedEmergencyAllowed(e))
                    {
                        SendSecurityModeCommand(ue, true);
                    }
                    else
                    {
                        Reject(ue, Nas5gmmCause::kIllegalUe);
                    }
                    return;
                }
                // Step 4: HXRES* (SHA-256) and KSEAF (A.6).
                e.seAv = srvcc::DeriveSeAv(*e.heAv, m_policy.servingNetworkName);
                ++e.stats.crypto.kdf;
                ++e.stats.crypto.mac;
                // ngKSI for the new context: cycle through 0..6 (7 = no key).
                e.ngksi = e.nextNgksi;
                e.nextNgksi = static_cast<uint8_t>((e.nextNgksi + 1) % 7);
                ++e.stats.authAttempts;
                NS_LOG_INFO("UE " << ue << ": 5G AKA run " << e.stats.authAttempts << " with ngKSI "
                                  << unsigned{e.ngksi} << " (TS 33.501 6.1.3.2)");
                SrvccNasAuthenticationRequest request;
                request.SetNgksi(e.ngksi);
                request.SetAbba(e.abba);
                request.SetRand(e.seAv->seAv.rand);
                request.SetAutn(e.seAv->seAv.autn);
                SendTo(ue, request);
            });
}

void
SrvccAmfNas::OnAuthenticationResponse(uint32_t ue, const SrvccNasAuthenticationResponse& response)
{
    NS_LOG_FUNCTION(this << ue);
    UeEntry& e = m_ues[ue];
    if (!e.seAv || !e.heAv)
    {
        return;
    }
    // Steps 9 and 11: the SEAF's HRES* check and the AUSF's RES* check.
    ++e.stats.crypto.mac;
    const bool ok = srvcc::SeafVerifyResStar(e.seAv->seAv, response.GetResStar())
                    && srvcc::AusfVerifyResStar(*e.heAv, response.GetResStar());
    if (!ok)
    {
        NS_LOG_INFO("UE " << ue << ": RES* does not verify (TS 33.501 6.1.3.2 steps 9, 11)");
        ++e.stats.authFailures;
        ++e.consecutiveFailures;
        AfterFailure(ue, true);
        return;
    }
    e.consecutiveFailures = 0;
    // Step 12: KAMF from KSEAF (A.7); the AMF never receives KAUSF.
    AmfNasSecurityContext context;
    context.kamf = srvcc::DeriveKamf(e.seAv->kseaf, *e.session.supi, e.abba.data(), e.abba.size());
    ++e.stats.crypto.kdf;
    NS_LOG_INFO("UE " << ue << ": RES* verified, KAMF derived (TS 33.501 A.7)");
    context.ngksi = srvcc::Ngksi::Make(srvcc::KsiType::kNative, e.ngksi, "ngksi");
    context.uplinkNasCount = srvcc::NasCount::FromValue(0);
    context.downlinkNasCount = srvcc::NasCount::FromValue(0);
    e.pending = std::move(context);
    e.pendingUnauthenticated = false;
    e.heAv.reset();
    e.seAv.reset();
    // Fault forceNullAlgorithms: NIA0 with an authenticated KAMF; the UE must refuse it
    // unless it made an emergency registration.
    SendSecurityModeCommand(ue, m_policy.forceNullAlgorithms, true);
}

void
SrvccAmfNas::OnAuthenticationFailure(uint32_t ue, const SrvccNasAuthenticationFailure& failure)
{
    NS_LOG_FUNCTION(this << ue << unsigned{failure.GetCause()});
    UeEntry& e = m_ues[ue];
    ++e.stats.authFailures;
    ++e.consecutiveFailures;
    if (failure.GetCause() == Nas5gmmCause::kSynchFailure && e.heAv && e.session.supi
        && !UnauthenticatedEmergencyAllowed(e))
    {
        // TS 33.501 6.1.3.3.2: the AUSF/UDM resynchronise with AUTS, then a fresh AV.
        const srvcc::Rand rand = e.heAv->rand;
        const srvcc::Auts auts = failure.GetAuts();
        m_delay(m_policy.homeNetworkDelay,
                [this, ue, rand, auts]()
                {
                    UeEntry& entry = m_ues[ue];
                    if (!entry.active)
                    {
                        return;
                    }
                    if (m_home.Resynchronise(*entry.session.supi, rand, auts, entry.stats.crypto))
                    {
                        NS_LOG_INFO("UE " << ue << ": SQN resynchronised with AUTS");
                        ++entry.stats.resyncs;
                    }
                    AfterFailure(ue, false);
                });
        return;
    }
    AfterFailure(ue, false);
}

void
SrvccAmfNas::AfterFailure(uint32_t ue, bool resStarMismatch)
{
    UeEntry& e = m_ues[ue];
    e.heAv.reset();
    e.seAv.reset();
    if (UnauthenticatedEmergencyAllowed(e))
    {
        // TS 33.501 10.2.2.2 b): emergency registration plus an authentication failure (or an
        // unsuccessful verification): NAS SMC with NULL algorithms.
        SendSecurityModeCommand(ue, true);
        return;
    }
    // 10.2.2.2: policy does not allow it -> "proceed as with the normal initial registration".
    if (resStarMismatch
        || (m_policy.bounded && e.consecutiveFailures >= m_policy.maxConsecutiveFailures))
    {
        // TS 33.501 6.1.3.2.0 / TS 24.501 5.4.1.3.5: the network failed to authenticate the UE.
        e.active = false;
        e.stats.result = "rejected";
        NS_LOG_INFO("UE " << ue << ": authentication given up after " << e.consecutiveFailures
                          << " consecutive failure(s)");
        SrvccNasAuthenticationReject reject;
        SendTo(ue, reject);
        return;
    }
    // TS 24.501 5.4.1.3.7: the network may initiate a new authentication. Unbounded, this is
    // the loop of TR 33.856 Key Issue #2.
    Authenticate(ue);
}

void
SrvccAmfNas::SendSecurityModeCommand(uint32_t ue, bool nullAlgorithms, bool keepKey)
{
    NS_LOG_FUNCTION(this << ue << nullAlgorithms << keepKey);
    UeEntry& e = m_ues[ue];
    srvcc::NasIntegrityAlgorithm nia = srvcc::NasIntegrityAlgorithm::kNia2;
    srvcc::NasCipheringAlgorithm nea = srvcc::NasCipheringAlgorithm::kNea2;
    if (nullAlgorithms)
    {
        // 10.2.2.2 b) / 6.7.3.6: NIA0 and NEA0 "regardless of the supported algorithms"; the
        // AMF generates KAMF in an implementation defined way (10.2.2.3.1): its own RNG.
        nia = srvcc::NasIntegrityAlgorithm::kNia0;
        nea = srvcc::NasCipheringAlgorithm::kNea0;
        if (!keepKey)
        {
            AmfNasSecurityContext context;
            for (std::size_t i = 0; i < srvcc::Key256::kSize; ++i)
            {
                context.kamf.Data()[i]
                    = static_cast<uint8_t>(m_rng ? m_rng->GetInteger(0, 255) : 0);
            }
            context.ngksi = srvcc::Ngksi::Make(srvcc::KsiType::kNative, e.nextNgksi, "ngksi");
            context.uplinkNasCount = srvcc::NasCount::FromValue(0);
            context.downlinkNasCount = srvcc::NasCount::FromValue(0);
            e.pending = std::move(context);
            e.pendingUnauthenticated = true;
        }
    }
    else if ((e.niaMask & kNia2Bit) == 0)
    {
        nia = (e.niaMask & kNia1Bit) ? srvcc::NasIntegrityAlgorithm::kNia1
                                     : srvcc::NasIntegrityAlgorithm::kNia2;
        nea = srvcc::NasCipheringAlgorithm::kNea1;
    }
    e.nia = nia;
    e.nea = nea;
    SrvccNasSecurityModeCommand command;
    command.SetAlgorithms(nia, nea);
    command.SetNgksi(e.pending.ngksi.ToNibble());
    command.SetReplayedCapability(e.niaMask, e.neaMask);
    // The AMF needs the MEI for SRVCC (TS 23.216 6.5.4, TS 29.280 ME Identity): IMEISV request
    // (TS 24.501 5.4.2.2). The Registration Request came without integrity protection, so the
    // AMF asks for it again inside the Security Mode Complete (RINMR, 4.4.6, 5.4.2.2).
    command.SetImeisvRequested(true);
    command.SetRetransmissionRequested(true);
    const srvcc::NasCount count = e.pending.TakeDownlinkNasCount();
    SrvccNasSecurityKeys keys;
    keys.nia = nia;
    keys.nea = nea;
    if (nia != srvcc::NasIntegrityAlgorithm::kNia0)
    {
        keys.knasInt = srvcc::DeriveAlgorithmKey(
            e.pending.kamf, srvcc::AlgorithmTypeDistinguisher::kNasInt, static_cast<uint8_t>(nia));
        ++e.stats.crypto.kdf;
        ++e.stats.crypto.mac;
    }
    // TS 24.501 5.4.2.2: integrity protected with the new context, not ciphered (header type 3).
    SendProtectedTo(ue, command, NasSecurityHeaderType::kIntegrityProtectedNewContext, keys,
                    count.Value());
}

void
SrvccAmfNas::OnSecurityModeComplete(uint32_t ue, const SrvccNasPdu& pdu,
                                    const ErrorCallback& onError)
{
    NS_LOG_FUNCTION(this << ue);
    UeEntry& e = m_ues[ue];
    // The new context's UL NAS COUNT starts at 0 (TS 24.501 4.4.3.1): COUNT = sequence number.
    const uint32_t count = EstimateNasCount(e.pending.uplinkNasCount.Value(), pdu.sequenceNumber);
    SrvccNasSecurityKeys keys;
    keys.nia = e.nia;
    keys.nea = e.nea;
    if (e.nia != srvcc::NasIntegrityAlgorithm::kNia0)
    {
        keys.knasInt
            = srvcc::DeriveAlgorithmKey(e.pending.kamf, srvcc::AlgorithmTypeDistinguisher::kNasInt,
                                        static_cast<uint8_t>(e.nia));
        ++e.stats.crypto.kdf;
        ++e.stats.crypto.mac;
        if (!VerifyNasPdu(pdu, keys, count, kNasUplink))
        {
            // TS 24.501 4.4.4.3: a message failing the integrity check is discarded.
            NS_LOG_WARN("UE " << ue << ": Security Mode Complete fails the NAS-MAC check");
            Reject(ue, Nas5gmmCause::kSecurityModeRejectedUnspecified);
            return;
        }
    }
    if (e.nea != srvcc::NasCipheringAlgorithm::kNea0)
    {
        keys.knasEnc
            = srvcc::DeriveAlgorithmKey(e.pending.kamf, srvcc::AlgorithmTypeDistinguisher::kNasEnc,
                                        static_cast<uint8_t>(e.nea));
        ++e.stats.crypto.kdf;
    }
    SrvccNasSecurityModeComplete complete;
    try
    {
        complete.Decode(DecipherNasPdu(pdu, keys, count, kNasUplink));
    }
    catch (const std::exception& error)
    {
        onError(SrvccDecodeError::kMalformed, error.what());
        return;
    }
    if (complete.GetPei())
    {
        e.session.pei = complete.GetPei();
    }
    e.keys = keys;
    e.pending.uplinkNasCount = srvcc::NasCount::FromValue(count).Next();
    e.session.unauthenticated = e.pendingUnauthenticated;
    e.current = e.pending;
    e.hasContext = true;
    if (!e.session.unauthenticated)
    {
        e.requiresReauth = false;
    }
    e.active = false;
    e.stats.result = e.session.unauthenticated ? "unauthenticated" : "registered";
    NS_LOG_INFO("UE " << ue << ": " << e.stats.result << ", 5G NAS security context in use");
    SrvccNasRegistrationAccept accept;
    accept.SetEmergencyRegistered(e.emergencyRegistration);
    const srvcc::NasCount acceptCount = e.current.TakeDownlinkNasCount(); // the Accept's COUNT
    if (e.nia != srvcc::NasIntegrityAlgorithm::kNia0)
    {
        ++e.stats.crypto.mac;
    }
    // TS 24.501 4.4.5: integrity protected and ciphered with the context now in use.
    SendProtectedTo(ue, accept, NasSecurityHeaderType::kIntegrityProtectedAndCiphered, keys,
                    acceptCount.Value());
    m_onContext(ue, e.current, e.session);
}

void
SrvccAmfNas::Reject(uint32_t ue, uint8_t cause)
{
    NS_LOG_FUNCTION(this << ue << unsigned{cause});
    UeEntry& e = m_ues[ue];
    e.active = false;
    e.stats.result = "rejected";
    SrvccNasRegistrationReject reject;
    reject.SetCause(cause);
    SendTo(ue, reject);
}

} // namespace ns3
