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
#include "srvcc-kamf-exposure-scanner.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace ns3
{

class SrvccHelper;

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
    std::string cause;
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

    const KamfExposureScanner&
    GetKamfScanner() const
    {
        return m_scanner;
    }

    /** Messages sent per interface name. */
    const std::map<std::string, uint64_t>&
    GetMessagesPerInterface() const
    {
        return m_messagesPerInterface;
    }

  private:
    SrvccHandoverRecord* Current(uint32_t ue);
    void OnHandoverStarted(uint32_t ue);
    void OnMessageSent(const std::string& iface, const std::string& message, uint32_t ue,
                       Ptr<const Packet> packet);
    void OnMessageReceived(const std::string& iface, const std::string& message, uint32_t ue,
                           Ptr<const Packet> packet);
    void OnHandoverCommand(uint32_t ue, uint32_t count);
    void OnCompleted(uint32_t ue);
    void OnFailed(uint32_t ue, const std::string& cause);
    void OnKeyCheck(uint32_t ue, bool passed);
    void OnDecodeError(const std::string& iface, const std::string& reason);
    void Mark(uint32_t ue, SrvccStep step);

    std::vector<SrvccHandoverRecord> m_records;
    std::vector<int64_t> m_currentOfUe; ///< index into m_records, -1 when none
    /** A message that marks a step, received on \p iface (any interface when empty). */
    struct StepOfMessage
    {
        SrvccStep step;
        std::string iface;
    };

    std::unordered_map<std::string, StepOfMessage> m_stepOfMessage;
    KamfExposureScanner m_scanner;
    std::map<std::string, uint64_t> m_messagesPerInterface;
    uint64_t m_keyChecksPassed{0};
    uint64_t m_keyChecksFailed{0};
    uint64_t m_decodeErrors{0};
};

} // namespace ns3

#endif // SRVCC_STATS_COLLECTOR_H
