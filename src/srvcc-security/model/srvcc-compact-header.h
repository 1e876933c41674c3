/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Framing shared by the compact (non-GTP) messages of the 5G-SRVCC handover: NR radio,
 * UTRAN radio, Iu and NAS (N2 is NGAP, model/ngap/).
 */
#ifndef SRVCC_COMPACT_HEADER_H
#define SRVCC_COMPACT_HEADER_H

#include "ns3/header.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "srvcc-compact-codec.h"
#include "srvcc-trace-types.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace ns3
{

/** Octet 1 of every compact message: the leg it travels on. */
enum class CompactInterface : uint8_t
{
    kNrUu = 2,    //!< unused: NR-Uu carries real NR RRC (model/rrc/)
    kUtranUu = 3, //!< unused: UTRAN-Uu carries real UTRAN RRC (model/rrc/)
    kIu = 4,      //!< RNC - MSC server (RANAP-like, TS 25.413)
    kNas = 5,     //!< UE - AMF 5GMM, relayed by the gNB (NAS-like, TS 24.501)
};

/** \return "NR-Uu", "UTRAN-Uu", "Iu", "NAS" or "unknown". */
const char* CompactInterfaceName(CompactInterface iface);
std::ostream& operator<<(std::ostream& os, CompactInterface iface);

/** Octets of the framing: interface, message type, 2-octet body length. */
constexpr uint32_t kCompactFramingSize = 4;
/** The longest body the 2-octet body length can announce. */
constexpr uint32_t kCompactMaxBodyLength = 65535;

/**
 * \return true when \p type is a message type defined for \p iface (Iu 1..7, NAS 1..10; none
 *         on NR-Uu and UTRAN-Uu, which carry real RRC)
 */
bool IsKnownCompactMessage(CompactInterface iface, uint8_t type);

/**
 * Reads the interface and message type of the compact message at the start of \p p, for
 * dispatch, without removing anything.
 * \return false when \p p is null, shorter than the 4-octet framing, or names an unknown
 *         interface or a type not defined for its interface (the outputs are then unspecified)
 */
bool PeekCompactMessage(Ptr<const Packet> p, CompactInterface& iface, uint8_t& type);

/**
 * \ingroup srvcc-security
 *
 * Base of every compact message. Wire format:
 *
 *     octet 1     interface (CompactInterface)
 *     octet 2     message type (per interface)
 *     octets 3-4  body length L, network byte order
 *     octets 5..  body, L octets (fields in network byte order, defined by each message)
 *
 * Deserialize() throws MessageDecodeError (naming the message and field) when the data is
 * shorter than the framing, names another interface or type than the class, L overruns the
 * data, a field is truncated or out of range, or the fields do not use exactly L octets. It
 * never reads past L, so a payload may follow the message in the same packet. After a throw
 * the object's fields are unspecified.
 *
 * Subclasses write only their body, through the four protected hooks.
 */
class SrvccCompactMessage : public Header
{
  public:
    static TypeId GetTypeId();
    ~SrvccCompactMessage() override;

    using Header::Deserialize;
    /**
     * \throws MessageEncodeError when a mandatory field is unset (e.g. an empty IMSI) or the
     *         body is longer than kCompactMaxBodyLength (Serialize() checks the same)
     */
    uint32_t GetSerializedSize() const final;
    void Serialize(Buffer::Iterator start) const final;
    uint32_t Deserialize(Buffer::Iterator start) final;
    /** "<name> (field=value ...)"; keys appear only as fingerprints. */
    void Print(std::ostream& os) const final;

    /** \return the interface this message travels on (octet 1). */
    virtual CompactInterface GetInterface() const = 0;
    /** \return the message type (octet 2). */
    virtual uint8_t GetMessageType() const = 0;
    /** \return e.g. "Iu Relocation Request", used in Print() and error texts. */
    virtual const char* GetMessageName() const = 0;
    /** \return the message as the node applications' traces name it. */
    virtual SrvccMessageType GetSrvccMessageType() const = 0;

  protected:
    /** \return the body length; may throw MessageEncodeError for an unset mandatory field. */
    virtual uint32_t GetBodySize() const = 0;
    /** Writes exactly GetBodySize() octets. */
    virtual void SerializeBody(Buffer::Iterator& it) const = 0;
    /** Reads the fields; all reads go through \p reader, which throws on any problem. */
    virtual void DeserializeBody(CompactReader& reader) = 0;
    /** Prints the fields as "name=value name=value". */
    virtual void PrintBody(std::ostream& os) const = 0;

  private:
    /** \return GetBodySize(), after checking that the 2-octet body length can carry it. */
    uint32_t GetCheckedBodySize() const;
};

/** \return the octets of \p message as it would go on the wire (framing included). */
std::vector<uint8_t> CompactToBytes(const SrvccCompactMessage& message);

/**
 * Decodes \p octets into \p message, which must use all of them.
 * \throws MessageDecodeError on any problem, including octets left over after the message
 */
void CompactFromBytes(SrvccCompactMessage& message, const std::vector<uint8_t>& octets);

/**
 * For the message .cc files: defines GetTypeId() ("ns3::<cls>", parent \p parent, with a
 * constructor), GetInstanceTypeId(), GetMessageType() (\p type, an enum value),
 * GetSrvccMessageType() (\p traceType, an SrvccMessageType) and GetMessageName() (its name),
 * and registers the TypeId.
 */
#define SRVCC_COMPACT_MESSAGE_DEFINE(cls, parent, type, traceType) \
    NS_OBJECT_ENSURE_REGISTERED(cls);                              \
    TypeId cls::GetTypeId()                                        \
    {                                                              \
        static TypeId tid = TypeId("ns3::" #cls)                   \
                                .SetParent<parent>()               \
                                .SetGroupName("SrvccSecurity")     \
                                .AddConstructor<cls>();            \
        return tid;                                                \
    }                                                              \
    TypeId cls::GetInstanceTypeId() const                          \
    {                                                              \
        return GetTypeId();                                        \
    }                                                              \
    uint8_t cls::GetMessageType() const                            \
    {                                                              \
        return static_cast<uint8_t>(type);                         \
    }                                                              \
    SrvccMessageType cls::GetSrvccMessageType() const              \
    {                                                              \
        return traceType;                                          \
    }                                                              \
    const char* cls::GetMessageName() const                        \
    {                                                              \
        return SrvccMessageTypeName(traceType);                    \
    }

} // namespace ns3

#endif // SRVCC_COMPACT_HEADER_H
