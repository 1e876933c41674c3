/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * GTPv2-C identity IEs coded as TBCD digits: IMSI (TS 29.274 8.3), MEI (8.10), MSISDN (8.11,
 * carries the C-MSISDN), STN-SR (TS 29.280 6.2); and the MCC/MNC of TS 24.008 10.5.1.3 used by
 * the Target RNC ID and the Target Identification.
 */
#ifndef GTPV2C_IE_IDENTITY_H
#define GTPV2C_IE_IDENTITY_H

#include "gtpv2c-ie.h"

#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * STN-SR (TS 29.280 6.2): octet 5 is the NANPI of a MAP AddressString (TS 29.002), the rest
 * are TBCD digits with the filler '1111' after an odd count.
 */
struct StnSr
{
    /** 0x91: no extension, international number, ISDN/E.164 numbering plan. */
    static constexpr uint8_t kInternationalE164 = 0x91;

    uint8_t nanpi{kInternationalE164};
    std::string digits;

    bool
    operator==(const StnSr& other) const
    {
        return nanpi == other.nanpi && digits == other.digits;
    }
};

/**
 * \ingroup srvcc-security
 *
 * A PLMN identity as MCC (3 digits) and MNC (2 or 3 digits), e.g. {"901", "70"}.
 */
struct Gtpv2cPlmn
{
    std::string mcc;
    std::string mnc;

    bool
    operator==(const Gtpv2cPlmn& other) const
    {
        return mcc == other.mcc && mnc == other.mnc;
    }
};

/**
 * Write \p digits as TBCD: digit 1 in bits 4-1 of the first octet, digit 2 in bits 8-5, ...,
 * '1111' in bits 8-5 of the last octet when the count is odd.
 * \throws Gtpv2cEncodeError naming \p field on a non-digit
 */
void PutTbcdDigits(Gtpv2cIeWriter& writer, const std::string& digits, const char* field);
/**
 * Read \p octets of TBCD digits. A '1111' nibble is accepted only as the filler in bits 8-5
 * of the last octet.
 * \throws Gtpv2cDecodeError naming the IE and \p field on a non-decimal nibble
 */
std::string ReadTbcdDigits(Gtpv2cIeReader& reader, std::size_t octets, const char* field);

/** IMSI, 6 to 15 digits (TS 23.003 2.2: MCC, MNC, at least one MSIN digit). */
void WriteImsiIe(Gtpv2cIeWriter& writer, const std::string& imsi, uint8_t instance = 0);
std::string ReadImsiIe(const Gtpv2cRawIe& ie);

/** MEI: an IMEI (15 digits) or IMEISV (16 digits), TS 23.003 6.2. */
void WriteMeiIe(Gtpv2cIeWriter& writer, const std::string& mei, uint8_t instance = 0);
std::string ReadMeiIe(const Gtpv2cRawIe& ie);

/** MSISDN (and C-MSISDN): 1 to 15 E.164 digits without the NANPI octet. */
void WriteMsisdnIe(Gtpv2cIeWriter& writer, const std::string& msisdn, uint8_t instance = 0);
std::string ReadMsisdnIe(const Gtpv2cRawIe& ie);

/** STN-SR: the NANPI octet and 1 to 15 E.164 digits. */
void WriteStnSrIe(Gtpv2cIeWriter& writer, const StnSr& stnSr, uint8_t instance = 0);
StnSr ReadStnSrIe(const Gtpv2cRawIe& ie);

/**
 * MCC/MNC in 3 octets (TS 24.008 Figure 10.5.3): MCC2|MCC1, MNC3|MCC3, MNC2|MNC1, with
 * MNC3 = '1111' for a 2-digit MNC.
 * \throws Gtpv2cEncodeError naming \p field unless MCC has 3 digits and MNC 2 or 3
 */
void PutPlmn(Gtpv2cIeWriter& writer, const Gtpv2cPlmn& plmn, const char* field);
Gtpv2cPlmn ReadPlmn(Gtpv2cIeReader& reader, const char* field);

} // namespace ns3

#endif // GTPV2C_IE_IDENTITY_H
