/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-compact-messages: the field codec on its own (CompactReader never reads past its limit
 * or the buffer), and setters that refuse values the encoding cannot carry.
 */
#include "ns3/buffer.h"
#include "ns3/packet.h"
#include "ns3/srvcc-compact-codec.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-rrc-messages.h"
#include "ns3/test.h"
#include "srvcc-compact-test-util.h"

namespace ns3
{
namespace compacttest
{

namespace
{

/** CompactReader checks both its limit and the end of the buffer before every read. */
class CompactReaderTestCase : public TestCase
{
  public:
    CompactReaderTestCase()
        : TestCase("CompactReader reads fields and never past its limit or the buffer")
    {
    }

  private:
    /** A buffer holding \p hex; kept alive by the test while readers iterate over it. */
    static Buffer
    Make(const std::string& hex)
    {
        const std::vector<uint8_t> octets = Octets(hex);
        Buffer buffer;
        buffer.AddAtStart(static_cast<uint32_t>(octets.size()));
        if (!octets.empty())
        {
            buffer.Begin().Write(octets.data(), static_cast<uint32_t>(octets.size()));
        }
        return buffer;
    }

    /** \return the MessageDecodeError text \p f throws, or "" when it throws none. */
    template<class F>
    static std::string
    DecodeError(F f)
    {
        try
        {
            f();
        }
        catch (const MessageDecodeError& e)
        {
            return e.what();
        }
        return "";
    }

    void
    DoRun() override
    {
        // A limit beyond the data: the buffer end still stops the read.
        Buffer three = Make("010203");
        CompactReader past(three.Begin(), 100, "Test Message");
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      past.ReadU32("word");
                                  }),
                              "Test Message: truncated in word, need 4 octets, 3 left", "end");
        NS_TEST_ASSERT_MSG_EQ(past.ReadU16("half"), 0x0102, "a failed read consumes nothing");
        NS_TEST_ASSERT_MSG_EQ(int(past.ReadU8("octet")), 3, "last octet");
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      past.ReadU8("more");
                                  }),
                              "Test Message: truncated in more, need 1 octet, 0 left", "empty");
        NS_TEST_ASSERT_MSG_EQ(past.GetConsumed(), 3u, "consumed");

        // A limit inside the data: the limit stops the read.
        Buffer five = Make("0102030405");
        CompactReader limited(five.Begin(), 2, "Test Message");
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      limited.ReadU32("word");
                                  }),
                              "Test Message: truncated in word, need 4 octets, 2 left", "limit");
        std::vector<uint8_t> sink(8);
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      limited.ReadBytes(sink.data(), 3, "bytes");
                                  }),
                              "Test Message: truncated in bytes, need 3 octets, 2 left", "bytes");

        // A length prefix larger than what is left is refused before anything is allocated.
        Buffer prefixed = Make("ffff 0102");
        CompactReader container(prefixed.Begin(), 4, "Test Message");
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      container.ReadLengthPrefixed("container");
                                  }),
                              "Test Message: truncated in container, need 65535 octets, 2 left",
                              "container");

        // Digits: TBCD, first digit in the low nibble; filler only after an odd count.
        Buffer imsi = Make("0f 00 01 01 21 43 65 87 f9 06 21 43 65");
        CompactReader digits(imsi.Begin(), 13, "Test Message");
        NS_TEST_ASSERT_MSG_EQ(digits.ReadDigits("imsi", 6, 15), "001010123456789", "odd");
        NS_TEST_ASSERT_MSG_EQ(digits.ReadDigits("imsi", 6, 15), "123456", "even");
        Buffer evenFiller = Make("06 21 43 f5");
        CompactReader bad(evenFiller.Begin(), 4, "Test Message");
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      bad.ReadDigits("imsi", 6, 15);
                                  }),
                              "Test Message: imsi octet 2 is not TBCD digits", "filler in even");
        Buffer shortDigits = Make("0f 00 01");
        CompactReader cut(shortDigits.Begin(), 3, "Test Message");
        NS_TEST_ASSERT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      cut.ReadDigits("imsi", 6, 15);
                                  }),
                              "Test Message: truncated in imsi, need 8 octets, 2 left", "cut");

        // PLMN identities as TS 24.008 10.5.1.13 lays them out.
        Buffer plmns = Make("09f107 130014");
        CompactReader plmn(plmns.Begin(), 6, "Test Message");
        std::string mcc;
        std::string mnc;
        plmn.ReadPlmn("plmn", mcc, mnc);
        NS_TEST_ASSERT_MSG_EQ(mcc + "/" + mnc, "901/70", "2-digit MNC");
        plmn.ReadPlmn("plmn", mcc, mnc);
        NS_TEST_ASSERT_MSG_EQ(mcc + "/" + mnc, "310/410", "3-digit MNC");
    }
};

/** Setters refuse what the encoding cannot carry; unset mandatory fields refuse to encode. */
class CompactEncodeErrorTestCase : public TestCase
{
  public:
    CompactEncodeErrorTestCase()
        : TestCase("values that cannot be encoded are rejected by the setters")
    {
    }

  private:
    template<class F>
    static bool
    Rejects(F f)
    {
        try
        {
            f();
        }
        catch (const MessageEncodeError&)
        {
            return true;
        }
        return false;
    }

    void
    DoRun() override
    {
        SrvccN2HandoverCommand command;
        command.SetDlNasCountLsb4(15);
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      command.SetDlNasCountLsb4(16);
                                  }),
                              true, "lsb4 16");
        NS_TEST_ASSERT_MSG_EQ(int(command.GetDlNasCountLsb4()), 15, "kept the old value");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      command.SetTargetToSourceContainer(
                                          std::vector<uint8_t>(65536));
                                  }),
                              true, "container of 65536");
        SrvccN2HandoverRequired required;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetTargetRncId({"12", "70", 1, 1});
                                  }),
                              true, "mcc 12");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetTargetRncId({"9a1", "70", 1, 1});
                                  }),
                              true, "mcc 9a1");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetTargetRncId({"901", "7", 1, 1});
                                  }),
                              true, "mnc 7");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetTargetRncId({"901", "7000", 1, 1});
                                  }),
                              true, "mnc 7000");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetHandoverType(4);
                                  }),
                              true, "type 4");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetSrvccHoIndication(2);
                                  }),
                              true, "ind 2");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      required.SetCause(static_cast<N2Cause>(10));
                                  }),
                              true, "N2 cause 10");
        // A Handover Required without a target cannot go on the wire, and the packet is kept.
        Ptr<Packet> p = Create<Packet>(3);
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      p->AddHeader(required);
                                  }),
                              true, "no target");
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), 3u, "packet untouched");

        // Each container fits its own length, but the body must fit the framing's length too.
        required.SetTargetRncId({"901", "70", 1, 1});
        required.SetSourceToTargetContainer(std::vector<uint8_t>(65535 - 20 + 1));
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      p->AddHeader(required);
                                  }),
                              true, "body of 65536");
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), 3u, "packet untouched");
        required.SetSourceToTargetContainer(std::vector<uint8_t>(65535 - 20));
        p->AddHeader(required);
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), 3u + 4 + 65535, "body of 65535");

        SrvccN2HandoverCancel cancel;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      cancel.SetCause(static_cast<N2Cause>(0xff));
                                  }),
                              true, "N2 cause 255");

        SrvccNrMobilityFromNrCommand nr;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      nr.SetDlNasCountLsb4(16);
                                  }),
                              true, "NR lsb4 16");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      nr.SetRrcTransactionId(4);
                                  }),
                              true, "transaction");
        SrvccUtranHandoverToUtranCommand utran;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      utran.SetIntegrityAlgorithm(3);
                                  }),
                              true, "UIA3");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      utran.SetCipheringAlgorithm(3);
                                  }),
                              true, "UEA3");
        SrvccUtranHandoverToUtranComplete complete;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      complete.SetRrcSequenceNumber(16);
                                  }),
                              true, "sn");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  []
                                  {
                                      SrvccUtranHandoverToUtranComplete::IntegrityInput(1, 16, {});
                                  }),
                              true, "IntegrityInput sn 16");
        // The Iu setters (RANAP now) are checked in srvcc-ranap-test-suite.cc.
    }
};

} // namespace

TestCase*
MakeCompactReaderTestCase()
{
    return new CompactReaderTestCase;
}

TestCase*
MakeCompactEncodeErrorTestCase()
{
    return new CompactEncodeErrorTestCase;
}

} // namespace compacttest
} // namespace ns3
