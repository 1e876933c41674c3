/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared helpers of the srvcc-compact-messages test suite: one valid sample of each message.
 */
#include "srvcc-compact-test-util.h"

#include "hex.h"
#include "ns3/packet.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-rrc-messages.h"

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
        return std::unique_ptr<CompactMessage>(new T());
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

    auto required = N2WithIds<N2HandoverRequired>();
    required.SetTargetRncId({"901", "70", 0x1234, 0x0042});
    required.SetCause(N2Cause::kSrvccHoNotPossible);
    required.SetSourceToTargetContainer({0xaa, 0xbb, 0xcc});
    samples.push_back(Sample("N2HandoverRequired", required));
    auto command = N2WithIds<N2HandoverCommand>();
    command.SetDlNasCountLsb4(0x0b);
    command.SetTargetToSourceContainer({1, 2, 3, 4});
    samples.push_back(Sample("N2HandoverCommand", command));
    auto prepFailure = N2WithIds<N2HandoverPreparationFailure>();
    prepFailure.SetCause(N2Cause::kHoFailureInTargetSystem);
    samples.push_back(Sample("N2HandoverPreparationFailure", prepFailure));
    auto cancel = N2WithIds<N2HandoverCancel>();
    cancel.SetCause(N2Cause::kTNgRelocPrepExpiry);
    samples.push_back(Sample("N2HandoverCancel", cancel));
    samples.push_back(
        Sample("N2HandoverCancelAcknowledge", N2WithIds<N2HandoverCancelAcknowledge>()));
    auto release = N2WithIds<N2UeContextReleaseCommand>();
    release.SetCause(N2Cause::kNormalRelease);
    samples.push_back(Sample("N2UeContextReleaseCommand", release));
    samples.push_back(
        Sample("N2UeContextReleaseComplete", N2WithIds<N2UeContextReleaseComplete>()));

    UtranHandoverToUtranCommand utranCommand;
    utranCommand.SetNewUrnti(0x11223344);
    utranCommand.SetIntegrityAlgorithm(2);
    utranCommand.SetCipheringAlgorithm(1);
    utranCommand.SetFresh(0xdeadbeef);
    NrMobilityFromNrCommand mobility;
    mobility.SetUeId(7);
    mobility.SetRrcTransactionId(2);
    mobility.SetDlNasCountLsb4(0x0b);
    mobility.SetTargetRatMessageContainer(CompactToBytes(utranCommand));
    samples.push_back(Sample("NrMobilityFromNrCommand", mobility));
    samples.push_back(Sample("UtranHandoverToUtranCommand", utranCommand));
    UtranHandoverToUtranComplete complete;
    complete.SetUrnti(0x11223344);
    complete.SetRrcSequenceNumber(5);
    complete.SetMacI({0xde, 0xad, 0xbe, 0xef});
    complete.SetPayload({1, 2, 3});
    samples.push_back(Sample("UtranHandoverToUtranComplete", complete));

    auto relocation = IuWithId<IuRelocationRequest>();
    relocation.SetImsi("001010123456789");
    relocation.SetCk(srvcc::Key128::FromHex("000102030405060708090a0b0c0d0e0f", "ck"));
    relocation.SetIk(srvcc::Key128::FromHex("101112131415161718191a1b1c1d1e1f", "ik"));
    relocation.SetKsi(3);
    relocation.SetPermittedIntegrityAlgorithms(0x06);
    relocation.SetPermittedCipheringAlgorithms(0x07);
    relocation.SetEmergency(true);
    relocation.SetSourceToTargetContainer({0x55});
    samples.push_back(Sample("IuRelocationRequest", relocation));
    auto ack = IuWithId<IuRelocationRequestAcknowledge>();
    ack.SetChosenIntegrityAlgorithm(2);
    ack.SetChosenCipheringAlgorithm(1);
    ack.SetTargetToSourceContainer({9, 8, 7});
    samples.push_back(Sample("IuRelocationRequestAcknowledge", ack));
    auto failure = IuWithId<IuRelocationFailure>();
    failure.SetCause(IuCause::kNoRadioResources);
    samples.push_back(Sample("IuRelocationFailure", failure));
    samples.push_back(Sample("IuRelocationDetect", IuWithId<IuRelocationDetect>()));
    auto relocComplete = IuWithId<IuRelocationComplete>();
    relocComplete.SetIntegrityCheckPassed(true);
    samples.push_back(Sample("IuRelocationComplete", relocComplete));
    auto iuRelease = IuWithId<IuReleaseCommand>();
    iuRelease.SetCause(IuCause::kNormalRelease);
    samples.push_back(Sample("IuReleaseCommand", iuRelease));
    samples.push_back(Sample("IuReleaseComplete", IuWithId<IuReleaseComplete>()));
    return samples;
}

DecodeOutcome
DecodeAs(const CompactSample& sample, const std::vector<uint8_t>& bytes)
{
    DecodeOutcome outcome;
    Ptr<Packet> p = bytes.empty()
                        ? Create<Packet>()
                        : Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
    std::unique_ptr<CompactMessage> message = sample.makeEmpty();
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
