/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the RRC messages of the radio legs (model/rrc/, UNALIGNED PER): NR
 * MobilityFromNRCommand, DL/ULInformationTransfer (TS 38.331), UTRAN HandoverToUTRANCommand,
 * UL-DCCH HandoverToUTRANComplete and the ToTargetRNC-Container (TS 25.331), and the arrival
 * classifier of NR-Uu and UTRAN-Uu.
 *
 * For each input and each decoder: MessageDecodeError is the normal outcome of a bad input, any
 * other exception a violation. When it decodes, the message encodes again (an encode error
 * after a successful decode is a violation), that encoding decodes, and encodes to the very same
 * octets (the module's encoding is its own fixed point). The classifier never throws.
 */
#include "fuzz-check.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-rrc-messages.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace ns3;
using srvccfuzz::Fail;
using srvccfuzz::Require;

namespace
{

template<typename M>
void
Check(const std::vector<uint8_t>& input, M message, M again)
{
    try
    {
        message.Decode(input);
    }
    catch (const MessageDecodeError&)
    {
        return;
    }
    std::vector<uint8_t> encoded;
    try
    {
        encoded = message.Encode();
        again.Decode(encoded);
    }
    catch (const std::exception& e)
    {
        Fail(std::string(message.GetMessageName()) + ": decoded, but " + e.what());
    }
    Require(again.Encode() == encoded,
            std::string(message.GetMessageName()) + ": not a fixed point of encode and decode");
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> input = srvccfuzz::CopyInput(data, size);
    Check(input, SrvccNrMobilityFromNrCommand(), SrvccNrMobilityFromNrCommand());
    Check(input, SrvccNrInformationTransfer(true), SrvccNrInformationTransfer(true));
    Check(input, SrvccNrInformationTransfer(false), SrvccNrInformationTransfer(false));
    Check(input, SrvccUtranHandoverToUtranCommand(), SrvccUtranHandoverToUtranCommand());
    Check(input, SrvccUtranHandoverToUtranComplete(), SrvccUtranHandoverToUtranComplete());
    try
    {
        DecodeToTargetRncContainer(input);
    }
    catch (const MessageDecodeError&)
    {
    }
    SrvccClassifyArrival(SrvccInterface::kNrUu, srvccfuzz::PacketOf(input));
    SrvccClassifyArrival(SrvccInterface::kUtranUu, srvccfuzz::PacketOf(input));
    return 0;
}
