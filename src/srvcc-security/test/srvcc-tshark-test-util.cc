/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-tshark-test-util.h"

#include "ns3/nstime.h"
#include "ns3/pcap-file.h"
#include "ns3/srvcc-upper-pdu-capture.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace ns3
{
namespace tsharktest
{

std::vector<std::string>
Lines(const std::string& command)
{
    std::vector<std::string> lines;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
    {
        return lines;
    }
    std::string all;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    {
        all.append(buffer.data(), n);
    }
    pclose(pipe);
    std::istringstream in(all);
    for (std::string line; std::getline(in, line);)
    {
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string>
Decode(const std::string& pcap, const std::vector<std::string>& fields, const std::string& filter)
{
    std::string command = "tshark -n -r '" + pcap + "' -T fields -E separator=';'";
    if (!filter.empty())
    {
        command += " -Y '" + filter + "'";
    }
    for (const std::string& f : fields)
    {
        command += " -e " + f;
    }
    return Lines(command + " 2>/dev/null");
}

bool
WriteUpperPduPcap(const std::string& path,
                  const std::vector<std::pair<std::string, std::vector<uint8_t>>>& pdus)
{
    PcapFile file;
    file.Open(path, std::ios::out);
    if (file.Fail())
    {
        return false;
    }
    file.Init(kSrvccDltWiresharkUpperPdu);
    uint32_t second = 1;
    for (const auto& [dissector, octets] : pdus)
    {
        const std::vector<uint8_t> record
            = SrvccUpperPduRecord(dissector.c_str(), octets, false, 0, 0, true);
        file.Write(second++, 0, record.data(), static_cast<uint32_t>(record.size()));
    }
    file.Close();
    return !file.Fail();
}

std::vector<std::string>
DecodeProblems(const std::string& pcap)
{
    std::vector<std::string> problems;
    for (const std::string& line : Lines("tshark -n -V -r '" + pcap + "' 2>&1"))
    {
        if (line.find("Malformed") != std::string::npos
            || line.find("Exception occurred") != std::string::npos
            || line.find("[Expert Info (Error") != std::string::npos
            || line.find("[Expert Info (Warning") != std::string::npos
            || line.find("Dissector bug") != std::string::npos)
        {
            problems.push_back(line);
        }
    }
    return problems;
}

std::string
TempDir()
{
    char dirTemplate[] = "/tmp/srvcc-tshark-XXXXXX";
    const char* dir = mkdtemp(dirTemplate);
    return dir == nullptr ? std::string("/tmp") : std::string(dir);
}

} // namespace tsharktest
} // namespace ns3
