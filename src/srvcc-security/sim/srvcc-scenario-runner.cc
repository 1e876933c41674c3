/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-scenario-runner.h"

#include "ns3/boolean.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-stats-collector.h"
#include "srvcc-sim/srvcc-narrator.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-program-error.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <numeric>

namespace ns3
{

void
ConfigureHelper(SrvccHelper& helper, const SrvccScenario& s)
{
    // The node options the file gave, and only those: a field it leaves out keeps the
    // Attribute's default or the Config::SetDefault / --ns3::... override in force.
    ApplySrvccScenarioSettings(helper, s.settings);
    // Registration, emergency and the serving network's authentication policy.
    helper.SetRegistration(s.registration);
    for (const auto& [ue, ueProfile] : s.ueProfiles)
    {
        helper.SetUeProfile(ue, ueProfile);
    }
}

void
ResizeScenario(SrvccScenario& scenario, uint64_t numUesAsked)
{
    if (numUesAsked == 0 || numUesAsked > kSrvccMaxUes)
    {
        throw ScenarioError("--numUes: found " + std::to_string(numUesAsked) + ", expected 1 to "
                            + std::to_string(kSrvccMaxUes) + " UEs");
    }
    const auto numUes = static_cast<uint32_t>(numUesAsked);
    const Time start = scenario.handovers.empty() ? Seconds(1) : scenario.handovers[0].at;
    const Time spacing = scenario.handovers.size() >= 2
                             ? scenario.handovers[1].at - scenario.handovers[0].at
                             : Time(0);
    uint32_t gnbs = std::min(scenario.gnbs, numUes);
    while (numUes % gnbs != 0)
    {
        --gnbs;
    }
    if (numUes / gnbs > kSrvccMaxUesPerGnb)
    {
        throw ScenarioError("--numUes: " + std::to_string(numUes) + " UEs on "
                            + std::to_string(gnbs) + " gNB(s) would put "
                            + std::to_string(numUes / gnbs) + " UEs in one cell, expected at most "
                            + std::to_string(kSrvccMaxUesPerGnb)
                            + ": give a multiple of the scenario's gNB count ("
                            + std::to_string(scenario.gnbs) + ")");
    }
    scenario.gnbs = gnbs;
    scenario.uesPerGnb = numUes / gnbs;
    scenario.arrivals.ues.resize(numUes);
    std::iota(scenario.arrivals.ues.begin(), scenario.arrivals.ues.end(), 0u);
    scenario.handovers.clear();
    if (scenario.arrivals.kind == SrvccArrivalKind::kFixed)
    {
        scenario.handovers = SrvccFixedHandovers(scenario.arrivals.ues, start, spacing);
    }
    auto& lost = scenario.uesNeverArriving;
    lost.erase(std::remove_if(lost.begin(), lost.end(),
                              [numUes](uint32_t u)
                              {
                                  return u >= numUes;
                              }),
               lost.end());
    for (auto it = scenario.ueProfiles.begin(); it != scenario.ueProfiles.end();)
    {
        it = it->first >= numUes ? scenario.ueProfiles.erase(it) : std::next(it);
    }
    auto& returns = scenario.returnsTo5g;
    returns.erase(std::remove_if(returns.begin(), returns.end(),
                                 [numUes](const SrvccUeEvent& e)
                                 {
                                     return e.ue >= numUes;
                                 }),
                  returns.end());
    auto& cancels = scenario.cancels;
    cancels.erase(std::remove_if(cancels.begin(), cancels.end(),
                                 [numUes](const SrvccUeEvent& e)
                                 {
                                     return e.ue >= numUes;
                                 }),
                  cancels.end());
}

/** faults.node_down, faults.inject and faults.fuzz onto the installed topology. */
static void
ScheduleFaults(const SrvccScenario& scenario, SrvccFaultHelper& faults)
{
    const std::string origin = scenario.file.empty() ? scenario.name : scenario.file;
    auto fail = [&origin](const std::string& path, const std::exception& e)
    {
        throw ScenarioError(origin + ": " + path + ": " + e.what());
    };
    for (std::size_t i = 0; i < scenario.nodeDowns.size(); ++i)
    {
        const SrvccNodeDownEvent& d = scenario.nodeDowns[i];
        try
        {
            faults.ScheduleNodeDown(d.node, d.at, d.upAt);
        }
        catch (const std::invalid_argument& e)
        {
            fail("faults.node_down[" + std::to_string(i) + "]", e);
        }
    }
    for (std::size_t i = 0; i < scenario.injections.size(); ++i)
    {
        const SrvccInjectEvent& j = scenario.injections[i];
        try
        {
            faults.ScheduleInjection(j.iface, j.from, j.to, j.payload, j.at);
        }
        catch (const std::invalid_argument& e)
        {
            fail("faults.inject[" + std::to_string(i) + "]", e);
        }
    }
    for (const SrvccFuzzConfig& f : scenario.fuzz)
    {
        try
        {
            faults.EnableFuzzing(f.iface, f.seed, f.messages);
        }
        catch (const std::invalid_argument& e)
        {
            fail("faults.fuzz", e);
        }
    }
}

SrvccRunSummary
RunScenario(const SrvccScenario& scenario, uint32_t replication, const SrvccRunOptions& options,
            const std::string& directory)
{
    const auto wallStart = std::chrono::steady_clock::now();
    RngSeedManager::SetSeed(scenario.seed);
    RngSeedManager::SetRun(scenario.run + replication);
    // Everything is written into a hidden directory that becomes `directory` only when the
    // last file is complete: a failed run leaves nothing, a killed one nothing that looks
    // like a result.
    srvcc::OutputDirectory output(directory);
    const std::string& dir = output.Path();

    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    ConfigureHelper(*helper, scenario);
    if (options.revealKeys)
    {
        // keys.csv shows the AMF's KASME_SRVCC, which the AMF otherwise does not keep.
        helper->SetNodeAttribute(SrvccRole::kAmf, "KeepDerivedKeys", BooleanValue(true));
    }
    helper->Install(scenario.gnbs, scenario.uesPerGnb);
    // Fixed streams from 0: RngSeed and RngRun alone decide the subscription data, FRESH,
    // NAS nonces and losses, whatever else the process created before.
    const int64_t streams = helper->AssignStreams(0);
    for (uint32_t ue : scenario.uesNeverArriving)
    {
        helper->GetUe(ue)->SetAttribute("NeverArrive", BooleanValue(true));
    }
    SrvccStatsCollector stats;
    stats.Connect(*helper);
    std::unique_ptr<SrvccNarrator> narrator;
    if (options.narrate && replication == 0)
    {
        narrator = std::make_unique<SrvccNarrator>(SrvccNarrator::ChooseUe(scenario),
                                                   options.revealKeys, &std::cout);
        narrator->Connect(*helper);
    }

    const bool pcap = options.pcap.value_or(
        scenario.pcap.value_or(helper->GetNumUes() <= options.autoPcapMaxUes));
    if (pcap)
    {
        // <directory>/pcap/<iface>.pcap, one file per interface (doc/outputs.md).
        try
        {
            for (SrvccInterface iface : AllSrvccInterfaces())
            {
                helper->EnablePcap(dir + "/pcap/" + ToString(iface) + ".pcap", iface, true);
            }
        }
        catch (const std::runtime_error& e)
        {
            throw ScenarioError(e.what());
        }
    }
    // A Poisson or burst process is drawn here, per replication, from the streams after the
    // helper's: the run number alone decides the arrival pattern.
    std::vector<SrvccUeEvent> drawn;
    if (scenario.arrivals.kind != SrvccArrivalKind::kFixed)
    {
        drawn = DrawHandovers(scenario.arrivals, scenario.duration, streams);
    }
    for (const SrvccUeEvent& h : drawn.empty() ? scenario.handovers : drawn)
    {
        helper->ScheduleHandover(h.ue, h.at);
    }
    for (const SrvccUeEvent& c : scenario.cancels)
    {
        helper->ScheduleCancel(c.ue, c.at);
    }
    for (const SrvccUeEvent& r : scenario.returnsTo5g)
    {
        helper->ScheduleReturnTo5g(r.ue, r.at);
    }
    SrvccFaultHelper faults(helper);
    ScheduleFaults(scenario, faults);

    Simulator::Stop(scenario.duration);
    Simulator::Run();

    SrvccRunSummary summary = Summarize(stats, *helper);
    SummarizeFaults(stats, faults, summary);
    summary.scenario = scenario.name;
    summary.rngSeed = scenario.seed;
    summary.rngRun = scenario.run + replication;
    try
    {
        if (narrator)
        {
            narrator->Finish(*helper);
            narrator->TellFaults(summary);
            narrator->WriteFiles(dir);
        }
        if (options.revealKeys)
        {
            WriteKeysCsv(dir + "/keys.csv", *helper);
        }
        WriteHandoversCsv(dir + "/handovers.csv", stats.GetRecords());
        if (helper->GetRegistration().enabled)
        {
            WriteRegistrationsCsv(dir + "/registrations.csv", *helper);
        }
    }
    catch (...)
    {
        Simulator::Destroy(); // the next run in this process starts from a clean simulator
        throw;
    }
    Simulator::Destroy();
    summary.wallTimeS
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    summary.peakRssMib = PeakRssMib();
    // Last, so that a run directory with a summary.json is a complete one.
    WriteSummaryJson(dir + "/summary.json", summary);
    output.Commit();
    return summary;
}

} // namespace ns3
