/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The srvcc-compact-messages suite: every compact message both ways (this file), exact
 * encodings and PeekCompactMessage (srvcc-compact-encoding-test.cc), malformed input
 * (srvcc-compact-malformed-test.cc), the field codec and setter checks
 * (srvcc-compact-codec-test.cc).
 */
#include "ns3/packet.h"
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
            RunRadio();
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
    RunRadio()
    {
        SrvccUtranHandoverToUtranCommand utran;
        utran.SetNewUrnti(0xfedcba98);
        utran.SetIntegrityAlgorithm(2);
        utran.SetCipheringAlgorithm(0);
        utran.SetFresh(0x01020304);
        SrvccUtranHandoverToUtranCommand utranOut;
        RoundTrip(utran, utranOut);
        NS_TEST_ASSERT_MSG_EQ(utranOut.GetNewUrnti(), 0xfedcba98u, "newUrnti");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(utranOut.GetIntegrityAlgorithm()), 2, "UIA");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(utranOut.GetCipheringAlgorithm()), 0, "UEA");
        NS_TEST_ASSERT_MSG_EQ(utranOut.GetFresh(), 0x01020304u, "fresh");

        SrvccNrMobilityFromNrCommand nr;
        nr.SetUeId(0xffffffff);
        nr.SetRrcTransactionId(3);
        nr.SetDlNasCountLsb4(9);
        nr.SetTargetRatMessageContainer(CompactToBytes(utran));
        SrvccNrMobilityFromNrCommand nrOut;
        RoundTrip(nr, nrOut);
        NS_TEST_ASSERT_MSG_EQ(nrOut.GetUeId(), 0xffffffffu, "ueId");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(nrOut.GetRrcTransactionId()), 3, "transaction");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(nrOut.GetDlNasCountLsb4()), 9, "lsb4");
        // The container is itself a decodable UTRAN command.
        SrvccUtranHandoverToUtranCommand inner;
        CompactFromBytes(inner, nrOut.GetTargetRatMessageContainer());
        NS_TEST_ASSERT_MSG_EQ(inner.GetFresh(), 0x01020304u, "inner command fresh");

        SrvccUtranHandoverToUtranComplete complete;
        complete.SetUrnti(0x00000001);
        complete.SetRrcSequenceNumber(15);
        complete.SetMacI({0x01, 0x80, 0x7f, 0xff});
        complete.SetPayload({0x10, 0x20});
        SrvccUtranHandoverToUtranComplete completeOut;
        RoundTrip(complete, completeOut);
        NS_TEST_ASSERT_MSG_EQ(completeOut.GetUrnti(), 1u, "urnti");
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(completeOut.GetRrcSequenceNumber()), 15, "sn");
        NS_TEST_ASSERT_MSG_EQ((completeOut.GetMacI() == complete.GetMacI()), true, "MAC-I");
        NS_TEST_ASSERT_MSG_EQ(Hex(completeOut.GetPayload()), "1020", "payload");
        NS_TEST_ASSERT_MSG_EQ(Hex(completeOut.GetIntegrityInput()),
                              Hex(complete.GetIntegrityInput()), "integrity input");
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
