/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-runner.h"

#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-sweep-progress.h"

#include <memory>

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

SrvccSweepResult
RunSweep(const SrvccSweep& sweep, const SrvccRunOptions& runOptions,
         const SrvccSweepOptions& options)
{
    SrvccSweepResult result;
    const std::size_t numPoints = sweep.GetNumPoints();
    // "replications" cannot be swept (ParseSweep), so point 0 tells every point's count.
    const uint64_t replications = sweep.GetPoint(0).replications;
    std::unique_ptr<SrvccSweepProgress> progress;
    if (options.progress != nullptr)
    {
        progress = std::make_unique<SrvccSweepProgress>(*options.progress, options.progressInPlace,
                                                        numPoints, numPoints * replications);
    }
    bool withAuthentication = false;
    try
    {
        for (std::size_t k = 0; k < numPoints; ++k)
        {
            SrvccScenario scenario = sweep.GetPoint(k);
            if (options.adjust)
            {
                options.adjust(scenario);
            }
            SrvccSweepPointResult point;
            point.index = k;
            point.choice = sweep.GetChoice(k);
            point.directory = runOptions.outputDir + "/point-" + std::to_string(k);
            point.firstRun = scenario.run;
            for (uint32_t r = 0; r < scenario.replications; ++r)
            {
                // ns-3 RngRun = run + r: independent substreams of the same seed.
                const std::string directory
                    = point.directory + "/run-" + std::to_string(scenario.run + r);
                const SrvccRunSummary s = RunScenario(scenario, r, runOptions, directory);
                SrvccRunMetrics metrics = MetricsOf(s);
                withAuthentication = AddAuthenticationMessages(directory + "/summary.json", metrics)
                                     || withAuthentication;
                point.runs.push_back(std::move(metrics));
                ++result.runs;
                result.attempted += s.attempted;
                result.completed += s.completed;
                result.failed += s.failed;
                result.keyChecksPassed += s.keyChecksPassed;
                result.keyChecksFailed += s.keyChecksFailed;
                result.kamfExposures += s.kamfExposures;
                result.wallTimeS += s.wallTimeS;
                if (progress)
                {
                    progress->RunDone(s.wallTimeS);
                }
            }
            if (options.log != nullptr)
            {
                if (progress)
                {
                    progress->Clear();
                }
                const std::string label = sweep.GetLabel(k);
                *options.log << "srvcc-sim: point " << k
                             << (label.empty() ? "" : " (" + label + ")") << ": "
                             << point.runs.size() << " run" << (point.runs.size() == 1 ? "" : "s")
                             << ", completed ratio " << WithCi(point, "completed_ratio", "")
                             << ", preparation p50 " << WithCi(point, "preparation_p50_ms", " ms")
                             << ", interruption p50 " << WithCi(point, "interruption_p50_ms", " ms")
                             << ", key checks failed " << WithCi(point, "key_checks_failed", "")
                             << ", KAMF exposures " << WithCi(point, "kamf_exposures", "")
                             << (point.Stats("authentication_messages").n > 0
                                     ? ", authentication messages "
                                           + WithCi(point, "authentication_messages", "")
                                     : std::string())
                             << " -> " << point.directory << "\n"
                             << std::flush;
            }
            result.points.push_back(std::move(point));
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

    result.metrics = SweepMetrics(withAuthentication);
    result.sweepCsv = runOptions.outputDir + "/sweep.csv";
    WriteSweepCsv(result.sweepCsv, sweep, result.points, result.metrics);
    if (options.plots)
    {
        result.plots = WriteSweepPlots(runOptions.outputDir, sweep, result.points, result.metrics,
                                       options.gnuplot);
    }
    return result;
}

} // namespace ns3
