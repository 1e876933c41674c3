/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact radio messages of the 5G-SRVCC handover (NR-Uu and UTRAN-Uu).
 */
#include "srvcc-rrc-messages.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

namespace
{

constexpr uint8_t kRrcTransactionIdMax = 3; // TS 38.331 RRC-TransactionIdentifier
constexpr uint8_t kNasCountLsb4Max = 15;
constexpr uint8_t kUtranAlgorithmMax = 2; // UIA0..UIA2 / UEA0..UEA2
constexpr uint8_t kRrcSnMax = 15;         // a 4-bit RRC sequence number
constexpr uint32_t kMacISize = 4;

} // namespace

// ---- SrvccNrMobilityFromNrCommand
// ------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccNrMobilityFromNrCommand, SrvccCompactMessage,
                             NrRrcMessageType::kMobilityFromNrCommand,
                             SrvccMessageType::kNrMobilityFromNrCommand)

CompactInterface
SrvccNrMobilityFromNrCommand::GetInterface() const
{
    return CompactInterface::kNrUu;
}

void
SrvccNrMobilityFromNrCommand::SetUeId(uint32_t id)
{
    m_ueId = id;
}

uint32_t
SrvccNrMobilityFromNrCommand::GetUeId() const
{
    return m_ueId;
}

void
SrvccNrMobilityFromNrCommand::SetRrcTransactionId(uint8_t id)
{
    CheckAtMost(GetMessageName(), "rrcTransactionId", id, kRrcTransactionIdMax);
    m_rrcTransactionId = id;
}

uint8_t
SrvccNrMobilityFromNrCommand::GetRrcTransactionId() const
{
    return m_rrcTransactionId;
}

void
SrvccNrMobilityFromNrCommand::SetDlNasCountLsb4(uint8_t lsb4)
{
    CheckAtMost(GetMessageName(), "dlNasCountLsb4", lsb4, kNasCountLsb4Max);
    m_dlNasCountLsb4 = lsb4;
}

uint8_t
SrvccNrMobilityFromNrCommand::GetDlNasCountLsb4() const
{
    return m_dlNasCountLsb4;
}

void
SrvccNrMobilityFromNrCommand::SetTargetRatMessageContainer(std::vector<uint8_t> container)
{
    CheckContainer(GetMessageName(), "targetRatMessage container", container);
    m_targetRatMessage = std::move(container);
}

const std::vector<uint8_t>&
SrvccNrMobilityFromNrCommand::GetTargetRatMessageContainer() const
{
    return m_targetRatMessage;
}

uint32_t
SrvccNrMobilityFromNrCommand::GetBodySize() const
{
    return 4 + 1 + 1 + LengthPrefixedSize(m_targetRatMessage);
}

void
SrvccNrMobilityFromNrCommand::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_ueId);
    it.WriteU8(m_rrcTransactionId);
    it.WriteU8(m_dlNasCountLsb4);
    WriteLengthPrefixed(it, m_targetRatMessage);
}

void
SrvccNrMobilityFromNrCommand::DeserializeBody(CompactReader& reader)
{
    m_ueId = reader.ReadU32("ueId");
    m_rrcTransactionId = reader.ReadU8AtMost("rrcTransactionId", kRrcTransactionIdMax);
    // TS 33.501 J.1.2 step 9: the gNB passes on the 4 LSB it got from the AMF.
    m_dlNasCountLsb4 = reader.ReadU8AtMost("dlNasCountLsb4", kNasCountLsb4Max);
    m_targetRatMessage = reader.ReadLengthPrefixed("targetRatMessage container");
}

void
SrvccNrMobilityFromNrCommand::PrintBody(std::ostream& os) const
{
    os << "ueId=" << m_ueId << " rrcTransactionId=" << static_cast<int>(m_rrcTransactionId)
       << " dlNasCountLsb4=" << static_cast<int>(m_dlNasCountLsb4)
       << " targetRatMessageContainer=" << ContainerSummary(m_targetRatMessage);
}

// ---- SrvccUtranHandoverToUtranCommand
// --------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccUtranHandoverToUtranCommand, SrvccCompactMessage,
                             UtranRrcMessageType::kHandoverToUtranCommand,
                             SrvccMessageType::kUtranHandoverToUtranCommand)

CompactInterface
SrvccUtranHandoverToUtranCommand::GetInterface() const
{
    return CompactInterface::kUtranUu;
}

void
SrvccUtranHandoverToUtranCommand::SetNewUrnti(uint32_t urnti)
{
    m_newUrnti = urnti;
}

uint32_t
SrvccUtranHandoverToUtranCommand::GetNewUrnti() const
{
    return m_newUrnti;
}

void
SrvccUtranHandoverToUtranCommand::SetIntegrityAlgorithm(uint8_t uia)
{
    CheckAtMost(GetMessageName(), "integrityAlgorithm", uia, kUtranAlgorithmMax);
    m_integrityAlgorithm = uia;
}

uint8_t
SrvccUtranHandoverToUtranCommand::GetIntegrityAlgorithm() const
{
    return m_integrityAlgorithm;
}

void
SrvccUtranHandoverToUtranCommand::SetCipheringAlgorithm(uint8_t uea)
{
    CheckAtMost(GetMessageName(), "cipheringAlgorithm", uea, kUtranAlgorithmMax);
    m_cipheringAlgorithm = uea;
}

uint8_t
SrvccUtranHandoverToUtranCommand::GetCipheringAlgorithm() const
{
    return m_cipheringAlgorithm;
}

void
SrvccUtranHandoverToUtranCommand::SetFresh(uint32_t fresh)
{
    m_fresh = fresh;
}

uint32_t
SrvccUtranHandoverToUtranCommand::GetFresh() const
{
    return m_fresh;
}

uint32_t
SrvccUtranHandoverToUtranCommand::GetBodySize() const
{
    return 4 + 1 + 1 + 4;
}

void
SrvccUtranHandoverToUtranCommand::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_newUrnti);
    it.WriteU8(m_integrityAlgorithm);
    it.WriteU8(m_cipheringAlgorithm);
    it.WriteHtonU32(m_fresh);
}

void
SrvccUtranHandoverToUtranCommand::DeserializeBody(CompactReader& reader)
{
    m_newUrnti = reader.ReadU32("newUrnti");
    m_integrityAlgorithm = reader.ReadU8AtMost("integrityAlgorithm", kUtranAlgorithmMax);
    m_cipheringAlgorithm = reader.ReadU8AtMost("cipheringAlgorithm", kUtranAlgorithmMax);
    m_fresh = reader.ReadU32("fresh");
}

void
SrvccUtranHandoverToUtranCommand::PrintBody(std::ostream& os) const
{
    os << "newUrnti=" << m_newUrnti << " integrityAlgorithm=UIA"
       << static_cast<int>(m_integrityAlgorithm) << " cipheringAlgorithm=UEA"
       << static_cast<int>(m_cipheringAlgorithm) << " fresh=" << m_fresh;
}

// ---- SrvccUtranHandoverToUtranComplete
// -------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccUtranHandoverToUtranComplete, SrvccCompactMessage,
                             UtranRrcMessageType::kHandoverToUtranComplete,
                             SrvccMessageType::kUtranHandoverToUtranComplete)

CompactInterface
SrvccUtranHandoverToUtranComplete::GetInterface() const
{
    return CompactInterface::kUtranUu;
}

void
SrvccUtranHandoverToUtranComplete::SetUrnti(uint32_t urnti)
{
    m_urnti = urnti;
}

uint32_t
SrvccUtranHandoverToUtranComplete::GetUrnti() const
{
    return m_urnti;
}

void
SrvccUtranHandoverToUtranComplete::SetRrcSequenceNumber(uint8_t sn)
{
    CheckAtMost(GetMessageName(), "rrcSequenceNumber", sn, kRrcSnMax);
    m_rrcSequenceNumber = sn;
}

uint8_t
SrvccUtranHandoverToUtranComplete::GetRrcSequenceNumber() const
{
    return m_rrcSequenceNumber;
}

void
SrvccUtranHandoverToUtranComplete::SetMacI(std::array<uint8_t, 4> macI)
{
    m_macI = macI;
}

std::array<uint8_t, 4>
SrvccUtranHandoverToUtranComplete::GetMacI() const
{
    return m_macI;
}

void
SrvccUtranHandoverToUtranComplete::SetPayload(std::vector<uint8_t> payload)
{
    CheckContainer(GetMessageName(), "payload", payload);
    m_payload = std::move(payload);
}

const std::vector<uint8_t>&
SrvccUtranHandoverToUtranComplete::GetPayload() const
{
    return m_payload;
}

std::vector<uint8_t>
SrvccUtranHandoverToUtranComplete::GetIntegrityInput() const
{
    return IntegrityInput(m_urnti, m_rrcSequenceNumber, m_payload);
}

std::vector<uint8_t>
SrvccUtranHandoverToUtranComplete::IntegrityInput(uint32_t urnti, uint8_t rrcSn,
                                                  const std::vector<uint8_t>& plainPayload)
{
    const char* name = "UTRAN Handover To UTRAN Complete";
    CheckAtMost(name, "rrcSequenceNumber", rrcSn, kRrcSnMax);
    CheckContainer(name, "payload", plainPayload);
    // The same layout SerializeBody() writes, so sender and receiver cannot disagree on it.
    std::vector<uint8_t> input;
    input.reserve(4 + 1 + kMacISize + 2 + plainPayload.size());
    for (int shift = 24; shift >= 0; shift -= 8)
    {
        input.push_back(static_cast<uint8_t>(urnti >> shift));
    }
    input.push_back(rrcSn);
    input.insert(input.end(), kMacISize, 0);
    input.push_back(static_cast<uint8_t>(plainPayload.size() >> 8));
    input.push_back(static_cast<uint8_t>(plainPayload.size()));
    input.insert(input.end(), plainPayload.begin(), plainPayload.end());
    return input;
}

uint32_t
SrvccUtranHandoverToUtranComplete::GetBodySize() const
{
    return 4 + 1 + kMacISize + LengthPrefixedSize(m_payload);
}

void
SrvccUtranHandoverToUtranComplete::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_urnti);
    it.WriteU8(m_rrcSequenceNumber);
    it.Write(m_macI.data(), kMacISize);
    WriteLengthPrefixed(it, m_payload);
}

void
SrvccUtranHandoverToUtranComplete::DeserializeBody(CompactReader& reader)
{
    m_urnti = reader.ReadU32("urnti");
    m_rrcSequenceNumber = reader.ReadU8AtMost("rrcSequenceNumber", kRrcSnMax);
    reader.ReadBytes(m_macI.data(), kMacISize, "macI");
    m_payload = reader.ReadLengthPrefixed("payload");
}

void
SrvccUtranHandoverToUtranComplete::PrintBody(std::ostream& os) const
{
    std::ostringstream mac;
    mac << std::hex << std::setfill('0');
    for (uint8_t b : m_macI)
    {
        mac << std::setw(2) << static_cast<int>(b);
    }
    os << "urnti=" << m_urnti << " rrcSequenceNumber=" << static_cast<int>(m_rrcSequenceNumber)
       << " macI=" << mac.str() << " payload=" << ContainerSummary(m_payload);
}

} // namespace ns3
