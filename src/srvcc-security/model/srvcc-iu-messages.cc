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

// ---- IuMessage --------------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(IuMessage);

TypeId
IuMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::IuMessage").SetParent<CompactMessage>().SetGroupName("SrvccSecurity");
    return tid;
}

CompactInterface
IuMessage::GetInterface() const
{
    return CompactInterface::kIu;
}

void
IuMessage::SetUeId(uint32_t id)
{
    m_ueId = id;
}

uint32_t
IuMessage::GetUeId() const
{
    return m_ueId;
}

uint32_t
IuMessage::GetBodySize() const
{
    return 4 + GetFieldsSize();
}

void
IuMessage::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_ueId);
    SerializeFields(it);
}

void
IuMessage::DeserializeBody(CompactReader& reader)
{
    m_ueId = reader.ReadU32("ueId");
    DeserializeFields(reader);
}

void
IuMessage::PrintBody(std::ostream& os) const
{
    os << "ueId=" << m_ueId;
    PrintFields(os);
}

uint32_t
IuMessage::GetFieldsSize() const
{
    return 0;
}

void
IuMessage::SerializeFields(Buffer::Iterator& /* it */) const
{
}

void
IuMessage::DeserializeFields(CompactReader& /* reader */)
{
}

void
IuMessage::PrintFields(std::ostream& /* os */) const
{
}

// ---- IuCauseMessage ---------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(IuCauseMessage);

TypeId
IuCauseMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::IuCauseMessage").SetParent<IuMessage>().SetGroupName("SrvccSecurity");
    return tid;
}

void
IuCauseMessage::SetCause(IuCause cause)
{
    CheckAtMost(GetMessageName(), "cause", static_cast<uint8_t>(cause), kIuCauseMax);
    m_cause = cause;
}

IuCause
IuCauseMessage::GetCause() const
{
    return m_cause;
}

uint32_t
IuCauseMessage::GetFieldsSize() const
{
    return 1;
}

void
IuCauseMessage::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(static_cast<uint8_t>(m_cause));
}

void
IuCauseMessage::DeserializeFields(CompactReader& reader)
{
    m_cause = static_cast<IuCause>(reader.ReadU8AtMost("cause", kIuCauseMax));
}

void
IuCauseMessage::PrintFields(std::ostream& os) const
{
    os << " cause=" << m_cause;
}

// ---- IuRelocationRequestAcknowledge -----------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(IuRelocationRequestAcknowledge, IuMessage,
                             IuMessageType::kRelocationRequestAcknowledge,
                             "Iu Relocation Request Acknowledge")

void
IuRelocationRequestAcknowledge::SetTargetToSourceContainer(std::vector<uint8_t> container)
{
    CheckContainer(GetMessageName(), "targetToSource container", container);
    m_targetToSource = std::move(container);
}

const std::vector<uint8_t>&
IuRelocationRequestAcknowledge::GetTargetToSourceContainer() const
{
    return m_targetToSource;
}

void
IuRelocationRequestAcknowledge::SetChosenIntegrityAlgorithm(uint8_t uia)
{
    CheckAtMost(GetMessageName(), "chosenIntegrityAlgorithm", uia, kUtranAlgorithmMax);
    m_chosenUia = uia;
}

uint8_t
IuRelocationRequestAcknowledge::GetChosenIntegrityAlgorithm() const
{
    return m_chosenUia;
}

void
IuRelocationRequestAcknowledge::SetChosenCipheringAlgorithm(uint8_t uea)
{
    CheckAtMost(GetMessageName(), "chosenCipheringAlgorithm", uea, kUtranAlgorithmMax);
    m_chosenUea = uea;
}

uint8_t
IuRelocationRequestAcknowledge::GetChosenCipheringAlgorithm() const
{
    return m_chosenUea;
}

uint32_t
IuRelocationRequestAcknowledge::GetFieldsSize() const
{
    return 2 + LengthPrefixedSize(m_targetToSource);
}

void
IuRelocationRequestAcknowledge::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_chosenUia);
    it.WriteU8(m_chosenUea);
    WriteLengthPrefixed(it, m_targetToSource);
}

void
IuRelocationRequestAcknowledge::DeserializeFields(CompactReader& reader)
{
    m_chosenUia = reader.ReadU8AtMost("chosenIntegrityAlgorithm", kUtranAlgorithmMax);
    m_chosenUea = reader.ReadU8AtMost("chosenCipheringAlgorithm", kUtranAlgorithmMax);
    m_targetToSource = reader.ReadLengthPrefixed("targetToSource container");
}

void
IuRelocationRequestAcknowledge::PrintFields(std::ostream& os) const
{
    os << " chosenIntegrityAlgorithm=UIA" << static_cast<int>(m_chosenUia)
       << " chosenCipheringAlgorithm=UEA" << static_cast<int>(m_chosenUea)
       << " targetToSourceContainer=" << ContainerSummary(m_targetToSource);
}

// ---- IuRelocationComplete ---------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(IuRelocationComplete, IuMessage, IuMessageType::kRelocationComplete,
                             "Iu Relocation Complete")

void
IuRelocationComplete::SetIntegrityCheckPassed(bool passed)
{
    m_integrityCheckPassed = passed;
}

bool
IuRelocationComplete::GetIntegrityCheckPassed() const
{
    return m_integrityCheckPassed;
}

uint32_t
IuRelocationComplete::GetFieldsSize() const
{
    return 1;
}

void
IuRelocationComplete::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_integrityCheckPassed ? 1 : 0);
}

void
IuRelocationComplete::DeserializeFields(CompactReader& reader)
{
    m_integrityCheckPassed = reader.ReadBool("integrityCheckPassed");
}

void
IuRelocationComplete::PrintFields(std::ostream& os) const
{
    os << " integrityCheckPassed=" << m_integrityCheckPassed;
}

// ---- the messages with the UE id and at most a cause ------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(IuRelocationFailure, IuCauseMessage, IuMessageType::kRelocationFailure,
                             "Iu Relocation Failure")
SRVCC_COMPACT_MESSAGE_DEFINE(IuRelocationDetect, IuMessage, IuMessageType::kRelocationDetect,
                             "Iu Relocation Detect")
SRVCC_COMPACT_MESSAGE_DEFINE(IuReleaseCommand, IuCauseMessage, IuMessageType::kIuReleaseCommand,
                             "Iu Release Command")
SRVCC_COMPACT_MESSAGE_DEFINE(IuReleaseComplete, IuMessage, IuMessageType::kIuReleaseComplete,
                             "Iu Release Complete")

} // namespace ns3
