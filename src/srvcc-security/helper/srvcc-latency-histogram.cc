/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-latency-histogram.h"

#include <algorithm>
#include <cmath>

namespace ns3
{

namespace
{

/** Values below 2^kLinearBits have a bucket each. */
constexpr unsigned kLinearBits = 8;
/** Buckets per power of two above: 2^(kLinearBits - 1). */
constexpr unsigned kSubBits = kLinearBits - 1;
constexpr uint64_t kLinear = uint64_t{1} << kLinearBits;
constexpr uint64_t kSub = uint64_t{1} << kSubBits;

unsigned
BitWidth(uint64_t v)
{
    unsigned w = 0;
    while (v != 0)
    {
        ++w;
        v >>= 1;
    }
    return w;
}

} // namespace

std::size_t
SrvccLatencyHistogram::BucketOf(int64_t ns)
{
    const uint64_t v = ns < 0 ? 0 : static_cast<uint64_t>(ns);
    if (v < kLinear)
    {
        return static_cast<std::size_t>(v);
    }
    // v has w bits, w > kLinearBits: its top kLinearBits bits (kSub..2*kSub-1) pick one of
    // kSub buckets of width 2^shift.
    const unsigned shift = BitWidth(v) - kLinearBits;
    const uint64_t top = v >> shift;
    return static_cast<std::size_t>(kLinear + (shift - 1) * kSub + (top - kSub));
}

int64_t
SrvccLatencyHistogram::BucketHigh(std::size_t bucket)
{
    if (bucket < kLinear)
    {
        return static_cast<int64_t>(bucket);
    }
    const uint64_t rest = bucket - kLinear;
    const unsigned shift = static_cast<unsigned>(rest / kSub) + 1;
    const uint64_t top = kSub + rest % kSub;
    return static_cast<int64_t>(((top + 1) << shift) - 1);
}

void
SrvccLatencyHistogram::Add(int64_t ns)
{
    ns = std::max<int64_t>(ns, 0);
    const std::size_t b = BucketOf(ns);
    if (b >= m_buckets.size())
    {
        m_buckets.resize(b + 1, 0);
    }
    ++m_buckets[b];
    ++m_count;
    m_sum += static_cast<long double>(ns);
    m_max = std::max(m_max, ns);
}

double
SrvccLatencyHistogram::GetMean() const
{
    return m_count == 0 ? 0.0 : static_cast<double>(m_sum / static_cast<long double>(m_count));
}

int64_t
SrvccLatencyHistogram::GetPercentile(double p) const
{
    if (m_count == 0)
    {
        return 0;
    }
    // Nearest rank, as SrvccLatencyStats: the k-th smallest value, k = ceil(p/100 * n) >= 1.
    const auto n = static_cast<double>(m_count);
    const auto k = static_cast<uint64_t>(std::max(1.0, std::ceil(p / 100.0 * n)));
    uint64_t seen = 0;
    for (std::size_t b = 0; b < m_buckets.size(); ++b)
    {
        seen += m_buckets[b];
        if (seen >= k)
        {
            return std::min(BucketHigh(b), m_max);
        }
    }
    return m_max;
}

} // namespace ns3
