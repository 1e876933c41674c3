/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Many UEs handing over: gNBs x UEs per gNB, one SRVCC handover every --spacingMs, and the
 * signalling latency distribution and key-check totals at the end.
 *
 *   srvcc-many-ues [--gnbs=10] [--uesPerGnb=100] [--spacingMs=1] [--profile=ts33501]
 *                  [--ns3::SrvccHelper::<Name>=..] [--ns3::Srvcc<Role>Application::<Name>=..]
 */
#include "ns3/command-line.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-stats-collector.h"
#include "ns3/string.h"

#include <iostream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    uint32_t gnbs = 10;
    uint32_t uesPerGnb = 100;
    double spacingMs = 1.0;
    std::string profile; // short for --ns3::SrvccHelper::Profile
    CommandLine cmd(__FILE__);
    cmd.AddValue("gnbs", "Number of gNBs (each with its target RNC)", gnbs);
    cmd.AddValue("uesPerGnb", "UEs per gNB", uesPerGnb);
    cmd.AddValue("spacingMs", "Time between two handovers, in ms", spacingMs);
    cmd.AddValue("profile", "ts33501, sol1.1, sol1.1-concat or sol1.2", profile);
    cmd.Parse(argc, argv);
    if (gnbs == 0 || uesPerGnb == 0 || spacingMs < 0)
    {
        std::cerr
            << "srvcc-many-ues: --gnbs and --uesPerGnb must be at least 1, --spacingMs >= 0\n";
        return 2;
    }

    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    if (!profile.empty() && !helper->SetAttributeFailSafe("Profile", StringValue(profile)))
    {
        std::cerr << "srvcc-many-ues: --profile: found \"" << profile
                  << "\", expected ts33501, sol1.1, sol1.1-concat or sol1.2\n";
        return 2;
    }
    helper->Install(gnbs, uesPerGnb);
    helper->AssignStreams(0); // RngSeed / RngRun alone decide the random values
    SrvccStatsCollector stats;
    stats.Connect(*helper);
    const Time spacing = MicroSeconds(static_cast<int64_t>(spacingMs * 1000));
    for (uint32_t ue = 0; ue < helper->GetNumUes(); ++ue)
    {
        helper->ScheduleHandover(ue, Seconds(1) + spacing * static_cast<int64_t>(ue));
    }
    Simulator::Stop(Seconds(1) + spacing * static_cast<int64_t>(helper->GetNumUes()) + Seconds(10));
    Simulator::Run();

    // Handovers still pending when the simulation ends count as attempted, not completed.
    const uint64_t attempted = stats.GetRecords().size();
    const uint64_t completed = stats.CountRecords(SrvccHandoverRecord::Result::kCompleted);
    const SrvccLatencyStats preparation = stats.GetPreparationLatency();
    const SrvccLatencyStats interruption = stats.GetInterruptionLatency();
    std::cout << completed << "/" << attempted << " handovers completed ("
              << srvcc::ToString(helper->GetKeyStrategy().GetProfile()) << "), key checks "
              << stats.GetKeyChecksPassed() << " passed / " << stats.GetKeyChecksFailed()
              << " failed, KAMF exposures " << stats.GetKamfScanner().GetExposures() << "\n"
              << "preparation ms: mean " << preparation.mean << " p50 " << preparation.p50
              << " p95 " << preparation.p95 << " p99 " << preparation.p99 << " max "
              << preparation.max << "\n"
              << "interruption ms: mean " << interruption.mean << " p50 " << interruption.p50
              << " p95 " << interruption.p95 << " p99 " << interruption.p99 << " max "
              << interruption.max << "\n";
    Simulator::Destroy();
    return 0;
}
