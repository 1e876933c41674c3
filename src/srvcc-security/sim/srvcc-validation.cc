/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-validation.h"

#include "srvcc-sim/srvcc-csv-writer.h"
#include "srvcc-sim/srvcc-gnuplot.h"
#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-program-error.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-scenario.h"

#include <boost/math/distributions/students_t.hpp>
#include <filesystem>
#include <functional>
#include <sstream>

namespace ns3
{

namespace
{

/** One point of a study: a scenario, replicated, and what each replication yields. */
struct Point
{
    std::string model;
    double x{0};
    std::string name;     ///< directory and scenario name
    std::string scenario; ///< the scenario file's text
    /** quantity -> value, per replication. */
    std::vector<std::map<std::string, double>> runs;
};

std::string
Num(double d)
{
    return srvcc::FormatNumber(d, srvcc::kReportDigits);
}

/** Run every replication of \p point, with \p measure reading each summary. */
void
RunPoint(Point& point, uint32_t replications, const std::string& dir,
         const std::function<std::map<std::string, double>(const SrvccRunSummary&)>& measure,
         uint64_t& runs, std::ostream* log)
{
    const SrvccScenario scenario = ParseScenario(point.scenario, point.name + ".json");
    SrvccRunOptions options;
    options.pcap = false;
    for (uint32_t r = 0; r < replications; ++r)
    {
        const std::string runDir
            = dir + "/" + point.name + "/run-" + std::to_string(scenario.run + r);
        const SrvccRunSummary summary = RunScenario(scenario, r, options, runDir);
        point.runs.push_back(measure(summary));
        ++runs;
    }
    if (log != nullptr)
    {
        *log << "srvcc-sim: validate " << point.model << " x=" << Num(point.x) << ": "
             << replications << " runs\n";
    }
}

SrvccMeanCi
StatsOf(const Point& p, const std::string& quantity)
{
    std::vector<double> values;
    for (const auto& run : p.runs)
    {
        const auto it = run.find(quantity);
        if (it != run.end())
        {
            values.push_back(it->second);
        }
    }
    return MeanCi95(values);
}

SrvccValidationCheck
Check(const std::string& study, const Point& p, const std::string& quantity, double analytic)
{
    SrvccValidationCheck c;
    c.study = study;
    c.model = p.model;
    c.quantity = quantity;
    c.x = p.x;
    c.simulated = StatsOf(p, quantity);
    c.analytic = analytic;
    const double slack = 1e-9 * std::max(1.0, std::abs(analytic));
    c.inCi95 = c.simulated.n > 1 && analytic >= c.simulated.low - slack
               && analytic <= c.simulated.high + slack;
    return c;
}

/** Bonferroni over the \p checks: each check's family-wise interval and its verdict. */
void
Judge(std::vector<SrvccValidationCheck>& checks)
{
    const auto m = static_cast<double>(checks.size());
    for (SrvccValidationCheck& c : checks)
    {
        if (c.simulated.n < 2)
        {
            c.passed = false; // no spread to judge by
            continue;
        }
        const boost::math::students_t t(static_cast<double>(c.simulated.n - 1));
        const double widen
            = boost::math::quantile(t, 1 - 0.05 / (2 * m)) / boost::math::quantile(t, 0.975);
        const double half = (c.simulated.high - c.simulated.mean) * widen;
        c.familyLow = c.simulated.mean - half;
        c.familyHigh = c.simulated.mean + half;
        const double slack = 1e-9 * std::max(1.0, std::abs(c.analytic));
        c.passed = c.analytic >= c.familyLow - slack && c.analytic <= c.familyHigh + slack;
    }
}

// ---- queueing ---------------------------------------------------------------------------------

/** Service time of the SRVCC PS to CS Request at the MSC server: the only non-zero one. */
constexpr double kServiceMs = 5.0;

/** Every role processes in zero time except the MSC server's SRVCC PS to CS Request. */
std::string
QueueingScenario(const std::string& name, const std::string& distribution, double ratePerS,
                 uint32_t ues, uint32_t run)
{
    const std::string zero = R"({"message_us": 0, "key_derivation_us": 0})";
    const double span = ues / ratePerS;
    std::ostringstream s;
    s << R"({"name": ")" << name << R"(", "topology": {"gnbs": 1, "ues_per_gnb": )" << ues
      << R"(}, "processing": {"ue": )" << zero << R"(, "gnb": )" << zero << R"(, "amf": )" << zero
      << R"(, "mme": )" << zero << R"(, "rnc": )" << zero
      << R"(, "msc": {"message_us": 0, "key_derivation_us": 0, "per_message": )"
      << R"({"SrvccPsToCsRequest": {"distribution": ")" << distribution << R"(", "mean_us": )"
      << Num(kServiceMs * 1000) << R"(}}}}, "handovers": {"process": "poisson", "rate_per_s": )"
      << Num(ratePerS) << R"(, "start_s": 1}, "duration_s": )" << Num(1 + 2 * span + 10)
      << R"(, "run": )" << run << R"(, "pcap": false})";
    return s.str();
}

std::map<std::string, double>
MeasureQueueing(const SrvccRunSummary& s, double lambdaPerMs)
{
    std::map<std::string, double> m;
    const auto role = s.queueing.find("msc");
    if (role == s.queueing.end())
    {
        return m;
    }
    const auto q = role->second.find("SrvccPsToCsRequest");
    if (q == role->second.end())
    {
        return m;
    }
    const double lq = s.queueLengthSeen.at("msc").at("SrvccPsToCsRequest");
    m["mean_wait_ms"] = q->second.mean;
    m["utilization"] = s.utilization.at("msc");
    m["queue_length_seen"] = lq;
    m["lambda_times_wait"] = lambdaPerMs * q->second.mean;
    // Little's law for the queue: Lq = lambda Wq; with Poisson arrivals the queue length an
    // arrival sees has the time-average's mean (PASTA), an estimate independent of Wq's.
    m["little_lq_minus_lambda_wq"] = lq - lambdaPerMs * q->second.mean;
    m["completed_ratio"]
        = s.attempted == 0 ? 0
                           : static_cast<double>(s.completed) / static_cast<double>(s.attempted);
    return m;
}

void
QueueingStudy(const SrvccValidationOptions& o, SrvccValidationResult& result,
              std::vector<Point>& points)
{
    const std::vector<double> loads
        = o.quick ? std::vector<double>{0.5} : std::vector<double>{0.2, 0.4, 0.6, 0.8};
    const uint32_t ues = o.quick ? 1000 : 4000;
    const uint32_t replications = o.quick ? 5 : 10;
    uint32_t run = 1;
    for (const auto& [model, distribution] : std::vector<std::pair<std::string, std::string>>{
             {"M/D/1", "constant"}, {"M/M/1", "exponential"}})
    {
        for (double rho : loads)
        {
            Point p;
            p.model = model;
            p.x = rho;
            p.name = "queueing-" + distribution + "-rho" + Num(rho);
            const double ratePerS = rho / (kServiceMs / 1000);
            p.scenario = QueueingScenario(p.name, distribution, ratePerS, ues, run);
            run += replications; // independent replications across the points too
            const double lambdaPerMs = ratePerS / 1000;
            RunPoint(
                p, replications, o.outputDir + "/runs",
                [lambdaPerMs](const SrvccRunSummary& s)
                {
                    return MeasureQueueing(s, lambdaPerMs);
                },
                result.runs, o.log);
            // Pollaczek-Khinchine: Wq = rho E[S] (1 + cv^2) / (2 (1 - rho)); cv 0 for M/D/1,
            // 1 for M/M/1.
            const double cv2 = distribution == "constant" ? 0.0 : 1.0;
            const double wq = rho * kServiceMs * (1 + cv2) / (2 * (1 - rho));
            result.checks.push_back(Check("queueing", p, "mean_wait_ms", wq));
            result.checks.push_back(Check("queueing", p, "utilization", rho));
            result.checks.push_back(Check("queueing", p, "little_lq_minus_lambda_wq", 0.0));
            result.checks.push_back(Check("queueing", p, "completed_ratio", 1.0));
            points.push_back(std::move(p));
        }
    }
}

// ---- plots ------------------------------------------------------------------------------------

/** "M/D/1" -> "md1". */
std::string
Stem(const std::string& model)
{
    std::string out;
    for (char c : model)
    {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    return out;
}

/** One data file per model: x, then mean, low, high of each quantity. */
void
WriteData(const std::string& dir, const std::vector<Point>& points,
          const std::vector<std::string>& quantities, std::vector<std::string>& files)
{
    std::map<std::string, std::string> byModel;
    for (const Point& p : points)
    {
        std::string& text = byModel[p.model];
        if (text.empty())
        {
            text = "# x";
            for (const std::string& q : quantities)
            {
                text += " " + q + "_mean " + q + "_low " + q + "_high";
            }
            text += "\n";
        }
        text += Num(p.x);
        for (const std::string& q : quantities)
        {
            const SrvccMeanCi s = StatsOf(p, q);
            text += " " + Num(s.mean) + " " + Num(s.low) + " " + Num(s.high);
        }
        text += "\n";
    }
    for (const auto& [model, text] : byModel)
    {
        const std::string file = dir + "/" + Stem(model) + ".dat";
        srvcc::WriteOutputFile(file, text);
        files.push_back(file);
    }
}

std::string
Figure(const std::string& stem, const std::string& body, std::vector<std::string>& images,
       const std::string& dir)
{
    images.push_back(dir + "/" + stem + ".svg");
    images.push_back(dir + "/" + stem + ".png");
    return "\n# ---- " + stem + "\nreset\nset grid\nset key top left\n" + body
           + "\nset terminal svg size 800,560 dynamic noenhanced font 'sans,13'\nset output "
           + SrvccGnuplotString(stem + ".svg") + "\nreplot\nset terminal @PNG\nset output "
           + SrvccGnuplotString(stem + ".png") + "\nreplot\nunset output\n";
}

void
WritePlots(const SrvccValidationOptions& o, const std::vector<Point>& queueing,
           SrvccValidationResult& result)
{
    const std::string dir = o.outputDir + "/plots";
    std::filesystem::create_directories(dir);
    std::vector<std::string> files;
    std::string script = "# Validation figures, written by srvcc-sim --validate "
                         "(doc/srvcc-security.rst, Validation).\n"
                         "# Re-draw them from this directory: gnuplot validation.gp\n"
                         "set encoding utf8\n"
                         "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
                         "    PNG = \"pngcairo size 800,560 noenhanced font 'sans,11'\"\n"
                         "} else {\n"
                         "    PNG = \"png size 800,560 noenhanced\"\n"
                         "}\n"
                         "set terminal svg\n";
    if (!queueing.empty())
    {
        WriteData(dir, queueing,
                  {"mean_wait_ms", "utilization", "queue_length_seen", "lambda_times_wait"}, files);
        const std::string s = Num(kServiceMs);
        script += Figure("queueing-wait",
                         "set title 'Mean wait of the SRVCC PS to CS Request at the MSC server, "
                         "E[S] = "
                             + s
                             + " ms'\n"
                               "set xlabel 'Offered load rho = lambda E[S]'\nset ylabel 'Mean "
                               "wait (ms), simulated: mean and 95% CI'\nset xrange [0:0.9]\n"
                               "set yrange [0:*]\nS = "
                             + s
                             + "\nmd1(x) = x * S / (2 * (1 - x))\nmm1(x) = x * S / (1 - x)\n"
                               "plot md1(x) with lines lw 2 title 'M/D/1 (Pollaczek-Khinchine)', "
                               "mm1(x) with lines lw 2 title 'M/M/1', "
                               "'md1.dat' using 1:2:3:4 with yerrorbars pt 7 title 'simulated, "
                               "constant service', "
                               "'mm1.dat' using 1:2:3:4 with yerrorbars pt 5 title 'simulated, "
                               "exponential service'",
                         result.images, dir);
        script += Figure("queueing-utilization",
                         "set title 'Utilization of the MSC server against the offered load'\n"
                         "set xlabel 'Offered load rho = lambda E[S]'\nset ylabel "
                         "'Utilization'\nset xrange [0:0.9]\nset yrange [0:0.9]\n"
                         "plot x with lines lw 2 title 'utilization = rho', "
                         "'md1.dat' using 1:5:6:7 with yerrorbars pt 7 title 'constant service', "
                         "'mm1.dat' using 1:5:6:7 with yerrorbars pt 5 title 'exponential "
                         "service'",
                         result.images, dir);
        script
            += Figure("queueing-little",
                      "set title \"Little's law: queue length seen at arrival vs lambda x wait\"\n"
                      "set xlabel 'lambda x mean wait (simulated)'\nset ylabel 'Mean queue "
                      "length seen at arrival'\nset xrange [0:*]\nset yrange [0:*]\n"
                      "plot x with lines lw 2 title 'Lq = lambda Wq', "
                      "'md1.dat' using 11:8:9:10 with yerrorbars pt 7 title 'constant service', "
                      "'mm1.dat' using 11:8:9:10 with yerrorbars pt 5 title 'exponential "
                      "service'",
                      result.images, dir);
    }
    srvcc::WriteOutputFile(dir + "/validation.gp", script);
    const std::string program = SrvccFindProgram(o.gnuplot);
    if (program.empty())
    {
        result.warning = "no plots drawn: " + o.gnuplot
                         + " not found (install the Debian package gnuplot-nox); the data and the "
                           "script are in "
                         + dir;
        result.images.clear();
        return;
    }
    const std::string log = dir + "/gnuplot.log";
    const int status = SrvccRunGnuplot(program, dir, "validation.gp", log);
    if (status != 0)
    {
        result.warning = "gnuplot failed (exit status " + std::to_string(status) + ", see " + log
                         + "): " + SrvccLastLine(log);
        result.images.clear();
    }
}

void
WriteCsv(const std::string& path, const std::vector<SrvccValidationCheck>& checks)
{
    srvcc::CsvWriter csv(path, {"study", "model", "quantity", "x", "replications", "simulated_mean",
                                "ci95_low", "ci95_high", "analytic", "in_ci95", "family_low",
                                "family_high", "passed"});
    for (const SrvccValidationCheck& c : checks)
    {
        csv.Field(c.study)
            .Field(c.model)
            .Field(c.quantity)
            .Field(c.x)
            .Field(static_cast<uint64_t>(c.simulated.n))
            .Field(c.simulated.mean)
            .Field(c.simulated.low)
            .Field(c.simulated.high)
            .Field(c.analytic)
            .Field(c.inCi95 ? "true" : "false")
            .Field(c.familyLow)
            .Field(c.familyHigh)
            .Field(c.passed ? "true" : "false")
            .EndRow();
    }
    csv.Write();
}

} // namespace

bool
SrvccValidationResult::Passed() const
{
    for (const SrvccValidationCheck& c : checks)
    {
        if (!c.passed)
        {
            return false;
        }
    }
    return !checks.empty();
}

SrvccValidationResult
RunValidation(const SrvccValidationOptions& options)
{
    if (options.study != "queueing" && options.study != "all")
    {
        throw ScenarioError("--validate: found \"" + options.study
                            + "\", expected queueing or all");
    }
    SrvccValidationResult result;
    std::vector<Point> queueing;
    QueueingStudy(options, result, queueing);
    Judge(result.checks);
    result.csv = options.outputDir + "/validation.csv";
    WriteCsv(result.csv, result.checks);
    WritePlots(options, queueing, result);
    return result;
}

} // namespace ns3
