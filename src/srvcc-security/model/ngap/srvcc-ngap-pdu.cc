/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ngap-pdu.h"

#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-per-codec.h"

#include <string>

namespace ns3
{

namespace
{

constexpr uint32_t kPduAlternatives = 3; // NGAP-PDU: three root alternatives and "..."
constexpr uint32_t kCriticalities = 3;
constexpr uint32_t kMaxProtocolIes = 65535; // TS 38.413 9.4.7 maxProtocolIEs

} // namespace

std::vector<uint8_t>
EncodeNgapPdu(const NgapPdu& pdu, const char* name)
{
    // The message: SEQUENCE { protocolIEs ProtocolIE-Container, ... } (TS 38.413 9.4.3).
    PerWriter message(PerVariant::kAligned, name);
    message.WriteExtensionBit(false);
    message.WriteLength(static_cast<uint32_t>(pdu.ies.size()), 0, kMaxProtocolIes, "protocolIEs");
    for (const NgapIe& ie : pdu.ies)
    {
        // ProtocolIE-Field (TS 38.413 9.4.4): id, criticality, value as an open type.
        message.WriteConstrainedWholeNumber(ie.id, 0, 65535, "ProtocolIE-ID");
        message.WriteEnumerated(static_cast<uint32_t>(ie.criticality), kCriticalities, false,
                                "criticality");
        message.WriteOpenType(ie.value, "ProtocolIE-Field value");
    }
    const std::vector<uint8_t> value = message.Finish();

    // NGAP-PDU ::= CHOICE { initiatingMessage, successfulOutcome, unsuccessfulOutcome, ... },
    // each a SEQUENCE { procedureCode, criticality, value } (TS 38.413 9.4.2).
    PerWriter out(PerVariant::kAligned, name);
    out.WriteChoiceIndex(static_cast<uint32_t>(pdu.type), kPduAlternatives, true, "NGAP-PDU");
    out.WriteConstrainedWholeNumber(pdu.procedureCode, 0, 255, "procedureCode");
    out.WriteEnumerated(static_cast<uint32_t>(pdu.criticality), kCriticalities, false,
                        "criticality");
    out.WriteOpenType(value, "value");
    return out.Finish();
}

std::size_t
DecodeNgapPdu(const uint8_t* data, std::size_t size, NgapPdu& pdu, const char* name)
{
    PerReader in(PerVariant::kAligned, data, size, name);
    pdu.type = static_cast<NgapPduType>(in.ReadChoiceIndex(kPduAlternatives, true, "NGAP-PDU"));
    pdu.procedureCode
        = static_cast<uint8_t>(in.ReadConstrainedWholeNumber(0, 255, "procedureCode"));
    pdu.criticality
        = static_cast<NgapCriticality>(in.ReadEnumerated(kCriticalities, false, "criticality"));
    const std::vector<uint8_t> value = in.ReadOpenType("value");
    const std::size_t used = (in.GetBitPosition() + 7) / 8;

    PerReader message(PerVariant::kAligned, value, name);
    const bool additions = message.ReadExtensionBit("message extension bit");
    const uint32_t count = message.ReadLength(0, kMaxProtocolIes, "protocolIEs");
    pdu.ies.clear();
    pdu.ies.reserve(count);
    for (uint32_t i = 0; i < count; ++i)
    {
        NgapIe ie;
        ie.id
            = static_cast<uint16_t>(message.ReadConstrainedWholeNumber(0, 65535, "ProtocolIE-ID"));
        ie.criticality = static_cast<NgapCriticality>(
            message.ReadEnumerated(kCriticalities, false, "criticality"));
        ie.value = message.ReadOpenType("ProtocolIE-Field value");
        pdu.ies.push_back(std::move(ie));
    }
    if (additions)
    {
        message.SkipExtensionAdditions("message extension additions");
    }
    message.ExpectEnd();
    return used;
}

bool
PeekNgapPdu(const uint8_t* data, std::size_t size, NgapPduType& type, uint8_t& procedureCode)
{
    // Octet 1: extension bit, 2-bit choice index, 5 padding bits; octet 2: procedureCode.
    if (data == nullptr || size < 2 || (data[0] & 0x1f) != 0)
    {
        return false;
    }
    const uint8_t index = data[0] >> 5;
    if (index >= kPduAlternatives)
    {
        return false; // also the extension bit set: no addition is defined
    }
    type = static_cast<NgapPduType>(index);
    procedureCode = data[1];
    return true;
}

NgapIeSet::NgapIeSet(const char* pdu, const std::vector<NgapIe>& ies,
                     std::initializer_list<NgapIeSpec> spec)
    : m_pdu(pdu)
{
    std::vector<NgapIeSpec> specs(spec);
    m_known.assign(specs.size(), nullptr);
    for (const NgapIe& ie : ies)
    {
        bool known = false;
        for (std::size_t i = 0; i < specs.size(); ++i)
        {
            if (specs[i].id != ie.id)
            {
                continue;
            }
            if (m_known[i] != nullptr)
            {
                throw MessageDecodeError(std::string(pdu) + ": " + specs[i].name + ": IE repeated");
            }
            m_known[i] = &ie;
            known = true;
            break;
        }
        if (!known && ie.criticality != NgapCriticality::kIgnore)
        {
            // TS 38.413 10.3.4.1: an IE not comprehended with criticality reject (or notify)
            throw MessageDecodeError(
                std::string(pdu) + ": IE id " + std::to_string(ie.id)
                + ": not comprehended, criticality "
                + (ie.criticality == NgapCriticality::kReject ? "reject" : "notify"));
        }
    }
    for (std::size_t i = 0; i < specs.size(); ++i)
    {
        if (specs[i].mandatory && m_known[i] == nullptr)
        {
            throw MessageDecodeError(std::string(pdu) + ": " + specs[i].name
                                     + ": mandatory IE missing");
        }
    }
    m_ids.reserve(specs.size());
    for (const NgapIeSpec& s : specs)
    {
        m_ids.push_back(s.id);
    }
}

const std::vector<uint8_t>*
NgapIeSet::Find(uint16_t id) const
{
    for (std::size_t i = 0; i < m_ids.size(); ++i)
    {
        if (m_ids[i] == id && m_known[i] != nullptr)
        {
            return &m_known[i]->value;
        }
    }
    return nullptr;
}

const std::vector<uint8_t>&
NgapIeSet::Get(uint16_t id) const
{
    const std::vector<uint8_t>* value = Find(id);
    if (value == nullptr)
    {
        throw MessageDecodeError(std::string(m_pdu) + ": IE id " + std::to_string(id)
                                 + ": not in the message");
    }
    return *value;
}

} // namespace ns3
