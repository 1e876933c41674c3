/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Many UEs handing over: gNBs x UEs per gNB, one SRVCC handover every --spacingMs, and the
 * signalling latency distribution and key-check totals at the end.
 *
 *   srvcc-many-ues [--gnbs=10] [--uesPerGnb=100] [--spacingMs=1] [--profile=ts33501]
 */
#include "ns3/command-line.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-run-summary.h"
#include "ns3/srvcc-stats-collector.h"

#include <iostream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    uint32_t gnbs = 10;
    uint32_t uesPerGnb = 100;
    double spacingMs = 1.0;
    std::string profile = "ts33501";
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

    SrvccHelper helper;
    try
    {
        helper.SetKeyStrategy(SrvccKeyStrategy(srvcc::ParseSrvccProfile(profile)));
    }
    catch (const srvcc::CryptoError& e)
    {
        std::cerr << "srvcc-many-ues: --" << e.what() << "\n";
        return 2;
    }
    helper.Install(gnbs, uesPerGnb);
    SrvccStatsCollector stats;
    stats.Connect(helper);
    const Time spacing = MicroSeconds(static_cast<int64_t>(spacingMs * 1000));
    for (uint32_t ue = 0; ue < helper.GetNumUes(); ++ue)
    {
        helper.ScheduleHandover(ue, Seconds(1) + spacing * static_cast<int64_t>(ue));
    }
    Simulator::Stop(Seconds(1) + spacing * static_cast<int64_t>(helper.GetNumUes()) + Seconds(10));
    Simulator::Run();

    const SrvccRunSummary s = Summarize(stats, helper);
    std::cout << s.completed << "/" << s.attempted << " handovers completed (" << s.profile
              << "), key checks " << s.keyChecksPassed << " passed / " << s.keyChecksFailed
              << " failed, KAMF exposures " << s.kamfExposures << "\n"
              << "preparation ms: mean " << s.preparation.mean << " p50 " << s.preparation.p50
              << " p95 " << s.preparation.p95 << " p99 " << s.preparation.p99 << " max "
              << s.preparation.max << "\n"
              << "interruption ms: mean " << s.interruption.mean << " p50 " << s.interruption.p50
              << " p95 " << s.interruption.p95 << " p99 " << s.interruption.p99 << " max "
              << s.interruption.max << "\n"
              << "peak memory " << s.peakRssMib << " MiB\n";
    Simulator::Destroy();
    return 0;
}
