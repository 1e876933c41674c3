/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The base of every GTPv2-C message of the module: the TS 29.274 header followed by IEs.
 */
#ifndef GTPV2C_MESSAGE_H
#define GTPV2C_MESSAGE_H

#include "gtpv2c-header.h"
#include "gtpv2c-ie-basic.h"
#include "gtpv2c-ie-handover.h"
#include "gtpv2c-ie.h"
#include "ns3/header.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * A whole GTPv2-C message as an ns-3 Header: the 12-octet header (T = 1) and the IEs.
 *
 * Subclasses hold the typed IEs and say how they map to the wire. This class does the
 * framing and makes decoding safe: Deserialize() checks the version, the message type, the
 * T flag and every length against the octets present before it reads them, and raises a
 * Gtpv2cDecodeError whose text starts with the message name; it never reads past the end.
 * IEs a message does not know, or with an instance it does not use, are skipped (TS 29.274
 * 7.7.6/7.7.8); when an IE repeats, the first one counts. GetSerializedSize() and Serialize()
 * raise a Gtpv2cEncodeError for a field its IE cannot carry.
 */
class SrvccGtpv2cMessage : public Header
{
  public:
    static TypeId GetTypeId();

    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    using Header::Deserialize;
    void Print(std::ostream& os) const override;

    uint8_t GetMessageType() const;
    /** \return e.g. "SRVCC PS to CS Request" */
    const char* GetMessageName() const;
    /** \return the message as the node applications' traces name it */
    SrvccMessageType GetSrvccMessageType() const;

    /** The TEID of the peer's control plane (0 in an initial request to a new peer). */
    void SetTeid(uint32_t teid);
    uint32_t GetTeid() const;
    /** \throws Gtpv2cEncodeError when \p sequence does not fit 24 bits */
    void SetSequenceNumber(uint32_t sequence);
    uint32_t GetSequenceNumber() const;

  protected:
    explicit SrvccGtpv2cMessage(uint8_t messageType);

    /** Append the IEs in the order of the message's IE table. */
    virtual void EncodeIes(Gtpv2cIeWriter& writer) const = 0;
    /**
     * Decode from the split IEs, replacing all fields; leave the object unchanged on error.
     * \throws Gtpv2cDecodeError without the message name (the caller adds it)
     */
    virtual void DecodeIes(const std::vector<Gtpv2cRawIe>& ies) = 0;
    /** Print the IEs; keys only by Fingerprint(). */
    virtual void PrintIes(std::ostream& os) const = 0;

    /** \throws Gtpv2cDecodeError "mandatory IE missing: IE t (name)" */
    [[noreturn]] static void ThrowMissingIe(uint8_t type);
    /** \throws Gtpv2cDecodeError for a message that carries neither IMSI nor MEI */
    [[noreturn]] static void ThrowMissingImsiAndMei();
    /**
     * The first Cause IE of instance 0, for the messages whose only mandatory IE it is.
     * \throws Gtpv2cDecodeError when there is none or it is malformed
     */
    static Gtpv2cCause FindCause(const std::vector<Gtpv2cRawIe>& ies);

    // Print helpers for PrintIes(): " name=value", nothing for an absent IE.
    static void PrintBytes(std::ostream& os, const char* name, const std::vector<uint8_t>& v);
    static void PrintOptional(std::ostream& os, const char* name,
                              const std::optional<std::string>& value);
    static void PrintOptional(std::ostream& os, const char* name,
                              const std::optional<uint8_t>& value);
    static void PrintCause(std::ostream& os, const Gtpv2cCause& cause);
    static void PrintIndication(std::ostream& os, const Gtpv2cIndication& indication);
    static void PrintFCause(std::ostream& os, const std::optional<Gtpv2cFCause>& fCause);
    static void PrintRnc(std::ostream& os, const RncTargetId& rnc);

  private:
    void EncodeBody(Gtpv2cIeWriter& writer) const;

    uint8_t m_messageType;
    SrvccMessageType m_srvccMessageType;
    uint32_t m_teid;
    uint32_t m_sequenceNumber;
};

/**
 * \ingroup srvcc-security
 *
 * A message whose IEs are the struct \p IesT, with the accessors every message has.
 * \tparam Derived the message class, which provides GetTypeId()
 */
template<class Derived, class IesT>
class Gtpv2cMessageWithIes : public SrvccGtpv2cMessage
{
  public:
    using Ies = IesT;

    TypeId
    GetInstanceTypeId() const override
    {
        return Derived::GetTypeId();
    }

    const IesT&
    GetIes() const
    {
        return m_ies;
    }

    IesT&
    GetIes()
    {
        return m_ies;
    }

    void
    SetIes(const IesT& ies)
    {
        m_ies = ies;
    }

  protected:
    explicit Gtpv2cMessageWithIes(uint8_t messageType) : SrvccGtpv2cMessage(messageType) {}

    IesT m_ies; ///< the typed IEs; DecodeIes() replaces them only on success
};

/**
 * \ingroup srvcc-security
 *
 * The message type of the GTPv2-C message at the start of \p packet, for dispatching.
 * \throws Gtpv2cDecodeError when fewer than 4 octets are present or the version is not 2
 */
uint8_t PeekGtpv2cMessageType(Ptr<const Packet> packet);

} // namespace ns3

#endif // GTPV2C_MESSAGE_H
