/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * A 5G-SRVCC scenario: everything a run needs, as read from a scenario file
 * (a JSON file in scenarios/; the fields are documented in doc/scenario-format.md).
 */
#ifndef SRVCC_SCENARIO_H
#define SRVCC_SCENARIO_H

#include "ns3/srvcc-fault-helper.h"
#include "ns3/srvcc-helper.h"
#include "srvcc-sim/srvcc-arrivals.h"
#include "srvcc-sim/srvcc-program-error.h"
#include "srvcc-sim/srvcc-scenario-attributes.h"

#include <boost/json/value.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * A scenario file (or a srvcc-sim option that changes the scenario) that cannot be used. The
 * message names the file, the field path (e.g. "links.sv.delay_ms") or the option, what was
 * found and what was expected. One of the program layer's srvcc::ProgramError: srvcc-sim
 * prints it on one line and exits with status 2.
 */
class ScenarioError : public srvcc::ProgramError
{
  public:
    using srvcc::ProgramError::ProgramError;
};

/**
 * Limits of a scenario, also of srvcc-sim --numUes: far above any run this module is meant for,
 * low enough that a typo (an extra zero or three) is an error instead of hours of set-up or an
 * exhausted memory.
 */
constexpr uint64_t kSrvccMaxGnbs = 1000;
constexpr uint64_t kSrvccMaxUesPerGnb = 100000;
constexpr uint64_t kSrvccMaxUes = 1000000;

/** faults.node_down: a node fails at \c at and, when \c upAt is set, restarts then. */
struct SrvccNodeDownEvent
{
    SrvccNodeRef node;
    Time at;
    std::optional<Time> upAt;
};

/** faults.inject: octets put on an interface as if a node had sent them. */
struct SrvccInjectEvent
{
    SrvccInterface iface{SrvccInterface::kSv};
    SrvccNodeRef from;
    std::optional<SrvccNodeRef> to;
    Time at;
    std::vector<uint8_t> payload;
};

/** faults.fuzz: the first \c messages messages on an interface mutated, from \c seed. */
struct SrvccFuzzConfig
{
    SrvccInterface iface{SrvccInterface::kSv};
    uint32_t messages{0};
    uint64_t seed{1};
};

struct SrvccScenario
{
    std::string file; ///< where it was read from ("" when built in code)
    std::string name;
    std::string description;

    uint32_t gnbs{1};
    uint32_t uesPerGnb{1};

    /**
     * Handovers: one per UE listed; "all UEs" is expanded by the parser. Empty for the
     * random processes of \c arrivals, which the runner draws for each replication.
     */
    std::vector<SrvccUeEvent> handovers;
    /** handovers.process and its parameters (kFixed: \c handovers holds the expansion). */
    SrvccArrivalProcess arrivals;

    /** Faults and attacks that are not node Attributes (those are in settings). */
    std::vector<uint32_t> uesNeverArriving;
    std::vector<SrvccUeEvent> cancels; ///< Handover Cancel from the source gNB
    std::vector<SrvccNodeDownEvent> nodeDowns;
    std::vector<SrvccInjectEvent> injections;
    std::vector<SrvccFuzzConfig> fuzz;

    uint32_t seed{1}; ///< ns-3 RngSeed
    uint32_t run{1};  ///< ns-3 RngRun of the first replication
    uint32_t replications{1};
    Time duration{Seconds(10)}; ///< simulated time
    /** pcap: std::nullopt = automatic (on for small runs), true/false = forced. */
    std::optional<bool> pcap;

    /**
     * Registration, emergency and authentication policy ("registration" in the file; see
     * doc/emergency.md): registration in the simulation, the AMF's policy, per-UE profiles.
     */
    SrvccRegistrationConfig registration;
    std::map<uint32_t, SrvccUeProfile> ueProfiles;
    std::vector<SrvccUeEvent> returnsTo5g; ///< TS 33.501 J.1.1 re-registration after SRVCC

    /**
     * The node options the file gave (profile, links, timers, faults.msc_rejects, ...; the
     * rows of SrvccScenarioAttributes()), as Attribute values by field path. The runner sets
     * these and only these: a field the file leaves out keeps the Attribute's default, or the
     * Config::SetDefault / --ns3::... override in force.
     */
    SrvccScenarioSettings settings;

    // Typed reads of a node option: the file's value, or, when the file does not give it,
    // the Attribute's current initial value (so a Config::SetDefault shows). Each throws
    // ScenarioError for a path that is no table row or a row of another kind.

    /** Whether the file gave field \p path. */
    bool Has(const std::string& path) const;
    /** A true/false field, e.g. "faults.msc_rejects". */
    bool Flag(const std::string& path) const;
    /** A time field, e.g. "timers.mme.SvResponseTimeout". */
    Time TimeOf(const std::string& path) const;
    /** A choice field in the file's words ("uia2", "sol1.2"); "" when the value has none. */
    std::string Word(const std::string& path) const;
    /** A probability field, e.g. "links.sv.loss". */
    double Probability(const std::string& path) const;
    /** A data rate field, e.g. "links.sv.data_rate". */
    DataRate Rate(const std::string& path) const;
    /**
     * A processing time field ("processing.msc.message_us", "processing.msc.per_message.
     * SrvccPsToCsRequest") as the ns-3 random variable it sets, in microseconds, e.g.
     * "ns3::ExponentialRandomVariable[Mean=500|Bound=0]"; "" when neither the file nor a
     * default sets one.
     */
    std::string Distribution(const std::string& path) const;
    /** A whole-number field, e.g. "processing.msc.workers". */
    uint64_t Count(const std::string& path) const;
    /**
     * Set field \p path from \p text as a file would give it: a word or data rate as is
     * ("sol1.2", "2Mbps"), a number or true/false as JSON text ("20", "true"). Checked like
     * the file's value.
     * \throws ScenarioError "<origin>: <path>: ..." (\p origin: the file by default)
     */
    void Set(const std::string& path, const std::string& text, const std::string& origin = "");
};

/**
 * Read a scenario file. Unknown fields are errors, not ignored.
 * \throws ScenarioError naming the file, the field path, what was found and what was expected
 */
SrvccScenario LoadScenario(const std::string& path);

/** Same, from JSON text; \p origin names it in errors. */
SrvccScenario ParseScenario(const std::string& json, const std::string& origin);

/**
 * Same, from a parsed JSON document (a sweep's point: no text in between, so no number is
 * rounded and an infinity read from "1e400" meets the same check as in a file).
 */
SrvccScenario ParseScenarioDocument(const boost::json::value& document, const std::string& origin);

/**
 * The text of a scenario file (LoadScenario's reading step, shared with LoadSweep).
 * \throws ScenarioError "<path>: cannot read the file: <why>"
 */
std::string ReadScenarioFile(const std::string& path);

/** The scenario used when none is given: one UE, one gNB, the ts33501 profile. */
SrvccScenario DefaultScenario();

} // namespace ns3

#endif // SRVCC_SCENARIO_H
