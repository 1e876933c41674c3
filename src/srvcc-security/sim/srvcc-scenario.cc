/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The scenario file reader: the schema of doc/scenario-format.md, checked field by field.
 */
#include "srvcc-sim/srvcc-scenario.h"

#include "srvcc-sim/srvcc-scenario-attributes.h"
#include "srvcc-sim/srvcc-scenario-json.h"

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
/** A 1,000,000-UE handover list is ~40 MB of JSON. */
constexpr std::uintmax_t kMaxFileBytes = 64u * 1024u * 1024u;

/** The keys of the scenario objects whose keys name roles ("processing", "timers"). */
std::vector<std::string>
RoleNames()
{
    std::vector<std::string> names;
    for (SrvccRole role : {SrvccRole::kUe, SrvccRole::kGnb, SrvccRole::kAmf, SrvccRole::kMme,
                           SrvccRole::kMscServer, SrvccRole::kRnc})
    {
        names.push_back(SrvccScenarioRoleName(role));
    }
    return names;
}

/**
 * The keys object \p path may have: \p leading, the keys the rows of SrvccScenarioAttributes()
 * under \p path use, then \p trailing, each once and in that order (the order of the message
 * for an unknown key).
 */
std::vector<std::string>
AllowedKeys(const std::string& path, const std::vector<std::string>& leading,
            const std::vector<std::string>& trailing)
{
    std::vector<std::string> keys = leading;
    for (const std::vector<std::string>& more : {SrvccScenarioAttributeKeys(path), trailing})
    {
        for (const std::string& key : more)
        {
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
            {
                keys.push_back(key);
            }
        }
    }
    return keys;
}

/** What the keys of an object of table fields are, for "unknown <what>" messages. */
std::string
KeyWord(const std::string& path)
{
    if (path == "links")
    {
        return "interface";
    }
    if (path == "processing" || path == "timers")
    {
        return "role";
    }
    if (path.size() > 12 && path.compare(path.size() - 12, 12, ".per_message") == 0)
    {
        return "message";
    }
    return path.rfind("timers.", 0) == 0 ? "timer" : "field";
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
        // The keys this parser reads itself; every other key is a table field (profile,
        // eksi_type, sv_mm_context) or an object of them (links, processing, timers, utran).
        const std::vector<std::string> own
            = {"name", "description",  "topology",   "handovers", "faults",      "seed",
               "run",  "replications", "duration_s", "pcap",      "registration"};
        m_json.CheckKeys(top, "",
                         AllowedKeys("", {"name", "description"}, {own.begin() + 2, own.end()}));
        if (const auto* v = top.if_contains("name"))
        {
            m_s.name = m_json.String(*v, "name");
            CheckName(m_s.name);
        }
        if (const auto* v = top.if_contains("description"))
        {
            m_s.description = m_json.String(*v, "description");
        }
        ReadTableFields(top, "", own);
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
        if (const auto* v = top.if_contains("handovers"))
        {
            ParseHandovers(*v);
        }
        else
        {
            // No "handovers": every UE at 1 s, so that "{}" is DefaultScenario().
            m_s.arrivals.ues = AllUes();
            ExpandHandovers(m_s.arrivals.ues, Seconds(1), Time(0), "handovers");
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

    /** A time in \p unit, >= 0 (or > 0 when \p positive), at most 1e6 s. */
    Time
    TimeField(const boost::json::value& v, const std::string& path, Time::Unit unit,
              bool positive = false) const
    {
        return ReadScenarioTime(m_json, v, path, unit, positive);
    }

    /**
     * Read the keys of \p o (object \p path) that are table fields: a row's field becomes a
     * setting, read and checked through its row; any other key not in \p own is an object of
     * table fields (links, links.sv, timers.gnb, ...), walked down. CheckKeys has run on \p o.
     */
    void
    ReadTableFields(const boost::json::object& o, const std::string& path,
                    const std::vector<std::string>& own)
    {
        for (const auto& entry : o)
        {
            const std::string key(entry.key());
            if (std::find(own.begin(), own.end(), key) != own.end())
            {
                continue;
            }
            const std::string field = ScenarioJson::Join(path, key);
            if (const SrvccScenarioAttribute* row = FindSrvccScenarioAttribute(field))
            {
                m_s.settings[field]
                    = {row, ReadSrvccScenarioAttribute(*row, entry.value(), m_json)};
            }
            else
            {
                ReadTableObject(entry.value(), field);
            }
        }
    }

    /** An object that holds table fields only: its keys are the rows' keys under \p path. */
    void
    ReadTableObject(const boost::json::value& v, const std::string& path)
    {
        const boost::json::object& o = m_json.Object(v, path);
        const std::string what = KeyWord(path);
        // timers.rnc: a role with no timers (the keys of "timers" are all roles).
        if (SrvccScenarioAttributeKeys(path).empty() && !o.empty())
        {
            m_json.Fail(ScenarioJson::Join(path, std::string(o.begin()->key())),
                        "unknown " + what + " (" + path.substr(path.rfind('.') + 1) + " has no "
                            + what + "s)");
        }
        m_json.CheckKeys(
            o, path,
            AllowedKeys(path, {}, what == "role" ? RoleNames() : std::vector<std::string>{}), what);
        ReadTableFields(o, path, {});
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

    /** UE ues[i] at start + i * spacing; every one before the end of the run. */
    void
    ExpandHandovers(const std::vector<uint32_t>& ues, Time start, Time spacing,
                    const std::string& path)
    {
        m_s.handovers = SrvccFixedHandovers(ues, start, spacing);
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
                            "an object {\"ues\", \"start_s\", \"spacing_ms\", \"process\", "
                            "...} or an array of {\"ue\", \"at_s\"}");
        }
        const boost::json::object& o = v.get_object();
        m_json.CheckKeys(o, "handovers",
                         {"ues", "start_s", "spacing_ms", "process", "rate_per_s", "burst_size",
                          "burst_window_ms"});
        SrvccArrivalProcess& a = m_s.arrivals;
        a.ues = AllUes();
        if (const auto* u = o.if_contains("ues"))
        {
            a.ues = UeList(*u, "handovers.ues");
        }
        if (const auto* s = o.if_contains("start_s"))
        {
            a.start = TimeField(*s, "handovers.start_s", Time::S);
        }
        if (const auto* s = o.if_contains("spacing_ms"))
        {
            a.spacing = TimeField(*s, "handovers.spacing_ms", Time::MS);
        }
        std::string process = "fixed";
        if (const auto* p = o.if_contains("process"))
        {
            process = m_json.Choice(*p, "handovers.process", {"fixed", "poisson", "burst"});
        }
        a.kind = process == "poisson" ? SrvccArrivalKind::kPoisson
                 : process == "burst" ? SrvccArrivalKind::kBurst
                                      : SrvccArrivalKind::kFixed;
        // Each parameter belongs to some processes only: one given to another is a mistake
        // (a rate with the fixed process would silently be ignored).
        auto onlyWith = [&](const char* key, const char* processes, bool allowed)
        {
            if (!allowed && o.contains(key))
            {
                m_json.Fail(ScenarioJson::Join("handovers", key),
                            std::string("only with \"process\": ") + processes + " (process is \""
                                + process + "\")");
            }
        };
        const bool poisson = a.kind == SrvccArrivalKind::kPoisson;
        const bool burst = a.kind == SrvccArrivalKind::kBurst;
        onlyWith("rate_per_s", "\"poisson\" or \"burst\"", poisson || burst);
        onlyWith("burst_size", "\"burst\"", burst);
        onlyWith("burst_window_ms", "\"burst\"", burst);
        onlyWith("spacing_ms", "\"fixed\" or \"burst\"", !poisson);
        if (const auto* r = o.if_contains("rate_per_s"))
        {
            ScenarioNumberRange rate;
            rate.minExclusive = true;
            rate.max = 1e9;
            a.ratePerS = m_json.Number(*r, "handovers.rate_per_s", rate);
        }
        if (poisson && a.ratePerS <= 0)
        {
            m_json.Fail("handovers", "\"process\": \"poisson\" needs \"rate_per_s\"");
        }
        if (burst)
        {
            const boost::json::value& size
                = m_json.Required(o, "handovers", "burst_size", "UEs per burst");
            a.burstSize = static_cast<uint32_t>(
                m_json.WholeNumber(size, "handovers.burst_size", 1, kMaxUes));
            if (const auto* w = o.if_contains("burst_window_ms"))
            {
                a.burstWindow = TimeField(*w, "handovers.burst_window_ms", Time::MS);
            }
            if (o.contains("rate_per_s") == o.contains("spacing_ms"))
            {
                m_json.Fail("handovers", "\"process\": \"burst\" needs one of \"rate_per_s\" "
                                         "(bursts per second, Poisson) and \"spacing_ms\" (between "
                                         "bursts)");
            }
        }
        if (a.kind == SrvccArrivalKind::kFixed)
        {
            ExpandHandovers(a.ues, a.start, a.spacing, "handovers");
        }
        else
        {
            m_s.handovers.clear();
            if (a.start >= m_s.duration)
            {
                m_json.Fail("handovers.start_s", "found " + SecondsText(a.start)
                                                     + " s, expected a time before duration_s ("
                                                     + SecondsText(m_s.duration) + " s)");
            }
        }
    }

    /** "registration": see doc/scenario-format.md and doc/emergency.md. */
    void
    ParseRegistration(const boost::json::value& v)
    {
        const std::string path = "registration";
        const boost::json::object& o = m_json.Object(v, path);
        // Own keys; home_network_delay_ms, faults.amf_null_algorithms, ... are table fields.
        const std::vector<std::string> own
            = {"enabled", "start_ms", "spacing_ms", "t3520_s", "ues", "return_to_5g"};
        m_json.CheckKeys(
            o, path,
            AllowedKeys(path, {own.begin(), own.begin() + 4}, {own.begin() + 4, own.end()}));
        ReadTableFields(o, path, own);
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
        if (const auto* f = o.if_contains("ues"))
        {
            ParseUeProfiles(*f, join("ues"));
        }
        if (const auto* f = o.if_contains("return_to_5g"))
        {
            m_s.returnsTo5g = EventList(*f, join("return_to_5g"), false);
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
        // Own keys; msc_rejects, tamper_ck, replay_ho_command_ms, ... are table fields.
        const std::vector<std::string> own
            = {"ue_never_arrives", "cancel", "node_down", "inject", "fuzz"};
        m_json.CheckKeys(o, "faults", AllowedKeys("faults", {}, own));
        ReadTableFields(o, "faults", own);
        if (const auto* u = o.if_contains("ue_never_arrives"))
        {
            m_s.uesNeverArriving = UeList(*u, "faults.ue_never_arrives");
        }
        if (const auto* c = o.if_contains("cancel"))
        {
            // The same UE may be cancelled twice: a repeated cancel is a fault worth testing.
            m_s.cancels = EventList(*c, "faults.cancel", false);
        }
        if (const auto* d = o.if_contains("node_down"))
        {
            m_s.nodeDowns = NodeDowns(*d, "faults.node_down");
        }
        if (const auto* i = o.if_contains("inject"))
        {
            m_s.injections = Injections(*i, "faults.inject");
        }
        if (const auto* f = o.if_contains("fuzz"))
        {
            m_s.fuzz = FuzzConfigs(*f, "faults.fuzz");
        }
    }

    const boost::json::array&
    Array(const boost::json::value& v, const std::string& path, const std::string& of) const
    {
        if (!v.is_array())
        {
            m_json.Mismatch(path, v, "an array of " + of);
        }
        return v.get_array();
    }

    /** "amf", "gnb:0", ...: a node of this topology. */
    SrvccNodeRef
    Node(const boost::json::value& v, const std::string& path) const
    {
        const std::string text = m_json.String(v, path);
        const std::optional<SrvccNodeRef> node = ParseSrvccNodeRef(text);
        if (!node)
        {
            m_json.Mismatch(path, v, "a node: amf, mme, msc, gnb:<i>, rnc:<i> or ue:<i>");
        }
        const uint64_t count = node->role == SrvccRole::kUe ? NumUes()
                               : node->role == SrvccRole::kGnb || node->role == SrvccRole::kRnc
                                   ? m_s.gnbs
                                   : 1;
        if (node->index >= count)
        {
            m_json.Mismatch(path, v,
                            "a node of the topology (" + std::to_string(count) + " of that role)");
        }
        return *node;
    }

    SrvccInterface
    Interface(const boost::json::value& v, const std::string& path) const
    {
        const std::string text = m_json.String(v, path);
        std::string names;
        for (SrvccInterface iface : AllSrvccInterfaces())
        {
            if (text == ToString(iface))
            {
                return iface;
            }
            names += (names.empty() ? "" : ", ") + std::string(ToString(iface));
        }
        m_json.Mismatch(path, v, "an interface: " + names);
    }

    Time
    At(const boost::json::object& o, const std::string& path, const char* key) const
    {
        const boost::json::value& at = m_json.Required(o, path, key, "a time in seconds");
        const std::string atPath = ScenarioJson::Join(path, key);
        const Time t = TimeField(at, atPath, Time::S);
        if (t >= m_s.duration)
        {
            m_json.Mismatch(atPath, at,
                            "a time before duration_s (" + SecondsText(m_s.duration) + " s)");
        }
        return t;
    }

    std::vector<SrvccNodeDownEvent>
    NodeDowns(const boost::json::value& v, const std::string& path) const
    {
        std::vector<SrvccNodeDownEvent> events;
        const boost::json::array& a = Array(v, path, "{\"node\", \"at_s\", \"up_at_s\"} objects");
        for (std::size_t i = 0; i < a.size(); ++i)
        {
            const std::string p = ScenarioJson::Index(path, i);
            const boost::json::object& o = m_json.Object(a[i], p);
            m_json.CheckKeys(o, p, {"node", "at_s", "up_at_s"});
            SrvccNodeDownEvent e;
            const std::string nodePath = ScenarioJson::Join(p, "node");
            e.node = Node(m_json.Required(o, p, "node", "a node name"), nodePath);
            if (e.node.role == SrvccRole::kUe)
            {
                m_json.Fail(nodePath, "a UE is not taken down (network nodes only: gnb:<i>, "
                                      "rnc:<i>, amf, mme, msc)");
            }
            e.at = At(o, p, "at_s");
            if (o.if_contains("up_at_s"))
            {
                e.upAt = At(o, p, "up_at_s");
                if (*e.upAt <= e.at)
                {
                    m_json.Mismatch(ScenarioJson::Join(p, "up_at_s"), o.at("up_at_s"),
                                    "a time after at_s");
                }
            }
            events.push_back(e);
        }
        return events;
    }

    std::vector<SrvccInjectEvent>
    Injections(const boost::json::value& v, const std::string& path) const
    {
        std::vector<SrvccInjectEvent> events;
        const boost::json::array& a
            = Array(v, path, "{\"interface\", \"from\", \"at_s\", \"hex\"} objects");
        for (std::size_t i = 0; i < a.size(); ++i)
        {
            const std::string p = ScenarioJson::Index(path, i);
            const boost::json::object& o = m_json.Object(a[i], p);
            m_json.CheckKeys(o, p, {"interface", "from", "to", "at_s", "hex"});
            SrvccInjectEvent e;
            e.iface = Interface(m_json.Required(o, p, "interface", "an interface name"),
                                ScenarioJson::Join(p, "interface"));
            e.from
                = Node(m_json.Required(o, p, "from", "a node name"), ScenarioJson::Join(p, "from"));
            if (const auto* to = o.if_contains("to"))
            {
                e.to = Node(*to, ScenarioJson::Join(p, "to"));
            }
            e.at = At(o, p, "at_s");
            const std::string hexPath = ScenarioJson::Join(p, "hex");
            const boost::json::value& hexValue = m_json.Required(o, p, "hex", "hex octets");
            std::string hex;
            for (char c : m_json.String(hexValue, hexPath))
            {
                if (c != ' ' && c != ':')
                {
                    hex += c;
                }
            }
            // One UDP payload: at most 65507 octets over IPv4 (RFC 768, RFC 791).
            if (hex.empty() || hex.size() % 2 != 0 || hex.size() > 2 * 65507
                || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
            {
                m_json.Mismatch(hexPath, hexValue,
                                "an even number of hex digits, 1 to 65507 octets (spaces and "
                                "colons allowed)");
            }
            for (std::size_t k = 0; k < hex.size(); k += 2)
            {
                e.payload.push_back(
                    static_cast<uint8_t>(std::stoul(hex.substr(k, 2), nullptr, 16)));
            }
            events.push_back(std::move(e));
        }
        return events;
    }

    /** One {"interface", "messages", "seed"} object, or an array of them. */
    std::vector<SrvccFuzzConfig>
    FuzzConfigs(const boost::json::value& v, const std::string& path) const
    {
        std::vector<SrvccFuzzConfig> configs;
        auto one = [&](const boost::json::value& item, const std::string& p)
        {
            const boost::json::object& o = m_json.Object(item, p);
            m_json.CheckKeys(o, p, {"interface", "messages", "seed"});
            SrvccFuzzConfig c;
            const std::string ifacePath = ScenarioJson::Join(p, "interface");
            c.iface = Interface(m_json.Required(o, p, "interface", "an interface name"), ifacePath);
            for (const SrvccFuzzConfig& earlier : configs)
            {
                if (earlier.iface == c.iface)
                {
                    m_json.Fail(ifacePath, "each interface once");
                }
            }
            c.messages = static_cast<uint32_t>(
                m_json.WholeNumber(m_json.Required(o, p, "messages", "a number of messages"),
                                   ScenarioJson::Join(p, "messages"), 1, 10000000));
            if (const auto* seed = o.if_contains("seed"))
            {
                c.seed = m_json.WholeNumber(*seed, ScenarioJson::Join(p, "seed"), 0,
                                            (uint64_t{1} << 53));
            }
            configs.push_back(c);
        };
        if (v.is_array())
        {
            for (std::size_t i = 0; i < v.get_array().size(); ++i)
            {
                one(v.get_array()[i], ScenarioJson::Index(path, i));
            }
        }
        else
        {
            one(v, path);
        }
        return configs;
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
