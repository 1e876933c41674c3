/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-compact-messages: exact encodings against hand-written octets, PeekCompactMessage, Print.
 */
#include "ns3/packet.h"
#include "ns3/srvcc-iu-messages.h"
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
        SrvccIuRelocationRequest relocation;
        relocation.SetUeId(0x42);
        relocation.SetImsi("001010123456789");
        relocation.SetCk(srvcc::Key128::FromHex("000102030405060708090a0b0c0d0e0f", "ck"));
        relocation.SetIk(srvcc::Key128::FromHex("101112131415161718191a1b1c1d1e1f", "ik"));
        relocation.SetKsi(3);
        relocation.SetPermittedIntegrityAlgorithms(0x06);
        relocation.SetPermittedCipheringAlgorithms(0x07);
        relocation.SetEmergency(true);
        // IMSI: 15 digits, TBCD low nibble first, filler 0xF in the last high nibble.
        Expect(relocation, "04 01 0033 00000042 0f 00 01 01 21 43 65 87 f9"
                           " 000102030405060708090a0b0c0d0e0f 101112131415161718191a1b1c1d1e1f"
                           " 03 06 07 01 0000");
        relocation.SetImsi("123456");
        relocation.SetEmergency(false);
        Expect(relocation, "04 01 002e 00000042 06 21 43 65"
                           " 000102030405060708090a0b0c0d0e0f 101112131415161718191a1b1c1d1e1f"
                           " 03 06 07 00 0000");

        SrvccIuRelocationFailure failure;
        failure.SetUeId(0x42);
        failure.SetCause(IuCause::kIntegrityCheckFailure);
        Expect(failure, "04 03 0005 00000042 03");
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
        // Iu only: N2 is NGAP (srvcc-ngap), the radio legs RRC (srvcc-rrc), NAS has its own.
        NS_TEST_ASSERT_MSG_EQ(samples.size(), 7u, "one sample per message class");
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
             {"00010000", "06010000", "050b0000", "ff010000", "01000000", "01080000", "02010000",
              "02020000", "03010000", "03020000", "03000000", "03030000", "04080000", "04ff0000"})
        {
            NS_TEST_ASSERT_MSG_EQ(Peek(Octets(hex), iface, type), false, hex);
        }
        // Only the framing is peeked: a known header is accepted even with a short body.
        NS_TEST_ASSERT_MSG_EQ(Peek(Octets("0401ffff"), iface, type), true, "framing only");
        NS_TEST_ASSERT_MSG_EQ(IsKnownCompactMessage(CompactInterface::kIu, 7), true, "Iu 7");
        NS_TEST_ASSERT_MSG_EQ(IsKnownCompactMessage(CompactInterface::kNrUu, 1), false, "NR 1");
        NS_TEST_ASSERT_MSG_EQ(IsKnownCompactMessage(CompactInterface::kUtranUu, 2), false,
                              "UTRAN 2");
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
