/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the NGAP PDUs on N2 (TS 38.413, ALIGNED PER, model/ngap/), each decoded
 * by the class the node applications choose from octets 1-2 (PDU alternative, procedure
 * code), and the N2 classifier.
 *
 * For each input: the classifier and the NAS-PDU peek never throw; a decode either throws
 * MessageDecodeError (the normal outcome of a bad input) or uses at most the input's octets,
 * and then the message encodes again (an encode error after a successful decode is a
 * violation), and that encoding decodes to the same encoding.
 */
#include "fuzz-check.h"
#include "ns3/packet.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-n2-nas-transport.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

using namespace ns3;
using srvccfuzz::Fail;
using srvccfuzz::Require;

namespace
{

std::unique_ptr<SrvccN2Message>
Make(NgapPduType type, uint8_t procedure)
{
    const bool initiating = type == NgapPduType::kInitiatingMessage;
    const bool successful = type == NgapPduType::kSuccessfulOutcome;
    switch (procedure)
    {
        case ngap::kProcHandoverPreparation:
            if (initiating)
            {
                return std::make_unique<SrvccN2HandoverRequired>();
            }
            if (successful)
            {
                return std::make_unique<SrvccN2HandoverCommand>();
            }
            return std::make_unique<SrvccN2HandoverPreparationFailure>();
        case ngap::kProcHandoverCancel:
            if (initiating)
            {
                return std::make_unique<SrvccN2HandoverCancel>();
            }
            return successful ? std::make_unique<SrvccN2HandoverCancelAcknowledge>() : nullptr;
        case ngap::kProcUeContextRelease:
            if (initiating)
            {
                return std::make_unique<SrvccN2UeContextReleaseCommand>();
            }
            return successful ? std::make_unique<SrvccN2UeContextReleaseComplete>() : nullptr;
        case ngap::kProcInitialUeMessage:
            return initiating ? std::make_unique<SrvccN2InitialUeMessage>() : nullptr;
        case ngap::kProcDownlinkNasTransport:
            return initiating ? std::make_unique<SrvccN2DownlinkNasTransport>() : nullptr;
        case ngap::kProcUplinkNasTransport:
            return initiating ? std::make_unique<SrvccN2UplinkNasTransport>() : nullptr;
        default:
            return nullptr;
    }
}

std::vector<uint8_t>
Encode(const SrvccN2Message& message)
{
    try
    {
        return NgapToBytes(message);
    }
    catch (const MessageEncodeError& e)
    {
        Fail(std::string(message.GetMessageName())
             + ": decoded but cannot be encoded: " + e.what());
    }
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> input = srvccfuzz::CopyInput(data, size);
    Ptr<Packet> packet = Create<Packet>(input.data(), static_cast<uint32_t>(input.size()));
    SrvccClassifyArrival(SrvccInterface::kN2, packet); // must not throw
    std::vector<uint8_t> nas;
    NgapPeekNasPdu(input.data(), input.size(), nas);

    NgapPduType type;
    uint8_t procedure = 0;
    if (!PeekNgapPdu(input.data(), input.size(), type, procedure))
    {
        return 0;
    }
    std::unique_ptr<SrvccN2Message> first = Make(type, procedure);
    if (!first)
    {
        return 0; // a procedure the nodes do not take: reported, not decoded
    }
    uint32_t consumed = 0;
    try
    {
        consumed = packet->Copy()->RemoveHeader(*first);
    }
    catch (const MessageDecodeError&)
    {
        return 0;
    }
    const std::string name = first->GetMessageName();
    Require(consumed <= input.size(), name + ": consumed more octets than the input holds");
    const std::vector<uint8_t> encoded = Encode(*first);
    std::unique_ptr<SrvccN2Message> second = Make(type, procedure);
    try
    {
        NgapFromBytes(*second, encoded);
    }
    catch (const MessageDecodeError& e)
    {
        Fail(name + ": its own encoding does not decode: " + e.what());
    }
    Require(Encode(*second) == encoded, name + ": re-encoding differs after encode and decode");
    return 0;
}
