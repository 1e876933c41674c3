/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The figures of one 5G-SRVCC run, and the files they are written to: summary.json,
 * handovers.csv and (teaching only) keys.csv.
 */
#ifndef SRVCC_RUN_SUMMARY_H
#define SRVCC_RUN_SUMMARY_H

#include "ns3/srvcc-fault-helper.h"
#include "ns3/srvcc-injected-tag.h"
#include "ns3/srvcc-stats-collector.h"

#include <boost/json/value.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

class SrvccHelper;

/**
 * Registration and authentication figures (TR 33.856 Key Issue #2): over every UE, counted
 * at the UE (messages, UE crypto) and at the AMF with its home network (network crypto).
 */
struct SrvccAuthenticationSummary
{
    bool enabled{false};  ///< registration ran in the simulation
    uint64_t attempts{0}; ///< Authentication Requests the UEs answered
    uint64_t failures{0}; ///< Authentication Failures the UEs sent
    uint64_t messages{0}; ///< authentication messages sent or received by the UEs
    uint64_t nasMessages{0};
    uint64_t maxMessagesPerUe{0};
    uint64_t registered{0};
    uint64_t unauthenticated{0};
    uint64_t rejected{0};
    uint64_t released{0};
    uint64_t pending{0};
    uint64_t nia0Refused{0};
    uint64_t uia0Refused{0};
    uint64_t reauthAfterSrvcc{0};
    uint64_t reauthSkipRefused{0};
    double maxTimeToOutcomeMs{0};  ///< registration start -> set up, rejected or released
    double meanTimeToOutcomeMs{0}; ///< over UEs whose registration ended
    uint64_t ueMilenage{0};
    uint64_t ueKdf{0};
    uint64_t ueMac{0};
    uint64_t networkMilenage{0};
    uint64_t networkKdf{0};
    uint64_t networkMac{0};
};

/** Emergency UEs by how their session ended up (TS 33.501 10.2). */
struct SrvccEmergencySummary
{
    uint64_t authenticated{0};
    uint64_t unauthenticated{0};
    uint64_t rejected{0};
};

/** One faults.inject entry and what became of it. */
struct SrvccInjectionSummary
{
    std::string iface;
    std::string from;
    std::string to;
    double atS{0};
    uint32_t octets{0};
    /** "accepted", "dropped", "lost" (never reached a node) or "not_sent" (sender down). */
    std::string outcome;
    std::string detail; ///< accepted: the message it was taken as; dropped: the reason key
};

/** One faults.fuzz interface and what its receivers did with the mutated messages. */
struct SrvccFuzzSummary
{
    uint64_t mutated{0};
    std::map<std::string, uint64_t> byMutation; ///< SrvccMutationKey -> count
    uint64_t accepted{0};
    std::map<std::string, uint64_t> dropped; ///< SrvccDecodeErrorKey -> count
    uint64_t lost{0};                        ///< reached no node (link loss)
};

struct SrvccRunSummary
{
    std::string scenario;
    std::string profile;
    uint32_t ues{0};
    uint32_t gnbs{0};
    uint32_t rngSeed{1};
    uint32_t rngRun{1};
    uint64_t attempted{0};
    uint64_t completed{0};
    uint64_t failed{0};
    std::map<std::string, uint64_t> failureCauses;
    uint64_t keyChecksPassed{0};
    uint64_t keyChecksFailed{0};
    SrvccLatencyStats preparation;
    SrvccLatencyStats interruption;
    uint64_t staleContextsMme{0};
    uint64_t staleContextsMsc{0};
    uint64_t staleContextsRnc{0}; ///< over every target RNC
    uint64_t kamfExposures{0};
    uint64_t packetsScanned{0};
    uint64_t decodeErrors{0};
    /** decodeErrors by interface and reason (SrvccDecodeErrorKey), the pairs that occurred. */
    std::map<std::string, std::map<std::string, uint64_t>> rejectedMessages;
    uint64_t replaysRejected{0}; ///< HO Commands the UEs refused as replays (ReplayRejected)
    std::map<std::string, uint64_t> messagesPerInterface;
    /** Retransmissions and duplicates received, by interface name: every interface, 0 too. */
    std::map<std::string, uint64_t> retransmissions;
    std::map<std::string, uint64_t> duplicatesReceived;
    /**
     * Arrival -> start of processing, by role (scenario name: amf, msc, ...) and message
     * (SrvccMessageTypeKey), the pairs that occurred; p99 is not reported for these.
     */
    std::map<std::string, std::map<std::string, SrvccLatencyStats>> queueing;
    /**
     * The mean number of messages of the same type an arrival found waiting, by role and
     * message as queueing (with Poisson arrivals the time-average queue length, PASTA).
     */
    std::map<std::string, std::map<std::string, double>> queueLengthSeen;
    /** By role, the roles the topology has (SrvccStatsCollector::GetUtilization). */
    std::map<std::string, double> utilization;
    SrvccAuthenticationSummary authentication;
    SrvccEmergencySummary emergency;
    std::vector<SrvccInjectionSummary> injections;
    std::map<std::string, SrvccFuzzSummary> fuzzed; ///< by interface name
    double simulatedTimeS{0};
    double wallTimeS{0};
    double peakRssMib{0};
};

/**
 * Gather the summary at the end of a run (before Simulator::Destroy): records still pending
 * are counted as failed with the cause "not finished when the simulation ended".
 */
SrvccRunSummary Summarize(const SrvccStatsCollector& stats, const SrvccHelper& helper);

/** Add what faults.inject and faults.fuzz did (SrvccFaultHelper) to \p summary. */
void SummarizeFaults(const SrvccStatsCollector& stats, const SrvccFaultHelper& faults,
                     SrvccRunSummary& summary);

/** Peak resident set size of this process so far, in MiB (getrusage). */
double PeakRssMib();

/**
 * summary.json as a JSON value: the fields of doc/outputs.md, in that order.
 */
boost::json::value SummaryJson(const SrvccRunSummary& summary);

/**
 * summary.json: SummaryJson, one top-level field per line (srvcc::JsonLayout::kMembersOnLines),
 * doubles with srvcc::kReportDigits significant digits. Written whole or not at all.
 * \throws srvcc::OutputError when the file cannot be written
 */
void WriteSummaryJson(const std::string& path, const SrvccRunSummary& summary);

/**
 * handovers.csv: one row per handover attempt, every step's time in ns, the two latencies in ms.
 * \throws srvcc::OutputError when the file cannot be written
 */
void WriteHandoversCsv(const std::string& path, const std::vector<SrvccHandoverRecord>& records);

/**
 * registrations.csv: one row per UE with its profile, registration outcome, authentication
 * attempts, failures, messages, time to set-up or release and crypto operations at the UE and
 * the network. Written when registration runs in the simulation.
 * \throws srvcc::OutputError when the file cannot be written
 */
void WriteRegistrationsCsv(const std::string& path, const SrvccHelper& helper);

/**
 * keys.csv (teaching, --revealKeys=true only): ue,node,kamf,kasme_srvcc,ck_srvcc,ik_srvcc,ksi,
 * dl_nas_count — one row per UE and node (ue, amf, mme, msc) with what that node holds after
 * the handover; lower-case hex, empty where it holds none.
 * \throws srvcc::OutputError when the file cannot be written
 */
void WriteKeysCsv(const std::string& path, const SrvccHelper& helper);

} // namespace ns3

#endif // SRVCC_RUN_SUMMARY_H
