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
        // MM Context EPS Security Context and Quadruplets: SM 4 | KSI 2 = 0x82, no vectors,
        // EIA2/EEA1 = 0x21, DL COUNT 0x000105, UL COUNT 7, KASME, UE net cap f0f0, no MS net
        // cap, no MEI.
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
                              "6b002e00"
                              "82"
                              "00"
                              "21"
                              "000105"
                              "000007"
                              "8c4f3a1e2d5b6c7a8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f"
                              "02f0f0"
                              "00"
                              "00",
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
        frrEmergency.GetIes().mei = kMei;
        frrEmergency.GetIes().cMsisdn.reset();
        frrEmergency.GetIes().stnSr.reset();
        frrEmergency.GetIes().emergencyIndication = true;
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
            NS_TEST_EXPECT_MSG_EQ(Contains(e, "Forward Relocation Request: IE 107"), true, e);
            NS_TEST_EXPECT_MSG_EQ(Contains(e, "MEI has 2 digits, expected 15 or 16"), true, e);
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
        AddTestCase(new Gtpv2cPrintTestCase, TestCase::QUICK);
    }
};

Gtpv2cTestSuite g_gtpv2cTestSuite;

} // namespace
