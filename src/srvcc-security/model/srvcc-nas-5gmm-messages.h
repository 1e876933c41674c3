/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Compact 5GMM messages (named after TS 24.501 8.2) for registration and 5G AKA in the
 * simulation: Registration Request/Accept/Reject, Authentication Request/Response/Failure/
 * Reject and Security Mode Command/Complete/Reject. They travel UE <-> gNB on NR-Uu and
 * gNB <-> AMF on N2; the gNB relays them unchanged (NGAP Initial UE Message / Uplink and
 * Downlink NAS Transport, TS 38.413 8.6, collapsed to a relay of the NAS PDU).
 */
#ifndef SRVCC_NAS_5GMM_MESSAGES_H
#define SRVCC_NAS_5GMM_MESSAGES_H

#include "srvcc-compact-header.h"
#include "srvcc/aka.h"
#include "srvcc/nas-security.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/** Octet 2 of a NAS compact message. */
enum class NasMessageType : uint8_t
{
    kRegistrationRequest = 1,
    kAuthenticationRequest,
    kAuthenticationResponse,
    kAuthenticationFailure,
    kAuthenticationReject,
    kSecurityModeCommand,
    kSecurityModeComplete,
    kSecurityModeReject,
    kRegistrationAccept,
    kRegistrationReject,
};

/** The highest NasMessageType value. */
constexpr uint8_t kNasLastMessageType = static_cast<uint8_t>(NasMessageType::kRegistrationReject);

/** 5GMM cause values used here (TS 24.501 9.11.3.2). */
namespace Nas5gmmCause
{
constexpr uint8_t kIllegalUe = 3;
constexpr uint8_t kPeiNotAccepted = 5;
constexpr uint8_t kMacFailure = 20;
constexpr uint8_t kSynchFailure = 21;
constexpr uint8_t kSecurityModeRejectedUnspecified = 24;
constexpr uint8_t kNon5gAuthenticationUnacceptable = 26;
} // namespace Nas5gmmCause

/** 5GS registration type (TS 24.501 9.11.3.7). */
enum class NasRegistrationType : uint8_t
{
    kInitial = 1,
    kMobilityUpdating = 2,
    kEmergency = 4,
};

/**
 * \ingroup srvcc-security
 *
 * Base of the NAS messages: every body starts with the UE id (4 octets), standing for the
 * RAN UE NGAP ID / RRC connection the gNB relays on; subclasses add their fields after it.
 */
class SrvccNasMessage : public SrvccCompactMessage
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

/** Base of the NAS messages whose only field is a 5GMM cause (1 octet, any value). */
class SrvccNasCauseMessage : public SrvccNasMessage
{
  public:
    static TypeId GetTypeId();
    void SetCause(uint8_t cause);
    uint8_t GetCause() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_cause{0};
};

/** Declares the four identity members of a concrete NAS message. */
#define SRVCC_NAS_MESSAGE_DECLARE()              \
    static TypeId GetTypeId();                   \
    TypeId GetInstanceTypeId() const override;   \
    uint8_t GetMessageType() const override;     \
    const char* GetMessageName() const override; \
    SrvccMessageType GetSrvccMessageType() const override

/**
 * UE -> AMF: Registration Request (TS 24.501 8.2.6). Body after the UE id: registration type
 * (1: 1, 2 or 4), ngKSI (1: TSC || value, 7 = no key), identity flags (1: bit 0 SUPI, bit 1
 * PEI; at least one), SUPI as IMSI digits (the null-scheme SUCI, TS 33.501 6.12.2) if flagged,
 * PEI as IMEI digits if flagged, UE security capability: NIA bitmask (1), NEA bitmask (1),
 * bit i = NIAi / NEAi (TS 24.501 9.11.3.54).
 */
class SrvccNasRegistrationRequest : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetRegistrationType(NasRegistrationType type);
    NasRegistrationType GetRegistrationType() const;
    bool IsEmergency() const;
    /** \throws MessageEncodeError when \p nibble > 15 */
    void SetNgksi(uint8_t nibble);
    uint8_t GetNgksi() const;
    /** \throws MessageEncodeError unless 6..15 digits */
    void SetSupi(const std::string& imsiDigits);
    const std::optional<std::string>& GetSupi() const;
    /** \throws MessageEncodeError unless 14..16 digits */
    void SetPei(const std::string& imeiDigits);
    const std::optional<std::string>& GetPei() const;
    void SetSecurityCapability(uint8_t niaMask, uint8_t neaMask);
    uint8_t GetNiaMask() const;
    uint8_t GetNeaMask() const;

  protected:
    /** \throws MessageEncodeError when neither SUPI nor PEI is set */
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    NasRegistrationType m_type{NasRegistrationType::kInitial};
    uint8_t m_ngksi{7};
    std::optional<std::string> m_supi;
    std::optional<std::string> m_pei;
    uint8_t m_niaMask{0x07};
    uint8_t m_neaMask{0x07};
};

/**
 * AMF -> UE: Authentication Request (TS 24.501 8.2.1). Body after the UE id: ngKSI (1), ABBA
 * (2-octet length + octets, at least 2), RAND (16), AUTN (16).
 */
class SrvccNasAuthenticationRequest : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetNgksi(uint8_t nibble);
    uint8_t GetNgksi() const;
    void SetAbba(const srvcc::Abba& abba);
    const srvcc::Abba& GetAbba() const;
    void SetRand(const srvcc::Rand& rand);
    const srvcc::Rand& GetRand() const;
    void SetAutn(const srvcc::Autn& autn);
    const srvcc::Autn& GetAutn() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_ngksi{0};
    srvcc::Abba m_abba{0x00, 0x00};
    srvcc::Rand m_rand{};
    srvcc::Autn m_autn{};
};

/** UE -> AMF: Authentication Response (TS 24.501 8.2.2). Body after the UE id: RES* (16). */
class SrvccNasAuthenticationResponse : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetResStar(const srvcc::Key128& resStar);
    const srvcc::Key128& GetResStar() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    srvcc::Key128 m_resStar;
};

/**
 * UE -> AMF: Authentication Failure (TS 24.501 8.2.4). Body after the UE id: 5GMM cause (1:
 * 20, 21 or 26), then AUTS (14) exactly when the cause is #21 synch failure.
 */
class SrvccNasAuthenticationFailure : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    /** \throws MessageEncodeError unless 20, 21 or 26 */
    void SetCause(uint8_t cause);
    uint8_t GetCause() const;
    void SetAuts(const srvcc::Auts& auts);
    const srvcc::Auts& GetAuts() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_cause{Nas5gmmCause::kMacFailure};
    srvcc::Auts m_auts{};
};

/** AMF -> UE: Authentication Reject (TS 24.501 8.2.5); nothing after the UE id. */
class SrvccNasAuthenticationReject : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();
};

/**
 * AMF -> UE: Security Mode Command (TS 24.501 8.2.25). Body after the UE id: selected NIA (1,
 * 0..3), selected NEA (1, 0..3), ngKSI (1), replayed UE security capability NIA and NEA masks
 * (1 + 1), DL NAS COUNT (4, at most 2^24 - 1), NAS-MAC (4) over everything before it.
 */
class SrvccNasSecurityModeCommand : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetAlgorithms(srvcc::NasIntegrityAlgorithm nia, srvcc::NasCipheringAlgorithm nea);
    srvcc::NasIntegrityAlgorithm GetIntegrityAlgorithm() const;
    srvcc::NasCipheringAlgorithm GetCipheringAlgorithm() const;
    void SetNgksi(uint8_t nibble);
    uint8_t GetNgksi() const;
    void SetReplayedCapability(uint8_t niaMask, uint8_t neaMask);
    uint8_t GetReplayedNiaMask() const;
    uint8_t GetReplayedNeaMask() const;
    /** \throws MessageEncodeError when above 2^24 - 1 */
    void SetCount(uint32_t count);
    uint32_t GetCount() const;
    void SetMac(const srvcc::Mac32& mac);
    const srvcc::Mac32& GetMac() const;
    /** The octets the NAS-MAC covers: the body from the UE id up to the MAC. */
    std::vector<uint8_t> MacInput() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint8_t m_nia{2};
    uint8_t m_nea{2};
    uint8_t m_ngksi{0};
    uint8_t m_niaMask{0};
    uint8_t m_neaMask{0};
    uint32_t m_count{0};
    srvcc::Mac32 m_mac{};
};

/**
 * UE -> AMF: Security Mode Complete (TS 24.501 8.2.26), protected with the new context. Body
 * after the UE id: UL NAS COUNT (4), NAS-MAC (4) over the UE id and the COUNT.
 */
class SrvccNasSecurityModeComplete : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetCount(uint32_t count);
    uint32_t GetCount() const;
    void SetMac(const srvcc::Mac32& mac);
    const srvcc::Mac32& GetMac() const;
    std::vector<uint8_t> MacInput() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    uint32_t m_count{0};
    srvcc::Mac32 m_mac{};
};

/** UE -> AMF: Security Mode Reject (TS 24.501 8.2.27): a 5GMM cause. */
class SrvccNasSecurityModeReject : public SrvccNasCauseMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();
};

/**
 * AMF -> UE: Registration Accept (TS 24.501 8.2.7). Body after the UE id: flags (1: bit 0
 * "registered for emergency services", TS 24.501 9.11.3.6).
 */
class SrvccNasRegistrationAccept : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetEmergencyRegistered(bool on);
    bool GetEmergencyRegistered() const;

  protected:
    uint32_t GetFieldsSize() const override;
    void SerializeFields(Buffer::Iterator& it) const override;
    void DeserializeFields(CompactReader& reader) override;
    void PrintFields(std::ostream& os) const override;

  private:
    bool m_emergency{false};
};

/** AMF -> UE: Registration Reject (TS 24.501 8.2.9): a 5GMM cause. */
class SrvccNasRegistrationReject : public SrvccNasCauseMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();
};

#undef SRVCC_NAS_MESSAGE_DECLARE

/** \return true when \p type is an authentication message (Authentication Request ..
 * Reject), which the statistics count as "authentication messages". */
bool IsNasAuthenticationMessage(uint8_t type);

/** \return "NAS Registration Request", ... for a known type, "NAS unknown" otherwise. */
const char* NasMessageName(uint8_t type);

/**
 * The NAS message of type \p type as the node applications' traces name it.
 * \return false for a type this module does not know
 */
bool NasSrvccMessageType(uint8_t type, SrvccMessageType& out);

/**
 * Reads the UE id of the NAS message at the start of \p p (octets 5-8), for relaying.
 * \return false when \p p is not a NAS message of a known type with at least a UE id
 */
bool PeekNasUeId(Ptr<const Packet> p, uint32_t& ueId);

/**
 * The NAS-MAC of a protected NAS message (TS 33.501 6.4.3.1): the selected NIA over \p input
 * with KNASint, COUNT = \p count, BEARER = 0 (the 3GPP access NAS connection), DIRECTION 0
 * uplink / 1 downlink. NIA0 gives 32 zero bits (TS 33.501 D.1).
 * \throws srvcc::CryptoError for an algorithm the crypto core does not provide (NIA3)
 */
srvcc::Mac32 ComputeNasMessageMac(srvcc::NasIntegrityAlgorithm nia, const srvcc::Key128& knasInt,
                                  uint32_t count, uint8_t direction,
                                  const std::vector<uint8_t>& input);

} // namespace ns3

#endif // SRVCC_NAS_5GMM_MESSAGES_H
