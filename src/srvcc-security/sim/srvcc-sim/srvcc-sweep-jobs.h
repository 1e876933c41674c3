/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Sweeps beyond one machine (doc/sweeps.md, "Sweeps on a cluster"): a sweep written out as one
 * job per (point, replication) for an existing engine, a Slurm job array (sweep.sbatch) or GNU
 * parallel (jobs.txt), with a manifest; and the merge of the jobs' results into the sweep.csv
 * and plots the sweep run in one process writes (AggregateSweep, the same code).
 */
#ifndef SRVCC_SWEEP_JOBS_H
#define SRVCC_SWEEP_JOBS_H

#include "srvcc-sim/srvcc-sweep-runner.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ns3
{

/** One job of a sweep: one replication of one point. */
struct SrvccSweepJob
{
    std::size_t index{0}; ///< its number: point * replications + replication, line index + 1
    std::size_t point{0};
    uint32_t replication{0};
    uint32_t rngSeed{1};
    uint32_t rngRun{1};    ///< the point's run + replication, as in the sweep run in process
    std::string directory; ///< "point-<k>/run-<RngRun>", relative to the job directory
};

/** The jobs of \p sweep in job order: point by point, each point's replications in order. */
std::vector<SrvccSweepJob> SweepJobs(const SrvccSweep& sweep);

/**
 * \p word quoted for a POSIX shell: unchanged when it holds only letters, digits and
 * "_-./=:,+@%", else in single quotes (a single quote inside written as '\'').
 */
std::string ShellQuote(const std::string& word);

struct SrvccEmitJobsOptions
{
    /** The srvcc-sim each job runs: an absolute path. */
    std::string program;
    /**
     * Arguments every job gets after its own (--profile=..., --numUes=..., --pcap=...,
     * --ns3::Type::Attribute=...), as given to srvcc-sim --emit-jobs.
     */
    std::vector<std::string> arguments;
    /** What those arguments do to each point's scenario; applied to every point as a check. */
    std::function<void(SrvccScenario&)> adjust;
};

/** What EmitSweepJobs wrote, every path absolute. */
struct SrvccJobsEmission
{
    std::string directory;
    std::string scenarioCopy; ///< <dir>/scenario/<file name of the scenario>
    std::string manifest;     ///< <dir>/manifest.json
    std::string jobsList;     ///< <dir>/jobs.txt
    std::string sbatch;       ///< <dir>/sweep.sbatch
    std::size_t jobs{0};
    std::size_t points{0};
    uint32_t replications{0};
};

/** The "format" of manifest.json. */
constexpr const char* kSweepJobsFormat = "srvcc-sim-jobs/1";

/**
 * Write the job directory \p dir (created; it must not exist or be empty) for the sweep in
 * \p scenarioFile:
 * - scenario/<file name>: a byte copy of the file (the jobs and the merge read it, so a later
 *   edit of the original changes nothing);
 * - jobs.txt: one shell command per line, job n on line n + 1, each running one replication of
 *   one point with absolute paths: <program> --scenario=<copy> --outputDir=<dir> --point=<k>
 *   --replication=<r> <arguments>, which writes <dir>/point-<k>/run-<RngRun>/;
 * - sweep.sbatch: a Slurm job array over the lines of jobs.txt (SLURM_ARRAY_TASK_ID, plus
 *   SRVCC_JOB_OFFSET for sweeps larger than the cluster's MaxArraySize), each task's output in
 *   logs/job-<n>.log;
 * - manifest.json: the scenario, the program and arguments, the swept fields, every point with
 *   its values, and every job with its point, replication, RNG seed and run, result directory,
 *   log and command (kElementsOnLines);
 * - logs/: empty, for the Slurm tasks.
 * \throws ScenarioError for a file that is not a sweep, a point the arguments make invalid, or
 *         a directory that is in the way; srvcc::OutputError when a file cannot be written
 */
SrvccJobsEmission EmitSweepJobs(const std::string& scenarioFile, const std::string& dir,
                                const SrvccEmitJobsOptions& options);

/** What MergeSweepJobs found and wrote. */
struct SrvccMergeResult
{
    SrvccSweep sweep; ///< read from the manifest's copy of the scenario
    std::string scenarioCopy;
    SrvccSweepResult result; ///< sweep.csv and plots/ in the job directory
};

/**
 * Merge a job directory written by EmitSweepJobs whose jobs have run: read manifest.json, the
 * scenario copy and every job's sweep-run.json, and aggregate them (AggregateSweep) into
 * <dir>/sweep.csv and <dir>/plots/, the files the sweep run in one process writes. With
 * \p options.log, one line per point first (SweepPointLine), as the sweep in process writes.
 * Nothing is written unless every job's result is there and agrees with the manifest.
 * \throws ScenarioError "<dir>: ..." when the directory or manifest.json is missing;
 *         "<dir>/manifest.json: <field>: ..." when the manifest is broken or does not match
 *         the scenario copy; "<dir>: <n> of <m> job results missing or unusable, nothing merged:
 *         job <n> (point <k>: <values>, replication <r>, RngRun <run>): <file>: <why> ..."
 *         naming each such job (up to 10) and its result file
 */
SrvccMergeResult MergeSweepJobs(const std::string& dir, const SrvccSweepOptions& options);

} // namespace ns3

#endif // SRVCC_SWEEP_JOBS_H
