/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * What every 5G-SRVCC node application shares: one UDP socket per interface it serves, the
 * peers on each interface, a processing-delay model, and the traces of every message.
 */
#ifndef SRVCC_NODE_APPLICATION_H
#define SRVCC_NODE_APPLICATION_H

#include "ns3/application.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"
#include "srvcc-compact-header.h"
#include "srvcc-interface.h"

#include <functional>
#include <string>
#include <unordered_map>

namespace ns3
{

/**
 * Base class of SrvccUeApplication, SrvccGnbApplication, SrvccAmfApplication,
 * SrvccMmeApplication, SrvccMscServerApplication and SrvccRncApplication.
 *
 * Messages are sent to a peer by (interface, peer id); the helper declares the peers with
 * AddPeer. Received packets are handed to the subclass after the node's processing delay:
 * with SerialProcessing (the default) the node handles one message at a time, in arrival order,
 * so load on a node shows up as queueing delay.
 */
class SrvccNodeApplication : public Application
{
  public:
    static TypeId GetTypeId();

    SrvccNodeApplication();
    ~SrvccNodeApplication() override;

    /**
     * Declare a peer reachable on \p iface at \p address. \p peerId is how the subclass names
     * it (a UE index, a gNB index, 0 for the single core nodes).
     */
    void AddPeer(SrvccInterface iface, uint32_t peerId, Ipv4Address address);

    /** Declare this node's own address on \p iface (what it puts in GTPv2-C F-TEIDs). */
    void SetLocalAddress(SrvccInterface iface, Ipv4Address address);
    Ipv4Address GetLocalAddress(SrvccInterface iface) const;

    /**
     * TracedCallback signature of MessageSent / MessageReceived.
     * \param iface the interface name ("n2", "sv", ...)
     * \param message the message name, as 3GPP names it
     * \param ueIndex the UE the message is about
     * \param packet the packet as it goes on (or came from) the wire, UDP payload only
     */
    typedef void (*MessageTracedCallback)(const std::string& iface, const std::string& message,
                                          uint32_t ueIndex, Ptr<const Packet> packet);

    /** TracedCallback signature of KeyDerived: which key, by which clause, for which UE. */
    typedef void (*KeyDerivedTracedCallback)(uint32_t ueIndex, const std::string& key,
                                             const std::string& clause);

    /** TracedCallback signature of ContextCreated / ContextDeleted. */
    typedef void (*ContextTracedCallback)(uint32_t ueIndex, const std::string& context);

    /** TracedCallback signature of HandoverFailed: UE index and cause. */
    typedef void (*HandoverFailedTracedCallback)(uint32_t ueIndex, const std::string& cause);

    /** TracedCallback signature of decoding errors: the interface and the reason. */
    typedef void (*DecodeErrorTracedCallback)(const std::string& iface, const std::string& reason);

  protected:
    /**
     * The TypeId of a node role (ns3::SrvccUeApplication, ...): parent SrvccNodeApplication,
     * with the processing Attributes every role has (ProcessingDelay 100 us,
     * KeyDerivationDelay 50 us, SerialProcessing true), declared on the role itself so that
     * Config::SetDefault("ns3::<Role>::ProcessingDelay", ...) reaches them.
     */
    static TypeId MakeRoleTypeId(const std::string& name);

    void DoDispose() override;
    void StartApplication() override;
    void StopApplication() override;

    /** Send \p packet to peer \p peerId on \p iface, and fire MessageSent. */
    void Send(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet, const std::string& message,
              uint32_t ueIndex);

    /**
     * Called, after the processing delay, for every packet received on \p iface from peer
     * \p peerId. The subclass decodes it; a decoding error should be reported with
     * ReportDecodeError and the packet dropped.
     */
    virtual void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet) = 0;

    /**
     * Run \p work once the node has spent \p cost on it (added to the processing delay the
     * node already spends on each received message, used for key derivations).
     */
    void Spend(Time cost, std::function<void()> work);

    /** Fire MessageReceived (the subclass knows the message name only once it decoded it). */
    void NotifyReceived(SrvccInterface iface, const std::string& message, uint32_t ueIndex,
                        Ptr<const Packet> packet);

    void ReportDecodeError(SrvccInterface iface, const std::string& reason);

    /**
     * Decode \p packet into \p message (any ns-3 Header whose Deserialize throws on malformed
     * input), reporting a decoding error instead of letting it escape.
     * \return true when the message was decoded
     */
    template<typename H>
    bool
    Decode(SrvccInterface iface, Ptr<Packet> packet, H& message)
    {
        try
        {
            packet->PeekHeader(message);
            return true;
        }
        catch (const std::exception& e)
        {
            ReportDecodeError(iface, e.what());
            return false;
        }
    }

    /**
     * Decode a GTPv2-C message whose TEID names a UE (SrvccTeid), and fire MessageReceived.
     * \return true when it decoded and its TEID names a UE
     */
    template<typename M>
    bool
    DecodeForUe(SrvccInterface iface, Ptr<Packet> packet, M& message, uint32_t& ueIndex)
    {
        if (!Decode(iface, packet, message))
        {
            return false;
        }
        if (!SrvccUeIndexFromTeid(message.GetTeid(), ueIndex))
        {
            ReportDecodeError(iface, std::string(message.GetMessageName()) + " with TEID 0");
            return false;
        }
        NotifyReceived(iface, message.GetMessageName(), ueIndex, packet);
        return true;
    }

    /**
     * Answer GTPv2-C request \p request about UE \p ueIndex with a message of type R carrying
     * \p ies, addressed to the peer's TEID for the UE with the request's sequence number
     * (TS 29.274 7.6: a response echoes its request's sequence number).
     */
    template<typename R, typename Request, typename Ies>
    void
    Answer(SrvccInterface iface, uint32_t peerId, const Request& request, uint32_t ueIndex,
           const Ies& ies)
    {
        R response;
        response.SetTeid(SrvccTeid(ueIndex));
        response.SetSequenceNumber(request.GetSequenceNumber());
        response.SetIes(ies);
        Send(iface, peerId, ToPacket(response), response.GetMessageName(), ueIndex);
    }

    /** The GTPv2-C message type of \p packet; false (and reported) when it is not GTPv2-C. */
    bool PeekGtpv2cType(SrvccInterface iface, Ptr<Packet> packet, uint8_t& type);

    /**
     * The type of a compact message of interface \p expected; false (and reported) for
     * anything else.
     */
    bool PeekCompactType(SrvccInterface iface, Ptr<Packet> packet, CompactInterface expected,
                         uint8_t& type);

    /** A packet holding \p message. */
    template<typename H>
    static Ptr<Packet>
    ToPacket(const H& message)
    {
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(message);
        return packet;
    }

    Time
    GetProcessingDelay() const
    {
        return m_processingDelay;
    }

    Time
    GetKeyDerivationDelay() const
    {
        return m_keyDerivationDelay;
    }

    TracedCallback<uint32_t, const std::string&, const std::string&> m_keyDerivedTrace;
    TracedCallback<uint32_t, const std::string&> m_contextCreatedTrace;
    TracedCallback<uint32_t, const std::string&> m_contextDeletedTrace;
    TracedCallback<uint32_t, const std::string&> m_handoverFailedTrace;

  private:
    void HandleRead(Ptr<Socket> socket);
    Time ReserveProcessing(Time cost);

    /**
     * The event Spend schedules. A function rather than a lambda, because ns-3.35's
     * Simulator::Schedule takes member or free function pointers only (lambdas since ns-3.36);
     * the reference parameter lets the event call it without copying the std::function.
     */
    static void RunWork(const std::function<void()>& work);

    struct PeerKey
    {
        SrvccInterface iface;
        uint32_t peerId;
    };

    Time m_processingDelay;
    Time m_keyDerivationDelay;
    bool m_serialProcessing;
    Time m_busyUntil;

    std::unordered_map<uint16_t, Ptr<Socket>> m_socketByPort;
    std::unordered_map<uint64_t, Ipv4Address> m_peerAddress; // (iface, peerId) -> address
    std::unordered_map<uint32_t, PeerKey> m_peerByAddress;   // address -> (iface, peerId)
    std::unordered_map<uint8_t, Ipv4Address> m_localAddress; // iface -> own address

    TracedCallback<const std::string&, const std::string&, uint32_t, Ptr<const Packet>>
        m_messageSentTrace;
    TracedCallback<const std::string&, const std::string&, uint32_t, Ptr<const Packet>>
        m_messageReceivedTrace;
    TracedCallback<const std::string&, const std::string&> m_decodeErrorTrace;
};

} // namespace ns3

#endif // SRVCC_NODE_APPLICATION_H
