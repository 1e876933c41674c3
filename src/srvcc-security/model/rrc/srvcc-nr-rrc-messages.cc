/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * UPER encodings follow the ASN.1 of TS 38.331 6.2.1 (message classes) and 6.2.2 (messages).
 */
#include "srvcc-nr-rrc-messages.h"

#include "ns3/srvcc-message-decode-error.h"

#include <string>

namespace ns3
{

namespace
{

constexpr uint32_t kMessageClasses = 2; // CHOICE { c1, messageClassExtension }
constexpr uint32_t kC1Alternatives = 16;
constexpr uint32_t kCriticalExtensions = 2; // CHOICE { <message>, criticalExtensionsFuture }
constexpr uint8_t kTransactionIdMax = 3;    // RRC-TransactionIdentifier ::= INTEGER (0..3)
constexpr uint8_t kNasCountLsb4Max = 15;
/** MobilityFromNRCommand-IEs targetRAT-Type ::= ENUMERATED { eutra, utra-fdd-v1610, spare2,
 *  spare1, ... } (Rel-16): 4 root values, extensible. */
constexpr uint32_t kTargetRatTypes = 4;
constexpr uint32_t kTargetRatUtraFdd = 1;
constexpr uint32_t kMaxOctets = 16383; // the PER codec's unfragmented length limit

void
CheckAtMost(const char* pdu, const char* field, unsigned value, unsigned max)
{
    if (value > max)
    {
        throw MessageEncodeError(std::string(pdu) + ": " + field + ": " + std::to_string(value)
                                 + " is above " + std::to_string(max));
    }
}

void
CheckOctets(const char* pdu, const char* field, const std::vector<uint8_t>& octets)
{
    if (octets.empty() || octets.size() > kMaxOctets)
    {
        throw MessageEncodeError(std::string(pdu) + ": " + field + ": "
                                 + std::to_string(octets.size())
                                 + " octets, 1 to 16383 are supported");
    }
}

/** message: c1: <index>, the common start of a DL-DCCH and a UL-DCCH message. */
void
WriteC1(PerWriter& w, uint32_t index)
{
    w.WriteChoiceIndex(0, kMessageClasses, false, "message");
    w.WriteChoiceIndex(index, kC1Alternatives, false, "c1");
}

void
ReadC1(PerReader& r, uint32_t expected, const char* what)
{
    if (r.ReadChoiceIndex(kMessageClasses, false, "message") != 0)
    {
        r.Fail("message", "messageClassExtension is not a message of this module");
    }
    const uint32_t c1 = r.ReadChoiceIndex(kC1Alternatives, false, "c1");
    if (c1 != expected)
    {
        r.Fail("c1", "alternative " + std::to_string(c1) + " where " + what + " ("
                         + std::to_string(expected) + ") was expected");
    }
}

void
ReadCriticalExtensions(PerReader& r)
{
    if (r.ReadChoiceIndex(kCriticalExtensions, false, "criticalExtensions") != 0)
    {
        r.Fail("criticalExtensions", "criticalExtensionsFuture is not understood");
    }
}

/** The three presence bits of the -IEs SEQUENCE: <field>, lateNonCriticalExtension,
 *  nonCriticalExtension; the last must be absent, the late extension is skipped. */
bool
ReadIesPresence(PerReader& r, const char* field, bool& late)
{
    const bool present = r.ReadBit(field);
    late = r.ReadBit("lateNonCriticalExtension");
    if (r.ReadBit("nonCriticalExtension"))
    {
        r.Fail("nonCriticalExtension", "present, but no extension is understood");
    }
    return present;
}

std::optional<uint8_t>
PeekC1(const uint8_t* data, std::size_t size)
{
    if (data == nullptr || size < 1 || (data[0] & 0x80) != 0)
    {
        return std::nullopt; // empty, or messageClassExtension
    }
    return static_cast<uint8_t>((data[0] >> 3) & 0x0f);
}

} // namespace

// ---- MobilityFromNRCommand -------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccNrMobilityFromNrCommand);

TypeId
SrvccNrMobilityFromNrCommand::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccNrMobilityFromNrCommand")
                            .SetParent<SrvccRrcMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccNrMobilityFromNrCommand>();
    return tid;
}

TypeId
SrvccNrMobilityFromNrCommand::GetInstanceTypeId() const
{
    return GetTypeId();
}

const char*
SrvccNrMobilityFromNrCommand::GetMessageName() const
{
    return "MobilityFromNRCommand";
}

SrvccMessageType
SrvccNrMobilityFromNrCommand::GetSrvccMessageType() const
{
    return SrvccMessageType::kNrMobilityFromNrCommand;
}

void
SrvccNrMobilityFromNrCommand::SetRrcTransactionId(uint8_t id)
{
    CheckAtMost(GetMessageName(), "rrc-TransactionIdentifier", id, kTransactionIdMax);
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
    CheckAtMost(GetMessageName(), "nas-SecurityParamFromNR", lsb4, kNasCountLsb4Max);
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
    CheckOctets(GetMessageName(), "targetRAT-MessageContainer", container);
    m_targetRatMessage = std::move(container);
}

const std::vector<uint8_t>&
SrvccNrMobilityFromNrCommand::GetTargetRatMessageContainer() const
{
    return m_targetRatMessage;
}

void
SrvccNrMobilityFromNrCommand::EncodeBody(PerWriter& w) const
{
    CheckOctets(GetMessageName(), "targetRAT-MessageContainer", m_targetRatMessage);
    WriteC1(w, static_cast<uint32_t>(NrDlDcchType::kMobilityFromNrCommand));
    w.WriteConstrainedWholeNumber(m_rrcTransactionId, 0, kTransactionIdMax,
                                  "rrc-TransactionIdentifier");
    w.WriteChoiceIndex(0, kCriticalExtensions, false, "criticalExtensions");
    // MobilityFromNRCommand-IEs: nas-SecurityParamFromNR present (HO-ToEPCUTRAN),
    // lateNonCriticalExtension and nonCriticalExtension absent.
    w.WriteBit(true);
    w.WriteBit(false);
    w.WriteBit(false);
    w.WriteEnumerated(kTargetRatUtraFdd, kTargetRatTypes, true, "targetRAT-Type");
    w.WriteOctetString(m_targetRatMessage, "targetRAT-MessageContainer");
    const uint8_t param = m_dlNasCountLsb4;
    w.WriteOctetString(&param, 1, 0, kPerUnbounded, false, "nas-SecurityParamFromNR");
}

void
SrvccNrMobilityFromNrCommand::DecodeBody(PerReader& r)
{
    ReadC1(r, static_cast<uint32_t>(NrDlDcchType::kMobilityFromNrCommand), "mobilityFromNRCommand");
    m_rrcTransactionId = static_cast<uint8_t>(
        r.ReadConstrainedWholeNumber(0, kTransactionIdMax, "rrc-TransactionIdentifier"));
    ReadCriticalExtensions(r);
    bool late = false;
    const bool nasParam = ReadIesPresence(r, "nas-SecurityParamFromNR", late);
    const uint32_t ratType = r.ReadEnumerated(kTargetRatTypes, true, "targetRAT-Type");
    if (ratType != kTargetRatUtraFdd)
    {
        r.Fail("targetRAT-Type", "value " + std::to_string(ratType)
                                     + ": only utra-fdd-v1610 (1) is served (5G-SRVCC)");
    }
    m_targetRatMessage = r.ReadOctetString("targetRAT-MessageContainer");
    if (m_targetRatMessage.empty())
    {
        r.Fail("targetRAT-MessageContainer", "empty");
    }
    if (!nasParam)
    {
        // TS 38.331 condition HO-ToEPCUTRAN: mandatory for a handover to UTRA-FDD.
        r.Fail("nas-SecurityParamFromNR", "absent in a handover to UTRA-FDD");
    }
    const std::vector<uint8_t> param = r.ReadOctetString("nas-SecurityParamFromNR");
    if (param.size() != 1 || param[0] > kNasCountLsb4Max)
    {
        r.Fail("nas-SecurityParamFromNR",
               "not one octet holding the 4 LSB of the DL NAS COUNT (TS 33.501 J.1.2)");
    }
    m_dlNasCountLsb4 = param[0];
    if (late)
    {
        r.ReadOctetString("lateNonCriticalExtension"); // understood by nobody, skipped
    }
}

void
SrvccNrMobilityFromNrCommand::PrintBody(std::ostream& os) const
{
    os << "rrc-TransactionIdentifier=" << unsigned{m_rrcTransactionId}
       << " targetRAT-Type=utra-fdd nas-SecurityParamFromNR(DL NAS COUNT LSB4)="
       << unsigned{m_dlNasCountLsb4} << " targetRAT-MessageContainer=" << m_targetRatMessage.size()
       << " octets";
}

// ---- DL/ULInformationTransfer ----------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccNrInformationTransfer);

TypeId
SrvccNrInformationTransfer::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccNrInformationTransfer")
                            .SetParent<SrvccRrcMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccNrInformationTransfer>();
    return tid;
}

TypeId
SrvccNrInformationTransfer::GetInstanceTypeId() const
{
    return GetTypeId();
}

SrvccNrInformationTransfer::SrvccNrInformationTransfer(bool downlink) : m_downlink(downlink) {}

const char*
SrvccNrInformationTransfer::GetMessageName() const
{
    return m_downlink ? "DLInformationTransfer" : "ULInformationTransfer";
}

SrvccMessageType
SrvccNrInformationTransfer::GetSrvccMessageType() const
{
    return SrvccMessageType::kNasRegistrationRequest;
}

bool
SrvccNrInformationTransfer::IsDownlink() const
{
    return m_downlink;
}

void
SrvccNrInformationTransfer::SetRrcTransactionId(uint8_t id)
{
    CheckAtMost(GetMessageName(), "rrc-TransactionIdentifier", id, kTransactionIdMax);
    m_rrcTransactionId = id;
}

uint8_t
SrvccNrInformationTransfer::GetRrcTransactionId() const
{
    return m_rrcTransactionId;
}

void
SrvccNrInformationTransfer::SetDedicatedNasMessage(std::vector<uint8_t> nasPdu)
{
    CheckOctets(GetMessageName(), "dedicatedNAS-Message", nasPdu);
    m_nas = std::move(nasPdu);
}

const std::vector<uint8_t>&
SrvccNrInformationTransfer::GetDedicatedNasMessage() const
{
    return m_nas;
}

void
SrvccNrInformationTransfer::EncodeBody(PerWriter& w) const
{
    CheckOctets(GetMessageName(), "dedicatedNAS-Message", m_nas);
    if (m_downlink)
    {
        WriteC1(w, static_cast<uint32_t>(NrDlDcchType::kDlInformationTransfer));
        w.WriteConstrainedWholeNumber(m_rrcTransactionId, 0, kTransactionIdMax,
                                      "rrc-TransactionIdentifier");
    }
    else
    {
        WriteC1(w, static_cast<uint32_t>(NrUlDcchType::kUlInformationTransfer));
    }
    w.WriteChoiceIndex(0, kCriticalExtensions, false, "criticalExtensions");
    // -IEs: dedicatedNAS-Message present, lateNonCriticalExtension, nonCriticalExtension absent.
    w.WriteBit(true);
    w.WriteBit(false);
    w.WriteBit(false);
    w.WriteOctetString(m_nas, "dedicatedNAS-Message");
}

void
SrvccNrInformationTransfer::DecodeBody(PerReader& r)
{
    if (m_downlink)
    {
        ReadC1(r, static_cast<uint32_t>(NrDlDcchType::kDlInformationTransfer),
               "dlInformationTransfer");
        m_rrcTransactionId = static_cast<uint8_t>(
            r.ReadConstrainedWholeNumber(0, kTransactionIdMax, "rrc-TransactionIdentifier"));
    }
    else
    {
        ReadC1(r, static_cast<uint32_t>(NrUlDcchType::kUlInformationTransfer),
               "ulInformationTransfer");
    }
    ReadCriticalExtensions(r);
    bool late = false;
    if (!ReadIesPresence(r, "dedicatedNAS-Message", late))
    {
        r.Fail("dedicatedNAS-Message", "absent: no NAS PDU to relay");
    }
    m_nas = r.ReadOctetString("dedicatedNAS-Message");
    if (m_nas.empty())
    {
        r.Fail("dedicatedNAS-Message", "empty");
    }
    if (late)
    {
        r.ReadOctetString("lateNonCriticalExtension");
    }
}

void
SrvccNrInformationTransfer::PrintBody(std::ostream& os) const
{
    if (m_downlink)
    {
        os << "rrc-TransactionIdentifier=" << unsigned{m_rrcTransactionId} << " ";
    }
    os << "dedicatedNAS-Message=" << m_nas.size() << " octets";
}

std::optional<uint8_t>
PeekNrDlDcchC1(const uint8_t* data, std::size_t size)
{
    return PeekC1(data, size);
}

std::optional<uint8_t>
PeekNrUlDcchC1(const uint8_t* data, std::size_t size)
{
    return PeekC1(data, size);
}

} // namespace ns3
