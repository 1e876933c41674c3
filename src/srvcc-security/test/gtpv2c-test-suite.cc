/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * GTPv2-C codec tests: every 5G-SRVCC message survives serialize -> deserialize with every
 * field equal (keys byte-equal), a few IEs match hand-computed octets, and malformed input
 * (truncated at every length, bad lengths, bad version, missing or wrong IEs, random
 * corruption) is rejected with a Gtpv2cDecodeError that names message and IE.
 */
#include "ns3/buffer.h"
#include "ns3/gtpv2c-messages.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/packet.h"
#include "ns3/srvcc-key-strategy.h"
#include "ns3/test.h"
#include "srvcc/hex.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

// ---- helpers ----------------------------------------------------------------------------------

std::vector<uint8_t>
Hex(const std::string& hex)
{
    return srvcc::FromHex(hex, "test vector");
}

std::string
ToHex(const std::vector<uint8_t>& octets)
{
    return srvcc::ToHex(octets);
}

std::vector<uint8_t>
Bytes(const Header& header)
{
    Ptr<Packet> p = Create<Packet>();
    p->AddHeader(header);
    std::vector<uint8_t> out(p->GetSize());
    p->CopyData(out.data(), static_cast<uint32_t>(out.size()));
    return out;
}

/** Decode \p octets into \p header through an ns-3 Buffer; \return octets consumed. */
uint32_t
Decode(Header& header, const std::vector<uint8_t>& octets)
{
    Buffer buffer;
    buffer.AddAtStart(static_cast<uint32_t>(octets.size()));
    buffer.Begin().Write(octets.data(), static_cast<uint32_t>(octets.size()));
    return header.Deserialize(buffer.Begin());
}

/** Run \p f; \return the Gtpv2cDecodeError text, or a description of what happened instead. */
std::string
DecodeErrorOf(const std::function<void()>& f)
{
    try
    {
        f();
    }
    catch (const Gtpv2cDecodeError& e)
    {
        return e.what();
    }
    catch (const std::exception& e)
    {
        return std::string("<other exception: ") + e.what() + ">";
    }
    return "<no error>";
}

std::string
EncodeErrorOf(const std::function<void()>& f)
{
    try
    {
        f();
    }
    catch (const Gtpv2cEncodeError& e)
    {
        return e.what();
    }
    catch (const std::exception& e)
    {
        return std::string("<other exception: ") + e.what() + ">";
    }
    return "<no error>";
}

bool
Contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/** Set the Message Length field of a serialized message to match its size. */
void
FixMessageLength(std::vector<uint8_t>& octets)
{
    const std::size_t length = octets.size() - 4;
    octets[2] = static_cast<uint8_t>(length >> 8);
    octets[3] = static_cast<uint8_t>(length & 0xff);
}

// ---- sample messages --------------------------------------------------------------------------

const char* kImsi = "001010123456789";
const char* kMei = "3568000001234567";
const srvcc::Key128 kCk = srvcc::Key128::FromHex("000102030405060708090a0b0c0d0e0f", "ck");
const srvcc::Key128 kIk = srvcc::Key128::FromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f", "ik");
const srvcc::Key256 kKasme = srvcc::Key256::FromHex(
    "8c4f3a1e2d5b6c7a8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f", "kasme");

RncTargetId
SampleRnc()
{
    RncTargetId rnc;
    rnc.plmn = {"901", "70"};
    rnc.lac = 0x1234;
    rnc.rncId = 90;
    return rnc;
}

SrvccClassmarks
SampleClassmarks()
{
    SrvccClassmarks c;
    c.msClassmark2 = {0x53, 0x19, 0x92};
    c.supportedCodecList = {0x04, 0x02, 0x60, 0x04};
    return c;
}

MmContextUtranSrvcc
SampleUtranContext()
{
    MmContextUtranSrvcc c;
    c.ksiCs = 3;
    c.ckCs = kCk;
    c.ikCs = kIk;
    c.kc = Key64::FromHex("0123456789abcdef", "kc");
    c.cksn = 2;
    c.classmarks = SampleClassmarks();
    return c;
}

SrvccPsToCsRequest
SamplePsToCsRequest(bool utranForm)
{
    SrvccPsToCsRequestIes ies;
    ies.imsi = kImsi;
    ies.svAddressForControlPlane = Ipv4Address("10.0.0.1");
    ies.svTeidForControlPlane = 0x0a0b0c0d;
    ies.cMsisdn = "491711234567";
    ies.stnSr = StnSr{StnSr::kInternationalE164, "9198000001"};
    if (utranForm)
    {
        ies.utranSrvccContext = SampleUtranContext();
    }
    else
    {
        MmContextEutranSrvcc c;
        c.eKsi = 5;
        c.ckSrvcc = kCk;
        c.ikSrvcc = kIk;
        ies.eutranSrvccContext = c;
    }
    ies.sourceToTargetContainer = Hex("00000501020304052a");
    ies.targetRncId = SampleRnc();
    ies.svFlags = SvFlags{false, true, false};
    SrvccPsToCsRequest m;
    m.SetIes(ies);
    m.SetTeid(0);
    m.SetSequenceNumber(0x000102);
    return m;
}

SrvccForwardRelocationRequest
SampleForwardRelocationRequest()
{
    ForwardRelocationRequestIes ies;
    ies.imsi = kImsi;
    ies.senderFteid.interfaceType = Gtpv2cFteid::kN26AmfGtpC;
    ies.senderFteid.teid = 0x1234;
    ies.senderFteid.ipv4 = Ipv4Address("10.0.0.1");
    ies.mmContext.ksiAsme = 2;
    ies.mmContext.usedNasIntegrity = 2;
    ies.mmContext.usedNasCipher = 1;
    ies.mmContext.nasDownlinkCount = 0x000105;
    ies.mmContext.nasUplinkCount = 7;
    ies.mmContext.kasme = kKasme;
    ies.mmContext.ueNetworkCapability = {0xf0, 0xf0};
    ies.sgwFteid = ForwardRelocationRequestIes::N26SgwPlaceholder();
    ies.indication.Set5gSrvccHoIndication(true);
    ies.sourceToTargetContainer.container = Hex("00000501020304052a");
    ies.targetIdentification.rnc = SampleRnc();
    ies.targetIdentification.rnc.rac = 5;
    ies.fCause
        = Gtpv2cFCause{Gtpv2cFCause::kRanCauseInstance, Gtpv2cFCause::kRadioNetworkLayer, {0x2e}};
    ies.stnSr = StnSr{StnSr::kInternationalE164, "9198000001"};
    ies.cMsisdn = "491711234567";
    ies.additionalMmContextForSrvcc = SampleClassmarks();
    SrvccForwardRelocationRequest m;
    m.SetIes(ies);
    m.SetSequenceNumber(7);
    return m;
}

// ---- test cases -------------------------------------------------------------------------------

/** The GTPv2-C header alone: exact octets, T flag, version and length checks. */
class Gtpv2cHeaderTestCase : public TestCase
{
  public:
    Gtpv2cHeaderTestCase() : TestCase("GTPv2-C header octets and checks") {}

  private:
    void
    DoRun() override
    {
        SrvccGtpv2cHeader h;
        h.SetMessageType(Gtpv2cMessageType::kSrvccPsToCsRequest);
        h.SetTeid(0x11223344);
        h.SetSequenceNumber(0x010203);
        h.SetIesLength(0);
        NS_TEST_EXPECT_MSG_EQ(ToHex(Bytes(h)), "481900081122334401020300", "header with TEID");

        SrvccGtpv2cHeader echo;
        echo.SetMessageType(1);
        echo.ClearTeid();
        echo.SetSequenceNumber(5);
        echo.SetIesLength(0);
        NS_TEST_EXPECT_MSG_EQ(ToHex(Bytes(echo)), "4001000400000500", "header without TEID");

        SrvccGtpv2cHeader back;
        const uint32_t size = Decode(back, Hex("481900081122334401020300"));
        NS_TEST_EXPECT_MSG_EQ(size, 12u, "header size");
        NS_TEST_EXPECT_MSG_EQ(back.GetTeid(), 0x11223344u, "TEID");
        NS_TEST_EXPECT_MSG_EQ(back.GetSequenceNumber(), 0x010203u, "sequence number");
        NS_TEST_EXPECT_MSG_EQ(static_cast<unsigned>(back.GetMessageType()), 25u, "type");

        NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                  [&]
                                  {
                                      Decode(back, Hex("281900081122334401020300"));
                                  }),
                              "GTPv2-C header: version 1, expected 2", "version 1");
        NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                  [&]
                                  {
                                      Decode(back, Hex("581900081122334401020300"));
                                  }),
                              "GTPv2-C header: P flag set; piggybacked messages are not used in "
                              "5G-SRVCC and not supported",
                              "piggyback");
        NS_TEST_EXPECT_MSG_EQ(
            DecodeErrorOf(
                [&]
                {
                    Decode(back, Hex("481900091122334401020300"));
                }),
            "GTPv2-C header: message length 9 overruns the data (8 octets follow)",
            "length overrun");
        NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                  [&]
                                  {
                                      Decode(back, Hex("4819000411223344"));
                                  }),
                              "GTPv2-C header: message length 4, expected >= 8",
                              "length too small for TEID");
        NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                  [&]
                                  {
                                      Decode(back, Hex("4819"));
                                  }),
                              "GTPv2-C header: 2 octets, need at least 4", "short");
        NS_TEST_EXPECT_MSG_EQ(Contains(EncodeErrorOf(
                                           [&]
                                           {
                                               h.SetSequenceNumber(0x1000000);
                                           }),
                                       "does not fit 24 bits"),
                              true, "sequence number range");

        Ptr<Packet> p = Create<Packet>(Hex("481a000c0000000100000900").data(), 12);
        NS_TEST_EXPECT_MSG_EQ(static_cast<unsigned>(PeekGtpv2cMessageType(p)), 26u, "peek");
        Ptr<Packet> v1 = Create<Packet>(Hex("281a000c").data(), 4);
        NS_TEST_EXPECT_MSG_EQ(Contains(DecodeErrorOf(
                                           [&]
                                           {
                                               PeekGtpv2cMessageType(v1);
                                           }),
                                       "version 1"),
                              true, "peek rejects version 1");
    }
};

/** IEs against octets computed by hand from TS 29.274 / TS 29.280 and the dissector. */
class Gtpv2cIeOctetsTestCase : public TestCase
{
  public:
    Gtpv2cIeOctetsTestCase() : TestCase("GTPv2-C IE octets computed by hand") {}

  private:
    template<class F>
    std::string
    Encode(F&& f)
    {
        Gtpv2cIeWriter w;
        f(w);
        return ToHex(std::vector<uint8_t>(w.Data(), w.Data() + w.Size()));
    }

    void
    DoRun() override
    {
        // IMSI 001010123456789: TBCD, digit 1 in the low nibble, filler F after 15 digits.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteImsiIe(w, kImsi);
                                  }),
                              "0100080000010121436587f9", "IMSI");
        // MEI (IMEISV, 16 digits, no filler).
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteMeiIe(w, kMei);
                                  }),
                              "4b0008005386000010325476", "MEI");
        // STN-SR: NANPI 0x91 then TBCD 9198000001.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteStnSrIe(w, StnSr{0x91, "9198000001"});
                                  }),
                              "330006009119890000"
                              "10",
                              "STN-SR");
        // C-MSISDN, odd digit count: filler in the high nibble of the last octet.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteMsisdnIe(w, "4917112");
                                  }),
                              "4c000400947111f2", "MSISDN");
        // Indication: UIMSI is 0x40 of octet 6, 5SRHOI 0x02 of octet 12 -> 8 octets.
        Gtpv2cIndication ind;
        ind.SetUnauthenticatedImsi(true);
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteIndicationIe(w, ind);
                                  }),
                              "4d0002000040", "Indication UIMSI");
        ind.Set5gSrvccHoIndication(true);
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteIndicationIe(w, ind);
                                  }),
                              "4d0008000040000000000002", "Indication UIMSI + 5SRHOI");
        // Sv Flags: STI 0x04, ICS 0x02, EmInd 0x01.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteSvFlagsIe(w, SvFlags{false, true, true});
                                  }),
                              "3c00010003", "Sv Flags ICS+EmInd");
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteSrvccCauseIe(w, SrvccCauseValue::kCancelledBySource);
                                  }),
                              "3800010002", "SRVCC Cause");
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteTeidCIe(w, 0x12345678);
                                  }),
                              "3b00040012345678", "TEID-C");
        Gtpv2cCause rejected;
        rejected.value = Gtpv2cCauseValue::kMandatoryIeMissing;
        rejected.offendingIeType = Gtpv2cIeType::kMmContextUtranSrvcc;
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteCauseIe(w, Gtpv2cCause{});
                                  }),
                              "020002001000", "Cause accepted");
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteCauseIe(w, rejected);
                                  }),
                              "02000600460037000000", "Cause with offending IE");
        // Target RNC ID 901-70, LAC 0x1234, RNC-ID 90: MCC2|MCC1=09, MNC3|MCC3=f1, MNC2|MNC1=07.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteTargetRncIdIe(w, SampleRnc());
                                  }),
                              "39000700"
                              "09f107"
                              "1234"
                              "005a",
                              "Target RNC ID");
        RncTargetId threeDigitMnc = SampleRnc();
        threeDigitMnc.plmn.mnc = "070";
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteTargetRncIdIe(w, threeDigitMnc);
                                  }),
                              "39000700"
                              "090170"
                              "1234"
                              "005a",
                              "Target RNC ID, 3-digit MNC");
        Gtpv2cTargetIdentification target;
        target.rnc = SampleRnc();
        target.rnc.rac = 5;
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteTargetIdentificationIe(w, target);
                                  }),
                              "79000900"
                              "00"
                              "09f107"
                              "1234"
                              "05"
                              "005a",
                              "Target Identification (RNC ID)");
        Gtpv2cFteid fteid;
        fteid.teid = 0x1234;
        fteid.ipv4 = Ipv4Address("10.0.0.1");
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteFteidIe(w, fteid);
                                  }),
                              "57000900"
                              "a8"
                              "00001234"
                              "0a000001",
                              "F-TEID, N26 AMF GTP-C (40) | V4");
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteTransparentContainerIe(
                                          w, Gtpv2cIeType::kSourceToTargetTransparentContainer,
                                          {0xaa, 0xbb});
                                  }),
                              "3400030002aabb", "Source to Target Transparent Container");
        // MM Context for UTRAN SRVCC: KSI'cs, CK'cs, IK'cs, Kc', CKSN', 3 length-prefixed fields.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteMmContextUtranSrvccIe(w, SampleUtranContext());
                                  }),
                              "37003400"
                              "03"
                              "000102030405060708090a0b0c0d0e0f"
                              "f0e1d2c3b4a5968778695a4b3c2d1e0f"
                              "0123456789abcdef"
                              "02"
                              "03531992"
                              "00"
                              "0404026004",
                              "MM Context for UTRAN SRVCC");
        // MM Context EPS Security Context and Quadruplets (Figure 8.38-5) to its end: SM 4 |
        // KSI 2 = 0x82, no vectors, EIA2/EEA1 = 0x21, DL COUNT 0x000105, UL COUNT 7, KASME, UE
        // net cap f0f0, no MS net cap, no MEI, access restriction 00, then the zero lengths of
        // VDP (1), paging capability (2), extended access restriction, UE additional and NR
        // security capability (1 each), APN rate control (2), CN restrictions and radio
        // capability ID (1 each), and octet 'a' = ENSCT mapped (2): 58 octets.
        EpsSecurityContext eps;
        eps.ksiAsme = 2;
        eps.usedNasIntegrity = 2;
        eps.usedNasCipher = 1;
        eps.nasDownlinkCount = 0x000105;
        eps.nasUplinkCount = 7;
        eps.kasme = kKasme;
        eps.ueNetworkCapability = {0xf0, 0xf0};
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteEpsSecurityContextIe(w, eps);
                                  }),
                              "6b003a00"
                              "82"
                              "00"
                              "21"
                              "000105"
                              "000007"
                              "8c4f3a1e2d5b6c7a8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f"
                              "02f0f0"
                              "00"
                              "00"
                              "00"
                              "00"
                              "0000"
                              "00"
                              "00"
                              "00"
                              "0000"
                              "00"
                              "00"
                              "02",
                              "MM Context type 107");
    }
};

/** Every message: serialize -> deserialize gives the same IEs, TEID and sequence number. */
class Gtpv2cRoundTripTestCase : public TestCase
{
  public:
    Gtpv2cRoundTripTestCase() : TestCase("GTPv2-C round trip of every 5G-SRVCC message") {}

  private:
    template<class M>
    void
    Check(const M& in, const std::string& what)
    {
        const std::vector<uint8_t> octets = Bytes(in);
        NS_TEST_EXPECT_MSG_EQ(octets.size(), in.GetSerializedSize(), what << ": size");
        NS_TEST_EXPECT_MSG_EQ(static_cast<unsigned>(octets[1]),
                              static_cast<unsigned>(in.GetMessageType()), what << ": type octet");
        M out;
        uint32_t consumed = 0;
        const std::string error = DecodeErrorOf(
            [&]
            {
                consumed = Decode(out, octets);
            });
        NS_TEST_EXPECT_MSG_EQ(error, "<no error>", what << ": decode");
        NS_TEST_EXPECT_MSG_EQ(consumed, octets.size(), what << ": octets consumed");
        NS_TEST_EXPECT_MSG_EQ((out.GetIes() == in.GetIes()), true, what << ": IEs differ");
        NS_TEST_EXPECT_MSG_EQ(out.GetTeid(), in.GetTeid(), what << ": TEID");
        NS_TEST_EXPECT_MSG_EQ(out.GetSequenceNumber(), in.GetSequenceNumber(), what << ": seq");
        // Through an ns-3 Packet as an application would do it.
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(in);
        M viaPacket;
        p->RemoveHeader(viaPacket);
        NS_TEST_EXPECT_MSG_EQ((viaPacket.GetIes() == in.GetIes()), true, what << ": via Packet");
        NS_TEST_EXPECT_MSG_EQ(p->GetSize(), 0u, what << ": Packet left over");
    }

    void
    DoRun() override
    {
        // Sv, both MM Context forms.
        const SrvccPsToCsRequest utran = SamplePsToCsRequest(true);
        Check(utran, "PS to CS Request (UTRAN SRVCC context)");
        Check(SamplePsToCsRequest(false), "PS to CS Request (E-UTRAN SRVCC context)");
        {
            SrvccPsToCsRequest out;
            Decode(out, Bytes(utran));
            const MmContextUtranSrvcc& c = *out.GetIes().utranSrvccContext;
            NS_TEST_EXPECT_MSG_EQ(c.ckCs.RevealHex(), kCk.RevealHex(), "CK'cs byte-equal");
            NS_TEST_EXPECT_MSG_EQ(c.ikCs.RevealHex(), kIk.RevealHex(), "IK'cs byte-equal");
            NS_TEST_EXPECT_MSG_EQ(c.kc.RevealHex(), "0123456789abcdef", "Kc' byte-equal");
        }
        // Emergency, UE without IMSI: MEI, EmInd, no C-MSISDN / STN-SR.
        SrvccPsToCsRequest emergency = SamplePsToCsRequest(true);
        emergency.GetIes().imsi.reset();
        emergency.GetIes().mei = kMei;
        emergency.GetIes().cMsisdn.reset();
        emergency.GetIes().stnSr.reset();
        emergency.GetIes().svFlags = SvFlags{false, false, true};
        emergency.GetIes().svAddressForControlPlane = Ipv6Address("2001:db8::1");
        Check(emergency, "PS to CS Request (emergency, MEI only, IPv6 Sv address)");

        SrvccPsToCsResponse response;
        response.SetTeid(0x0a0b0c0d);
        response.SetSequenceNumber(0x000102);
        response.GetIes().mscSvTeidForControlPlane = 0x55667788;
        response.GetIes().targetToSourceContainer = Hex("0005010203040506");
        Check(response, "PS to CS Response (accepted)");
        SrvccPsToCsResponse rejected;
        rejected.GetIes().cause.value = Gtpv2cCauseValue::kNoResourcesAvailable;
        rejected.GetIes().cause.offendingIeType = Gtpv2cIeType::kTargetRncId;
        rejected.GetIes().srvccCause = SrvccCauseValue::kNoRadioResourcesInTargetCell;
        Check(rejected, "PS to CS Response (rejected)");

        SrvccPsToCsCompleteNotification complete;
        complete.GetIes().imsi = kImsi;
        complete.GetIes().srvccPostFailureCause = SrvccCauseValue::kTemporarySessionLegError;
        Check(complete, "PS to CS Complete Notification");
        SrvccPsToCsCompleteNotification completeEmpty;
        Check(completeEmpty, "PS to CS Complete Notification (no IEs)");
        SrvccPsToCsCompleteAcknowledge completeAck;
        Check(completeAck, "PS to CS Complete Acknowledge");
        SrvccPsToCsCancelNotification cancel;
        cancel.GetIes().imsi = kImsi;
        cancel.GetIes().srvccCause = SrvccCauseValue::kCancelledBySource;
        cancel.GetIes().mei = "356800000123456";
        Check(cancel, "PS to CS Cancel Notification");
        SrvccPsToCsCancelAcknowledge cancelAck;
        cancelAck.GetIes().cause.value = Gtpv2cCauseValue::kContextNotFound;
        cancelAck.GetIes().cause.cs = true;
        Check(cancelAck, "PS to CS Cancel Acknowledge");

        // AMF <-> MME_SRVCC.
        const SrvccForwardRelocationRequest frr = SampleForwardRelocationRequest();
        Check(frr, "Forward Relocation Request");
        {
            SrvccForwardRelocationRequest out;
            Decode(out, Bytes(frr));
            NS_TEST_EXPECT_MSG_EQ(out.GetIes().mmContext.kasme.RevealHex(), kKasme.RevealHex(),
                                  "KASME_SRVCC byte-equal");
            NS_TEST_EXPECT_MSG_EQ(out.GetIes().indication.Get5gSrvccHoIndication(), true, "5SRHOI");
        }
        SrvccForwardRelocationRequest frrEmergency = SampleForwardRelocationRequest();
        frrEmergency.GetIes().indication.SetUnauthenticatedImsi(true);
        frrEmergency.GetIes().cMsisdn.reset();
        frrEmergency.GetIes().stnSr.reset();
        frrEmergency.GetIes().indication.SetEmergencyPduSession(true);
        frrEmergency.GetIes().mmContext.mei = "356800000123456";
        frrEmergency.GetIes().mmContext.drx = 0x0902;
        frrEmergency.GetIes().mmContext.nextHop = kKasme;
        frrEmergency.GetIes().mmContext.nextHopChainingCount = 3;
        frrEmergency.GetIes().senderFteid.ipv6 = Ipv6Address("2001:db8::2");
        frrEmergency.GetIes().targetIdentification.rnc.extendedRncId = 5000;
        Check(frrEmergency, "Forward Relocation Request (unauthenticated emergency)");

        SrvccForwardRelocationResponse frResponse;
        frResponse.SetTeid(0x1234);
        Gtpv2cFteid mme;
        mme.interfaceType = Gtpv2cFteid::kS10N26MmeGtpC;
        mme.teid = 0x4321;
        mme.ipv4 = Ipv4Address("10.0.0.2");
        frResponse.GetIes().senderFteid = mme;
        frResponse.GetIes().targetToSourceContainer
            = Gtpv2cFContainer{Gtpv2cFContainer::kUtranTransparentContainer, Hex("00050102030405")};
        Check(frResponse, "Forward Relocation Response (accepted)");
        SrvccForwardRelocationResponse frRejected;
        frRejected.GetIes().cause.value = Gtpv2cCauseValue::kRelocationFailure;
        frRejected.GetIes().fCause
            = Gtpv2cFCause{Gtpv2cFCause::kRanapCauseInstance, 0, {0x00, 0x2b}};
        Check(frRejected, "Forward Relocation Response (rejected, RANAP cause)");

        SrvccForwardRelocationCompleteNotification frComplete;
        frComplete.GetIes().indication.Set5gSrvccHoIndication(true);
        Check(frComplete, "Forward Relocation Complete Notification");
        SrvccForwardRelocationCompleteAcknowledge frCompleteAck;
        frCompleteAck.GetIes().recovery = 9;
        Check(frCompleteAck, "Forward Relocation Complete Acknowledge");
        SrvccRelocationCancelRequest relCancel;
        relCancel.GetIes().imsi = kImsi;
        relCancel.GetIes().fCause = Gtpv2cFCause{Gtpv2cFCause::kRanapCauseInstance, 0, {0x0a}};
        Check(relCancel, "Relocation Cancel Request");
        SrvccRelocationCancelResponse relCancelResponse;
        Check(relCancelResponse, "Relocation Cancel Response");
    }
};

/** Malformed input is rejected with a clear error, never a crash. */
class Gtpv2cMalformedTestCase : public TestCase
{
  public:
    Gtpv2cMalformedTestCase() : TestCase("GTPv2-C malformed input rejected") {}

  private:
    /**
     * Cut \p octets at every length. With the header length left alone, every cut must be
     * rejected; with the header length fixed to the cut, a cut inside an IE must be rejected
     * and a cut between IEs may only decode (fewer optional IEs) or be rejected.
     */
    template<class M>
    void
    CheckTruncations(const M& in, const std::string& what)
    {
        const std::vector<uint8_t> octets = Bytes(in);
        std::vector<std::size_t> boundaries;
        for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(octets.data() + 12, octets.size() - 12))
        {
            boundaries.push_back(12 + ie.offset);
        }
        for (std::size_t cut = 0; cut < octets.size(); ++cut)
        {
            std::vector<uint8_t> part(octets.begin(), octets.begin() + cut);
            M out;
            const std::string asIs = DecodeErrorOf(
                [&]
                {
                    Decode(out, part);
                });
            NS_TEST_EXPECT_MSG_EQ((asIs[0] != '<'), true,
                                  what << " cut at " << cut << ": " << asIs);
            NS_TEST_EXPECT_MSG_EQ(Contains(asIs, what.substr(0, what.find(" ("))), true,
                                  what << " cut at " << cut << ": message not named: " << asIs);
            if (cut < 12)
            {
                continue;
            }
            FixMessageLength(part);
            const bool atBoundary
                = std::find(boundaries.begin(), boundaries.end(), cut) != boundaries.end();
            const std::string fixed = DecodeErrorOf(
                [&]
                {
                    Decode(out, part);
                });
            if (atBoundary)
            {
                NS_TEST_EXPECT_MSG_EQ((fixed == "<no error>" || fixed[0] != '<'), true,
                                      what << " cut between IEs at " << cut << ": " << fixed);
            }
            else
            {
                NS_TEST_EXPECT_MSG_EQ((fixed[0] != '<'), true,
                                      what << " cut inside an IE at " << cut << ": " << fixed);
            }
        }
    }

    /** Flip random octets: decoding may succeed or raise Gtpv2cDecodeError, nothing else. */
    template<class M>
    void
    CheckCorruption(const M& in, const std::string& what)
    {
        std::mt19937 rng(20240601);
        const std::vector<uint8_t> octets = Bytes(in);
        for (int round = 0; round < 2000; ++round)
        {
            std::vector<uint8_t> bad = octets;
            const int flips = 1 + static_cast<int>(rng() % 4);
            for (int i = 0; i < flips; ++i)
            {
                bad[rng() % bad.size()] = static_cast<uint8_t>(rng());
            }
            M out;
            const std::string result = DecodeErrorOf(
                [&]
                {
                    Decode(out, bad);
                });
            NS_TEST_EXPECT_MSG_EQ((result == "<no error>" || result[0] != '<'), true,
                                  what << " corruption round " << round << ": " << result);
        }
    }

    void
    DoRun() override
    {
        const SrvccPsToCsRequest request = SamplePsToCsRequest(true);
        const std::vector<uint8_t> good = Bytes(request);
        SrvccPsToCsRequest out;

        // The example of the brief: MM Context for UTRAN SRVCC cut down to 12 octets.
        {
            std::vector<uint8_t> bad;
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(good.data() + 12, good.size() - 12))
            {
                const uint8_t* start = ie.value - 4;
                if (ie.type == Gtpv2cIeType::kMmContextUtranSrvcc)
                {
                    const uint8_t head[] = {ie.type, 0, 12, 0};
                    bad.insert(bad.end(), head, head + 4);
                    bad.insert(bad.end(), ie.value, ie.value + 12);
                }
                else
                {
                    bad.insert(bad.end(), start, start + 4 + ie.length);
                }
            }
            bad.insert(bad.begin(), good.begin(), good.begin() + 12);
            FixMessageLength(bad);
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, bad);
                                      }),
                                  "SRVCC PS to CS Request: IE 55 (MM Context for UTRAN SRVCC) "
                                  "length 12, expected >= 45",
                                  "short MM Context");
        }
        // An IE length that overruns the message.
        {
            std::vector<uint8_t> bad = good;
            bad[12 + 2] = 0xff; // first IE (IMSI) length low octet
            const std::string e = DecodeErrorOf(
                [&]
                {
                    Decode(out, bad);
                });
            NS_TEST_EXPECT_MSG_EQ(Contains(e, "SRVCC PS to CS Request: IE 1 (IMSI) at offset 0: "
                                              "length 255 overruns the message"),
                                  true, e);
        }
        // Found by fuzz/fuzz-gtpv2c.cc: an SRVCC PS to CS Request whose MM Context for UTRAN
        // SRVCC (IE 55, TS 29.280 6.6) has octet 5 = 0xcb, KSI'cs 11 in the 4 bits Wireshark
        // shows. A KSI is 3 bits (TS 24.008 10.5.1.2) and the encoder refuses 8..15, so the
        // decoder refuses them too; 0xc7 (KSI 7, the high nibble spare) still decodes.
        {
            const std::string head = "481900c000000000000001000100080000010100000000f04b0008005396"
                                     "8330000000f04a0004000a0000053b000400000000014c000700945100"
                                     "000000f0330007009194710200001037003d00";
            const std::string tail = "00c18c05c620199b6fa327bc7b144de5dfb2b8ce000be74319b1ae7c"
                                     "eb665b68000000000000000007035319a208601404ef65233c980504"
                                     "0360000234002500240000200000000000000000000000000000000000"
                                     "000000000000000000000000000000203900070000f110100000013c00"
                                     "01fa00";
            const std::vector<uint8_t> fuzzed = Hex(head + "cb" + tail);
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, fuzzed);
                                      }),
                                  "SRVCC PS to CS Request: IE 55 (MM Context for UTRAN SRVCC) "
                                  "KSI'cs 11, expected 0..7 (3-bit KSI)",
                                  "KSI'cs 11");
            SrvccPsToCsRequest seven;
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(seven, Hex(head + "c7" + tail));
                                      }),
                                  "<no error>", "KSI'cs 7");
            NS_TEST_ASSERT_MSG_EQ(seven.GetIes().utranSrvccContext.has_value(), true, "IE 55");
            NS_TEST_EXPECT_MSG_EQ(unsigned{seven.GetIes().utranSrvccContext->ksiCs}, 7, "KSI'cs");
            NS_TEST_EXPECT_MSG_EQ(EncodeErrorOf(
                                      [&]
                                      {
                                          seven.GetSerializedSize();
                                      }),
                                  "<no error>", "KSI'cs 7 encodes");
        }
        // Found by fuzz/fuzz-gtpv2c.cc: a Forward Relocation Request whose MM Context (IE 107)
        // carries a MEI of 2 digits (MEI length 1, octet 0x09). A MEI is an IMEI or IMEISV,
        // 15 or 16 digits (TS 29.274 8.10, TS 23.003 6.2), which is all the encoder writes.
        {
            const std::vector<uint8_t> fuzzed = Hex(
                "488500c400000000000001000100080000010100000000f057000900a8000000010a0000016b00"
                "30008400220001ad0001e1a15da5e7c5c6467e838cab599529e7e65c278021eb1797481b0091e1"
                "1a00b06100000100f700004d00080000000000000000027600250001000020000000000000fa00"
                "000000000000000002000000000000000000000000000000207900090010e7f110100000000134"
                "000700919471020000104c000700945100000000f09f001300035319a208601404ef65233c9805"
                "0403600009");
            SrvccForwardRelocationRequest relocation;
            const std::string e = DecodeErrorOf(
                [&]
                {
                    Decode(relocation, fuzzed);
                });
            // This input also has the IE 107 the module sent before, cut after the MEI: it
            // now fails on the length (Figure 8.38-5 continues to octet 'a').
            NS_TEST_EXPECT_MSG_EQ(Contains(e, "Forward Relocation Request: IE 107"), true, e);
            NS_TEST_EXPECT_MSG_EQ(Contains(e, "length 48, expected >= 56"), true, e);
        }
        // A classmark length inside the MM Context that overruns the IE.
        {
            std::vector<uint8_t> bad = good;
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(good.data() + 12, good.size() - 12))
            {
                if (ie.type == Gtpv2cIeType::kMmContextUtranSrvcc)
                {
                    bad[12 + ie.offset + 4 + 42] = 200; // length of MS Classmark 2
                }
            }
            const std::string e = DecodeErrorOf(
                [&]
                {
                    Decode(out, bad);
                });
            NS_TEST_EXPECT_MSG_EQ(Contains(e, "IE 55 (MM Context for UTRAN SRVCC) length 52: "
                                              "Mobile Station Classmark 2 needs 200 octets"),
                                  true, e);
        }
        // Version 1, wrong message type, no TEID.
        {
            std::vector<uint8_t> bad = good;
            bad[0] = 0x28;
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, bad);
                                      }),
                                  "SRVCC PS to CS Request: GTPv2-C header: version 1, expected 2",
                                  "version");
            bad = good;
            bad[1] = Gtpv2cMessageType::kSrvccPsToCsResponse;
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, bad);
                                      }),
                                  "SRVCC PS to CS Request: message type 26 (SRVCC PS to CS "
                                  "Response), expected 25",
                                  "type");
        }
        // Missing mandatory IE, wrong fixed length, value out of range.
        {
            std::vector<uint8_t> noTeid(good.begin(), good.begin() + 12);
            std::vector<uint8_t> shortTeid(good.begin(), good.begin() + 12);
            std::vector<uint8_t> badRnc(good.begin(), good.begin() + 12);
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(good.data() + 12, good.size() - 12))
            {
                const uint8_t* start = ie.value - 4;
                std::vector<uint8_t> whole(start, start + 4 + ie.length);
                if (ie.type != Gtpv2cIeType::kTeidC)
                {
                    noTeid.insert(noTeid.end(), whole.begin(), whole.end());
                }
                std::vector<uint8_t> teid = whole;
                if (ie.type == Gtpv2cIeType::kTeidC)
                {
                    teid[2] = 3;
                    teid.pop_back();
                }
                shortTeid.insert(shortTeid.end(), teid.begin(), teid.end());
                if (ie.type == Gtpv2cIeType::kTargetRncId)
                {
                    whole[4 + 5] = 0x10; // RNC-ID 0x105a = 4186 > 4095
                }
                badRnc.insert(badRnc.end(), whole.begin(), whole.end());
            }
            FixMessageLength(noTeid);
            FixMessageLength(shortTeid);
            FixMessageLength(badRnc);
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, noTeid);
                                      }),
                                  "SRVCC PS to CS Request: mandatory IE missing: IE 59 (TEID-C)",
                                  "missing TEID-C");
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, shortTeid);
                                      }),
                                  "SRVCC PS to CS Request: IE 59 (TEID-C) length 3, expected 4",
                                  "short TEID-C");
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(out, badRnc);
                                      }),
                                  "SRVCC PS to CS Request: IE 57 (Target RNC ID) RNC-ID 4186 "
                                  "exceeds 4095",
                                  "RNC-ID range");
        }
        // Unknown IEs, IEs with an unused instance, and repeated IEs are skipped.
        {
            std::vector<uint8_t> extra = good;
            const uint8_t unknown[] = {200, 0, 2, 0, 0xde, 0xad};          // unknown type
            const uint8_t otherInstance[] = {59, 0, 4, 1, 9, 9, 9, 9};     // TEID-C instance 1
            const uint8_t privateExt[] = {255, 0, 3, 0, 0x00, 0x01, 0x02}; // private extension
            const uint8_t repeatedTeid[] = {59, 0, 4, 0, 7, 7, 7, 7};      // second TEID-C
            extra.insert(extra.begin() + 12, unknown, unknown + sizeof(unknown));
            extra.insert(extra.end(), otherInstance, otherInstance + sizeof(otherInstance));
            extra.insert(extra.end(), privateExt, privateExt + sizeof(privateExt));
            extra.insert(extra.end(), repeatedTeid, repeatedTeid + sizeof(repeatedTeid));
            FixMessageLength(extra);
            const std::string e = DecodeErrorOf(
                [&]
                {
                    Decode(out, extra);
                });
            NS_TEST_EXPECT_MSG_EQ(e, "<no error>", "unknown IEs skipped");
            NS_TEST_EXPECT_MSG_EQ((out.GetIes() == request.GetIes()), true,
                                  "unknown IEs do not change the result");
        }
        // Non-decimal TBCD digit, reserved SRVCC cause, F-TEID without address.
        {
            SrvccPsToCsCancelNotification cancel;
            cancel.GetIes().imsi = kImsi;
            std::vector<uint8_t> bad = Bytes(cancel);
            bad[12 + 4] = 0x0a; // first IMSI octet: digit 0xa
            SrvccPsToCsCancelNotification back;
            NS_TEST_EXPECT_MSG_EQ(Contains(DecodeErrorOf(
                                               [&]
                                               {
                                                   Decode(back, bad);
                                               }),
                                           "IE 1 (IMSI) IMSI digits: non-decimal digit 0xa"),
                                  true, "TBCD");
            bad = Bytes(cancel);
            bad[bad.size() - 1] = 0; // the SRVCC Cause, last IE
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(back, bad);
                                      }),
                                  "SRVCC PS to CS Cancel Notification: IE 56 (SRVCC Cause) value "
                                  "0 is reserved (TS 29.280 6.7)",
                                  "SRVCC cause 0");
        }
        // Encoder refuses fields its IEs cannot carry, before writing anything.
        {
            SrvccPsToCsRequest bad = SamplePsToCsRequest(true);
            bad.GetIes().imsi = "0010101234567890";
            NS_TEST_EXPECT_MSG_EQ(EncodeErrorOf(
                                      [&]
                                      {
                                          bad.GetSerializedSize();
                                      }),
                                  "SRVCC PS to CS Request: IMSI has 16 digits, expected 6 to 15",
                                  "IMSI length");
            bad = SamplePsToCsRequest(true);
            bad.GetIes().utranSrvccContext->ksiCs = 8;
            NS_TEST_EXPECT_MSG_EQ(EncodeErrorOf(
                                      [&]
                                      {
                                          bad.GetSerializedSize();
                                      }),
                                  "SRVCC PS to CS Request: MM Context for UTRAN SRVCC: KSI'cs 8 "
                                  "exceeds 7",
                                  "KSI range");
            bad = SamplePsToCsRequest(true);
            bad.GetIes().eutranSrvccContext = MmContextEutranSrvcc{};
            NS_TEST_EXPECT_MSG_EQ(Contains(EncodeErrorOf(
                                               [&]
                                               {
                                                   bad.GetSerializedSize();
                                               }),
                                           "exactly one MM Context"),
                                  true, "two MM Contexts");
            bad = SamplePsToCsRequest(true);
            bad.GetIes().svAddressForControlPlane = Address();
            NS_TEST_EXPECT_MSG_EQ(EncodeErrorOf(
                                      [&]
                                      {
                                          bad.GetSerializedSize();
                                      }),
                                  "SRVCC PS to CS Request: IP Address: not an IPv4 or IPv6 address",
                                  "Sv address unset");
            SrvccForwardRelocationRequest frr = SampleForwardRelocationRequest();
            frr.GetIes().mmContext.nasDownlinkCount = 0x1000000;
            NS_TEST_EXPECT_MSG_EQ(EncodeErrorOf(
                                      [&]
                                      {
                                          frr.GetSerializedSize();
                                      }),
                                  "Forward Relocation Request: MM Context: NAS downlink COUNT "
                                  "16777216 exceeds 16777215",
                                  "NAS COUNT range");
            frr = SampleForwardRelocationRequest();
            frr.GetIes().targetIdentification.rnc.rac.reset();
            NS_TEST_EXPECT_MSG_EQ(Contains(EncodeErrorOf(
                                               [&]
                                               {
                                                   frr.GetSerializedSize();
                                               }),
                                           "an RNC ID target needs the RAC"),
                                  true, "RAC for Target Identification");
        }
        // The MM Context type 107 must say security mode 4; vectors it announces must be there.
        {
            const SrvccForwardRelocationRequest frr = SampleForwardRelocationRequest();
            std::vector<uint8_t> bad = Bytes(frr);
            std::size_t mm = 0;
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(bad.data() + 12, bad.size() - 12))
            {
                if (ie.type == Gtpv2cIeType::kMmContextEpsSecurityContextQuadruplets)
                {
                    mm = 12 + ie.offset + 4;
                }
            }
            SrvccForwardRelocationRequest back;
            bad[mm] = 0x62; // security mode 3
            NS_TEST_EXPECT_MSG_EQ(Contains(DecodeErrorOf(
                                               [&]
                                               {
                                                   Decode(back, bad);
                                               }),
                                           "security mode 3, expected 4"),
                                  true, "security mode");
            bad = Bytes(frr);
            bad[mm + 1] = 0x04; // one quadruplet announced, none present
            NS_TEST_EXPECT_MSG_EQ(Contains(DecodeErrorOf(
                                               [&]
                                               {
                                                   Decode(back, bad);
                                               }),
                                           "IE 107 (MM Context (EPS Security Context and "
                                           "Quadruplets))"),
                                  true, "announced quadruplet");
        }

        // Truncation at every length and random corruption, for every message family.
        CheckTruncations(request, "SRVCC PS to CS Request (UTRAN)");
        CheckTruncations(SamplePsToCsRequest(false), "SRVCC PS to CS Request (E-UTRAN)");
        CheckTruncations(SampleForwardRelocationRequest(), "Forward Relocation Request");
        SrvccPsToCsResponse response;
        response.GetIes().targetToSourceContainer = Hex("000501020304");
        CheckTruncations(response, "SRVCC PS to CS Response");
        SrvccPsToCsCancelNotification cancel;
        cancel.GetIes().imsi = kImsi;
        cancel.GetIes().mei = kMei;
        CheckTruncations(cancel, "SRVCC PS to CS Cancel Notification");
        SrvccForwardRelocationResponse frResponse;
        frResponse.GetIes().fCause = Gtpv2cFCause{1, 0, {0x01, 0x02}};
        CheckTruncations(frResponse, "Forward Relocation Response");
        SrvccRelocationCancelResponse relCancelResponse;
        CheckTruncations(relCancelResponse, "Relocation Cancel Response");

        CheckCorruption(request, "SRVCC PS to CS Request");
        CheckCorruption(SampleForwardRelocationRequest(), "Forward Relocation Request");
        CheckCorruption(response, "SRVCC PS to CS Response");
    }
};

/**
 * IE 107 and the Indication IE to the end of their figures (TS 29.274 Figures 8.38-5 and
 * 8.12-1), the instances Table 7.3.1-1 gives the N26 IEs, and the strict IE 107 decoder.
 */
class Gtpv2cFigureTestCase : public TestCase
{
  public:
    Gtpv2cFigureTestCase() : TestCase("GTPv2-C IE 107 and Indication to the end of the figure") {}

  private:
    template<class F>
    static std::string
    Encode(F&& f)
    {
        Gtpv2cIeWriter w;
        f(w);
        return ToHex(std::vector<uint8_t>(w.Data(), w.Data() + w.Size()));
    }

    /** Decode one IE 107 given with its 4-octet header; \return the error text. */
    static std::string
    ReadEpsError(const std::vector<uint8_t>& ie, EpsSecurityContext* out = nullptr)
    {
        return DecodeErrorOf(
            [&]
            {
                const std::vector<Gtpv2cRawIe> ies = SplitGtpv2cIes(ie.data(), ie.size());
                const EpsSecurityContext c = ReadEpsSecurityContextIe(ies.at(0));
                if (out != nullptr)
                {
                    *out = c;
                }
            });
    }

    /** Replace the IE length of the IE at the start of \p ie with its actual value size. */
    static void
    FixIeLength(std::vector<uint8_t>& ie)
    {
        const std::size_t length = ie.size() - 4;
        ie[1] = static_cast<uint8_t>(length >> 8);
        ie[2] = static_cast<uint8_t>(length & 0xff);
    }

    static EpsSecurityContext
    SampleEps()
    {
        EpsSecurityContext eps;
        eps.ksiAsme = 2;
        eps.usedNasIntegrity = 2;
        eps.usedNasCipher = 1;
        eps.nasDownlinkCount = 0x000105;
        eps.nasUplinkCount = 7;
        eps.kasme = kKasme;
        eps.ueNetworkCapability = {0xf0, 0xf0};
        return eps;
    }

    void
    DoRun() override
    {
        // IE 107 with the MEI field (IMEISV 3568000001234567, TBCD 5386000010325476) and a
        // UE NR security capability, checked octet by octet against Figure 8.38-5: ...,
        // (m+1) MEI length 8, MEI, (r+1) access restriction 00, w VDP length 00, paging
        // length 0000, extended access restriction length 00, UE additional security
        // capability length 00, (x+1) NR security capability length 02 and 8080, APN rate
        // control length 0000, CN restrictions length 00, radio capability ID length 00,
        // octet 'a' ENSCT mapped 02. Length 68 = 0x44.
        EpsSecurityContext eps = SampleEps();
        eps.mei = kMei;
        eps.ueNrSecurityCapability = {0x80, 0x80};
        const std::string withMei = "6b004400"
                                    "82"
                                    "00"
                                    "21"
                                    "000105"
                                    "000007"
                                    "8c4f3a1e2d5b6c7a8e9f0a1b2c3d4e5f"
                                    "60718293a4b5c6d7e8f90a1b2c3d4e5f"
                                    "02f0f0"
                                    "00"
                                    "08"
                                    "5386000010325476"
                                    "00"
                                    "00"
                                    "0000"
                                    "00"
                                    "00"
                                    "028080"
                                    "0000"
                                    "00"
                                    "00"
                                    "02";
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteEpsSecurityContextIe(w, eps);
                                  }),
                              withMei, "IE 107 with MEI and NR security capability");
        EpsSecurityContext back;
        NS_TEST_EXPECT_MSG_EQ(ReadEpsError(Hex(withMei), &back), "<no error>", "decode");
        NS_TEST_EXPECT_MSG_EQ((back == eps), true, "IE 107 round trip");
        NS_TEST_EXPECT_MSG_EQ(back.mei.value_or(""), kMei, "MEI field");
        NS_TEST_EXPECT_MSG_EQ(unsigned{back.ensct}, unsigned{EpsSecurityContext::kEnsctMapped},
                              "ENSCT");

        // Indication with 5SRHOI (octet 12 bit 2) and EMCI (octet 13 bit 1): octets 5..13.
        Gtpv2cIndication ind;
        ind.Set5gSrvccHoIndication(true);
        ind.SetEmergencyPduSession(true);
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteIndicationIe(w, ind);
                                  }),
                              "4d000900"
                              "000000000000000201",
                              "Indication 5SRHOI + EMCI");
        ind.SetUnauthenticatedImsi(true);
        const std::string uimsi = "4d000900"
                                  "004000000000000201";
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [&](Gtpv2cIeWriter& w)
                                  {
                                      WriteIndicationIe(w, ind);
                                  }),
                              uimsi, "Indication UIMSI + 5SRHOI + EMCI");
        {
            const std::vector<uint8_t> octets = Hex(uimsi);
            const Gtpv2cIndication read
                = ReadIndicationIe(SplitGtpv2cIes(octets.data(), octets.size()).at(0));
            NS_TEST_EXPECT_MSG_EQ((read == ind), true, "Indication round trip");
            NS_TEST_EXPECT_MSG_EQ(read.GetEmergencyPduSession(), true, "EMCI read");
            // A 14-octet Indication of a later sender: octet 14 is ignored, EMCI still read.
            const std::vector<uint8_t> longer = Hex("4d000a00004000000000000201ff");
            const Gtpv2cIndication later
                = ReadIndicationIe(SplitGtpv2cIes(longer.data(), longer.size()).at(0));
            NS_TEST_EXPECT_MSG_EQ((later == ind), true, "octet 14 ignored");
        }

        // The zero SGW F-TEID, instance 1 (Table 7.3.1-1 over N26): S11/S4 SGW GTP-C (11),
        // TEID 0, IPv4 0.0.0.0.
        NS_TEST_EXPECT_MSG_EQ(Encode(
                                  [](Gtpv2cIeWriter& w)
                                  {
                                      WriteFteidIe(
                                          w, ForwardRelocationRequestIes::N26SgwPlaceholder(), 1);
                                  }),
                              "57000901"
                              "8b"
                              "00000000"
                              "00000000",
                              "F-TEID instance 1 placeholder");

        // The Forward Relocation Request's IEs and instances, in order.
        {
            const std::vector<uint8_t> octets = Bytes(SampleForwardRelocationRequest());
            std::string list;
            std::string container;
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(octets.data() + 12, octets.size() - 12))
            {
                list += std::to_string(ie.type) + "/" + std::to_string(ie.instance) + " ";
                if (ie.type == Gtpv2cIeType::kFContainer)
                {
                    container = ToHex(std::vector<uint8_t>(ie.value - 4, ie.value + ie.length));
                }
            }
            NS_TEST_EXPECT_MSG_EQ(list,
                                  "1/0 87/0 87/1 107/0 77/0 118/1 121/0 119/0 51/0 76/0 159/0 ",
                                  "IE types/instances of the Forward Relocation Request");
            NS_TEST_EXPECT_MSG_EQ(container,
                                  "76000a0101"
                                  "00000501020304052a",
                                  "UTRAN Transparent Container: F-Container instance 1, type 1");
        }

        // IE 107 to the end: every field set, 2-octet lengths above 255, an NH, a DRX.
        {
            EpsSecurityContext full = SampleEps();
            full.msNetworkCapability = {0xe5, 0xe0};
            full.mei = "356800000123456";
            full.drx = 0x0902;
            full.nextHop = kKasme;
            full.nextHopChainingCount = 5;
            full.accessRestriction = 0x20; // HNNA
            full.voiceDomainPreference = {0x02};
            full.ueRadioCapabilityForPaging.assign(300, 0x5a);
            full.extendedAccessRestriction = {0x01};
            full.ueAdditionalSecurityCapability = {0x00, 0x00, 0x80, 0x00};
            full.ueNrSecurityCapability = {0xf0, 0x70};
            full.apnRateControlStatuses.assign(260, 0x11);
            full.coreNetworkRestrictions = {0x00, 0x00, 0x00, 0x01};
            full.ueRadioCapabilityId = {0x01, 0x23};
            full.ensct = EpsSecurityContext::kEnsctNative;
            full.tridi = true;
            Gtpv2cIeWriter w;
            WriteEpsSecurityContextIe(w, full);
            const std::vector<uint8_t> octets(w.Data(), w.Data() + w.Size());
            EpsSecurityContext read;
            NS_TEST_EXPECT_MSG_EQ(ReadEpsError(octets, &read), "<no error>", "full IE 107");
            NS_TEST_EXPECT_MSG_EQ((read == full), true, "full IE 107 round trip");
            NS_TEST_EXPECT_MSG_EQ(unsigned{octets.back()}, 0x05u, "octet 'a': TRIDI | native");
            // Octets after 'a' are "present only if explicitly specified": ignored.
            std::vector<uint8_t> longer = octets;
            longer.push_back(0xab);
            FixIeLength(longer);
            NS_TEST_EXPECT_MSG_EQ(ReadEpsError(longer, &read), "<no error>", "octet a+1");
            NS_TEST_EXPECT_MSG_EQ((read == full), true, "octet a+1 ignored");
        }

        // An old EPS security context (OSCI, octets s to s+64) is stepped over.
        {
            std::vector<uint8_t> ie = Hex(withMei);
            ie[5] |= 0x01;                                    // OSCI
            const std::size_t s = 4 + 41 + 3 + 1 + 1 + 8 + 1; // after the access restriction
            std::vector<uint8_t> old(1 + 32 + 32, 0x33);
            old[0] = 0x80 | (3 << 3) | 2; // NHI_old, old KSI 3, old NCC 2
            ie.insert(ie.begin() + s, old.begin(), old.end());
            FixIeLength(ie);
            EpsSecurityContext read;
            NS_TEST_EXPECT_MSG_EQ(ReadEpsError(ie, &read), "<no error>", "OSCI");
            NS_TEST_EXPECT_MSG_EQ((read == eps), true, "old security context skipped");
        }

        // Strict decoding. The form this module sent before (Figure 8.38-5 cut after the MEI
        // length) is the "invalid length" an independent implementation reported.
        {
            const std::vector<uint8_t> good = Hex(withMei);
            std::vector<uint8_t> oldForm(good.begin(), good.begin() + 4 + 41 + 3 + 1 + 1);
            oldForm[4 + 41 + 3 + 1] = 0; // MEI length 0
            FixIeLength(oldForm);
            NS_TEST_EXPECT_MSG_EQ(ReadEpsError(oldForm),
                                  "IE 107 (MM Context (EPS Security Context and Quadruplets)) "
                                  "length 46, expected >= 56",
                                  "the old form stopping after the MEI length");
            // Every shorter length of the IE is rejected, naming IE 107.
            for (std::size_t length = 0; length + 4 < good.size(); ++length)
            {
                std::vector<uint8_t> cut(good.begin(), good.begin() + 4 + length);
                FixIeLength(cut);
                const std::string e = ReadEpsError(cut);
                NS_TEST_EXPECT_MSG_EQ(Contains(e, "IE 107 (MM Context"), true,
                                      "IE 107 cut to " << length << ": " << e);
            }
            // The last octet missing: the ENSCT octet is named.
            std::vector<uint8_t> noA(good.begin(), good.end() - 1);
            FixIeLength(noA);
            NS_TEST_EXPECT_MSG_EQ(Contains(ReadEpsError(noA), "ENSCT needs 1 octets"), true,
                                  ReadEpsError(noA));
            const std::size_t meiLength = 4 + 41 + 3 + 1;
            std::vector<uint8_t> bad = good;
            bad[meiLength] = 7;
            NS_TEST_EXPECT_MSG_EQ(Contains(ReadEpsError(bad), "MEI length 7, expected 0 or 8"),
                                  true, ReadEpsError(bad));
            // Paging capability length (2 octets) overrunning the IE.
            const std::size_t paging = meiLength + 1 + 8 + 1 + 1;
            bad = good;
            bad[paging] = 0x01;
            NS_TEST_EXPECT_MSG_EQ(Contains(ReadEpsError(bad),
                                           "UE Radio Capability for Paging information needs 256 "
                                           "octets"),
                                  true, ReadEpsError(bad));
            // Core Network Restrictions of 3 octets (the field is 4).
            const std::size_t cnr = paging + 2 + 1 + 1 + 3 + 2;
            bad = good;
            bad[cnr] = 3;
            const uint8_t three[] = {0, 0, 1};
            bad.insert(bad.begin() + cnr + 1, three, three + 3);
            FixIeLength(bad);
            NS_TEST_EXPECT_MSG_EQ(
                Contains(ReadEpsError(bad), "Core Network Restrictions length 3, expected 0 or 4"),
                true, ReadEpsError(bad));
            // A Voice Domain Preference length eating the rest of the IE.
            bad = good;
            bad[paging - 1] = 20;
            NS_TEST_EXPECT_MSG_EQ(Contains(ReadEpsError(bad),
                                           "Voice Domain Preference and UE's Usage Setting needs "
                                           "20 octets"),
                                  true, ReadEpsError(bad));
            EpsSecurityContext cn = SampleEps();
            cn.coreNetworkRestrictions = {1, 2, 3};
            NS_TEST_EXPECT_MSG_EQ(Contains(EncodeErrorOf(
                                               [&]
                                               {
                                                   Gtpv2cIeWriter w;
                                                   WriteEpsSecurityContextIe(w, cn);
                                               }),
                                           "Core Network Restrictions of 3 octets"),
                                  true, "encoder: CN restrictions");
        }

        // Forward Relocation Request: F-Container instance and type must agree, the MEI is the
        // MM Context's (an IE 75 is not in Table 7.3.1-1), EMCI needs 5SRHOI.
        {
            const SrvccForwardRelocationRequest frr = SampleForwardRelocationRequest();
            const std::vector<uint8_t> good = Bytes(frr);
            std::vector<uint8_t> instance0 = good;
            std::vector<uint8_t> eutranType = good;
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(good.data() + 12, good.size() - 12))
            {
                if (ie.type == Gtpv2cIeType::kFContainer)
                {
                    instance0[12 + ie.offset + 3] = 0;
                    eutranType[12 + ie.offset + 4] = Gtpv2cFContainer::kEutranTransparentContainer;
                }
            }
            SrvccForwardRelocationRequest frrBack;
            NS_TEST_EXPECT_MSG_EQ(Contains(DecodeErrorOf(
                                               [&]
                                               {
                                                   Decode(frrBack, instance0);
                                               }),
                                           "IE 118 (F-Container) instance 0 with container type 1"),
                                  true, "UTRAN container as instance 0");
            NS_TEST_EXPECT_MSG_EQ(Contains(DecodeErrorOf(
                                               [&]
                                               {
                                                   Decode(frrBack, eutranType);
                                               }),
                                           "instance 1 with container type 3"),
                                  true, "instance 1 with the E-UTRAN type");
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(frrBack, good);
                                      }),
                                  "<no error>", "sample decodes");
            NS_TEST_EXPECT_MSG_EQ(
                (frrBack.GetIes().sgwFteid == ForwardRelocationRequestIes::N26SgwPlaceholder()),
                true, "F-TEID instance 1 read");
            NS_TEST_EXPECT_MSG_EQ(frrBack.GetIes().fCause.has_value(), true, "F-Cause instance 0");

            // No IMSI, a MEI only as IE 75 plus an Sv Flags IE: neither is an N26 IE.
            SrvccForwardRelocationRequest noImsi = SampleForwardRelocationRequest();
            noImsi.GetIes().imsi.reset();
            noImsi.GetIes().mmContext.mei = kMei;
            std::vector<uint8_t> octets = Bytes(noImsi);
            std::vector<uint8_t> withoutMei(octets.begin(), octets.begin() + 12);
            for (const Gtpv2cRawIe& ie : SplitGtpv2cIes(octets.data() + 12, octets.size() - 12))
            {
                std::vector<uint8_t> whole(ie.value - 4, ie.value + ie.length);
                if (ie.type == Gtpv2cIeType::kMmContextEpsSecurityContextQuadruplets)
                {
                    Gtpv2cIeWriter w;
                    EpsSecurityContext c = noImsi.GetIes().mmContext;
                    c.mei.reset();
                    WriteEpsSecurityContextIe(w, c);
                    whole.assign(w.Data(), w.Data() + w.Size());
                }
                withoutMei.insert(withoutMei.end(), whole.begin(), whole.end());
            }
            const std::vector<uint8_t> ie75 = Hex("4b0008005386000010325476"
                                                  "3c00010001");
            withoutMei.insert(withoutMei.end(), ie75.begin(), ie75.end());
            FixMessageLength(withoutMei);
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(frrBack, withoutMei);
                                      }),
                                  "Forward Relocation Request: mandatory IE missing: IE 1 (IMSI), "
                                  "or the MEI field of IE 107 (MM Context) for an emergency UE "
                                  "without IMSI",
                                  "IE 75 is not the N26 MEI");
            NS_TEST_EXPECT_MSG_EQ(DecodeErrorOf(
                                      [&]
                                      {
                                          Decode(frrBack, octets);
                                      }),
                                  "<no error>", "MEI in the MM Context identifies the UE");
            NS_TEST_EXPECT_MSG_EQ(frrBack.GetIes().mmContext.mei.value_or(""), kMei, "MEI read");

            SrvccForwardRelocationRequest emciOnly = SampleForwardRelocationRequest();
            emciOnly.GetIes().indication.Set5gSrvccHoIndication(false);
            emciOnly.GetIes().indication.SetEmergencyPduSession(true);
            NS_TEST_EXPECT_MSG_EQ(Contains(EncodeErrorOf(
                                               [&]
                                               {
                                                   emciOnly.GetSerializedSize();
                                               }),
                                           "EMCI without 5SRHOI"),
                                  true, "EMCI alone");
        }

        // IE 107 carries the next downlink NAS COUNT; the MME takes the used one from it.
        NS_TEST_EXPECT_MSG_EQ(SrvccKeyStrategy::UsedDownlinkNasCount(0x000106).value().Value(),
                              0x000105u, "used = next - 1");
        NS_TEST_EXPECT_MSG_EQ(SrvccKeyStrategy::UsedDownlinkNasCount(0).has_value(), false,
                              "next 0: no COUNT used");
        NS_TEST_EXPECT_MSG_EQ(
            SrvccKeyStrategy(srvcc::SrvccProfile::kSol11).NeedsUsedDownlinkNasCount(), true,
            "sol1.1 feeds the used COUNT to A.12");
        NS_TEST_EXPECT_MSG_EQ(
            SrvccKeyStrategy(srvcc::SrvccProfile::kTs33501).NeedsUsedDownlinkNasCount(), false,
            "ts33501 uses a COUNT of zero");
    }
};

/** Print shows identities and KSIs but keys only as a fingerprint. */
class Gtpv2cPrintTestCase : public TestCase
{
  public:
    Gtpv2cPrintTestCase() : TestCase("GTPv2-C Print never shows a whole key") {}

  private:
    void
    DoRun() override
    {
        std::ostringstream sv;
        SamplePsToCsRequest(true).Print(sv);
        NS_TEST_EXPECT_MSG_EQ(Contains(sv.str(), "imsi=001010123456789"), true, sv.str());
        NS_TEST_EXPECT_MSG_EQ(Contains(sv.str(), "ksiCs=3"), true, sv.str());
        NS_TEST_EXPECT_MSG_EQ(Contains(sv.str(), kCk.Fingerprint()), true, sv.str());
        NS_TEST_EXPECT_MSG_EQ(Contains(sv.str(), kCk.RevealHex()), false, "CK printed in full");
        NS_TEST_EXPECT_MSG_EQ(Contains(sv.str(), kIk.RevealHex()), false, "IK printed in full");
        std::ostringstream frr;
        SampleForwardRelocationRequest().Print(frr);
        NS_TEST_EXPECT_MSG_EQ(Contains(frr.str(), "5srhoi"), true, frr.str());
        NS_TEST_EXPECT_MSG_EQ(Contains(frr.str(), kKasme.RevealHex()), false,
                              "KASME printed in full");
        NS_TEST_EXPECT_MSG_EQ(Contains(frr.str(), kKasme.RevealHex().substr(0, 8)), false,
                              "KASME printed beyond its fingerprint");
    }
};

class Gtpv2cTestSuite : public TestSuite
{
  public:
    Gtpv2cTestSuite() : TestSuite("srvcc-gtpv2c", UNIT)
    {
        AddTestCase(new Gtpv2cHeaderTestCase, TestCase::QUICK);
        AddTestCase(new Gtpv2cIeOctetsTestCase, TestCase::QUICK);
        AddTestCase(new Gtpv2cRoundTripTestCase, TestCase::QUICK);
        AddTestCase(new Gtpv2cMalformedTestCase, TestCase::QUICK);
        AddTestCase(new Gtpv2cFigureTestCase, TestCase::QUICK);
        AddTestCase(new Gtpv2cPrintTestCase, TestCase::QUICK);
    }
};

Gtpv2cTestSuite g_gtpv2cTestSuite;

} // namespace
