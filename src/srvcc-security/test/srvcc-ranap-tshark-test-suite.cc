/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-ranap-tshark: decodes the module's Iu messages with tshark (Wireshark's RANAP dissector)
 * and checks the values it shows: the wire format is right only if an independent decoder
 * agrees.
 *
 * Each RANAP-PDU (without the 4-octet connection reference, which stands for the SCCP
 * connection and is not RANAP) goes into a pcap of link type 252 (Wireshark's exported PDU),
 * whose tag list names the dissector "ranap", and is read back with
 *   tshark -n -r FILE -T fields -E separator=; -e ranap.procedureCode -e ...
 * under an empty WIRESHARK_CONFIG_DIR so that only default preferences apply. The test fails
 * with a clear message when tshark is not installed. No packet may be malformed or carry an
 * expert info (RANAP's dissector adds none to a well-formed PDU).
 */
#include "ns3/pcap-file.h"
#include "ns3/srvcc-iu-connection-reference.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "ns3/test.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

constexpr uint32_t kLinkTypeExportedPdu = 252; // LINKTYPE_WIRESHARK_UPPER_PDU
constexpr uint16_t kTagDissectorName = 12;     // EXP_PDU_TAG_DISSECTOR_NAME
constexpr uint16_t kTagEndOfOptions = 0;

/** The tshark fields this test reads; every name was checked with `tshark -G fields`. */
const std::vector<std::string> kFields = {
    "frame.number",
    "ranap.RANAP_PDU",
    "ranap.procedureCode",
    "ranap.id",
    "e212.imsi",
    "ranap.CN_DomainIndicator",
    "ranap.radioNetwork",
    "ranap.nAS",
    "ranap.misc",
    "ranap.key",
    "ranap.permittedAlgorithms",
    "ranap.IntegrityProtectionAlgorithm",
    "ranap.EncryptionAlgorithm",
    "ranap.ChosenIntegrityProtectionAlgorithm",
    "ranap.ChosenEncryptionAlgorithm",
    "ranap.IuSignallingConnectionIdentifier",
    "ranap.rRC_Container",
    "ranap.numberOfIuInstances",
    "ranap.relocationType",
    "_ws.malformed",
    "_ws.expert.message",
};

const char* kImsi = "001010123456789";

srvcc::Key128
Ck()
{
    return srvcc::Key128::FromHex("000102030405060708090a0b0c0d0e0f", "ck");
}

srvcc::Key128
Ik()
{
    return srvcc::Key128::FromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f", "ik");
}

std::string
Hex(const std::vector<uint8_t>& octets)
{
    std::string out;
    char two[3];
    for (uint8_t o : octets)
    {
        std::snprintf(two, sizeof(two), "%02x", o);
        out += two;
    }
    return out;
}

/** One packet of the capture and what tshark must show for it. */
struct Frame
{
    std::string what;
    std::vector<uint8_t> pdu;
    std::map<std::string, std::string> expected; ///< field -> value ('|' joins occurrences)
};

std::string
RunCommand(const std::string& command, int& status)
{
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
    {
        status = -1;
        return output;
    }
    char chunk[4096];
    std::size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), pipe)) > 0)
    {
        output.append(chunk, n);
    }
    status = pclose(pipe);
    return output;
}

std::vector<std::string>
Split(const std::string& line, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(line);
    while (std::getline(in, part, separator))
    {
        parts.push_back(part);
    }
    if (!line.empty() && line.back() == separator)
    {
        parts.emplace_back();
    }
    return parts;
}

std::string
ReadFile(const std::string& path)
{
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/** The RANAP-PDU of \p m as a capture writer takes it: the connection reference skipped. */
std::vector<uint8_t>
Pdu(const SrvccIuMessage& m)
{
    const std::vector<uint8_t> octets = IuToBytes(m);
    return std::vector<uint8_t>(octets.begin() + kIuConnectionReferenceSize, octets.end());
}

/** The exported-PDU record: tag 12 "ranap" (NUL-padded to 8 octets), end of options, the PDU. */
std::vector<uint8_t>
ExportedPdu(const std::vector<uint8_t>& pdu)
{
    const std::string name = "ranap";
    const std::size_t padded = (name.size() + 3) / 4 * 4;
    std::vector<uint8_t> out;
    auto u16 = [&out](uint16_t v)
    {
        out.push_back(static_cast<uint8_t>(v >> 8));
        out.push_back(static_cast<uint8_t>(v));
    };
    // Tags and lengths in network byte order; the length counts the NUL padding too (the
    // dissector steps over exactly that many octets to the next tag).
    u16(kTagDissectorName);
    u16(static_cast<uint16_t>(padded));
    for (std::size_t i = 0; i < padded; ++i)
    {
        out.push_back(i < name.size() ? static_cast<uint8_t>(name[i]) : 0);
    }
    u16(kTagEndOfOptions);
    u16(0);
    out.insert(out.end(), pdu.begin(), pdu.end());
    return out;
}

class RanapTsharkTestCase : public TestCase
{
  public:
    RanapTsharkTestCase()
        : TestCase("tshark decodes every Iu message as RANAP with the right values")
    {
    }

  private:
    std::vector<Frame> BuildFrames();
    void CheckOutput(const std::string& output, const std::vector<Frame>& frames);
    void DoRun() override;
};

std::vector<Frame>
RanapTsharkTestCase::BuildFrames()
{
    std::vector<Frame> frames;
    const std::vector<uint8_t> rrcToTarget = {0x11, 0x22, 0x33, 0x44};
    const std::vector<uint8_t> rrcToSource = {0x55, 0x66, 0x77};

    SrvccIuRelocationRequest request;
    request.SetUeId(7);
    request.SetImsi(kImsi);
    request.SetCk(Ck());
    request.SetIk(Ik());
    request.SetPermittedIntegrityAlgorithms(0x06);
    request.SetPermittedCipheringAlgorithms(0x07);
    request.SetSourceToTargetContainer(EncodeSourceRncToTargetRncContainer(rrcToTarget));
    request.SetIuSigConId(0x800007);
    // The IEs in order: 23 IMSI, 4 Cause, 3 CN domain, 61 container, 12, 11, 79.
    frames.push_back({"Relocation Request",
                      Pdu(request),
                      {{"ranap.RANAP_PDU", "0"},
                       {"ranap.procedureCode", "3"},
                       {"ranap.id", "23|4|3|61|12|11|79"},
                       {"e212.imsi", kImsi},
                       {"ranap.CN_DomainIndicator", "0"},
                       {"ranap.radioNetwork", "43"},
                       {"ranap.key", Ik().RevealHex() + "|" + Ck().RevealHex()},
                       {"ranap.permittedAlgorithms", "2|3"},
                       {"ranap.IntegrityProtectionAlgorithm", "0|1"},
                       {"ranap.EncryptionAlgorithm", "0|1|2"},
                       {"ranap.IuSignallingConnectionIdentifier", "800007"},
                       {"ranap.rRC_Container", Hex(rrcToTarget)},
                       {"ranap.numberOfIuInstances", "1"},
                       {"ranap.relocationType", "1"}}});

    // The unauthenticated emergency session: integrity protection not started, no key.
    request.SetPermittedIntegrityAlgorithms(0x01);
    request.SetPermittedCipheringAlgorithms(0x01);
    frames.push_back({"Relocation Request, integrity protection not started",
                      Pdu(request),
                      {{"ranap.procedureCode", "3"},
                       {"ranap.id", "23|4|3|61|79"},
                       {"e212.imsi", kImsi},
                       {"ranap.key", ""},
                       {"ranap.permittedAlgorithms", ""},
                       {"ranap.IntegrityProtectionAlgorithm", ""},
                       {"ranap.EncryptionAlgorithm", ""}}});

    SrvccIuRelocationRequestAcknowledge ack;
    ack.SetUeId(7);
    ack.SetChosenIntegrityAlgorithm(2);
    ack.SetChosenCipheringAlgorithm(1);
    ack.SetTargetToSourceContainer(EncodeTargetRncToSourceRncContainer(rrcToSource));
    frames.push_back({"Relocation Request Acknowledge",
                      Pdu(ack),
                      {{"ranap.RANAP_PDU", "1"},
                       {"ranap.procedureCode", "3"},
                       {"ranap.id", "63|6|5"},
                       {"ranap.ChosenIntegrityProtectionAlgorithm", "1"}, // UIA2
                       {"ranap.ChosenEncryptionAlgorithm", "1"},          // UEA1
                       {"ranap.rRC_Container", Hex(rrcToSource)}}});
    ack.SetChosenIntegrityAlgorithm(0);
    ack.SetChosenCipheringAlgorithm(0);
    frames.push_back({"Relocation Request Acknowledge, integrity protection not started",
                      Pdu(ack),
                      {{"ranap.id", "63|5"},
                       {"ranap.ChosenIntegrityProtectionAlgorithm", ""},
                       {"ranap.ChosenEncryptionAlgorithm", "0"}}}); // no-encryption

    SrvccIuRelocationFailure failure;
    failure.SetCause(IuCause::kNoRadioResources);
    frames.push_back(
        {"Relocation Failure",
         Pdu(failure),
         {{"ranap.RANAP_PDU", "2"}, {"ranap.procedureCode", "3"}, {"ranap.radioNetwork", "53"}}});
    frames.push_back({"Relocation Detect",
                      Pdu(SrvccIuRelocationDetect()),
                      {{"ranap.RANAP_PDU", "0"}, {"ranap.procedureCode", "12"}, {"ranap.id", ""}}});
    frames.push_back({"Relocation Complete",
                      Pdu(SrvccIuRelocationComplete()),
                      {{"ranap.RANAP_PDU", "0"}, {"ranap.procedureCode", "13"}}});
    SrvccIuReleaseRequest giveUp;
    giveUp.SetCause(IuCause::kIntegrityCheckFailure);
    frames.push_back({"Iu Release Request (MAC-I did not verify)",
                      Pdu(giveUp),
                      {{"ranap.procedureCode", "11"}, {"ranap.radioNetwork", "37"}}});
    SrvccIuReleaseCommand release;
    release.SetCause(IuCause::kRelocationCancelled);
    frames.push_back(
        {"Iu Release Command",
         Pdu(release),
         {{"ranap.RANAP_PDU", "0"}, {"ranap.procedureCode", "1"}, {"ranap.radioNetwork", "10"}}});
    release.SetCause(IuCause::kNormalRelease);
    frames.push_back({"Iu Release Command, normal release", Pdu(release), {{"ranap.nAS", "83"}}});
    release.SetCause(IuCause::kUnspecified);
    frames.push_back({"Iu Release Command, unspecified", Pdu(release), {{"ranap.misc", "115"}}});
    frames.push_back({"Iu Release Complete",
                      Pdu(SrvccIuReleaseComplete()),
                      {{"ranap.RANAP_PDU", "1"}, {"ranap.procedureCode", "1"}}});
    return frames;
}

void
RanapTsharkTestCase::CheckOutput(const std::string& output, const std::vector<Frame>& frames)
{
    std::vector<std::string> lines = Split(output, '\n');
    while (!lines.empty() && lines.back().empty())
    {
        lines.pop_back();
    }
    NS_TEST_ASSERT_MSG_EQ(lines.size(), frames.size(),
                          "tshark printed " << lines.size() << " lines for " << frames.size()
                                            << " packets:\n"
                                            << output);
    if (lines.size() != frames.size())
    {
        return; // the runner may continue on failure: never index past the lines
    }
    for (std::size_t i = 0; i < frames.size(); ++i)
    {
        const std::vector<std::string> values = Split(lines[i], ';');
        NS_TEST_EXPECT_MSG_EQ(values.size(), kFields.size(), "line " << i + 1 << ": " << lines[i]);
        if (values.size() != kFields.size())
        {
            continue;
        }
        std::map<std::string, std::string> shown;
        for (std::size_t f = 0; f < kFields.size(); ++f)
        {
            shown[kFields[f]] = values[f];
        }
        const Frame& frame = frames[i];
        NS_TEST_EXPECT_MSG_EQ(shown["_ws.malformed"], "", frame.what << " is malformed for tshark");
        NS_TEST_EXPECT_MSG_EQ(shown["_ws.expert.message"], "",
                              frame.what << ": unexpected expert info");
        for (const auto& [field, value] : frame.expected)
        {
            NS_TEST_EXPECT_MSG_EQ(shown[field], value, frame.what << ": field " << field);
        }
    }
}

void
RanapTsharkTestCase::DoRun()
{
    int status = 0;
    RunCommand("command -v tshark >/dev/null 2>&1", status);
    NS_TEST_ASSERT_MSG_EQ(status, 0,
                          "tshark is not installed or not on PATH; this test decodes the "
                          "module's RANAP messages with it (Debian: apt-get install tshark)");

    char pattern[] = "/tmp/srvcc-ranap-tshark-XXXXXX";
    const char* dir = mkdtemp(pattern);
    NS_TEST_ASSERT_MSG_NE(dir, nullptr, "cannot create a temporary directory");
    const std::string base(dir);
    struct RemoveOnExit
    {
        std::string path;

        ~RemoveOnExit()
        {
            if (std::getenv("SRVCC_KEEP_RANAP_PCAP") != nullptr)
            {
                return; // for a look with tshark -V
            }
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    } cleanup{base};
    const std::string pcapPath = base + "/iu.pcap";
    const std::string configDir = base + "/wireshark-config"; // empty: default preferences
    std::filesystem::create_directories(configDir);

    const std::vector<Frame> frames = BuildFrames();
    {
        PcapFile pcap;
        pcap.Open(pcapPath, std::ios::out);
        pcap.Init(kLinkTypeExportedPdu);
        uint32_t second = 1;
        for (const Frame& frame : frames)
        {
            const std::vector<uint8_t> record = ExportedPdu(frame.pdu);
            pcap.Write(second++, 0, record.data(), static_cast<uint32_t>(record.size()));
        }
        pcap.Close();
    }

    std::string fields;
    for (const std::string& f : kFields)
    {
        fields += " -e " + f;
    }
    const std::string errors = base + "/stderr.txt";
    const std::string output
        = RunCommand("WIRESHARK_CONFIG_DIR='" + configDir + "' tshark -n -r '" + pcapPath
                         + "' -T fields -E separator=';' -E occurrence=a -E aggregator='|' "
                           "-E quote=n"
                         + fields + " 2>'" + errors + "'",
                     status);
    NS_TEST_ASSERT_MSG_EQ(status, 0, "tshark failed: " << ReadFile(errors));
    if (status != 0)
    {
        return;
    }
    CheckOutput(output, frames);

    // The protocol column names each message as Wireshark's RANAP does.
    const std::string info
        = RunCommand("WIRESHARK_CONFIG_DIR='" + configDir + "' tshark -n -r '" + pcapPath
                         + "' -T fields -e _ws.col.Protocol 2>/dev/null",
                     status);
    for (const std::string& protocol : Split(info, '\n'))
    {
        if (!protocol.empty())
        {
            NS_TEST_EXPECT_MSG_EQ(protocol, "RANAP", "protocol column");
        }
    }
}

class SrvccRanapTsharkTestSuite : public TestSuite
{
  public:
    SrvccRanapTsharkTestSuite() : TestSuite("srvcc-ranap-tshark", SYSTEM)
    {
        AddTestCase(new RanapTsharkTestCase, TestCase::QUICK);
    }
};

SrvccRanapTsharkTestSuite g_srvccRanapTsharkTestSuite;

} // namespace
