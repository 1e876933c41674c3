/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the 5GMM NAS messages (TS 24.501 8.2: registration, authentication,
 * security mode) in their compact form, with the property of compact-round-trip.h.
 */
#include "compact-round-trip.h"
#include "fuzz-check.h"

#include <cstddef>
#include <cstdint>

namespace
{

bool
IsNas(ns3::CompactInterface iface)
{
    return iface == ns3::CompactInterface::kNas;
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    srvccfuzz::CompactRoundTrip(srvccfuzz::CopyInput(data, size), IsNas);
    return 0;
}
