/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-helper.h"

#include "ns3/boolean.h"
#include "ns3/double.h"
#include "ns3/enum.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/point-to-point-channel.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/point-to-point-net-device.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-enum-attribute.h"
#include "ns3/srvcc-neighbour-routing.h"
#include "ns3/uinteger.h"
#include "srvcc-pcap-tracer.h"
#include "srvcc/aka.h"

#include <algorithm>
#include <iostream>
#include <stdexcept>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccHelper");
NS_OBJECT_ENSURE_REGISTERED(SrvccHelper);

namespace
{

const char* kServingNetworkName = "5G:mnc001.mcc001.3gppnetwork.org";

/** The single core nodes are peer 0 of whoever talks to them. */
constexpr uint32_t kCorePeer = 0;

/** The gNB index of a core link (N26, Sv, AMF-MSC), which belongs to no gNB. */
constexpr uint32_t kNoGnb = UINT32_MAX;

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

uint8_t
IfaceIndex(SrvccInterface iface)
{
    return static_cast<uint8_t>(iface);
}

/** How an interface's link Attributes are named and what they default to. */
struct LinkAttributeInfo
{
    const char* prefix; ///< "NrUu" -> NrUuDataRate, NrUuDelay, NrUuLossRate
    const char* ends;   ///< which nodes its links join, for the help text
    const char* dataRate;
    int64_t delayMs;
};

/**
 * In the order of SrvccInterface. A radio leg is slower and longer than a core link; these
 * are the values every earlier release used, so outputs do not move.
 */
constexpr std::array<LinkAttributeInfo, kSrvccInterfaceCount> kLinkAttributes = {{
    {"NrUu", "each UE and its gNB", "100Mbps", 5},
    {"N2", "each gNB and the AMF", "1Gbps", 1},
    {"N26", "the AMF and the MME_SRVCC", "1Gbps", 1},
    {"Sv", "the MME_SRVCC and the MSC server", "1Gbps", 1},
    {"AmfMsc", "the AMF and the MSC server, sol1.2 only", "1Gbps", 1},
    {"Iu", "the MSC server and each RNC", "1Gbps", 1},
    {"UtranUu", "each UE and the RNC of its gNB", "2Mbps", 10},
}};

/** The Profile Attribute's names are srvcc::ToString's (those of scenario files and srvcc-keys). */
Ptr<const AttributeChecker>
MakeProfileChecker()
{
    std::vector<std::pair<int, std::string>> names;
    for (srvcc::SrvccProfile p : {srvcc::SrvccProfile::kTs33501, srvcc::SrvccProfile::kSol11,
                                  srvcc::SrvccProfile::kSol11Concat, srvcc::SrvccProfile::kSol12})
    {
        names.emplace_back(static_cast<int>(p), std::string(srvcc::ToString(p)));
    }
    return Ptr<const AttributeChecker>(new SrvccEnumChecker(std::move(names)), false);
}

/** Interfaces whose links belong to one gNB (its own, its RNC's or its UEs'). */
bool
IsPerGnb(SrvccInterface iface)
{
    return iface == SrvccInterface::kNrUu || iface == SrvccInterface::kN2
           || iface == SrvccInterface::kIu || iface == SrvccInterface::kUtranUu;
}

/**
 * \p value checked against Attribute \p name of \p tid, as ObjectFactory::Set would check it,
 * but reported with an exception instead of an abort.
 */
Ptr<AttributeValue>
CheckedValue(TypeId tid, const std::string& name, const AttributeValue& value,
             const std::string& caller)
{
    TypeId::AttributeInformation info;
    if (!tid.LookupAttributeByName(name, &info))
    {
        throw std::invalid_argument("SrvccHelper::" + caller + ": " + tid.GetName()
                                    + " has no Attribute \"" + name + "\"");
    }
    Ptr<AttributeValue> valid = info.checker->CreateValidValue(value);
    if (!valid)
    {
        throw std::invalid_argument("SrvccHelper::" + caller + ": " + tid.GetName() + "::" + name
                                    + " refuses the value given");
    }
    return valid;
}

/** True when the initial value of \p tid's Attribute \p name was changed (Config::SetDefault). */
bool
DefaultChanged(TypeId tid, const std::string& name, std::string& value)
{
    TypeId::AttributeInformation info;
    if (!tid.LookupAttributeByName(name, &info))
    {
        return false;
    }
    value = info.initialValue->SerializeToString(info.checker);
    return value != info.originalInitialValue->SerializeToString(info.checker);
}

void
Apply(const std::vector<std::pair<std::string, Ptr<AttributeValue>>>& list, PointToPointHelper& p2p,
      bool device)
{
    for (const auto& [name, value] : list)
    {
        if (device)
        {
            p2p.SetDeviceAttribute(name, *value);
        }
        else
        {
            p2p.SetChannelAttribute(name, *value);
        }
    }
}

} // namespace

template<uint8_t I>
void
SrvccHelper::SetLinkDataRate(DataRate rate)
{
    m_links[I].dataRate = rate;
}

template<uint8_t I>
DataRate
SrvccHelper::GetLinkDataRate() const
{
    return m_links[I].dataRate;
}

template<uint8_t I>
void
SrvccHelper::SetLinkDelay(Time delay)
{
    m_links[I].delay = delay;
}

template<uint8_t I>
Time
SrvccHelper::GetLinkDelay() const
{
    return m_links[I].delay;
}

template<uint8_t I>
void
SrvccHelper::SetLinkLossRate(double rate)
{
    m_links[I].lossRate = rate;
}

template<uint8_t I>
double
SrvccHelper::GetLinkLossRate() const
{
    return m_links[I].lossRate;
}

template<uint8_t I>
void
SrvccHelper::SetReliable(bool reliable)
{
    // Off: no transport; on: the interface's own protocol (SCTP or RLC AM).
    m_transport[I].mode = reliable
                              ? SrvccDefaultTransportConfig(static_cast<SrvccInterface>(I)).mode
                              : SrvccTransportMode::kNone;
}

template<uint8_t I>
bool
SrvccHelper::GetReliable() const
{
    return m_transport[I].mode != SrvccTransportMode::kNone;
}

template<uint8_t I, Time SrvccTransportConfig::*F>
void
SrvccHelper::SetTransportTime(Time value)
{
    m_transport[I].*F = value;
}

template<uint8_t I, Time SrvccTransportConfig::*F>
Time
SrvccHelper::GetTransportTime() const
{
    return m_transport[I].*F;
}

template<uint8_t I, uint32_t SrvccTransportConfig::*F>
void
SrvccHelper::SetTransportCount(uint32_t value)
{
    m_transport[I].*F = value;
}

template<uint8_t I, uint32_t SrvccTransportConfig::*F>
uint32_t
SrvccHelper::GetTransportCount() const
{
    return m_transport[I].*F;
}

template<uint8_t I>
void
SrvccHelper::AddLinkAttributesOf(TypeId& tid)
{
    const LinkAttributeInfo& info = kLinkAttributes[I];
    const std::string prefix = info.prefix;
    const std::string iface = ToString(static_cast<SrvccInterface>(I));
    tid.AddAttribute(
           prefix + "DataRate",
           "Data rate of every " + iface + " link (between " + info.ends
               + "). The helper sets it on each link it builds, so "
                 "ns3::PointToPointNetDevice::DataRate does not apply to them; "
                 "SetDeviceAttribute(iface[, gnbIndex], \"DataRate\", ...) wins over "
                 "it.",
           DataRateValue(DataRate(info.dataRate)),
           MakeDataRateAccessor(&SrvccHelper::SetLinkDataRate<I>, &SrvccHelper::GetLinkDataRate<I>),
           MakeDataRateChecker())
        .AddAttribute(
            prefix + "Delay",
            "One-way propagation delay of every " + iface + " link (between " + info.ends
                + "). The helper sets it on each link it builds, so "
                  "ns3::PointToPointChannel::Delay does not apply to them; "
                  "SetChannelAttribute(iface[, gnbIndex], \"Delay\", ...) wins over "
                  "it.",
            TimeValue(MilliSeconds(info.delayMs)),
            MakeTimeAccessor(&SrvccHelper::SetLinkDelay<I>, &SrvccHelper::GetLinkDelay<I>),
            MakeTimeChecker(Time(0)))
        .AddAttribute(
            prefix + "LossRate",
            "Probability that a packet on one of the " + iface
                + " links is lost (an ns3::RateErrorModel per packet on the receive "
                  "side of both devices; 0: no error model).",
            DoubleValue(0.0),
            MakeDoubleAccessor(&SrvccHelper::SetLinkLossRate<I>, &SrvccHelper::GetLinkLossRate<I>),
            MakeDoubleChecker<double>(0.0, 1.0));
    // The transport under the interface's messages (srvcc-reliable-transport.h): SCTP on N2
    // and Iu, RLC AM on the radio legs, none on the GTPv2-C interfaces.
    using C = SrvccTransportConfig;
    const C defaults = SrvccDefaultTransportConfig(static_cast<SrvccInterface>(I));
    if (defaults.mode == SrvccTransportMode::kSctp)
    {
        tid.AddAttribute(
               prefix + "Reliable",
               "Carry the " + iface
                   + " messages over an SCTP-like association (TSN, SACK, "
                     "retransmission on RTO expiry, RFC 4960 6.3); false: one UDP "
                     "datagram per message, a lost message stays lost.",
               BooleanValue(true),
               MakeBooleanAccessor(&SrvccHelper::SetReliable<I>, &SrvccHelper::GetReliable<I>),
               MakeBooleanChecker())
            .AddAttribute(prefix + "RtoInitial",
                          "RTO.Initial of the " + iface
                              + " associations: the retransmission timeout until the first "
                                "RTT measurement (RFC 4960 6.3.1 C1; RFC 9260 16: 1 s).",
                          TimeValue(defaults.rtoInitial),
                          MakeTimeAccessor(&SrvccHelper::SetTransportTime<I, &C::rtoInitial>,
                                           &SrvccHelper::GetTransportTime<I, &C::rtoInitial>),
                          MakeTimeChecker(TimeStep(1)))
            .AddAttribute(prefix + "RtoMin",
                          "RTO.Min of the " + iface
                              + " associations (RFC 4960 6.3.1 C6: 1 s). Operators lower it; "
                                "a lost message costs at least this long.",
                          TimeValue(defaults.rtoMin),
                          MakeTimeAccessor(&SrvccHelper::SetTransportTime<I, &C::rtoMin>,
                                           &SrvccHelper::GetTransportTime<I, &C::rtoMin>),
                          MakeTimeChecker(Time(0)))
            .AddAttribute(prefix + "RtoMax",
                          "RTO.Max of the " + iface
                              + " associations: the bound of the RTO and of its doubling on "
                                "each expiry (RFC 4960 6.3.1 C7, 6.3.3 E2: 60 s); wins over "
                                "RtoMin.",
                          TimeValue(defaults.rtoMax),
                          MakeTimeAccessor(&SrvccHelper::SetTransportTime<I, &C::rtoMax>,
                                           &SrvccHelper::GetTransportTime<I, &C::rtoMax>),
                          MakeTimeChecker(TimeStep(1)))
            .AddAttribute(
                prefix + "PathMaxRetrans",
                "Path.Max.Retrans of the " + iface
                    + " associations: retransmissions of a message before the next "
                      "expiry gives it up (RFC 4960 8.2, 15: 5).",
                UintegerValue(defaults.pathMaxRetrans),
                MakeUintegerAccessor(&SrvccHelper::SetTransportCount<I, &C::pathMaxRetrans>,
                                     &SrvccHelper::GetTransportCount<I, &C::pathMaxRetrans>),
                MakeUintegerChecker<uint32_t>(1));
    }
    else if (defaults.mode == SrvccTransportMode::kRlcAm)
    {
        const bool nr = I == static_cast<uint8_t>(SrvccInterface::kNrUu);
        const std::string rlc = nr ? "TS 38.322" : "TS 25.322";
        tid.AddAttribute(
               prefix + "Reliable",
               "Carry the " + iface
                   + " messages in RLC acknowledged mode (sequence number, STATUS "
                     "PDU, retransmission, "
                   + rlc
                   + "); false: one datagram per message, a lost message stays "
                     "lost.",
               BooleanValue(true),
               MakeBooleanAccessor(&SrvccHelper::SetReliable<I>, &SrvccHelper::GetReliable<I>),
               MakeBooleanChecker())
            .AddAttribute(prefix + "RetransmitDelay",
                          std::string(nr ? "t-PollRetransmit" : "Timer_Poll") + " of the " + iface
                              + " RLC entities: how long an unacknowledged message waits "
                                "before it is sent again ("
                              + (nr ? "TS 38.322 5.3.3.4; 45 ms: TS 38.331 9.2.1's default SRB "
                                      "value"
                                    : "TS 25.322 9.5; 100 ms: the SRBs of TS 25.331 13.7's "
                                      "default configurations")
                              + ").",
                          TimeValue(defaults.retransmitDelay),
                          MakeTimeAccessor(&SrvccHelper::SetTransportTime<I, &C::retransmitDelay>,
                                           &SrvccHelper::GetTransportTime<I, &C::retransmitDelay>),
                          MakeTimeChecker(TimeStep(1)))
            .AddAttribute(
                prefix + "MaxRetransmissions",
                std::string(nr ? "maxRetxThreshold" : "MaxDAT - 1") + " of the " + iface
                    + " RLC entities: retransmissions of a message before the next "
                      "expiry declares radio link failure ("
                    + (nr ? "TS 38.322 5.3.2; 8: TS 38.331 9.2.1's default SRB value"
                          : "TS 25.322 9.7.3; 14: MaxDAT 15 of TS 25.331 13.7")
                    + ").",
                UintegerValue(defaults.maxRetransmissions),
                MakeUintegerAccessor(&SrvccHelper::SetTransportCount<I, &C::maxRetransmissions>,
                                     &SrvccHelper::GetTransportCount<I, &C::maxRetransmissions>),
                MakeUintegerChecker<uint32_t>(1));
    }
}

template<uint8_t... I>
void
SrvccHelper::AddLinkAttributes(TypeId& tid, std::integer_sequence<uint8_t, I...>)
{
    (AddLinkAttributesOf<I>(tid), ...);
}

TypeId
SrvccHelper::GetTypeId()
{
    static TypeId tid = []()
    {
        TypeId t
            = TypeId("ns3::SrvccHelper")
                  .SetParent<Object>()
                  .SetGroupName("SrvccSecurity")
                  .AddConstructor<SrvccHelper>()
                  .AddAttribute(
                      "Profile",
                      "The 5G-SRVCC key derivation profile: ts33501 (TS 33.501 Annex J), sol1.1, "
                      "sol1.1-concat or sol1.2 (TR 33.856 Solutions #1.1 and #1.2; sol1.2 has no "
                      "MME_SRVCC). Read once, by InstallCore.",
                      MakeSrvccEnumValue(srvcc::SrvccProfile::kTs33501),
                      MakeSrvccEnumAccessor(&SrvccHelper::m_profile), MakeProfileChecker())
                  .AddAttribute(
                      "EksiTypeRule",
                      "How the AMF maps ngKSI to eKSI: mapped (the type field says mapped "
                      "context, TS 33.501 8.6.1) or keep (the ngKSI type field as it is). Read "
                      "once, by InstallCore.",
                      MakeSrvccEnumValue(srvcc::EksiTypeRule::kSetMapped),
                      MakeSrvccEnumAccessor(&SrvccHelper::m_eksiRule),
                      MakeSrvccEnumChecker<srvcc::EksiTypeRule>(
                          {{srvcc::EksiTypeRule::kSetMapped, "mapped"},
                           {srvcc::EksiTypeRule::kKeepType, "keep"}}));
        AddLinkAttributes(t, std::make_integer_sequence<uint8_t, kSrvccInterfaceCount>());
        return t;
    }();
    return tid;
}

SrvccHelper::SrvccHelper()
{
    NS_LOG_FUNCTION(this);
    m_factories[RoleIndex(SrvccRole::kUe)].SetTypeId(SrvccUeApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kGnb)].SetTypeId(SrvccGnbApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kAmf)].SetTypeId(SrvccAmfApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kMme)].SetTypeId(SrvccMmeApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kMscServer)].SetTypeId(SrvccMscServerApplication::GetTypeId());
    m_factories[RoleIndex(SrvccRole::kRnc)].SetTypeId(SrvccRncApplication::GetTypeId());
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        m_transport[IfaceIndex(iface)] = SrvccDefaultTransportConfig(iface);
    }
}

SrvccHelper::~SrvccHelper() = default;

void
SrvccHelper::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_ues.clear();
    m_gnbs.clear();
    m_rncs.clear();
    m_amf = nullptr;
    m_mme = nullptr;
    m_msc = nullptr;
    m_errorModels.clear();
    for (NetDeviceContainer& devices : m_devices)
    {
        devices = NetDeviceContainer();
    }
    Object::DoDispose();
}

void
SrvccHelper::SetKeyStrategy(const SrvccKeyStrategy& strategy)
{
    NS_LOG_FUNCTION(this << srvcc::ToString(strategy.GetProfile()));
    m_profile = strategy.GetProfile();
    m_eksiRule = strategy.GetEksiTypeRule();
}

SrvccKeyStrategy
SrvccHelper::GetKeyStrategy() const
{
    return m_amf ? m_strategy : SrvccKeyStrategy(m_profile, m_eksiRule);
}

void
SrvccHelper::SetLinkParameters(SrvccInterface iface, const SrvccLinkParameters& parameters)
{
    NS_ABORT_MSG_IF(parameters.lossRate < 0 || parameters.lossRate > 1,
                    ToString(iface)
                        << " loss rate " << parameters.lossRate << " is not a probability");
    m_links[IfaceIndex(iface)] = parameters;
}

const SrvccLinkParameters&
SrvccHelper::GetLinkParameters(SrvccInterface iface) const
{
    return m_links[IfaceIndex(iface)];
}

void
SrvccHelper::SetTransportConfig(SrvccInterface iface, const SrvccTransportConfig& config)
{
    m_transport[IfaceIndex(iface)] = config;
}

const SrvccTransportConfig&
SrvccHelper::GetTransportConfig(SrvccInterface iface) const
{
    return m_transport[IfaceIndex(iface)];
}

void
SrvccHelper::SetDeviceAttribute(SrvccInterface iface, const std::string& name,
                                const AttributeValue& value)
{
    m_deviceAttributes[IfaceIndex(iface)].emplace_back(
        name, CheckedValue(PointToPointNetDevice::GetTypeId(), name, value, "SetDeviceAttribute"));
}

void
SrvccHelper::SetChannelAttribute(SrvccInterface iface, const std::string& name,
                                 const AttributeValue& value)
{
    m_channelAttributes[IfaceIndex(iface)].emplace_back(
        name, CheckedValue(PointToPointChannel::GetTypeId(), name, value, "SetChannelAttribute"));
}

void
SrvccHelper::SetDeviceAttribute(SrvccInterface iface, uint32_t gnbIndex, const std::string& name,
                                const AttributeValue& value)
{
    if (!IsPerGnb(iface))
    {
        throw std::invalid_argument(std::string("SrvccHelper::SetDeviceAttribute: ")
                                    + ToString(iface)
                                    + " is a core interface; its links belong to no gNB");
    }
    m_gnbDeviceAttributes[{IfaceIndex(iface), gnbIndex}].emplace_back(
        name, CheckedValue(PointToPointNetDevice::GetTypeId(), name, value, "SetDeviceAttribute"));
}

void
SrvccHelper::SetChannelAttribute(SrvccInterface iface, uint32_t gnbIndex, const std::string& name,
                                 const AttributeValue& value)
{
    if (!IsPerGnb(iface))
    {
        throw std::invalid_argument(std::string("SrvccHelper::SetChannelAttribute: ")
                                    + ToString(iface)
                                    + " is a core interface; its links belong to no gNB");
    }
    m_gnbChannelAttributes[{IfaceIndex(iface), gnbIndex}].emplace_back(
        name, CheckedValue(PointToPointChannel::GetTypeId(), name, value, "SetChannelAttribute"));
}

void
SrvccHelper::SetNodeAttribute(SrvccRole role, const std::string& name, const AttributeValue& value)
{
    ObjectFactory& factory = m_factories[RoleIndex(role)];
    factory.Set(name, *CheckedValue(factory.GetTypeId(), name, value, "SetNodeAttribute"));
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

template<typename T>
Ptr<T>
SrvccHelper::InstallApplication(Ptr<Node> node, SrvccRole role)
{
    NS_LOG_FUNCTION(this << node << static_cast<unsigned>(role));
    NS_ABORT_MSG_IF(!node, "SrvccHelper: a null node");
    if (!node->GetObject<Ipv4>())
    {
        InternetStackHelper stack;
        stack.SetIpv6StackInstall(false);
        stack.SetRoutingHelper(SrvccNeighbourRoutingHelper()); // O(1) per packet, see its header
        stack.Install(node);
    }
    Ptr<T> app = m_factories[RoleIndex(role)].Create<T>();
    node->AddApplication(app);
    return app;
}

void
SrvccHelper::WarnAboutPointToPointDefaults()
{
    if (m_warnedAboutDefaults)
    {
        return;
    }
    m_warnedAboutDefaults = true;
    // The per-interface values are the helper's documented defaults and win (a single global
    // delay or rate would erase the difference between radio legs and core links); say so
    // when the user changed the global point-to-point defaults and may expect them to apply.
    const struct
    {
        TypeId tid;
        const char* name;
    } globals[] = {{PointToPointChannel::GetTypeId(), "Delay"},
                   {PointToPointNetDevice::GetTypeId(), "DataRate"}};
    for (const auto& global : globals)
    {
        std::string value;
        if (DefaultChanged(global.tid, global.name, value))
        {
            NS_LOG_WARN(global.tid.GetName() << "::" << global.name << "=" << value
                                             << " does not apply to the SRVCC links");
            std::cerr << "SrvccHelper: warning: " << global.tid.GetName() << "::" << global.name
                      << " was set to " << value << ", but SrvccHelper sets every link's "
                      << global.name << " from its own Attributes ns3::SrvccHelper::<Iface>"
                      << global.name
                      << " (Iface: NrUu, N2, N26, Sv, AmfMsc, Iu, UtranUu); set those instead\n";
        }
    }
}

void
SrvccHelper::Connect(Ptr<SrvccNodeApplication> a, uint32_t idOfBAtA, Ptr<SrvccNodeApplication> b,
                     uint32_t idOfAAtB, SrvccInterface iface, uint32_t gnbIndex)
{
    NS_LOG_FUNCTION(this << a << idOfBAtA << b << idOfAAtB << ToString(iface) << gnbIndex);
    WarnAboutPointToPointDefaults();
    const uint8_t i = IfaceIndex(iface);
    const SrvccLinkParameters& link = m_links[i];
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", DataRateValue(link.dataRate));
    p2p.SetChannelAttribute("Delay", TimeValue(link.delay));
    Apply(m_deviceAttributes[i], p2p, true);
    Apply(m_channelAttributes[i], p2p, false);
    if (gnbIndex != kNoGnb)
    {
        if (const auto it = m_gnbDeviceAttributes.find({i, gnbIndex});
            it != m_gnbDeviceAttributes.end())
        {
            Apply(it->second, p2p, true);
        }
        if (const auto it = m_gnbChannelAttributes.find({i, gnbIndex});
            it != m_gnbChannelAttributes.end())
        {
            Apply(it->second, p2p, false);
        }
    }
    NetDeviceContainer devices = p2p.Install(a->GetNode(), b->GetNode());
    if (link.lossRate > 0)
    {
        for (uint32_t d = 0; d < 2; ++d)
        {
            Ptr<RateErrorModel> loss = CreateObject<RateErrorModel>();
            loss->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            loss->SetRate(link.lossRate);
            devices.Get(d)->SetAttribute("ReceiveErrorModel", PointerValue(loss));
            m_errorModels.push_back(loss);
        }
    }
    // One /30 per link, from 10.0.0.0/8; the connected route is all the routing needed, since
    // every message goes to a direct neighbour.
    const uint32_t base = 0x0a000000u + 4 * m_nextSubnet++;
    NS_ABORT_MSG_IF(m_nextSubnet >= (1u << 22), "out of link subnets in 10.0.0.0/8");
    const Ipv4Address address[2] = {Ipv4Address(base + 1), Ipv4Address(base + 2)};
    for (uint32_t d = 0; d < 2; ++d)
    {
        Ptr<Ipv4> ipv4 = devices.Get(d)->GetNode()->GetObject<Ipv4>();
        const int32_t interface = ipv4->AddInterface(devices.Get(d));
        ipv4->AddAddress(interface, Ipv4InterfaceAddress(address[d], Ipv4Mask("/30")));
        ipv4->SetUp(interface);
    }
    // Both ends of the link with the same transport (an association is symmetric).
    a->SetTransportConfig(iface, m_transport[i]);
    b->SetTransportConfig(iface, m_transport[i]);
    a->AddPeer(iface, idOfBAtA, address[1]);
    a->SetLocalAddress(iface, address[0]);
    b->AddPeer(iface, idOfAAtB, address[0]);
    b->SetLocalAddress(iface, address[1]);
    m_devices[i].Add(devices);
}

ApplicationContainer
SrvccHelper::InstallCore(Ptr<Node> amf, Ptr<Node> mme, Ptr<Node> msc)
{
    NS_LOG_FUNCTION(this << amf << mme << msc);
    NS_ABORT_MSG_IF(m_amf, "SrvccHelper: the core is installed already");
    NS_ABORT_MSG_IF(!amf || !msc, "SrvccHelper::InstallCore: the AMF and MSC server nodes are "
                                  "needed");
    m_strategy = SrvccKeyStrategy(m_profile, m_eksiRule);
    const std::string profile(srvcc::ToString(m_profile));
    NS_ABORT_MSG_IF(m_strategy.UsesMme() && !mme, "SrvccHelper::InstallCore: profile "
                                                      << profile
                                                      << " goes through an MME_SRVCC node");
    NS_ABORT_MSG_IF(!m_strategy.UsesMme() && mme,
                    "SrvccHelper::InstallCore: profile "
                        << profile << " has no MME_SRVCC (the AMF talks to the MSC server)");

    ApplicationContainer apps;
    m_amf = InstallApplication<SrvccAmfApplication>(amf, SrvccRole::kAmf);
    m_msc = InstallApplication<SrvccMscServerApplication>(msc, SrvccRole::kMscServer);
    m_amf->SetKeyStrategy(m_strategy);
    apps.Add(m_amf);
    if (m_strategy.UsesMme())
    {
        m_mme = InstallApplication<SrvccMmeApplication>(mme, SrvccRole::kMme);
        m_mme->SetKeyStrategy(m_strategy);
        Connect(m_amf, kCorePeer, m_mme, kCorePeer, SrvccInterface::kN26, kNoGnb);
        Connect(m_mme, kCorePeer, m_msc, kCorePeer, SrvccInterface::kSv, kNoGnb);
        apps.Add(m_mme);
    }
    else
    {
        // The study's Solution #1.2: a direct AMF - MSC server interface, no MME_SRVCC.
        Connect(m_amf, kCorePeer, m_msc, kCorePeer, SrvccInterface::kAmfMsc, kNoGnb);
    }
    apps.Add(m_msc);
    NS_LOG_INFO("core installed, profile "
                << profile << ": AMF node " << amf->GetId() << ", MSC server node " << msc->GetId()
                << (mme ? ", MME_SRVCC node " : "") << (mme ? std::to_string(mme->GetId()) : ""));
    return apps;
}

ApplicationContainer
SrvccHelper::InstallGnbs(NodeContainer gnbs, NodeContainer rncs)
{
    NS_LOG_FUNCTION(this << gnbs.GetN() << rncs.GetN());
    NS_ABORT_MSG_IF(!m_amf, "SrvccHelper::InstallGnbs: InstallCore first");
    NS_ABORT_MSG_IF(gnbs.GetN() != rncs.GetN(),
                    "SrvccHelper::InstallGnbs: " << gnbs.GetN() << " gNBs but " << rncs.GetN()
                                                 << " RNCs; each gNB needs its target RNC");
    ApplicationContainer apps;
    for (uint32_t i = 0; i < gnbs.GetN(); ++i)
    {
        const auto g = static_cast<uint32_t>(m_gnbs.size());
        Ptr<SrvccGnbApplication> gnb
            = InstallApplication<SrvccGnbApplication>(gnbs.Get(i), SrvccRole::kGnb);
        gnb->SetTargetRncId(
            TargetRncId{"001", "01", static_cast<uint16_t>(0x1000 + g), RncIdOf(g)});
        Connect(gnb, kCorePeer, m_amf, g, SrvccInterface::kN2, g);
        Ptr<SrvccRncApplication> rnc
            = InstallApplication<SrvccRncApplication>(rncs.Get(i), SrvccRole::kRnc);
        Connect(m_msc, RncIdOf(g), rnc, kCorePeer, SrvccInterface::kIu, g);
        m_gnbs.push_back(gnb);
        m_rncs.push_back(rnc);
        apps.Add(gnb);
        apps.Add(rnc);
        NS_LOG_INFO("gNB " << g << " on node " << gnbs.Get(i)->GetId() << ", its RNC (RNC-ID "
                           << RncIdOf(g) << ") on node " << rncs.Get(i)->GetId());
    }
    return apps;
}

ApplicationContainer
SrvccHelper::InstallGnbs(NodeContainer gnbs)
{
    NS_LOG_FUNCTION(this << gnbs.GetN());
    NodeContainer rncs;
    rncs.Create(gnbs.GetN());
    return InstallGnbs(gnbs, rncs);
}

ApplicationContainer
SrvccHelper::InstallUes(NodeContainer ues, uint32_t gnbIndex)
{
    NS_LOG_FUNCTION(this << ues.GetN() << gnbIndex);
    NS_ABORT_MSG_IF(gnbIndex >= m_gnbs.size(), "SrvccHelper::InstallUes: no gNB "
                                                   << gnbIndex << " (" << m_gnbs.size()
                                                   << " installed)");
    ApplicationContainer apps;
    m_ues.reserve(m_ues.size() + ues.GetN());
    for (uint32_t k = 0; k < ues.GetN(); ++k)
    {
        const auto index = static_cast<uint32_t>(m_ues.size());
        Ptr<SrvccUeApplication> ue
            = InstallApplication<SrvccUeApplication>(ues.Get(k), SrvccRole::kUe);
        ue->SetUeIndex(index);
        ue->SetKeyStrategy(m_strategy);
        Connect(ue, kCorePeer, m_gnbs[gnbIndex], index, SrvccInterface::kNrUu, gnbIndex);
        Connect(ue, kCorePeer, m_rncs[gnbIndex], index, SrvccInterface::kUtranUu, gnbIndex);
        m_ues.push_back(ue);
        m_gnbOfUe.push_back(gnbIndex);
        m_subscriptionStream.push_back(-1);
        apps.Add(ue);
    }
    NS_LOG_INFO(ues.GetN() << " UEs on gNB " << gnbIndex << ", " << m_ues.size() << " in all");
    if (m_provisioned > 0)
    {
        ProvisionPending(); // the earlier UEs' data is out already: no reason to wait
    }
    else if (!m_provisionScheduled)
    {
        // Subscription data is drawn when first needed (accessors) or at the start, so that
        // AssignStreams after Install still fixes it.
        m_provisionScheduled = true;
        // The event holds a Ptr, so the helper lives until it ran (a member function event,
        // not a lambda: ns-3.35 schedules no lambdas).
        Simulator::ScheduleNow(&SrvccHelper::ProvisionPending, Ptr<SrvccHelper>(this));
    }
    return apps;
}

void
SrvccHelper::Install(uint32_t numGnbs, uint32_t uesPerGnb)
{
    NS_LOG_FUNCTION(this << numGnbs << uesPerGnb);
    NS_ABORT_MSG_IF(numGnbs == 0 || uesPerGnb == 0, "need at least one gNB and one UE");
    NS_ABORT_MSG_IF(m_amf, "SrvccHelper::Install called twice (or after InstallCore)");
    // Node ids in creation order: AMF, MSC server, MME_SRVCC, gNB 0, RNC 0, gNB 1, ..., UEs.
    Ptr<Node> amf = CreateObject<Node>();
    Ptr<Node> msc = CreateObject<Node>();
    Ptr<Node> mme = srvcc::UsesMme(m_profile) ? CreateObject<Node>() : nullptr;
    InstallCore(amf, mme, msc);
    NodeContainer gnbs;
    NodeContainer rncs;
    for (uint32_t g = 0; g < numGnbs; ++g)
    {
        gnbs.Create(1);
        rncs.Create(1);
    }
    InstallGnbs(gnbs, rncs);
    m_ues.reserve(static_cast<std::size_t>(numGnbs) * uesPerGnb);
    for (uint32_t g = 0; g < numGnbs; ++g)
    {
        NodeContainer ues;
        ues.Create(uesPerGnb);
        InstallUes(ues, g);
    }
}

int64_t
SrvccHelper::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    if (m_provisioned > 0)
    {
        throw std::logic_error("SrvccHelper::AssignStreams: the UEs' subscription data was "
                               "drawn already (by GetUe, GetAmf, GetAllApplications or the "
                               "simulation start); call AssignStreams right after Install");
    }
    int64_t next = stream;
    if (m_amf)
    {
        next += m_amf->AssignStreams(next);
    }
    for (const Ptr<SrvccRncApplication>& rnc : m_rncs)
    {
        next += rnc->AssignStreams(next);
    }
    for (std::size_t i = 0; i < m_ues.size(); ++i)
    {
        m_subscriptionStream[i] = next++;
        next += m_ues[i]->AssignStreams(next);
    }
    for (const Ptr<RateErrorModel>& loss : m_errorModels)
    {
        next += loss->AssignStreams(next);
    }
    // Processing-time random variables last, so that a scenario without them numbers the
    // other streams as before. One stream per distinct variable (a role's default is shared).
    std::vector<const void*> assigned;
    const int64_t processingFirst = next;
    auto processing = [&next, &assigned](const auto& app)
    {
        if (app)
        {
            next += app->AssignProcessingStreams(next, assigned);
        }
    };
    processing(m_amf);
    processing(m_mme);
    processing(m_msc);
    for (const Ptr<SrvccGnbApplication>& gnb : m_gnbs)
    {
        processing(gnb);
    }
    for (const Ptr<SrvccRncApplication>& rnc : m_rncs)
    {
        processing(rnc);
    }
    for (const Ptr<SrvccUeApplication>& ue : m_ues)
    {
        processing(ue);
    }
    NS_LOG_INFO("streams " << stream << " to " << next - 1 << ": AMF 1, RNCs " << m_rncs.size()
                           << ", UEs 2 x " << m_ues.size() << ", error models "
                           << m_errorModels.size() << ", processing times "
                           << next - processingFirst);
    return next - stream;
}

void
SrvccHelper::ScheduleReturnTo5g(uint32_t ueIndex, Time at)
{
    NS_LOG_FUNCTION(this << ueIndex << at);
    NS_ABORT_MSG_IF(ueIndex >= m_ues.size(), "no UE " << ueIndex);
    Simulator::Schedule(at, &SrvccUeApplication::ReturnTo5g, m_ues[ueIndex]);
}

void
SrvccHelper::ProvisionPending() const
{
    if (m_provisioned == m_ues.size())
    {
        return;
    }
    NS_LOG_FUNCTION(this << m_provisioned << m_ues.size());
    // Set first: ProvisionUe reaches the applications through members, never the accessors,
    // but a trace sink it triggers might call them.
    const auto from = m_provisioned;
    m_provisioned = static_cast<uint32_t>(m_ues.size());
    for (uint32_t ue = from; ue < m_ues.size(); ++ue)
    {
        ProvisionUe(ue);
    }
}

void
SrvccHelper::ProvisionUe(uint32_t ueIndex) const
{
    NS_LOG_FUNCTION(this << ueIndex);
    // Per-UE subscription data and one 5G AKA run (TS 33.501 6.1.3.2) give the KAMF the UE
    // and the AMF share after registration. With AssignStreams, deterministic in the seed,
    // the run and the UE's stream.
    Ptr<UniformRandomVariable> rng = CreateObject<UniformRandomVariable>();
    if (m_subscriptionStream[ueIndex] >= 0)
    {
        rng->SetStream(m_subscriptionStream[ueIndex]);
    }
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
        SrvccUeNasConfig config;
        if (!profile.peiOnly)
        {
            config.supi = SrvccImsi(ueIndex);
        }
        config.pei = SrvccMei(ueIndex);
        config.emergencyRegistration = profile.emergencyRegistration;
        config.emergencySession = profile.emergencySession || profile.emergencyRegistration;
        config.bounded = m_amf->GetAuthenticationBound() == SrvccAuthenticationBound::kBounded;
        config.t3520 = m_registration.t3520;
        config.servingNetworkName = kServingNetworkName;
        Ptr<SrvccUeApplication> ue = m_ues[ueIndex];
        ue->EnableNas(config);
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
    NS_LOG_FUNCTION(this << ueIndex << at);
    NS_ABORT_MSG_IF(ueIndex >= m_ues.size(), "no UE " << ueIndex);
    Simulator::Schedule(at, &SrvccGnbApplication::StartSrvccHandover, m_gnbs[GetGnbOfUe(ueIndex)],
                        ueIndex);
}

void
SrvccHelper::ScheduleCancel(uint32_t ueIndex, Time at)
{
    NS_LOG_FUNCTION(this << ueIndex << at);
    NS_ABORT_MSG_IF(ueIndex >= m_ues.size(), "no UE " << ueIndex);
    Simulator::Schedule(at, &SrvccGnbApplication::CancelSrvccHandover, m_gnbs[GetGnbOfUe(ueIndex)],
                        ueIndex);
}

void
SrvccHelper::EnablePcapInternal(std::string prefix, Ptr<NetDevice> nd, bool /* promiscuous */,
                                bool explicitFilename)
{
    NS_LOG_FUNCTION(this << prefix << nd << explicitFilename);
    // As PointToPointHelper: only point-to-point devices (EnablePcapAll walks every node),
    // whose PromiscSniffer sees both directions.
    if (!nd->GetObject<PointToPointNetDevice>())
    {
        NS_LOG_INFO("device " << nd << " is not a point-to-point device: no pcap");
        return;
    }
    const std::string path
        = explicitFilename ? prefix : PcapHelper().GetFilenameFromDevice(prefix, nd);
    SrvccPcapTracer::AttachDevice(path, nd);
    NS_LOG_INFO("pcap of node " << nd->GetNode()->GetId() << " device " << nd->GetIfIndex()
                                << " in " << path);
}

void
SrvccHelper::EnablePcap(const std::string& prefix, SrvccInterface iface, bool explicitFilename)
{
    NS_LOG_FUNCTION(this << prefix << ToString(iface) << explicitFilename);
    const NetDeviceContainer& devices = m_devices[IfaceIndex(iface)];
    if (devices.GetN() == 0)
    {
        NS_LOG_INFO(ToString(iface) << " has no link: no pcap");
        return;
    }
    const std::string path = explicitFilename ? prefix : prefix + "-" + ToString(iface) + ".pcap";
    SrvccPcapTracer::AttachLinks(path, devices, iface,
                                 m_transport[IfaceIndex(iface)].mode != SrvccTransportMode::kNone);
    NS_LOG_INFO("pcap of the " << devices.GetN() / 2 << " " << ToString(iface) << " links in "
                               << path);
}

void
SrvccHelper::EnablePcapInterfaces(const std::string& prefix)
{
    NS_LOG_FUNCTION(this << prefix);
    for (SrvccInterface iface : AllSrvccInterfaces())
    {
        EnablePcap(prefix, iface);
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
    return m_gnbOfUe.at(ueIndex);
}

Ptr<SrvccUeApplication>
SrvccHelper::GetUe(uint32_t ueIndex) const
{
    ProvisionPending();
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
    ProvisionPending();
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
    ProvisionPending();
    std::vector<Ptr<SrvccNodeApplication>> all(m_ues.begin(), m_ues.end());
    all.insert(all.end(), m_gnbs.begin(), m_gnbs.end());
    all.insert(all.end(), m_rncs.begin(), m_rncs.end());
    if (m_amf)
    {
        all.push_back(m_amf);
    }
    if (m_mme)
    {
        all.push_back(m_mme);
    }
    if (m_msc)
    {
        all.push_back(m_msc);
    }
    return all;
}

const NetDeviceContainer&
SrvccHelper::GetDevices(SrvccInterface iface) const
{
    return m_devices[IfaceIndex(iface)];
}

} // namespace ns3
