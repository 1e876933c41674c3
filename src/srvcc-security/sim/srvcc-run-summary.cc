/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-run-summary.h"

#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "srvcc-sim/srvcc-csv-writer.h"
#include "srvcc-sim/srvcc-json-writer.h"
#include "srvcc-sim/srvcc-number-format.h"
#include "srvcc-sim/srvcc-output-file.h"
#include "srvcc-sim/srvcc-scenario-attributes.h"

#include <algorithm>
#include <sys/resource.h>

namespace ns3
{

namespace
{

const char* kPendingCause = "not finished when the simulation ended";

double
Ms(int64_t ns)
{
    return static_cast<double>(ns) / 1e6;
}

const char*
ResultName(SrvccHandoverRecord::Result r)
{
    switch (r)
    {
        case SrvccHandoverRecord::Result::kCompleted:
            return "completed";
        case SrvccHandoverRecord::Result::kFailed:
            return "failed";
        case SrvccHandoverRecord::Result::kPending:
            break;
    }
    return "pending";
}

} // namespace

double
PeakRssMib()
{
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) != 0)
    {
        return 0;
    }
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

namespace
{

bool
IsEmergency(const SrvccUeProfile& p)
{
    return p.emergencyRegistration || p.emergencySession;
}

void
SummarizeAuthentication(const SrvccHelper& helper, SrvccRunSummary& s)
{
    SrvccAuthenticationSummary& a = s.authentication;
    a.enabled = helper.GetRegistration().enabled;
    double sumMs = 0;
    uint64_t ended = 0;
    for (uint32_t i = 0; i < helper.GetNumUes(); ++i)
    {
        const SrvccUeProfile profile = helper.GetUeProfile(i);
        const SrvccUeNas* nas = helper.GetUe(i)->GetNas();
        a.uia0Refused += helper.GetUe(i)->GetUia0Refused();
        if (nas == nullptr)
        {
            if (IsEmergency(profile))
            {
                ++s.emergency.authenticated; // preset context: an authenticated session
            }
            continue;
        }
        const SrvccUeNasStats& u = nas->GetStats();
        a.attempts += u.authAttempts;
        a.failures += u.authFailures;
        a.messages += u.authMessages;
        a.nasMessages += u.nasMessages;
        a.maxMessagesPerUe = std::max<uint64_t>(a.maxMessagesPerUe, u.authMessages);
        a.nia0Refused += u.nia0Refused;
        a.reauthAfterSrvcc += u.reauthAfterSrvcc;
        a.reauthSkipRefused += u.reauthSkipRefused;
        a.ueMilenage += u.crypto.milenage;
        a.ueKdf += u.crypto.kdf;
        a.ueMac += u.crypto.mac;
        switch (u.outcome)
        {
            case SrvccRegistrationOutcome::kRegistered:
                ++a.registered;
                break;
            case SrvccRegistrationOutcome::kEmergencyUnauthenticated:
                ++a.unauthenticated;
                break;
            case SrvccRegistrationOutcome::kRejected:
                ++a.rejected;
                break;
            case SrvccRegistrationOutcome::kReleased:
                ++a.released;
                break;
            case SrvccRegistrationOutcome::kPending:
            case SrvccRegistrationOutcome::kNotStarted:
                ++a.pending;
                break;
        }
        if (u.ended >= Time(0))
        {
            const double ms = (u.ended - u.started).GetSeconds() * 1e3;
            sumMs += ms;
            ++ended;
            a.maxTimeToOutcomeMs = std::max(a.maxTimeToOutcomeMs, ms);
        }
        if (IsEmergency(profile))
        {
            if (u.outcome == SrvccRegistrationOutcome::kRegistered)
            {
                ++s.emergency.authenticated;
            }
            else if (u.outcome == SrvccRegistrationOutcome::kEmergencyUnauthenticated)
            {
                ++s.emergency.unauthenticated;
            }
            else
            {
                ++s.emergency.rejected;
            }
        }
    }
    a.meanTimeToOutcomeMs = ended == 0 ? 0 : sumMs / static_cast<double>(ended);
    if (a.enabled)
    {
        const SrvccCryptoOps network = helper.GetAmf()->GetNas().GetTotalCrypto();
        a.networkMilenage = network.milenage;
        a.networkKdf = network.kdf;
        a.networkMac = network.mac;
    }
}

boost::json::object
LatencyJson(const SrvccLatencyStats& s)
{
    return {{"count", s.count}, {"mean", s.mean}, {"p50", s.p50},
            {"p95", s.p95},     {"p99", s.p99},   {"max", s.max}};
}

/** queueing_ms.<role>.<Message>: the five figures doc/outputs.md names. */
boost::json::object
QueueingJson(const std::map<std::string, std::map<std::string, SrvccLatencyStats>>& queueing)
{
    boost::json::object out;
    for (const auto& [role, messages] : queueing)
    {
        boost::json::object byMessage;
        for (const auto& [message, q] : messages)
        {
            byMessage[message] = {{"count", q.count},
                                  {"mean", q.mean},
                                  {"p50", q.p50},
                                  {"p95", q.p95},
                                  {"max", q.max}};
        }
        out[role] = std::move(byMessage);
    }
    return out;
}

boost::json::object
NestedNumbersJson(const std::map<std::string, std::map<std::string, double>>& numbers)
{
    boost::json::object out;
    for (const auto& [outer, inner] : numbers)
    {
        boost::json::object o;
        for (const auto& [key, value] : inner)
        {
            o[key] = value;
        }
        out[outer] = std::move(o);
    }
    return out;
}

boost::json::object
UtilizationJson(const std::map<std::string, double>& utilization)
{
    boost::json::object out;
    for (const auto& [role, u] : utilization)
    {
        out[role] = u;
    }
    return out;
}

boost::json::object
CountsJson(const std::map<std::string, uint64_t>& counts)
{
    boost::json::object out;
    for (const auto& [key, n] : counts)
    {
        out[key] = n;
    }
    return out;
}

/** {"sv": {"procedure_error": 1}, ...}: an empty object when nothing was dropped. */
boost::json::object
RejectedJson(const std::map<std::string, std::map<std::string, uint64_t>>& rejected)
{
    boost::json::object out;
    for (const auto& [iface, reasons] : rejected)
    {
        out[iface] = CountsJson(reasons);
    }
    return out;
}

/** faults.inject: one object per injection, in the file's order. */
boost::json::array
InjectionsJson(const std::vector<SrvccInjectionSummary>& injections)
{
    boost::json::array out;
    for (const SrvccInjectionSummary& i : injections)
    {
        boost::json::object o{{"interface", i.iface}, {"from", i.from},     {"to", i.to},
                              {"at_s", i.atS},        {"octets", i.octets}, {"outcome", i.outcome}};
        if (i.outcome == "accepted")
        {
            o["received_as"] = i.detail;
        }
        else if (i.outcome == "dropped")
        {
            o["reason"] = i.detail;
        }
        out.push_back(std::move(o));
    }
    return out;
}

/** faults.fuzz: by interface, what was mutated and what the receivers did. */
boost::json::object
FuzzedJson(const std::map<std::string, SrvccFuzzSummary>& fuzzed)
{
    boost::json::object out;
    for (const auto& [iface, f] : fuzzed)
    {
        out[iface] = {{"mutated", f.mutated},
                      {"by_mutation", CountsJson(f.byMutation)},
                      {"accepted", f.accepted},
                      {"dropped", CountsJson(f.dropped)},
                      {"lost", f.lost}};
    }
    return out;
}

boost::json::object
CryptoOpsJson(uint64_t milenage, uint64_t kdf, uint64_t mac)
{
    return {{"milenage", milenage}, {"kdf", kdf}, {"mac", mac}, {"total", milenage + kdf + mac}};
}

boost::json::object
AuthenticationJson(const SrvccAuthenticationSummary& a)
{
    return {
        {"enabled", a.enabled},
        {"attempts", a.attempts},
        {"failures", a.failures},
        {"messages", a.messages},
        {"nas_messages", a.nasMessages},
        {"max_messages_per_ue", a.maxMessagesPerUe},
        {"registered", a.registered},
        {"unauthenticated", a.unauthenticated},
        {"rejected", a.rejected},
        {"released", a.released},
        {"pending", a.pending},
        {"nia0_refused", a.nia0Refused},
        {"uia0_refused", a.uia0Refused},
        {"reauth_after_srvcc", a.reauthAfterSrvcc},
        {"reauth_skip_refused", a.reauthSkipRefused},
        {"time_to_outcome_ms", {{"mean", a.meanTimeToOutcomeMs}, {"max", a.maxTimeToOutcomeMs}}},
        {"crypto_ops",
         {{"ue", CryptoOpsJson(a.ueMilenage, a.ueKdf, a.ueMac)},
          {"network", CryptoOpsJson(a.networkMilenage, a.networkKdf, a.networkMac)}}},
    };
}

void
SummarizeQueueing(const SrvccStatsCollector& stats, const SrvccHelper& helper, SrvccRunSummary& s)
{
    for (SrvccRole role : AllSrvccRoles())
    {
        if (role == SrvccRole::kMme && !helper.GetMme())
        {
            continue; // sol1.2: no MME_SRVCC in the topology
        }
        const std::string name = SrvccScenarioRoleName(role);
        s.utilization[name] = SrvccStatsCollector::GetUtilization(helper, role);
        for (std::size_t t = 0; t < kSrvccMessageTypeCount; ++t)
        {
            const auto type = static_cast<SrvccMessageType>(t);
            const SrvccLatencyHistogram& h = stats.GetQueueing(role, type);
            if (h.GetCount() == 0)
            {
                continue;
            }
            SrvccLatencyStats q;
            q.count = h.GetCount();
            q.mean = h.GetMean() / 1e6;
            q.p50 = Ms(h.GetPercentile(50));
            q.p95 = Ms(h.GetPercentile(95));
            q.p99 = Ms(h.GetPercentile(99));
            q.max = Ms(h.GetMax());
            s.queueing[name][SrvccMessageTypeKey(type)] = q;
            s.queueLengthSeen[name][SrvccMessageTypeKey(type)]
                = stats.GetQueueLengthSeen(role, type);
        }
    }
}

} // namespace

SrvccRunSummary
Summarize(const SrvccStatsCollector& stats, const SrvccHelper& helper)
{
    SrvccRunSummary s;
    s.profile = std::string(srvcc::ToString(helper.GetKeyStrategy().GetProfile()));
    s.ues = helper.GetNumUes();
    s.gnbs = helper.GetNumGnbs();
    std::vector<int64_t> preparation;
    std::vector<int64_t> interruption;
    for (const SrvccHandoverRecord& r : stats.GetRecords())
    {
        ++s.attempted;
        if (r.result == SrvccHandoverRecord::Result::kCompleted)
        {
            ++s.completed;
            preparation.push_back(r.PreparationNs());
            interruption.push_back(r.InterruptionNs());
        }
        else
        {
            ++s.failed;
            ++s.failureCauses[r.result == SrvccHandoverRecord::Result::kPending ? kPendingCause
                                                                                : r.cause];
        }
    }
    s.preparation = SrvccLatencyStats::FromNanoseconds(std::move(preparation));
    s.interruption = SrvccLatencyStats::FromNanoseconds(std::move(interruption));
    s.keyChecksPassed = stats.GetKeyChecksPassed();
    s.keyChecksFailed = stats.GetKeyChecksFailed();
    s.staleContextsMme = helper.GetMme() ? helper.GetMme()->GetContextCount() : 0;
    s.staleContextsMsc = helper.GetMscServer()->GetIncompleteContextCount();
    for (uint32_t g = 0; g < helper.GetNumGnbs(); ++g)
    {
        s.staleContextsRnc += helper.GetRnc(g)->GetIncompleteContextCount();
    }
    s.kamfExposures = stats.GetKamfScanner().GetExposures();
    s.packetsScanned = stats.GetKamfScanner().GetPacketsScanned();
    s.decodeErrors = stats.GetDecodeErrors();
    s.rejectedMessages = stats.GetRejectedMessages();
    for (uint32_t i = 0; i < helper.GetNumUes(); ++i)
    {
        s.replaysRejected += helper.GetUe(i)->GetReplaysRejected();
    }
    s.messagesPerInterface = stats.GetMessagesPerInterface();
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        s.retransmissions[ToString(iface)] = stats.GetRetransmissions(iface);
        s.duplicatesReceived[ToString(iface)] = stats.GetDuplicates(iface);
    }
    SummarizeQueueing(stats, helper, s);
    SummarizeAuthentication(helper, s);
    s.simulatedTimeS = Simulator::Now().GetSeconds();
    s.peakRssMib = PeakRssMib();
    return s;
}

void
SummarizeFaults(const SrvccStatsCollector& stats, const SrvccFaultHelper& faults,
                SrvccRunSummary& s)
{
    for (const SrvccInjection& i : faults.GetInjections())
    {
        SrvccInjectionSummary out;
        out.iface = ToString(i.iface);
        out.from = ToString(i.from);
        out.to = ToString(i.to);
        out.atS = i.at.GetSeconds();
        out.octets = static_cast<uint32_t>(i.payload.size());
        const SrvccInjectedOutcome* o = stats.GetInjectedOutcome(i.id);
        if (!i.sent)
        {
            out.outcome = "not_sent";
        }
        else if (!o)
        {
            out.outcome = "lost";
        }
        else if (o->accepted)
        {
            out.outcome = "accepted";
            out.detail = SrvccMessageTypeName(o->type);
        }
        else
        {
            out.outcome = "dropped";
            out.detail = SrvccDecodeErrorKey(o->reason);
        }
        s.injections.push_back(std::move(out));
    }
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        const SrvccMessageFuzzer* fuzzer = faults.GetFuzzer(iface);
        if (!fuzzer)
        {
            continue;
        }
        SrvccFuzzSummary f;
        f.mutated = fuzzer->GetMutated();
        for (std::size_t m = 0; m < kSrvccMutationCount; ++m)
        {
            const auto mutation = static_cast<SrvccMutation>(m);
            f.byMutation[SrvccMutationKey(mutation)] = fuzzer->GetMutated(mutation);
        }
        // The outcomes of this interface's mutated messages: ids kSrvccFuzzedIdBase + n are
        // numbered per fuzzer, so they are looked up in the interface's own range of records.
        uint64_t seen = 0;
        for (const auto& [id, o] : stats.GetInjectedOutcomes())
        {
            if (id < kSrvccFuzzedIdBase || o.iface != iface)
            {
                continue;
            }
            ++seen;
            if (o.accepted)
            {
                ++f.accepted;
            }
            else
            {
                ++f.dropped[SrvccDecodeErrorKey(o.reason)];
            }
        }
        f.lost = f.mutated > seen ? f.mutated - seen : 0;
        s.fuzzed[ToString(iface)] = std::move(f);
    }
}

boost::json::value
SummaryJson(const SrvccRunSummary& s)
{
    return boost::json::object{
        {"scenario", s.scenario},
        {"profile", s.profile},
        {"ues", s.ues},
        {"gnbs", s.gnbs},
        {"rng", {{"seed", s.rngSeed}, {"run", s.rngRun}}},
        {"handovers",
         {{"attempted", s.attempted}, {"completed", s.completed}, {"failed", s.failed}}},
        {"failure_causes", CountsJson(s.failureCauses)},
        {"key_checks", {{"passed", s.keyChecksPassed}, {"failed", s.keyChecksFailed}}},
        {"latency_ms",
         {{"preparation", LatencyJson(s.preparation)},
          {"interruption", LatencyJson(s.interruption)}}},
        {"queueing_ms", QueueingJson(s.queueing)},
        {"queue_length_seen", NestedNumbersJson(s.queueLengthSeen)},
        {"utilization", UtilizationJson(s.utilization)},
        {"stale_contexts",
         {{"mme", s.staleContextsMme}, {"msc", s.staleContextsMsc}, {"rnc", s.staleContextsRnc}}},
        {"injected", InjectionsJson(s.injections)},
        {"fuzzed", FuzzedJson(s.fuzzed)},
        {"kamf_exposures", s.kamfExposures},
        {"packets_scanned", s.packetsScanned},
        {"decode_errors", s.decodeErrors},
        {"rejected_messages", RejectedJson(s.rejectedMessages)},
        {"replays_rejected", s.replaysRejected},
        {"messages_per_interface", CountsJson(s.messagesPerInterface)},
        {"retransmissions", CountsJson(s.retransmissions)},
        {"duplicates_received", CountsJson(s.duplicatesReceived)},
        {"authentication", AuthenticationJson(s.authentication)},
        {"emergency",
         {{"authenticated", s.emergency.authenticated},
          {"unauthenticated", s.emergency.unauthenticated},
          {"rejected", s.emergency.rejected}}},
        {"simulated_time_s", s.simulatedTimeS},
        {"wall_time_s", s.wallTimeS},
        {"peak_rss_mib", s.peakRssMib},
    };
}

void
WriteSummaryJson(const std::string& path, const SrvccRunSummary& summary)
{
    const srvcc::JsonFormat format{srvcc::JsonLayout::kMembersOnLines, srvcc::kReportDigits};
    srvcc::WriteOutputFile(path, srvcc::WriteJson(SummaryJson(summary), format) + "\n");
}

void
WriteHandoversCsv(const std::string& path, const std::vector<SrvccHandoverRecord>& records)
{
    std::vector<std::string> header = {"ue", "result", "cause"};
    for (std::size_t i = 0; i < kSrvccStepCount; ++i)
    {
        header.emplace_back(StepColumn(static_cast<SrvccStep>(i)));
    }
    header.emplace_back("preparation_ms");
    header.emplace_back("interruption_ms");
    srvcc::CsvWriter csv(path, header);
    // A time or latency that does not exist (a step not reached) is an empty field.
    auto ns = [&csv](int64_t t) -> srvcc::CsvWriter&
    {
        return t >= 0 ? csv.Field(t) : csv.Empty();
    };
    auto ms = [&csv](int64_t t) -> srvcc::CsvWriter&
    {
        return t >= 0 ? csv.Field(Ms(t)) : csv.Empty();
    };
    for (const SrvccHandoverRecord& r : records)
    {
        csv.Field(r.ue).Field(ResultName(r.result));
        csv.Field(r.result == SrvccHandoverRecord::Result::kPending ? kPendingCause : r.cause);
        for (int64_t t : r.stepNs)
        {
            ns(t);
        }
        ms(r.PreparationNs());
        ms(r.InterruptionNs());
        csv.EndRow();
    }
    csv.Write();
}

void
WriteKeysCsv(const std::string& path, const SrvccHelper& helper)
{
    srvcc::CsvWriter csv(
        path, {"ue", "node", "kamf", "kasme_srvcc", "ck_srvcc", "ik_srvcc", "ksi", "dl_nas_count"});
    // What one node holds for one UE; "" where it holds nothing.
    auto row = [&csv](uint32_t ue, const char* node, const std::string& kamf,
                      const std::string& kasme, const std::string& ck, const std::string& ik,
                      const std::string& ksi, const std::string& count)
    {
        csv.Field(ue).Field(node).Field(kamf).Field(kasme).Field(ck).Field(ik).Field(ksi);
        csv.Field(count).EndRow();
    };
    for (uint32_t ue = 0; ue < helper.GetNumUes(); ++ue)
    {
        const Ptr<SrvccUeApplication> app = helper.GetUe(ue);
        const auto& chain = app->GetSrvccKeys();
        if (chain)
        {
            row(ue, "ue", app->GetNasSecurityContext().kamf.RevealHex(),
                chain->mappedKasme ? chain->mappedKasme->RevealHex() : "",
                chain->ckIk.ck.RevealHex(), chain->ckIk.ik.RevealHex(),
                std::to_string(chain->ksiSrvcc), std::to_string(chain->downlinkNasCount.Value()));
        }
        else
        {
            row(ue, "ue", app->GetNasSecurityContext().kamf.RevealHex(), "", "", "", "", "");
        }

        const AmfNasSecurityContext* amf = helper.GetAmf()->GetNasSecurityContext(ue);
        srvcc::NasCount count;
        const bool used = helper.GetAmf()->GetLastSrvccCount(ue, count);
        const srvcc::Key256* kasme = helper.GetAmf()->GetLastMappedKasme(ue);
        row(ue, "amf", amf ? amf->kamf.RevealHex() : "", kasme ? kasme->RevealHex() : "", "", "",
            amf ? std::to_string(amf->ngksi.value) : "", used ? std::to_string(count.Value()) : "");

        const MmeMappedSecurityContext* mme
            = helper.GetMme() ? helper.GetMme()->GetContext(ue) : nullptr;
        if (mme)
        {
            row(ue, "mme", "", mme->mappedKasme.RevealHex(), mme->ckIk.ck.RevealHex(),
                mme->ckIk.ik.RevealHex(), std::to_string(mme->ksiSrvcc),
                std::to_string(mme->downlinkNasCount.Value()));
        }
        else
        {
            row(ue, "mme", "", "", "", "", "", "");
        }

        const MscSrvccSecurityContext* msc = helper.GetMscServer()->GetContext(ue);
        if (msc)
        {
            row(ue, "msc", "", "", msc->ckIk.ck.RevealHex(), msc->ckIk.ik.RevealHex(),
                std::to_string(msc->ksiSrvcc), "");
        }
        else
        {
            row(ue, "msc", "", "", "", "", "", "");
        }
    }
    csv.Write();
}

void
WriteRegistrationsCsv(const std::string& path, const SrvccHelper& helper)
{
    srvcc::CsvWriter csv(path, {"ue",
                                "attach",
                                "emergency",
                                "identity",
                                "outcome",
                                "cause",
                                "registrations",
                                "auth_attempts",
                                "auth_failures",
                                "auth_messages",
                                "nas_messages",
                                "time_to_outcome_ms",
                                "ue_milenage",
                                "ue_kdf",
                                "ue_mac",
                                "net_milenage",
                                "net_kdf",
                                "net_mac",
                                "nia0_refused",
                                "uia0_refused",
                                "reauth_after_srvcc",
                                "reauth_skip_refused"});
    for (uint32_t i = 0; i < helper.GetNumUes(); ++i)
    {
        const SrvccUeNas* nas = helper.GetUe(i)->GetNas();
        if (nas == nullptr)
        {
            continue;
        }
        const SrvccUeProfile p = helper.GetUeProfile(i);
        const SrvccUeNasStats& u = nas->GetStats();
        const SrvccAmfNasStats* amf = helper.GetAmf()->GetNas().GetStats(i);
        const SrvccCryptoOps net = amf ? amf->crypto : SrvccCryptoOps{};
        csv.Field(i).Field(p.emergencyRegistration ? "emergency" : "normal");
        csv.Field(IsEmergency(p) ? 1 : 0).Field(p.peiOnly ? "pei" : "supi");
        csv.Field(ToString(u.outcome)).Field(u.releaseCause).Field(u.registrations);
        csv.Field(u.authAttempts).Field(u.authFailures).Field(u.authMessages);
        csv.Field(u.nasMessages);
        if (u.ended >= Time(0))
        {
            csv.Field((u.ended - u.started).GetSeconds() * 1e3);
        }
        else
        {
            csv.Empty(); // still registering when the simulation ended
        }
        csv.Field(u.crypto.milenage).Field(u.crypto.kdf).Field(u.crypto.mac);
        csv.Field(net.milenage).Field(net.kdf).Field(net.mac);
        csv.Field(u.nia0Refused).Field(u.uia0Refused).Field(u.reauthAfterSrvcc);
        csv.Field(u.reauthSkipRefused).EndRow();
    }
    csv.Write();
}

} // namespace ns3
