/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The program layer's writers: the RFC 4180 CSV writer and its reader, the one JSON writer,
 * the number format, whole-or-nothing output files, and the errors a run's outputs and a
 * sweep's numbers give (summary.json, handovers.csv, 1e400 in a scenario file).
 */
#include "ns3/test.h"
#include "srvcc-sim/srvcc-csv-writer.h"
#include "srvcc-sim/srvcc-json-writer.h"
#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-run-summary.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-sweep-plots.h"
#include "srvcc-sim/srvcc-sweep.h"
#include "srvcc-test-require.h"

#include <algorithm>
#include <boost/json.hpp>
#include <charconv>
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace ns3;

/** NS_TEST_EXPECT_MSG_EQ, then leave DoRun on failure: later checks index into the result. */

namespace
{

std::string
ReadFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/** A fresh directory under the system's temporary directory. */
std::string
TempDir(const std::string& stem)
{
    std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
    return ::mkdtemp(pattern.data());
}

/** The names in \p dir, sorted, joined by spaces: shows any temporary file left behind. */
std::string
Listing(const std::string& dir)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
    {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    std::string list;
    for (const std::string& n : names)
    {
        list += (list.empty() ? "" : " ") + n;
    }
    return list;
}

bool
StartsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

/** The text of the exception \p f throws as \p E, or what happened instead. */
template<typename E, typename F>
std::string
ErrorOf(F f)
{
    try
    {
        f();
    }
    catch (const E& e)
    {
        return e.what();
    }
    catch (const std::exception& e)
    {
        return std::string("<other exception: ") + e.what() + ">";
    }
    return "<no error>";
}

class CsvWriterTestCase : public TestCase
{
  public:
    CsvWriterTestCase() : TestCase("CSV: RFC 4180 fields written and read back, fixed width") {}

  private:
    void
    DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("sol1.2"), "sol1.2", "plain: as it is");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField(""), "", "empty: as it is");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("a,b"), "\"a,b\"", "comma: quoted");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("say \"x\""), "\"say \"\"x\"\"\"", "quote doubled");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("two\nlines"), "\"two\nlines\"", "LF: quoted");
        NS_TEST_EXPECT_MSG_EQ(srvcc::CsvField("cr\r"), "\"cr\r\"", "CR: quoted");

        const std::string dir = TempDir("srvcc-csv");
        const std::string path = dir + "/t.csv";
        const std::string hard = "Sv said \"no\", then\nretried";
        srvcc::CsvWriter csv(path, {"ue", "cause", "count", "ms"});
        csv.Field(uint32_t{0}).Field(hard).Field(uint64_t{18446744073709551615u}).Field(0.1 + 0.2);
        csv.EndRow();
        csv.Field(-3).Empty().Field(int64_t{7}).Field(1e-05).EndRow();
        NS_TEST_EXPECT_MSG_EQ(csv.GetRows(), 2, "rows, the header not counted");
        const std::string expected = "ue,cause,count,ms\n"
                                     "0,\"Sv said \"\"no\"\", then\nretried\","
                                     "18446744073709551615,0.3\n"
                                     "-3,,7,1e-05\n";
        NS_TEST_EXPECT_MSG_EQ(csv.GetText(), expected, "LF line ends, numbers one way");
        csv.Write();
        NS_TEST_EXPECT_MSG_EQ(ReadFile(path), expected, "the file holds the table");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir), "t.csv", "no temporary file left");

        const auto records = srvcc::ParseCsv(ReadFile(path));
        SRVCC_REQUIRE_EQ(records.size(), 3, "the line break inside the field ends no record");
        NS_TEST_EXPECT_MSG_EQ(records[1].size(), 4, "width");
        NS_TEST_EXPECT_MSG_EQ(records[1][1], hard, "comma, quote and newline read back");
        NS_TEST_EXPECT_MSG_EQ(records[2][1], "", "empty field");
        NS_TEST_EXPECT_MSG_EQ(records[2][3], "1e-05", "number");

        // CRLF (RFC 4180 2.1) reads the same; a CRLF inside quotes is data.
        const auto crlf = srvcc::ParseCsv("a,b\r\n\"x\r\ny\",2\r\n3,\"\"");
        SRVCC_REQUIRE_EQ(crlf.size(), 3, "CRLF records, the last one without a line end");
        NS_TEST_EXPECT_MSG_EQ(crlf[0][1], "b", "no CR left on the last field");
        NS_TEST_EXPECT_MSG_EQ(crlf[1][0], "x\r\ny", "CRLF inside quotes");
        NS_TEST_EXPECT_MSG_EQ(crlf[2][1], "", "quoted empty field");
        NS_TEST_EXPECT_MSG_EQ(srvcc::ParseCsv("").size(), 0, "no text, no records");

        // Every row has the header's width: a short row is the caller's bug.
        srvcc::CsvWriter bad(dir + "/bad.csv", {"a", "b", "c"});
        bad.Field("x").Field("y");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf<std::logic_error>(
                                  [&bad]()
                                  {
                                      bad.EndRow();
                                  }),
                              dir + "/bad.csv: row 1: found 2 fields, expected 3 (the header's)",
                              "short row");
        NS_TEST_EXPECT_MSG_EQ(StartsWith(ErrorOf<std::logic_error>(
                                             [&bad]()
                                             {
                                                 bad.Write();
                                             }),
                                         dir + "/bad.csv"),
                              true, "an unfinished row is not written");
        NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(dir + "/bad.csv"), false, "nothing written");
        srvcc::CsvWriter inf(dir + "/inf.csv", {"x"});
        NS_TEST_EXPECT_MSG_EQ(ErrorOf<std::domain_error>(
                                  [&inf]()
                                  {
                                      inf.Field(std::numeric_limits<double>::infinity());
                                  }),
                              "found inf, expected a finite number", "no inf in a number column");
        std::filesystem::remove_all(dir);
    }
};

class NumberFormatTestCase : public TestCase
{
  public:
    NumberFormatTestCase() : TestCase("numbers: 9 significant digits or shortest, C locale") {}

  private:
    void
    DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(50.011944000000001), "50.011944", "latency");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(10.0), "10", "whole");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(0.044541950000123), "0.04454195", "9 digits");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(1e-05), "1e-05", "%g exponent");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(1234567891234.0), "1.23456789e+12", "large");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(0.1 + 0.2, 0), "0.30000000000000004",
                              "shortest: every digit the double needs");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(0.1, 0), "0.1", "shortest");
        NS_TEST_EXPECT_MSG_EQ(srvcc::FormatNumber(1e22, 0), "1e+22", "shortest exponent");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf<std::domain_error>(
                                  []()
                                  {
                                      srvcc::FormatNumber(std::numeric_limits<double>::quiet_NaN());
                                  }),
                              "found nan, expected a finite number", "NaN");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf<std::domain_error>(
                                  []()
                                  {
                                      srvcc::FormatNumber(-std::numeric_limits<double>::infinity(),
                                                          0);
                                  }),
                              "found -inf, expected a finite number", "-inf");
    }
};

class JsonWriterTestCase : public TestCase
{
  public:
    JsonWriterTestCase() : TestCase("JSON: member order, layouts, escapes, never inf or NaN") {}

  private:
    void
    DoRun() override
    {
        const boost::json::value v = boost::json::object{
            {"z", 1},
            {"a", boost::json::array{true, nullptr, "q\"\\\n\x01"}},
            {"m", {{"x", -2}, {"y", 0.5}, {"e", boost::json::object{}}}},
        };
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(v),
                              "{\"z\":1,\"a\":[true,null,\"q\\\"\\\\\\n\\u0001\"],"
                              "\"m\":{\"x\":-2,\"y\":0.5,\"e\":{}}}",
                              "one line, members in their order, RFC 8259 escapes");
        const srvcc::JsonFormat lines{srvcc::JsonLayout::kMembersOnLines, srvcc::kReportDigits};
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(v, lines),
                              "{\n"
                              "  \"z\": 1,\n"
                              "  \"a\": [true, null, \"q\\\"\\\\\\n\\u0001\"],\n"
                              "  \"m\": {\"x\": -2, \"y\": 0.5, \"e\": {}}\n"
                              "}",
                              "a top-level member per line");
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(boost::json::object{}, lines), "{}", "empty");
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(boost::json::array{1, 2}, lines), "[\n  1,\n  2\n]",
                              "a top-level array");
        const srvcc::JsonFormat elements{srvcc::JsonLayout::kElementsOnLines, 0};
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(v, elements),
                              "{\n"
                              "  \"z\": 1,\n"
                              "  \"a\": [\n"
                              "    true,\n"
                              "    null,\n"
                              "    \"q\\\"\\\\\\n\\u0001\"\n"
                              "  ],\n"
                              "  \"m\": {\"x\": -2, \"y\": 0.5, \"e\": {}}\n"
                              "}",
                              "and the elements of a top-level array member per line");
        NS_TEST_EXPECT_MSG_EQ(
            srvcc::WriteJson(boost::json::object{{"j", boost::json::array{boost::json::array{1, 2},
                                                                          boost::json::array{}}},
                                                 {"e", boost::json::array{}}},
                             elements),
            "{\n  \"j\": [\n    [1, 2],\n    []\n  ],\n  \"e\": []\n}",
            "one level only; an empty array stays []");

        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(1.0 / 3, lines), "0.333333333", "9 digits");
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(1.0 / 3), "0.3333333333333333", "shortest");
        NS_TEST_EXPECT_MSG_EQ(srvcc::WriteJson(uint64_t{18446744073709551615u}, lines),
                              "18446744073709551615", "integers in full");
        // Shortest text: reading it (correctly rounded) gives the same double, where Boost.JSON
        // would write 1E-1.
        for (double d : {0.1, 0.1 + 0.2, 1e-300, 1.2345678901234567e+30, -0.0, 5e-324})
        {
            const std::string text = srvcc::WriteJson(d);
            double back = 0;
            std::from_chars(text.data(), text.data() + text.size(), back);
            NS_TEST_EXPECT_MSG_EQ(back, d, text);
        }

        // Infinity and NaN have no JSON text: an error that names where they are.
        boost::json::value bad = v;
        bad.as_object()["m"].as_object()["y"] = std::numeric_limits<double>::infinity();
        try
        {
            srvcc::WriteJson(bad);
            NS_TEST_EXPECT_MSG_EQ(true, false, "inf written");
        }
        catch (const srvcc::JsonValueError& e)
        {
            NS_TEST_EXPECT_MSG_EQ(e.GetPath(), "m.y", "path");
            NS_TEST_EXPECT_MSG_EQ(std::string(e.what()),
                                  "m.y: found inf, expected a finite number (JSON has no "
                                  "infinity or NaN)",
                                  "message");
        }
        bad.as_object()["m"].as_object()["y"] = 1;
        bad.as_object()["a"].as_array()[1] = std::numeric_limits<double>::quiet_NaN();
        NS_TEST_EXPECT_MSG_EQ(StartsWith(ErrorOf<srvcc::JsonValueError>(
                                             [&bad]()
                                             {
                                                 srvcc::WriteJson(bad, {});
                                             }),
                                         "a[1]: found nan"),
                              true, "array element");
        NS_TEST_EXPECT_MSG_EQ(StartsWith(ErrorOf<srvcc::JsonValueError>(
                                             []()
                                             {
                                                 srvcc::WriteJson(
                                                     std::numeric_limits<double>::infinity());
                                             }),
                                         "top level: found inf"),
                              true, "top level");
    }
};

class OutputFileTestCase : public TestCase
{
  public:
    OutputFileTestCase() : TestCase("output files: whole or not at all, errors name the file") {}

  private:
    void
    DoRun() override
    {
        const std::string dir = TempDir("srvcc-output-file");
        const std::string path = dir + "/summary.json";
        srvcc::WriteOutputFile(path, "{\"old\": true}\n");
        srvcc::WriteOutputFile(path, "{\"new\": true}\n");
        NS_TEST_EXPECT_MSG_EQ(ReadFile(path), "{\"new\": true}\n", "replaced");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir), "summary.json", "no temporary file left");

        NS_TEST_EXPECT_MSG_EQ(ErrorOf<srvcc::OutputError>(
                                  [&dir]()
                                  {
                                      srvcc::WriteOutputFile(dir + "/no/such/x.csv", "");
                                  }),
                              dir
                                  + "/no/such/x.csv: cannot write the file: No such file or "
                                    "directory",
                              "missing directory");
        std::filesystem::create_directory(dir + "/plots");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf<srvcc::OutputError>(
                                  [&dir]()
                                  {
                                      srvcc::WriteOutputFile(dir + "/plots", "x");
                                  }),
                              dir + "/plots: cannot write the file: Is a directory",
                              "the name is a directory: the rename fails");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir), "plots summary.json", "the temporary file removed");

        // A write that fails half-way (here: the file size limit, which holds for root too,
        // like a full disk would) keeps the old file and leaves no truncated copy behind.
        struct rlimit saved;
        getrlimit(RLIMIT_FSIZE, &saved);
        struct rlimit small = saved;
        small.rlim_cur = 8;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &small);
        const std::string error = ErrorOf<srvcc::OutputError>(
            [&path]()
            {
                srvcc::WriteOutputFile(path, std::string(4096, 'x'));
            });
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        NS_TEST_EXPECT_MSG_EQ(error, path + ": cannot write the file: File too large",
                              "the write error, naming the file");
        NS_TEST_EXPECT_MSG_EQ(ReadFile(path), "{\"new\": true}\n", "the old file is intact");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir), "plots summary.json", "no truncated copy");
        std::filesystem::remove_all(dir);
    }
};

class RunOutputsTestCase : public TestCase
{
  public:
    RunOutputsTestCase() : TestCase("summary.json and handovers.csv through the one writers") {}

  private:
    void
    DoRun() override
    {
        SrvccRunSummary s;
        s.scenario = "quote \" and \\ and \n";
        s.profile = "ts33501";
        s.replaysRejected = 1;
        s.failureCauses["timeout, \"Sv\""] = 2;
        s.preparation.count = 2;
        s.preparation.mean = 50.011944000000001;
        s.wallTimeS = 0.044541950000123;
        const std::string dir = TempDir("srvcc-run-outputs");
        WriteSummaryJson(dir + "/summary.json", s);
        const std::string text = ReadFile(dir + "/summary.json");
        const boost::json::value back = boost::json::parse(text);
        SRVCC_REQUIRE_EQ(back.is_object(), true, "one object");
        const boost::json::object& o = back.get_object();
        NS_TEST_EXPECT_MSG_EQ(std::string(o.at("scenario").as_string()), s.scenario, "escaped");
        NS_TEST_EXPECT_MSG_EQ(o.at("failure_causes").at("timeout, \"Sv\"").to_number<uint64_t>(), 2,
                              "a cause as a key");
        NS_TEST_EXPECT_MSG_EQ(o.at("latency_ms").at("preparation").at("mean").as_double(),
                              50.011944, "9 significant digits");
        NS_TEST_EXPECT_MSG_EQ(o.at("wall_time_s").as_double(), 0.04454195, "9 significant digits");
        NS_TEST_EXPECT_MSG_EQ(o.begin()->key(), "scenario", "doc/outputs.md's order: first");
        NS_TEST_EXPECT_MSG_EQ((o.end() - 1)->key(), "peak_rss_mib", "last");
        // One line per top-level field (grep finds a whole field), the file ends with a LF.
        std::size_t lines = 0;
        for (char c : text)
        {
            lines += c == '\n' ? 1 : 0;
        }
        NS_TEST_EXPECT_MSG_EQ(lines, o.size() + 2, "a line per field, and the braces");
        NS_TEST_EXPECT_MSG_NE(text.find("\n  \"replays_rejected\": 1,\n"), std::string::npos,
                              "a field on its line");
        NS_TEST_EXPECT_MSG_NE(text.find("\n  \"key_checks\": {\"passed\": 0, \"failed\": 0},\n"),
                              std::string::npos, "an object on one line");

        // A figure JSON cannot hold: an error naming the field, and no summary.json at all.
        s.peakRssMib = std::numeric_limits<double>::quiet_NaN();
        NS_TEST_EXPECT_MSG_EQ(StartsWith(ErrorOf<srvcc::JsonValueError>(
                                             [&dir, &s]()
                                             {
                                                 WriteSummaryJson(dir + "/new/summary.json", s);
                                             }),
                                         "peak_rss_mib: found nan"),
                              true, "names the field");
        NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(dir + "/new"), false, "nothing written");

        // handovers.csv: a cause with a comma, a quote and a newline stays one field.
        std::vector<SrvccHandoverRecord> records(2);
        records[0].ue = 0;
        records[0].result = SrvccHandoverRecord::Result::kFailed;
        records[0].cause = "Sv: \"reject\",\ncause 8";
        records[0].stepNs[0] = 1000000000;
        records[1].ue = 1;
        records[1].result = SrvccHandoverRecord::Result::kCompleted;
        records[1].stepNs.fill(1000000000);
        records[1].stepNs[static_cast<std::size_t>(SrvccStep::kHoCommandAtUe)] = 1050011944;
        records[1].stepNs[static_cast<std::size_t>(SrvccStep::kHoCompleteAtMsc)] = 1105558248;
        WriteHandoversCsv(dir + "/handovers.csv", records);
        const auto rows = srvcc::ParseCsv(ReadFile(dir + "/handovers.csv"));
        SRVCC_REQUIRE_EQ(rows.size(), 3, "header and two rows");
        NS_TEST_EXPECT_MSG_EQ(rows[1].size(), rows[0].size(), "row width");
        NS_TEST_EXPECT_MSG_EQ(rows[1][2], records[0].cause, "cause read back");
        NS_TEST_EXPECT_MSG_EQ(rows[1][4], "", "a step not reached is empty");
        NS_TEST_EXPECT_MSG_EQ(rows[2].back(), "55.546304", "interruption in ms");
        std::vector<double> values;
        std::string error;
        NS_TEST_EXPECT_MSG_EQ(
            ReadLatencyColumn(dir + "/handovers.csv", "preparation_ms", values, error), true,
            error);
        SRVCC_REQUIRE_EQ(values.size(), 1, "the failed handover has no latency");
        NS_TEST_EXPECT_MSG_EQ(values[0], 50.011944, "preparation read back");
        std::filesystem::remove_all(dir);
    }
};

/** srvcc::OutputDirectory: a result directory appears whole or not at all. */
class OutputDirectoryTestCase : public TestCase
{
  public:
    OutputDirectoryTestCase()
        : TestCase("output directories: whole or not at all, nothing foreign replaced")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::string dir = TempDir("srvcc-output-dir");
        const std::string result = dir + "/results/run"; // parents are created
        {
            srvcc::OutputDirectory out(result);
            srvcc::WriteOutputFile(out.Path() + "/handovers.csv", "ue\n0\n");
            NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(result), false,
                                  "nothing at the result's path before Commit");
            NS_TEST_EXPECT_MSG_EQ(Listing(dir + "/results").rfind(".run.partial-", 0), 0,
                                  "a hidden partial directory beside it");
        } // no Commit: a failed run
        NS_TEST_EXPECT_MSG_EQ(Listing(dir + "/results"), "", "the failed run left nothing");

        {
            srvcc::OutputDirectory out(result + "/"); // a trailing slash names the same directory
            srvcc::WriteOutputFile(out.Path() + "/summary.json", "{\"first\": 1}\n");
            out.Commit();
        }
        NS_TEST_EXPECT_MSG_EQ(ReadFile(result + "/summary.json"), "{\"first\": 1}\n",
                              "committed in place");
        {
            srvcc::OutputDirectory out(result);
            srvcc::WriteOutputFile(out.Path() + "/summary.json", "{\"second\": 2}\n");
            out.Commit();
        }
        NS_TEST_EXPECT_MSG_EQ(Listing(result), "summary.json", "the earlier result replaced whole");
        NS_TEST_EXPECT_MSG_EQ(ReadFile(result + "/summary.json"), "{\"second\": 2}\n",
                              "the new result");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir + "/results"), "run", "no partial or old copy left");

        // Not a result: a directory with the user's own files is never replaced.
        const std::string mine = dir + "/mine";
        std::filesystem::create_directory(mine);
        srvcc::WriteOutputFile(mine + "/notes.txt", "keep me\n");
        const std::string error = ErrorOf<srvcc::OutputError>(
            [&mine]()
            {
                srvcc::OutputDirectory out(mine);
                srvcc::WriteOutputFile(out.Path() + "/summary.json", "{}\n");
                out.Commit();
            });
        NS_TEST_EXPECT_MSG_EQ(error,
                              mine
                                  + ": is in the way and is not a result of srvcc-sim (no "
                                    "summary.json); it was left as it is: remove it or choose "
                                    "another output directory",
                              "names the directory and why");
        NS_TEST_EXPECT_MSG_EQ(Listing(mine), "notes.txt", "the user's directory untouched");
        // Checked again at Commit: a file that appeared during the run is not replaced either.
        const std::string late = dir + "/late";
        const std::string lateError = ErrorOf<srvcc::OutputError>(
            [&late]()
            {
                srvcc::OutputDirectory out(late);
                srvcc::WriteOutputFile(out.Path() + "/summary.json", "{}\n");
                srvcc::WriteOutputFile(late, "someone else's file\n");
                out.Commit();
            });
        NS_TEST_EXPECT_MSG_EQ(StartsWith(lateError, late + ": is in the way"), true,
                              "refused at Commit: " << lateError);
        NS_TEST_EXPECT_MSG_EQ(ReadFile(late), "someone else's file\n", "that file untouched");
        std::filesystem::remove(late);
        NS_TEST_EXPECT_MSG_EQ(ReadFile(mine + "/notes.txt"), "keep me\n", "and its file");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir), "mine results", "the partial directory removed");
        NS_TEST_EXPECT_MSG_EQ(ErrorOf<srvcc::OutputError>(
                                  []()
                                  {
                                      srvcc::OutputDirectory out("..");
                                  }),
                              "..: expected the name of a directory to create, not . or ..",
                              "'..' is not a directory to create");
        std::filesystem::remove_all(dir);
    }
};

class RunScenarioOutputErrorTestCase : public TestCase
{
  public:
    RunScenarioOutputErrorTestCase()
        : TestCase("RunScenario: an output that cannot be put in place leaves nothing behind")
    {
    }

  private:
    void
    DoRun() override
    {
        SrvccScenario scenario = DefaultScenario();
        scenario.pcap = true;
        const std::string dir = TempDir("srvcc-run-unwritable");
        srvcc::WriteOutputFile(dir + "/notes.txt", "not a result\n"); // in the way of the result
        SrvccRunOptions options;
        const std::string error = ErrorOf<srvcc::OutputError>(
            [&]()
            {
                RunScenario(scenario, 0, options, dir);
            });
        NS_TEST_EXPECT_MSG_EQ(StartsWith(error, dir + ": is in the way"), true,
                              "names the directory: " << error);
        NS_TEST_EXPECT_MSG_EQ(Listing(dir), "notes.txt",
                              "no handovers.csv, pcap/ or summary.json left in it");
        const std::filesystem::path path(dir);
        const bool partialLeft = Listing(path.parent_path().string())
                                     .find("." + path.filename().string() + ".partial-")
                                 != std::string::npos;
        NS_TEST_EXPECT_MSG_EQ(partialLeft, false, "the partial directory removed");
        // The simulator was destroyed on the way out: the next run starts clean and lands whole.
        const SrvccRunSummary next = RunScenario(scenario, 0, options, dir + "/next");
        NS_TEST_EXPECT_MSG_EQ(next.completed, 1, "the next run in the process completes");
        NS_TEST_EXPECT_MSG_EQ(Listing(dir + "/next"), "handovers.csv pcap summary.json",
                              "a complete result");
        std::filesystem::remove_all(dir);
    }
};

class SweepNumbersTestCase : public TestCase
{
  public:
    SweepNumbersTestCase() : TestCase("sweeps: 1e400 is a field error, values keep every digit") {}

  private:
    void
    DoRun() override
    {
        auto sweepError = [](const std::string& json)
        {
            return ErrorOf<ScenarioError>(
                [&json]()
                {
                    ParseSweep(json, "big.json");
                });
        };
        auto scenarioError = [](const std::string& json)
        {
            return ErrorOf<ScenarioError>(
                [&json]()
                {
                    ParseScenario(json, "big.json");
                });
        };
        // 1e400 overflows a double: Boost.JSON reads infinity. The sweep used to write it back
        // as "Infinity" and stop on its own output with a parser exception.
        const std::string seed = R"({"seed": 1e400})";
        NS_TEST_EXPECT_MSG_EQ(sweepError(seed),
                              "big.json: seed: found inf (a number), expected a whole number "
                              "between 1 and 4294967295",
                              "a plain scenario read as a sweep");
        NS_TEST_EXPECT_MSG_EQ(sweepError(seed), scenarioError(seed), "the single-file message");
        NS_TEST_EXPECT_MSG_EQ(sweepError(R"({"links": {"sv": {"delay_ms": [5, 1e400]}}})"),
                              "big.json: links.sv.delay_ms[1]: found inf (a number), expected a "
                              "finite number",
                              "in a list: the element");
        NS_TEST_EXPECT_MSG_EQ(
            StartsWith(sweepError(R"({"duration_s": -1e400, "profile": ["ts33501", "sol1.2"]})"),
                       "big.json: duration_s: found -inf (a number)"),
            true, "beside a list");

        // A swept value goes into its point as written, not rounded by a trip through text.
        const SrvccSweep sweep
            = ParseSweep(R"({"links": {"iu": {"loss": [0.1, 0.30000000000000004]}}})", "l.json");
        SRVCC_REQUIRE_EQ(sweep.GetNumPoints(), 2, "two points");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetAxes()[0].values[1], "0.30000000000000004", "JSON text");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetPoint(1).Probability("links.iu.loss"), 0.1 + 0.2,
                              "the same double");
        NS_TEST_EXPECT_MSG_EQ(sweep.GetPointJson(0), R"({"links":{"iu":{"loss":0.1}}})",
                              "the point document, one line");
    }
};

class OutputWritersTestSuite : public TestSuite
{
  public:
    OutputWritersTestSuite() : TestSuite("srvcc-output-writers", UNIT)
    {
        AddTestCase(new CsvWriterTestCase, TestCase::QUICK);
        AddTestCase(new NumberFormatTestCase, TestCase::QUICK);
        AddTestCase(new JsonWriterTestCase, TestCase::QUICK);
        AddTestCase(new OutputFileTestCase, TestCase::QUICK);
        AddTestCase(new RunOutputsTestCase, TestCase::QUICK);
        AddTestCase(new OutputDirectoryTestCase, TestCase::QUICK);
        AddTestCase(new RunScenarioOutputErrorTestCase, TestCase::QUICK);
        AddTestCase(new SweepNumbersTestCase, TestCase::QUICK);
    }
};

OutputWritersTestSuite g_outputWritersTestSuite;

} // namespace
