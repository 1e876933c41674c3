/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-per: the PER writer and reader (ITU-T X.691) on their own: encodings checked bit for
 * bit against X.691's rules in both variants, round trips, and a reader that refuses to read
 * past its data or to accept a value its constraint excludes.
 */
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-per-codec.h"
#include "ns3/test.h"

#include <string>
#include <vector>

namespace ns3
{
namespace pertest
{

namespace
{

std::string
Hex(const std::vector<uint8_t>& octets)
{
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (uint8_t o : octets)
    {
        s += digits[o >> 4];
        s += digits[o & 0xf];
    }
    return s;
}

/** \return the MessageDecodeError text \p f throws, or "" when it throws none. */
template<class F>
std::string
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

/** ALIGNED encodings of the shapes NGAP and RANAP use, against X.691 by hand. */
class PerAlignedTestCase : public TestCase
{
  public:
    PerAlignedTestCase()
        : TestCase("ALIGNED PER: constrained numbers, lengths, enumerations, strings")
    {
    }

  private:
    void
    DoRun() override
    {
        {
            // AMF-UE-NGAP-ID ::= INTEGER (0..1099511627775) (TS 38.413 9.4.5): range above 64K,
            // X.691 11.5.7.4: a 3-bit octet count (1..5) minus one, aligned, the octets.
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteConstrainedWholeNumber(1, 0, 1099511627775ULL, "amf");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "0001", "AMF-UE-NGAP-ID 1");
        }
        {
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteConstrainedWholeNumber(0x1234, 0, 1099511627775ULL, "amf");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "201234", "two octets: count bits 001");
        }
        {
            // The NGAP-PDU choice (3 root alternatives, extensible): 1 + 2 bits; procedureCode
            // (0..255): one aligned octet (range 256, 11.5.7.2); criticality (3 values): 2 bits.
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteChoiceIndex(1, 3, true, "pdu");
            w.WriteConstrainedWholeNumber(41, 0, 255, "procedureCode");
            w.WriteEnumerated(1, 3, false, "criticality");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "202940", "successfulOutcome, 41, ignore");
        }
        {
            // SEQUENCE (SIZE (0..65535)) OF: a length with ub < 64K but range 65536: two
            // aligned octets (11.9.3.3 with 11.5.7.3).
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteBit(false);
            w.WriteLength(3, 0, 65535, "ies");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "000003", "IE count 3");
        }
        {
            // An extension value of an extensible enumeration (HandoverType fivegs-to-utran,
            // the first addition after 3 root values): 1, then normally small 0 (11.6.1).
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteEnumerated(3, 3, true, "HandoverType");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "80", "fivegs-to-utran");
        }
        {
            // An unconstrained octet string: aligned 1-octet length below 128, 2 octets
            // 10xxxxxx up to 16383 (11.9.3.6, 11.9.3.7).
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteBit(true);
            w.WriteOctetString(std::vector<uint8_t>{0xab, 0xcd}, "s");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "8002abcd", "short octet string");
            PerWriter big(PerVariant::kAligned, "t");
            big.WriteOctetString(std::vector<uint8_t>(200, 0x11), "s");
            const std::vector<uint8_t> out = big.Finish();
            NS_TEST_EXPECT_MSG_EQ(out.size(), 202u, "2-octet length");
            NS_TEST_EXPECT_MSG_EQ(Hex({out[0], out[1], out[2]}), "80c811", "length 200");
        }
        {
            // Fixed sizes: up to 2 octets not aligned (16.6 / 17.6), above that aligned.
            PerWriter w(PerVariant::kAligned, "t");
            w.WriteBit(true);
            const uint8_t lac[2] = {0x12, 0x34};
            w.WriteOctetString(lac, 2, 2, 2, false, "LAC");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "891a00", "LAC not aligned");
            PerWriter v(PerVariant::kAligned, "t");
            v.WriteBit(true);
            const uint8_t plmn[3] = {0x02, 0xf8, 0x39};
            v.WriteOctetString(plmn, 3, 3, 3, false, "PLMN");
            NS_TEST_EXPECT_MSG_EQ(Hex(v.Finish()), "8002f839", "PLMN aligned");
            PerWriter b(PerVariant::kAligned, "t");
            b.WriteBit(true);
            const uint8_t cell[4] = {0x12, 0x34, 0x56, 0x70};
            b.WriteBitString(cell, 28, 28, 28, false, "cell");
            NS_TEST_EXPECT_MSG_EQ(Hex(b.Finish()), "8012345670", "28-bit string aligned");
        }
        {
            // An empty complete encoding is one zero octet (11.1.3).
            PerWriter w(PerVariant::kAligned, "t");
            NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "00", "empty encoding");
        }
    }
};

/** UNALIGNED encodings (RRC): no padding anywhere but at the end. */
class PerUnalignedTestCase : public TestCase
{
  public:
    PerUnalignedTestCase()
        : TestCase("UNALIGNED PER: minimal bit fields, lengths without alignment")
    {
    }

  private:
    void
    DoRun() override
    {
        PerWriter w(PerVariant::kUnaligned, "t");
        w.WriteConstrainedWholeNumber(5, 0, 7, "a");               // 101
        w.WriteConstrainedWholeNumber(300, 0, 1000, "b");          // 10 bits 0100101100
        w.WriteLength(130, 0, kPerUnbounded, "c");                 // 16 bits 1000000010000010
        w.WriteOctetString(std::vector<uint8_t>{0xff}, "d", 1, 1); // 8 bits, not aligned
        // 101 0100101100 1000000010000010 11111111, padded with 0: 37 bits -> 5 octets
        NS_TEST_EXPECT_MSG_EQ(Hex(w.Finish()), "a9640417f8", "bits without alignment");

        PerWriter big(PerVariant::kUnaligned, "t");
        big.WriteConstrainedWholeNumber(1, 0, 1099511627775ULL, "x"); // 40 bits in UPER
        NS_TEST_EXPECT_MSG_EQ(Hex(big.Finish()), "0000000001", "40-bit field");
    }
};

/** What the writer writes, the reader reads back, in both variants. */
class PerRoundTripTestCase : public TestCase
{
  public:
    PerRoundTripTestCase() : TestCase("PER round trips of every primitive in both variants") {}

  private:
    void
    DoRun() override
    {
        for (PerVariant v : {PerVariant::kAligned, PerVariant::kUnaligned})
        {
            PerWriter w(v, "t");
            w.WriteExtensionBit(false);
            w.WriteChoiceIndex(2, 5, true, "choice");
            w.WriteInteger(-3, -8, 7, true, "int");
            w.WriteConstrainedWholeNumber(70000, 0, 4294967295ULL, "id");
            w.WriteEnumerated(9, 4, true, "enum");
            w.WriteNormallySmall(100, "small");
            const uint8_t bits[2] = {0xa5, 0x80};
            w.WriteBitString(bits, 9, 1, 160, false, "bits");
            w.WriteOctetString(std::vector<uint8_t>(300, 0x5a), "octets");
            w.WriteOpenType(std::vector<uint8_t>{1, 2, 3}, "open");
            const std::vector<uint8_t> out = w.Finish();

            PerReader r(v, out, "t");
            NS_TEST_EXPECT_MSG_EQ(r.ReadExtensionBit("ext"), false, "extension bit");
            NS_TEST_EXPECT_MSG_EQ(r.ReadChoiceIndex(5, true, "choice"), 2u, "choice");
            NS_TEST_EXPECT_MSG_EQ(r.ReadInteger(-8, 7, true, "int"), -3, "integer");
            NS_TEST_EXPECT_MSG_EQ(r.ReadConstrainedWholeNumber(0, 4294967295ULL, "id"), 70000u,
                                  "id");
            uint32_t addition = 0;
            NS_TEST_EXPECT_MSG_EQ(r.ReadEnumerated(4, true, "enum", &addition), 4u, "addition");
            NS_TEST_EXPECT_MSG_EQ(addition, 5u, "addition index");
            NS_TEST_EXPECT_MSG_EQ(r.ReadNormallySmall("small"), 100u, "normally small");
            uint32_t nbits = 0;
            const std::vector<uint8_t> b = r.ReadBitString(1, 160, false, "bits", nbits);
            NS_TEST_EXPECT_MSG_EQ(nbits, 9u, "bit count");
            NS_TEST_EXPECT_MSG_EQ(Hex(b), "a580", "bits");
            NS_TEST_EXPECT_MSG_EQ(r.ReadOctetString("octets").size(), 300u, "octets");
            NS_TEST_EXPECT_MSG_EQ(Hex(r.ReadOpenType("open")), "010203", "open type");
            r.ExpectEnd();
        }
    }
};

/** The reader never reads past its data and refuses values outside their constraint. */
class PerReaderRejectsTestCase : public TestCase
{
  public:
    PerReaderRejectsTestCase()
        : TestCase("PER reader: truncation, out-of-range values and left-over octets are named")
    {
    }

  private:
    void
    DoRun() override
    {
        const std::vector<uint8_t> one = {0xe0};
        NS_TEST_EXPECT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      PerReader r(PerVariant::kUnaligned, one, "X");
                                      r.ReadConstrainedWholeNumber(0, 5, "value");
                                  }),
                              "X: value: 7 outside 0..5", "a value above the bound");
        NS_TEST_EXPECT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      PerReader r(PerVariant::kAligned, one, "X");
                                      r.ReadBits(9, "field");
                                  }),
                              "X: field: truncated, need 9 bits, 8 left", "truncated");
        const std::vector<uint8_t> length = {0x05, 0x01, 0x02};
        NS_TEST_EXPECT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      PerReader r(PerVariant::kAligned, length, "X");
                                      r.ReadOctetString("container");
                                  }),
                              "X: container: truncated, need 40 bits, 16 left",
                              "a length that overruns the data");
        const std::vector<uint8_t> fragmented = {0xc1, 0x00};
        NS_TEST_EXPECT_MSG_NE(DecodeError(
                                  [&]
                                  {
                                      PerReader r(PerVariant::kAligned, fragmented, "X");
                                      r.ReadLength(0, kPerUnbounded, "len");
                                  }),
                              "", "a fragmented length is refused");
        const std::vector<uint8_t> extra = {0x00, 0x00};
        NS_TEST_EXPECT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      PerReader r(PerVariant::kAligned, extra, "X");
                                      r.ReadBit("b");
                                      r.ExpectEnd();
                                  }),
                              "X: end: 1 octets left over", "left-over octets");
        const std::vector<uint8_t> ext = {0x80};
        NS_TEST_EXPECT_MSG_EQ(DecodeError(
                                  [&]
                                  {
                                      PerReader r(PerVariant::kAligned, ext, "X");
                                      r.ReadEnumerated(3, true, "HandoverType");
                                  }),
                              "X: HandoverType: extension value 0 is not known",
                              "an unknown extension value");
        bool threw = false;
        try
        {
            PerWriter w(PerVariant::kAligned, "Y");
            w.WriteConstrainedWholeNumber(16, 0, 15, "lsb");
        }
        catch (const MessageEncodeError& e)
        {
            threw = std::string(e.what()) == "Y: lsb: 16 outside 0..15";
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "the writer refuses a value outside its range");
    }
};

class SrvccPerTestSuite : public TestSuite
{
  public:
    SrvccPerTestSuite() : TestSuite("srvcc-per", UNIT)
    {
        AddTestCase(new PerAlignedTestCase, TestCase::QUICK);
        AddTestCase(new PerUnalignedTestCase, TestCase::QUICK);
        AddTestCase(new PerRoundTripTestCase, TestCase::QUICK);
        AddTestCase(new PerReaderRejectsTestCase, TestCase::QUICK);
    }
};

SrvccPerTestSuite g_srvccPerTestSuite;

} // namespace
} // namespace pertest
} // namespace ns3
