/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-handover-test-util.h"

#include "ns3/simulator.h"

namespace ns3
{
namespace handovertest
{

void
RunHandovers(srvcc::SrvccProfile profile, uint32_t numUes, const Configure& configure,
             const Inspect& inspect, Time duration, const Configure& afterInstall)
{
    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    helper->SetKeyStrategy(SrvccKeyStrategy(profile));
    if (configure)
    {
        configure(*helper);
    }
    helper->Install(1, numUes);
    helper->AssignStreams(0);
    SrvccStatsCollector stats;
    stats.Connect(*helper);
    if (afterInstall)
    {
        afterInstall(*helper);
    }
    for (uint32_t ue = 0; ue < numUes; ++ue)
    {
        helper->ScheduleHandover(ue, Seconds(1) + MilliSeconds(10) * ue);
    }
    Simulator::Stop(duration);
    Simulator::Run();
    inspect(*helper, stats);
    Simulator::Destroy();
}

uint32_t
CountResults(const SrvccStatsCollector& stats, SrvccHandoverRecord::Result result)
{
    uint32_t n = 0;
    for (const SrvccHandoverRecord& r : stats.GetRecords())
    {
        n += r.result == result ? 1 : 0;
    }
    return n;
}

} // namespace handovertest
} // namespace ns3
