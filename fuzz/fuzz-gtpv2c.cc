/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: every GTPv2-C message the module decodes (TS 29.274 7.3 on N26, TS 29.280
 * 5.2 on Sv and AMF-MSC), chosen by the message type in octet 2 of the header as the node
 * applications choose it (PeekGtpv2cMessageType).
 *
 * For each input: decode; when that succeeds, the octets consumed are exactly the 4 + Message
 * Length octets of the header (TS 29.274 5.5.1) and no more than the input, the message encodes
 * (what the decoder accepts, the encoder must be able to send), the encoding decodes again to
 * equal IEs, TEID and sequence number, and encodes to the same octets. A Gtpv2cDecodeError is
 * the normal outcome of a bad input; any other exception or an abort is a crash.
 */
#include "fuzz-check.h"
#include "ns3/gtpv2c-messages.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace ns3;
using srvccfuzz::Fail;
using srvccfuzz::Require;

namespace
{

/** Encode \p message; an encode error after a successful decode is a property violation. */
std::vector<uint8_t>
Encode(const SrvccGtpv2cMessage& message)
{
    Ptr<Packet> packet = Create<Packet>();
    try
    {
        packet->AddHeader(message);
    }
    catch (const Gtpv2cEncodeError& e)
    {
        Fail(std::string(message.GetMessageName())
             + ": decoded but cannot be encoded: " + e.what());
    }
    return srvccfuzz::BytesOf(packet);
}

/** The Message Length field (octets 3-4) of a header that decoded. */
uint32_t
DeclaredSize(const std::vector<uint8_t>& bytes)
{
    return SrvccGtpv2cHeader::kFixedPrefix + ((uint32_t{bytes[2]} << 8) | bytes[3]);
}

template<class M>
void
RoundTrip(const std::vector<uint8_t>& input)
{
    M first;
    uint32_t consumed = 0;
    try
    {
        consumed = srvccfuzz::PacketOf(input)->RemoveHeader(first);
    }
    catch (const Gtpv2cDecodeError&)
    {
        return; // a malformed message: rejected, as it should be
    }
    const std::string name = first.GetMessageName();
    Require(consumed <= input.size(), name + ": consumed more octets than the input holds");
    Require(consumed == DeclaredSize(input), name
                                                 + ": consumed octets differ from the header's "
                                                   "Message Length");

    const std::vector<uint8_t> encoded = Encode(first);
    M second;
    uint32_t consumedAgain = 0;
    try
    {
        consumedAgain = srvccfuzz::PacketOf(encoded)->RemoveHeader(second);
    }
    catch (const Gtpv2cDecodeError& e)
    {
        Fail(name + ": its own encoding does not decode: " + e.what());
    }
    Require(consumedAgain == encoded.size(), name + ": re-decode did not consume the encoding");
    Require(second.GetIes() == first.GetIes(), name + ": IEs differ after encode and decode");
    Require(second.GetTeid() == first.GetTeid(), name + ": TEID differs after encode and decode");
    Require(second.GetSequenceNumber() == first.GetSequenceNumber(),
            name + ": sequence number differs after encode and decode");
    Require(Encode(second) == encoded, name + ": re-encoding differs");
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> input = srvccfuzz::CopyInput(data, size);
    uint8_t type = 0;
    try
    {
        type = PeekGtpv2cMessageType(srvccfuzz::PacketOf(input));
    }
    catch (const Gtpv2cDecodeError&)
    {
        return 0; // shorter than 4 octets or not version 2
    }
    switch (type)
    {
        case Gtpv2cMessageType::kSrvccPsToCsRequest:
            RoundTrip<SrvccPsToCsRequest>(input);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsResponse:
            RoundTrip<SrvccPsToCsResponse>(input);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsCompleteNotification:
            RoundTrip<SrvccPsToCsCompleteNotification>(input);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsCompleteAcknowledge:
            RoundTrip<SrvccPsToCsCompleteAcknowledge>(input);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsCancelNotification:
            RoundTrip<SrvccPsToCsCancelNotification>(input);
            break;
        case Gtpv2cMessageType::kSrvccPsToCsCancelAcknowledge:
            RoundTrip<SrvccPsToCsCancelAcknowledge>(input);
            break;
        case Gtpv2cMessageType::kForwardRelocationRequest:
            RoundTrip<SrvccForwardRelocationRequest>(input);
            break;
        case Gtpv2cMessageType::kForwardRelocationResponse:
            RoundTrip<SrvccForwardRelocationResponse>(input);
            break;
        case Gtpv2cMessageType::kForwardRelocationCompleteNotification:
            RoundTrip<SrvccForwardRelocationCompleteNotification>(input);
            break;
        case Gtpv2cMessageType::kForwardRelocationCompleteAcknowledge:
            RoundTrip<SrvccForwardRelocationCompleteAcknowledge>(input);
            break;
        case Gtpv2cMessageType::kRelocationCancelRequest:
            RoundTrip<SrvccRelocationCancelRequest>(input);
            break;
        case Gtpv2cMessageType::kRelocationCancelResponse:
            RoundTrip<SrvccRelocationCancelResponse>(input);
            break;
        default:
            break; // a type the module does not take: the applications drop it unread
    }
    return 0;
}
