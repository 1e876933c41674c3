/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Decodes the module's 5GMM NAS PDUs with tshark (Wireshark's NAS-5GS dissector) and checks what
 * it shows: the message types, the 5GS mobile identity, RAND / AUTN / RES* / AUTS, the 5GMM
 * causes, the security header type, the MAC and the sequence number of the protected PDUs.
 *
 * Each PDU goes into a pcap of Wireshark's exported-PDU link type (252) whose tag list names the
 * dissector "nas-5gs" (EXP_PDU_TAG_DISSECTOR_NAME), read back with
 *   tshark -n -r FILE -T fields -e nas_5gs.mm.message_type -e ...
 * under an empty WIRESHARK_CONFIG_DIR (default preferences): a ciphered message then shows as
 * encrypted data behind its header. A second pass with "nas-5gs.null_decipher" (Wireshark's
 * "Try to detect and decode 5G-EA0 ciphered messages") reads the messages ciphered with NEA0.
 * No packet may be malformed or carry an expert info of severity warning or error. A second case
 * does the same for the NAS PDUs a simulated registration sends (5G AKA, a synch failure with
 * resynchronisation, an unauthenticated emergency registration with NIA0/NEA0, a rejected
 * subscriber): the message types are those the nodes traced, and the MACs tshark shows are those
 * the crypto core computes with the KNASint of the AMF's KAMF. The suite is skipped, with a
 * message, when tshark is not installed.
 */
#include "ns3/boolean.h"
#include "ns3/packet.h"
#include "ns3/pcap-file.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-nas-protection.h"
#include "ns3/srvcc-rrc-messages.h"
#include "ns3/test.h"
#include "srvcc-test-require.h"
#include "srvcc/hex.h"
#include "srvcc/kdf-ts33501.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/** Wireshark's LINKTYPE_WIRESHARK_UPPER_PDU and its tags (wiretap/exported_pdu.h). */
constexpr uint32_t kLinkTypeUpperPdu = 252;
constexpr uint16_t kTagDissectorName = 12;
constexpr uint16_t kTagEndOfOptions = 0;

/** The tshark fields this test reads; every name was checked with `tshark -G fields`. */
const std::vector<std::string> kFields = {
    "nas_5gs.epd",
    "nas_5gs.security_header_type",
    "nas_5gs.msg_auth_code",
    "nas_5gs.seq_no",
    "nas_5gs.mm.message_type",
    "nas_5gs.mm.5gs_reg_type",
    "nas_5gs.mm.nas_key_set_id",
    "nas_5gs.mm.nas_key_set_id.h1",
    "nas_5gs.mm.type_id",
    "nas_5gs.mm.suci.supi_fmt",
    "nas_5gs.mm.suci.scheme_id",
    "nas_5gs.mm.suci.msin",
    "e212.mcc",
    "e212.mnc",
    "nas_5gs.mm.imei",
    "nas_5gs.mm.imeisv",
    "nas_5gs.mm.128_5g_ea2",
    "nas_5gs.mm.5g_128_ia2",
    "nas_5gs.mm.abba_contents",
    "gsm_a.dtap.rand",
    "gsm_a.dtap.autn",
    "nas_eps.emm.res",
    "gsm_a.dtap.auts",
    "nas_5gs.mm.5gmm_cause",
    "nas_5gs.mm.nas_sec_algo_enc",
    "nas_5gs.mm.nas_sec_algo_ip",
    "nas_eps.emm.imeisv_req",
    "nas_5gs.mm.rinmr",
    "nas_5gs.mm.reg_res.res",
    "nas_5gs.mm.reg_res.emergency_reg",
    "_ws.malformed",
    "_ws.expert.message",
    "_ws.expert.severity",
};

/** PI_WARN and PI_ERROR (epan/proto.h): what no packet may carry. */
constexpr unsigned long kSeverityWarning = 0x00600000;

/** One NAS PDU of the capture and what tshark must show for it in each pass. */
struct Frame
{
    std::string what;
    std::vector<uint8_t> pdu;
    std::map<std::string, std::string> expected; ///< both passes ('|' joins occurrences)
    std::map<std::string, std::string> expectedNullDecipher; ///< pass 2 only
    /**
     * Ciphered with a real NEA: left out of pass 2, where Wireshark would take the ciphertext
     * for a 5G-EA0 message (as the preference tells it) and report it as not NAS.
     */
    bool ciphered{false};
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
Hex(const uint8_t* data, std::size_t n)
{
    return srvcc::ToHex(data, n);
}

/** \return the exported-PDU record of \p pdu: the dissector-name tag, the end tag, the PDU. */
Ptr<Packet>
ExportedPdu(const std::vector<uint8_t>& pdu)
{
    const std::string name = "nas-5gs";
    const std::size_t padded = (name.size() + 3) / 4 * 4;
    std::vector<uint8_t> record;
    auto u16 = [&record](uint16_t v)
    {
        record.push_back(static_cast<uint8_t>(v >> 8));
        record.push_back(static_cast<uint8_t>(v));
    };
    u16(kTagDissectorName);
    u16(static_cast<uint16_t>(padded));
    record.insert(record.end(), name.begin(), name.end());
    record.resize(4 + padded, 0);
    u16(kTagEndOfOptions);
    u16(0);
    record.insert(record.end(), pdu.begin(), pdu.end());
    return Create<Packet>(record.data(), static_cast<uint32_t>(record.size()));
}

SrvccNasSecurityKeys
Keys(srvcc::NasCipheringAlgorithm nea)
{
    SrvccNasSecurityKeys keys;
    keys.nia = srvcc::NasIntegrityAlgorithm::kNia2;
    keys.knasInt = srvcc::Key128::FromHex("2bd6459f82c5b300952c49104881ff48", "knasint");
    keys.nea = nea;
    keys.knasEnc = srvcc::Key128::FromHex("d3c5d592327fb11c4035c6680af8c6d1", "knasenc");
    return keys;
}

/** "0x" and the 4 MAC octets of a protected \p pdu, as tshark prints a FT_UINT32 in hex. */
std::string
MacField(const std::vector<uint8_t>& pdu)
{
    return "0x" + Hex(pdu.data() + 2, 4);
}

std::vector<Frame>
BuildFrames()
{
    std::vector<Frame> frames;
    srvcc::Rand rand{};
    srvcc::Autn autn{};
    for (std::size_t i = 0; i < 16; ++i)
    {
        rand[i] = static_cast<uint8_t>(0xa0 + i);
        autn[i] = static_cast<uint8_t>(0x30 + i);
    }
    const std::string randHex = Hex(rand.data(), rand.size());
    const std::string autnHex = Hex(autn.data(), autn.size());

    {
        SrvccNasRegistrationRequest m;
        m.SetSupi("001010000000005");
        frames.push_back({"Registration Request (SUCI, null scheme)",
                          m.Encode(),
                          {{"nas_5gs.epd", "126"},
                           {"nas_5gs.security_header_type", "0"},
                           {"nas_5gs.mm.message_type", "0x41"},
                           {"nas_5gs.mm.5gs_reg_type", "1"},
                           {"nas_5gs.mm.nas_key_set_id.h1", "7"},
                           {"nas_5gs.mm.type_id", "1"},
                           {"nas_5gs.mm.suci.supi_fmt", "0"},
                           {"nas_5gs.mm.suci.scheme_id", "0"},
                           {"nas_5gs.mm.suci.msin", "0000000005"},
                           {"e212.mcc", "1"},
                           {"e212.mnc", "1"},
                           {"nas_5gs.mm.128_5g_ea2", "1"},
                           {"nas_5gs.mm.5g_128_ia2", "1"}},
                          {}});
    }
    {
        SrvccNasRegistrationRequest m;
        m.SetRegistrationType(NasRegistrationType::kEmergency);
        m.SetPei("356938035643809");
        frames.push_back({"Registration Request (emergency, IMEI)",
                          m.Encode(),
                          {{"nas_5gs.mm.message_type", "0x41"},
                           {"nas_5gs.mm.5gs_reg_type", "4"},
                           {"nas_5gs.mm.type_id", "3"},
                           {"nas_5gs.mm.imei", "356938035643809"}},
                          {}});
    }
    {
        SrvccNasAuthenticationRequest m;
        m.SetNgksi(2);
        m.SetRand(rand);
        m.SetAutn(autn);
        frames.push_back({"Authentication Request",
                          m.Encode(),
                          {{"nas_5gs.mm.message_type", "0x56"},
                           {"nas_5gs.mm.nas_key_set_id", "2"},
                           {"nas_5gs.mm.abba_contents", "0000"},
                           {"gsm_a.dtap.rand", randHex},
                           {"gsm_a.dtap.autn", autnHex}},
                          {}});
    }
    {
        SrvccNasAuthenticationResponse m;
        m.SetResStar(srvcc::Key128::FromHex("00112233445566778899aabbccddeeff", "res*"));
        frames.push_back({"Authentication Response",
                          m.Encode(),
                          {{"nas_5gs.mm.message_type", "0x57"},
                           {"nas_eps.emm.res", "00112233445566778899aabbccddeeff"}},
                          {}});
    }
    for (uint8_t cause : {Nas5gmmCause::kMacFailure, Nas5gmmCause::kSynchFailure,
                          Nas5gmmCause::kNon5gAuthenticationUnacceptable})
    {
        SrvccNasAuthenticationFailure m;
        m.SetCause(cause);
        srvcc::Auts auts{};
        for (std::size_t i = 0; i < auts.size(); ++i)
        {
            auts[i] = static_cast<uint8_t>(0xc0 + i);
        }
        m.SetAuts(auts);
        frames.push_back(
            {"Authentication Failure #" + std::to_string(cause),
             m.Encode(),
             {{"nas_5gs.mm.message_type", "0x59"},
              {"nas_5gs.mm.5gmm_cause", std::to_string(cause)},
              {"gsm_a.dtap.auts",
               cause == Nas5gmmCause::kSynchFailure ? Hex(auts.data(), auts.size()) : ""}},
             {}});
    }
    frames.push_back({"Authentication Reject",
                      SrvccNasAuthenticationReject().Encode(),
                      {{"nas_5gs.mm.message_type", "0x58"}},
                      {}});
    {
        SrvccNasSecurityModeCommand m;
        m.SetAlgorithms(srvcc::NasIntegrityAlgorithm::kNia2, srvcc::NasCipheringAlgorithm::kNea2);
        m.SetNgksi(2);
        m.SetReplayedCapability(0x07, 0x07);
        m.SetImeisvRequested(true);
        m.SetRetransmissionRequested(true);
        const std::vector<uint8_t> pdu
            = ProtectNasMessage(m.Encode(), NasSecurityHeaderType::kIntegrityProtectedNewContext,
                                Keys(srvcc::NasCipheringAlgorithm::kNea2), 0, kNasDownlink);
        frames.push_back({"Security Mode Command (type 3, 128-NIA2)",
                          pdu,
                          {{"nas_5gs.security_header_type", "3|0"},
                           {"nas_5gs.msg_auth_code", MacField(pdu)},
                           {"nas_5gs.seq_no", "0"},
                           {"nas_5gs.mm.message_type", "0x5d"},
                           {"nas_5gs.mm.nas_sec_algo_enc", "2"},
                           {"nas_5gs.mm.nas_sec_algo_ip", "2"},
                           {"nas_eps.emm.imeisv_req", "1"},
                           {"nas_5gs.mm.rinmr", "1"}},
                          {}});
        NS_ASSERT(MacField(pdu) != "0x00000000");
    }
    {
        SrvccNasSecurityModeCommand m;
        m.SetAlgorithms(srvcc::NasIntegrityAlgorithm::kNia0, srvcc::NasCipheringAlgorithm::kNea0);
        m.SetReplayedCapability(0x07, 0x07);
        const std::vector<uint8_t> pdu
            = ProtectNasMessage(m.Encode(), NasSecurityHeaderType::kIntegrityProtectedNewContext,
                                SrvccNasSecurityKeys{}, 0, kNasDownlink);
        frames.push_back({"Security Mode Command (type 3, NIA0: MAC 0)",
                          pdu,
                          {{"nas_5gs.security_header_type", "3|0"},
                           {"nas_5gs.msg_auth_code", "0x00000000"},
                           {"nas_5gs.mm.message_type", "0x5d"},
                           {"nas_5gs.mm.nas_sec_algo_ip", "0"}},
                          {}});
    }
    SrvccNasRegistrationRequest initial;
    initial.SetSupi("001010000000005");
    SrvccNasSecurityModeComplete complete;
    complete.SetPei("3569380356438091");
    complete.SetNasMessageContainer(initial.Encode());
    {
        const std::vector<uint8_t> pdu = ProtectNasMessage(
            complete.Encode(), NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext,
            Keys(srvcc::NasCipheringAlgorithm::kNea2), 0, kNasUplink);
        frames.push_back({"Security Mode Complete (type 4, 128-NEA2: ciphered)",
                          pdu,
                          {{"nas_5gs.security_header_type", "4"},
                           {"nas_5gs.msg_auth_code", MacField(pdu)},
                           {"nas_5gs.seq_no", "0"},
                           {"nas_5gs.mm.message_type", ""}},
                          {},
                          true});
    }
    {
        const std::vector<uint8_t> pdu = ProtectNasMessage(
            complete.Encode(), NasSecurityHeaderType::kIntegrityProtectedAndCipheredNewContext,
            Keys(srvcc::NasCipheringAlgorithm::kNea0), 0, kNasUplink);
        frames.push_back({"Security Mode Complete (type 4, NEA0)",
                          pdu,
                          {{"nas_5gs.msg_auth_code", MacField(pdu)}, {"nas_5gs.seq_no", "0"}},
                          {{"nas_5gs.security_header_type", "4|0|0"},
                           {"nas_5gs.mm.message_type", "0x5e|0x41"},
                           {"nas_5gs.mm.imeisv", "3569380356438091"},
                           {"nas_5gs.mm.suci.msin", "0000000005"}}});
    }
    {
        SrvccNasSecurityModeReject m;
        m.SetCause(Nas5gmmCause::kSecurityModeRejectedUnspecified);
        frames.push_back({"Security Mode Reject #24",
                          m.Encode(),
                          {{"nas_5gs.mm.message_type", "0x5f"}, {"nas_5gs.mm.5gmm_cause", "24"}},
                          {}});
    }
    {
        SrvccNasRegistrationAccept m;
        const std::vector<uint8_t> pdu
            = ProtectNasMessage(m.Encode(), NasSecurityHeaderType::kIntegrityProtectedAndCiphered,
                                Keys(srvcc::NasCipheringAlgorithm::kNea2), 1, kNasDownlink);
        frames.push_back({"Registration Accept (type 2, 128-NEA2: ciphered)",
                          pdu,
                          {{"nas_5gs.security_header_type", "2"},
                           {"nas_5gs.msg_auth_code", MacField(pdu)},
                           {"nas_5gs.seq_no", "1"},
                           {"nas_5gs.mm.message_type", ""}},
                          {},
                          true});
    }
    {
        SrvccNasRegistrationAccept m;
        m.SetEmergencyRegistered(true);
        const std::vector<uint8_t> pdu
            = ProtectNasMessage(m.Encode(), NasSecurityHeaderType::kIntegrityProtectedAndCiphered,
                                SrvccNasSecurityKeys{}, 1, kNasDownlink);
        frames.push_back({"Registration Accept (type 2, NIA0 / NEA0, emergency)",
                          pdu,
                          {{"nas_5gs.msg_auth_code", "0x00000000"}, {"nas_5gs.seq_no", "1"}},
                          {{"nas_5gs.security_header_type", "2|0"},
                           {"nas_5gs.mm.message_type", "0x42"},
                           {"nas_5gs.mm.reg_res.res", "1"},
                           {"nas_5gs.mm.reg_res.emergency_reg", "1"}}});
    }
    {
        SrvccNasRegistrationReject m;
        m.SetCause(Nas5gmmCause::kIllegalUe);
        frames.push_back({"Registration Reject #3",
                          m.Encode(),
                          {{"nas_5gs.mm.message_type", "0x44"}, {"nas_5gs.mm.5gmm_cause", "3"}},
                          {}});
    }
    {
        SrvccNasRegistrationReject m;
        m.SetCause(Nas5gmmCause::kPeiNotAccepted);
        frames.push_back({"Registration Reject #5",
                          m.Encode(),
                          {{"nas_5gs.mm.message_type", "0x44"}, {"nas_5gs.mm.5gmm_cause", "5"}},
                          {}});
    }
    return frames;
}

void
WritePcap(const std::string& path, const std::vector<Frame>& frames)
{
    PcapFile pcap;
    pcap.Open(path, std::ios::out);
    pcap.Init(kLinkTypeUpperPdu);
    uint32_t second = 1;
    for (const Frame& frame : frames)
    {
        pcap.Write(second++, 0, ExportedPdu(frame.pdu));
    }
    pcap.Close();
}

/** A test case that checks tshark's output for frames. */
class NasTsharkCheck : public TestCase
{
  public:
    using TestCase::TestCase;

  protected:
    void Check(const std::string& output, const std::vector<Frame>& frames, bool nullDecipher);
};

class NasTsharkTestCase : public NasTsharkCheck
{
  public:
    NasTsharkTestCase() : NasTsharkCheck("tshark decodes every 5GMM NAS PDU with the right values")
    {
    }

  private:
    void DoRun() override;
};

void
NasTsharkCheck::Check(const std::string& output, const std::vector<Frame>& frames,
                      bool nullDecipher)
{
    const std::string pass = nullDecipher ? "null_decipher" : "defaults";
    std::vector<std::string> lines = Split(output, '\n');
    while (!lines.empty() && lines.back().empty())
    {
        lines.pop_back();
    }
    SRVCC_REQUIRE_EQ(lines.size(), frames.size(), pass << ": one line per packet:\n" << output);
    for (std::size_t i = 0; i < frames.size(); ++i)
    {
        const std::vector<std::string> values = Split(lines[i], ';');
        SRVCC_REQUIRE_EQ(values.size(), kFields.size(), pass << ": line " << i + 1);
        std::map<std::string, std::string> shown;
        for (std::size_t f = 0; f < kFields.size(); ++f)
        {
            shown[kFields[f]] = values[f];
        }
        const Frame& frame = frames[i];
        NS_TEST_EXPECT_MSG_EQ(shown["_ws.malformed"], "",
                              pass << ": " << frame.what << " is malformed for tshark");
        const std::vector<std::string> messages = Split(shown["_ws.expert.message"], '|');
        const std::vector<std::string> severities = Split(shown["_ws.expert.severity"], '|');
        for (std::size_t e = 0; e < severities.size(); ++e)
        {
            const unsigned long severity = std::strtoul(severities[e].c_str(), nullptr, 0);
            const bool belowWarning = severity < kSeverityWarning;
            NS_TEST_EXPECT_MSG_EQ(belowWarning, true,
                                  pass << ": " << frame.what << ": expert info '"
                                       << (e < messages.size() ? messages[e] : "?")
                                       << "' of severity " << severities[e]);
        }
        for (const auto& [field, value] : frame.expected)
        {
            NS_TEST_EXPECT_MSG_EQ(shown[field], value, pass << ": " << frame.what << ": " << field);
        }
        if (nullDecipher)
        {
            for (const auto& [field, value] : frame.expectedNullDecipher)
            {
                NS_TEST_EXPECT_MSG_EQ(shown[field], value,
                                      pass << ": " << frame.what << ": " << field);
            }
        }
    }
}

void
NasTsharkTestCase::DoRun()
{
    int status = 0;
    RunCommand("command -v tshark >/dev/null 2>&1", status);
    if (status != 0)
    {
        std::clog << "srvcc-nas-tshark: tshark is not installed, the decode check is skipped "
                     "(Debian: apt-get install tshark)\n";
        return;
    }
    char pattern[] = "/tmp/srvcc-nas-tshark-XXXXXX";
    const char* dir = mkdtemp(pattern);
    SRVCC_REQUIRE_NE(dir, nullptr, "cannot create a temporary directory");
    const std::string base(dir);
    struct RemoveOnExit
    {
        std::string path;

        ~RemoveOnExit()
        {
            if (std::getenv("SRVCC_KEEP_TSHARK_FILES") == nullptr)
            {
                std::error_code ignored;
                std::filesystem::remove_all(path, ignored);
            }
        }
    } cleanup{base};
    const std::string pcapPath = base + "/nas.pcap";
    const std::string configDir = base + "/wireshark-config"; // empty: default preferences
    std::filesystem::create_directories(configDir);

    const std::vector<Frame> frames = BuildFrames();
    std::vector<Frame> nea0Frames;
    for (const Frame& frame : frames)
    {
        if (!frame.ciphered)
        {
            nea0Frames.push_back(frame);
        }
    }
    const std::string nea0Path = base + "/nas-nea0.pcap";
    WritePcap(pcapPath, frames);
    WritePcap(nea0Path, nea0Frames);
    std::string fields;
    for (const std::string& f : kFields)
    {
        fields += " -e " + f;
    }
    auto tshark = [&](const std::string& pcap, const std::string& options)
    {
        return "WIRESHARK_CONFIG_DIR='" + configDir + "' tshark -n -r '" + pcap + "'" + options
               + " -T fields -E separator=';' -E occurrence=a -E aggregator='|' -E quote=n" + fields
               + " 2>/dev/null";
    };
    // Pass 1: default preferences, every PDU.
    const std::string out1 = RunCommand(tshark(pcapPath, ""), status);
    SRVCC_REQUIRE_EQ(status, 0, "tshark failed: " << out1);
    Check(out1, frames, false);
    // Pass 2: the PDUs in clear or with 5G-EA0, read inside their protected header.
    const std::string out2 = RunCommand(tshark(nea0Path, " -o nas-5gs.null_decipher:TRUE"), status);
    SRVCC_REQUIRE_EQ(status, 0, "tshark failed: " << out2);
    Check(out2, nea0Frames, true);
}

/** The NAS PDUs of a simulated registration, decoded by tshark. */
class NasTsharkSimulationTestCase : public NasTsharkCheck
{
  public:
    NasTsharkSimulationTestCase()
        : NasTsharkCheck(
            "tshark decodes the NAS PDUs of simulated registrations as the nodes hold them")
    {
    }

  private:
    struct Sent
    {
        uint32_t ue;
        SrvccMessageType type;
        std::vector<uint8_t> pdu;
    };

    void DoRun() override;
    /** MessageSent of the UEs (bare NAS PDUs on NR-Uu) and the AMF (behind the N2 carrier). */
    void OnSent(SrvccInterface iface, SrvccMessageType type, uint32_t ue, uint64_t imsi,
                Ptr<const Packet> packet);
    std::vector<Sent> m_sent;
};

void
NasTsharkSimulationTestCase::OnSent(SrvccInterface iface, SrvccMessageType type, uint32_t ue,
                                    uint64_t /* imsi */, Ptr<const Packet> packet)
{
    // From the AMF: NGAP Downlink NAS Transport (TS 38.413 8.6.2); from the UE: NR RRC
    // ULInformationTransfer (TS 38.331 5.7.2). The test keeps the NAS PDU inside.
    const std::vector<uint8_t> octets = NasPduOctets(packet);
    try
    {
        if (iface == SrvccInterface::kN2 && !octets.empty() && octets[0] == 0x00)
        {
            SrvccN2DownlinkNasTransport downlink;
            packet->Copy()->RemoveHeader(downlink);
            m_sent.push_back(
                {static_cast<uint32_t>(downlink.GetRanUeNgapId()), type, downlink.GetNasPdu()});
        }
        else if (iface == SrvccInterface::kNrUu)
        {
            SrvccNrInformationTransfer ul(false);
            ul.Decode(octets);
            m_sent.push_back({ue, type, ul.GetDedicatedNasMessage()});
        }
    }
    catch (const std::exception&)
    {
        // another message on these interfaces (a handover message): not NAS
    }
}

void
NasTsharkSimulationTestCase::DoRun()
{
    int status = 0;
    RunCommand("command -v tshark >/dev/null 2>&1", status);
    if (status != 0)
    {
        std::clog << "srvcc-nas-tshark: tshark is not installed, the decode check is skipped\n";
        return;
    }
    // UE 0 a subscriber (5G AKA), UE 1 an emergency registration whose AKA fails (NIA0/NEA0 by
    // policy), UE 2 a USIM ahead in SQN (synch failure, AUTS, resynchronisation), UE 3 unknown.
    RngSeedManager::SetSeed(1);
    RngSeedManager::SetRun(1);
    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    SrvccRegistrationConfig registration;
    registration.enabled = true;
    helper->SetRegistration(registration);
    SrvccUeProfile emergency;
    emergency.emergencyRegistration = true;
    emergency.emergencySession = true;
    emergency.wrongK = true;
    helper->SetUeProfile(1, emergency);
    SrvccUeProfile ahead;
    ahead.sqnAhead = 100;
    helper->SetUeProfile(2, ahead);
    SrvccUeProfile unknown;
    unknown.subscribed = false;
    helper->SetUeProfile(3, unknown);
    helper->SetNodeAttribute(SrvccRole::kAmf, "AllowUnauthenticatedEmergency", BooleanValue(true));
    helper->Install(1, 4);
    helper->AssignStreams(0);
    helper->GetAmf()->TraceConnectWithoutContext(
        "MessageSent", MakeCallback(&NasTsharkSimulationTestCase::OnSent, this));
    for (uint32_t ue = 0; ue < 4; ++ue)
    {
        helper->GetUe(ue)->TraceConnectWithoutContext(
            "MessageSent", MakeCallback(&NasTsharkSimulationTestCase::OnSent, this));
    }
    Simulator::Stop(Seconds(2));
    Simulator::Run();

    const AmfNasSecurityContext* amf0 = helper->GetAmf()->GetNasSecurityContext(0);
    SRVCC_REQUIRE_NE(amf0, nullptr, "UE 0 registered");
    const srvcc::Key128 knasInt
        = srvcc::DeriveAlgorithmKey(amf0->kamf, srvcc::AlgorithmTypeDistinguisher::kNasInt, 2);
    Simulator::Destroy();

    std::map<SrvccMessageType, std::string> code;
    for (unsigned t = 0; t < 256; ++t)
    {
        SrvccMessageType m;
        if (NasSrvccMessageType(static_cast<uint8_t>(t), m))
        {
            char hex[8];
            std::snprintf(hex, sizeof(hex), "0x%02x", t);
            code[m] = hex;
        }
    }
    std::vector<Frame> frames;
    std::vector<Frame> nea0Frames;
    std::map<uint32_t, std::vector<std::string>> sequence;
    for (const Sent& sent : m_sent)
    {
        Frame frame;
        frame.what = "UE " + std::to_string(sent.ue) + " " + SrvccMessageTypeName(sent.type);
        frame.pdu = sent.pdu;
        const uint8_t header = sent.pdu.size() > 1 ? sent.pdu[1] : 0;
        sequence[sent.ue].push_back(std::string(SrvccMessageTypeName(sent.type)) + "/"
                                    + std::to_string(header));
        // UE 1 runs with NIA0/NEA0: its protected messages are in clear (pass 2 reads them).
        frame.ciphered = (header == 2 || header == 4) && sent.ue != 1;
        if (header == 0 || header == 1 || header == 3)
        {
            frame.expected["nas_5gs.mm.message_type"] = code[sent.type];
        }
        else if (!frame.ciphered)
        {
            frame.expectedNullDecipher["nas_5gs.mm.message_type"]
                = code[sent.type]
                  + (sent.type == SrvccMessageType::kNasSecurityModeComplete ? "|0x41" : "");
        }
        if (sent.type == SrvccMessageType::kNasAuthenticationFailure)
        {
            // UE 1's USIM has the wrong K: #20 MAC failure; UE 2's is ahead in SQN: #21 + AUTS.
            frame.expected["nas_5gs.mm.5gmm_cause"] = sent.ue == 2 ? "21" : "20";
            frame.expected["gsm_a.dtap.auts"]
                = sent.ue == 2 ? Hex(sent.pdu.data() + sent.pdu.size() - 14, 14) : "";
        }
        if (sent.type == SrvccMessageType::kNasRegistrationReject)
        {
            frame.expected["nas_5gs.mm.5gmm_cause"] = "3"; // illegal UE: the SUPI is unknown
        }
        if (sent.type == SrvccMessageType::kNasAuthenticationRequest)
        {
            frame.expected["gsm_a.dtap.rand"] = Hex(sent.pdu.data() + 8, 16);
            frame.expected["gsm_a.dtap.autn"] = Hex(sent.pdu.data() + 26, 16);
        }
        if (header != 0)
        {
            frame.expected["nas_5gs.msg_auth_code"] = MacField(sent.pdu);
            frame.expected["nas_5gs.seq_no"] = std::to_string(sent.pdu[6]);
        }
        if (sent.ue == 1 && header != 0)
        {
            frame.expected["nas_5gs.msg_auth_code"] = "0x00000000"; // NIA0 (TS 33.501 D.1)
        }
        if (sent.ue == 0 && header == 3)
        {
            // The SMC's MAC: 128-NIA2 with KNASint of the AMF's KAMF, COUNT 0, downlink, over
            // sequence number + message (TS 24.501 4.4.3.3).
            const std::vector<uint8_t> input(sent.pdu.begin() + 6, sent.pdu.end());
            srvcc::NasAlgorithmInput in;
            in.count = 0;
            in.direction = 1;
            const srvcc::Mac32 mac = srvcc::ComputeNasMac(
                srvcc::NasIntegrityAlgorithm::kNia2, knasInt, in, input.data(), 8 * input.size());
            frame.expected["nas_5gs.msg_auth_code"] = "0x" + Hex(mac.data(), mac.size());
        }
        frames.push_back(frame);
        if (!frame.ciphered)
        {
            nea0Frames.push_back(frame);
        }
    }
    const std::vector<std::string> ue0
        = {"NAS Registration Request/0",    "NAS Authentication Request/0",
           "NAS Authentication Response/0", "NAS Security Mode Command/3",
           "NAS Security Mode Complete/4",  "NAS Registration Accept/2"};
    NS_TEST_EXPECT_MSG_EQ((sequence[0] == ue0), true, "UE 0: registration with 5G AKA");
    const std::vector<std::string> ue1
        = {"NAS Registration Request/0",   "NAS Authentication Request/0",
           "NAS Authentication Failure/0", "NAS Security Mode Command/3",
           "NAS Security Mode Complete/4", "NAS Registration Accept/2"};
    NS_TEST_EXPECT_MSG_EQ((sequence[1] == ue1), true, "UE 1: unauthenticated emergency");
    NS_TEST_EXPECT_MSG_EQ(sequence[2].size(), 8u, "UE 2: resynchronisation, second AKA run");
    NS_TEST_EXPECT_MSG_EQ(sequence[2][2], "NAS Authentication Failure/0", "UE 2: #21 with AUTS");
    NS_TEST_EXPECT_MSG_EQ(m_sent.size(), 22u, "every NAS PDU of the four registrations");
    const std::vector<std::string> ue3
        = {"NAS Registration Request/0", "NAS Registration Reject/0"};
    NS_TEST_EXPECT_MSG_EQ((sequence[3] == ue3), true, "UE 3: unknown subscriber rejected");

    char pattern[] = "/tmp/srvcc-nas-tshark-sim-XXXXXX";
    const char* dir = mkdtemp(pattern);
    SRVCC_REQUIRE_NE(dir, nullptr, "cannot create a temporary directory");
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
    const std::string configDir = base + "/wireshark-config";
    std::filesystem::create_directories(configDir);
    WritePcap(base + "/nas.pcap", frames);
    WritePcap(base + "/nas-nea0.pcap", nea0Frames);
    std::string fields;
    for (const std::string& f : kFields)
    {
        fields += " -e " + f;
    }
    auto tshark = [&](const std::string& pcap, const std::string& options)
    {
        return "WIRESHARK_CONFIG_DIR='" + configDir + "' tshark -n -r '" + pcap + "'" + options
               + " -T fields -E separator=';' -E occurrence=a -E aggregator='|' -E quote=n" + fields
               + " 2>/dev/null";
    };
    const std::string out1 = RunCommand(tshark(base + "/nas.pcap", ""), status);
    SRVCC_REQUIRE_EQ(status, 0, "tshark failed: " << out1);
    Check(out1, frames, false);
    const std::string out2
        = RunCommand(tshark(base + "/nas-nea0.pcap", " -o nas-5gs.null_decipher:TRUE"), status);
    SRVCC_REQUIRE_EQ(status, 0, "tshark failed: " << out2);
    Check(out2, nea0Frames, true);
}

class SrvccNasTsharkTestSuite : public TestSuite
{
  public:
    SrvccNasTsharkTestSuite() : TestSuite("srvcc-nas-tshark", SYSTEM)
    {
        AddTestCase(new NasTsharkTestCase, TestCase::QUICK);
        AddTestCase(new NasTsharkSimulationTestCase, TestCase::QUICK);
    }
};

SrvccNasTsharkTestSuite g_srvccNasTsharkTestSuite;

} // namespace
