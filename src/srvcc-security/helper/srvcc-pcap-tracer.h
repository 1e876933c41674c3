/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * pcap files of SrvccHelper's point-to-point links: one file for all the links of an
 * interface (every N2 link in one file, ...), where ns-3's PcapHelper writes one file per
 * device, and the per-device file SrvccHelper::EnablePcapInternal writes. Missing directories
 * are created; a file that cannot be written is an exception naming it, not an abort.
 */
#ifndef SRVCC_PCAP_TRACER_H
#define SRVCC_PCAP_TRACER_H

#include "ns3/net-device-container.h"
#include "ns3/pcap-file-wrapper.h"
#include "ns3/srvcc-interface.h"

#include <string>

namespace ns3
{

class SrvccPcapTracer
{
  public:
    /**
     * Create \p path (and its missing parent directories) as a pcap file of link type
     * \p dataLinkType (DLT_PPP, or kSrvccDltWiresharkUpperPdu), as tshark and Wireshark read it.
     * \throws std::runtime_error naming the path and the reason
     */
    static Ptr<PcapFileWrapper> Open(const std::string& path, uint32_t dataLinkType);

    /**
     * Write every packet of the point-to-point links in \p devices (pairs: the two ends of
     * each link, as SrvccHelper stores them, the interface's first end first) of interface
     * \p iface to \p path, both directions, each packet once: as IP packets (PPP framing) on
     * the GTPv2-C interfaces, as exported PDUs naming the dissector on N2, Iu and the radio
     * legs (srvcc-upper-pdu-capture.h), whose messages come behind the transport header when
     * \p framed (the interface's transport is on).
     * \throws std::runtime_error when \p path cannot be created
     */
    static void AttachLinks(const std::string& path, const NetDeviceContainer& devices,
                            SrvccInterface iface, bool framed);

    /**
     * Write every packet point-to-point device \p device sends or receives to \p path.
     * \throws std::runtime_error when \p path cannot be created
     */
    static void AttachDevice(const std::string& path, Ptr<NetDevice> device);
};

} // namespace ns3

#endif // SRVCC_PCAP_TRACER_H
