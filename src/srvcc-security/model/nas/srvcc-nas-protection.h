/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Security-protected 5GS NAS messages (TS 24.501 9.1.1, 4.4.3, 4.4.5; TS 33.501 6.4): the outer
 * header (EPD 0x7E, security header type 1..4, the 4-octet message authentication code, the
 * sequence number = the 8 LSB of the NAS COUNT) in front of the plain or ciphered 5GMM message.
 * The MAC covers the sequence number and the (ciphered) message (4.4.3.3: octets 6..n), computed
 * with the selected 5G-IA and KNASint, COUNT, BEARER 0 and DIRECTION (TS 33.501 6.4.3.1, D.3.1);
 * the message is ciphered first (4.4.5, TS 33.501 6.4.4, D.2.1). With 5G-IA0 the MAC is all
 * zeroes and the receiver does not check it (TS 33.501 D.1, 5.5.2); 5G-EA0 leaves the message in
 * clear, still under the "ciphered" header type (TS 24.501 4.4.5).
 */
#ifndef SRVCC_NAS_PROTECTION_H
#define SRVCC_NAS_PROTECTION_H

#include "ns3/packet.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc/nas-security.h"
#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ns3
{

/** TS 24.501 9.3.1: security header type (octet 2, bits 4-1). */
enum class NasSecurityHeaderType : uint8_t
{
    kPlain = 0,
    kIntegrityProtected = 1,
    kIntegrityProtectedAndCiphered = 2,
    kIntegrityProtectedNewContext = 3,            ///< Security Mode Command
    kIntegrityProtectedAndCipheredNewContext = 4, ///< Security Mode Complete
};

/** The keys and algorithms of a 5G NAS security context in use (TS 33.501 6.7). */
struct SrvccNasSecurityKeys
{
    srvcc::NasIntegrityAlgorithm nia{srvcc::NasIntegrityAlgorithm::kNia0};
    srvcc::Key128 knasInt;
    srvcc::NasCipheringAlgorithm nea{srvcc::NasCipheringAlgorithm::kNea0};
    srvcc::Key128 knasEnc;
};

/** TS 33.501 D.3.1.1 DIRECTION. */
constexpr uint8_t kNasUplink = 0;
constexpr uint8_t kNasDownlink = 1;

/**
 * A NAS PDU as its outer octets say: a plain 5GMM message, or a security-protected one with its
 * MAC, sequence number and the NAS message IE (octets 8..n, ciphered when the type says so).
 */
struct SrvccNasPdu
{
    NasSecurityHeaderType securityHeaderType{NasSecurityHeaderType::kPlain};
    srvcc::Mac32 mac{};
    uint8_t sequenceNumber{0};
    /** Plain: the whole PDU; protected: the NAS message IE after the sequence number. */
    std::vector<uint8_t> message;

    /** \throws MessageDecodeError "NAS PDU: <field>: <problem>" (EPD, header type, truncated) */
    static SrvccNasPdu Parse(const uint8_t* data, std::size_t size);
    static SrvccNasPdu Parse(Ptr<const Packet> packet);

    bool IsProtected() const;
    bool IsCiphered() const;
    /** The octets the MAC covers: the sequence number, then the NAS message IE. */
    std::vector<uint8_t> MacInput() const;
};

/**
 * The NAS-MAC over \p input: the selected NIA with KNASint, COUNT, BEARER = 0 (the 3GPP access
 * NAS connection, TS 33.501 6.4.3.1) and \p direction. NIA0 gives 32 zero bits (D.1).
 * \throws srvcc::CryptoError for an algorithm the crypto core does not provide (NIA3)
 */
srvcc::Mac32 ComputeNasMessageMac(srvcc::NasIntegrityAlgorithm nia, const srvcc::Key128& knasInt,
                                  uint32_t count, uint8_t direction,
                                  const std::vector<uint8_t>& input);

/**
 * Protects the plain 5GMM message \p plain: ciphers it when \p type is a ciphered one (with the
 * selected NEA, COUNT, BEARER 0, \p direction), then prefixes EPD, \p type, the MAC and the
 * sequence number (the 8 LSB of \p count).
 * \throws srvcc::CryptoError for an algorithm the crypto core does not provide
 */
std::vector<uint8_t> ProtectNasMessage(const std::vector<uint8_t>& plain,
                                       NasSecurityHeaderType type, const SrvccNasSecurityKeys& keys,
                                       uint32_t count, uint8_t direction);

/**
 * Checks the MAC of a protected \p pdu with COUNT \p count (TS 24.501 4.4.3.3).
 * \return true when it verifies, or when the selected NIA is NIA0 (its MAC is not checked, D.1)
 */
bool VerifyNasPdu(const SrvccNasPdu& pdu, const SrvccNasSecurityKeys& keys, uint32_t count,
                  uint8_t direction);

/** \return the plain 5GMM message of a protected \p pdu (deciphered when it is ciphered). */
std::vector<uint8_t> DecipherNasPdu(const SrvccNasPdu& pdu, const SrvccNasSecurityKeys& keys,
                                    uint32_t count, uint8_t direction);

/**
 * The receiver's NAS COUNT for sequence number \p seq (TS 24.501 4.4.3.1): the smallest COUNT at
 * or above \p nextExpected whose 8 LSB are \p seq (the overflow counter is estimated).
 */
uint32_t EstimateNasCount(uint32_t nextExpected, uint8_t seq);

/**
 * Which 5GMM message a NAS PDU holds, from its first octets, without keys and without throwing:
 * a plain message by its type (octet 3); an integrity-protected one (header type 1 or 3) by the
 * plain message type at octet 10. A ciphered one (2 or 4) cannot be read: the procedure of this
 * module sends exactly one message under each, Security Mode Complete under type 4 (TS 24.501
 * 5.4.2.3) and Registration Accept under type 2 (the only message after the security mode
 * control), so that is what it is classified as.
 * \return std::nullopt when \p data is not a 5GMM message this module knows
 */
std::optional<SrvccMessageType> ClassifyNasPdu(const uint8_t* data, std::size_t size);
std::optional<SrvccMessageType> ClassifyNasPdu(Ptr<const Packet> packet);

/** \return a packet holding exactly \p octets */
Ptr<Packet> NasPduPacket(const std::vector<uint8_t>& octets);
/** \return the octets of \p packet */
std::vector<uint8_t> NasPduOctets(Ptr<const Packet> packet);

} // namespace ns3

#endif // SRVCC_NAS_PROTECTION_H
