/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-pcap-tracer.h"

#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/trace-helper.h"
#include "srvcc-upper-pdu-capture.h"

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

/**
 * What the \p firstEnd (or the second end) of a link of \p iface sends, as an exported PDU;
 * \p framed: the interface's transport puts its header in front of each message.
 */
void
WriteUpperPdu(Ptr<PcapFileWrapper> file, SrvccInterface iface, bool framed, bool firstEnd,
              Ptr<const Packet> packet)
{
    uint32_t source = 0;
    uint32_t destination = 0;
    const auto message = SrvccCapturedMessage(iface, packet, framed, source, destination);
    if (!message)
    {
        return;
    }
    // N2 and Iu are IP (SCTP) interfaces: their addresses are shown; the radio legs are not IP.
    const bool ip = iface == SrvccInterface::kN2 || iface == SrvccInterface::kIu;
    const std::vector<uint8_t> record = SrvccUpperPduRecord(
        SrvccUpperPduDissector(iface, firstEnd), *message, ip, source, destination, firstEnd);
    file->Write(Simulator::Now(), record.data(), static_cast<uint32_t>(record.size()));
}

} // namespace

Ptr<PcapFileWrapper>
SrvccPcapTracer::Open(const std::string& path, uint32_t dataLinkType)
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
    file->Init(dataLinkType);
    if (file->Fail())
    {
        throw std::runtime_error(path + ": cannot write the pcap file header");
    }
    return file;
}

void
SrvccPcapTracer::AttachLinks(const std::string& path, const NetDeviceContainer& devices,
                             SrvccInterface iface, bool framed)
{
    NS_LOG_FUNCTION(path << devices.GetN());
    if (SrvccCapturesUpperPdu(iface))
    {
        Ptr<PcapFileWrapper> file = Open(path, kSrvccDltWiresharkUpperPdu);
        // Each packet once, from the end that sends it (MacTx: handed to the device, at the
        // simulated send time), which also gives its direction.
        for (uint32_t i = 0; i < devices.GetN(); ++i)
        {
            devices.Get(i)->TraceConnectWithoutContext(
                "MacTx", MakeBoundCallback(&WriteUpperPdu, file, iface, framed, i % 2 == 0));
        }
        return;
    }
    Ptr<PcapFileWrapper> file = Open(path, PcapHelper::DLT_PPP);
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
    Ptr<PcapFileWrapper> file = Open(path, PcapHelper::DLT_PPP);
    device->TraceConnectWithoutContext("PromiscSniffer", MakeBoundCallback(&WritePacket, file));
}

} // namespace ns3
