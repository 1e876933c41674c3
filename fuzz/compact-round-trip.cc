/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "compact-round-trip.h"

#include "compact-factory.h"
#include "fuzz-check.h"
#include "ns3/srvcc-message-decode-error.h"

#include <string>

namespace srvccfuzz
{

using namespace ns3;

namespace
{

std::vector<uint8_t>
Encode(const SrvccCompactMessage& message)
{
    try
    {
        return CompactToBytes(message);
    }
    catch (const MessageEncodeError& e)
    {
        Fail(std::string(message.GetMessageName())
             + ": decoded but cannot be encoded: " + e.what());
    }
}

} // namespace

void
CompactRoundTrip(const std::vector<uint8_t>& input, bool (*accept)(CompactInterface))
{
    CompactInterface iface;
    uint8_t type = 0;
    if (!PeekCompactMessage(PacketOf(input), iface, type) || !accept(iface))
    {
        return; // not a message of this harness: the applications drop it unread
    }
    std::unique_ptr<SrvccCompactMessage> first = MakeCompactMessage(iface, type);
    Require(first != nullptr, "PeekCompactMessage accepted a pair no class decodes");
    uint32_t consumed = 0;
    try
    {
        consumed = PacketOf(input)->RemoveHeader(*first);
    }
    catch (const MessageDecodeError&)
    {
        return; // a malformed message: rejected, as it should be
    }
    const std::string name = first->GetMessageName();
    const uint32_t declared = kCompactFramingSize + ((uint32_t{input[2]} << 8) | input[3]);
    Require(consumed <= input.size(), name + ": consumed more octets than the input holds");
    Require(consumed == declared, name + ": consumed octets differ from the body length");

    const std::vector<uint8_t> encoded = Encode(*first);
    std::unique_ptr<SrvccCompactMessage> second = MakeCompactMessage(iface, type);
    try
    {
        CompactFromBytes(*second, encoded);
    }
    catch (const MessageDecodeError& e)
    {
        Fail(name + ": its own encoding does not decode: " + e.what());
    }
    Require(Encode(*second) == encoded, name + ": re-encoding differs after encode and decode");
}

} // namespace srvccfuzz
