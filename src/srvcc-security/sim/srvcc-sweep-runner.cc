/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-runner.h"

#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-sweep-progress.h"

#include <memory>
#include <stdexcept>

namespace ns3
{

namespace
{

/** "45.2 ms [44.1, 46.3]" (the 95% CI), or "-" when no run has the metric. */
std::string
WithCi(const SrvccSweepPointResult& p, const std::string& metric, const std::string& unit)
{
    const SrvccMeanCi ci = p.Stats(metric);
    if (ci.n == 0)
    {
        return "-";
    }
    return srvcc::FormatNumber(ci.mean) + unit + " [" + srvcc::FormatNumber(ci.low) + ", "
           + srvcc::FormatNumber(ci.high) + "]";
}

} // namespace

bool
IsSweepRun(const SrvccSweep& sweep)
{
    return !sweep.GetAxes().empty() || sweep.GetPoint(0).replications > 1;
}

std::string
SweepRunDirectory(std::size_t point, uint32_t rngRun)
{
    return "point-" + std::to_string(point) + "/run-" + std::to_string(rngRun);
}

SrvccSweepReplication
RunSweepReplication(const SrvccSweep& sweep, std::size_t point, uint32_t replication,
                    const SrvccRunOptions& runOptions,
                    const std::function<void(SrvccScenario&)>& adjust)
{
    if (point >= sweep.GetNumPoints())
    {
        throw std::out_of_range("RunSweepReplication: point " + std::to_string(point) + " of "
                                + std::to_string(sweep.GetNumPoints()));
    }
    SrvccScenario scenario = sweep.GetPoint(point);
    if (adjust)
    {
        adjust(scenario);
    }
    if (replication >= scenario.replications)
    {
        throw std::out_of_range("RunSweepReplication: replication " + std::to_string(replication)
                                + " of " + std::to_string(scenario.replications));
    }
    SrvccSweepReplication r;
    // ns-3 RngRun = run + r: independent substreams of the same seed.
    r.directory = runOptions.outputDir + "/" + SweepRunDirectory(point, scenario.run + replication);
    r.summary = RunScenario(scenario, replication, runOptions, r.directory);
    r.run = SweepRunOf(r.summary, point, replication, r.directory + "/summary.json");
    // After summary.json: a run directory with a sweep-run.json is a finished replication.
    WriteSweepRunFile(r.directory + "/" + kSweepRunFile, r.run);
    return r;
}

SrvccSweepPointResult
SweepPointOf(const SrvccSweep& sweep, const std::string& outputDir, std::size_t point,
             const std::vector<SrvccSweepRun>& runs)
{
    SrvccSweepPointResult p;
    p.index = point;
    p.choice = sweep.GetChoice(point);
    p.directory = outputDir + "/point-" + std::to_string(point);
    p.firstRun = runs.empty() ? sweep.GetPoint(point).run : runs.front().rngRun;
    for (const SrvccSweepRun& run : runs)
    {
        p.runs.push_back(run.metrics);
    }
    return p;
}

std::string
SweepPointLine(const SrvccSweep& sweep, const SrvccSweepPointResult& point)
{
    const std::string label = sweep.GetLabel(point.index);
    return "srvcc-sim: point " + std::to_string(point.index)
           + (label.empty() ? "" : " (" + label + ")") + ": " + std::to_string(point.runs.size())
           + " run" + (point.runs.size() == 1 ? "" : "s") + ", completed ratio "
           + WithCi(point, "completed_ratio", "") + ", preparation p50 "
           + WithCi(point, "preparation_p50_ms", " ms") + ", interruption p50 "
           + WithCi(point, "interruption_p50_ms", " ms") + ", key checks failed "
           + WithCi(point, "key_checks_failed", "") + ", KAMF exposures "
           + WithCi(point, "kamf_exposures", "")
           + (point.Stats("authentication_messages").n > 0
                  ? ", authentication messages " + WithCi(point, "authentication_messages", "")
                  : std::string())
           + " -> " + point.directory;
}

SrvccSweepResult
AggregateSweep(const SrvccSweep& sweep, const std::string& outputDir,
               const std::vector<SrvccSweepRun>& runs, const SrvccSweepOptions& options)
{
    const std::size_t numPoints = sweep.GetNumPoints();
    // "replications" cannot be swept (ParseSweep), so point 0 tells every point's count.
    const uint32_t replications = sweep.GetPoint(0).replications;
    std::vector<std::vector<const SrvccSweepRun*>> byPoint(
        numPoints, std::vector<const SrvccSweepRun*>(replications, nullptr));
    for (const SrvccSweepRun& run : runs)
    {
        if (run.point >= numPoints || run.replication >= replications
            || byPoint[run.point][run.replication] != nullptr)
        {
            throw std::invalid_argument("AggregateSweep: point " + std::to_string(run.point)
                                        + ", replication " + std::to_string(run.replication)
                                        + ": not in the sweep, or given twice");
        }
        byPoint[run.point][run.replication] = &run;
    }

    SrvccSweepResult result;
    bool withAuthentication = false;
    for (std::size_t k = 0; k < numPoints; ++k)
    {
        std::vector<SrvccSweepRun> pointRuns;
        for (uint32_t r = 0; r < replications; ++r)
        {
            if (byPoint[k][r] == nullptr)
            {
                throw std::invalid_argument("AggregateSweep: point " + std::to_string(k)
                                            + ", replication " + std::to_string(r) + ": missing");
            }
            const SrvccSweepRun& run = *byPoint[k][r];
            pointRuns.push_back(run);
            ++result.runs;
            result.attempted += run.attempted;
            result.completed += run.completed;
            result.failed += run.failed;
            result.keyChecksPassed += run.keyChecksPassed;
            result.keyChecksFailed += run.keyChecksFailed;
            result.kamfExposures += run.kamfExposures;
            result.wallTimeS += run.wallTimeS;
            withAuthentication
                = withAuthentication || run.metrics.count("authentication_messages") > 0;
        }
        result.points.push_back(SweepPointOf(sweep, outputDir, k, pointRuns));
    }

    result.metrics = SweepMetrics(withAuthentication);
    result.sweepCsv = outputDir + "/sweep.csv";
    WriteSweepCsv(result.sweepCsv, sweep, result.points, result.metrics);
    if (options.plots)
    {
        result.plots
            = WriteSweepPlots(outputDir, sweep, result.points, result.metrics, options.gnuplot);
    }
    return result;
}

SrvccSweepResult
RunSweep(const SrvccSweep& sweep, const SrvccRunOptions& runOptions,
         const SrvccSweepOptions& options)
{
    const std::size_t numPoints = sweep.GetNumPoints();
    const uint64_t replications = sweep.GetPoint(0).replications;
    std::unique_ptr<SrvccSweepProgress> progress;
    if (options.progress != nullptr)
    {
        progress = std::make_unique<SrvccSweepProgress>(*options.progress, options.progressInPlace,
                                                        numPoints, numPoints * replications);
    }
    std::vector<SrvccSweepRun> runs;
    try
    {
        for (std::size_t k = 0; k < numPoints; ++k)
        {
            std::vector<SrvccSweepRun> pointRuns;
            for (uint32_t r = 0; r < replications; ++r)
            {
                SrvccSweepReplication done
                    = RunSweepReplication(sweep, k, r, runOptions, options.adjust);
                if (progress)
                {
                    progress->RunDone(done.summary.wallTimeS);
                }
                pointRuns.push_back(std::move(done.run));
            }
            if (options.log != nullptr)
            {
                if (progress)
                {
                    progress->Clear();
                }
                *options.log << SweepPointLine(
                    sweep, SweepPointOf(sweep, runOptions.outputDir, k, pointRuns))
                             << "\n"
                             << std::flush;
            }
            runs.insert(runs.end(), pointRuns.begin(), pointRuns.end());
            if (progress)
            {
                progress->PointDone();
            }
        }
    }
    catch (...)
    {
        if (progress)
        {
            progress->Finish(); // the error message gets a line of its own
        }
        throw;
    }
    if (progress)
    {
        progress->Finish();
    }
    return AggregateSweep(sweep, runOptions.outputDir, runs, options);
}

} // namespace ns3
