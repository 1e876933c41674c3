/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The values of the RANAP IEs the module's Iu messages carry (TS 25.413 9.2, ASN.1 in 9.3.4),
 * each encoded on its own in aligned PER as the open type of its ProtocolIE-Field. Decoders
 * throw MessageDecodeError "<pdu>: <IE>: <problem>"; encoders MessageEncodeError.
 */
#ifndef SRVCC_RANAP_IES_H
#define SRVCC_RANAP_IES_H

#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/** The alternatives of Cause ::= CHOICE (TS 25.413 9.2.1.4), in their ASN.1 order. */
enum class RanapCauseGroup : uint8_t
{
    kRadioNetwork = 0,        ///< CauseRadioNetwork (1..64)
    kTransmissionNetwork = 1, ///< CauseTransmissionNetwork (65..80)
    kNas = 2,                 ///< CauseNAS (81..96)
    kProtocol = 3,            ///< CauseProtocol (97..112)
    kMisc = 4,                ///< CauseMisc (113..128)
    kNonStandard = 5,         ///< CauseNon-Standard (129..256)
};

/** A RANAP Cause: its group and its value, which TS 25.413 numbers across all groups. */
struct RanapCause
{
    RanapCauseGroup group{RanapCauseGroup::kMisc};
    uint16_t value{115}; ///< misc unspecified-failure
};

/** The cause values (TS 25.413 9.2.1.4) the module uses. */
namespace ranap
{
constexpr uint16_t kCauseTrelocoverallExpiry = 2;
constexpr uint16_t kCauseRelocationCancelled = 10;
constexpr uint16_t kCauseRepeatedIntegrityCheckingFailure = 37;
constexpr uint16_t kCauseRelocationDesirableForRadioReasons = 43;
constexpr uint16_t kCauseNoRadioResourcesInTargetCell = 53;
constexpr uint16_t kCauseNormalRelease = 83;
constexpr uint16_t kCauseUnspecifiedFailure = 115;

/** IntegrityProtectionAlgorithm (TS 25.413 9.3.4): UIA1 0, UIA2 1, no-value 15. */
constexpr uint8_t kUia1 = 0;
constexpr uint8_t kUia2 = 1;
constexpr uint8_t kIntegrityNoValue = 15;
} // namespace ranap

std::vector<uint8_t> EncodeRanapCause(const RanapCause& cause, const char* pdu);
RanapCause DecodeRanapCause(const std::vector<uint8_t>& value, const char* pdu);

/** CN-DomainIndicator ::= ENUMERATED { cs-domain, ps-domain } (9.3.4). */
std::vector<uint8_t> EncodeCnDomainIndicator(bool psDomain, const char* pdu);
/** \return true for ps-domain */
bool DecodeCnDomainIndicator(const std::vector<uint8_t>& value, const char* pdu);

/**
 * PermanentNAS-UE-ID ::= CHOICE { iMSI IMSI, ... } (9.3.4), IMSI a TBCD-STRING (SIZE (3..8))
 * of TS 23.003 2.2 (two digits an octet, the first in the low nibble, filler 1111).
 * \throws MessageEncodeError unless \p imsi is 6..15 decimal digits (the 3..8 octets)
 */
std::vector<uint8_t> EncodePermanentNasUeId(const std::string& imsi, const char* pdu);
std::string DecodePermanentNasUeId(const std::vector<uint8_t>& value, const char* pdu);

/**
 * IntegrityProtectionInformation ::= SEQUENCE { permittedAlgorithms (SIZE (1..16)) OF
 * IntegrityProtectionAlgorithm, key BIT STRING (SIZE (128)), iE-Extensions OPTIONAL } (9.3.4)
 * and EncryptionInformation, the same with EncryptionAlgorithm; the algorithms are
 * the RANAP code points (0..15).
 */
std::vector<uint8_t> EncodeSecurityInformation(const std::vector<uint8_t>& permitted,
                                               const srvcc::Key128& key, const char* pdu,
                                               const char* ie);
/** \param key gets the 128-bit key straight, so no unwiped copy is left behind */
std::vector<uint8_t> DecodeSecurityInformation(const std::vector<uint8_t>& value,
                                               srvcc::Key128& key, const char* pdu, const char* ie);

/** ChosenIntegrityProtectionAlgorithm / ChosenEncryptionAlgorithm: INTEGER (0..15). */
std::vector<uint8_t> EncodeAlgorithm(uint8_t codePoint, const char* pdu, const char* ie);
uint8_t DecodeAlgorithm(const std::vector<uint8_t>& value, const char* pdu, const char* ie);

/** IuSignallingConnectionIdentifier ::= BIT STRING (SIZE (24)) (9.3.4; the most significant bit
 * says who allocated it: 1 the CN). */
std::vector<uint8_t> EncodeIuSigConId(uint32_t id, const char* pdu);
uint32_t DecodeIuSigConId(const std::vector<uint8_t>& value, const char* pdu);

} // namespace ns3

#endif // SRVCC_RANAP_IES_H
