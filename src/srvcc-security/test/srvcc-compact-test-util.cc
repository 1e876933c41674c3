/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared helpers of the srvcc-compact-messages test suite: one valid sample of each message.
 */
#include "srvcc-compact-test-util.h"

#include "ns3/packet.h"
#include "ns3/srvcc-iu-messages.h"
#include "srvcc/hex.h"

#include <algorithm>

namespace ns3
{
namespace compacttest
{

namespace
{

template<class T>
CompactSample
Sample(const std::string& name, const T& message)
{
    CompactSample s;
    s.name = name;
    s.iface = message.GetInterface();
    s.type = message.GetMessageType();
    s.makeEmpty = []()
    {
        return std::unique_ptr<SrvccCompactMessage>(new T());
    };
    s.bytes = CompactToBytes(message);
    return s;
}

template<class T>
T
IuWithId()
{
    T m;
    m.SetUeId(0x00000042);
    return m;
}

} // namespace

std::vector<CompactSample>
MakeCompactSamples()
{
    std::vector<CompactSample> samples;

    auto relocation = IuWithId<SrvccIuRelocationRequest>();
    relocation.SetImsi("001010123456789");
    relocation.SetCk(srvcc::Key128::FromHex("000102030405060708090a0b0c0d0e0f", "ck"));
    relocation.SetIk(srvcc::Key128::FromHex("101112131415161718191a1b1c1d1e1f", "ik"));
    relocation.SetKsi(3);
    relocation.SetPermittedIntegrityAlgorithms(0x06);
    relocation.SetPermittedCipheringAlgorithms(0x07);
    relocation.SetEmergency(true);
    relocation.SetSourceToTargetContainer({0x55});
    samples.push_back(Sample("SrvccIuRelocationRequest", relocation));
    auto ack = IuWithId<SrvccIuRelocationRequestAcknowledge>();
    ack.SetChosenIntegrityAlgorithm(2);
    ack.SetChosenCipheringAlgorithm(1);
    ack.SetTargetToSourceContainer({9, 8, 7});
    samples.push_back(Sample("SrvccIuRelocationRequestAcknowledge", ack));
    auto failure = IuWithId<SrvccIuRelocationFailure>();
    failure.SetCause(IuCause::kNoRadioResources);
    samples.push_back(Sample("SrvccIuRelocationFailure", failure));
    samples.push_back(Sample("SrvccIuRelocationDetect", IuWithId<SrvccIuRelocationDetect>()));
    auto relocComplete = IuWithId<SrvccIuRelocationComplete>();
    relocComplete.SetIntegrityCheckPassed(true);
    samples.push_back(Sample("SrvccIuRelocationComplete", relocComplete));
    auto iuRelease = IuWithId<SrvccIuReleaseCommand>();
    iuRelease.SetCause(IuCause::kNormalRelease);
    samples.push_back(Sample("SrvccIuReleaseCommand", iuRelease));
    samples.push_back(Sample("SrvccIuReleaseComplete", IuWithId<SrvccIuReleaseComplete>()));
    return samples;
}

DecodeOutcome
DecodeAs(const CompactSample& sample, const std::vector<uint8_t>& bytes)
{
    DecodeOutcome outcome;
    Ptr<Packet> p = bytes.empty()
                        ? Create<Packet>()
                        : Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
    std::unique_ptr<SrvccCompactMessage> message = sample.makeEmpty();
    try
    {
        outcome.consumed = p->RemoveHeader(*message);
    }
    catch (const MessageDecodeError& e)
    {
        outcome.decodeError = true;
        outcome.what = e.what();
    }
    catch (const std::exception& e)
    {
        outcome.otherError = true;
        outcome.what = e.what();
    }
    return outcome;
}

std::vector<uint8_t>
PacketBytes(Ptr<const Packet> p)
{
    std::vector<uint8_t> bytes(p->GetSize());
    if (!bytes.empty())
    {
        p->CopyData(bytes.data(), p->GetSize());
    }
    return bytes;
}

std::vector<uint8_t>
WithBodyLength(std::vector<uint8_t> bytes, uint16_t length)
{
    bytes.at(2) = static_cast<uint8_t>(length >> 8);
    bytes.at(3) = static_cast<uint8_t>(length);
    return bytes;
}

std::string
Hex(const std::vector<uint8_t>& bytes)
{
    return srvcc::ToHex(bytes);
}

std::vector<uint8_t>
Octets(const std::string& hex)
{
    std::string compact = hex;
    compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
    return srvcc::FromHex(compact, "expected octets");
}

} // namespace compacttest
} // namespace ns3
