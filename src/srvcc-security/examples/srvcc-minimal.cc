/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The smallest 5G-SRVCC run: one UE, one gNB, the core and a target RNC. It connects to the
 * nodes' traces through Config paths and prints each message, key derivation and context
 * change as it happens, then the keys each side holds (fingerprints only).
 *
 *   srvcc-minimal [--profile=ts33501|sol1.1|sol1.1-concat|sol1.2] [--ns3::SrvccHelper::<Name>=..]
 */
#include "ns3/command-line.h"
#include "ns3/config.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-helper.h"
#include "ns3/string.h"

#include <iomanip>
#include <iostream>

using namespace ns3;

namespace
{

std::string
Now()
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(3) << Simulator::Now().GetSeconds() * 1000 << " ms";
    return os.str();
}

std::string
NodeOf(const std::string& context)
{
    // "/NodeList/3/ApplicationList/0/..." -> "node 3"
    const auto start = context.find("/NodeList/") + 10;
    return "node " + context.substr(start, context.find('/', start) - start);
}

// The traces carry enums; the example names them with the name functions of
// srvcc-trace-types.h (ToString for the interface).
void
MessageSent(std::string context, SrvccInterface iface, SrvccMessageType type, uint32_t ue,
            uint64_t /* imsi */, Ptr<const Packet> packet)
{
    std::cout << Now() << "  " << NodeOf(context) << " sends " << SrvccMessageTypeName(type)
              << " on " << ToString(iface) << " (UE " << ue << ", " << packet->GetSize()
              << " octets)\n";
}

void
KeyDerived(std::string context, uint32_t ue, uint64_t /* imsi */, SrvccKeyKind key)
{
    std::cout << Now() << "  " << NodeOf(context) << " derives " << SrvccKeyName(key) << " ("
              << SrvccKeyClause(key) << ") for UE " << ue << "\n";
}

void
ContextChanged(std::string context, uint32_t ue, uint64_t /* imsi */, SrvccContextKind kind)
{
    const bool created = context.find("ContextCreated") != std::string::npos;
    std::cout << Now() << "  " << NodeOf(context) << (created ? " creates " : " deletes ")
              << SrvccContextKindName(kind) << " context for UE " << ue << "\n";
}

void
KeyCheck(std::string context, uint32_t ue, uint64_t /* imsi */, bool passed)
{
    std::cout << Now() << "  " << NodeOf(context) << " checks the MAC-I of UE " << ue << ": "
              << (passed ? "keys match" : "KEYS DIFFER") << "\n";
}

} // namespace

int
main(int argc, char* argv[])
{
    // --profile is short for --ns3::SrvccHelper::Profile; every other Attribute is set the
    // ns-3 way, e.g. --ns3::SrvccHelper::N2Delay=3ms or
    // --ns3::SrvccAmfApplication::ProcessingDelay=200us.
    std::string profile;
    CommandLine cmd(__FILE__);
    cmd.AddValue("profile", "ts33501, sol1.1, sol1.1-concat or sol1.2", profile);
    cmd.Parse(argc, argv);

    Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>();
    if (!profile.empty() && !helper->SetAttributeFailSafe("Profile", StringValue(profile)))
    {
        std::cerr << "srvcc-minimal: --profile: found \"" << profile
                  << "\", expected ts33501, sol1.1, sol1.1-concat or sol1.2\n";
        return 2;
    }
    helper->Install(1, 1);
    helper->AssignStreams(0);
    helper->ScheduleHandover(0, Seconds(1));

    // Every node application is reachable through the usual Config paths.
    const std::string apps = "/NodeList/*/ApplicationList/*/$ns3::SrvccNodeApplication/";
    Config::Connect(apps + "MessageSent", MakeCallback(&MessageSent));
    Config::Connect(apps + "KeyDerived", MakeCallback(&KeyDerived));
    Config::Connect(apps + "ContextCreated", MakeCallback(&ContextChanged));
    Config::Connect(apps + "ContextDeleted", MakeCallback(&ContextChanged));
    Config::Connect("/NodeList/*/ApplicationList/*/$ns3::SrvccRncApplication/KeyCheck",
                    MakeCallback(&KeyCheck));

    Simulator::Stop(Seconds(5));
    Simulator::Run();

    const auto& ue = helper->GetUe(0)->GetSrvccKeys();
    const MscSrvccSecurityContext* msc = helper->GetMscServer()->GetContext(0);
    std::cout << "\nUE  CK_SRVCC " << (ue ? ue->ckIk.ck.Fingerprint() : "-") << "  IK_SRVCC "
              << (ue ? ue->ckIk.ik.Fingerprint() : "-") << "\n";
    std::cout << "MSC CK_SRVCC " << (msc ? msc->ckIk.ck.Fingerprint() : "-") << "  IK_SRVCC "
              << (msc ? msc->ckIk.ik.Fingerprint() : "-") << "\n";
    Simulator::Destroy();
    return 0;
}
