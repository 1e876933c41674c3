/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-stats.h"

#include "srvcc-sim/srvcc-csv-writer.h"

#include <boost/json.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <fstream>
#include <iterator>
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
