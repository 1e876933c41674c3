/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact N2 (gNB - AMF) messages of the 5G-SRVCC handover.
 */
#include "srvcc-n2-messages.h"

namespace ns3
{

namespace
{

constexpr uint8_t kN2CauseMax = static_cast<uint8_t>(N2Cause::kRadioConnectionWithUeLost);
constexpr uint8_t kHandoverTypeMax = 3; // NGAP HandoverType: intra5gs .. fivegs-to-utran
constexpr uint8_t kSrvccHoIndicationMax = 1;
constexpr uint8_t kNasCountLsb4Max = 15;
constexpr uint32_t kTargetRncIdSize = kCompactPlmnSize + 2 + 2;

} // namespace

const char*
N2CauseName(N2Cause cause)
{
    switch (cause)
    {
        case N2Cause::kUnspecified:
            return "unspecified";
        case N2Cause::kHandoverCancelled:
            return "handover-cancelled";
        case N2Cause::kHoFailureInTargetSystem:
            return "ho-failure-in-target-5GC-ngran-node-or-target-system";
        case N2Cause::kHoTargetNotAllowed:
            return "ho-target-not-allowed";
        case N2Cause::kTNgRelocPrepExpiry:
            return "tngrelocprep-expiry";
        case N2Cause::kTNgRelocOverallExpiry:
            return "tngrelocoverall-expiry";
        case N2Cause::kNormalRelease:
            return "normal-release";
        case N2Cause::kSrvccHoNotPossible:
            return "srvcc-ho-not-possible";
        case N2Cause::kUnknownTargetId:
            return "unknown-targetID";
        case N2Cause::kRadioConnectionWithUeLost:
            return "radio-connection-with-ue-lost";
    }
    return "unknown";
}

std::ostream&
operator<<(std::ostream& os, N2Cause cause)
{
    return os << N2CauseName(cause);
}

// ---- SrvccN2Message
// --------------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccN2Message);

TypeId
SrvccN2Message::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccN2Message")
                            .SetParent<SrvccCompactMessage>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

CompactInterface
SrvccN2Message::GetInterface() const
{
    return CompactInterface::kN2;
}

void
SrvccN2Message::SetAmfUeNgapId(uint32_t id)
{
    m_amfUeNgapId = id;
}

uint32_t
SrvccN2Message::GetAmfUeNgapId() const
{
    return m_amfUeNgapId;
}

void
SrvccN2Message::SetRanUeNgapId(uint32_t id)
{
    m_ranUeNgapId = id;
}

uint32_t
SrvccN2Message::GetRanUeNgapId() const
{
    return m_ranUeNgapId;
}

uint32_t
SrvccN2Message::GetBodySize() const
{
    return 8 + GetFieldsSize();
}

void
SrvccN2Message::SerializeBody(Buffer::Iterator& it) const
{
    it.WriteHtonU32(m_amfUeNgapId);
    it.WriteHtonU32(m_ranUeNgapId);
    SerializeFields(it);
}

void
SrvccN2Message::DeserializeBody(CompactReader& reader)
{
    m_amfUeNgapId = reader.ReadU32("amfUeNgapId");
    m_ranUeNgapId = reader.ReadU32("ranUeNgapId");
    DeserializeFields(reader);
}

void
SrvccN2Message::PrintBody(std::ostream& os) const
{
    os << "amfUeNgapId=" << m_amfUeNgapId << " ranUeNgapId=" << m_ranUeNgapId;
    PrintFields(os);
}

uint32_t
SrvccN2Message::GetFieldsSize() const
{
    return 0;
}

void
SrvccN2Message::SerializeFields(Buffer::Iterator& /* it */) const
{
}

void
SrvccN2Message::DeserializeFields(CompactReader& /* reader */)
{
}

void
SrvccN2Message::PrintFields(std::ostream& /* os */) const
{
}

N2Cause
SrvccN2Message::ReadCause(CompactReader& reader)
{
    return static_cast<N2Cause>(reader.ReadU8AtMost("cause", kN2CauseMax));
}

// ---- SrvccN2CauseMessage
// ---------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccN2CauseMessage);

TypeId
SrvccN2CauseMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccN2CauseMessage")
                            .SetParent<SrvccN2Message>()
                            .SetGroupName("SrvccSecurity");
    return tid;
}

void
SrvccN2CauseMessage::SetCause(N2Cause cause)
{
    CheckAtMost(GetMessageName(), "cause", static_cast<uint8_t>(cause), kN2CauseMax);
    m_cause = cause;
}

N2Cause
SrvccN2CauseMessage::GetCause() const
{
    return m_cause;
}

uint32_t
SrvccN2CauseMessage::GetFieldsSize() const
{
    return 1;
}

void
SrvccN2CauseMessage::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(static_cast<uint8_t>(m_cause));
}

void
SrvccN2CauseMessage::DeserializeFields(CompactReader& reader)
{
    m_cause = ReadCause(reader);
}

void
SrvccN2CauseMessage::PrintFields(std::ostream& os) const
{
    os << " cause=" << m_cause;
}

// ---- SrvccN2HandoverRequired
// -----------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2HandoverRequired, SrvccN2Message,
                             N2MessageType::kHandoverRequired,
                             SrvccMessageType::kN2HandoverRequired)

void
SrvccN2HandoverRequired::SetHandoverType(uint8_t type)
{
    CheckAtMost(GetMessageName(), "handoverType", type, kHandoverTypeMax);
    m_handoverType = type;
}

uint8_t
SrvccN2HandoverRequired::GetHandoverType() const
{
    return m_handoverType;
}

void
SrvccN2HandoverRequired::SetSrvccHoIndication(uint8_t indication)
{
    CheckAtMost(GetMessageName(), "srvccHoIndication", indication, kSrvccHoIndicationMax);
    m_srvccHoIndication = indication;
}

uint8_t
SrvccN2HandoverRequired::GetSrvccHoIndication() const
{
    return m_srvccHoIndication;
}

void
SrvccN2HandoverRequired::SetTargetRncId(const TargetRncId& id)
{
    CheckDigits(GetMessageName(), "targetRncId mcc", id.mcc, 3, 3);
    CheckDigits(GetMessageName(), "targetRncId mnc", id.mnc, 2, 3);
    m_targetRncId = id;
}

const TargetRncId&
SrvccN2HandoverRequired::GetTargetRncId() const
{
    return m_targetRncId;
}

void
SrvccN2HandoverRequired::SetCause(N2Cause cause)
{
    CheckAtMost(GetMessageName(), "cause", static_cast<uint8_t>(cause), kN2CauseMax);
    m_cause = cause;
}

N2Cause
SrvccN2HandoverRequired::GetCause() const
{
    return m_cause;
}

void
SrvccN2HandoverRequired::SetSourceToTargetContainer(std::vector<uint8_t> container)
{
    CheckContainer(GetMessageName(), "sourceToTarget container", container);
    m_sourceToTarget = std::move(container);
}

const std::vector<uint8_t>&
SrvccN2HandoverRequired::GetSourceToTargetContainer() const
{
    return m_sourceToTarget;
}

uint32_t
SrvccN2HandoverRequired::GetFieldsSize() const
{
    if (m_targetRncId.mcc.empty())
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": targetRncId not set");
    }
    return 2 + kTargetRncIdSize + 1 + LengthPrefixedSize(m_sourceToTarget);
}

void
SrvccN2HandoverRequired::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_handoverType);
    it.WriteU8(m_srvccHoIndication);
    WritePlmn(it, m_targetRncId.mcc, m_targetRncId.mnc);
    it.WriteHtonU16(m_targetRncId.lac);
    it.WriteHtonU16(m_targetRncId.rncId);
    it.WriteU8(static_cast<uint8_t>(m_cause));
    WriteLengthPrefixed(it, m_sourceToTarget);
}

void
SrvccN2HandoverRequired::DeserializeFields(CompactReader& reader)
{
    m_handoverType = reader.ReadU8AtMost("handoverType", kHandoverTypeMax);
    m_srvccHoIndication = reader.ReadU8AtMost("srvccHoIndication", kSrvccHoIndicationMax);
    reader.ReadPlmn("targetRncId", m_targetRncId.mcc, m_targetRncId.mnc);
    m_targetRncId.lac = reader.ReadU16("targetRncId lac");
    m_targetRncId.rncId = reader.ReadU16("targetRncId rncId");
    m_cause = ReadCause(reader);
    m_sourceToTarget = reader.ReadLengthPrefixed("sourceToTarget container");
}

void
SrvccN2HandoverRequired::PrintFields(std::ostream& os) const
{
    os << " handoverType=" << static_cast<int>(m_handoverType)
       << " srvccHoIndication=" << static_cast<int>(m_srvccHoIndication)
       << " targetRncId=" << m_targetRncId << " cause=" << m_cause
       << " sourceToTargetContainer=" << ContainerSummary(m_sourceToTarget);
}

// ---- SrvccN2HandoverCommand
// ------------------------------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2HandoverCommand, SrvccN2Message,
                             N2MessageType::kHandoverCommand, SrvccMessageType::kN2HandoverCommand)

void
SrvccN2HandoverCommand::SetDlNasCountLsb4(uint8_t lsb4)
{
    CheckAtMost(GetMessageName(), "dlNasCountLsb4", lsb4, kNasCountLsb4Max);
    m_dlNasCountLsb4 = lsb4;
}

uint8_t
SrvccN2HandoverCommand::GetDlNasCountLsb4() const
{
    return m_dlNasCountLsb4;
}

void
SrvccN2HandoverCommand::SetTargetToSourceContainer(std::vector<uint8_t> container)
{
    CheckContainer(GetMessageName(), "targetToSource container", container);
    m_targetToSource = std::move(container);
}

const std::vector<uint8_t>&
SrvccN2HandoverCommand::GetTargetToSourceContainer() const
{
    return m_targetToSource;
}

uint32_t
SrvccN2HandoverCommand::GetFieldsSize() const
{
    return 1 + LengthPrefixedSize(m_targetToSource);
}

void
SrvccN2HandoverCommand::SerializeFields(Buffer::Iterator& it) const
{
    it.WriteU8(m_dlNasCountLsb4);
    WriteLengthPrefixed(it, m_targetToSource);
}

void
SrvccN2HandoverCommand::DeserializeFields(CompactReader& reader)
{
    // TS 33.501 J.1.2 step 8: only the 4 LSB of the DL NAS COUNT are sent.
    m_dlNasCountLsb4 = reader.ReadU8AtMost("dlNasCountLsb4", kNasCountLsb4Max);
    m_targetToSource = reader.ReadLengthPrefixed("targetToSource container");
}

void
SrvccN2HandoverCommand::PrintFields(std::ostream& os) const
{
    os << " dlNasCountLsb4=" << static_cast<int>(m_dlNasCountLsb4)
       << " targetToSourceContainer=" << ContainerSummary(m_targetToSource);
}

// ---- the messages with ids and at most a cause --------------------------------------------------

SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2HandoverPreparationFailure, SrvccN2CauseMessage,
                             N2MessageType::kHandoverPreparationFailure,
                             SrvccMessageType::kN2HandoverPreparationFailure)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2HandoverCancel, SrvccN2CauseMessage,
                             N2MessageType::kHandoverCancel, SrvccMessageType::kN2HandoverCancel)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2HandoverCancelAcknowledge, SrvccN2Message,
                             N2MessageType::kHandoverCancelAcknowledge,
                             SrvccMessageType::kN2HandoverCancelAcknowledge)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2UeContextReleaseCommand, SrvccN2CauseMessage,
                             N2MessageType::kUeContextReleaseCommand,
                             SrvccMessageType::kN2UeContextReleaseCommand)
SRVCC_COMPACT_MESSAGE_DEFINE(SrvccN2UeContextReleaseComplete, SrvccN2Message,
                             N2MessageType::kUeContextReleaseComplete,
                             SrvccMessageType::kN2UeContextReleaseComplete)

} // namespace ns3
