/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * tshark for the tests: run it on a capture and read fields, write a capture of exported PDUs
 * (link type 252, srvcc-upper-pdu-capture.h) from octets, and list what tshark finds wrong.
 */
#ifndef SRVCC_TSHARK_TEST_UTIL_H
#define SRVCC_TSHARK_TEST_UTIL_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{
namespace tsharktest
{

/** Run \p command (a shell command), return its standard output, line by line. */
std::vector<std::string> Lines(const std::string& command);

/** tshark -T fields on \p pcap, one line per packet, the \p fields separated by ';'. */
std::vector<std::string> Decode(const std::string& pcap, const std::vector<std::string>& fields,
                                const std::string& filter = "");

/**
 * Write \p pdus (dissector name, octets) to \p path as a pcap of exported PDUs, one packet
 * each, one second apart. \return false when the file cannot be written
 */
bool WriteUpperPduPcap(const std::string& path,
                       const std::vector<std::pair<std::string, std::vector<uint8_t>>>& pdus);

/**
 * The lines of tshark's full decode (-V) of \p pcap that report a problem: malformed packets,
 * exceptions, and expert information of severity warning or error. Empty when all is well.
 */
std::vector<std::string> DecodeProblems(const std::string& pcap);

/** A fresh directory under /tmp. */
std::string TempDir();

} // namespace tsharktest
} // namespace ns3

#endif // SRVCC_TSHARK_TEST_UTIL_H
