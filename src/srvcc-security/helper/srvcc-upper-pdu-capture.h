/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Captures of the interfaces that are not IP in a real network, or whose transport the
 * simulation does not put on the wire as it is (N2 and Iu run over SCTP, TS 38.412 and
 * TS 25.412; NR-Uu and UTRAN-Uu carry RRC over PDCP/RLC, TS 38.331, TS 25.331): each message
 * is written in Wireshark's exported-PDU link type (LINKTYPE_WIRESHARK_UPPER_PDU, 252), whose
 * per-packet tags name the dissector ("ngap", "ranap", "nr-rrc.dl.dcch", ...), so that tshark
 * and Wireshark decode the message as the real protocol without any decode-as setting. The
 * simulated transport under the message (UDP and the module's SCTP-like / RLC-AM-like header,
 * srvcc-reliable-transport.h) is taken off: every DATA / AMD PDU sent (retransmissions
 * included) becomes one packet at the simulated time it was sent; acknowledgements are not
 * written.
 */
#ifndef SRVCC_UPPER_PDU_CAPTURE_H
#define SRVCC_UPPER_PDU_CAPTURE_H

#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/srvcc-interface.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/** pcap link type of Wireshark's exported PDUs (tcpdump.org's LINKTYPE_WIRESHARK_UPPER_PDU). */
constexpr uint32_t kSrvccDltWiresharkUpperPdu = 252;

/** Whether \p iface is captured as exported PDUs (N2, Iu, NR-Uu, UTRAN-Uu) or as IP (the rest). */
bool SrvccCapturesUpperPdu(SrvccInterface iface);

/**
 * The Wireshark dissector for a message on \p iface sent by the link's \p firstEnd (the UE on
 * the radio legs, the gNB on N2, the MSC server on Iu, SrvccLinkEnd): "ngap", "ranap",
 * "nr-rrc.ul.dcch" / "nr-rrc.dl.dcch", "rrc.ul.dcch" / "rrc.dl.dcch"; nullptr for the GTPv2-C
 * interfaces.
 */
const char* SrvccUpperPduDissector(SrvccInterface iface, bool firstEnd);

/**
 * The message of a packet as the sending point-to-point device transmits it (PPP, IPv4, UDP,
 * the transport header when \p framed, the interface's transport being on, then the message),
 * or nothing when the packet holds no message (an acknowledgement, or not a packet of the
 * module). On Iu the SCCP connection reference in front of the RANAP PDU is skipped too.
 */
std::optional<std::vector<uint8_t>> SrvccCapturedMessage(SrvccInterface iface,
                                                         Ptr<const Packet> packet, bool framed,
                                                         uint32_t& source, uint32_t& destination);

/**
 * One exported-PDU record: the tags (dissector name; IPv4 source and destination when \p
 * withAddresses; the point-to-point direction), the end-of-options tag, then \p message.
 */
std::vector<uint8_t> SrvccUpperPduRecord(const char* dissector, const std::vector<uint8_t>& message,
                                         bool withAddresses, uint32_t source, uint32_t destination,
                                         bool sent);

} // namespace ns3

#endif // SRVCC_UPPER_PDU_CAPTURE_H
