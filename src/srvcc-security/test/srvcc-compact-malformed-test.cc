/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * srvcc-compact-messages: malformed input is rejected with MessageDecodeError, never a crash.
 */
#include "ns3/packet.h"
#include "ns3/srvcc-iu-messages.h"
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

const CompactSample&
Find(const std::vector<CompactSample>& samples, const std::string& name)
{
    for (const auto& s : samples)
    {
        if (s.name == name)
        {
            return s;
        }
    }
    throw std::invalid_argument("no sample " + name);
}

/** Every prefix of every message is rejected, with the original or a matching body length. */
class CompactTruncationTestCase : public TestCase
{
  public:
    CompactTruncationTestCase() : TestCase("every message truncated at every length is rejected") {}

  private:
    void
    DoRun() override
    {
        for (const auto& s : MakeCompactSamples())
        {
            for (std::size_t length = 0; length < s.bytes.size(); ++length)
            {
                const std::vector<uint8_t> prefix(s.bytes.begin(), s.bytes.begin() + length);
                DecodeOutcome outcome = DecodeAs(s, prefix);
                NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true,
                                      s.name << " cut to " << length << ": " << outcome.what);
                if (length >= kCompactFramingSize)
                {
                    // The body length agrees with the data, so a field itself is cut short.
                    const auto body = static_cast<uint16_t>(length - kCompactFramingSize);
                    outcome = DecodeAs(s, WithBodyLength(prefix, body));
                    NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true,
                                          s.name << " cut to " << length << " with length " << body
                                                 << ": " << outcome.what);
                }
            }
        }
    }
};

/** Body lengths that overrun, fall short or leave octets unused; inner lengths that overrun. */
class CompactLengthFieldTestCase : public TestCase
{
  public:
    CompactLengthFieldTestCase()
        : TestCase("length fields that disagree with the data are rejected")
    {
    }

  private:
    void
    DoRun() override
    {
        const auto samples = MakeCompactSamples();
        for (const auto& s : samples)
        {
            const auto body = static_cast<uint16_t>(s.bytes.size() - kCompactFramingSize);
            DecodeOutcome outcome = DecodeAs(s, WithBodyLength(s.bytes, body + 1));
            NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true, s.name << " length +1");
            NS_TEST_ASSERT_MSG_EQ((outcome.what.find("overruns") != std::string::npos), true,
                                  outcome.what);
            outcome = DecodeAs(s, WithBodyLength(s.bytes, 0xffff));
            NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true, s.name << " length 0xffff");
            outcome = DecodeAs(s, WithBodyLength(s.bytes, body - 1));
            NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true, s.name << " length -1");
            // One octet more than the fields use, and counted in the length: not ours to skip.
            std::vector<uint8_t> longer = WithBodyLength(s.bytes, body + 1);
            longer.push_back(0);
            outcome = DecodeAs(s, longer);
            NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true, s.name << " unused octet");
            NS_TEST_ASSERT_MSG_EQ((outcome.what.find("the fields use") != std::string::npos), true,
                                  outcome.what);
            // The same octet outside the length is the next header's: the message decodes.
            longer = s.bytes;
            longer.push_back(0);
            outcome = DecodeAs(s, longer);
            NS_TEST_ASSERT_MSG_EQ(outcome.consumed, s.bytes.size(), s.name << " " << outcome.what);
        }

        // A container length that overruns the body.
        const CompactSample& command = Find(samples, "SrvccN2HandoverCommand");
        std::vector<uint8_t> bytes = command.bytes;
        bytes.at(13) = 0xff; // container length, after framing 4 + ids 8 + lsb4 1
        bytes.at(14) = 0xff;
        DecodeOutcome outcome = DecodeAs(command, bytes);
        NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true, "container length 0xffff");
        NS_TEST_ASSERT_MSG_EQ(outcome.what,
                              "N2 Handover Command: truncated in targetToSource container, "
                              "need 65535 octets, 4 left",
                              "error text");

        // The error text names the message, the field and what is missing.
        SrvccN2HandoverCommand twelve;
        twelve.SetTargetToSourceContainer(std::vector<uint8_t>(12, 0x33));
        std::vector<uint8_t> cut = CompactToBytes(twelve);
        cut.resize(kCompactFramingSize + 8 + 1 + 2 + 3);
        outcome = DecodeAs(command, WithBodyLength(cut, 8 + 1 + 2 + 3));
        NS_TEST_ASSERT_MSG_EQ(outcome.what,
                              "N2 Handover Command: truncated in targetToSource container, "
                              "need 12 octets, 3 left",
                              "error text");

        // CompactFromBytes wants exactly one message.
        SrvccN2HandoverCommand decoded;
        std::vector<uint8_t> trailing = command.bytes;
        trailing.push_back(0);
        bool caught = false;
        try
        {
            CompactFromBytes(decoded, trailing);
        }
        catch (const MessageDecodeError&)
        {
            caught = true;
        }
        NS_TEST_ASSERT_MSG_EQ(caught, true, "CompactFromBytes with a trailing octet");
    }
};

/** A message of one class fed to the decoder of any other class is rejected. */
class CompactWrongClassTestCase : public TestCase
{
  public:
    CompactWrongClassTestCase()
        : TestCase("a message decoded as another class or interface is rejected")
    {
    }

  private:
    void
    DoRun() override
    {
        const auto samples = MakeCompactSamples();
        for (const auto& encoded : samples)
        {
            for (const auto& decoder : samples)
            {
                const DecodeOutcome outcome = DecodeAs(decoder, encoded.bytes);
                if (&encoded == &decoder)
                {
                    NS_TEST_ASSERT_MSG_EQ(outcome.consumed, encoded.bytes.size(), outcome.what);
                    continue;
                }
                NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true,
                                      encoded.name << " decoded as " << decoder.name);
            }
            // Same type octet, another interface.
            for (uint8_t iface : {0, 1, 2, 3, 4, 5, 0xff})
            {
                if (iface == static_cast<uint8_t>(encoded.iface))
                {
                    continue;
                }
                std::vector<uint8_t> bytes = encoded.bytes;
                bytes[0] = iface;
                NS_TEST_ASSERT_MSG_EQ(DecodeAs(encoded, bytes).decodeError, true,
                                      encoded.name << " with interface " << int(iface));
            }
        }
    }
};

/** A field patched out of its range is rejected; the largest valid value is accepted. */
class CompactOutOfRangeTestCase : public TestCase
{
  public:
    CompactOutOfRangeTestCase() : TestCase("out-of-range field values are rejected on decode") {}

  private:
    struct Patch
    {
        const char* sample;
        std::size_t offset; //!< from the first octet of the framing
        uint8_t bad;
        int good;             //!< a valid value at the edge of the range, or -1 for none
        const char* expected; //!< a part of the error text
    };

    void
    DoRun() override
    {
        const auto samples = MakeCompactSamples();
        // Offsets follow the layouts in the message headers (framing is octets 0-3).
        const Patch patches[] = {
            {"SrvccN2HandoverCommand", 12, 16, 15, "dlNasCountLsb4 16 out of range 0..15"},
            {"SrvccN2HandoverRequired", 12, 4, 3, "handoverType 4"},
            {"SrvccN2HandoverRequired", 13, 2, 0, "srvccHoIndication 2"},
            {"SrvccN2HandoverRequired", 15, 0xff, 0xf9, "mcc must be 3"}, // mcc "90": MCC3 = F
            {"SrvccN2HandoverRequired", 14, 0x0a, 0x99, "mcc must be 3"}, // a hex digit in the MCC
            {"SrvccN2HandoverRequired", 16, 0xf7, 0x99, "mnc must be 2 or 3"}, // mnc "7"
            {"SrvccN2HandoverRequired", 15, 0xa1, 0x91, "mnc must be 2 or 3"}, // MNC3 = 0xA
            {"SrvccN2HandoverRequired", 21, 10, 9, "cause 10"},
            {"SrvccN2HandoverPreparationFailure", 12, 10, 0, "cause 10"},
            {"SrvccN2HandoverCancel", 12, 0xff, -1, "cause 255"},
            {"SrvccN2UeContextReleaseCommand", 12, 10, -1, "cause 10"},
            {"SrvccNrMobilityFromNrCommand", 8, 4, 3, "rrcTransactionId 4"},
            {"SrvccNrMobilityFromNrCommand", 9, 16, 15, "dlNasCountLsb4 16"},
            {"SrvccUtranHandoverToUtranCommand", 8, 3, 2, "integrityAlgorithm 3"},
            {"SrvccUtranHandoverToUtranCommand", 9, 3, 0, "cipheringAlgorithm 3"},
            {"SrvccUtranHandoverToUtranComplete", 8, 16, 15, "rrcSequenceNumber 16"},
        };
        for (const Patch& patch : patches)
        {
            const CompactSample& s = Find(samples, patch.sample);
            std::vector<uint8_t> bytes = s.bytes;
            bytes.at(patch.offset) = patch.bad;
            DecodeOutcome outcome = DecodeAs(s, bytes);
            NS_TEST_ASSERT_MSG_EQ(outcome.decodeError, true, patch.expected);
            NS_TEST_ASSERT_MSG_EQ((outcome.what.find(patch.expected) != std::string::npos), true,
                                  "\"" << outcome.what << "\" lacks \"" << patch.expected << "\"");
            if (patch.good >= 0)
            {
                bytes.at(patch.offset) = static_cast<uint8_t>(patch.good);
                outcome = DecodeAs(s, bytes);
                NS_TEST_ASSERT_MSG_EQ(outcome.consumed, bytes.size(),
                                      patch.sample << " with " << patch.good << ": "
                                                   << outcome.what);
            }
        }
    }
};

} // namespace

TestCase*
MakeCompactTruncationTestCase()
{
    return new CompactTruncationTestCase;
}

TestCase*
MakeCompactLengthFieldTestCase()
{
    return new CompactLengthFieldTestCase;
}

TestCase*
MakeCompactWrongClassTestCase()
{
    return new CompactWrongClassTestCase;
}

TestCase*
MakeCompactOutOfRangeTestCase()
{
    return new CompactOutOfRangeTestCase;
}

} // namespace compacttest
} // namespace ns3
