/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the compact messages of the handover legs, each interface's codec -- N2
 * (NGAP-like, TS 38.413), NR-Uu (NR RRC-like, TS 38.331) and UTRAN-Uu (UTRAN RRC-like, TS 25.331)
 * -- with the property of compact-round-trip.h (Iu is RANAP: fuzz-ranap.cc).
 */
#include "compact-round-trip.h"
#include "fuzz-check.h"

#include <cstddef>
#include <cstdint>

namespace
{

bool
IsHandoverLeg(ns3::CompactInterface iface)
{
    return iface != ns3::CompactInterface::kNas;
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    srvccfuzz::CompactRoundTrip(srvccfuzz::CopyInput(data, size), IsHandoverLeg);
    return 0;
}
