/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The N2 (gNB - AMF) messages of the 5G-SRVCC handover as NGAP PDUs (TS 38.413 8.4, 9.2.3,
 * 9.2.2.5; ALIGNED PER, 9.4): typed ns-3 Headers whose Serialize/Deserialize write and read
 * the NGAP-PDU. The NAS transport messages are in srvcc-n2-nas-transport.h.
 */
#ifndef SRVCC_N2_MESSAGES_H
#define SRVCC_N2_MESSAGES_H

#include "ns3/header.h"
#include "ns3/srvcc-target-rnc-id.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc-ngap-ies.h"
#include "srvcc-ngap-pdu.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * Base of the N2 messages: an NGAP-PDU (TS 38.413 9.4.2) of one elementary procedure, with
 * the UE's AMF UE NGAP ID and RAN UE NGAP ID (the module uses the UE's index for both; an
 * id above 2^32-1 does not decode). Deserialize() throws MessageDecodeError naming the
 * message and the IE for: another PDU type or procedure than the class's, a missing or
 * repeated mandatory IE, an unknown IE whose criticality is not "ignore", a malformed or
 * unmodelled IE value. It reads only the PDU's own octets.
 */
class SrvccN2Message : public Header
{
  public:
    static TypeId GetTypeId();

    using Header::Deserialize;
    /** \throws MessageEncodeError when a field cannot be encoded (e.g. the target unset) */
    uint32_t GetSerializedSize() const final;
    void Serialize(Buffer::Iterator start) const final;
    uint32_t Deserialize(Buffer::Iterator start) final;
    /** "<name> (amfUeNgapId=.. ranUeNgapId=.. ...)" */
    void Print(std::ostream& os) const final;

    /** \return e.g. "N2 Handover Required", used in Print() and error texts (a literal) */
    virtual const char* GetMessageName() const = 0;
    /** \return the NGAP-PDU alternative the message is */
    virtual NgapPduType GetPduType() const = 0;
    /** \return the elementary procedure's code (TS 38.413 9.4.7) */
    virtual uint8_t GetProcedureCode() const = 0;

    void SetAmfUeNgapId(uint32_t id);
    uint32_t GetAmfUeNgapId() const;
    void SetRanUeNgapId(uint32_t id);
    uint32_t GetRanUeNgapId() const;

  protected:
    /** The procedure's criticality (TS 38.413 9.4.3): reject, or ignore for NAS transport. */
    virtual NgapCriticality GetProcedureCriticality() const;
    /** The IEs of the message, in the order of its ASN.1 IE list. */
    virtual std::vector<NgapIe> BuildIes() const = 0;
    /** Reads the fields from \p ies (checked with NgapIeSet); throws MessageDecodeError. */
    virtual void ParseIes(const std::vector<NgapIe>& ies) = 0;
    /** Prints the fields after the ids, each as " name=value". */
    virtual void PrintFields(std::ostream& os) const;

    /** The AMF UE NGAP ID IE (id 10) with \p criticality. */
    NgapIe AmfIdIe(NgapCriticality criticality) const;
    /** The RAN UE NGAP ID IE (id 85) with \p criticality. */
    NgapIe RanIdIe(NgapCriticality criticality) const;
    /** Reads both ids from \p set (AMF id above 2^32-1: MessageDecodeError). */
    void ReadIds(const NgapIeSet& set);
    /** \return \p amf if it fits the module's UE index, else throws MessageDecodeError */
    uint32_t CheckAmfId(uint64_t amf) const;

  private:
    std::vector<uint8_t> Encode() const;

    uint32_t m_amfUeNgapId{0};
    uint32_t m_ranUeNgapId{0};
};

/** Base of the N2 messages whose only field after the ids is a cause. */
class SrvccN2CauseMessage : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    /** \throws MessageEncodeError for a value outside N2Cause */
    void SetCause(N2Cause cause);
    N2Cause GetCause() const;

  protected:
    void PrintFields(std::ostream& os) const override;

    N2Cause m_cause{N2Cause::kUnspecified};
};

/**
 * NG-RAN -> AMF: Handover Required (TS 38.413 9.2.3.1; TS 23.216 6.5.4 step 3): AMF and RAN
 * UE NGAP IDs, HandoverType, Cause, TargetID (targetRNC-ID), PDUSessionResourceListHORqd
 * (mandatory: the UE's IMS voice PDU session), SourceToTarget-TransparentContainer. NGAP has
 * no SRVCC HO Indication: the HandoverType fivegs-to-utran names the 5G-SRVCC.
 */
class SrvccN2HandoverRequired : public SrvccN2Message
{
  public:
    static constexpr uint8_t kHandoverTypeFivegsToUtran = 3; //!< NGAP HandoverType fivegs-to-utran

    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

    /** \param type 0..3 (NGAP HandoverType); 3 = fivegs-to-utran, the default */
    void SetHandoverType(uint8_t type);
    uint8_t GetHandoverType() const;
    /** \throws MessageEncodeError unless mcc is 3 digits and mnc 2 or 3 digits */
    void SetTargetRncId(const TargetRncId& id);
    const TargetRncId& GetTargetRncId() const;
    void SetCause(N2Cause cause);
    N2Cause GetCause() const;
    /** \throws MessageEncodeError for an empty list or more than 256 sessions */
    void SetPduSessions(std::vector<NgapPduSessionHoRqd> sessions);
    const std::vector<NgapPduSessionHoRqd>& GetPduSessions() const;
    /** The SourceToTarget-TransparentContainer: for UTRAN the RRC ToTargetRNC-Container. */
    void SetSourceToTargetContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetSourceToTargetContainer() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_handoverType{kHandoverTypeFivegsToUtran};
    TargetRncId m_targetRncId;
    N2Cause m_cause{N2Cause::kHandoverDesirableForRadioReason};
    std::vector<NgapPduSessionHoRqd> m_pduSessions{NgapPduSessionHoRqd{}};
    std::vector<uint8_t> m_sourceToTarget;
};

/**
 * AMF -> NG-RAN: Handover Command (TS 38.413 9.2.3.2; TS 23.216 6.5.4 step 8): ids,
 * HandoverType, NASSecurityParametersFromNGRAN (IE 39, present for fivegs-to-utran: the 4 LSB
 * of the DL NAS COUNT used for KASME_SRVCC, TS 33.501 J.1.2 step 8), TargetToSource-
 * TransparentContainer (for UTRAN the RRC TargetRNC-ToSourceRNC-Container). The optional
 * PDUSessionResourceHandoverList is not sent: no PDU session is handed over to the CS domain.
 */
class SrvccN2HandoverCommand : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

    /** \param type 0..3; IE 39 is sent (and required on receipt) for 3, fivegs-to-utran */
    void SetHandoverType(uint8_t type);
    uint8_t GetHandoverType() const;
    /** \throws MessageEncodeError when \p lsb4 > 15 */
    void SetDlNasCountLsb4(uint8_t lsb4);
    uint8_t GetDlNasCountLsb4() const;
    void SetTargetToSourceContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetTargetToSourceContainer() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_handoverType{SrvccN2HandoverRequired::kHandoverTypeFivegsToUtran};
    uint8_t m_dlNasCountLsb4{0};
    std::vector<uint8_t> m_targetToSource;
};

/** AMF -> NG-RAN: Handover Preparation Failure (TS 38.413 9.2.3.3): ids, Cause. */
class SrvccN2HandoverPreparationFailure : public SrvccN2CauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
};

/** NG-RAN -> AMF: Handover Cancel (TS 38.413 8.4.5, 9.2.3): ids, Cause. */
class SrvccN2HandoverCancel : public SrvccN2CauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
};

/** AMF -> NG-RAN: Handover Cancel Acknowledge (TS 38.413 8.4.5, 9.2.3): the ids. */
class SrvccN2HandoverCancelAcknowledge : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
};

/**
 * AMF -> NG-RAN: UE Context Release Command (TS 38.413 9.2.2.5): UE-NGAP-IDs (the id pair;
 * the aMF-UE-NGAP-ID alternative is also accepted, the RAN id then stays 0), Cause.
 */
class SrvccN2UeContextReleaseCommand : public SrvccN2CauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
};

/** NG-RAN -> AMF: UE Context Release Complete (TS 38.413 9.2.2.6): the ids. */
class SrvccN2UeContextReleaseComplete : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    const char* GetMessageName() const override;
    NgapPduType GetPduType() const override;
    uint8_t GetProcedureCode() const override;
    SrvccMessageType GetSrvccMessageType() const;

  protected:
    std::vector<NgapIe> BuildIes() const override;
    void ParseIes(const std::vector<NgapIe>& ies) override;
};

/** \return the octets of \p message as it goes on the wire (the NGAP-PDU). */
std::vector<uint8_t> NgapToBytes(const SrvccN2Message& message);

/**
 * Decodes \p octets into \p message, which must use all of them.
 * \throws MessageDecodeError on any problem, including octets left over
 */
void NgapFromBytes(SrvccN2Message& message, const std::vector<uint8_t>& octets);

/**
 * For the message .cc files: GetTypeId() ("ns3::<cls>", parent \p parent, a constructor),
 * GetInstanceTypeId(), GetPduType(), GetProcedureCode() and the registration.
 */
#define SRVCC_N2_MESSAGE_DEFINE(cls, parent, pduType, procedure) \
    NS_OBJECT_ENSURE_REGISTERED(cls);                            \
    TypeId cls::GetTypeId()                                      \
    {                                                            \
        static TypeId tid = TypeId("ns3::" #cls)                 \
                                .SetParent<parent>()             \
                                .SetGroupName("SrvccSecurity")   \
                                .AddConstructor<cls>();          \
        return tid;                                              \
    }                                                            \
    TypeId cls::GetInstanceTypeId() const                        \
    {                                                            \
        return GetTypeId();                                      \
    }                                                            \
    NgapPduType cls::GetPduType() const                          \
    {                                                            \
        return pduType;                                          \
    }                                                            \
    uint8_t cls::GetProcedureCode() const                        \
    {                                                            \
        return procedure;                                        \
    }

} // namespace ns3

#endif // SRVCC_N2_MESSAGES_H
