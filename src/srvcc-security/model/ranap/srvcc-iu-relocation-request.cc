/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The RANAP Relocation Request: the message that hands the mapped SRVCC security context
 * (CK_SRVCC, IK_SRVCC) from the MSC server to the target RNC, in the clear on Iu.
 */
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "srvcc-iu-messages.h"

namespace ns3
{

namespace
{

constexpr uint8_t kNotStarted = 0x01;       // "UIA0 only": integrity protection not started
constexpr uint8_t kUiaCodePointBits = 0x06; // UIA1, UIA2: RANAP code points 0, 1
constexpr uint8_t kUeaBits = 0x07;          // UEA0..UEA2: RANAP code points 0..2
constexpr uint32_t kMaxContainer = 16383;   // no fragmented lengths (X.691 11.9.3.8)

std::string
Where(const SrvccIuRelocationRequest& m, const char* field)
{
    return std::string(m.GetMessageName()) + ": " + field + ": ";
}

} // namespace

void
SrvccIuRelocationRequest::SetImsi(std::string imsi)
{
    if (imsi.size() < 6 || imsi.size() > 15
        || imsi.find_first_not_of("0123456789") != std::string::npos)
    {
        throw MessageEncodeError(Where(*this, "PermanentNAS-UE-ID") + "'" + imsi
                                 + "' is not 6..15 decimal digits");
    }
    m_imsi = std::move(imsi);
}

const std::string&
SrvccIuRelocationRequest::GetImsi() const
{
    return m_imsi;
}

void
SrvccIuRelocationRequest::SetCk(const srvcc::Key128& ck)
{
    m_ck = ck;
}

const srvcc::Key128&
SrvccIuRelocationRequest::GetCk() const
{
    return m_ck;
}

void
SrvccIuRelocationRequest::SetIk(const srvcc::Key128& ik)
{
    m_ik = ik;
}

const srvcc::Key128&
SrvccIuRelocationRequest::GetIk() const
{
    return m_ik;
}

void
SrvccIuRelocationRequest::SetPermittedIntegrityAlgorithms(uint8_t bitmask)
{
    if (bitmask != kNotStarted && (bitmask == 0 || (bitmask & ~kUiaCodePointBits) != 0))
    {
        throw MessageEncodeError(Where(*this, "permitted integrity algorithms") + "mask "
                                 + std::to_string(bitmask)
                                 + ": UIA1/UIA2 (0x02, 0x04), or 0x01 alone for integrity "
                                   "protection not started (UIA0 is no RANAP code point)");
    }
    m_permittedUia = bitmask;
}

uint8_t
SrvccIuRelocationRequest::GetPermittedIntegrityAlgorithms() const
{
    return m_permittedUia;
}

void
SrvccIuRelocationRequest::SetPermittedCipheringAlgorithms(uint8_t bitmask)
{
    if (bitmask == 0 || (bitmask & ~kUeaBits) != 0)
    {
        throw MessageEncodeError(Where(*this, "permitted encryption algorithms") + "mask "
                                 + std::to_string(bitmask) + " is not a subset of UEA0..UEA2");
    }
    m_permittedUea = bitmask;
}

uint8_t
SrvccIuRelocationRequest::GetPermittedCipheringAlgorithms() const
{
    return m_permittedUea;
}

bool
SrvccIuRelocationRequest::HasIntegrityProtectionInformation() const
{
    return m_permittedUia != kNotStarted;
}

void
SrvccIuRelocationRequest::SetSourceToTargetContainer(std::vector<uint8_t> container)
{
    if (container.size() > kMaxContainer)
    {
        throw MessageEncodeError(Where(*this, "Source-ToTarget-TransparentContainer")
                                 + std::to_string(container.size()) + " octets, at most 16383");
    }
    m_sourceToTarget = std::move(container);
}

const std::vector<uint8_t>&
SrvccIuRelocationRequest::GetSourceToTargetContainer() const
{
    return m_sourceToTarget;
}

void
SrvccIuRelocationRequest::SetIuSigConId(uint32_t id)
{
    if (id > 0xffffff)
    {
        throw MessageEncodeError(Where(*this, "IuSigConId") + std::to_string(id)
                                 + " does not fit 24 bits");
    }
    m_iuSigConId = id;
}

uint32_t
SrvccIuRelocationRequest::GetIuSigConId() const
{
    return m_iuSigConId;
}

void
SrvccIuRelocationRequest::SetCause(IuCause cause)
{
    IuCauseToRanap(cause); // throws for a value outside the enum
    m_cause = cause;
}

IuCause
SrvccIuRelocationRequest::GetCause() const
{
    return m_cause;
}

void
SrvccIuRelocationRequest::WriteIes(std::vector<RanapIe>& ies) const
{
    const char* pdu = GetMessageName();
    if (m_imsi.empty())
    {
        throw MessageEncodeError(Where(*this, "PermanentNAS-UE-ID") + "IMSI not set");
    }
    if (m_sourceToTarget.empty())
    {
        // Mandatory, and an empty open type is no SourceRNC-ToTargetRNC-TransparentContainer.
        throw MessageEncodeError(Where(*this, "Source-ToTarget-TransparentContainer") + "not set");
    }
    if (!HasIntegrityProtectionInformation() && m_permittedUea != kNotStarted)
    {
        throw MessageEncodeError(Where(*this, "EncryptionInformation")
                                 + "ciphering without integrity protection (UEA0 only then)");
    }
    // The IEs in the order of RelocationRequestIEs (TS 25.413 9.3.3), with their criticality.
    ies.push_back({ranap::kIdPermanentNasUeId, RanapCriticality::kIgnore,
                   EncodePermanentNasUeId(m_imsi, pdu)});
    ies.push_back({ranap::kIdCause, RanapCriticality::kIgnore,
                   EncodeRanapCause(IuCauseToRanap(m_cause), pdu)});
    // The MSC server relocates the CS domain only (TS 23.216 6.5.4).
    ies.push_back({ranap::kIdCnDomainIndicator, RanapCriticality::kReject,
                   EncodeCnDomainIndicator(false, pdu)});
    // SourceRNC-ToTargetRNC-TransparentContainer, its own PER encoding as the value.
    ies.push_back({ranap::kIdSourceToTargetTransparentContainer, RanapCriticality::kReject,
                   m_sourceToTarget});
    if (HasIntegrityProtectionInformation())
    {
        // Module UIA1, UIA2 -> RANAP IntegrityProtectionAlgorithm 0, 1 (TS 25.413 9.3.4).
        std::vector<uint8_t> uias;
        for (uint8_t uia = 1; uia <= 2; ++uia)
        {
            if (m_permittedUia & (1U << uia))
            {
                uias.push_back(static_cast<uint8_t>(uia - 1));
            }
        }
        ies.push_back(
            {ranap::kIdIntegrityProtectionInformation, RanapCriticality::kIgnore,
             EncodeSecurityInformation(uias, m_ik, pdu, "IntegrityProtectionInformation")});
        // UEA0..UEA2 are RANAP's EncryptionAlgorithm 0..2 (TS 25.413 9.3.4).
        std::vector<uint8_t> ueas;
        for (uint8_t uea = 0; uea <= 2; ++uea)
        {
            if (m_permittedUea & (1U << uea))
            {
                ueas.push_back(uea);
            }
        }
        ies.push_back({ranap::kIdEncryptionInformation, RanapCriticality::kIgnore,
                       EncodeSecurityInformation(ueas, m_ck, pdu, "EncryptionInformation")});
    }
    ies.push_back(
        {ranap::kIdIuSigConId, RanapCriticality::kIgnore, EncodeIuSigConId(m_iuSigConId, pdu)});
}

void
SrvccIuRelocationRequest::ReadIes(RanapIeReader& ies)
{
    const char* pdu = GetMessageName();
    // Optional in RANAP; the module's MSC server always sends it, and the RNC needs it.
    m_imsi = DecodePermanentNasUeId(ies.Mandatory(ranap::kIdPermanentNasUeId, "PermanentNAS-UE-ID"),
                                    pdu);
    m_cause = IuCauseFromRanap(DecodeRanapCause(ies.Mandatory(ranap::kIdCause, "Cause"), pdu));
    if (DecodeCnDomainIndicator(ies.Mandatory(ranap::kIdCnDomainIndicator, "CN-DomainIndicator"),
                                pdu))
    {
        throw MessageDecodeError(Where(*this, "CN-DomainIndicator")
                                 + "ps-domain, but the MSC server relocates the CS domain");
    }
    const std::vector<uint8_t>& container = ies.Mandatory(
        ranap::kIdSourceToTargetTransparentContainer, "Source-ToTarget-TransparentContainer");
    if (!DecodeSourceRncToTargetRncContainer(container))
    {
        throw MessageDecodeError(Where(*this, "Source-ToTarget-TransparentContainer")
                                 + "not a SourceRNC-ToTargetRNC-TransparentContainer");
    }
    m_sourceToTarget = container;

    m_ik = srvcc::Key128();
    m_ck = srvcc::Key128();
    const std::vector<uint8_t>* integrity = ies.Optional(ranap::kIdIntegrityProtectionInformation);
    const std::vector<uint8_t>* encryption = ies.Optional(ranap::kIdEncryptionInformation);
    m_permittedUia = kNotStarted;
    m_permittedUea = kNotStarted;
    if (integrity != nullptr)
    {
        m_permittedUia = 0;
        for (uint8_t codePoint :
             DecodeSecurityInformation(*integrity, m_ik, pdu, "IntegrityProtectionInformation"))
        {
            // The UIAs the module knows; another code point is one the RNC cannot choose.
            if (codePoint == ranap::kUia1 || codePoint == ranap::kUia2)
            {
                m_permittedUia |= static_cast<uint8_t>(1U << (codePoint + 1));
            }
        }
        if (m_permittedUia == 0)
        {
            throw MessageDecodeError(Where(*this, "IntegrityProtectionInformation")
                                     + "permits neither UIA1 nor UIA2");
        }
    }
    if (encryption != nullptr)
    {
        if (integrity == nullptr)
        {
            throw MessageDecodeError(Where(*this, "EncryptionInformation")
                                     + "without IntegrityProtectionInformation");
        }
        m_permittedUea = 0;
        for (uint8_t codePoint :
             DecodeSecurityInformation(*encryption, m_ck, pdu, "EncryptionInformation"))
        {
            if (codePoint <= 2)
            {
                m_permittedUea |= static_cast<uint8_t>(1U << codePoint);
            }
        }
        if (m_permittedUea == 0)
        {
            throw MessageDecodeError(Where(*this, "EncryptionInformation")
                                     + "permits none of UEA0..UEA2");
        }
    }
    m_iuSigConId = DecodeIuSigConId(ies.Mandatory(ranap::kIdIuSigConId, "IuSigConId"), pdu);
}

void
SrvccIuRelocationRequest::PrintFields(std::ostream& os) const
{
    os << " imsi=" << m_imsi << " cause=" << m_cause;
    if (HasIntegrityProtectionInformation())
    {
        os << " ik=" << m_ik.Fingerprint() << " ck=" << m_ck.Fingerprint()
           << " permittedIntegrityAlgorithms=0x" << std::hex << static_cast<int>(m_permittedUia)
           << " permittedCipheringAlgorithms=0x" << static_cast<int>(m_permittedUea) << std::dec;
    }
    else
    {
        os << " integrity protection not started (no keys)";
    }
    os << " sourceToTargetContainer=" << m_sourceToTarget.size() << " octets"
       << " iuSigConId=" << m_iuSigConId;
}

} // namespace ns3
