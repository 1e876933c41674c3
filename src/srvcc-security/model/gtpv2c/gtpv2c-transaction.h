/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Reliable delivery of GTPv2-C signalling (TS 29.274 7.6) for one node: the requests it sent
 * and waits on (retransmitted on T3-RESPONSE, at most N3-REQUESTS times), and the requests it
 * received (a duplicate is answered again with the same response, never processed twice).
 */
#ifndef GTPV2C_TRANSACTION_H
#define GTPV2C_TRANSACTION_H

#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/srvcc-interface.h"
#include "ns3/srvcc-trace-types.h"

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace ns3
{

class SrvccGtpv2cMessage;

/**
 * \return the type of the triggered response of GTPv2-C request \p type (TS 29.274 Table
 *         6.1-1, TS 29.280 Table 5.2.1: Forward Relocation Request 133 -> Response 134, ...),
 *         or 0 when \p type is not a request of the module's messages
 */
uint8_t Gtpv2cResponseTypeOf(uint8_t type);

/** \return whether \p type is the triggered response of one of the module's requests. */
bool Gtpv2cIsResponse(uint8_t type);

/**
 * \ingroup srvcc-security
 *
 * The GTPv2-C transactions of one node, TS 29.274 7.6:
 *
 * - Sender: SendRequest keeps the encoded request (the same octets and sequence number) and
 *   starts T3-RESPONSE; on expiry the request is sent again, at most N3Requests times (so
 *   N3Requests + 1 attempts). The first response from the same peer with the request's
 *   sequence number and its triggered message type, which the node takes (does not drop as
 *   malformed or unexpected), ends the transaction. After the last attempt the transaction
 *   gives up silently: the procedure ends on its own overall timer, as it did before.
 * - Receiver: a request from the same peer with the same sequence number and the same octets
 *   as one received within the DuplicateWindow is a duplicate (a retransmission): it is not
 *   processed again; if the node answered the first copy, the same response is sent again,
 *   else (still in processing) the duplicate is dropped. A message that reuses a sequence
 *   number with other octets is no retransmission of it: the procedure takes it as any other
 *   request. A request the node dropped (DecodeError) without answering is forgotten, so a
 *   copy of it is processed again.
 * - A response the transaction already ended with, arriving again (the peer answered a
 *   duplicate), is dropped silently. Any other response (late, after the last attempt, or of no
 *   request of this node, e.g. injected) goes to the procedure, which judges it as before.
 *
 * The tables are keyed by (interface, peer, sequence number): every operation is one hash
 * lookup, and an entry lives at most its T3 attempts plus the DuplicateWindow. Stored request
 * octets (which may hold CK/IK or a KASME) are wiped when the transaction ends, is stopped, or
 * the table is cleared (node down).
 */
class SrvccGtpv2cTransactions
{
  public:
    /** What the table needs from its node. */
    struct Node
    {
        /** Put \p packet on the wire (the node's Send, which fires MessageSent). */
        std::function<void(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                           SrvccMessageType type, uint32_t ueIndex)>
            send;
        /** A request was sent again (the Retransmission trace). */
        std::function<void(SrvccInterface iface, SrvccMessageType type)> retransmitted;
        /** A duplicate request arrived (the DuplicateReceived trace). */
        std::function<void(SrvccInterface iface, SrvccMessageType type)> duplicate;
        /** How many received messages the node has dropped so far (its DecodeError count). */
        std::function<uint64_t()> dropped;
    };

    explicit SrvccGtpv2cTransactions(Node node);
    ~SrvccGtpv2cTransactions();

    SrvccGtpv2cTransactions(const SrvccGtpv2cTransactions&) = delete;
    SrvccGtpv2cTransactions& operator=(const SrvccGtpv2cTransactions&) = delete;

    /** T3-RESPONSE (> 0): how long after each attempt the sender waits for the response. */
    void SetT3Response(Time t3);
    Time GetT3Response() const;
    /** N3-REQUESTS: how many times a request is sent again (0: never). */
    void SetN3Requests(uint32_t n3);
    uint32_t GetN3Requests() const;
    /**
     * How long a received request (and its response) and an ended transaction are remembered,
     * to recognise duplicates; 0 remembers nothing.
     */
    void SetDuplicateWindow(Time window);
    Time GetDuplicateWindow() const;

    /**
     * Send GTPv2-C request \p request (about UE \p ueIndex) to \p peerId on \p iface and keep
     * it for retransmission, under T3-RESPONSE.
     * \throws Gtpv2cEncodeError as the message's Serialize
     */
    void SendRequest(SrvccInterface iface, uint32_t peerId, const SrvccGtpv2cMessage& request,
                     uint32_t ueIndex);

    /**
     * Send response \p response; when it answers a request received from \p peerId on
     * \p iface with its sequence number, keep it as that request's response (the first one
     * only: TS 29.274 7.6, every response to a request carries the same information).
     */
    void SendResponse(SrvccInterface iface, uint32_t peerId, const SrvccGtpv2cMessage& response,
                      uint32_t ueIndex);

    /**
     * The procedure of the request \p sequence sent to \p peerId on \p iface ended (cancelled,
     * timed out, its context deleted): no more retransmissions, its octets wiped. Unknown or
     * ended transactions are ignored.
     */
    void StopRequest(SrvccInterface iface, uint32_t peerId, uint32_t sequence);

    /**
     * A message from \p peerId on \p iface, before the procedure sees it: \p handle is called
     * unless the message is a duplicate request (answered again or dropped) or a duplicate
     * response (dropped). A message whose GTPv2-C header does not decode goes to \p handle,
     * which reports it. Exceptions of \p handle propagate.
     */
    void Receive(SrvccInterface iface, uint32_t peerId, Ptr<Packet> packet,
                 const std::function<void()>& handle);

    /** Forget everything (node down, dispose): timers cancelled, stored octets wiped. */
    void Clear();

    /** Requests sent and still waiting for their response (being retransmitted). */
    std::size_t GetOutstandingCount() const;
    /** Entries of both tables: outstanding and ended transactions, received requests. */
    std::size_t GetEntryCount() const;

  private:
    enum class State : uint8_t
    {
        kWaiting,  ///< T3-RESPONSE running
        kGaveUp,   ///< N3Requests retransmissions went unanswered
        kAnswered, ///< the response arrived
    };

    /** A request this node sent. */
    struct Sent
    {
        SrvccInterface iface{SrvccInterface::kSv};
        uint32_t peerId{0};
        SrvccMessageType type{};
        uint8_t responseType{0};
        uint32_t ueIndex{0};
        State state{State::kWaiting};
        uint32_t attempts{0};
        std::vector<uint8_t> octets; ///< the encoded request, while kWaiting
        uint64_t responseDigest{0};  ///< kAnswered
        EventId event;               ///< T3-RESPONSE (kWaiting) or the end of the memory
    };

    /** A request this node received. */
    struct Received
    {
        uint64_t digest{0};
        uint8_t requestType{0};
        bool answered{false};
        SrvccMessageType responseType{};
        uint32_t ueIndex{0};
        std::vector<uint8_t> response; ///< the octets of the response, once answered
        EventId expiry;
    };

    static uint64_t Key(SrvccInterface iface, uint32_t peerId, uint32_t sequence);
    static uint64_t Digest(Ptr<const Packet> packet);
    static Ptr<Packet> ToPacket(const std::vector<uint8_t>& octets);
    static std::vector<uint8_t> Encode(const SrvccGtpv2cMessage& message);
    static void Wipe(std::vector<uint8_t>& octets);

    /** T3-RESPONSE of the transaction \p key expired. */
    void OnT3(uint64_t key);
    /** The memory of sent request \p key ends. */
    void ForgetSent(uint64_t key);
    /** The memory of received request \p key ends. */
    void ForgetReceived(uint64_t key);
    /** Drop the entry of received request \p key when it is that copy and unanswered. */
    void ForgetUnanswered(uint64_t key, uint64_t digest);
    /** Keep the ended transaction \p sent for the DuplicateWindow (or drop it at once). */
    void Remember(uint64_t key, Sent& sent);

    Node m_node;
    Time m_t3{MilliSeconds(200)};
    uint32_t m_n3{2};
    Time m_window{Seconds(1)};
    std::unordered_map<uint64_t, Sent> m_sent;
    std::unordered_map<uint64_t, Received> m_received;
    std::size_t m_waiting{0}; ///< entries of m_sent in kWaiting
    /** Set while \p handle runs for a request that is not recorded (reused sequence number). */
    bool m_handlingUnrecorded{false};
    uint64_t m_unrecordedKey{0};
};

} // namespace ns3

#endif // GTPV2C_TRANSACTION_H
