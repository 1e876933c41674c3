/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-upper-pdu-capture: the exported-PDU records of srvcc-upper-pdu-capture.h, as tshark reads
 * them: the dissector tag routes a hand-encoded NGAP PDU to NGAP, the addresses and direction
 * tags are shown, and the transport under a captured message is taken off.
 */
#include "ns3/ipv4-header.h"
#include "ns3/packet.h"
#include "ns3/ppp-header.h"
#include "ns3/srvcc-reliable-transport.h"
#include "ns3/srvcc-upper-pdu-capture.h"
#include "ns3/test.h"
#include "ns3/udp-header.h"
#include "srvcc-tshark-test-util.h"

#include <unistd.h>

namespace ns3
{
namespace tsharktest
{

namespace
{

/**
 * NGAP UE Context Release Complete (TS 38.413 9.2.2.3), AMF-UE-NGAP-ID 1, RAN-UE-NGAP-ID 1, by
 * hand from TS 38.413 9.4 and X.691: successfulOutcome (001), procedureCode 41, criticality
 * reject, value of 15 octets: extension bit, 2 IEs; id 10 ignore "0001"; id 85 ignore "0001".
 */
const std::vector<uint8_t> kUeContextReleaseComplete
    = {0x20, 0x29, 0x00, 0x0f, 0x00, 0x00, 0x02, 0x00, 0x0a, 0x40,
       0x02, 0x00, 0x01, 0x00, 0x55, 0x40, 0x02, 0x00, 0x01};

class UpperPduRecordTestCase : public TestCase
{
  public:
    UpperPduRecordTestCase()
        : TestCase("exported-PDU records: tshark decodes the PDU with the named dissector")
    {
    }

  private:
    void
    DoRun() override
    {
        NS_TEST_ASSERT_MSG_EQ(std::system("tshark --version > /dev/null 2>&1"), 0,
                              "tshark is missing: install it (scripts/dev.sh deps)");
        // The record's own bytes: dissector tag (12) "ngap", the direction tag (35), the end.
        const std::vector<uint8_t> record = SrvccUpperPduRecord("ngap", {0xaa}, false, 0, 0, false);
        const std::vector<uint8_t> expected
            = {0x00, 0x0c, 0x00, 0x04, 'n',  'g',  'a',  'p',  0x00, 0x23, 0x00,
               0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0xaa};
        NS_TEST_EXPECT_MSG_EQ((record == expected), true, "tags, end of options, PDU");

        const std::string dir = TempDir();
        const std::string pcap = dir + "/ngap.pcap";
        NS_TEST_ASSERT_MSG_EQ(WriteUpperPduPcap(pcap, {{"ngap", kUeContextReleaseComplete}}), true,
                              "pcap written");
        const std::vector<std::string> fields
            = Decode(pcap, {"ngap.procedureCode", "ngap.AMF_UE_NGAP_ID", "ngap.RAN_UE_NGAP_ID"});
        NS_TEST_ASSERT_MSG_EQ(fields.size(), 1u, "one packet");
        NS_TEST_EXPECT_MSG_EQ(fields[0], "41;1;1", "decoded as NGAP UE Context Release Complete");
        NS_TEST_EXPECT_MSG_EQ(DecodeProblems(pcap).size(), 0u, "no malformed or expert error");
        unlink(pcap.c_str());
        rmdir(dir.c_str());
    }
};

/** The capture takes the message out of what the sending device was handed. */
class CapturedMessageTestCase : public TestCase
{
  public:
    CapturedMessageTestCase()
        : TestCase("captured message: PPP, IPv4, UDP and the transport header are taken off")
    {
    }

  private:
    static Ptr<Packet>
    Framed(const std::vector<uint8_t>& payload)
    {
        Ptr<Packet> p = Create<Packet>(payload.data(), static_cast<uint32_t>(payload.size()));
        UdpHeader udp;
        udp.SetSourcePort(1000);
        udp.SetDestinationPort(2000);
        p->AddHeader(udp);
        Ipv4Header ip;
        ip.SetSource(Ipv4Address("10.0.0.1"));
        ip.SetDestination(Ipv4Address("10.0.0.2"));
        ip.SetProtocol(17); // UDP
        ip.SetPayloadSize(p->GetSize());
        p->AddHeader(ip);
        PppHeader ppp;
        ppp.SetProtocol(0x0021); // IPv4
        p->AddHeader(ppp);
        return p;
    }

    void
    DoRun() override
    {
        std::vector<uint8_t> data = {0x10, 0, 0, 0, 7, 0, 0, 0, 1};
        data.insert(data.end(), kUeContextReleaseComplete.begin(), kUeContextReleaseComplete.end());
        uint32_t source = 0;
        uint32_t destination = 0;
        const auto message
            = SrvccCapturedMessage(SrvccInterface::kN2, Framed(data), true, source, destination);
        NS_TEST_ASSERT_MSG_EQ(message.has_value(), true, "a DATA chunk holds a message");
        NS_TEST_EXPECT_MSG_EQ((*message == kUeContextReleaseComplete), true, "the NGAP PDU");
        NS_TEST_EXPECT_MSG_EQ(source, Ipv4Address("10.0.0.1").Get(), "source address");
        NS_TEST_EXPECT_MSG_EQ(destination, Ipv4Address("10.0.0.2").Get(), "destination");
        const std::vector<uint8_t> sack = {0x13, 0, 0, 0, 7, 0, 0, 0, 7};
        NS_TEST_EXPECT_MSG_EQ(
            SrvccCapturedMessage(SrvccInterface::kN2, Framed(sack), true, source, destination)
                .has_value(),
            false, "an acknowledgement is not written");
        // With the interface's transport off the message comes bare, whatever its first octet.
        const std::vector<uint8_t> bare = {0x20, 0x29, 0x00, 0x00};
        const auto whole
            = SrvccCapturedMessage(SrvccInterface::kN2, Framed(bare), false, source, destination);
        NS_TEST_EXPECT_MSG_EQ((whole && *whole == bare), true, "a bare message, taken whole");
        NS_TEST_EXPECT_MSG_EQ(std::string(SrvccUpperPduDissector(SrvccInterface::kNrUu, false)),
                              "nr-rrc.dl.dcch", "the gNB's end sends downlink DCCH");
        NS_TEST_EXPECT_MSG_EQ((SrvccUpperPduDissector(SrvccInterface::kSv, true) == nullptr), true,
                              "Sv stays IP");
    }
};

class SrvccUpperPduCaptureTestSuite : public TestSuite
{
  public:
    SrvccUpperPduCaptureTestSuite() : TestSuite("srvcc-upper-pdu-capture", UNIT)
    {
        AddTestCase(new UpperPduRecordTestCase, TestCase::QUICK);
        AddTestCase(new CapturedMessageTestCase, TestCase::QUICK);
    }
};

SrvccUpperPduCaptureTestSuite g_srvccUpperPduCaptureTestSuite;

} // namespace
} // namespace tsharktest
} // namespace ns3
