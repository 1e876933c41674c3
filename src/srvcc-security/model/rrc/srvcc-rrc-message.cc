/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-rrc-message.h"

#include "ns3/srvcc-message-decode-error.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccRrcMessage);

TypeId
SrvccRrcMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccRrcMessage").SetParent<Header>().SetGroupName("SrvccSecurity");
    return tid;
}

SrvccRrcMessage::~SrvccRrcMessage() = default;

std::vector<uint8_t>
SrvccRrcMessage::Encode() const
{
    PerWriter w(PerVariant::kUnaligned, GetMessageName());
    EncodeBody(w);
    return w.Finish();
}

void
SrvccRrcMessage::Decode(const std::vector<uint8_t>& octets)
{
    PerReader r(PerVariant::kUnaligned, octets, GetMessageName());
    DecodeBody(r);
    r.ExpectEnd();
}

uint32_t
SrvccRrcMessage::GetSerializedSize() const
{
    return static_cast<uint32_t>(Encode().size());
}

void
SrvccRrcMessage::Serialize(Buffer::Iterator start) const
{
    const std::vector<uint8_t> octets = Encode();
    start.Write(octets.data(), static_cast<uint32_t>(octets.size()));
}

uint32_t
SrvccRrcMessage::Deserialize(Buffer::Iterator start)
{
    // One RRC message per packet (the PDCP/RLC SDU): the message is the rest of the buffer.
    std::vector<uint8_t> octets(start.GetRemainingSize());
    start.Read(octets.data(), static_cast<uint32_t>(octets.size()));
    Decode(octets);
    return static_cast<uint32_t>(octets.size());
}

void
SrvccRrcMessage::Print(std::ostream& os) const
{
    os << GetMessageName() << " (";
    PrintBody(os);
    os << ")";
}

std::string
SrvccRrcHex(const std::vector<uint8_t>& octets)
{
    std::ostringstream s;
    s << std::hex << std::setfill('0');
    for (uint8_t b : octets)
    {
        s << std::setw(2) << static_cast<int>(b);
    }
    return s.str();
}

} // namespace ns3
