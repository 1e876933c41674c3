/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-stats-collector.h"

#include "ns3/callback.h"
#include "ns3/simulator.h"
#include "srvcc-helper.h"

#include <algorithm>
#include <cmath>

namespace ns3
{

namespace
{

double
NanosecondsToMs(int64_t ns)
{
    return static_cast<double>(ns) / 1e6;
}

/**
 * The step that message \p type marks when a node takes it on \p iface. Complete
 * notifications are counted at the AMF only: with an MME_SRVCC the Sv one reaches the MME
 * first, so only the N26 one (and, for sol1.2, the AMF-MSC one) marks the step.
 */
constexpr bool
StepOfMessage(SrvccMessageType type, SrvccInterface iface, SrvccStep& step)
{
    switch (type)
    {
        case SrvccMessageType::kForwardRelocationRequest:
            step = SrvccStep::kForwardRelocationReq;
            return true;
        case SrvccMessageType::kSrvccPsToCsRequest:
            step = SrvccStep::kPsToCsRequest;
            return true;
        case SrvccMessageType::kIuRelocationRequest:
            step = SrvccStep::kRelocationRequest;
            return true;
        case SrvccMessageType::kSrvccPsToCsResponse:
            step = SrvccStep::kPsToCsResponse;
            return true;
        case SrvccMessageType::kForwardRelocationResponse:
            step = SrvccStep::kForwardRelocationRsp;
            return true;
        case SrvccMessageType::kN2HandoverCommand:
            step = SrvccStep::kHoCommandAtGnb;
            return true;
        case SrvccMessageType::kNrMobilityFromNrCommand:
            step = SrvccStep::kHoCommandAtUe;
            return true;
        case SrvccMessageType::kUtranHandoverToUtranComplete:
            step = SrvccStep::kHoCompleteAtRnc;
            return true;
        case SrvccMessageType::kIuRelocationComplete:
            step = SrvccStep::kHoCompleteAtMsc;
            return true;
        case SrvccMessageType::kForwardRelocationCompleteNotification:
            step = SrvccStep::kCompleteNotification;
            return iface == SrvccInterface::kN26;
        case SrvccMessageType::kSrvccPsToCsCompleteNotification:
            step = SrvccStep::kCompleteNotification;
            return iface == SrvccInterface::kAmfMsc;
        default:
            return false;
    }
}

} // namespace

std::string
SrvccFailureText(SrvccFailureCause cause, uint8_t causeValue)
{
    const std::string name = SrvccFailureCauseName(cause);
    switch (cause)
    {
        case SrvccFailureCause::kPsToCsResponseRejected:
            return name + " (cause " + std::to_string(causeValue) + ")";
        case SrvccFailureCause::kPostFailureCause:
            return name + " " + std::to_string(causeValue);
        default:
            return name;
    }
}

const char*
StepColumn(SrvccStep step)
{
    static const char* const kColumns[kSrvccStepCount]
        = {"t_ho_required_ns",      "t_fwd_reloc_request_ns",    "t_ps_cs_request_ns",
           "t_iu_reloc_request_ns", "t_ps_cs_response_ns",       "t_fwd_reloc_response_ns",
           "t_ho_command_gnb_ns",   "t_ho_command_ue_ns",        "t_ho_complete_rnc_ns",
           "t_ho_complete_msc_ns",  "t_complete_notification_ns"};
    return kColumns[static_cast<std::size_t>(step)];
}

int64_t
SrvccHandoverRecord::PreparationNs() const
{
    const int64_t start = stepNs[static_cast<std::size_t>(SrvccStep::kHandoverRequired)];
    const int64_t end = stepNs[static_cast<std::size_t>(SrvccStep::kHoCommandAtUe)];
    return start >= 0 && end >= 0 ? end - start : -1;
}

int64_t
SrvccHandoverRecord::InterruptionNs() const
{
    const int64_t start = stepNs[static_cast<std::size_t>(SrvccStep::kHoCommandAtUe)];
    const int64_t end = stepNs[static_cast<std::size_t>(SrvccStep::kHoCompleteAtMsc)];
    return start >= 0 && end >= 0 ? end - start : -1;
}

SrvccLatencyStats
SrvccLatencyStats::FromNanoseconds(std::vector<int64_t> valuesNs)
{
    valuesNs.erase(std::remove_if(valuesNs.begin(), valuesNs.end(),
                                  [](int64_t v)
                                  {
                                      return v < 0;
                                  }),
                   valuesNs.end());
    SrvccLatencyStats s;
    s.count = valuesNs.size();
    if (valuesNs.empty())
    {
        return s;
    }
    std::sort(valuesNs.begin(), valuesNs.end());
    double sum = 0;
    for (int64_t v : valuesNs)
    {
        sum += NanosecondsToMs(v);
    }
    // Nearest rank: the smallest value with at least p% of the values at or below it.
    auto rank = [&valuesNs](double p)
    {
        const auto n = static_cast<double>(valuesNs.size());
        const auto k = static_cast<std::size_t>(std::max(1.0, std::ceil(p / 100.0 * n)));
        return NanosecondsToMs(valuesNs[k - 1]);
    };
    s.mean = sum / static_cast<double>(valuesNs.size());
    s.p50 = rank(50);
    s.p95 = rank(95);
    s.p99 = rank(99);
    s.max = NanosecondsToMs(valuesNs.back());
    return s;
}

uint64_t
SrvccStatsCollector::CountRecords(SrvccHandoverRecord::Result result) const
{
    return static_cast<uint64_t>(std::count_if(m_records.begin(), m_records.end(),
                                               [result](const SrvccHandoverRecord& r)
                                               {
                                                   return r.result == result;
                                               }));
}

SrvccLatencyStats
SrvccStatsCollector::GetPreparationLatency() const
{
    std::vector<int64_t> values;
    for (const SrvccHandoverRecord& r : m_records)
    {
        if (r.result == SrvccHandoverRecord::Result::kCompleted)
        {
            values.push_back(r.PreparationNs());
        }
    }
    return SrvccLatencyStats::FromNanoseconds(std::move(values));
}

SrvccLatencyStats
SrvccStatsCollector::GetInterruptionLatency() const
{
    std::vector<int64_t> values;
    for (const SrvccHandoverRecord& r : m_records)
    {
        if (r.result == SrvccHandoverRecord::Result::kCompleted)
        {
            values.push_back(r.InterruptionNs());
        }
    }
    return SrvccLatencyStats::FromNanoseconds(std::move(values));
}

namespace
{

/** The applications of the nodes of \p role. */
std::vector<Ptr<SrvccNodeApplication>>
ApplicationsOf(const SrvccHelper& helper, SrvccRole role)
{
    std::vector<Ptr<SrvccNodeApplication>> apps;
    switch (role)
    {
        case SrvccRole::kUe:
            for (uint32_t i = 0; i < helper.GetNumUes(); ++i)
            {
                apps.push_back(helper.GetUe(i));
            }
            break;
        case SrvccRole::kGnb:
        case SrvccRole::kRnc:
            for (uint32_t g = 0; g < helper.GetNumGnbs(); ++g)
            {
                apps.push_back(role == SrvccRole::kGnb
                                   ? Ptr<SrvccNodeApplication>(helper.GetGnb(g))
                                   : Ptr<SrvccNodeApplication>(helper.GetRnc(g)));
            }
            break;
        case SrvccRole::kAmf:
            apps.push_back(helper.GetAmf());
            break;
        case SrvccRole::kMme:
            if (helper.GetMme())
            {
                apps.push_back(helper.GetMme());
            }
            break;
        case SrvccRole::kMscServer:
            apps.push_back(helper.GetMscServer());
            break;
    }
    return apps;
}

} // namespace

void
SrvccStatsCollector::QueueingSink::OnQueueing(SrvccInterface /* iface */, SrvccMessageType type,
                                              Time wait, Time /* service */, uint32_t waitingAhead)
{
    const std::size_t i
        = static_cast<std::size_t>(role) * kSrvccMessageTypeCount + static_cast<std::size_t>(type);
    collector->m_queueing[i].Add(wait.GetNanoSeconds());
    collector->m_waitingSeen[i] += waitingAhead;
}

double
SrvccStatsCollector::GetQueueLengthSeen(SrvccRole role, SrvccMessageType type) const
{
    const std::size_t i
        = static_cast<std::size_t>(role) * kSrvccMessageTypeCount + static_cast<std::size_t>(type);
    if (i >= m_queueing.size() || m_queueing[i].GetCount() == 0)
    {
        return 0.0;
    }
    return static_cast<double>(m_waitingSeen[i]) / static_cast<double>(m_queueing[i].GetCount());
}

const SrvccLatencyHistogram&
SrvccStatsCollector::GetQueueing(SrvccRole role, SrvccMessageType type) const
{
    static const SrvccLatencyHistogram kNone;
    const std::size_t i
        = static_cast<std::size_t>(role) * kSrvccMessageTypeCount + static_cast<std::size_t>(type);
    return i < m_queueing.size() ? m_queueing[i] : kNone;
}

double
SrvccStatsCollector::GetUtilization(const SrvccHelper& helper, SrvccRole role)
{
    // One window for every role: from the first arrival at any node to the last departure
    // at any node (the run's signalling activity), so that roles compare and a node that
    // worked once does not count as busy all the time.
    Time first = Time::Max();
    Time last(0);
    for (const Ptr<SrvccNodeApplication>& app : helper.GetAllApplications())
    {
        const SrvccProcessingQueue& q = app->GetProcessingQueue();
        if (q.GetJobs() > 0)
        {
            first = std::min(first, q.GetFirstArrival());
            last = std::max(last, q.GetLastDeparture());
        }
    }
    if (last <= first)
    {
        return 0.0;
    }
    const double window = (last - first).GetSeconds();
    double busy = 0;
    double capacity = 0;
    for (const Ptr<SrvccNodeApplication>& app : ApplicationsOf(helper, role))
    {
        const SrvccProcessingQueue& q = app->GetProcessingQueue();
        busy += q.GetBusyTime().GetSeconds();
        capacity += std::max<uint32_t>(q.GetWorkers(), 1) * window;
    }
    return capacity > 0 ? busy / capacity : 0.0;
}

void
SrvccStatsCollector::Connect(SrvccHelper& helper)
{
    m_currentOfUe.assign(helper.GetNumUes(), -1);
    m_queueing.assign(kSrvccRoleCount * kSrvccMessageTypeCount, SrvccLatencyHistogram());
    m_waitingSeen.assign(m_queueing.size(), 0);
    for (SrvccRole role : AllSrvccRoles())
    {
        QueueingSink& sink = m_queueingSinks[static_cast<std::size_t>(role)];
        sink.collector = this;
        sink.role = role;
        for (const Ptr<SrvccNodeApplication>& app : ApplicationsOf(helper, role))
        {
            app->TraceConnectWithoutContext("Queueing",
                                            MakeCallback(&QueueingSink::OnQueueing, &sink));
        }
    }
    for (uint32_t ue = 0; ue < helper.GetNumUes(); ++ue)
    {
        m_scanner.AddKamf(ue, helper.GetUe(ue)->GetNasSecurityContext().kamf);
    }
    for (const Ptr<SrvccNodeApplication>& app : helper.GetAllApplications())
    {
        app->TraceConnectWithoutContext("MessageSent",
                                        MakeCallback(&SrvccStatsCollector::OnMessageSent, this));
        app->TraceConnectWithoutContext(
            "MessageReceived", MakeCallback(&SrvccStatsCollector::OnMessageReceived, this));
        app->TraceConnectWithoutContext("HandoverFailed",
                                        MakeCallback(&SrvccStatsCollector::OnFailed, this));
        app->TraceConnectWithoutContext("DecodeError",
                                        MakeCallback(&SrvccStatsCollector::OnDecodeError, this));
        app->TraceConnectWithoutContext(
            "InjectedHandled", MakeCallback(&SrvccStatsCollector::OnInjectedHandled, this));
        app->TraceConnectWithoutContext("Retransmission",
                                        MakeCallback(&SrvccStatsCollector::OnRetransmission, this));
        app->TraceConnectWithoutContext("DuplicateReceived",
                                        MakeCallback(&SrvccStatsCollector::OnDuplicate, this));
    }
    for (uint32_t g = 0; g < helper.GetNumGnbs(); ++g)
    {
        helper.GetGnb(g)->TraceConnectWithoutContext(
            "HandoverStarted", MakeCallback(&SrvccStatsCollector::OnHandoverStarted, this));
        helper.GetRnc(g)->TraceConnectWithoutContext(
            "KeyCheck", MakeCallback(&SrvccStatsCollector::OnKeyCheck, this));
    }
    helper.GetMscServer()->TraceConnectWithoutContext(
        "HandoverCompleted", MakeCallback(&SrvccStatsCollector::OnCompleted, this));
}

std::map<std::string, uint64_t>
SrvccStatsCollector::GetMessagesPerInterface() const
{
    std::map<std::string, uint64_t> out;
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        const uint64_t n = m_messagesPerInterface[static_cast<std::size_t>(iface)];
        if (n > 0)
        {
            out[ToString(iface)] = n;
        }
    }
    return out;
}

const std::vector<SrvccHandoverRecord>&
SrvccStatsCollector::GetRecords() const
{
    return m_records;
}

SrvccHandoverRecord*
SrvccStatsCollector::Current(uint32_t ue)
{
    if (ue >= m_currentOfUe.size() || m_currentOfUe[ue] < 0)
    {
        return nullptr;
    }
    return &m_records[static_cast<std::size_t>(m_currentOfUe[ue])];
}

void
SrvccStatsCollector::OnHandoverStarted(uint32_t ue, uint64_t /* imsi */)
{
    if (ue >= m_currentOfUe.size())
    {
        return;
    }
    m_currentOfUe[ue] = static_cast<int64_t>(m_records.size());
    m_records.emplace_back();
    m_records.back().ue = ue;
    Mark(ue, SrvccStep::kHandoverRequired);
}

void
SrvccStatsCollector::Mark(uint32_t ue, SrvccStep step)
{
    SrvccHandoverRecord* record = Current(ue);
    if (record != nullptr && record->stepNs[static_cast<std::size_t>(step)] < 0)
    {
        record->stepNs[static_cast<std::size_t>(step)] = Simulator::Now().GetNanoSeconds();
    }
}

// The two sinks below run for every message of the run: array indexing and a switch, no
// string and no lookup by name.
void
SrvccStatsCollector::OnMessageSent(SrvccInterface iface, SrvccMessageType /* type */,
                                   uint32_t /* ue */, uint64_t /* imsi */, Ptr<const Packet> packet)
{
    ++m_messagesPerInterface[static_cast<std::size_t>(iface)];
    m_scanner.Scan(ToString(iface), packet);
}

void
SrvccStatsCollector::OnMessageReceived(SrvccInterface iface, SrvccMessageType type, uint32_t ue,
                                       uint64_t /* imsi */, Ptr<const Packet> /* packet */)
{
    SrvccStep step = SrvccStep::kHandoverRequired;
    if (StepOfMessage(type, iface, step))
    {
        Mark(ue, step);
    }
}

void
SrvccStatsCollector::OnCompleted(uint32_t ue, uint64_t /* imsi */)
{
    SrvccHandoverRecord* record = Current(ue);
    if (record != nullptr && record->result == SrvccHandoverRecord::Result::kPending)
    {
        record->result = SrvccHandoverRecord::Result::kCompleted;
    }
}

void
SrvccStatsCollector::OnFailed(uint32_t ue, uint64_t /* imsi */, SrvccFailureCause cause,
                              uint8_t causeValue)
{
    SrvccHandoverRecord* record = Current(ue);
    if (record != nullptr && record->result == SrvccHandoverRecord::Result::kPending)
    {
        // The first node to give up names the cause; the text is made once, here.
        record->result = SrvccHandoverRecord::Result::kFailed;
        record->failureCause = cause;
        record->cause = SrvccFailureText(cause, causeValue);
    }
}

void
SrvccStatsCollector::OnKeyCheck(uint32_t /* ue */, uint64_t /* imsi */, bool passed)
{
    ++(passed ? m_keyChecksPassed : m_keyChecksFailed);
}

void
SrvccStatsCollector::OnDecodeError(SrvccInterface iface, SrvccDecodeError reason)
{
    ++m_decodeErrors;
    ++m_rejected[static_cast<std::size_t>(iface)][static_cast<std::size_t>(reason)];
}

void
SrvccStatsCollector::OnRetransmission(SrvccInterface iface, SrvccMessageType /* type */)
{
    ++m_retransmissions[static_cast<std::size_t>(iface)];
}

void
SrvccStatsCollector::OnDuplicate(SrvccInterface iface, SrvccMessageType /* type */)
{
    ++m_duplicates[static_cast<std::size_t>(iface)];
}

void
SrvccStatsCollector::OnInjectedHandled(SrvccInterface iface, uint32_t id, bool accepted,
                                       SrvccMessageType type, SrvccDecodeError reason)
{
    // The first node to handle it; a message is handled once (a down node counts as one).
    m_injected.emplace(id, SrvccInjectedOutcome{iface, accepted, type, reason});
}

const SrvccInjectedOutcome*
SrvccStatsCollector::GetInjectedOutcome(uint32_t id) const
{
    const auto it = m_injected.find(id);
    return it == m_injected.end() ? nullptr : &it->second;
}

std::map<std::string, std::map<std::string, uint64_t>>
SrvccStatsCollector::GetRejectedMessages() const
{
    std::map<std::string, std::map<std::string, uint64_t>> out;
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        for (std::size_t r = 0; r < kSrvccDecodeErrorCount; ++r)
        {
            const uint64_t n = m_rejected[static_cast<std::size_t>(iface)][r];
            if (n > 0)
            {
                out[ToString(iface)][SrvccDecodeErrorKey(static_cast<SrvccDecodeError>(r))] = n;
            }
        }
    }
    return out;
}

} // namespace ns3
