/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-sweep-jobs.h"

#include "srvcc-sim/srvcc-json-writer.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-scenario-json.h"

#include <boost/json.hpp>
#include <filesystem>
#include <limits>
#include <stdexcept>
#include <system_error>

namespace ns3
{

namespace fs = std::filesystem;

namespace
{

const char* const kManifestFile = "manifest.json";
const char* const kJobsFile = "jobs.txt";
const char* const kSbatchFile = "sweep.sbatch";
const char* const kLogsDir = "logs";
const char* const kScenarioDir = "scenario";
/** Job results a merge error names one by one; the rest are counted. */
constexpr std::size_t kNamedJobs = 10;

/** "logs/job-<n>.log", relative to the job directory. */
std::string
JobLog(std::size_t job)
{
    return std::string(kLogsDir) + "/job-" + std::to_string(job) + ".log";
}

/** The value of \p axis in a point's document (the collector reached it through objects). */
const boost::json::value&
AxisValue(const boost::json::value& document, const SrvccSweepAxis& axis)
{
    const boost::json::value* v = &document;
    for (const std::string& key : axis.keys)
    {
        v = &v->as_object().at(key);
    }
    return *v;
}

/**
 * The values listed for each axis, as JSON values taken from the points' documents: parsing
 * the axis' text again could round a long number (Boost.JSON 1.81).
 */
boost::json::array
AxesJson(const SrvccSweep& sweep)
{
    boost::json::array axes;
    const std::vector<SrvccSweepAxis>& all = sweep.GetAxes();
    for (std::size_t i = 0; i < all.size(); ++i)
    {
        // Point j * stride has value j on axis i (and the first value on every other axis).
        std::size_t stride = 1;
        for (std::size_t later = i + 1; later < all.size(); ++later)
        {
            stride *= all[later].values.size();
        }
        boost::json::array values;
        for (std::size_t j = 0; j < all[i].values.size(); ++j)
        {
            values.push_back(AxisValue(sweep.GetPointDocument(j * stride), all[i]));
        }
        axes.push_back({{"path", all[i].path}, {"values", std::move(values)}});
    }
    return axes;
}

/** A path in sweep.sbatch's #SBATCH --output, where Slurm reads '%' as a pattern. */
std::string
SlurmFilename(const std::string& path)
{
    std::string escaped;
    for (char c : path)
    {
        escaped += c == '%' ? std::string("%%") : std::string(1, c);
    }
    return escaped;
}

/** "srvcc-<name>" with anything but letters, digits, '_', '-' and '.' made '_'. */
std::string
SlurmJobName(const std::string& name)
{
    std::string job = "srvcc-";
    for (char c : name)
    {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                           || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        job += plain ? c : '_';
    }
    return job;
}

std::string
SbatchScript(const std::string& name, const fs::path& dir, std::size_t jobs)
{
    const std::string d = dir.string();
    const std::string jobsList = ShellQuote((dir / kJobsFile).string());
    const std::string logs = ShellQuote((dir / kLogsDir).string());
    const std::string n = std::to_string(jobs);
    return "#!/bin/bash\n"
           "# The sweep "
           + name
           + " as a Slurm job array, written by srvcc-sim --emit-jobs\n"
             "# (doc/sweeps.md, \"Sweeps on a cluster\"): array task n runs job n, the command\n"
             "# on line n + 1 of "
           + d + "/" + kJobsFile
           + ",\n"
             "# with its output in "
           + d + "/" + kLogsDir
           + "/job-<n>.log.\n"
             "# Submit it from any directory, then merge the results:\n"
             "#   sbatch "
           + d + "/" + kSbatchFile
           + "\n"
             "#   srvcc-sim --merge="
           + d
           + "\n"
             "# A cluster whose MaxArraySize is below "
           + n
           + " takes the jobs in slices: SRVCC_JOB_OFFSET is added to\n"
             "# the task id, e.g. jobs 1000 to 1999 with\n"
             "#   sbatch --array=0-999 --export=ALL,SRVCC_JOB_OFFSET=1000 "
           + d + "/" + kSbatchFile
           + "\n"
             "# Partition, time and memory limits go below or on the sbatch command line.\n"
             "#SBATCH --job-name="
           + SlurmJobName(name) + "\n#SBATCH --array=0-" + std::to_string(jobs - 1)
           + "\n"
             "#SBATCH --ntasks=1\n"
             "#SBATCH --cpus-per-task=1\n"
             "#SBATCH --output="
           + SlurmFilename(d + "/" + kLogsDir) + "/slurm-%A_%a.out"
           + "\n"
             "set -u\n"
             ": \"${SLURM_ARRAY_TASK_ID:?is not set: submit this script with sbatch, or set it "
             "to the job number}\"\n"
             "job=$(( SLURM_ARRAY_TASK_ID + ${SRVCC_JOB_OFFSET:-0} ))\n"
             "line=$(sed -n \"$(( job + 1 ))p\" "
           + jobsList
           + ")\n"
             "if [ -z \"$line\" ]; then\n"
             "  echo \"sweep.sbatch: job $job: no line $(( job + 1 )) in \""
           + jobsList
           + " >&2\n"
             "  exit 2\n"
             "fi\n"
             "eval \"$line\" > "
           + logs + "/job-\"$job\".log 2>&1\n";
}

/** Reject a job directory whose path sweep.sbatch's #SBATCH lines could not hold. */
void
CheckSbatchPath(const fs::path& dir)
{
    for (char c : dir.string())
    {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '\\')
        {
            throw ScenarioError("--emit-jobs: " + dir.string()
                                + ": a job directory path with white space, quotes or "
                                  "backslashes cannot be written into sweep.sbatch's #SBATCH "
                                  "--output line; choose another directory");
        }
    }
}

/** An empty or new directory at \p dir, with its subdirectories. */
void
CreateJobDirectory(const fs::path& dir)
{
    std::error_code ec;
    const fs::file_status status = fs::status(dir, ec);
    if (fs::exists(status) && !fs::is_directory(status))
    {
        throw ScenarioError("--emit-jobs: " + dir.string()
                            + ": is in the way (not a directory); choose another directory");
    }
    if (fs::exists(status) && !fs::is_empty(dir, ec))
    {
        throw ScenarioError("--emit-jobs: " + dir.string()
                            + ": is not empty; --emit-jobs writes a new job directory (the "
                              "results of its jobs must not mix with others): remove it or "
                              "choose another directory");
    }
    for (const fs::path& d : {dir / kScenarioDir, dir / kLogsDir})
    {
        fs::create_directories(d, ec);
        if (ec)
        {
            throw srvcc::OutputError(d.string()
                                     + ": cannot create the job directory: " + ec.message());
        }
    }
}

/** The manifest's entry \p key of \p o, a whole number equal to \p expected. */
void
ExpectNumber(const ScenarioJson& json, const boost::json::object& o, const std::string& path,
             const std::string& key, uint64_t expected, const std::string& why)
{
    const std::string field = ScenarioJson::Join(path, key);
    const uint64_t found = json.WholeNumber(json.Required(o, path, key, std::to_string(expected)),
                                            field, 0, std::numeric_limits<uint64_t>::max());
    if (found != expected)
    {
        json.Mismatch(field, o.at(key), std::to_string(expected) + " (" + why + ")");
    }
}

/** The manifest's string \p key of \p o, equal to \p expected. */
void
ExpectString(const ScenarioJson& json, const boost::json::object& o, const std::string& path,
             const std::string& key, const std::string& expected, const std::string& why)
{
    const std::string field = ScenarioJson::Join(path, key);
    const std::string found
        = json.String(json.Required(o, path, key, "\"" + expected + "\""), field);
    if (found != expected)
    {
        json.Mismatch(field, o.at(key), "\"" + expected + "\" (" + why + ")");
    }
}

/** Why job \p job's result cannot be merged, or "" when \p run holds it. */
std::string
ReadJobResult(const fs::path& dir, const SrvccSweepJob& job, SrvccSweepRun& run)
{
    const fs::path runDir = dir / job.directory;
    const fs::path file = runDir / kSweepRunFile;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
    {
        std::string why = file.string() + ": missing";
        if (fs::is_directory(runDir, ec))
        {
            why += " (the run directory is there without it: the run did not finish)";
        }
        else
        {
            // A killed run leaves its hidden partial directory (srvcc::OutputDirectory).
            std::string partial;
            const std::string prefix = "." + runDir.filename().string() + ".partial-";
            for (const fs::directory_entry& e : fs::directory_iterator(runDir.parent_path(), ec))
            {
                if (e.path().filename().string().rfind(prefix, 0) == 0)
                {
                    partial = e.path().string();
                    break;
                }
            }
            why += " (no run directory " + runDir.string()
                   + (partial.empty() ? ": the job did not run, or failed)"
                                      : ": the job was stopped half-way, leaving " + partial + ")");
        }
        const fs::path log = dir / JobLog(job.index);
        if (fs::is_regular_file(log, ec) && fs::file_size(log, ec) > 0)
        {
            why += ", see " + log.string();
        }
        return why;
    }
    try
    {
        run = ReadSweepRunFile(file.string());
    }
    catch (const ScenarioError& e)
    {
        return e.what();
    }
    if (run.point != job.point || run.replication != job.replication || run.rngSeed != job.rngSeed
        || run.rngRun != job.rngRun)
    {
        return file.string() + ": found point " + std::to_string(run.point) + ", replication "
               + std::to_string(run.replication) + ", RngSeed " + std::to_string(run.rngSeed)
               + ", RngRun " + std::to_string(run.rngRun) + ", expected point "
               + std::to_string(job.point) + ", replication " + std::to_string(job.replication)
               + ", RngSeed " + std::to_string(job.rngSeed) + ", RngRun "
               + std::to_string(job.rngRun) + " (job " + std::to_string(job.index)
               + " of the manifest)";
    }
    return "";
}

} // namespace

std::vector<SrvccSweepJob>
SweepJobs(const SrvccSweep& sweep)
{
    std::vector<SrvccSweepJob> jobs;
    for (std::size_t k = 0; k < sweep.GetNumPoints(); ++k)
    {
        const SrvccScenario point = sweep.GetPoint(k);
        for (uint32_t r = 0; r < point.replications; ++r)
        {
            SrvccSweepJob job;
            job.index = jobs.size();
            job.point = k;
            job.replication = r;
            job.rngSeed = point.seed;
            job.rngRun = point.run + r;
            job.directory = SweepRunDirectory(k, job.rngRun);
            jobs.push_back(std::move(job));
        }
    }
    return jobs;
}

std::string
ShellQuote(const std::string& word)
{
    bool plain = !word.empty();
    for (char c : word)
    {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                          || std::string("_-./=:,+@%").find(c) != std::string::npos;
        plain = plain && safe;
    }
    if (plain)
    {
        return word;
    }
    std::string quoted = "'";
    for (char c : word)
    {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

SrvccJobsEmission
EmitSweepJobs(const std::string& scenarioFile, const std::string& dirArgument,
              const SrvccEmitJobsOptions& options)
{
    if (!fs::path(options.program).is_absolute())
    {
        throw std::invalid_argument("EmitSweepJobs: program: found \"" + options.program
                                    + "\", expected an absolute path");
    }
    if (dirArgument.empty())
    {
        throw ScenarioError("--emit-jobs: found \"\", expected the job directory to write "
                            "(--emit-jobs=DIR)");
    }
    // One read: the copy is the text the jobs were made from.
    const std::string text = ReadScenarioFile(scenarioFile);
    const SrvccSweep sweep = ParseSweep(text, scenarioFile);
    if (!IsSweepRun(sweep))
    {
        throw ScenarioError("--emit-jobs: " + scenarioFile
                            + ": is a single run (no lists, replications 1), not a sweep: run "
                              "it with --scenario alone");
    }
    // Each point as its jobs will run it: a point that --numUes makes invalid fails here, not
    // in job 312 on the cluster.
    if (options.adjust)
    {
        for (std::size_t k = 0; k < sweep.GetNumPoints(); ++k)
        {
            SrvccScenario scenario = sweep.GetPoint(k);
            options.adjust(scenario);
        }
    }

    fs::path dir = fs::absolute(dirArgument).lexically_normal();
    if (!dir.has_filename())
    {
        dir = dir.parent_path(); // "jobs/" names the directory jobs
    }
    CheckSbatchPath(dir);
    CreateJobDirectory(dir);

    SrvccJobsEmission e;
    e.directory = dir.string();
    const std::string copyName = fs::path(scenarioFile).filename().string();
    const std::string copyRelative = std::string(kScenarioDir) + "/" + copyName;
    e.scenarioCopy = (dir / kScenarioDir / copyName).string();
    e.manifest = (dir / kManifestFile).string();
    e.jobsList = (dir / kJobsFile).string();
    e.sbatch = (dir / kSbatchFile).string();
    e.points = sweep.GetNumPoints();
    e.replications = sweep.GetPoint(0).replications;
    srvcc::WriteOutputFile(e.scenarioCopy, text);

    const std::vector<SrvccSweepJob> jobs = SweepJobs(sweep);
    e.jobs = jobs.size();
    std::string jobsText;
    boost::json::array jobsJson;
    for (const SrvccSweepJob& job : jobs)
    {
        std::string command
            = ShellQuote(options.program) + " " + ShellQuote("--scenario=" + e.scenarioCopy) + " "
              + ShellQuote("--outputDir=" + e.directory) + " --point=" + std::to_string(job.point)
              + " --replication=" + std::to_string(job.replication);
        for (const std::string& argument : options.arguments)
        {
            command += " " + ShellQuote(argument);
        }
        jobsText += command + "\n";
        jobsJson.push_back({{"job", job.index},
                            {"point", job.point},
                            {"replication", job.replication},
                            {"rng_seed", job.rngSeed},
                            {"rng_run", job.rngRun},
                            {"directory", job.directory},
                            {"log", JobLog(job.index)},
                            {"command", command}});
    }

    boost::json::array points;
    for (std::size_t k = 0; k < sweep.GetNumPoints(); ++k)
    {
        const boost::json::value document = sweep.GetPointDocument(k);
        boost::json::object values;
        for (const SrvccSweepAxis& axis : sweep.GetAxes())
        {
            values[axis.path] = AxisValue(document, axis);
        }
        const SrvccScenario scenario = sweep.GetPoint(k);
        points.push_back({{"point", k},
                          {"label", sweep.GetLabel(k)},
                          {"values", std::move(values)},
                          {"rng_seed", scenario.seed},
                          {"first_run", scenario.run},
                          {"directory", "point-" + std::to_string(k)}});
    }
    boost::json::array arguments;
    for (const std::string& a : options.arguments)
    {
        arguments.emplace_back(a);
    }
    const std::string name = sweep.GetPoint(0).name;
    const boost::json::object manifest = {
        {"format", kSweepJobsFormat},
        {"name", name},
        {"scenario",
         {{"source", fs::absolute(scenarioFile).lexically_normal().string()},
          {"copy", copyRelative}}},
        {"program", options.program},
        {"arguments", std::move(arguments)},
        {"directory", e.directory},
        {"jobs_list", kJobsFile},
        {"slurm_script", kSbatchFile},
        {"axes", AxesJson(sweep)},
        {"replications", e.replications},
        {"points", std::move(points)},
        {"jobs", std::move(jobsJson)},
    };
    srvcc::WriteOutputFile(e.jobsList, jobsText);
    srvcc::WriteOutputFile(e.sbatch, SbatchScript(name, dir, jobs.size()));
    // Last: a directory with a manifest is a complete set of jobs.
    srvcc::WriteOutputFile(
        e.manifest, srvcc::WriteJson(manifest, {srvcc::JsonLayout::kElementsOnLines}) + "\n");
    return e;
}

SrvccMergeResult
MergeSweepJobs(const std::string& dirGiven, const SrvccSweepOptions& options)
{
    const std::string notJobs = "expected a job directory written by srvcc-sim --emit-jobs";
    if (dirGiven.empty())
    {
        throw ScenarioError("--merge: found \"\", " + notJobs + " (--merge=DIR)");
    }
    // "jobs/" is jobs: the paths in messages and results are built from it.
    std::string dirArgument = dirGiven;
    while (dirArgument.size() > 1 && dirArgument.back() == '/')
    {
        dirArgument.pop_back();
    }
    const fs::path dir(dirArgument);
    std::error_code ec;
    const fs::file_status status = fs::status(dir, ec);
    if (!fs::exists(status))
    {
        throw ScenarioError(dirArgument + ": no such directory, " + notJobs);
    }
    if (!fs::is_directory(status))
    {
        throw ScenarioError(dirArgument + ": not a directory, " + notJobs);
    }
    const std::string manifestPath = (dir / kManifestFile).string();
    if (!fs::exists(dir / kManifestFile, ec))
    {
        throw ScenarioError(manifestPath + ": cannot read the file: it does not exist (" + notJobs
                            + ")");
    }
    const ScenarioJson json(manifestPath);
    const boost::json::value document = json.Parse(ReadScenarioFile(manifestPath));
    const boost::json::object& top = json.Object(document, "");
    json.CheckKeys(top, "",
                   {"format", "name", "scenario", "program", "arguments", "directory", "jobs_list",
                    "slurm_script", "axes", "replications", "points", "jobs"});
    ExpectString(json, top, "", "format", kSweepJobsFormat, "a manifest.json of this srvcc-sim");
    const boost::json::object& scenario = json.Object(
        json.Required(top, "", "scenario", "an object with the scenario's copy"), "scenario");
    const std::string copy
        = json.String(json.Required(scenario, "scenario", "copy", "the path of the scenario copy"),
                      "scenario.copy");
    const fs::path copyPath(copy);
    bool inside = !copy.empty() && !copyPath.is_absolute() && *copyPath.begin() == kScenarioDir;
    for (const fs::path& part : copyPath)
    {
        inside = inside && part != "..";
    }
    if (!inside)
    {
        json.Mismatch("scenario.copy", scenario.at("copy"),
                      std::string("a path under ") + kScenarioDir + "/ of the job directory");
    }

    SrvccMergeResult merged;
    merged.scenarioCopy = (dir / copyPath).string();
    merged.sweep = LoadSweep(merged.scenarioCopy);
    const SrvccSweep& sweep = merged.sweep;
    const std::string copyName = copyPath.string();
    ExpectNumber(json, top, "", "replications", sweep.GetPoint(0).replications,
                 "the replications of " + copyName);
    const boost::json::value& pointsValue = json.Required(top, "", "points", "the points");
    if (!pointsValue.is_array() || pointsValue.get_array().size() != sweep.GetNumPoints())
    {
        json.Mismatch("points", pointsValue,
                      "an array of " + std::to_string(sweep.GetNumPoints()) + " points (those of "
                          + copyName + ")");
    }

    // Every job as the sweep defines it, checked against the manifest's list.
    const std::vector<SrvccSweepJob> jobs = SweepJobs(sweep);
    const boost::json::value& jobsValue = json.Required(top, "", "jobs", "the jobs");
    if (!jobsValue.is_array() || jobsValue.get_array().size() != jobs.size())
    {
        json.Mismatch("jobs", jobsValue,
                      "an array of " + std::to_string(jobs.size()) + " jobs (" + copyName + ": "
                          + std::to_string(sweep.GetNumPoints()) + " points x "
                          + std::to_string(sweep.GetPoint(0).replications) + " replications)");
    }
    for (const SrvccSweepJob& job : jobs)
    {
        const std::string path = ScenarioJson::Index("jobs", job.index);
        const boost::json::object& o = json.Object(jobsValue.get_array()[job.index], path);
        json.CheckKeys(
            o, path,
            {"job", "point", "replication", "rng_seed", "rng_run", "directory", "log", "command"});
        const std::string what = "point " + std::to_string(job.point) + ", replication "
                                 + std::to_string(job.replication) + " of " + copyName;
        ExpectNumber(json, o, path, "job", job.index, "its place in the list");
        ExpectNumber(json, o, path, "point", job.point, "job " + std::to_string(job.index));
        ExpectNumber(json, o, path, "replication", job.replication,
                     "job " + std::to_string(job.index));
        ExpectNumber(json, o, path, "rng_seed", job.rngSeed, "the RngSeed of " + what);
        ExpectNumber(json, o, path, "rng_run", job.rngRun, "the RngRun of " + what);
        ExpectString(json, o, path, "directory", job.directory, "the run directory of " + what);
    }

    // Every result, or the list of those that are not there.
    std::vector<SrvccSweepRun> runs;
    std::vector<std::string> problems;
    for (const SrvccSweepJob& job : jobs)
    {
        SrvccSweepRun run;
        const std::string why = ReadJobResult(dir, job, run);
        if (!why.empty())
        {
            const std::string label = sweep.GetLabel(job.point);
            problems.push_back("job " + std::to_string(job.index) + " (point "
                               + std::to_string(job.point) + (label.empty() ? "" : ": " + label)
                               + "; replication " + std::to_string(job.replication) + ", RngRun "
                               + std::to_string(job.rngRun) + "): " + why);
            continue;
        }
        runs.push_back(std::move(run));
    }
    if (!problems.empty())
    {
        std::string message = dirArgument + ": " + std::to_string(problems.size()) + " of "
                              + std::to_string(jobs.size())
                              + " job results missing or unusable, nothing merged: ";
        for (std::size_t i = 0; i < problems.size() && i < kNamedJobs; ++i)
        {
            message += (i == 0 ? "" : "; ") + problems[i];
        }
        if (problems.size() > kNamedJobs)
        {
            message += "; and " + std::to_string(problems.size() - kNamedJobs) + " more";
        }
        message += ". Run those jobs again (job n is line n + 1 of " + (dir / kJobsFile).string()
                   + ") and merge again";
        throw ScenarioError(message);
    }

    if (options.log != nullptr)
    {
        const uint32_t replications = sweep.GetPoint(0).replications;
        for (std::size_t k = 0; k < sweep.GetNumPoints(); ++k)
        {
            const std::vector<SrvccSweepRun> pointRuns(runs.begin() + k * replications,
                                                       runs.begin() + (k + 1) * replications);
            *options.log << SweepPointLine(sweep, SweepPointOf(sweep, dirArgument, k, pointRuns))
                         << "\n";
        }
        *options.log << std::flush;
    }
    merged.result = AggregateSweep(sweep, dirArgument, runs, options);
    return merged;
}

} // namespace ns3
