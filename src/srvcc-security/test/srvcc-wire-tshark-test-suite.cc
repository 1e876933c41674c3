/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-wire-tshark: every interface as Wireshark decodes it, end to end. Each scenario of
 * scenarios/ that runs a handover (not the sweeps and load runs) is run with its pcaps and
 * keys; tshark must decode every packet of every capture as the interface's protocol (NGAP,
 * RANAP, NR RRC, UTRAN RRC, GTPv2-C), with no malformed packet and no expert error or warning,
 * and the fields that carry the security hand-off must equal what the nodes hold: the
 * HandoverType, the 4 LSB of the AMF's DL NAS COUNT on N2 (IE 39) and NR-Uu, CK_SRVCC and
 * IK_SRVCC in RANAP's Encryption and Integrity Protection Information, the MAC-I of HANDOVER
 * TO UTRAN COMPLETE exactly when integrity protection is started, the 5GMM messages of the
 * registration, and EMCI on N26 for an emergency session.
 */
#include "ns3/test.h"
#include "srvcc-sim-test-util.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-scenario.h"
#include "srvcc-tshark-test-util.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

using namespace ns3;

namespace
{

/** One node's row of keys.csv: ue,node,kamf,kasme_srvcc,ck_srvcc,ik_srvcc,ksi,dl_nas_count. */
struct KeyRow
{
    std::string ck;
    std::string ik;
    std::string dlNasCount;
};

/** keys.csv of UE 0 by node ("ue", "amf", "mme", "msc"). */
std::map<std::string, KeyRow>
ReadKeys(const std::string& path)
{
    std::map<std::string, KeyRow> rows;
    std::istringstream in(simtest::ReadFile(path));
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line))
    {
        std::vector<std::string> f;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, ',');)
        {
            f.push_back(cell);
        }
        f.resize(8);
        if (f[0] == "0")
        {
            rows[f[1]] = {f[4], f[5], f[7]};
        }
    }
    return rows;
}

/** The protocol tshark must find in every packet of each capture. */
const std::map<std::string, std::string> kProtocolOf = {
    {"n2", ":ngap"},   {"iu", ":ranap"}, {"nr-uu", ":nr-rrc"},  {"utran-uu", ":rrc"},
    {"n26", ":gtpv2"}, {"sv", ":gtpv2"}, {"amf-msc", ":gtpv2"},
};

class WireTsharkTestCase : public TestCase
{
  public:
    explicit WireTsharkTestCase(const std::string& scenario)
        : TestCase("every capture decodes as its protocol, fields as the nodes hold: " + scenario)
        , m_scenario(scenario)
    {
    }

  private:
    void DoRun() override;

    std::string m_scenario;
};

void
WireTsharkTestCase::DoRun()
{
    NS_TEST_ASSERT_MSG_EQ(std::system("tshark --version > /dev/null 2>&1"), 0,
                          "tshark is missing: install it (scripts/dev.sh deps)");
    const std::string dir = simtest::TempDir("srvcc-wire", m_scenario);
    SrvccRunOptions options;
    options.pcap = true;
    options.revealKeys = true;
    const SrvccScenario scenario
        = LoadScenario(std::string(SRVCC_SOURCE_DIR) + "/scenarios/" + m_scenario + ".json");
    RunScenario(scenario, 0, options, dir);
    const std::string pcaps = dir + "/pcap/";

    // Every packet: the interface's protocol, nothing malformed, no expert error or warning.
    for (const auto& [iface, protocol] : kProtocolOf)
    {
        const std::string pcap = pcaps + iface + ".pcap";
        if (!std::filesystem::exists(pcap))
        {
            continue;
        }
        for (const std::string& line : tsharktest::DecodeProblems(pcap))
        {
            NS_TEST_EXPECT_MSG_EQ(line, "", m_scenario << " " << iface << ".pcap");
        }
        for (const std::string& protocols : tsharktest::Decode(pcap, {"frame.protocols"}))
        {
            NS_TEST_EXPECT_MSG_NE(protocols.find(protocol), std::string::npos,
                                  m_scenario << " " << iface << ".pcap: " << protocols);
        }
    }

    const std::map<std::string, KeyRow> keys = ReadKeys(dir + "/keys.csv");
    const bool handover = std::filesystem::exists(pcaps + "iu.pcap");

    // N2: Handover Required is fivegs-to-utran; the Handover Command's IE 39 and the
    // MobilityFromNRCommand's nas-SecurityParamFromNR carry the 4 LSB of the AMF's DL NAS
    // COUNT (TS 33.501 J.1.2 steps 8-9).
    std::string lsb;
    if (keys.count("amf") && !keys.at("amf").dlNasCount.empty())
    {
        static const char* hex = "0123456789abcdef";
        lsb = std::string("0") + hex[std::stoul(keys.at("amf").dlNasCount) & 0xf];
    }
    for (const std::string& line :
         tsharktest::Decode(pcaps + "n2.pcap", {"ngap.HandoverType"},
                            "ngap.procedureCode == 12 && ngap.initiatingMessage_element"))
    {
        NS_TEST_EXPECT_MSG_EQ(line, "3", m_scenario << ": HandoverType fivegs-to-utran");
    }
    if (!lsb.empty())
    {
        // UE 0 (RAN UE NGAP ID 0) against keys.csv; the radio legs carry no UE identity, so
        // the MobilityFromNRCommands together must carry what the Handover Commands did.
        for (const std::string& line :
             tsharktest::Decode(pcaps + "n2.pcap", {"ngap.NASSecurityParametersFromNGRAN"},
                                "ngap.NASSecurityParametersFromNGRAN && ngap.RAN_UE_NGAP_ID == 0"))
        {
            NS_TEST_EXPECT_MSG_EQ(line, lsb, m_scenario << ": IE 39, the 4 LSB of the COUNT");
        }
        std::vector<std::string> n2
            = tsharktest::Decode(pcaps + "n2.pcap", {"ngap.NASSecurityParametersFromNGRAN"},
                                 "ngap.NASSecurityParametersFromNGRAN");
        std::vector<std::string> radio
            = tsharktest::Decode(pcaps + "nr-uu.pcap", {"nr-rrc.nas_SecurityParamFromNR"},
                                 "nr-rrc.nas_SecurityParamFromNR");
        // (as sets: a replayed command repeats its value)
        for (std::vector<std::string>* v : {&n2, &radio})
        {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
        NS_TEST_EXPECT_MSG_EQ((n2 == radio), true,
                              m_scenario << ": nas-SecurityParamFromNR as IE 39 gave it");
    }

    // Iu: the Relocation Request carries the MSC server's CK_SRVCC and IK_SRVCC, or no key at
    // all when integrity protection is not started (the unauthenticated emergency session).
    if (handover && keys.count("msc"))
    {
        const KeyRow& msc = keys.at("msc");
        const std::vector<std::string> request = tsharktest::Decode(
            pcaps + "iu.pcap", {"ranap.EncryptionKey", "ranap.IntegrityProtectionKey"},
            "ranap.procedureCode == 3 && ranap.initiatingMessage_element");
        // Any Iu traffic starts with a Relocation Request (TS 23.216 6.5.4 step 6).
        NS_TEST_EXPECT_MSG_EQ(request.empty(),
                              tsharktest::Decode(pcaps + "iu.pcap", {"frame.number"}).empty(),
                              m_scenario << ": a Relocation Request on Iu");
        for (const std::string& line : request)
        {
            const std::string expected = line != ";" ? msc.ck + ";" + msc.ik : std::string(";");
            NS_TEST_EXPECT_MSG_EQ(line, expected, m_scenario << ": RANAP Relocation Request keys");
        }
    }

    // UTRAN-Uu: the MAC-I of HANDOVER TO UTRAN COMPLETE exactly when the UE holds IK_SRVCC
    // with integrity protection started.
    if (std::filesystem::exists(pcaps + "utran-uu.pcap"))
    {
        const bool unauthenticated = m_scenario == "emergency-unauthenticated";
        for (const std::string& line :
             tsharktest::Decode(pcaps + "utran-uu.pcap", {"rrc.messageAuthenticationCode"}))
        {
            NS_TEST_EXPECT_MSG_EQ(line.empty(), unauthenticated,
                                  m_scenario << ": integrityCheckInfo " << line);
        }
    }

    // NAS: the 5GMM messages in NGAP's NAS transport show their message type, or, ciphered
    // (security header type 2 or 4, TS 24.501 9.3), their MAC and sequence number; a Security
    // Mode Command is integrity protected with a new context (type 3, TS 24.501 4.4.6) and
    // carries a MAC.
    for (const std::string& line : tsharktest::Decode(
             pcaps + "n2.pcap",
             {"nas_5gs.security_header_type", "nas_5gs.mm.message_type", "nas_5gs.msg_auth_code"},
             "ngap.NAS_PDU"))
    {
        const std::size_t a = line.find(';');
        const std::size_t b = line.find(';', a + 1);
        const std::string header = line.substr(0, a);
        const std::string type = line.substr(a + 1, b - a - 1);
        const std::string mac = line.substr(b + 1);
        if (type.empty())
        {
            NS_TEST_EXPECT_MSG_EQ((header == "2" || header == "4") && !mac.empty(), true,
                                  m_scenario << ": a NAS PDU neither plain nor ciphered: " << line);
        }
        if (type == "0x5d")
        {
            NS_TEST_EXPECT_MSG_EQ(header.substr(0, 1), "3", m_scenario << ": SMC header " << line);
            NS_TEST_EXPECT_MSG_EQ(mac.empty(), false, m_scenario << ": SMC MAC " << line);
        }
    }

    // N26: EMCI with 5SRHOI for an emergency session (TS 29.274 8.12).
    if (std::filesystem::exists(pcaps + "n26.pcap"))
    {
        const bool emergency = scenario.name.find("emergency") != std::string::npos
                               || m_scenario.find("emergency") != std::string::npos;
        for (const std::string& line :
             tsharktest::Decode(pcaps + "n26.pcap", {"gtpv2.emci"}, "gtpv2.message_type == 133"))
        {
            if (emergency)
            {
                NS_TEST_EXPECT_MSG_EQ(line, "1", m_scenario << ": EMCI on N26");
            }
            else
            {
                NS_TEST_EXPECT_MSG_NE(line, "1", m_scenario << ": no EMCI on N26");
            }
        }
    }
    std::filesystem::remove_all(dir);
}

class SrvccWireTsharkTestSuite : public TestSuite
{
  public:
    SrvccWireTsharkTestSuite() : TestSuite("srvcc-wire-tshark", SYSTEM)
    {
        for (const char* s :
             {"default", "profile-sol1.1", "profile-sol1.1-concat", "profile-sol1.2",
              "failure-cancel", "failure-msc-reject", "failure-rnc-reject", "failure-sv-late",
              "failure-sv-loss", "failure-ue-never-arrives", "emergency-authenticated",
              "emergency-unauthenticated", "emergency-rejected", "emergency-auth-bounded",
              "auth-mac-failure", "auth-sync-failure", "attack-tamper-ck", "attack-tamper-ik",
              "attack-replay-ho-command"})
        {
            AddTestCase(new WireTsharkTestCase(s), TestCase::QUICK);
        }
    }
};

SrvccWireTsharkTestSuite g_srvccWireTsharkTestSuite;

} // namespace
