/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-interface.h"

#include <cstdio>

namespace ns3
{

const char*
ToString(SrvccInterface iface)
{
    switch (iface)
    {
        case SrvccInterface::kNrUu:
            return "nr-uu";
        case SrvccInterface::kN2:
            return "n2";
        case SrvccInterface::kN26:
            return "n26";
        case SrvccInterface::kSv:
            return "sv";
        case SrvccInterface::kAmfMsc:
            return "amf-msc";
        case SrvccInterface::kIu:
            return "iu";
        case SrvccInterface::kUtranUu:
            return "utran-uu";
    }
    return "unknown";
}

const std::array<SrvccInterface, kSrvccInterfaceCount>&
AllSrvccInterfaces()
{
    static const std::array<SrvccInterface, kSrvccInterfaceCount> all = {
        SrvccInterface::kNrUu,   SrvccInterface::kN2, SrvccInterface::kN26,    SrvccInterface::kSv,
        SrvccInterface::kAmfMsc, SrvccInterface::kIu, SrvccInterface::kUtranUu};
    return all;
}

uint16_t
SrvccPort(SrvccInterface iface)
{
    switch (iface)
    {
        case SrvccInterface::kN26:
        case SrvccInterface::kSv:
        case SrvccInterface::kAmfMsc:
            return 2123; // GTPv2-C (TS 29.274 4.2); the direct AMF-MSC link reuses Sv's messages
        case SrvccInterface::kN2:
            return 38412; // NGAP's SCTP port (TS 38.412), carried over UDP here
        case SrvccInterface::kIu:
            return 25412; // RANAP's SCTP port for Iu over IP (TS 25.412), over UDP here
        case SrvccInterface::kNrUu:
            return 5010;
        case SrvccInterface::kUtranUu:
            return 5020;
    }
    return 0;
}

std::string
SrvccImsi(uint32_t ueIndex)
{
    char msin[16];
    std::snprintf(msin, sizeof(msin), "%010u", ueIndex);
    return std::string("00101") + msin;
}

std::string
SrvccCMsisdn(uint32_t ueIndex)
{
    char digits[16];
    std::snprintf(digits, sizeof(digits), "%09u", ueIndex % 1000000000u);
    return std::string("4915") + digits;
}

std::string
SrvccMei(uint32_t ueIndex)
{
    char digits[16];
    std::snprintf(digits, sizeof(digits), "%06u", ueIndex % 1000000u);
    return std::string("35693803") + digits + "0";
}

} // namespace ns3
