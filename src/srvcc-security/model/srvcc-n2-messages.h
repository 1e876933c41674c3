/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact N2 (gNB - AMF) messages of the 5G-SRVCC handover, named after NGAP (TS 38.413).
 */
#ifndef SRVCC_N2_MESSAGES_H
#define SRVCC_N2_MESSAGES_H

#include "srvcc-compact-header.h"
#include "srvcc-target-rnc-id.h"

#include <cstdint>
#include <ostream>
#include <vector>

namespace ns3
{

/** Octet 2 of an N2 compact message. */
enum class N2MessageType : uint8_t
{
    kHandoverRequired = 1,
    kHandoverCommand,
    kHandoverPreparationFailure,
    kHandoverCancel,
    kHandoverCancelAcknowledge,
    kUeContextReleaseCommand,
    kUeContextReleaseComplete,
};

/** N2 causes (a subset of the NGAP Cause IE, TS 38.413 9.3.1.2, flattened). */
enum class N2Cause : uint8_t
{
    kUnspecified = 0,
    kHandoverCancelled,
    kHoFailureInTargetSystem,
    kHoTargetNotAllowed,
    kTNgRelocPrepExpiry,
    kTNgRelocOverallExpiry,
    kNormalRelease,
    kSrvccHoNotPossible,
    kUnknownTargetId,
    kRadioConnectionWithUeLost,
};

/** \return e.g. "tNGRELOCprep-expiry"; "unknown" for a value outside the enum. */
const char* N2CauseName(N2Cause cause);
std::ostream& operator<<(std::ostream& os, N2Cause cause);

/**
 * \ingroup srvcc-security
 *
 * Base of the N2 messages: every body starts with AMF UE NGAP ID (4 octets) and RAN UE NGAP ID
 * (4 octets); subclasses add their fields after them.
 */
class SrvccN2Message : public SrvccCompactMessage
{
  public:
    static TypeId GetTypeId();
    CompactInterface GetInterface() const final;

    void SetAmfUeNgapId(uint32_t id);
    uint32_t GetAmfUeNgapId() const;
    void SetRanUeNgapId(uint32_t id);
    uint32_t GetRanUeNgapId() const;

  protected:
    uint32_t GetBodySize() const final;
    void SerializeBody(Buffer::Iterator& it) const final;
    void DeserializeBody(CompactReader& reader) final;
    void PrintBody(std::ostream& os) const final;

    /** The fields after the two ids; none by default. */
    virtual uint32_t GetFieldsSize() const;
    virtual void SerializeFields(Buffer::Iterator& it) const;
    virtual void DeserializeFields(CompactReader& reader);
    virtual void PrintFields(std::ostream& os) const;

    /** Reads a cause octet, rejecting values outside N2Cause. */
    static N2Cause ReadCause(CompactReader& reader);

  private:
    uint32_t m_amfUeNgapId{0};
    uint32_t m_ranUeNgapId{0};
};

/** Base of the N2 messages whose only field after the ids is a cause (1 octet). */
class SrvccN2CauseMessage : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    void SetCause(N2Cause cause);
    N2Cause GetCause() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    N2Cause m_cause{N2Cause::kUnspecified};
};

/**
 * NG-RAN -> AMF: Handover Required (TS 23.216 6.5.4 step 3). Body after the ids: Handover Type
 * (1), SRVCC HO Indication (1), Target RNC-ID (7: PLMN 3, LAC 2, RNC-ID 2), cause (1), Source
 * to Target Transparent Container (2-octet length + octets).
 */
class SrvccN2HandoverRequired : public SrvccN2Message
{
  public:
    static constexpr uint8_t kHandoverTypeFivegsToUtran = 3; //!< NGAP HandoverType fivegs-to-utran
    static constexpr uint8_t kSrvccPsAndCs = 0;              //!< NGAP SRVCCHOIndication pSandCS
    static constexpr uint8_t kSrvccCsOnly = 1;               //!< NGAP SRVCCHOIndication cSonly

    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** \param type 0..3 (NGAP HandoverType); 3 = 5GS to UTRAN, the default */
    void SetHandoverType(uint8_t type);
    uint8_t GetHandoverType() const;
    /** \param indication 0 = PS and CS, 1 = CS only (the default) */
    void SetSrvccHoIndication(uint8_t indication);
    uint8_t GetSrvccHoIndication() const;
    /** \throws MessageEncodeError unless mcc is 3 digits and mnc 2 or 3 digits */
    void SetTargetRncId(const TargetRncId& id);
    const TargetRncId& GetTargetRncId() const;
    void SetCause(N2Cause cause);
    N2Cause GetCause() const;
    /** \throws MessageEncodeError when longer than 65535 octets */
    void SetSourceToTargetContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetSourceToTargetContainer() const;

  protected:
    /** \throws MessageEncodeError when the target RNC-ID was never set */
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_handoverType{kHandoverTypeFivegsToUtran};
    uint8_t m_srvccHoIndication{kSrvccCsOnly};
    TargetRncId m_targetRncId;
    N2Cause m_cause{N2Cause::kUnspecified};
    std::vector<uint8_t> m_sourceToTarget;
};

/**
 * AMF -> NG-RAN: Handover Command (TS 23.216 6.5.4 step 8). Body after the ids: the 4 LSB of
 * the DL NAS COUNT used for KASME_SRVCC (1 octet, 0..15; TS 33.501 J.1.2 step 8), Target to
 * Source Transparent Container (2-octet length + octets).
 */
class SrvccN2HandoverCommand : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** \throws MessageEncodeError when \p lsb4 > 15 */
    void SetDlNasCountLsb4(uint8_t lsb4);
    uint8_t GetDlNasCountLsb4() const;
    /** \throws MessageEncodeError when longer than 65535 octets */
    void SetTargetToSourceContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetTargetToSourceContainer() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_dlNasCountLsb4{0};
    std::vector<uint8_t> m_targetToSource;
};

/** AMF -> NG-RAN: Handover Preparation Failure. Body after the ids: cause. */
class SrvccN2HandoverPreparationFailure : public SrvccN2CauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/** NG-RAN -> AMF: Handover Cancel. Body after the ids: cause. */
class SrvccN2HandoverCancel : public SrvccN2CauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/** AMF -> NG-RAN: Handover Cancel Acknowledge. Body: the ids only. */
class SrvccN2HandoverCancelAcknowledge : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/** AMF -> NG-RAN: UE Context Release Command. Body after the ids: cause. */
class SrvccN2UeContextReleaseCommand : public SrvccN2CauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/** NG-RAN -> AMF: UE Context Release Complete. Body: the ids only. */
class SrvccN2UeContextReleaseComplete : public SrvccN2Message
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

} // namespace ns3

#endif // SRVCC_N2_MESSAGES_H
