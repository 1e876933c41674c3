/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Errors raised by the non-GTP message codecs of the srvcc-security module (NGAP, RANAP, RRC,
 * NAS, PER).
 */
#ifndef SRVCC_MESSAGE_DECODE_ERROR_H
#define SRVCC_MESSAGE_DECODE_ERROR_H

#include <stdexcept>
#include <string>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * A received message (N2, NR radio, UTRAN radio, Iu, NAS) that cannot be decoded: truncated,
 * a length field that overruns the data, the wrong interface or message type for the class, a
 * value out of range. The text names the message and the field, e.g. "N2 Handover Command:
 * truncated in targetToSource container, need 12 octets, 3 left". A decoder raises it instead
 * of reading past the end of the data (which would abort an ns-3 program).
 */
class MessageDecodeError : public std::runtime_error
{
  public:
    explicit MessageDecodeError(const std::string& what) : std::runtime_error(what) {}
};

/**
 * \ingroup srvcc-security
 *
 * A message field set to a value its encoding cannot carry (a DL NAS COUNT LSB of 16, a
 * KSI of 7, an IMSI with a letter, a container longer than 65535 octets, a mandatory field left
 * unset). Raised by the setter, or by GetSerializedSize() before anything is written, naming
 * the message and the field.
 */
class MessageEncodeError : public std::invalid_argument
{
  public:
    explicit MessageEncodeError(const std::string& what) : std::invalid_argument(what) {}
};

} // namespace ns3

#endif // SRVCC_MESSAGE_DECODE_ERROR_H
