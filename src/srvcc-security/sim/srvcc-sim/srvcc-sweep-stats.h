/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Statistics over the replications of one sweep point: the metrics taken from each run, their
 * mean and Student-t 95% confidence interval, and the file sweep.csv (doc/sweeps.md).
 */
#ifndef SRVCC_SWEEP_STATS_H
#define SRVCC_SWEEP_STATS_H

#include "srvcc-sim/srvcc-run-summary.h"
#include "srvcc-sim/srvcc-sweep.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

/**
 * t(0.975, df): the two-sided 95% quantile of Student's t distribution with \p df degrees of
 * freedom (Boost.Math), e.g. 12.7062 for df 1, 3.18245 for df 3, 1.95996 as df grows.
 * \throws std::domain_error for df 0
 */
double StudentT975(uint32_t df);

/** Mean and 95% confidence interval of the mean of n values. */
struct SrvccMeanCi
{
    uint32_t n{0};
    double mean{0};
    double low{0};  ///< mean - t(0.975, n-1) s / sqrt(n); = mean for n = 1
    double high{0}; ///< mean + t(0.975, n-1) s / sqrt(n); = mean for n = 1
};

/**
 * Mean and Student-t 95% interval of \p values (s: the sample standard deviation, n - 1 in
 * the denominator). n = 0 gives all zeros; n = 1 gives low = high = mean.
 */
SrvccMeanCi MeanCi95(const std::vector<double>& values);

/** One metric of sweep.csv. */
struct SrvccSweepMetric
{
    std::string name;  ///< column stem: "preparation_p50_ms" -> preparation_p50_ms_mean, ...
    std::string label; ///< axis label with unit, for plots
    bool latency;      ///< a latency: plotted against the swept parameters
};

/**
 * The metrics of sweep.csv, in column order: latencies (p50, mean, p95 of preparation and
 * interruption), completed_ratio, failed, key_checks_failed, kamf_exposures, wall_time_s and,
 * when \p withAuthentication, authentication_messages.
 */
std::vector<SrvccSweepMetric> SweepMetrics(bool withAuthentication);

/**
 * The metrics of one run by name. A latency is absent when no handover completed (a 0 there
 * would drag the mean down), completed_ratio when none was attempted.
 */
using SrvccRunMetrics = std::map<std::string, double>;

SrvccRunMetrics MetricsOf(const SrvccRunSummary& summary);

/**
 * Add "authentication_messages" to \p metrics when the run's summary.json at \p summaryJson
 * has a number at authentication.messages (written by the Key Issue #2 model, TR 33.856
 * clause 5.2) and authentication.enabled is not false (registration ran in the simulation).
 * \return whether it did; a missing file or field, a non-number or a run without registration
 * adds nothing.
 */
bool AddAuthenticationMessages(const std::string& summaryJson, SrvccRunMetrics& metrics);

/**
 * One replication of one sweep point as the aggregation of a sweep takes it (AggregateSweep):
 * its metrics and its handover and key check counts. A sweep run in process makes it from the
 * run's summary (SweepRunOf) and writes it beside summary.json as sweep-run.json
 * (WriteSweepRunFile); a job run elsewhere does the same, and srvcc-sim --merge reads that file
 * back (ReadSweepRunFile), value for value, into the same aggregation.
 */
struct SrvccSweepRun
{
    std::size_t point{0};
    uint32_t replication{0}; ///< 0-based
    uint32_t rngSeed{1};
    uint32_t rngRun{1}; ///< the point's run + replication
    SrvccRunMetrics metrics;
    uint64_t attempted{0};
    uint64_t completed{0};
    uint64_t failed{0};
    uint64_t keyChecksPassed{0};
    uint64_t keyChecksFailed{0};
    uint64_t kamfExposures{0};
    double wallTimeS{0}; ///< = metrics["wall_time_s"]
};

/** The file name of a run's SrvccSweepRun in its run directory. */
constexpr const char* kSweepRunFile = "sweep-run.json";

/**
 * The SrvccSweepRun of replication \p replication of point \p point from the run's summary:
 * MetricsOf(summary), plus authentication_messages from the run's \p summaryJson
 * (AddAuthenticationMessages).
 */
SrvccSweepRun SweepRunOf(const SrvccRunSummary& summary, std::size_t point, uint32_t replication,
                         const std::string& summaryJson);

/**
 * sweep-run.json: {"format": "srvcc-sweep-run/1", "point", "replication", "rng": {"seed",
 * "run"}, "counts": {"attempted", ...}, "metrics": {<name>: "<value>", ...}}, one top-level
 * member per line. Each metric (wall_time_s included) is a string holding
 * the shortest decimal that reads back as the same double (std::to_chars): Boost.JSON 1.81's
 * number parser can be one unit in the last place off, and a merged sweep.csv must be made of
 * the very doubles the runs produced. Written whole or not at all.
 * \throws srvcc::OutputError when the file cannot be written
 */
void WriteSweepRunFile(const std::string& path, const SrvccSweepRun& run);

/**
 * Read a sweep-run.json written by WriteSweepRunFile.
 * \throws ScenarioError "<path>: cannot read the file: ..." or "<path>: <field>: found ...,
 *         expected ..."
 */
SrvccSweepRun ReadSweepRunFile(const std::string& path);

/** The replications of one sweep point. */
struct SrvccSweepPointResult
{
    std::size_t index{0};
    std::vector<std::size_t> choice; ///< per axis, as SrvccSweep::GetChoice
    std::string directory;           ///< <outputDir>/point-<index>
    uint32_t firstRun{1};            ///< ns-3 RngRun of replication 0
    std::vector<SrvccRunMetrics> runs;

    /** Mean and CI of \p metric over the runs that have it. */
    SrvccMeanCi Stats(const std::string& metric) const;
};

/**
 * sweep.csv: point, one column per swept field (named by its path), replications, then
 * <metric>_mean, <metric>_ci95_low, <metric>_ci95_high for each of \p metrics; cells of a
 * metric no run has are empty. Written whole or not at all (srvcc::CsvWriter).
 * \throws srvcc::OutputError when the file cannot be written
 */
void WriteSweepCsv(const std::string& path, const SrvccSweep& sweep,
                   const std::vector<SrvccSweepPointResult>& points,
                   const std::vector<SrvccSweepMetric>& metrics);

} // namespace ns3

#endif // SRVCC_SWEEP_STATS_H
