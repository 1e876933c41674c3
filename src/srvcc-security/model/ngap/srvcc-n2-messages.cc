/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-n2-messages.h"

#include "ns3/srvcc-message-decode-error.h"

#include <sstream>

namespace ns3
{

namespace
{

constexpr uint8_t kHandoverTypeMax = 3;
constexpr uint8_t kNasCountLsb4Max = 15;
constexpr NgapCriticality kReject = NgapCriticality::kReject;
constexpr NgapCriticality kIgnore = NgapCriticality::kIgnore;

const char*
PduTypeName(NgapPduType type)
{
    switch (type)
    {
        case NgapPduType::kInitiatingMessage:
            return "initiatingMessage";
        case NgapPduType::kSuccessfulOutcome:
            return "successfulOutcome";
        case NgapPduType::kUnsuccessfulOutcome:
            return "unsuccessfulOutcome";
    }
    return "unknown";
}

std::string
Summary(const std::vector<uint8_t>& octets)
{
    return std::to_string(octets.size()) + " octets";
}

void
CheckCause(const char* pdu, N2Cause cause)
{
    if (static_cast<uint8_t>(cause) > static_cast<uint8_t>(N2Cause::kUnknownLocalUeNgapId))
    {
        throw MessageEncodeError(std::string(pdu) + ": Cause: value "
                                 + std::to_string(static_cast<unsigned>(cause)) + " unknown");
    }
}

} // namespace

// ---- SrvccN2Message ------------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccN2Message);

TypeId
SrvccN2Message::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccN2Message").SetParent<Header>().SetGroupName("SrvccSecurity");
    return tid;
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

NgapCriticality
SrvccN2Message::GetProcedureCriticality() const
{
    return kReject; // every class-1 procedure of the handover (TS 38.413 9.4.3)
}

std::vector<uint8_t>
SrvccN2Message::Encode() const
{
    NgapPdu pdu;
    pdu.type = GetPduType();
    pdu.procedureCode = GetProcedureCode();
    pdu.criticality = GetProcedureCriticality();
    pdu.ies = BuildIes();
    return EncodeNgapPdu(pdu, GetMessageName());
}

uint32_t
SrvccN2Message::GetSerializedSize() const
{
    return static_cast<uint32_t>(Encode().size());
}

void
SrvccN2Message::Serialize(Buffer::Iterator start) const
{
    const std::vector<uint8_t> octets = Encode();
    start.Write(octets.data(), static_cast<uint32_t>(octets.size()));
}

uint32_t
SrvccN2Message::Deserialize(Buffer::Iterator start)
{
    const uint32_t size = start.GetRemainingSize();
    std::vector<uint8_t> data(size);
    start.Read(data.data(), size);
    NgapPdu pdu;
    const std::size_t used = DecodeNgapPdu(data.data(), data.size(), pdu, GetMessageName());
    if (pdu.type != GetPduType() || pdu.procedureCode != GetProcedureCode())
    {
        throw MessageDecodeError(
            std::string(GetMessageName()) + ": NGAP-PDU: " + PduTypeName(pdu.type)
            + " of procedure " + std::to_string(pdu.procedureCode) + ", expected "
            + PduTypeName(GetPduType()) + " of procedure " + std::to_string(GetProcedureCode()));
    }
    ParseIes(pdu.ies);
    return static_cast<uint32_t>(used);
}

void
SrvccN2Message::Print(std::ostream& os) const
{
    os << GetMessageName() << " (amfUeNgapId=" << m_amfUeNgapId << " ranUeNgapId=" << m_ranUeNgapId;
    PrintFields(os);
    os << ")";
}

void
SrvccN2Message::PrintFields(std::ostream& /* os */) const
{
}

NgapIe
SrvccN2Message::AmfIdIe(NgapCriticality criticality) const
{
    return {ngap::kIeAmfUeNgapId, criticality,
            ngap::EncodeAmfUeNgapId(m_amfUeNgapId, GetMessageName())};
}

NgapIe
SrvccN2Message::RanIdIe(NgapCriticality criticality) const
{
    return {ngap::kIeRanUeNgapId, criticality,
            ngap::EncodeRanUeNgapId(m_ranUeNgapId, GetMessageName())};
}

uint32_t
SrvccN2Message::CheckAmfId(uint64_t amf) const
{
    if (amf > 0xffffffffULL)
    {
        throw MessageDecodeError(std::string(GetMessageName()) + ": AMF-UE-NGAP-ID: "
                                 + std::to_string(amf) + " is no UE of this module");
    }
    return static_cast<uint32_t>(amf);
}

void
SrvccN2Message::ReadIds(const NgapIeSet& set)
{
    m_amfUeNgapId
        = CheckAmfId(ngap::DecodeAmfUeNgapId(set.Get(ngap::kIeAmfUeNgapId), GetMessageName()));
    m_ranUeNgapId = ngap::DecodeRanUeNgapId(set.Get(ngap::kIeRanUeNgapId), GetMessageName());
}

std::vector<uint8_t>
NgapToBytes(const SrvccN2Message& message)
{
    Buffer buffer;
    const uint32_t size = message.GetSerializedSize();
    buffer.AddAtStart(size);
    message.Serialize(buffer.Begin());
    std::vector<uint8_t> out(size);
    buffer.CopyData(out.data(), size);
    return out;
}

void
NgapFromBytes(SrvccN2Message& message, const std::vector<uint8_t>& octets)
{
    Buffer buffer;
    buffer.AddAtStart(static_cast<uint32_t>(octets.size()));
    buffer.Begin().Write(octets.data(), static_cast<uint32_t>(octets.size()));
    const uint32_t used = message.Deserialize(buffer.Begin());
    if (used != octets.size())
    {
        throw MessageDecodeError(std::string(message.GetMessageName()) + ": end: "
                                 + std::to_string(octets.size() - used) + " octets left over");
    }
}

// ---- SrvccN2CauseMessage -------------------------------------------------------------------

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
    CheckCause(GetMessageName(), cause);
    m_cause = cause;
}

N2Cause
SrvccN2CauseMessage::GetCause() const
{
    return m_cause;
}

void
SrvccN2CauseMessage::PrintFields(std::ostream& os) const
{
    os << " cause=" << m_cause;
}

// ---- SrvccN2HandoverRequired ---------------------------------------------------------------

SRVCC_N2_MESSAGE_DEFINE(SrvccN2HandoverRequired, SrvccN2Message, NgapPduType::kInitiatingMessage,
                        ngap::kProcHandoverPreparation)

const char*
SrvccN2HandoverRequired::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2HandoverRequired);
}

SrvccMessageType
SrvccN2HandoverRequired::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2HandoverRequired;
}

void
SrvccN2HandoverRequired::SetHandoverType(uint8_t type)
{
    if (type > kHandoverTypeMax)
    {
        throw MessageEncodeError(std::string(GetMessageName())
                                 + ": HandoverType: " + std::to_string(type) + " outside 0..3");
    }
    m_handoverType = type;
}

uint8_t
SrvccN2HandoverRequired::GetHandoverType() const
{
    return m_handoverType;
}

void
SrvccN2HandoverRequired::SetTargetRncId(const TargetRncId& id)
{
    uint8_t plmn[3];
    ngap::EncodePlmn(id.mcc, id.mnc, plmn, GetMessageName(), "targetRNC-ID"); // checks digits
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
    CheckCause(GetMessageName(), cause);
    m_cause = cause;
}

N2Cause
SrvccN2HandoverRequired::GetCause() const
{
    return m_cause;
}

void
SrvccN2HandoverRequired::SetPduSessions(std::vector<NgapPduSessionHoRqd> sessions)
{
    if (sessions.empty() || sessions.size() > 256)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": PDUSessionResourceListHORqd: "
                                 + std::to_string(sessions.size()) + " sessions, allowed 1..256");
    }
    m_pduSessions = std::move(sessions);
}

const std::vector<NgapPduSessionHoRqd>&
SrvccN2HandoverRequired::GetPduSessions() const
{
    return m_pduSessions;
}

void
SrvccN2HandoverRequired::SetSourceToTargetContainer(std::vector<uint8_t> container)
{
    m_sourceToTarget = std::move(container);
}

const std::vector<uint8_t>&
SrvccN2HandoverRequired::GetSourceToTargetContainer() const
{
    return m_sourceToTarget;
}

std::vector<NgapIe>
SrvccN2HandoverRequired::BuildIes() const
{
    const char* pdu = GetMessageName();
    if (m_targetRncId.mcc.empty())
    {
        throw MessageEncodeError(std::string(pdu) + ": TargetID: not set");
    }
    return {
        AmfIdIe(kReject),
        RanIdIe(kReject),
        {ngap::kIeHandoverType, kReject,
         ngap::EncodeHandoverType(static_cast<NgapHandoverType>(m_handoverType), pdu)},
        {ngap::kIeCause, kIgnore, ngap::EncodeCause(m_cause, pdu)},
        {ngap::kIeTargetId, kReject, ngap::EncodeTargetRncId(m_targetRncId, pdu)},
        {ngap::kIePduSessionResourceListHoRqd, kReject,
         ngap::EncodePduSessionListHoRqd(m_pduSessions, pdu)},
        {ngap::kIeSourceToTargetTransparentContainer, kReject,
         ngap::EncodeOctetString(m_sourceToTarget, pdu, "SourceToTarget-TransparentContainer")},
    };
}

void
SrvccN2HandoverRequired::ParseIes(const std::vector<NgapIe>& ies)
{
    const char* pdu = GetMessageName();
    const NgapIeSet set(
        pdu, ies,
        {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
         {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
         {ngap::kIeHandoverType, "HandoverType", true},
         {ngap::kIeCause, "Cause", true},
         {ngap::kIeTargetId, "TargetID", true},
         {ngap::kIePduSessionResourceListHoRqd, "PDUSessionResourceListHORqd", true},
         {ngap::kIeSourceToTargetTransparentContainer, "SourceToTarget-TransparentContainer",
          true}});
    ReadIds(set);
    m_handoverType
        = static_cast<uint8_t>(ngap::DecodeHandoverType(set.Get(ngap::kIeHandoverType), pdu));
    m_cause = ngap::DecodeCause(set.Get(ngap::kIeCause), pdu);
    m_targetRncId = ngap::DecodeTargetRncId(set.Get(ngap::kIeTargetId), pdu);
    m_pduSessions
        = ngap::DecodePduSessionListHoRqd(set.Get(ngap::kIePduSessionResourceListHoRqd), pdu);
    m_sourceToTarget = ngap::DecodeOctetString(set.Get(ngap::kIeSourceToTargetTransparentContainer),
                                               pdu, "SourceToTarget-TransparentContainer");
}

void
SrvccN2HandoverRequired::PrintFields(std::ostream& os) const
{
    os << " handoverType=" << static_cast<int>(m_handoverType) << " cause=" << m_cause
       << " targetRncId=" << m_targetRncId << " pduSessions=" << m_pduSessions.size()
       << " sourceToTargetContainer=" << Summary(m_sourceToTarget);
}

// ---- SrvccN2HandoverCommand ----------------------------------------------------------------

SRVCC_N2_MESSAGE_DEFINE(SrvccN2HandoverCommand, SrvccN2Message, NgapPduType::kSuccessfulOutcome,
                        ngap::kProcHandoverPreparation)

const char*
SrvccN2HandoverCommand::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2HandoverCommand);
}

SrvccMessageType
SrvccN2HandoverCommand::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2HandoverCommand;
}

void
SrvccN2HandoverCommand::SetHandoverType(uint8_t type)
{
    if (type > kHandoverTypeMax)
    {
        throw MessageEncodeError(std::string(GetMessageName())
                                 + ": HandoverType: " + std::to_string(type) + " outside 0..3");
    }
    m_handoverType = type;
}

uint8_t
SrvccN2HandoverCommand::GetHandoverType() const
{
    return m_handoverType;
}

void
SrvccN2HandoverCommand::SetDlNasCountLsb4(uint8_t lsb4)
{
    if (lsb4 > kNasCountLsb4Max)
    {
        throw MessageEncodeError(std::string(GetMessageName())
                                 + ": NASSecurityParametersFromNGRAN: DL NAS COUNT LSB "
                                 + std::to_string(lsb4) + " above 15");
    }
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
    m_targetToSource = std::move(container);
}

const std::vector<uint8_t>&
SrvccN2HandoverCommand::GetTargetToSourceContainer() const
{
    return m_targetToSource;
}

std::vector<NgapIe>
SrvccN2HandoverCommand::BuildIes() const
{
    const char* pdu = GetMessageName();
    std::vector<NgapIe> ies{
        AmfIdIe(kReject),
        RanIdIe(kReject),
        {ngap::kIeHandoverType, kReject,
         ngap::EncodeHandoverType(static_cast<NgapHandoverType>(m_handoverType), pdu)},
    };
    if (m_handoverType == SrvccN2HandoverRequired::kHandoverTypeFivegsToUtran)
    {
        // Conditional: present for 5GS to EPS and 5GS to UTRAN (TS 38.413 9.2.3.2).
        ies.push_back({ngap::kIeNasSecurityParametersFromNgran, kReject,
                       ngap::EncodeNasSecurityParametersToUtran(m_dlNasCountLsb4, pdu)});
    }
    ies.push_back(
        {ngap::kIeTargetToSourceTransparentContainer, kReject,
         ngap::EncodeOctetString(m_targetToSource, pdu, "TargetToSource-TransparentContainer")});
    return ies;
}

void
SrvccN2HandoverCommand::ParseIes(const std::vector<NgapIe>& ies)
{
    const char* pdu = GetMessageName();
    const NgapIeSet set(
        pdu, ies,
        {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
         {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
         {ngap::kIeHandoverType, "HandoverType", true},
         {ngap::kIeNasSecurityParametersFromNgran, "NASSecurityParametersFromNGRAN", false},
         {ngap::kIeTargetToSourceTransparentContainer, "TargetToSource-TransparentContainer",
          true}});
    ReadIds(set);
    m_handoverType
        = static_cast<uint8_t>(ngap::DecodeHandoverType(set.Get(ngap::kIeHandoverType), pdu));
    const std::vector<uint8_t>* nas = set.Find(ngap::kIeNasSecurityParametersFromNgran);
    m_dlNasCountLsb4 = 0;
    if (m_handoverType == SrvccN2HandoverRequired::kHandoverTypeFivegsToUtran)
    {
        if (nas == nullptr)
        {
            throw MessageDecodeError(std::string(pdu)
                                     + ": NASSecurityParametersFromNGRAN: missing, required for "
                                       "HandoverType fivegs-to-utran");
        }
        m_dlNasCountLsb4 = ngap::DecodeNasSecurityParametersToUtran(*nas, pdu);
    }
    m_targetToSource = ngap::DecodeOctetString(set.Get(ngap::kIeTargetToSourceTransparentContainer),
                                               pdu, "TargetToSource-TransparentContainer");
}

void
SrvccN2HandoverCommand::PrintFields(std::ostream& os) const
{
    os << " handoverType=" << static_cast<int>(m_handoverType)
       << " dlNasCountLsb4=" << static_cast<int>(m_dlNasCountLsb4)
       << " targetToSourceContainer=" << Summary(m_targetToSource);
}

// ---- the messages with the ids and at most a cause -----------------------------------------

SRVCC_N2_MESSAGE_DEFINE(SrvccN2HandoverPreparationFailure, SrvccN2CauseMessage,
                        NgapPduType::kUnsuccessfulOutcome, ngap::kProcHandoverPreparation)

const char*
SrvccN2HandoverPreparationFailure::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2HandoverPreparationFailure);
}

SrvccMessageType
SrvccN2HandoverPreparationFailure::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2HandoverPreparationFailure;
}

std::vector<NgapIe>
SrvccN2HandoverPreparationFailure::BuildIes() const
{
    return {AmfIdIe(kIgnore),
            RanIdIe(kIgnore),
            {ngap::kIeCause, kIgnore, ngap::EncodeCause(m_cause, GetMessageName())}};
}

void
SrvccN2HandoverPreparationFailure::ParseIes(const std::vector<NgapIe>& ies)
{
    const NgapIeSet set(GetMessageName(), ies,
                        {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
                         {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
                         {ngap::kIeCause, "Cause", true}});
    ReadIds(set);
    m_cause = ngap::DecodeCause(set.Get(ngap::kIeCause), GetMessageName());
}

SRVCC_N2_MESSAGE_DEFINE(SrvccN2HandoverCancel, SrvccN2CauseMessage, NgapPduType::kInitiatingMessage,
                        ngap::kProcHandoverCancel)

const char*
SrvccN2HandoverCancel::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2HandoverCancel);
}

SrvccMessageType
SrvccN2HandoverCancel::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2HandoverCancel;
}

std::vector<NgapIe>
SrvccN2HandoverCancel::BuildIes() const
{
    return {AmfIdIe(kReject),
            RanIdIe(kReject),
            {ngap::kIeCause, kIgnore, ngap::EncodeCause(m_cause, GetMessageName())}};
}

void
SrvccN2HandoverCancel::ParseIes(const std::vector<NgapIe>& ies)
{
    const NgapIeSet set(GetMessageName(), ies,
                        {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
                         {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true},
                         {ngap::kIeCause, "Cause", true}});
    ReadIds(set);
    m_cause = ngap::DecodeCause(set.Get(ngap::kIeCause), GetMessageName());
}

SRVCC_N2_MESSAGE_DEFINE(SrvccN2HandoverCancelAcknowledge, SrvccN2Message,
                        NgapPduType::kSuccessfulOutcome, ngap::kProcHandoverCancel)

const char*
SrvccN2HandoverCancelAcknowledge::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2HandoverCancelAcknowledge);
}

SrvccMessageType
SrvccN2HandoverCancelAcknowledge::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2HandoverCancelAcknowledge;
}

std::vector<NgapIe>
SrvccN2HandoverCancelAcknowledge::BuildIes() const
{
    return {AmfIdIe(kIgnore), RanIdIe(kIgnore)};
}

void
SrvccN2HandoverCancelAcknowledge::ParseIes(const std::vector<NgapIe>& ies)
{
    ReadIds(NgapIeSet(GetMessageName(), ies,
                      {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
                       {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true}}));
}

SRVCC_N2_MESSAGE_DEFINE(SrvccN2UeContextReleaseCommand, SrvccN2CauseMessage,
                        NgapPduType::kInitiatingMessage, ngap::kProcUeContextRelease)

const char*
SrvccN2UeContextReleaseCommand::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2UeContextReleaseCommand);
}

SrvccMessageType
SrvccN2UeContextReleaseCommand::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2UeContextReleaseCommand;
}

std::vector<NgapIe>
SrvccN2UeContextReleaseCommand::BuildIes() const
{
    return {{ngap::kIeUeNgapIds, kReject,
             ngap::EncodeUeNgapIdPair(GetAmfUeNgapId(), GetRanUeNgapId(), GetMessageName())},
            {ngap::kIeCause, kIgnore, ngap::EncodeCause(m_cause, GetMessageName())}};
}

void
SrvccN2UeContextReleaseCommand::ParseIes(const std::vector<NgapIe>& ies)
{
    const NgapIeSet set(
        GetMessageName(), ies,
        {{ngap::kIeUeNgapIds, "UE-NGAP-IDs", true}, {ngap::kIeCause, "Cause", true}});
    uint64_t amf = 0;
    uint32_t ran = 0;
    ngap::DecodeUeNgapIds(set.Get(ngap::kIeUeNgapIds), GetMessageName(), amf, ran);
    SetAmfUeNgapId(CheckAmfId(amf));
    SetRanUeNgapId(ran);
    m_cause = ngap::DecodeCause(set.Get(ngap::kIeCause), GetMessageName());
}

SRVCC_N2_MESSAGE_DEFINE(SrvccN2UeContextReleaseComplete, SrvccN2Message,
                        NgapPduType::kSuccessfulOutcome, ngap::kProcUeContextRelease)

const char*
SrvccN2UeContextReleaseComplete::GetMessageName() const
{
    return SrvccMessageTypeName(SrvccMessageType::kN2UeContextReleaseComplete);
}

SrvccMessageType
SrvccN2UeContextReleaseComplete::GetSrvccMessageType() const
{
    return SrvccMessageType::kN2UeContextReleaseComplete;
}

std::vector<NgapIe>
SrvccN2UeContextReleaseComplete::BuildIes() const
{
    return {AmfIdIe(kIgnore), RanIdIe(kIgnore)};
}

void
SrvccN2UeContextReleaseComplete::ParseIes(const std::vector<NgapIe>& ies)
{
    ReadIds(NgapIeSet(GetMessageName(), ies,
                      {{ngap::kIeAmfUeNgapId, "AMF-UE-NGAP-ID", true},
                       {ngap::kIeRanUeNgapId, "RAN-UE-NGAP-ID", true}}));
}

} // namespace ns3
