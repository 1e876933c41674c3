/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-upper-pdu-capture.h"

#include "ns3/ipv4-header.h"
#include "ns3/ppp-header.h"
#include "ns3/srvcc-iu-connection-reference.h"
#include "ns3/srvcc-reliable-transport.h"
#include "ns3/udp-header.h"

namespace ns3
{

namespace
{

// Tags of the exported-PDU format (Wireshark's wsutil/exported_pdu_tlvs.h, the format of
// LINKTYPE_WIRESHARK_UPPER_PDU): a 2-octet tag, a 2-octet length, the value padded to 4 octets.
constexpr uint16_t kTagEndOfOptions = 0;
constexpr uint16_t kTagDissectorName = 12;
constexpr uint16_t kTagIpv4Source = 20;
constexpr uint16_t kTagIpv4Destination = 21;
constexpr uint16_t kTagColumnProtocol = 33;
constexpr uint16_t kTagP2pDirection = 35;
/** IPv4 protocol number of UDP (RFC 768). */
constexpr uint8_t kUdpProtocol = 17;
/** PPP protocol number of IPv4 (RFC 1332). */
constexpr uint16_t kPppIpv4 = 0x0021;

void
PutU16(std::vector<uint8_t>& out, uint32_t v)
{
    out.push_back(static_cast<uint8_t>(v >> 8));
    out.push_back(static_cast<uint8_t>(v));
}

void
PutU32(std::vector<uint8_t>& out, uint32_t v)
{
    PutU16(out, v >> 16);
    PutU16(out, v & 0xffff);
}

void
PutTag(std::vector<uint8_t>& out, uint16_t tag, const uint8_t* value, std::size_t n)
{
    const std::size_t padded = (n + 3) / 4 * 4;
    PutU16(out, tag);
    PutU16(out, static_cast<uint32_t>(padded)); // the padding NULs count (exported_pdu_tlvs.h)
    out.insert(out.end(), value, value + n);
    out.insert(out.end(), padded - n, 0);
}

} // namespace

bool
SrvccCapturesUpperPdu(SrvccInterface iface)
{
    return SrvccUpperPduDissector(iface, true) != nullptr;
}

const char*
SrvccUpperPduDissector(SrvccInterface iface, bool firstEnd)
{
    switch (iface)
    {
        case SrvccInterface::kN2:
            return "ngap"; // TS 38.413 over SCTP (PPID 60)
        case SrvccInterface::kIu:
            return "ranap"; // TS 25.413 over SCCP
        case SrvccInterface::kNrUu:
            return firstEnd ? "nr-rrc.ul.dcch" : "nr-rrc.dl.dcch"; // TS 38.331 DCCH on SRB1/SRB2
        case SrvccInterface::kUtranUu:
            return firstEnd ? "rrc.ul.dcch" : "rrc.dl.dcch"; // TS 25.331 DCCH
        case SrvccInterface::kN26:
        case SrvccInterface::kSv:
        case SrvccInterface::kAmfMsc:
            return nullptr; // GTPv2-C over UDP, captured as it is
    }
    return nullptr;
}

std::optional<std::vector<uint8_t>>
SrvccCapturedMessage(SrvccInterface iface, Ptr<const Packet> packet, bool framed, uint32_t& source,
                     uint32_t& destination)
{
    Ptr<Packet> copy = packet->Copy();
    PppHeader ppp;
    Ipv4Header ip;
    UdpHeader udp;
    if (copy->GetSize()
        < ppp.GetSerializedSize() + ip.GetSerializedSize() + udp.GetSerializedSize())
    {
        return std::nullopt;
    }
    copy->RemoveHeader(ppp);
    if (ppp.GetProtocol() != kPppIpv4)
    {
        return std::nullopt;
    }
    copy->RemoveHeader(ip);
    if (ip.GetProtocol() != kUdpProtocol || copy->GetSize() < udp.GetSerializedSize())
    {
        return std::nullopt;
    }
    copy->RemoveHeader(udp);
    source = ip.GetSource().Get();
    destination = ip.GetDestination().Get();
    std::vector<uint8_t> octets(copy->GetSize());
    copy->CopyData(octets.data(), static_cast<uint32_t>(octets.size()));
    std::size_t start = 0;
    if (framed)
    {
        if (octets.empty())
        {
            return std::nullopt;
        }
        const auto type = static_cast<SrvccTransportPduType>(octets[0]);
        if (type != SrvccTransportPduType::kSctpData && type != SrvccTransportPduType::kRlcAmd)
        {
            return std::nullopt; // an acknowledgement (SACK, STATUS PDU), or no transport PDU
        }
        start = kSrvccTransportHeaderSize;
    }
    if (iface == SrvccInterface::kIu)
    {
        start += kIuConnectionReferenceSize; // the SCCP connection's, not RANAP's
    }
    if (start >= octets.size())
    {
        return std::nullopt;
    }
    return std::vector<uint8_t>(octets.begin() + static_cast<std::ptrdiff_t>(start), octets.end());
}

std::vector<uint8_t>
SrvccUpperPduRecord(const char* dissector, const std::vector<uint8_t>& message, bool withAddresses,
                    uint32_t source, uint32_t destination, bool sent)
{
    std::vector<uint8_t> out;
    out.reserve(64 + message.size());
    const std::string name(dissector);
    PutTag(out, kTagDissectorName, reinterpret_cast<const uint8_t*>(name.data()), name.size());
    if (name.compare(0, 4, "rrc.") == 0)
    {
        // The UTRAN RRC dissector leaves the Protocol column empty when called by name.
        static const std::string rrc("RRC");
        PutTag(out, kTagColumnProtocol, reinterpret_cast<const uint8_t*>(rrc.data()), rrc.size());
    }
    if (withAddresses)
    {
        uint8_t a[4] = {static_cast<uint8_t>(source >> 24), static_cast<uint8_t>(source >> 16),
                        static_cast<uint8_t>(source >> 8), static_cast<uint8_t>(source)};
        PutTag(out, kTagIpv4Source, a, 4);
        uint8_t b[4]
            = {static_cast<uint8_t>(destination >> 24), static_cast<uint8_t>(destination >> 16),
               static_cast<uint8_t>(destination >> 8), static_cast<uint8_t>(destination)};
        PutTag(out, kTagIpv4Destination, b, 4);
    }
    // P2P_DIR_SENT 0 (from the first end: the UE on the radio legs), P2P_DIR_RECV 1.
    std::vector<uint8_t> dir;
    PutU32(dir, sent ? 0 : 1);
    PutTag(out, kTagP2pDirection, dir.data(), dir.size());
    PutU16(out, kTagEndOfOptions);
    PutU16(out, 0);
    out.insert(out.end(), message.begin(), message.end());
    return out;
}

} // namespace ns3
