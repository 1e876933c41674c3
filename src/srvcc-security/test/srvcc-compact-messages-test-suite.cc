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
#include "ns3/srvcc-n2-messages.h"
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
            RunN2();
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
    N2Ids(const T& in, const T& out)
    {
        NS_TEST_ASSERT_MSG_EQ(out.GetAmfUeNgapId(), in.GetAmfUeNgapId(), in.GetMessageName());
        NS_TEST_ASSERT_MSG_EQ(out.GetRanUeNgapId(), in.GetRanUeNgapId(), in.GetMessageName());
    }

    template<class T>
    void
    N2IdsAndCause(N2Cause cause)
    {
        T in;
        in.SetAmfUeNgapId(0xfffffffe);
        in.SetRanUeNgapId(0x00000001);
        in.SetCause(cause);
        T out;
        RoundTrip(in, out);
        N2Ids(in, out);
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetCause()), static_cast<int>(cause),
                              in.GetMessageName());
    }

    template<class T>
    void
    N2IdsOnly()
    {
        T in;
        in.SetAmfUeNgapId(0x80000000);
        in.SetRanUeNgapId(0xffffffff);
        T out;
        RoundTrip(in, out, 0);
        N2Ids(in, out);
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
    RunN2()
    {
        // The largest container that leaves the body within its 2-octet length: 65535 minus
        // ids 8, type 1, indication 1, target 7, cause 1, container length 2.
        const std::size_t kLargest = 65535 - 8 - 1 - 1 - 7 - 1 - 2;
        for (const auto& [mnc, container] :
             {std::make_pair(std::string("70"), std::vector<uint8_t>{}),
              std::make_pair(std::string("410"), std::vector<uint8_t>(kLargest, 0x5a))})
        {
            SrvccN2HandoverRequired in;
            in.SetAmfUeNgapId(0xdeadbeef);
            in.SetRanUeNgapId(0x00c0ffee);
            in.SetHandoverType(SrvccN2HandoverRequired::kHandoverTypeFivegsToUtran);
            in.SetSrvccHoIndication(SrvccN2HandoverRequired::kSrvccPsAndCs);
            in.SetTargetRncId({"310", mnc, 0xfffe, 0x0fff});
            in.SetCause(N2Cause::kRadioConnectionWithUeLost);
            in.SetSourceToTargetContainer(container);
            SrvccN2HandoverRequired out;
            RoundTrip(in, out);
            N2Ids(in, out);
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetHandoverType()), 3, "handoverType");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetSrvccHoIndication()), 0, "srvccHo");
            NS_TEST_ASSERT_MSG_EQ(out.GetTargetRncId(), in.GetTargetRncId(), "targetRncId");
            NS_TEST_ASSERT_MSG_EQ(out.GetTargetRncId().mnc, mnc, "mnc");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetCause()),
                                  static_cast<int>(N2Cause::kRadioConnectionWithUeLost), "cause");
            NS_TEST_ASSERT_MSG_EQ(Hex(out.GetSourceToTargetContainer()), Hex(container),
                                  "sourceToTarget container");
        }

        SrvccN2HandoverCommand command;
        command.SetAmfUeNgapId(1);
        command.SetRanUeNgapId(2);
        command.SetDlNasCountLsb4(15);
        command.SetTargetToSourceContainer({0x00, 0xff, 0x10});
        SrvccN2HandoverCommand commandOut;
        RoundTrip(command, commandOut);
        N2Ids(command, commandOut);
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(commandOut.GetDlNasCountLsb4()), 15, "lsb4");
        NS_TEST_ASSERT_MSG_EQ(Hex(commandOut.GetTargetToSourceContainer()), "00ff10",
                              "targetToSource container");

        N2IdsAndCause<SrvccN2HandoverPreparationFailure>(N2Cause::kHoTargetNotAllowed);
        N2IdsAndCause<SrvccN2HandoverCancel>(N2Cause::kHandoverCancelled);
        N2IdsAndCause<SrvccN2UeContextReleaseCommand>(N2Cause::kUnknownTargetId);
        N2IdsOnly<SrvccN2HandoverCancelAcknowledge>();
        N2IdsOnly<SrvccN2UeContextReleaseComplete>();
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
