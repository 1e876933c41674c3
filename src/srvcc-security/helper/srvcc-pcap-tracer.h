/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * One pcap file for all the links of an interface (every N2 link in n2.pcap, ...), where
 * ns-3's PcapHelper would write one file per device.
 */
#ifndef SRVCC_PCAP_TRACER_H
#define SRVCC_PCAP_TRACER_H

#include "ns3/net-device-container.h"

#include <string>

namespace ns3
{

class SrvccPcapTracer
{
  public:
    /**
     * Write every packet of the point-to-point links in \p devices (pairs: the two ends of
     * each link, as SrvccHelper stores them) to \p path, both directions, PPP framing
     * (DLT_PPP), as tshark and Wireshark read it.
     */
    static void Attach(const std::string& path, const NetDeviceContainer& devices);
};

} // namespace ns3

#endif // SRVCC_PCAP_TRACER_H
