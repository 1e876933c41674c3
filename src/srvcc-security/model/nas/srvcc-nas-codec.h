/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The octet-oriented coding of 5GS NAS messages (TS 24.501 9, TS 24.007 11.2): one writer and one
 * bounds-checked reader for the information-element formats V, LV, LV-E, TV, TLV and TLV-E, and
 * the 5GMM information elements the module's messages carry (9.11.3). The reader never reads past
 * its data: a truncated or inconsistent PDU throws MessageDecodeError "<message>: <IE>: <problem>".
 */
#ifndef SRVCC_NAS_CODEC_H
#define SRVCC_NAS_CODEC_H

#include "ns3/srvcc-message-decode-error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/** TS 24.007 11.2.3.1.1A: the extended protocol discriminator of 5GS mobility management. */
constexpr uint8_t kNas5gmmEpd = 0x7e;

/**
 * \ingroup srvcc-security
 *
 * Appends the octets of a NAS message. Values the IE format cannot hold (an LV longer than 255
 * octets) throw MessageEncodeError naming the message and the IE.
 */
class NasWriter
{
  public:
    /** \param message the message name for error texts (a literal) */
    explicit NasWriter(const char* message);

    void U8(uint8_t v);
    void U16(uint16_t v);
    void U32(uint32_t v);
    void Octets(const uint8_t* data, std::size_t n);
    void Octets(const std::vector<uint8_t>& data);
    /** TS 24.007 11.2.1.1: LV, a 1-octet length then the value. */
    void Lv(const std::vector<uint8_t>& value, const char* ie);
    /** LV-E: a 2-octet length then the value. */
    void LvE(const std::vector<uint8_t>& value, const char* ie);
    /** TLV with \p iei. */
    void Tlv(uint8_t iei, const std::vector<uint8_t>& value, const char* ie);
    /** TLV-E with \p iei. */
    void TlvE(uint8_t iei, const std::vector<uint8_t>& value, const char* ie);

    const std::vector<uint8_t>& Data() const;
    std::vector<uint8_t> Take();

  private:
    const char* m_message;
    std::vector<uint8_t> m_octets;
};

/**
 * \ingroup srvcc-security
 *
 * Reads the octets of a NAS message; every read checks what is left.
 */
class NasReader
{
  public:
    /** \p data must outlive the reader; \p message names the message in errors (a literal). */
    NasReader(const uint8_t* data, std::size_t size, const char* message);

    uint8_t U8(const char* ie);
    uint16_t U16(const char* ie);
    uint32_t U32(const char* ie);
    void Octets(uint8_t* out, std::size_t n, const char* ie);
    std::vector<uint8_t> Octets(std::size_t n, const char* ie);
    /** The next octet without consuming it; false at the end. */
    bool Peek(uint8_t& octet) const;
    std::vector<uint8_t> Lv(const char* ie);
    std::vector<uint8_t> LvE(const char* ie);
    /** The value of a TLV whose IEI has been read (the length octet comes next). */
    std::vector<uint8_t> TlvValue(const char* ie);
    std::vector<uint8_t> TlvEValue(const char* ie);
    std::size_t Remaining() const;
    bool AtEnd() const;
    /** \throws MessageDecodeError "<message>: <ie>: <problem>" */
    [[noreturn]] void Fail(const char* ie, const std::string& problem) const;

  private:
    void Need(std::size_t n, const char* ie) const;

    const uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos{0};
    const char* m_message;
};

/**
 * Skips one optional IE the module does not use, after its first octet \p iei was read, by its
 * format (TS 24.007 11.2.4: a type 1 IE when bit 8 is set, the TLV-E IEIs of TS 24.501 are
 * 0x70..0x7F, every other one is TLV), so that an unknown optional IE is ignored as TS 24.501
 * 7.6.1 requires (comprehension not required).
 */
void SkipUnknownNasIe(NasReader& reader, uint8_t iei);

// ---- 5GS mobile identity (TS 24.501 9.11.3.4) -------------------------------------------------

/** Type of identity, octet 4 bits 3-1. */
enum class NasIdentityType : uint8_t
{
    kNoIdentity = 0,
    kSuci = 1,
    kGuti = 2,
    kImei = 3,
    kTmsi = 4,
    kImeisv = 5,
};

/**
 * One 5GS mobile identity: a SUCI with the null protection scheme for an IMSI (TS 33.501
 * 6.12.2: the scheme output is the MSIN in clear), a 5G-GUTI, an IMEI or an IMEISV.
 */
struct NasMobileIdentity
{
    NasIdentityType type{NasIdentityType::kNoIdentity};
    /** SUCI: the IMSI digits (MCC, MNC, MSIN); IMEI / IMEISV: their digits. */
    std::string digits;
    /** SUCI: the MNC length, 2 or 3 (TS 23.003 2.2), to split \p digits. */
    uint8_t mncDigits{2};
    /** SUCI: routing indicator (1..4 digits, TS 23.003 2.2B), "0" when none is provisioned. */
    std::string routingIndicator{"0"};
    /** 5G-GUTI: MCC + MNC digits, AMF Region ID, AMF Set ID (10 bits), pointer (6), 5G-TMSI. */
    std::string plmn;
    uint8_t amfRegionId{0};
    uint16_t amfSetId{0};
    uint8_t amfPointer{0};
    uint32_t tmsi{0};

    static NasMobileIdentity Suci(const std::string& imsi, uint8_t mncDigits = 2);
    static NasMobileIdentity Pei(const std::string& imeiOrImeisv);
};

/** \return the value part (octets 4..) \throws MessageEncodeError naming \p message */
std::vector<uint8_t> EncodeNasMobileIdentity(const NasMobileIdentity& id, const char* message);
/** \throws MessageDecodeError naming \p message and "5GS mobile identity" */
NasMobileIdentity DecodeNasMobileIdentity(const std::vector<uint8_t>& value, const char* message);

// ---- UE security capability (TS 24.501 9.11.3.54) ---------------------------------------------

/**
 * The module's masks (bit i = 5G-IAi / 5G-EAi) as the IE's value: octet 1 5G-EA0..7, octet 2
 * 5G-IA0..7, each with algorithm 0 in bit 8.
 */
std::vector<uint8_t> EncodeNasUeSecurityCapability(uint8_t niaMask, uint8_t neaMask);
/** \throws MessageDecodeError when shorter than 2 or longer than 8 octets */
void DecodeNasUeSecurityCapability(const std::vector<uint8_t>& value, uint8_t& niaMask,
                                   uint8_t& neaMask, const char* message, const char* ie);

} // namespace ns3

#endif // SRVCC_NAS_CODEC_H
