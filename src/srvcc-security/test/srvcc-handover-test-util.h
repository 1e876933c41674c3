/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared set-up of the end-to-end handover test suites: build a topology with SrvccHelper,
 * run it, and look at every node before the simulator is destroyed.
 */
#ifndef SRVCC_HANDOVER_TEST_UTIL_H
#define SRVCC_HANDOVER_TEST_UTIL_H

#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-stats-collector.h"

#include <functional>

namespace ns3
{
namespace handovertest
{

/** What a test may change before Install. */
using Configure = std::function<void(SrvccHelper&)>;
/** What a test checks after the run, before Simulator::Destroy. */
using Inspect = std::function<void(SrvccHelper&, SrvccStatsCollector&)>;

/**
 * One gNB with \p numUes UEs, every UE handing over at 1 s + 10 ms x index, \p duration of
 * simulated time.
 */
void RunHandovers(srvcc::SrvccProfile profile, uint32_t numUes, const Configure& configure,
                  const Inspect& inspect, Time duration = Seconds(10),
                  const Configure& afterInstall = nullptr);

/** Count the records of \p stats with the given result. */
uint32_t CountResults(const SrvccStatsCollector& stats, SrvccHandoverRecord::Result result);

} // namespace handovertest
} // namespace ns3

#endif // SRVCC_HANDOVER_TEST_UTIL_H
