/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-pcap-tracer.h"

#include "ns3/pcap-file-wrapper.h"
#include "ns3/simulator.h"
#include "ns3/trace-helper.h"

namespace ns3
{

namespace
{

void
WritePacket(Ptr<PcapFileWrapper> file, Ptr<const Packet> packet)
{
    file->Write(Simulator::Now(), packet);
}

} // namespace

void
SrvccPcapTracer::Attach(const std::string& path, const NetDeviceContainer& devices)
{
    PcapHelper helper;
    Ptr<PcapFileWrapper> file = helper.CreateFile(path, std::ios::out, PcapHelper::DLT_PPP);
    // A point-to-point device's PromiscSniffer sees what it sends and what it receives, so
    // one end of each link is enough for both directions, each packet once.
    for (uint32_t i = 0; i < devices.GetN(); i += 2)
    {
        devices.Get(i)->TraceConnectWithoutContext("PromiscSniffer",
                                                   MakeBoundCallback(&WritePacket, file));
    }
}

} // namespace ns3
