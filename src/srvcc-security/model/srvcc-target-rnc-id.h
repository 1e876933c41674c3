/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UTRAN Target RNC-ID of a 5G-SRVCC handover (TS 23.216 6.5.4 step 3).
 */
#ifndef SRVCC_TARGET_RNC_ID_H
#define SRVCC_TARGET_RNC_ID_H

#include <cstdint>
#include <ostream>
#include <string>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * Target RNC-ID as in TS 25.413 9.2.1.39: LAI (PLMN identity + LAC) and RNC-ID. The optional
 * RAC is not modelled. On the wire the PLMN is 3 octets TBCD (TS 24.008 10.5.1.13), then LAC
 * and RNC-ID as 2 octets each, network byte order. mcc must be 3 decimal digits and mnc 2 or
 * 3; the N2 Handover Required setter and decoder reject anything else.
 */
struct TargetRncId
{
    std::string mcc;    //!< Mobile Country Code, 3 digits, e.g. "901"
    std::string mnc;    //!< Mobile Network Code, 2 or 3 digits, e.g. "70"
    uint16_t lac = 0;   //!< Location Area Code
    uint16_t rncId = 0; //!< RNC-ID (0..4095, or an Extended RNC-ID up to 65535)

    bool
    operator==(const TargetRncId& other) const
    {
        return mcc == other.mcc && mnc == other.mnc && lac == other.lac && rncId == other.rncId;
    }

    bool
    operator!=(const TargetRncId& other) const
    {
        return !(*this == other);
    }
};

/** Prints "mcc-mnc/lac/rncId", e.g. "901-70/4660/66". */
inline std::ostream&
operator<<(std::ostream& os, const TargetRncId& id)
{
    return os << id.mcc << "-" << id.mnc << "/" << id.lac << "/" << id.rncId;
}

} // namespace ns3

#endif // SRVCC_TARGET_RNC_ID_H
