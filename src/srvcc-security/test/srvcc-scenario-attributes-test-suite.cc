/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The table of scenario fields and the Attributes they set (srvcc-scenario-attributes.h): a
 * misspelt field is an error naming its path; a field the file gives sets its Attribute on the
 * installed applications and the helper; a field it leaves out keeps the Attribute's default
 * or a Config::SetDefault override; every row names an existing Attribute whose checker takes
 * the row's values.
 */
#include "ns3/boolean.h"
#include "ns3/config.h"
#include "ns3/double.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "srvcc-sim/srvcc-scenario-attributes.h"
#include "srvcc-sim/srvcc-scenario-runner.h"
#include "srvcc-sim/srvcc-scenario.h"

#include <fstream>
#include <map>
#include <set>
#include <string>

using namespace ns3;

namespace
{

/** Parse \p json; \return the ScenarioError text, or "<no error>". */
std::string
ErrorOf(const std::string& json)
{
    try
    {
        ParseScenario(json, "typo.json");
    }
    catch (const ScenarioError& e)
    {
        return e.what();
    }
    return "<no error>";
}

/** \p scenario.Set(path, text, origin); \return the ScenarioError text, or "<no error>". */
std::string
SetErrorOf(SrvccScenario& scenario, const std::string& path, const std::string& text,
           const std::string& origin = "")
{
    try
    {
        scenario.Set(path, text, origin);
    }
    catch (const ScenarioError& e)
    {
        return e.what();
    }
    return "<no error>";
}

bool
StartsWith(const std::string& s, const std::string& prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

/** Config::SetDefault for one scope: the Attribute's initial value is restored afterwards. */
class ScopedDefault
{
  public:
    ScopedDefault(const SrvccScenarioAttribute& row, const AttributeValue& value)
        : m_name(row.GetFullName())
    {
        TypeId::AttributeInformation info;
        row.Lookup(info);
        m_saved = info.initialValue->Copy();
        Config::SetDefault(m_name, value);
    }

    ~ScopedDefault()
    {
        Config::SetDefault(m_name, *m_saved);
    }

    ScopedDefault(const ScopedDefault&) = delete;
    ScopedDefault& operator=(const ScopedDefault&) = delete;

  private:
    std::string m_name;
    Ptr<AttributeValue> m_saved;
};

const SrvccScenarioAttribute&
RowOf(const std::string& path)
{
    const SrvccScenarioAttribute* row = FindSrvccScenarioAttribute(path);
    NS_ABORT_MSG_IF(row == nullptr, "no table row " << path);
    return *row;
}

class TypoTestCase : public TestCase
{
  public:
    TypoTestCase() : TestCase("a misspelt field is an error naming the field path") {}

  private:
    void
    DoRun() override
    {
        const struct
        {
            const char* json;
            const char* prefix;
        } cases[] = {
            {R"({"faults": {"msc_reject": true}})",
             "typo.json: faults.msc_reject: unknown field (expected msc_rejects, rnc_rejects, "},
            {R"({"registration": {"faults": {"amf_skip_reuth": true}}})",
             "typo.json: registration.faults.amf_skip_reuth: unknown field (expected "
             "amf_null_algorithms, amf_skip_reauth, rnc_force_uia)"},
            {R"({"registration": {"home_network_delay": 3}})",
             "typo.json: registration.home_network_delay: unknown field (expected enabled, "},
            {R"({"processing": {"amf": {"mesage_us": 1}}})",
             "typo.json: processing.amf.mesage_us: unknown field (expected message_us, "
             "workers, key_derivation_us, serial, per_message)"},
            {R"({"utran": {"integrty": "uia1"}})",
             "typo.json: utran.integrty: unknown field (expected integrity, ciphering)"},
            {R"({"sv_mm_contxt": "utran"})", "typo.json: sv_mm_contxt: unknown field (expected "},
            {R"({"timers": {"amf": {"RelocationResponseTimer": 5}}})",
             "typo.json: timers.amf.RelocationResponseTimer: unknown timer (expected "
             "RelocationResponseTimeout, RelocationCompleteTimeout, T3Response, DuplicateWindow, "
             "N3Requests)"},
            {R"({"timers": {"msc": {"N3Request": 5}}})",
             "typo.json: timers.msc.N3Request: unknown timer (expected TargetPreparationTimeout, "
             "UeArrivalTimeout, T3Response, DuplicateWindow, N3Requests)"},
        };
        for (const auto& c : cases)
        {
            const std::string error = ErrorOf(c.json);
            NS_TEST_EXPECT_MSG_EQ(StartsWith(error, c.prefix), true,
                                  c.json << " -> " << error << " (wanted " << c.prefix << ")");
        }
        // The same field spelt right is read.
        NS_TEST_EXPECT_MSG_EQ(ErrorOf(R"({"faults": {"msc_rejects": true}})"), "<no error>",
                              "msc_rejects");

        // Set names the field, for a path the table does not have and for a bad value.
        SrvccScenario s = DefaultScenario();
        NS_TEST_EXPECT_MSG_EQ(StartsWith(SetErrorOf(s, "faults.msc_reject", "true"),
                                         "scenario: faults.msc_reject: unknown field"),
                              true, SetErrorOf(s, "faults.msc_reject", "true"));
        NS_TEST_EXPECT_MSG_EQ(SetErrorOf(s, "profile", "sol9", "--profile"),
                              "--profile: profile: found \"sol9\" (a string), expected one of "
                              "ts33501, sol1.1, sol1.1-concat, sol1.2",
                              "a profile that does not exist");
        NS_TEST_EXPECT_MSG_EQ(SetErrorOf(s, "links.sv.delay_ms", "-1"),
                              "scenario: links.sv.delay_ms: found -1 (a number), expected a number "
                              ">= 0",
                              "a negative delay");
        NS_TEST_EXPECT_MSG_EQ(s.settings.empty(), true, "refused values are not stored");
        NS_TEST_EXPECT_MSG_EQ(SetErrorOf(s, "profile", "sol1.2"), "<no error>", "sol1.2");
        NS_TEST_EXPECT_MSG_EQ(s.Word("profile"), "sol1.2", "Set: profile");
        NS_TEST_EXPECT_MSG_EQ(SetErrorOf(s, "links.sv.delay_ms", "20"), "<no error>", "20 ms");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("links.sv.delay_ms"), MilliSeconds(20), "Set: a number");
        NS_TEST_EXPECT_MSG_EQ(SetErrorOf(s, "faults.tamper_ik", "true"), "<no error>", "true");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.tamper_ik"), true, "Set: a flag");
    }
};

class GivenFieldTestCase : public TestCase
{
  public:
    GivenFieldTestCase() : TestCase("a field the file gives sets its Attribute") {}

  private:
    void
    DoRun() override
    {
        const SrvccScenario s = ParseScenario(R"({
          "profile": "sol1.1",
          "links": {"sv": {"delay_ms": 20, "data_rate": "2Mbps", "loss": 0.25}},
          "processing": {"msc": {"key_derivation_us": 70, "serial": false}},
          "timers": {"mme": {"SvResponseTimeout": 1500}},
          "utran": {"integrity": "uia1", "ciphering": "uea0"},
          "sv_mm_context": "utran",
          "faults": {"msc_rejects": true, "tamper_ik": true, "replay_ho_command_ms": 4},
          "registration": {"home_network_delay_ms": 7, "authentication_bound": "unbounded",
                           "faults": {"rnc_force_uia": "uia1", "amf_skip_reauth": true}}
        })",
                                              "given.json");
        NS_TEST_EXPECT_MSG_EQ(s.settings.size(), 17, "one setting per field given");

        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        ConfigureHelper(*helper, s);
        helper->Install(1, 1);
        auto get = [](Ptr<Object> object, const std::string& name, AttributeValue& value)
        {
            object->GetAttribute(name, value);
        };
        NS_TEST_EXPECT_MSG_EQ(srvcc::ToString(helper->GetKeyStrategy().GetProfile()),
                              std::string("sol1.1"), "ns3::SrvccHelper::Profile");
        TimeValue t;
        get(helper, "SvDelay", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(20), "ns3::SrvccHelper::SvDelay");
        DataRateValue rate;
        get(helper, "SvDataRate", rate);
        NS_TEST_EXPECT_MSG_EQ(rate.Get().GetBitRate(), 2000000, "ns3::SrvccHelper::SvDataRate");
        DoubleValue loss;
        get(helper, "SvLossRate", loss);
        NS_TEST_EXPECT_MSG_EQ(loss.Get(), 0.25, "ns3::SrvccHelper::SvLossRate");
        get(helper->GetMscServer(), "KeyDerivationDelay", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MicroSeconds(70), "MSC KeyDerivationDelay");
        BooleanValue b;
        get(helper->GetMscServer(), "SerialProcessing", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), false, "MSC SerialProcessing");
        get(helper->GetMme(), "SvResponseTimeout", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(1500), "MME SvResponseTimeout");
        get(helper->GetMme(), "UtranSrvccContextIe", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), true, "MME UtranSrvccContextIe");
        UintegerValue u;
        get(helper->GetRnc(0), "IntegrityAlgorithm", u);
        NS_TEST_EXPECT_MSG_EQ(u.Get(), 1, "RNC IntegrityAlgorithm");
        get(helper->GetRnc(0), "CipheringAlgorithm", u);
        NS_TEST_EXPECT_MSG_EQ(u.Get(), 0, "RNC CipheringAlgorithm");
        get(helper->GetRnc(0), "ForceIntegrityAlgorithm", u);
        NS_TEST_EXPECT_MSG_EQ(u.Get(), 1, "RNC ForceIntegrityAlgorithm");
        get(helper->GetMscServer(), "RejectPsToCs", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), true, "MSC RejectPsToCs");
        get(helper->GetMscServer(), "TamperIk", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), true, "MSC TamperIk");
        get(helper->GetMscServer(), "TamperCk", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), false, "MSC TamperCk: not given, the default");
        get(helper->GetGnb(0), "ReplayHoCommandAfter", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(4), "gNB ReplayHoCommandAfter");
        get(helper->GetAmf(), "HomeNetworkDelay", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(7), "AMF HomeNetworkDelay");
        get(helper->GetAmf(), "SkipReauthAfterSrvcc", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), true, "AMF SkipReauthAfterSrvcc");
        TypeId::AttributeInformation info;
        RowOf("registration.authentication_bound").Lookup(info);
        Ptr<AttributeValue> bound = info.checker->Create();
        helper->GetAmf()->GetAttribute("AuthenticationBound", *bound);
        NS_TEST_EXPECT_MSG_EQ(bound->SerializeToString(info.checker), "unbounded",
                              "AMF AuthenticationBound");
        Simulator::Destroy();

        // The typed reads give the same values, in the file's words.
        NS_TEST_EXPECT_MSG_EQ(s.Word("registration.faults.rnc_force_uia"), "uia1", "rnc_force_uia");
        NS_TEST_EXPECT_MSG_EQ(s.Word("registration.authentication_bound"), "unbounded", "bound");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("registration.home_network_delay_ms"), MilliSeconds(7),
                              "home_network_delay_ms");
    }
};

/** The transport fields of links.<iface> reach both ends of every link of the interface. */
class TransportFieldTestCase : public TestCase
{
  public:
    TransportFieldTestCase() : TestCase("links.<iface> transport fields set both ends' transport")
    {
    }

  private:
    void
    DoRun() override
    {
        const SrvccScenario s = ParseScenario(R"({
          "links": {"n2": {"rto_initial_ms": 300, "rto_min_ms": 100, "rto_max_ms": 8000,
                           "path_max_retrans": 3},
                    "iu": {"reliable": false},
                    "nr-uu": {"retransmit_delay_ms": 20, "max_retransmissions": 4},
                    "utran-uu": {"reliable": false}}
        })",
                                              "transport.json");
        NS_TEST_EXPECT_MSG_EQ(s.settings.size(), 8, "one setting per field given");
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        ConfigureHelper(*helper, s);
        helper->Install(1, 1);
        for (const Ptr<SrvccNodeApplication>& end : {Ptr<SrvccNodeApplication>(helper->GetGnb(0)),
                                                     Ptr<SrvccNodeApplication>(helper->GetAmf())})
        {
            const SrvccTransportConfig& n2 = end->GetTransportConfig(SrvccInterface::kN2);
            NS_TEST_EXPECT_MSG_EQ((n2.mode == SrvccTransportMode::kSctp), true, "N2: SCTP");
            NS_TEST_EXPECT_MSG_EQ(n2.rtoInitial, MilliSeconds(300), "N2 RTO.Initial");
            NS_TEST_EXPECT_MSG_EQ(n2.rtoMin, MilliSeconds(100), "N2 RTO.Min");
            NS_TEST_EXPECT_MSG_EQ(n2.rtoMax, MilliSeconds(8000), "N2 RTO.Max");
            NS_TEST_EXPECT_MSG_EQ(n2.pathMaxRetrans, 3, "N2 Path.Max.Retrans");
        }
        for (const Ptr<SrvccNodeApplication>& end :
             {Ptr<SrvccNodeApplication>(helper->GetMscServer()),
              Ptr<SrvccNodeApplication>(helper->GetRnc(0))})
        {
            NS_TEST_EXPECT_MSG_EQ(
                (end->GetTransportConfig(SrvccInterface::kIu).mode == SrvccTransportMode::kNone),
                true, "Iu: plain datagrams");
        }
        for (const Ptr<SrvccNodeApplication>& end : {Ptr<SrvccNodeApplication>(helper->GetUe(0)),
                                                     Ptr<SrvccNodeApplication>(helper->GetGnb(0))})
        {
            const SrvccTransportConfig& nr = end->GetTransportConfig(SrvccInterface::kNrUu);
            NS_TEST_EXPECT_MSG_EQ((nr.mode == SrvccTransportMode::kRlcAm), true, "NR-Uu: RLC AM");
            NS_TEST_EXPECT_MSG_EQ(nr.retransmitDelay, MilliSeconds(20), "t-PollRetransmit");
            NS_TEST_EXPECT_MSG_EQ(nr.maxRetransmissions, 4, "maxRetxThreshold");
        }
        NS_TEST_EXPECT_MSG_EQ((helper->GetUe(0)->GetTransportConfig(SrvccInterface::kUtranUu).mode
                               == SrvccTransportMode::kNone),
                              true, "UTRAN-Uu: plain datagrams");
        NS_TEST_EXPECT_MSG_EQ((helper->GetAmf()->GetTransportConfig(SrvccInterface::kN26).mode
                               == SrvccTransportMode::kNone),
                              true, "N26 has no transport of its own (GTPv2-C)");
        Simulator::Destroy();
        NS_TEST_EXPECT_MSG_EQ(s.Count("links.nr-uu.max_retransmissions"), 4, "typed read");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("links.iu.reliable"), false, "typed read");
    }
};

class AbsentFieldTestCase : public TestCase
{
  public:
    AbsentFieldTestCase()
        : TestCase("a field the file leaves out keeps the default or a Config::SetDefault")
    {
    }

  private:
    void
    DoRun() override
    {
        // Without overrides: the Attributes' defaults.
        {
            const SrvccScenario s = ParseScenario(R"({"faults": {"tamper_ck": true}})", "a.json");
            NS_TEST_EXPECT_MSG_EQ(s.TimeOf("registration.home_network_delay_ms"), MilliSeconds(2),
                                  "HomeNetworkDelay default");
            NS_TEST_EXPECT_MSG_EQ(s.Word("registration.faults.rnc_force_uia"), "",
                                  "ForceIntegrityAlgorithm 255: off, no word");
            Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
            ConfigureHelper(*helper, s);
            helper->Install(1, 1);
            TimeValue t;
            helper->GetAmf()->GetAttribute("HomeNetworkDelay", t);
            NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(2), "the AMF's default");
            Simulator::Destroy();
        }
        // With Config::SetDefault (as --ns3::...=): the scenario leaves each in force.
        ScopedDefault home(RowOf("registration.home_network_delay_ms"), TimeValue(MilliSeconds(9)));
        ScopedDefault keyDerivation(RowOf("processing.msc.key_derivation_us"),
                                    TimeValue(MicroSeconds(70)));
        ScopedDefault svDelay(RowOf("links.sv.delay_ms"), TimeValue(MilliSeconds(13)));
        ScopedDefault integrity(RowOf("utran.integrity"), UintegerValue(1));
        ScopedDefault rejects(RowOf("faults.msc_rejects"), BooleanValue(true));
        // Neighbours of each are given: processing.msc, links.sv, utran, faults.
        const SrvccScenario s = ParseScenario(R"({
          "processing": {"msc": {"message_us": 0}},
          "links": {"sv": {"loss": 0.5}},
          "utran": {"ciphering": "uea1"},
          "faults": {"tamper_ck": true},
          "registration": {"enabled": false}
        })",
                                              "b.json");
        NS_TEST_EXPECT_MSG_EQ(s.TimeOf("registration.home_network_delay_ms"), MilliSeconds(9),
                              "the typed read sees the override");
        NS_TEST_EXPECT_MSG_EQ(s.Word("utran.integrity"), "uia1", "in the file's word");
        NS_TEST_EXPECT_MSG_EQ(s.Flag("faults.msc_rejects"), true, "a flag override");
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        ConfigureHelper(*helper, s);
        helper->Install(1, 1);
        TimeValue t;
        helper->GetAmf()->GetAttribute("HomeNetworkDelay", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(9), "AMF HomeNetworkDelay: the override");
        helper->GetMscServer()->GetAttribute("KeyDerivationDelay", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MicroSeconds(70), "MSC KeyDerivationDelay: the override");
        PointerValue processing;
        helper->GetMscServer()->GetAttribute("ProcessingTime", processing);
        Ptr<ConstantRandomVariable> constant = processing.Get<ConstantRandomVariable>();
        NS_TEST_EXPECT_MSG_NE(constant, nullptr, "MSC ProcessingTime: the file's constant");
        NS_TEST_EXPECT_MSG_EQ((constant ? constant->GetConstant() : -1), 0.0,
                              "MSC ProcessingTime: the file's 0 us");
        helper->GetAttribute("SvDelay", t);
        NS_TEST_EXPECT_MSG_EQ(t.Get(), MilliSeconds(13), "SvDelay: the override");
        DoubleValue loss;
        helper->GetAttribute("SvLossRate", loss);
        NS_TEST_EXPECT_MSG_EQ(loss.Get(), 0.5, "SvLossRate: the file's");
        UintegerValue u;
        helper->GetRnc(0)->GetAttribute("IntegrityAlgorithm", u);
        NS_TEST_EXPECT_MSG_EQ(u.Get(), 1, "RNC IntegrityAlgorithm: the override");
        helper->GetRnc(0)->GetAttribute("CipheringAlgorithm", u);
        NS_TEST_EXPECT_MSG_EQ(u.Get(), 1, "RNC CipheringAlgorithm: the file's");
        BooleanValue b;
        helper->GetMscServer()->GetAttribute("RejectPsToCs", b);
        NS_TEST_EXPECT_MSG_EQ(b.Get(), true, "MSC RejectPsToCs: the override");
        Simulator::Destroy();
    }
};

class TableTestCase : public TestCase
{
  public:
    TableTestCase()
        : TestCase("every row's Attribute exists and its checker takes the row's values")
    {
    }

  private:
    void
    DoRun() override
    {
        std::set<std::string> paths;
        for (const SrvccScenarioAttribute& row : SrvccScenarioAttributes())
        {
            NS_TEST_EXPECT_MSG_EQ(paths.insert(row.path).second, true, row.path << " once");
            TypeId::AttributeInformation info;
            const bool found = row.Lookup(info);
            NS_TEST_EXPECT_MSG_EQ(found, true, row.path << ": " << row.GetFullName() << " exists");
            if (!found)
            {
                continue;
            }
            Ptr<AttributeValue> sample;
            switch (row.kind)
            {
                case SrvccScenarioFieldKind::kBool:
                    sample = Create<BooleanValue>(true);
                    break;
                case SrvccScenarioFieldKind::kTime:
                    sample = Create<TimeValue>(MilliSeconds(1));
                    break;
                case SrvccScenarioFieldKind::kProbability:
                    sample = Create<DoubleValue>(0.5);
                    break;
                case SrvccScenarioFieldKind::kDataRate:
                    sample = Create<DataRateValue>(DataRate(1000));
                    break;
                case SrvccScenarioFieldKind::kCount:
                    sample = Create<UintegerValue>(2);
                    break;
                case SrvccScenarioFieldKind::kDistribution:
                    // The text form the reader gives; the checker makes the object.
                    NS_TEST_EXPECT_MSG_NE(
                        info.checker->CreateValidValue(
                            StringValue("ns3::ExponentialRandomVariable[Mean=100|Bound=0]")),
                        nullptr, row.path << ": " << row.GetFullName() << " takes a variable");
                    break;
                case SrvccScenarioFieldKind::kChoice:
                    NS_TEST_EXPECT_MSG_GT(row.words.size(), 1, row.path << ": words");
                    for (const auto& [word, text] : row.words)
                    {
                        Ptr<AttributeValue> v = info.checker->Create();
                        const bool read = v->DeserializeFromString(text, info.checker);
                        NS_TEST_EXPECT_MSG_EQ(read && info.checker->Check(*v), true,
                                              row.path << ": \"" << word << "\" -> \"" << text
                                                       << "\" is a value of " << row.GetFullName());
                    }
                    break;
            }
            if (sample)
            {
                NS_TEST_EXPECT_MSG_EQ(info.checker->Check(*sample), true,
                                      row.path << ": " << row.GetFullName() << " takes the kind");
            }
        }
        // The documented node options, each a row.
        for (const char* path : {"profile",
                                 "eksi_type",
                                 "links.nr-uu.delay_ms",
                                 "links.utran-uu.loss",
                                 "links.amf-msc.data_rate",
                                 "links.n2.reliable",
                                 "links.n2.rto_initial_ms",
                                 "links.n2.rto_min_ms",
                                 "links.n2.rto_max_ms",
                                 "links.n2.path_max_retrans",
                                 "links.iu.rto_initial_ms",
                                 "links.iu.path_max_retrans",
                                 "links.nr-uu.reliable",
                                 "links.nr-uu.retransmit_delay_ms",
                                 "links.nr-uu.max_retransmissions",
                                 "links.utran-uu.retransmit_delay_ms",
                                 "links.utran-uu.max_retransmissions",
                                 "processing.rnc.serial",
                                 "processing.msc.workers",
                                 "processing.msc.message_us",
                                 "processing.msc.per_message.SrvccPsToCsRequest",
                                 "processing.amf.per_message.HandoverRequired",
                                 "processing.mme.per_message.ForwardRelocationRequest",
                                 "processing.rnc.per_message.RelocationRequest",
                                 "processing.ue.per_message.MobilityFromNrCommand",
                                 "timers.gnb.TNgRelocPrep",
                                 "timers.ue.UtranAccessDelay",
                                 "timers.rnc.UnusedResourceTimeout",
                                 "timers.amf.T3Response",
                                 "timers.mme.N3Requests",
                                 "timers.msc.DuplicateWindow",
                                 "utran.integrity",
                                 "utran.ciphering",
                                 "sv_mm_context",
                                 "faults.msc_rejects",
                                 "faults.rnc_rejects",
                                 "faults.tamper_ck",
                                 "faults.tamper_ik",
                                 "faults.replay_ho_command_ms",
                                 "registration.home_network_delay_ms",
                                 "registration.allow_unauthenticated_emergency",
                                 "registration.authentication_bound",
                                 "registration.faults.amf_null_algorithms",
                                 "registration.faults.amf_skip_reauth",
                                 "registration.faults.rnc_force_uia"})
        {
            NS_TEST_EXPECT_MSG_EQ(paths.count(path), 1, path << " is a row");
        }
        // The transport rows are those of the interface's protocol only.
        for (const char* path : {"links.sv.reliable", "links.n26.rto_min_ms",
                                 "links.amf-msc.path_max_retrans", "links.n2.retransmit_delay_ms",
                                 "links.nr-uu.rto_initial_ms", "links.utran-uu.path_max_retrans"})
        {
            NS_TEST_EXPECT_MSG_EQ(paths.count(path), 0, path << " is no row");
        }
        // A role has per_message rows for the messages it receives only.
        NS_TEST_EXPECT_MSG_EQ(paths.count("processing.msc.per_message.HandoverRequired"), 0,
                              "the MSC server receives no Handover Required");
        NS_TEST_EXPECT_MSG_EQ(paths.count("processing.gnb.per_message.SrvccPsToCsRequest"), 0,
                              "the gNB receives no SRVCC PS to CS Request");
        NS_TEST_EXPECT_MSG_EQ(paths.count("processing.msc.per_message.IuReleaseCommand"), 0,
                              "the MSC server sends Iu Release Command, it does not receive it");
        NS_TEST_EXPECT_MSG_EQ(paths.count("processing.amf.per_message.HandoverCommand"), 0,
                              "the AMF sends the HO Command");
        NS_TEST_EXPECT_MSG_EQ(paths.count("processing.amf.per_message.SecurityModeComplete"), 1,
                              "uplink NAS reaches the AMF");
        NS_TEST_EXPECT_MSG_EQ(paths.count("processing.ue.per_message.SecurityModeComplete"), 0,
                              "the UE sends it");
        std::size_t perMessage = 0;
        for (const std::string& path : paths)
        {
            perMessage += path.find(".per_message.") != std::string::npos ? 1 : 0;
        }
        NS_TEST_EXPECT_MSG_GT(perMessage, 6 * 2, "per_message rows for every role");
        // links: 3 rows per interface, and the transport's: 5 for each SCTP interface (n2, iu:
        // reliable, rto_initial_ms, rto_min_ms, rto_max_ms, path_max_retrans), 3 for each
        // radio leg (nr-uu, utran-uu: reliable, retransmit_delay_ms, max_retransmissions).
        // timers: 10 node timers, and T3Response, DuplicateWindow, N3Requests of the three roles
        // that send GTPv2-C requests (TS 29.274 7.6).
        NS_TEST_EXPECT_MSG_EQ(paths.size(),
                              2 + 7 * 3 + 2 * 5 + 2 * 3 + 6 * 4 + perMessage + 10 + 3 * 3 + 14,
                              "the rows");
    }
};

class PerMessageDocTestCase : public TestCase
{
  public:
    PerMessageDocTestCase()
        : TestCase("doc/scenario-format.md lists each role's per_message names, those of the table")
    {
    }

  private:
    void
    DoRun() override
    {
        std::ifstream in(std::string(SRVCC_SOURCE_DIR) + "/doc/scenario-format.md");
        NS_TEST_ASSERT_MSG_EQ(in.good(), true, "doc/scenario-format.md readable");
        std::map<std::string, std::set<std::string>> documented;
        std::string line;
        bool inTable = false;
        while (std::getline(in, line))
        {
            if (line.rfind("| Role | `per_message.<Message>` |", 0) == 0)
            {
                inTable = true;
                continue;
            }
            if (!inTable || line.rfind("|---", 0) == 0)
            {
                continue;
            }
            if (line.rfind("| `", 0) != 0)
            {
                inTable = false;
                continue;
            }
            const std::size_t roleEnd = line.find('`', 3);
            const std::string role = line.substr(3, roleEnd - 3);
            const std::size_t cells = line.find('|', roleEnd);
            for (std::size_t at = line.find('`', cells); at != std::string::npos;
                 at = line.find('`', line.find('`', at + 1) + 1))
            {
                const std::size_t end = line.find('`', at + 1);
                if (end == std::string::npos)
                {
                    break;
                }
                documented[role].insert(line.substr(at + 1, end - at - 1));
            }
        }
        std::map<std::string, std::set<std::string>> table;
        for (const SrvccScenarioAttribute& row : SrvccScenarioAttributes())
        {
            const std::size_t at = row.path.find(".per_message.");
            if (at != std::string::npos)
            {
                table[row.path.substr(11, at - 11)].insert(row.path.substr(at + 13));
            }
        }
        NS_TEST_EXPECT_MSG_EQ(table.size(), 6, "every role has per_message rows");
        for (const auto& [role, names] : table)
        {
            for (const std::string& name : names)
            {
                NS_TEST_EXPECT_MSG_EQ(documented[role].count(name), 1,
                                      role << ": " << name << " is documented");
            }
            // The doc's notes in parentheses hold no backquoted names, so the sets match.
            NS_TEST_EXPECT_MSG_EQ(documented[role].size(), names.size(),
                                  role << ": no other name documented");
        }
    }
};

class ScenarioAttributesTestSuite : public TestSuite
{
  public:
    ScenarioAttributesTestSuite() : TestSuite("srvcc-scenario-attributes", UNIT)
    {
        AddTestCase(new TypoTestCase, TestCase::QUICK);
        AddTestCase(new GivenFieldTestCase, TestCase::QUICK);
        AddTestCase(new TransportFieldTestCase, TestCase::QUICK);
        AddTestCase(new AbsentFieldTestCase, TestCase::QUICK);
        AddTestCase(new TableTestCase, TestCase::QUICK);
        AddTestCase(new PerMessageDocTestCase, TestCase::QUICK);
    }
};

ScenarioAttributesTestSuite g_scenarioAttributesTestSuite;

} // namespace
