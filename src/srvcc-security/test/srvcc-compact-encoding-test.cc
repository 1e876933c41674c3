/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-compact-messages: exact encodings against hand-written octets, PeekCompactMessage, Print.
 */
#include "ns3/packet.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-rrc-messages.h"
#include "ns3/test.h"
#include "srvcc-compact-test-util.h"

#include <sstream>

namespace ns3
{
namespace compacttest
{

namespace
{

/**
 * One message of each interface against octets written by hand from the layouts documented in
 * the headers (framing: interface, type, body length; then the fields in order).
 */
class CompactExactEncodingTestCase : public TestCase
{
  public:
    CompactExactEncodingTestCase()
        : TestCase("one message per interface encodes to the hand-written octets")
    {
    }

  private:
    void
    Expect(const SrvccCompactMessage& message, const std::string& expectedHex)
    {
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(message);
        NS_TEST_ASSERT_MSG_EQ(Hex(PacketBytes(p)), Hex(Octets(expectedHex)),
                              message.GetMessageName());
    }

    void
    DoRun() override
    {
        try
        {
            Run();
        }
        catch (const std::exception& e)
        {
            NS_TEST_ASSERT_MSG_EQ(std::string(e.what()), "", "unexpected exception");
        }
    }

    void
    Run()
    {
        SrvccN2HandoverRequired required;
        required.SetAmfUeNgapId(0x01020304);
        required.SetRanUeNgapId(0x0a0b0c0d);
        required.SetTargetRncId({"901", "70", 0x1234, 0x0042});
        required.SetCause(N2Cause::kSrvccHoNotPossible);
        required.SetSourceToTargetContainer({0xaa, 0xbb, 0xcc});
        // N2, type 1, 23 octets; ids; type 3; CS only; PLMN 901/70 = 09 f1 07 (TS 24.008
        // 10.5.1.13); LAC; RNC-ID; cause 7; container of 3.
        Expect(required, "01 01 0017 01020304 0a0b0c0d 03 01 09f107 1234 0042 07 0003 aabbcc");
        // A 3-digit MNC fills MNC digit 3 instead of 0xF: 310/410 = 13 00 14.
        required.SetTargetRncId({"310", "410", 0x0001, 0x0002});
        required.SetSourceToTargetContainer({});
        Expect(required, "01 01 0014 01020304 0a0b0c0d 03 01 130014 0001 0002 07 0000");

        SrvccN2HandoverCommand command;
        command.SetAmfUeNgapId(0x01020304);
        command.SetRanUeNgapId(0x0a0b0c0d);
        command.SetDlNasCountLsb4(0x0b);
        command.SetTargetToSourceContainer({0x01, 0x02, 0x03, 0x04});
        Expect(command, "01 02 000f 01020304 0a0b0c0d 0b 0004 01020304");

        SrvccN2UeContextReleaseComplete releaseComplete;
        releaseComplete.SetAmfUeNgapId(1);
        releaseComplete.SetRanUeNgapId(2);
        Expect(releaseComplete, "01 07 0008 00000001 00000002");

        SrvccUtranHandoverToUtranCommand utran;
        utran.SetNewUrnti(0x11223344);
        utran.SetIntegrityAlgorithm(2);
        utran.SetCipheringAlgorithm(1);
        utran.SetFresh(0xdeadbeef);
        Expect(utran, "03 01 000a 11223344 02 01 deadbeef");

        // The NR command carries the UTRAN command above, framing included, as its container.
        SrvccNrMobilityFromNrCommand nr;
        nr.SetUeId(7);
        nr.SetRrcTransactionId(2);
        nr.SetDlNasCountLsb4(0x0b);
        nr.SetTargetRatMessageContainer(CompactToBytes(utran));
        Expect(nr, "02 01 0016 00000007 02 0b 000e 03 01 000a 11223344 02 01 deadbeef");

        SrvccUtranHandoverToUtranComplete complete;
        complete.SetUrnti(0x11223344);
        complete.SetRrcSequenceNumber(5);
        complete.SetMacI({0xde, 0xad, 0xbe, 0xef});
        complete.SetPayload({0x01, 0x02, 0x03});
        Expect(complete, "03 02 000e 11223344 05 deadbeef 0003 010203");
        // MAC-I input: the same body, MAC-I zero, the plaintext payload in place.
        NS_TEST_ASSERT_MSG_EQ(Hex(SrvccUtranHandoverToUtranComplete::IntegrityInput(
                                  0x11223344, 5, {0x09, 0x08, 0x07})),
                              Hex(Octets("11223344 05 00000000 0003 090807")), "IntegrityInput");
        NS_TEST_ASSERT_MSG_EQ(Hex(complete.GetIntegrityInput()),
                              Hex(Octets("11223344 05 00000000 0003 010203")), "GetIntegrityInput");
        // The Iu messages are RANAP now: their bytes are checked in srvcc-ranap-test-suite.cc.
    }
};

/** PeekCompactMessage names each message right and refuses what is not a compact message. */
class CompactPeekTestCase : public TestCase
{
  public:
    CompactPeekTestCase()
        : TestCase("PeekCompactMessage dispatches every message and refuses the rest")
    {
    }

  private:
    static bool
    Peek(const std::vector<uint8_t>& bytes, CompactInterface& iface, uint8_t& type)
    {
        Ptr<Packet> p = bytes.empty()
                            ? Create<Packet>()
                            : Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
        return PeekCompactMessage(p, iface, type);
    }

    void
    DoRun() override
    {
        CompactInterface iface;
        uint8_t type = 0;
        const auto samples = MakeCompactSamples();
        NS_TEST_ASSERT_MSG_EQ(samples.size(), 10u, "one sample per compact message class");
        for (const auto& s : samples)
        {
            NS_TEST_ASSERT_MSG_EQ(Peek(s.bytes, iface, type), true, s.name);
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(iface), static_cast<int>(s.iface), s.name);
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(type), static_cast<int>(s.type), s.name);
            // Peeking leaves the packet alone and the message still decodes from it.
            NS_TEST_ASSERT_MSG_EQ(DecodeAs(s, s.bytes).consumed, s.bytes.size(), s.name);
            for (std::size_t length = 0; length < kCompactFramingSize; ++length)
            {
                const std::vector<uint8_t> prefix(s.bytes.begin(), s.bytes.begin() + length);
                NS_TEST_ASSERT_MSG_EQ(Peek(prefix, iface, type), false,
                                      s.name << " cut to " << length);
            }
        }
        NS_TEST_ASSERT_MSG_EQ(PeekCompactMessage(nullptr, iface, type), false, "null packet");
        // Unknown interfaces, and types that no message of a known interface has.
        for (const char* hex :
             {"00010000", "06010000", "050b0000", "ff010000", "01000000", "01080000", "02020000",
              "03000000", "03030000", "04080000", "04ff0000"})
        {
            NS_TEST_ASSERT_MSG_EQ(Peek(Octets(hex), iface, type), false, hex);
        }
        // Only the framing is peeked: a known header is accepted even with a short body.
        NS_TEST_ASSERT_MSG_EQ(Peek(Octets("0101ffff"), iface, type), true, "framing only");
        // Iu is RANAP (model/ranap/): no compact Iu message is known any more.
        NS_TEST_ASSERT_MSG_EQ(IsKnownCompactMessage(CompactInterface::kIu, 1), false, "Iu 1");
        NS_TEST_ASSERT_MSG_EQ(Peek(Octets("04010000"), iface, type), false, "Iu 1");
        NS_TEST_ASSERT_MSG_EQ(IsKnownCompactMessage(CompactInterface::kNrUu, 2), false, "NR 2");
    }
};

/** Print() names the message and its fields, and never shows a whole key. */
class CompactPrintTestCase : public TestCase
{
  public:
    CompactPrintTestCase() : TestCase("Print shows fields and only key fingerprints") {}

  private:
    void
    DoRun() override
    {
        SrvccIuRelocationRequest relocation;
        relocation.SetUeId(9);
        relocation.SetImsi("001010123456789");
        const auto ck = srvcc::Key128::FromHex("5349244b5a5b9b1b8f6de93c6f9d8f4a", "ck");
        const auto ik = srvcc::Key128::FromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f", "ik");
        relocation.SetCk(ck);
        relocation.SetIk(ik);
        std::ostringstream os;
        relocation.Print(os);
        const std::string text = os.str();
        NS_TEST_ASSERT_MSG_EQ(text.find("Iu Relocation Request (ueId=9"), 0u, text);
        NS_TEST_ASSERT_MSG_NE(text.find("ck=" + ck.Fingerprint()), std::string::npos, text);
        NS_TEST_ASSERT_MSG_NE(text.find("ik=" + ik.Fingerprint()), std::string::npos, text);
        NS_TEST_ASSERT_MSG_EQ(text.find(ck.RevealHex()), std::string::npos, "whole CK printed");
        NS_TEST_ASSERT_MSG_EQ(text.find(ik.RevealHex()), std::string::npos, "whole IK printed");
        NS_TEST_ASSERT_MSG_EQ(text.find("5a5b"), std::string::npos, "CK octets past the tag");

        SrvccN2HandoverCommand command;
        command.SetDlNasCountLsb4(12);
        command.SetTargetToSourceContainer({1, 2, 3});
        std::ostringstream cs;
        cs << command;
        NS_TEST_ASSERT_MSG_EQ(cs.str(),
                              "N2 Handover Command (amfUeNgapId=0 ranUeNgapId=0 "
                              "dlNasCountLsb4=12 targetToSourceContainer=3 octets)",
                              "N2 Handover Command text");

        // Every class has its own registered TypeId, under SrvccCompactMessage.
        for (const auto& s : MakeCompactSamples())
        {
            const TypeId tid = s.makeEmpty()->GetInstanceTypeId();
            NS_TEST_ASSERT_MSG_EQ(tid.GetName(), "ns3::" + s.name, s.name);
            NS_TEST_ASSERT_MSG_EQ(tid.IsChildOf(SrvccCompactMessage::GetTypeId()), true, s.name);
            NS_TEST_ASSERT_MSG_EQ(tid.HasConstructor(), true, s.name);
        }
    }
};

} // namespace

TestCase*
MakeCompactExactEncodingTestCase()
{
    return new CompactExactEncodingTestCase;
}

TestCase*
MakeCompactPeekTestCase()
{
    return new CompactPeekTestCase;
}

TestCase*
MakeCompactPrintTestCase()
{
    return new CompactPrintTestCase;
}

} // namespace compacttest
} // namespace ns3
