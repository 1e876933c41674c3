/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The plots of a sweep (doc/sweeps.md): data files and a gnuplot script written into
 * <outputDir>/plots/, then gnuplot run on them for PNG and SVG images. The data and the script
 * stay, so people can edit and re-run them (cd plots && gnuplot sweep.gp).
 */
#ifndef SRVCC_SWEEP_PLOTS_H
#define SRVCC_SWEEP_PLOTS_H

#include "srvcc-sim/srvcc-sweep-stats.h"
#include "srvcc-sim/srvcc-sweep.h"

#include <string>
#include <vector>

namespace ns3
{

struct SrvccSweepPlotResult
{
    std::string directory;           ///< <outputDir>/plots
    std::string script;              ///< <outputDir>/plots/sweep.gp
    std::vector<std::string> images; ///< every .png and .svg the script writes (full paths)
    bool ran{false};                 ///< gnuplot ran, exited 0 and wrote every image
    /** Why not, for people ("" when ran): gnuplot missing, failed, or a file not written. */
    std::string warning;
};

/**
 * Write the plot data and script for the finished sweep and run \p gnuplot (a program name
 * looked up in PATH, or a path) in the plots directory. Figures:
 * - cdf-preparation, cdf-interruption: the latency CDF of the first replication of each point
 *   (from its handovers.csv), one curve per point;
 * - <metric>-vs-<path>: each latency metric against each swept field with two or more values
 *   (numeric fields on a numeric axis, others as categories), mean and 95% CI error bars, one
 *   curve per combination of the other swept fields;
 * - authentication-messages (+ the vs-plots of authentication_messages): only when
 *   \p metrics has authentication_messages, i.e. the runs' summary.json files have it.
 * Never throws for a plotting problem: the sweep's results are already written, so a problem
 * here is reported in the result's warning.
 */
SrvccSweepPlotResult WriteSweepPlots(const std::string& outputDir, const SrvccSweep& sweep,
                                     const std::vector<SrvccSweepPointResult>& points,
                                     const std::vector<SrvccSweepMetric>& metrics,
                                     const std::string& gnuplot = "gnuplot");

/** The x-axis label of a swept field, with its unit: "links.sv.delay_ms (ms)". */
std::string SweepAxisLabel(const std::string& path);

/**
 * The completed handovers' latencies in a handovers.csv file (column \p column, e.g.
 * "preparation_ms"), sorted; empty cells (failed handovers) are skipped.
 * \return false (with \p error set) when the file cannot be read or has no such column
 */
bool ReadLatencyColumn(const std::string& csvPath, const std::string& column,
                       std::vector<double>& values, std::string& error);

} // namespace ns3

#endif // SRVCC_SWEEP_PLOTS_H
