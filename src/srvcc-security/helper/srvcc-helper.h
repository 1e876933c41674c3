/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SrvccHelper: builds a 5G-SRVCC topology — UEs, gNBs, AMF, MME_SRVCC, MSC server and target
 * RNCs on point-to-point links — installs the node applications, provisions each UE's 5G NAS
 * security context, and schedules handovers. The one place that knows the wiring.
 */
#ifndef SRVCC_HELPER_H
#define SRVCC_HELPER_H

#include "ns3/application-container.h"
#include "ns3/data-rate.h"
#include "ns3/error-model.h"
#include "ns3/net-device-container.h"
#include "ns3/node-container.h"
#include "ns3/nstime.h"
#include "ns3/object-factory.h"
#include "ns3/object.h"
#include "ns3/srvcc-amf-application.h"
#include "ns3/srvcc-gnb-application.h"
#include "ns3/srvcc-interface.h"
#include "ns3/srvcc-key-strategy.h"
#include "ns3/srvcc-mme-application.h"
#include "ns3/srvcc-msc-server-application.h"
#include "ns3/srvcc-reliable-transport.h"
#include "ns3/srvcc-rnc-application.h"
#include "ns3/srvcc-ue-application.h"
#include "ns3/trace-helper.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

/** One link type's parameters. */
struct SrvccLinkParameters
{
    DataRate dataRate{"1Gbps"};
    Time delay{MilliSeconds(1)};
    /** Probability that a packet on this link is lost (ns-3 RateErrorModel, per packet). */
    double lossRate{0.0};
};

/**
 * Registration in the simulation (TS 24.501 5.5.1 with 5G AKA) instead of a preset 5G NAS
 * context. Off by default: the preset path is faster and what the handover tests use.
 */
struct SrvccRegistrationConfig
{
    bool enabled{false};
    Time start{MilliSeconds(100)}; ///< UE 0 registers at start, UE i at start + i * spacing
    Time spacing{MilliSeconds(1)};
    Time t3520{Seconds(15)}; ///< TS 24.501 Table 10.2.1
};

/** Per-UE subscription, attach type and faults (TR 33.856 Key Issue #2, TS 33.501 10.2). */
struct SrvccUeProfile
{
    bool emergencyRegistration{false}; ///< attached for emergency bearer services
    bool emergencySession{false};      ///< has an IMS emergency session
    bool peiOnly{false};               ///< no USIM: identified by its PEI only
    bool subscribed{true};             ///< false: the home network does not know the SUPI
    bool wrongK{false};                ///< the USIM's K differs from the home network's
    uint64_t sqnAhead{0};              ///< SQN_MS = SQN_HE + this (synch failure when > 0)
};

/** The node roles the helper creates, for SetNodeAttribute. */
enum class SrvccRole
{
    kUe,
    kGnb,
    kAmf,
    kMme,
    kMscServer,
    kRnc,
};

constexpr std::size_t kSrvccRoleCount = 6;

/** Every role, in SrvccRole order. */
constexpr std::array<SrvccRole, kSrvccRoleCount>
AllSrvccRoles()
{
    return {SrvccRole::kUe,  SrvccRole::kGnb,       SrvccRole::kAmf,
            SrvccRole::kMme, SrvccRole::kMscServer, SrvccRole::kRnc};
}

/**
 * \brief Builds and drives a 5G-SRVCC network, in the manner of ns-3's LteHelper.
 *
 * Use it as Ptr<SrvccHelper> helper = CreateObject<SrvccHelper>(). Its Attributes, like any
 * ns-3 Attribute, can be set with SetAttribute, Config::SetDefault("ns3::SrvccHelper::<Name>")
 * or on the command line (--ns3::SrvccHelper::Profile=sol1.2, --ns3::SrvccHelper::SvDelay=20ms):
 *
 * - Profile (ts33501): the 5G-SRVCC derivation profile, ts33501 (TS 33.501 Annex J), sol1.1,
 *   sol1.1-concat or sol1.2 (TR 33.856 solutions); EksiTypeRule (mapped): mapped (TS 33.501
 *   8.6.1) or keep. The key strategy is built from them once, by InstallCore (or Install).
 * - <Iface>DataRate, <Iface>Delay, <Iface>LossRate for Iface = NrUu, N2, N26, Sv, AmfMsc, Iu,
 *   UtranUu: the parameters of every link of that interface. Defaults: NrUu 100Mbps/5ms,
 *   UtranUu 2Mbps/10ms, the core interfaces 1Gbps/1ms, loss 0.
 * - The transport of the messages (SrvccReliableTransport), for links installed afterwards:
 *   N2Reliable, N2RtoInitial, N2RtoMin, N2RtoMax, N2PathMaxRetrans and the same for Iu (SCTP,
 *   RFC 4960 6.3; defaults true, 1 s, 1 s, 60 s, 5 as RFC 9260 16); NrUuReliable,
 *   NrUuRetransmitDelay, NrUuMaxRetransmissions (RLC AM, TS 38.322 5.3: true, 45 ms, 8) and
 *   the same for UtranUu (TS 25.322: true, 100 ms, 14). N26, Sv and AMF-MSC carry GTPv2-C over
 *   plain UDP.
 *
 * Link parameters, from the most specific to the least: SetDeviceAttribute /
 * SetChannelAttribute(iface, gnbIndex, ...) for the links of one gNB; the same without a gNB
 * index for every link of the interface; the <Iface>DataRate / <Iface>Delay Attributes. The
 * helper sets DataRate and Delay on every link it builds, so the global defaults
 * ns3::PointToPointNetDevice::DataRate and ns3::PointToPointChannel::Delay do not apply to its
 * links (Install warns on stderr when they were changed); every other PointToPoint Attribute
 * (Mtu, TxQueue, ...) keeps its global default unless set here.
 *
 * Node applications: SetNodeAttribute(role, name, value) before the role is installed, or
 * the usual Config::SetDefault("ns3::SrvccAmfApplication::ProcessingDelay") and
 * --ns3::SrvccAmfApplication::ProcessingDelay=200us; GetUe/GetAmf/... after Install.
 *
 * Installing: InstallCore (AMF, MME_SRVCC, MSC server), then InstallGnbs (each gNB with the
 * target RNC under its coverage), then InstallUes for each gNB; or Install(numGnbs,
 * uesPerGnb), which creates the nodes and calls the three. Nodes without an Internet stack
 * get one (IPv4, SrvccNeighbourRouting). Then AssignStreams, then ScheduleHandover, ...
 *
 * Each UE's subscription data (K, OPc, RAND, SQN, ngKSI, NAS COUNTs) is drawn from the ns-3
 * RNG when it is first needed: at the first GetUe, GetAmf or GetAllApplications, or when the
 * simulation starts. AssignStreams must therefore come before those (it refuses to run after
 * the data was drawn, since it could no longer fix it).
 */
class SrvccHelper
    : public Object
    , public PcapHelperForDevice
{
  public:
    static TypeId GetTypeId();

    SrvccHelper();
    ~SrvccHelper() override;

    /** Sets the Attributes Profile and EksiTypeRule from \p strategy (before InstallCore). */
    void SetKeyStrategy(const SrvccKeyStrategy& strategy);
    /** The strategy InstallCore built, or before it the one the Attributes give. */
    SrvccKeyStrategy GetKeyStrategy() const;

    /**
     * The Attributes <Iface>DataRate, <Iface>Delay and <Iface>LossRate of \p iface in one
     * call (links installed afterwards).
     */
    void SetLinkParameters(SrvccInterface iface, const SrvccLinkParameters& parameters);
    const SrvccLinkParameters& GetLinkParameters(SrvccInterface iface) const;

    /**
     * The transport of \p iface's messages (the Attributes <Iface>Reliable, <Iface>Rto*, ...
     * in one call), for both ends of every link installed afterwards. Mode kNone turns it off.
     */
    void SetTransportConfig(SrvccInterface iface, const SrvccTransportConfig& config);
    const SrvccTransportConfig& GetTransportConfig(SrvccInterface iface) const;

    /**
     * An Attribute of the ns3::PointToPointNetDevice at both ends of every \p iface link
     * installed afterwards, as PointToPointHelper::SetDeviceAttribute.
     * \throws std::invalid_argument for an unknown Attribute or a value it refuses
     */
    void SetDeviceAttribute(SrvccInterface iface, const std::string& name,
                            const AttributeValue& value);
    /** The same for the ns3::PointToPointChannel of every \p iface link. */
    void SetChannelAttribute(SrvccInterface iface, const std::string& name,
                             const AttributeValue& value);

    /**
     * An Attribute of the devices of the \p iface links of gNB \p gnbIndex only: its N2 link,
     * its RNC's Iu link, and the NR-Uu and UTRAN-Uu links of its UEs. Wins over the
     * per-interface settings; applies to links installed afterwards.
     * \throws std::invalid_argument for a core interface (N26, Sv, AMF-MSC), an unknown
     * Attribute or a value it refuses
     */
    void SetDeviceAttribute(SrvccInterface iface, uint32_t gnbIndex, const std::string& name,
                            const AttributeValue& value);
    /** The same for the channels of the \p iface links of gNB \p gnbIndex. */
    void SetChannelAttribute(SrvccInterface iface, uint32_t gnbIndex, const std::string& name,
                             const AttributeValue& value);

    /**
     * An ns-3 Attribute of every application of role \p role installed afterwards.
     * \throws std::invalid_argument for an unknown Attribute or a value it refuses
     */
    void SetNodeAttribute(SrvccRole role, const std::string& name, const AttributeValue& value);

    /** Run registrations in the simulation (set before the UEs are installed). */
    void SetRegistration(const SrvccRegistrationConfig& config);
    const SrvccRegistrationConfig& GetRegistration() const;

    /** Profile of UE \p ueIndex (set before Install; the default is a normal subscriber). */
    void SetUeProfile(uint32_t ueIndex, const SrvccUeProfile& profile);
    SrvccUeProfile GetUeProfile(uint32_t ueIndex) const;

    /**
     * Install the core: the AMF on \p amf, the MME_SRVCC on \p mme, the MSC server on \p msc,
     * linked by N26 and Sv, or for sol1.2 (\p mme null) by the direct AMF - MSC interface.
     * Builds the key strategy from the Attributes Profile and EksiTypeRule.
     * \return the applications installed: AMF, MME_SRVCC (if any), MSC server
     */
    ApplicationContainer InstallCore(Ptr<Node> amf, Ptr<Node> mme, Ptr<Node> msc);

    /**
     * Install gNB \p gnbs.Get(i) with the target RNC \p rncs.Get(i) (the UTRAN cell under its
     * coverage): N2 to the AMF, Iu from the MSC server. gNB indices follow on from those
     * installed before. Needs InstallCore.
     * \return the applications installed: gNB, its RNC, next gNB, its RNC, ...
     */
    ApplicationContainer InstallGnbs(NodeContainer gnbs, NodeContainer rncs);
    /** Same, creating one RNC node per gNB. */
    ApplicationContainer InstallGnbs(NodeContainer gnbs);

    /**
     * Install UEs on \p ues, served by gNB \p gnbIndex (NR-Uu) and handed over to its RNC
     * (UTRAN-Uu). UE indices follow on from those installed before.
     * \return the UE applications
     */
    ApplicationContainer InstallUes(NodeContainer ues, uint32_t gnbIndex);

    /**
     * The convenience topology: \p numGnbs gNBs with \p uesPerGnb UEs each, one target RNC
     * per gNB, and the single AMF, MME_SRVCC (not for sol1.2) and MSC server. Node creation
     * order: AMF, MSC server, MME_SRVCC, gNB 0, RNC 0, gNB 1, ..., UE 0, UE 1, ....
     * Every UE is registered: its KAMF comes from a 5G AKA run (Milenage, TS 33.501 Annex A)
     * on per-UE subscription data drawn from the ns-3 RNG, and the UE and the AMF hold the
     * same 5G NAS context.
     */
    void Install(uint32_t numGnbs, uint32_t uesPerGnb);

    /**
     * Fix the random variable streams of everything installed so far, from \p stream on, in
     * this order: the AMF's NAS side (RAND, 1 stream); each RNC's FRESH (1 per RNC, in gNB
     * order); for each UE, its subscription data then its NAS side (2 per UE, in UE order);
     * the RateErrorModel of each device of a lossy link (1 each, in link order).
     * Call it after the Install* calls and before the first GetUe / GetAmf /
     * GetAllApplications and the simulation start.
     * \return the number of streams used
     * \throws std::logic_error when subscription data was drawn already
     */
    int64_t AssignStreams(int64_t stream);

    /** Schedule UE \p ueIndex's return to 5G (a new registration, TS 33.501 J.1.1) at \p at. */
    void ScheduleReturnTo5g(uint32_t ueIndex, Time at);

    /** Schedule "SRVCC handover of UE \p ueIndex at time \p at". */
    void ScheduleHandover(uint32_t ueIndex, Time at);

    /** Schedule a Handover Cancel from the source gNB of UE \p ueIndex at time \p at. */
    void ScheduleCancel(uint32_t ueIndex, Time at);

    // pcap, as ns-3's PcapHelperForDevice: EnablePcap(prefix, device or NetDeviceContainer or
    // NodeContainer), EnablePcapAll(prefix): one file per point-to-point device,
    // <prefix>-<node>-<device>.pcap.
    using PcapHelperForDevice::EnablePcap;

    /**
     * One pcap file for every link of \p iface installed so far, both directions, each packet
     * once: <prefix>-<iface>.pcap (e.g. "run-sv.pcap"), or \p prefix itself with
     * \p explicitFilename. Missing directories are created. Nothing when \p iface has no
     * link.
     * \throws std::runtime_error when the file cannot be created
     */
    void EnablePcap(const std::string& prefix, SrvccInterface iface, bool explicitFilename = false);

    /**
     * EnablePcap(prefix, iface) for every interface that has links: <prefix>-nr-uu.pcap,
     * <prefix>-n2.pcap, ...
     */
    void EnablePcapInterfaces(const std::string& prefix);

    uint32_t GetNumUes() const;
    uint32_t GetNumGnbs() const;
    /** The gNB that serves UE \p ueIndex. */
    uint32_t GetGnbOfUe(uint32_t ueIndex) const;

    Ptr<SrvccUeApplication> GetUe(uint32_t ueIndex) const;
    Ptr<SrvccGnbApplication> GetGnb(uint32_t gnbIndex) const;
    Ptr<SrvccRncApplication> GetRnc(uint32_t gnbIndex) const;
    Ptr<SrvccAmfApplication> GetAmf() const;
    Ptr<SrvccMmeApplication> GetMme() const;
    Ptr<SrvccMscServerApplication> GetMscServer() const;

    /** Every application, for connecting traces. */
    std::vector<Ptr<SrvccNodeApplication>> GetAllApplications() const;

    /** Every net device of interface \p iface (both ends of each link). */
    const NetDeviceContainer& GetDevices(SrvccInterface iface) const;

  protected:
    void DoDispose() override;

  private:
    /** Attribute settings of a device or channel: name and checked value. */
    using AttributeList = std::vector<std::pair<std::string, Ptr<AttributeValue>>>;

    void EnablePcapInternal(std::string prefix, Ptr<NetDevice> nd, bool promiscuous,
                            bool explicitFilename) override;

    template<uint8_t... I>
    static void AddLinkAttributes(TypeId& tid, std::integer_sequence<uint8_t, I...>);
    template<uint8_t I>
    static void AddLinkAttributesOf(TypeId& tid);
    template<uint8_t I>
    void SetLinkDataRate(DataRate rate);
    template<uint8_t I>
    DataRate GetLinkDataRate() const;
    template<uint8_t I>
    void SetLinkDelay(Time delay);
    template<uint8_t I>
    Time GetLinkDelay() const;
    template<uint8_t I>
    void SetLinkLossRate(double rate);
    template<uint8_t I>
    double GetLinkLossRate() const;
    template<uint8_t I>
    void SetReliable(bool reliable);
    template<uint8_t I>
    bool GetReliable() const;
    template<uint8_t I, Time SrvccTransportConfig::*F>
    void SetTransportTime(Time value);
    template<uint8_t I, Time SrvccTransportConfig::*F>
    Time GetTransportTime() const;
    template<uint8_t I, uint32_t SrvccTransportConfig::*F>
    void SetTransportCount(uint32_t value);
    template<uint8_t I, uint32_t SrvccTransportConfig::*F>
    uint32_t GetTransportCount() const;

    /**
     * Connect \p a and \p b with a link of \p iface (of gNB \p gnbIndex, or kNoGnb for a core
     * link) and declare them peers of each other.
     */
    void Connect(Ptr<SrvccNodeApplication> a, uint32_t idOfBAtA, Ptr<SrvccNodeApplication> b,
                 uint32_t idOfAAtB, SrvccInterface iface, uint32_t gnbIndex);
    /** Install the application of \p role on \p node (and an Internet stack if it has none). */
    template<typename T>
    Ptr<T> InstallApplication(Ptr<Node> node, SrvccRole role);
    /** Draw the subscription data of the UEs installed since the last call. */
    void ProvisionPending() const;
    void ProvisionUe(uint32_t ueIndex) const;
    void WarnAboutPointToPointDefaults();

    srvcc::SrvccProfile m_profile{srvcc::SrvccProfile::kTs33501};
    srvcc::EksiTypeRule m_eksiRule{srvcc::EksiTypeRule::kSetMapped};
    SrvccKeyStrategy m_strategy; ///< built by InstallCore
    std::array<SrvccLinkParameters, kSrvccInterfaceCount> m_links;
    std::array<SrvccTransportConfig, kSrvccInterfaceCount> m_transport;
    std::array<AttributeList, kSrvccInterfaceCount> m_deviceAttributes;
    std::array<AttributeList, kSrvccInterfaceCount> m_channelAttributes;
    std::map<std::pair<uint8_t, uint32_t>, AttributeList> m_gnbDeviceAttributes;
    std::map<std::pair<uint8_t, uint32_t>, AttributeList> m_gnbChannelAttributes;
    std::array<ObjectFactory, 6> m_factories;
    std::array<NetDeviceContainer, kSrvccInterfaceCount> m_devices;
    std::vector<Ptr<RateErrorModel>> m_errorModels; ///< of the lossy links, in link order
    SrvccRegistrationConfig m_registration;
    std::map<uint32_t, SrvccUeProfile> m_profiles;
    uint32_t m_nextSubnet{0};
    bool m_warnedAboutDefaults{false};

    std::vector<Ptr<SrvccUeApplication>> m_ues;
    std::vector<uint32_t> m_gnbOfUe;
    /** The stream of each UE's subscription data from AssignStreams, -1: automatic. */
    std::vector<int64_t> m_subscriptionStream;
    /**
     * UEs whose subscription data is drawn. Mutable: the const accessors that hand out a
     * UE or the AMF draw it first, so that what they show is what the run uses.
     */
    mutable uint32_t m_provisioned{0};
    bool m_provisionScheduled{false};
    std::vector<Ptr<SrvccGnbApplication>> m_gnbs;
    std::vector<Ptr<SrvccRncApplication>> m_rncs;
    Ptr<SrvccAmfApplication> m_amf;
    Ptr<SrvccMmeApplication> m_mme;
    Ptr<SrvccMscServerApplication> m_msc;
};

} // namespace ns3

#endif // SRVCC_HELPER_H
