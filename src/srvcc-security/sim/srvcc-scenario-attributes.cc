/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The table of scenario fields that set ns-3 Attributes, reading a field through its row, and
 * applying the fields a file gave (doc/scenario-format.md, "Fields and the Attributes they
 * set").
 */
#include "srvcc-sim/srvcc-scenario-attributes.h"

#include "ns3/boolean.h"
#include "ns3/data-rate.h"
#include "ns3/double.h"
#include "ns3/pointer.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"
#include "srvcc-sim/srvcc-scenario-json.h"
#include "srvcc-sim/srvcc-scenario.h"
#include "srvcc/srvcc-profile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace ns3
{

namespace
{

/** Any time field: 11.6 days, far inside ns-3 Time's int64 nanoseconds (292 years). */
constexpr double kMaxSeconds = 1e6;
/** 10 Tb/s: above any link here, far inside DataRate's uint64 bits per second. */
constexpr double kMaxBitRate = 1e13;
/** Workers of one node: far above any signalling server's worker threads. */
constexpr uint64_t kMaxCount = 1000000;

using Kind = SrvccScenarioFieldKind;

struct RoleInfo
{
    const char* name;
    SrvccRole role;
    /** The Time Attributes of the role's application a scenario may set, in ms. */
    std::vector<std::string> timers;
    /** Whether the role sends GTPv2-C requests: its T3Response, DuplicateWindow, N3Requests. */
    bool gtpv2c{false};
};

const std::vector<RoleInfo>&
Roles()
{
    static const std::vector<RoleInfo> roles = {
        {"ue", SrvccRole::kUe, {"UtranAccessDelay"}},
        {"gnb", SrvccRole::kGnb, {"TNgRelocPrep", "TNgRelocOverall"}},
        {"amf", SrvccRole::kAmf, {"RelocationResponseTimeout", "RelocationCompleteTimeout"}, true},
        {"mme", SrvccRole::kMme, {"SvResponseTimeout", "CompletionTimeout"}, true},
        {"msc", SrvccRole::kMscServer, {"TargetPreparationTimeout", "UeArrivalTimeout"}, true},
        {"rnc", SrvccRole::kRnc, {"UnusedResourceTimeout"}},
    };
    return roles;
}

/** The prefixes of SrvccHelper's link Attributes, in SrvccInterface order (srvcc-helper.cc). */
constexpr const char* kLinkPrefixes[kSrvccInterfaceCount]
    = {"NrUu", "N2", "N26", "Sv", "AmfMsc", "Iu", "UtranUu"};

SrvccScenarioAttribute
Row(std::string path, std::optional<SrvccRole> role, std::string attribute, Kind kind,
    std::string doc)
{
    SrvccScenarioAttribute r;
    r.path = std::move(path);
    r.role = role;
    r.attribute = std::move(attribute);
    r.kind = kind;
    r.doc = std::move(doc);
    return r;
}

SrvccScenarioAttribute
TimeRow(std::string path, std::optional<SrvccRole> role, std::string attribute, Time::Unit unit,
        std::string doc)
{
    SrvccScenarioAttribute r
        = Row(std::move(path), role, std::move(attribute), Kind::kTime, std::move(doc));
    r.unit = unit;
    return r;
}

SrvccScenarioAttribute
ChoiceRow(std::string path, std::optional<SrvccRole> role, std::string attribute,
          std::vector<std::pair<std::string, std::string>> words, std::string doc)
{
    SrvccScenarioAttribute r
        = Row(std::move(path), role, std::move(attribute), Kind::kChoice, std::move(doc));
    r.words = std::move(words);
    return r;
}

std::vector<SrvccScenarioAttribute>
BuildTable()
{
    std::vector<SrvccScenarioAttribute> t;
    // The names are srvcc::ToString's, those of the Profile Attribute and of srvcc-keys.
    std::vector<std::pair<std::string, std::string>> profiles;
    for (srvcc::SrvccProfile p : {srvcc::SrvccProfile::kTs33501, srvcc::SrvccProfile::kSol11,
                                  srvcc::SrvccProfile::kSol11Concat, srvcc::SrvccProfile::kSol12})
    {
        profiles.emplace_back(srvcc::ToString(p), srvcc::ToString(p));
    }
    t.push_back(ChoiceRow("profile", std::nullopt, "Profile", profiles,
                          "key derivation profile (TS 33.501 Annex J or a TR 33.856 solution)"));
    t.push_back(ChoiceRow("eksi_type", std::nullopt, "EksiTypeRule",
                          {{"mapped", "mapped"}, {"keep", "keep"}},
                          "eKSI type field: mapped (TS 33.501 8.6.1) or kept"));
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        const std::string path = ScenarioJson::Join("links", ToString(iface));
        const std::string prefix = kLinkPrefixes[static_cast<std::size_t>(iface)];
        const std::string on = std::string(" of every ") + ToString(iface) + " link";
        t.push_back(TimeRow(ScenarioJson::Join(path, "delay_ms"), std::nullopt, prefix + "Delay",
                            Time::MS, "one-way delay" + on + ", ms"));
        t.push_back(Row(ScenarioJson::Join(path, "data_rate"), std::nullopt, prefix + "DataRate",
                        Kind::kDataRate, "data rate" + on));
        t.push_back(Row(ScenarioJson::Join(path, "loss"), std::nullopt, prefix + "LossRate",
                        Kind::kProbability, "packet loss probability" + on));
        // The transport under the interface's messages (SrvccHelper's <Prefix>Reliable, ...):
        // SCTP on n2 and iu, RLC AM on the radio legs, none on the GTPv2-C interfaces.
        const SrvccTransportMode mode = SrvccDefaultTransportConfig(iface).mode;
        if (mode == SrvccTransportMode::kSctp)
        {
            t.push_back(Row(ScenarioJson::Join(path, "reliable"), std::nullopt, prefix + "Reliable",
                            Kind::kBool,
                            "SCTP-like association (retransmission on RTO expiry)" + on));
            SrvccScenarioAttribute initial
                = TimeRow(ScenarioJson::Join(path, "rto_initial_ms"), std::nullopt,
                          prefix + "RtoInitial", Time::MS, "SCTP RTO.Initial" + on + ", ms");
            initial.positive = true;
            t.push_back(initial);
            t.push_back(TimeRow(ScenarioJson::Join(path, "rto_min_ms"), std::nullopt,
                                prefix + "RtoMin", Time::MS, "SCTP RTO.Min" + on + ", ms"));
            SrvccScenarioAttribute max
                = TimeRow(ScenarioJson::Join(path, "rto_max_ms"), std::nullopt, prefix + "RtoMax",
                          Time::MS, "SCTP RTO.Max" + on + ", ms");
            max.positive = true;
            t.push_back(max);
            t.push_back(Row(ScenarioJson::Join(path, "path_max_retrans"), std::nullopt,
                            prefix + "PathMaxRetrans", Kind::kCount,
                            "SCTP Path.Max.Retrans: retransmissions before giving up" + on));
        }
        else if (mode == SrvccTransportMode::kRlcAm)
        {
            t.push_back(
                Row(ScenarioJson::Join(path, "reliable"), std::nullopt, prefix + "Reliable",
                    Kind::kBool,
                    "RLC acknowledged mode (retransmission of what is not acknowledged)" + on));
            SrvccScenarioAttribute delay
                = TimeRow(ScenarioJson::Join(path, "retransmit_delay_ms"), std::nullopt,
                          prefix + "RetransmitDelay", Time::MS,
                          "RLC retransmission delay (t-PollRetransmit)" + on + ", ms");
            delay.positive = true;
            t.push_back(delay);
            t.push_back(Row(ScenarioJson::Join(path, "max_retransmissions"), std::nullopt,
                            prefix + "MaxRetransmissions", Kind::kCount,
                            "RLC retransmissions before radio link failure" + on));
        }
    }
    for (const RoleInfo& r : Roles())
    {
        const std::string path = ScenarioJson::Join("processing", r.name);
        t.push_back(Row(ScenarioJson::Join(path, "message_us"), r.role, "ProcessingTime",
                        Kind::kDistribution,
                        "time per received message, us: a number or a distribution"));
        t.push_back(Row(ScenarioJson::Join(path, "workers"), r.role, "Workers", Kind::kCount,
                        "messages processed at the same time (a FCFS queue in front)"));
        t.push_back(TimeRow(ScenarioJson::Join(path, "key_derivation_us"), r.role,
                            "KeyDerivationDelay", Time::US, "time per key derivation step, us"));
        t.push_back(Row(ScenarioJson::Join(path, "serial"), r.role, "SerialProcessing", Kind::kBool,
                        "queue for the workers (true) or process every message at once"));
        // per_message.<Message>: the messages the role's application has an Attribute for
        // (those that arrive on one of its interfaces, SrvccNodeApplication::MakeRoleTypeId).
        const std::string perMessage = ScenarioJson::Join(path, "per_message");
        SrvccScenarioAttribute probe = Row("", r.role, "", Kind::kDistribution, "");
        for (std::size_t m = 0; m < kSrvccMessageTypeCount; ++m)
        {
            const auto type = static_cast<SrvccMessageType>(m);
            probe.attribute = std::string(SrvccMessageTypeKey(type)) + "ProcessingTime";
            TypeId::AttributeInformation info;
            if (probe.Lookup(info))
            {
                t.push_back(Row(ScenarioJson::Join(perMessage, SrvccMessageTypeKey(type)), r.role,
                                probe.attribute, Kind::kDistribution,
                                std::string("time per ") + SrvccMessageTypeName(type) + ", us"));
            }
        }
    }
    for (const RoleInfo& r : Roles())
    {
        const std::string path = ScenarioJson::Join("timers", r.name);
        for (const std::string& timer : r.timers)
        {
            t.push_back(TimeRow(ScenarioJson::Join(path, timer), r.role, timer, Time::MS,
                                "node timer, ms"));
        }
        if (r.gtpv2c)
        {
            // TS 29.274 7.6: T3-RESPONSE (> 0) and N3-REQUESTS (retransmissions, 0 allowed),
            // and how long received requests are remembered to spot duplicates.
            SrvccScenarioAttribute t3
                = TimeRow(ScenarioJson::Join(path, "T3Response"), r.role, "T3Response", Time::MS,
                          "GTPv2-C T3-RESPONSE (TS 29.274 7.6), ms");
            t3.positive = true;
            t.push_back(t3);
            t.push_back(TimeRow(ScenarioJson::Join(path, "DuplicateWindow"), r.role,
                                "DuplicateWindow", Time::MS,
                                "how long received GTPv2-C requests are remembered, ms"));
            SrvccScenarioAttribute n3
                = Row(ScenarioJson::Join(path, "N3Requests"), r.role, "N3Requests", Kind::kCount,
                      "GTPv2-C N3-REQUESTS: retransmissions of a request (TS 29.274 7.6)");
            n3.minCount = 0;   // no retransmission
            n3.maxCount = 100; // as the Attribute's checker
            t.push_back(n3);
        }
    }
    // The UIA/UEA identity is the digit (TS 33.102 6.4.2); the RNC's Attributes take it.
    t.push_back(ChoiceRow("utran.integrity", SrvccRole::kRnc, "IntegrityAlgorithm",
                          {{"uia2", "2"}, {"uia1", "1"}}, "the RNC's preferred UIA"));
    t.push_back(ChoiceRow("utran.ciphering", SrvccRole::kRnc, "CipheringAlgorithm",
                          {{"uea2", "2"}, {"uea1", "1"}, {"uea0", "0"}},
                          "the RNC's preferred UEA"));
    t.push_back(ChoiceRow("sv_mm_context", SrvccRole::kMme, "UtranSrvccContextIe",
                          {{"eutran", "false"}, {"utran", "true"}},
                          "CK/IK on Sv in IE 54 (eutran, the default) or IE 55 (utran), "
                          "TS 29.280"));
    t.push_back(Row("faults.msc_rejects", SrvccRole::kMscServer, "RejectPsToCs", Kind::kBool,
                    "the MSC server rejects SRVCC PS to CS Request"));
    t.push_back(Row("faults.rnc_rejects", SrvccRole::kRnc, "RejectRelocation", Kind::kBool,
                    "the target RNC answers Relocation Failure"));
    t.push_back(Row("faults.tamper_ck", SrvccRole::kMscServer, "TamperCk", Kind::kBool,
                    "the MSC server stores a CK with one bit flipped"));
    t.push_back(Row("faults.tamper_ik", SrvccRole::kMscServer, "TamperIk", Kind::kBool,
                    "the MSC server stores an IK with one bit flipped"));
    t.push_back(TimeRow("faults.replay_ho_command_ms", SrvccRole::kGnb, "ReplayHoCommandAfter",
                        Time::MS, "attack: the gNB replays the HO Command this long after, ms"));
    t.push_back(TimeRow("registration.home_network_delay_ms", SrvccRole::kAmf, "HomeNetworkDelay",
                        Time::MS, "AMF - AUSF/UDM round trip, ms"));
    t.push_back(Row("registration.allow_unauthenticated_emergency", SrvccRole::kAmf,
                    "AllowUnauthenticatedEmergency", Kind::kBool,
                    "unauthenticated IMS emergency sessions allowed (TS 33.501 10.2.2.2)"));
    t.push_back(ChoiceRow("registration.authentication_bound", SrvccRole::kAmf,
                          "AuthenticationBound",
                          {{"bounded", "bounded"}, {"unbounded", "unbounded"}},
                          "authentication failures stop after 3 (TS 24.501 5.4.1.3.7) or never"));
    t.push_back(Row("registration.faults.amf_null_algorithms", SrvccRole::kAmf,
                    "ForceNullAlgorithms", Kind::kBool, "the AMF selects NIA0/NEA0 for every UE"));
    t.push_back(Row("registration.faults.amf_skip_reauth", SrvccRole::kAmf, "SkipReauthAfterSrvcc",
                    Kind::kBool, "no re-authentication after SRVCC (TS 33.501 J.1.1)"));
    t.push_back(ChoiceRow("registration.faults.rnc_force_uia", SrvccRole::kRnc,
                          "ForceIntegrityAlgorithm", {{"uia0", "0"}, {"uia1", "1"}, {"uia2", "2"}},
                          "a malicious RNC selects this UIA"));
    return t;
}

struct RateUnit
{
    const char* name;
    double bitsPerSecond;
};

/**
 * The unit strings ns-3.37's DataRate accepts (data-rate.h): its string constructor aborts the
 * program on anything else, so the reader checks them itself and builds the DataRate from the
 * bit rate.
 */
constexpr RateUnit kRateUnits[] = {
    {"bps", 1.0},
    {"b/s", 1.0},
    {"Bps", 8.0},
    {"B/s", 8.0},
    {"kbps", 1e3},
    {"kb/s", 1e3},
    {"Kbps", 1e3},
    {"Kb/s", 1e3},
    {"kBps", 8e3},
    {"kB/s", 8e3},
    {"KBps", 8e3},
    {"KB/s", 8e3},
    {"Kib/s", 1024.0},
    {"KiB/s", 8192.0},
    {"Mbps", 1e6},
    {"Mb/s", 1e6},
    {"MBps", 8e6},
    {"MB/s", 8e6},
    {"Mib/s", 1048576.0},
    {"MiB/s", 8388608.0},
    {"Gbps", 1e9},
    {"Gb/s", 1e9},
    {"GBps", 8e9},
    {"GB/s", 8e9},
    {"Gib/s", 1073741824.0},
    {"GiB/s", 8589934592.0},
};

/** "100Mbps" -> 1e8: digits, an optional fraction, one unit of kRateUnits; no spaces. */
bool
ParseBitRate(const std::string& s, double& bitsPerSecond)
{
    std::size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    {
        ++i;
    }
    if (i == 0)
    {
        return false;
    }
    if (i < s.size() && s[i] == '.')
    {
        const std::size_t fractionStart = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        {
            ++i;
        }
        if (i == fractionStart)
        {
            return false;
        }
    }
    const std::string unit = s.substr(i);
    for (const RateUnit& u : kRateUnits)
    {
        if (unit == u.name)
        {
            // from_chars: independent of the C locale's decimal point, unlike strtod.
            double value = 0;
            if (std::from_chars(s.data(), s.data() + i, value).ec != std::errc())
            {
                return false;
            }
            bitsPerSecond = value * u.bitsPerSecond;
            return true;
        }
    }
    return false;
}

DataRate
ReadDataRate(const ScenarioJson& json, const boost::json::value& v, const std::string& path)
{
    std::string units;
    for (const RateUnit& u : kRateUnits)
    {
        units += (units.empty() ? "" : ", ") + std::string(u.name);
    }
    const std::string expected
        = "a data rate: a number and a unit (" + units + "), no space, e.g. \"100Mbps\"";
    double bps = 0;
    if (!v.is_string() || !ParseBitRate(std::string(v.get_string()), bps))
    {
        json.Mismatch(path, v, expected);
    }
    if (bps < 1.0 || bps > kMaxBitRate)
    {
        json.Mismatch(path, v, "a data rate between 1bps and 10000Gbps");
    }
    // Truncated like ns-3's own string parser, so "1.5kbps" means what ns-3 would make of it.
    return DataRate(static_cast<uint64_t>(bps));
}

/** Shortest text that reads back as \p d (std::to_chars), as ns-3's DoubleValue parses it. */
std::string
DoubleText(double d)
{
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof(buffer), d);
    return std::string(buffer, r.ptr);
}

} // namespace

std::string
ReadScenarioDistribution(const ScenarioJson& json, const boost::json::value& v,
                         const std::string& path)
{
    ScenarioNumberRange us;
    us.max = kMaxSeconds * 1e6;
    if (v.is_number())
    {
        return "ns3::ConstantRandomVariable[Constant=" + DoubleText(json.Number(v, path, us)) + "]";
    }
    const std::string expected = "a time in us or an object {\"distribution\", \"mean_us\", "
                                 "\"cv\"}";
    if (!v.is_object())
    {
        json.Mismatch(path, v, expected);
    }
    const boost::json::object& o = v.get_object();
    json.CheckKeys(o, path, {"distribution", "mean_us", "cv"});
    const std::string distributionPath = ScenarioJson::Join(path, "distribution");
    const std::string meanPath = ScenarioJson::Join(path, "mean_us");
    const std::string cvPath = ScenarioJson::Join(path, "cv");
    const std::string kind
        = json.Choice(json.Required(o, path, "distribution",
                                    "\"constant\", \"uniform\", \"exponential\" or \"lognormal\""),
                      distributionPath, {"constant", "uniform", "exponential", "lognormal"});
    const boost::json::value& meanValue = json.Required(o, path, "mean_us", "a time in us");
    const double mean = json.Number(meanValue, meanPath, us);
    // The coefficient of variation (standard deviation / mean): fixed by the family for
    // constant (0) and exponential (1), the shape of uniform and log-normal.
    ScenarioNumberRange cvRange;
    cvRange.max = 100;
    std::optional<double> cv;
    if (const auto* c = o.if_contains("cv"))
    {
        cv = json.Number(*c, cvPath, cvRange);
    }
    auto fixedCv = [&](double value)
    {
        if (cv && *cv != value)
        {
            json.Mismatch(cvPath, o.at("cv"),
                          DoubleText(value) + " for a " + kind
                              + " distribution (or no cv; other shapes: uniform, lognormal)");
        }
    };
    if (kind == "constant")
    {
        fixedCv(0);
        return "ns3::ConstantRandomVariable[Constant=" + DoubleText(mean) + "]";
    }
    if (kind == "exponential")
    {
        fixedCv(1);
        // Bound=0: no truncation, so the mean is mean_us.
        return "ns3::ExponentialRandomVariable[Mean=" + DoubleText(mean) + "|Bound=0]";
    }
    if (!cv)
    {
        json.Fail(path, "a " + kind + " distribution needs \"cv\" (standard deviation / mean)");
    }
    if (kind == "uniform")
    {
        // U[a, b] with mean m and cv c: half-width m c sqrt(3); a >= 0 needs c <= 1/sqrt(3).
        const double halfWidth = mean * *cv * std::sqrt(3.0);
        if (halfWidth > mean * (1 + 1e-12))
        {
            json.Mismatch(cvPath, o.at("cv"),
                          "a cv between 0 and 0.57735 (1/sqrt(3)) for a uniform distribution, "
                          "whose values must not go below 0");
        }
        return "ns3::UniformRandomVariable[Min=" + DoubleText(std::max(0.0, mean - halfWidth))
               + "|Max=" + DoubleText(mean + halfWidth) + "]";
    }
    // Log-normal with mean m and cv c: sigma^2 = ln(1 + c^2), mu = ln m - sigma^2 / 2.
    if (mean <= 0 || *cv <= 0)
    {
        json.Fail(path, "a lognormal distribution needs mean_us > 0 and cv > 0");
    }
    const double sigma2 = std::log1p(*cv * *cv);
    return "ns3::LogNormalRandomVariable[Mu=" + DoubleText(std::log(mean) - sigma2 / 2)
           + "|Sigma=" + DoubleText(std::sqrt(sigma2)) + "]";
}

TypeId
SrvccScenarioAttribute::GetTypeId() const
{
    if (!role)
    {
        return SrvccHelper::GetTypeId();
    }
    switch (*role)
    {
        case SrvccRole::kUe:
            return SrvccUeApplication::GetTypeId();
        case SrvccRole::kGnb:
            return SrvccGnbApplication::GetTypeId();
        case SrvccRole::kAmf:
            return SrvccAmfApplication::GetTypeId();
        case SrvccRole::kMme:
            return SrvccMmeApplication::GetTypeId();
        case SrvccRole::kMscServer:
            return SrvccMscServerApplication::GetTypeId();
        case SrvccRole::kRnc:
            return SrvccRncApplication::GetTypeId();
    }
    return SrvccHelper::GetTypeId();
}

std::string
SrvccScenarioAttribute::GetFullName() const
{
    return GetTypeId().GetName() + "::" + attribute;
}

bool
SrvccScenarioAttribute::Lookup(TypeId::AttributeInformation& info) const
{
    return GetTypeId().LookupAttributeByName(attribute, &info);
}

const std::vector<SrvccScenarioAttribute>&
SrvccScenarioAttributes()
{
    static const std::vector<SrvccScenarioAttribute> table = BuildTable();
    return table;
}

const SrvccScenarioAttribute*
FindSrvccScenarioAttribute(const std::string& path)
{
    for (const SrvccScenarioAttribute& row : SrvccScenarioAttributes())
    {
        if (row.path == path)
        {
            return &row;
        }
    }
    return nullptr;
}

std::vector<std::string>
SrvccScenarioAttributeKeys(const std::string& objectPath)
{
    const std::string prefix = objectPath.empty() ? "" : objectPath + ".";
    std::vector<std::string> keys;
    std::set<std::string> seen;
    for (const SrvccScenarioAttribute& row : SrvccScenarioAttributes())
    {
        if (row.path.compare(0, prefix.size(), prefix) != 0)
        {
            continue;
        }
        const std::string rest = row.path.substr(prefix.size());
        const std::string key = rest.substr(0, rest.find('.'));
        if (seen.insert(key).second)
        {
            keys.push_back(key);
        }
    }
    return keys;
}

std::string
SrvccScenarioRoleName(SrvccRole role)
{
    for (const RoleInfo& r : Roles())
    {
        if (r.role == role)
        {
            return r.name;
        }
    }
    return "?";
}

Time
ReadScenarioTime(const ScenarioJson& json, const boost::json::value& v, const std::string& path,
                 Time::Unit unit, bool positive)
{
    const double perSecond = Time::FromDouble(1, Time::S).ToDouble(unit);
    ScenarioNumberRange range;
    range.minExclusive = positive;
    range.max = kMaxSeconds * perSecond;
    return Time::FromDouble(json.Number(v, path, range), unit);
}

Ptr<const AttributeValue>
ReadSrvccScenarioAttribute(const SrvccScenarioAttribute& row, const boost::json::value& v,
                           const ScenarioJson& json)
{
    TypeId::AttributeInformation info;
    if (!row.Lookup(info))
    {
        // A table row without its Attribute: a bug here, found by the srvcc-scenario tests.
        json.Fail(row.path, "sets " + row.GetFullName() + ", which does not exist");
    }
    Ptr<AttributeValue> value;
    switch (row.kind)
    {
        case Kind::kBool:
            value = Create<BooleanValue>(json.Bool(v, row.path));
            break;
        case Kind::kTime:
            value = Create<TimeValue>(ReadScenarioTime(json, v, row.path, row.unit, row.positive));
            break;
        case Kind::kProbability:
        {
            ScenarioNumberRange probability;
            probability.max = 1.0;
            probability.maxIsLimit = false;
            value = Create<DoubleValue>(json.Number(v, row.path, probability));
            break;
        }
        case Kind::kDataRate:
            value = Create<DataRateValue>(ReadDataRate(json, v, row.path));
            break;
        case Kind::kCount:
            value = Create<UintegerValue>(
                json.WholeNumber(v, row.path, row.minCount, std::min(row.maxCount, kMaxCount)));
            break;
        case Kind::kDistribution:
        {
            // Kept as text: each run makes its own random variable from it (a PointerValue
            // would share one object, and its state, between the runs of a sweep).
            auto text = Create<StringValue>(ReadScenarioDistribution(json, v, row.path));
            if (!info.checker->CreateValidValue(*text))
            {
                json.Fail(row.path,
                          "\"" + text->Get() + "\" is not a value of " + row.GetFullName());
            }
            return text;
        }
        case Kind::kChoice:
        {
            std::vector<std::string> words;
            for (const auto& [word, text] : row.words)
            {
                words.push_back(word);
            }
            const std::string word = json.Choice(v, row.path, words);
            for (const auto& [w, text] : row.words)
            {
                if (w == word)
                {
                    value = info.checker->Create();
                    if (!value->DeserializeFromString(text, info.checker))
                    {
                        json.Fail(row.path, "\"" + text + "\" (for \"" + word
                                                + "\") is not a value of " + row.GetFullName());
                    }
                }
            }
            break;
        }
    }
    if (!info.checker->Check(*value))
    {
        json.Mismatch(row.path, v, "a value " + row.GetFullName() + " accepts");
    }
    return value;
}

void
ApplySrvccScenarioSettings(SrvccHelper& helper, const SrvccScenarioSettings& settings)
{
    for (const auto& [path, setting] : settings)
    {
        const SrvccScenarioAttribute& row = *setting.row;
        if (row.role)
        {
            helper.SetNodeAttribute(*row.role, row.attribute, *setting.value);
        }
        else
        {
            helper.SetAttribute(row.attribute, *setting.value);
        }
    }
}

// ---- SrvccScenario's typed reads of its settings --------------------------------------------

namespace
{

std::string
OriginOf(const SrvccScenario& s)
{
    return s.file.empty() ? std::string("scenario") : s.file;
}

const SrvccScenarioAttribute&
RowOf(const SrvccScenario& s, const std::string& path, Kind kind, const char* kindName)
{
    const SrvccScenarioAttribute* row = FindSrvccScenarioAttribute(path);
    if (row == nullptr)
    {
        throw ScenarioError(OriginOf(s) + ": " + path
                            + ": unknown field (not one that sets an Attribute, see "
                              "doc/scenario-format.md)");
    }
    if (row->kind != kind)
    {
        throw ScenarioError(OriginOf(s) + ": " + path + ": not " + kindName + " field");
    }
    return *row;
}

/** The file's value of \p row, or the Attribute's current initial value. */
Ptr<const AttributeValue>
ValueOf(const SrvccScenario& s, const SrvccScenarioAttribute& row)
{
    const auto it = s.settings.find(row.path);
    if (it != s.settings.end())
    {
        return it->second.value;
    }
    TypeId::AttributeInformation info;
    if (!row.Lookup(info))
    {
        throw ScenarioError(OriginOf(s) + ": " + row.path + ": sets " + row.GetFullName()
                            + ", which does not exist");
    }
    return info.initialValue;
}

template<typename V>
Ptr<const V>
TypedValueOf(const SrvccScenario& s, const SrvccScenarioAttribute& row)
{
    Ptr<const V> v = DynamicCast<const V>(ValueOf(s, row));
    if (!v)
    {
        throw ScenarioError(OriginOf(s) + ": " + row.path + ": " + row.GetFullName()
                            + " holds another type of value");
    }
    return v;
}

} // namespace

bool
SrvccScenario::Has(const std::string& path) const
{
    return settings.count(path) != 0;
}

bool
SrvccScenario::Flag(const std::string& path) const
{
    return TypedValueOf<BooleanValue>(*this, RowOf(*this, path, Kind::kBool, "a true/false"))
        ->Get();
}

Time
SrvccScenario::TimeOf(const std::string& path) const
{
    return TypedValueOf<TimeValue>(*this, RowOf(*this, path, Kind::kTime, "a time"))->Get();
}

double
SrvccScenario::Probability(const std::string& path) const
{
    return TypedValueOf<DoubleValue>(*this, RowOf(*this, path, Kind::kProbability, "a probability"))
        ->Get();
}

DataRate
SrvccScenario::Rate(const std::string& path) const
{
    return TypedValueOf<DataRateValue>(*this, RowOf(*this, path, Kind::kDataRate, "a data rate"))
        ->Get();
}

std::string
SrvccScenario::Distribution(const std::string& path) const
{
    const SrvccScenarioAttribute& row
        = RowOf(*this, path, Kind::kDistribution, "a processing time");
    const auto it = settings.find(row.path);
    if (it != settings.end())
    {
        return TypedValueOf<StringValue>(*this, row)->Get();
    }
    TypeId::AttributeInformation info;
    row.Lookup(info); // ValueOf would have thrown
    // Not in the file: the Attribute's initial value, a PointerValue; its object's type (a
    // PointerValue serializes to an address).
    Ptr<const PointerValue> p = DynamicCast<const PointerValue>(info.initialValue);
    Ptr<Object> rv = p ? p->GetObject() : nullptr;
    return rv ? rv->GetInstanceTypeId().GetName() : std::string();
}

uint64_t
SrvccScenario::Count(const std::string& path) const
{
    return TypedValueOf<UintegerValue>(*this, RowOf(*this, path, Kind::kCount, "a count"))->Get();
}

std::string
SrvccScenario::Word(const std::string& path) const
{
    const SrvccScenarioAttribute& row = RowOf(*this, path, Kind::kChoice, "a choice");
    TypeId::AttributeInformation info;
    row.Lookup(info); // ValueOf throws if it does not exist
    const std::string text = ValueOf(*this, row)->SerializeToString(info.checker);
    for (const auto& [word, attributeText] : row.words)
    {
        if (attributeText == text)
        {
            return word;
        }
    }
    return ""; // e.g. rnc_force_uia while ForceIntegrityAlgorithm is 255 (off)
}

void
SrvccScenario::Set(const std::string& path, const std::string& text, const std::string& origin)
{
    const SrvccScenarioAttribute* row = FindSrvccScenarioAttribute(path);
    const std::string where = origin.empty() ? OriginOf(*this) : origin;
    if (row == nullptr)
    {
        throw ScenarioError(where + ": " + path
                            + ": unknown field (not one that sets an Attribute, see "
                              "doc/scenario-format.md)");
    }
    boost::json::value v(text);
    if (row->kind != Kind::kChoice && row->kind != Kind::kDataRate)
    {
        // A number or true/false as JSON text; anything else stays a string, which the
        // field's check then refuses with the usual message.
        boost::system::error_code ec;
        boost::json::value parsed = boost::json::parse(text, ec);
        if (!ec)
        {
            v = std::move(parsed);
        }
    }
    settings[path] = {row, ReadSrvccScenarioAttribute(*row, v, ScenarioJson(where))};
}

} // namespace ns3
