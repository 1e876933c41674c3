/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Turns the traces of a 5G-SRVCC run into per-handover records and run totals: the timestamp
 * of each step, the result and its cause, the key checks, the KAMF exposure scan.
 */
#ifndef SRVCC_STATS_COLLECTOR_H
#define SRVCC_STATS_COLLECTOR_H

#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/srvcc-interface.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc-helper.h"
#include "srvcc-kamf-exposure-scanner.h"
#include "srvcc-latency-histogram.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

/** The steps of a handover whose time is recorded (TS 23.216 6.5.4, the module's messages). */
enum class SrvccStep : uint8_t
{
    kHandoverRequired,     ///< gNB sends Handover Required
    kForwardRelocationReq, ///< MME_SRVCC receives Forward Relocation Request
    kPsToCsRequest,        ///< MSC server receives SRVCC PS to CS Request
    kRelocationRequest,    ///< target RNC receives Relocation Request
    kPsToCsResponse,       ///< MME_SRVCC (or, sol1.2, AMF) receives SRVCC PS to CS Response
    kForwardRelocationRsp, ///< AMF receives Forward Relocation Response
    kHoCommandAtGnb,       ///< gNB receives the HO Command
    kHoCommandAtUe,        ///< UE receives the HO Command
    kHoCompleteAtRnc,      ///< target RNC receives HANDOVER TO UTRAN COMPLETE
    kHoCompleteAtMsc,      ///< MSC server receives Relocation Complete
    kCompleteNotification, ///< AMF learns the handover completed
};

constexpr std::size_t kSrvccStepCount = 11;

/** Column name of a step in handovers.csv, e.g. "t_ho_command_ue_ns". */
const char* StepColumn(SrvccStep step);

/**
 * The cause of a failed handover in words, as handovers.csv and summary.json give it: the
 * cause's name, with the 3GPP cause value for the causes that carry one, e.g. "SRVCC PS to CS
 * Response rejected (cause 81)".
 */
std::string SrvccFailureText(SrvccFailureCause cause, uint8_t causeValue);

/** One handover attempt. */
struct SrvccHandoverRecord
{
    enum class Result
    {
        kPending,
        kCompleted,
        kFailed,
    };

    uint32_t ue{0};
    Result result{Result::kPending};
    /** kFailed: the cause the first node to give up traced (its text is in cause). */
    SrvccFailureCause failureCause{SrvccFailureCause::kUeUnknownToAmf};
    std::string cause; ///< kFailed: SrvccFailureText of the trace, else empty
    std::array<int64_t, kSrvccStepCount> stepNs; ///< -1: step not reached

    SrvccHandoverRecord()
    {
        stepNs.fill(-1);
    }

    /** Handover Required -> HO Command at the UE, or a negative value when not reached. */
    int64_t PreparationNs() const;
    /** HO Command at the UE -> HO Complete at the MSC server, or negative when not reached. */
    int64_t InterruptionNs() const;
};

/** Distribution of one latency, in milliseconds (nearest-rank percentiles). */
struct SrvccLatencyStats
{
    uint64_t count{0};
    double mean{0};
    double p50{0};
    double p95{0};
    double p99{0};
    double max{0};

    /** Statistics of \p valuesNs (nanoseconds; negative values are skipped). */
    static SrvccLatencyStats FromNanoseconds(std::vector<int64_t> valuesNs);
};

/** What the receiver did with one injected or fuzzed message (its InjectedHandled trace). */
struct SrvccInjectedOutcome
{
    SrvccInterface iface{SrvccInterface::kSv};
    bool accepted{false};
    SrvccMessageType type{};   ///< accepted: the message it was taken as
    SrvccDecodeError reason{}; ///< not accepted: why it was dropped
};

class SrvccStatsCollector
{
  public:
    /** Connect to every application of \p helper and watch every UE's KAMF. */
    void Connect(SrvccHelper& helper);

    const std::vector<SrvccHandoverRecord>& GetRecords() const;

    /** The number of records with result \p result. */
    uint64_t CountRecords(SrvccHandoverRecord::Result result) const;

    /** Preparation latency (Handover Required -> HO Command at the UE) of completed handovers. */
    SrvccLatencyStats GetPreparationLatency() const;

    /** Interruption (HO Command at the UE -> HO Complete at the MSC server), completed ones. */
    SrvccLatencyStats GetInterruptionLatency() const;

    uint64_t
    GetKeyChecksPassed() const
    {
        return m_keyChecksPassed;
    }

    uint64_t
    GetKeyChecksFailed() const
    {
        return m_keyChecksFailed;
    }

    uint64_t
    GetDecodeErrors() const
    {
        return m_decodeErrors;
    }

    /** Received messages dropped on \p iface for \p reason (every node's DecodeError). */
    uint64_t
    GetRejectedMessages(SrvccInterface iface, SrvccDecodeError reason) const
    {
        return m_rejected[static_cast<std::size_t>(iface)][static_cast<std::size_t>(reason)];
    }

    /**
     * The dropped messages by interface name (ToString) and reason (SrvccDecodeErrorKey), the
     * pairs that occurred; their sum is GetDecodeErrors.
     */
    std::map<std::string, std::map<std::string, uint64_t>> GetRejectedMessages() const;

    const KamfExposureScanner&
    GetKamfScanner() const
    {
        return m_scanner;
    }

    /** Messages sent on \p iface. */
    uint64_t
    GetMessagesSent(SrvccInterface iface) const
    {
        return m_messagesPerInterface[static_cast<std::size_t>(iface)];
    }

    /** Retransmissions on \p iface (every node's Retransmission trace). */
    uint64_t
    GetRetransmissions(SrvccInterface iface) const
    {
        return m_retransmissions[static_cast<std::size_t>(iface)];
    }

    /** Duplicates received on \p iface (every node's DuplicateReceived trace). */
    uint64_t
    GetDuplicates(SrvccInterface iface) const
    {
        return m_duplicates[static_cast<std::size_t>(iface)];
    }

    /** Messages sent per interface name (ToString), the interfaces that carried any. */
    std::map<std::string, uint64_t> GetMessagesPerInterface() const;

    /**
     * What the receiver did with the injected or fuzzed message \p id (SrvccInjectedTag), or
     * nullptr when it never reached a node (lost on the link, or not sent).
     */
    const SrvccInjectedOutcome* GetInjectedOutcome(uint32_t id) const;

    /**
     * Time from arrival to the start of processing (the Queueing trace) of message \p type at
     * the nodes of \p role, every arrival of the run.
     */
    const SrvccLatencyHistogram& GetQueueing(SrvccRole role, SrvccMessageType type) const;

    /**
     * The mean number of messages of \p type an arrival of that type found waiting at its
     * node of \p role (the Queueing trace's waitingAhead); 0 when none arrived.
     */
    double GetQueueLengthSeen(SrvccRole role, SrvccMessageType type) const;

    /**
     * The fraction of the time the workers of \p role's nodes were busy: the processing time
     * they took (messages and key derivation steps) over workers x the window of the run's
     * signalling (first arrival at any node to last departure at any node), summed over the
     * role's nodes. A node without a queue (SerialProcessing false) counts as one worker, so
     * its figure is the mean number of messages in processing. 0 when nothing was processed.
     */
    static double GetUtilization(const SrvccHelper& helper, SrvccRole role);

    /** Every outcome so far, by SrvccInjectedTag id. */
    const std::map<uint32_t, SrvccInjectedOutcome>&
    GetInjectedOutcomes() const
    {
        return m_injected;
    }

  private:
    SrvccHandoverRecord* Current(uint32_t ue);
    void OnHandoverStarted(uint32_t ue, uint64_t imsi);
    void OnMessageSent(SrvccInterface iface, SrvccMessageType type, uint32_t ue, uint64_t imsi,
                       Ptr<const Packet> packet);
    void OnMessageReceived(SrvccInterface iface, SrvccMessageType type, uint32_t ue, uint64_t imsi,
                           Ptr<const Packet> packet);
    void OnCompleted(uint32_t ue, uint64_t imsi);
    void OnFailed(uint32_t ue, uint64_t imsi, SrvccFailureCause cause, uint8_t causeValue);
    void OnKeyCheck(uint32_t ue, uint64_t imsi, bool passed);
    void OnDecodeError(SrvccInterface iface, SrvccDecodeError reason);
    void OnRetransmission(SrvccInterface iface, SrvccMessageType type);
    void OnDuplicate(SrvccInterface iface, SrvccMessageType type);
    void OnInjectedHandled(SrvccInterface iface, uint32_t id, bool accepted, SrvccMessageType type,
                           SrvccDecodeError reason);
    void Mark(uint32_t ue, SrvccStep step);

    /** The Queueing sink of the nodes of one role: the trace does not name the role. */
    struct QueueingSink
    {
        SrvccStatsCollector* collector{nullptr};
        SrvccRole role{SrvccRole::kUe};
        void OnQueueing(SrvccInterface iface, SrvccMessageType type, Time wait, Time service,
                        uint32_t waitingAhead);
    };

    std::vector<SrvccHandoverRecord> m_records;
    std::vector<int64_t> m_currentOfUe; ///< index into m_records, -1 when none
    KamfExposureScanner m_scanner;
    std::array<uint64_t, kSrvccInterfaceCount> m_messagesPerInterface{}; ///< by SrvccInterface
    std::array<uint64_t, kSrvccInterfaceCount> m_retransmissions{};      ///< by SrvccInterface
    std::array<uint64_t, kSrvccInterfaceCount> m_duplicates{};           ///< by SrvccInterface
    uint64_t m_keyChecksPassed{0};
    uint64_t m_keyChecksFailed{0};
    uint64_t m_decodeErrors{0};
    /** Dropped messages, by SrvccInterface and SrvccDecodeError. */
    std::array<std::array<uint64_t, kSrvccDecodeErrorCount>, kSrvccInterfaceCount> m_rejected{};
    std::map<uint32_t, SrvccInjectedOutcome> m_injected; ///< by SrvccInjectedTag id
    std::array<QueueingSink, kSrvccRoleCount> m_queueingSinks;
    /** Waiting times by role and message type: kSrvccRoleCount x kSrvccMessageTypeCount. */
    std::vector<SrvccLatencyHistogram> m_queueing;
    std::vector<uint64_t> m_waitingSeen; ///< sums of waitingAhead, indexed as m_queueing
};

} // namespace ns3

#endif // SRVCC_STATS_COLLECTOR_H
