/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Routing for the 5G-SRVCC topology, where every message goes to a direct neighbour over a
 * point-to-point /30 link. ns-3's Ipv4StaticRouting scans its route list for every packet, so a
 * gNB or RNC serving N UEs spent O(N) per packet and the run grew as N^2; here the route to a
 * neighbour is one hash lookup.
 */
#ifndef SRVCC_NEIGHBOUR_ROUTING_H
#define SRVCC_NEIGHBOUR_ROUTING_H

#include "ns3/ipv4-routing-helper.h"
#include "ns3/ipv4-routing-protocol.h"
#include "ns3/ipv4.h"

#include <unordered_map>

namespace ns3
{

/**
 * Routes to the other end of each /30 link of the node, and delivers locally what is addressed
 * to the node. It never forwards: the topology has no multi-hop path.
 */
class SrvccNeighbourRouting : public Ipv4RoutingProtocol
{
  public:
    static TypeId GetTypeId();

    Ptr<Ipv4Route> RouteOutput(Ptr<Packet> p, const Ipv4Header& header, Ptr<NetDevice> oif,
                               Socket::SocketErrno& sockerr) override;
    bool RouteInput(Ptr<const Packet> p, const Ipv4Header& header, Ptr<const NetDevice> idev,
                    UnicastForwardCallback ucb, MulticastForwardCallback mcb,
                    LocalDeliverCallback lcb, ErrorCallback ecb) override;
    void NotifyInterfaceUp(uint32_t interface) override;
    void NotifyInterfaceDown(uint32_t interface) override;
    void NotifyAddAddress(uint32_t interface, Ipv4InterfaceAddress address) override;
    void NotifyRemoveAddress(uint32_t interface, Ipv4InterfaceAddress address) override;
    void SetIpv4(Ptr<Ipv4> ipv4) override;
    void PrintRoutingTable(Ptr<OutputStreamWrapper> stream,
                           Time::Unit unit = Time::S) const override;

  protected:
    void DoDispose() override;

  private:
    struct Neighbour
    {
        uint32_t interface;
        Ipv4Address local;
    };

    /** (Re)learn the neighbours of \p interface from its /30 addresses. */
    void Learn(uint32_t interface);
    void Forget(uint32_t interface);

    Ptr<Ipv4> m_ipv4;
    std::unordered_map<uint32_t, Neighbour> m_neighbours; // neighbour address -> how to reach it
};

/** Installs SrvccNeighbourRouting with InternetStackHelper::SetRoutingHelper. */
class SrvccNeighbourRoutingHelper : public Ipv4RoutingHelper
{
  public:
    SrvccNeighbourRoutingHelper* Copy() const override;
    Ptr<Ipv4RoutingProtocol> Create(Ptr<Node> node) const override;
};

} // namespace ns3

#endif // SRVCC_NEIGHBOUR_ROUTING_H
