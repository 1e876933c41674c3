/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * A latency distribution in constant memory: count, mean and maximum exact, percentiles from a
 * log-linear histogram (the HdrHistogram layout) with a relative error below 1/128.
 */
#ifndef SRVCC_LATENCY_HISTOGRAM_H
#define SRVCC_LATENCY_HISTOGRAM_H

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * Values in nanoseconds, >= 0. Values below 256 ns have a bucket each; above, every power of
 * two is split into 128 equal buckets, so a bucket is at most 1/128 of its lower bound wide.
 * Memory grows with the largest value seen (about 3,000 buckets, 24 KiB, for values up to one
 * second), never with the number of values: a run with 10^6 handovers keeps one histogram per role
 * and message type, not 10^6 samples.
 */
class SrvccLatencyHistogram
{
  public:
    /** Add one value (negative values count as 0). */
    void Add(int64_t ns);

    uint64_t
    GetCount() const
    {
        return m_count;
    }

    /** Mean in nanoseconds (exact: a sum of the values, not of buckets); 0 when empty. */
    double GetMean() const;

    /** Largest value (exact); 0 when empty. */
    int64_t
    GetMax() const
    {
        return m_max;
    }

    /**
     * Nearest-rank percentile \p p (0 < p <= 100): the highest value of the bucket that holds
     * the smallest value with at least p % of the values at or below it, clamped to the
     * maximum, so it is never below the exact nearest-rank value and above it by less than
     * 1/128 of it. 0 when empty.
     */
    int64_t GetPercentile(double p) const;

    /** The bucket of \p ns, and the highest value that bucket holds (for the tests). */
    static std::size_t BucketOf(int64_t ns);
    static int64_t BucketHigh(std::size_t bucket);

  private:
    std::vector<uint64_t> m_buckets; ///< counts, grown to the largest bucket used
    uint64_t m_count{0};
    long double m_sum{0}; ///< ns; long double: 10^6 values of 10^12 ns add up exactly enough
    int64_t m_max{0};
};

} // namespace ns3

#endif // SRVCC_LATENCY_HISTOGRAM_H
