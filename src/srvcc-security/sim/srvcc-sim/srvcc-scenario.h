/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * A 5G-SRVCC scenario: everything a run needs, as read from a scenario file
 * (a JSON file in scenarios/; the fields are documented in doc/scenario-format.md).
 */
#ifndef SRVCC_SCENARIO_H
#define SRVCC_SCENARIO_H

#include "ns3/srvcc-helper.h"
#include "srvcc-sim/srvcc-program-error.h"

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

/** Processing delays of one node role. */
struct SrvccProcessing
{
    Time message{MicroSeconds(100)};      ///< per received message
    Time keyDerivation{MicroSeconds(50)}; ///< per key derivation step
    bool serial{true};                    ///< one message at a time (queueing) or in parallel
};

/** One scheduled event for one UE. */
struct SrvccUeEvent
{
    uint32_t ue{0};
    Time at;
};

struct SrvccScenario
{
    std::string file; ///< where it was read from ("" when built in code)
    std::string name;
    std::string description;

    std::string profile{"ts33501"}; ///< ts33501, sol1.1, sol1.1-concat, sol1.2
    std::string eksiType{"mapped"}; ///< eKSI type rule: "mapped" (TS 33.501 8.6.1) or "keep"

    uint32_t gnbs{1};
    uint32_t uesPerGnb{1};

    /** Per interface; interfaces not given keep SrvccHelper's defaults. */
    std::map<SrvccInterface, SrvccLinkParameters> links;
    /** Per role; roles not given keep the applications' defaults. */
    std::map<SrvccRole, SrvccProcessing> processing;

    /** Node timers (ns-3 Attribute name -> value), per role, e.g. gnb: TNgRelocPrep. */
    std::map<SrvccRole, std::map<std::string, Time>> timers;

    std::string utranIntegrity{"uia2"}; ///< the RNC's preferred UIA
    std::string utranCiphering{"uea2"}; ///< the RNC's preferred UEA
    bool svUtranMmContext{true};        ///< IE 55 (true) or IE 54 (false) on Sv

    /** Handovers: one per UE listed; "all UEs" is expanded by the parser. */
    std::vector<SrvccUeEvent> handovers;

    /** Faults and attacks. */
    bool mscRejects{false}; ///< MSC server rejects SRVCC PS to CS Request
    bool rncRejects{false}; ///< target RNC answers Relocation Failure
    bool tamperCk{false};   ///< MSC server stores a CK with one bit flipped
    bool tamperIk{false};   ///< MSC server stores an IK with one bit flipped
    std::vector<uint32_t> uesNeverArriving;
    std::vector<SrvccUeEvent> cancels; ///< Handover Cancel from the source gNB
    Time replayHoCommandAfter{0};      ///< attack: the gNB replays the HO Command (0: off)

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
    bool allowUnauthenticatedEmergency{false};
    std::string authenticationBound{"bounded"}; ///< "bounded" or "unbounded"
    Time homeNetworkDelay{MilliSeconds(2)};
    std::map<uint32_t, SrvccUeProfile> ueProfiles;
    std::vector<SrvccUeEvent> returnsTo5g; ///< TS 33.501 J.1.1 re-registration after SRVCC
    bool amfNullAlgorithms{false};         ///< fault: the AMF selects NIA0 for everyone
    bool amfSkipReauth{false};             ///< fault: no re-authentication after SRVCC
    std::optional<uint8_t> rncForceUia;    ///< fault: a malicious RNC picks this UIA
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
