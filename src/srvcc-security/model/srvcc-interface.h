/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The interfaces of the 5G-SRVCC topology, their UDP ports, and the UE identities the
 * simulation derives from a UE index.
 */
#ifndef SRVCC_INTERFACE_H
#define SRVCC_INTERFACE_H

#include <array>
#include <cstdint>
#include <string>

namespace ns3
{

/** Each link of the topology belongs to one of these. */
enum class SrvccInterface : uint8_t
{
    kNrUu,    ///< UE - gNB radio leg (NR RRC)
    kN2,      ///< gNB - AMF (NGAP)
    kN26,     ///< AMF - MME_SRVCC (GTPv2-C, TS 23.216 6.5.4 step 5)
    kSv,      ///< MME_SRVCC - MSC server (GTPv2-C, TS 29.280)
    kAmfMsc,  ///< AMF - MSC server, the direct interface of the study's Solution #1.2
    kIu,      ///< MSC server - target RNC (RANAP)
    kUtranUu, ///< UE - target RNC radio leg (UTRAN RRC)
};

constexpr std::size_t kSrvccInterfaceCount = 7;

/** "nr-uu", "n2", "n26", "sv", "amf-msc", "iu", "utran-uu": names in traces, pcaps and files. */
const char* ToString(SrvccInterface iface);

/** All interfaces, in the order of the enum. */
const std::array<SrvccInterface, kSrvccInterfaceCount>& AllSrvccInterfaces();

/** UDP port of an interface: GTPv2-C on 2123 (TS 29.274 4.2), NGAP's 38412 for N2, ... */
uint16_t SrvccPort(SrvccInterface iface);

/** The IMSI the simulation gives UE \p ueIndex: MCC 001, MNC 01, MSIN = index (10 digits). */
std::string SrvccImsi(uint32_t ueIndex);

/**
 * SrvccImsi(\p ueIndex) as a number, as the traces carry it (like LTE's uint64_t IMSI): the
 * digits "00101" and the 10-digit MSIN read as a decimal number, so MCC 001's leading zeros
 * do not show: UE 7 is 1010000000007.
 */
constexpr uint64_t
SrvccImsiNumber(uint32_t ueIndex)
{
    return 1010000000000ULL + ueIndex;
}

/** The C-MSISDN the simulation gives UE \p ueIndex (TS 23.003): "4915" and 9 digits. */
std::string SrvccCMsisdn(uint32_t ueIndex);

/** The PEI (an IMEI, TS 23.003 6.2) of UE \p ueIndex: TAC 35693803, SNR = index, digit 0. */
std::string SrvccMei(uint32_t ueIndex);

/**
 * The GTPv2-C TEID a node allocates for UE \p ueIndex on its control plane: the index plus one
 * (0 is reserved for initial requests, TS 29.274 5.5.2).
 */
inline uint32_t
SrvccTeid(uint32_t ueIndex)
{
    return ueIndex + 1;
}

/** \return the UE a TEID from SrvccTeid() belongs to; false for TEID 0. */
inline bool
SrvccUeIndexFromTeid(uint32_t teid, uint32_t& ueIndex)
{
    if (teid == 0)
    {
        return false;
    }
    ueIndex = teid - 1;
    return true;
}

} // namespace ns3

#endif // SRVCC_INTERFACE_H
