/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-kamf-exposure-scanner.h"

#include "ns3/log.h"

#include <cstring>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("KamfExposureScanner");

namespace
{

uint64_t
Prefix(const uint8_t* p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof(v));
    return v;
}

} // namespace

void
KamfExposureScanner::AddKamf(uint32_t ueIndex, const srvcc::Key256& kamf)
{
    if (kamf.IsZero())
    {
        return; // no KAMF yet (a UE that registers during the run)
    }
    const auto range = m_byPrefix.equal_range(Prefix(kamf.Data()));
    for (auto it = range.first; it != range.second; ++it)
    {
        if (m_kamfs[it->second] == kamf)
        {
            return; // UE and AMF hold the same KAMF: count a leak once
        }
    }
    m_kamfs.push_back(kamf);
    m_ueOfKamf.push_back(ueIndex);
    m_byPrefix.emplace(Prefix(kamf.Data()), static_cast<uint32_t>(m_kamfs.size() - 1));
    ++m_watched;
}

uint32_t
KamfExposureScanner::Scan(const char* where, Ptr<const Packet> packet)
{
    const uint32_t size = packet->GetSize();
    if (size < srvcc::Key256::kSize)
    {
        ++m_packets;
        m_octets += size;
        return 0;
    }
    m_scratch.resize(size);
    packet->CopyData(m_scratch.data(), size);
    const uint32_t found = Scan(where, m_scratch.data(), size);
    // The scratch copy may hold key material of other kinds (CK, IK): do not leave it around.
    srvcc::SecureWipe(m_scratch.data(), size);
    return found;
}

uint32_t
KamfExposureScanner::Scan(const char* where, const uint8_t* data, std::size_t size)
{
    ++m_packets;
    m_octets += size;
    uint32_t found = 0;
    for (std::size_t i = 0; i + srvcc::Key256::kSize <= size; ++i)
    {
        const auto range = m_byPrefix.equal_range(Prefix(data + i));
        for (auto it = range.first; it != range.second; ++it)
        {
            if (std::memcmp(m_kamfs[it->second].Data(), data + i, srvcc::Key256::kSize) == 0)
            {
                ++found;
                NS_LOG_WARN("KAMF of UE " << m_ueOfKamf[it->second] << " found in " << where);
            }
        }
    }
    m_exposures += found;
    return found;
}

} // namespace ns3
