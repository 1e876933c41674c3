/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Key set identifiers and their mapping for 5G-SRVCC: ngKSI -> eKSI -> KSI_SRVCC.
 */
#ifndef SRVCC_KEY_SET_IDENTIFIER_H
#define SRVCC_KEY_SET_IDENTIFIER_H

#include <cstdint>
#include <string>

namespace srvcc
{

/** TS 33.501 6.2.3.2: the type field of ngKSI / eKSI. */
enum class KsiType : uint8_t
{
    kNative = 0,
    kMapped = 1,
};

/**
 * The 3-bit value field shared by ngKSI, eKSI and the UTRAN KSI. The value '111' (7) is
 * reserved by the UE to say that no valid key is available (TS 33.501 6.2.3.2).
 */
constexpr uint8_t kKsiNoKeyAvailable = 7;

/**
 * A key set identifier with a type and a 3-bit value: ngKSI in 5GS, eKSI in EPS.
 * On the NAS wire it is one nibble: TSC (bit 4) || value (bits 3..1).
 */
struct KeySetIdentifier
{
    KsiType type{KsiType::kNative};
    uint8_t value{0};

    /** \throws CryptoError naming \p input when \p value is not 0..7 */
    static KeySetIdentifier Make(KsiType type, unsigned value, const std::string& input);

    /** Parse the NAS nibble (TSC || value). \throws CryptoError when above 0x0f */
    static KeySetIdentifier FromNibble(unsigned nibble, const std::string& input);

    uint8_t
    ToNibble() const
    {
        return static_cast<uint8_t>((static_cast<uint8_t>(type) << 3) | value);
    }

    bool
    IsNoKey() const
    {
        return value == kKsiNoKeyAvailable;
    }

    bool
    operator==(const KeySetIdentifier& o) const
    {
        return type == o.type && value == o.value;
    }
};

using Ngksi = KeySetIdentifier;
using Eksi = KeySetIdentifier;

/**
 * How the eKSI type field is set when ngKSI is mapped for 5G-SRVCC. TS 33.501 J.1.2 step 3
 * says only "assign the value of ngKSI to the eKSI"; 8.6.1 (5GS to EPS mapping) sets the type
 * to "mapped". Which one an SRVCC MME expects is UNCONFIRMED, so the module lets it be chosen.
 */
enum class EksiTypeRule
{
    kSetMapped, ///< TS 33.501 8.6.1: type field indicates a mapped context (default)
    kKeepType,  ///< copy the ngKSI type field as it is
};

/**
 * TS 33.501 J.1.2 step 3 (and the study's Solution #1.1): the AMF maps ngKSI to eKSI.
 * \throws CryptoError when ngKSI is 7 (no key available): nothing may be derived from it
 */
Eksi MapNgksiToEksi(const Ngksi& ngksi, EksiTypeRule rule = EksiTypeRule::kSetMapped);

/**
 * TS 33.501 J.1.2 step 5 / TS 33.401 14.1: the MME_SRVCC assigns the value of eKSI to
 * KSI_SRVCC, the 3-bit UTRAN KSI sent to the MSC server (KSI'cs on Sv).
 * \throws CryptoError when eKSI is 7
 */
uint8_t MapEksiToKsiSrvcc(const Eksi& eksi);

/**
 * The study's Solution #1.2: the AMF assigns the value of ngKSI to KSI_SRVCC directly.
 * \throws CryptoError when ngKSI is 7
 */
uint8_t MapNgksiToKsiSrvcc(const Ngksi& ngksi);

} // namespace srvcc

#endif // SRVCC_KEY_SET_IDENTIFIER_H
