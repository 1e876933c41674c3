/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-message.h"

#include "gtpv2c-error.h"
#include "ns3/abort.h"
#include "srvcc/secret-bytes.h"

#include <algorithm>
#include <iomanip>

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccGtpv2cMessage);

namespace
{
/** Wipes a received body on every exit: it may hold KASME_SRVCC or CK/IK. */
class WipedBody
{
  public:
    explicit WipedBody(std::size_t size) : m_octets(size) {}

    ~WipedBody()
    {
        srvcc::SecureWipe(m_octets.data(), m_octets.size());
    }

    WipedBody(const WipedBody&) = delete;
    WipedBody& operator=(const WipedBody&) = delete;

    uint8_t*
    Data()
    {
        return m_octets.data();
    }

    std::size_t
    Size() const
    {
        return m_octets.size();
    }

  private:
    std::vector<uint8_t> m_octets;
};
} // namespace

TypeId
SrvccGtpv2cMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccGtpv2cMessage").SetParent<Header>().SetGroupName("SrvccSecurity");
    return tid;
}

SrvccGtpv2cMessage::SrvccGtpv2cMessage(uint8_t messageType)
    : m_messageType(messageType)
    , m_srvccMessageType(SrvccMessageType::kSrvccPsToCsRequest)
    , m_teid(0)
    , m_sequenceNumber(0)
{
    // Every subclass is one of the module's messages (TS 29.274 Table 6.1-1, TS 29.280 5.2).
    const bool known = Gtpv2cMessageType::ToSrvccMessageType(messageType, m_srvccMessageType);
    NS_ABORT_MSG_UNLESS(known, "GTPv2-C message type " << unsigned{messageType}
                                                       << " is not one of the module's messages");
}

void
SrvccGtpv2cMessage::EncodeBody(Gtpv2cIeWriter& writer) const
{
    try
    {
        EncodeIes(writer);
    }
    catch (const Gtpv2cEncodeError& e)
    {
        throw Gtpv2cEncodeError(std::string(GetMessageName()) + ": " + e.what());
    }
}

uint32_t
SrvccGtpv2cMessage::GetSerializedSize() const
{
    Gtpv2cIeWriter writer;
    EncodeBody(writer);
    SrvccGtpv2cHeader header;
    header.SetTeid(m_teid);
    return header.GetSerializedSize() + static_cast<uint32_t>(writer.Size());
}

void
SrvccGtpv2cMessage::Serialize(Buffer::Iterator start) const
{
    Gtpv2cIeWriter writer;
    EncodeBody(writer);
    SrvccGtpv2cHeader header;
    header.SetMessageType(m_messageType);
    header.SetTeid(m_teid);
    header.SetSequenceNumber(m_sequenceNumber);
    header.SetIesLength(static_cast<uint32_t>(writer.Size()));
    header.Serialize(start);
    start.Next(header.GetSerializedSize());
    start.Write(writer.Data(), static_cast<uint32_t>(writer.Size()));
}

uint32_t
SrvccGtpv2cMessage::Deserialize(Buffer::Iterator start)
{
    try
    {
        SrvccGtpv2cHeader header;
        const uint32_t headerSize = header.Deserialize(start);
        if (header.GetMessageType() != m_messageType)
        {
            throw Gtpv2cDecodeError("message type " + std::to_string(header.GetMessageType()) + " ("
                                    + Gtpv2cMessageType::Name(header.GetMessageType())
                                    + "), expected " + std::to_string(m_messageType));
        }
        if (!header.HasTeid())
        {
            throw Gtpv2cDecodeError("T flag is 0; the message must carry a TEID "
                                    "(TS 29.274 5.5.1)");
        }
        start.Next(headerSize);
        WipedBody body(header.GetIesLength());
        start.Read(body.Data(), static_cast<uint32_t>(body.Size()));
        DecodeIes(SplitGtpv2cIes(body.Data(), body.Size()));
        m_teid = header.GetTeid();
        m_sequenceNumber = header.GetSequenceNumber();
        return headerSize + static_cast<uint32_t>(body.Size());
    }
    catch (const Gtpv2cDecodeError& e)
    {
        throw Gtpv2cDecodeError(std::string(GetMessageName()) + ": " + e.what());
    }
}

void
SrvccGtpv2cMessage::Print(std::ostream& os) const
{
    const std::ios::fmtflags flags = os.flags();
    os << GetMessageName() << " (" << static_cast<unsigned>(m_messageType) << ") teid=0x"
       << std::hex << std::setw(8) << std::setfill('0') << m_teid << std::dec << std::setfill(' ')
       << " seq=" << m_sequenceNumber;
    os.flags(flags);
    PrintIes(os);
}

uint8_t
SrvccGtpv2cMessage::GetMessageType() const
{
    return m_messageType;
}

SrvccMessageType
SrvccGtpv2cMessage::GetSrvccMessageType() const
{
    return m_srvccMessageType;
}

const char*
SrvccGtpv2cMessage::GetMessageName() const
{
    return Gtpv2cMessageType::Name(m_messageType);
}

void
SrvccGtpv2cMessage::SetTeid(uint32_t teid)
{
    m_teid = teid;
}

uint32_t
SrvccGtpv2cMessage::GetTeid() const
{
    return m_teid;
}

void
SrvccGtpv2cMessage::SetSequenceNumber(uint32_t sequence)
{
    if (sequence > SrvccGtpv2cHeader::kMaxSequenceNumber)
    {
        throw Gtpv2cEncodeError(std::string(GetMessageName()) + ": sequence number "
                                + std::to_string(sequence) + " does not fit 24 bits");
    }
    m_sequenceNumber = sequence;
}

uint32_t
SrvccGtpv2cMessage::GetSequenceNumber() const
{
    return m_sequenceNumber;
}

void
SrvccGtpv2cMessage::ThrowMissingIe(uint8_t type)
{
    throw Gtpv2cDecodeError("mandatory IE missing: " + Gtpv2cIeType::Describe(type));
}

void
SrvccGtpv2cMessage::ThrowMissingImsiAndMei()
{
    throw Gtpv2cDecodeError("mandatory IE missing: IE 1 (IMSI), or IE 75 (MEI) for an "
                            "emergency UE without IMSI");
}

Gtpv2cCause
SrvccGtpv2cMessage::FindCause(const std::vector<Gtpv2cRawIe>& ies)
{
    for (const Gtpv2cRawIe& ie : ies)
    {
        if (ie.type == Gtpv2cIeType::kCause && ie.instance == 0)
        {
            return ReadCauseIe(ie);
        }
    }
    ThrowMissingIe(Gtpv2cIeType::kCause);
}

void
SrvccGtpv2cMessage::PrintOptional(std::ostream& os, const char* name,
                                  const std::optional<std::string>& value)
{
    if (value)
    {
        os << " " << name << "=" << *value;
    }
}

void
SrvccGtpv2cMessage::PrintOptional(std::ostream& os, const char* name,
                                  const std::optional<uint8_t>& value)
{
    if (value)
    {
        os << " " << name << "=" << static_cast<unsigned>(*value);
    }
}

void
SrvccGtpv2cMessage::PrintCause(std::ostream& os, const Gtpv2cCause& cause)
{
    os << " cause=" << static_cast<unsigned>(cause.value);
}

void
SrvccGtpv2cMessage::PrintIndication(std::ostream& os, const Gtpv2cIndication& indication)
{
    if (indication.Get5gSrvccHoIndication())
    {
        os << " 5srhoi";
    }
    if (indication.GetEmergencyPduSession())
    {
        os << " emci";
    }
    if (indication.GetUnauthenticatedImsi())
    {
        os << " uimsi";
    }
}

void
SrvccGtpv2cMessage::PrintFCause(std::ostream& os, const std::optional<Gtpv2cFCause>& fCause)
{
    if (fCause)
    {
        os << " fCause(instance " << static_cast<unsigned>(fCause->instance) << ", type "
           << static_cast<unsigned>(fCause->causeType) << ")";
    }
}

void
SrvccGtpv2cMessage::PrintRnc(std::ostream& os, const RncTargetId& rnc)
{
    os << " targetRnc=" << rnc.plmn.mcc << "-" << rnc.plmn.mnc << "/" << rnc.lac << "/"
       << rnc.rncId;
}

void
SrvccGtpv2cMessage::PrintBytes(std::ostream& os, const char* name, const std::vector<uint8_t>& v)
{
    static const char* kHex = "0123456789abcdef";
    os << " " << name << "=";
    const std::size_t shown = std::min<std::size_t>(v.size(), 8);
    for (std::size_t i = 0; i < shown; ++i)
    {
        os << kHex[v[i] >> 4] << kHex[v[i] & 0x0f];
    }
    if (shown < v.size())
    {
        os << "..";
    }
    os << "(" << v.size() << " octets)";
}

uint8_t
PeekGtpv2cMessageType(Ptr<const Packet> packet)
{
    if (packet == nullptr || packet->GetSize() < SrvccGtpv2cHeader::kFixedPrefix)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: packet shorter than 4 octets");
    }
    uint8_t octets[2];
    packet->CopyData(octets, 2);
    const uint8_t version = octets[0] >> 5;
    if (version != SrvccGtpv2cHeader::kVersion)
    {
        throw Gtpv2cDecodeError("GTPv2-C header: version " + std::to_string(version)
                                + ", expected 2");
    }
    return octets[1];
}

} // namespace ns3
