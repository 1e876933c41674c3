/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The property the compact-message harnesses (fuzz-compact, fuzz-nas) check on one input.
 */
#ifndef SRVCC_FUZZ_COMPACT_ROUND_TRIP_H
#define SRVCC_FUZZ_COMPACT_ROUND_TRIP_H

#include "ns3/srvcc-compact-header.h"

#include <cstdint>
#include <vector>

namespace srvccfuzz
{

/**
 * When \p input starts with a message of an interface \p accept returns true for: decode it as
 * the node applications do (PeekCompactMessage, then RemoveHeader on the class for that type).
 * A MessageDecodeError is the normal outcome of a bad input. On success: the octets consumed
 * are exactly the 4-octet framing plus its body length, and no more than the input; the
 * message encodes (MessageEncodeError after a successful decode is a violation); the encoding
 * decodes again, using all of it, and re-encodes to the same octets. Fail() otherwise.
 */
void CompactRoundTrip(const std::vector<uint8_t>& input, bool (*accept)(ns3::CompactInterface));

} // namespace srvccfuzz

#endif // SRVCC_FUZZ_COMPACT_ROUND_TRIP_H
