/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-neighbour-routing.h"

#include "ns3/ipv4-route.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/output-stream-wrapper.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SrvccNeighbourRouting");
NS_OBJECT_ENSURE_REGISTERED(SrvccNeighbourRouting);

namespace
{

/** The other host address of the /30 that \p own is on, or 0 when \p mask is not a /30. */
uint32_t
PeerOnSlash30(Ipv4Address own, Ipv4Mask mask)
{
    if (mask.GetPrefixLength() != 30)
    {
        return 0;
    }
    const uint32_t network = own.Get() & mask.Get();
    const uint32_t a = network + 1;
    const uint32_t b = network + 2;
    if (own.Get() == a)
    {
        return b;
    }
    return own.Get() == b ? a : 0;
}

} // namespace

TypeId
SrvccNeighbourRouting::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccNeighbourRouting")
                            .SetParent<Ipv4RoutingProtocol>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccNeighbourRouting>();
    return tid;
}

Ptr<Ipv4Route>
SrvccNeighbourRouting::RouteOutput(Ptr<Packet> /* p */, const Ipv4Header& header,
                                   Ptr<NetDevice> /* oif */, Socket::SocketErrno& sockerr)
{
    const auto it = m_neighbours.find(header.GetDestination().Get());
    if (it == m_neighbours.end())
    {
        sockerr = Socket::ERROR_NOROUTETOHOST;
        return nullptr;
    }
    sockerr = Socket::ERROR_NOTERROR;
    Ptr<Ipv4Route> route = Create<Ipv4Route>();
    route->SetDestination(header.GetDestination());
    route->SetGateway(header.GetDestination()); // a direct neighbour
    route->SetSource(it->second.local);
    route->SetOutputDevice(m_ipv4->GetNetDevice(it->second.interface));
    return route;
}

bool
SrvccNeighbourRouting::RouteInput(Ptr<const Packet> p, const Ipv4Header& header,
                                  Ptr<const NetDevice> idev, UnicastForwardCallback /* ucb */,
                                  MulticastForwardCallback /* mcb */, LocalDeliverCallback lcb,
                                  ErrorCallback /* ecb */)
{
    const int32_t iif = m_ipv4->GetInterfaceForDevice(idev);
    if (iif >= 0 && m_ipv4->IsDestinationAddress(header.GetDestination(), iif) && !lcb.IsNull())
    {
        lcb(p, header, iif);
        return true;
    }
    NS_LOG_LOGIC("not for this node and nothing is forwarded: " << header.GetDestination());
    return false;
}

void
SrvccNeighbourRouting::Learn(uint32_t interface)
{
    for (uint32_t i = 0; i < m_ipv4->GetNAddresses(interface); ++i)
    {
        const Ipv4InterfaceAddress a = m_ipv4->GetAddress(interface, i);
        const uint32_t peer = PeerOnSlash30(a.GetLocal(), a.GetMask());
        if (peer != 0)
        {
            m_neighbours[peer] = Neighbour{interface, a.GetLocal()};
        }
    }
}

void
SrvccNeighbourRouting::Forget(uint32_t interface)
{
    for (auto it = m_neighbours.begin(); it != m_neighbours.end();)
    {
        it = it->second.interface == interface ? m_neighbours.erase(it) : std::next(it);
    }
}

void
SrvccNeighbourRouting::NotifyInterfaceUp(uint32_t interface)
{
    Learn(interface);
}

void
SrvccNeighbourRouting::NotifyInterfaceDown(uint32_t interface)
{
    Forget(interface);
}

void
SrvccNeighbourRouting::NotifyAddAddress(uint32_t interface, Ipv4InterfaceAddress /* address */)
{
    if (m_ipv4->IsUp(interface))
    {
        Learn(interface);
    }
}

void
SrvccNeighbourRouting::NotifyRemoveAddress(uint32_t interface, Ipv4InterfaceAddress address)
{
    const uint32_t peer = PeerOnSlash30(address.GetLocal(), address.GetMask());
    const auto it = m_neighbours.find(peer);
    if (it != m_neighbours.end() && it->second.interface == interface)
    {
        m_neighbours.erase(it);
    }
}

void
SrvccNeighbourRouting::SetIpv4(Ptr<Ipv4> ipv4)
{
    m_ipv4 = ipv4;
    for (uint32_t i = 0; i < m_ipv4->GetNInterfaces(); ++i)
    {
        if (m_ipv4->IsUp(i))
        {
            Learn(i);
        }
    }
}

void
SrvccNeighbourRouting::PrintRoutingTable(Ptr<OutputStreamWrapper> stream,
                                         Time::Unit /* unit */) const
{
    std::ostream& os = *stream->GetStream();
    os << "Node " << m_ipv4->GetObject<Node>()->GetId() << ": " << m_neighbours.size()
       << " neighbours\n";
    for (const auto& [peer, n] : m_neighbours)
    {
        os << "  " << Ipv4Address(peer) << " via interface " << n.interface << " from " << n.local
           << "\n";
    }
}

void
SrvccNeighbourRouting::DoDispose()
{
    m_neighbours.clear();
    m_ipv4 = nullptr;
    Ipv4RoutingProtocol::DoDispose();
}

SrvccNeighbourRoutingHelper*
SrvccNeighbourRoutingHelper::Copy() const
{
    return new SrvccNeighbourRoutingHelper(*this);
}

Ptr<Ipv4RoutingProtocol>
SrvccNeighbourRoutingHelper::Create(Ptr<Node> /* node */) const
{
    return CreateObject<SrvccNeighbourRouting>();
}

} // namespace ns3
