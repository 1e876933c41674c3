/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Errors raised by the GTPv2-C codec of the srvcc-security module.
 */
#ifndef GTPV2C_ERROR_H
#define GTPV2C_ERROR_H

#include <stdexcept>
#include <string>

namespace ns3
{

/**
 * \ingroup srvcc-security
 *
 * A received GTPv2-C message (TS 29.274, TS 29.280) that cannot be decoded: wrong version,
 * truncated header or IE, an IE length that overruns the message, a mandatory IE missing, a
 * fixed-length IE with the wrong length, a value out of range. The text names the message and
 * the IE, e.g. "SRVCC PS to CS Request: IE 55 (MM Context for UTRAN SRVCC) length 12, expected
 * >= 45". A decoder raises it instead of reading past the end of the data.
 */
class Gtpv2cDecodeError : public std::runtime_error
{
  public:
    explicit Gtpv2cDecodeError(const std::string& what) : std::runtime_error(what) {}
};

/**
 * \ingroup srvcc-security
 *
 * A message that cannot be encoded because one of its fields is out of the range its IE can
 * carry (an IMSI of 16 digits, a KSI of 9, a container longer than 65535 octets, ...). Raised
 * by GetSerializedSize()/Serialize() before anything is written, naming the message and field.
 */
class Gtpv2cEncodeError : public std::invalid_argument
{
  public:
    explicit Gtpv2cEncodeError(const std::string& what) : std::invalid_argument(what) {}
};

} // namespace ns3

#endif // GTPV2C_ERROR_H
