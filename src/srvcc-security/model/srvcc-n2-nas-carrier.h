/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * TEMPORARY stand-in for NGAP's NAS transport on N2 (Initial UE Message, Uplink NAS Transport,
 * Downlink NAS Transport, TS 38.413 8.6.1-8.6.3), which the NGAP codec supplies: on N2 a NAS PDU
 * travels behind a 4-octet UE index (standing for the RAN UE NGAP ID / AMF UE NGAP ID pair).
 * On NR-Uu the NAS PDU travels bare: the UE is its radio link. The real NAS PDU (TS 24.501)
 * starts right after the 4 octets, so such a packet is told from a compact N2 message by its
 * octet 5 = 0x7E (the 5GMM EPD) and octet 1 not being the compact N2 interface octet (a UE
 * index below 2^24).
 */
#ifndef SRVCC_N2_NAS_CARRIER_H
#define SRVCC_N2_NAS_CARRIER_H

#include "ns3/packet.h"

#include <cstdint>

namespace ns3
{

/** \return the N2 packet carrying \p nasPdu for UE \p ueIndex */
Ptr<Packet> SrvccWrapN2Nas(uint32_t ueIndex, Ptr<const Packet> nasPdu);

/**
 * \return true when \p packet is a NAS PDU on N2, with its UE index in \p ueIndex and the bare
 *         NAS PDU in \p nasPdu; never throws
 */
bool SrvccUnwrapN2Nas(Ptr<const Packet> packet, uint32_t& ueIndex, Ptr<Packet>& nasPdu);

} // namespace ns3

#endif // SRVCC_N2_NAS_CARRIER_H
