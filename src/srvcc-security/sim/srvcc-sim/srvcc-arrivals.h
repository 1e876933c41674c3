/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * When the UEs of a scenario start their handovers: a fixed spacing (the handover list the
 * parser expands), a Poisson process, or bursts (a train leaving coverage: k UEs within t ms).
 */
#ifndef SRVCC_ARRIVALS_H
#define SRVCC_ARRIVALS_H

#include "ns3/nstime.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/** One scheduled event for one UE. */
struct SrvccUeEvent
{
    uint32_t ue{0};
    Time at;
};

/** handovers.process */
enum class SrvccArrivalKind
{
    kFixed,   ///< UE i of the list at start_s + i x spacing_ms (expanded when the file is read)
    kPoisson, ///< exponential gaps of mean 1 / rate_per_s, from start_s
    kBurst,   ///< bursts of burst_size UEs, each uniform within burst_window_ms of its burst
};

/** The handovers object of a scenario file, for the random processes drawn at run time. */
struct SrvccArrivalProcess
{
    SrvccArrivalKind kind{SrvccArrivalKind::kFixed};
    std::vector<uint32_t> ues; ///< the UEs, in the order they hand over
    Time start{Seconds(1)};
    /** kBurst without rate_per_s: between the starts of two bursts. */
    Time spacing{0};
    /** kPoisson: handovers per second; kBurst: bursts per second (Poisson), 0: spacing. */
    double ratePerS{0};
    uint32_t burstSize{1};
    Time burstWindow{0};
};

/** UE ues[i] at start + i x spacing, in list order (the fixed process). */
std::vector<SrvccUeEvent> SrvccFixedHandovers(const std::vector<uint32_t>& ues, Time start,
                                              Time spacing);

/**
 * The handovers of a random process, drawn from two streams of the ns-3 RNG: \p stream for
 * the gaps (exponential), \p stream + 1 for the positions within a burst (uniform), so a run
 * number gives one arrival pattern and replications independent ones. Handovers drawn at or
 * after \p duration are left out (the process has no last arrival of its own).
 * \return the events in time order
 */
std::vector<SrvccUeEvent> DrawHandovers(const SrvccArrivalProcess& process, Time duration,
                                        int64_t stream);

/** The streams DrawHandovers uses. */
constexpr int64_t kSrvccArrivalStreams = 2;

} // namespace ns3

#endif // SRVCC_ARRIVALS_H
