/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Registration with 5G AKA in the simulation, emergency sessions and bounded authentication
 * (TS 33.501 10.2, Annex J.1.1/J.2; TR 33.856 Key Issue #2): each case runs a scenario or a
 * small helper topology and checks what the nodes hold and what summary.json reports.
 */
#include "ns3/boolean.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-stats-collector.h"
#include "ns3/srvcc-utran-rrc-protection.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "srvcc-sim/srvcc-scenario-runner.h"

#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace ns3;

namespace
{

std::string
ScenarioPath(const std::string& name)
{
    return std::string(SRVCC_SOURCE_DIR) + "/scenarios/" + name + ".json";
}

std::string
OutputDir(const std::string& name)
{
    return (std::filesystem::temp_directory_path() / ("srvcc-emergency-test-" + name)).string();
}

/** Run scenario file \p name (pcap off unless asked). */
SrvccRunSummary
RunFile(const std::string& name, bool pcap = false)
{
    SrvccRunOptions options;
    options.pcap = pcap;
    return RunScenario(LoadScenario(ScenarioPath(name)), 0, options, OutputDir(name));
}

/** Equality of two keys or identifiers, as a bool the test macros can print. */
template<typename T>
bool
Same(const T& a, const T& b)
{
    return a == b;
}

std::vector<std::string>
Lines(const std::string& command)
{
    std::vector<std::string> lines;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
    {
        return lines;
    }
    std::string all;
    std::array<char, 4096> buffer;
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    {
        all.append(buffer.data(), n);
    }
    pclose(pipe);
    std::istringstream in(all);
    for (std::string line; std::getline(in, line);)
    {
        lines.push_back(line);
    }
    return lines;
}

/** A one-gNB topology with registration in the simulation, run until \p stop. */
struct Topology
{
    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    SrvccStatsCollector stats;

    Topology(uint32_t ues, const std::map<uint32_t, SrvccUeProfile>& profiles,
             const std::map<std::string, std::string>& amfAttributes = {})
    {
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        SrvccRegistrationConfig registration;
        registration.enabled = true;
        helper->SetRegistration(registration);
        for (const auto& [ue, p] : profiles)
        {
            helper->SetUeProfile(ue, p);
        }
        for (const auto& [name, value] : amfAttributes)
        {
            if (name == "AuthenticationBound")
            {
                helper->SetNodeAttribute(SrvccRole::kAmf, name, StringValue(value));
            }
            else
            {
                helper->SetNodeAttribute(SrvccRole::kAmf, name, BooleanValue(value == "true"));
            }
        }
        helper->Install(1, ues);
        helper->AssignStreams(0);
        stats.Connect(*helper);
    }

    void
    Run(Time stop)
    {
        Simulator::Stop(stop);
        Simulator::Run();
    }

    ~Topology()
    {
        Simulator::Destroy();
    }
};

/** 5G AKA in the simulation gives the UE and the AMF the same KAMF, and the SMC proves it. */
class RegistrationAkaTestCase : public TestCase
{
  public:
    RegistrationAkaTestCase() : TestCase("registration with 5G AKA: same KAMF at UE and AMF") {}

  private:
    void
    DoRun() override
    {
        Topology t(2, {});
        t.helper->ScheduleHandover(0, Seconds(1));
        t.Run(Seconds(3));
        for (uint32_t ue = 0; ue < 2; ++ue)
        {
            const SrvccUeNas* nas = t.helper->GetUe(ue)->GetNas();
            NS_TEST_ASSERT_MSG_NE(nas, nullptr, "UE has a NAS side");
            NS_TEST_ASSERT_MSG_EQ(std::string(ToString(nas->GetStats().outcome)), "registered",
                                  "UE " << ue);
            NS_TEST_ASSERT_MSG_EQ(nas->GetStats().authAttempts, 1u, "one AKA run");
            const AmfNasSecurityContext* amf = t.helper->GetAmf()->GetNasSecurityContext(ue);
            NS_TEST_ASSERT_MSG_NE(amf, nullptr, "AMF context");
            NS_TEST_ASSERT_MSG_EQ(amf->kamf.IsZero(), false, "a KAMF");
            NS_TEST_ASSERT_MSG_EQ(
                Same(t.helper->GetUe(ue)->GetNasSecurityContext().kamf, amf->kamf), true,
                "UE " << ue << ": same KAMF");
            NS_TEST_ASSERT_MSG_EQ(
                Same(amf->ngksi, t.helper->GetUe(ue)->GetNasSecurityContext().ngksi), true,
                "same ngKSI");
        }
        // Two UEs with different subscriptions hold different KAMFs.
        NS_TEST_ASSERT_MSG_EQ(Same(t.helper->GetUe(0)->GetNasSecurityContext().kamf,
                                   t.helper->GetUe(1)->GetNasSecurityContext().kamf),
                              false, "per-UE KAMF");
        // The handover then uses these keys and the MAC-I verifies.
        NS_TEST_ASSERT_MSG_EQ(t.stats.GetKeyChecksPassed(), 1u, "MAC-I verified");
        NS_TEST_ASSERT_MSG_EQ(t.stats.GetKeyChecksFailed(), 0u, "no MAC-I failure");
    }
};

/** The scenario files end to end. */
class EmergencyScenariosTestCase : public TestCase
{
  public:
    EmergencyScenariosTestCase() : TestCase("emergency scenarios end to end") {}

  private:
    void
    DoRun() override
    {
        const SrvccRunSummary authenticated = RunFile("emergency-authenticated");
        NS_TEST_ASSERT_MSG_EQ(authenticated.emergency.authenticated, 2u, "authenticated");
        NS_TEST_ASSERT_MSG_EQ(authenticated.completed, 2u, "both hand over");
        NS_TEST_ASSERT_MSG_EQ(authenticated.keyChecksPassed, 2u, "keys checked as normally");
        NS_TEST_ASSERT_MSG_EQ(authenticated.authentication.failures, 0u, "no failure");

        const SrvccRunSummary unauth = RunFile("emergency-unauthenticated");
        NS_TEST_ASSERT_MSG_EQ(unauth.emergency.unauthenticated, 3u, "unauthenticated");
        NS_TEST_ASSERT_MSG_EQ(unauth.authentication.unauthenticated, 3u, "NULL SMC accepted");
        NS_TEST_ASSERT_MSG_EQ(unauth.completed, 3u, "all three hand over (UIA0)");
        NS_TEST_ASSERT_MSG_EQ(unauth.keyChecksPassed, 3u, "UIA0 accepted for these sessions");
        NS_TEST_ASSERT_MSG_EQ(unauth.authentication.failures, 1u, "UE 0's MAC failure");

        const SrvccRunSummary rejected = RunFile("emergency-rejected");
        NS_TEST_ASSERT_MSG_EQ(rejected.emergency.rejected, 2u, "rejected");
        NS_TEST_ASSERT_MSG_EQ(rejected.completed, 0u, "no handover");
        NS_TEST_ASSERT_MSG_EQ(rejected.failed, 2u, "both fail at the AMF");

        const SrvccRunSummary sync = RunFile("auth-sync-failure");
        NS_TEST_ASSERT_MSG_EQ(sync.authentication.failures, 1u, "one synch failure");
        NS_TEST_ASSERT_MSG_EQ(sync.authentication.attempts, 2u, "resync then success");
        NS_TEST_ASSERT_MSG_EQ(sync.authentication.registered, 1u, "registered");
        NS_TEST_ASSERT_MSG_EQ(sync.keyChecksPassed, 1u, "handover with the new keys");

        const SrvccRunSummary mac = RunFile("auth-mac-failure");
        NS_TEST_ASSERT_MSG_EQ(mac.authentication.failures, 3u, "bounded at 3");
        NS_TEST_ASSERT_MSG_EQ(mac.authentication.released, 1u, "the UE released");
        NS_TEST_ASSERT_MSG_EQ(mac.completed, 0u, "no handover without a context");
    }
};

/** TR 33.856 Key Issue #2: bounded ends within 3 failures, unbounded exceeds it. */
class KeyIssue2LoopTestCase : public TestCase
{
  public:
    KeyIssue2LoopTestCase() : TestCase("Key Issue #2: bounded vs unbounded re-authentication") {}

  private:
    void
    DoRun() override
    {
        const SrvccRunSummary bounded = RunFile("emergency-auth-bounded");
        NS_TEST_ASSERT_MSG_EQ(bounded.authentication.released, 4u, "every UE released");
        NS_TEST_ASSERT_MSG_EQ(bounded.authentication.pending, 0u, "none still looping");
        NS_TEST_ASSERT_MSG_EQ((bounded.authentication.failures <= 3u * 4u), true,
                              "at most 3 failures per UE");
        NS_TEST_ASSERT_MSG_EQ(bounded.emergency.rejected, 4u, "no emergency session");

        const SrvccRunSummary unbounded = RunFile("emergency-auth-unbounded");
        NS_TEST_ASSERT_MSG_EQ(unbounded.authentication.pending, 4u, "still looping at the end");
        NS_TEST_ASSERT_MSG_GT(unbounded.authentication.failures, 3u * 4u,
                              "more than 3 failures per UE");
        NS_TEST_ASSERT_MSG_GT(unbounded.authentication.networkMilenage,
                              bounded.authentication.networkMilenage, "more network crypto");
        std::ostringstream os;
        os << "Key Issue #2 loop (4 UEs, 10 s): bounded " << bounded.authentication.failures
           << " failures / " << bounded.authentication.messages << " messages / UE crypto "
           << bounded.authentication.ueMilenage + bounded.authentication.ueKdf
                  + bounded.authentication.ueMac
           << "; unbounded " << unbounded.authentication.failures << " failures / "
           << unbounded.authentication.messages << " messages / UE crypto "
           << unbounded.authentication.ueMilenage + unbounded.authentication.ueKdf
                  + unbounded.authentication.ueMac;
        std::clog << os.str() << std::endl;
    }
};

/** NIA0 only for unauthenticated emergency registrations; UIA0 likewise on UTRAN. */
class NullAlgorithmsRefusedTestCase : public TestCase
{
  public:
    NullAlgorithmsRefusedTestCase()
        : TestCase("NIA0 and UIA0 refused outside unauthenticated emergency")
    {
    }

  private:
    void
    DoRun() override
    {
        {
            // A serving network that selects NIA0 for a normally registering UE.
            SrvccUeProfile emergency;
            emergency.emergencyRegistration = true;
            Topology t(2, {{1, emergency}}, {{"ForceNullAlgorithms", "true"}});
            t.Run(Seconds(1));
            const SrvccUeNasStats& normal = t.helper->GetUe(0)->GetNas()->GetStats();
            NS_TEST_ASSERT_MSG_EQ(normal.nia0Refused, 1u, "normal UE refuses NIA0");
            NS_TEST_ASSERT_MSG_EQ(std::string(ToString(normal.outcome)), "rejected", "no context");
            NS_TEST_ASSERT_MSG_EQ(t.helper->GetAmf()->GetNasSecurityContext(0), nullptr,
                                  "the AMF established nothing");
            const SrvccUeNasStats& em = t.helper->GetUe(1)->GetNas()->GetStats();
            NS_TEST_ASSERT_MSG_EQ(em.nia0Refused, 0u, "emergency registration accepts NIA0");
        }
        {
            // A malicious RNC selects UIA0 for a normal (authenticated) UE.
            RngSeedManager::SetSeed(1);
            Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
            helper->SetNodeAttribute(SrvccRole::kRnc, "ForceIntegrityAlgorithm", UintegerValue(0));
            helper->Install(1, 1);
            helper->AssignStreams(0);
            SrvccStatsCollector stats;
            stats.Connect(*helper);
            helper->ScheduleHandover(0, Seconds(1));
            Simulator::Stop(Seconds(3));
            Simulator::Run();
            NS_TEST_ASSERT_MSG_EQ(helper->GetUe(0)->GetUia0Refused(), 1u, "UE refuses UIA0");
            NS_TEST_ASSERT_MSG_EQ(helper->GetUe(0)->IsOnUtran(), false, "no handover");
            NS_TEST_ASSERT_MSG_EQ(stats.GetKeyChecksPassed(), 0u, "nothing accepted");
            Simulator::Destroy();
        }
        // The RNC's check: integrity protection not started ("UIA0", which RRC has no code
        // point for) passes only with allowNullIntegrity (the session flag), and the message
        // then carries no integrity check info at all.
        srvcc::CkIk keys;
        UtranProtectionParameters p;
        p.integrityAlgorithm = 0;
        p.cipheringAlgorithm = 0;
        const SrvccUtranHandoverToUtranComplete complete = ProtectHandoverToUtranComplete(keys, p);
        NS_TEST_ASSERT_MSG_EQ(complete.HasIntegrityCheckInfo(), false, "no integrityCheckInfo");
        NS_TEST_ASSERT_MSG_EQ(VerifyHandoverToUtranComplete(complete, keys, p, false), false,
                              "UIA0 refused for a normal session");
        NS_TEST_ASSERT_MSG_EQ(VerifyHandoverToUtranComplete(complete, keys, p, true), true,
                              "UIA0 accepted for an unauthenticated emergency session");
    }
};

/** What the target RNC saw in the Relocation Requests it received (RANAP on Iu). */
struct RelocationRequestsSeen
{
    uint32_t requests{0};
    uint32_t withKeys{0}; ///< with Integrity Protection / Encryption Information

    void
    OnRncReceived(SrvccInterface iface, SrvccMessageType type, uint32_t, uint64_t,
                  Ptr<const Packet> packet)
    {
        if (iface != SrvccInterface::kIu || type != SrvccMessageType::kIuRelocationRequest)
        {
            return;
        }
        SrvccIuRelocationRequest m;
        packet->PeekHeader(m);
        ++requests;
        withKeys += m.HasIntegrityProtectionInformation() ? 1 : 0;
    }
};

/** Unauthenticated emergency: independent KAMFs, UIA0 at the MSC, different CK/IK (J.2.2). */
class UnauthenticatedKeysTestCase : public TestCase
{
  public:
    UnauthenticatedKeysTestCase() : TestCase("unauthenticated emergency: KAMFs differ, UIA0 only")
    {
    }

  private:
    void
    DoRun() override
    {
        SrvccUeProfile p;
        p.emergencyRegistration = true;
        p.wrongK = true;
        Topology t(1, {{0, p}}, {{"AllowUnauthenticatedEmergency", "true"}});
        RelocationRequestsSeen seen;
        t.helper->GetRnc(0)->TraceConnectWithoutContext(
            "MessageReceived", MakeCallback(&RelocationRequestsSeen::OnRncReceived, &seen));
        t.helper->ScheduleHandover(0, Seconds(1));
        t.Run(Seconds(3));
        // "UIA0" is no RANAP code point: integrity protection is not started, and the Relocation
        // Request carries neither Integrity Protection nor Encryption Information (no key).
        NS_TEST_ASSERT_MSG_EQ(seen.requests, 1u, "one Relocation Request");
        NS_TEST_ASSERT_MSG_EQ(seen.withKeys, 0u, "no key on Iu for the unauthenticated session");
        const AmfNasSecurityContext* amf = t.helper->GetAmf()->GetNasSecurityContext(0);
        NS_TEST_ASSERT_MSG_NE(amf, nullptr, "AMF context");
        NS_TEST_ASSERT_MSG_EQ(Same(t.helper->GetUe(0)->GetNasSecurityContext().kamf, amf->kamf),
                              false, "independently generated KAMFs differ (10.2.2.3.1)");
        NS_TEST_ASSERT_MSG_EQ(t.helper->GetAmf()->GetUeSession(0)->unauthenticated, true,
                              "AMF marks the session");
        NS_TEST_ASSERT_MSG_EQ(t.helper->GetMscServer()->IsUnauthenticatedEmergency(0), true,
                              "MSC server restricts to UIA0/UEA0");
        const MscSrvccSecurityContext* msc = t.helper->GetMscServer()->GetContext(0);
        NS_TEST_ASSERT_MSG_NE(msc, nullptr, "MSC context");
        NS_TEST_ASSERT_MSG_EQ(t.helper->GetUe(0)->GetSrvccKeys().has_value(), true, "UE keys");
        NS_TEST_ASSERT_MSG_EQ(Same(t.helper->GetUe(0)->GetSrvccKeys()->ckIk.ik, msc->ckIk.ik),
                              false, "UE and MSC derive different IK (J.2.2)");
        NS_TEST_ASSERT_MSG_EQ(t.stats.GetKeyChecksPassed(), 1u, "UIA0 accepted");
        NS_TEST_ASSERT_MSG_EQ(t.helper->GetUe(0)->IsOnUtran(), true, "call continues on UTRAN");
    }
};

/** TS 33.501 J.1.1: after SRVCC the UE re-authenticates before using 5G again. */
class ReauthenticationAfterSrvccTestCase : public TestCase
{
  public:
    ReauthenticationAfterSrvccTestCase() : TestCase("re-authentication after SRVCC (J.1.1)") {}

  private:
    void
    DoRun() override
    {
        {
            Topology t(1, {});
            t.helper->ScheduleHandover(0, Seconds(1));
            t.helper->ScheduleReturnTo5g(0, Seconds(2));
            Simulator::Schedule(Seconds(1.9), &ReauthenticationAfterSrvccTestCase::CheckOnUtran,
                                this, t.helper);
            t.Run(Seconds(3));
            const SrvccUeNasStats& s = t.helper->GetUe(0)->GetNas()->GetStats();
            NS_TEST_ASSERT_MSG_EQ(s.registrations, 2u, "registered twice");
            NS_TEST_ASSERT_MSG_EQ(s.authAttempts, 2u, "AKA ran again");
            NS_TEST_ASSERT_MSG_EQ(s.reauthAfterSrvcc, 1u, "re-authenticated");
            NS_TEST_ASSERT_MSG_EQ(t.helper->GetUe(0)->GetNas()->RequiresReauthentication(), false,
                                  "cleared");
            const srvcc::Key256& kamf = t.helper->GetUe(0)->GetNasSecurityContext().kamf;
            NS_TEST_ASSERT_MSG_EQ(Same(kamf, m_oldKamf), false, "a new KAMF");
            NS_TEST_ASSERT_MSG_EQ(Same(kamf, t.helper->GetAmf()->GetNasSecurityContext(0)->kamf),
                                  true, "UE and AMF agree on it");
        }
        {
            // An AMF that skips the re-authentication: the UE refuses its SMC.
            Topology t(1, {}, {{"SkipReauthAfterSrvcc", "true"}});
            t.helper->ScheduleHandover(0, Seconds(1));
            t.helper->ScheduleReturnTo5g(0, Seconds(2));
            t.Run(Seconds(3));
            const SrvccUeNasStats& s = t.helper->GetUe(0)->GetNas()->GetStats();
            NS_TEST_ASSERT_MSG_EQ(s.reauthSkipRefused, 1u, "SMC without AKA refused");
            NS_TEST_ASSERT_MSG_EQ(s.authAttempts, 1u, "only the first AKA");
            NS_TEST_ASSERT_MSG_EQ(std::string(ToString(s.outcome)), "rejected", "no 5G access");
        }
    }

    /**
     * On UTRAN, before the return to 5G: the UE is marked for re-authentication; remembers
     * the KAMF it had. (A member function, not a lambda: ns-3.35 schedules no lambdas.)
     */
    void
    CheckOnUtran(Ptr<SrvccHelper> helper)
    {
        NS_TEST_EXPECT_MSG_EQ(helper->GetUe(0)->GetNas()->RequiresReauthentication(), true,
                              "marked after SRVCC");
        m_oldKamf = helper->GetUe(0)->GetNasSecurityContext().kamf;
    }

    srvcc::Key256 m_oldKamf;
};

/** tshark decodes MEI, EmInd and UIMSI in an emergency run's n26 and sv pcaps. */
class EmergencyTsharkTestCase : public TestCase
{
  public:
    EmergencyTsharkTestCase() : TestCase("tshark decodes MEI, EmInd and UIMSI") {}

  private:
    void
    DoRun() override
    {
        if (std::system("tshark -v > /dev/null 2>&1") != 0)
        {
            NS_TEST_ASSERT_MSG_EQ(true, false, "tshark is not installed");
            return;
        }
        RunFile("emergency-unauthenticated", true);
        const std::string dir = OutputDir("emergency-unauthenticated") + "/pcap/";
        const auto n26 = Lines("tshark -n -r '" + dir
                               + "n26.pcap' -Y 'gtpv2.message_type == 133' -T fields -E "
                                 "separator=';' -e gtpv2.mei -e gtpv2.uimsi -e gtpv2.emci "
                                 "-e gtpv2.5srhoi -e gtpv2.sv_emind -e gtpv2.ie_type -e e212.imsi "
                                 "2>/dev/null");
        NS_TEST_ASSERT_MSG_EQ(n26.size(), 3u, "three Forward Relocation Requests");
        for (const std::string& line : n26)
        {
            // TS 29.274 Table 7.3.1-1: the MEI in IE 107 (no IE 75), EMCI with 5SRHOI (8.12),
            // no Sv Flags on N26.
            NS_TEST_ASSERT_MSG_EQ(line.find("35693803"), 0u, "MEI decoded: " << line);
            NS_TEST_ASSERT_MSG_NE(line.find(";1;1;1;;"), std::string::npos,
                                  "UIMSI, EMCI and 5SRHOI set, no Sv Flags: " << line);
            NS_TEST_ASSERT_MSG_EQ(line.find(",75,"), std::string::npos, "no IE 75: " << line);
        }
        const auto sv = Lines("tshark -n -r '" + dir
                              + "sv.pcap' -Y 'gtpv2.message_type == 25' -T fields -E "
                                "separator=';' -e gtpv2.mei -e gtpv2.sv_emind -e e212.imsi "
                                "2>/dev/null");
        NS_TEST_ASSERT_MSG_EQ(sv.size(), 3u, "three SRVCC PS to CS Requests");
        for (const std::string& line : sv)
        {
            NS_TEST_ASSERT_MSG_EQ(line.find("35693803"), 0u, "MEI decoded: " << line);
            NS_TEST_ASSERT_MSG_NE(line.find(";1;"), std::string::npos, "EmInd set: " << line);
            NS_TEST_ASSERT_MSG_EQ(line.back(), ';', "no (unauthenticated) IMSI on Sv: " << line);
        }
        // An authenticated emergency session: EmInd and MEI, but the IMSI is sent and not
        // flagged UIMSI.
        RunFile("emergency-authenticated", true);
        const std::string auth = OutputDir("emergency-authenticated") + "/pcap/";
        const auto svAuth = Lines("tshark -n -r '" + auth
                                  + "sv.pcap' -Y 'gtpv2.message_type == 25' -T fields -E "
                                    "separator=';' -e gtpv2.sv_emind -e e212.imsi 2>/dev/null");
        NS_TEST_ASSERT_MSG_EQ(svAuth.size(), 2u, "two SRVCC PS to CS Requests");
        for (const std::string& line : svAuth)
        {
            NS_TEST_ASSERT_MSG_EQ(line.find("1;00101"), 0u, "EmInd and the IMSI: " << line);
        }
        const auto n26Auth = Lines("tshark -n -r '" + auth
                                   + "n26.pcap' -Y 'gtpv2.message_type == 133 && gtpv2.uimsi == 1' "
                                     "2>/dev/null");
        NS_TEST_ASSERT_MSG_EQ(n26Auth.size(), 0u, "no UIMSI for authenticated sessions");
        const auto emciAuth = Lines("tshark -n -r '" + auth
                                    + "n26.pcap' -Y 'gtpv2.message_type == 133 && gtpv2.emci == 1 "
                                      "&& gtpv2.5srhoi == 1' 2>/dev/null");
        NS_TEST_ASSERT_MSG_EQ(emciAuth.size(), 2u, "EMCI with 5SRHOI for authenticated sessions");
        const auto malformed
            = Lines("tshark -n -r '" + dir + "sv.pcap' -Y _ws.malformed 2>/dev/null");
        NS_TEST_ASSERT_MSG_EQ(malformed.size(), 0u, "no malformed packet");
    }
};

/** The NAS messages round-trip and reject malformed input without crashing. */
class NasMessagesTestCase : public TestCase
{
  public:
    NasMessagesTestCase() : TestCase("NAS 5GMM messages: encode, decode, malformed input") {}

  private:
    void
    DoRun() override
    {
        // An emergency registration without USIM names the UE by its PEI (TS 24.501 5.5.1.2.2).
        SrvccNasRegistrationRequest request;
        request.SetRegistrationType(NasRegistrationType::kEmergency);
        request.SetPei("356938030000050");
        const std::vector<uint8_t> octets = request.Encode();
        NS_TEST_ASSERT_MSG_EQ(octets[0], 0x7eu, "EPD 5GMM");
        NS_TEST_ASSERT_MSG_EQ(octets[2], 0x41u, "Registration Request");
        SrvccNasRegistrationRequest decoded;
        decoded.Decode(octets);
        NS_TEST_ASSERT_MSG_EQ(decoded.IsEmergency(), true, "type");
        NS_TEST_ASSERT_MSG_EQ(decoded.GetSupi().has_value(), false, "no supi");
        NS_TEST_ASSERT_MSG_EQ(*decoded.GetPei(), "356938030000050", "pei");
        request.SetSupi("001010000000005");
        const std::vector<uint8_t> withSupi = request.Encode();
        decoded.Decode(withSupi);
        NS_TEST_ASSERT_MSG_EQ(*decoded.GetSupi(), "001010000000005", "supi as SUCI");
        for (std::size_t n = 0; n < withSupi.size(); ++n)
        {
            const std::vector<uint8_t> cut(withSupi.begin(), withSupi.begin() + n);
            bool threw = false;
            try
            {
                decoded.Decode(cut);
            }
            catch (const MessageDecodeError&)
            {
                threw = true;
            }
            NS_TEST_ASSERT_MSG_EQ(threw, true, "cut to " << n);
        }
        SrvccNasRegistrationRequest empty;
        bool threw = false;
        try
        {
            empty.Encode();
        }
        catch (const MessageEncodeError&)
        {
            threw = true;
        }
        NS_TEST_ASSERT_MSG_EQ(threw, true, "neither SUPI nor PEI");

        SrvccNasAuthenticationFailure failure;
        failure.SetCause(Nas5gmmCause::kSynchFailure);
        srvcc::Auts auts{};
        auts[13] = 0xab;
        failure.SetAuts(auts);
        std::vector<uint8_t> f = failure.Encode();
        // EPD, header, type, cause, then IEI 30, length 14, AUTS (TS 24.501 8.2.4).
        NS_TEST_ASSERT_MSG_EQ(f.size(), 3u + 1u + 2u + 14u, "AUTS with #21");
        SrvccNasAuthenticationFailure back;
        back.Decode(f);
        NS_TEST_ASSERT_MSG_EQ(back.GetAuts()[13], 0xab, "AUTS");
        f[3] = 99; // not #20, #21 or #26
        threw = false;
        try
        {
            back.Decode(f);
        }
        catch (const MessageDecodeError&)
        {
            threw = true;
        }
        NS_TEST_ASSERT_MSG_EQ(threw, true, "cause #99 refused");

        SrvccNasSecurityModeCommand smc;
        smc.SetAlgorithms(srvcc::NasIntegrityAlgorithm::kNia2, srvcc::NasCipheringAlgorithm::kNea2);
        std::vector<uint8_t> s = smc.Encode();
        s[3] = 0x29; // NEA2, NIA 9
        threw = false;
        try
        {
            SrvccNasSecurityModeCommand bad;
            bad.Decode(s);
        }
        catch (const MessageDecodeError&)
        {
            threw = true;
        }
        NS_TEST_ASSERT_MSG_EQ(threw, true, "NIA above 3 refused");
    }
};

class SrvccEmergencyTestSuite : public TestSuite
{
  public:
    SrvccEmergencyTestSuite() : TestSuite("srvcc-emergency", UNIT)
    {
        AddTestCase(new NasMessagesTestCase, TestCase::QUICK);
        AddTestCase(new RegistrationAkaTestCase, TestCase::QUICK);
        AddTestCase(new UnauthenticatedKeysTestCase, TestCase::QUICK);
        AddTestCase(new NullAlgorithmsRefusedTestCase, TestCase::QUICK);
        AddTestCase(new ReauthenticationAfterSrvccTestCase, TestCase::QUICK);
        AddTestCase(new EmergencyScenariosTestCase, TestCase::QUICK);
        AddTestCase(new KeyIssue2LoopTestCase, TestCase::QUICK);
        AddTestCase(new EmergencyTsharkTestCase, TestCase::QUICK);
    }
};

static SrvccEmergencyTestSuite g_srvccEmergencyTestSuite;

} // namespace
