/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * tshark (Wireshark's NGAP dissector, with its nas-5gs and UTRAN RRC sub-dissectors) decodes
 * one sample of each NGAP PDU class: the capture uses Wireshark's exported-PDU link type (252)
 * naming the "ngap" dissector, so no decode-as setting is needed. Every packet must decode as
 * NGAP with the sample's field values and without a malformed or expert error / warning item.
 */
#include "srvcc-ngap-test-util.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <unistd.h>

namespace ns3
{
namespace ngaptest
{

namespace
{

std::string
RunShell(const std::string& command, int& status)
{
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
    {
        status = -1;
        return out;
    }
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    {
        out.append(buffer.data(), n);
    }
    status = pclose(pipe);
    return out;
}

void
Le32(std::string& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
    {
        out.push_back(static_cast<char>(v >> (8 * i)));
    }
}

void
Be16(std::string& out, uint16_t v)
{
    out.push_back(static_cast<char>(v >> 8));
    out.push_back(static_cast<char>(v));
}

/**
 * A pcap (link type 252, LINKTYPE_WIRESHARK_UPPER_PDU) whose every packet starts with the
 * exported-PDU tags: EXP_PDU_TAG_DISSECTOR_NAME (12) "ngap", then the end of options (0).
 */
std::string
ExportedPduPcap(const std::vector<NgapSample>& samples)
{
    std::string out;
    Le32(out, 0xa1b2c3d4);
    out += std::string("\x02\x00\x04\x00", 4); // version 2.4
    Le32(out, 0);                              // thiszone
    Le32(out, 0);                              // sigfigs
    Le32(out, 65535);                          // snaplen
    Le32(out, 252);                            // network
    uint32_t second = 1;
    for (const NgapSample& s : samples)
    {
        std::string record;
        Be16(record, 12);
        Be16(record, 4);
        record += "ngap"; // four octets: no padding
        Be16(record, 0);
        Be16(record, 0);
        record.append(reinterpret_cast<const char*>(s.bytes.data()), s.bytes.size());
        Le32(out, second++);
        Le32(out, 0);
        Le32(out, static_cast<uint32_t>(record.size()));
        Le32(out, static_cast<uint32_t>(record.size()));
        out += record;
    }
    return out;
}

class NgapTsharkTestCase : public TestCase
{
  public:
    NgapTsharkTestCase()
        : TestCase("tshark decodes every NGAP PDU with the right values, none malformed")
    {
    }

  private:
    void
    DoRun() override
    {
        int status = 0;
        RunShell("command -v tshark >/dev/null 2>&1", status);
        NS_TEST_ASSERT_MSG_EQ(status, 0,
                              "tshark is not installed or not on PATH; this test decodes the "
                              "NGAP PDUs with Wireshark's dissector and needs it "
                              "(Debian: apt-get install tshark)");
        char pattern[] = "/tmp/srvcc-ngap-tshark-XXXXXX";
        const char* dir = mkdtemp(pattern);
        NS_TEST_ASSERT_MSG_NE(dir, nullptr, "cannot create a temporary directory");
        const std::string base(dir);
        struct RemoveOnExit
        {
            std::string path;

            ~RemoveOnExit()
            {
                std::error_code ignored;
                std::filesystem::remove_all(path, ignored);
            }
        } cleanup{base};
        const std::string pcap = base + "/ngap.pcap";
        const std::string config = base + "/wireshark-config"; // empty: default preferences
        std::filesystem::create_directories(config);

        const std::vector<NgapSample> samples = MakeNgapSamples();
        {
            std::ofstream f(pcap, std::ios::binary);
            f << ExportedPduPcap(samples);
        }
        const std::string tshark
            = "WIRESHARK_CONFIG_DIR='" + config + "' tshark -n -r '" + pcap + "'";

        // The whole tree of every packet: nothing malformed, no expert error or warning.
        const std::string tree = RunShell(tshark + " -V 2>/dev/null", status);
        NS_TEST_ASSERT_MSG_EQ(status, 0, "tshark failed: " << tree);
        std::istringstream frames(tree);
        std::size_t index = 0;
        std::string current;
        std::vector<std::string> perFrame;
        for (std::string line; std::getline(frames, line);)
        {
            if (line.rfind("Frame ", 0) == 0)
            {
                if (!current.empty())
                {
                    perFrame.push_back(current);
                }
                current.clear();
            }
            if (line.rfind("Frame ", 0) == 0 || !current.empty())
            {
                current += line + "\n"; // lines before the first frame are tshark's notes
            }
        }
        if (!current.empty())
        {
            perFrame.push_back(current);
        }
        NS_TEST_ASSERT_MSG_EQ(perFrame.size(), samples.size(), "one decoded frame per PDU");
        for (index = 0; index < samples.size() && index < perFrame.size(); ++index)
        {
            const std::string& text = perFrame[index];
            const std::string& name = samples[index].name;
            NS_TEST_EXPECT_MSG_NE(text.find("NG Application Protocol"), std::string::npos,
                                  name << " is not decoded as NGAP:\n"
                                       << text);
            NS_TEST_EXPECT_MSG_EQ(text.find("Malformed"), std::string::npos,
                                  name << " is malformed for tshark:\n"
                                       << text);
            NS_TEST_EXPECT_MSG_EQ(text.find("Expert Info (Error"), std::string::npos,
                                  name << " has an expert error:\n"
                                       << text);
            NS_TEST_EXPECT_MSG_EQ(text.find("Expert Info (Warning"), std::string::npos,
                                  name << " has an expert warning:\n"
                                       << text);
        }

        // The field values, packet by packet (the first occurrence of each field).
        for (index = 0; index < samples.size(); ++index)
        {
            const NgapSample& s = samples[index];
            std::string command = tshark + " -Y 'frame.number == " + std::to_string(index + 1)
                                  + "' -T fields -E separator=';' -E occurrence=f -E quote=n";
            for (const auto& [field, value] : s.fields)
            {
                command += " -e " + field;
            }
            std::string line = RunShell(command + " 2>/dev/null", status);
            NS_TEST_ASSERT_MSG_EQ(status, 0, s.name << ": tshark failed");
            while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            {
                line.pop_back();
            }
            std::vector<std::string> shown;
            std::istringstream values(line);
            for (std::string v; std::getline(values, v, ';');)
            {
                shown.push_back(v);
            }
            shown.resize(s.fields.size());
            for (std::size_t i = 0; i < s.fields.size(); ++i)
            {
                NS_TEST_EXPECT_MSG_EQ(shown[i], s.fields[i].second,
                                      s.name << ": field " << s.fields[i].first);
            }
        }
    }
};

} // namespace

TestCase*
MakeNgapTsharkTestCase()
{
    return new NgapTsharkTestCase;
}

} // namespace ngaptest
} // namespace ns3
