/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact Iu (RNC - MSC server) messages of the 5G-SRVCC handover; the Relocation Request is in
 * srvcc-iu-relocation-request.cc.
 */
#include "srvcc-iu-messages.h"

namespace ns3
{

namespace
{

constexpr uint8_t kIuCauseMax = static_cast<uint8_t>(IuCause::kRelocationTimerExpiry);
constexpr uint8_t kUtranAlgorithmMax = 2; // UIA0..UIA2 / UEA0..UEA2

} // namespace

const char*
IuCauseName(IuCause cause)
{
    switch (cause)
    {
        case IuCause::kUnspecified:
            return "unspecified";
        case IuCause::kRelocationCancelled:
            return "relocation-cancelled";
        case IuCause::kNoRadioResources:
            return "no-radio-resources-available-in-target-cell";
        case IuCause::kIntegrityCheckFailure:
            return "integrity-check-failure";
        case IuCause::kNormalRelease:
            return "normal-release";
        case IuCause::kRelocationTimerExpiry:
            return "tRELOCoverall-expiry";
    }
    return "unknown";
}

std::ostream&
operator<<(std::ostream& os, IuCause cause)
{
    return os << IuCauseName(cause);
}

// ---- SrvccIuMessage
// --------------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccIuMessage);

TypeId
SrvccIuMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccIuMessage")
                            .SetParent<SrvccCompactMessage>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

CompactInterface
SrvccIuMessage::GetInterface() const
{
    return CompactInterface::kIu;
}

void
SrvccIuMessage::SetUeId(uint32_t id)
{
    m_ueId = id;
}

uint32_t
SrvccIuMessage::GetUeId() const
{
    return m_ueId;
}

uint32_t
SrvccIuMessage::GetBodySize() const
{
    return 4 + GetFieldsSize();
}

void
SrvccIuMessage::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_ueId);
    SerializeFields(it);
}

void
SrvccIuMessage::DeserializeBody(CompactReader& reader)
{
    m_ueId = reader.ReadU32("ueId");
    DeserializeFields(reader);
}

void
SrvccIuMessage::PrintBody(std::ostream& os) const
{
    os << "ueId=" << m_ueId;
    PrintFields(os);
}

uint32_t
SrvccIuMessage::GetFieldsSize() const
{
    return 0;
}

void
SrvccIuMessage::SerializeFields(Buffer::Iterator& /* it */) const
{
}

void
SrvccIuMessage::DeserializeFields(CompactReader& /* reader */)
{
}

void
SrvccIuMessage::PrintFields(std::ostream& /* os */) const
{
}

// ---- SrvccIuCauseMessage
// ---------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccIuCauseMessage);

TypeId
SrvccIuCauseMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccIuCauseMessage")
                            .SetParent<SrvccIuMessage>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

void
SrvccIuCauseMessage::SetCause(IuCause cause)
{
    CheckAtMost(GetMessageName(), "cause", static_cast<uint8_t>(cause), kIuCauseMax);
    m_cause = cause;
}

IuCause
SrvccIuCauseMessage::GetCause() const
{
    return m_cause;
}

uint32_t
SrvccIuCauseMessage::GetFieldsSize() const
{
    return 1;
}

void
SrvccIuCauseMessage::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(static_cast<uint8_t>(m_cause));
}

void
SrvccIuCauseMessage::DeserializeFields(CompactReader& reader)
{
    m_cause = static_cast<IuCause>(reader.ReadU8AtMost("cause", kIuCauseMax));
}

void
SrvccIuCauseMessage::PrintFields(std::ostream& os) const
{
    os << " cause=" << m_cause;
}

// ---- SrvccIuRelocationRequestAcknowledge
// -----------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuRelocationRequestAcknowledge, SrvccIuMessage,
                             IuMessageType::kRelocationRequestAcknowledge,
                             SrvccMessageType::kIuRelocationRequestAcknowledge)

void
SrvccIuRelocationRequestAcknowledge::SetTargetToSourceContainer(std::vector<uint8_t> container)
{
    CheckContainer(GetMessageName(), "targetToSource container", container);
    m_targetToSource = std::move(container);
}

const std::vector<uint8_t>&
SrvccIuRelocationRequestAcknowledge::GetTargetToSourceContainer() const
{
    return m_targetToSource;
}

void
SrvccIuRelocationRequestAcknowledge::SetChosenIntegrityAlgorithm(uint8_t uia)
{
    CheckAtMost(GetMessageName(), "chosenIntegrityAlgorithm", uia, kUtranAlgorithmMax);
    m_chosenUia = uia;
}

uint8_t
SrvccIuRelocationRequestAcknowledge::GetChosenIntegrityAlgorithm() const
{
    return m_chosenUia;
}

void
SrvccIuRelocationRequestAcknowledge::SetChosenCipheringAlgorithm(uint8_t uea)
{
    CheckAtMost(GetMessageName(), "chosenCipheringAlgorithm", uea, kUtranAlgorithmMax);
    m_chosenUea = uea;
}

uint8_t
SrvccIuRelocationRequestAcknowledge::GetChosenCipheringAlgorithm() const
{
    return m_chosenUea;
}

uint32_t
SrvccIuRelocationRequestAcknowledge::GetFieldsSize() const
{
    return 2 + LengthPrefixedSize(m_targetToSource);
}

void
SrvccIuRelocationRequestAcknowledge::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_chosenUia);
    it.WriteU8(m_chosenUea);
    WriteLengthPrefixed(it, m_targetToSource);
}

void
SrvccIuRelocationRequestAcknowledge::DeserializeFields(CompactReader& reader)
{
    m_chosenUia = reader.ReadU8AtMost("chosenIntegrityAlgorithm", kUtranAlgorithmMax);
    m_chosenUea = reader.ReadU8AtMost("chosenCipheringAlgorithm", kUtranAlgorithmMax);
    m_targetToSource = reader.ReadLengthPrefixed("targetToSource container");
}

void
SrvccIuRelocationRequestAcknowledge::PrintFields(std::ostream& os) const
{
    os << " chosenIntegrityAlgorithm=UIA" << static_cast<int>(m_chosenUia)
       << " chosenCipheringAlgorithm=UEA" << static_cast<int>(m_chosenUea)
       << " targetToSourceContainer=" << ContainerSummary(m_targetToSource);
}

// ---- SrvccIuRelocationComplete
// ---------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuRelocationComplete, SrvccIuMessage,
                             IuMessageType::kRelocationComplete,
                             SrvccMessageType::kIuRelocationComplete)

void
SrvccIuRelocationComplete::SetIntegrityCheckPassed(bool passed)
{
    m_integrityCheckPassed = passed;
}

bool
SrvccIuRelocationComplete::GetIntegrityCheckPassed() const
{
    return m_integrityCheckPassed;
}

uint32_t
SrvccIuRelocationComplete::GetFieldsSize() const
{
    return 1;
}

void
SrvccIuRelocationComplete::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_integrityCheckPassed ? 1 : 0);
}

void
SrvccIuRelocationComplete::DeserializeFields(CompactReader& reader)
{
    m_integrityCheckPassed = reader.ReadBool("integrityCheckPassed");
}

void
SrvccIuRelocationComplete::PrintFields(std::ostream& os) const
{
    os << " integrityCheckPassed=" << m_integrityCheckPassed;
}

// ---- the messages with the UE id and at most a cause ------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuRelocationFailure, SrvccIuCauseMessage,
                             IuMessageType::kRelocationFailure,
                             SrvccMessageType::kIuRelocationFailure)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuRelocationDetect, SrvccIuMessage,
                             IuMessageType::kRelocationDetect,
                             SrvccMessageType::kIuRelocationDetect)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuReleaseCommand, SrvccIuCauseMessage,
                             IuMessageType::kIuReleaseCommand, SrvccMessageType::kIuReleaseCommand)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccIuReleaseComplete, SrvccIuMessage,
                             IuMessageType::kIuReleaseComplete,
                             SrvccMessageType::kIuReleaseComplete)

} // namespace ns3
