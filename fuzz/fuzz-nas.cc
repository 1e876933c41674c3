/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * libFuzzer harness: the 5GMM NAS PDUs of TS 24.501 (registration, authentication, security
 * mode; model/nas/). Property: the classifier never throws; the outer header either parses or
 * throws MessageDecodeError; a plain message (or the plain message inside an integrity-protected,
 * not ciphered PDU) that decodes encodes again without error, and that encoding decodes and
 * re-encodes to the same octets (optional IEs the module skips make the first encoding differ
 * from the input, never the second).
 */
#include "fuzz-check.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-nas-protection.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace
{

using namespace ns3;

std::unique_ptr<SrvccNasMessage>
MakeNas(uint8_t type)
{
    switch (static_cast<NasMessageType>(type))
    {
        case NasMessageType::kRegistrationRequest:
            return std::make_unique<SrvccNasRegistrationRequest>();
        case NasMessageType::kAuthenticationRequest:
            return std::make_unique<SrvccNasAuthenticationRequest>();
        case NasMessageType::kAuthenticationResponse:
            return std::make_unique<SrvccNasAuthenticationResponse>();
        case NasMessageType::kAuthenticationFailure:
            return std::make_unique<SrvccNasAuthenticationFailure>();
        case NasMessageType::kAuthenticationReject:
            return std::make_unique<SrvccNasAuthenticationReject>();
        case NasMessageType::kSecurityModeCommand:
            return std::make_unique<SrvccNasSecurityModeCommand>();
        case NasMessageType::kSecurityModeComplete:
            return std::make_unique<SrvccNasSecurityModeComplete>();
        case NasMessageType::kSecurityModeReject:
            return std::make_unique<SrvccNasSecurityModeReject>();
        case NasMessageType::kRegistrationAccept:
            return std::make_unique<SrvccNasRegistrationAccept>();
        case NasMessageType::kRegistrationReject:
            return std::make_unique<SrvccNasRegistrationReject>();
    }
    return nullptr;
}

void
RoundTrip(const std::vector<uint8_t>& plain)
{
    if (plain.size() < 3)
    {
        return;
    }
    std::unique_ptr<SrvccNasMessage> m = MakeNas(plain[2]);
    if (!m)
    {
        return;
    }
    try
    {
        m->Decode(plain);
    }
    catch (const MessageDecodeError&)
    {
        return; // the normal outcome of a bad input
    }
    std::vector<uint8_t> first;
    try
    {
        first = m->Encode();
    }
    catch (const MessageEncodeError& e)
    {
        srvccfuzz::Fail(std::string("decoded, but does not encode: ") + e.what());
    }
    std::unique_ptr<SrvccNasMessage> again = MakeNas(plain[2]);
    try
    {
        again->Decode(first);
    }
    catch (const MessageDecodeError& e)
    {
        srvccfuzz::Fail(std::string("its own encoding does not decode: ") + e.what());
    }
    srvccfuzz::Require(again->Encode() == first, "encoding is not a fixed point");
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::vector<uint8_t> input = srvccfuzz::CopyInput(data, size);
    (void)ClassifyNasPdu(input.data(), input.size()); // must not throw
    SrvccNasPdu pdu;
    try
    {
        pdu = SrvccNasPdu::Parse(input.data(), input.size());
    }
    catch (const MessageDecodeError&)
    {
        return 0;
    }
    if (!pdu.IsCiphered())
    {
        RoundTrip(pdu.message);
    }
    return 0;
}
