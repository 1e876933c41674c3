/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The plain 5GMM messages of registration and 5G AKA (TS 24.501 8.2, 9).
 */
#include "srvcc-nas-5gmm-messages.h"

#include "srvcc/hex.h"

namespace ns3
{

namespace
{

constexpr uint8_t kNibbleMax = 15;
constexpr uint8_t kAlgorithmMax = 3;
/** IMSI: MCC + MNC + MSIN, 6..15 digits (TS 23.003 2.2); IMEI 14 or 15, IMEISV 16 (6.2). */
constexpr std::size_t kImsiMinDigits = 6;
constexpr std::size_t kImsiMaxDigits = 15;
constexpr std::size_t kPeiMinDigits = 14;
constexpr std::size_t kPeiMaxDigits = 16;

void
CheckDigitString(const char* message, const char* field, const std::string& digits, std::size_t min,
                 std::size_t max)
{
    bool ok = digits.size() >= min && digits.size() <= max;
    for (char c : digits)
    {
        ok = ok && c >= '0' && c <= '9';
    }
    if (!ok)
    {
        throw MessageEncodeError(std::string(message) + ": " + field + ": \"" + digits
                                 + "\" is not " + std::to_string(min) + ".." + std::to_string(max)
                                 + " digits");
    }
}

void
CheckNibble(const char* message, const char* field, uint8_t v)
{
    if (v > kNibbleMax)
    {
        throw MessageEncodeError(std::string(message) + ": " + field + ": " + std::to_string(v)
                                 + " does not fit 4 bits");
    }
}

bool
IsPei(const NasMobileIdentity& id)
{
    return id.type == NasIdentityType::kImei || id.type == NasIdentityType::kImeisv;
}

} // namespace

// ---- SrvccNasMessage --------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccNasMessage);

TypeId
SrvccNasMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccNasMessage").SetParent<Header>().SetGroupName("SrvccSecurity");
    return tid;
}

std::vector<uint8_t>
SrvccNasMessage::Encode() const
{
    // TS 24.501 9.1.1 / Figure 9.1.1-1: EPD, spare half octet + security header type 0 (plain),
    // message type, then the IEs in the order of the message's table.
    NasWriter w(GetMessageName());
    w.U8(kNas5gmmEpd);
    w.U8(0x00);
    w.U8(GetMessageType());
    EncodeIes(w);
    return w.Take();
}

void
SrvccNasMessage::Decode(const uint8_t* data, std::size_t size)
{
    NasReader r(data, size, GetMessageName());
    const uint8_t epd = r.U8("extended protocol discriminator");
    if (epd != kNas5gmmEpd)
    {
        r.Fail("extended protocol discriminator",
               std::to_string(epd) + " is not 0x7e (5GS mobility management)");
    }
    const uint8_t sht = r.U8("security header type");
    if (sht != 0)
    {
        r.Fail("security header type", std::to_string(sht) + " is not 0 (a plain message)");
    }
    const uint8_t type = r.U8("message type");
    if (type != GetMessageType())
    {
        r.Fail("message type",
               std::to_string(type) + " is not " + std::to_string(GetMessageType()));
    }
    DecodeIes(r);
}

void
SrvccNasMessage::Decode(const std::vector<uint8_t>& octets)
{
    Decode(octets.data(), octets.size());
}

uint32_t
SrvccNasMessage::GetSerializedSize() const
{
    return static_cast<uint32_t>(Encode().size());
}

void
SrvccNasMessage::Serialize(Buffer::Iterator start) const
{
    const std::vector<uint8_t> octets = Encode();
    start.Write(octets.data(), static_cast<uint32_t>(octets.size()));
}

uint32_t
SrvccNasMessage::Deserialize(Buffer::Iterator start)
{
    // The NAS PDU is the whole packet (the NAS message IE of TS 24.501 9.1.1 runs to its end).
    const uint32_t n = start.GetRemainingSize();
    std::vector<uint8_t> octets(n);
    start.Read(octets.data(), n);
    Decode(octets);
    return n;
}

void
SrvccNasMessage::Print(std::ostream& os) const
{
    os << GetMessageName();
    PrintIes(os);
}

// ---- SrvccNasCauseMessage ---------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccNasCauseMessage);

TypeId
SrvccNasCauseMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccNasCauseMessage")
                            .SetParent<SrvccNasMessage>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

void
SrvccNasCauseMessage::SetCause(uint8_t cause)
{
    m_cause = cause;
}

uint8_t
SrvccNasCauseMessage::GetCause() const
{
    return m_cause;
}

void
SrvccNasCauseMessage::EncodeIes(NasWriter& w) const
{
    w.U8(m_cause);
}

void
SrvccNasCauseMessage::DecodeIes(NasReader& r)
{
    m_cause = r.U8("5GMM cause");
    // TS 24.501 8.2.9.2-: optional IEs (T3346, T3502, EAP, rejected NSSAI ...) are not used.
    while (!r.AtEnd())
    {
        SkipUnknownNasIe(r, r.U8("optional IE"));
    }
}

void
SrvccNasCauseMessage::PrintIes(std::ostream& os) const
{
    os << " cause=#" << static_cast<unsigned>(m_cause);
}

/** Defines the identity members of a concrete NAS message. */
#define SRVCC_NAS_MESSAGE_DEFINE(cls, parent, type, name, srvccType) \
    NS_OBJECT_ENSURE_REGISTERED(cls);                                \
    TypeId cls::GetTypeId()                                          \
    {                                                                \
        static TypeId tid = TypeId("ns3::" #cls)                     \
                                .SetParent<parent>()                 \
                                .SetGroupName("SrvccSecurity")       \
                                .AddConstructor<cls>();              \
        return tid;                                                  \
    }                                                                \
    TypeId cls::GetInstanceTypeId() const                            \
    {                                                                \
        return GetTypeId();                                          \
    }                                                                \
    uint8_t cls::GetMessageType() const                              \
    {                                                                \
        return static_cast<uint8_t>(type);                           \
    }                                                                \
    const char* cls::GetMessageName() const                          \
    {                                                                \
        return name;                                                 \
    }                                                                \
    SrvccMessageType cls::GetSrvccMessageType() const                \
    {                                                                \
        return srvccType;                                            \
    }

// ---- SrvccNasRegistrationRequest --------------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasRegistrationRequest, SrvccNasMessage,
                         NasMessageType::kRegistrationRequest, "NAS Registration Request",
                         SrvccMessageType::kNasRegistrationRequest)

void
SrvccNasRegistrationRequest::SetRegistrationType(NasRegistrationType type)
{
    m_type = type;
}

NasRegistrationType
SrvccNasRegistrationRequest::GetRegistrationType() const
{
    return m_type;
}

bool
SrvccNasRegistrationRequest::IsEmergency() const
{
    return m_type == NasRegistrationType::kEmergency;
}

void
SrvccNasRegistrationRequest::SetNgksi(uint8_t nibble)
{
    CheckNibble(GetMessageName(), "ngKSI", nibble);
    m_ngksi = nibble;
}

uint8_t
SrvccNasRegistrationRequest::GetNgksi() const
{
    return m_ngksi;
}

void
SrvccNasRegistrationRequest::SetSupi(const std::string& imsiDigits)
{
    CheckDigitString(GetMessageName(), "SUPI", imsiDigits, kImsiMinDigits, kImsiMaxDigits);
    m_identity = NasMobileIdentity::Suci(imsiDigits);
}

std::optional<std::string>
SrvccNasRegistrationRequest::GetSupi() const
{
    if (m_identity.type != NasIdentityType::kSuci)
    {
        return std::nullopt;
    }
    return m_identity.digits;
}

void
SrvccNasRegistrationRequest::SetPei(const std::string& imeiDigits)
{
    CheckDigitString(GetMessageName(), "PEI", imeiDigits, kPeiMinDigits, kPeiMaxDigits);
    m_identity = NasMobileIdentity::Pei(imeiDigits);
}

std::optional<std::string>
SrvccNasRegistrationRequest::GetPei() const
{
    if (!IsPei(m_identity))
    {
        return std::nullopt;
    }
    return m_identity.digits;
}

void
SrvccNasRegistrationRequest::SetMobileIdentity(const NasMobileIdentity& id)
{
    m_identity = id;
}

const NasMobileIdentity&
SrvccNasRegistrationRequest::GetMobileIdentity() const
{
    return m_identity;
}

void
SrvccNasRegistrationRequest::SetSecurityCapability(uint8_t niaMask, uint8_t neaMask)
{
    m_niaMask = niaMask;
    m_neaMask = neaMask;
}

uint8_t
SrvccNasRegistrationRequest::GetNiaMask() const
{
    return m_niaMask;
}

uint8_t
SrvccNasRegistrationRequest::GetNeaMask() const
{
    return m_neaMask;
}

void
SrvccNasRegistrationRequest::EncodeIes(NasWriter& w) const
{
    if (m_identity.type == NasIdentityType::kNoIdentity)
    {
        throw MessageEncodeError(std::string(GetMessageName())
                                 + ": 5GS mobile identity: neither SUPI nor PEI is set");
    }
    // Octet 4: ngKSI in bits 8-5, FOR (0: no follow-on request) and the type in bits 4-1.
    w.U8(static_cast<uint8_t>((m_ngksi << 4) | static_cast<uint8_t>(m_type)));
    w.LvE(EncodeNasMobileIdentity(m_identity, GetMessageName()), "5GS mobile identity");
    w.Tlv(NasIei::kUeSecurityCapability, EncodeNasUeSecurityCapability(m_niaMask, m_neaMask),
          "UE security capability");
}

void
SrvccNasRegistrationRequest::DecodeIes(NasReader& r)
{
    const uint8_t octet = r.U8("5GS registration type");
    const uint8_t type = octet & 0x07;
    if (type != static_cast<uint8_t>(NasRegistrationType::kInitial)
        && type != static_cast<uint8_t>(NasRegistrationType::kMobilityUpdating)
        && type != static_cast<uint8_t>(NasRegistrationType::kEmergency))
    {
        r.Fail("5GS registration type", "value " + std::to_string(type) + " is not 1, 2 or 4");
    }
    m_type = static_cast<NasRegistrationType>(type);
    m_ngksi = static_cast<uint8_t>(octet >> 4);
    m_identity = DecodeNasMobileIdentity(r.LvE("5GS mobile identity"), GetMessageName());
    if (m_identity.type != NasIdentityType::kSuci && !IsPei(m_identity)
        && m_identity.type != NasIdentityType::kGuti)
    {
        r.Fail("5GS mobile identity", "neither a SUCI, a 5G-GUTI nor a PEI");
    }
    bool capability = false;
    while (!r.AtEnd())
    {
        const uint8_t iei = r.U8("optional IE");
        if (iei == NasIei::kUeSecurityCapability)
        {
            DecodeNasUeSecurityCapability(r.TlvValue("UE security capability"), m_niaMask,
                                          m_neaMask, GetMessageName(), "UE security capability");
            capability = true;
        }
        else
        {
            SkipUnknownNasIe(r, iei);
        }
    }
    if (!capability)
    {
        // TS 24.501 8.2.6.5: the UE includes it for an initial or emergency registration; the AMF
        // cannot select algorithms without it.
        r.Fail("UE security capability", "absent");
    }
}

void
SrvccNasRegistrationRequest::PrintIes(std::ostream& os) const
{
    os << " type=" << static_cast<unsigned>(m_type) << " ngKSI=" << static_cast<unsigned>(m_ngksi)
       << " identity=" << static_cast<unsigned>(m_identity.type) << ":" << m_identity.digits
       << " nia=" << static_cast<unsigned>(m_niaMask)
       << " nea=" << static_cast<unsigned>(m_neaMask);
}

// ---- SrvccNasAuthenticationRequest ------------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasAuthenticationRequest, SrvccNasMessage,
                         NasMessageType::kAuthenticationRequest, "NAS Authentication Request",
                         SrvccMessageType::kNasAuthenticationRequest)

void
SrvccNasAuthenticationRequest::SetNgksi(uint8_t nibble)
{
    CheckNibble(GetMessageName(), "ngKSI", nibble);
    m_ngksi = nibble;
}

uint8_t
SrvccNasAuthenticationRequest::GetNgksi() const
{
    return m_ngksi;
}

void
SrvccNasAuthenticationRequest::SetAbba(const srvcc::Abba& abba)
{
    // TS 33.501 A.7.1 / TS 24.501 9.11.3.10: ABBA is 2..255 octets.
    if (abba.size() < 2 || abba.size() > 255)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": ABBA: "
                                 + std::to_string(abba.size()) + " octets, not 2..255");
    }
    m_abba = abba;
}

const srvcc::Abba&
SrvccNasAuthenticationRequest::GetAbba() const
{
    return m_abba;
}

void
SrvccNasAuthenticationRequest::SetRand(const srvcc::Rand& rand)
{
    m_rand = rand;
}

const srvcc::Rand&
SrvccNasAuthenticationRequest::GetRand() const
{
    return m_rand;
}

void
SrvccNasAuthenticationRequest::SetAutn(const srvcc::Autn& autn)
{
    m_autn = autn;
}

const srvcc::Autn&
SrvccNasAuthenticationRequest::GetAutn() const
{
    return m_autn;
}

void
SrvccNasAuthenticationRequest::EncodeIes(NasWriter& w) const
{
    w.U8(m_ngksi); // spare half octet (bits 8-5) 0, ngKSI in bits 4-1
    w.Lv(m_abba, "ABBA");
    w.U8(NasIei::kRand); // TS 24.501 9.11.3.16: TV, the 16 octets of RAND
    w.Octets(m_rand.data(), m_rand.size());
    w.Tlv(NasIei::kAutn, std::vector<uint8_t>(m_autn.begin(), m_autn.end()),
          "authentication parameter AUTN");
}

void
SrvccNasAuthenticationRequest::DecodeIes(NasReader& r)
{
    m_ngksi = r.U8("ngKSI") & 0x0f;
    m_abba = r.Lv("ABBA");
    if (m_abba.size() < 2)
    {
        r.Fail("ABBA", "shorter than 2 octets");
    }
    bool rand = false;
    bool autn = false;
    while (!r.AtEnd())
    {
        const uint8_t iei = r.U8("optional IE");
        if (iei == NasIei::kRand)
        {
            r.Octets(m_rand.data(), m_rand.size(), "authentication parameter RAND");
            rand = true;
        }
        else if (iei == NasIei::kAutn)
        {
            const std::vector<uint8_t> v = r.TlvValue("authentication parameter AUTN");
            if (v.size() != m_autn.size())
            {
                r.Fail("authentication parameter AUTN",
                       "length " + std::to_string(v.size()) + " is not 16");
            }
            std::copy(v.begin(), v.end(), m_autn.begin());
            autn = true;
        }
        else
        {
            SkipUnknownNasIe(r, iei);
        }
    }
    // TS 24.501 8.2.1.4/8.2.1.5: included for 5G AKA, which is the only method the module runs.
    if (!rand)
    {
        r.Fail("authentication parameter RAND", "absent");
    }
    if (!autn)
    {
        r.Fail("authentication parameter AUTN", "absent");
    }
}

void
SrvccNasAuthenticationRequest::PrintIes(std::ostream& os) const
{
    os << " ngKSI=" << static_cast<unsigned>(m_ngksi) << " abba=" << srvcc::ToHex(m_abba)
       << " rand=" << srvcc::ToHex(m_rand.data(), m_rand.size())
       << " autn=" << srvcc::ToHex(m_autn.data(), m_autn.size());
}

// ---- SrvccNasAuthenticationResponse -----------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasAuthenticationResponse, SrvccNasMessage,
                         NasMessageType::kAuthenticationResponse, "NAS Authentication Response",
                         SrvccMessageType::kNasAuthenticationResponse)

void
SrvccNasAuthenticationResponse::SetResStar(const srvcc::Key128& resStar)
{
    m_resStar = resStar;
}

const srvcc::Key128&
SrvccNasAuthenticationResponse::GetResStar() const
{
    return m_resStar;
}

void
SrvccNasAuthenticationResponse::EncodeIes(NasWriter& w) const
{
    w.Tlv(NasIei::kResStar, std::vector<uint8_t>(m_resStar.Data(), m_resStar.Data() + 16),
          "authentication response parameter");
}

void
SrvccNasAuthenticationResponse::DecodeIes(NasReader& r)
{
    bool res = false;
    while (!r.AtEnd())
    {
        const uint8_t iei = r.U8("optional IE");
        if (iei == NasIei::kResStar)
        {
            const std::vector<uint8_t> v = r.TlvValue("authentication response parameter");
            if (v.size() != 16)
            {
                r.Fail("authentication response parameter",
                       "RES* of " + std::to_string(v.size()) + " octets, not 16");
            }
            std::copy(v.begin(), v.end(), m_resStar.Data());
            res = true;
        }
        else
        {
            SkipUnknownNasIe(r, iei);
        }
    }
    if (!res)
    {
        r.Fail("authentication response parameter", "absent (5G AKA needs RES*)");
    }
}

void
SrvccNasAuthenticationResponse::PrintIes(std::ostream& os) const
{
    os << " resStar=" << m_resStar.Fingerprint();
}

// ---- SrvccNasAuthenticationFailure ------------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasAuthenticationFailure, SrvccNasMessage,
                         NasMessageType::kAuthenticationFailure, "NAS Authentication Failure",
                         SrvccMessageType::kNasAuthenticationFailure)

namespace
{

bool
IsAuthenticationFailureCause(uint8_t cause)
{
    return cause == Nas5gmmCause::kMacFailure || cause == Nas5gmmCause::kSynchFailure
           || cause == Nas5gmmCause::kNon5gAuthenticationUnacceptable;
}

} // namespace

void
SrvccNasAuthenticationFailure::SetCause(uint8_t cause)
{
    if (!IsAuthenticationFailureCause(cause))
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": 5GMM cause: #"
                                 + std::to_string(cause) + " is not #20, #21 or #26");
    }
    m_cause = cause;
}

uint8_t
SrvccNasAuthenticationFailure::GetCause() const
{
    return m_cause;
}

void
SrvccNasAuthenticationFailure::SetAuts(const srvcc::Auts& auts)
{
    m_auts = auts;
}

const srvcc::Auts&
SrvccNasAuthenticationFailure::GetAuts() const
{
    return m_auts;
}

void
SrvccNasAuthenticationFailure::EncodeIes(NasWriter& w) const
{
    w.U8(m_cause);
    // TS 24.501 8.2.4.2: the authentication failure parameter only with #21 synch failure.
    if (m_cause == Nas5gmmCause::kSynchFailure)
    {
        w.Tlv(NasIei::kAuts, std::vector<uint8_t>(m_auts.begin(), m_auts.end()),
              "authentication failure parameter");
    }
}

void
SrvccNasAuthenticationFailure::DecodeIes(NasReader& r)
{
    m_cause = r.U8("5GMM cause");
    if (!IsAuthenticationFailureCause(m_cause))
    {
        r.Fail("5GMM cause", "#" + std::to_string(m_cause) + " is not #20, #21 or #26");
    }
    m_auts = {};
    bool auts = false;
    while (!r.AtEnd())
    {
        const uint8_t iei = r.U8("optional IE");
        if (iei == NasIei::kAuts)
        {
            const std::vector<uint8_t> v = r.TlvValue("authentication failure parameter");
            if (v.size() != m_auts.size())
            {
                r.Fail("authentication failure parameter",
                       "AUTS of " + std::to_string(v.size()) + " octets, not 14");
            }
            std::copy(v.begin(), v.end(), m_auts.begin());
            auts = true;
        }
        else
        {
            SkipUnknownNasIe(r, iei);
        }
    }
    if (m_cause == Nas5gmmCause::kSynchFailure && !auts)
    {
        r.Fail("authentication failure parameter", "absent with cause #21 synch failure");
    }
}

void
SrvccNasAuthenticationFailure::PrintIes(std::ostream& os) const
{
    os << " cause=#" << static_cast<unsigned>(m_cause);
    if (m_cause == Nas5gmmCause::kSynchFailure)
    {
        os << " auts=" << srvcc::ToHex(m_auts.data(), m_auts.size());
    }
}

// ---- SrvccNasAuthenticationReject -------------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasAuthenticationReject, SrvccNasMessage,
                         NasMessageType::kAuthenticationReject, "NAS Authentication Reject",
                         SrvccMessageType::kNasAuthenticationReject)

void
SrvccNasAuthenticationReject::EncodeIes(NasWriter& /* w */) const
{
}

void
SrvccNasAuthenticationReject::DecodeIes(NasReader& r)
{
    while (!r.AtEnd())
    {
        SkipUnknownNasIe(r, r.U8("optional IE")); // EAP message (78): not used by 5G AKA
    }
}

void
SrvccNasAuthenticationReject::PrintIes(std::ostream& /* os */) const
{
}

// ---- SrvccNasSecurityModeCommand --------------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasSecurityModeCommand, SrvccNasMessage,
                         NasMessageType::kSecurityModeCommand, "NAS Security Mode Command",
                         SrvccMessageType::kNasSecurityModeCommand)

void
SrvccNasSecurityModeCommand::SetAlgorithms(srvcc::NasIntegrityAlgorithm nia,
                                           srvcc::NasCipheringAlgorithm nea)
{
    m_nia = static_cast<uint8_t>(nia);
    m_nea = static_cast<uint8_t>(nea);
}

srvcc::NasIntegrityAlgorithm
SrvccNasSecurityModeCommand::GetIntegrityAlgorithm() const
{
    return static_cast<srvcc::NasIntegrityAlgorithm>(m_nia);
}

srvcc::NasCipheringAlgorithm
SrvccNasSecurityModeCommand::GetCipheringAlgorithm() const
{
    return static_cast<srvcc::NasCipheringAlgorithm>(m_nea);
}

void
SrvccNasSecurityModeCommand::SetNgksi(uint8_t nibble)
{
    CheckNibble(GetMessageName(), "ngKSI", nibble);
    m_ngksi = nibble;
}

uint8_t
SrvccNasSecurityModeCommand::GetNgksi() const
{
    return m_ngksi;
}

void
SrvccNasSecurityModeCommand::SetReplayedCapability(uint8_t niaMask, uint8_t neaMask)
{
    m_niaMask = niaMask;
    m_neaMask = neaMask;
}

uint8_t
SrvccNasSecurityModeCommand::GetReplayedNiaMask() const
{
    return m_niaMask;
}

uint8_t
SrvccNasSecurityModeCommand::GetReplayedNeaMask() const
{
    return m_neaMask;
}

void
SrvccNasSecurityModeCommand::SetImeisvRequested(bool on)
{
    m_imeisvRequested = on;
}

bool
SrvccNasSecurityModeCommand::GetImeisvRequested() const
{
    return m_imeisvRequested;
}

void
SrvccNasSecurityModeCommand::SetRetransmissionRequested(bool on)
{
    m_rinmr = on;
}

bool
SrvccNasSecurityModeCommand::GetRetransmissionRequested() const
{
    return m_rinmr;
}

void
SrvccNasSecurityModeCommand::EncodeIes(NasWriter& w) const
{
    w.U8(static_cast<uint8_t>((m_nea << 4) | m_nia)); // 9.11.3.34
    w.U8(m_ngksi);                                    // spare half octet, ngKSI
    w.Lv(EncodeNasUeSecurityCapability(m_niaMask, m_neaMask), "replayed UE security capabilities");
    if (m_imeisvRequested)
    {
        w.U8(NasIei::kImeisvRequest | 0x01); // 9.11.3.28: "IMEISV requested"
    }
    // 9.11.3.12: bit 2 RINMR, bit 1 HDP (no horizontal derivation: not a handover).
    w.Tlv(NasIei::kAdditional5gSecurityInfo, {static_cast<uint8_t>(m_rinmr ? 0x02 : 0x00)},
          "additional 5G security information");
}

void
SrvccNasSecurityModeCommand::DecodeIes(NasReader& r)
{
    const uint8_t algorithms = r.U8("selected NAS security algorithms");
    m_nia = algorithms & 0x0f;
    m_nea = algorithms >> 4;
    if (m_nia > kAlgorithmMax)
    {
        r.Fail("selected NAS security algorithms",
               "integrity algorithm " + std::to_string(m_nia) + " is not 5G-IA0..3");
    }
    if (m_nea > kAlgorithmMax)
    {
        r.Fail("selected NAS security algorithms",
               "ciphering algorithm " + std::to_string(m_nea) + " is not 5G-EA0..3");
    }
    m_ngksi = r.U8("ngKSI") & 0x0f;
    DecodeNasUeSecurityCapability(r.Lv("replayed UE security capabilities"), m_niaMask, m_neaMask,
                                  GetMessageName(), "replayed UE security capabilities");
    m_imeisvRequested = false;
    m_rinmr = false;
    while (!r.AtEnd())
    {
        const uint8_t iei = r.U8("optional IE");
        if ((iei & 0xf0) == NasIei::kImeisvRequest)
        {
            m_imeisvRequested = (iei & 0x07) == 0x01;
        }
        else if (iei == NasIei::kAdditional5gSecurityInfo)
        {
            const std::vector<uint8_t> v = r.TlvValue("additional 5G security information");
            if (v.size() != 1)
            {
                r.Fail("additional 5G security information",
                       "length " + std::to_string(v.size()) + " is not 1");
            }
            m_rinmr = (v[0] & 0x02) != 0;
        }
        else
        {
            SkipUnknownNasIe(r, iei);
        }
    }
}

void
SrvccNasSecurityModeCommand::PrintIes(std::ostream& os) const
{
    os << " nia=" << static_cast<unsigned>(m_nia) << " nea=" << static_cast<unsigned>(m_nea)
       << " ngKSI=" << static_cast<unsigned>(m_ngksi) << " imeisvRequest=" << m_imeisvRequested
       << " rinmr=" << m_rinmr;
}

// ---- SrvccNasSecurityModeComplete -------------------------------------------------------------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasSecurityModeComplete, SrvccNasMessage,
                         NasMessageType::kSecurityModeComplete, "NAS Security Mode Complete",
                         SrvccMessageType::kNasSecurityModeComplete)

void
SrvccNasSecurityModeComplete::SetPei(const std::string& digits)
{
    CheckDigitString(GetMessageName(), "IMEISV", digits, kPeiMinDigits, kPeiMaxDigits);
    m_pei = NasMobileIdentity::Pei(digits);
}

std::optional<std::string>
SrvccNasSecurityModeComplete::GetPei() const
{
    if (!m_pei)
    {
        return std::nullopt;
    }
    return m_pei->digits;
}

void
SrvccNasSecurityModeComplete::SetNasMessageContainer(const std::vector<uint8_t>& message)
{
    m_container = message;
}

const std::optional<std::vector<uint8_t>>&
SrvccNasSecurityModeComplete::GetNasMessageContainer() const
{
    return m_container;
}

void
SrvccNasSecurityModeComplete::EncodeIes(NasWriter& w) const
{
    if (m_pei)
    {
        w.TlvE(NasIei::kMobileIdentity, EncodeNasMobileIdentity(*m_pei, GetMessageName()),
               "IMEISV");
    }
    if (m_container)
    {
        w.TlvE(NasIei::kNasMessageContainer, *m_container, "NAS message container");
    }
}

void
SrvccNasSecurityModeComplete::DecodeIes(NasReader& r)
{
    m_pei.reset();
    m_container.reset();
    while (!r.AtEnd())
    {
        const uint8_t iei = r.U8("optional IE");
        if (iei == NasIei::kMobileIdentity)
        {
            NasMobileIdentity id = DecodeNasMobileIdentity(r.TlvEValue("IMEISV"), GetMessageName());
            if (!IsPei(id))
            {
                r.Fail("IMEISV", "the 5GS mobile identity is not an IMEISV or IMEI");
            }
            m_pei = id;
        }
        else if (iei == NasIei::kNasMessageContainer)
        {
            m_container = r.TlvEValue("NAS message container");
        }
        else
        {
            SkipUnknownNasIe(r, iei);
        }
    }
}

void
SrvccNasSecurityModeComplete::PrintIes(std::ostream& os) const
{
    os << " pei=" << (m_pei ? m_pei->digits : "-")
       << " container=" << (m_container ? m_container->size() : 0);
}

// ---- SrvccNasSecurityModeReject, SrvccNasRegistrationAccept, SrvccNasRegistrationReject -------

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasSecurityModeReject, SrvccNasCauseMessage,
                         NasMessageType::kSecurityModeReject, "NAS Security Mode Reject",
                         SrvccMessageType::kNasSecurityModeReject)

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasRegistrationAccept, SrvccNasMessage,
                         NasMessageType::kRegistrationAccept, "NAS Registration Accept",
                         SrvccMessageType::kNasRegistrationAccept)

namespace
{

constexpr uint8_t k3gppAccess = 0x01;          ///< 9.11.3.6: 5GS registration result value
constexpr uint8_t kEmergencyRegistered = 0x20; ///< 9.11.3.6 bit 6
} // namespace

void
SrvccNasRegistrationAccept::SetEmergencyRegistered(bool on)
{
    m_emergency = on;
}

bool
SrvccNasRegistrationAccept::GetEmergencyRegistered() const
{
    return m_emergency;
}

void
SrvccNasRegistrationAccept::EncodeIes(NasWriter& w) const
{
    w.Lv({static_cast<uint8_t>(k3gppAccess | (m_emergency ? kEmergencyRegistered : 0))},
         "5GS registration result");
}

void
SrvccNasRegistrationAccept::DecodeIes(NasReader& r)
{
    const std::vector<uint8_t> result = r.Lv("5GS registration result");
    if (result.size() != 1)
    {
        r.Fail("5GS registration result", "length " + std::to_string(result.size()) + " is not 1");
    }
    if ((result[0] & 0x07) != k3gppAccess && (result[0] & 0x07) != 0x03)
    {
        r.Fail("5GS registration result",
               "value " + std::to_string(result[0] & 0x07) + " does not include 3GPP access");
    }
    m_emergency = (result[0] & kEmergencyRegistered) != 0;
    while (!r.AtEnd())
    {
        SkipUnknownNasIe(r, r.U8("optional IE"));
    }
}

void
SrvccNasRegistrationAccept::PrintIes(std::ostream& os) const
{
    os << " emergency=" << (m_emergency ? 1 : 0);
}

SRVCC_NAS_MESSAGE_DEFINE(SrvccNasRegistrationReject, SrvccNasCauseMessage,
                         NasMessageType::kRegistrationReject, "NAS Registration Reject",
                         SrvccMessageType::kNasRegistrationReject)

bool
NasSrvccMessageType(uint8_t type, SrvccMessageType& out)
{
    switch (static_cast<NasMessageType>(type))
    {
        case NasMessageType::kRegistrationRequest:
            out = SrvccMessageType::kNasRegistrationRequest;
            return true;
        case NasMessageType::kAuthenticationRequest:
            out = SrvccMessageType::kNasAuthenticationRequest;
            return true;
        case NasMessageType::kAuthenticationResponse:
            out = SrvccMessageType::kNasAuthenticationResponse;
            return true;
        case NasMessageType::kAuthenticationFailure:
            out = SrvccMessageType::kNasAuthenticationFailure;
            return true;
        case NasMessageType::kAuthenticationReject:
            out = SrvccMessageType::kNasAuthenticationReject;
            return true;
        case NasMessageType::kSecurityModeCommand:
            out = SrvccMessageType::kNasSecurityModeCommand;
            return true;
        case NasMessageType::kSecurityModeComplete:
            out = SrvccMessageType::kNasSecurityModeComplete;
            return true;
        case NasMessageType::kSecurityModeReject:
            out = SrvccMessageType::kNasSecurityModeReject;
            return true;
        case NasMessageType::kRegistrationAccept:
            out = SrvccMessageType::kNasRegistrationAccept;
            return true;
        case NasMessageType::kRegistrationReject:
            out = SrvccMessageType::kNasRegistrationReject;
            return true;
    }
    return false;
}

const char*
NasMessageName(uint8_t type)
{
    SrvccMessageType known;
    return NasSrvccMessageType(type, known) ? SrvccMessageTypeName(known) : "NAS unknown";
}

bool
IsNasAuthenticationMessage(uint8_t type)
{
    // Table 9.7.1: 0x56 request, 0x57 response, 0x58 reject, 0x59 failure.
    return type >= static_cast<uint8_t>(NasMessageType::kAuthenticationRequest)
           && type <= static_cast<uint8_t>(NasMessageType::kAuthenticationFailure);
}

} // namespace ns3
