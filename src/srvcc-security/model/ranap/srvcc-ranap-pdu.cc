/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ranap-pdu.h"

#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-per-codec.h"

#include <string>

namespace ns3
{

namespace
{

constexpr uint32_t kRanapPduRootAlternatives = 4; // initiating, successful, unsuccessful, outcome
constexpr uint32_t kCriticalityValues = 3;
constexpr uint32_t kMaxProtocolIes = 65535;        // maxProtocolIEs (TS 25.413 9.3.6)
constexpr uint32_t kMaxProtocolExtensions = 65535; // maxProtocolExtensions

/**
 * The message value: SEQUENCE { protocolIEs ProtocolIE-Container, protocolExtensions
 * ProtocolExtensionContainer OPTIONAL, ... } (TS 25.413 9.3.3), with no extension.
 */
std::vector<uint8_t>
EncodeMessageValue(const RanapPdu& pdu, const char* pduName)
{
    PerWriter w(PerVariant::kAligned, pduName);
    w.WriteExtensionBit(false);
    w.WriteBit(false); // protocolExtensions absent
    // ProtocolIE-Container ::= SEQUENCE (SIZE (0..maxProtocolIEs)) OF ProtocolIE-Field
    w.WriteLength(static_cast<uint32_t>(pdu.ies.size()), 0, kMaxProtocolIes, "protocolIEs");
    for (const RanapIe& ie : pdu.ies)
    {
        // ProtocolIE-Field ::= SEQUENCE { id ProtocolIE-ID (0..65535), criticality, value }
        w.WriteConstrainedWholeNumber(ie.id, 0, 65535, "ProtocolIE-Field.id");
        w.WriteEnumerated(static_cast<uint32_t>(ie.criticality), kCriticalityValues, false,
                          "ProtocolIE-Field.criticality");
        w.WriteOpenType(ie.value, "ProtocolIE-Field.value");
    }
    return w.Finish();
}

/** Skips a ProtocolExtensionContainer: SEQUENCE (SIZE (1..maxProtocolExtensions)) OF fields. */
void
SkipProtocolExtensions(PerReader& r)
{
    const uint32_t n = r.ReadLength(1, kMaxProtocolExtensions, "protocolExtensions");
    for (uint32_t i = 0; i < n; ++i)
    {
        r.ReadConstrainedWholeNumber(0, 65535, "ProtocolExtensionField.id");
        r.ReadEnumerated(kCriticalityValues, false, "ProtocolExtensionField.criticality");
        r.ReadOpenType("ProtocolExtensionField.extensionValue");
    }
}

void
DecodeMessageValue(const std::vector<uint8_t>& value, const char* pduName, RanapPdu& pdu)
{
    PerReader r(PerVariant::kAligned, value, pduName);
    const bool extended = r.ReadExtensionBit("message");
    const bool hasExtensions = r.ReadBit("protocolExtensions");
    const uint32_t n = r.ReadLength(0, kMaxProtocolIes, "protocolIEs");
    pdu.ies.clear();
    pdu.ies.reserve(n < 64 ? n : 64); // n comes from the wire: no large reserve on its word
    for (uint32_t i = 0; i < n; ++i)
    {
        RanapIe ie;
        ie.id
            = static_cast<uint16_t>(r.ReadConstrainedWholeNumber(0, 65535, "ProtocolIE-Field.id"));
        ie.criticality = static_cast<RanapCriticality>(
            r.ReadEnumerated(kCriticalityValues, false, "ProtocolIE-Field.criticality"));
        ie.value = r.ReadOpenType("ProtocolIE-Field.value");
        pdu.ies.push_back(std::move(ie));
    }
    if (hasExtensions)
    {
        SkipProtocolExtensions(r);
    }
    if (extended)
    {
        r.SkipExtensionAdditions("message extension additions");
    }
    r.ExpectEnd();
}

} // namespace

RanapIeReader::RanapIeReader(const std::vector<RanapIe>& ies, const char* pduName)
    : m_ies(ies), m_taken(ies.size(), false), m_pdu(pduName)
{
    for (std::size_t i = 0; i < ies.size(); ++i)
    {
        for (std::size_t j = i + 1; j < ies.size(); ++j)
        {
            if (ies[i].id == ies[j].id)
            {
                throw MessageDecodeError(std::string(m_pdu) + ": protocolIEs: IE id "
                                         + std::to_string(ies[i].id) + " appears twice");
            }
        }
    }
}

const std::vector<uint8_t>*
RanapIeReader::Optional(uint16_t id)
{
    for (std::size_t i = 0; i < m_ies.size(); ++i)
    {
        if (m_ies[i].id == id)
        {
            m_taken[i] = true;
            return &m_ies[i].value;
        }
    }
    return nullptr;
}

const std::vector<uint8_t>&
RanapIeReader::Mandatory(uint16_t id, const char* name)
{
    const std::vector<uint8_t>* value = Optional(id);
    if (value == nullptr)
    {
        throw MessageDecodeError(std::string(m_pdu) + ": " + name + ": mandatory IE (id "
                                 + std::to_string(id) + ") missing");
    }
    return *value;
}

void
RanapIeReader::CheckRest() const
{
    for (std::size_t i = 0; i < m_ies.size(); ++i)
    {
        if (!m_taken[i] && m_ies[i].criticality != RanapCriticality::kIgnore)
        {
            throw MessageDecodeError(std::string(m_pdu) + ": protocolIEs: IE id "
                                     + std::to_string(m_ies[i].id)
                                     + " not comprehended, criticality reject/notify");
        }
    }
}

std::vector<uint8_t>
EncodeRanapPdu(const RanapPdu& pdu, const char* pduName)
{
    PerWriter w(PerVariant::kAligned, pduName);
    // RANAP-PDU ::= CHOICE { initiatingMessage, successfulOutcome, unsuccessfulOutcome,
    // outcome, ... }; each alternative a SEQUENCE { procedureCode, criticality, value }.
    w.WriteChoiceIndex(static_cast<uint32_t>(pdu.choice), kRanapPduRootAlternatives, true,
                       "RANAP-PDU");
    w.WriteConstrainedWholeNumber(pdu.procedureCode, 0, 255, "procedureCode");
    w.WriteEnumerated(static_cast<uint32_t>(pdu.criticality), kCriticalityValues, false,
                      "criticality");
    w.WriteOpenType(EncodeMessageValue(pdu, pduName), "value");
    return w.Finish();
}

RanapPdu
DecodeRanapPdu(const uint8_t* data, std::size_t size, const char* pduName, std::size_t& consumed)
{
    PerReader r(PerVariant::kAligned, data, size, pduName);
    RanapPdu pdu;
    const uint32_t choice = r.ReadChoiceIndex(kRanapPduRootAlternatives, true, "RANAP-PDU");
    if (choice > static_cast<uint32_t>(RanapPduChoice::kUnsuccessfulOutcome))
    {
        r.Fail("RANAP-PDU", "the outcome alternative (class 3) is not a message of this module");
    }
    pdu.choice = static_cast<RanapPduChoice>(choice);
    pdu.procedureCode = static_cast<uint8_t>(r.ReadConstrainedWholeNumber(0, 255, "procedureCode"));
    pdu.criticality
        = static_cast<RanapCriticality>(r.ReadEnumerated(kCriticalityValues, false, "criticality"));
    const std::vector<uint8_t> value = r.ReadOpenType("value");
    consumed = (r.GetBitPosition() + 7) / 8;
    DecodeMessageValue(value, pduName, pdu);
    return pdu;
}

bool
PeekRanapProcedure(const uint8_t* data, std::size_t size, RanapPduChoice& choice,
                   uint8_t& procedureCode)
{
    if (data == nullptr || size < 2)
    {
        return false;
    }
    switch (data[0])
    {
        case 0x00:
            choice = RanapPduChoice::kInitiatingMessage;
            break;
        case 0x20:
            choice = RanapPduChoice::kSuccessfulOutcome;
            break;
        case 0x40:
            choice = RanapPduChoice::kUnsuccessfulOutcome;
            break;
        default:
            return false;
    }
    procedureCode = data[1];
    return true;
}

} // namespace ns3
