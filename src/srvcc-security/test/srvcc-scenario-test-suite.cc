/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Scenario file tests: a file with every field reads to the right values, the defaults, the
 * "all UEs" expansion, data rates as ns-3 reads them, timer names that exist as attributes,
 * every bad input rejected with a ScenarioError naming the file and the field path, and every
 * file in scenarios/ readable.
 */
#include "ns3/data-rate.h"
#include "ns3/random-variable-stream.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-scenario.h"
#include "srvcc-test-require.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ns3;

/**
 * Like NS_TEST_ASSERT_MSG_EQ, but always leaves DoRun on failure: the ns-3 runner continues
 * after a failed ASSERT unless --stop-on-failure, and the checks after these index into the
 * parsed scenario.
 */

namespace
{

const std::string kOrigin = "bad.json";

/** Parse \p json; \return the ScenarioError text, or a description of what happened instead. */
std::string
ErrorOf(const std::string& json, const std::string& origin = kOrigin)
{
    try
    {
        ParseScenario(json, origin);
    }
    catch (const ScenarioError& e)
    {
        return e.what();
    }
    catch (const std::exception& e)
    {
        return std::string("<other exception: ") + e.what() + ">";
    }
    return "<no error>";
}

std::string
LoadErrorOf(const std::string& path)
{
    try
    {
        LoadScenario(path);
    }
    catch (const ScenarioError& e)
    {
        return e.what();
    }
    catch (const std::exception& e)
    {
        return std::string("<other exception: ") + e.what() + ">";
    }
    return "<no error>";
}

/** Parse a scenario that must be valid into \p out; \return ErrorOf's text ("<no error>"). */
std::string
Parse(const std::string& json, const std::string& origin, SrvccScenario& out)
{
    try
    {
        out = ParseScenario(json, origin);
    }
    catch (const std::exception& e)
    {
        return e.what();
    }
    return "<no error>";
}

std::string
Load(const std::string& path, SrvccScenario& out)
{
    try
    {
        out = LoadScenario(path);
    }
    catch (const std::exception& e)
    {
        return e.what();
    }
    return "<no error>";
}

bool
StartsWith(const std::string& s, const std::string& prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool
Contains(const std::string& s, const std::string& part)
{
    return s.find(part) != std::string::npos;
}

// ---- a file with every field ------------------------------------------------------------------

const char* kFullScenario = R"({
  "name": "full",
  "description": "every field",
  "profile": "sol1.1-concat",
  "eksi_type": "keep",
  "topology": {"gnbs": 2, "ues_per_gnb": 3},
  "links": {
    "nr-uu": {"delay_ms": 5, "data_rate": "100Mbps", "loss": 0.01},
    "sv": {"delay_ms": 10.5, "data_rate": "2Mb/s", "loss": 0},
    "amf-msc": {"delay_ms": 7}
  },
  "processing": {
    "amf": {"message_us": 200, "key_derivation_us": 75.5, "serial": false},
    "msc": {"message_us": 0}
  },
  "timers": {
    "gnb": {"TNgRelocPrep": 1500, "TNgRelocOverall": 2500},
    "amf": {"RelocationResponseTimeout": 3500, "RelocationCompleteTimeout": 4500,
            "T3Response": 250, "N3Requests": 3, "DuplicateWindow": 900},
    "mme": {"SvResponseTimeout": 2200, "CompletionTimeout": 3300,
            "T3Response": 150, "N3Requests": 0, "DuplicateWindow": 700},
    "msc": {"TargetPreparationTimeout": 1100, "UeArrivalTimeout": 2100,
            "T3Response": 300, "N3Requests": 1, "DuplicateWindow": 1200},
    "ue": {"UtranAccessDelay": 45.5}
  },
  "utran": {"integrity": "uia1", "ciphering": "uea0"},
  "sv_mm_context": "utran",
  "handovers": [{"ue": 5, "at_s": 2.5}, {"ue": 0, "at_s": 1}],
  "faults": {
    "msc_rejects": true, "rnc_rejects": true, "tamper_ck": true, "tamper_ik": true,
    "ue_never_arrives": [1, 4],
    "cancel": [{"ue": 5, "at_s": 2.501}, {"ue": 5, "at_s": 2.502}]
  },
  "seed": 7, "run": 3, "replications": 4, "duration_s": 30, "pcap": true
})";

class ScenarioFullTestCase : public TestCase
{
  public:
    ScenarioFullTestCase() : TestCase("every field of a full file is read") {}

  private:
    void
    DoRun() override
    {
        SrvccScenario s;
        SRVCC_REQUIRE_EQ(Parse(kFullScenario, "scenarios/full.json", s), "<no error>",
                         "a valid scenario");
        NS_TEST_EXPECT_MSG_EQ(s.file, "scenarios/full.json", "file");
        NS_TEST_EXPECT_MSG_EQ(s.name, "full", "name");
        NS_TEST_EXPECT_MSG_EQ(s.description, "every field", "description");
        NS_TEST_EXPECT_MSG_EQ(s.Word("profile"), "sol1.1-concat", "profile");
        NS_TEST_EXPECT_MSG_EQ(s.Word("eksi_type"), "keep", "eksi_type");
        NS_TEST_EXPECT_MSG_EQ(s.gnbs, 2, "gnbs");
        NS_TEST_EXPECT_MSG_EQ(s.uesPerGnb, 3, "ues_per_gnb");

        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("links.nr-uu.delay_ms"), MilliSeconds(5), "nr-uu delay");
        NS_TEST_EXPECT_MSG_EQ(s.Rate("links.nr-uu.data_rate").GetBitRate(), 100000000,
                              "nr-uu rate");
        NS_TEST_EXPECT_MSG_EQ(s.Probability("links.nr-uu.loss"), 0.01, "nr-uu loss");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("links.sv.delay_ms"), MicroSeconds(10500), "sv delay");
        NS_TEST_EXPECT_MSG_EQ(s.Rate("links.sv.data_rate").GetBitRate(), 2000000, "sv rate");
        NS_TEST_EXPECT_MSG_EQ(s.Probability("links.sv.loss"), 0.0, "sv loss");
        // Fields left out are not settings: the helper's default for the interface stays.
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("links.amf-msc.delay_ms"), MilliSeconds(7), "amf-msc delay");
        NS_TEST_EXPECT_MSG_EQ(s.Has("links.amf-msc.data_rate"), false, "amf-msc rate not given");
        NS_TEST_EXPECT_MSG_EQ(s.Rate("links.amf-msc.data_rate").GetBitRate(),
                              CreateObject<SrvccHelper>()
                                  ->GetLinkParameters(SrvccInterface::kAmfMsc)
                                  .dataRate.GetBitRate(),
                              "amf-msc rate: the helper's default");
        NS_TEST_EXPECT_MSG_EQ(s.Probability("links.amf-msc.loss"), 0.0, "amf-msc loss");
        NS_TEST_EXPECT_MSG_EQ(s.Has("links.iu.delay_ms"), false, "iu not given");

        NS_TEST_EXPECT_MSG_EQ(s.Distribution("processing.amf.message_us"),
                              "ns3::ConstantRandomVariable[Constant=200]", "amf message_us");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("processing.amf.key_derivation_us"), NanoSeconds(75500),
                              "amf key_derivation_us");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("processing.amf.serial"), false, "amf serial");
        NS_TEST_EXPECT_MSG_EQ(s.Distribution("processing.msc.message_us"),
                              "ns3::ConstantRandomVariable[Constant=0]", "msc message_us");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("processing.msc.key_derivation_us"), MicroSeconds(50),
                              "msc key_derivation_us default");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("processing.msc.serial"), true, "msc serial default");
        NS_TEST_EXPECT_MSG_EQ(s.Has("processing.msc.serial"), false, "msc serial not given");

        std::size_t timers = 0;
        for (const auto& [path, setting] : s.settings)
        {
            timers += path.rfind("timers.", 0) == 0 ? 1 : 0;
        }
        NS_TEST_EXPECT_MSG_EQ(timers, 18,
                              "nine node timers, three GTPv2-C settings of three roles");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.amf.T3Response"), MilliSeconds(250),
                              "amf T3Response");
        NS_TEST_EXPECT_MSG_EQ(s.Count("timers.amf.N3Requests"), 3, "amf N3Requests");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.amf.DuplicateWindow"), MilliSeconds(900),
                              "amf DuplicateWindow");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.mme.T3Response"), MilliSeconds(150),
                              "mme T3Response");
        NS_TEST_EXPECT_MSG_EQ(s.Count("timers.mme.N3Requests"), 0, "mme N3Requests 0");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.mme.DuplicateWindow"), MilliSeconds(700),
                              "mme DuplicateWindow");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.msc.T3Response"), MilliSeconds(300),
                              "msc T3Response");
        NS_TEST_EXPECT_MSG_EQ(s.Count("timers.msc.N3Requests"), 1, "msc N3Requests");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.msc.DuplicateWindow"), MilliSeconds(1200),
                              "msc DuplicateWindow");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.gnb.TNgRelocPrep"), MilliSeconds(1500),
                              "gnb TNgRelocPrep");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.gnb.TNgRelocOverall"), MilliSeconds(2500),
                              "gnb TNgRelocOverall");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.amf.RelocationResponseTimeout"), MilliSeconds(3500),
                              "amf RelocationResponseTimeout");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.amf.RelocationCompleteTimeout"), MilliSeconds(4500),
                              "amf RelocationCompleteTimeout");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.mme.SvResponseTimeout"), MilliSeconds(2200),
                              "mme SvResponseTimeout");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.mme.CompletionTimeout"), MilliSeconds(3300),
                              "mme CompletionTimeout");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.msc.TargetPreparationTimeout"), MilliSeconds(1100),
                              "msc TargetPreparationTimeout");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.msc.UeArrivalTimeout"), MilliSeconds(2100),
                              "msc UeArrivalTimeout");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("timers.ue.UtranAccessDelay"), MicroSeconds(45500),
                              "ue UtranAccessDelay");

        NS_TEST_EXPECT_MSG_EQ(s.Word("utran.integrity"), "uia1", "utran.integrity");
        NS_TEST_EXPECT_MSG_EQ(s.Word("utran.ciphering"), "uea0", "utran.ciphering");
        NS_TEST_EXPECT_MSG_EQ(s.Word("sv_mm_context"), "utran", "sv_mm_context utran");

        SRVCC_REQUIRE_EQ(s.handovers.size(), 2, "two handovers, in file order");
        NS_TEST_EXPECT_MSG_EQ(s.handovers[0].ue, 5, "handovers[0].ue");
        NS_TEST_EXPECT_MSG_EQ(s.handovers[0].at, MilliSeconds(2500), "handovers[0].at_s");
        NS_TEST_EXPECT_MSG_EQ(s.handovers[1].ue, 0, "handovers[1].ue");
        NS_TEST_EXPECT_MSG_EQ(s.handovers[1].at, Seconds(1), "handovers[1].at_s");

        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.msc_rejects"), true, "msc_rejects");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.rnc_rejects"), true, "rnc_rejects");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.tamper_ck"), true, "tamper_ck");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.tamper_ik"), true, "tamper_ik");
        SRVCC_REQUIRE_EQ(s.uesNeverArriving.size(), 2, "ue_never_arrives");
        NS_TEST_EXPECT_MSG_EQ(s.uesNeverArriving[0], 1, "ue_never_arrives[0]");
        NS_TEST_EXPECT_MSG_EQ(s.uesNeverArriving[1], 4, "ue_never_arrives[1]");
        SRVCC_REQUIRE_EQ(s.cancels.size(), 2, "cancel");
        NS_TEST_EXPECT_MSG_EQ(s.cancels[0].ue, 5, "cancel[0].ue");
        NS_TEST_EXPECT_MSG_EQ(s.cancels[0].at, MilliSeconds(2501), "cancel[0].at_s");
        NS_TEST_EXPECT_MSG_EQ(s.cancels[1].at, MilliSeconds(2502), "cancel[1].at_s");

        NS_TEST_EXPECT_MSG_EQ(s.seed, 7, "seed");
        NS_TEST_EXPECT_MSG_EQ(s.run, 3, "run");
        NS_TEST_EXPECT_MSG_EQ(s.replications, 4, "replications");
        NS_TEST_EXPECT_MSG_EQ(s.duration, Seconds(30), "duration_s");
        NS_TEST_EXPECT_MSG_EQ(s.pcap.has_value(), true, "pcap forced");
        NS_TEST_EXPECT_MSG_EQ(s.pcap.value_or(false), true, "pcap true");
    }
};

// ---- defaults -----------------------------------------------------------------------------------

class ScenarioDefaultsTestCase : public TestCase
{
  public:
    ScenarioDefaultsTestCase() : TestCase("an empty object is the default scenario") {}

  private:
    void
    DoRun() override
    {
        const SrvccScenario d = DefaultScenario();
        NS_TEST_EXPECT_MSG_EQ(d.file, "", "DefaultScenario: built in code");
        NS_TEST_EXPECT_MSG_EQ(d.Word("profile"), "ts33501", "DefaultScenario: profile");
        NS_TEST_EXPECT_MSG_EQ(d.gnbs * d.uesPerGnb, 1, "DefaultScenario: one UE");
        SRVCC_REQUIRE_EQ(d.handovers.size(), 1, "DefaultScenario: one handover");
        NS_TEST_EXPECT_MSG_EQ(d.handovers[0].at, Seconds(1), "DefaultScenario: at 1 s");

        SrvccScenario s;
        SRVCC_REQUIRE_EQ(Parse("{}", "dir/empty.json", s), "<no error>", "a valid scenario");
        NS_TEST_EXPECT_MSG_EQ(s.file, "dir/empty.json", "file");
        NS_TEST_EXPECT_MSG_EQ(s.name, "empty", "name: the file's stem");
        NS_TEST_EXPECT_MSG_EQ(s.description, "", "description");
        NS_TEST_EXPECT_MSG_EQ(s.Word("profile"), d.Word("profile"), "profile");
        NS_TEST_EXPECT_MSG_EQ(s.Word("eksi_type"), "mapped", "eksi_type");
        NS_TEST_EXPECT_MSG_EQ(s.gnbs, 1, "gnbs");
        NS_TEST_EXPECT_MSG_EQ(s.uesPerGnb, 1, "ues_per_gnb");
        NS_TEST_EXPECT_MSG_EQ(s.settings.empty(), true,
                              "no settings: links, processing, timers, ... keep the defaults");
        NS_TEST_EXPECT_MSG_EQ(s.Word("utran.integrity"), "uia2", "utran.integrity");
        NS_TEST_EXPECT_MSG_EQ(s.Word("utran.ciphering"), "uea2", "utran.ciphering");
        NS_TEST_EXPECT_MSG_EQ(s.Word("sv_mm_context"), "eutran", "sv_mm_context");
        SRVCC_REQUIRE_EQ(s.handovers.size(), d.handovers.size(), "handovers");
        NS_TEST_EXPECT_MSG_EQ(s.handovers[0].ue, 0, "handovers[0].ue");
        NS_TEST_EXPECT_MSG_EQ(s.handovers[0].at, d.handovers[0].at, "handovers[0].at");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.msc_rejects") || s.Flag("faults.rnc_rejects")
                                  || s.Flag("faults.tamper_ck") || s.Flag("faults.tamper_ik"),
                              false, "no faults");
        NS_TEST_EXPECT_MSG_EQ(s.uesNeverArriving.empty(), true, "ue_never_arrives");
        NS_TEST_EXPECT_MSG_EQ(s.cancels.empty(), true, "cancel");
        NS_TEST_EXPECT_MSG_EQ(s.seed, d.seed, "seed");
        NS_TEST_EXPECT_MSG_EQ(s.seed, 1, "seed 1");
        NS_TEST_EXPECT_MSG_EQ(s.run, 1, "run");
        NS_TEST_EXPECT_MSG_EQ(s.replications, 1, "replications");
        NS_TEST_EXPECT_MSG_EQ(s.duration, Seconds(10), "duration_s");
        NS_TEST_EXPECT_MSG_EQ(s.pcap.has_value(), false, "pcap auto");

        // Explicit "auto" and an empty handover list.
        SrvccScenario a;
        SRVCC_REQUIRE_EQ(Parse(R"({"pcap": "auto", "handovers": []})", "a.json", a), "<no error>",
                         "a valid scenario");
        NS_TEST_EXPECT_MSG_EQ(a.pcap.has_value(), false, "pcap \"auto\"");
        NS_TEST_EXPECT_MSG_EQ(a.handovers.empty(), true, "handovers: []");

        // A link with only some fields keeps the helper's radio-leg defaults for the others.
        SrvccScenario l;
        SRVCC_REQUIRE_EQ(Parse(R"({"links": {"utran-uu": {"loss": 0.5}}})", "l.json", l),
                         "<no error>", "a valid scenario");
        const SrvccLinkParameters helperDefault
            = CreateObject<SrvccHelper>()->GetLinkParameters(SrvccInterface::kUtranUu);
        NS_TEST_EXPECT_MSG_EQ(l.Probability("links.utran-uu.loss"), 0.5, "utran-uu loss");
        NS_TEST_EXPECT_MSG_EQ(l.TimeOf("links.utran-uu.delay_ms"), helperDefault.delay,
                              "utran-uu delay: helper default");
        NS_TEST_EXPECT_MSG_EQ(l.Rate("links.utran-uu.data_rate").GetBitRate(),
                              helperDefault.dataRate.GetBitRate(), "utran-uu rate: helper default");
        NS_TEST_EXPECT_MSG_EQ(l.Rate("links.utran-uu.data_rate").GetBitRate(), 2000000,
                              "utran-uu: 2Mbps");
    }
};

// ---- "all" and lists -------------------------------------------------------------------------

class ScenarioExpansionTestCase : public TestCase
{
  public:
    ScenarioExpansionTestCase() : TestCase("all and UE lists expand to timed handovers") {}

  private:
    void
    DoRun() override
    {
        SrvccScenario s;
        SRVCC_REQUIRE_EQ(Parse(
                             R"({"topology": {"gnbs": 2, "ues_per_gnb": 3},
                "handovers": {"ues": "all", "start_s": 2, "spacing_ms": 10},
                "faults": {"ue_never_arrives": "all"}})",
                             "all.json", s),
                         "<no error>", "a valid scenario");
        SRVCC_REQUIRE_EQ(s.handovers.size(), 6, "every UE");
        for (uint32_t i = 0; i < 6; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(s.handovers[i].ue, i, "UE order");
            NS_TEST_EXPECT_MSG_EQ(s.handovers[i].at, Seconds(2) + MilliSeconds(10 * i),
                                  "start_s + i * spacing_ms");
        }
        NS_TEST_EXPECT_MSG_EQ(s.uesNeverArriving.size(), 6, "ue_never_arrives: all");

        SrvccScenario l;
        SRVCC_REQUIRE_EQ(Parse(
                             R"({"topology": {"gnbs": 2, "ues_per_gnb": 3},
                "handovers": {"ues": [0, 3, 5], "spacing_ms": 0.1}})",
                             "list.json", l),
                         "<no error>", "a valid scenario");
        SRVCC_REQUIRE_EQ(l.handovers.size(), 3, "three UEs");
        NS_TEST_EXPECT_MSG_EQ(l.handovers[1].ue, 3, "second UE");
        NS_TEST_EXPECT_MSG_EQ(l.handovers[2].ue, 5, "third UE");
        NS_TEST_EXPECT_MSG_EQ(l.handovers[0].at, Seconds(1), "start_s default 1");
        NS_TEST_EXPECT_MSG_EQ(l.handovers[2].at, Seconds(1) + MicroSeconds(200),
                              "index in the list times spacing");

        // "ues" defaults to all, spacing to 0: everyone at once.
        SrvccScenario d;
        SRVCC_REQUIRE_EQ(Parse(R"({"topology": {"ues_per_gnb": 4}, "handovers": {"start_s": 0.5}})",
                               "d.json", d),
                         "<no error>", "a valid scenario");
        SRVCC_REQUIRE_EQ(d.handovers.size(), 4, "ues default: all");
        NS_TEST_EXPECT_MSG_EQ(d.handovers[3].at, MilliSeconds(500), "spacing default 0");

        // The largest allowed topology expands without running out of exactness.
        SrvccScenario big;
        SRVCC_REQUIRE_EQ(Parse(
                             R"({"topology": {"gnbs": 10, "ues_per_gnb": 100000},
                "handovers": {"spacing_ms": 0.01}, "duration_s": 20})",
                             "big.json", big),
                         "<no error>", "a valid scenario");
        SRVCC_REQUIRE_EQ(big.handovers.size(), 1000000, "one million UEs");
        NS_TEST_EXPECT_MSG_EQ(big.handovers.back().at,
                              Seconds(1) + NanoSeconds(10000) * int64_t{999999},
                              "last handover time exact");
    }
};

// ---- data rates --------------------------------------------------------------------------------

class ScenarioDataRateTestCase : public TestCase
{
  public:
    ScenarioDataRateTestCase() : TestCase("data rates read as ns-3's DataRate reads them") {}

  private:
    void
    DoRun() override
    {
        // Every unit ns-3.37 documents; the parser must agree with DataRate(std::string).
        const std::vector<std::string> rates
            = {"3bps",    "3b/s",  "3Bps",  "3B/s",   "3kbps",  "3kb/s",   "3Kbps",
               "3Kb/s",   "3kBps", "3kB/s", "3KBps",  "3KB/s",  "3Kib/s",  "3KiB/s",
               "3Mbps",   "3Mb/s", "3MBps", "3MB/s",  "3Mib/s", "3MiB/s",  "3Gbps",
               "3Gb/s",   "3GBps", "3GB/s", "3Gib/s", "3GiB/s", "1.5kbps", "0.25Mbps",
               "100Mbps", "2Mbps", "1Gbps", "56kbps", "8Kib/s"};
        for (const std::string& rate : rates)
        {
            const std::string json = R"({"links": {"iu": {"data_rate": ")" + rate + R"("}}})";
            SrvccScenario s;
            SRVCC_REQUIRE_EQ(Parse(json, "rate.json", s), "<no error>", "a valid scenario");
            NS_TEST_EXPECT_MSG_EQ(s.Rate("links.iu.data_rate").GetBitRate(),
                                  DataRate(rate).GetBitRate(), rate);
        }
        // Strings DataRate would abort on (or misread) are errors, not crashes.
        for (const std::string bad :
             {"fast", "100", "100 Mbps", "100mbps", "Mbps", "1.Mbps", ".5Mbps", "-1Mbps", "1e3bps",
              "100Tbps", "0bps", "0.5bps", "20000Gbps", ""})
        {
            const std::string json = R"({"links": {"iu": {"data_rate": ")" + bad + R"("}}})";
            const std::string error = ErrorOf(json);
            NS_TEST_EXPECT_MSG_EQ(StartsWith(error, "bad.json: links.iu.data_rate: found \"" + bad
                                                        + "\" (a string), expected a data rate"),
                                  true, bad + " -> " + error);
        }
    }
};

// ---- timer names ------------------------------------------------------------------------------

class ScenarioTimerNamesTestCase : public TestCase
{
  public:
    ScenarioTimerNamesTestCase()
        : TestCase("every timer a file may set is a Time attribute (N3Requests: a whole number)")
    {
    }

  private:
    void
    DoRun() override
    {
        SrvccScenario s;
        SRVCC_REQUIRE_EQ(Parse(kFullScenario, "full.json", s), "<no error>", "a valid scenario");
        const std::map<SrvccRole, TypeId> types = {
            {SrvccRole::kUe, SrvccUeApplication::GetTypeId()},
            {SrvccRole::kGnb, SrvccGnbApplication::GetTypeId()},
            {SrvccRole::kAmf, SrvccAmfApplication::GetTypeId()},
            {SrvccRole::kMme, SrvccMmeApplication::GetTypeId()},
            {SrvccRole::kMscServer, SrvccMscServerApplication::GetTypeId()},
        };
        std::size_t count = 0;
        for (const auto& [path, setting] : s.settings)
        {
            if (path.rfind("timers.", 0) != 0)
            {
                continue;
            }
            const std::string name = setting.row->attribute;
            TypeId::AttributeInformation info;
            const bool found = types.at(*setting.row->role).LookupAttributeByName(name, &info);
            NS_TEST_EXPECT_MSG_EQ(found, true, name + " is an attribute");
            if (found && name == "N3Requests")
            {
                NS_TEST_EXPECT_MSG_EQ(info.checker->Check(UintegerValue(s.Count(path))), true,
                                      name + " takes a whole number");
            }
            else if (found)
            {
                NS_TEST_EXPECT_MSG_EQ(info.checker->Check(TimeValue(s.TimeOf(path))), true,
                                      name + " takes a Time");
            }
            ++count;
        }
        NS_TEST_EXPECT_MSG_EQ(count, 18, "the full file sets all eighteen timer fields");
    }
};

// ---- bad input -----------------------------------------------------------------------------

struct BadInput
{
    const char* json;
    const char* path;     ///< the field path right after "bad.json: "
    const char* fragment; ///< a part of the rest of the message
};

class ScenarioBadInputTestCase : public TestCase
{
  public:
    ScenarioBadInputTestCase() : TestCase("bad input: ScenarioError with file and field path") {}

  private:
    void
    DoRun() override
    {
        // The exact messages of the documented examples.
        NS_TEST_EXPECT_MSG_EQ(
            ErrorOf(R"({"links": {"sv": {"delay_ms": "fast"}}})", "scenarios/x.json"),
            "scenarios/x.json: links.sv.delay_ms: found \"fast\" (a string), "
            "expected a number >= 0",
            "documented example");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf(R"({"links": {"sv": {"colour": "red"}}})"),
                              "bad.json: links.sv.colour: unknown field (expected delay_ms, "
                              "data_rate, loss)",
                              "unknown field");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf(R"({"links": {"s1": {}}})"),
                              "bad.json: links.s1: unknown interface (expected nr-uu, n2, n26, sv, "
                              "amf-msc, iu, utran-uu)",
                              "unknown interface");
        NS_TEST_EXPECT_MSG_EQ(
            ErrorOf(R"({"processing": {"sgsn": {}}})"),
            "bad.json: processing.sgsn: unknown role (expected ue, gnb, amf, mme, "
            "msc, rnc)",
            "unknown role");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf(R"({"topology": {"gnbs": 1, "ues_per_gnb": 2},
                                         "handovers": {"ues": [0, 2]}})"),
                              "bad.json: handovers.ues[1]: found 2 (a number), expected a UE index "
                              "between 0 and 1 (topology has 2 UEs)",
                              "UE index out of range");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf("{\n  \"seed\": 1,\n  \"run\" 2\n}"),
                              "bad.json: line 3, column 9: malformed JSON: syntax error",
                              "malformed JSON: line and column");

        const std::vector<BadInput> cases = {
            // Unknown names.
            {R"({"colour": 1})", "colour", "unknown field (expected name, description, profile"},
            {R"({"timers": {"gnb": {"T3": 5}}})", "timers.gnb.T3",
             "unknown timer (expected TNgRelocPrep, TNgRelocOverall)"},
            {R"({"timers": {"mme": {"TNgRelocPrep": 5}}})", "timers.mme.TNgRelocPrep",
             "unknown timer (expected SvResponseTimeout, CompletionTimeout, T3Response, "
             "DuplicateWindow, N3Requests)"},
            {R"({"timers": {"gnb": {"T3Response": 5}}})", "timers.gnb.T3Response",
             "unknown timer (expected TNgRelocPrep, TNgRelocOverall)"},
            {R"({"timers": {"mme": {"T3Response": 0}}})", "timers.mme.T3Response",
             "found 0 (a number), expected a number > 0"},
            {R"({"timers": {"mme": {"N3Requests": -1}}})", "timers.mme.N3Requests",
             "found -1 (a number), expected a whole number between 0 and 100"},
            {R"({"timers": {"mme": {"N3Requests": 1.5}}})", "timers.mme.N3Requests",
             "found 1.5 (a number)"},
            {R"({"timers": {"amf": {"N3Requests": 101}}})", "timers.amf.N3Requests",
             "found 101 (a number), expected a whole number between 0 and 100"},
            {R"({"timers": {"rnc": {"T1": 5}}})", "timers.rnc.T1",
             "unknown timer (expected UnusedResourceTimeout)"},
            {R"({"timers": {"hss": {}}})", "timers.hss", "unknown role"},
            {R"({"faults": {"drop_all": true}})", "faults.drop_all", "unknown field"},
            {R"({"handovers": {"ues": "all", "at_s": 1}})", "handovers.at_s", "unknown field"},
            {R"({"handovers": [{"ue": 0, "when": 1}]})", "handovers[0].when", "unknown field"},
            {R"({"profile": "sol2"})", "profile",
             "found \"sol2\" (a string), expected one of ts33501, sol1.1, sol1.1-concat, sol1.2"},
            {R"({"eksi_type": 3})", "eksi_type",
             "found 3 (a number), expected one of mapped, keep"},
            {R"({"utran": {"integrity": "uia0"}})", "utran.integrity",
             "expected one of uia2, uia1"},
            {R"({"utran": {"ciphering": "uea3"}})", "utran.ciphering",
             "expected one of uea2, uea1, uea0"},
            {R"({"sv_mm_context": "gsm"})", "sv_mm_context", "expected one of eutran, utran"},
            {R"({"pcap": "yes"})", "pcap", "found \"yes\" (a string), expected \"auto\", true"},
            // UE indices.
            {R"({"handovers": [{"ue": 1, "at_s": 1}]})", "handovers[0].ue",
             "found 1 (a number), expected a UE index between 0 and 0"},
            {R"({"handovers": [{"ue": -1, "at_s": 1}]})", "handovers[0].ue",
             "found -1 (a number), expected a whole number between 0 and 0"},
            {R"({"faults": {"ue_never_arrives": [3]}})", "faults.ue_never_arrives[0]",
             "expected a UE index"},
            {R"({"faults": {"cancel": [{"ue": 7, "at_s": 1}]}})", "faults.cancel[0].ue",
             "expected a UE index"},
            {R"({"topology": {"ues_per_gnb": 2}, "handovers": {"ues": [1, 0, 1]}})",
             "handovers.ues[2]", "expected each UE once (UE 1 is already handovers.ues[0])"},
            {R"({"topology": {"ues_per_gnb": 2},
                 "handovers": [{"ue": 1, "at_s": 1}, {"ue": 1, "at_s": 2}]})",
             "handovers[1].ue", "expected each UE once (UE 1 is already at handovers[0])"},
            {R"({"handovers": [{"at_s": 1}]})", "handovers[0].ue", "missing, expected a UE index"},
            {R"({"faults": {"cancel": [{"ue": 0}]}})", "faults.cancel[0].at_s",
             "missing, expected a time in seconds"},
            // Negative numbers, ranges, limits.
            {R"({"links": {"n2": {"delay_ms": -1}}})", "links.n2.delay_ms",
             "found -1 (a number), expected a number >= 0"},
            {R"({"links": {"n2": {"delay_ms": 2e9}}})", "links.n2.delay_ms",
             "found 2000000000 (a number), expected a number <= 1000000000"},
            {R"({"links": {"iu": {"loss": 1.5}}})", "links.iu.loss",
             "found 1.5 (a number), expected a number between 0 and 1"},
            {R"({"links": {"iu": {"loss": -0.1}}})", "links.iu.loss",
             "expected a number between 0 and 1"},
            {R"({"processing": {"amf": {"message_us": -5}}})", "processing.amf.message_us",
             "expected a number >= 0"},
            {R"({"timers": {"mme": {"SvResponseTimeout": "2s"}}})", "timers.mme.SvResponseTimeout",
             "found \"2s\" (a string), expected a number >= 0"},
            {R"({"replications": 0})", "replications",
             "found 0 (a number), expected a whole number between 1 and 100000"},
            {R"({"seed": 0})", "seed", "expected a whole number between 1 and 4294967295"},
            {R"({"run": 4294967295, "replications": 2})", "run",
             "expected a whole number between 0 and 4294967294"},
            {R"({"topology": {"gnbs": 1001}})", "topology.gnbs",
             "found 1001 (a number), expected a whole number between 1 and 1000"},
            {R"({"topology": {"gnbs": 0}})", "topology.gnbs", "expected a whole number between 1"},
            {R"({"topology": {"ues_per_gnb": 100001}})", "topology.ues_per_gnb",
             "expected a whole number between 1 and 100000"},
            {R"({"topology": {"gnbs": 11, "ues_per_gnb": 100000}})", "topology",
             "found 11 gNBs x 100000 UEs = 1100000 UEs, expected at most 1000000 UEs in total"},
            {R"({"duration_s": 0})", "duration_s", "found 0 (a number), expected a number > 0"},
            {R"({"duration_s": 1e999})", "duration_s", "found inf (a number), expected a finite"},
            {R"({"handovers": [{"ue": 0, "at_s": 10}]})", "handovers[0].at_s",
             "found 10 (a number), expected a time before duration_s (10 s)"},
            {R"({"topology": {"ues_per_gnb": 3}, "duration_s": 2,
                 "handovers": {"start_s": 1.5, "spacing_ms": 300}})",
             "handovers",
             "found the last handover (UE 2) at 2.1 s, expected every handover "
             "before duration_s (2 s)"},
            // Wrong types.
            {R"({"seed": true})", "seed", "found true (a boolean), expected a whole number"},
            {R"({"topology": {"gnbs": 1.5}})", "topology.gnbs",
             "found 1.5 (a number), expected a whole"},
            {R"({"topology": {"gnbs": "2"}})", "topology.gnbs", "found \"2\" (a string)"},
            {R"({"topology": [1, 1]})", "topology", "found an array, expected an object"},
            {R"({"links": {"sv": 10}})", "links.sv", "found 10 (a number), expected an object"},
            {R"({"links": {"sv": {"delay_ms": false}}})", "links.sv.delay_ms",
             "found false (a boolean), expected a number >= 0"},
            {R"({"links": {"sv": {"delay_ms": null}}})", "links.sv.delay_ms",
             "found null, expected a number >= 0"},
            {R"({"processing": {"amf": {"serial": "yes"}}})", "processing.amf.serial",
             "found \"yes\" (a string), expected true or false"},
            // Arrival processes.
            {R"({"handovers": {"process": "weibull"}})", "handovers.process",
             "expected one of fixed, poisson, burst"},
            {R"({"handovers": {"rate_per_s": 5}})", "handovers.rate_per_s",
             "only with \"process\": \"poisson\" or \"burst\" (process is \"fixed\")"},
            {R"({"handovers": {"process": "poisson"}})", "handovers",
             "\"process\": \"poisson\" needs \"rate_per_s\""},
            {R"({"handovers": {"process": "poisson", "rate_per_s": 0}})", "handovers.rate_per_s",
             "expected a number > 0"},
            {R"({"handovers": {"process": "poisson", "rate_per_s": 5, "spacing_ms": 1}})",
             "handovers.spacing_ms", "only with \"process\": \"fixed\" or \"burst\""},
            {R"({"handovers": {"process": "poisson", "rate_per_s": 5, "burst_size": 2}})",
             "handovers.burst_size", "only with \"process\": \"burst\""},
            {R"({"handovers": {"process": "burst", "rate_per_s": 5}})", "handovers.burst_size",
             "missing, expected UEs per burst"},
            {R"({"handovers": {"process": "burst", "burst_size": 2}})", "handovers",
             "needs one of \"rate_per_s\""},
            {R"({"handovers": {"process": "burst", "burst_size": 2, "rate_per_s": 1,
                 "spacing_ms": 5}})",
             "handovers", "needs one of \"rate_per_s\""},
            {R"({"handovers": {"process": "burst", "burst_size": 0, "spacing_ms": 5}})",
             "handovers.burst_size", "expected a whole number between 1 and"},
            {R"({"duration_s": 5, "handovers": {"process": "poisson", "rate_per_s": 1,
                 "start_s": 6}})",
             "handovers.start_s", "expected a time before duration_s (5 s)"},
            // Processing distributions, workers, per-message names.
            {R"({"processing": {"msc": {"message_us": "fast"}}})", "processing.msc.message_us",
             "expected a time in us or an object {\"distribution\", \"mean_us\", \"cv\"}"},
            {R"({"processing": {"msc": {"message_us": {"distribution": "pareto",
                 "mean_us": 5}}}})",
             "processing.msc.message_us.distribution",
             "expected one of constant, uniform, exponential, lognormal"},
            {R"({"processing": {"msc": {"message_us": {"distribution": "exponential"}}}})",
             "processing.msc.message_us.mean_us", "missing, expected a time in us"},
            {R"({"processing": {"msc": {"message_us": {"distribution": "exponential",
                 "mean_us": 5, "cv": 0.5}}}})",
             "processing.msc.message_us.cv", "expected 1 for a exponential distribution"},
            {R"({"processing": {"msc": {"message_us": {"distribution": "uniform",
                 "mean_us": 5, "cv": 0.6}}}})",
             "processing.msc.message_us.cv", "a cv between 0 and 0.57735"},
            {R"({"processing": {"msc": {"message_us": {"distribution": "lognormal",
                 "mean_us": 5}}}})",
             "processing.msc.message_us", "needs \"cv\""},
            {R"({"processing": {"msc": {"message_us": {"distribution": "lognormal",
                 "mean_us": 0, "cv": 1}}}})",
             "processing.msc.message_us", "mean_us > 0"},
            {R"({"processing": {"msc": {"message_us": {"distribution": "constant",
                 "mean_us": 5, "sd": 1}}}})",
             "processing.msc.message_us.sd", "unknown field (expected distribution, mean_us, cv)"},
            {R"({"processing": {"msc": {"workers": 0}}})", "processing.msc.workers",
             "expected a whole number between 1 and 1000000"},
            {R"({"processing": {"msc": {"workers": 1.5}}})", "processing.msc.workers",
             "expected a whole number"},
            // The transport fields (links.<iface>, SCTP on n2 and iu, RLC AM on the radio).
            {R"({"links": {"n2": {"rto_initial_ms": 0}}})", "links.n2.rto_initial_ms",
             "found 0 (a number), expected a number > 0"},
            {R"({"links": {"iu": {"rto_min_ms": -1}}})", "links.iu.rto_min_ms",
             "expected a number >= 0"},
            {R"({"links": {"n2": {"path_max_retrans": 0}}})", "links.n2.path_max_retrans",
             "expected a whole number between 1 and 1000000"},
            {R"({"links": {"nr-uu": {"max_retransmissions": 2.5}}})",
             "links.nr-uu.max_retransmissions", "expected a whole number"},
            {R"({"links": {"utran-uu": {"reliable": "yes"}}})", "links.utran-uu.reliable",
             "expected true or false"},
            {R"({"links": {"nr-uu": {"rto_min_ms": 100}}})", "links.nr-uu.rto_min_ms",
             "unknown field (expected delay_ms, data_rate, loss, reliable, retransmit_delay_ms, "
             "max_retransmissions)"},
            {R"({"links": {"n2": {"retransmit_delay_ms": 45}}})", "links.n2.retransmit_delay_ms",
             "unknown field (expected delay_ms, data_rate, loss, reliable, rto_initial_ms, "
             "rto_min_ms, rto_max_ms, path_max_retrans)"},
            {R"({"links": {"sv": {"reliable": true}}})", "links.sv.reliable",
             "unknown field (expected delay_ms, data_rate, loss)"},
            {R"({"processing": {"msc": {"per_message": {"HandoverRequired": 5}}}})",
             "processing.msc.per_message.HandoverRequired",
             "unknown message (expected SrvccPsToCsRequest"},
            {R"({"processing": {"msc": {"per_message": {"SrvccPsToCsRequest": -1}}}})",
             "processing.msc.per_message.SrvccPsToCsRequest", "expected a number >= 0"},
            {R"({"faults": {"tamper_ck": 1}})", "faults.tamper_ck",
             "found 1 (a number), expected true or false"},
            {R"({"faults": {"ue_never_arrives": 0}})", "faults.ue_never_arrives",
             "expected \"all\" or an array of UE indices"},
            {R"({"handovers": "all"})", "handovers",
             "found \"all\" (a string), expected an object"},
            {R"({"handovers": [1]})", "handovers[0]", "found 1 (a number), expected an object"},
            {R"({"name": 5})", "name", "found 5 (a number), expected a string"},
            {R"([])", "top level", "found an array, expected an object"},
            // Duplicate keys and malformed JSON (path after the position).
            {R"({"seed": 1, "seed": 2})", "line 1, column 13: seed", "duplicate key"},
            {R"({"links": {"sv": {"loss": 0, "loss": 1}}})", "line 1, column 30: links.sv.loss",
             "duplicate key"},
            {R"({"x\"y": 1, "x\"y": 2})", "line 1, column 13: x\"y", "duplicate key"},
            {R"({"handovers": [{"ue": 0, "at_s": 1}, {"ue": 0, "ue": 0}]})",
             "line 1, column 48: handovers[1].ue", "duplicate key"},
            {R"({"seed": 1,})", "line 1, column 12", "malformed JSON"},
            {"", "line 1, column 1", "malformed JSON"},
            {R"({"seed": 1} x)", "line 1, column 13", "malformed JSON: extra data"},
            {"{\"name\": \"\xff\"}", "line 1, column 11", "malformed JSON"}, // not UTF-8
            {"{\n\n  \"seed\": tru\n}", "line 3, column 11", "malformed JSON"},
        };
        std::size_t checked = 0;
        for (const BadInput& c : cases)
        {
            const std::string error = ErrorOf(c.json);
            const std::string prefix = kOrigin + ": " + c.path + ": ";
            NS_TEST_EXPECT_MSG_EQ(StartsWith(error, prefix), true,
                                  std::string(c.json) + " -> " + error + " (wanted " + prefix
                                      + ")");
            NS_TEST_EXPECT_MSG_EQ(Contains(error, c.fragment), true,
                                  std::string(c.json) + " -> " + error + " (wanted " + c.fragment
                                      + ")");
            ++checked;
        }
        NS_TEST_EXPECT_MSG_GT(checked, 15, "at least 15 bad inputs");

        // Long strings are cut in messages.
        const std::string longName(200, 'n');
        const std::string error = ErrorOf(R"({"profile": ")" + longName + R"("})");
        NS_TEST_EXPECT_MSG_EQ(Contains(error, std::string(60, 'n') + "...\" (a string)"), true,
                              error);
        NS_TEST_EXPECT_MSG_EQ(Contains(error, std::string(61, 'n')), false, error);
    }
};

// ---- files ---------------------------------------------------------------------------------

class ScenarioDistributionTestCase : public TestCase
{
  public:
    ScenarioDistributionTestCase()
        : TestCase("processing distributions: the ns-3 variable with the asked mean and cv, "
                   "workers and per_message on the nodes")
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccScenario s = ParseScenario(R"({
          "processing": {
            "amf": {"message_us": {"distribution": "exponential", "mean_us": 250}},
            "mme": {"message_us": {"distribution": "uniform", "mean_us": 100, "cv": 0.5}},
            "msc": {"message_us": {"distribution": "constant", "mean_us": 40}, "workers": 4,
                    "per_message": {"SrvccPsToCsRequest":
                                    {"distribution": "lognormal", "mean_us": 1000, "cv": 2}}},
            "gnb": {"message_us": 12.5}
          }
        })",
                                              "d.json");
        NS_TEST_EXPECT_MSG_EQ(s.Distribution("processing.amf.message_us"),
                              "ns3::ExponentialRandomVariable[Mean=250|Bound=0]", "exponential");
        // Uniform with mean 100 and cv 0.5: half-width 50 sqrt(3) = 86.60254...
        NS_TEST_EXPECT_MSG_EQ(s.Distribution("processing.mme.message_us"),
                              "ns3::UniformRandomVariable[Min=13.397459621556138|Max="
                              "186.60254037844385]",
                              "uniform");
        NS_TEST_EXPECT_MSG_EQ(s.Distribution("processing.gnb.message_us"),
                              "ns3::ConstantRandomVariable[Constant=12.5]", "a number: constant");
        NS_TEST_EXPECT_MSG_EQ(s.Count("processing.msc.workers"), 4, "workers");
        NS_TEST_EXPECT_MSG_EQ(s.Distribution("processing.rnc.message_us"), "",
                              "not given: no variable");

        // On the nodes: a fresh variable per run, with the asked moments.
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        ConfigureHelper(*helper, s);
        helper->Install(1, 1);
        helper->AssignStreams(0);
        Ptr<SrvccMscServerApplication> msc = helper->GetMscServer();
        UintegerValue workers;
        msc->GetAttribute("Workers", workers);
        NS_TEST_EXPECT_MSG_EQ(workers.Get(), 4, "MSC Workers");
        NS_TEST_EXPECT_MSG_EQ(msc->GetProcessingQueue().GetWorkers(), 4, "the MSC's 4 servers");
        Ptr<RandomVariableStream> own
            = msc->GetMessageProcessingTime(SrvccMessageType::kSrvccPsToCsRequest);
        NS_TEST_ASSERT_MSG_NE(own, nullptr, "per_message SrvccPsToCsRequest on the MSC");
        // Log-normal with mean 1000 and cv 2: the sample mean and cv of 200,000 draws.
        double sum = 0;
        double sumSquares = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i)
        {
            const double x = own->GetValue();
            sum += x;
            sumSquares += x * x;
        }
        const double mean = sum / n;
        const double cv = std::sqrt(sumSquares / n - mean * mean) / mean;
        NS_TEST_EXPECT_MSG_EQ_TOL(mean, 1000.0, 30.0, "log-normal mean");
        NS_TEST_EXPECT_MSG_EQ_TOL(cv, 2.0, 0.2, "log-normal cv");
        NS_TEST_EXPECT_MSG_EQ(
            msc->GetMessageProcessingTime(SrvccMessageType::kIuRelocationComplete), nullptr,
            "no per_message value for the others");

        // A second helper from the same scenario gets its own variable (a sweep's next run).
        Ptr<SrvccHelper> second = CreateObject<SrvccHelper>();
        ConfigureHelper(*second, s);
        second->Install(1, 1);
        NS_TEST_EXPECT_MSG_NE(PeekPointer(second->GetMscServer()->GetMessageProcessingTime(
                                  SrvccMessageType::kSrvccPsToCsRequest)),
                              PeekPointer(own), "one variable per run");
        Simulator::Destroy();
    }
};

class ScenarioArrivalsTestCase : public TestCase
{
  public:
    ScenarioArrivalsTestCase()
        : TestCase("handovers.process: Poisson gaps with the asked rate, bursts of k UEs within "
                   "their window, drawn per stream, none after the end")
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccScenario poisson = ParseScenario(R"({
          "topology": {"gnbs": 2, "ues_per_gnb": 10000},
          "handovers": {"process": "poisson", "rate_per_s": 1000, "start_s": 2},
          "duration_s": 100
        })",
                                                    "p.json");
        NS_TEST_EXPECT_MSG_EQ(poisson.handovers.empty(), true, "drawn at run time, not parsed");
        NS_TEST_ASSERT_MSG_EQ(poisson.arrivals.ues.size(), 20000, "every UE");
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        const std::vector<SrvccUeEvent> a = DrawHandovers(poisson.arrivals, poisson.duration, 40);
        NS_TEST_ASSERT_MSG_EQ(a.size(), 20000, "all before the end");
        NS_TEST_EXPECT_MSG_GT(a.front().at, Seconds(2), "the first one gap after start_s");
        // Mean gap 1 ms, and the gaps' coefficient of variation 1 (exponential).
        double sum = 0;
        double squares = 0;
        for (std::size_t i = 1; i < a.size(); ++i)
        {
            const double gap = (a[i].at - a[i - 1].at).GetSeconds() * 1e3;
            NS_TEST_EXPECT_MSG_GT_OR_EQ(gap, 0.0, "in time order");
            sum += gap;
            squares += gap * gap;
        }
        const double n = static_cast<double>(a.size() - 1);
        const double mean = sum / n;
        NS_TEST_EXPECT_MSG_EQ_TOL(mean, 1.0, 0.03, "mean gap 1 / rate_per_s");
        NS_TEST_EXPECT_MSG_EQ_TOL(std::sqrt(squares / n - mean * mean) / mean, 1.0, 0.05,
                                  "exponential gaps: cv 1");
        std::set<uint32_t> ues;
        for (const SrvccUeEvent& e : a)
        {
            ues.insert(e.ue);
        }
        NS_TEST_EXPECT_MSG_EQ(ues.size(), 20000, "each UE once");
        // The stream decides: the same stream the same draws, another stream others.
        NS_TEST_EXPECT_MSG_EQ(DrawHandovers(poisson.arrivals, poisson.duration, 40)[7].at, a[7].at,
                              "same stream, same times");
        NS_TEST_EXPECT_MSG_NE(DrawHandovers(poisson.arrivals, poisson.duration, 42)[7].at, a[7].at,
                              "another stream, other times");
        // A short run: the arrivals after duration_s are left out.
        const std::vector<SrvccUeEvent> cut = DrawHandovers(poisson.arrivals, Seconds(3), 40);
        NS_TEST_EXPECT_MSG_GT(cut.size(), 900, "about 1000 in the second after start_s");
        NS_TEST_EXPECT_MSG_LT(cut.size(), 1100, "about 1000 in the second after start_s");
        NS_TEST_EXPECT_MSG_LT(cut.back().at, Seconds(3), "none at or after the end");

        const SrvccScenario burst = ParseScenario(R"({
          "topology": {"gnbs": 1, "ues_per_gnb": 30},
          "handovers": {"process": "burst", "burst_size": 10, "burst_window_ms": 50,
                        "spacing_ms": 1000, "start_s": 1}
        })",
                                                  "b.json");
        const std::vector<SrvccUeEvent> b = DrawHandovers(burst.arrivals, burst.duration, 3);
        NS_TEST_ASSERT_MSG_EQ(b.size(), 30, "three bursts of ten");
        for (const SrvccUeEvent& e : b)
        {
            // UE u is in burst u / 10, within 50 ms of its start at 1, 2 or 3 s.
            const Time burstStart = Seconds(1 + e.ue / 10);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(e.at, burstStart, "UE " << e.ue << " in its burst");
            NS_TEST_EXPECT_MSG_LT(e.at, burstStart + MilliSeconds(50), "UE " << e.ue);
        }
        NS_TEST_EXPECT_MSG_NE(b[0].at, b[1].at, "spread within the window");

        // --numUes on a Poisson scenario: the process over the new UEs.
        SrvccScenario resized = poisson;
        ResizeScenario(resized, 6);
        NS_TEST_EXPECT_MSG_EQ(resized.arrivals.ues.size(), 6, "the new UE count");
        NS_TEST_EXPECT_MSG_EQ(resized.handovers.empty(), true, "still drawn at run time");
    }
};

class ScenarioFileErrorsTestCase : public TestCase
{
  public:
    ScenarioFileErrorsTestCase() : TestCase("files that cannot be read") {}

  private:
    void
    DoRun() override
    {
        const std::filesystem::path dir
            = std::filesystem::temp_directory_path()
              / ("srvcc-scenario-test-" + std::to_string(::getpid())); // parallel ctest runs
        std::filesystem::create_directories(dir);

        const std::string missing = (dir / "missing.json").string();
        NS_TEST_EXPECT_MSG_EQ(LoadErrorOf(missing),
                              missing + ": cannot read the file: it does not exist", "missing");
        NS_TEST_EXPECT_MSG_EQ(LoadErrorOf(dir.string()),
                              dir.string() + ": cannot read the file: it is a directory",
                              "directory");

        const std::string malformed = (dir / "malformed.json").string();
        {
            std::ofstream out(malformed);
            out << "{\n  \"seed\": 1,\n  \"links\": {\"sv\": {\"delay_ms\": 5,}}\n}\n";
        }
        const std::string error = LoadErrorOf(malformed);
        NS_TEST_EXPECT_MSG_EQ(StartsWith(error, malformed + ": line 3, column "), true, error);
        NS_TEST_EXPECT_MSG_EQ(Contains(error, "malformed JSON"), true, error);

        const std::string semantic = (dir / "semantic.json").string();
        {
            std::ofstream out(semantic);
            out << R"({"links": {"sv": {"delay_ms": "fast"}}})";
        }
        NS_TEST_EXPECT_MSG_EQ(LoadErrorOf(semantic),
                              semantic
                                  + ": links.sv.delay_ms: found \"fast\" (a string), "
                                    "expected a number >= 0",
                              "the file's path in messages");

        const std::string good = (dir / "good.json").string();
        {
            std::ofstream out(good);
            out << R"({"seed": 9})";
        }
        SrvccScenario s;
        SRVCC_REQUIRE_EQ(Load(good, s), "<no error>", "a valid scenario");
        NS_TEST_EXPECT_MSG_EQ(s.file, good, "file");
        NS_TEST_EXPECT_MSG_EQ(s.name, "good", "name from the file name");
        NS_TEST_EXPECT_MSG_EQ(s.seed, 9, "seed");
        std::filesystem::remove_all(dir);
    }
};

class ScenarioDirectoryTestCase : public TestCase
{
  public:
    ScenarioDirectoryTestCase()
        : TestCase("every file in the scenarios directory is a valid scenario")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::filesystem::path dir = std::filesystem::path(SRVCC_SOURCE_DIR) / "scenarios";
        std::map<std::string, SrvccScenario> read;
        for (const auto& entry : std::filesystem::directory_iterator(dir))
        {
            // sweep-*.json hold lists (doc/sweeps.md): the srvcc-sweep suite reads those.
            if (entry.path().extension() != ".json"
                || StartsWith(entry.path().filename().string(), "sweep-"))
            {
                continue;
            }
            const std::string file = entry.path().string();
            SrvccScenario scenario;
            const std::string error = Load(file, scenario);
            NS_TEST_EXPECT_MSG_EQ(error, "<no error>", file);
            if (error == "<no error>")
            {
                read[entry.path().filename().string()] = scenario;
            }
        }
        for (const char* name :
             {"default.json", "profile-ts33501.json", "profile-sol1.1.json",
              "profile-sol1.1-concat.json", "profile-sol1.2.json", "failure-msc-reject.json",
              "failure-rnc-reject.json", "failure-sv-loss.json", "failure-sv-late.json",
              "failure-cancel.json", "failure-ue-never-arrives.json", "attack-tamper-ck.json",
              "attack-tamper-ik.json", "many-ues-10000.json"})
        {
            SRVCC_REQUIRE_EQ(read.count(name), 1, std::string("scenarios/") + name);
        }

        // default.json is the built-in default.
        const SrvccScenario& d = read["default.json"];
        NS_TEST_EXPECT_MSG_EQ(d.Word("profile"), DefaultScenario().Word("profile"),
                              "default.json profile");
        NS_TEST_EXPECT_MSG_EQ(d.gnbs * d.uesPerGnb, 1, "default.json: one UE");
        SRVCC_REQUIRE_EQ(d.handovers.size(), 1, "default.json: one handover");
        NS_TEST_EXPECT_MSG_EQ(d.handovers[0].at, Seconds(1), "default.json: at 1 s");

        for (const char* profile : {"ts33501", "sol1.1", "sol1.1-concat", "sol1.2"})
        {
            const SrvccScenario& p = read[std::string("profile-") + profile + ".json"];
            NS_TEST_EXPECT_MSG_EQ(p.Word("profile"), profile, "profile file");
            NS_TEST_EXPECT_MSG_EQ(p.gnbs, 2, profile);
            NS_TEST_EXPECT_MSG_EQ(p.uesPerGnb, 5, profile);
            SRVCC_REQUIRE_EQ(p.handovers.size(), 10, profile);
            NS_TEST_EXPECT_MSG_EQ(p.handovers[9].at, Seconds(1) + MilliSeconds(90), profile);
        }
        NS_TEST_EXPECT_MSG_EQ(read["failure-msc-reject.json"].Flag("faults.msc_rejects"), true,
                              "msc reject");
        NS_TEST_EXPECT_MSG_EQ(read["failure-rnc-reject.json"].Flag("faults.rnc_rejects"), true,
                              "rnc reject");
        const SrvccScenario& loss = read["failure-sv-loss.json"];
        SRVCC_REQUIRE_EQ(loss.Has("links.sv.loss"), true, "failure-sv-loss: sv loss");
        NS_TEST_EXPECT_MSG_EQ(loss.Probability("links.sv.loss"), 1.0, "sv loss");
        const SrvccScenario& late = read["failure-sv-late.json"];
        SRVCC_REQUIRE_EQ(late.Has("links.sv.delay_ms"), true, "failure-sv-late: sv delay");
        SRVCC_REQUIRE_EQ(late.Has("timers.mme.SvResponseTimeout"), true,
                         "failure-sv-late: SvResponseTimeout");
        NS_TEST_EXPECT_MSG_GT(late.TimeOf("links.sv.delay_ms"),
                              late.TimeOf("timers.mme.SvResponseTimeout"),
                              "sv delay beyond the MME's timer");
        const SrvccScenario& cancel = read["failure-cancel.json"];
        SRVCC_REQUIRE_EQ(cancel.cancels.size(), 1, "one cancel");
        SRVCC_REQUIRE_EQ(cancel.handovers.size(), 1, "one handover");
        NS_TEST_EXPECT_MSG_EQ(cancel.cancels[0].at - cancel.handovers[0].at, MilliSeconds(1),
                              "cancel 1 ms after the handover starts");
        NS_TEST_EXPECT_MSG_EQ(read["failure-ue-never-arrives.json"].uesNeverArriving.size(), 1,
                              "never arrives");
        NS_TEST_EXPECT_MSG_EQ(read["attack-tamper-ck.json"].Flag("faults.tamper_ck"), true,
                              "tamper ck");
        NS_TEST_EXPECT_MSG_EQ(read["attack-tamper-ik.json"].Flag("faults.tamper_ik"), true,
                              "tamper ik");
        const SrvccScenario& many = read["many-ues-10000.json"];
        NS_TEST_EXPECT_MSG_EQ(many.gnbs * many.uesPerGnb, 10000, "10000 UEs");
        SRVCC_REQUIRE_EQ(many.handovers.size(), 10000, "10000 handovers");
        NS_TEST_EXPECT_MSG_EQ(many.pcap.value_or(true), false, "pcap off");
    }
};

/** The scenario name is a directory name, and --numUes is range-checked before any set-up. */
class ScenarioNameAndSizeTestCase : public TestCase
{
  public:
    ScenarioNameAndSizeTestCase()
        : TestCase("a scenario name is a name, not a path; --numUes stays within the limits")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::string expected = "\", expected 1 to 100 letters, digits, '-', '_' or '.', not "
                                     "starting with '.' or '-' (it names the directory "
                                     "results/<name>)";
        for (const std::string name : {"../../../x", "a/b", "..", ".hidden", "-x", "", "a b"})
        {
            NS_TEST_EXPECT_MSG_EQ(ErrorOf(R"({"name": ")" + name + R"("})"),
                                  "bad.json: name: found \"" + name + expected,
                                  "name '" << name << "' refused");
        }
        NS_TEST_EXPECT_MSG_EQ(ParseScenario(R"({"name": "sweep-sv_delay.v2"})", "ok.json").name,
                              "sweep-sv_delay.v2", "letters, digits, '-', '_' and '.' are fine");

        auto resizeError = [](uint32_t gnbs, uint64_t numUes)
        {
            SrvccScenario s = DefaultScenario();
            s.gnbs = gnbs;
            try
            {
                ResizeScenario(s, numUes);
            }
            catch (const ScenarioError& e)
            {
                return std::string(e.what());
            }
            return "resized to " + std::to_string(s.gnbs) + " x " + std::to_string(s.uesPerGnb);
        };
        NS_TEST_EXPECT_MSG_EQ(resizeError(1, 0), "--numUes: found 0, expected 1 to 1000000 UEs",
                              "zero");
        NS_TEST_EXPECT_MSG_EQ(resizeError(10, 1000001),
                              "--numUes: found 1000001, expected 1 to 1000000 UEs",
                              "above the documented limit");
        NS_TEST_EXPECT_MSG_EQ(resizeError(10, 4294967295ULL),
                              "--numUes: found 4294967295, expected 1 to 1000000 UEs",
                              "what -1 wrapped to");
        NS_TEST_EXPECT_MSG_EQ(resizeError(1, 100001),
                              "--numUes: 100001 UEs on 1 gNB(s) would put 100001 UEs in one cell, "
                              "expected at most 100000: give a multiple of the scenario's gNB "
                              "count (1)",
                              "per-cell limit");
        NS_TEST_EXPECT_MSG_EQ(resizeError(10, 1000000), "resized to 10 x 100000", "the limit fits");
    }
};

class ScenarioTestSuite : public TestSuite
{
  public:
    ScenarioTestSuite() : TestSuite("srvcc-scenario", UNIT)
    {
        AddTestCase(new ScenarioFullTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioDefaultsTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioExpansionTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioDataRateTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioTimerNamesTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioBadInputTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioDistributionTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioArrivalsTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioFileErrorsTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioDirectoryTestCase, TestCase::QUICK);
        AddTestCase(new ScenarioNameAndSizeTestCase, TestCase::QUICK);
    }
};

ScenarioTestSuite g_scenarioTestSuite;

} // namespace
