/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The N2 messages as NGAP PDUs (TS 38.413, ALIGNED PER): every PDU survives a round trip with
 * its field values, Handover Required equals hand-checked octets, truncated or malformed input
 * throws MessageDecodeError naming the IE (a missing mandatory IE, an unknown IE of criticality
 * reject, another procedure), the classifier reads the PDU type and procedure code, and tshark
 * (Wireshark's NGAP dissector) decodes every PDU with the same values and no malformed or
 * expert-error item.
 */
#include "ns3/packet.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/test.h"
#include "srvcc-ngap-test-util.h"

#include <functional>
#include <sstream>

using namespace ns3;
using namespace ns3::ngaptest;

namespace
{

/** \return the exception text of \p f, or "" when it does not throw MessageDecodeError. */
template<class F>
std::string
DecodeErrorOf(F f)
{
    try
    {
        f();
    }
    catch (const MessageDecodeError& e)
    {
        return e.what();
    }
    catch (const std::exception& e)
    {
        return std::string("not a MessageDecodeError: ") + e.what();
    }
    return "";
}

template<class F>
bool
RejectsEncode(F f)
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

/** Every class: encoded, put in a packet with a payload after it, decoded back. */
class NgapRoundTripTestCase : public TestCase
{
  public:
    NgapRoundTripTestCase() : TestCase("every NGAP PDU survives serialize -> deserialize") {}

  private:
    template<class T>
    void
    RoundTrip(const T& in, T& out)
    {
        Ptr<Packet> p = Create<Packet>(5);
        p->AddHeader(in);
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), in.GetSerializedSize() + 5, in.GetMessageName());
        const uint32_t used = p->RemoveHeader(out);
        NS_TEST_ASSERT_MSG_EQ(used, in.GetSerializedSize(), in.GetMessageName() << ": consumed");
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), 5u, in.GetMessageName() << ": payload left");
        NS_TEST_ASSERT_MSG_EQ(Hex(NgapToBytes(out)), Hex(NgapToBytes(in)),
                              in.GetMessageName() << ": re-encoding differs");
        NS_TEST_ASSERT_MSG_EQ(out.GetAmfUeNgapId(), in.GetAmfUeNgapId(), in.GetMessageName());
        NS_TEST_ASSERT_MSG_EQ(out.GetRanUeNgapId(), in.GetRanUeNgapId(), in.GetMessageName());
    }

    template<class T>
    void
    CauseRoundTrip(N2Cause cause)
    {
        T in;
        in.SetAmfUeNgapId(0xfffffffe);
        in.SetRanUeNgapId(0x00000001);
        in.SetCause(cause);
        T out;
        RoundTrip(in, out);
        NS_TEST_ASSERT_MSG_EQ(N2CauseName(out.GetCause()), N2CauseName(cause), in.GetMessageName());
    }

    void
    DoRun() override
    {
        try
        {
            Run();
        }
        catch (const std::exception& e)
        {
            NS_TEST_ASSERT_MSG_EQ(std::string(e.what()), "", "unexpected exception");
        }
    }

    void
    Run()
    {
        for (const auto& [target, container] :
             {std::make_pair(TargetRncId{"310", "410", 0xfffe, 0x0fff}, std::vector<uint8_t>{}),
              std::make_pair(TargetRncId{"901", "70", 1, 40000},
                             std::vector<uint8_t>(16000, 0x5a))})
        {
            SrvccN2HandoverRequired in;
            in.SetAmfUeNgapId(0xdeadbeef);
            in.SetRanUeNgapId(0x00c0ffee);
            in.SetTargetRncId(target);
            in.SetCause(N2Cause::kRadioConnectionWithUeLost);
            in.SetPduSessions({{5, true}, {255, false}});
            in.SetSourceToTargetContainer(container);
            SrvccN2HandoverRequired out;
            RoundTrip(in, out);
            NS_TEST_ASSERT_MSG_EQ(int(out.GetHandoverType()), 3, "fivegs-to-utran");
            NS_TEST_ASSERT_MSG_EQ(out.GetTargetRncId(), target,
                                  "targetRNC-ID (extended above 4095)");
            NS_TEST_ASSERT_MSG_EQ(out.GetCause(), N2Cause::kRadioConnectionWithUeLost, "cause");
            NS_TEST_ASSERT_MSG_EQ(out.GetPduSessions().size(), 2u, "sessions");
            NS_TEST_ASSERT_MSG_EQ((out.GetPduSessions() == in.GetPduSessions()), true, "sessions");
            NS_TEST_ASSERT_MSG_EQ(Hex(out.GetSourceToTargetContainer()), Hex(container),
                                  "container");
        }
        for (uint8_t type = 0; type <= 3; ++type)
        {
            SrvccN2HandoverRequired in = SampleHandoverRequired();
            in.SetHandoverType(type);
            SrvccN2HandoverRequired out;
            RoundTrip(in, out);
            NS_TEST_ASSERT_MSG_EQ(int(out.GetHandoverType()), int(type), "HandoverType");
        }

        SrvccN2HandoverCommand command = SampleHandoverCommand();
        command.SetDlNasCountLsb4(15);
        SrvccN2HandoverCommand commandOut;
        RoundTrip(command, commandOut);
        NS_TEST_ASSERT_MSG_EQ(int(commandOut.GetDlNasCountLsb4()), 15, "4 LSB");
        NS_TEST_ASSERT_MSG_EQ(Hex(commandOut.GetTargetToSourceContainer()),
                              Hex(command.GetTargetToSourceContainer()), "container");
        // Another handover type carries no IE 39 (only 5GS to EPS or UTRAN have it).
        command.SetHandoverType(0);
        RoundTrip(command, commandOut);
        NS_TEST_ASSERT_MSG_EQ(int(commandOut.GetDlNasCountLsb4()), 0, "no IE 39 for intra5gs");

        for (N2Cause cause :
             {N2Cause::kUnspecified, N2Cause::kHandoverCancelled, N2Cause::kHoFailureInTargetSystem,
              N2Cause::kHoTargetNotAllowed, N2Cause::kTNgRelocPrepExpiry,
              N2Cause::kTNgRelocOverallExpiry, N2Cause::kNormalRelease, N2Cause::kUnknownTargetId,
              N2Cause::kRadioConnectionWithUeLost, N2Cause::kHandoverDesirableForRadioReason,
              N2Cause::kUnknownLocalUeNgapId})
        {
            CauseRoundTrip<SrvccN2HandoverPreparationFailure>(cause);
            CauseRoundTrip<SrvccN2HandoverCancel>(cause);
            CauseRoundTrip<SrvccN2UeContextReleaseCommand>(cause);
        }
        SrvccN2HandoverCancelAcknowledge ack;
        ack.SetAmfUeNgapId(0x80000000);
        ack.SetRanUeNgapId(0xffffffff);
        SrvccN2HandoverCancelAcknowledge ackOut;
        RoundTrip(ack, ackOut);
        SrvccN2UeContextReleaseComplete complete;
        complete.SetAmfUeNgapId(0);
        complete.SetRanUeNgapId(0);
        SrvccN2UeContextReleaseComplete completeOut;
        RoundTrip(complete, completeOut);

        SrvccN2InitialUeMessage initial = SampleInitialUeMessage();
        initial.SetRrcEstablishmentCause(ngap::kRrcCauseEmergency);
        SrvccN2InitialUeMessage initialOut;
        RoundTrip(initial, initialOut);
        NS_TEST_ASSERT_MSG_EQ(Hex(initialOut.GetNasPdu()), Hex(initial.GetNasPdu()), "NAS-PDU");
        NS_TEST_ASSERT_MSG_EQ((initialOut.GetUserLocation() == initial.GetUserLocation()), true,
                              "User Location Information");
        NS_TEST_ASSERT_MSG_EQ(int(initialOut.GetRrcEstablishmentCause()), 0, "emergency");
        SrvccN2DownlinkNasTransport downlink = SampleDownlinkNasTransport();
        SrvccN2DownlinkNasTransport downlinkOut;
        RoundTrip(downlink, downlinkOut);
        NS_TEST_ASSERT_MSG_EQ(Hex(downlinkOut.GetNasPdu()), Hex(downlink.GetNasPdu()), "NAS-PDU");
        SrvccN2UplinkNasTransport uplink = SampleUplinkNasTransport();
        NgapNrLocation far;
        far.mcc = "310";
        far.mnc = "410";
        far.nrCellIdentity = (uint64_t{1} << 36) - 1;
        far.tac = 0xffffff;
        uplink.SetUserLocation(far);
        SrvccN2UplinkNasTransport uplinkOut;
        RoundTrip(uplink, uplinkOut);
        NS_TEST_ASSERT_MSG_EQ(Hex(uplinkOut.GetNasPdu()), Hex(uplink.GetNasPdu()), "NAS-PDU");
        NS_TEST_ASSERT_MSG_EQ((uplinkOut.GetUserLocation() == far), true,
                              "36-bit cell, 3-digit MNC");
    }
};

/** Handover Required and Handover Command against octets worked out by hand from X.691. */
class NgapExactEncodingTestCase : public TestCase
{
  public:
    NgapExactEncodingTestCase()
        : TestCase("Handover Required and Command encode to hand-checked octets")
    {
    }

  private:
    void
    DoRun() override
    {
        // NGAP-PDU initiatingMessage (ext 0, index 00 -> 0x00), procedureCode 12, criticality
        // reject, value of 60 octets: HandoverRequired (ext 0), 7 IEs; each IE id (2 octets),
        // criticality (2 bits, padded), open type length, value:
        //   10 AMF-UE-NGAP-ID 1: length-1 in 3 bits (1..5 octets), aligned octet 01
        //   85 RAN-UE-NGAP-ID 2: length-1 in 2 bits (1..4 octets), aligned octet 02
        //   29 HandoverType fivegs-to-utran: extension bit 1, normally small 0 -> 80
        //   15 Cause (ignore) radioNetwork (000) ext 0, 16 in 6 bits -> 04 00
        //  105 TargetID choice-Extensions (10), id 178, reject, TargetRNC-ID of 8 octets:
        //      5 bits (no ext, no extendedRNC-ID, no iE-Extensions, LAI no ext, no iE-Ext),
        //      PLMN 901/70 = 09 f1 07 (TS 24.008 10.5.1.13), LAC 1234, RNC-ID 66 in 2 octets
        //   61 PDUSessionResourceListHORqd: 1 item (00), item ext/opt 00, id 1, transfer 1
        //      octet: HandoverRequiredTransfer with nothing present (00)
        //  101 SourceToTarget-TransparentContainer: length 1, c0 (ToTargetRNC-Container ext.)
        SrvccN2HandoverRequired required = SampleHandoverRequired();
        NS_TEST_ASSERT_MSG_EQ(Hex(NgapToBytes(required)),
                              Hex(Octets("000c003a 00 0007"
                                         " 000a 00 02 0001"
                                         " 0055 00 02 0002"
                                         " 001d 00 01 80"
                                         " 000f 40 02 0400"
                                         " 0069 00 0d 80 00b2 00 08 00 09f107 1234 0042"
                                         " 003d 00 05 00 00 01 01 00"
                                         " 0065 00 02 01 c0")),
                              "Handover Required");
        // successfulOutcome (0x20), procedure 12; ids 1 and 2, HandoverType, IE 39 with the
        // 4 LSB 0x0b in one octet, TargetToSource-TransparentContainer e0.
        SrvccN2HandoverCommand command = SampleHandoverCommand();
        NS_TEST_ASSERT_MSG_EQ(Hex(NgapToBytes(command)),
                              Hex(Octets("200c0020 00 0005"
                                         " 000a 00 02 0001"
                                         " 0055 00 02 0002"
                                         " 001d 00 01 80"
                                         " 0027 00 02 01 0b"
                                         " 006a 00 02 01 e0")),
                              "Handover Command");
        // UE Context Release Command: UE-NGAP-IDs pair (choice 00, ext/opt 00, AMF id with a
        // 3-bit length, RAN id with a 2-bit length), Cause nas normal-release (010, 0, 00).
        SrvccN2UeContextReleaseCommand release;
        release.SetAmfUeNgapId(0x0102);
        release.SetRanUeNgapId(3);
        release.SetCause(N2Cause::kNormalRelease);
        NS_TEST_ASSERT_MSG_EQ(Hex(NgapToBytes(release)),
                              Hex(Octets("0029 00 11 00 0002"
                                         " 0072 00 05 02 0102 00 03"
                                         " 000f 40 01 40")),
                              "UE Context Release Command");

        std::ostringstream text;
        text << command;
        NS_TEST_ASSERT_MSG_EQ(text.str(),
                              "N2 Handover Command (amfUeNgapId=1 ranUeNgapId=2 handoverType=3 "
                              "dlNasCountLsb4=11 targetToSourceContainer=1 octets)",
                              "Print");
    }
};

/** Truncated, patched and structurally wrong PDUs are rejected with the IE named. */
class NgapMalformedTestCase : public TestCase
{
  public:
    NgapMalformedTestCase() : TestCase("malformed NGAP PDUs throw MessageDecodeError naming the IE")
    {
    }

  private:
    /** The sample's PDU with the IE list changed by \p edit, re-encoded. */
    static std::vector<uint8_t>
    Edited(const SrvccN2Message& sample, const std::function<void(NgapPdu&)>& edit)
    {
        const std::vector<uint8_t> bytes = NgapToBytes(sample);
        NgapPdu pdu;
        DecodeNgapPdu(bytes.data(), bytes.size(), pdu, "test");
        edit(pdu);
        return EncodeNgapPdu(pdu, "test");
    }

    static void
    Remove(NgapPdu& pdu, uint16_t id)
    {
        for (auto it = pdu.ies.begin(); it != pdu.ies.end(); ++it)
        {
            if (it->id == id)
            {
                pdu.ies.erase(it);
                return;
            }
        }
    }

    static void
    SetValue(NgapPdu& pdu, uint16_t id, std::vector<uint8_t> value)
    {
        for (NgapIe& ie : pdu.ies)
        {
            if (ie.id == id)
            {
                ie.value = std::move(value);
            }
        }
    }

    template<class T>
    std::string
    ErrorOf(const std::vector<uint8_t>& bytes)
    {
        return DecodeErrorOf(
            [&]
            {
                T m;
                NgapFromBytes(m, bytes);
            });
    }

    void
    Expect(const std::string& what, const std::string& part, const std::string& label)
    {
        NS_TEST_ASSERT_MSG_NE(what.find(part), std::string::npos,
                              label << ": \"" << what << "\" does not name \"" << part << "\"");
    }

    void
    DoRun() override
    {
        // Every truncation of every sample is a MessageDecodeError, never a read past the end.
        for (const NgapSample& s : MakeNgapSamples())
        {
            for (std::size_t n = 0; n < s.bytes.size(); ++n)
            {
                const std::vector<uint8_t> cut(s.bytes.begin(), s.bytes.begin() + n);
                const std::string what = DecodeErrorOf(
                    [&]
                    {
                        s.decode(cut);
                    });
                NS_TEST_ASSERT_MSG_EQ(what.empty(), false, s.name << " cut to " << n);
                NS_TEST_ASSERT_MSG_EQ(what.find("not a MessageDecodeError"), std::string::npos,
                                      what);
            }
            // One octet flipped anywhere: decodes or throws MessageDecodeError, nothing else.
            for (std::size_t i = 0; i < s.bytes.size(); ++i)
            {
                std::vector<uint8_t> flipped = s.bytes;
                flipped[i] ^= 0xff;
                const std::string what = DecodeErrorOf(
                    [&]
                    {
                        s.decode(flipped);
                    });
                NS_TEST_ASSERT_MSG_EQ(what.find("not a MessageDecodeError"), std::string::npos,
                                      what);
            }
            // A trailing octet is not part of the message.
            std::vector<uint8_t> longer = s.bytes;
            longer.push_back(0);
            Expect(DecodeErrorOf(
                       [&]
                       {
                           s.decode(longer);
                       }),
                   "1 octets left over", s.name);
        }

        const SrvccN2HandoverRequired required = SampleHandoverRequired();
        // A missing mandatory IE is named.
        Expect(ErrorOf<SrvccN2HandoverRequired>(Edited(required,
                                                       [](NgapPdu& p)
                                                       {
                                                           Remove(p, ngap::kIeTargetId);
                                                       })),
               "N2 Handover Required: TargetID: mandatory IE missing", "no TargetID");
        Expect(ErrorOf<SrvccN2HandoverRequired>(
                   Edited(required,
                          [](NgapPdu& p)
                          {
                              Remove(p, ngap::kIePduSessionResourceListHoRqd);
                          })),
               "PDUSessionResourceListHORqd: mandatory IE missing", "no PDU session list");
        // An unknown IE with criticality reject is refused; with ignore it is skipped.
        const auto unknown = [](NgapCriticality criticality)
        {
            return [criticality](NgapPdu& p)
            {
                p.ies.push_back({999, criticality, {0x01}});
            };
        };
        Expect(
            ErrorOf<SrvccN2HandoverRequired>(Edited(required, unknown(NgapCriticality::kReject))),
            "IE id 999: not comprehended, criticality reject", "unknown IE, reject");
        NS_TEST_ASSERT_MSG_EQ(
            ErrorOf<SrvccN2HandoverRequired>(Edited(required, unknown(NgapCriticality::kIgnore))),
            "", "an unknown IE with criticality ignore is skipped");
        // A repeated IE.
        Expect(ErrorOf<SrvccN2HandoverRequired>(Edited(required,
                                                       [](NgapPdu& p)
                                                       {
                                                           p.ies.push_back(p.ies.front());
                                                       })),
               "AMF-UE-NGAP-ID: IE repeated", "repeated IE");
        // Values the module does not take.
        Expect(ErrorOf<SrvccN2HandoverRequired>(Edited(required,
                                                       [](NgapPdu& p)
                                                       {
                                                           // HandoverType addition 1 (unknown)
                                                           SetValue(p, ngap::kIeHandoverType,
                                                                    {0x81});
                                                       })),
               "HandoverType: extension value 1 is not known", "HandoverType");
        Expect(
            ErrorOf<SrvccN2HandoverRequired>(Edited(required,
                                                    [](NgapPdu& p)
                                                    {
                                                        // radioNetwork value 1
                                                        SetValue(p, ngap::kIeCause, {0x00, 0x40});
                                                    })),
            "CauseRadioNetwork: value 1 is not modelled", "cause");
        Expect(ErrorOf<SrvccN2HandoverRequired>(Edited(required,
                                                       [](NgapPdu& p)
                                                       {
                                                           // targetRANNodeID alternative
                                                           SetValue(p, ngap::kIeTargetId, {0x00});
                                                       })),
               "TargetID: targetRANNodeID, not a UTRAN target", "target");
        Expect(ErrorOf<SrvccN2HandoverRequired>(Edited(required,
                                                       [](NgapPdu& p)
                                                       {
                                                           // PLMN with a hex digit
                                                           SetValue(p, ngap::kIeTargetId,
                                                                    Octets("8000b2000800"
                                                                           "0af10712340042"));
                                                       })),
               "pLMNidentity: a PLMN digit is not decimal", "PLMN");
        Expect(ErrorOf<SrvccN2HandoverRequired>(
                   Edited(required,
                          [](NgapPdu& p)
                          {
                              // an IE value with an octet too many
                              SetValue(p, ngap::kIeRanUeNgapId, {0x00, 0x02, 0x00});
                          })),
               "N2 Handover Required: end: 1 octets left over", "IE value too long");
        // Another procedure or PDU type than the class's.
        Expect(ErrorOf<SrvccN2HandoverCommand>(NgapToBytes(required)),
               "N2 Handover Command: NGAP-PDU: initiatingMessage of procedure 12, expected "
               "successfulOutcome of procedure 12",
               "wrong class");
        std::vector<uint8_t> extension = NgapToBytes(required);
        extension[0] = 0x80; // an NGAP-PDU extension alternative
        Expect(ErrorOf<SrvccN2HandoverRequired>(extension), "NGAP-PDU: an extension alternative",
               "extension alternative");
        // Handover Command to UTRAN without IE 39.
        Expect(ErrorOf<SrvccN2HandoverCommand>(
                   Edited(SampleHandoverCommand(),
                          [](NgapPdu& p)
                          {
                              Remove(p, ngap::kIeNasSecurityParametersFromNgran);
                          })),
               "NASSecurityParametersFromNGRAN: missing, required for HandoverType "
               "fivegs-to-utran",
               "no IE 39");
        Expect(ErrorOf<SrvccN2HandoverCommand>(
                   Edited(SampleHandoverCommand(),
                          [](NgapPdu& p)
                          {
                              SetValue(p, ngap::kIeNasSecurityParametersFromNgran, {0x01, 0x1b});
                          })),
               "NASSecurityParametersFromNGRAN: spare bits 8-5 are not zero", "IE 39 spare");
        // An AMF UE NGAP ID the module cannot have given (above 2^32 - 1).
        Expect(ErrorOf<SrvccN2HandoverCancel>(Edited(SampleCancel(),
                                                     [](NgapPdu& p)
                                                     {
                                                         SetValue(p, ngap::kIeAmfUeNgapId,
                                                                  Octets("80 0100000000"));
                                                     })),
               "AMF-UE-NGAP-ID: 4294967296 is no UE of this module", "AMF id");
        Expect(ErrorOf<SrvccN2DownlinkNasTransport>(Edited(SampleDownlinkNasTransport(),
                                                           [](NgapPdu& p)
                                                           {
                                                               SetValue(p, ngap::kIeNasPdu, {0x00});
                                                           })),
               "NGAP Downlink NAS Transport: NAS-PDU: empty", "empty NAS PDU");

        // Setters and the encoder refuse what the wire cannot carry.
        SrvccN2HandoverCommand c;
        NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                  [&]
                                  {
                                      c.SetDlNasCountLsb4(16);
                                  }),
                              true, "lsb4 16");
        SrvccN2HandoverRequired r;
        for (const TargetRncId& bad :
             {TargetRncId{"12", "70", 1, 1}, TargetRncId{"9a1", "70", 1, 1},
              TargetRncId{"901", "7", 1, 1}, TargetRncId{"901", "7000", 1, 1}})
        {
            NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                      [&]
                                      {
                                          r.SetTargetRncId(bad);
                                      }),
                                  true, bad);
        }
        NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                  [&]
                                  {
                                      r.SetHandoverType(4);
                                  }),
                              true, "type 4");
        NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                  [&]
                                  {
                                      r.SetCause(static_cast<N2Cause>(0xff));
                                  }),
                              true, "cause 255");
        NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                  [&]
                                  {
                                      r.SetPduSessions({});
                                  }),
                              true, "no PDU session");
        Ptr<Packet> p = Create<Packet>(3);
        NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                  [&]
                                  {
                                      p->AddHeader(r);
                                  }),
                              true, "no target");
        r.SetTargetRncId({"901", "70", 1, 1});
        r.SetSourceToTargetContainer(std::vector<uint8_t>(16384));
        NS_TEST_ASSERT_MSG_EQ(RejectsEncode(
                                  [&]
                                  {
                                      p->AddHeader(r);
                                  }),
                              true, "a container that needs PER fragmentation");
        NS_TEST_ASSERT_MSG_EQ(p->GetSize(), 3u, "packet untouched");
    }
};

/** The classifier reads the PDU type and procedure code, and the NAS message inside. */
class NgapClassifierTestCase : public TestCase
{
  public:
    NgapClassifierTestCase() : TestCase("N2 packets are classified from the NGAP PDU") {}

  private:
    void
    DoRun() override
    {
        for (const NgapSample& s : MakeNgapSamples())
        {
            const std::optional<SrvccMessageType> type = SrvccClassifyArrival(
                SrvccInterface::kN2,
                Create<Packet>(s.bytes.data(), static_cast<uint32_t>(s.bytes.size())));
            NS_TEST_ASSERT_MSG_EQ(type.has_value(), s.classified.has_value(), s.name);
            if (type && s.classified)
            {
                NS_TEST_ASSERT_MSG_EQ(std::string(SrvccMessageTypeKey(*type)),
                                      std::string(SrvccMessageTypeKey(*s.classified)), s.name);
            }
        }
        // A NAS transport message is its NAS message (here a Registration Request).
        SrvccN2InitialUeMessage initial = SampleInitialUeMessage();
        initial.SetNasPdu(NasRegistrationRequestSample());
        const auto type = SrvccClassifyArrival(SrvccInterface::kN2, ToPacket(initial));
        NS_TEST_ASSERT_MSG_EQ(type.has_value(), true, "Initial UE Message");
        NS_TEST_ASSERT_MSG_EQ(
            std::string(SrvccMessageTypeKey(type.value_or(SrvccMessageType::kN2HandoverRequired))),
            "RegistrationRequest", "the NAS message inside");
        for (const char* junk : {"", "00", "ff0c", "60 0c 00 00", "0063 0000", "0004 00 05 00"})
        {
            const std::vector<uint8_t> bytes = Octets(junk);
            NS_TEST_ASSERT_MSG_EQ(SrvccClassifyArrival(SrvccInterface::kN2,
                                                       Create<Packet>(bytes.data(), bytes.size()))
                                      .has_value(),
                                  false, "junk " << junk);
        }
    }
};

class NgapTestSuite : public TestSuite
{
  public:
    NgapTestSuite() : TestSuite("srvcc-ngap", UNIT)
    {
        AddTestCase(new NgapRoundTripTestCase, TestCase::QUICK);
        AddTestCase(new NgapExactEncodingTestCase, TestCase::QUICK);
        AddTestCase(new NgapMalformedTestCase, TestCase::QUICK);
        AddTestCase(new NgapClassifierTestCase, TestCase::QUICK);
        AddTestCase(MakeNgapTsharkTestCase(), TestCase::QUICK);
        for (TestCase* c : MakeNgapNodeTestCases())
        {
            AddTestCase(c, TestCase::QUICK);
        }
    }
};

NgapTestSuite g_ngapTestSuite;

} // namespace
