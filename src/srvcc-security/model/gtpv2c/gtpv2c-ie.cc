/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-ie.h"

#include "gtpv2c-error.h"
#include "srvcc/secret-bytes.h"

#include <algorithm>

namespace ns3
{

namespace
{
constexpr std::size_t kIeHeaderSize = 4; // Type (1) + Length (2) + Spare/Instance (1)
constexpr std::size_t kMaxIeValue = 0xffff;
} // namespace

const char*
Gtpv2cIeType::Name(uint8_t type)
{
    switch (type)
    {
        case kImsi:
            return "IMSI";
        case kCause:
            return "Cause";
        case kRecovery:
            return "Recovery";
        case kStnSr:
            return "STN-SR";
        case kSourceToTargetTransparentContainer:
            return "Source to Target Transparent Container";
        case kTargetToSourceTransparentContainer:
            return "Target to Source Transparent Container";
        case kMmContextEutranSrvcc:
            return "MM Context for E-UTRAN SRVCC";
        case kMmContextUtranSrvcc:
            return "MM Context for UTRAN SRVCC";
        case kSrvccCause:
            return "SRVCC Cause";
        case kTargetRncId:
            return "Target RNC ID";
        case kTargetGlobalCellId:
            return "Target Global Cell ID";
        case kTeidC:
            return "TEID-C";
        case kSvFlags:
            return "Sv Flags";
        case kServiceAreaIdentifier:
            return "Service Area Identifier";
        case kIpAddress:
            return "IP Address";
        case kMei:
            return "MEI";
        case kMsisdn:
            return "MSISDN";
        case kIndication:
            return "Indication";
        case kFteid:
            return "F-TEID";
        case kMmContextEpsSecurityContextQuadruplets:
            return "MM Context (EPS Security Context and Quadruplets)";
        case kFContainer:
            return "F-Container";
        case kFCause:
            return "F-Cause";
        case kTargetIdentification:
            return "Target Identification";
        case kAdditionalMmContextForSrvcc:
            return "Additional MM Context for SRVCC";
        case kPrivateExtension:
            return "Private Extension";
        default:
            return "unknown IE";
    }
}

std::string
Gtpv2cIeType::Describe(uint8_t type)
{
    return "IE " + std::to_string(type) + " (" + Name(type) + ")";
}

std::vector<Gtpv2cRawIe>
SplitGtpv2cIes(const uint8_t* body, std::size_t size)
{
    std::vector<Gtpv2cRawIe> ies;
    std::size_t offset = 0;
    while (offset < size)
    {
        const std::size_t left = size - offset;
        if (left < kIeHeaderSize)
        {
            throw Gtpv2cDecodeError("truncated IE header at offset " + std::to_string(offset) + ": "
                                    + std::to_string(left) + " octets left, need 4");
        }
        Gtpv2cRawIe ie;
        ie.type = body[offset];
        ie.length = static_cast<uint16_t>((body[offset + 1] << 8) | body[offset + 2]);
        // TS 29.274 8.2.1: bits 8-5 of octet 4 are spare, bits 4-1 the instance.
        ie.instance = body[offset + 3] & 0x0f;
        ie.offset = offset;
        if (ie.length > left - kIeHeaderSize)
        {
            throw Gtpv2cDecodeError(Gtpv2cIeType::Describe(ie.type) + " at offset "
                                    + std::to_string(offset) + ": length "
                                    + std::to_string(ie.length) + " overruns the message ("
                                    + std::to_string(left - kIeHeaderSize) + " octets left)");
        }
        ie.value = body + offset + kIeHeaderSize;
        ies.push_back(ie);
        offset += kIeHeaderSize + ie.length;
    }
    return ies;
}

void
ThrowIeError(const Gtpv2cRawIe& ie, const std::string& problem)
{
    throw Gtpv2cDecodeError(Gtpv2cIeType::Describe(ie.type) + " " + problem);
}

void
RequireIeLength(const Gtpv2cRawIe& ie, std::size_t expected)
{
    if (ie.length != expected)
    {
        ThrowIeError(ie, "length " + std::to_string(ie.length) + ", expected "
                             + std::to_string(expected));
    }
}

void
RequireIeMinLength(const Gtpv2cRawIe& ie, std::size_t minimum)
{
    if (ie.length < minimum)
    {
        ThrowIeError(ie, "length " + std::to_string(ie.length)
                             + ", expected >= " + std::to_string(minimum));
    }
}

Gtpv2cIeReader::Gtpv2cIeReader(const Gtpv2cRawIe& ie) : m_ie(ie), m_offset(0) {}

void
Gtpv2cIeReader::Need(std::size_t count, const char* field) const
{
    if (count > Remaining())
    {
        Fail(std::string("length ") + std::to_string(m_ie.length) + ": " + field + " needs "
             + std::to_string(count) + " octets at offset " + std::to_string(m_offset) + ", only "
             + std::to_string(Remaining()) + " left");
    }
}

uint8_t
Gtpv2cIeReader::ReadU8(const char* field)
{
    Need(1, field);
    return m_ie.value[m_offset++];
}

uint16_t
Gtpv2cIeReader::ReadU16(const char* field)
{
    Need(2, field);
    const uint16_t v
        = static_cast<uint16_t>((m_ie.value[m_offset] << 8) | m_ie.value[m_offset + 1]);
    m_offset += 2;
    return v;
}

uint32_t
Gtpv2cIeReader::ReadU24(const char* field)
{
    Need(3, field);
    uint32_t v = 0;
    for (int i = 0; i < 3; ++i)
    {
        v = (v << 8) | m_ie.value[m_offset++];
    }
    return v;
}

uint32_t
Gtpv2cIeReader::ReadU32(const char* field)
{
    Need(4, field);
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i)
    {
        v = (v << 8) | m_ie.value[m_offset++];
    }
    return v;
}

void
Gtpv2cIeReader::ReadBytes(uint8_t* out, std::size_t count, const char* field)
{
    Need(count, field);
    std::copy(m_ie.value + m_offset, m_ie.value + m_offset + count, out);
    m_offset += count;
}

std::vector<uint8_t>
Gtpv2cIeReader::ReadVector(std::size_t count, const char* field)
{
    Need(count, field);
    std::vector<uint8_t> out(m_ie.value + m_offset, m_ie.value + m_offset + count);
    m_offset += count;
    return out;
}

std::vector<uint8_t>
Gtpv2cIeReader::ReadLengthPrefixed(const char* field)
{
    const std::size_t count = ReadU8(field);
    return ReadVector(count, field);
}

void
Gtpv2cIeReader::Skip(std::size_t count, const char* field)
{
    Need(count, field);
    m_offset += count;
}

std::size_t
Gtpv2cIeReader::Remaining() const
{
    return m_ie.length - m_offset;
}

std::size_t
Gtpv2cIeReader::Offset() const
{
    return m_offset;
}

void
Gtpv2cIeReader::Fail(const std::string& problem) const
{
    ThrowIeError(m_ie, problem);
}

Gtpv2cIeWriter::Gtpv2cIeWriter()
{
    m_octets.reserve(256);
}

Gtpv2cIeWriter::~Gtpv2cIeWriter()
{
    srvcc::SecureWipe(m_octets.data(), m_octets.size());
}

void
Gtpv2cIeWriter::Reserve(std::size_t extra)
{
    if (m_octets.size() + extra <= m_octets.capacity())
    {
        return;
    }
    // Grow by hand so the old allocation can be wiped before it is released.
    std::vector<uint8_t> bigger;
    bigger.reserve(std::max(2 * m_octets.capacity(), m_octets.size() + extra));
    bigger.assign(m_octets.begin(), m_octets.end());
    srvcc::SecureWipe(m_octets.data(), m_octets.size());
    m_octets.swap(bigger);
}

std::size_t
Gtpv2cIeWriter::Begin(uint8_t type, uint8_t instance)
{
    Reserve(kIeHeaderSize);
    const std::size_t mark = m_octets.size();
    m_octets.push_back(type);
    m_octets.push_back(0);
    m_octets.push_back(0);
    m_octets.push_back(instance & 0x0f); // spare bits 8-5 are zero
    return mark;
}

void
Gtpv2cIeWriter::End(std::size_t mark)
{
    const std::size_t length = m_octets.size() - mark - kIeHeaderSize;
    if (length > kMaxIeValue)
    {
        throw Gtpv2cEncodeError(Gtpv2cIeType::Describe(m_octets[mark]) + " value of "
                                + std::to_string(length) + " octets exceeds 65535");
    }
    m_octets[mark + 1] = static_cast<uint8_t>(length >> 8);
    m_octets[mark + 2] = static_cast<uint8_t>(length & 0xff);
}

void
Gtpv2cIeWriter::PutU8(uint8_t value)
{
    Reserve(1);
    m_octets.push_back(value);
}

void
Gtpv2cIeWriter::PutU16(uint16_t value)
{
    PutU8(static_cast<uint8_t>(value >> 8));
    PutU8(static_cast<uint8_t>(value & 0xff));
}

void
Gtpv2cIeWriter::PutU24(uint32_t value)
{
    PutU8(static_cast<uint8_t>((value >> 16) & 0xff));
    PutU16(static_cast<uint16_t>(value & 0xffff));
}

void
Gtpv2cIeWriter::PutU32(uint32_t value)
{
    PutU16(static_cast<uint16_t>(value >> 16));
    PutU16(static_cast<uint16_t>(value & 0xffff));
}

void
Gtpv2cIeWriter::PutBytes(const uint8_t* data, std::size_t count)
{
    Reserve(count);
    m_octets.insert(m_octets.end(), data, data + count);
}

void
Gtpv2cIeWriter::PutBytes(const std::vector<uint8_t>& data)
{
    PutBytes(data.data(), data.size());
}

void
Gtpv2cIeWriter::PutLengthPrefixed(const std::vector<uint8_t>& data, const char* field)
{
    if (data.size() > 0xff)
    {
        throw Gtpv2cEncodeError(std::string(field) + " of " + std::to_string(data.size())
                                + " octets exceeds its 1-octet length (255)");
    }
    PutU8(static_cast<uint8_t>(data.size()));
    PutBytes(data);
}

const uint8_t*
Gtpv2cIeWriter::Data() const
{
    return m_octets.data();
}

std::size_t
Gtpv2cIeWriter::Size() const
{
    return m_octets.size();
}

} // namespace ns3
