/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Backward security check (TR 33.856 Key Issue #1, TS 33.501 J.1.1): "the MSC server should
 * never know the KAMF nor should the KAMF be revealed to an entity other than an AMF". Every
 * octet every node sends is scanned for any UE's KAMF; the count must stay 0.
 */
#ifndef SRVCC_KAMF_EXPOSURE_SCANNER_H
#define SRVCC_KAMF_EXPOSURE_SCANNER_H

#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace ns3
{

class KamfExposureScanner
{
  public:
    /**
     * Watch for \p kamf of UE \p ueIndex (again after every new registration: the old one
     * stays watched). An all-zero key (no KAMF yet) and a key already watched are ignored.
     */
    void AddKamf(uint32_t ueIndex, const srvcc::Key256& kamf);

    /**
     * Scan one packet. Cost is linear in the packet size whatever the number of UEs: each
     * 8-octet window is looked up in a hash table of KAMF prefixes, and only a hit is compared
     * in full.
     * \param where what the packet is, for the log: the interface it was sent on, ...
     * \return the number of KAMFs found in it (0 when all is well)
     */
    uint32_t Scan(const char* where, Ptr<const Packet> packet);

    /**
     * Scan \p size octets at \p data (stored key material, ...): counted as one packet. The
     * caller owns the octets and wipes them.
     */
    uint32_t Scan(const char* where, const uint8_t* data, std::size_t size);

    /** Total KAMF appearances seen. */
    uint64_t
    GetExposures() const
    {
        return m_exposures;
    }

    /** Number of distinct KAMFs watched. */
    uint64_t
    GetKamfsWatched() const
    {
        return m_watched;
    }

    uint64_t
    GetPacketsScanned() const
    {
        return m_packets;
    }

    uint64_t
    GetOctetsScanned() const
    {
        return m_octets;
    }

  private:
    std::unordered_multimap<uint64_t, uint32_t> m_byPrefix; // first 8 octets -> index in m_kamfs
    std::vector<srvcc::Key256> m_kamfs;
    std::vector<uint32_t> m_ueOfKamf;
    std::vector<uint8_t> m_scratch;
    uint64_t m_exposures{0};
    uint64_t m_watched{0};
    uint64_t m_packets{0};
    uint64_t m_octets{0};
};

} // namespace ns3

#endif // SRVCC_KAMF_EXPOSURE_SCANNER_H
