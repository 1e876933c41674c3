/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The pcaps a simulated handover writes, decoded by tshark: the N26 (AMF - MME_SRVCC) and Sv
 * (or, for sol1.2, AMF - MSC) messages carry the right field values — the keys the nodes hold,
 * the IMSI, the 5G-SRVCC HO indication, the Target RNC ID — no packet is malformed, and no
 * capture contains any octet string equal to a UE's KAMF.
 */
#include "ns3/boolean.h"
#include "ns3/test.h"
#include "srvcc-handover-test-util.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>

using namespace ns3;
using namespace ns3::handovertest;

namespace
{

/** Run a command, return its stdout lines. */
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

/** tshark -T fields on \p pcap, one line per packet, fields separated by ';'. */
std::vector<std::string>
Decode(const std::string& pcap, const std::vector<std::string>& fields)
{
    std::string command = "tshark -n -r '" + pcap + "' -T fields -E separator=';'";
    for (const std::string& f : fields)
    {
        command += " -e " + f;
    }
    return Lines(command + " 2>/dev/null");
}

std::string
ReadFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class SrvccPcapTsharkTestCase : public TestCase
{
  public:
    explicit SrvccPcapTsharkTestCase(srvcc::SrvccProfile profile)
        : TestCase(std::string("simulated pcaps decode with the nodes' values: ")
                   + std::string(srvcc::ToString(profile)))
        , m_profile(profile)
    {
    }

  private:
    void
    DoRun() override
    {
        NS_TEST_ASSERT_MSG_EQ(std::system("tshark --version > /dev/null 2>&1"), 0,
                              "tshark is missing: install it (scripts/dev.sh deps)");
        char dirTemplate[] = "/tmp/srvcc-pcap-XXXXXX";
        const std::string dir = mkdtemp(dirTemplate);

        std::string imsi;
        std::string ck;
        std::string ik;
        std::string ksi;
        std::string kasme;
        std::string dlCount;
        std::string kamf;
        RunHandovers(
            m_profile, 1,
            [](SrvccHelper& h)
            {
                h.SetNodeAttribute(SrvccRole::kAmf, "KeepDerivedKeys", BooleanValue(true));
            },
            [&](SrvccHelper& h, SrvccStatsCollector& s)
            {
                NS_TEST_ASSERT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kCompleted), 1,
                                      "the handover completes");
                const MscSrvccSecurityContext* msc = h.GetMscServer()->GetContext(0);
                imsi = msc->imsi;
                ck = msc->ckIk.ck.RevealHex();
                ik = msc->ckIk.ik.RevealHex();
                ksi = std::to_string(msc->ksiSrvcc);
                const srvcc::Key256* mapped = h.GetAmf()->GetLastMappedKasme(0);
                kasme = mapped ? mapped->RevealHex() : "";
                srvcc::NasCount count;
                h.GetAmf()->GetLastSrvccCount(0, count);
                // IE 107 carries the COUNT for the next NAS message (TS 29.274 8.38).
                dlCount = std::to_string(count.Value() + 1);
                kamf = std::string(reinterpret_cast<const char*>(
                                       h.GetAmf()->GetNasSecurityContext(0)->kamf.Data()),
                                   32);
            },
            Seconds(5),
            [&dir](SrvccHelper& h)
            {
                for (SrvccInterface iface : AllSrvccInterfaces())
                {
                    h.EnablePcap(dir + "/" + ToString(iface) + ".pcap", iface, true);
                }
            });

        const bool viaMme = srvcc::UsesMme(m_profile);
        const std::string cs = dir + (viaMme ? "/sv.pcap" : "/amf-msc.pcap");
        const std::vector<std::string> sv = Decode(
            cs, {"gtpv2.message_type", "e212.imsi", "gtpv2.eksi", "gtpv2.cksrvcc", "gtpv2.iksrvcc",
                 "gtpv2.rnc_id", "gtpv2.lac", "gtpv2.cause", "gtpv2.sv_emind"});
        NS_TEST_ASSERT_MSG_EQ(sv.size(), 4, "four messages on " << cs);
        // The MM Context for E-UTRAN (v)SRVCC (IE 54, the default): its CK_SRVCC and IK_SRVCC
        // are the keys the MSC server holds.
        NS_TEST_EXPECT_MSG_EQ(sv[0],
                              "25;" + imsi + ";" + ksi + ";" + ck + ";" + ik + ";1;0x1000;;0",
                              "SRVCC PS to CS Request: IMSI, eKSI, CK_SRVCC, IK_SRVCC (IE 54), "
                              "RNC-ID, LAC");
        NS_TEST_EXPECT_MSG_EQ(sv[1], "26;;;;;;;16;", "SRVCC PS to CS Response: accepted");
        NS_TEST_EXPECT_MSG_EQ(sv[2], "27;" + imsi + ";;;;;;;", "Complete Notification: IMSI");
        NS_TEST_EXPECT_MSG_EQ(sv[3], "28;;;;;;;16;", "Complete Acknowledge: accepted");

        if (viaMme)
        {
            const std::vector<std::string> n26 = Decode(
                dir + "/n26.pcap",
                {"gtpv2.message_type", "e212.imsi", "gtpv2.5srhoi", "gtpv2.mm_context_ksi_a",
                 "gtpv2.mm_context_nas_dl_cnt", "gtpv2.mm_context_kasme", "gtpv2.cause"});
            NS_TEST_ASSERT_MSG_EQ(n26.size(), 4, "four messages on N26");
            NS_TEST_EXPECT_MSG_EQ(n26[0],
                                  "133;" + imsi + ";1;" + ksi + ";" + dlCount + ";" + kasme + ";",
                                  "Forward Relocation Request: 5SRHOI, eKSI, DL NAS COUNT, "
                                  "KASME_SRVCC");
            NS_TEST_EXPECT_MSG_EQ(n26[1], "134;;;;;;16", "Forward Relocation Response");
            NS_TEST_EXPECT_MSG_EQ(n26[2], "135;;;;;;", "Forward Relocation Complete Notification");
            NS_TEST_EXPECT_MSG_EQ(n26[3], "136;;;;;;16", "Forward Relocation Complete Ack");
        }

        // One tshark run over the GTPv2-C captures (merged) for malformed packets; KAMF is
        // searched for in the raw files, independently of the simulator's own scanner. (N2, Iu
        // and the radio legs are exported PDUs of their real protocols: their own suites check
        // them.)
        const std::string all = dir + "/all.pcapng";
        std::string gtp;
        for (const char* name : {"n26", "sv", "amf-msc"})
        {
            if (access((dir + "/" + name + ".pcap").c_str(), R_OK) == 0)
            {
                gtp += " '" + dir + "/" + name + ".pcap'";
            }
        }
        NS_TEST_ASSERT_MSG_EQ(std::system(("mergecap -w '" + all + "'" + gtp).c_str()), 0,
                              "mergecap");
        for (const std::string& line : Decode(all, {"_ws.malformed"}))
        {
            NS_TEST_EXPECT_MSG_EQ(line, "", "malformed packet in a capture");
        }
        unlink(all.c_str());
        for (const char* name : {"nr-uu", "n2", "n26", "sv", "amf-msc", "iu", "utran-uu"})
        {
            const std::string pcap = dir + "/" + name + ".pcap";
            if (access(pcap.c_str(), R_OK) != 0)
            {
                continue;
            }
            NS_TEST_EXPECT_MSG_EQ(ReadFile(pcap).find(kamf), std::string::npos,
                                  "KAMF found in " << pcap);
            unlink(pcap.c_str());
        }
        rmdir(dir.c_str());
    }

    srvcc::SrvccProfile m_profile;
};

class SrvccPcapTsharkTestSuite : public TestSuite
{
  public:
    SrvccPcapTsharkTestSuite() : TestSuite("srvcc-pcap-tshark", SYSTEM)
    {
        for (srvcc::SrvccProfile p :
             {srvcc::SrvccProfile::kTs33501, srvcc::SrvccProfile::kSol11,
              srvcc::SrvccProfile::kSol11Concat, srvcc::SrvccProfile::kSol12})
        {
            AddTestCase(new SrvccPcapTsharkTestCase(p), TestCase::QUICK);
        }
    }
};

SrvccPcapTsharkTestSuite g_srvccPcapTsharkTestSuite;

} // namespace
