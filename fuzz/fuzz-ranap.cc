/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the Iu messages as RANAP PDUs (model/ranap/, TS 25.413 aligned PER) behind
 * their 4-octet connection reference, each decoded by the class the classifier names from
 * octets 4 and 5 (SrvccClassifyArrival), as the MSC server and the RNC choose it.
 *
 * For each input: classifying never throws; a MessageDecodeError is the normal outcome of a bad
 * input. When it decodes: the decoder used no more octets than there are, the message encodes
 * again (an encode error after a successful decode is a violation), and that encoding decodes
 * to a message that encodes to the same octets.
 */
#include "fuzz-check.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-message-decode-error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace ns3;
using srvccfuzz::Fail;
using srvccfuzz::Require;

namespace
{

std::unique_ptr<SrvccIuMessage>
MakeIu(SrvccMessageType type)
{
    switch (type)
    {
        case SrvccMessageType::kIuRelocationRequest:
            return std::make_unique<SrvccIuRelocationRequest>();
        case SrvccMessageType::kIuRelocationRequestAcknowledge:
            return std::make_unique<SrvccIuRelocationRequestAcknowledge>();
        case SrvccMessageType::kIuRelocationFailure:
            return std::make_unique<SrvccIuRelocationFailure>();
        case SrvccMessageType::kIuRelocationDetect:
            return std::make_unique<SrvccIuRelocationDetect>();
        case SrvccMessageType::kIuRelocationComplete:
            return std::make_unique<SrvccIuRelocationComplete>();
        case SrvccMessageType::kIuReleaseCommand:
            return std::make_unique<SrvccIuReleaseCommand>();
        case SrvccMessageType::kIuReleaseComplete:
            return std::make_unique<SrvccIuReleaseComplete>();
        case SrvccMessageType::kIuReleaseRequest:
            return std::make_unique<SrvccIuReleaseRequest>();
        default:
            return nullptr;
    }
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> input = srvccfuzz::CopyInput(data, size);
    const Ptr<Packet> packet = srvccfuzz::PacketOf(input);
    const std::optional<SrvccMessageType> type = SrvccClassifyArrival(SrvccInterface::kIu, packet);
    if (!type)
    {
        return 0;
    }
    std::unique_ptr<SrvccIuMessage> message = MakeIu(*type);
    Require(message != nullptr, "the classifier named a type that is not an Iu message");
    uint32_t used = 0;
    try
    {
        used = packet->PeekHeader(*message);
    }
    catch (const MessageDecodeError&)
    {
        return 0;
    }
    Require(used <= input.size(), "decoded more octets than the input holds");
    std::vector<uint8_t> encoded;
    try
    {
        encoded = IuToBytes(*message);
    }
    catch (const MessageEncodeError& e)
    {
        Fail(std::string("decoded but cannot be encoded: ") + e.what());
    }
    std::unique_ptr<SrvccIuMessage> again = MakeIu(*type);
    try
    {
        IuFromBytes(*again, encoded);
    }
    catch (const MessageDecodeError& e)
    {
        Fail(std::string("its own encoding does not decode: ") + e.what());
    }
    Require(IuToBytes(*again) == encoded, "encoding differs after decode and encode");
    return 0;
}
