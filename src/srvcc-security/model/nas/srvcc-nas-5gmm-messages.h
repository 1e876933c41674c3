/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The 5GMM messages of registration and 5G AKA as TS 24.501 8.2 codes them (plain 5GS NAS
 * messages, 9.1.1): Registration Request/Accept/Reject, Authentication Request/Response/Failure/
 * Reject and Security Mode Command/Complete/Reject. Each is an ns-3 Header whose octets are the
 * plain message: extended protocol discriminator 0x7E, security header type 0, message type
 * (9.7), then its IEs. A security-protected PDU (9.1.1: MAC, sequence number) wraps these octets,
 * see srvcc-nas-protection.h. They travel UE <-> gNB on NR-Uu and gNB <-> AMF on N2; the gNB
 * relays them unread (NGAP Initial UE Message / Uplink and Downlink NAS Transport, TS 38.413 8.6).
 * A NAS PDU is the whole packet: Deserialize takes every octet that is left.
 */
#ifndef SRVCC_NAS_5GMM_MESSAGES_H
#define SRVCC_NAS_5GMM_MESSAGES_H

#include "ns3/header.h"
#include "ns3/packet.h"
#include "ns3/srvcc-nas-codec.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc/aka.h"
#include "srvcc/nas-security.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/** The 5GMM message types of TS 24.501 Table 9.7.1 the module uses. */
enum class NasMessageType : uint8_t
{
    kRegistrationRequest = 0x41,
    kRegistrationAccept = 0x42,
    kRegistrationReject = 0x44,
    kAuthenticationRequest = 0x56,
    kAuthenticationResponse = 0x57,
    kAuthenticationReject = 0x58,
    kAuthenticationFailure = 0x59,
    kSecurityModeCommand = 0x5d,
    kSecurityModeComplete = 0x5e,
    kSecurityModeReject = 0x5f,
};

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

/** 5GS registration type value (TS 24.501 9.11.3.7, bits 3-1). */
enum class NasRegistrationType : uint8_t
{
    kInitial = 1,
    kMobilityUpdating = 2,
    kEmergency = 4,
};

/** IEIs of the optional IEs the module's messages carry (TS 24.501 8.2). */
namespace NasIei
{
constexpr uint8_t kUeSecurityCapability = 0x2e;     ///< 8.2.6.5
constexpr uint8_t kRand = 0x21;                     ///< 8.2.1.4, TV
constexpr uint8_t kAutn = 0x20;                     ///< 8.2.1.5, TLV
constexpr uint8_t kResStar = 0x2d;                  ///< 8.2.2.2, TLV
constexpr uint8_t kAuts = 0x30;                     ///< 8.2.4.2, TLV
constexpr uint8_t kImeisvRequest = 0xe0;            ///< 8.2.25.2, TV half octet
constexpr uint8_t kAdditional5gSecurityInfo = 0x36; ///< 8.2.25.4, TLV
constexpr uint8_t kMobileIdentity = 0x77;           ///< IMEISV 8.2.26.2 / 5G-GUTI 8.2.7.2, TLV-E
constexpr uint8_t kNasMessageContainer = 0x71;      ///< 8.2.26.3, TLV-E
} // namespace NasIei

/**
 * \ingroup srvcc-security
 *
 * Base of the plain 5GMM messages: octets 1-3 (EPD, security header type 0, message type) and
 * the IEs the subclass writes and reads.
 */
class SrvccNasMessage : public Header
{
  public:
    static TypeId GetTypeId();

    /** TS 24.501 Table 9.7.1. */
    virtual uint8_t GetMessageType() const = 0;
    virtual const char* GetMessageName() const = 0;
    virtual SrvccMessageType GetSrvccMessageType() const = 0;

    /** \return the plain message \throws MessageEncodeError for a value its IE cannot hold */
    std::vector<uint8_t> Encode() const;
    /** \throws MessageDecodeError naming the message and the IE */
    void Decode(const uint8_t* data, std::size_t size);
    void Decode(const std::vector<uint8_t>& octets);

    uint32_t GetSerializedSize() const final;
    void Serialize(Buffer::Iterator start) const final;
    uint32_t Deserialize(Buffer::Iterator start) final;
    void Print(std::ostream& os) const final;

  protected:
    virtual void EncodeIes(NasWriter& w) const = 0;
    /** Reads the IEs after the message type; Decode checks the header and trailing octets. */
    virtual void DecodeIes(NasReader& r) = 0;
    virtual void PrintIes(std::ostream& os) const = 0;
};

/** Base of the messages whose only IE is a 5GMM cause (V, 1 octet, 9.11.3.2). */
class SrvccNasCauseMessage : public SrvccNasMessage
{
  public:
    static TypeId GetTypeId();
    void SetCause(uint8_t cause);
    uint8_t GetCause() const;

  protected:
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    uint8_t m_cause{0};
};

/** Declares the identity members of a concrete NAS message. */
#define SRVCC_NAS_MESSAGE_DECLARE()              \
    static TypeId GetTypeId();                   \
    TypeId GetInstanceTypeId() const override;   \
    uint8_t GetMessageType() const override;     \
    const char* GetMessageName() const override; \
    SrvccMessageType GetSrvccMessageType() const override

/**
 * UE -> AMF: Registration Request (TS 24.501 8.2.6): 5GS registration type (V 1/2, bits 4-1,
 * FOR = 0) + ngKSI (V 1/2, bits 8-5), 5GS mobile identity (LV-E: the SUCI with the null scheme
 * for the IMSI, or the PEI for an emergency registration without one, TS 24.501 5.5.1.2.2),
 * UE security capability (IEI 2E). Only cleartext IEs (4.4.6): the UE has no valid context.
 */
class SrvccNasRegistrationRequest : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetRegistrationType(NasRegistrationType type);
    NasRegistrationType GetRegistrationType() const;
    bool IsEmergency() const;
    /** TSC (bit 4) and key set identifier (bits 3-1) \throws MessageEncodeError above 15 */
    void SetNgksi(uint8_t nibble);
    uint8_t GetNgksi() const;
    /** The identity is the SUCI of this IMSI. \throws MessageEncodeError unless 6..15 digits */
    void SetSupi(const std::string& imsiDigits);
    /** The IMSI when the identity is a SUCI. */
    std::optional<std::string> GetSupi() const;
    /** The identity is this IMEI / IMEISV. \throws MessageEncodeError unless 14..16 digits */
    void SetPei(const std::string& imeiDigits);
    /** The IMEI / IMEISV when the identity is one. */
    std::optional<std::string> GetPei() const;
    void SetMobileIdentity(const NasMobileIdentity& id);
    const NasMobileIdentity& GetMobileIdentity() const;
    void SetSecurityCapability(uint8_t niaMask, uint8_t neaMask);
    uint8_t GetNiaMask() const;
    uint8_t GetNeaMask() const;

  protected:
    /** \throws MessageEncodeError when no identity is set */
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    NasRegistrationType m_type{NasRegistrationType::kInitial};
    uint8_t m_ngksi{7};
    NasMobileIdentity m_identity;
    uint8_t m_niaMask{0x07};
    uint8_t m_neaMask{0x07};
};

/**
 * AMF -> UE: Authentication Request (TS 24.501 8.2.1): ngKSI (V 1/2) + spare half octet, ABBA
 * (LV, at least 2 octets, 9.11.3.10), authentication parameter RAND (IEI 21, TV 17) and AUTN
 * (IEI 20, TLV 18), both required for 5G AKA (TS 33.501 6.1.3.2 step 6).
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
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    uint8_t m_ngksi{0};
    srvcc::Abba m_abba{0x00, 0x00};
    srvcc::Rand m_rand{};
    srvcc::Autn m_autn{};
};

/**
 * UE -> AMF: Authentication Response (TS 24.501 8.2.2): authentication response parameter
 * (IEI 2D, TLV, 9.11.3.17) holding RES* (16 octets).
 */
class SrvccNasAuthenticationResponse : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetResStar(const srvcc::Key128& resStar);
    const srvcc::Key128& GetResStar() const;

  protected:
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    srvcc::Key128 m_resStar;
};

/**
 * UE -> AMF: Authentication Failure (TS 24.501 8.2.4): 5GMM cause (V: #20, #21 or #26), then the
 * authentication failure parameter (IEI 30, TLV, 9.11.3.14: AUTS, 14 octets) exactly with #21
 * synch failure (8.2.4.2).
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
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    uint8_t m_cause{Nas5gmmCause::kMacFailure};
    srvcc::Auts m_auts{};
};

/** AMF -> UE: Authentication Reject (TS 24.501 8.2.5); no EAP message in 5G AKA. */
class SrvccNasAuthenticationReject : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

  protected:
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;
};

/**
 * AMF -> UE: Security Mode Command (TS 24.501 8.2.25), sent with security header type 3:
 * selected NAS security algorithms (V, 9.11.3.34: ciphering bits 8-5, integrity bits 4-1), ngKSI
 * (V 1/2) + spare half octet, replayed UE security capabilities (LV, 9.11.3.54), IMEISV request
 * (IEI E-, 9.11.3.28) and additional 5G security information (IEI 36, 9.11.3.12: RINMR, HDP).
 * Its NAS COUNT and MAC are in the security header, not in the message.
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
    void SetImeisvRequested(bool on);
    bool GetImeisvRequested() const;
    /** RINMR: "retransmission of the initial NAS message requested" (TS 24.501 5.4.2.2). */
    void SetRetransmissionRequested(bool on);
    bool GetRetransmissionRequested() const;

  protected:
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    uint8_t m_nia{2};
    uint8_t m_nea{2};
    uint8_t m_ngksi{0};
    uint8_t m_niaMask{0};
    uint8_t m_neaMask{0};
    bool m_imeisvRequested{false};
    bool m_rinmr{false};
};

/**
 * UE -> AMF: Security Mode Complete (TS 24.501 8.2.26), sent with security header type 4: the
 * IMEISV (IEI 77, 5GS mobile identity, when the command asked for it; an IMEI when the UE holds
 * no IMEISV) and the NAS message container (IEI 71) with the entire initial Registration Request
 * when the command set RINMR (4.4.6).
 */
class SrvccNasSecurityModeComplete : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    /** \throws MessageEncodeError unless 14..16 digits */
    void SetPei(const std::string& digits);
    std::optional<std::string> GetPei() const;
    void SetNasMessageContainer(const std::vector<uint8_t>& message);
    const std::optional<std::vector<uint8_t>>& GetNasMessageContainer() const;

  protected:
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

  private:
    std::optional<NasMobileIdentity> m_pei;
    std::optional<std::vector<uint8_t>> m_container;
};

/** UE -> AMF: Security Mode Reject (TS 24.501 8.2.27): a 5GMM cause. */
class SrvccNasSecurityModeReject : public SrvccNasCauseMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();
};

/**
 * AMF -> UE: Registration Accept (TS 24.501 8.2.7): 5GS registration result (LV, 9.11.3.6:
 * 3GPP access, "registered for emergency services" bit 6). No 5G-GUTI is assigned (so no
 * Registration Complete follows, 5.5.1.2.4).
 */
class SrvccNasRegistrationAccept : public SrvccNasMessage
{
  public:
    SRVCC_NAS_MESSAGE_DECLARE();

    void SetEmergencyRegistered(bool on);
    bool GetEmergencyRegistered() const;

  protected:
    void EncodeIes(NasWriter& w) const override;
    void DecodeIes(NasReader& r) override;
    void PrintIes(std::ostream& os) const override;

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

/** \return true for Authentication Request .. Failure, which the statistics count as
 * "authentication messages". */
bool IsNasAuthenticationMessage(uint8_t type);

/** \return "NAS Registration Request", ... for a known type, "NAS unknown" otherwise. */
const char* NasMessageName(uint8_t type);

/**
 * The 5GMM message of type \p type (TS 24.501 Table 9.7.1) as the node applications' traces name
 * it. \return false for a type this module does not know
 */
bool NasSrvccMessageType(uint8_t type, SrvccMessageType& out);

} // namespace ns3

#endif // SRVCC_NAS_5GMM_MESSAGES_H
