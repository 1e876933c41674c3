/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The Iu messages as RANAP PDUs; the Relocation Request is in srvcc-iu-relocation-request.cc.
 */
#include "srvcc-iu-messages.h"

#include "ns3/srvcc-iu-connection-reference.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-ranap-transparent-containers.h"

namespace ns3
{

namespace
{

constexpr uint8_t kIuCauseMax = static_cast<uint8_t>(IuCause::kRelocationForRadioReasons);
constexpr uint8_t kUtranAlgorithmMax = 2; // UIA0..UIA2 / UEA0..UEA2

/** IuCause -> RANAP Cause, in IuCause order (TS 25.413 9.2.1.4). */
constexpr RanapCause kIuCauses[] = {
    {RanapCauseGroup::kMisc, ranap::kCauseUnspecifiedFailure},
    {RanapCauseGroup::kRadioNetwork, ranap::kCauseRelocationCancelled},
    {RanapCauseGroup::kRadioNetwork, ranap::kCauseNoRadioResourcesInTargetCell},
    {RanapCauseGroup::kRadioNetwork, ranap::kCauseRepeatedIntegrityCheckingFailure},
    {RanapCauseGroup::kNas, ranap::kCauseNormalRelease},
    {RanapCauseGroup::kRadioNetwork, ranap::kCauseTrelocoverallExpiry},
    {RanapCauseGroup::kRadioNetwork, ranap::kCauseRelocationDesirableForRadioReasons},
};
static_assert(sizeof(kIuCauses) / sizeof(kIuCauses[0]) == kIuCauseMax + 1,
              "one RANAP cause per IuCause");

} // namespace

const char*
IuCauseName(IuCause cause)
{
    switch (cause)
    {
        case IuCause::kUnspecified:
            return "unspecified-failure";
        case IuCause::kRelocationCancelled:
            return "relocation-cancelled";
        case IuCause::kNoRadioResources:
            return "no-radio-resources-available-in-target-cell";
        case IuCause::kIntegrityCheckFailure:
            return "repeated-integrity-checking-failure";
        case IuCause::kNormalRelease:
            return "normal-release";
        case IuCause::kRelocationTimerExpiry:
            return "trelocoverall-expiry";
        case IuCause::kRelocationForRadioReasons:
            return "relocation-desirable-for-radio-reasons";
    }
    return "unknown";
}

std::ostream&
operator<<(std::ostream& os, IuCause cause)
{
    return os << IuCauseName(cause);
}

RanapCause
IuCauseToRanap(IuCause cause)
{
    const auto i = static_cast<uint8_t>(cause);
    if (i > kIuCauseMax)
    {
        throw MessageEncodeError("Iu cause " + std::to_string(i) + " is not an IuCause");
    }
    return kIuCauses[i];
}

IuCause
IuCauseFromRanap(const RanapCause& cause)
{
    for (uint8_t i = 0; i <= kIuCauseMax; ++i)
    {
        if (kIuCauses[i].group == cause.group && kIuCauses[i].value == cause.value)
        {
            return static_cast<IuCause>(i);
        }
    }
    return IuCause::kUnspecified;
}

// ---- SrvccIuMessage -----------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccIuMessage);

TypeId
SrvccIuMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccIuMessage").SetParent<Header>().SetGroupName("SrvccSecurity");
    return tid;
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

std::vector<uint8_t>
SrvccIuMessage::EncodePdu() const
{
    RanapPdu pdu;
    pdu.choice = GetPduChoice();
    pdu.procedureCode = GetProcedureCode();
    pdu.criticality = GetProcedureCriticality();
    WriteIes(pdu.ies);
    return EncodeRanapPdu(pdu, GetMessageName());
}

uint32_t
SrvccIuMessage::GetSerializedSize() const
{
    return static_cast<uint32_t>(kIuConnectionReferenceSize + EncodePdu().size());
}

void
SrvccIuMessage::Serialize(Buffer::Iterator start) const
{
    uint8_t reference[kIuConnectionReferenceSize];
    WriteIuConnectionReference(m_ueId, reference);
    start.Write(reference, kIuConnectionReferenceSize);
    const std::vector<uint8_t> pdu = EncodePdu();
    start.Write(pdu.data(), static_cast<uint32_t>(pdu.size()));
}

uint32_t
SrvccIuMessage::Deserialize(Buffer::Iterator start)
{
    const uint32_t size = start.GetRemainingSize();
    if (size < kIuConnectionReferenceSize + 2)
    {
        throw MessageDecodeError(std::string(GetMessageName()) + ": connection reference: "
                                 + std::to_string(size) + " octets, too short for a RANAP message");
    }
    std::vector<uint8_t> octets(size);
    start.Read(octets.data(), size);
    m_ueId = ReadIuConnectionReference(octets.data());
    std::size_t consumed = 0;
    const RanapPdu pdu
        = DecodeRanapPdu(octets.data() + kIuConnectionReferenceSize,
                         size - kIuConnectionReferenceSize, GetMessageName(), consumed);
    if (!Accepts(pdu.choice, pdu.procedureCode))
    {
        throw MessageDecodeError(std::string(GetMessageName()) + ": RANAP-PDU: alternative "
                                 + std::to_string(static_cast<int>(pdu.choice)) + " procedureCode "
                                 + std::to_string(pdu.procedureCode) + " is another message");
    }
    RanapIeReader ies(pdu.ies, GetMessageName());
    ReadIes(ies);
    ies.CheckRest();
    return static_cast<uint32_t>(kIuConnectionReferenceSize + consumed);
}

void
SrvccIuMessage::Print(std::ostream& os) const
{
    os << GetMessageName() << " (ueId=" << m_ueId;
    PrintFields(os);
    os << ")";
}

bool
SrvccIuMessage::Accepts(RanapPduChoice choice, uint8_t procedureCode) const
{
    return choice == GetPduChoice() && procedureCode == GetProcedureCode();
}

void
SrvccIuMessage::WriteIes(std::vector<RanapIe>& /* ies */) const
{
}

void
SrvccIuMessage::ReadIes(RanapIeReader& /* ies */)
{
}

void
SrvccIuMessage::PrintFields(std::ostream& /* os */) const
{
}

std::vector<uint8_t>
IuToBytes(const SrvccIuMessage& message)
{
    const uint32_t size = message.GetSerializedSize();
    Buffer buffer;
    buffer.AddAtStart(size);
    message.Serialize(buffer.Begin());
    std::vector<uint8_t> octets(size);
    buffer.CopyData(octets.data(), size);
    return octets;
}

void
IuFromBytes(SrvccIuMessage& message, const std::vector<uint8_t>& octets)
{
    Buffer buffer;
    buffer.AddAtStart(static_cast<uint32_t>(octets.size()));
    buffer.Begin().Write(octets.data(), static_cast<uint32_t>(octets.size()));
    const uint32_t used = message.Deserialize(buffer.Begin());
    if (used != octets.size())
    {
        throw MessageDecodeError(std::string(message.GetMessageName()) + ": "
                                 + std::to_string(octets.size() - used)
                                 + " octets left over after the RANAP-PDU");
    }
}

// ---- SrvccIuCauseMessage ------------------------------------------------------------------

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
    IuCauseToRanap(cause); // throws for a value outside the enum
    m_cause = cause;
}

IuCause
SrvccIuCauseMessage::GetCause() const
{
    return m_cause;
}

void
SrvccIuCauseMessage::WriteIes(std::vector<RanapIe>& ies) const
{
    ies.push_back({ranap::kIdCause, RanapCriticality::kIgnore,
                   EncodeRanapCause(IuCauseToRanap(m_cause), GetMessageName())});
}

void
SrvccIuCauseMessage::ReadIes(RanapIeReader& ies)
{
    m_cause = IuCauseFromRanap(
        DecodeRanapCause(ies.Mandatory(ranap::kIdCause, "Cause"), GetMessageName()));
}

void
SrvccIuCauseMessage::PrintFields(std::ostream& os) const
{
    os << " cause=" << m_cause;
}

/**
 * Defines GetTypeId() ("ns3::<cls>", parent \p parent, with a constructor),
 * GetInstanceTypeId(), GetSrvccMessageType() (\p traceType), GetMessageName() (its name) and the
 * RANAP-PDU alternative, procedure code and criticality (TS 25.413 9.3.2, 9.3.6), and registers
 * the TypeId.
 */
#define SRVCC_IU_MESSAGE_DEFINE(cls, parent, traceType, choice, procedure, criticality) \
    NS_OBJECT_ENSURE_REGISTERED(cls);                                                   \
    TypeId cls::GetTypeId()                                                             \
    {                                                                                   \
        static TypeId tid = TypeId("ns3::" #cls)                                        \
                                .SetParent<parent>()                                    \
                                .SetGroupName("SrvccSecurity")                          \
                                .AddConstructor<cls>();                                 \
        return tid;                                                                     \
    }                                                                                   \
    TypeId cls::GetInstanceTypeId() const                                               \
    {                                                                                   \
        return GetTypeId();                                                             \
    }                                                                                   \
    SrvccMessageType cls::GetSrvccMessageType() const                                   \
    {                                                                                   \
        return traceType;                                                               \
    }                                                                                   \
    const char* cls::GetMessageName() const                                             \
    {                                                                                   \
        return SrvccMessageTypeName(traceType);                                         \
    }                                                                                   \
    RanapPduChoice cls::GetPduChoice() const                                            \
    {                                                                                   \
        return choice;                                                                  \
    }                                                                                   \
    uint8_t cls::GetProcedureCode() const                                               \
    {                                                                                   \
        return procedure;                                                               \
    }                                                                                   \
    RanapCriticality cls::GetProcedureCriticality() const                               \
    {                                                                                   \
        return criticality;                                                             \
    }

// The criticalities are those of the elementary procedures (TS 25.413 9.3.2): Iu Release and
// Relocation Resource Allocation "reject" (class 1); Relocation Detect, Relocation Complete and
// Iu Release Request "ignore" (class 2).
SRVCC_IU_MESSAGE_DEFINE(SrvccIuRelocationRequest, SrvccIuMessage,
                        SrvccMessageType::kIuRelocationRequest, RanapPduChoice::kInitiatingMessage,
                        ranap::kProcRelocationResourceAllocation, RanapCriticality::kReject)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuRelocationRequestAcknowledge, SrvccIuMessage,
                        SrvccMessageType::kIuRelocationRequestAcknowledge,
                        RanapPduChoice::kSuccessfulOutcome,
                        ranap::kProcRelocationResourceAllocation, RanapCriticality::kReject)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuRelocationFailure, SrvccIuCauseMessage,
                        SrvccMessageType::kIuRelocationFailure,
                        RanapPduChoice::kUnsuccessfulOutcome,
                        ranap::kProcRelocationResourceAllocation, RanapCriticality::kReject)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuRelocationDetect, SrvccIuMessage,
                        SrvccMessageType::kIuRelocationDetect, RanapPduChoice::kInitiatingMessage,
                        ranap::kProcRelocationDetect, RanapCriticality::kIgnore)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuRelocationComplete, SrvccIuMessage,
                        SrvccMessageType::kIuRelocationComplete, RanapPduChoice::kInitiatingMessage,
                        ranap::kProcRelocationComplete, RanapCriticality::kIgnore)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuReleaseRequest, SrvccIuCauseMessage,
                        SrvccMessageType::kIuReleaseRequest, RanapPduChoice::kInitiatingMessage,
                        ranap::kProcIuReleaseRequest, RanapCriticality::kIgnore)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuReleaseCommand, SrvccIuCauseMessage,
                        SrvccMessageType::kIuReleaseCommand, RanapPduChoice::kInitiatingMessage,
                        ranap::kProcIuRelease, RanapCriticality::kReject)
SRVCC_IU_MESSAGE_DEFINE(SrvccIuReleaseComplete, SrvccIuMessage,
                        SrvccMessageType::kIuReleaseComplete, RanapPduChoice::kSuccessfulOutcome,
                        ranap::kProcIuRelease, RanapCriticality::kReject)

// ---- SrvccIuRelocationRequestAcknowledge --------------------------------------------------

void
SrvccIuRelocationRequestAcknowledge::SetTargetToSourceContainer(std::vector<uint8_t> container)
{
    if (container.size() > 16383)
    {
        throw MessageEncodeError(std::string(GetMessageName())
                                 + ": Target-ToSource-TransparentContainer: "
                                 + std::to_string(container.size()) + " octets, at most 16383");
    }
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
    if (uia > kUtranAlgorithmMax)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": chosen integrity UIA"
                                 + std::to_string(uia) + " is not UIA0..UIA2");
    }
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
    if (uea > kUtranAlgorithmMax)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": chosen encryption UEA"
                                 + std::to_string(uea) + " is not UEA0..UEA2");
    }
    m_chosenUea = uea;
}

uint8_t
SrvccIuRelocationRequestAcknowledge::GetChosenCipheringAlgorithm() const
{
    return m_chosenUea;
}

void
SrvccIuRelocationRequestAcknowledge::WriteIes(std::vector<RanapIe>& ies) const
{
    const char* pdu = GetMessageName();
    // TargetRNC-ToSourceRNC-TransparentContainer, as its own PER encoding (not an OCTET
    // STRING); optional: absent when none was set (or received).
    if (!m_targetToSource.empty())
    {
        ies.push_back({ranap::kIdTargetToSourceTransparentContainer, RanapCriticality::kIgnore,
                       m_targetToSource});
    }
    if (m_chosenUia != 0)
    {
        // UIA1 -> 0, UIA2 -> 1; "UIA0" (integrity protection not started) has no code point.
        ies.push_back({ranap::kIdChosenIntegrityProtectionAlgorithm, RanapCriticality::kIgnore,
                       EncodeAlgorithm(static_cast<uint8_t>(m_chosenUia - 1), pdu,
                                       "ChosenIntegrityProtectionAlgorithm")});
    }
    // EncryptionAlgorithm: no-encryption 0, UEA1 1, UEA2 2.
    ies.push_back({ranap::kIdChosenEncryptionAlgorithm, RanapCriticality::kIgnore,
                   EncodeAlgorithm(m_chosenUea, pdu, "ChosenEncryptionAlgorithm")});
}

void
SrvccIuRelocationRequestAcknowledge::ReadIes(RanapIeReader& ies)
{
    const char* pdu = GetMessageName();
    const std::vector<uint8_t>* container
        = ies.Optional(ranap::kIdTargetToSourceTransparentContainer);
    m_targetToSource.clear();
    if (container != nullptr)
    {
        if (!DecodeTargetRncToSourceRncContainer(*container))
        {
            throw MessageDecodeError(std::string(pdu)
                                     + ": Target-ToSource-TransparentContainer: not a "
                                       "TargetRNC-ToSourceRNC-TransparentContainer");
        }
        m_targetToSource = *container;
    }
    m_chosenUia = 0;
    if (const std::vector<uint8_t>* uia
        = ies.Optional(ranap::kIdChosenIntegrityProtectionAlgorithm))
    {
        const uint8_t codePoint = DecodeAlgorithm(*uia, pdu, "ChosenIntegrityProtectionAlgorithm");
        if (codePoint != ranap::kUia1 && codePoint != ranap::kUia2
            && codePoint != ranap::kIntegrityNoValue)
        {
            throw MessageDecodeError(std::string(pdu) + ": ChosenIntegrityProtectionAlgorithm: "
                                     + std::to_string(codePoint) + " is not UIA1, UIA2, no-value");
        }
        m_chosenUia = codePoint == ranap::kIntegrityNoValue ? 0 : codePoint + 1;
    }
    m_chosenUea = 0;
    if (const std::vector<uint8_t>* uea = ies.Optional(ranap::kIdChosenEncryptionAlgorithm))
    {
        m_chosenUea = DecodeAlgorithm(*uea, pdu, "ChosenEncryptionAlgorithm");
        if (m_chosenUea > kUtranAlgorithmMax)
        {
            throw MessageDecodeError(std::string(pdu) + ": ChosenEncryptionAlgorithm: "
                                     + std::to_string(m_chosenUea) + " is not UEA0..UEA2");
        }
    }
}

void
SrvccIuRelocationRequestAcknowledge::PrintFields(std::ostream& os) const
{
    os << " chosenIntegrityAlgorithm=";
    if (m_chosenUia == 0)
    {
        os << "none (integrity protection not started)";
    }
    else
    {
        os << "UIA" << static_cast<int>(m_chosenUia);
    }
    os << " chosenCipheringAlgorithm=UEA" << static_cast<int>(m_chosenUea)
       << " targetToSourceContainer=" << m_targetToSource.size() << " octets";
}

} // namespace ns3
