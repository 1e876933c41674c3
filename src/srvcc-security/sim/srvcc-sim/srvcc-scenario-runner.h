/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Runs a scenario: configures SrvccHelper from it, runs the simulation, and writes the
 * results into an output directory. srvcc-sim is a thin front end to this.
 */
#ifndef SRVCC_SCENARIO_RUNNER_H
#define SRVCC_SCENARIO_RUNNER_H

#include "srvcc-sim/srvcc-run-summary.h"
#include "srvcc-sim/srvcc-scenario.h"

#include <optional>
#include <string>

namespace ns3
{

struct SrvccRunOptions
{
    std::string outputDir{"results"};
    bool revealKeys{false};       ///< write keys.csv (teaching)
    std::optional<bool> pcap;     ///< overrides the scenario's pcap setting
    uint32_t autoPcapMaxUes{100}; ///< "auto" pcap: on up to this many UEs
    /** Narrate one UE's handover (replication 0 only): stdout, narration.txt, sequence.svg */
    bool narrate{false};
};

/**
 * Change the number of UEs of \p scenario to \p numUes (srvcc-sim --numUes): the gNB count
 * becomes the largest divisor of \p numUes not above the scenario's, every UE hands over from
 * the scenario's first handover time with its spacing, and faults naming UEs that no longer
 * exist are dropped.
 * \throws ScenarioError naming --numUes when \p numUes is 0, above kSrvccMaxUes, or would put
 *         more than kSrvccMaxUesPerGnb UEs in one cell
 */
void ResizeScenario(SrvccScenario& scenario, uint64_t numUes);

/**
 * Configure \p helper from \p scenario (before Install): the node options the file gave
 * (scenario.settings, each through its Attribute; nothing for a field the file leaves out, so
 * the Attribute's default or a Config::SetDefault / --ns3::... override stays), registration
 * and the UE profiles.
 */
void ConfigureHelper(SrvccHelper& helper, const SrvccScenario& scenario);

/**
 * Run replication \p replication (0-based; ns-3 RngRun = scenario.run + replication) of
 * \p scenario, writing summary.json, handovers.csv, pcap/ and (if asked) keys.csv into
 * \p directory.
 * \throws ScenarioError when the scenario cannot be applied (e.g. an unknown profile)
 * \throws srvcc::OutputError when the directory cannot be created or an output file cannot be
 *         written (each file is written whole or not at all; summary.json is written last)
 */
SrvccRunSummary RunScenario(const SrvccScenario& scenario, uint32_t replication,
                            const SrvccRunOptions& options, const std::string& directory);

} // namespace ns3

#endif // SRVCC_SCENARIO_RUNNER_H
