/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the RANAP Target RNC to Source RNC Transparent Container (TS 25.413
 * 9.2.1.30, aligned PER), the one container the module decodes (the gNB takes the HANDOVER TO
 * UTRAN COMMAND out of it).
 *
 * For each input: decode; "not readable" (std::nullopt) is the normal outcome of a bad input.
 * When it decodes, the RRC-Container lies within the input, the container encodes again (an
 * encode error after a successful decode is a violation) and that encoding decodes to the same
 * RRC-Container.
 */
#include "fuzz-check.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-ranap-transparent-containers.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace ns3;
using srvccfuzz::Fail;
using srvccfuzz::Require;

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> input = srvccfuzz::CopyInput(data, size);
    const std::optional<std::vector<uint8_t>> rrc = DecodeTargetRncToSourceRncContainer(input);
    if (!rrc)
    {
        return 0;
    }
    Require(rrc->size() < input.size(), "RRC-Container longer than the container");
    std::vector<uint8_t> encoded;
    try
    {
        encoded = EncodeTargetRncToSourceRncContainer(*rrc);
    }
    catch (const MessageEncodeError& e)
    {
        Fail(std::string("decoded but cannot be encoded: ") + e.what());
    }
    const std::optional<std::vector<uint8_t>> again = DecodeTargetRncToSourceRncContainer(encoded);
    Require(again.has_value(), "its own encoding does not decode");
    Require(*again == *rrc, "RRC-Container differs after encode and decode");
    return 0;
}
