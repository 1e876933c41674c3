/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-ranap: the Iu messages as RANAP PDUs (TS 25.413, aligned PER) and the two RANAP
 * transparent containers: a round trip of every message, encodings compared with octets worked
 * out by hand from the ASN.1 (TS 25.413 9.3) and X.691, the setters' limits, malformed and
 * truncated input rejected with an error naming the field, and the classifier on Iu.
 */
#include "ns3/boolean.h"
#include "ns3/packet.h"
#include "ns3/srvcc-iu-connection-reference.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-msc-server-application.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "ns3/srvcc-rnc-application.h"
#include "ns3/test.h"
#include "srvcc-handover-test-util.h"

#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace ns3;

namespace
{

std::string
Hex(const std::vector<uint8_t>& octets)
{
    std::string out;
    char two[3];
    for (uint8_t o : octets)
    {
        std::snprintf(two, sizeof(two), "%02x", o);
        out += two;
    }
    return out;
}

/** "00 0c 40" -> {0x00, 0x0c, 0x40}; spaces are ignored. */
std::vector<uint8_t>
Octets(const std::string& hex)
{
    std::string digits;
    for (char c : hex)
    {
        if (c != ' ')
        {
            digits.push_back(c);
        }
    }
    std::vector<uint8_t> out;
    for (std::size_t i = 0; i + 1 < digits.size(); i += 2)
    {
        out.push_back(static_cast<uint8_t>(std::stoul(digits.substr(i, 2), nullptr, 16)));
    }
    return out;
}

srvcc::Key128
Ck()
{
    return srvcc::Key128::FromHex("5349244b5a5b9b1b8f6de93c6f9d8f4a", "ck");
}

srvcc::Key128
Ik()
{
    return srvcc::Key128::FromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f", "ik");
}

SrvccIuRelocationRequest
SampleRequest()
{
    SrvccIuRelocationRequest m;
    m.SetUeId(0x00000042);
    m.SetImsi("001010123456789");
    m.SetCk(Ck());
    m.SetIk(Ik());
    m.SetPermittedIntegrityAlgorithms(0x06);
    m.SetPermittedCipheringAlgorithms(0x07);
    m.SetSourceToTargetContainer(EncodeSourceRncToTargetRncContainer({0x01, 0x02, 0x03, 0x04}));
    m.SetIuSigConId(0x800042);
    return m;
}

SrvccIuRelocationRequestAcknowledge
SampleAcknowledge()
{
    SrvccIuRelocationRequestAcknowledge m;
    m.SetUeId(0x00000042);
    m.SetChosenIntegrityAlgorithm(2);
    m.SetChosenCipheringAlgorithm(1);
    m.SetTargetToSourceContainer(EncodeTargetRncToSourceRncContainer({0x01, 0x02, 0x03}));
    return m;
}

/** Decodes \p octets as a T; "" when it decodes, else the error text. */
template<class T>
std::string
DecodeError(const std::vector<uint8_t>& octets)
{
    T m;
    try
    {
        IuFromBytes(m, octets);
        return "";
    }
    catch (const MessageDecodeError& e)
    {
        return e.what();
    }
}

bool
Contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool
Rejects(const std::function<void()>& f)
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

/** Every message round-trips through its octets with every field. */
class RanapRoundTripTestCase : public TestCase
{
  public:
    RanapRoundTripTestCase() : TestCase("every Iu message round-trips as a RANAP PDU") {}

  private:
    template<class T>
    void
    RoundTrip(const T& in, T& out)
    {
        const std::vector<uint8_t> octets = IuToBytes(in);
        NS_TEST_ASSERT_MSG_EQ(octets.size(), in.GetSerializedSize(), in.GetMessageName());
        IuFromBytes(out, octets);
        NS_TEST_ASSERT_MSG_EQ(out.GetUeId(), in.GetUeId(), in.GetMessageName());
        NS_TEST_ASSERT_MSG_EQ(Hex(IuToBytes(out)), Hex(octets), in.GetMessageName());
    }

    template<class T>
    void
    CauseOnly(IuCause cause)
    {
        T in;
        in.SetUeId(0xcafef00d);
        in.SetCause(cause);
        T out;
        RoundTrip(in, out);
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetCause()), static_cast<int>(cause),
                              in.GetMessageName());
    }

    template<class T>
    void
    IdOnly()
    {
        T in;
        in.SetUeId(0x12345678);
        T out;
        RoundTrip(in, out);
    }

    void
    DoRun() override
    {
        for (const char* imsi : {"001010123456789", "123456", "99999999999999"})
        {
            SrvccIuRelocationRequest in = SampleRequest();
            in.SetImsi(imsi);
            in.SetPermittedIntegrityAlgorithms(0x04);
            in.SetPermittedCipheringAlgorithms(0x05);
            SrvccIuRelocationRequest out;
            RoundTrip(in, out);
            NS_TEST_ASSERT_MSG_EQ(out.GetImsi(), in.GetImsi(), "imsi");
            NS_TEST_ASSERT_MSG_EQ(out.GetCk().RevealHex(), Ck().RevealHex(), "CK octets");
            NS_TEST_ASSERT_MSG_EQ(out.GetIk().RevealHex(), Ik().RevealHex(), "IK octets");
            NS_TEST_ASSERT_MSG_EQ(out.HasIntegrityProtectionInformation(), true, "integrity");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetPermittedIntegrityAlgorithms()), 4,
                                  "permitted UIA");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetPermittedCipheringAlgorithms()), 5,
                                  "permitted UEA");
            NS_TEST_ASSERT_MSG_EQ(Hex(out.GetSourceToTargetContainer()),
                                  Hex(in.GetSourceToTargetContainer()), "container");
            NS_TEST_ASSERT_MSG_EQ(out.GetIuSigConId(), 0x800042u, "IuSigConId");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetCause()),
                                  static_cast<int>(IuCause::kRelocationForRadioReasons), "cause");
        }
        {
            // The unauthenticated emergency session: integrity protection not started, no key.
            SrvccIuRelocationRequest in = SampleRequest();
            in.SetPermittedIntegrityAlgorithms(0x01);
            in.SetPermittedCipheringAlgorithms(0x01);
            SrvccIuRelocationRequest out;
            RoundTrip(in, out);
            NS_TEST_ASSERT_MSG_EQ(out.HasIntegrityProtectionInformation(), false, "no integrity");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetPermittedIntegrityAlgorithms()), 1,
                                  "UIA0 only");
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetPermittedCipheringAlgorithms()), 1,
                                  "UEA0 only");
            NS_TEST_ASSERT_MSG_EQ(out.GetIk().RevealHex(), srvcc::Key128().RevealHex(), "no IK");
            NS_TEST_ASSERT_MSG_EQ(out.GetCk().RevealHex(), srvcc::Key128().RevealHex(), "no CK");
            const std::string pdu = Hex(in.EncodePdu());
            NS_TEST_ASSERT_MSG_EQ(Contains(pdu, Ik().RevealHex()), false, "IK on the wire");
            NS_TEST_ASSERT_MSG_EQ(Contains(pdu, Ck().RevealHex()), false, "CK on the wire");
        }
        {
            // The keys are on the wire, in the clear: IK in Integrity Protection Information,
            // CK in Encryption Information (TS 25.413 9.3.4: 128-bit BIT STRINGs).
            const std::string pdu = Hex(SampleRequest().EncodePdu());
            NS_TEST_ASSERT_MSG_EQ(Contains(pdu, Ik().RevealHex()), true, "IK on the wire");
            NS_TEST_ASSERT_MSG_EQ(Contains(pdu, Ck().RevealHex()), true, "CK on the wire");
            NS_TEST_ASSERT_MSG_LT(pdu.find(Ik().RevealHex()), pdu.find(Ck().RevealHex()),
                                  "IE 12 before IE 11, in the ASN.1 order");
        }

        for (uint8_t uia : {0, 1, 2})
        {
            for (uint8_t uea : {0, 1, 2})
            {
                SrvccIuRelocationRequestAcknowledge in = SampleAcknowledge();
                in.SetChosenIntegrityAlgorithm(uia);
                in.SetChosenCipheringAlgorithm(uea);
                in.SetTargetToSourceContainer(
                    EncodeTargetRncToSourceRncContainer(std::vector<uint8_t>(300, 0xa5)));
                SrvccIuRelocationRequestAcknowledge out;
                RoundTrip(in, out);
                NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetChosenIntegrityAlgorithm()), uia,
                                      "UIA");
                NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetChosenCipheringAlgorithm()), uea,
                                      "UEA");
                NS_TEST_ASSERT_MSG_EQ(Hex(out.GetTargetToSourceContainer()),
                                      Hex(in.GetTargetToSourceContainer()), "container");
            }
        }

        {
            // Found by fuzz/fuzz-ranap.cc: an Acknowledge without the (optional) container
            // decodes, and encodes again without it, not as an empty open type.
            SrvccIuRelocationRequestAcknowledge in = SampleAcknowledge();
            in.SetTargetToSourceContainer({});
            SrvccIuRelocationRequestAcknowledge out;
            RoundTrip(in, out);
            NS_TEST_ASSERT_MSG_EQ(out.GetTargetToSourceContainer().empty(), true, "no container");
        }
        for (IuCause cause :
             {IuCause::kUnspecified, IuCause::kRelocationCancelled, IuCause::kNoRadioResources,
              IuCause::kIntegrityCheckFailure, IuCause::kNormalRelease,
              IuCause::kRelocationTimerExpiry, IuCause::kRelocationForRadioReasons})
        {
            CauseOnly<SrvccIuRelocationFailure>(cause);
            CauseOnly<SrvccIuReleaseCommand>(cause);
            CauseOnly<SrvccIuReleaseRequest>(cause);
        }
        IdOnly<SrvccIuRelocationDetect>();
        IdOnly<SrvccIuRelocationComplete>();
        IdOnly<SrvccIuReleaseComplete>();
    }
};

/** Encoder output against octets worked out by hand from TS 25.413 9.3 and X.691. */
class RanapEncodingTestCase : public TestCase
{
  public:
    RanapEncodingTestCase() : TestCase("RANAP encodings equal the hand-checked octets") {}

  private:
    void
    Expect(const SrvccIuMessage& m, const std::string& hex)
    {
        NS_TEST_ASSERT_MSG_EQ(Hex(IuToBytes(m)), Hex(Octets(hex)), m.GetMessageName());
    }

    void
    DoRun() override
    {
        // Relocation Detect: connection reference 0x42; RANAP-PDU initiatingMessage (extension
        // bit 0, index 00, padding: 0x00), procedureCode 12, criticality ignore (01, padding:
        // 0x40), open type of 3 octets: the RelocationDetect SEQUENCE (extension bit 0,
        // protocolExtensions absent, padding: 0x00), ProtocolIE-Container of 0 IEs (16 bits).
        SrvccIuRelocationDetect detect;
        detect.SetUeId(0x42);
        Expect(detect, "00000042 00 0c 40 03 000000");

        // Relocation Request Acknowledge: successfulOutcome (0x20), procedureCode 3,
        // criticality reject (0x00), 22 octets: 0x00, 3 IEs;
        // IE 63 ignore, 5 octets: TargetRNC-ToSourceRNC (preamble 000 -> 0x00, RRC-Container
        // length 3, 010203); IE 6 ignore, 1 octet: UIA2 is code point 1 (4 bits: 0x10);
        // IE 5 ignore, 1 octet: UEA1 is 1 (0x10).
        Expect(SampleAcknowledge(), "00000042 20 03 00 16 00 0003"
                                    " 003f 40 05 00 03 010203"
                                    " 0006 40 01 10"
                                    " 0005 40 01 10");

        // Relocation Failure: unsuccessfulOutcome (0x40), procedureCode 3, reject, 9 octets;
        // IE 4 (Cause) ignore, 2 octets: radioNetwork (extension bit 0, index 000), value 53
        // as 53 - 1 in 6 bits (110100): 0000 1101 00.. -> 0d 00.
        SrvccIuRelocationFailure failure;
        failure.SetUeId(0x42);
        failure.SetCause(IuCause::kNoRadioResources);
        Expect(failure, "00000042 40 03 00 09 00 0001 0004 40 02 0d00");

        // Iu Release Command, cause nAS normal-release (83): index 010, 83 - 81 = 2 in 4 bits:
        // 0 010 0010 -> 0x22.
        SrvccIuReleaseCommand release;
        release.SetUeId(0x42);
        release.SetCause(IuCause::kNormalRelease);
        Expect(release, "00000042 00 01 00 08 00 0001 0004 40 01 22");

        // Iu Release Complete: successfulOutcome of Iu Release, no IE.
        SrvccIuReleaseComplete complete;
        complete.SetUeId(0x42);
        Expect(complete, "00000042 20 01 00 03 000000");

        // MAC-I verified: Relocation Complete (procedureCode 13, ignore, no IE); not verified:
        // Iu Release Request (11, ignore) with radioNetwork repeated-integrity-checking-failure
        // (37: 36 in 6 bits, 100100 -> 0000 1001 00.. -> 09 00).
        SrvccIuRelocationComplete done;
        done.SetUeId(0x42);
        Expect(done, "00000042 00 0d 40 03 000000");
        SrvccIuReleaseRequest giveUp;
        giveUp.SetUeId(0x42);
        giveUp.SetCause(IuCause::kIntegrityCheckFailure);
        Expect(giveUp, "00000042 00 0b 40 09 00 0001 0004 40 02 0900");

        // The Relocation Request's IEs one by one.
        // PermanentNAS-UE-ID: CHOICE extension bit 0 (one root alternative: no index bits),
        // IMSI length 8 - 3 = 5 in 3 bits: 0 101 -> 0x50, then the TBCD octets.
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodePermanentNasUeId("001010123456789", "t")),
                              "5000010121436587f9", "IMSI");
        // Integrity Protection Information: iE-Extensions absent (0), 2 algorithms (1 in 4
        // bits: 0001), UIA1 0000, UIA2 0001: 0000 1000 0000 1... -> 08 08 (13 bits, then
        // aligned), then the 128-bit key.
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodeSecurityInformation({0, 1}, Ik(), "t", "ie")),
                              "0808" + Ik().RevealHex(), "IntegrityProtectionInformation");
        // IuSigConId: 24 bits, aligned.
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodeIuSigConId(0x800042, "t")), "800042", "IuSigConId");
        // CN-DomainIndicator cs-domain: one bit 0.
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodeCnDomainIndicator(false, "t")), "00", "cs-domain");

        // The transparent containers (TS 25.413 9.2.1.28, 9.2.1.30), as the GTPv2-C tests use
        // them: Source to Target preamble 11 bits 0 (2 octets), RRC-Container length 5,
        // numberOfIuInstances 1 (bit 0), relocationType ue-involved (extension bit 0, 1): 0x20.
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodeSourceRncToTargetRncContainer({1, 2, 3, 4, 5})),
                              "0000050102030405"
                              "20",
                              "Source to Target");
        // With targetCellId (the 8th of the 10 optional bits: extension bit and 7 zeros, then
        // 100 -> 00 80): after numberOfIuInstances and relocationType (001) the 28-bit INTEGER:
        // octet count 4 - 1 in 2 bits (11): 00111 -> 0x38, aligned, then 4 octets.
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodeSourceRncToTargetRncContainer({1}, 0x0fffffff)),
                              "008001"
                              "01"
                              "38"
                              "0fffffff",
                              "with targetCellId");
        NS_TEST_ASSERT_MSG_EQ(Hex(EncodeTargetRncToSourceRncContainer({1, 2, 3, 4, 5})),
                              "00050102030405", "Target to Source");
    }
};

/** The setters refuse what RANAP cannot carry, naming the field. */
class RanapSetterTestCase : public TestCase
{
  public:
    RanapSetterTestCase() : TestCase("the Iu setters refuse values RANAP cannot carry") {}

  private:
    void
    DoRun() override
    {
        SrvccIuRelocationRequest relocation;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.SetImsi("00101012345678a");
                                  }),
                              true, "imsi with a letter");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.SetImsi("12345");
                                  }),
                              true, "imsi of 5");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.SetImsi("1234567890123456");
                                  }),
                              true, "imsi of 16");
        // UIA0 is no RANAP code point: alone it means "not started", with others nothing.
        for (uint8_t mask : {0x00, 0x03, 0x07, 0x08})
        {
            NS_TEST_ASSERT_MSG_EQ(Rejects(
                                      [&]
                                      {
                                          relocation.SetPermittedIntegrityAlgorithms(mask);
                                      }),
                                  true, "UIA bitmask " << int{mask});
        }
        for (uint8_t mask : {0x00, 0x08, 0x10})
        {
            NS_TEST_ASSERT_MSG_EQ(Rejects(
                                      [&]
                                      {
                                          relocation.SetPermittedCipheringAlgorithms(mask);
                                      }),
                                  true, "UEA bitmask " << int{mask});
        }
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.SetIuSigConId(0x1000000);
                                  }),
                              true, "IuSigConId of 25 bits");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.GetSerializedSize();
                                  }),
                              true, "no IMSI");
        relocation.SetImsi("123456");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.GetSerializedSize();
                                  }),
                              true, "no Source to Target container (mandatory)");
        relocation.SetSourceToTargetContainer(EncodeSourceRncToTargetRncContainer({}));
        NS_TEST_ASSERT_MSG_GT(relocation.GetSerializedSize(), 40u, "size once the IMSI is set");
        // Ciphering needs integrity protection: UEA1 without Integrity Protection Information.
        relocation.SetPermittedIntegrityAlgorithms(0x01);
        relocation.SetPermittedCipheringAlgorithms(0x02);
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.GetSerializedSize();
                                  }),
                              true, "ciphering without integrity");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      relocation.SetSourceToTargetContainer(
                                          std::vector<uint8_t>(16384));
                                  }),
                              true, "container of 16384");

        SrvccIuRelocationRequestAcknowledge ack;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      ack.SetChosenIntegrityAlgorithm(3);
                                  }),
                              true, "UIA");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      ack.SetChosenCipheringAlgorithm(3);
                                  }),
                              true, "UEA");
        SrvccIuReleaseCommand release;
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  [&]
                                  {
                                      release.SetCause(static_cast<IuCause>(7));
                                  }),
                              true, "Iu cause 7");
        NS_TEST_ASSERT_MSG_EQ(Rejects(
                                  []
                                  {
                                      EncodeSourceRncToTargetRncContainer({}, 0x10000000);
                                  }),
                              true, "targetCellId of 29 bits");
    }
};

/** Malformed and truncated RANAP is refused with MessageDecodeError naming the field. */
class RanapMalformedTestCase : public TestCase
{
  public:
    RanapMalformedTestCase() : TestCase("malformed RANAP is refused, naming the field") {}

  private:
    /** Every truncation of \p octets is refused (and never read past). */
    template<class T>
    void
    Truncations(const std::vector<uint8_t>& octets)
    {
        for (std::size_t n = 0; n < octets.size(); ++n)
        {
            const std::vector<uint8_t> cut(octets.begin(),
                                           octets.begin() + static_cast<std::ptrdiff_t>(n));
            NS_TEST_ASSERT_MSG_NE(DecodeError<T>(cut), "", "truncated to " << n << " octets");
        }
    }

    void
    Expect(const std::string& error, const std::string& part)
    {
        NS_TEST_ASSERT_MSG_EQ(Contains(error, part), true,
                              "'" << error << "' lacks '" << part << "'");
    }

    void
    DoRun() override
    {
        const std::vector<uint8_t> request = IuToBytes(SampleRequest());
        const std::vector<uint8_t> ack = IuToBytes(SampleAcknowledge());
        Truncations<SrvccIuRelocationRequest>(request);
        Truncations<SrvccIuRelocationRequestAcknowledge>(ack);
        SrvccIuRelocationFailure failure;
        failure.SetCause(IuCause::kNoRadioResources);
        Truncations<SrvccIuRelocationFailure>(IuToBytes(failure));
        Truncations<SrvccIuRelocationDetect>(IuToBytes(SrvccIuRelocationDetect()));

        // Another message: a Relocation Detect is no Relocation Request.
        Expect(DecodeError<SrvccIuRelocationRequest>(IuToBytes(SrvccIuRelocationDetect())),
               "procedureCode 12 is another message");
        Expect(DecodeError<SrvccIuRelocationRequest>(ack), "Iu Relocation Request: RANAP-PDU");
        // Octets left after the PDU.
        std::vector<uint8_t> longer = ack;
        longer.push_back(0);
        Expect(DecodeError<SrvccIuRelocationRequestAcknowledge>(longer), "left over");

        // Failure without its mandatory Cause: "00000042 40 03 00 03 00 0000".
        Expect(DecodeError<SrvccIuRelocationFailure>(Octets("00000042 40 03 00 03 000000")),
               "Cause: mandatory IE (id 4) missing");
        // A Cause of radioNetwork 0 (outside 1..64 cannot be written: the 6-bit field is
        // value - 1, so test the extension alternative instead, not supported here).
        Expect(DecodeError<SrvccIuRelocationFailure>(
                   Octets("00000042 40 03 00 09 00 0001 0004 40 02 8000")),
               "Cause");
        // An IE the receiver does not know, criticality reject: refused (TS 25.413 10.3.4).
        Expect(DecodeError<SrvccIuRelocationDetect>(
                   Octets("00000042 00 0c 40 08 00 0001 00c8 00 01 00")),
               "IE id 200 not comprehended");
        // The same with criticality ignore: ignored.
        Expect(DecodeError<SrvccIuRelocationDetect>(
                   Octets("00000042 00 0c 40 08 00 0001 00c8 40 01 00"))
                   + "decoded",
               "decoded");
        // An IE twice.
        Expect(DecodeError<SrvccIuRelocationFailure>(
                   Octets("00000042 40 03 00 0f 00 0002 0004 40 02 0d00 0004 40 02 0d00")),
               "IE id 4 appears twice");
        // The open type's length overruns the data.
        Expect(DecodeError<SrvccIuRelocationDetect>(Octets("00000042 00 0c 40 7f 000000")),
               "value");
        // The outcome alternative (index 3) and an extension alternative of RANAP-PDU.
        Expect(DecodeError<SrvccIuRelocationDetect>(Octets("00000042 60 0c 40 03 000000")),
               "RANAP-PDU");
        Expect(DecodeError<SrvccIuRelocationDetect>(Octets("00000042 80 0c 40 03 000000")),
               "RANAP-PDU");

        // Patch the Relocation Request's IEs: find each value by its IE header.
        // \p value at \p offset octets after the IE header \p ieHeader (id, criticality, length).
        auto patched = [&request](const std::string& ieHeader,
                                  const std::vector<std::pair<std::size_t, uint8_t>>& changes)
        {
            const std::size_t at = Hex(request).find(ieHeader);
            std::vector<uint8_t> bad = request;
            for (const auto& [offset, value] : changes)
            {
                bad.at(at / 2 + ieHeader.size() / 2 + offset) = value;
            }
            return bad;
        };
        // IMSI (IE 23, ignore, 9 octets: 0x50 then TBCD): a TBCD octet that is no digits.
        Expect(DecodeError<SrvccIuRelocationRequest>(patched("0017400950", {{0, 0xab}})),
               "PermanentNAS-UE-ID.iMSI: octet 1 is not TBCD digits");
        // 16 digits fit 8 octets without a filler, but an IMSI has at most 15 (TS 23.003 2.2).
        Expect(DecodeError<SrvccIuRelocationRequest>(patched("0017400950", {{7, 0x99}})),
               "PermanentNAS-UE-ID.iMSI: an IMSI of 16 digits");
        // CN-DomainIndicator (IE 3, reject) ps-domain: the MSC server relocates CS.
        Expect(DecodeError<SrvccIuRelocationRequest>(patched("00030001", {{0, 0x80}})),
               "CN-DomainIndicator: ps-domain");
        // The container (IE 61, reject, 8 octets) with the RAB-TrCH-Mapping bit set: not one
        // the module reads.
        Expect(DecodeError<SrvccIuRelocationRequest>(patched("003d0008", {{1, 0x40}})),
               "Source-ToTarget-TransparentContainer: not a SourceRNC-ToTargetRNC");
        // Integrity Protection Information (IE 12, ignore, 18 octets) with iE-Extensions.
        Expect(DecodeError<SrvccIuRelocationRequest>(patched("000c4012", {{0, 0x88}})),
               "IntegrityProtectionInformation: iE-Extensions present");
        // ... permitting only code point 5 (one algorithm: 0 0000 0101 -> 02 80), no UIA.
        Expect(DecodeError<SrvccIuRelocationRequest>(patched("000c4012", {{0, 0x02}, {1, 0x80}})),
               "IntegrityProtectionInformation: permits neither UIA1 nor UIA2");
        // Without the Iu Signalling Connection Identifier (IE 79 renamed to an ignore-able 200).
        {
            const std::string hex = Hex(request);
            std::vector<uint8_t> bad = request;
            bad.at(hex.find("004f4003") / 2 + 1) = 0xc8;
            Expect(DecodeError<SrvccIuRelocationRequest>(bad),
                   "IuSigConId: mandatory IE (id 79) missing");
        }
        // Chosen Integrity Protection Algorithm 5: neither UIA1, UIA2 nor no-value.
        {
            const std::string hex = Hex(ack);
            std::vector<uint8_t> bad = ack;
            bad.at(hex.find("00064001") / 2 + 4) = 0x50;
            Expect(DecodeError<SrvccIuRelocationRequestAcknowledge>(bad),
                   "ChosenIntegrityProtectionAlgorithm: 5");
            // no-value (15) reads as integrity protection not started.
            bad.at(hex.find("00064001") / 2 + 4) = 0xf0;
            SrvccIuRelocationRequestAcknowledge out;
            IuFromBytes(out, bad);
            NS_TEST_ASSERT_MSG_EQ(static_cast<int>(out.GetChosenIntegrityAlgorithm()), 0,
                                  "no-value");
        }
        // A Target to Source container that does not decode as one.
        {
            const std::string hex = Hex(ack);
            std::vector<uint8_t> bad = ack;
            bad.at(hex.find("003f4005") / 2 + 5) = 0x07; // RRC-Container length 7 of 3
            Expect(DecodeError<SrvccIuRelocationRequestAcknowledge>(bad),
                   "Target-ToSource-TransparentContainer");
        }

        // The containers on their own: truncated, trailing octets, out-of-range values.
        const std::vector<uint8_t> source = EncodeSourceRncToTargetRncContainer({1, 2}, 77);
        NS_TEST_ASSERT_MSG_EQ(Hex(*DecodeSourceRncToTargetRncContainer(source)), "0102",
                              "source round trip");
        const std::vector<uint8_t> target = EncodeTargetRncToSourceRncContainer({1, 2});
        NS_TEST_ASSERT_MSG_EQ(Hex(*DecodeTargetRncToSourceRncContainer(target)), "0102",
                              "target round trip");
        for (std::size_t n = 0; n < source.size(); ++n)
        {
            NS_TEST_ASSERT_MSG_EQ(
                DecodeSourceRncToTargetRncContainer(
                    std::vector<uint8_t>(source.begin(), source.begin() + static_cast<long>(n)))
                    .has_value(),
                false, "source truncated to " << n);
        }
        for (std::size_t n = 0; n < target.size(); ++n)
        {
            NS_TEST_ASSERT_MSG_EQ(
                DecodeTargetRncToSourceRncContainer(
                    std::vector<uint8_t>(target.begin(), target.begin() + static_cast<long>(n)))
                    .has_value(),
                false, "target truncated to " << n);
        }
        NS_TEST_ASSERT_MSG_EQ(
            DecodeTargetRncToSourceRncContainer(Octets("00 02 0102 00")).has_value(), false,
            "trailing octet");
        // numberOfIuInstances 2 is fine; the 11-bit preamble with every bit set is not.
        NS_TEST_ASSERT_MSG_EQ(
            DecodeSourceRncToTargetRncContainer(Octets("ffe0 01 01 20")).has_value(), false,
            "every optional present, none there");
    }
};

/** The classifier reads the PDU choice and procedure code behind the connection reference. */
class RanapClassifierTestCase : public TestCase
{
  public:
    RanapClassifierTestCase() : TestCase("Iu packets are classified from octets 4 and 5") {}

  private:
    void
    Check(const SrvccIuMessage& m, SrvccMessageType expected)
    {
        const std::vector<uint8_t> octets = IuToBytes(m);
        Ptr<Packet> p = Create<Packet>(octets.data(), static_cast<uint32_t>(octets.size()));
        const auto type = SrvccClassifyArrival(SrvccInterface::kIu, p);
        NS_TEST_ASSERT_MSG_EQ(type.has_value(), true, m.GetMessageName());
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(*type), static_cast<int>(expected),
                              m.GetMessageName());
        NS_TEST_ASSERT_MSG_EQ(static_cast<int>(m.GetSrvccMessageType()), static_cast<int>(expected),
                              m.GetMessageName());
    }

    void
    DoRun() override
    {
        Check(SampleRequest(), SrvccMessageType::kIuRelocationRequest);
        Check(SampleAcknowledge(), SrvccMessageType::kIuRelocationRequestAcknowledge);
        Check(SrvccIuRelocationFailure(), SrvccMessageType::kIuRelocationFailure);
        Check(SrvccIuRelocationDetect(), SrvccMessageType::kIuRelocationDetect);
        Check(SrvccIuRelocationComplete(), SrvccMessageType::kIuRelocationComplete);
        Check(SrvccIuReleaseRequest(), SrvccMessageType::kIuReleaseRequest);
        Check(SrvccIuReleaseCommand(), SrvccMessageType::kIuReleaseCommand);
        Check(SrvccIuReleaseComplete(), SrvccMessageType::kIuReleaseComplete);
        // Nothing else, and never a throw: short, another choice, unknown procedures.
        for (const char* hex :
             {"", "00", "00000042", "0000004200", "00000042 60 03", "00000042 00 02",
              "00000042 40 01", "00000042 20 0c", "00000042 ff ff", "04 01 0005 00000042 03"})
        {
            const std::vector<uint8_t> octets = Octets(hex);
            Ptr<Packet> p = Create<Packet>(octets.data(), static_cast<uint32_t>(octets.size()));
            NS_TEST_ASSERT_MSG_EQ(SrvccClassifyArrival(SrvccInterface::kIu, p).has_value(), false,
                                  "'" << hex << "'");
        }
        NS_TEST_ASSERT_MSG_EQ(SrvccClassifyArrival(SrvccInterface::kIu, nullptr).has_value(), false,
                              "null");
        NS_TEST_ASSERT_MSG_EQ(kIuConnectionReferenceSize, 4u, "the capture writer skips 4");
    }
};

/**
 * End to end: the Relocation Request the target RNC receives carries, in its Integrity
 * Protection and Encryption Information, exactly the IK_SRVCC and CK_SRVCC the MSC server holds
 * for the UE, and the UE's IMSI; every handover still completes with its MAC-I verified.
 */
class RanapKeysOnTheWireTestCase : public TestCase
{
  public:
    RanapKeysOnTheWireTestCase()
        : TestCase("the Relocation Request carries the MSC server's CK_SRVCC and IK_SRVCC")
    {
    }

  private:
    struct Observer
    {
        Ptr<SrvccMscServerApplication> msc;
        uint32_t requests{0};
        uint32_t keysEqual{0};
        uint32_t imsiEqual{0};
        uint32_t decodeFailures{0};

        void
        OnRncReceived(SrvccInterface iface, SrvccMessageType type, uint32_t ue, uint64_t,
                      Ptr<const Packet> packet)
        {
            if (iface != SrvccInterface::kIu || type != SrvccMessageType::kIuRelocationRequest)
            {
                return;
            }
            ++requests;
            SrvccIuRelocationRequest m;
            try
            {
                packet->PeekHeader(m);
            }
            catch (const MessageDecodeError&)
            {
                ++decodeFailures;
                return;
            }
            const MscSrvccSecurityContext* held = msc->GetContext(ue);
            if (held == nullptr || !m.HasIntegrityProtectionInformation())
            {
                return;
            }
            keysEqual += (m.GetCk() == held->ckIk.ck && m.GetIk() == held->ckIk.ik) ? 1 : 0;
            imsiEqual += m.GetImsi() == held->imsi ? 1 : 0;
        }
    };

    void
    DoRun() override
    {
        const uint32_t numUes = 3;
        Observer observer;
        handovertest::RunHandovers(
            srvcc::SrvccProfile::kTs33501, numUes, nullptr,
            [&](SrvccHelper&, SrvccStatsCollector& s)
            {
                NS_TEST_EXPECT_MSG_EQ(
                    handovertest::CountResults(s, SrvccHandoverRecord::Result::kCompleted), numUes,
                    "every handover completes");
                NS_TEST_EXPECT_MSG_EQ(s.GetKeyChecksPassed(), numUes, "every MAC-I verifies");
                NS_TEST_EXPECT_MSG_EQ(s.GetDecodeErrors(), 0, "no malformed message");
            },
            Seconds(10),
            [&](SrvccHelper& h)
            {
                observer.msc = h.GetMscServer();
                h.GetRnc(0)->TraceConnectWithoutContext(
                    "MessageReceived", MakeCallback(&Observer::OnRncReceived, &observer));
            });
        NS_TEST_EXPECT_MSG_EQ(observer.requests, numUes, "one Relocation Request per UE");
        NS_TEST_EXPECT_MSG_EQ(observer.decodeFailures, 0u, "each decodes");
        NS_TEST_EXPECT_MSG_EQ(observer.keysEqual, numUes, "CK and IK as the MSC server holds them");
        NS_TEST_EXPECT_MSG_EQ(observer.imsiEqual, numUes, "the UE's IMSI");
    }
};

/**
 * End to end, a tampered CK_SRVCC at the MSC server: the UE's HANDOVER TO UTRAN COMPLETE fails
 * its MAC-I check, so the target RNC sends no Relocation Complete but an Iu Release Request
 * (repeated-integrity-checking-failure), and the MSC server gives the handover up.
 */
class RanapMacIFailureTestCase : public TestCase
{
  public:
    RanapMacIFailureTestCase()
        : TestCase(
            "a MAC-I that does not verify: Iu Release Request instead of Relocation Complete")
    {
    }

  private:
    struct Observer
    {
        uint32_t completes{0};
        uint32_t releaseRequests{0};
        uint32_t integrityCauses{0};

        void
        OnMscReceived(SrvccInterface iface, SrvccMessageType type, uint32_t, uint64_t,
                      Ptr<const Packet> packet)
        {
            if (iface != SrvccInterface::kIu)
            {
                return;
            }
            completes += type == SrvccMessageType::kIuRelocationComplete ? 1 : 0;
            if (type == SrvccMessageType::kIuReleaseRequest)
            {
                ++releaseRequests;
                SrvccIuReleaseRequest m;
                packet->PeekHeader(m);
                integrityCauses += m.GetCause() == IuCause::kIntegrityCheckFailure ? 1 : 0;
            }
        }
    };

    void
    DoRun() override
    {
        const uint32_t numUes = 2;
        Observer observer;
        handovertest::RunHandovers(
            srvcc::SrvccProfile::kTs33501, numUes,
            [](SrvccHelper& h)
            {
                h.SetNodeAttribute(SrvccRole::kMscServer, "TamperCk", BooleanValue(true));
            },
            [&](SrvccHelper&, SrvccStatsCollector& s)
            {
                NS_TEST_EXPECT_MSG_EQ(s.GetKeyChecksFailed(), numUes, "every MAC-I fails");
                NS_TEST_EXPECT_MSG_EQ(
                    handovertest::CountResults(s, SrvccHandoverRecord::Result::kCompleted), 0u,
                    "no handover completes");
                NS_TEST_EXPECT_MSG_EQ(s.GetDecodeErrors(), 0, "no malformed message");
            },
            Seconds(10),
            [&](SrvccHelper& h)
            {
                h.GetMscServer()->TraceConnectWithoutContext(
                    "MessageReceived", MakeCallback(&Observer::OnMscReceived, &observer));
            });
        NS_TEST_EXPECT_MSG_EQ(observer.completes, 0u, "no Relocation Complete");
        NS_TEST_EXPECT_MSG_EQ(observer.releaseRequests, numUes, "one Iu Release Request per UE");
        NS_TEST_EXPECT_MSG_EQ(observer.integrityCauses, numUes, "cause integrity checking failure");
    }
};

class SrvccRanapTestSuite : public TestSuite
{
  public:
    SrvccRanapTestSuite() : TestSuite("srvcc-ranap", UNIT)
    {
        AddTestCase(new RanapRoundTripTestCase, TestCase::QUICK);
        AddTestCase(new RanapEncodingTestCase, TestCase::QUICK);
        AddTestCase(new RanapSetterTestCase, TestCase::QUICK);
        AddTestCase(new RanapMalformedTestCase, TestCase::QUICK);
        AddTestCase(new RanapClassifierTestCase, TestCase::QUICK);
        AddTestCase(new RanapKeysOnTheWireTestCase, TestCase::QUICK);
        AddTestCase(new RanapMacIFailureTestCase, TestCase::QUICK);
    }
};

SrvccRanapTestSuite g_srvccRanapTestSuite;

} // namespace
