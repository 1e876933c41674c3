/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-header.h"

#include "gtpv2c-error.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccGtpv2cHeader);

namespace
{
constexpr uint8_t kFlagPiggyback = 0x10;
constexpr uint8_t kFlagTeid = 0x08;
constexpr uint32_t kTeidAndSequence = 8; // TEID (4) + sequence (3) + spare (1)
constexpr uint32_t kSequenceOnly = 4;    // sequence (3) + spare (1)
} // namespace

bool
Gtpv2cMessageType::ToSrvccMessageType(uint8_t type, SrvccMessageType& out)
{
    switch (type)
    {
        case kSrvccPsToCsRequest:
            out = SrvccMessageType::kSrvccPsToCsRequest;
            return true;
        case kSrvccPsToCsResponse:
            out = SrvccMessageType::kSrvccPsToCsResponse;
            return true;
        case kSrvccPsToCsCompleteNotification:
            out = SrvccMessageType::kSrvccPsToCsCompleteNotification;
            return true;
        case kSrvccPsToCsCompleteAcknowledge:
            out = SrvccMessageType::kSrvccPsToCsCompleteAcknowledge;
            return true;
        case kSrvccPsToCsCancelNotification:
            out = SrvccMessageType::kSrvccPsToCsCancelNotification;
            return true;
        case kSrvccPsToCsCancelAcknowledge:
            out = SrvccMessageType::kSrvccPsToCsCancelAcknowledge;
            return true;
        case kForwardRelocationRequest:
            out = SrvccMessageType::kForwardRelocationRequest;
            return true;
        case kForwardRelocationResponse:
            out = SrvccMessageType::kForwardRelocationResponse;
            return true;
        case kForwardRelocationCompleteNotification:
            out = SrvccMessageType::kForwardRelocationCompleteNotification;
            return true;
        case kForwardRelocationCompleteAcknowledge:
            out = SrvccMessageType::kForwardRelocationCompleteAcknowledge;
            return true;
        case kRelocationCancelRequest:
            out = SrvccMessageType::kRelocationCancelRequest;
            return true;
        case kRelocationCancelResponse:
            out = SrvccMessageType::kRelocationCancelResponse;
            return true;
        default:
            return false;
    }
}

const char*
Gtpv2cMessageType::Name(uint8_t type)
{
    SrvccMessageType known;
    return ToSrvccMessageType(type, known) ? SrvccMessageTypeName(known) : "unknown";
}

SrvccGtpv2cHeader::SrvccGtpv2cHeader()
    : m_messageType(0)
    , m_teidPresent(true)
    , m_teid(0)
    , m_sequenceNumber(0)
    , m_messageLength(kTeidAndSequence)
{
}

TypeId
SrvccGtpv2cHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccGtpv2cHeader")
                            .SetParent<Header>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccGtpv2cHeader>();
    return tid;
}

TypeId
SrvccGtpv2cHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint32_t
SrvccGtpv2cHeader::GetSerializedSize() const
{
    return kFixedPrefix + (m_teidPresent ? kTeidAndSequence : kSequenceOnly);
}

void
SrvccGtpv2cHeader::Serialize(Buffer::Iterator start) const
{
    uint8_t flags = static_cast<uint8_t>(kVersion << 5);
    if (m_teidPresent)
    {
        flags |= kFlagTeid;
    }
    start.WriteU8(flags);
    start.WriteU8(m_messageType);
    start.WriteHtonU16(m_messageLength);
    if (m_teidPresent)
    {
        start.WriteHtonU32(m_teid);
    }
    // Sequence number (24 bits) followed by the spare octet (TS 29.274 5.5.1).
    start.WriteHtonU32(m_sequenceNumber << 8);
}

uint32_t
SrvccGtpv2cHeader::Deserialize(Buffer::Iterator start)
{
    const uint32_t available = start.GetRemainingSize();
    if (available < kFixedPrefix)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: " + std::to_string(available)
                                + " octets, need at least 4");
    }
    const uint8_t flags = start.ReadU8();
    const uint8_t version = flags >> 5;
    if (version != kVersion)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: version " + std::to_string(version)
                                + ", expected 2");
    }
    if ((flags & kFlagPiggyback) != 0)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: P flag set; piggybacked messages are not "
                                "used in 5G-SRVCC and not supported");
    }
    const bool teidPresent = (flags & kFlagTeid) != 0;
    const uint8_t type = start.ReadU8();
    const uint16_t length = start.ReadNtohU16();
    const uint32_t minimum = teidPresent ? kTeidAndSequence : kSequenceOnly;
    if (length < minimum)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: message length " + std::to_string(length)
                                + ", expected >= " + std::to_string(minimum));
    }
    if (length > available - kFixedPrefix)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: message length " + std::to_string(length)
                                + " overruns the data (" + std::to_string(available - kFixedPrefix)
                                + " octets follow)");
    }
    m_messageType = type;
    m_teidPresent = teidPresent;
    m_teid = teidPresent ? start.ReadNtohU32() : 0;
    m_sequenceNumber = start.ReadNtohU32() >> 8; // drop the spare / priority octet
    m_messageLength = length;
    return GetSerializedSize();
}

void
SrvccGtpv2cHeader::Print(std::ostream& os) const
{
    std::ostringstream teid;
    teid << "0x" << std::hex << std::setw(8) << std::setfill('0') << m_teid;
    os << "GTPv2-C type=" << static_cast<unsigned>(m_messageType) << " ("
       << Gtpv2cMessageType::Name(m_messageType) << ") length=" << m_messageLength
       << " teid=" << (m_teidPresent ? teid.str() : std::string("absent"))
       << " seq=" << m_sequenceNumber;
}

void
SrvccGtpv2cHeader::SetMessageType(uint8_t type)
{
    m_messageType = type;
}

uint8_t
SrvccGtpv2cHeader::GetMessageType() const
{
    return m_messageType;
}

void
SrvccGtpv2cHeader::SetTeid(uint32_t teid)
{
    const uint32_t ies = GetIesLength();
    m_teidPresent = true;
    m_teid = teid;
    SetIesLength(ies);
}

void
SrvccGtpv2cHeader::ClearTeid()
{
    const uint32_t ies = GetIesLength();
    m_teidPresent = false;
    m_teid = 0;
    SetIesLength(ies);
}

bool
SrvccGtpv2cHeader::HasTeid() const
{
    return m_teidPresent;
}

uint32_t
SrvccGtpv2cHeader::GetTeid() const
{
    return m_teid;
}

void
SrvccGtpv2cHeader::SetSequenceNumber(uint32_t sequence)
{
    if (sequence > kMaxSequenceNumber)
    {
        throw Gtpv2cEncodeError("GTPv2-C header: sequence number " + std::to_string(sequence)
                                + " does not fit 24 bits");
    }
    m_sequenceNumber = sequence;
}

uint32_t
SrvccGtpv2cHeader::GetSequenceNumber() const
{
    return m_sequenceNumber;
}

void
SrvccGtpv2cHeader::SetIesLength(uint32_t iesLength)
{
    const uint32_t length = iesLength + (m_teidPresent ? kTeidAndSequence : kSequenceOnly);
    if (length > 0xffff)
    {
        throw Gtpv2cEncodeError("GTPv2-C header: message length " + std::to_string(length)
                                + " does not fit 16 bits");
    }
    m_messageLength = static_cast<uint16_t>(length);
}

uint16_t
SrvccGtpv2cHeader::GetMessageLength() const
{
    return m_messageLength;
}

uint32_t
SrvccGtpv2cHeader::GetIesLength() const
{
    const uint32_t overhead = m_teidPresent ? kTeidAndSequence : kSequenceOnly;
    return m_messageLength >= overhead ? m_messageLength - overhead : 0;
}

} // namespace ns3
