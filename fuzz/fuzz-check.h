/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * What every libFuzzer harness of fuzz/ shares: the property check that makes libFuzzer count
 * an input as a crash, and the input handed to a decoder in a buffer of exactly its size.
 */
#ifndef SRVCC_FUZZ_CHECK_H
#define SRVCC_FUZZ_CHECK_H

#include "ns3/packet.h"
#include "ns3/ptr.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace srvccfuzz
{

/**
 * A property of the decoder does not hold for this input: prints \p what and aborts, which
 * libFuzzer reports as a crash and saves the input (crash-<sha1>).
 */
[[noreturn]] void Fail(const std::string& what);

/** Fail(what) unless \p condition. */
inline void
Require(bool condition, const std::string& what)
{
    if (!condition)
    {
        Fail(what);
    }
}

/**
 * The fuzz input as a heap copy of exactly \p size octets: a read past the end is a
 * heap-buffer-overflow for AddressSanitizer, not a read into libFuzzer's larger buffer.
 */
std::vector<uint8_t> CopyInput(const uint8_t* data, std::size_t size);

/**
 * A Packet holding exactly \p bytes, as a node application receives it. ns-3 copies them
 * into its own Buffer: a read past them trips Buffer::Iterator's bounds assertion (NS_ASSERT,
 * compiled into the module with NS3_ASSERT_ENABLE), and each harness also checks the octets
 * the decoder says it consumed against \p bytes and the length fields.
 */
ns3::Ptr<ns3::Packet> PacketOf(const std::vector<uint8_t>& bytes);

/** \return the octets of \p packet. */
std::vector<uint8_t> BytesOf(ns3::Ptr<const ns3::Packet> packet);

} // namespace srvccfuzz

#endif // SRVCC_FUZZ_CHECK_H
