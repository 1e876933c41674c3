/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-pcap-tracer.h"

#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/trace-helper.h"

#include <filesystem>
#include <stdexcept>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccPcapTracer");

namespace
{

void
WritePacket(Ptr<PcapFileWrapper> file, Ptr<const Packet> packet)
{
    file->Write(Simulator::Now(), packet);
}

} // namespace

Ptr<PcapFileWrapper>
SrvccPcapTracer::Open(const std::string& path)
{
    NS_LOG_FUNCTION(path);
    // PcapHelper::CreateFile aborts the program when the file cannot be opened; a missing
    // results directory is common enough to be created here, and anything else is reported.
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty())
    {
        std::error_code ec;
        std::filesystem::create_directories(parent, ec);
        if (ec)
        {
            throw std::runtime_error(path + ": cannot create the directory " + parent.string()
                                     + ": " + ec.message());
        }
    }
    Ptr<PcapFileWrapper> file = CreateObject<PcapFileWrapper>();
    file->Open(path, std::ios::out);
    if (file->Fail())
    {
        throw std::runtime_error(path + ": cannot open the pcap file for writing");
    }
    file->Init(PcapHelper::DLT_PPP);
    if (file->Fail())
    {
        throw std::runtime_error(path + ": cannot write the pcap file header");
    }
    return file;
}

void
SrvccPcapTracer::AttachLinks(const std::string& path, const NetDeviceContainer& devices)
{
    NS_LOG_FUNCTION(path << devices.GetN());
    Ptr<PcapFileWrapper> file = Open(path);
    // A point-to-point device's PromiscSniffer sees what it sends and what it receives, so
    // one end of each link is enough for both directions, each packet once.
    for (uint32_t i = 0; i < devices.GetN(); i += 2)
    {
        devices.Get(i)->TraceConnectWithoutContext("PromiscSniffer",
                                                   MakeBoundCallback(&WritePacket, file));
    }
}

void
SrvccPcapTracer::AttachDevice(const std::string& path, Ptr<NetDevice> device)
{
    NS_LOG_FUNCTION(path << device);
    Ptr<PcapFileWrapper> file = Open(path);
    device->TraceConnectWithoutContext("PromiscSniffer", MakeBoundCallback(&WritePacket, file));
}

} // namespace ns3
