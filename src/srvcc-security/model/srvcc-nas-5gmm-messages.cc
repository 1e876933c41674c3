/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact 5GMM messages (TS 24.501 8.2) for registration and 5G AKA.
 */
#include "srvcc-nas-5gmm-messages.h"

#include "srvcc/hex.h"

namespace ns3
{

namespace
{

constexpr uint8_t kNibbleMax = 15;
constexpr uint8_t kAlgorithmMax = 3;
constexpr uint8_t kSupiFlag = 0x01;
constexpr uint8_t kPeiFlag = 0x02;
/** IMSI: MCC + MNC + MSIN, 6..15 digits (TS 23.003 2.2); IMEI 15, IMEISV 16 (6.2). */
constexpr uint32_t kImsiMinDigits = 6;
constexpr uint32_t kImsiMaxDigits = 15;
constexpr uint32_t kPeiMinDigits = 14;
constexpr uint32_t kPeiMaxDigits = 16;

void
WriteArray(Buffer::Iterator& it, const uint8_t* data, std::size_t n)
{
    it.Write(data, static_cast<uint32_t>(n));
}

} // namespace

// ---- SrvccNasMessage
// -------------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccNasMessage);

TypeId
SrvccNasMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccNasMessage")
                            .SetParent<SrvccCompactMessage>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

CompactInterface
SrvccNasMessage::GetInterface() const
{
    return CompactInterface::kNas;
}

void
SrvccNasMessage::SetUeId(uint32_t id)
{
    m_ueId = id;
}

uint32_t
SrvccNasMessage::GetUeId() const
{
    return m_ueId;
}

uint32_t
SrvccNasMessage::GetBodySize() const
{
    return 4 + GetFieldsSize();
}

void
SrvccNasMessage::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_ueId);
    SerializeFields(it);
}

void
SrvccNasMessage::DeserializeBody(CompactReader& reader)
{
    m_ueId = reader.ReadU32("ueId");
    DeserializeFields(reader);
}

void
SrvccNasMessage::PrintBody(std::ostream& os) const
{
    os << "ueId=" << m_ueId;
    PrintFields(os);
}

uint32_t
SrvccNasMessage::GetFieldsSize() const
{
    return 0;
}

void
SrvccNasMessage::SerializeFields(Buffer::Iterator& /* it */) const
{
}

void
SrvccNasMessage::DeserializeFields(CompactReader& /* reader */)
{
}

void
SrvccNasMessage::PrintFields(std::ostream& /* os */) const
{
}

// ---- SrvccNasCauseMessage
// --------------------------------------------------------------------------

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

uint32_t
SrvccNasCauseMessage::GetFieldsSize() const
{
    return 1;
}

void
SrvccNasCauseMessage::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_cause);
}

void
SrvccNasCauseMessage::DeserializeFields(CompactReader& reader)
{
    m_cause = reader.ReadU8("cause");
}

void
SrvccNasCauseMessage::PrintFields(std::ostream& os) const
{
    os << " cause=#" << static_cast<unsigned>(m_cause);
}

// ---- SrvccNasRegistrationRequest
// -------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasRegistrationRequest, SrvccNasMessage,
                             NasMessageType::kRegistrationRequest,
                             SrvccMessageType::kNasRegistrationRequest);

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
    CheckAtMost(GetMessageName(), "ngKSI", nibble, kNibbleMax);
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
    CheckDigits(GetMessageName(), "supi", imsiDigits, kImsiMinDigits, kImsiMaxDigits);
    m_supi = imsiDigits;
}

const std::optional<std::string>&
SrvccNasRegistrationRequest::GetSupi() const
{
    return m_supi;
}

void
SrvccNasRegistrationRequest::SetPei(const std::string& imeiDigits)
{
    CheckDigits(GetMessageName(), "pei", imeiDigits, kPeiMinDigits, kPeiMaxDigits);
    m_pei = imeiDigits;
}

const std::optional<std::string>&
SrvccNasRegistrationRequest::GetPei() const
{
    return m_pei;
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

uint32_t
SrvccNasRegistrationRequest::GetFieldsSize() const
{
    if (!m_supi && !m_pei)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": neither SUPI nor PEI is set");
    }
    return 3 + (m_supi ? DigitsSize(*m_supi) : 0) + (m_pei ? DigitsSize(*m_pei) : 0) + 2;
}

void
SrvccNasRegistrationRequest::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(static_cast<uint8_t>(m_type));
    it.WriteU8(m_ngksi);
    it.WriteU8((m_supi ? kSupiFlag : 0) | (m_pei ? kPeiFlag : 0));
    if (m_supi)
    {
        WriteDigits(it, *m_supi);
    }
    if (m_pei)
    {
        WriteDigits(it, *m_pei);
    }
    it.WriteU8(m_niaMask);
    it.WriteU8(m_neaMask);
}

void
SrvccNasRegistrationRequest::DeserializeFields(CompactReader& reader)
{
    const uint8_t type = reader.ReadU8("registrationType");
    if (type != static_cast<uint8_t>(NasRegistrationType::kInitial)
        && type != static_cast<uint8_t>(NasRegistrationType::kMobilityUpdating)
        && type != static_cast<uint8_t>(NasRegistrationType::kEmergency))
    {
        reader.Fail("registrationType " + std::to_string(type) + " is not 1, 2 or 4");
    }
    m_type = static_cast<NasRegistrationType>(type);
    m_ngksi = reader.ReadU8AtMost("ngKSI", kNibbleMax);
    const uint8_t flags = reader.ReadU8("identityFlags");
    if ((flags & ~(kSupiFlag | kPeiFlag)) != 0 || flags == 0)
    {
        reader.Fail("identityFlags " + std::to_string(flags) + " name neither SUPI nor PEI");
    }
    m_supi.reset();
    m_pei.reset();
    if (flags & kSupiFlag)
    {
        m_supi = reader.ReadDigits("supi", kImsiMinDigits, kImsiMaxDigits);
    }
    if (flags & kPeiFlag)
    {
        m_pei = reader.ReadDigits("pei", kPeiMinDigits, kPeiMaxDigits);
    }
    m_niaMask = reader.ReadU8("niaMask");
    m_neaMask = reader.ReadU8("neaMask");
}

void
SrvccNasRegistrationRequest::PrintFields(std::ostream& os) const
{
    os << " type=" << static_cast<unsigned>(m_type) << " ngKSI=" << static_cast<unsigned>(m_ngksi)
       << " supi=" << m_supi.value_or("-") << " pei=" << m_pei.value_or("-")
       << " nia=" << static_cast<unsigned>(m_niaMask)
       << " nea=" << static_cast<unsigned>(m_neaMask);
}

// ---- SrvccNasAuthenticationRequest
// -----------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasAuthenticationRequest, SrvccNasMessage,
                             NasMessageType::kAuthenticationRequest,
                             SrvccMessageType::kNasAuthenticationRequest);

void
SrvccNasAuthenticationRequest::SetNgksi(uint8_t nibble)
{
    CheckAtMost(GetMessageName(), "ngKSI", nibble, kNibbleMax);
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
    // TS 33.501 A.7.1: ABBA is at least two octets.
    if (abba.size() < 2)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": abba shorter than 2 octets");
    }
    CheckContainer(GetMessageName(), "abba", abba);
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

uint32_t
SrvccNasAuthenticationRequest::GetFieldsSize() const
{
    return 1 + LengthPrefixedSize(m_abba) + 16 + 16;
}

void
SrvccNasAuthenticationRequest::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_ngksi);
    WriteLengthPrefixed(it, m_abba);
    WriteArray(it, m_rand.data(), m_rand.size());
    WriteArray(it, m_autn.data(), m_autn.size());
}

void
SrvccNasAuthenticationRequest::DeserializeFields(CompactReader& reader)
{
    m_ngksi = reader.ReadU8AtMost("ngKSI", kNibbleMax);
    m_abba = reader.ReadLengthPrefixed("abba");
    if (m_abba.size() < 2)
    {
        reader.Fail("abba shorter than 2 octets");
    }
    reader.ReadBytes(m_rand.data(), 16, "rand");
    reader.ReadBytes(m_autn.data(), 16, "autn");
}

void
SrvccNasAuthenticationRequest::PrintFields(std::ostream& os) const
{
    os << " ngKSI=" << static_cast<unsigned>(m_ngksi) << " abba=" << srvcc::ToHex(m_abba)
       << " rand=" << srvcc::ToHex(m_rand.data(), m_rand.size())
       << " autn=" << srvcc::ToHex(m_autn.data(), m_autn.size());
}

// ---- SrvccNasAuthenticationResponse
// ----------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasAuthenticationResponse, SrvccNasMessage,
                             NasMessageType::kAuthenticationResponse,
                             SrvccMessageType::kNasAuthenticationResponse);

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

uint32_t
SrvccNasAuthenticationResponse::GetFieldsSize() const
{
    return 16;
}

void
SrvccNasAuthenticationResponse::SerializeFields(Buffer::Iterator& it) const
{
    WriteArray(it, m_resStar.Data(), 16);
}

void
SrvccNasAuthenticationResponse::DeserializeFields(CompactReader& reader)
{
    reader.ReadBytes(m_resStar.Data(), 16, "resStar");
}

void
SrvccNasAuthenticationResponse::PrintFields(std::ostream& os) const
{
    os << " resStar=" << m_resStar.Fingerprint();
}

// ---- SrvccNasAuthenticationFailure
// -----------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasAuthenticationFailure, SrvccNasMessage,
                             NasMessageType::kAuthenticationFailure,
                             SrvccMessageType::kNasAuthenticationFailure);

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
        throw MessageEncodeError(std::string(GetMessageName()) + ": cause #" + std::to_string(cause)
                                 + " is not #20, #21 or #26");
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

uint32_t
SrvccNasAuthenticationFailure::GetFieldsSize() const
{
    // TS 24.501 8.2.4.2: the Authentication failure parameter (AUTS) only with #21.
    return 1 + (m_cause == Nas5gmmCause::kSynchFailure ? 14 : 0);
}

void
SrvccNasAuthenticationFailure::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_cause);
    if (m_cause == Nas5gmmCause::kSynchFailure)
    {
        WriteArray(it, m_auts.data(), m_auts.size());
    }
}

void
SrvccNasAuthenticationFailure::DeserializeFields(CompactReader& reader)
{
    m_cause = reader.ReadU8("cause");
    if (!IsAuthenticationFailureCause(m_cause))
    {
        reader.Fail("cause #" + std::to_string(m_cause) + " is not #20, #21 or #26");
    }
    m_auts = {};
    if (m_cause == Nas5gmmCause::kSynchFailure)
    {
        reader.ReadBytes(m_auts.data(), 14, "auts");
    }
}

void
SrvccNasAuthenticationFailure::PrintFields(std::ostream& os) const
{
    os << " cause=#" << static_cast<unsigned>(m_cause);
    if (m_cause == Nas5gmmCause::kSynchFailure)
    {
        os << " auts=" << srvcc::ToHex(m_auts.data(), m_auts.size());
    }
}

// ---- SrvccNasAuthenticationReject
// ------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasAuthenticationReject, SrvccNasMessage,
                             NasMessageType::kAuthenticationReject,
                             SrvccMessageType::kNasAuthenticationReject);

// ---- SrvccNasSecurityModeCommand
// -------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasSecurityModeCommand, SrvccNasMessage,
                             NasMessageType::kSecurityModeCommand,
                             SrvccMessageType::kNasSecurityModeCommand);

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
    CheckAtMost(GetMessageName(), "ngKSI", nibble, kNibbleMax);
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
SrvccNasSecurityModeCommand::SetCount(uint32_t count)
{
    CheckAtMost(GetMessageName(), "count", count, 0xffffff);
    m_count = count;
}

uint32_t
SrvccNasSecurityModeCommand::GetCount() const
{
    return m_count;
}

void
SrvccNasSecurityModeCommand::SetMac(const srvcc::Mac32& mac)
{
    m_mac = mac;
}

const srvcc::Mac32&
SrvccNasSecurityModeCommand::GetMac() const
{
    return m_mac;
}

std::vector<uint8_t>
SrvccNasSecurityModeCommand::MacInput() const
{
    const uint32_t ue = GetUeId();
    return {static_cast<uint8_t>(ue >> 24),
            static_cast<uint8_t>(ue >> 16),
            static_cast<uint8_t>(ue >> 8),
            static_cast<uint8_t>(ue),
            m_nia,
            m_nea,
            m_ngksi,
            m_niaMask,
            m_neaMask,
            static_cast<uint8_t>(m_count >> 24),
            static_cast<uint8_t>(m_count >> 16),
            static_cast<uint8_t>(m_count >> 8),
            static_cast<uint8_t>(m_count)};
}

uint32_t
SrvccNasSecurityModeCommand::GetFieldsSize() const
{
    return 5 + 4 + 4;
}

void
SrvccNasSecurityModeCommand::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_nia);
    it.WriteU8(m_nea);
    it.WriteU8(m_ngksi);
    it.WriteU8(m_niaMask);
    it.WriteU8(m_neaMask);
    it.WriteHtonU32(m_count);
    WriteArray(it, m_mac.data(), m_mac.size());
}

void
SrvccNasSecurityModeCommand::DeserializeFields(CompactReader& reader)
{
    m_nia = reader.ReadU8AtMost("nia", kAlgorithmMax);
    m_nea = reader.ReadU8AtMost("nea", kAlgorithmMax);
    m_ngksi = reader.ReadU8AtMost("ngKSI", kNibbleMax);
    m_niaMask = reader.ReadU8("niaMask");
    m_neaMask = reader.ReadU8("neaMask");
    m_count = reader.ReadU32("count");
    if (m_count > 0xffffff)
    {
        reader.Fail("count " + std::to_string(m_count) + " exceeds 24 bits");
    }
    reader.ReadBytes(m_mac.data(), 4, "mac");
}

void
SrvccNasSecurityModeCommand::PrintFields(std::ostream& os) const
{
    os << " nia=" << static_cast<unsigned>(m_nia) << " nea=" << static_cast<unsigned>(m_nea)
       << " ngKSI=" << static_cast<unsigned>(m_ngksi) << " count=" << m_count
       << " mac=" << srvcc::ToHex(m_mac.data(), m_mac.size());
}

// ---- SrvccNasSecurityModeComplete
// ------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasSecurityModeComplete, SrvccNasMessage,
                             NasMessageType::kSecurityModeComplete,
                             SrvccMessageType::kNasSecurityModeComplete);

void
SrvccNasSecurityModeComplete::SetCount(uint32_t count)
{
    CheckAtMost(GetMessageName(), "count", count, 0xffffff);
    m_count = count;
}

uint32_t
SrvccNasSecurityModeComplete::GetCount() const
{
    return m_count;
}

void
SrvccNasSecurityModeComplete::SetMac(const srvcc::Mac32& mac)
{
    m_mac = mac;
}

const srvcc::Mac32&
SrvccNasSecurityModeComplete::GetMac() const
{
    return m_mac;
}

std::vector<uint8_t>
SrvccNasSecurityModeComplete::MacInput() const
{
    const uint32_t ue = GetUeId();
    return {static_cast<uint8_t>(ue >> 24),      static_cast<uint8_t>(ue >> 16),
            static_cast<uint8_t>(ue >> 8),       static_cast<uint8_t>(ue),
            static_cast<uint8_t>(m_count >> 24), static_cast<uint8_t>(m_count >> 16),
            static_cast<uint8_t>(m_count >> 8),  static_cast<uint8_t>(m_count)};
}

uint32_t
SrvccNasSecurityModeComplete::GetFieldsSize() const
{
    return 8;
}

void
SrvccNasSecurityModeComplete::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_count);
    WriteArray(it, m_mac.data(), m_mac.size());
}

void
SrvccNasSecurityModeComplete::DeserializeFields(CompactReader& reader)
{
    m_count = reader.ReadU32("count");
    if (m_count > 0xffffff)
    {
        reader.Fail("count " + std::to_string(m_count) + " exceeds 24 bits");
    }
    reader.ReadBytes(m_mac.data(), 4, "mac");
}

void
SrvccNasSecurityModeComplete::PrintFields(std::ostream& os) const
{
    os << " count=" << m_count << " mac=" << srvcc::ToHex(m_mac.data(), m_mac.size());
}

// ---- SrvccNasSecurityModeReject, SrvccNasRegistrationAccept, SrvccNasRegistrationReject
// -----------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasSecurityModeReject, SrvccNasCauseMessage,
                             NasMessageType::kSecurityModeReject,
                             SrvccMessageType::kNasSecurityModeReject);

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasRegistrationAccept, SrvccNasMessage,
                             NasMessageType::kRegistrationAccept,
                             SrvccMessageType::kNasRegistrationAccept);

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

uint32_t
SrvccNasRegistrationAccept::GetFieldsSize() const
{
    return 1;
}

void
SrvccNasRegistrationAccept::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_emergency ? 1 : 0);
}

void
SrvccNasRegistrationAccept::DeserializeFields(CompactReader& reader)
{
    m_emergency = reader.ReadBool("emergencyRegistered");
}

void
SrvccNasRegistrationAccept::PrintFields(std::ostream& os) const
{
    os << " emergency=" << (m_emergency ? 1 : 0);
}

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNasRegistrationReject, SrvccNasCauseMessage,
                             NasMessageType::kRegistrationReject,
                             SrvccMessageType::kNasRegistrationReject);

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
PeekNasUeId(Ptr<const Packet> p, uint32_t& ueId)
{
    CompactInterface iface;
    uint8_t type = 0;
    if (!PeekCompactMessage(p, iface, type) || iface != CompactInterface::kNas
        || p->GetSize() < kCompactFramingSize + 4)
    {
        return false;
    }
    uint8_t octets[kCompactFramingSize + 4];
    p->CopyData(octets, sizeof(octets));
    ueId = (uint32_t{octets[4]} << 24) | (uint32_t{octets[5]} << 16) | (uint32_t{octets[6]} << 8)
           | octets[7];
    return true;
}

bool
IsNasAuthenticationMessage(uint8_t type)
{
    return type >= static_cast<uint8_t>(NasMessageType::kAuthenticationRequest)
           && type <= static_cast<uint8_t>(NasMessageType::kAuthenticationReject);
}

srvcc::Mac32
ComputeNasMessageMac(srvcc::NasIntegrityAlgorithm nia, const srvcc::Key128& knasInt, uint32_t count,
                     uint8_t direction, const std::vector<uint8_t>& input)
{
    if (nia == srvcc::NasIntegrityAlgorithm::kNia0)
    {
        return srvcc::Mac32{}; // D.1: all zeroes, never checked
    }
    srvcc::NasAlgorithmInput in;
    in.count = count;
    in.bearer = 0;
    in.direction = direction;
    return srvcc::ComputeNasMac(nia, knasInt, in, input.data(), 8 * input.size());
}

} // namespace ns3
