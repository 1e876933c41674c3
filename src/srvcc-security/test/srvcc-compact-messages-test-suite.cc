/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The srvcc-compact-messages suite: every compact message both ways (this file), exact
 * encodings and PeekCompactMessage (srvcc-compact-encoding-test.cc), malformed input
 * (srvcc-compact-malformed-test.cc), the field codec and setter checks
 * (srvcc-compact-codec-test.cc).
 */
#include "ns3/packet.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/test.h"
#include "srvcc-compact-test-util.h"

namespace ns3
{
namespace compacttest
{

namespace
{

/** Serialize -> deserialize through a Packet for every message; every field must survive. */
class CompactRoundTripTestCase : public TestCase
{
  public:
    CompactRoundTripTestCase() : TestCase("every compact message survives serialize -> deserialize")
    {
    }

  private:
    void
    DoRun() override
    {
        // A decoder that throws on its own output is a failure of this case, not a crash.
        try
        {
            RunIu();
        }
        catch (const std::exception& e)
        {
            NS_TEST_ASSERT_MSG_EQ(std::string(e.what()), "", "unexpected exception");
        }
    }

    /**
     * Adds \p in to a packet carrying \p payload octets after it, removes it into \p out and
     * checks that exactly the header was taken and the payload is untouched.
     */
    template<class T>
    void
    RoundTrip(const T& in, T& out, uint32_t payload = 5)
    {
        Ptr<Packet> p = Create<Packet>(payload);
        p->AddHeader(in);
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), in.GetSerializedSize() + payload,
                              in.GetMessageName() << ": header size");
        const uint32_t used = p->RemoveHeader(out);
        NS_TEST_ASSERT_MSG_EQ(used, in.GetSerializedSize(), in.GetMessageName() << ": consumed");
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), payload, in.GetMessageName() << ": payload left");
        NS_TEST_ASSERT_MSG_EQ(Hex(CompactToBytes(out)), Hex(CompactToBytes(in)),
                              in.GetMessageName() << ": re-encoding differs");
    }

    template<class T>
    void
    IuCauseOnly(IuCause cause)
    {
        T in;
        in.SetUeId(0xcafef00d);
        in.SetCause(cause);
        T out;
        RoundTrip(in, out);
        NS_TEST_ASSERT_MSG_EQ(out.GetUeId(), in.GetUeId(), in.GetMessageName());
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetCause()), static_cast<int>(cause),
                              in.GetMessageName());
    }

    template<class T>
    void
    IuIdOnly()
    {
        T in;
        in.SetUeId(0x12345678);
        T out;
        RoundTrip(in, out);
        NS_TEST_ASSERT_MSG_EQ(out.GetUeId(), in.GetUeId(), in.GetMessageName());
    }

    void
    RunIu()
    {
        for (bool emergency : {false, true})
        {
            SrvccIuRelocationRequest in;
            in.SetUeId(0x0000ffff);
            in.SetImsi(emergency ? "123456" : "99999999999999");
            in.SetCk(srvcc::Key128::FromHex("5349244b5a5b9b1b8f6de93c6f9d8f4a", "ck"));
            in.SetIk(srvcc::Key128::FromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f", "ik"));
            in.SetKsi(6);
            in.SetPermittedIntegrityAlgorithms(0x07);
            in.SetPermittedCipheringAlgorithms(0x01);
            in.SetEmergency(emergency);
            in.SetSourceToTargetContainer({0x01, 0x02});
            SrvccIuRelocationRequest out;
            RoundTrip(in, out);
            NS_TEST_ASSERT_MSG_EQ(out.GetUeId(), 0x0000ffffu, "ueId");
            NS_TEST_ASSERT_MSG_EQ(out.GetImsi(), in.GetImsi(), "imsi");
            NS_TEST_ASSERT_MSG_EQ(out.GetCk().RevealHex(), in.GetCk().RevealHex(), "CK octets");
            NS_TEST_ASSERT_MSG_EQ(out.GetIk().RevealHex(), in.GetIk().RevealHex(), "IK octets");
            NS_TEST_ASSERT_MSG_EQ((out.GetCk() == in.GetCk()), true, "CK");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetKsi()), 6, "ksi");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetPermittedIntegrityAlgorithms()), 7,
                                  "permitted UIA");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetPermittedCipheringAlgorithms()), 1,
                                  "permitted UEA");
            NS_TEST_ASSERT_MSG_EQ(out.GetEmergency(), emergency, "emergency");
            NS_TEST_ASSERT_MSG_EQ(Hex(out.GetSourceToTargetContainer()), "0102", "container");
        }

        SrvccIuRelocationRequestAcknowledge ack;
        ack.SetUeId(77);
        ack.SetChosenIntegrityAlgorithm(1);
        ack.SetChosenCipheringAlgorithm(2);
        ack.SetTargetToSourceContainer(std::vector<uint8_t>(300, 0xa5));
        SrvccIuRelocationRequestAcknowledge ackOut;
        RoundTrip(ack, ackOut);
        NS_TEST_ASSERT_MSG_EQ(ackOut.GetUeId(), 77u, "ueId");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(ackOut.GetChosenIntegrityAlgorithm()), 1, "UIA");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(ackOut.GetChosenCipheringAlgorithm()), 2, "UEA");
        NS_TEST_ASSERT_MSG_EQ(Hex(ackOut.GetTargetToSourceContainer()),
                              Hex(ack.GetTargetToSourceContainer()), "container");

        for (bool passed : {false, true})
        {
            SrvccIuRelocationComplete complete;
            complete.SetUeId(5);
            complete.SetIntegrityCheckPassed(passed);
            SrvccIuRelocationComplete completeOut;
            completeOut.SetIntegrityCheckPassed(!passed);
            RoundTrip(complete, completeOut);
            NS_TEST_ASSERT_MSG_EQ(completeOut.GetIntegrityCheckPassed(), passed, "passed");
        }

        IuCauseOnly<SrvccIuRelocationFailure>(IuCause::kIntegrityCheckFailure);
        IuCauseOnly<SrvccIuReleaseCommand>(IuCause::kRelocationTimerExpiry);
        IuIdOnly<SrvccIuRelocationDetect>();
        IuIdOnly<SrvccIuReleaseComplete>();
    }
};

class SrvccCompactMessagesTestSuite : public TestSuite
{
  public:
    SrvccCompactMessagesTestSuite() : TestSuite("srvcc-compact-messages", UNIT)
    {
        AddTestCase(new CompactRoundTripTestCase, TestCase::QUICK);
        AddTestCase(MakeCompactExactEncodingTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactPeekTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactPrintTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactTruncationTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactLengthFieldTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactWrongClassTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactOutOfRangeTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactEncodeErrorTestCase(), TestCase::QUICK);
        AddTestCase(MakeCompactReaderTestCase(), TestCase::QUICK);
    }
};

/// The one instance, registered with ns-3's TestRunner when the program loads.
SrvccCompactMessagesTestSuite g_srvccCompactMessagesTestSuite;

} // namespace

} // namespace compacttest
} // namespace ns3
