/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact Iu (RNC - MSC server) messages of the 5G-SRVCC handover, named after RANAP
 * (TS 25.413).
 */
#ifndef SRVCC_IU_MESSAGES_H
#define SRVCC_IU_MESSAGES_H

#include "srvcc-compact-header.h"
#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/** Octet 2 of an Iu compact message. */
enum class IuMessageType : uint8_t
{
    kRelocationRequest = 1,
    kRelocationRequestAcknowledge,
    kRelocationFailure,
    kRelocationDetect,
    kRelocationComplete,
    kIuReleaseCommand,
    kIuReleaseComplete,
};

/** Iu causes (a subset of the RANAP Cause IE, TS 25.413 9.2.1.4, flattened). */
enum class IuCause : uint8_t
{
    kUnspecified = 0,
    kRelocationCancelled,
    kNoRadioResources,
    kIntegrityCheckFailure,
    kNormalRelease,
    kRelocationTimerExpiry,
};

/** \return e.g. "relocation-cancelled"; "unknown" for a value outside the enum. */
const char* IuCauseName(IuCause cause);
std::ostream& operator<<(std::ostream& os, IuCause cause);

/**
 * \ingroup srvcc-security
 *
 * Base of the Iu messages: every body starts with the UE id (4 octets, the Iu signalling
 * connection); subclasses add their fields after it.
 */
class SrvccIuMessage : public SrvccCompactMessage
{
  public:
    static TypeId GetTypeId();
    CompactInterface GetInterface() const final;

    void SetUeId(uint32_t id);
    uint32_t GetUeId() const;

  protected:
    uint32_t GetBodySize() const final;
    void SerializeBody(Buffer::Iterator& it) const final;
    void DeserializeBody(CompactReader& reader) final;
    void PrintBody(std::ostream& os) const final;

    /** The fields after the UE id; none by default. */
    virtual uint32_t GetFieldsSize() const;
    virtual void SerializeFields(Buffer::Iterator& it) const;
    virtual void DeserializeFields(CompactReader& reader);
    virtual void PrintFields(std::ostream& os) const;

  private:
    uint32_t m_ueId{0};
};

/** Base of the Iu messages whose only field after the UE id is a cause (1 octet). */
class SrvccIuCauseMessage : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    void SetCause(IuCause cause);
    IuCause GetCause() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    IuCause m_cause{IuCause::kUnspecified};
};

/**
 * MSC server -> target RNC: Relocation Request, carrying the mapped SRVCC security context
 * (CK_SRVCC, IK_SRVCC, KSI_SRVCC; TS 33.501 J.1.2 step 5 onward). Body after the UE id: IMSI
 * (digit count + TBCD), CK (16), IK (16), KSI (1, 0..6), permitted UIA bitmask (1, bit i = UIAi,
 * bits 0..2), permitted UEA bitmask (1), emergency (1, 0/1), Source to Target Transparent
 * Container (2-octet length + octets). Print() shows the keys as fingerprints only.
 */
class SrvccIuRelocationRequest : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** \throws MessageEncodeError unless 6..15 decimal digits */
    void SetImsi(std::string imsi);
    const std::string& GetImsi() const;
    void SetCk(const srvcc::Key128& ck);
    const srvcc::Key128& GetCk() const;
    void SetIk(const srvcc::Key128& ik);
    const srvcc::Key128& GetIk() const;
    /** \throws MessageEncodeError when \p ksi > 6 (7 means "no key available") */
    void SetKsi(uint8_t ksi);
    uint8_t GetKsi() const;
    /** \throws MessageEncodeError when a bit above bit 2 is set */
    void SetPermittedIntegrityAlgorithms(uint8_t bitmask);
    uint8_t GetPermittedIntegrityAlgorithms() const;
    /** \throws MessageEncodeError when a bit above bit 2 is set */
    void SetPermittedCipheringAlgorithms(uint8_t bitmask);
    uint8_t GetPermittedCipheringAlgorithms() const;
    void SetEmergency(bool emergency);
    bool GetEmergency() const;
    /** \throws MessageEncodeError when longer than 65535 octets */
    void SetSourceToTargetContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetSourceToTargetContainer() const;

  protected:
    /** \throws MessageEncodeError when the IMSI was never set */
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    std::string m_imsi;
    srvcc::Key128 m_ck;
    srvcc::Key128 m_ik;
    uint8_t m_ksi{0};
    uint8_t m_permittedUia{0};
    uint8_t m_permittedUea{0};
    bool m_emergency{false};
    std::vector<uint8_t> m_sourceToTarget;
};

/**
 * Target RNC -> MSC server: Relocation Request Acknowledge. Body after the UE id: chosen UIA id
 * (1, 0..2), chosen UEA id (1, 0..2), Target to Source Transparent Container (2-octet length +
 * octets).
 */
class SrvccIuRelocationRequestAcknowledge : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    /** \throws MessageEncodeError when longer than 65535 octets */
    void SetTargetToSourceContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetTargetToSourceContainer() const;
    /** \throws MessageEncodeError when \p uia > 2 */
    void SetChosenIntegrityAlgorithm(uint8_t uia);
    uint8_t GetChosenIntegrityAlgorithm() const;
    /** \throws MessageEncodeError when \p uea > 2 */
    void SetChosenCipheringAlgorithm(uint8_t uea);
    uint8_t GetChosenCipheringAlgorithm() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_chosenUia{0};
    uint8_t m_chosenUea{0};
    std::vector<uint8_t> m_targetToSource;
};

/** Target RNC -> MSC server: Relocation Failure. Body after the UE id: cause. */
class SrvccIuRelocationFailure : public SrvccIuCauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/** Target RNC -> MSC server: Relocation Detect (the UE arrived). Body: the UE id only. */
class SrvccIuRelocationDetect : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/**
 * Target RNC -> MSC server: Relocation Complete. Body after the UE id: whether the MAC-I of the
 * UE's HANDOVER TO UTRAN COMPLETE verified (1, 0/1).
 */
class SrvccIuRelocationComplete : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;

    void SetIntegrityCheckPassed(bool passed);
    bool GetIntegrityCheckPassed() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    bool m_integrityCheckPassed{false};
};

/** MSC server -> RNC: Iu Release Command. Body after the UE id: cause. */
class SrvccIuReleaseCommand : public SrvccIuCauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

/** RNC -> MSC server: Iu Release Complete. Body: the UE id only. */
class SrvccIuReleaseComplete : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetMessageType() const override;
    const char* GetMessageName() const override;
    SrvccMessageType GetSrvccMessageType() const override;
};

} // namespace ns3

#endif // SRVCC_IU_MESSAGES_H
