/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-helper.h"

#include "ns3/error-model.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-neighbour-routing.h"
#include "ns3/string.h"
#include "srvcc-pcap-tracer.h"
#include "srvcc/aka.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccHelper");

namespace
{

const char* kServingNetworkName = "5G:mnc001.mcc001.3gppnetwork.org";

/** First RNG stream of the per-UE subscription data (one stream per UE). */
constexpr int64_t kSubscriptionStream = 1000000;

/** The single core nodes are peer 0 of whoever talks to them. */
constexpr uint32_t kCorePeer = 0;

/** Target RNC-ID of gNB \p gnb's UTRAN neighbour (TS 25.413 9.2.1.39); also its Iu peer id. */
uint16_t
RncIdOf(uint32_t gnb)
{
    return static_cast<uint16_t>(gnb + 1);
}

uint8_t
RoleIndex(SrvccRole role)
{
    return static_cast<uint8_t>(role);
}

} // namespace

SrvccHelper::SrvccHelper()
{
    m_factories[RoleIndex(SrvccRole::kUe)].SetTypeId(SrvccUeApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kGnb)].SetTypeId(SrvccGnbApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kAmf)].SetTypeId(SrvccAmfApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kMme)].SetTypeId(SrvccMmeApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kMscServer)].SetTypeId(SrvccMscServerApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kRnc)].SetTypeId(SrvccRncApplication::GetTypeId());
    // Defaults: a radio leg is slower and longer than a core link.
    m_links[static_cast<uint8_t>(SrvccInterface::kNrUu)] = {DataRate("100Mbps"), MilliSeconds(5)};
    m_links[static_cast<uint8_t>(SrvccInterface::kUtranUu)] = {DataRate("2Mbps"), MilliSeconds(10)};
}

void
SrvccHelper::SetKeyStrategy(const SrvccKeyStrategy& strategy)
{
    m_strategy = strategy;
}

const SrvccKeyStrategy&
SrvccHelper::GetKeyStrategy() const
{
    return m_strategy;
}

void
SrvccHelper::SetLinkParameters(SrvccInterface iface, const SrvccLinkParameters& parameters)
{
    m_links[static_cast<uint8_t>(iface)] = parameters;
}

const SrvccLinkParameters&
SrvccHelper::GetLinkParameters(SrvccInterface iface) const
{
    return m_links[static_cast<uint8_t>(iface)];
}

void
SrvccHelper::SetNodeAttribute(SrvccRole role, const std::string& name, const AttributeValue& value)
{
    m_factories[RoleIndex(role)].Set(name, value);
}

template<typename T>
Ptr<T>
SrvccHelper::Create(SrvccRole role)
{
    Ptr<Node> node = CreateObject<Node>();
    InternetStackHelper stack;
    stack.SetIpv6StackInstall(false);
    stack.SetRoutingHelper(SrvccNeighbourRoutingHelper()); // O(1) per packet, see its header
    stack.Install(node);
    Ptr<T> app = m_factories[RoleIndex(role)].Create<T>();
    node->AddApplication(app);
    return app;
}

void
SrvccHelper::Connect(Ptr<SrvccNodeApplication> a, uint32_t idOfBAtA, Ptr<SrvccNodeApplication> b,
                     uint32_t idOfAAtB, SrvccInterface iface)
{
    const SrvccLinkParameters& link = m_links[static_cast<uint8_t>(iface)];
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", DataRateValue(link.dataRate));
    p2p.SetChannelAttribute("Delay", TimeValue(link.delay));
    NetDeviceContainer devices = p2p.Install(a->GetNode(), b->GetNode());
    if (link.lossRate > 0)
    {
        for (uint32_t i = 0; i < 2; ++i)
        {
            Ptr<RateErrorModel> loss = CreateObject<RateErrorModel>();
            loss->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            loss->SetRate(link.lossRate);
            devices.Get(i)->SetAttribute("ReceiveErrorModel", PointerValue(loss));
        }
    }
    // One /30 per link, from 10.0.0.0/8; the connected route is all the routing needed, since
    // every message goes to a direct neighbour.
    const uint32_t base = 0x0a000000u + 4 * m_nextSubnet++;
    NS_ABORT_MSG_IF(m_nextSubnet >= (1u << 22), "out of link subnets in 10.0.0.0/8");
    const Ipv4Address address[2] = {Ipv4Address(base + 1), Ipv4Address(base + 2)};
    for (uint32_t i = 0; i < 2; ++i)
    {
        Ptr<Ipv4> ipv4 = devices.Get(i)->GetNode()->GetObject<Ipv4>();
        const int32_t interface = ipv4->AddInterface(devices.Get(i));
        ipv4->AddAddress(interface, Ipv4InterfaceAddress(address[i], Ipv4Mask("/30")));
        ipv4->SetUp(interface);
    }
    a->AddPeer(iface, idOfBAtA, address[1]);
    a->SetLocalAddress(iface, address[0]);
    b->AddPeer(iface, idOfAAtB, address[0]);
    b->SetLocalAddress(iface, address[1]);
    m_devices[static_cast<uint8_t>(iface)].Add(devices);
}

void
SrvccHelper::Install(uint32_t numGnbs, uint32_t uesPerGnb)
{
    NS_ABORT_MSG_IF(numGnbs == 0 || uesPerGnb == 0, "need at least one gNB and one UE");
    NS_ABORT_MSG_IF(!m_ues.empty(), "SrvccHelper::Install called twice");
    m_uesPerGnb = uesPerGnb;

    m_amf = Create<SrvccAmfApplication>(SrvccRole::kAmf);
    m_msc = Create<SrvccMscServerApplication>(SrvccRole::kMscServer);
    m_amf->SetKeyStrategy(m_strategy);
    if (m_strategy.UsesMme())
    {
        m_mme = Create<SrvccMmeApplication>(SrvccRole::kMme);
        m_mme->SetKeyStrategy(m_strategy);
        Connect(m_amf, kCorePeer, m_mme, kCorePeer, SrvccInterface::kN26);
        Connect(m_mme, kCorePeer, m_msc, kCorePeer, SrvccInterface::kSv);
    }
    else
    {
        // The study's Solution #1.2: a direct AMF - MSC server interface, no MME_SRVCC.
        Connect(m_amf, kCorePeer, m_msc, kCorePeer, SrvccInterface::kAmfMsc);
    }

    for (uint32_t g = 0; g < numGnbs; ++g)
    {
        Ptr<SrvccGnbApplication> gnb = Create<SrvccGnbApplication>(SrvccRole::kGnb);
        gnb->SetTargetRncId(
            TargetRncId{"001", "01", static_cast<uint16_t>(0x1000 + g), RncIdOf(g)});
        Connect(gnb, kCorePeer, m_amf, g, SrvccInterface::kN2);
        Ptr<SrvccRncApplication> rnc = Create<SrvccRncApplication>(SrvccRole::kRnc);
        Connect(m_msc, RncIdOf(g), rnc, kCorePeer, SrvccInterface::kIu);
        m_gnbs.push_back(gnb);
        m_rncs.push_back(rnc);
    }
    m_ues.reserve(static_cast<std::size_t>(numGnbs) * uesPerGnb);
    for (uint32_t g = 0; g < numGnbs; ++g)
    {
        for (uint32_t k = 0; k < uesPerGnb; ++k)
        {
            const uint32_t index = static_cast<uint32_t>(m_ues.size());
            Ptr<SrvccUeApplication> ue = Create<SrvccUeApplication>(SrvccRole::kUe);
            ue->SetUeIndex(index);
            ue->SetKeyStrategy(m_strategy);
            Connect(ue, kCorePeer, m_gnbs[g], index, SrvccInterface::kNrUu);
            Connect(ue, kCorePeer, m_rncs[g], index, SrvccInterface::kUtranUu);
            m_ues.push_back(ue);
            ProvisionUe(index);
        }
    }
    // Fixed RNG streams: the RNCs' FRESH values from stream 100 on, the subscriptions from
    // kSubscriptionStream on; RngRun gives each replication other values.
    int64_t stream = 100;
    for (auto& rnc : m_rncs)
    {
        stream += rnc->AssignStreams(stream);
    }
}

void
SrvccHelper::SetRegistration(const SrvccRegistrationConfig& config)
{
    m_registration = config;
}

const SrvccRegistrationConfig&
SrvccHelper::GetRegistration() const
{
    return m_registration;
}

void
SrvccHelper::SetUeProfile(uint32_t ueIndex, const SrvccUeProfile& profile)
{
    m_profiles[ueIndex] = profile;
}

SrvccUeProfile
SrvccHelper::GetUeProfile(uint32_t ueIndex) const
{
    const auto it = m_profiles.find(ueIndex);
    return it == m_profiles.end() ? SrvccUeProfile{} : it->second;
}

void
SrvccHelper::ScheduleReturnTo5g(uint32_t ueIndex, Time at)
{
    NS_ABORT_MSG_IF(ueIndex >= m_ues.size(), "no UE " << ueIndex);
    Simulator::Schedule(at, &SrvccUeApplication::ReturnTo5g, m_ues[ueIndex]);
}

void
SrvccHelper::ProvisionUe(uint32_t ueIndex)
{
    // Per-UE subscription data and one 5G AKA run (TS 33.501 6.1.3.2) give the KAMF the UE
    // and the AMF share after registration. Deterministic in the seed and the UE index.
    Ptr<UniformRandomVariable> rng = CreateObject<UniformRandomVariable>();
    rng->SetStream(kSubscriptionStream + ueIndex);
    auto fill = [&rng](uint8_t* out, std::size_t n)
    {
        for (std::size_t i = 0; i < n; ++i)
        {
            out[i] = static_cast<uint8_t>(rng->GetInteger(0, 255));
        }
    };
    srvcc::Key128 k;
    srvcc::Key128 opc;
    fill(k.Data(), 16);
    fill(opc.Data(), 16);
    srvcc::Rand rand;
    fill(rand.data(), rand.size());
    srvcc::Sqn sqn{};
    fill(sqn.data() + 3, 3);
    const SrvccUeProfile profile = GetUeProfile(ueIndex);
    if (profile.emergencySession || profile.emergencyRegistration)
    {
        SrvccUeSession session;
        session.emergency = true;
        session.supi = SrvccImsi(ueIndex);
        session.pei = SrvccMei(ueIndex);
        m_amf->SetUeSession(ueIndex, session);
    }
    if (m_registration.enabled)
    {
        // The home network holds K, OPc and SQN_HE; the UE's USIM the same K (or, as a fault,
        // another one) and SQN_MS; the registration runs 5G AKA in the simulation.
        const uint64_t sqnHe = srvcc::SqnToInteger(sqn);
        if (profile.subscribed && !profile.peiOnly)
        {
            m_amf->GetNas().GetHomeNetwork().AddSubscriber(SrvccImsi(ueIndex), k, opc, sqnHe);
        }
        StringValue bound;
        m_amf->GetAttribute("AuthenticationBound", bound);
        SrvccUeNasConfig config;
        if (!profile.peiOnly)
        {
            config.supi = SrvccImsi(ueIndex);
        }
        config.pei = SrvccMei(ueIndex);
        config.emergencyRegistration = profile.emergencyRegistration;
        config.emergencySession = profile.emergencySession || profile.emergencyRegistration;
        config.bounded = bound.Get() != "unbounded";
        config.t3520 = m_registration.t3520;
        config.servingNetworkName = kServingNetworkName;
        Ptr<SrvccUeApplication> ue = m_ues[ueIndex];
        ue->EnableNas(config, kSubscriptionStream + (int64_t{1} << 24) + ueIndex);
        if (!profile.peiOnly)
        {
            srvcc::Key128 usimK = k;
            if (profile.wrongK)
            {
                usimK.Data()[0] ^= 0x01; // fault: a USIM provisioned with another K
            }
            ue->GetNas()->SetUsim(usimK, opc, std::min(sqnHe + profile.sqnAhead, srvcc::kSqnMax));
        }
        Simulator::Schedule(m_registration.start
                                + m_registration.spacing * static_cast<int64_t>(ueIndex),
                            &SrvccUeApplication::StartRegistration, ue);
        return;
    }
    const srvcc::AuthManagementField amf = {0x80, 0x00}; // separation bit set (TS 33.102 Annex H)
    const srvcc::AkaKeys aka = srvcc::DeriveAkaKeys(k, opc, rand, sqn, amf, kServingNetworkName,
                                                    SrvccImsi(ueIndex), srvcc::Abba{0x00, 0x00});

    const auto ngksi = srvcc::KeySetIdentifier::Make(
        srvcc::KsiType::kNative, static_cast<unsigned>(rng->GetInteger(0, 6)), "ngksi");
    const auto downlink = srvcc::NasCount::FromValue(rng->GetInteger(0, 1000));
    const auto uplink = srvcc::NasCount::FromValue(rng->GetInteger(0, 1000));

    AmfNasSecurityContext network;
    network.kamf = aka.kamf;
    network.ngksi = ngksi;
    network.uplinkNasCount = uplink;
    network.downlinkNasCount = downlink;
    m_amf->AddUe(ueIndex, std::move(network));

    UeNasSecurityContext own;
    own.kamf = aka.kamf;
    own.ngksi = ngksi;
    own.uplinkNasCount = uplink;
    own.downlinkEstimator = srvcc::DownlinkNasCountEstimator(downlink);
    m_ues[ueIndex]->SetNasSecurityContext(std::move(own));
}

void
SrvccHelper::ScheduleHandover(uint32_t ueIndex, Time at)
{
    NS_ABORT_MSG_IF(ueIndex >= m_ues.size(), "no UE " << ueIndex);
    Simulator::Schedule(at, &SrvccGnbApplication::StartSrvccHandover, m_gnbs[GetGnbOfUe(ueIndex)],
                        ueIndex);
}

void
SrvccHelper::ScheduleCancel(uint32_t ueIndex, Time at)
{
    NS_ABORT_MSG_IF(ueIndex >= m_ues.size(), "no UE " << ueIndex);
    Simulator::Schedule(at, &SrvccGnbApplication::CancelSrvccHandover, m_gnbs[GetGnbOfUe(ueIndex)],
                        ueIndex);
}

void
SrvccHelper::EnablePcap(const std::string& directory)
{
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        const NetDeviceContainer& devices = m_devices[static_cast<uint8_t>(iface)];
        if (devices.GetN() == 0)
        {
            continue;
        }
        SrvccPcapTracer::Attach(directory + "/" + ToString(iface) + ".pcap", devices);
    }
}

uint32_t
SrvccHelper::GetNumUes() const
{
    return static_cast<uint32_t>(m_ues.size());
}

uint32_t
SrvccHelper::GetNumGnbs() const
{
    return static_cast<uint32_t>(m_gnbs.size());
}

uint32_t
SrvccHelper::GetGnbOfUe(uint32_t ueIndex) const
{
    return ueIndex / m_uesPerGnb;
}

Ptr<SrvccUeApplication>
SrvccHelper::GetUe(uint32_t ueIndex) const
{
    return m_ues.at(ueIndex);
}

Ptr<SrvccGnbApplication>
SrvccHelper::GetGnb(uint32_t gnbIndex) const
{
    return m_gnbs.at(gnbIndex);
}

Ptr<SrvccRncApplication>
SrvccHelper::GetRnc(uint32_t gnbIndex) const
{
    return m_rncs.at(gnbIndex);
}

Ptr<SrvccAmfApplication>
SrvccHelper::GetAmf() const
{
    return m_amf;
}

Ptr<SrvccMmeApplication>
SrvccHelper::GetMme() const
{
    return m_mme;
}

Ptr<SrvccMscServerApplication>
SrvccHelper::GetMscServer() const
{
    return m_msc;
}

std::vector<Ptr<SrvccNodeApplication>>
SrvccHelper::GetAllApplications() const
{
    std::vector<Ptr<SrvccNodeApplication>> all(m_ues.begin(), m_ues.end());
    all.insert(all.end(), m_gnbs.begin(), m_gnbs.end());
    all.insert(all.end(), m_rncs.begin(), m_rncs.end());
    all.push_back(m_amf);
    if (m_mme)
    {
        all.push_back(m_mme);
    }
    all.push_back(m_msc);
    return all;
}

const NetDeviceContainer&
SrvccHelper::GetDevices(SrvccInterface iface) const
{
    return m_devices[static_cast<uint8_t>(iface)];
}

} // namespace ns3
