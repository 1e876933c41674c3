/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SrvccHelper as an ns-3 user drives it: Attributes through Config::SetDefault and the
 * command line (per role and per interface), per-gNB link attributes, the profile Attribute
 * against the crypto core, refused typos, AssignStreams, Install* on NodeContainers and pcap
 * files in directories that do not exist yet.
 */
#include "ns3/boolean.h"
#include "ns3/command-line.h"
#include "ns3/config.h"
#include "ns3/enum.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/pcap-file.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-enum-attribute.h"
#include "ns3/srvcc-helper.h"
#include "ns3/srvcc-stats-collector.h"
#include "ns3/string.h"
#include "ns3/test.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

using namespace ns3;

namespace
{

/** Sets an Attribute's global default for the lifetime of the object, then restores it. */
class ScopedDefault
{
  public:
    ScopedDefault(const std::string& path, const AttributeValue& value) : m_path(path)
    {
        const auto sep = path.rfind("::");
        TypeId::AttributeInformation info;
        NS_ABORT_MSG_UNLESS(TypeId::LookupByName(path.substr(0, sep))
                                .LookupAttributeByName(path.substr(sep + 2), &info),
                            "no Attribute " << path);
        m_old = info.initialValue->Copy();
        Config::SetDefault(path, value);
    }

    ~ScopedDefault()
    {
        Config::SetDefault(m_path, *m_old);
    }

    ScopedDefault(const ScopedDefault&) = delete;
    ScopedDefault& operator=(const ScopedDefault&) = delete;

  private:
    std::string m_path;
    Ptr<AttributeValue> m_old;
};

/** What one run leaves behind: per UE preparation latency and keys. */
struct RunResult
{
    std::vector<int64_t> preparationNs;
    std::vector<std::string> kamf;
    std::vector<std::string> ck;
    std::vector<std::string> expectedCk; ///< the crypto core's, from the AMF's context
    std::vector<std::string> expectedIk;
    std::vector<std::string> ik;
    int ueEksiType{-1}; ///< the eKSI type the UE derived for UE 0 (TS 33.501 8.6.1)
    uint32_t completed{0};
    bool hasMme{false};
};

/**
 * Build with \p configure, install \p numGnbs x \p uesPerGnb, hand UE i over at 1 s + i x 1 s
 * (far apart: no queueing at the shared core nodes), run, collect; the expected keys are the
 * crypto core's for profile \p expected.
 */
RunResult
RunHandovers(const std::function<void(SrvccHelper&)>& configure, uint32_t numGnbs,
             uint32_t uesPerGnb, int64_t stream = 0,
             srvcc::SrvccProfile expected = srvcc::SrvccProfile::kTs33501)
{
    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    if (configure)
    {
        configure(*helper);
    }
    helper->Install(numGnbs, uesPerGnb);
    helper->AssignStreams(stream);
    SrvccStatsCollector stats;
    stats.Connect(*helper);
    for (uint32_t ue = 0; ue < helper->GetNumUes(); ++ue)
    {
        helper->ScheduleHandover(ue, Seconds(1 + ue));
    }
    Simulator::Stop(Seconds(2 + helper->GetNumUes()));
    Simulator::Run();
    RunResult r;
    r.preparationNs.assign(helper->GetNumUes(), -1);
    for (const SrvccHandoverRecord& record : stats.GetRecords())
    {
        r.preparationNs.at(record.ue) = record.PreparationNs();
        r.completed += record.result == SrvccHandoverRecord::Result::kCompleted ? 1 : 0;
    }
    for (uint32_t ue = 0; ue < helper->GetNumUes(); ++ue)
    {
        const AmfNasSecurityContext* amf = helper->GetAmf()->GetNasSecurityContext(ue);
        r.kamf.push_back(amf->kamf.RevealHex());
        const auto& keys = helper->GetUe(ue)->GetSrvccKeys();
        r.ck.push_back(keys ? keys->ckIk.ck.RevealHex() : "");
        r.ik.push_back(keys ? keys->ckIk.ik.RevealHex() : "");
        srvcc::NasCount count;
        if (helper->GetAmf()->GetLastSrvccCount(ue, count))
        {
            const srvcc::SrvccKeyChain chain
                = srvcc::DeriveSrvccKeyChain(expected, amf->kamf, count, amf->ngksi);
            r.expectedCk.push_back(chain.ckIk.ck.RevealHex());
            r.expectedIk.push_back(chain.ckIk.ik.RevealHex());
        }
    }
    const auto& keys = helper->GetUe(0)->GetSrvccKeys();
    if (keys && keys->eksi)
    {
        r.ueEksiType = static_cast<int>(keys->eksi->type);
    }
    r.hasMme = helper->GetMme() != nullptr;
    Simulator::Destroy();
    return r;
}

/** The TypeIds of the six node roles. */
std::vector<TypeId>
RoleTypeIds()
{
    return {SrvccUeApplication::GetTypeId(),        SrvccGnbApplication::GetTypeId(),
            SrvccAmfApplication::GetTypeId(),       SrvccMmeApplication::GetTypeId(),
            SrvccMscServerApplication::GetTypeId(), SrvccRncApplication::GetTypeId()};
}

class RoleAttributesTestCase : public TestCase
{
  public:
    RoleAttributesTestCase()
        : TestCase("per-role Attributes: Config::SetDefault on ns3::SrvccAmfApplication moves "
                   "the preparation latency by exactly its share")
    {
    }

  private:
    void
    DoRun() override
    {
        // Every Attribute of every role is its own (not inherited), so Config::SetDefault
        // and --ns3::<Role>::<Name> reach it; the parent declares none.
        NS_TEST_ASSERT_MSG_EQ(SrvccNodeApplication::GetTypeId().GetAttributeN(), 0,
                              "ns3::SrvccNodeApplication has no Attributes of its own");
        for (const TypeId& tid : RoleTypeIds())
        {
            for (const char* name : {"ProcessingDelay", "KeyDerivationDelay", "SerialProcessing"})
            {
                bool own = false;
                for (uint32_t i = 0; i < tid.GetAttributeN(); ++i)
                {
                    own = own || tid.GetAttribute(i).name == name;
                }
                NS_TEST_ASSERT_MSG_EQ(own, true, tid.GetName() << " declares " << name);
            }
            for (uint32_t i = 0; i < tid.GetAttributeN(); ++i)
            {
                const TypeId::AttributeInformation info = tid.GetAttribute(i);
                const std::string path = tid.GetName() + "::" + info.name;
                NS_TEST_ASSERT_MSG_EQ(Config::SetDefaultFailSafe(path, *info.initialValue), true,
                                      "Config::SetDefault(\"" << path << "\") is accepted");
            }
        }
        NS_TEST_ASSERT_MSG_EQ(
            Config::SetDefaultFailSafe("ns3::SrvccNodeApplication::ProcessingDelay",
                                       TimeValue(MicroSeconds(1))),
            false, "the parent no longer has ProcessingDelay");

        const RunResult base = RunHandovers(nullptr, 1, 1);
        RunResult slow;
        {
            ScopedDefault amf("ns3::SrvccAmfApplication::ProcessingDelay",
                              TimeValue(MicroSeconds(300)));
            slow = RunHandovers(nullptr, 1, 1);
        }
        NS_TEST_ASSERT_MSG_EQ(base.completed, 1, "the handover completes");
        NS_TEST_ASSERT_MSG_EQ(slow.completed, 1, "the handover completes with a slower AMF");
        // The AMF handles two messages of the preparation (Handover Required, Forward
        // Relocation Response): 2 x (300 - 100) us more; no other role changed.
        NS_TEST_ASSERT_MSG_EQ(slow.preparationNs[0] - base.preparationNs[0], 400000,
                              "preparation latency +400 us");
        const RunResult again = RunHandovers(nullptr, 1, 1);
        NS_TEST_ASSERT_MSG_EQ(again.preparationNs[0], base.preparationNs[0],
                              "the default is back after the scope");

        // The same through a CommandLine, as a user types it.
        {
            ScopedDefault keepAmf("ns3::SrvccAmfApplication::ProcessingDelay",
                                  TimeValue(MicroSeconds(100)));
            ScopedDefault keepProfile("ns3::SrvccHelper::Profile",
                                      MakeSrvccEnumValue(srvcc::SrvccProfile::kTs33501));
            ScopedDefault keepN2("ns3::SrvccHelper::N2Delay", TimeValue(MilliSeconds(1)));
            const char* argv[]
                = {"srvcc", "--ns3::SrvccAmfApplication::ProcessingDelay=200us",
                   "--ns3::SrvccHelper::Profile=sol1.2", "--ns3::SrvccHelper::N2Delay=3ms"};
            CommandLine cmd;
            cmd.Parse(4, const_cast<char**>(argv));
            Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
            NS_TEST_ASSERT_MSG_EQ(srvcc::ToString(helper->GetKeyStrategy().GetProfile()), "sol1.2",
                                  "--ns3::SrvccHelper::Profile");
            NS_TEST_ASSERT_MSG_EQ(helper->GetLinkParameters(SrvccInterface::kN2).delay,
                                  MilliSeconds(3), "--ns3::SrvccHelper::N2Delay");
            helper->Install(1, 1);
            TimeValue amf;
            helper->GetAmf()->GetAttribute("ProcessingDelay", amf);
            TimeValue gnb;
            helper->GetGnb(0)->GetAttribute("ProcessingDelay", gnb);
            NS_TEST_EXPECT_MSG_EQ(amf.Get(), MicroSeconds(200), "the AMF's ProcessingDelay");
            NS_TEST_EXPECT_MSG_EQ(gnb.Get(), MicroSeconds(100), "the gNB keeps its own");
            NS_TEST_EXPECT_MSG_EQ((helper->GetMme() == nullptr), true, "sol1.2: no MME_SRVCC");
            Simulator::Destroy();
        }
    }
};

class PerGnbLinkTestCase : public TestCase
{
  public:
    PerGnbLinkTestCase()
        : TestCase("per-gNB link attributes: gNB 1's N2 delay changes only its UEs' latency")
    {
    }

  private:
    void
    DoRun() override
    {
        const RunResult base = RunHandovers(nullptr, 2, 1);
        NS_TEST_ASSERT_MSG_EQ(base.completed, 2, "both handovers complete");
        NS_TEST_ASSERT_MSG_EQ(base.preparationNs[0], base.preparationNs[1],
                              "the two gNBs are alike by default");
        const RunResult own = RunHandovers(
            [](SrvccHelper& h)
            {
                h.SetChannelAttribute(SrvccInterface::kN2, 1, "Delay", TimeValue(MilliSeconds(4)));
            },
            2, 1);
        NS_TEST_ASSERT_MSG_EQ(own.completed, 2, "both handovers complete");
        NS_TEST_ASSERT_MSG_EQ(own.preparationNs[0], base.preparationNs[0], "gNB 0 unchanged");
        // N2 is crossed twice in the preparation (Handover Required, Handover Command).
        NS_TEST_ASSERT_MSG_EQ(own.preparationNs[1] - base.preparationNs[1], 6000000,
                              "gNB 1: 2 x (4 - 1) ms more");
        // Per interface, then per gNB on top of it; the Attribute N2Delay below both.
        const RunResult layered = RunHandovers(
            [](SrvccHelper& h)
            {
                h.SetAttribute("N2Delay", TimeValue(MilliSeconds(10)));
                h.SetChannelAttribute(SrvccInterface::kN2, "Delay", TimeValue(MilliSeconds(2)));
                h.SetChannelAttribute(SrvccInterface::kN2, 1, "Delay", TimeValue(MilliSeconds(4)));
            },
            2, 1);
        NS_TEST_ASSERT_MSG_EQ(layered.preparationNs[0] - base.preparationNs[0], 2000000,
                              "gNB 0: the per-interface 2 ms");
        NS_TEST_ASSERT_MSG_EQ(layered.preparationNs[1] - base.preparationNs[1], 6000000,
                              "gNB 1: its own 4 ms");

        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        bool refused = false;
        try
        {
            helper->SetChannelAttribute(SrvccInterface::kSv, 0, "Delay", TimeValue(Seconds(1)));
        }
        catch (const std::invalid_argument&)
        {
            refused = true;
        }
        NS_TEST_EXPECT_MSG_EQ(refused, true, "Sv belongs to no gNB");
        refused = false;
        try
        {
            helper->SetChannelAttribute(SrvccInterface::kN2, "Dealy", TimeValue(Seconds(1)));
        }
        catch (const std::invalid_argument& e)
        {
            refused = std::string(e.what()).find("Dealy") != std::string::npos;
        }
        NS_TEST_EXPECT_MSG_EQ(refused, true, "a misspelt channel Attribute is named");
        refused = false;
        try
        {
            helper->SetNodeAttribute(SrvccRole::kAmf, "ProcesingDelay", TimeValue(Seconds(1)));
        }
        catch (const std::invalid_argument& e)
        {
            refused = std::string(e.what()).find("ProcesingDelay") != std::string::npos;
        }
        NS_TEST_EXPECT_MSG_EQ(refused, true, "a misspelt node Attribute is named");
    }
};

class ProfileAttributeTestCase : public TestCase
{
  public:
    ProfileAttributeTestCase()
        : TestCase("Profile Attribute: each name gives that profile's keys; a typo is refused")
    {
    }

  private:
    void
    DoRun() override
    {
        std::vector<std::string> cks;
        for (const char* name : {"ts33501", "sol1.1", "sol1.1-concat", "sol1.2"})
        {
            const RunResult r = RunHandovers(
                [name](SrvccHelper& h)
                {
                    h.SetAttribute("Profile", StringValue(name));
                },
                1, 1, 0, srvcc::ParseSrvccProfile(name));
            NS_TEST_ASSERT_MSG_EQ(r.completed, 1, name << ": the handover completes");
            NS_TEST_ASSERT_MSG_EQ(r.expectedCk.size(), 1, name << ": the AMF derived keys");
            NS_TEST_EXPECT_MSG_EQ(r.ck[0], r.expectedCk[0], name << ": CK_SRVCC = crypto core");
            NS_TEST_EXPECT_MSG_EQ(r.ik[0], r.expectedIk[0], name << ": IK_SRVCC = crypto core");
            NS_TEST_EXPECT_MSG_EQ(r.hasMme, (std::string(name) != "sol1.2"),
                                  name << ": MME_SRVCC only outside sol1.2");
            cks.push_back(r.ck[0]);
        }
        // Same KAMF and COUNT in the four runs (same streams): the keys differ only by profile.
        for (std::size_t i = 1; i < cks.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_NE(cks[i], cks[0], "profile " << i << " derives other keys");
        }
        const RunResult mapped = RunHandovers(nullptr, 1, 1);
        const RunResult keep = RunHandovers(
            [](SrvccHelper& h)
            {
                h.SetAttribute("EksiTypeRule", StringValue("keep"));
            },
            1, 1);
        NS_TEST_EXPECT_MSG_EQ(mapped.ueEksiType, static_cast<int>(srvcc::KsiType::kMapped),
                              "EksiTypeRule=mapped: eKSI says mapped context (TS 33.501 8.6.1)");
        NS_TEST_EXPECT_MSG_EQ(keep.ueEksiType, static_cast<int>(srvcc::KsiType::kNative),
                              "EksiTypeRule=keep: the native ngKSI type stays");
        NS_TEST_EXPECT_MSG_EQ(keep.completed, 1, "EksiTypeRule=keep: the handover completes");

        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        helper->SetAttribute("Profile", StringValue("sol1.1"));
        for (const char* typo : {"sol12", "SOL1.1", "", "ts33501 "})
        {
            NS_TEST_EXPECT_MSG_EQ(helper->SetAttributeFailSafe("Profile", StringValue(typo)), false,
                                  "Profile \"" << typo << "\" is refused");
            NS_TEST_EXPECT_MSG_EQ(
                Config::SetDefaultFailSafe("ns3::SrvccHelper::Profile", StringValue(typo)), false,
                "Config::SetDefault Profile \"" << typo << "\" is refused");
        }
        NS_TEST_EXPECT_MSG_EQ(helper->SetAttributeFailSafe("Profile", EnumValue(17)), false,
                              "a number that is no profile is refused");
        NS_TEST_EXPECT_MSG_EQ(srvcc::ToString(helper->GetKeyStrategy().GetProfile()), "sol1.1",
                              "a refused value leaves the profile as it was");
        NS_TEST_EXPECT_MSG_EQ(
            Config::SetDefaultFailSafe("ns3::SrvccAmfApplication::AuthenticationBound",
                                       StringValue("unbound")),
            false, "AuthenticationBound \"unbound\" is refused");
        bool refused = false;
        try
        {
            helper->SetNodeAttribute(SrvccRole::kAmf, "AuthenticationBound",
                                     StringValue("Bounded"));
        }
        catch (const std::invalid_argument&)
        {
            refused = true;
        }
        NS_TEST_EXPECT_MSG_EQ(refused, true, "SetNodeAttribute refuses \"Bounded\"");
        helper->SetNodeAttribute(SrvccRole::kAmf, "AuthenticationBound", StringValue("unbounded"));
        helper->Install(1, 1);
        NS_TEST_EXPECT_MSG_EQ(
            (helper->GetAmf()->GetAuthenticationBound() == SrvccAuthenticationBound::kUnbounded),
            true, "\"unbounded\" reaches the AMF");
        Simulator::Destroy();
    }
};

class AssignStreamsTestCase : public TestCase
{
  public:
    AssignStreamsTestCase()
        : TestCase("AssignStreams: the number of streams, same stream same keys, another "
                   "stream other keys")
    {
    }

  private:
    void
    DoRun() override
    {
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        {
            Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
            helper->SetLinkParameters(SrvccInterface::kIu,
                                      {DataRate("1Gbps"), MilliSeconds(1), 0.5});
            helper->Install(2, 3);
            // AMF 1 + RNCs 2 + UEs 2 x 6 + the error models of the two lossy Iu links 2 x 2.
            NS_TEST_EXPECT_MSG_EQ(helper->AssignStreams(100), 1 + 2 + 12 + 4, "streams used");
            helper->GetUe(0); // draws the subscription data
            bool refused = false;
            try
            {
                helper->AssignStreams(100);
            }
            catch (const std::logic_error&)
            {
                refused = true;
            }
            NS_TEST_EXPECT_MSG_EQ(refused, true, "AssignStreams after the data was drawn");
            Simulator::Destroy();
        }
        const RunResult a = RunHandovers(nullptr, 2, 2, 7);
        const RunResult b = RunHandovers(nullptr, 2, 2, 7);
        const RunResult c = RunHandovers(nullptr, 2, 2, 1000);
        NS_TEST_ASSERT_MSG_EQ(a.completed, 4, "every handover completes");
        for (uint32_t ue = 0; ue < 4; ++ue)
        {
            NS_TEST_EXPECT_MSG_EQ(a.kamf[ue], b.kamf[ue],
                                  "UE " << ue << ": same stream, same KAMF");
            NS_TEST_EXPECT_MSG_EQ(a.ck[ue], b.ck[ue], "UE " << ue << ": same stream, same CK");
            NS_TEST_EXPECT_MSG_NE(a.kamf[ue], c.kamf[ue], "UE " << ue << ": other KAMF");
            NS_TEST_EXPECT_MSG_NE(a.ck[ue], c.ck[ue], "UE " << ue << ": other CK");
            for (uint32_t other = 0; other < ue; ++other)
            {
                NS_TEST_EXPECT_MSG_NE(a.kamf[ue], a.kamf[other], "UEs have streams of their own");
            }
        }
        RngSeedManager::SetRun(2);
        const RunResult d = RunHandovers(nullptr, 2, 2, 7);
        RngSeedManager::SetRun(1);
        NS_TEST_EXPECT_MSG_NE(a.kamf[0], d.kamf[0], "RngRun changes the subscription data");
    }
};

class InstallOnNodesTestCase : public TestCase
{
  public:
    InstallOnNodesTestCase()
        : TestCase("InstallCore, InstallGnbs and InstallUes on the user's nodes, uneven gNBs")
    {
    }

  private:
    void
    DoRun() override
    {
        NodeContainer core;
        core.Create(2); // AMF, MSC server: sol1.2 has no MME_SRVCC
        NodeContainer gnbs;
        gnbs.Create(2);
        NodeContainer ues0;
        ues0.Create(2);
        NodeContainer ues1;
        ues1.Create(1);
        InternetStackHelper stack; // nodes that have a stack keep it
        stack.SetIpv6StackInstall(false);
        stack.Install(ues1);

        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        helper->SetAttribute("Profile", StringValue("sol1.2"));
        const ApplicationContainer coreApps
            = helper->InstallCore(core.Get(0), nullptr, core.Get(1));
        const ApplicationContainer gnbApps = helper->InstallGnbs(gnbs);
        const ApplicationContainer a = helper->InstallUes(ues0, 0);
        const ApplicationContainer b = helper->InstallUes(ues1, 1);
        helper->AssignStreams(0);
        NS_TEST_EXPECT_MSG_EQ(coreApps.GetN(), 2, "AMF and MSC server");
        NS_TEST_EXPECT_MSG_EQ(gnbApps.GetN(), 4, "two gNBs and their RNCs");
        NS_TEST_EXPECT_MSG_EQ(a.GetN() + b.GetN(), 3, "three UEs");
        NS_TEST_EXPECT_MSG_EQ(helper->GetNumUes(), 3, "three UEs");
        NS_TEST_EXPECT_MSG_EQ(helper->GetGnbOfUe(1), 0, "UE 1 on gNB 0");
        NS_TEST_EXPECT_MSG_EQ(helper->GetGnbOfUe(2), 1, "UE 2 on gNB 1");
        NS_TEST_EXPECT_MSG_EQ((b.Get(0) == helper->GetUe(2)), true, "UE 2 is the returned one");
        NS_TEST_EXPECT_MSG_EQ(helper->GetDevices(SrvccInterface::kNrUu).GetN(), 6, "3 NR-Uu links");
        SrvccStatsCollector stats;
        stats.Connect(*helper);
        for (uint32_t ue = 0; ue < 3; ++ue)
        {
            helper->ScheduleHandover(ue, Seconds(1) + MilliSeconds(100) * ue);
        }
        Simulator::Stop(Seconds(4));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(stats.CountRecords(SrvccHandoverRecord::Result::kCompleted), 3,
                              "every handover completes");
        NS_TEST_EXPECT_MSG_EQ(stats.GetKeyChecksPassed(), 3, "every MAC-I verifies");
        Simulator::Destroy();
    }
};

/** Number of packets in pcap file \p path, -1 when it cannot be read. */
int
CountPackets(const std::string& path)
{
    PcapFile file;
    file.Open(path, std::ios::in);
    if (file.Fail())
    {
        return -1;
    }
    int n = 0;
    uint8_t data[65536];
    uint32_t sec;
    uint32_t usec;
    uint32_t inclLen;
    uint32_t origLen;
    uint32_t readLen;
    while (true)
    {
        file.Read(data, sizeof(data), sec, usec, inclLen, origLen, readLen);
        if (file.Fail() || file.Eof())
        {
            break;
        }
        ++n;
    }
    return n;
}

class PcapTestCase : public TestCase
{
  public:
    PcapTestCase()
        : TestCase("EnablePcap: per interface, per device and explicit names, missing directories "
                   "created, an impossible path reported")
    {
    }

  private:
    void
    DoRun() override
    {
        char dirTemplate[] = "/tmp/srvcc-helper-pcap-XXXXXX";
        const std::string dir = mkdtemp(dirTemplate);
        std::ofstream(dir + "/file") << "not a directory\n";
        Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
        helper->Install(1, 1);
        helper->AssignStreams(0);
        helper->EnablePcap(dir + "/a/b/sv.pcap", SrvccInterface::kSv, true);
        helper->EnablePcapInterfaces(dir + "/c/run");
        // Device 1 of the gNB is its N2 device (0 is the loopback).
        std::string device;
        {
            const Ptr<NetDevice> n2Device = helper->GetGnb(0)->GetNode()->GetDevice(1);
            device = dir + "/d/gnb-" + std::to_string(n2Device->GetNode()->GetId()) + "-"
                     + std::to_string(n2Device->GetIfIndex()) + ".pcap";
            helper->EnablePcap(dir + "/d/gnb", n2Device);
        }
        bool refused = false;
        try
        {
            helper->EnablePcap(dir + "/file/n2.pcap", SrvccInterface::kN2, true);
        }
        catch (const std::runtime_error& e)
        {
            refused = std::string(e.what()).find(dir + "/file/n2.pcap") != std::string::npos;
        }
        helper->ScheduleHandover(0, Seconds(1));
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        Simulator::Destroy();
        helper = nullptr; // closes the files

        NS_TEST_EXPECT_MSG_EQ(refused, true, "a path under a file is an exception naming it");
        // The Sv exchange: PS to CS Request, Response, Complete Notification, Acknowledge.
        NS_TEST_EXPECT_MSG_EQ(CountPackets(dir + "/a/b/sv.pcap"), 4, "explicit name, new dirs");
        NS_TEST_EXPECT_MSG_EQ(CountPackets(dir + "/c/run-sv.pcap"), 4, "<prefix>-sv.pcap");
        NS_TEST_EXPECT_MSG_EQ(std::filesystem::exists(dir + "/c/run-amf-msc.pcap"), false,
                              "no file for an interface without links");
        const int n2 = CountPackets(dir + "/c/run-n2.pcap");
        NS_TEST_EXPECT_MSG_GT(n2, 0, "<prefix>-n2.pcap");
        // ns-3's per-device name <prefix>-<node>-<device>.pcap: one end of the only N2 link
        // sees, as IP packets, each message of the N2 file (exported PDUs, messages only) and
        // the SCTP-like acknowledgement of each.
        NS_TEST_EXPECT_MSG_EQ(CountPackets(device), 2 * n2,
                              device << ": both directions of N2, messages and SACKs");
        std::filesystem::remove_all(dir);
    }
};

class SrvccHelperTestSuite : public TestSuite
{
  public:
    SrvccHelperTestSuite() : TestSuite("srvcc-helper", UNIT)
    {
        AddTestCase(new RoleAttributesTestCase(), TestCase::QUICK);
        AddTestCase(new PerGnbLinkTestCase(), TestCase::QUICK);
        AddTestCase(new ProfileAttributeTestCase(), TestCase::QUICK);
        AddTestCase(new AssignStreamsTestCase(), TestCase::QUICK);
        AddTestCase(new InstallOnNodesTestCase(), TestCase::QUICK);
        AddTestCase(new PcapTestCase(), TestCase::QUICK);
    }
};

SrvccHelperTestSuite g_srvccHelperTestSuite;

} // namespace
