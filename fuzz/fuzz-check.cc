/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "fuzz-check.h"

#include <cstdio>
#include <cstdlib>

namespace srvccfuzz
{

void
Fail(const std::string& what)
{
    std::fprintf(stderr, "srvcc fuzz property violated: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

std::vector<uint8_t>
CopyInput(const uint8_t* data, std::size_t size)
{
    return std::vector<uint8_t>(data, data + size);
}

ns3::Ptr<ns3::Packet>
PacketOf(const std::vector<uint8_t>& bytes)
{
    return ns3::Create<ns3::Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

std::vector<uint8_t>
BytesOf(ns3::Ptr<const ns3::Packet> packet)
{
    std::vector<uint8_t> bytes(packet->GetSize());
    packet->CopyData(bytes.data(), static_cast<uint32_t>(bytes.size()));
    return bytes;
}

} // namespace srvccfuzz
