/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-stats.h"

#include "srvcc-sim/srvcc-csv-writer.h"
#include "srvcc-sim/srvcc-json-writer.h"
#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-scenario-json.h"
#include "srvcc-sim/srvcc-scenario.h"

#include <boost/json.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>

namespace ns3
{

double
StudentT975(uint32_t df)
{
    if (df == 0)
    {
        throw std::domain_error("StudentT975: df: found 0, expected at least 1");
    }
    // Boost.Math's quantile is accurate to double precision for every df, so there is no table
    // to keep and no normal approximation cut-over.
    const boost::math::students_t distribution(static_cast<double>(df));
    return boost::math::quantile(distribution, 0.975);
}

SrvccMeanCi
MeanCi95(const std::vector<double>& values)
{
    SrvccMeanCi ci;
    ci.n = static_cast<uint32_t>(values.size());
    if (values.empty())
    {
        return ci;
    }
    double sum = 0;
    for (double v : values)
    {
        sum += v;
    }
    const double n = static_cast<double>(values.size());
    ci.mean = sum / n;
    ci.low = ci.mean;
    ci.high = ci.mean;
    if (values.size() < 2)
    {
        return ci; // one run: no spread to estimate
    }
    double squares = 0;
    for (double v : values)
    {
        squares += (v - ci.mean) * (v - ci.mean);
    }
    const double s = std::sqrt(squares / (n - 1));
    const double halfWidth = StudentT975(ci.n - 1) * s / std::sqrt(n);
    ci.low = ci.mean - halfWidth;
    ci.high = ci.mean + halfWidth;
    return ci;
}

std::vector<SrvccSweepMetric>
SweepMetrics(bool withAuthentication)
{
    std::vector<SrvccSweepMetric> metrics = {
        {"preparation_p50_ms", "Preparation latency, median (ms)", true},
        {"preparation_mean_ms", "Preparation latency, mean (ms)", true},
        {"preparation_p95_ms", "Preparation latency, 95th percentile (ms)", true},
        {"interruption_p50_ms", "Interruption time, median (ms)", true},
        {"interruption_mean_ms", "Interruption time, mean (ms)", true},
        {"interruption_p95_ms", "Interruption time, 95th percentile (ms)", true},
        {"completed_ratio", "Completed handovers / attempted (ratio)", false},
        {"failed", "Failed handovers (count)", false},
        {"key_checks_failed", "Failed key checks (count)", false},
        {"kamf_exposures", "KAMF exposures (count)", false},
        {"wall_time_s", "Wall-clock time per run (s)", false},
    };
    if (withAuthentication)
    {
        metrics.push_back(
            {"authentication_messages", "Authentication messages per run (count)", false});
    }
    return metrics;
}

SrvccRunMetrics
MetricsOf(const SrvccRunSummary& s)
{
    SrvccRunMetrics m;
    if (s.preparation.count > 0)
    {
        m["preparation_p50_ms"] = s.preparation.p50;
        m["preparation_mean_ms"] = s.preparation.mean;
        m["preparation_p95_ms"] = s.preparation.p95;
    }
    if (s.interruption.count > 0)
    {
        m["interruption_p50_ms"] = s.interruption.p50;
        m["interruption_mean_ms"] = s.interruption.mean;
        m["interruption_p95_ms"] = s.interruption.p95;
    }
    if (s.attempted > 0)
    {
        m["completed_ratio"] = static_cast<double>(s.completed) / static_cast<double>(s.attempted);
    }
    m["failed"] = static_cast<double>(s.failed);
    m["key_checks_failed"] = static_cast<double>(s.keyChecksFailed);
    m["kamf_exposures"] = static_cast<double>(s.kamfExposures);
    m["wall_time_s"] = s.wallTimeS;
    return m;
}

bool
AddAuthenticationMessages(const std::string& summaryJson, SrvccRunMetrics& metrics)
{
    std::ifstream in(summaryJson, std::ios::binary);
    if (!in)
    {
        return false;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    boost::json::error_code ec;
    const boost::json::value document = boost::json::parse(text, ec);
    if (ec || !document.is_object())
    {
        return false;
    }
    const boost::json::value* authentication = document.get_object().if_contains("authentication");
    if (authentication == nullptr || !authentication->is_object())
    {
        return false;
    }
    // A run without the registration model ("enabled": false) counts no messages: a column of
    // zeros would only look like a result.
    const boost::json::value* enabled = authentication->get_object().if_contains("enabled");
    if (enabled != nullptr && !(enabled->is_bool() && enabled->get_bool()))
    {
        return false;
    }
    const boost::json::value* messages = authentication->get_object().if_contains("messages");
    if (messages == nullptr || !messages->is_number())
    {
        return false;
    }
    metrics["authentication_messages"] = messages->to_number<double>();
    return true;
}

namespace
{

/** The "format" of sweep-run.json: a reader of another layout stops with a clear message. */
const char* const kSweepRunFormat = "srvcc-sweep-run/1";

/** The counts of sweep-run.json, in file order, with their member of SrvccSweepRun. */
const std::vector<std::pair<const char*, uint64_t SrvccSweepRun::*>>&
SweepRunCounts()
{
    static const std::vector<std::pair<const char*, uint64_t SrvccSweepRun::*>> counts = {
        {"attempted", &SrvccSweepRun::attempted},
        {"completed", &SrvccSweepRun::completed},
        {"failed", &SrvccSweepRun::failed},
        {"key_checks_passed", &SrvccSweepRun::keyChecksPassed},
        {"key_checks_failed", &SrvccSweepRun::keyChecksFailed},
        {"kamf_exposures", &SrvccSweepRun::kamfExposures},
    };
    return counts;
}

} // namespace

SrvccSweepRun
SweepRunOf(const SrvccRunSummary& s, std::size_t point, uint32_t replication,
           const std::string& summaryJson)
{
    SrvccSweepRun run;
    run.point = point;
    run.replication = replication;
    run.rngSeed = s.rngSeed;
    run.rngRun = s.rngRun;
    run.metrics = MetricsOf(s);
    AddAuthenticationMessages(summaryJson, run.metrics);
    run.attempted = s.attempted;
    run.completed = s.completed;
    run.failed = s.failed;
    run.keyChecksPassed = s.keyChecksPassed;
    run.keyChecksFailed = s.keyChecksFailed;
    run.kamfExposures = s.kamfExposures;
    run.wallTimeS = s.wallTimeS;
    return run;
}

void
WriteSweepRunFile(const std::string& path, const SrvccSweepRun& run)
{
    boost::json::object counts;
    for (const auto& [name, member] : SweepRunCounts())
    {
        counts[name] = run.*member;
    }
    boost::json::object metrics;
    for (const auto& [name, value] : run.metrics)
    {
        metrics[name] = srvcc::FormatNumber(value, 0); // exact: see the header
    }
    const boost::json::object document = {
        {"format", kSweepRunFormat},      {"point", run.point},
        {"replication", run.replication}, {"rng", {{"seed", run.rngSeed}, {"run", run.rngRun}}},
        {"counts", std::move(counts)},    {"metrics", std::move(metrics)},
    };
    srvcc::WriteOutputFile(path,
                           srvcc::WriteJson(document, {srvcc::JsonLayout::kMembersOnLines}) + "\n");
}

namespace
{

/** A double written by WriteSweepRunFile: a string holding a finite JSON number. */
double
ExactNumber(const ScenarioJson& json, const boost::json::value& v, const std::string& path)
{
    const char* expected = "a number as a string (\"50.011944\"), as srvcc-sim writes it";
    if (!v.is_string())
    {
        json.Mismatch(path, v, expected);
    }
    const boost::json::string& text = v.get_string();
    double d = 0;
    // from_chars: exact, and independent of the C locale's decimal point.
    const std::from_chars_result r = std::from_chars(text.data(), text.data() + text.size(), d);
    if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size()
        || !std::isfinite(d))
    {
        json.Mismatch(path, v, expected);
    }
    return d;
}

} // namespace

SrvccSweepRun
ReadSweepRunFile(const std::string& path)
{
    const ScenarioJson json(path);
    const boost::json::value document = json.Parse(ReadScenarioFile(path));
    const boost::json::object& top = json.Object(document, "");
    json.CheckKeys(top, "", {"format", "point", "replication", "rng", "counts", "metrics"});
    const std::string format = json.String(
        json.Required(top, "", "format", std::string("\"") + kSweepRunFormat + "\""), "format");
    if (format != kSweepRunFormat)
    {
        json.Mismatch("format", top.at("format"),
                      std::string("\"") + kSweepRunFormat
                          + "\" (a sweep-run.json of this srvcc-sim)");
    }
    constexpr uint64_t kMax32 = std::numeric_limits<uint32_t>::max();
    SrvccSweepRun run;
    run.point = json.WholeNumber(json.Required(top, "", "point", "a point number"), "point", 0,
                                 SrvccSweep::kMaxPoints - 1);
    run.replication = static_cast<uint32_t>(json.WholeNumber(
        json.Required(top, "", "replication", "a replication number"), "replication", 0, kMax32));
    const boost::json::object& rng
        = json.Object(json.Required(top, "", "rng", "an object with seed and run"), "rng");
    json.CheckKeys(rng, "rng", {"seed", "run"});
    run.rngSeed = static_cast<uint32_t>(
        json.WholeNumber(json.Required(rng, "rng", "seed", "the RngSeed"), "rng.seed", 1, kMax32));
    run.rngRun = static_cast<uint32_t>(
        json.WholeNumber(json.Required(rng, "rng", "run", "the RngRun"), "rng.run", 1, kMax32));
    const boost::json::object& counts
        = json.Object(json.Required(top, "", "counts", "an object of counts"), "counts");
    std::vector<std::string> countNames;
    for (const auto& [name, member] : SweepRunCounts())
    {
        countNames.emplace_back(name);
        run.*member = json.WholeNumber(json.Required(counts, "counts", name, "a count"),
                                       ScenarioJson::Join("counts", name), 0,
                                       std::numeric_limits<uint64_t>::max());
    }
    json.CheckKeys(counts, "counts", countNames);
    const boost::json::object& metrics
        = json.Object(json.Required(top, "", "metrics", "an object of metrics"), "metrics");
    std::vector<std::string> metricNames;
    for (const SrvccSweepMetric& m : SweepMetrics(true))
    {
        metricNames.push_back(m.name);
    }
    json.CheckKeys(metrics, "metrics", metricNames, "metric");
    for (const auto& entry : metrics)
    {
        const std::string name(entry.key());
        run.metrics[name] = ExactNumber(json, entry.value(), ScenarioJson::Join("metrics", name));
    }
    // MetricsOf always has it: the sweep's total wall time is summed from it.
    json.Required(metrics, "metrics", "wall_time_s", "the run's wall-clock time in seconds");
    run.wallTimeS = run.metrics.at("wall_time_s");
    return run;
}

SrvccMeanCi
SrvccSweepPointResult::Stats(const std::string& metric) const
{
    std::vector<double> values;
    for (const SrvccRunMetrics& run : runs)
    {
        const auto it = run.find(metric);
        if (it != run.end())
        {
            values.push_back(it->second);
        }
    }
    return MeanCi95(values);
}

void
WriteSweepCsv(const std::string& path, const SrvccSweep& sweep,
              const std::vector<SrvccSweepPointResult>& points,
              const std::vector<SrvccSweepMetric>& metrics)
{
    std::vector<std::string> header = {"point"};
    for (const SrvccSweepAxis& axis : sweep.GetAxes())
    {
        header.push_back(axis.path);
    }
    header.emplace_back("replications");
    for (const SrvccSweepMetric& m : metrics)
    {
        for (const char* suffix : {"_mean", "_ci95_low", "_ci95_high"})
        {
            header.push_back(m.name + suffix);
        }
    }
    srvcc::CsvWriter csv(path, header);
    for (const SrvccSweepPointResult& p : points)
    {
        csv.Field(p.index);
        for (std::size_t i = 0; i < sweep.GetAxes().size(); ++i)
        {
            csv.Field(sweep.GetAxes()[i].Label(p.choice[i]));
        }
        csv.Field(p.runs.size());
        for (const SrvccSweepMetric& m : metrics)
        {
            const SrvccMeanCi ci = p.Stats(m.name);
            if (ci.n == 0)
            {
                csv.Empty().Empty().Empty(); // no run of the point has the metric
                continue;
            }
            csv.Field(ci.mean).Field(ci.low).Field(ci.high);
        }
        csv.EndRow();
    }
    csv.Write();
}

} // namespace ns3
