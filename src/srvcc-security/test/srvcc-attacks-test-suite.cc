/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The attacker's view and the narration of a 5G-SRVCC handover:
 * - a replayed HO Command (MobilityFromNRCommand) is rejected by the UE, which keeps the keys
 *   of the handover it is in (TS 33.401 14.1 as applied by TS 33.501 J.1.2 step 10);
 * - the narrator names every step, shows keys as fingerprints unless asked, writes a
 *   well-formed sequence.svg with one arrow per message, and its KAMF scan of the CS side
 *   finds nothing (TS 33.501 J.1.1);
 * - a tampered CK is caught by the MAC-I check and the MSC server deletes the context.
 */
#include "ns3/boolean.h"
#include "ns3/callback.h"
#include "ns3/simulator.h"
#include "ns3/test.h"
#include "srvcc-handover-test-util.h"
#include "srvcc-sim-test-util.h"
#include "srvcc-sim/srvcc-narrator.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-sequence-diagram.h"
#include "srvcc-test-require.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace ns3;
using namespace ns3::handovertest;
using namespace ns3::simtest;

namespace
{

std::size_t
CountOccurrences(const std::string& text, const std::string& needle)
{
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + needle.size()))
    {
        ++n;
    }
    return n;
}

/**
 * A strict check of the XML an SVG writer produces: an optional declaration, one root element,
 * properly nested elements with matching names, attributes once each in double quotes, text
 * and attribute values without a raw '<', and '&' only as one of the five predefined entities
 * or a numeric character reference.
 * \return "" when well-formed, else the first problem and its offset
 */
std::string
XmlProblem(const std::string& xml)
{
    std::size_t i = 0;
    auto fail = [&i](const std::string& what)
    {
        return what + " at offset " + std::to_string(i);
    };
    auto isNameStart = [](char c)
    {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == ':';
    };
    auto isName = [&isNameStart](char c)
    {
        return isNameStart(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '-'
               || c == '.';
    };
    auto readName = [&]() -> std::string
    {
        const std::size_t start = i;
        if (i < xml.size() && isNameStart(xml[i]))
        {
            while (i < xml.size() && isName(xml[i]))
            {
                ++i;
            }
        }
        return xml.substr(start, i - start);
    };
    auto skipSpace = [&]()
    {
        while (i < xml.size() && std::isspace(static_cast<unsigned char>(xml[i])))
        {
            ++i;
        }
    };
    // At '&': a predefined entity or a character reference.
    auto entityOk = [&]() -> bool
    {
        const std::size_t semi = xml.find(';', i);
        if (semi == std::string::npos || semi - i > 10)
        {
            return false;
        }
        const std::string e = xml.substr(i + 1, semi - i - 1);
        static const std::set<std::string> kNamed = {"amp", "lt", "gt", "quot", "apos"};
        bool ok = kNamed.count(e) != 0;
        if (!ok && e.size() >= 2 && e[0] == '#')
        {
            const bool hex = e[1] == 'x';
            ok = e.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; k < e.size() && ok; ++k)
            {
                ok = hex ? std::isxdigit(static_cast<unsigned char>(e[k])) != 0
                         : std::isdigit(static_cast<unsigned char>(e[k])) != 0;
            }
        }
        i = semi + 1;
        return ok;
    };

    if (xml.compare(0, 5, "<?xml") == 0)
    {
        const std::size_t end = xml.find("?>");
        if (end == std::string::npos)
        {
            return fail("unterminated XML declaration");
        }
        i = end + 2;
    }
    std::vector<std::string> open;
    int roots = 0;
    while (i < xml.size())
    {
        if (xml[i] == '&')
        {
            if (open.empty() || !entityOk())
            {
                return fail("bad entity or text outside the root");
            }
            continue;
        }
        if (xml[i] != '<')
        {
            if (open.empty() && !std::isspace(static_cast<unsigned char>(xml[i])))
            {
                return fail("text outside the root element");
            }
            ++i;
            continue;
        }
        if (xml.compare(i, 4, "<!--") == 0)
        {
            const std::size_t end = xml.find("-->", i + 4);
            if (end == std::string::npos)
            {
                return fail("unterminated comment");
            }
            i = end + 3;
            continue;
        }
        if (xml.compare(i, 2, "</") == 0)
        {
            i += 2;
            const std::string name = readName();
            skipSpace();
            if (open.empty() || name != open.back() || i >= xml.size() || xml[i] != '>')
            {
                return fail("closing tag </" + name + "> does not match");
            }
            open.pop_back();
            ++i;
            continue;
        }
        ++i;
        const std::string name = readName();
        if (name.empty())
        {
            return fail("a '<' that starts no tag");
        }
        if (open.empty() && ++roots > 1)
        {
            return fail("a second root element");
        }
        std::set<std::string> attributes;
        while (true)
        {
            const std::size_t before = i;
            skipSpace();
            if (i >= xml.size())
            {
                return fail("unterminated tag <" + name);
            }
            if (xml[i] == '>' || xml.compare(i, 2, "/>") == 0)
            {
                break;
            }
            if (i == before)
            {
                return fail("no space before an attribute of <" + name);
            }
            const std::string attribute = readName();
            if (attribute.empty() || !attributes.insert(attribute).second)
            {
                return fail("missing or repeated attribute in <" + name);
            }
            if (i + 1 >= xml.size() || xml[i] != '=' || xml[i + 1] != '"')
            {
                return fail("attribute " + attribute + " not in the form name=\"value\"");
            }
            i += 2;
            while (i < xml.size() && xml[i] != '"')
            {
                if (xml[i] == '<')
                {
                    return fail("'<' in the value of " + attribute);
                }
                if (xml[i] == '&')
                {
                    if (!entityOk())
                    {
                        return fail("bad entity in the value of " + attribute);
                    }
                    continue;
                }
                ++i;
            }
            if (i >= xml.size())
            {
                return fail("unterminated value of " + attribute);
            }
            ++i;
        }
        if (xml[i] == '>')
        {
            open.push_back(name);
            ++i;
        }
        else
        {
            i += 2;
        }
    }
    if (!open.empty())
    {
        return fail("<" + open.back() + "> is never closed");
    }
    return roots == 1 ? "" : fail("no root element");
}

/** Watches UE 0 and counts what the replay test asserts on. */
struct ReplayObserver
{
    Ptr<SrvccUeApplication> ue;
    uint32_t replaysRejected{0};
    uint32_t hoCommandsAccepted{0};
    uint32_t hoCommandsSentToUe{0};
    uint32_t ckIkDerivations{0};
    std::optional<srvcc::CkIk> firstKeys;

    void
    OnReplay(uint32_t, uint64_t)
    {
        ++replaysRejected;
    }

    void
    OnHandoverCommand(uint32_t, uint64_t, uint32_t)
    {
        ++hoCommandsAccepted;
    }

    void
    OnSent(SrvccInterface, SrvccMessageType type, uint32_t, uint64_t, Ptr<const Packet>)
    {
        const std::string message = SrvccMessageTypeName(type);
        hoCommandsSentToUe += message == "NR MobilityFromNRCommand" ? 1 : 0;
    }

    void
    OnKey(uint32_t, uint64_t, SrvccKeyKind kind)
    {
        const std::string key = SrvccKeyName(kind);
        if (key != "CK_SRVCC||IK_SRVCC")
        {
            return;
        }
        ++ckIkDerivations;
        if (!firstKeys && ue->GetSrvccKeys())
        {
            firstKeys = ue->GetSrvccKeys()->ckIk;
        }
    }
};

class ReplayRejectedTestCase : public TestCase
{
  public:
    ReplayRejectedTestCase(srvcc::SrvccProfile profile, Time after, const std::string& when,
                           bool serialUe = true)
        : TestCase("replayed HO Command " + when + " is rejected, keys unchanged ("
                   + std::string(srvcc::ToString(profile)) + ")")
        , m_profile(profile)
        , m_after(after)
        , m_serialUe(serialUe)
    {
    }

  private:
    void
    DoRun() override
    {
        ReplayObserver obs;
        RunHandovers(
            m_profile, 1,
            [this](SrvccHelper& h)
            {
                h.SetNodeAttribute(SrvccRole::kGnb, "ReplayHoCommandAfter", TimeValue(m_after));
                // A UE that handles messages in parallel takes the replay while it still derives.
                h.SetNodeAttribute(SrvccRole::kUe, "SerialProcessing", BooleanValue(m_serialUe));
            },
            [&](SrvccHelper& h, SrvccStatsCollector& s)
            {
                SRVCC_REQUIRE_EQ(obs.hoCommandsSentToUe, 2, "the gNB sent the HO Command twice");
                SRVCC_REQUIRE_EQ(obs.replaysRejected, 1, "ReplayRejected fired once");
                SRVCC_REQUIRE_EQ(h.GetUe(0)->GetReplaysRejected(), 1, "the UE counted it");
                SRVCC_REQUIRE_EQ(obs.hoCommandsAccepted, 1, "one HO Command acted on");
                SRVCC_REQUIRE_EQ(obs.ckIkDerivations, 1, "the UE derived CK/IK once");
                SRVCC_REQUIRE_EQ(obs.firstKeys.has_value(), true, "keys captured");
                const auto& now = h.GetUe(0)->GetSrvccKeys();
                SRVCC_REQUIRE_EQ(now.has_value(), true, "the UE still holds its keys");
                NS_TEST_EXPECT_MSG_EQ((now->ckIk.ck == obs.firstKeys->ck), true, "CK unchanged");
                NS_TEST_EXPECT_MSG_EQ((now->ckIk.ik == obs.firstKeys->ik), true, "IK unchanged");
                const MscSrvccSecurityContext* msc = h.GetMscServer()->GetContext(0);
                SRVCC_REQUIRE_NE(msc, nullptr, "the MSC server keeps the context");
                NS_TEST_EXPECT_MSG_EQ((msc->ckIk.ck == now->ckIk.ck), true, "UE CK = MSC CK");
                NS_TEST_EXPECT_MSG_EQ((msc->ckIk.ik == now->ckIk.ik), true, "UE IK = MSC IK");
                NS_TEST_EXPECT_MSG_EQ(CountResults(s, SrvccHandoverRecord::Result::kCompleted), 1,
                                      "the handover still completed");
                NS_TEST_EXPECT_MSG_EQ(s.GetKeyChecksPassed(), 1, "one MAC-I verified");
                NS_TEST_EXPECT_MSG_EQ(s.GetKeyChecksFailed(), 0, "no MAC-I mismatch");
            },
            Seconds(10),
            [&obs](SrvccHelper& h)
            {
                obs.ue = h.GetUe(0);
                obs.ue->TraceConnectWithoutContext("ReplayRejected",
                                                   MakeCallback(&ReplayObserver::OnReplay, &obs));
                obs.ue->TraceConnectWithoutContext(
                    "HandoverCommandReceived",
                    MakeCallback(&ReplayObserver::OnHandoverCommand, &obs));
                obs.ue->TraceConnectWithoutContext("KeyDerived",
                                                   MakeCallback(&ReplayObserver::OnKey, &obs));
                h.GetGnb(0)->TraceConnectWithoutContext(
                    "MessageSent", MakeCallback(&ReplayObserver::OnSent, &obs));
            });
    }

    srvcc::SrvccProfile m_profile;
    Time m_after;
    bool m_serialUe;
};

/** Runs one narrated 1-UE handover and keeps what the narration tests look at. */
struct NarratedRun
{
    std::string text;
    std::string live;
    std::string svg;
    std::string fileText;
    std::size_t messagesSent{0};
    std::size_t narratedMessages{0};
    std::size_t keysDerived{0};
    std::size_t csMessages{0};
    uint64_t csScanned{0};
    uint64_t csExposures{1};
    uint64_t mscExposures{1};
    std::map<std::string, std::string> hex; ///< "ck", "ik", "kasme", "kamf" -> full hex
    bool written{false};

    void
    OnSent(SrvccInterface link, SrvccMessageType, uint32_t ue, uint64_t, Ptr<const Packet>)
    {
        const std::string iface = ToString(link);
        messagesSent += ue == 0 ? 1 : 0;
        csMessages += iface == "sv" || iface == "amf-msc" || iface == "iu" ? 1 : 0;
    }

    void
    OnKey(uint32_t ue, uint64_t, SrvccKeyKind)
    {
        keysDerived += ue == 0 ? 1 : 0;
    }
};

NarratedRun
RunNarrated(srvcc::SrvccProfile profile, bool reveal, bool tamperCk, const std::string& dir)
{
    NarratedRun run;
    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    helper->SetKeyStrategy(SrvccKeyStrategy(profile));
    helper->SetNodeAttribute(SrvccRole::kMscServer, "TamperCk", BooleanValue(tamperCk));
    helper->Install(1, 1);
    helper->AssignStreams(0);
    std::ostringstream live;
    SrvccNarrator narrator(0, reveal, &live);
    narrator.Connect(*helper);
    for (const Ptr<SrvccNodeApplication>& app : helper->GetAllApplications())
    {
        app->TraceConnectWithoutContext("MessageSent", MakeCallback(&NarratedRun::OnSent, &run));
        app->TraceConnectWithoutContext("KeyDerived", MakeCallback(&NarratedRun::OnKey, &run));
    }
    helper->ScheduleHandover(0, Seconds(1));
    Simulator::Stop(Seconds(10));
    Simulator::Run();
    narrator.Finish(*helper);
    const auto& keys = helper->GetUe(0)->GetSrvccKeys();
    if (keys)
    {
        run.hex["ck"] = keys->ckIk.ck.RevealHex();
        run.hex["ik"] = keys->ckIk.ik.RevealHex();
        if (keys->mappedKasme)
        {
            run.hex["kasme"] = keys->mappedKasme->RevealHex();
        }
    }
    run.hex["kamf"] = helper->GetUe(0)->GetNasSecurityContext().kamf.RevealHex();
    try
    {
        narrator.WriteFiles(dir);
        run.written = true;
    }
    catch (const srvcc::OutputError&)
    {
        run.written = false;
    }
    Simulator::Destroy();
    run.text = narrator.GetText();
    run.live = live.str();
    run.narratedMessages = narrator.GetMessageCount();
    run.csScanned = narrator.GetCsSideScanner().GetPacketsScanned();
    run.csExposures = narrator.GetCsSideScanner().GetExposures();
    run.mscExposures = narrator.GetMscStoredKamfExposures();
    run.svg = ReadFile(dir + "/sequence.svg");
    run.fileText = ReadFile(dir + "/narration.txt");
    return run;
}

class NarrationTestCase : public TestCase
{
  public:
    NarrationTestCase(srvcc::SrvccProfile profile, bool reveal)
        : TestCase(std::string("narration and sequence.svg of one handover (")
                   + std::string(srvcc::ToString(profile)) + (reveal ? ", keys revealed)" : ")"))
        , m_profile(profile)
        , m_reveal(reveal)
    {
    }

  private:
    void
    DoRun() override
    {
        const std::string dir = TempDir("srvcc-attacks", std::string(srvcc::ToString(m_profile))
                                                             + (m_reveal ? "-reveal" : ""));
        const NarratedRun run = RunNarrated(m_profile, m_reveal, false, dir);
        SRVCC_REQUIRE_EQ(run.written, true, "files written");
        NS_TEST_EXPECT_MSG_EQ(run.live, run.text, "the live stream got the whole narration");
        NS_TEST_EXPECT_MSG_EQ(run.fileText, run.text, "narration.txt holds the narration");

        // Every step, in the order it happens (TS 23.216 6.5.4, TS 33.501 J.1.2).
        const bool mme = m_profile != srvcc::SrvccProfile::kSol12;
        const std::string mapped
            = m_profile == srvcc::SrvccProfile::kTs33501 ? "KASME_SRVCC" : "K'ASME";
        std::vector<std::string> steps = {"gNB -> AMF  N2 Handover Required"};
        if (mme)
        {
            steps.insert(steps.end(), {"AMF derives " + mapped,
                                       "AMF -> MME_SRVCC  Forward Relocation Request", mapped + " ",
                                       "and eKSI=", "MME_SRVCC creates security context mme-mapped",
                                       "MME_SRVCC derives CK_SRVCC||IK_SRVCC",
                                       "MME_SRVCC -> MSC server  SRVCC PS to CS Request"});
        }
        else
        {
            steps.insert(steps.end(), {"AMF derives CK_SRVCC||IK_SRVCC",
                                       "AMF -> MSC server  SRVCC PS to CS Request"});
        }
        steps.insert(steps.end(), {"in MM Context for E-UTRAN SRVCC",
                                   "MSC server creates security context msc-srvcc",
                                   "MSC server -> target RNC  Iu Relocation Request",
                                   "target RNC -> MSC server  Iu Relocation Request Acknowledge",
                                   "SRVCC PS to CS Response"});
        if (mme)
        {
            steps.push_back("MME_SRVCC -> AMF  Forward Relocation Response");
        }
        steps.insert(steps.end(),
                     {"AMF -> gNB  N2 Handover Command", "4 LSB of the DL NAS COUNT = 0x",
                      "gNB -> UE  NR MobilityFromNRCommand", "UE estimates DL NAS COUNT = "});
        if (mme)
        {
            steps.push_back("UE derives " + mapped);
        }
        steps.insert(steps.end(),
                     {"UE derives CK_SRVCC||IK_SRVCC", "UE creates security context ue-srvcc",
                      "UE -> target RNC UTRAN Handover To UTRAN Complete",
                      "target RNC -> MSC server  Iu Relocation Detect",
                      "checks the MAC-I of HANDOVER TO UTRAN COMPLETE: verified",
                      "target RNC -> MSC server  Iu Relocation Complete",
                      "MSC server: handover complete", "SRVCC PS to CS Complete Notification"});
        if (mme)
        {
            steps.push_back("MME_SRVCC -> AMF  Forward Relocation Complete Notification");
        }
        steps.insert(steps.end(),
                     {"AMF -> gNB  N2 UE Context Release Command",
                      "gNB -> AMF  N2 UE Context Release Complete", "the handover completed",
                      "MSC server:  CK_SRVCC", "only CK, IK and KSI", "Attacker's view"});
        const std::string flat = Squash(run.text);
        std::size_t at = 0;
        for (const std::string& step : steps)
        {
            const std::size_t found = flat.find(Squash(step), at);
            SRVCC_REQUIRE_NE(found, std::string::npos,
                             "step \"" << step << "\" after offset " << at);
            at = found + Squash(step).size();
        }

        // Keys: in full only when revealed; otherwise their fingerprints.
        SRVCC_REQUIRE_EQ(run.hex.count("ck"), 1, "the UE derived keys");
        for (const auto& [name, hex] : run.hex)
        {
            NS_TEST_EXPECT_MSG_EQ((run.text.find(hex) != std::string::npos), m_reveal,
                                  name << " in full in the narration");
            if (!m_reveal || name == "kamf")
            {
                NS_TEST_EXPECT_MSG_EQ(run.svg.find(hex), std::string::npos,
                                      name << " not in full in the diagram");
            }
        }
        NS_TEST_EXPECT_MSG_NE(run.text.find("CK_SRVCC " + run.hex.at("ck").substr(0, 4)
                                            + (m_reveal ? run.hex.at("ck").substr(4) : "..")),
                              std::string::npos,
                              "CK_SRVCC as " << (m_reveal ? "hex" : "fingerprint"));

        // The attacker's view: the CS side was scanned and holds no KAMF.
        NS_TEST_EXPECT_MSG_GT(run.csMessages, 0, "messages on the CS side");
        NS_TEST_EXPECT_MSG_EQ(run.csScanned, run.csMessages, "every CS-side message scanned");
        NS_TEST_EXPECT_MSG_EQ(run.csExposures, 0, "no KAMF on Sv/Iu");
        NS_TEST_EXPECT_MSG_EQ(run.mscExposures, 0, "no KAMF in the MSC server's keys");

        // sequence.svg: well-formed, one arrow per message, one note per key derived.
        NS_TEST_EXPECT_MSG_EQ(XmlProblem(run.svg), "", "sequence.svg is well-formed XML");
        NS_TEST_EXPECT_MSG_GT(run.messagesSent, 12, "a whole handover's messages");
        NS_TEST_EXPECT_MSG_EQ(run.narratedMessages, run.messagesSent, "narrated messages");
        NS_TEST_EXPECT_MSG_EQ(CountOccurrences(run.svg, "<g class=\"message\">"), run.messagesSent,
                              "one arrow per message sent");
        NS_TEST_EXPECT_MSG_EQ(CountOccurrences(run.svg, "marker-end="), run.messagesSent,
                              "each arrow has a head");
        NS_TEST_EXPECT_MSG_EQ(CountOccurrences(run.svg, ">derives "), run.keysDerived,
                              "one note per key derived");
        NS_TEST_EXPECT_MSG_EQ(CountOccurrences(run.svg, "<g class=\"lifeline\">"), (mme ? 6 : 5),
                              "lifelines");
        NS_TEST_EXPECT_MSG_EQ((run.svg.find(">MME_SRVCC</text>") != std::string::npos), mme,
                              "MME_SRVCC lifeline only with an MME");
        std::filesystem::remove_all(dir);
    }

    srvcc::SrvccProfile m_profile;
    bool m_reveal;
};

class TamperNarrationTestCase : public TestCase
{
  public:
    TamperNarrationTestCase()
        : TestCase("narrated tampered CK: MAC-I mismatch, MSC context deleted")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::string dir = TempDir("srvcc-attacks", "tamper");
        const NarratedRun run = RunNarrated(srvcc::SrvccProfile::kTs33501, false, true, dir);
        const std::string flat = Squash(run.text);
        std::size_t at = 0;
        for (const std::string step :
             {"MSC server creates security context msc-srvcc",
              "checks the MAC-I of HANDOVER TO UTRAN COMPLETE: it does NOT verify",
              "MSC server gives the handover up: MAC-I check failed",
              "MSC server deletes security context msc-srvcc",
              "MSC server -> target RNC  Iu Release Command", "the handover failed",
              "MSC server:  nothing"})
        {
            const std::size_t found = flat.find(Squash(step), at);
            SRVCC_REQUIRE_NE(found, std::string::npos, "step \"" << step << "\"");
            at = found + Squash(step).size();
        }
        NS_TEST_EXPECT_MSG_EQ(XmlProblem(run.svg), "", "sequence.svg is well-formed XML");
        NS_TEST_EXPECT_MSG_NE(run.svg.find(">MAC-I does not verify</text>"), std::string::npos,
                              "the failed check is drawn");
        std::filesystem::remove_all(dir);
    }
};

class ScenarioNarrationTestCase : public TestCase
{
  public:
    ScenarioNarrationTestCase()
        : TestCase("srvcc-sim --narrate: narration.txt and sequence.svg, keys only if revealed")
    {
    }

  private:
    void
    DoRun() override
    {
        SrvccScenario scenario = DefaultScenario();
        scenario.pcap = false;
        const std::string revealed = TempDir("srvcc-attacks", "run-reveal");
        const std::string hidden = TempDir("srvcc-attacks", "run-hidden");
        SrvccRunOptions options;
        options.narrate = true;
        options.revealKeys = true;
        RunScenario(scenario, 0, options, revealed);
        options.revealKeys = false;
        RunScenario(scenario, 0, options, hidden);

        // The UE's CK_SRVCC from keys.csv (same seed and run: same keys in both runs).
        std::istringstream csv(ReadFile(revealed + "/keys.csv"));
        std::string line;
        std::string ck;
        while (std::getline(csv, line))
        {
            if (line.rfind("0,ue,", 0) == 0)
            {
                std::vector<std::string> cells;
                std::istringstream fields(line);
                for (std::string cell; std::getline(fields, cell, ',');)
                {
                    cells.push_back(cell);
                }
                ck = cells.size() > 4 ? cells[4] : "";
            }
        }
        SRVCC_REQUIRE_EQ(ck.size(), 32, "CK_SRVCC of UE 0 in keys.csv");
        const std::string withKeys = ReadFile(revealed + "/narration.txt");
        const std::string withoutKeys = ReadFile(hidden + "/narration.txt");
        NS_TEST_EXPECT_MSG_NE(withKeys.find("N2 Handover Required"), std::string::npos,
                              "narration.txt written");
        NS_TEST_EXPECT_MSG_NE(withKeys.find(ck), std::string::npos, "revealed: CK in full");
        NS_TEST_EXPECT_MSG_EQ(withoutKeys.find(ck), std::string::npos, "not revealed: no CK");
        NS_TEST_EXPECT_MSG_NE(withoutKeys.find(ck.substr(0, 4) + ".."), std::string::npos,
                              "not revealed: CK fingerprint");
        NS_TEST_EXPECT_MSG_EQ(XmlProblem(ReadFile(hidden + "/sequence.svg")), "",
                              "sequence.svg written and well-formed");
        std::filesystem::remove_all(revealed);
        std::filesystem::remove_all(hidden);
    }
};

class ReplayScenarioTestCase : public TestCase
{
  public:
    ReplayScenarioTestCase()
        : TestCase("attack-replay-ho-command.json: the replay is narrated and rejected")
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccScenario scenario = LoadScenario(std::string(SRVCC_SOURCE_DIR)
                                                    + "/scenarios/attack-replay-ho-command.json");
        SRVCC_REQUIRE_EQ((scenario.TimeOf("faults.replay_ho_command_ms") > Time(0)), true,
                         "the replay is on");
        std::string error;
        try
        {
            ParseScenario(R"({"faults": {"replay_ho_command_ms": -1}})", "x.json");
        }
        catch (const ScenarioError& e)
        {
            error = e.what();
        }
        NS_TEST_EXPECT_MSG_NE(error.find("x.json: faults.replay_ho_command_ms: found -1"),
                              std::string::npos, "a negative delay is refused: " << error);

        const std::string dir = TempDir("srvcc-attacks", "replay-scenario");
        SrvccRunOptions options;
        options.narrate = true;
        options.pcap = false;
        const SrvccRunSummary summary = RunScenario(scenario, 0, options, dir);
        NS_TEST_EXPECT_MSG_EQ(summary.completed, 1, "the handover completed");
        NS_TEST_EXPECT_MSG_EQ(summary.keyChecksPassed, 1, "MAC-I verified");
        NS_TEST_EXPECT_MSG_EQ(summary.replaysRejected, 1, "summary counts the replay");
        NS_TEST_EXPECT_MSG_NE(ReadFile(dir + "/summary.json").find("\"replays_rejected\": 1,"),
                              std::string::npos, "summary.json counts the replay");
        const std::string text = Squash(ReadFile(dir + "/narration.txt"));
        const std::size_t complete = text.find("UE -> target RNC UTRAN Handover To UTRAN Complete");
        const std::size_t replay = text.find("gNB -> UE NR MobilityFromNRCommand", complete);
        SRVCC_REQUIRE_NE(replay, std::string::npos, "the replayed HO Command is narrated");
        NS_TEST_EXPECT_MSG_NE(text.find("UE rejects a replayed HO Command", replay),
                              std::string::npos, "and its rejection");
        const std::string svg = ReadFile(dir + "/sequence.svg");
        NS_TEST_EXPECT_MSG_EQ(XmlProblem(svg), "", "sequence.svg is well-formed XML");
        NS_TEST_EXPECT_MSG_NE(svg.find(">rejects replayed HO Command</text>"), std::string::npos,
                              "the rejection is drawn");
        std::filesystem::remove_all(dir);
    }
};

class DemoScenariosTestCase : public TestCase
{
  public:
    DemoScenariosTestCase()
        : TestCase("the teaching demos of the lesson plan: one UE, one profile each")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::string dir = std::string(SRVCC_SOURCE_DIR) + "/scenarios/";
        for (const char* profile : {"ts33501", "sol1.1", "sol1.1-concat", "sol1.2"})
        {
            const SrvccScenario s = LoadScenario(dir + "demo-normal-" + profile + ".json");
            NS_TEST_EXPECT_MSG_EQ(s.Word("profile"), profile, "demo-normal profile");
            NS_TEST_EXPECT_MSG_EQ(s.gnbs * s.uesPerGnb, 1, profile << ": one UE");
            NS_TEST_EXPECT_MSG_EQ(s.handovers.size(), 1, profile << ": one handover");
            NS_TEST_EXPECT_MSG_EQ((s.Flag("faults.rnc_rejects") || s.Flag("faults.msc_rejects")
                                   || s.Flag("faults.tamper_ck") || s.Flag("faults.tamper_ik")),
                                  false, profile << ": no fault");
        }
        const SrvccScenario failed = LoadScenario(dir + "demo-failed-handover.json");
        NS_TEST_EXPECT_MSG_EQ(failed.gnbs * failed.uesPerGnb, 1, "failed demo: one UE");
        NS_TEST_EXPECT_MSG_EQ(failed.Flag("faults.rnc_rejects"), true,
                              "failed demo: the target RNC rejects");
    }
};

class XmlTestCase : public TestCase
{
  public:
    XmlTestCase() : TestCase("XML escaping, and the well-formedness check catches broken XML") {}

  private:
    void
    DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(XmlEscape("K'ASME <a & \"b\">"),
                              "K&apos;ASME &lt;a &amp; &quot;b&quot;&gt;", "escaped");
        NS_TEST_EXPECT_MSG_EQ(XmlProblem("<svg a=\"1\"><g><text>x &amp; y</text></g></svg>"), "",
                              "good");
        for (const char* bad :
             {"<svg><g></svg>", "<svg a=1/>", "<svg>a & b</svg>", "<svg a=\"<\"/>", "<svg/><svg/>",
              "<svg a=\"1\" a=\"2\"/>", "<svg><text>K'ASME <x</text></svg>", "<svg>"})
        {
            NS_TEST_EXPECT_MSG_NE(XmlProblem(bad), "", "not well-formed: " << bad);
        }
    }
};

class SrvccAttacksTestSuite : public TestSuite
{
  public:
    SrvccAttacksTestSuite() : TestSuite("srvcc-attacks", UNIT)
    {
        AddTestCase(new XmlTestCase, TestCase::QUICK);
        AddTestCase(new DemoScenariosTestCase, TestCase::QUICK);
        // While the UE derives, after it derived but before UTRAN, and once on UTRAN.
        AddTestCase(new ReplayRejectedTestCase(srvcc::SrvccProfile::kTs33501, MicroSeconds(10),
                                               "10 us later, while the UE derives", false),
                    TestCase::QUICK);
        AddTestCase(new ReplayRejectedTestCase(srvcc::SrvccProfile::kTs33501, MilliSeconds(1),
                                               "1 ms later"),
                    TestCase::QUICK);
        AddTestCase(new ReplayRejectedTestCase(srvcc::SrvccProfile::kTs33501, MilliSeconds(200),
                                               "200 ms later"),
                    TestCase::QUICK);
        AddTestCase(new ReplayRejectedTestCase(srvcc::SrvccProfile::kSol12, MilliSeconds(200),
                                               "200 ms later"),
                    TestCase::QUICK);
        for (srvcc::SrvccProfile p :
             {srvcc::SrvccProfile::kTs33501, srvcc::SrvccProfile::kSol11,
              srvcc::SrvccProfile::kSol11Concat, srvcc::SrvccProfile::kSol12})
        {
            AddTestCase(new NarrationTestCase(p, false), TestCase::QUICK);
        }
        AddTestCase(new NarrationTestCase(srvcc::SrvccProfile::kTs33501, true), TestCase::QUICK);
        AddTestCase(new TamperNarrationTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioNarrationTestCase, TestCase::QUICK);
        AddTestCase(new ReplayScenarioTestCase, TestCase::QUICK);
    }
};

SrvccAttacksTestSuite g_srvccAttacksTestSuite;

} // namespace
