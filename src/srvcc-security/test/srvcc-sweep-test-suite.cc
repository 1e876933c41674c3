/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Sweep tests: expansion of lists into points (product size, values, paths, order), bad lists
 * rejected with the single-scenario message pointing into the list, the Student-t confidence
 * intervals against hand-computed values, the progress line, the sweep files in scenarios/,
 * a small sweep run end to end into sweep.csv and the plot files, and the runs' sweep-run.json
 * records read back exactly into the same aggregation.
 */
#include "ns3/test.h"
#include "srvcc-sim/srvcc-csv-writer.h"
#include "srvcc-sim/srvcc-sweep-progress.h"
#include "srvcc-sim/srvcc-sweep-runner.h"
#include "srvcc-test-require.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

/** NS_TEST_EXPECT_MSG_EQ, then leave DoRun on failure: later checks index into the result. */

namespace
{

const std::string kOrigin = "bad.json";

/** The ScenarioError text of ParseSweep(\p json), or what happened instead. */
std::string
SweepErrorOf(const std::string& json)
{
    try
    {
        ParseSweep(json, kOrigin);
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

/** The same for a single scenario (ParseScenario): the message a sweep must reuse. */
std::string
ScenarioErrorOf(const std::string& json)
{
    try
    {
        ParseScenario(json, kOrigin);
    }
    catch (const ScenarioError& e)
    {
        return e.what();
    }
    return "<no error>";
}

std::string
ReadFile(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string>
Lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
    {
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string>
Split(const std::string& line)
{
    std::vector<std::string> cells;
    std::istringstream in(line);
    std::string cell;
    while (std::getline(in, cell, ','))
    {
        cells.push_back(cell);
    }
    if (!line.empty() && line.back() == ',')
    {
        cells.emplace_back();
    }
    return cells;
}

bool
Contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/** "1 0 1": the choice vector of point \p k. */
std::string
ChoiceText(const SrvccSweep& sweep, std::size_t k)
{
    std::string text;
    for (std::size_t c : sweep.GetChoice(k))
    {
        text += (text.empty() ? "" : " ") + std::to_string(c);
    }
    return text;
}

/** A fresh directory under the system's temporary directory. */
std::string
TempDir(const std::string& stem)
{
    std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
    return ::mkdtemp(pattern.data());
}

class SweepExpansionTestCase : public TestCase
{
  public:
    SweepExpansionTestCase() : TestCase("lists expand into the Cartesian product") {}

  private:
    void
    DoRun() override
    {
        const SrvccSweep sweep = ParseSweep(
            R"({"profile": ["ts33501", "sol1.2"],
                "links": {"sv": {"delay_ms": [5, 10, 20], "loss": 0.0}},
                "topology": {"gnbs": 1, "ues_per_gnb": [1, 2]},
                "faults": {"ue_never_arrives": [0]},
                "handovers": {"ues": [0], "start_s": 1}})",
            "s.json");
        SRVCC_REQUIRE_EQ(sweep.GetAxes().size(), 3, "three lists (the schema arrays are not)");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetNumPoints(), 12, "2 x 3 x 2 points");
        const SrvccSweepAxis& profile = sweep.GetAxes()[0];
        const SrvccSweepAxis& delay = sweep.GetAxes()[1];
        const SrvccSweepAxis& ues = sweep.GetAxes()[2];
        NS_TEST_EXPECT_MSG_EQ(profile.path, "profile", "document order");
        NS_TEST_EXPECT_MSG_EQ(delay.path, "links.sv.delay_ms", "path of a nested field");
        NS_TEST_EXPECT_MSG_EQ(ues.path, "topology.ues_per_gnb", "path");
        NS_TEST_EXPECT_MSG_EQ(profile.numeric, false, "strings");
        NS_TEST_EXPECT_MSG_EQ(delay.numeric, true, "numbers");
        SRVCC_REQUIRE_EQ(profile.values.size(), 2, "profile values");
        NS_TEST_EXPECT_MSG_EQ(profile.values[1], "\"sol1.2\"", "kept as JSON text");
        NS_TEST_EXPECT_MSG_EQ(profile.Label(1), "sol1.2", "label without quotes");
        NS_TEST_EXPECT_MSG_EQ(delay.Number(2), 20.0, "number");

        // The last list changes fastest, like nested loops in document order.
        NS_TEST_EXPECT_MSG_EQ(ChoiceText(sweep, 0), "0 0 0", "point 0");
        NS_TEST_EXPECT_MSG_EQ(ChoiceText(sweep, 1), "0 0 1", "point 1");
        NS_TEST_EXPECT_MSG_EQ(ChoiceText(sweep, 7), "1 0 1", "point 7");
        NS_TEST_EXPECT_MSG_EQ(ChoiceText(sweep, 11), "1 2 1", "point 11");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetLabel(7),
                              "profile=sol1.2, links.sv.delay_ms=5, topology.ues_per_gnb=2",
                              "label");

        const SrvccScenario p7 = sweep.GetPoint(7);
        NS_TEST_EXPECT_MSG_EQ(p7.Word("profile"), "sol1.2", "point 7 profile");
        SRVCC_REQUIRE_EQ(p7.Has("links.sv.delay_ms"), true, "point 7 sv delay");
        NS_TEST_EXPECT_MSG_EQ(p7.TimeOf("links.sv.delay_ms"), MilliSeconds(5), "delay");
        NS_TEST_EXPECT_MSG_EQ(p7.uesPerGnb, 2, "point 7 UEs");
        NS_TEST_EXPECT_MSG_EQ(p7.file, "s.json", "origin");
        NS_TEST_EXPECT_MSG_EQ(p7.name, "s", "name from the origin, as for a scenario");
        SRVCC_REQUIRE_EQ(p7.uesNeverArriving.size(), 1, "a schema array stays a value");
        NS_TEST_EXPECT_MSG_EQ(p7.uesNeverArriving[0], 0, "ue_never_arrives");
        SRVCC_REQUIRE_EQ(p7.handovers.size(), 1, "handovers.ues stays a value");
        const SrvccScenario p10 = sweep.GetPoint(10);
        NS_TEST_EXPECT_MSG_EQ(p10.Word("profile"), "sol1.2", "point 10 profile");
        NS_TEST_EXPECT_MSG_EQ(p10.TimeOf("links.sv.delay_ms"), MilliSeconds(20), "point 10 delay");
        NS_TEST_EXPECT_MSG_EQ(p10.uesPerGnb, 1, "point 10 UEs");
        NS_TEST_EXPECT_MSG_EQ(Contains(sweep.GetPointJson(10), "\"delay_ms\":20"), true,
                              "plain document of point 10");

        // A plain scenario is a sweep of one point, the same as ParseScenario reads it.
        const SrvccSweep plain = ParseSweep(R"({"seed": 7, "replications": 3})", "p.json");
        NS_TEST_EXPECT_MSG_EQ(plain.GetAxes().size(), 0, "no lists");
        NS_TEST_EXPECT_MSG_EQ(plain.GetNumPoints(), 1, "one point");
        NS_TEST_EXPECT_MSG_EQ(plain.GetLabel(0), "", "no label");
        NS_TEST_EXPECT_MSG_EQ(plain.GetPoint(0).seed, 7, "seed");
        NS_TEST_EXPECT_MSG_EQ(IsSweepRun(plain), true, "3 replications: a sweep run");
        NS_TEST_EXPECT_MSG_EQ(IsSweepRun(ParseSweep("{}", "e.json")), false, "one run");

        // Decimals label as people write them (Boost.JSON would write 1E-1); bools sweep too.
        const SrvccSweep loss = ParseSweep(R"({"links": {"iu": {"loss": [0.1, 0.25]}}, "faults":
                          {"tamper_ck": [false, true]}})",
                                           "l.json");
        SRVCC_REQUIRE_EQ(loss.GetAxes().size(), 2, "two lists");
        NS_TEST_EXPECT_MSG_EQ(loss.GetAxes()[0].Label(0), "0.1", "decimal label");
        NS_TEST_EXPECT_MSG_EQ(loss.GetAxes()[1].numeric, false, "booleans are categories");
        NS_TEST_EXPECT_MSG_EQ(loss.GetAxes()[1].Label(1), "true", "boolean label");
        NS_TEST_EXPECT_MSG_EQ(loss.GetPoint(3).Flag("faults.tamper_ck"), true, "point 3 tampers");
        NS_TEST_EXPECT_MSG_EQ(loss.GetPoint(3).Probability("links.iu.loss"), 0.25, "point 3 loss");
    }
};

class SweepBadListTestCase : public TestCase
{
  public:
    SweepBadListTestCase() : TestCase("bad lists: the scenario message, pointing into the list") {}

  private:
    void
    DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"links": {"sv": {"delay_ms": []}}})"),
            "bad.json: links.sv.delay_ms: found an empty list, expected at least one value to "
            "sweep over",
            "empty list");

        // A bad value is the single-scenario message with the element's index.
        const std::string single = ScenarioErrorOf(R"({"links": {"sv": {"delay_ms": "fast"}}})");
        NS_TEST_EXPECT_MSG_EQ(single,
                              "bad.json: links.sv.delay_ms: found \"fast\" (a string), expected "
                              "a number >= 0",
                              "the single-scenario message");
        NS_TEST_EXPECT_MSG_EQ(SweepErrorOf(R"({"links": {"sv": {"delay_ms": [5, 10, "fast"]}}})"),
                              "bad.json: links.sv.delay_ms[2]: found \"fast\" (a string), "
                              "expected a number >= 0",
                              "bad value in a list");
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"profile": ["ts33501", "sol9"]})"),
            "bad.json: profile[1]: found \"sol9\" (a string), expected one of ts33501, sol1.1, "
            "sol1.1-concat, sol1.2",
            "bad choice in a list");
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"topology": {"gnbs": 1, "ues_per_gnb": [10, 0]}})"),
            "bad.json: topology.ues_per_gnb[1]: found 0 (a number), expected a whole number "
            "between 1 and 100000",
            "out of range in a list");

        // Lists inside the fields that are arrays in the schema.
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"topology": {"ues_per_gnb": 2},
                             "faults": {"ue_never_arrives": [[0], [1]]}})"),
            "bad.json: faults.ue_never_arrives[0]: found an array, expected a single value "
            "(faults.ue_never_arrives is itself an array in the scenario format, so it cannot "
            "hold sweep lists)",
            "list in ue_never_arrives");
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"faults": {"cancel": [{"ue": 0, "at_s": [1.0, 1.5]}]}})"),
            "bad.json: faults.cancel[0].at_s: found an array, expected a single value "
            "(faults.cancel is itself an array in the scenario format, so it cannot hold sweep "
            "lists)",
            "list in a cancel event");
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"handovers": [{"ue": [0, 1], "at_s": 1}]})"),
            "bad.json: handovers[0].ue: found an array, expected a single value (handovers is "
            "itself an array in the scenario format, so it cannot hold sweep lists)",
            "list in the handovers array");
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"handovers": {"ues": [[0]]}})"),
            "bad.json: handovers.ues[0]: found an array, expected a single value (handovers.ues "
            "is itself an array in the scenario format, so it cannot hold sweep lists)",
            "list in handovers.ues");
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"replications": [1, 3]})"),
            "bad.json: replications: found an array, expected one whole number (every point of a "
            "sweep has the same number of replications)",
            "replications list");
        NS_TEST_EXPECT_MSG_EQ(SweepErrorOf(R"({"links": {"sv": [{"delay_ms": 5}]}})"),
                              "bad.json: links.sv[0]: found an object, expected a number, a "
                              "string or a boolean (a sweep list holds single values)",
                              "objects in a list");
        NS_TEST_EXPECT_MSG_EQ(SweepErrorOf(R"({"seed": [1, 2, 1.0]})"),
                              "bad.json: seed[2]: found 1 (a number), expected each value once "
                              "(it is already seed[0])",
                              "a value twice");

        // Problems of a combination: the scenario message and the point.
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf(R"({"topology": {"gnbs": [1, 11], "ues_per_gnb": 100000}})"),
            "bad.json: topology: found 11 gNBs x 100000 UEs = 1100000 UEs, expected at most "
            "1000000 UEs in total (sweep point 1: topology.gnbs=11)",
            "a combination");
        // Unknown fields and syntax errors: the single-scenario message as it is.
        NS_TEST_EXPECT_MSG_EQ(SweepErrorOf(R"({"bogus": [1, 2]})"),
                              ScenarioErrorOf(R"({"bogus": 1})"), "unknown field");
        NS_TEST_EXPECT_MSG_EQ(SweepErrorOf("{\"seed\": [1, 2,]}"),
                              ScenarioErrorOf("{\"seed\": [1, 2,]}"), "syntax");
        NS_TEST_EXPECT_MSG_EQ(SweepErrorOf("[1, 2]"),
                              "bad.json: top level: found an array, expected an object", "array");

        // The point cap.
        std::string seeds;
        for (int i = 1; i <= 101; ++i)
        {
            seeds += (i == 1 ? "" : ", ") + std::to_string(i);
        }
        NS_TEST_EXPECT_MSG_EQ(
            SweepErrorOf("{\"seed\": [" + seeds + "], \"run\": [" + seeds + "]}"),
            "bad.json: sweep lists (seed, run): found 10201 points (101 x 101), expected at "
            "most 10000 points",
            "too many points");
        NS_TEST_EXPECT_MSG_EQ(ParseSweep("{\"seed\": [" + seeds + "]}", "ok.json").GetNumPoints(),
                              101, "below the cap");
    }
};

class SweepStatisticsTestCase : public TestCase
{
  public:
    SweepStatisticsTestCase() : TestCase("mean and Student-t 95% CI, metrics, CSV cells") {}

  private:
    void
    DoRun() override
    {
        // Published two-sided 95% quantiles t(0.975, df).
        NS_TEST_EXPECT_MSG_EQ_TOL(StudentT975(1), 12.7062, 1e-4, "df 1");
        NS_TEST_EXPECT_MSG_EQ_TOL(StudentT975(2), 4.30265, 1e-5, "df 2");
        NS_TEST_EXPECT_MSG_EQ_TOL(StudentT975(3), 3.18245, 1e-5, "df 3");
        NS_TEST_EXPECT_MSG_EQ_TOL(StudentT975(10), 2.22814, 1e-5, "df 10");
        NS_TEST_EXPECT_MSG_EQ_TOL(StudentT975(30), 2.04227, 1e-5, "df 30");
        NS_TEST_EXPECT_MSG_EQ_TOL(StudentT975(1000000), 1.95996, 1e-5, "normal limit");
        bool threw = false;
        try
        {
            StudentT975(0);
        }
        catch (const std::domain_error&)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "df 0");

        // {1,2,3,4}: mean 2.5, s = sqrt(5/3) = 1.290994, half width 3.182446 s / 2 = 2.054260.
        const SrvccMeanCi ci = MeanCi95({1, 2, 3, 4});
        NS_TEST_EXPECT_MSG_EQ(ci.n, 4, "n");
        NS_TEST_EXPECT_MSG_EQ_TOL(ci.mean, 2.5, 1e-12, "mean");
        NS_TEST_EXPECT_MSG_EQ_TOL(ci.low, 0.445740, 1e-5, "low");
        NS_TEST_EXPECT_MSG_EQ_TOL(ci.high, 4.554260, 1e-5, "high");
        // {10, 12}: mean 11, s = sqrt(2), half width 12.7062 * sqrt(2) / sqrt(2) = 12.7062.
        const SrvccMeanCi two = MeanCi95({10, 12});
        NS_TEST_EXPECT_MSG_EQ_TOL(two.low, 11 - 12.7062, 1e-4, "two values low");
        NS_TEST_EXPECT_MSG_EQ_TOL(two.high, 11 + 12.7062, 1e-4, "two values high");
        const SrvccMeanCi one = MeanCi95({7.5});
        NS_TEST_EXPECT_MSG_EQ(one.n, 1, "one value");
        NS_TEST_EXPECT_MSG_EQ(one.mean, 7.5, "one value: mean");
        NS_TEST_EXPECT_MSG_EQ(one.low, 7.5, "one value: low = mean");
        NS_TEST_EXPECT_MSG_EQ(one.high, 7.5, "one value: high = mean");
        const SrvccMeanCi same = MeanCi95({2, 2, 2});
        NS_TEST_EXPECT_MSG_EQ(same.low, 2.0, "no spread: low");
        NS_TEST_EXPECT_MSG_EQ(same.high, 2.0, "no spread: high");
        NS_TEST_EXPECT_MSG_EQ(MeanCi95({}).n, 0, "no values");

        // Metrics of one run: no latency without a completed handover.
        SrvccRunSummary s;
        s.attempted = 4;
        s.completed = 0;
        s.failed = 4;
        SrvccRunMetrics m = MetricsOf(s);
        NS_TEST_EXPECT_MSG_EQ(m.count("preparation_p50_ms"), 0, "no latency");
        NS_TEST_EXPECT_MSG_EQ(m.at("completed_ratio"), 0.0, "ratio 0");
        NS_TEST_EXPECT_MSG_EQ(m.at("failed"), 4.0, "failed");
        s.completed = 3;
        s.failed = 1;
        s.preparation = SrvccLatencyStats::FromNanoseconds({10000000, 20000000, 30000000});
        s.interruption = s.preparation;
        m = MetricsOf(s);
        NS_TEST_EXPECT_MSG_EQ(m.at("completed_ratio"), 0.75, "ratio");
        NS_TEST_EXPECT_MSG_EQ(m.at("preparation_p50_ms"), 20.0, "p50");
        NS_TEST_EXPECT_MSG_EQ(m.at("interruption_mean_ms"), 20.0, "mean");
        NS_TEST_EXPECT_MSG_EQ(m.at("preparation_p95_ms"), 30.0, "p95");
        NS_TEST_EXPECT_MSG_EQ(MetricsOf(SrvccRunSummary()).count("completed_ratio"), 0,
                              "no ratio without an attempt");

        SrvccSweepPointResult point;
        point.runs = {{{"x", 1}}, {{"x", 3}}, {{"y", 5}}};
        NS_TEST_EXPECT_MSG_EQ(point.Stats("x").n, 2, "only the runs that have the metric");
        NS_TEST_EXPECT_MSG_EQ(point.Stats("x").mean, 2.0, "their mean");
        NS_TEST_EXPECT_MSG_EQ(point.Stats("z").n, 0, "no run has it");

        NS_TEST_EXPECT_MSG_EQ(SweepMetrics(false).size(), 11, "metrics");
        NS_TEST_EXPECT_MSG_EQ(SweepMetrics(true).back().name, "authentication_messages",
                              "the Key Issue #2 metric when the summaries have it");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("a,b"), "\"a,b\"", "comma quoted");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("say \"x\""), "\"say \"\"x\"\"\"", "quote doubled");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("sol1.2"), "sol1.2", "plain");
        NS_TEST_EXPECT_MSG_EQ(SweepAxisLabel("links.sv.delay_ms"), "links.sv.delay_ms (ms)", "ms");
        NS_TEST_EXPECT_MSG_EQ(SweepAxisLabel("timers.mme.SvResponseTimeout"),
                              "timers.mme.SvResponseTimeout (ms)", "timers are in ms");
        NS_TEST_EXPECT_MSG_EQ(SweepAxisLabel("topology.ues_per_gnb"),
                              "topology.ues_per_gnb (UEs per gNB)", "UEs");
        NS_TEST_EXPECT_MSG_EQ(SweepAxisLabel("profile"), "profile", "no unit");

        // Files: authentication.messages when present, latencies with quoted causes.
        const std::string dir = TempDir("srvcc-sweep-stats");
        std::ofstream(dir + "/with.json") << R"({"authentication": {"messages": 12}})";
        std::ofstream(dir + "/without.json") << R"({"handovers": {"attempted": 1}})";
        SrvccRunMetrics auth;
        NS_TEST_EXPECT_MSG_EQ(AddAuthenticationMessages(dir + "/with.json", auth), true, "has it");
        NS_TEST_EXPECT_MSG_EQ(auth["authentication_messages"], 12.0, "value");
        std::ofstream(dir + "/disabled.json")
            << R"({"authentication": {"enabled": false, "messages": 0}})";
        SrvccRunMetrics none;
        NS_TEST_EXPECT_MSG_EQ(AddAuthenticationMessages(dir + "/disabled.json", none), false,
                              "registration did not run");
        NS_TEST_EXPECT_MSG_EQ(AddAuthenticationMessages(dir + "/without.json", none), false,
                              "absent");
        NS_TEST_EXPECT_MSG_EQ(AddAuthenticationMessages(dir + "/missing.json", none), false,
                              "no file");
        NS_TEST_EXPECT_MSG_EQ(none.size(), 0, "nothing added");
        std::ofstream(dir + "/h.csv")
            << "ue,result,cause,preparation_ms,interruption_ms\n"
               "0,completed,,30.5,40\n1,failed,\"timeout, Sv\",,\n2,completed,,10.25,41\n";
        std::vector<double> values;
        std::string error;
        NS_TEST_EXPECT_MSG_EQ(ReadLatencyColumn(dir + "/h.csv", "preparation_ms", values, error),
                              true, error);
        SRVCC_REQUIRE_EQ(values.size(), 2, "failed skipped");
        NS_TEST_EXPECT_MSG_EQ(values[0], 10.25, "sorted");
        NS_TEST_EXPECT_MSG_EQ(values[1], 30.5, "sorted");
        NS_TEST_EXPECT_MSG_EQ(ReadLatencyColumn(dir + "/h.csv", "nope_ms", values, error), false,
                              "no such column");
        std::filesystem::remove_all(dir);
    }
};

class SweepProgressTestCase : public TestCase
{
  public:
    SweepProgressTestCase() : TestCase("progress line: counts and time left") {}

  private:
    void
    DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(SrvccSweepProgress::Duration(45), "45 s", "seconds");
        NS_TEST_EXPECT_MSG_EQ(SrvccSweepProgress::Duration(200), "3 min 20 s", "minutes");
        NS_TEST_EXPECT_MSG_EQ(SrvccSweepProgress::Duration(7500), "2 h 05 min", "hours");

        std::ostringstream log;
        SrvccSweepProgress lines(log, false, 2, 6);
        NS_TEST_EXPECT_MSG_EQ(lines.Line(), "point 0/2, run 0/6 done (0%)", "start");
        lines.RunDone(2.0);
        lines.RunDone(4.0);
        lines.RunDone(3.0);
        NS_TEST_EXPECT_MSG_EQ(log.str(), "", "not in place: nothing until a point is done");
        lines.PointDone();
        // 3 runs in 9 s: 3 s each, 3 runs left.
        NS_TEST_EXPECT_MSG_EQ(log.str(),
                              "srvcc-sim: sweep: point 1/2, run 3/6 done (50%), about 9 s left\n",
                              "one line per point");
        lines.RunDone(3.0);
        lines.RunDone(3.0);
        lines.RunDone(3.0);
        lines.PointDone();
        NS_TEST_EXPECT_MSG_EQ(Lines(log.str()).back(),
                              "srvcc-sim: sweep: point 2/2, run 6/6 done (100%), 18 s in runs",
                              "last line");

        std::ostringstream screen;
        SrvccSweepProgress inPlace(screen, true, 1, 2);
        inPlace.RunDone(1.0);
        NS_TEST_EXPECT_MSG_EQ(screen.str(),
                              "\rsrvcc-sim: sweep: point 0/1, run 1/2 done (50%), about 1 s left",
                              "redrawn after every run");
        inPlace.Clear();
        inPlace.RunDone(1.0);
        inPlace.PointDone();
        inPlace.Finish();
        NS_TEST_EXPECT_MSG_EQ(screen.str().back(), '\n', "ends with a line break");
        NS_TEST_EXPECT_MSG_EQ(Lines(screen.str()).size(), 1, "a single line on the screen");
    }
};

class SweepScenarioFilesTestCase : public TestCase
{
  public:
    SweepScenarioFilesTestCase()
        : TestCase("the sweep files of the scenarios directory are small sweeps")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::filesystem::path dir = std::filesystem::path(SRVCC_SOURCE_DIR) / "scenarios";
        std::size_t files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir))
        {
            const std::string name = entry.path().filename().string();
            if (name.rfind("sweep-", 0) != 0 || entry.path().extension() != ".json")
            {
                continue;
            }
            ++files;
            try
            {
                const SrvccSweep sweep = LoadSweep(entry.path().string());
                NS_TEST_EXPECT_MSG_GT(sweep.GetAxes().size(), 0, name + ": has lists");
                // "A few seconds": a handful of small runs.
                const uint64_t runs = sweep.GetNumPoints() * sweep.GetPoint(0).replications;
                NS_TEST_EXPECT_MSG_LT_OR_EQ(runs, 16, name + ": runs");
            }
            catch (const ScenarioError& e)
            {
                NS_TEST_EXPECT_MSG_EQ(std::string(e.what()), "<no error>", name);
            }
        }
        NS_TEST_EXPECT_MSG_GT_OR_EQ(files, 3, "sweep files");

        const SrvccSweep sv = LoadSweep((dir / "sweep-sv-delay.json").string());
        SRVCC_REQUIRE_EQ(sv.GetAxes().size(), 1, "sv delay: one list");
        NS_TEST_EXPECT_MSG_EQ(sv.GetAxes()[0].path, "links.sv.delay_ms", "sv delay list");
        NS_TEST_EXPECT_MSG_EQ(sv.GetPoint(0).replications, 3, "3 replications");
        const SrvccSweep profiles = LoadSweep((dir / "sweep-profiles.json").string());
        SRVCC_REQUIRE_EQ(profiles.GetAxes().size(), 1, "profiles: one list");
        NS_TEST_EXPECT_MSG_EQ(profiles.GetAxes()[0].path, "profile", "profile list");
        NS_TEST_EXPECT_MSG_EQ(profiles.GetNumPoints(), 4, "the four profiles");
        const SrvccSweep load = LoadSweep((dir / "sweep-load.json").string());
        SRVCC_REQUIRE_EQ(load.GetAxes().size(), 1, "load: one list");
        NS_TEST_EXPECT_MSG_EQ(load.GetAxes()[0].path, "topology.ues_per_gnb", "UE list");
    }
};

class SweepEndToEndTestCase : public TestCase
{
  public:
    SweepEndToEndTestCase() : TestCase("a small sweep through RunScenario into sweep.csv") {}

  private:
    void
    DoRun() override
    {
        const SrvccSweep sweep = ParseSweep(
            R"({"name": "e2e", "topology": {"gnbs": 1, "ues_per_gnb": 2},
                "links": {"sv": {"delay_ms": [5, 40]}}, "profile": ["ts33501", "sol1.2"],
                "handovers": {"start_s": 1, "spacing_ms": 10},
                "replications": 2, "run": 5, "duration_s": 5, "pcap": false})",
            "e2e.json");
        const std::string dir = TempDir("srvcc-sweep-e2e");
        SrvccRunOptions runOptions;
        runOptions.outputDir = dir;
        SrvccSweepOptions options;
        options.gnuplot = "srvcc-test-no-such-gnuplot"; // the data and script must stay
        std::ostringstream progress;
        std::ostringstream log;
        options.progress = &progress;
        options.log = &log;
        const SrvccSweepResult result = RunSweep(sweep, runOptions, options);

        NS_TEST_EXPECT_MSG_EQ(result.runs, 8, "4 points x 2 replications");
        NS_TEST_EXPECT_MSG_EQ(result.completed, 16, "2 UEs per run complete");
        NS_TEST_EXPECT_MSG_EQ(result.keyChecksFailed, 0, "keys agree");
        NS_TEST_EXPECT_MSG_EQ(Lines(log.str()).size(), 4, "one log line per point");
        NS_TEST_EXPECT_MSG_EQ(Lines(progress.str()).size(), 4, "one progress line per point");
        for (const char* file : {"/point-0/run-5/summary.json", "/point-0/run-6/handovers.csv",
                                 "/point-3/run-6/summary.json"})
        {
            NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(dir + file), true, file);
        }

        const std::vector<std::string> lines = Lines(ReadFile(dir + "/sweep.csv"));
        SRVCC_REQUIRE_EQ(lines.size(), 5, "header and one row per point");
        std::string header = "point,links.sv.delay_ms,profile,replications";
        for (const SrvccSweepMetric& m : SweepMetrics(false))
        {
            header += "," + m.name + "_mean," + m.name + "_ci95_low," + m.name + "_ci95_high";
        }
        NS_TEST_EXPECT_MSG_EQ(lines[0], header, "header");
        NS_TEST_EXPECT_MSG_EQ(Contains(lines[0], "preparation_p50_ms_ci95_low"), true,
                              "a CI column by name");
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 1; i < lines.size(); ++i)
        {
            rows.push_back(Split(lines[i]));
            SRVCC_REQUIRE_EQ(rows.back().size(), 4 + 3 * SweepMetrics(false).size(), lines[i]);
            NS_TEST_EXPECT_MSG_EQ(rows.back()[3], "2", "replications column");
        }
        NS_TEST_EXPECT_MSG_EQ(rows[0][1] + "/" + rows[0][2], "5/ts33501", "point 0");
        NS_TEST_EXPECT_MSG_EQ(rows[3][1] + "/" + rows[3][2], "40/sol1.2", "point 3");
        // Under ts33501 the Sv request and response both wait for the link: 40 ms instead of
        // 5 ms one way adds about 70 ms to the preparation (sol1.2 does not use Sv at all).
        const double prepSv5 = std::stod(rows[0][4]);
        const double prepSv40 = std::stod(rows[2][4]);
        NS_TEST_EXPECT_MSG_GT(prepSv40 - prepSv5, 65.0, "Sv delay shows in the preparation");
        NS_TEST_EXPECT_MSG_LT(prepSv40 - prepSv5, 75.0, "twice the extra delay, no more");
        NS_TEST_EXPECT_MSG_EQ(rows[1][4], rows[3][4], "sol1.2: no Sv, the same preparation");
        // completed_ratio (columns 22..24) is 1 with a zero-width interval.
        NS_TEST_EXPECT_MSG_EQ(rows[0][22] + " " + rows[0][23] + " " + rows[0][24], "1 1 1",
                              "completed ratio");

        // Plots: gnuplot "missing", so a warning naming the package, and the files kept.
        NS_TEST_EXPECT_MSG_EQ(result.plots.ran, false, "no gnuplot");
        NS_TEST_EXPECT_MSG_EQ(Contains(result.plots.warning, "gnuplot-nox"), true,
                              result.plots.warning);
        for (const char* file :
             {"/plots/sweep.gp", "/plots/cdf-preparation.dat", "/plots/cdf-interruption.dat",
              "/plots/vs-links.sv.delay_ms.dat", "/plots/vs-profile.dat"})
        {
            NS_TEST_EXPECT_MSG_GT(std::filesystem::file_size(dir + file), 0, file);
        }
        const std::string script = ReadFile(dir + "/plots/sweep.gp");
        NS_TEST_EXPECT_MSG_EQ(Contains(script,
                                       "set output 'preparation_p50_ms-vs-links.sv.delay_ms."
                                       "svg'"),
                              true, "a latency against the swept delay, as SVG");
        NS_TEST_EXPECT_MSG_EQ(Contains(script, "set xlabel 'links.sv.delay_ms (ms)'"), true,
                              "axis label with unit");
        NS_TEST_EXPECT_MSG_EQ(script.find("authentication"), std::string::npos,
                              "no authentication figure without the field");
        // 2 CDFs + 6 latencies x 2 swept fields, each as PNG and SVG.
        NS_TEST_EXPECT_MSG_EQ(result.plots.images.size(), 2 * (2 + 6 * 2), "images");
        std::filesystem::remove_all(dir);
    }
};

class SweepRunFileTestCase : public TestCase
{
  public:
    SweepRunFileTestCase()
        : TestCase("sweep-run.json: the aggregation's input, read back value for value")
    {
    }

  private:
    /** The ScenarioError text of ReadSweepRunFile on a file holding \p text. */
    static std::string
    ReadErrorOf(const std::string& path, const std::string& text)
    {
        std::ofstream(path) << text;
        try
        {
            ReadSweepRunFile(path);
        }
        catch (const ScenarioError& e)
        {
            return e.what();
        }
        return "<no error>";
    }

    void
    DoRun() override
    {
        const std::string dir = TempDir("srvcc-sweep-run-file");
        SrvccSweepRun run;
        run.point = 3;
        run.replication = 1;
        run.rngSeed = 7;
        run.rngRun = 12;
        run.attempted = 10;
        run.completed = 9;
        run.failed = 1;
        run.keyChecksPassed = 9;
        run.kamfExposures = 4294967296; // above 32 bits
        // Doubles whose shortest text has 17 digits: Boost.JSON 1.81 reads some of them one
        // unit in the last place off (0.09024298076890763 is one), the file must not.
        const std::vector<double> awkward
            = {0.1 + 0.2,           1.0 / 3.0, 55.546304000000006,
               0.09024298076890763, 5e-324,    1.7976931348623157e308};
        for (std::size_t i = 0; i < awkward.size(); ++i)
        {
            run.metrics[SweepMetrics(true)[i].name] = awkward[i];
        }
        run.metrics["wall_time_s"] = 0.044541950000123;
        run.wallTimeS = 0.044541950000123;
        const std::string path = dir + "/sweep-run.json";
        WriteSweepRunFile(path, run);
        const SrvccSweepRun back = ReadSweepRunFile(path);
        NS_TEST_EXPECT_MSG_EQ(back.point, 3, "point");
        NS_TEST_EXPECT_MSG_EQ(back.replication, 1, "replication");
        NS_TEST_EXPECT_MSG_EQ(back.rngSeed, 7, "seed");
        NS_TEST_EXPECT_MSG_EQ(back.rngRun, 12, "run");
        NS_TEST_EXPECT_MSG_EQ(back.completed, 9, "completed");
        NS_TEST_EXPECT_MSG_EQ(back.failed, 1, "failed");
        NS_TEST_EXPECT_MSG_EQ(back.kamfExposures, 4294967296, "a 64-bit count");
        NS_TEST_EXPECT_MSG_EQ(back.metrics.size(), run.metrics.size(), "every metric");
        bool identical = back.metrics.size() == run.metrics.size();
        for (const auto& [name, value] : run.metrics)
        {
            const auto it = back.metrics.find(name);
            // ==, not a tolerance: the merged sweep.csv must be the in-process one.
            identical = identical && it != back.metrics.end() && it->second == value;
        }
        NS_TEST_EXPECT_MSG_EQ(identical, true, "every double read back bit for bit");
        NS_TEST_EXPECT_MSG_EQ(back.wallTimeS, run.wallTimeS, "wall time from the metrics");

        // Broken files name the file and the field.
        const std::string bad = dir + "/bad.json";
        NS_TEST_EXPECT_MSG_EQ(ReadErrorOf(dir + "/none/sweep-run.json", ""),
                              dir + "/none/sweep-run.json: cannot read the file: it does not exist",
                              "no file");
        const std::string good = ReadFile(path);
        auto edited = [&good](const std::string& from, const std::string& to)
        {
            std::string text = good;
            text.replace(text.find(from), from.size(), to);
            return text;
        };
        NS_TEST_EXPECT_MSG_EQ(
            ReadErrorOf(bad,
                        edited("\"wall_time_s\": \"0.044541950000123\"", "\"wall_time_s\": 1")),
            bad
                + ": metrics.wall_time_s: found 1 (a number), expected a number as a string "
                  "(\"50.011944\"), as srvcc-sim writes it",
            "a metric as a JSON number");
        NS_TEST_EXPECT_MSG_EQ(Contains(ReadErrorOf(bad, edited("\"wall_time_s\"", "\"wall_time\"")),
                                       bad + ": metrics.wall_time: unknown metric"),
                              true, "an unknown metric");
        NS_TEST_EXPECT_MSG_EQ(ReadErrorOf(bad, edited("srvcc-sweep-run/1", "srvcc-sweep-run/2")),
                              bad
                                  + ": format: found \"srvcc-sweep-run/2\" (a string), expected "
                                    "\"srvcc-sweep-run/1\" (a sweep-run.json of this srvcc-sim)",
                              "another format");
        NS_TEST_EXPECT_MSG_EQ(ReadErrorOf(bad, edited("\"run\": 12", "\"run\": 0")),
                              bad
                                  + ": rng.run: found 0 (a number), expected a whole number "
                                    "between 1 and 4294967295",
                              "a bad run number");
        NS_TEST_EXPECT_MSG_EQ(
            Contains(ReadErrorOf(bad, good.substr(0, good.size() / 2)), bad + ": line "), true,
            "truncated");

        // The aggregation fed with the files a sweep wrote gives its sweep.csv, byte for byte
        // (wall times and all): one aggregation, exact values.
        const SrvccSweep sweep = ParseSweep(
            R"({"name": "agg", "topology": {"gnbs": 1, "ues_per_gnb": 4},
                "links": {"n2": {"loss": 0.1, "reliable": false}, "sv": {"delay_ms": [5, 20]}},
                "handovers": {"start_s": 1, "spacing_ms": 10},
                "replications": 3, "run": 4, "duration_s": 5, "pcap": false})",
            "agg.json");
        SrvccRunOptions runOptions;
        runOptions.outputDir = dir + "/in-process";
        SrvccSweepOptions options;
        options.plots = false;
        const SrvccSweepResult inProcess = RunSweep(sweep, runOptions, options);
        std::vector<SrvccSweepRun> runs;
        for (std::size_t k = 0; k < 2; ++k)
        {
            for (uint32_t r = 0; r < 3; ++r)
            {
                runs.push_back(ReadSweepRunFile(runOptions.outputDir + "/"
                                                + SweepRunDirectory(k, 4 + r) + "/sweep-run.json"));
            }
        }
        std::reverse(runs.begin(), runs.end()); // any order
        std::filesystem::create_directories(dir + "/merged");
        const SrvccSweepResult merged = AggregateSweep(sweep, dir + "/merged", runs, options);
        NS_TEST_EXPECT_MSG_EQ(ReadFile(merged.sweepCsv), ReadFile(inProcess.sweepCsv),
                              "the same sweep.csv");
        NS_TEST_EXPECT_MSG_EQ(merged.completed, inProcess.completed, "the same totals");
        NS_TEST_EXPECT_MSG_EQ(merged.wallTimeS, inProcess.wallTimeS, "the same wall time");
        NS_TEST_EXPECT_MSG_EQ(merged.points[1].firstRun, 4, "RngRun of replication 0");
        // The replications differ (10 % loss on N2, without SCTP's retransmission, so that a
        // loss fails the handover), so a run mixed up would show.
        const std::set<double> ratios
            = {runs[0].metrics["completed_ratio"], runs[1].metrics["completed_ratio"],
               runs[2].metrics["completed_ratio"]};
        NS_TEST_EXPECT_MSG_GT(ratios.size(), 1, "replications of a point differ");
        runs.pop_back();
        bool refused = false;
        try
        {
            AggregateSweep(sweep, dir + "/partial", runs, options);
        }
        catch (const std::invalid_argument& e)
        {
            refused = Contains(e.what(), "point 0, replication 0: missing");
        }
        NS_TEST_EXPECT_MSG_EQ(refused, true, "a missing replication is refused, not averaged");
        NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(dir + "/partial/sweep.csv"), false,
                              "and no sweep.csv written");
        std::filesystem::remove_all(dir);
    }
};

class SweepAuthenticationPlotTestCase : public TestCase
{
  public:
    SweepAuthenticationPlotTestCase()
        : TestCase("authentication messages: plotted when the summaries have them")
    {
    }

  private:
    void
    DoRun() override
    {
        // A boolean list stands in for the switch of the Key Issue #2 bound.
        const SrvccSweep sweep
            = ParseSweep(R"({"faults": {"tamper_ck": [false, true]}})", "a.json");
        const std::string dir = TempDir("srvcc-sweep-auth");
        std::vector<SrvccSweepPointResult> points(2);
        for (std::size_t k = 0; k < 2; ++k)
        {
            SrvccSweepPointResult& p = points[k];
            p.index = k;
            p.choice = sweep.GetChoice(k);
            p.directory = dir + "/point-" + std::to_string(k);
            p.firstRun = 1;
            std::filesystem::create_directories(p.directory + "/run-1");
            std::ofstream(p.directory + "/run-1/handovers.csv")
                << "ue,result,cause,preparation_ms,interruption_ms\n0,completed,,40,55\n"
                   "1,completed,,42,56\n";
            const double base = k == 0 ? 12 : 4; // without the bound: more messages
            p.runs = {{{"authentication_messages", base}, {"preparation_p50_ms", 40}},
                      {{"authentication_messages", base + 2}, {"preparation_p50_ms", 41}}};
        }
        const bool haveGnuplot = std::system("gnuplot --version > /dev/null 2>&1") == 0;
        const SrvccSweepPlotResult r
            = WriteSweepPlots(dir, sweep, points, SweepMetrics(true),
                              haveGnuplot ? "gnuplot" : "srvcc-test-no-such-gnuplot");
        const std::vector<std::string> data
            = Lines(ReadFile(dir + "/plots/authentication-messages.dat"));
        SRVCC_REQUIRE_EQ(data.size(), 3, "a comment and one row per point");
        // {12, 14}: mean 13, s = sqrt(2), half width t(0.975, 1) = 12.7062.
        NS_TEST_EXPECT_MSG_EQ(data[1].rfind("0 \"false\" 13 0.29379", 0), 0, data[1]);
        NS_TEST_EXPECT_MSG_EQ(data[2].rfind("1 \"true\" 5 -7.70620", 0), 0, data[2]);
        const std::string script = ReadFile(dir + "/plots/sweep.gp");
        NS_TEST_EXPECT_MSG_EQ(Contains(script, "set output 'authentication-messages.svg'"), true,
                              "the per-point figure");
        NS_TEST_EXPECT_MSG_EQ(Contains(script, "set output "
                                               "'authentication_messages-vs-faults.tamper_ck.png'"),
                              true, "against the swept field");
        // 2 CDFs, preparation_p50_ms and authentication_messages against the field, the bars;
        // the other latencies have no value in any run, so no figure.
        NS_TEST_EXPECT_MSG_EQ(r.images.size(), 2 * 5, "images");
        if (haveGnuplot)
        {
            NS_TEST_EXPECT_MSG_EQ(r.warning, "", "gnuplot ran");
            NS_TEST_EXPECT_MSG_EQ(r.ran, true, "every image written");
            NS_TEST_EXPECT_MSG_GT(
                std::filesystem::file_size(dir + "/plots/authentication-messages.png"), 0, "png");
        }
        else
        {
            NS_TEST_EXPECT_MSG_EQ(Contains(r.warning, "gnuplot-nox"), true, r.warning);
        }
        std::filesystem::remove_all(dir);
    }
};

class SweepSchemaArraysTestCase : public TestCase
{
  public:
    SweepSchemaArraysTestCase()
        : TestCase("the fields that take arrays are those of doc scenario-format.md")
    {
    }

  private:
    void
    DoRun() override
    {
        // Every row "| `path` | type ..." of the reference table whose type names an array.
        std::set<std::string> documented;
        for (const std::string& line :
             Lines(ReadFile(std::string(SRVCC_SOURCE_DIR) + "/doc/scenario-format.md")))
        {
            if (line.rfind("| `", 0) != 0)
            {
                continue;
            }
            const std::size_t pathEnd = line.find('`', 3);
            const std::size_t typeStart = line.find('|', pathEnd);
            const std::size_t typeEnd = line.find('|', typeStart + 1);
            if (typeEnd == std::string::npos)
            {
                continue;
            }
            const std::string path = line.substr(3, pathEnd - 3);
            const std::string type = line.substr(typeStart + 1, typeEnd - typeStart - 1);
            if (path.find_first_of("[<") == std::string::npos && Contains(type, "array"))
            {
                documented.insert(path);
            }
        }
        const std::set<std::string> coded(SweepSchemaArrays().begin(), SweepSchemaArrays().end());
        std::string missing;
        for (const std::string& p : documented)
        {
            missing += coded.count(p) == 0 ? p + " " : "";
        }
        NS_TEST_EXPECT_MSG_EQ(missing, "", "arrays in the format that SweepSchemaArrays lacks");
        std::string extra;
        for (const std::string& p : coded)
        {
            extra += documented.count(p) == 0 ? p + " " : "";
        }
        NS_TEST_EXPECT_MSG_EQ(extra, "", "SweepSchemaArrays entries the format does not have");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(documented.size(), 4, "the table was read");

        // Each of them keeps its array as the value in a sweep.
        const SrvccSweep sweep = ParseSweep(
            R"({"topology": {"ues_per_gnb": 2}, "seed": [1, 2],
                "registration": {"enabled": true, "ues": [{"ue": 0}, {"ue": 1}],
                                 "return_to_5g": [{"ue": 0, "at_s": 5}]}})",
            "r.json");
        SRVCC_REQUIRE_EQ(sweep.GetAxes().size(), 1, "only seed is swept");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetPoint(1).ueProfiles.size(), 2, "registration.ues kept");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetPoint(1).returnsTo5g.size(), 1, "return_to_5g kept");
    }
};

class SweepTestSuite : public TestSuite
{
  public:
    SweepTestSuite() : TestSuite("srvcc-sweep", UNIT)
    {
        AddTestCase(new SweepExpansionTestCase, TestCase::QUICK);
        AddTestCase(new SweepBadListTestCase, TestCase::QUICK);
        AddTestCase(new SweepSchemaArraysTestCase, TestCase::QUICK);
        AddTestCase(new SweepStatisticsTestCase, TestCase::QUICK);
        AddTestCase(new SweepProgressTestCase, TestCase::QUICK);
        AddTestCase(new SweepScenarioFilesTestCase, TestCase::QUICK);
        AddTestCase(new SweepEndToEndTestCase, TestCase::QUICK);
        AddTestCase(new SweepRunFileTestCase, TestCase::QUICK);
        AddTestCase(new SweepAuthenticationPlotTestCase, TestCase::QUICK);
    }
};

SweepTestSuite g_sweepTestSuite;

} // namespace
