/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Runs a sweep: every point of the Cartesian product with its replications, then sweep.csv
 * and the plots (doc/sweeps.md). srvcc-sim calls this when the scenario file has lists or
 * more than one replication.
 */
#ifndef SRVCC_SWEEP_RUNNER_H
#define SRVCC_SWEEP_RUNNER_H

#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-sweep-plots.h"
#include "srvcc-sim/srvcc-sweep-stats.h"
#include "srvcc-sim/srvcc-sweep.h"

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

struct SrvccSweepOptions
{
    bool plots{true};                ///< write plots/ and run gnuplot
    std::string gnuplot{"gnuplot"};  ///< the program (PATH is searched)
    std::ostream* progress{nullptr}; ///< the progress line (nullptr: none)
    bool progressInPlace{false};     ///< rewrite it in place (a terminal)
    std::ostream* log{nullptr};      ///< one result line per finished point (nullptr: none)
    /** Applied to every point's scenario before it runs (srvcc-sim's --profile, --numUes). */
    std::function<void(SrvccScenario&)> adjust;
};

struct SrvccSweepResult
{
    std::vector<SrvccSweepPointResult> points;
    std::vector<SrvccSweepMetric> metrics; ///< the columns of sweep.csv
    std::string sweepCsv;                  ///< <outputDir>/sweep.csv
    SrvccSweepPlotResult plots;            ///< empty when options.plots is false
    uint64_t runs{0};
    uint64_t attempted{0};
    uint64_t completed{0};
    uint64_t failed{0};
    uint64_t keyChecksPassed{0};
    uint64_t keyChecksFailed{0};
    uint64_t kamfExposures{0};
    double wallTimeS{0}; ///< sum over the runs
};

/**
 * Whether \p sweep is run as a sweep (point-<k>/run-<RngRun>/ directories, sweep.csv, plots):
 * it has lists, or more than one replication. A plain scenario with one replication writes its
 * files straight into the output directory instead (RunScenario).
 */
bool IsSweepRun(const SrvccSweep& sweep);

/**
 * Run every point k of \p sweep, replication r with ns-3 RngRun = run + r, into
 * <runOptions.outputDir>/point-<k>/run-<RngRun>/ (summary.json, handovers.csv, ...,
 * sweep-run.json; RunSweepReplication), then write <outputDir>/sweep.csv and, if asked,
 * <outputDir>/plots/ (AggregateSweep).
 * \throws ScenarioError as RunScenario; srvcc::OutputError when a run's file or sweep.csv
 *         cannot be written
 */
SrvccSweepResult RunSweep(const SrvccSweep& sweep, const SrvccRunOptions& runOptions,
                          const SrvccSweepOptions& options);

/** "point-<k>/run-<RngRun>": where a sweep's run goes, relative to its output directory. */
std::string SweepRunDirectory(std::size_t point, uint32_t rngRun);

/** One replication run by RunSweepReplication. */
struct SrvccSweepReplication
{
    SrvccRunSummary summary;
    SrvccSweepRun run;     ///< what the aggregation takes, as written to sweep-run.json
    std::string directory; ///< <outputDir>/point-<k>/run-<RngRun>
};

/**
 * Run replication \p replication of point \p point of \p sweep (its scenario changed by
 * \p adjust, if set) into <runOptions.outputDir>/point-<k>/run-<RngRun>/, and write the run's
 * SrvccSweepRun there as sweep-run.json (WriteSweepRunFile), after summary.json. RunSweep runs
 * every replication through this; srvcc-sim --point --replication (a job of --emit-jobs) runs
 * one.
 * \throws std::out_of_range for a point or replication the sweep does not have; as RunScenario
 */
SrvccSweepReplication RunSweepReplication(const SrvccSweep& sweep, std::size_t point,
                                          uint32_t replication, const SrvccRunOptions& runOptions,
                                          const std::function<void(SrvccScenario&)>& adjust);

/**
 * The result of point \p point from its replications \p runs (in replication order), with its
 * directory <outputDir>/point-<k>.
 */
SrvccSweepPointResult SweepPointOf(const SrvccSweep& sweep, const std::string& outputDir,
                                   std::size_t point, const std::vector<SrvccSweepRun>& runs);

/**
 * The result line of a finished point (without a line end): "srvcc-sim: point 2
 * (links.sv.delay_ms=20): 3 runs, completed ratio 1 [1, 1], ... -> <directory>".
 */
std::string SweepPointLine(const SrvccSweep& sweep, const SrvccSweepPointResult& point);

/**
 * The aggregation of a sweep, shared by the sweep run in process (RunSweep) and the merge of
 * its jobs (MergeSweepJobs): from every replication of every point, the point results (in point
 * order, each point's runs in replication order), the totals, <outputDir>/sweep.csv and, if
 * \p options.plots, <outputDir>/plots/ (which read each point's first handovers.csv under
 * <outputDir>). options.progress, log and adjust are not used.
 * \throws std::invalid_argument unless \p runs holds each (point, replication) of \p sweep
 *         exactly once (the callers make sure it does); srvcc::OutputError when sweep.csv
 *         cannot be written
 */
SrvccSweepResult AggregateSweep(const SrvccSweep& sweep, const std::string& outputDir,
                                const std::vector<SrvccSweepRun>& runs,
                                const SrvccSweepOptions& options);

} // namespace ns3

#endif // SRVCC_SWEEP_RUNNER_H
