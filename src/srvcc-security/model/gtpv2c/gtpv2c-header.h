/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The GTPv2-C message header (TS 29.274 5.1), shared by the Sv messages (TS 29.280 5.2) and
 * the Forward Relocation / Relocation Cancel messages the AMF and the MME_SRVCC exchange in
 * 5G-SRVCC (TS 23.216 6.5.4).
 */
#ifndef GTPV2C_HEADER_H
#define GTPV2C_HEADER_H

#include "ns3/header.h"
#include "ns3/srvcc-trace-types.h"

#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * GTPv2-C message types used by 5G-SRVCC: TS 29.274 Table 6.1-1 and TS 29.280 Table 5.2.1.
 */
struct Gtpv2cMessageType
{
    static constexpr uint8_t kSrvccPsToCsRequest = 25;
    static constexpr uint8_t kSrvccPsToCsResponse = 26;
    static constexpr uint8_t kSrvccPsToCsCompleteNotification = 27;
    static constexpr uint8_t kSrvccPsToCsCompleteAcknowledge = 28;
    static constexpr uint8_t kSrvccPsToCsCancelNotification = 29;
    static constexpr uint8_t kSrvccPsToCsCancelAcknowledge = 30;
    static constexpr uint8_t kForwardRelocationRequest = 133;
    static constexpr uint8_t kForwardRelocationResponse = 134;
    static constexpr uint8_t kForwardRelocationCompleteNotification = 135;
    static constexpr uint8_t kForwardRelocationCompleteAcknowledge = 136;
    static constexpr uint8_t kRelocationCancelRequest = 139;
    static constexpr uint8_t kRelocationCancelResponse = 140;

    /** \return the message name as in TS 29.274 / TS 29.280, or "unknown" */
    static const char* Name(uint8_t type);

    /**
     * The message as the node applications' traces name it.
     * \return false for a type this module does not use
     */
    static bool ToSrvccMessageType(uint8_t type, SrvccMessageType& out);
};

/**
 * \ingroup srvcc-security
 *
 * The GTPv2-C header of TS 29.274 Figure 5.1-1:
 *
 *   octet 1     Version (3 bits, = 2) | P | T | MP | spare (2)
 *   octet 2     Message Type
 *   octets 3-4  Message Length: the octets after the first 4 (TEID, sequence number, IEs)
 *   octets 5-8  TEID, present only when T = 1
 *   next 3      Sequence Number (24 bits)
 *   next 1      Spare (message priority when MP = 1)
 *
 * This class serializes the header alone (8 or 12 octets); the message classes in
 * gtpv2c-message.h add the IEs and fill in the length. Piggybacking (P = 1) is not supported:
 * none of the 5G-SRVCC messages may carry a piggybacked message (TS 29.274 5.5.1).
 */
class SrvccGtpv2cHeader : public Header
{
  public:
    static constexpr uint8_t kVersion = 2;
    static constexpr uint32_t kMaxSequenceNumber = 0xffffff;
    /** Octets before the Message Length count starts (octets 1-4). */
    static constexpr uint32_t kFixedPrefix = 4;

    SrvccGtpv2cHeader();

    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    /**
     * Read and check the header. The iterator must cover the whole message: the Message Length
     * is checked against the octets that remain.
     * \throws Gtpv2cDecodeError on a short header, a version other than 2, P = 1, or a Message
     *         Length that is too small for the header or larger than the data
     * \return the header size (8 or 12); the IEs follow
     */
    uint32_t Deserialize(Buffer::Iterator start) override;
    using Header::Deserialize;
    void Print(std::ostream& os) const override;

    void SetMessageType(uint8_t type);
    uint8_t GetMessageType() const;

    /** Set the TEID and the T flag. */
    void SetTeid(uint32_t teid);
    /** Clear the T flag (only Echo and Version Not Supported are sent without TEID). */
    void ClearTeid();
    bool HasTeid() const;
    uint32_t GetTeid() const;

    /** \throws Gtpv2cEncodeError when \p sequence does not fit 24 bits */
    void SetSequenceNumber(uint32_t sequence);
    uint32_t GetSequenceNumber() const;

    /** Set the Message Length field from the size of the IEs that follow the header. */
    void SetIesLength(uint32_t iesLength);
    /** \return the Message Length field (octets after octet 4) */
    uint16_t GetMessageLength() const;
    /** \return the octets of IEs that follow this header (Message Length minus TEID/seq) */
    uint32_t GetIesLength() const;

  private:
    uint8_t m_messageType;
    bool m_teidPresent;
    uint32_t m_teid;
    uint32_t m_sequenceNumber;
    uint16_t m_messageLength;
};

} // namespace ns3

#endif // GTPV2C_HEADER_H
