/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-run-summary.h"

#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <sys/resource.h>

namespace ns3
{

namespace
{

const char* kPendingCause = "not finished when the simulation ended";

std::string
Quote(const std::string& text)
{
    std::string out = "\"";
    for (char c : text)
    {
        if (c == '"' || c == '\\')
        {
            out += '\\';
        }
        if (static_cast<unsigned char>(c) >= 0x20)
        {
            out += c;
        }
    }
    return out + "\"";
}

std::string
Number(double value)
{
    std::ostringstream os;
    os << std::setprecision(9) << value;
    return os.str();
}

std::string
LatencyJson(const SrvccLatencyStats& s)
{
    return "{\"count\":" + std::to_string(s.count) + ",\"mean\":" + Number(s.mean)
           + ",\"p50\":" + Number(s.p50) + ",\"p95\":" + Number(s.p95) + ",\"p99\":" + Number(s.p99)
           + ",\"max\":" + Number(s.max) + "}";
}

std::string
CountsJson(const std::map<std::string, uint64_t>& counts)
{
    std::string out = "{";
    for (const auto& [key, n] : counts)
    {
        out += (out.size() > 1 ? "," : "") + Quote(key) + ":" + std::to_string(n);
    }
    return out + "}";
}

/** Write \p text to \p path, reporting why it failed. */
bool
WriteFile(const std::string& path, const std::string& text, std::string& error)
{
    std::ofstream out(path, std::ios::out | std::ios::trunc);
    if (!out)
    {
        error = path + ": cannot open for writing: " + std::strerror(errno);
        return false;
    }
    out << text;
    out.close();
    if (!out)
    {
        error = path + ": write failed: " + std::strerror(errno);
        return false;
    }
    return true;
}

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

std::string
AuthenticationJson(const SrvccAuthenticationSummary& a)
{
    auto n = [](uint64_t v)
    {
        return std::to_string(v);
    };
    return std::string("{\"enabled\": ") + (a.enabled ? "true" : "false") + ", \"attempts\": "
           + n(a.attempts) + ", \"failures\": " + n(a.failures) + ", \"messages\": " + n(a.messages)
           + ", \"nas_messages\": " + n(a.nasMessages) + ", \"max_messages_per_ue\": "
           + n(a.maxMessagesPerUe) + ", \"registered\": " + n(a.registered)
           + ", \"unauthenticated\": " + n(a.unauthenticated) + ", \"rejected\": " + n(a.rejected)
           + ", \"released\": " + n(a.released) + ", \"pending\": " + n(a.pending)
           + ", \"nia0_refused\": " + n(a.nia0Refused) + ", \"uia0_refused\": " + n(a.uia0Refused)
           + ", \"reauth_after_srvcc\": " + n(a.reauthAfterSrvcc) + ", \"reauth_skip_refused\": "
           + n(a.reauthSkipRefused) + ", \"time_to_outcome_ms\": {\"mean\": "
           + Number(a.meanTimeToOutcomeMs) + ", \"max\": " + Number(a.maxTimeToOutcomeMs) + "}"
           + ", \"crypto_ops\": {\"ue\": {\"milenage\": " + n(a.ueMilenage)
           + ", \"kdf\": " + n(a.ueKdf) + ", \"mac\": " + n(a.ueMac)
           + ", \"total\": " + n(a.ueMilenage + a.ueKdf + a.ueMac)
           + "}, \"network\": {\"milenage\": " + n(a.networkMilenage)
           + ", \"kdf\": " + n(a.networkKdf) + ", \"mac\": " + n(a.networkMac)
           + ", \"total\": " + n(a.networkMilenage + a.networkKdf + a.networkMac) + "}}}";
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
    s.kamfExposures = stats.GetKamfScanner().GetExposures();
    s.packetsScanned = stats.GetKamfScanner().GetPacketsScanned();
    s.decodeErrors = stats.GetDecodeErrors();
    for (uint32_t i = 0; i < helper.GetNumUes(); ++i)
    {
        s.replaysRejected += helper.GetUe(i)->GetReplaysRejected();
    }
    s.messagesPerInterface = stats.GetMessagesPerInterface();
    SummarizeAuthentication(helper, s);
    s.simulatedTimeS = Simulator::Now().GetSeconds();
    s.peakRssMib = PeakRssMib();
    return s;
}

bool
WriteSummaryJson(const std::string& path, const SrvccRunSummary& s, std::string& error)
{
    std::string j = "{\n";
    j += "  \"scenario\": " + Quote(s.scenario) + ",\n";
    j += "  \"profile\": " + Quote(s.profile) + ",\n";
    j += "  \"ues\": " + std::to_string(s.ues) + ",\n";
    j += "  \"gnbs\": " + std::to_string(s.gnbs) + ",\n";
    j += "  \"rng\": {\"seed\": " + std::to_string(s.rngSeed)
         + ", \"run\": " + std::to_string(s.rngRun) + "},\n";
    j += "  \"handovers\": {\"attempted\": " + std::to_string(s.attempted) + ", \"completed\": "
         + std::to_string(s.completed) + ", \"failed\": " + std::to_string(s.failed) + "},\n";
    j += "  \"failure_causes\": " + CountsJson(s.failureCauses) + ",\n";
    j += "  \"key_checks\": {\"passed\": " + std::to_string(s.keyChecksPassed)
         + ", \"failed\": " + std::to_string(s.keyChecksFailed) + "},\n";
    j += "  \"latency_ms\": {\"preparation\": " + LatencyJson(s.preparation)
         + ", \"interruption\": " + LatencyJson(s.interruption) + "},\n";
    j += "  \"stale_contexts\": {\"mme\": " + std::to_string(s.staleContextsMme)
         + ", \"msc\": " + std::to_string(s.staleContextsMsc) + "},\n";
    j += "  \"kamf_exposures\": " + std::to_string(s.kamfExposures) + ",\n";
    j += "  \"packets_scanned\": " + std::to_string(s.packetsScanned) + ",\n";
    j += "  \"decode_errors\": " + std::to_string(s.decodeErrors) + ",\n";
    j += "  \"replays_rejected\": " + std::to_string(s.replaysRejected) + ",\n";
    j += "  \"messages_per_interface\": " + CountsJson(s.messagesPerInterface) + ",\n";
    j += "  \"authentication\": " + AuthenticationJson(s.authentication) + ",\n";
    j += "  \"emergency\": {\"authenticated\": " + std::to_string(s.emergency.authenticated)
         + ", \"unauthenticated\": " + std::to_string(s.emergency.unauthenticated)
         + ", \"rejected\": " + std::to_string(s.emergency.rejected) + "},\n";
    j += "  \"simulated_time_s\": " + Number(s.simulatedTimeS) + ",\n";
    j += "  \"wall_time_s\": " + Number(s.wallTimeS) + ",\n";
    j += "  \"peak_rss_mib\": " + Number(s.peakRssMib) + "\n";
    j += "}\n";
    return WriteFile(path, j, error);
}

bool
WriteHandoversCsv(const std::string& path, const std::vector<SrvccHandoverRecord>& records,
                  std::string& error)
{
    std::string csv = "ue,result,cause";
    for (std::size_t i = 0; i < kSrvccStepCount; ++i)
    {
        csv += std::string(",") + StepColumn(static_cast<SrvccStep>(i));
    }
    csv += ",preparation_ms,interruption_ms\n";
    for (const SrvccHandoverRecord& r : records)
    {
        csv += std::to_string(r.ue) + "," + ResultName(r.result) + ",";
        const std::string cause
            = r.result == SrvccHandoverRecord::Result::kPending ? kPendingCause : r.cause;
        csv += cause.find(',') != std::string::npos ? Quote(cause) : cause;
        for (int64_t t : r.stepNs)
        {
            csv += "," + (t >= 0 ? std::to_string(t) : std::string());
        }
        const int64_t prep = r.PreparationNs();
        const int64_t intr = r.InterruptionNs();
        csv += "," + (prep >= 0 ? Number(Ms(prep)) : std::string());
        csv += "," + (intr >= 0 ? Number(Ms(intr)) : std::string());
        csv += "\n";
    }
    return WriteFile(path, csv, error);
}

bool
WriteKeysCsv(const std::string& path, const SrvccHelper& helper, std::string& error)
{
    std::string csv = "ue,node,kamf,kasme_srvcc,ck_srvcc,ik_srvcc,ksi,dl_nas_count\n";
    auto row = [&csv](uint32_t ue, const char* node, const std::string& kamf,
                      const std::string& kasme, const std::string& ck, const std::string& ik,
                      const std::string& ksi, const std::string& count)
    {
        csv += std::to_string(ue) + "," + node + "," + kamf + "," + kasme + "," + ck + "," + ik
               + "," + ksi + "," + count + "\n";
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
    return WriteFile(path, csv, error);
}

bool
WriteRegistrationsCsv(const std::string& path, const SrvccHelper& helper, std::string& error)
{
    std::string csv = "ue,attach,emergency,identity,outcome,cause,registrations,auth_attempts,"
                      "auth_failures,auth_messages,nas_messages,time_to_outcome_ms,"
                      "ue_milenage,ue_kdf,ue_mac,net_milenage,net_kdf,net_mac,nia0_refused,"
                      "uia0_refused,reauth_after_srvcc,reauth_skip_refused\n";
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
        const std::string time
            = u.ended >= Time(0) ? Number((u.ended - u.started).GetSeconds() * 1e3) : "";
        csv += std::to_string(i) + "," + (p.emergencyRegistration ? "emergency" : "normal") + ","
               + (IsEmergency(p) ? "1" : "0") + "," + (p.peiOnly ? "pei" : "supi") + ","
               + ToString(u.outcome) + "," + Quote(u.releaseCause) + ","
               + std::to_string(u.registrations) + "," + std::to_string(u.authAttempts) + ","
               + std::to_string(u.authFailures) + "," + std::to_string(u.authMessages) + ","
               + std::to_string(u.nasMessages) + "," + time + ","
               + std::to_string(u.crypto.milenage) + "," + std::to_string(u.crypto.kdf) + ","
               + std::to_string(u.crypto.mac) + "," + std::to_string(net.milenage) + ","
               + std::to_string(net.kdf) + "," + std::to_string(net.mac) + ","
               + std::to_string(u.nia0Refused) + "," + std::to_string(u.uia0Refused) + ","
               + std::to_string(u.reauthAfterSrvcc) + "," + std::to_string(u.reauthSkipRefused)
               + "\n";
    }
    return WriteFile(path, csv, error);
}

} // namespace ns3
