/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * What every 5G-SRVCC node application shares: one UDP socket per interface it serves, the
 * peers on each interface, a processing-delay model, and the traces of every message.
 */
#ifndef SRVCC_NODE_APPLICATION_H
#define SRVCC_NODE_APPLICATION_H

#include "ns3/application.h"
#include "ns3/gtpv2c-transaction.h"
#include "ns3/ipv4-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/random-variable-stream.h"
#include "ns3/socket.h"
#include "ns3/traced-callback.h"
#include "srvcc-interface.h"
#include "srvcc-message-classifier.h"
#include "srvcc-processing-queue.h"
#include "srvcc-reliable-transport.h"
#include "srvcc-trace-types.h"

#include <deque>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ns3
{

/**
 * Base class of SrvccUeApplication, SrvccGnbApplication, SrvccAmfApplication,
 * SrvccMmeApplication, SrvccMscServerApplication and SrvccRncApplication.
 *
 * Messages are sent to a peer by (interface, peer id); the helper declares the peers with
 * AddPeer. Received packets are handed to the subclass after the node's processing time: each
 * message waits in a first-come first-served queue for one of the node's Workers (1 by
 * default: one message at a time, so load on a node shows up as queueing delay; SerialProcessing
 * false: no queue at all), then takes its processing time, drawn when it arrives from the
 * message type's <Message>ProcessingTime, else the role's ProcessingTime, else the constant
 * ProcessingDelay.
 *
 * On N2, Iu, NR-Uu and UTRAN-Uu the messages go through the node's SrvccReliableTransport
 * (SetTransportConfig, set by the helper for both ends of each link): SCTP-like on N2 and Iu,
 * RLC AM-like on the radio legs. Acknowledgements are handled when they arrive, at no
 * processing time; a message is queued for processing once, when its first copy arrives.
 */
class SrvccNodeApplication : public Application
{
  public:
    static TypeId GetTypeId();

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
     * \param iface the interface the message travels on
     * \param type the message
     * \param ueIndex the UE the message is about
     * \param imsi that UE's IMSI as a number (SrvccImsiNumber)
     * \param packet the packet as it goes on (or came from) the wire, UDP payload only
     */
    typedef void (*MessageTracedCallback)(SrvccInterface iface, SrvccMessageType type,
                                          uint32_t ueIndex, uint64_t imsi,
                                          Ptr<const Packet> packet);

    /**
     * TracedCallback signature of KeyDerived: which derivation step (SrvccKeyName and
     * SrvccKeyClause name the key and its clause), for which UE. Never the key itself.
     */
    typedef void (*KeyDerivedTracedCallback)(uint32_t ueIndex, uint64_t imsi, SrvccKeyKind key);

    /** TracedCallback signature of ContextCreated / ContextDeleted. */
    typedef void (*ContextTracedCallback)(uint32_t ueIndex, uint64_t imsi,
                                          SrvccContextKind context);

    /**
     * TracedCallback signature of HandoverFailed.
     * \param cause why this node gave the handover up
     * \param causeValue the 3GPP cause value that goes with kPsToCsResponseRejected (the
     *        GTPv2-C Cause, TS 29.274 8.4) and kPostFailureCause (the SRVCC post failure
     *        cause, TS 29.280 6.16); 0 for the other causes
     */
    typedef void (*HandoverFailedTracedCallback)(uint32_t ueIndex, uint64_t imsi,
                                                 SrvccFailureCause cause, uint8_t causeValue);

    /** TracedCallback signature of DecodeError: the interface and why the message was dropped. */
    typedef void (*DecodeErrorTracedCallback)(SrvccInterface iface, SrvccDecodeError reason);

    /**
     * TracedCallback signature of Queueing, fired when a message of the procedure arrives and
     * is queued for processing.
     * \param iface the interface it arrived on
     * \param type the message (read from its first octets, SrvccClassifyArrival)
     * \param wait how long it waits for a worker (arrival to start of its processing)
     * \param service its processing time
     * \param waitingAhead messages of the same type that arrived before it and wait still
     *        (the queue length an arrival sees: with Poisson arrivals its mean is the
     *        time-average queue length, PASTA, which Little's law relates to the mean wait)
     */
    typedef void (*QueueingTracedCallback)(SrvccInterface iface, SrvccMessageType type, Time wait,
                                           Time service, uint32_t waitingAhead);

    /** TracedCallback signature of Retransmission, DuplicateReceived and TransportGaveUp. */
    typedef void (*MessageTypeTracedCallback)(SrvccInterface iface, SrvccMessageType type);

    /** TracedCallback signature of NodeState: true when the node came up, false when it went down.
     */
    typedef void (*NodeStateTracedCallback)(bool up);

    /**
     * TracedCallback signature of InjectedHandled: what this node did with an injected or fuzzed
     * message (one carrying a SrvccInjectedTag).
     * \param iface the interface it arrived on
     * \param id the tag's id (the injection, or the fuzzed message)
     * \param accepted true when it decoded into a message the node acted on
     * \param type the message it was taken as (accepted only)
     * \param reason why it was dropped (not accepted only)
     */
    typedef void (*InjectedHandledTracedCallback)(SrvccInterface iface, uint32_t id, bool accepted,
                                                  SrvccMessageType type, SrvccDecodeError reason);

    /**
     * Fail the node (faults.node_down): from now on it drops what it receives (reported as
     * kNodeDown), the messages and derivation steps it had queued are abandoned, and the role
     * cancels its timers and deletes its volatile contexts, their keys wiped (DoNodeDown). Its
     * peers see only silence and end their procedures with their own timers.
     */
    void NodeDown();

    /** Restart the node after NodeDown: it serves new procedures, with the state it kept. */
    void NodeUp();

    /**
     * Use fixed random variable streams for the processing times, starting at \p stream: one
     * per distinct random variable this node draws from, in Attribute order (\p assigned:
     * those shared with other nodes, which got theirs already, are skipped and added).
     * \return the number of streams used
     */
    int64_t AssignProcessingStreams(int64_t stream, std::vector<const void*>& assigned);

    /** The queue in front of the node's workers: busy time, jobs, first and last job. */
    const SrvccProcessingQueue&
    GetProcessingQueue() const
    {
        return m_queue;
    }

    /**
     * The processing time of message \p type at this node (the <Message>ProcessingTime
     * Attribute, as a random variable in microseconds); null: the role's ProcessingTime.
     */
    void SetMessageProcessingTime(SrvccMessageType type, Ptr<RandomVariableStream> microseconds);
    Ptr<RandomVariableStream> GetMessageProcessingTime(SrvccMessageType type) const;

    /** \return false between NodeDown and NodeUp */
    bool
    IsUp() const
    {
        return m_up;
    }

    /**
     * The peer id under which this node knows \p node on \p iface (the link between the two),
     * or std::nullopt when they share no link on that interface.
     */
    std::optional<uint32_t> FindPeer(SrvccInterface iface, Ptr<const Node> node) const;

    /** The ids of this node's peers on \p iface. */
    std::vector<uint32_t> GetPeerIds(SrvccInterface iface) const;

    /**
     * Attack (faults.inject): put \p payload, UDP payload octets as they are, on \p iface
     * towards peer \p peerId as if this node sent it, outside its procedures (no MessageSent).
     * A down or stopped node sends nothing.
     * \return false when nothing was sent
     */
    bool InjectToPeer(SrvccInterface iface, uint32_t peerId, Ptr<Packet> payload);

    /**
     * Fuzzing (faults.fuzz): every message this node sends on \p iface goes through
     * \p mutator first, which may change its octets (a null function removes it).
     */
    void SetOutboundMutator(SrvccInterface iface, std::function<Ptr<Packet>(Ptr<Packet>)> mutator);

    /**
     * The transport of this node's messages on \p iface (SrvccHelper sets the same at both
     * ends of every link it builds; mode kNone: one UDP datagram per message, as on the
     * GTPv2-C interfaces). Set before the first message on the interface.
     */
    void SetTransportConfig(SrvccInterface iface, const SrvccTransportConfig& config);
    const SrvccTransportConfig& GetTransportConfig(SrvccInterface iface) const;

    /** The node's transport, for inspection (outstanding messages, RTO). */
    const SrvccReliableTransport&
    GetTransport() const
    {
        return m_transport;
    }

    /**
     * The node's GTPv2-C transactions (TS 29.274 7.6): the requests it waits on and the
     * requests it remembers; nullptr at the roles that send no GTPv2-C (UE, gNB, RNC), which
     * keep no table at all.
     */
    const SrvccGtpv2cTransactions*
    GetGtpv2cTransactions() const
    {
        return m_gtpv2c.get();
    }

  protected:
    /** Fire Retransmission: \p type was sent again on \p iface. */
    void NotifyRetransmission(SrvccInterface iface, SrvccMessageType type);
    /** Fire DuplicateReceived: a copy of \p type the node had received already. */
    void NotifyDuplicate(SrvccInterface iface, SrvccMessageType type);

    /**
     * \param logComponent the role's log component ("SrvccAmfApplication", ...): what this
     *        class logs for the node (messages, keys, contexts, failures) goes to it, so that
     *        NS_LOG=SrvccAmfApplication shows the AMF's whole story
     */
    explicit SrvccNodeApplication(const char* logComponent);

    /**
     * The TypeId of a node role (ns3::SrvccUeApplication, ...): parent SrvccNodeApplication,
     * with the processing Attributes every role has (ProcessingDelay 100 us, ProcessingTime,
     * Workers 1, KeyDerivationDelay 50 us, SerialProcessing true, and <Message>ProcessingTime
     * for each message the role receives at its \p sides, its ends of its interfaces),
     * declared on the role itself so that Config::SetDefault("ns3::<Role>::ProcessingDelay",
     * ...) reaches them.
     */
    static TypeId MakeRoleTypeId(const std::string& name,
                                 std::initializer_list<SrvccLinkSide> sides);

    /**
     * Add the GTPv2-C reliability Attributes (TS 29.274 7.6) to the TypeId \p tid of a role
     * that sends GTPv2-C requests: T3Response (200 ms), N3Requests (2) and DuplicateWindow
     * (1 s). \p guard completes T3Response's help: which of the role's overall timers covers
     * its retransmissions.
     */
    static TypeId AddGtpv2cReliabilityAttributes(TypeId tid, const std::string& guard);

    void DoDispose() override;
    void StartApplication() override;
    void StopApplication() override;

    /**
     * The role's part of NodeDown: cancel its timers and delete its volatile contexts (firing
     * ContextDeleted; the keys wipe themselves). The default keeps nothing to delete.
     */
    virtual void DoNodeDown();

    /**
     * Send \p packet (a message \p type) to peer \p peerId on \p iface, fire MessageSent.
     * A peer this node has no link to (a received message named it) is reported as
     * kUnknownPeer and nothing is sent; a stopped application sends nothing. Neither ends the
     * run: the procedure's timers end the handover.
     */
    void Send(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet, SrvccMessageType type,
              uint32_t ueIndex);

    /** \return whether this node has a link to peer \p peerId on \p iface. */
    bool HasPeer(SrvccInterface iface, uint32_t peerId) const;

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

    /** Fire MessageReceived (the subclass knows the message only once it decoded it). */
    void NotifyReceived(SrvccInterface iface, SrvccMessageType type, uint32_t ueIndex,
                        Ptr<const Packet> packet);

    /**
     * Fire DecodeError: a received message is dropped for \p reason; \p detail (the codec's
     * text, ...) goes to the log only.
     */
    void ReportDecodeError(SrvccInterface iface, SrvccDecodeError reason, const char* detail);

    /** ReportDecodeError for a \p protocol message of a type this node does not take. */
    void ReportUnexpectedType(SrvccInterface iface, const char* protocol, unsigned type);

    /** Log and fire KeyDerived (the step's name only, never the key). */
    void NotifyKeyDerived(uint32_t ueIndex, SrvccKeyKind key);
    /** Log and fire ContextCreated. */
    void NotifyContextCreated(uint32_t ueIndex, SrvccContextKind context);
    /** Log and fire ContextDeleted (the context's keys are wiped). */
    void NotifyContextDeleted(uint32_t ueIndex, SrvccContextKind context);
    /** Log and fire HandoverFailed; \p causeValue as HandoverFailedTracedCallback says. */
    void NotifyHandoverFailed(uint32_t ueIndex, SrvccFailureCause cause, uint8_t causeValue = 0);

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
            ReportDecodeError(iface, SrvccDecodeError::kMalformed, e.what());
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
            ReportDecodeError(iface, SrvccDecodeError::kMissingUeIdentity,
                              message.GetMessageName()); // TEID 0 names no UE
            return false;
        }
        NotifyReceived(iface, message.GetSrvccMessageType(), ueIndex, packet);
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
        SendGtpv2cResponse(iface, peerId, response, ueIndex);
    }

    /**
     * Send GTPv2-C request \p request about UE \p ueIndex and keep it for retransmission
     * (TS 29.274 7.6: T3Response, N3Requests); Send fires MessageSent for every attempt and
     * Retransmission for every attempt after the first.
     */
    void SendGtpv2cRequest(SrvccInterface iface, uint32_t peerId, const SrvccGtpv2cMessage& request,
                           uint32_t ueIndex);

    /**
     * Send GTPv2-C response \p response, kept (DuplicateWindow) as the response to the request
     * it answers: a duplicate of that request gets it again (TS 29.274 7.6).
     */
    void SendGtpv2cResponse(SrvccInterface iface, uint32_t peerId,
                            const SrvccGtpv2cMessage& response, uint32_t ueIndex);

    /** The procedure of request \p sequence ended: no more retransmissions of it. */
    void StopGtpv2cRequest(SrvccInterface iface, uint32_t peerId, uint32_t sequence);

    /**
     * The entry of a received GTPv2-C message (from Receive): \p handle runs unless the
     * message is a duplicate request (DuplicateReceived; the response is sent again or, while
     * the request is still being processed, nothing) or a duplicate response (dropped).
     */
    void ReceiveGtpv2c(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                       const std::function<void()>& handle);

    /** The GTPv2-C message type of \p packet; false (and reported) when it is not GTPv2-C. */
    bool PeekGtpv2cType(SrvccInterface iface, Ptr<Packet> packet, uint8_t& type);

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

    /**
     * The role's log component (ns-3's NS_LOG_TEMPLATE_DECLARE): the NS_LOG statements of this
     * class and of the role's member functions write to it.
     */
    NS_LOG_TEMPLATE_DECLARE;

  private:
    void HandleRead(Ptr<Socket> socket);
    /**
     * What the transport puts on the wire (a message's DATA, once or again, or an
     * acknowledgement): sent to \p peerId unless the node is stopped or down.
     */
    void TransmitPdu(SrvccInterface iface, uint32_t peerId, Ptr<Packet> pdu);
    /** The transport gave a message up (SCTP Path.Max.Retrans, RLC maxRetxThreshold). */
    void OnTransportGaveUp(SrvccInterface iface, uint32_t peerId, SrvccMessageType type);

    /**
     * The event HandleRead schedules: Receive inside the one guard where the node takes a
     * packet. A message from the network is untrusted: whatever error its content causes in a
     * handler (a value a setter or an encoder refuses), the message is dropped and reported
     * as kProcedureError, and the node and the run go on.
     */
    void Deliver(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet, uint32_t epoch);
    /** Start watching the delivery of \p packet when it carries a SrvccInjectedTag. */
    void BeginInjected(SrvccInterface iface, Ptr<const Packet> packet);
    /** Fire InjectedHandled for the watched delivery (if any) with what the node did. */
    void FinishInjected();

    /** What became of an injected or fuzzed message during its delivery. */
    struct InjectedDelivery
    {
        SrvccInterface iface;
        uint32_t id;
        std::optional<SrvccMessageType> received; ///< the first message it was taken as
        std::optional<SrvccDecodeError> error;    ///< the first reason it was refused
    };

    /**
     * The event Spend schedules. A function rather than a lambda, because ns-3.35's
     * Simulator::Schedule takes member or free function pointers only (lambdas since ns-3.36);
     * the reference parameter lets the event call it without copying the std::function.
     */
    void RunWork(std::optional<SrvccInterface> iface, uint32_t epoch,
                 const std::function<void()>& work);

    struct PeerKey
    {
        SrvccInterface iface;
        uint32_t peerId;
    };

    /** Workers Attribute: sets m_workers and the queue's servers. */
    void SetWorkers(uint32_t workers);
    uint32_t GetWorkers() const;
    void SetSerialProcessing(bool serial);
    /** The queue's servers from Workers and SerialProcessing. */
    void ApplyWorkers();
    bool GetSerialProcessing() const;
    /** The processing time of a message of \p type (unknown: std::nullopt), drawn now. */
    Time DrawProcessingTime(std::optional<SrvccMessageType> type);

    /** Accessors of the <Message>ProcessingTime Attributes, one instance per message type. */
    template<SrvccMessageType T>
    void
    SetMessageProcessingTimeOf(Ptr<RandomVariableStream> microseconds)
    {
        SetMessageProcessingTime(T, microseconds);
    }

    template<SrvccMessageType T>
    Ptr<RandomVariableStream>
    GetMessageProcessingTimeOf() const
    {
        return GetMessageProcessingTime(T);
    }

    template<std::size_t... I>
    static void AddMessageProcessingAttributes(TypeId& tid,
                                               std::initializer_list<SrvccLinkSide> sides,
                                               std::index_sequence<I...>);

    /** Accessors of the GTPv2-C reliability Attributes (on m_gtpv2c). */
    void SetGtpv2cT3Response(Time t3);
    Time GetGtpv2cT3Response() const;
    void SetGtpv2cN3Requests(uint32_t n3);
    uint32_t GetGtpv2cN3Requests() const;
    void SetGtpv2cDuplicateWindow(Time window);
    Time GetGtpv2cDuplicateWindow() const;

    /** The GTPv2-C transactions, made at the first use (the roles with T3Response). */
    SrvccGtpv2cTransactions& Gtpv2c();

    /** Received messages dropped so far (ReportDecodeError, ReportUnexpectedType). */
    uint64_t m_dropped{0};
    std::unique_ptr<SrvccGtpv2cTransactions> m_gtpv2c;

    Time m_processingDelay;
    Ptr<RandomVariableStream> m_processingTime; ///< microseconds; null: m_processingDelay
    /** <Message>ProcessingTime values that are set, by message type (few, so a vector). */
    std::vector<std::pair<SrvccMessageType, Ptr<RandomVariableStream>>> m_perMessage;
    Time m_keyDerivationDelay;
    bool m_serialProcessing{true};
    uint32_t m_workers{1};
    SrvccProcessingQueue m_queue;
    /**
     * Start times of the messages that wait, by type, in arrival order (FCFS: non-decreasing);
     * only the types that had to wait have an entry, so a node that never queues holds none.
     */
    std::vector<std::pair<SrvccMessageType, std::deque<Time>>> m_waiting;
    /** The messages of \p type waiting at \p now; then note one more starting at \p start. */
    uint32_t CountWaiting(SrvccMessageType type, Time now, Time start);
    bool m_running{false}; ///< between StartApplication and StopApplication
    bool m_up{true};       ///< false between NodeDown and NodeUp
    /** Incremented by NodeDown: queued deliveries and steps of an earlier epoch are abandoned. */
    uint32_t m_epoch{0};
    /** The injected or fuzzed message being delivered, until its outcome is traced. */
    std::optional<InjectedDelivery> m_injected;
    std::unordered_map<uint8_t, std::function<Ptr<Packet>(Ptr<Packet>)>> m_mutators; // by iface
    /** The interface of the message being delivered (Deliver, RunWork), for Spend. */
    std::optional<SrvccInterface> m_delivering;

    std::unordered_map<uint16_t, Ptr<Socket>> m_socketByPort;
    std::unordered_map<uint64_t, Ipv4Address> m_peerAddress; // (iface, peerId) -> address
    std::unordered_map<uint32_t, PeerKey> m_peerByAddress;   // address -> (iface, peerId)
    std::unordered_map<uint8_t, Ipv4Address> m_localAddress; // iface -> own address
    /** Retransmission and acknowledgement of the messages on the reliable interfaces. */
    SrvccReliableTransport m_transport;

    TracedCallback<SrvccInterface, SrvccMessageType, uint32_t, uint64_t, Ptr<const Packet>>
        m_messageSentTrace;
    TracedCallback<SrvccInterface, SrvccMessageType, uint32_t, uint64_t, Ptr<const Packet>>
        m_messageReceivedTrace;
    TracedCallback<uint32_t, uint64_t, SrvccKeyKind> m_keyDerivedTrace;
    TracedCallback<uint32_t, uint64_t, SrvccContextKind> m_contextCreatedTrace;
    TracedCallback<uint32_t, uint64_t, SrvccContextKind> m_contextDeletedTrace;
    TracedCallback<uint32_t, uint64_t, SrvccFailureCause, uint8_t> m_handoverFailedTrace;
    TracedCallback<SrvccInterface, SrvccDecodeError> m_decodeErrorTrace;
    TracedCallback<bool> m_nodeStateTrace;
    TracedCallback<SrvccInterface, SrvccMessageType> m_retransmissionTrace;
    TracedCallback<SrvccInterface, SrvccMessageType> m_duplicateTrace;
    TracedCallback<SrvccInterface, SrvccMessageType> m_transportGaveUpTrace;
    TracedCallback<SrvccInterface, SrvccMessageType, Time, Time, uint32_t> m_queueingTrace;
    TracedCallback<SrvccInterface, uint32_t, bool, SrvccMessageType, SrvccDecodeError>
        m_injectedHandledTrace;
};

} // namespace ns3

#endif // SRVCC_NODE_APPLICATION_H
