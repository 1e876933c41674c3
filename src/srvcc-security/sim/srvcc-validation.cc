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

#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
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

/**
 * The Clopper-Pearson interval of a proportion at confidence 1 - \p alpha: \p successes of
 * \p trials (exact, from the beta distribution; [0, upper] with none, [lower, 1] with all).
 */
std::pair<double, double>
ClopperPearson(uint64_t successes, uint64_t trials, double alpha)
{
    const auto k = static_cast<double>(successes);
    const auto n = static_cast<double>(trials);
    const double low
        = successes == 0
              ? 0.0
              : boost::math::quantile(boost::math::beta_distribution<>(k, n - k + 1), alpha / 2);
    const double high = successes == trials
                            ? 1.0
                            : boost::math::quantile(boost::math::beta_distribution<>(k + 1, n - k),
                                                    1 - alpha / 2);
    return {low, high};
}

/**
 * A proportion pooled over the handovers of every replication (\p successes and \p trials:
 * the quantities of each run that count them), with its Clopper-Pearson 95% interval: a
 * ratio close to 1 (a rare failure) has no spread over a few replications for a t interval.
 */
SrvccValidationCheck
CheckProportion(const std::string& study, const Point& p, const std::string& quantity,
                const std::string& successes, const std::string& trials, double analytic)
{
    SrvccValidationCheck c;
    c.study = study;
    c.model = p.model;
    c.quantity = quantity;
    c.x = p.x;
    c.analytic = analytic;
    c.pooled = true;
    for (const auto& run : p.runs)
    {
        c.successes += static_cast<uint64_t>(run.at(successes));
        c.trials += static_cast<uint64_t>(run.at(trials));
    }
    c.simulated.n = static_cast<uint32_t>(p.runs.size());
    if (c.trials > 0)
    {
        c.simulated.mean = static_cast<double>(c.successes) / static_cast<double>(c.trials);
        std::tie(c.simulated.low, c.simulated.high) = ClopperPearson(c.successes, c.trials, 0.05);
    }
    const double slack = 1e-9 * std::max(1.0, std::abs(analytic));
    c.inCi95 = c.trials > 0 && analytic >= c.simulated.low - slack
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
        if (c.pooled)
        {
            if (c.trials == 0)
            {
                c.passed = false;
                continue;
            }
            std::tie(c.familyLow, c.familyHigh) = ClopperPearson(c.successes, c.trials, 0.05 / m);
            const double slack = 1e-9 * std::max(1.0, std::abs(c.analytic));
            c.passed = c.analytic >= c.familyLow - slack && c.analytic <= c.familyHigh + slack;
            continue;
        }
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

/**
 * Every role processes in zero time except the MSC server's SRVCC PS to CS Request. No GTPv2-C
 * retransmission: T3-RESPONSE (10 s) beyond any wait here. With the default 200 ms, the MME_SRVCC
 * resends a request whose response (two waits in the MSC server's queue and the Iu exchange)
 * takes longer; at rho = 0.8 with exponential service that happens, and since a copy costs the
 * MSC server its processing time before it is recognised, the load grows, the waits with it, and
 * the queue is no longer M/M/1 (a retransmission storm, which the model shows on purpose).
 */
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
      << Num(ratePerS) << R"(, "start_s": 1}, "timers": {"amf": {"T3Response": 10000}, )"
      << R"("mme": {"T3Response": 10000}, "msc": {"T3Response": 10000}}, "duration_s": )"
      << Num(1 + 2 * span + 10) << R"(, "run": )" << run << R"(, "pcap": false})";
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

// ---- retransmission ---------------------------------------------------------------------------

/**
 * The GTPv2-C settings of the study (TS 29.274 7.6), given in the scenario so that the closed
 * forms and the run agree whatever the Attribute defaults: T3-RESPONSE and N3-REQUESTS
 * (retransmissions) at every node that sends requests.
 */
constexpr double kT3Ms = 200.0;
constexpr uint32_t kN3 = 2;
/** Iu one-way delay: the MSC server's preparation of the target takes D = 2 x this. */
constexpr double kIuDelayMs = 5.0;
constexpr double kSvDelayMs = 10.0;

/**
 * Sv loses each packet with probability \p loss (both directions, independently: a
 * RateErrorModel per device); no other loss. Every role processes in zero time, and every link
 * runs at 10 Tb/s, so that a message takes less than the simulator's 1 ns resolution to send
 * (rounded to 0): the latencies are sums of link delays and T3 only, and no handover waits for
 * another, even when a retransmission puts two messages on a shared link (N2, N26) at once.
 */
std::string
RetransmissionScenario(const std::string& name, double loss, uint32_t ues, uint32_t run)
{
    const std::string zero = R"({"message_us": 0, "key_derivation_us": 0})";
    const std::string gtp
        = R"({"T3Response": )" + Num(kT3Ms) + R"(, "N3Requests": )" + std::to_string(kN3) + "}";
    const std::string fast = R"("data_rate": "10000Gbps")";
    std::ostringstream s;
    s << R"({"name": ")" << name << R"(", "topology": {"gnbs": 1, "ues_per_gnb": )" << ues
      << R"(}, "processing": {"ue": )" << zero << R"(, "gnb": )" << zero << R"(, "amf": )" << zero
      << R"(, "mme": )" << zero << R"(, "msc": )" << zero << R"(, "rnc": )" << zero
      << R"(}, "links": {"nr-uu": {)" << fast << R"(}, "n2": {)" << fast << R"(}, "n26": {)" << fast
      << R"(}, "sv": {"delay_ms": )" << Num(kSvDelayMs) << ", " << fast << R"(, "loss": )"
      << Num(loss) << R"(}, "iu": {"delay_ms": )" << Num(kIuDelayMs) << ", " << fast
      << R"(}, "utran-uu": {)" << fast << R"(}}, "timers": {"amf": )" << gtp << R"(, "mme": )"
      << gtp << R"(, "msc": )" << gtp
      << R"(}, "handovers": {"ues": "all", "start_s": 1, "spacing_ms": 1}, "duration_s": )"
      << Num(1 + ues * 0.001 + 8) << R"(, "run": )" << run << R"(, "pcap": false})";
    return s.str();
}

std::map<std::string, double>
MeasureRetransmission(const SrvccRunSummary& s, double baselineMs)
{
    std::map<std::string, double> m;
    m["completed"] = static_cast<double>(s.completed);
    m["attempted"] = static_cast<double>(s.attempted);
    if (s.preparation.count > 0)
    {
        m["added_preparation_ms"] = s.preparation.mean - baselineMs;
    }
    if (s.attempted > 0)
    {
        m["retransmissions_sv_per_handover"]
            = static_cast<double>(s.retransmissions.at("sv")) / static_cast<double>(s.attempted);
    }
    return m;
}

/**
 * The closed forms of what the model does with loss p on Sv (doc/srvcc-security.rst,
 * Validation of the latency model, Retransmission). An attempt of a request/response exchange
 * on Sv succeeds when its request and the response both arrive: q = (1 - p)^2, independently
 * of the other attempts, since a copy of a request the MSC server already answered gets the
 * same response again (TS 29.274 7.6). Attempt k (k = 1 .. N3 + 1) is sent (k - 1) T3 after
 * the first, so the first success is attempt K with P(K = k) = (1 - q)^(k - 1) q.
 *
 * - The handover completes when the SRVCC PS to CS Request/Response exchange succeeds within
 *   N3 + 1 attempts: P_c = 1 - (1 - q)^(N3 + 1). The Complete Notification/Acknowledge
 *   exchange comes after Relocation Complete, where the handover has completed already; it
 *   changes no handover's result.
 * - A handover completed at attempt K is prepared (K - 1) T3 later than without loss, less D
 *   (the MSC server's preparation of the target, 2 Iu delays) when an earlier copy of the
 *   request had reached the MSC server: the copy of attempt K is then a duplicate answered at
 *   once with the cached response. A failed attempt lost its request with probability
 *   r = p / (1 - q), so P(no earlier copy arrived | K = k) = r^(k - 1) and
 *   E[added | completed] = sum_k P(K = k) ((k - 1) T3 - D (1 - r^(k - 1))) / P_c.
 * - Retransmissions on Sv: an exchange of N3 + 1 attempts at most has
 *   S = sum_{j=1..N3} (1 - q)^j of them on average. Every handover has two Sv exchanges that
 *   are retransmitted: the PS to CS Request, then the Complete Notification (completed) or the
 *   Cancel Notification the MME_SRVCC sends when its SvResponseTimeout fires (failed). When
 *   the failed handover's MSC server holds a context (some request copy arrived: 1 - r^(N3+1))
 *   and no copy of the Cancel Notification arrives (p^(N3 + 1)), its UeArrivalTimeout sends a
 *   Complete Notification with a post-failure cause: a third exchange. So
 *   E[retransmissions per handover] = 2 S + (1 - P_c) p^(N3 + 1) (1 - r^(N3 + 1)) S.
 */
struct RetransmissionForms
{
    double completedRatio{0};
    double addedPreparationMs{0};
    double retransmissionsPerHandover{0};
};

RetransmissionForms
RetransmissionClosedForms(double p, double t3Ms, uint32_t n3, double dMs)
{
    const double q = (1 - p) * (1 - p);
    const double fail = 1 - q;
    const double r = fail > 0 ? p / fail : 0;
    RetransmissionForms f;
    f.completedRatio = 1 - std::pow(fail, n3 + 1);
    double added = 0;
    for (uint32_t k = 1; k <= n3 + 1; ++k)
    {
        const double pk = std::pow(fail, k - 1) * q;
        added += pk * ((k - 1) * t3Ms - dMs * (1 - std::pow(r, k - 1)));
    }
    f.addedPreparationMs = f.completedRatio > 0 ? added / f.completedRatio : 0;
    double exchange = 0;
    for (uint32_t j = 1; j <= n3; ++j)
    {
        exchange += std::pow(fail, j);
    }
    f.retransmissionsPerHandover
        = 2 * exchange
          + (1 - f.completedRatio) * std::pow(p, n3 + 1) * (1 - std::pow(r, n3 + 1)) * exchange;
    return f;
}

void
RetransmissionStudy(const SrvccValidationOptions& o, SrvccValidationResult& result,
                    std::vector<Point>& points)
{
    const std::vector<double> losses
        = o.quick ? std::vector<double>{0.1} : std::vector<double>{0.01, 0.05, 0.1, 0.2};
    const uint32_t ues = o.quick ? 1000 : 2000;
    const uint32_t replications = o.quick ? 5 : 10;
    // Runs numbered apart from the queueing study's, so that "all" draws independent streams.
    uint32_t run = 1001;
    // The latency without loss: every handover the same (no queue, no shared link time).
    Point baseline;
    baseline.model = "no loss";
    baseline.name = "retransmission-baseline";
    baseline.scenario = RetransmissionScenario(baseline.name, 0, ues, run++);
    RunPoint(
        baseline, 1, o.outputDir + "/runs",
        [](const SrvccRunSummary& s)
        {
            std::map<std::string, double> m;
            m["preparation_ms"] = s.preparation.mean;
            m["spread_ms"] = s.preparation.max - s.preparation.p50;
            m["completed"] = static_cast<double>(s.completed);
            m["attempted"] = static_cast<double>(s.attempted);
            return m;
        },
        result.runs, o.log);
    const std::map<std::string, double>& b = baseline.runs.at(0);
    if (b.at("completed") != b.at("attempted") || b.at("spread_ms") != 0)
    {
        throw srvcc::ProgramError("--validate=retransmission: the run without loss should "
                                  "complete every handover in the same time, but completed "
                                  + Num(b.at("completed")) + " of " + Num(b.at("attempted"))
                                  + " with a spread of " + Num(b.at("spread_ms")) + " ms");
    }
    const double baselineMs = b.at("preparation_ms");
    const double dMs = 2 * kIuDelayMs;
    for (double p : losses)
    {
        Point point;
        point.model = "T3/N3";
        point.x = p;
        point.name = "retransmission-p" + Num(p);
        point.scenario = RetransmissionScenario(point.name, p, ues, run);
        run += replications;
        RunPoint(
            point, replications, o.outputDir + "/runs",
            [baselineMs](const SrvccRunSummary& s)
            {
                return MeasureRetransmission(s, baselineMs);
            },
            result.runs, o.log);
        const RetransmissionForms f = RetransmissionClosedForms(p, kT3Ms, kN3, dMs);
        result.checks.push_back(CheckProportion("retransmission", point, "completed_ratio",
                                                "completed", "attempted", f.completedRatio));
        result.checks.push_back(
            Check("retransmission", point, "added_preparation_ms", f.addedPreparationMs));
        result.checks.push_back(Check("retransmission", point, "retransmissions_sv_per_handover",
                                      f.retransmissionsPerHandover));
        points.push_back(std::move(point));
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
           const std::vector<Point>& retransmission, SrvccValidationResult& result)
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
    if (!retransmission.empty())
    {
        // The pooled completion ratio with its Clopper-Pearson interval, as the check has it.
        std::string data = "# p completed_ratio low high\n";
        for (const SrvccValidationCheck& c : result.checks)
        {
            if (c.study == "retransmission" && c.quantity == "completed_ratio")
            {
                data += Num(c.x) + " " + Num(c.simulated.mean) + " " + Num(c.simulated.low) + " "
                        + Num(c.simulated.high) + "\n";
            }
        }
        const std::string completion = dir + "/retransmission-completion.dat";
        srvcc::WriteOutputFile(completion, data);
        files.push_back(completion);
        WriteData(dir, retransmission, {"added_preparation_ms", "retransmissions_sv_per_handover"},
                  files);
        // The closed forms of RetransmissionClosedForms, in gnuplot.
        const std::string constants = "T3 = " + Num(kT3Ms) + "\nN3 = " + std::to_string(kN3)
                                      + "\nD = " + Num(2 * kIuDelayMs)
                                      + "\nq(p) = (1 - p)**2\nf(p) = 1 - q(p)\n"
                                        "r(p) = p / f(p)\npc(p) = 1 - f(p)**(N3 + 1)\n";
        const std::string title = ", T3 = " + Num(kT3Ms) + " ms, N3 = " + std::to_string(kN3)
                                  + ": simulation (95% CI) and closed form'\n";
        script += Figure("retransmission-completion",
                         "set title 'Handovers completed" + title + constants
                             + "set xlabel 'Loss probability p on Sv (each direction)'\n"
                               "set ylabel 'Completed ratio'\nset xrange [0:0.25]\n"
                               "set yrange [0.9:1.002]\nset key bottom left\nset samples 200\n"
                               "plot pc(x) with lines lw 2 title '1 - (1 - (1-p)^2)^(N3+1)', "
                               "(1 - x)**2 with lines dt 2 title 'without retransmission: "
                               "(1-p)^2', "
                               "'retransmission-completion.dat' using 1:2:3:4 with yerrorbars "
                               "pt 7 title 'simulated (pooled, Clopper-Pearson)'",
                         result.images, dir);
        script += Figure("retransmission-latency",
                         "set title 'Added preparation latency" + title + constants
                             + "a(p) = sum [k=1:N3+1] f(p)**(k-1) * q(p) * ((k-1) * T3 - D * (1 "
                               "- r(p)**(k-1))) / pc(p)\n"
                               "set xlabel 'Loss probability p on Sv (each direction)'\n"
                               "set ylabel 'Mean added preparation latency (ms)'\n"
                               "set xrange [0:0.25]\nset yrange [0:*]\nset samples 200\n"
                               "plot a(x) with lines lw 2 title 'T3 E[K-1 | completed] - D "
                               "P(cached answer)', "
                               "'t3n3.dat' using 1:2:3:4 with yerrorbars pt 7 title 'simulated'",
                         result.images, dir);
        script += Figure("retransmission-count",
                         "set title 'Sv retransmissions per handover" + title + constants
                             + "s(p) = sum [j=1:N3] f(p)**j\n"
                               "n(p) = 2 * s(p) + (1 - pc(p)) * p**(N3 + 1) * (1 - r(p)**(N3 + "
                               "1)) * s(p)\n"
                               "set xlabel 'Loss probability p on Sv (each direction)'\n"
                               "set ylabel 'Retransmissions per handover'\n"
                               "set xrange [0:0.25]\nset yrange [0:*]\nset samples 200\n"
                               "plot n(x) with lines lw 2 title '2 S + (1 - Pc) p^(N3+1) (1 - "
                               "r^(N3+1)) S', "
                               "'t3n3.dat' using 1:5:6:7 with yerrorbars pt 7 title 'simulated'",
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
    const bool all = options.study == "all";
    if (options.study != "queueing" && options.study != "retransmission" && !all)
    {
        throw ScenarioError("--validate: found \"" + options.study
                            + "\", expected queueing, retransmission or all");
    }
    SrvccValidationResult result;
    std::vector<Point> queueing;
    std::vector<Point> retransmission;
    if (all || options.study == "queueing")
    {
        QueueingStudy(options, result, queueing);
    }
    if (all || options.study == "retransmission")
    {
        RetransmissionStudy(options, result, retransmission);
    }
    Judge(result.checks);
    result.csv = options.outputDir + "/validation.csv";
    WriteCsv(result.csv, result.checks);
    WritePlots(options, queueing, retransmission, result);
    return result;
}

} // namespace ns3
