/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Transport reliability under the node applications' messages: an SCTP-like association on
 * N2 and Iu (RFC 4960 6.3, defaults of RFC 9260 16) and RLC acknowledged mode on the radio
 * legs NR-Uu (TS 38.322 5.3) and UTRAN-Uu (TS 25.322 9.7, 11.3). A message is framed with a
 * small header carrying its sequence number, the receiver acknowledges every one it gets, and
 * the sender repeats what is not acknowledged in time, up to a limit.
 *
 * Wire format (network byte order), in front of the message's own octets (an NGAP, RANAP or
 * RRC PDU), 9 octets:
 *
 *     octet 1     PDU type: 0x10 DATA, 0x13 SACK (SCTP's chunk types 0 and 3 plus 0x10),
 *                 0x20 AMD PDU, 0x21 STATUS PDU (RLC); an interface whose transport is off
 *                 carries its messages without this header
 *     octets 2-5  DATA / AMD PDU: the message's sequence number (the TSN, the RLC SN);
 *                 SACK / STATUS PDU: the cumulative acknowledgement point, every number up to
 *                 and including it was received (RFC 4960 3.3.4; the RLC's ACK_SN minus one)
 *     octets 6-9  DATA / AMD PDU: the forward point, the lowest number the sender still
 *                 retransmits (all below it were acknowledged or given up: what RFC 3758's
 *                 FORWARD TSN carries, here in every DATA);
 *                 SACK / STATUS PDU: the number of the DATA this acknowledgement answers (a
 *                 one-number gap block, RFC 4960 3.3.4)
 *     octets 10.. DATA / AMD PDU: the message; an acknowledgement ends after octet 9
 */
#ifndef SRVCC_RELIABLE_TRANSPORT_H
#define SRVCC_RELIABLE_TRANSPORT_H

#include "ns3/event-id.h"
#include "ns3/header.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "srvcc-interface.h"
#include "srvcc-trace-types.h"

#include <array>
#include <cstdint>
#include <functional>
#include <ostream>
#include <unordered_map>
#include <vector>

namespace ns3
{

/** Which transport an interface's messages use. */
enum class SrvccTransportMode : uint8_t
{
    kNone,  ///< one UDP datagram per message, nothing repeated (the GTPv2-C interfaces)
    kSctp,  ///< SCTP-like: TSN, SACK, RTO with backoff (N2, Iu)
    kRlcAm, ///< RLC AM-like: SN, STATUS PDU, fixed poll retransmission timer (NR-Uu, UTRAN-Uu)
};

/** "none", "sctp", "rlc-am". */
const char* SrvccTransportModeName(SrvccTransportMode mode);

/** The parameters of one interface's transport (SrvccHelper's <Iface>... Attributes). */
struct SrvccTransportConfig
{
    SrvccTransportMode mode{SrvccTransportMode::kNone};
    // kSctp (RFC 4960 6.3, 15; the values of RFC 9260 16)
    Time rtoInitial{Seconds(1)}; ///< RTO.Initial (RFC 4960 15 had 3 s; RFC 9260 16: 1 s)
    Time rtoMin{Seconds(1)};     ///< RTO.Min
    Time rtoMax{Seconds(60)};    ///< RTO.Max
    uint32_t pathMaxRetrans{5};  ///< Path.Max.Retrans: expiries beyond it give the message up
    // kRlcAm (TS 38.322 5.3.2, 5.3.3; TS 25.322 9.5, 9.7)
    Time retransmitDelay{MilliSeconds(45)}; ///< t-PollRetransmit (Timer_Poll for UTRAN)
    uint32_t maxRetransmissions{8};         ///< maxRetxThreshold (MaxDAT - 1 for UTRAN)
};

/**
 * The transport an interface uses by default and its default parameters: SCTP on N2 (TS
 * 38.412) and Iu (TS 25.412) with RFC 9260 16's RTO.Initial 1 s, RTO.Min 1 s, RTO.Max 60 s,
 * Path.Max.Retrans 5; RLC AM on NR-Uu with TS 38.331 9.2.1's default SRB values
 * (t-PollRetransmit ms45, maxRetxThreshold t8) and on UTRAN-Uu with the SRB values of TS
 * 25.331 13.7's default configurations (Timer_Poll 100 ms, MaxDAT 15: 14 retransmissions);
 * none on N26, Sv and the AMF-MSC link.
 */
SrvccTransportConfig SrvccDefaultTransportConfig(SrvccInterface iface);

/**
 * The retransmission timeout of one SCTP destination, RFC 4960 6.3.1 and 6.3.3 E2, in
 * nanoseconds (the simulator's clock, whose granularity G is one time step):
 *
 * - C1: until a measurement, RTO = RTO.Initial;
 * - C2: the first measurement R gives SRTT = R, RTTVAR = R / 2;
 * - C3: a later one R' gives RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R'| (with the SRTT before this
 *   update), then SRTT = 7/8 SRTT + 1/8 R' (RTO.Alpha 1/8, RTO.Beta 1/4; each rounded down to
 *   a time step); G1: an RTTVAR of 0 becomes G; then RTO = SRTT + 4 RTTVAR;
 * - C6, C7: RTO is kept at RTO.Min or more, then at RTO.Max or less (RTO.Max wins when the two
 *   conflict); RTO.Initial too;
 * - E2: each expiry doubles RTO, up to RTO.Max, until the next measurement.
 *
 * Karn's rule (C5, no measurement from a retransmitted DATA) is the caller's.
 */
class SrvccRtoEstimator
{
  public:
    SrvccRtoEstimator(Time rtoInitial, Time rtoMin, Time rtoMax);

    /** C2 or C3 with the round-trip time \p r, then G1, C3's RTO, C6, C7. */
    void Measure(Time r);
    /** E2: RTO = min(2 RTO, RTO.Max). */
    void BackOff();

    Time
    GetRto() const
    {
        return m_rto;
    }

    /** SRTT; zero before the first measurement. */
    Time
    GetSrtt() const
    {
        return m_srtt;
    }

    /** RTTVAR; zero before the first measurement. */
    Time
    GetRttvar() const
    {
        return m_rttvar;
    }

    bool
    HasMeasurement() const
    {
        return m_measured;
    }

  private:
    Time Bound(Time rto) const; ///< C6 then C7

    Time m_min;
    Time m_max;
    Time m_rto;
    Time m_srtt;
    Time m_rttvar;
    bool m_measured{false};
};

/** Octet 1 of a transport PDU. */
enum class SrvccTransportPduType : uint8_t
{
    kSctpData = 0x10,
    kSctpSack = 0x13,
    kRlcAmd = 0x20,
    kRlcStatus = 0x21,
};

/** Octets of the transport header (the whole of an acknowledgement). */
constexpr uint32_t kSrvccTransportHeaderSize = 9;

/**
 * The header of the file comment. Read() checks what arrives from the network; the ns-3 Header
 * interface writes it (AddHeader keeps the message's packet tags).
 */
class SrvccTransportHeader : public Header
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    SrvccTransportHeader() = default;
    SrvccTransportHeader(SrvccTransportPduType type, uint32_t first, uint32_t second);

    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    /** Reads 9 octets as they are; Read() is the checked way in. */
    uint32_t Deserialize(Buffer::Iterator start) override;
    void Print(std::ostream& os) const override;

    SrvccTransportPduType
    GetPduType() const
    {
        return m_type;
    }

    /** DATA: its sequence number; acknowledgement: the cumulative point. */
    uint32_t
    GetFirst() const
    {
        return m_first;
    }

    /** DATA: the forward point; acknowledgement: the number it answers. */
    uint32_t
    GetSecond() const
    {
        return m_second;
    }

    /** \return whether the type is DATA or AMD PDU (a message follows) */
    bool IsData() const;

    /**
     * The header at the start of \p packet, checked: 9 octets or more, a known PDU type, and
     * nothing after an acknowledgement.
     * \param reason why it was refused: kWrongProtocol for an unknown type octet (not a
     *        framed message at all), kMalformed for a short header or a long acknowledgement
     * \param detail the same in words, for the log
     * \return false when refused (\p header is then unspecified)
     */
    static bool Read(Ptr<const Packet> packet, SrvccTransportHeader& header,
                     SrvccDecodeError& reason, const char*& detail);

  private:
    SrvccTransportPduType m_type{SrvccTransportPduType::kSctpData};
    uint32_t m_first{0};
    uint32_t m_second{0};
};

/** What SrvccReliableTransport::Receive made of a packet. */
struct SrvccTransportReceipt
{
    enum class Kind
    {
        kDeliver,   ///< a new message: hand \p message to the application
        kDuplicate, ///< a message received before: acknowledged again, not delivered
        kAck,       ///< an acknowledgement, consumed
        kDropped,   ///< refused: report \p reason, deliver nothing
    };

    Kind kind{Kind::kDropped};
    Ptr<Packet> message; ///< kDeliver, kDuplicate: the message, header removed
    SrvccDecodeError reason{SrvccDecodeError::kMalformed}; ///< kDropped
    const char* detail{""};                                ///< kDropped, for the log
};

/**
 * A node's transport: for each (interface, peer) of a reliable interface, an association with
 * a sender (outstanding messages by sequence number, one retransmission timer each, an ns-3
 * EventId) and a receiver (the cumulative point and the numbers received above it). Every
 * operation on a message costs O(1) (amortized: an acknowledged message leaves the sender's
 * window once); nothing walks the UEs or the associations, except Reset.
 *
 * Sender (RFC 4960 6.3.2, 6.3.3; TS 38.322 5.3.2, 5.3.3.4): a message gets the next number and
 * goes out at once; its timer runs for the association's RTO (SCTP) or the fixed retransmit
 * delay (RLC AM). On expiry the message is sent again (the Retransmission callback), SCTP
 * doubling the RTO first (E2), until the limit: after Path.Max.Retrans retransmissions (SCTP:
 * the next expiry makes the error count exceed Path.Max.Retrans, RFC 4960 8.2) or
 * maxRetxThreshold retransmissions (RLC: RETX_COUNT reaches maxRetxThreshold, TS 38.322 5.3.2,
 * the radio link failure of TS 38.331 5.3.10.3), the next expiry gives the message up (the
 * GaveUp callback): it is lost, and the procedures' own timers decide, as with no transport.
 * An acknowledgement stops the timer; an SCTP acknowledgement of a message sent once is an
 * RTT measurement (Karn's rule, C5), from the message's transmission to the acknowledgement.
 *
 * Receiver (RFC 4960 6.2, TS 38.322 5.3.4): every DATA is acknowledged at once, duplicates
 * too (no delayed SACK: RFC 4960 6.2 allows one SACK per DATA); a new number is delivered, a
 * known one reported as duplicate. Messages are delivered as they arrive (SCTP's unordered
 * delivery, RFC 4960 6.6), not held back for a missing lower number.
 */
class SrvccReliableTransport
{
  public:
    /** Put \p pdu on \p iface towards \p peer (the node's UDP socket). */
    using TransmitCallback
        = std::function<void(SrvccInterface iface, uint32_t peer, Ptr<Packet> pdu)>;
    /** A message of \p type towards \p peer was sent again, or given up. */
    using MessageCallback
        = std::function<void(SrvccInterface iface, uint32_t peer, SrvccMessageType type)>;

    /**
     * Numbers a receiver accepts above its cumulative point (and a forward point may move it):
     * a message further ahead is refused as malformed. No sender in a run has this many
     * messages unacknowledged on one association.
     */
    static constexpr uint32_t kReceiveWindow = 65536;

    SrvccReliableTransport(TransmitCallback transmit, MessageCallback retransmitted,
                           MessageCallback gaveUp);
    ~SrvccReliableTransport();
    SrvccReliableTransport(const SrvccReliableTransport&) = delete;
    SrvccReliableTransport& operator=(const SrvccReliableTransport&) = delete;

    /** The transport of \p iface from now on (associations already open keep theirs). */
    void Configure(SrvccInterface iface, const SrvccTransportConfig& config);
    const SrvccTransportConfig& GetConfig(SrvccInterface iface) const;

    /** \return whether \p iface's messages go through an association (mode not kNone) */
    bool
    IsReliable(SrvccInterface iface) const
    {
        return m_config[static_cast<std::size_t>(iface)].mode != SrvccTransportMode::kNone;
    }

    /** Frame \p message (a message of \p type) and send it to \p peer on reliable \p iface. */
    void Send(SrvccInterface iface, uint32_t peer, Ptr<Packet> message, SrvccMessageType type);

    /** Take \p pdu, arrived from \p peer on reliable \p iface; acknowledges a DATA at once. */
    SrvccTransportReceipt Receive(SrvccInterface iface, uint32_t peer, Ptr<Packet> pdu);

    /**
     * The node failed (or stopped): every timer is cancelled, every outstanding message
     * dropped, every receiver forgets what it received, each RTO goes back to RTO.Initial.
     * The numbers go on from where they were, so that the peers' receivers, told by the next
     * forward point, skip what was dropped here.
     */
    void Reset();

    /** Messages sent and not yet acknowledged or given up, over all associations. */
    std::size_t
    GetOutstanding() const
    {
        return m_outstanding;
    }

    /** The same for the association with \p peer on \p iface. */
    std::size_t GetOutstanding(SrvccInterface iface, uint32_t peer) const;

    /** The RTO estimator of that association (SCTP), or nullptr when it has none. */
    const SrvccRtoEstimator* GetRtoEstimator(SrvccInterface iface, uint32_t peer) const;

  private:
    /** One message in the sender's window. */
    struct Outstanding
    {
        Ptr<Packet> message; ///< null once acknowledged or given up
        SrvccMessageType type{};
        Time sent; ///< its first transmission (RTT: Karn's rule uses no other)
        uint32_t retransmissions{0};
        EventId timer;
    };

    /** The state of one (interface, peer). */
    struct Association
    {
        SrvccInterface iface{};
        uint32_t peer{0};
        SrvccTransportConfig config;
        SrvccRtoEstimator rto;
        // Sender: slot i of m_window, from m_windowHead, is number base + i - m_windowHead.
        uint32_t nextNumber{0};
        uint32_t base{0}; ///< the lowest number still outstanding (the forward point)
        std::vector<Outstanding> window;
        std::size_t windowHead{0};
        // Receiver: received[receivedHead + i] says whether cumulative + 1 + i arrived.
        bool synchronized{false};
        uint32_t cumulative{0};
        std::vector<bool> received;
        std::size_t receivedHead{0};

        explicit Association(const SrvccTransportConfig& c);
    };

    static uint64_t Key(SrvccInterface iface, uint32_t peer);
    Association& Open(SrvccInterface iface, uint32_t peer);
    /** Send (or send again) \p number's DATA and start its timer. */
    void Transmit(Association& a, uint32_t number);
    /** The timer of \p number on association \p key expired (an event). */
    void Expire(uint64_t key, uint32_t number);
    /** Stop \p number's timer and drop its message; pop the done slots off the window. */
    void Settle(Association& a, uint32_t number);
    void PopSettled(Association& a);
    Outstanding* Find(Association& a, uint32_t number);
    SrvccTransportReceipt ReceiveData(Association& a, const SrvccTransportHeader& h,
                                      Ptr<Packet> pdu);
    void ReceiveAck(Association& a, const SrvccTransportHeader& h);
    /** Move the receiver's cumulative point \p by numbers on (those skipped are forgotten). */
    static void Advance(Association& a, uint32_t by);

    TransmitCallback m_transmit;
    MessageCallback m_retransmitted;
    MessageCallback m_gaveUp;
    std::array<SrvccTransportConfig, kSrvccInterfaceCount> m_config;
    std::unordered_map<uint64_t, Association> m_associations;
    std::size_t m_outstanding{0};
};

} // namespace ns3

#endif // SRVCC_RELIABLE_TRANSPORT_H
