/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared helpers of the srvcc-compact-messages test suite.
 */
#ifndef SRVCC_COMPACT_TEST_UTIL_H
#define SRVCC_COMPACT_TEST_UTIL_H

#include "ns3/srvcc-compact-header.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/test.h"

// ns-3's NS_TEST_ASSERT_* macros write to address 0 on purpose when --assert-on-failure is given
// (ASSERT_ON_FAILURE in test.h), which -Wnull-dereference flags wherever a check is inlined.
#pragma GCC diagnostic ignored "-Wnull-dereference"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ns3
{
namespace compacttest
{

/** One valid message of each class: its encoding and a way to make an empty decoder for it. */
struct CompactSample
{
    std::string name;
    CompactInterface iface;
    uint8_t type;
    std::function<std::unique_ptr<SrvccCompactMessage>()> makeEmpty;
    std::vector<uint8_t> bytes; //!< the encoding of a message with every field set
};

/** \return one sample of each of the 10 compact message classes (N2 is NGAP). */
std::vector<CompactSample> MakeCompactSamples();

/** How decoding some octets ended. */
struct DecodeOutcome
{
    bool decodeError{false}; //!< MessageDecodeError was thrown
    bool otherError{false};  //!< some other exception was thrown
    std::string what;        //!< the exception text
    uint32_t consumed{0};    //!< octets RemoveHeader() took when nothing was thrown
};

/** Puts \p bytes in a Packet and calls RemoveHeader() with a fresh decoder of \p sample. */
DecodeOutcome DecodeAs(const CompactSample& sample, const std::vector<uint8_t>& bytes);

/** \return the octets a Packet holds. */
std::vector<uint8_t> PacketBytes(Ptr<const Packet> p);

/** \return \p bytes with the 2-octet body length (octets 3-4) set to \p length. */
std::vector<uint8_t> WithBodyLength(std::vector<uint8_t> bytes, uint16_t length);

/** \return \p bytes as lower-case hex, for readable failures. */
std::string Hex(const std::vector<uint8_t>& bytes);

/** \return the octets of lower-case or upper-case hex text (spaces allowed). */
std::vector<uint8_t> Octets(const std::string& hex);

/** The test cases defined in the other files of the suite. */
TestCase* MakeCompactExactEncodingTestCase();
TestCase* MakeCompactPeekTestCase();
TestCase* MakeCompactPrintTestCase();
TestCase* MakeCompactTruncationTestCase();
TestCase* MakeCompactLengthFieldTestCase();
TestCase* MakeCompactWrongClassTestCase();
TestCase* MakeCompactOutOfRangeTestCase();
TestCase* MakeCompactEncodeErrorTestCase();
TestCase* MakeCompactReaderTestCase();

} // namespace compacttest
} // namespace ns3

#endif // SRVCC_COMPACT_TEST_UTIL_H
