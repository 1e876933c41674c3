/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The compact Iu Relocation Request: the message that hands the mapped SRVCC security context
 * (CK_SRVCC, IK_SRVCC, KSI_SRVCC) from the MSC server to the target RNC.
 */
#include "srvcc-iu-messages.h"

namespace ns3
{

namespace
{

constexpr uint32_t kImsiMinDigits = 6;
constexpr uint32_t kImsiMaxDigits = 15;             // TS 23.003 2.2
constexpr uint8_t kKsiMax = 6;                      // 7 = "no key available" (TS 24.008 10.5.1.2)
constexpr uint8_t kAlgorithmBitmaskMax = 0x07;      // bit i = UIAi / UEAi, i = 0..2
constexpr uint32_t kKeySize = srvcc::Key128::kSize; // CK, IK: 16 octets each

} // namespace

// ---- SrvccIuRelocationRequest
// ----------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuRelocationRequest, SrvccIuMessage,
                             IuMessageType::kRelocationRequest,
                             SrvccMessageType::kIuRelocationRequest)

void
SrvccIuRelocationRequest::SetImsi(std::string imsi)
{
    CheckDigits(GetMessageName(), "imsi", imsi, kImsiMinDigits, kImsiMaxDigits);
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
SrvccIuRelocationRequest::SetKsi(uint8_t ksi)
{
    CheckAtMost(GetMessageName(), "ksi", ksi, kKsiMax);
    m_ksi = ksi;
}

uint8_t
SrvccIuRelocationRequest::GetKsi() const
{
    return m_ksi;
}

void
SrvccIuRelocationRequest::SetPermittedIntegrityAlgorithms(uint8_t bitmask)
{
    CheckAtMost(GetMessageName(), "permittedIntegrityAlgorithms", bitmask, kAlgorithmBitmaskMax);
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
    CheckAtMost(GetMessageName(), "permittedCipheringAlgorithms", bitmask, kAlgorithmBitmaskMax);
    m_permittedUea = bitmask;
}

uint8_t
SrvccIuRelocationRequest::GetPermittedCipheringAlgorithms() const
{
    return m_permittedUea;
}

void
SrvccIuRelocationRequest::SetEmergency(bool emergency)
{
    m_emergency = emergency;
}

bool
SrvccIuRelocationRequest::GetEmergency() const
{
    return m_emergency;
}

void
SrvccIuRelocationRequest::SetSourceToTargetContainer(std::vector<uint8_t> container)
{
    CheckContainer(GetMessageName(), "sourceToTarget container", container);
    m_sourceToTarget = std::move(container);
}

const std::vector<uint8_t>&
SrvccIuRelocationRequest::GetSourceToTargetContainer() const
{
    return m_sourceToTarget;
}

uint32_t
SrvccIuRelocationRequest::GetFieldsSize() const
{
    if (m_imsi.empty())
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": imsi not set");
    }
    return DigitsSize(m_imsi) + 2 * kKeySize + 4 + LengthPrefixedSize(m_sourceToTarget);
}

void
SrvccIuRelocationRequest::SerializeFields(Buffer::Iterator& it) const
{
    WriteDigits(it, m_imsi);
    it.Write(m_ck.Data(), kKeySize);
    it.Write(m_ik.Data(), kKeySize);
    it.WriteU8(m_ksi);
    it.WriteU8(m_permittedUia);
    it.WriteU8(m_permittedUea);
    it.WriteU8(m_emergency ? 1 : 0);
    WriteLengthPrefixed(it, m_sourceToTarget);
}

void
SrvccIuRelocationRequest::DeserializeFields(CompactReader& reader)
{
    m_imsi = reader.ReadDigits("imsi", kImsiMinDigits, kImsiMaxDigits);
    // Straight into the key objects, so no unwiped copy of CK/IK is left behind.
    reader.ReadBytes(m_ck.Data(), kKeySize, "ck");
    reader.ReadBytes(m_ik.Data(), kKeySize, "ik");
    m_ksi = reader.ReadU8AtMost("ksi", kKsiMax);
    m_permittedUia = reader.ReadU8AtMost("permittedIntegrityAlgorithms", kAlgorithmBitmaskMax);
    m_permittedUea = reader.ReadU8AtMost("permittedCipheringAlgorithms", kAlgorithmBitmaskMax);
    m_emergency = reader.ReadBool("emergency");
    m_sourceToTarget = reader.ReadLengthPrefixed("sourceToTarget container");
}

void
SrvccIuRelocationRequest::PrintFields(std::ostream& os) const
{
    os << " imsi=" << m_imsi << " ck=" << m_ck.Fingerprint() << " ik=" << m_ik.Fingerprint()
       << " ksi=" << static_cast<int>(m_ksi) << " permittedIntegrityAlgorithms=0x" << std::hex
       << static_cast<int>(m_permittedUia) << " permittedCipheringAlgorithms=0x"
       << static_cast<int>(m_permittedUea) << std::dec << " emergency=" << m_emergency
       << " sourceToTargetContainer=" << ContainerSummary(m_sourceToTarget);
}

} // namespace ns3
