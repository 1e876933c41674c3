/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UE's Iu signalling connection, in front of each RANAP PDU on the simulated Iu link.
 *
 * RANAP carries no UE identity of its own: each UE has its own connection-oriented SCCP
 * connection (TS 25.412 5.2; over IP, M3UA/SUA under it), and a connection-oriented RANAP message
 * is for the UE whose connection it arrives on (TS 25.413 8.1). The simulation has one UDP flow
 * per Iu link, so each message is preceded by kIuConnectionReferenceSize octets standing for the
 * SCCP connection's local reference (ITU-T Q.713 3.3, 3 octets there; 4 here, the module's UE
 * index in network byte order). They are not RANAP: a capture writer skips them and hands the
 * rest to Wireshark's "ranap" dissector.
 */
#ifndef SRVCC_IU_CONNECTION_REFERENCE_H
#define SRVCC_IU_CONNECTION_REFERENCE_H

#include <cstddef>
#include <cstdint>

namespace ns3
{

/** Octets of the connection reference in front of every RANAP PDU on the Iu link. */
constexpr std::size_t kIuConnectionReferenceSize = 4;

/** Writes \p reference to \p out[0..3], most significant octet first. */
inline void
WriteIuConnectionReference(uint32_t reference, uint8_t* out)
{
    out[0] = static_cast<uint8_t>(reference >> 24);
    out[1] = static_cast<uint8_t>(reference >> 16);
    out[2] = static_cast<uint8_t>(reference >> 8);
    out[3] = static_cast<uint8_t>(reference);
}

/** \return the reference in \p in[0..3] (the caller checks that 4 octets are there). */
inline uint32_t
ReadIuConnectionReference(const uint8_t* in)
{
    return (uint32_t{in[0]} << 24) | (uint32_t{in[1]} << 16) | (uint32_t{in[2]} << 8) | in[3];
}

} // namespace ns3

#endif // SRVCC_IU_CONNECTION_REFERENCE_H
