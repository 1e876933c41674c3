/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SrvccHelper: builds a 5G-SRVCC topology — UEs, gNBs, AMF, MME_SRVCC, MSC server and target
 * RNCs on point-to-point links — installs the node applications, provisions each UE's 5G NAS
 * security context, and schedules handovers. The one place that knows the wiring.
 */
#ifndef SRVCC_HELPER_H
#define SRVCC_HELPER_H

#include "ns3/data-rate.h"
#include "ns3/net-device-container.h"
#include "ns3/node-container.h"
#include "ns3/nstime.h"
#include "ns3/object-factory.h"
#include "ns3/srvcc-amf-application.h"
#include "ns3/srvcc-gnb-application.h"
#include "ns3/srvcc-interface.h"
#include "ns3/srvcc-key-strategy.h"
#include "ns3/srvcc-mme-application.h"
#include "ns3/srvcc-msc-server-application.h"
#include "ns3/srvcc-rnc-application.h"
#include "ns3/srvcc-ue-application.h"

#include <array>
#include <map>
#include <string>
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
    Time t3520{Seconds(15)}; ///< UNCONFIRMED value (facts file 4.4)
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

class SrvccHelper
{
  public:
    SrvccHelper();

    void SetKeyStrategy(const SrvccKeyStrategy& strategy);
    const SrvccKeyStrategy& GetKeyStrategy() const;

    /** Link parameters of every link of interface \p iface (set before Install). */
    void SetLinkParameters(SrvccInterface iface, const SrvccLinkParameters& parameters);
    const SrvccLinkParameters& GetLinkParameters(SrvccInterface iface) const;

    /** An ns-3 Attribute of every application of role \p role (set before Install). */
    void SetNodeAttribute(SrvccRole role, const std::string& name, const AttributeValue& value);

    /**
     * Build the topology: \p numGnbs gNBs with \p uesPerGnb UEs each, one target RNC per gNB
     * (the UTRAN cell under the gNB's coverage), and the single AMF, MME_SRVCC and MSC server.
     * Every UE is registered: its KAMF comes from a 5G AKA run (Milenage, TS 33.501 Annex A) on
     * per-UE subscription data drawn from the ns-3 RNG (so RngSeed/RngRun change it), and the
     * UE and the AMF hold the same 5G NAS context.
     */
    void Install(uint32_t numGnbs, uint32_t uesPerGnb);

    /** Run registrations in the simulation (set before Install). */
    void SetRegistration(const SrvccRegistrationConfig& config);
    const SrvccRegistrationConfig& GetRegistration() const;

    /** Profile of UE \p ueIndex (set before Install; the default is a normal subscriber). */
    void SetUeProfile(uint32_t ueIndex, const SrvccUeProfile& profile);
    SrvccUeProfile GetUeProfile(uint32_t ueIndex) const;

    /** Schedule UE \p ueIndex's return to 5G (a new registration, TS 33.501 J.1.1) at \p at. */
    void ScheduleReturnTo5g(uint32_t ueIndex, Time at);

    /** Schedule "SRVCC handover of UE \p ueIndex at time \p at". */
    void ScheduleHandover(uint32_t ueIndex, Time at);

    /** Schedule a Handover Cancel from the source gNB of UE \p ueIndex at time \p at. */
    void ScheduleCancel(uint32_t ueIndex, Time at);

    /**
     * Write one pcap file per interface into \p directory (e.g. "sv.pcap", "n26.pcap"),
     * each holding every link of that interface, both directions.
     */
    void EnablePcap(const std::string& directory);

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

  private:
    /** Connect \p a and \p b with a link of \p iface and declare them peers of each other. */
    void Connect(Ptr<SrvccNodeApplication> a, uint32_t idOfBAtA, Ptr<SrvccNodeApplication> b,
                 uint32_t idOfAAtB, SrvccInterface iface);
    template<typename T>
    Ptr<T> Create(SrvccRole role);
    void ProvisionUe(uint32_t ueIndex);

    SrvccKeyStrategy m_strategy;
    std::array<SrvccLinkParameters, kSrvccInterfaceCount> m_links;
    std::array<ObjectFactory, 6> m_factories;
    std::array<NetDeviceContainer, kSrvccInterfaceCount> m_devices;
    SrvccRegistrationConfig m_registration;
    std::map<uint32_t, SrvccUeProfile> m_profiles;
    uint32_t m_uesPerGnb{0};
    uint32_t m_nextSubnet{0};

    std::vector<Ptr<SrvccUeApplication>> m_ues;
    std::vector<Ptr<SrvccGnbApplication>> m_gnbs;
    std::vector<Ptr<SrvccRncApplication>> m_rncs;
    Ptr<SrvccAmfApplication> m_amf;
    Ptr<SrvccMmeApplication> m_mme;
    Ptr<SrvccMscServerApplication> m_msc;
};

} // namespace ns3

#endif // SRVCC_HELPER_H
