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
 * <runOptions.outputDir>/point-<k>/run-<RngRun>/ (summary.json, handovers.csv, ...), then
 * write <outputDir>/sweep.csv and, if asked, <outputDir>/plots/.
 * \throws ScenarioError as RunScenario; srvcc::OutputError when a run's file or sweep.csv
 *         cannot be written
 */
SrvccSweepResult RunSweep(const SrvccSweep& sweep, const SrvccRunOptions& runOptions,
                          const SrvccSweepOptions& options);

} // namespace ns3

#endif // SRVCC_SWEEP_RUNNER_H
