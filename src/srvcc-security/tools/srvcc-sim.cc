/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-sim: run a 5G-SRVCC scenario file and write its results.
 *
 *   srvcc-sim [--scenario=scenarios/default.json] [--outputDir=results/NAME]
 *             [--profile=ts33501|sol1.1|sol1.1-concat|sol1.2] [--numUes=N]
 *             [--revealKeys=false] [--pcap=auto|true|false] [--plots=true] [--narrate=false]
 *
 * Output: summary.json, handovers.csv, pcap/<interface>.pcap and, with --revealKeys=true,
 * keys.csv (see doc/outputs.md). Every error is caught once, in main: a bad scenario file or
 * option value, or an output file that cannot be written (srvcc::ProgramError): one line on
 * stderr, exit 2; an internal error: one line "srvcc-sim: internal error: ...", exit 1; an
 * option ns-3's CommandLine does not know: its message and usage, exit 1.
 * A sweep (lists in the scenario file, or replications > 1; doc/sweeps.md) writes
 * point-<k>/run-<RngRun>/ per run, sweep.csv and plots/, with a progress line on stderr.
 *
 * A sweep on a cluster (doc/sweeps.md, "Sweeps on a cluster"):
 *   srvcc-sim --scenario=S --emit-jobs=DIR [--profile --numUes --pcap ... --ns3::...]
 *             writes DIR/jobs.txt (GNU parallel), DIR/sweep.sbatch (Slurm), DIR/manifest.json;
 *   srvcc-sim --scenario=DIR/scenario/S --outputDir=DIR --point=K --replication=R [...]
 *             is one job, one line of jobs.txt: replication R of point K only;
 *   srvcc-sim --merge=DIR [--plots=false]
 *             aggregates the jobs' results into DIR/sweep.csv and DIR/plots/.
 */
#include "ns3/command-line.h"
#include "srvcc-sim/srvcc-program-error.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-sweep-jobs.h"
#include "srvcc-sim/srvcc-sweep-runner.h"
#include "srvcc-sim/srvcc-validation.h"

#include <charconv>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace ns3;

namespace
{

/** The plot warning and the final line of a sweep, run in process or merged. */
void
PrintSweepResult(const SrvccSweep& sweep, const SrvccSweepResult& r)
{
    if (!r.plots.warning.empty())
    {
        std::cerr << "srvcc-sim: warning: " << r.plots.warning << "\n";
    }
    std::cout << "srvcc-sim: sweep " << sweep.GetPoint(0).name << ": " << r.points.size()
              << " points x " << r.runs / r.points.size() << " replications = " << r.runs
              << " runs; " << r.completed << "/" << r.attempted << " handovers completed, "
              << r.failed << " failed; key checks " << r.keyChecksPassed << " passed, "
              << r.keyChecksFailed << " failed; KAMF exposures " << r.kamfExposures << "; "
              << r.wallTimeS << " s wall in runs -> " << r.sweepCsv
              << (r.plots.ran ? ", " + r.plots.directory : std::string()) << "\n";
}

/** Run \p sweep (srvcc-sim's sweep mode). \throws as RunSweep */
void
RunSweepCli(const SrvccSweep& sweep, const SrvccRunOptions& options, SrvccSweepOptions sweepOptions)
{
    sweepOptions.progress = &std::cerr;
    sweepOptions.progressInPlace = isatty(STDERR_FILENO) != 0;
    sweepOptions.log = &std::cout;
    PrintSweepResult(sweep, RunSweep(sweep, options, sweepOptions));
}

/**
 * The name of a command-line argument as ns-3's CommandLine reads it: "--numUes=5" and
 * "-numUes=5" are numUes; "" for an argument that is not an option.
 */
std::string
OptionName(const std::string& argument)
{
    const std::size_t start = argument.find_first_not_of('-');
    if (start == 0 || start == std::string::npos || start > 2)
    {
        return "";
    }
    return argument.substr(start, argument.find('=') - start);
}

/** --point and --replication: a whole number below \p count. \throws ScenarioError */
uint32_t
ParseIndex(const std::string& option, const std::string& text, uint64_t count,
           const std::string& what)
{
    uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || value >= count)
    {
        throw ScenarioError("--" + option + ": found \"" + text + "\", expected " + what + ", 0 to "
                            + std::to_string(count - 1));
    }
    return static_cast<uint32_t>(value);
}

/** This program's absolute path, for the commands of --emit-jobs. \throws ScenarioError */
std::string
ProgramPath(const char* argv0)
{
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec && self.is_absolute())
    {
        return self.string();
    }
    const std::string name = argv0 == nullptr ? "" : argv0;
    if (name.find('/') != std::string::npos)
    {
        return std::filesystem::absolute(name).lexically_normal().string();
    }
    throw ScenarioError("--emit-jobs: cannot tell the absolute path of this srvcc-sim (no "
                        "/proc/self/exe, started as \""
                        + name + "\"): start it by its path");
}

/** --merge=DIR: sweep.csv and plots/ from the results of the jobs of --emit-jobs=DIR. */
void
MergeCli(const std::string& dir, bool plots)
{
    SrvccSweepOptions options;
    options.plots = plots;
    options.log = &std::cout;
    const SrvccMergeResult m = MergeSweepJobs(dir, options);
    PrintSweepResult(m.sweep, m.result);
}

/** The value of --numUes: a whole number 1..kSrvccMaxUes. \throws ScenarioError naming it */
uint64_t
ParseUeCount(const std::string& text)
{
    uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || value == 0 || value > kSrvccMaxUes)
    {
        throw ScenarioError("--numUes: found \"" + text
                            + "\", expected a whole number of UEs, 1 to "
                            + std::to_string(kSrvccMaxUes));
    }
    return value;
}

/** \p d as the progress lines write numbers. */
std::string
Number(double d)
{
    std::ostringstream s;
    s << d;
    return s.str();
}

/**
 * srvcc-sim --validate: the studies against their closed forms.
 * \return kExitValidationFailed when a check failed, else 0
 */
int
RunValidationCli(const std::string& study, bool quick, const std::string& outputDir)
{
    SrvccValidationOptions o;
    o.study = study;
    o.quick = quick;
    o.outputDir = outputDir.empty() ? "results/validation" : outputDir;
    o.log = &std::cerr;
    const SrvccValidationResult r = RunValidation(o);
    uint64_t failed = 0;
    uint64_t outside95 = 0;
    for (const SrvccValidationCheck& c : r.checks)
    {
        const std::string family = "[" + Number(c.familyLow) + ", " + Number(c.familyHigh) + "]";
        std::cout << "srvcc-sim: validate " << c.model << " " << c.quantity << " at " << c.x
                  << ": simulated " << c.simulated.mean << " [" << c.simulated.low << ", "
                  << c.simulated.high << "] (" << c.simulated.n << " runs), analytic " << c.analytic
                  << (c.inCi95   ? ": in the 95% CI"
                      : c.passed ? ": outside the 95% CI, inside the family-wise interval " + family
                                 : ": OUTSIDE the family-wise interval " + family)
                  << "\n";
        failed += c.passed ? 0 : 1;
        outside95 += c.inCi95 ? 0 : 1;
    }
    if (!r.warning.empty())
    {
        std::cerr << "srvcc-sim: warning: " << r.warning << "\n";
    }
    std::cout << "srvcc-sim: validation " << o.study << ": " << r.checks.size() - failed << "/"
              << r.checks.size() << " checks passed (" << r.checks.size() - outside95
              << " in their 95% CI), " << r.runs << " runs -> " << r.csv
              << (r.images.empty() ? std::string() : ", " + o.outputDir + "/plots") << "\n";
    return failed == 0 && !r.checks.empty() ? 0 : srvcc::kExitValidationFailed;
}

/** srvcc-sim itself. \throws srvcc::ProgramError for bad input or output, others if internal */
int
Run(int argc, char* argv[])
{
    std::string scenarioFile;
    std::string outputDir;
    std::string profile;
    std::string numUesText;
    bool revealKeys = false;
    bool narrate = false;
    std::string pcap = "auto";
    bool plots = true;
    std::string validate;
    bool quick = false;
    std::string emitJobsDir;
    std::string mergeDir;
    std::string pointText;
    std::string replicationText;

    CommandLine cmd(__FILE__);
    cmd.Usage("Run a 5G-SRVCC scenario (NG-RAN to UTRAN CS) and write summary.json, "
              "handovers.csv, pcaps and, for teaching, keys.csv.");
    cmd.AddValue("scenario", "Scenario file (JSON); the built-in default scenario if empty",
                 scenarioFile);
    cmd.AddValue("outputDir", "Directory for the results (default results/<scenario name>)",
                 outputDir);
    cmd.AddValue("profile",
                 "Override the key derivation profile: ts33501, sol1.1, "
                 "sol1.1-concat or sol1.2",
                 profile);
    cmd.AddValue("numUes",
                 "Override the number of UEs (spread over the scenario's gNBs; every "
                 "UE hands over; 1 to 1000000)",
                 numUesText);
    cmd.AddValue("revealKeys", "Write keys.csv with every key in full (teaching only)", revealKeys);
    cmd.AddValue("narrate",
                 "Tell one UE's handover step by step (stdout, narration.txt, sequence.svg)",
                 narrate);
    cmd.AddValue("pcap", "One pcap per interface: auto (on up to 100 UEs), true or false", pcap);
    cmd.AddValue("plots", "Sweeps: draw plots/ with gnuplot (doc/sweeps.md)", plots);
    cmd.AddValue("validate",
                 "Run the validation studies instead of a scenario: queueing (M/D/1, M/M/1, "
                 "Little's law), retransmission (GTPv2-C T3/N3 under loss on Sv, TS 29.274 7.6) "
                 "or all; exit status 3 when a closed form lies outside the 95% CI "
                 "(doc/srvcc-security.rst, Validation)",
                 validate);
    cmd.AddValue("quick", "With --validate: fewer points, UEs and replications (the test suite's)",
                 quick);
    cmd.AddValue("emit-jobs",
                 "Sweeps on a cluster: write one job per point and replication into this "
                 "directory, jobs.txt (GNU parallel), sweep.sbatch (Slurm) and manifest.json, "
                 "instead of running them (doc/sweeps.md)",
                 emitJobsDir);
    cmd.AddValue("merge",
                 "Sweeps on a cluster: aggregate the results of the jobs in this --emit-jobs "
                 "directory into its sweep.csv and plots/",
                 mergeDir);
    cmd.AddValue("point", "One job of a sweep: run only this point (with --replication)",
                 pointText);
    cmd.AddValue("replication",
                 "One job of a sweep: run only this replication (0-based) of --point",
                 replicationText);
    cmd.Parse(argc, argv);
    if (cmd.GetNExtraNonOptions() > 0)
    {
        throw ScenarioError("unexpected argument \"" + cmd.GetExtraNonOption(0)
                            + "\": every option is --name=value (see --help)");
    }
    // Which options were given at all: "--merge=" is a mistake, not the absence of --merge.
    std::set<std::string> given;
    std::vector<std::string> forwarded; // --emit-jobs: what each job is run with
    for (int i = 1; i < argc; ++i)
    {
        const std::string name = OptionName(argv[i]);
        given.insert(name);
        if (name != "scenario" && name != "emit-jobs")
        {
            forwarded.emplace_back(argv[i]);
        }
    }
    auto refuseWith = [&given](const std::string& mode, const std::set<std::string>& refused,
                               const std::string& why)
    {
        for (const std::string& name : refused)
        {
            if (given.count(name) > 0)
            {
                throw ScenarioError("--" + name + ": not used with --" + mode + " (" + why
                                    + "); drop it");
            }
        }
    };
    if (given.count("merge") > 0)
    {
        // The jobs ran with the options of --emit-jobs; the merge only aggregates.
        for (const std::string& name : given)
        {
            if (name != "merge" && name != "plots")
            {
                throw ScenarioError("--" + name
                                    + ": not used with --merge (it reads the scenario and the "
                                      "results from the job directory, and takes only "
                                      "--plots); drop it");
            }
        }
        MergeCli(mergeDir, plots);
        return 0;
    }
    const bool emitting = given.count("emit-jobs") > 0;
    const bool job = given.count("point") > 0 || given.count("replication") > 0;
    if (emitting)
    {
        refuseWith("emit-jobs", {"outputDir", "point", "replication"},
                   "every job writes under the job directory");
        refuseWith("emit-jobs", {"plots"}, "the plots are drawn by --merge");
        if (scenarioFile.empty())
        {
            throw ScenarioError("--emit-jobs: expected --scenario=<sweep file> too (the sweep "
                                "to write the jobs of)");
        }
    }
    if (job && (given.count("point") == 0 || given.count("replication") == 0))
    {
        throw ScenarioError(std::string(given.count("point") > 0 ? "--point" : "--replication")
                            + ": expected --point and --replication together (a job runs one "
                              "replication of one point of a sweep)");
    }
    // Checked before anything is read or allocated: CommandLine would wrap -1 to 4294967295.
    const uint64_t numUes = numUesText.empty() ? 0 : ParseUeCount(numUesText);
    if (!validate.empty())
    {
        if (!scenarioFile.empty() || !profile.empty() || numUes > 0)
        {
            throw ScenarioError("--validate: runs its own scenarios; drop --scenario, --profile "
                                "and --numUes");
        }
        refuseWith("validate", {"emit-jobs", "point", "replication"},
                   "it runs its own scenarios in this process");
        return RunValidationCli(validate, quick, outputDir);
    }
    if (quick)
    {
        throw ScenarioError("--quick: only with --validate");
    }

    SrvccScenario scenario;
    std::optional<SrvccSweep> sweep; // set when the file is run as a sweep
    if (scenarioFile.empty())
    {
        scenario = DefaultScenario();
    }
    else
    {
        sweep = LoadSweep(scenarioFile);
        scenario = sweep->GetPoint(0);
        if (!IsSweepRun(*sweep))
        {
            sweep.reset();
        }
    }
    if ((emitting || job) && !sweep)
    {
        throw ScenarioError(std::string(emitting ? "--emit-jobs" : "--point")
                            + ": expected a sweep (a scenario file with lists or replications "
                              "> 1), found "
                            + (scenarioFile.empty() ? "the built-in default scenario"
                                                    : scenarioFile + ", a single run"));
    }
    if (!profile.empty())
    {
        // Short for the scenario field "profile" (ns3::SrvccHelper::Profile), checked as one.
        scenario.Set("profile", profile, "--profile");
    }
    if (numUes > 0)
    {
        ResizeScenario(scenario, numUes);
    }
    SrvccRunOptions options;
    options.revealKeys = revealKeys;
    options.narrate = narrate;
    if (pcap == "true" || pcap == "false")
    {
        options.pcap = pcap == "true";
    }
    else if (pcap != "auto")
    {
        throw ScenarioError("--pcap: found \"" + pcap + "\", expected auto, true or false");
    }
    options.outputDir = outputDir.empty() ? "results/" + scenario.name : outputDir;
    if (sweep)
    {
        for (const SrvccSweepAxis& axis : sweep->GetAxes())
        {
            // An option that overrides a swept field would make the points identical.
            const bool sized
                = axis.path.rfind("topology.", 0) == 0 || axis.path.rfind("handovers.", 0) == 0;
            const char* option = !profile.empty() && axis.path == "profile" ? "--profile"
                                 : numUes > 0 && sized                      ? "--numUes"
                                                                            : nullptr;
            if (option != nullptr)
            {
                throw ScenarioError(std::string(option) + ": the scenario sweeps " + axis.path
                                    + "; drop the option or the list");
            }
        }
        SrvccSweepOptions sweepOptions;
        sweepOptions.plots = plots;
        sweepOptions.adjust = [profile, numUes](SrvccScenario& s)
        {
            if (!profile.empty())
            {
                s.Set("profile", profile, "--profile");
            }
            if (numUes > 0)
            {
                ResizeScenario(s, numUes);
            }
        };
        if (emitting)
        {
            SrvccEmitJobsOptions emit;
            emit.program = ProgramPath(argc > 0 ? argv[0] : nullptr);
            emit.arguments = forwarded;
            emit.adjust = sweepOptions.adjust;
            const SrvccJobsEmission e = EmitSweepJobs(scenarioFile, emitJobsDir, emit);
            std::cout << "srvcc-sim: sweep " << scenario.name << ": " << e.points << " points x "
                      << e.replications << " replications = " << e.jobs << " jobs -> " << e.jobsList
                      << " (GNU parallel: parallel < " << e.jobsList << "), " << e.sbatch
                      << " (Slurm: sbatch " << e.sbatch << "), " << e.manifest
                      << "; then: srvcc-sim --merge=" << e.directory << "\n";
            return 0;
        }
        if (job)
        {
            const std::size_t k
                = ParseIndex("point", pointText, sweep->GetNumPoints(), "a point of the sweep");
            const uint32_t r = ParseIndex("replication", replicationText,
                                          sweep->GetPoint(0).replications, "a replication");
            const SrvccSweepReplication done
                = RunSweepReplication(*sweep, k, r, options, sweepOptions.adjust);
            const SrvccRunSummary& s = done.summary;
            const std::string label = sweep->GetLabel(k);
            std::cout << "srvcc-sim: " << scenario.name << " point " << k
                      << (label.empty() ? "" : " (" + label + ")") << " replication " << r << " ["
                      << s.profile << "] run " << s.rngRun << ": " << s.completed << "/"
                      << s.attempted << " handovers completed, " << s.failed
                      << " failed; key checks " << s.keyChecksPassed << " passed, "
                      << s.keyChecksFailed << " failed; KAMF exposures " << s.kamfExposures << "; "
                      << s.wallTimeS << " s wall -> " << done.directory << "\n";
            return 0;
        }
        RunSweepCli(*sweep, options, sweepOptions);
        return 0;
    }

    for (uint32_t r = 0; r < scenario.replications; ++r)
    {
        const std::string directory
            = scenario.replications == 1
                  ? options.outputDir
                  : options.outputDir + "/run-" + std::to_string(scenario.run + r);
        const SrvccRunSummary s = RunScenario(scenario, r, options, directory);
        std::cout << "srvcc-sim: " << scenario.name << " [" << s.profile << "] run " << s.rngRun
                  << ": " << s.completed << "/" << s.attempted << " handovers completed, "
                  << s.failed << " failed; key checks " << s.keyChecksPassed << " passed, "
                  << s.keyChecksFailed << " failed; preparation p50 " << s.preparation.p50
                  << " ms, interruption p50 " << s.interruption.p50 << " ms; KAMF exposures "
                  << s.kamfExposures << "; stale contexts mme " << s.staleContextsMme << " msc "
                  << s.staleContextsMsc << "; " << s.wallTimeS << " s wall, " << s.peakRssMib
                  << " MiB peak -> " << directory << "\n";
    }
    return 0;
}

} // namespace

int
main(int argc, char* argv[])
{
    try
    {
        return Run(argc, argv);
    }
    catch (const srvcc::ProgramError& e)
    {
        // A bad scenario file or option, an output that cannot be written: the user's to fix.
        std::cerr << "srvcc-sim: " << e.what() << "\n";
        return srvcc::kExitBadInput;
    }
    catch (const std::exception& e)
    {
        std::cerr << "srvcc-sim: internal error: " << e.what() << "\n";
        return srvcc::kExitInternalError;
    }
    catch (...)
    {
        std::cerr << "srvcc-sim: internal error: an exception of unknown type\n";
        return srvcc::kExitInternalError;
    }
}
