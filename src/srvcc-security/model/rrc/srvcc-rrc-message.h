/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Base of the radio messages of the 5G-SRVCC handover as RRC puts them on the air: ASN.1
 * UNALIGNED PER (NR RRC, TS 38.331 8.1; UTRAN RRC, TS 25.331 11), one message per packet.
 */
#ifndef SRVCC_RRC_MESSAGE_H
#define SRVCC_RRC_MESSAGE_H

#include "ns3/header.h"
#include "ns3/srvcc-per-codec.h"
#include "ns3/srvcc-trace-types.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * An RRC message as an ns-3 Header. The wire form is the complete UPER encoding of the
 * message's PDU (DL-DCCH-Message, UL-DCCH-Message, ...), padded to an octet (X.691 11.1.3).
 * RRC carries no UE identity: the UE is the radio link the packet travels on.
 *
 * Deserialize() decodes the whole rest of the buffer and throws MessageDecodeError naming the
 * PDU and the field for anything the module's PDUs do not allow (another message, a truncated
 * field, a value out of range, octets left over). After a throw the fields are unspecified.
 */
class SrvccRrcMessage : public Header
{
  public:
    static TypeId GetTypeId();
    ~SrvccRrcMessage() override;

    using Header::Deserialize;
    uint32_t GetSerializedSize() const final;
    void Serialize(Buffer::Iterator start) const final;
    uint32_t Deserialize(Buffer::Iterator start) final;
    void Print(std::ostream& os) const final;

    /** \return the UPER encoding. \throws MessageEncodeError for an unset mandatory field */
    std::vector<uint8_t> Encode() const;
    /** Decodes \p octets, which must hold exactly one message. \throws MessageDecodeError */
    void Decode(const std::vector<uint8_t>& octets);

    /** \return e.g. "MobilityFromNRCommand", the PDU name of error texts. */
    virtual const char* GetMessageName() const = 0;
    /** \return the message as the node applications' traces name it. */
    virtual SrvccMessageType GetSrvccMessageType() const = 0;

  protected:
    virtual void EncodeBody(PerWriter& w) const = 0;
    virtual void DecodeBody(PerReader& r) = 0;
    virtual void PrintBody(std::ostream& os) const = 0;
};

/** "0a1b..." for \p octets (Print helpers). */
std::string SrvccRrcHex(const std::vector<uint8_t>& octets);

} // namespace ns3

#endif // SRVCC_RRC_MESSAGE_H
