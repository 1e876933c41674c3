/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The scenario file reader: the schema of doc/scenario-format.md, checked field by field.
 */
#include "srvcc-sim/srvcc-scenario.h"

#include "srvcc-sim/srvcc-scenario-json.h"
#include "srvcc/srvcc-profile.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>

namespace ns3
{

namespace
{

// Limits (srvcc-scenario.h), and those of the other fields.
constexpr uint64_t kMaxGnbs = kSrvccMaxGnbs;
constexpr uint64_t kMaxUesPerGnb = kSrvccMaxUesPerGnb;
constexpr uint64_t kMaxUes = kSrvccMaxUes;
constexpr uint64_t kMaxReplications = 100000;
/** Any time field: 11.6 days, far inside ns-3 Time's int64 nanoseconds (292 years). */
constexpr double kMaxSeconds = 1e6;
/** A 1,000,000-UE handover list is ~40 MB of JSON. */
constexpr std::uintmax_t kMaxFileBytes = 64u * 1024u * 1024u;
/** 10 Tb/s: above any link here, far inside DataRate's uint64 bits per second. */
constexpr double kMaxBitRate = 1e13;

struct RoleInfo
{
    const char* name;
    SrvccRole role;
    /** The Time attributes of the role's application a scenario may set. */
    std::vector<std::string> timers;
};

const std::vector<RoleInfo>&
Roles()
{
    static const std::vector<RoleInfo> roles = {
        {"ue", SrvccRole::kUe, {"UtranAccessDelay"}},
        {"gnb", SrvccRole::kGnb, {"TNgRelocPrep", "TNgRelocOverall"}},
        {"amf", SrvccRole::kAmf, {"RelocationResponseTimeout", "RelocationCompleteTimeout"}},
        {"mme", SrvccRole::kMme, {"SvResponseTimeout", "CompletionTimeout"}},
        {"msc", SrvccRole::kMscServer, {"TargetPreparationTimeout", "UeArrivalTimeout"}},
        {"rnc", SrvccRole::kRnc, {}},
    };
    return roles;
}

std::vector<std::string>
RoleNames()
{
    std::vector<std::string> names;
    for (const RoleInfo& r : Roles())
    {
        names.emplace_back(r.name);
    }
    return names;
}

const RoleInfo*
FindRole(const std::string& name)
{
    for (const RoleInfo& r : Roles())
    {
        if (name == r.name)
        {
            return &r;
        }
    }
    return nullptr;
}

std::vector<std::string>
InterfaceNames()
{
    std::vector<std::string> names;
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        names.emplace_back(ToString(iface));
    }
    return names;
}

std::vector<std::string>
ProfileNames()
{
    std::vector<std::string> names;
    for (srvcc::SrvccProfile p : {srvcc::SrvccProfile::kTs33501, srvcc::SrvccProfile::kSol11,
                                  srvcc::SrvccProfile::kSol11Concat, srvcc::SrvccProfile::kSol12})
    {
        names.emplace_back(srvcc::ToString(p));
    }
    return names;
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

class ScenarioParser
{
  public:
    explicit ScenarioParser(const std::string& origin) : m_json(origin)
    {
        m_s.file = origin;
        m_s.name = std::filesystem::path(origin).stem().string();
    }

    SrvccScenario
    Parse(const std::string& text)
    {
        return Read(m_json.Parse(text));
    }

    SrvccScenario
    Read(const boost::json::value& document)
    {
        const boost::json::object& top = m_json.Object(document, "");
        m_json.CheckKeys(top, "",
                         {"name", "description", "profile", "eksi_type", "topology", "links",
                          "processing", "timers", "utran", "sv_mm_context", "handovers", "faults",
                          "seed", "run", "replications", "duration_s", "pcap", "registration"});
        if (const auto* v = top.if_contains("name"))
        {
            m_s.name = m_json.String(*v, "name");
            CheckName(m_s.name);
        }
        if (const auto* v = top.if_contains("description"))
        {
            m_s.description = m_json.String(*v, "description");
        }
        if (const auto* v = top.if_contains("profile"))
        {
            m_s.profile = m_json.Choice(*v, "profile", ProfileNames());
        }
        if (const auto* v = top.if_contains("eksi_type"))
        {
            m_s.eksiType = m_json.Choice(*v, "eksi_type", {"mapped", "keep"});
        }
        // The UE count and the duration first: UE indices and event times are checked
        // against them.
        if (const auto* v = top.if_contains("topology"))
        {
            ParseTopology(*v);
        }
        if (const auto* v = top.if_contains("duration_s"))
        {
            m_s.duration = TimeField(*v, "duration_s", Time::S, true);
        }
        ParseRng(top);
        if (const auto* v = top.if_contains("links"))
        {
            ParseLinks(*v);
        }
        if (const auto* v = top.if_contains("processing"))
        {
            ParseProcessing(*v);
        }
        if (const auto* v = top.if_contains("timers"))
        {
            ParseTimers(*v);
        }
        if (const auto* v = top.if_contains("utran"))
        {
            ParseUtran(*v);
        }
        if (const auto* v = top.if_contains("sv_mm_context"))
        {
            m_s.svUtranMmContext
                = m_json.Choice(*v, "sv_mm_context", {"utran", "eutran"}) == "utran";
        }
        if (const auto* v = top.if_contains("handovers"))
        {
            ParseHandovers(*v);
        }
        else
        {
            // No "handovers": every UE at 1 s, so that "{}" is DefaultScenario().
            ExpandHandovers(AllUes(), Seconds(1), Time(0), "handovers");
        }
        if (const auto* v = top.if_contains("registration"))
        {
            ParseRegistration(*v);
        }
        if (const auto* v = top.if_contains("faults"))
        {
            ParseFaults(*v);
        }
        if (const auto* v = top.if_contains("pcap"))
        {
            if (v->is_bool())
            {
                m_s.pcap = v->get_bool();
            }
            else if (v->is_string() && v->get_string() == "auto")
            {
                m_s.pcap = std::nullopt;
            }
            else
            {
                m_json.Mismatch("pcap", *v, "\"auto\", true or false");
            }
        }
        return std::move(m_s);
    }

  private:
    uint32_t
    NumUes() const
    {
        return m_s.gnbs * m_s.uesPerGnb;
    }

    std::vector<uint32_t>
    AllUes() const
    {
        std::vector<uint32_t> ues(NumUes());
        for (uint32_t i = 0; i < NumUes(); ++i)
        {
            ues[i] = i;
        }
        return ues;
    }

    /** A time in \p unit, >= 0 (or > 0 when \p positive), below the kMaxSeconds limit. */
    Time
    TimeField(const boost::json::value& v, const std::string& path, Time::Unit unit,
              bool positive = false) const
    {
        const double perSecond = Time::FromDouble(1, Time::S).ToDouble(unit);
        ScenarioNumberRange range;
        range.minExclusive = positive;
        range.max = kMaxSeconds * perSecond;
        return Time::FromDouble(m_json.Number(v, path, range), unit);
    }

    uint32_t
    UeIndex(const boost::json::value& v, const std::string& path) const
    {
        if (v.is_number())
        {
            // A clearer message than the generic range when the index is just too large.
            const double d = v.to_number<double>();
            if (std::isfinite(d) && d >= NumUes() && std::floor(d) == d)
            {
                m_json.Mismatch(path, v,
                                "a UE index between 0 and " + std::to_string(NumUes() - 1)
                                    + " (topology has " + std::to_string(NumUes()) + " UEs)");
            }
        }
        return static_cast<uint32_t>(m_json.WholeNumber(v, path, 0, NumUes() - 1));
    }

    /** "all" or an array of distinct UE indices. */
    std::vector<uint32_t>
    UeList(const boost::json::value& v, const std::string& path) const
    {
        if (v.is_string() && v.get_string() == "all")
        {
            return AllUes();
        }
        if (!v.is_array())
        {
            m_json.Mismatch(path, v, "\"all\" or an array of UE indices");
        }
        std::vector<uint32_t> ues;
        std::map<uint32_t, std::size_t> seen;
        const boost::json::array& a = v.get_array();
        for (std::size_t i = 0; i < a.size(); ++i)
        {
            const std::string elementPath = ScenarioJson::Index(path, i);
            const uint32_t ue = UeIndex(a[i], elementPath);
            const auto [it, inserted] = seen.emplace(ue, i);
            if (!inserted)
            {
                m_json.Mismatch(elementPath, a[i],
                                "each UE once (UE " + std::to_string(ue) + " is already "
                                    + ScenarioJson::Index(path, it->second) + ")");
            }
            ues.push_back(ue);
        }
        return ues;
    }

    /** [{"ue": 0, "at_s": 1.0}, ...]; \p distinct: each UE at most once. */
    std::vector<SrvccUeEvent>
    EventList(const boost::json::value& v, const std::string& path, bool distinct) const
    {
        if (!v.is_array())
        {
            m_json.Mismatch(path, v, "an array of {\"ue\", \"at_s\"} objects");
        }
        std::vector<SrvccUeEvent> events;
        std::map<uint32_t, std::size_t> seen;
        const boost::json::array& a = v.get_array();
        for (std::size_t i = 0; i < a.size(); ++i)
        {
            const std::string elementPath = ScenarioJson::Index(path, i);
            const boost::json::object& o = m_json.Object(a[i], elementPath);
            m_json.CheckKeys(o, elementPath, {"ue", "at_s"});
            const std::string uePath = ScenarioJson::Join(elementPath, "ue");
            const std::string atPath = ScenarioJson::Join(elementPath, "at_s");
            const boost::json::value& ue = m_json.Required(o, elementPath, "ue", "a UE index");
            const boost::json::value& at
                = m_json.Required(o, elementPath, "at_s", "a time in seconds");
            SrvccUeEvent e;
            e.ue = UeIndex(ue, uePath);
            e.at = TimeField(at, atPath, Time::S);
            if (e.at >= m_s.duration)
            {
                m_json.Mismatch(atPath, at,
                                "a time before duration_s (" + SecondsText(m_s.duration) + " s)");
            }
            const auto [it, inserted] = seen.emplace(e.ue, i);
            if (distinct && !inserted)
            {
                m_json.Mismatch(uePath, ue,
                                "each UE once (UE " + std::to_string(e.ue) + " is already at "
                                    + ScenarioJson::Index(path, it->second) + ")");
            }
            events.push_back(e);
        }
        return events;
    }

    static std::string
    SecondsText(Time t)
    {
        return ScenarioJson::FormatNumber(t.GetSeconds());
    }

    void
    ParseTopology(const boost::json::value& v)
    {
        const boost::json::object& o = m_json.Object(v, "topology");
        m_json.CheckKeys(o, "topology", {"gnbs", "ues_per_gnb"});
        if (const auto* g = o.if_contains("gnbs"))
        {
            m_s.gnbs = static_cast<uint32_t>(m_json.WholeNumber(*g, "topology.gnbs", 1, kMaxGnbs));
        }
        if (const auto* u = o.if_contains("ues_per_gnb"))
        {
            m_s.uesPerGnb = static_cast<uint32_t>(
                m_json.WholeNumber(*u, "topology.ues_per_gnb", 1, kMaxUesPerGnb));
        }
        const uint64_t total = uint64_t{m_s.gnbs} * m_s.uesPerGnb;
        if (total > kMaxUes)
        {
            m_json.Fail("topology", "found " + std::to_string(m_s.gnbs) + " gNBs x "
                                        + std::to_string(m_s.uesPerGnb) + " UEs = "
                                        + std::to_string(total) + " UEs, expected at most "
                                        + std::to_string(kMaxUes) + " UEs in total");
        }
    }

    /**
     * The name becomes a directory, results/<name>: a name, never a path (no "/", "..", or a
     * hidden or option-like name).
     */
    void
    CheckName(const std::string& name) const
    {
        const bool allowed = !name.empty() && name.size() <= 100 && name.front() != '.'
                             && name.front() != '-'
                             && std::all_of(name.begin(), name.end(),
                                            [](char c)
                                            {
                                                return std::isalnum(static_cast<unsigned char>(c))
                                                       || c == '-' || c == '_' || c == '.';
                                            });
        if (!allowed)
        {
            m_json.Fail("name", "found \"" + name
                                    + "\", expected 1 to 100 letters, digits, '-', '_' or '.', "
                                      "not starting with '.' or '-' (it names the directory "
                                      "results/<name>)");
        }
    }

    void
    ParseRng(const boost::json::object& top)
    {
        constexpr uint64_t kMax32 = std::numeric_limits<uint32_t>::max();
        // RngSeed 0 would give MRG32k3a an all-zero seed, which it cannot use.
        if (const auto* v = top.if_contains("seed"))
        {
            m_s.seed = static_cast<uint32_t>(m_json.WholeNumber(*v, "seed", 1, kMax32));
        }
        if (const auto* v = top.if_contains("replications"))
        {
            m_s.replications = static_cast<uint32_t>(
                m_json.WholeNumber(*v, "replications", 1, kMaxReplications));
        }
        if (const auto* v = top.if_contains("run"))
        {
            // Replication r runs with RngRun = run + r: the last one must still fit.
            const uint64_t maxRun = kMax32 - (m_s.replications - 1);
            m_s.run = static_cast<uint32_t>(m_json.WholeNumber(*v, "run", 0, maxRun));
        }
    }

    void
    ParseLinks(const boost::json::value& v)
    {
        const boost::json::object& links = m_json.Object(v, "links");
        m_json.CheckKeys(links, "links", InterfaceNames(), "interface");
        // A field left out keeps the helper's default for that interface (radio legs differ).
        const Ptr<SrvccHelper> defaults = CreateObject<SrvccHelper>();
        for (SrvccInterface iface : AllSrvccInterfaces())
        {
            const auto* entry = links.if_contains(ToString(iface));
            if (entry == nullptr)
            {
                continue;
            }
            const std::string path = ScenarioJson::Join("links", ToString(iface));
            const boost::json::object& o = m_json.Object(*entry, path);
            m_json.CheckKeys(o, path, {"delay_ms", "data_rate", "loss"});
            SrvccLinkParameters link = defaults->GetLinkParameters(iface);
            if (const auto* d = o.if_contains("delay_ms"))
            {
                link.delay = TimeField(*d, ScenarioJson::Join(path, "delay_ms"), Time::MS);
            }
            if (const auto* r = o.if_contains("data_rate"))
            {
                link.dataRate = DataRateField(*r, ScenarioJson::Join(path, "data_rate"));
            }
            if (const auto* l = o.if_contains("loss"))
            {
                ScenarioNumberRange probability;
                probability.max = 1.0;
                probability.maxIsLimit = false;
                link.lossRate = m_json.Number(*l, ScenarioJson::Join(path, "loss"), probability);
            }
            m_s.links[iface] = link;
        }
    }

    DataRate
    DataRateField(const boost::json::value& v, const std::string& path) const
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
            m_json.Mismatch(path, v, expected);
        }
        if (bps < 1.0 || bps > kMaxBitRate)
        {
            m_json.Mismatch(path, v, "a data rate between 1bps and 10000Gbps");
        }
        // Truncated like ns-3's own string parser, so "1.5kbps" means what ns-3 would make of it.
        return DataRate(static_cast<uint64_t>(bps));
    }

    void
    ParseProcessing(const boost::json::value& v)
    {
        const boost::json::object& roles = m_json.Object(v, "processing");
        m_json.CheckKeys(roles, "processing", RoleNames(), "role");
        for (const auto& entry : roles)
        {
            const RoleInfo* role = FindRole(std::string(entry.key()));
            const std::string path = ScenarioJson::Join("processing", role->name);
            const boost::json::object& o = m_json.Object(entry.value(), path);
            m_json.CheckKeys(o, path, {"message_us", "key_derivation_us", "serial"});
            SrvccProcessing p;
            if (const auto* m = o.if_contains("message_us"))
            {
                p.message = TimeField(*m, ScenarioJson::Join(path, "message_us"), Time::US);
            }
            if (const auto* k = o.if_contains("key_derivation_us"))
            {
                p.keyDerivation
                    = TimeField(*k, ScenarioJson::Join(path, "key_derivation_us"), Time::US);
            }
            if (const auto* s = o.if_contains("serial"))
            {
                p.serial = m_json.Bool(*s, ScenarioJson::Join(path, "serial"));
            }
            m_s.processing[role->role] = p;
        }
    }

    void
    ParseTimers(const boost::json::value& v)
    {
        const boost::json::object& roles = m_json.Object(v, "timers");
        m_json.CheckKeys(roles, "timers", RoleNames(), "role");
        for (const auto& entry : roles)
        {
            const RoleInfo* role = FindRole(std::string(entry.key()));
            const std::string path = ScenarioJson::Join("timers", role->name);
            const boost::json::object& o = m_json.Object(entry.value(), path);
            if (role->timers.empty() && !o.empty())
            {
                m_json.Fail(ScenarioJson::Join(path, std::string(o.begin()->key())),
                            std::string("unknown timer (") + role->name + " has no timers)");
            }
            m_json.CheckKeys(o, path, role->timers, "timer");
            for (const auto& timer : o)
            {
                const std::string name(timer.key());
                m_s.timers[role->role][name]
                    = TimeField(timer.value(), ScenarioJson::Join(path, name), Time::MS);
            }
        }
    }

    void
    ParseUtran(const boost::json::value& v)
    {
        const boost::json::object& o = m_json.Object(v, "utran");
        m_json.CheckKeys(o, "utran", {"integrity", "ciphering"});
        if (const auto* i = o.if_contains("integrity"))
        {
            m_s.utranIntegrity = m_json.Choice(*i, "utran.integrity", {"uia2", "uia1"});
        }
        if (const auto* c = o.if_contains("ciphering"))
        {
            m_s.utranCiphering = m_json.Choice(*c, "utran.ciphering", {"uea2", "uea1", "uea0"});
        }
    }

    /** UE ues[i] at start + i * spacing; every one before the end of the run. */
    void
    ExpandHandovers(const std::vector<uint32_t>& ues, Time start, Time spacing,
                    const std::string& path)
    {
        m_s.handovers.clear();
        m_s.handovers.reserve(ues.size());
        for (std::size_t i = 0; i < ues.size(); ++i)
        {
            m_s.handovers.push_back({ues[i], start + spacing * static_cast<int64_t>(i)});
        }
        if (!m_s.handovers.empty() && m_s.handovers.back().at >= m_s.duration)
        {
            m_json.Fail(path, "found the last handover (UE "
                                  + std::to_string(m_s.handovers.back().ue) + ") at "
                                  + SecondsText(m_s.handovers.back().at)
                                  + " s, expected every handover before duration_s ("
                                  + SecondsText(m_s.duration) + " s)");
        }
    }

    void
    ParseHandovers(const boost::json::value& v)
    {
        if (v.is_array())
        {
            m_s.handovers = EventList(v, "handovers", true);
            return;
        }
        if (!v.is_object())
        {
            m_json.Mismatch("handovers", v,
                            "an object {\"ues\", \"start_s\", \"spacing_ms\"} or an array of "
                            "{\"ue\", \"at_s\"}");
        }
        const boost::json::object& o = v.get_object();
        m_json.CheckKeys(o, "handovers", {"ues", "start_s", "spacing_ms"});
        std::vector<uint32_t> ues = AllUes();
        if (const auto* u = o.if_contains("ues"))
        {
            ues = UeList(*u, "handovers.ues");
        }
        Time start = Seconds(1);
        if (const auto* s = o.if_contains("start_s"))
        {
            start = TimeField(*s, "handovers.start_s", Time::S);
        }
        Time spacing(0);
        if (const auto* s = o.if_contains("spacing_ms"))
        {
            spacing = TimeField(*s, "handovers.spacing_ms", Time::MS);
        }
        ExpandHandovers(ues, start, spacing, "handovers");
    }

    /** "registration": see doc/scenario-format.md and doc/emergency.md. */
    void
    ParseRegistration(const boost::json::value& v)
    {
        const std::string path = "registration";
        const boost::json::object& o = m_json.Object(v, path);
        m_json.CheckKeys(o, path,
                         {"enabled", "start_ms", "spacing_ms", "t3520_s", "home_network_delay_ms",
                          "allow_unauthenticated_emergency", "authentication_bound", "ues",
                          "return_to_5g", "faults"});
        auto join = [&path](const char* key)
        {
            return ScenarioJson::Join(path, key);
        };
        if (const auto* f = o.if_contains("enabled"))
        {
            m_s.registration.enabled = m_json.Bool(*f, join("enabled"));
        }
        if (const auto* f = o.if_contains("start_ms"))
        {
            m_s.registration.start = TimeField(*f, join("start_ms"), Time::MS);
        }
        if (const auto* f = o.if_contains("spacing_ms"))
        {
            m_s.registration.spacing = TimeField(*f, join("spacing_ms"), Time::MS);
        }
        if (const auto* f = o.if_contains("t3520_s"))
        {
            m_s.registration.t3520 = TimeField(*f, join("t3520_s"), Time::S, true);
        }
        if (const auto* f = o.if_contains("home_network_delay_ms"))
        {
            m_s.homeNetworkDelay = TimeField(*f, join("home_network_delay_ms"), Time::MS);
        }
        if (const auto* f = o.if_contains("allow_unauthenticated_emergency"))
        {
            m_s.allowUnauthenticatedEmergency
                = m_json.Bool(*f, join("allow_unauthenticated_emergency"));
        }
        if (const auto* f = o.if_contains("authentication_bound"))
        {
            m_s.authenticationBound
                = m_json.Choice(*f, join("authentication_bound"), {"bounded", "unbounded"});
        }
        if (const auto* f = o.if_contains("ues"))
        {
            ParseUeProfiles(*f, join("ues"));
        }
        if (const auto* f = o.if_contains("return_to_5g"))
        {
            m_s.returnsTo5g = EventList(*f, join("return_to_5g"), false);
        }
        if (const auto* f = o.if_contains("faults"))
        {
            const std::string fp = join("faults");
            const boost::json::object& faults = m_json.Object(*f, fp);
            m_json.CheckKeys(faults, fp,
                             {"amf_null_algorithms", "amf_skip_reauth", "rnc_force_uia"});
            if (const auto* g = faults.if_contains("amf_null_algorithms"))
            {
                m_s.amfNullAlgorithms
                    = m_json.Bool(*g, ScenarioJson::Join(fp, "amf_null_algorithms"));
            }
            if (const auto* g = faults.if_contains("amf_skip_reauth"))
            {
                m_s.amfSkipReauth = m_json.Bool(*g, ScenarioJson::Join(fp, "amf_skip_reauth"));
            }
            if (const auto* g = faults.if_contains("rnc_force_uia"))
            {
                const std::string name = m_json.Choice(*g, ScenarioJson::Join(fp, "rnc_force_uia"),
                                                       {"uia0", "uia1", "uia2"});
                m_s.rncForceUia = static_cast<uint8_t>(name[3] - '0');
            }
        }
    }

    /** [{"ue": 0, "attach": "emergency", ...}, ...]; each UE at most once. */
    void
    ParseUeProfiles(const boost::json::value& v, const std::string& path)
    {
        if (!v.is_array())
        {
            m_json.Mismatch(path, v, "an array of {\"ue\", \"attach\", ...}");
        }
        const boost::json::array& list = v.get_array();
        for (std::size_t i = 0; i < list.size(); ++i)
        {
            const std::string ep = ScenarioJson::Index(path, i);
            const boost::json::object& o = m_json.Object(list[i], ep);
            m_json.CheckKeys(o, ep,
                             {"ue", "attach", "emergency_session", "identity", "subscribed",
                              "wrong_k", "sqn_ahead"});
            const uint32_t ue
                = UeIndex(m_json.Required(o, ep, "ue", "a UE index"), ScenarioJson::Join(ep, "ue"));
            if (m_s.ueProfiles.count(ue) != 0)
            {
                m_json.Fail(ScenarioJson::Join(ep, "ue"),
                            "found UE " + std::to_string(ue) + " twice, expected each UE once");
            }
            SrvccUeProfile p;
            if (const auto* f = o.if_contains("attach"))
            {
                p.emergencyRegistration
                    = m_json.Choice(*f, ScenarioJson::Join(ep, "attach"), {"normal", "emergency"})
                      == "emergency";
            }
            if (const auto* f = o.if_contains("emergency_session"))
            {
                p.emergencySession = m_json.Bool(*f, ScenarioJson::Join(ep, "emergency_session"));
            }
            if (const auto* f = o.if_contains("identity"))
            {
                p.peiOnly = m_json.Choice(*f, ScenarioJson::Join(ep, "identity"), {"supi", "pei"})
                            == "pei";
            }
            if (const auto* f = o.if_contains("subscribed"))
            {
                p.subscribed = m_json.Bool(*f, ScenarioJson::Join(ep, "subscribed"));
            }
            if (const auto* f = o.if_contains("wrong_k"))
            {
                p.wrongK = m_json.Bool(*f, ScenarioJson::Join(ep, "wrong_k"));
            }
            if (const auto* f = o.if_contains("sqn_ahead"))
            {
                p.sqnAhead = m_json.WholeNumber(*f, ScenarioJson::Join(ep, "sqn_ahead"), 0,
                                                uint64_t{1} << 40);
            }
            m_s.ueProfiles[ue] = p;
        }
    }

    void
    ParseFaults(const boost::json::value& v)
    {
        const boost::json::object& o = m_json.Object(v, "faults");
        m_json.CheckKeys(o, "faults",
                         {"msc_rejects", "rnc_rejects", "tamper_ck", "tamper_ik",
                          "ue_never_arrives", "cancel", "replay_ho_command_ms"});
        const std::pair<const char*, bool*> flags[] = {{"msc_rejects", &m_s.mscRejects},
                                                       {"rnc_rejects", &m_s.rncRejects},
                                                       {"tamper_ck", &m_s.tamperCk},
                                                       {"tamper_ik", &m_s.tamperIk}};
        for (const auto& [name, field] : flags)
        {
            if (const auto* f = o.if_contains(name))
            {
                *field = m_json.Bool(*f, ScenarioJson::Join("faults", name));
            }
        }
        if (const auto* u = o.if_contains("ue_never_arrives"))
        {
            m_s.uesNeverArriving = UeList(*u, "faults.ue_never_arrives");
        }
        if (const auto* r = o.if_contains("replay_ho_command_ms"))
        {
            m_s.replayHoCommandAfter = TimeField(*r, "faults.replay_ho_command_ms", Time::MS);
        }
        if (const auto* c = o.if_contains("cancel"))
        {
            // The same UE may be cancelled twice: a repeated cancel is a fault worth testing.
            m_s.cancels = EventList(*c, "faults.cancel", false);
        }
    }

    ScenarioJson m_json;
    SrvccScenario m_s;
};

} // namespace

SrvccScenario
DefaultScenario()
{
    SrvccScenario s;
    s.name = "default";
    s.description = "One UE under one gNB hands over to UTRAN at 1 s (TS 33.501 Annex J keys).";
    s.handovers = {{0, Seconds(1)}};
    return s;
}

SrvccScenario
ParseScenario(const std::string& json, const std::string& origin)
{
    return ScenarioParser(origin).Parse(json);
}

SrvccScenario
ParseScenarioDocument(const boost::json::value& document, const std::string& origin)
{
    return ScenarioParser(origin).Read(document);
}

SrvccScenario
LoadScenario(const std::string& path)
{
    return ParseScenario(ReadScenarioFile(path), path);
}

std::string
ReadScenarioFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
    {
        throw ScenarioError(path + ": cannot read the file: it does not exist");
    }
    if (fs::is_directory(status))
    {
        throw ScenarioError(path + ": cannot read the file: it is a directory");
    }
    if (fs::is_regular_file(status))
    {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (!ec && size > kMaxFileBytes)
        {
            throw ScenarioError(path + ": cannot read the file: found " + std::to_string(size)
                                + " bytes, expected at most " + std::to_string(kMaxFileBytes));
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        throw ScenarioError(path + ": cannot read the file: " + std::strerror(errno));
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
    {
        throw ScenarioError(path + ": cannot read the file: read error");
    }
    return text;
}

} // namespace ns3
