/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The Iu (MSC server - target RNC) messages of the 5G-SRVCC handover as RANAP PDUs (TS 25.413,
 * aligned PER, ASN.1 of 9.3): Relocation Request / Acknowledge / Failure (the Relocation
 * Resource Allocation procedure), Relocation Detect, Relocation Complete, Iu Release Command /
 * Complete (Iu Release) and Iu Release Request. On the simulated link each PDU follows the UE's
 * connection reference (srvcc-iu-connection-reference.h): RANAP itself names no UE.
 */
#ifndef SRVCC_IU_MESSAGES_H
#define SRVCC_IU_MESSAGES_H

#include "ns3/header.h"
#include "ns3/srvcc-ranap-ies.h"
#include "ns3/srvcc-ranap-pdu.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/** The module's Iu causes, each one RANAP Cause (TS 25.413 9.2.1.4): IuCauseToRanap. */
enum class IuCause : uint8_t
{
    kUnspecified = 0,           ///< misc: unspecified-failure (115)
    kRelocationCancelled,       ///< radioNetwork: relocation-cancelled (10)
    kNoRadioResources,          ///< radioNetwork: no-radio-resources-available-in-target-cell (53)
    kIntegrityCheckFailure,     ///< radioNetwork: repeated-integrity-checking-failure (37)
    kNormalRelease,             ///< nAS: normal-release (83)
    kRelocationTimerExpiry,     ///< radioNetwork: trelocoverall-expiry (2)
    kRelocationForRadioReasons, ///< radioNetwork: relocation-desirable-for-radio-reasons (43)
};

/** \return e.g. "relocation-cancelled" (the RANAP name); "unknown" outside the enum. */
const char* IuCauseName(IuCause cause);
std::ostream& operator<<(std::ostream& os, IuCause cause);
/** \throws MessageEncodeError for a value outside the enum */
RanapCause IuCauseToRanap(IuCause cause);
/** A RANAP cause the module has no IuCause of its own for becomes kUnspecified. */
IuCause IuCauseFromRanap(const RanapCause& cause);

/**
 * \ingroup srvcc-security
 *
 * Base of the Iu messages. Wire format: the UE's connection reference (4 octets, the UE id,
 * kIuConnectionReferenceSize), then the RANAP-PDU. Deserialize() reads the PDU from the rest of
 * the data (a payload may follow: the PDU ends with its open type) and throws
 * MessageDecodeError naming the message and the field when it is truncated, is another
 * procedure, misses a mandatory IE or holds a value out of range. Print() shows keys as
 * fingerprints only.
 */
class SrvccIuMessage : public Header
{
  public:
    static TypeId GetTypeId();

    void SetUeId(uint32_t id);
    uint32_t GetUeId() const;

    /** \throws MessageEncodeError when a mandatory field is unset or out of range */
    uint32_t GetSerializedSize() const final;
    void Serialize(Buffer::Iterator start) const final;
    uint32_t Deserialize(Buffer::Iterator start) final;
    void Print(std::ostream& os) const final;

    /** \return the message as the node applications' traces name it. */
    virtual SrvccMessageType GetSrvccMessageType() const = 0;
    /** \return e.g. "Iu Relocation Request", used in Print() and error texts. */
    virtual const char* GetMessageName() const = 0;

    /** \return the RANAP-PDU, without the connection reference. */
    std::vector<uint8_t> EncodePdu() const;

  protected:
    /** The PDU alternative, procedure code and criticality (TS 25.413 9.3.2). */
    virtual RanapPduChoice GetPduChoice() const = 0;
    virtual uint8_t GetProcedureCode() const = 0;
    virtual RanapCriticality GetProcedureCriticality() const = 0;
    /** Whether a received PDU of this alternative and procedure is this message. */
    virtual bool Accepts(RanapPduChoice choice, uint8_t procedureCode) const;

    /** The IEs, in their ASN.1 order; none by default. */
    virtual void WriteIes(std::vector<RanapIe>& ies) const;
    /** Reads the IEs through \p ies, which throws on a missing mandatory IE. */
    virtual void ReadIes(RanapIeReader& ies);
    /** Prints the fields as " name=value name=value". */
    virtual void PrintFields(std::ostream& os) const;

  private:
    uint32_t m_ueId{0};
};

/** Base of the Iu messages whose only IE is a Cause (mandatory). */
class SrvccIuCauseMessage : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    /** \throws MessageEncodeError for a value outside IuCause */
    void SetCause(IuCause cause);
    IuCause GetCause() const;

  protected:
    void WriteIes(std::vector<RanapIe>& ies) const override;
    void ReadIes(RanapIeReader& ies) override;
    void PrintFields(std::ostream& os) const override;

  private:
    IuCause m_cause{IuCause::kUnspecified};
};

/**
 * MSC server -> target RNC: RELOCATION REQUEST (TS 25.413 9.3.3 RelocationRequest), carrying the
 * mapped SRVCC security context (TS 33.501 J.1.2 step 5 onward): Permanent NAS UE Identity (the
 * IMSI), Cause, CN Domain Indicator (cs-domain), Source RNC to Target RNC Transparent Container,
 * Integrity Protection Information (permitted UIAs + IK_SRVCC), Encryption Information
 * (permitted UEAs + CK_SRVCC) and the Iu Signalling Connection Identifier. No RAB is set up
 * (RAB To Be Setup List is optional; the CS bearer follows with RAB assignment).
 *
 * The permitted algorithms are bit masks, bit i = UIAi / UEAi. UIA0 is no RANAP code point
 * (IntegrityProtectionAlgorithm: UIA1 = 0, UIA2 = 1): the mask 0x01 ("UIA0 only") means
 * integrity protection is not started, as for an unauthenticated emergency session
 * (TS 33.501 10.2.2.1, J.2.2), and the request then carries neither Integrity Protection
 * Information nor Encryption Information (both optional IEs; RANAP starts ciphering only with
 * integrity: its Security Mode Command makes Integrity Protection Information mandatory and
 * Encryption Information optional, 9.3.3), so no key goes to the RNC.
 * GetPermittedIntegrityAlgorithms() of a decoded request without the IE is 0x01 and its keys are
 * zero.
 */
class SrvccIuRelocationRequest : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

    /** \throws MessageEncodeError unless 6..15 decimal digits */
    void SetImsi(std::string imsi);
    const std::string& GetImsi() const;
    void SetCk(const srvcc::Key128& ck);
    const srvcc::Key128& GetCk() const;
    void SetIk(const srvcc::Key128& ik);
    const srvcc::Key128& GetIk() const;
    /** \throws MessageEncodeError unless 0x01 or a non-empty subset of 0x06 (UIA1, UIA2) */
    void SetPermittedIntegrityAlgorithms(uint8_t bitmask);
    uint8_t GetPermittedIntegrityAlgorithms() const;
    /** \throws MessageEncodeError unless a non-empty subset of 0x07 (UEA0..UEA2) */
    void SetPermittedCipheringAlgorithms(uint8_t bitmask);
    uint8_t GetPermittedCipheringAlgorithms() const;
    /** Whether integrity protection is to start (the request holds the keys). */
    bool HasIntegrityProtectionInformation() const;
    /** \throws MessageEncodeError when longer than 16383 octets */
    void SetSourceToTargetContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetSourceToTargetContainer() const;
    /** Iu Signalling Connection Identifier (24 bits; TS 25.413 9.3.4). */
    void SetIuSigConId(uint32_t id);
    uint32_t GetIuSigConId() const;
    void SetCause(IuCause cause);
    IuCause GetCause() const;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
    /** \throws MessageEncodeError when the IMSI was never set, or masks that do not match */
    void WriteIes(std::vector<RanapIe>& ies) const override;
    void ReadIes(RanapIeReader& ies) override;
    void PrintFields(std::ostream& os) const override;

  private:
    std::string m_imsi;
    srvcc::Key128 m_ck;
    srvcc::Key128 m_ik;
    uint8_t m_permittedUia{0x06};
    uint8_t m_permittedUea{0x07};
    std::vector<uint8_t> m_sourceToTarget;
    uint32_t m_iuSigConId{0};
    IuCause m_cause{IuCause::kRelocationForRadioReasons};
};

/**
 * Target RNC -> MSC server: RELOCATION REQUEST ACKNOWLEDGE (TS 25.413 9.3.3): Target RNC to
 * Source RNC Transparent Container (optional: absent while none is set), Chosen Integrity
 * Protection Algorithm, Chosen Encryption Algorithm. The chosen algorithms are the module's ids
 * (UIA1 = 1, ...): a chosen UIA0, i.e. integrity protection not started, is sent as the Chosen
 * Integrity Protection Algorithm IE absent; UEA0 is RANAP's no-encryption (0). A received no-value
 * (15) reads as UIA0 too.
 */
class SrvccIuRelocationRequestAcknowledge : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

    /** \throws MessageEncodeError when longer than 16383 octets */
    void SetTargetToSourceContainer(std::vector<uint8_t> container);
    const std::vector<uint8_t>& GetTargetToSourceContainer() const;
    /** \throws MessageEncodeError when \p uia > 2 */
    void SetChosenIntegrityAlgorithm(uint8_t uia);
    uint8_t GetChosenIntegrityAlgorithm() const;
    /** \throws MessageEncodeError when \p uea > 2 */
    void SetChosenCipheringAlgorithm(uint8_t uea);
    uint8_t GetChosenCipheringAlgorithm() const;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
    void WriteIes(std::vector<RanapIe>& ies) const override;
    void ReadIes(RanapIeReader& ies) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_chosenUia{0};
    uint8_t m_chosenUea{0};
    std::vector<uint8_t> m_targetToSource;
};

/** Target RNC -> MSC server: RELOCATION FAILURE (TS 25.413 9.3.3): Cause. */
class SrvccIuRelocationFailure : public SrvccIuCauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
};

/** Target RNC -> MSC server: RELOCATION DETECT (TS 25.413 9.3.3): no IE. */
class SrvccIuRelocationDetect : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
};

/**
 * Target RNC -> MSC server: RELOCATION COMPLETE (TS 25.413 9.3.3): no IE. The module's RNC
 * sends it once the MAC-I of the UE's HANDOVER TO UTRAN COMPLETE verified: the relocation is
 * complete. A MAC-I that does not verify leaves it incomplete (TS 25.331 8.5.10: the RNC does
 * not accept the message) and the RNC sends an Iu Release Request instead.
 */
class SrvccIuRelocationComplete : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
};

/**
 * RNC -> MSC server: IU RELEASE REQUEST (TS 25.413 9.3.3): Cause. The module's target RNC asks
 * for the release when the MAC-I of the UE's HANDOVER TO UTRAN COMPLETE does not verify: Cause
 * radioNetwork repeated-integrity-checking-failure (IuCause::kIntegrityCheckFailure).
 */
class SrvccIuReleaseRequest : public SrvccIuCauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
};

/** MSC server -> RNC: IU RELEASE COMMAND (TS 25.413 9.3.3): Cause. */
class SrvccIuReleaseCommand : public SrvccIuCauseMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
};

/** RNC -> MSC server: IU RELEASE COMPLETE (TS 25.413 9.3.3): no IE (all are optional). */
class SrvccIuReleaseComplete : public SrvccIuMessage
{
  public:
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    SrvccMessageType GetSrvccMessageType() const override;
    const char* GetMessageName() const override;

  protected:
    RanapPduChoice GetPduChoice() const override;
    uint8_t GetProcedureCode() const override;
    RanapCriticality GetProcedureCriticality() const override;
};

/** \return the octets of \p message as they go on the Iu link (connection reference first). */
std::vector<uint8_t> IuToBytes(const SrvccIuMessage& message);

/**
 * Decodes \p octets (connection reference and RANAP-PDU) into \p message, which must use all
 * of them.
 * \throws MessageDecodeError on any problem, including octets left over
 */
void IuFromBytes(SrvccIuMessage& message, const std::vector<uint8_t>& octets);

} // namespace ns3

#endif // SRVCC_IU_MESSAGES_H
