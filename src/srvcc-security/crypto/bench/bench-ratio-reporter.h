/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * A console reporter that also remembers each benchmark's rate, so that one run can print
 * how one benchmark compares with another.
 */
#ifndef SRVCC_BENCH_RATIO_REPORTER_H
#define SRVCC_BENCH_RATIO_REPORTER_H

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

namespace srvcc
{
namespace bench
{

class RatioReporter : public benchmark::ConsoleReporter
{
  public:
    void
    ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs)
        {
            // With --benchmark_repetitions the median stands for the benchmark; a single run
            // stands for itself.
            const auto items = run.counters.find("items_per_second");
            const bool useful = run.aggregate_name.empty() || run.aggregate_name == "median";
            if (items != run.counters.end() && useful)
            {
                m_rate[run.run_name.str()] = items->second.value;
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }

    /** Print rate(numerator) / rate(denominator) with a label, when both ran. */
    void
    PrintRatio(const std::string& numerator, const std::string& denominator,
               const std::string& label) const
    {
        const auto n = m_rate.find(numerator);
        const auto d = m_rate.find(denominator);
        if (n == m_rate.end() || d == m_rate.end() || d->second <= 0)
        {
            return;
        }
        std::printf("%s: %.0f/s vs %.0f/s, ratio %.3f\n", label.c_str(), n->second, d->second,
                    n->second / d->second);
    }

  private:
    std::map<std::string, double> m_rate;
};

} // namespace bench
} // namespace srvcc

#endif // SRVCC_BENCH_RATIO_REPORTER_H
