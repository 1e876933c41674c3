/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UE capabilities the core network passes along in a 5G-SRVCC handover (TS 23.216 6.5.1:
 * MS Classmark 2 and Supported Codecs from registration; TS 33.501 J.1.2: the UE security
 * capability). The values are those of a typical voice UE; only their presence and size
 * matter to the simulation.
 */
#ifndef SRVCC_UE_CAPABILITIES_H
#define SRVCC_UE_CAPABILITIES_H

#include "ns3/gtpv2c-ie-handover.h"

#include <vector>

namespace ns3
{

/**
 * UE network capability (TS 24.301 9.9.3.34): EEA0-2, EIA1-2, UEA0-2, UIA1-2 supported
 * (octet 1 EEA0..EEA7, octet 2 EIA0..EIA7, octet 3 UEA0..UEA7, octet 4 UCS2 + UIA1..UIA7).
 */
inline std::vector<uint8_t>
SrvccUeNetworkCapability()
{
    return {0xe0, 0x60, 0xe0, 0x60};
}

/** MS Classmark 2 (TS 24.008 10.5.1.6), MS Classmark 3 and the Supported Codec List (10.5.4.32). */
inline SrvccClassmarks
SrvccUeClassmarks()
{
    SrvccClassmarks c;
    c.msClassmark2 = {0x53, 0x19, 0xa2};
    c.msClassmark3 = {0x60, 0x14, 0x04, 0xef, 0x65, 0x23, 0x3c, 0x98};
    c.supportedCodecList = {0x04, 0x03, 0x60, 0x00, 0x02}; // UMTS: UMTS AMR 2, FR AMR, HR AMR
    return c;
}

} // namespace ns3

#endif // SRVCC_UE_CAPABILITIES_H
