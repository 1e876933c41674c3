/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Framing shared by the compact (non-GTP) messages of the 5G-SRVCC handover.
 */
#include "srvcc-compact-header.h"

#include "ns3/assert.h"
#include "ns3/buffer.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(SrvccCompactMessage);

namespace
{

/** The highest message type defined on each interface (types start at 1). */
uint8_t
LastMessageType(CompactInterface iface)
{
    switch (iface)
    {
        case CompactInterface::kN2:
            return 7; // N2MessageType::kUeContextReleaseComplete
        case CompactInterface::kNrUu:
            return 1; // NrRrcMessageType::kMobilityFromNrCommand
        case CompactInterface::kUtranUu:
            return 2; // UtranRrcMessageType::kHandoverToUtranComplete
        case CompactInterface::kIu:
            return 0; // Iu is RANAP (model/ranap/), no compact message
        case CompactInterface::kNas:
            return 10; // NasMessageType::kRegistrationReject
    }
    return 0;
}

} // namespace

const char*
CompactInterfaceName(CompactInterface iface)
{
    switch (iface)
    {
        case CompactInterface::kN2:
            return "N2";
        case CompactInterface::kNrUu:
            return "NR-Uu";
        case CompactInterface::kUtranUu:
            return "UTRAN-Uu";
        case CompactInterface::kIu:
            return "Iu";
        case CompactInterface::kNas:
            return "NAS";
    }
    return "unknown";
}

std::ostream&
operator<<(std::ostream& os, CompactInterface iface)
{
    return os << CompactInterfaceName(iface);
}

bool
IsKnownCompactMessage(CompactInterface iface, uint8_t type)
{
    return type >= 1 && type <= LastMessageType(iface);
}

bool
PeekCompactMessage(Ptr<const Packet> p, CompactInterface& iface, uint8_t& type)
{
    if (!p || p->GetSize() < kCompactFramingSize)
    {
        return false;
    }
    uint8_t framing[2];
    p->CopyData(framing, 2);
    iface = static_cast<CompactInterface>(framing[0]);
    type = framing[1];
    return IsKnownCompactMessage(iface, type);
}

TypeId
SrvccCompactMessage::GetTypeId()
{
    static TypeId tid
        = TypeId("ns3::SrvccCompactMessage").SetParent<Header>().SetGroupName("SrvccSecurity");
    return tid;
}

SrvccCompactMessage::~SrvccCompactMessage() = default;

uint32_t
SrvccCompactMessage::GetCheckedBodySize() const
{
    const uint32_t body = GetBodySize();
    // Each container fits its own 2-octet length, but together with the other fields the body
    // may still outgrow the 2-octet body length: refuse before anything is written.
    if (body > kCompactMaxBodyLength)
    {
        throw MessageEncodeError(std::string(GetMessageName()) + ": body of " + std::to_string(body)
                                 + " octets, at most " + std::to_string(kCompactMaxBodyLength)
                                 + " fit");
    }
    return body;
}

uint32_t
SrvccCompactMessage::GetSerializedSize() const
{
    return kCompactFramingSize + GetCheckedBodySize();
}

void
SrvccCompactMessage::Serialize(Buffer::Iterator start) const
{
    const uint32_t body = GetCheckedBodySize();
    start.WriteU8(static_cast<uint8_t>(GetInterface()));
    start.WriteU8(GetMessageType());
    start.WriteHtonU16(static_cast<uint16_t>(body));
    Buffer::Iterator bodyStart = start;
    SerializeBody(start);
    NS_ASSERT_MSG(start.GetDistanceFrom(bodyStart) == body,
                  GetMessageName() << " wrote a body of the wrong length");
}

uint32_t
SrvccCompactMessage::Deserialize(Buffer::Iterator start)
{
    CompactReader framing(start, kCompactFramingSize, GetMessageName());
    const uint8_t iface = framing.ReadU8("framing");
    const uint8_t type = framing.ReadU8("framing");
    const uint16_t length = framing.ReadU16("framing");
    if (iface != static_cast<uint8_t>(GetInterface()) || type != GetMessageType())
    {
        framing.Fail("got interface " + std::to_string(iface) + " type " + std::to_string(type)
                     + ", expected interface " + std::to_string(static_cast<int>(GetInterface()))
                     + " type " + std::to_string(GetMessageType()));
    }
    Buffer::Iterator bodyStart = framing.GetIterator();
    if (length > bodyStart.GetRemainingSize())
    {
        framing.Fail("body length " + std::to_string(length) + " overruns the data, "
                     + std::to_string(bodyStart.GetRemainingSize()) + " octets left");
    }
    CompactReader body(bodyStart, length, GetMessageName());
    DeserializeBody(body);
    if (body.GetConsumed() != length)
    {
        body.Fail("body length " + std::to_string(length) + " but the fields use "
                  + std::to_string(body.GetConsumed()) + " octets");
    }
    return kCompactFramingSize + length;
}

void
SrvccCompactMessage::Print(std::ostream& os) const
{
    os << GetMessageName() << " (";
    PrintBody(os);
    os << ")";
}

std::vector<uint8_t>
CompactToBytes(const SrvccCompactMessage& message)
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
CompactFromBytes(SrvccCompactMessage& message, const std::vector<uint8_t>& octets)
{
    Buffer buffer;
    buffer.AddAtStart(static_cast<uint32_t>(octets.size()));
    if (!octets.empty())
    {
        buffer.Begin().Write(octets.data(), static_cast<uint32_t>(octets.size()));
    }
    const uint32_t used = message.Deserialize(buffer.Begin());
    if (used != octets.size())
    {
        throw MessageDecodeError(std::string(message.GetMessageName()) + ": "
                                 + std::to_string(octets.size() - used)
                                 + " octets left over after the message");
    }
}

} // namespace ns3
