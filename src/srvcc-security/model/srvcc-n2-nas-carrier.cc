/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * TEMPORARY stand-in for NGAP's NAS transport (TS 38.413 8.6), see the header.
 */
#include "srvcc-n2-nas-carrier.h"

#include "ns3/srvcc-nas-codec.h"
#include "srvcc-compact-header.h"

namespace ns3
{

namespace
{
constexpr uint32_t kUeIndexSize = 4;
} // namespace

Ptr<Packet>
SrvccWrapN2Nas(uint32_t ueIndex, Ptr<const Packet> nasPdu)
{
    const uint8_t id[kUeIndexSize]
        = {static_cast<uint8_t>(ueIndex >> 24), static_cast<uint8_t>(ueIndex >> 16),
           static_cast<uint8_t>(ueIndex >> 8), static_cast<uint8_t>(ueIndex)};
    Ptr<Packet> packet = Create<Packet>(id, kUeIndexSize);
    packet->AddAtEnd(nasPdu);
    return packet;
}

bool
SrvccUnwrapN2Nas(Ptr<const Packet> packet, uint32_t& ueIndex, Ptr<Packet>& nasPdu)
{
    uint8_t head[kUeIndexSize + 1];
    if (!packet || packet->GetSize() < kUeIndexSize + 3
        || packet->CopyData(head, sizeof(head)) != sizeof(head) || head[kUeIndexSize] != kNas5gmmEpd
        || head[0] == static_cast<uint8_t>(CompactInterface::kN2))
    {
        return false;
    }
    ueIndex = (uint32_t{head[0]} << 24) | (uint32_t{head[1]} << 16) | (uint32_t{head[2]} << 8)
              | head[3];
    nasPdu = packet->CreateFragment(kUeIndexSize, packet->GetSize() - kUeIndexSize);
    return true;
}

} // namespace ns3
