/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The NGAP-PDU (TS 38.413 9.4.2, ASN.1 ALIGNED PER as 9.4.1 requires): the elementary
 * procedure's message with its ProtocolIE-Container, each IE's value kept as the octets of its
 * open type. The IE value types are in srvcc-ngap-ies.h; the typed messages the node
 * applications use are in srvcc-n2-messages.h and srvcc-n2-nas-transport.h.
 */
#ifndef SRVCC_NGAP_PDU_H
#define SRVCC_NGAP_PDU_H

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace ns3
{

/** The NGAP-PDU CHOICE (TS 38.413 9.4.2): its root alternatives in order. */
enum class NgapPduType : uint8_t
{
    kInitiatingMessage = 0,
    kSuccessfulOutcome = 1,
    kUnsuccessfulOutcome = 2,
};

/** Criticality (TS 38.413 9.4.5): ENUMERATED { reject, ignore, notify }. */
enum class NgapCriticality : uint8_t
{
    kReject = 0,
    kIgnore = 1,
    kNotify = 2,
};

/** Procedure codes and protocol IE ids the module uses (TS 38.413 9.4.7). */
namespace ngap
{
constexpr uint8_t kProcDownlinkNasTransport = 4;
constexpr uint8_t kProcHandoverCancel = 10;
constexpr uint8_t kProcHandoverPreparation = 12;
constexpr uint8_t kProcInitialUeMessage = 15;
constexpr uint8_t kProcUeContextRelease = 41;
constexpr uint8_t kProcUplinkNasTransport = 46;

constexpr uint16_t kIeAmfUeNgapId = 10;
constexpr uint16_t kIeCause = 15;
constexpr uint16_t kIeHandoverType = 29;
constexpr uint16_t kIeNasPdu = 38;
constexpr uint16_t kIeNasSecurityParametersFromNgran = 39;
constexpr uint16_t kIePduSessionResourceListHoRqd = 61;
constexpr uint16_t kIeRanUeNgapId = 85;
constexpr uint16_t kIeRrcEstablishmentCause = 90;
constexpr uint16_t kIeSourceToTargetTransparentContainer = 101;
constexpr uint16_t kIeTargetId = 105;
constexpr uint16_t kIeTargetToSourceTransparentContainer = 106;
constexpr uint16_t kIeUeNgapIds = 114;
constexpr uint16_t kIeUserLocationInformation = 121;
constexpr uint16_t kIeTargetRncId = 178;
} // namespace ngap

/** One ProtocolIE-Field: id, criticality and the open type's octets (TS 38.413 9.4.4). */
struct NgapIe
{
    uint16_t id{0};
    NgapCriticality criticality{NgapCriticality::kReject};
    std::vector<uint8_t> value;
};

/** An NGAP-PDU whose message value is SEQUENCE { protocolIEs ProtocolIE-Container, ... }. */
struct NgapPdu
{
    NgapPduType type{NgapPduType::kInitiatingMessage};
    uint8_t procedureCode{0};
    NgapCriticality criticality{NgapCriticality::kReject};
    std::vector<NgapIe> ies;
};

/**
 * \param name the message name for error texts (a literal)
 * \return the complete ALIGNED PER encoding of \p pdu
 * \throws MessageEncodeError when an IE value or the container is too long
 */
std::vector<uint8_t> EncodeNgapPdu(const NgapPdu& pdu, const char* name);

/**
 * Decodes the NGAP-PDU at the start of \p data into \p pdu; the octets after it are not read.
 * Extension additions of the message SEQUENCE are skipped (X.691 19.7).
 * \param name the message name for error texts (a literal)
 * \return the octets the PDU used
 * \throws MessageDecodeError "<name>: <field>: <problem>" on anything malformed
 */
std::size_t DecodeNgapPdu(const uint8_t* data, std::size_t size, NgapPdu& pdu, const char* name);

/**
 * The PDU type and procedure code of the NGAP-PDU at the start of \p data (octets 1 and 2),
 * without decoding it; never throws.
 * \return false when \p data is shorter than 2 octets or octet 1 is no root alternative
 */
bool PeekNgapPdu(const uint8_t* data, std::size_t size, NgapPduType& type, uint8_t& procedureCode);

/** What a message's decoder expects of one IE. */
struct NgapIeSpec
{
    uint16_t id;
    const char* name; //!< the IE's ASN.1 name, for error texts
    bool mandatory;
};

/**
 * The IEs of a received message checked against the message's IE list (TS 38.413 10.3.4,
 * 10.3.5): a missing mandatory IE, a repeated IE or an IE not in the list whose criticality is
 * not "ignore" is rejected; an unknown IE with criticality "ignore" is skipped.
 */
class NgapIeSet
{
  public:
    /** \throws MessageDecodeError "<pdu>: <IE name or id>: <problem>" */
    NgapIeSet(const char* pdu, const std::vector<NgapIe>& ies,
              std::initializer_list<NgapIeSpec> spec);

    /** \return the value of IE \p id, or nullptr when the (optional) IE is absent */
    const std::vector<uint8_t>* Find(uint16_t id) const;
    /** \return the value of the mandatory IE \p id (the constructor checked it is there) */
    const std::vector<uint8_t>& Get(uint16_t id) const;

  private:
    const char* m_pdu;
    std::vector<uint16_t> m_ids;        //!< the spec's ids, in its order
    std::vector<const NgapIe*> m_known; //!< the IE found for each, or nullptr
};

} // namespace ns3

#endif // SRVCC_NGAP_PDU_H
