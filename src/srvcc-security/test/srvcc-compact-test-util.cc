/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared helpers of the srvcc-compact-messages test suite: one valid sample of each message.
 */
#include "srvcc-compact-test-util.h"

#include "ns3/packet.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-rrc-messages.h"
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
N2WithIds()
{
    T m;
    m.SetAmfUeNgapId(0x01020304);
    m.SetRanUeNgapId(0x0a0b0c0d);
    return m;
}

} // namespace

std::vector<CompactSample>
MakeCompactSamples()
{
    std::vector<CompactSample> samples;

    auto required = N2WithIds<SrvccN2HandoverRequired>();
    required.SetTargetRncId({"901", "70", 0x1234, 0x0042});
    required.SetCause(N2Cause::kSrvccHoNotPossible);
    required.SetSourceToTargetContainer({0xaa, 0xbb, 0xcc});
    samples.push_back(Sample("SrvccN2HandoverRequired", required));
    auto command = N2WithIds<SrvccN2HandoverCommand>();
    command.SetDlNasCountLsb4(0x0b);
    command.SetTargetToSourceContainer({1, 2, 3, 4});
    samples.push_back(Sample("SrvccN2HandoverCommand", command));
    auto prepFailure = N2WithIds<SrvccN2HandoverPreparationFailure>();
    prepFailure.SetCause(N2Cause::kHoFailureInTargetSystem);
    samples.push_back(Sample("SrvccN2HandoverPreparationFailure", prepFailure));
    auto cancel = N2WithIds<SrvccN2HandoverCancel>();
    cancel.SetCause(N2Cause::kTNgRelocPrepExpiry);
    samples.push_back(Sample("SrvccN2HandoverCancel", cancel));
    samples.push_back(
        Sample("SrvccN2HandoverCancelAcknowledge", N2WithIds<SrvccN2HandoverCancelAcknowledge>()));
    auto release = N2WithIds<SrvccN2UeContextReleaseCommand>();
    release.SetCause(N2Cause::kNormalRelease);
    samples.push_back(Sample("SrvccN2UeContextReleaseCommand", release));
    samples.push_back(
        Sample("SrvccN2UeContextReleaseComplete", N2WithIds<SrvccN2UeContextReleaseComplete>()));

    SrvccUtranHandoverToUtranCommand utranCommand;
    utranCommand.SetNewUrnti(0x11223344);
    utranCommand.SetIntegrityAlgorithm(2);
    utranCommand.SetCipheringAlgorithm(1);
    utranCommand.SetFresh(0xdeadbeef);
    SrvccNrMobilityFromNrCommand mobility;
    mobility.SetUeId(7);
    mobility.SetRrcTransactionId(2);
    mobility.SetDlNasCountLsb4(0x0b);
    mobility.SetTargetRatMessageContainer(CompactToBytes(utranCommand));
    samples.push_back(Sample("SrvccNrMobilityFromNrCommand", mobility));
    samples.push_back(Sample("SrvccUtranHandoverToUtranCommand", utranCommand));
    SrvccUtranHandoverToUtranComplete complete;
    complete.SetUrnti(0x11223344);
    complete.SetRrcSequenceNumber(5);
    complete.SetMacI({0xde, 0xad, 0xbe, 0xef});
    complete.SetPayload({1, 2, 3});
    samples.push_back(Sample("SrvccUtranHandoverToUtranComplete", complete));

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
