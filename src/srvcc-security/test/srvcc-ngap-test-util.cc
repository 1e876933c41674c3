/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ngap-test-util.h"

#include "ns3/srvcc-nas-5gmm-messages.h"

#include <cstdio>

namespace ns3
{
namespace ngaptest
{

namespace
{

template<class T>
NgapSample
Sample(const std::string& name, const T& message, std::optional<SrvccMessageType> classified,
       std::vector<std::pair<std::string, std::string>> fields)
{
    NgapSample s;
    s.name = name;
    s.bytes = NgapToBytes(message);
    s.decode = [](const std::vector<uint8_t>& octets)
    {
        T m;
        NgapFromBytes(m, octets);
    };
    s.classified = classified;
    s.fields = std::move(fields);
    return s;
}

template<class T>
T
WithIds(uint32_t amf, uint32_t ran)
{
    T m;
    m.SetAmfUeNgapId(amf);
    m.SetRanUeNgapId(ran);
    return m;
}

} // namespace

std::vector<uint8_t>
DownlinkNasSample()
{
    return {0x7e, 0x00, 0x44, 0x03}; // plain 5GMM, Registration Reject, cause #3 Illegal UE
}

std::vector<uint8_t>
UplinkNasSample()
{
    return {0x7e, 0x00, 0x59, 0x14}; // plain 5GMM, Authentication Failure, cause #20 MAC failure
}

std::vector<uint8_t>
NasRegistrationRequestSample()
{
    SrvccNasRegistrationRequest request;
    request.SetSupi("001010000000007");
    Ptr<Packet> p = ToPacket(request);
    std::vector<uint8_t> out(p->GetSize());
    p->CopyData(out.data(), out.size());
    return out;
}

SrvccN2HandoverRequired
SampleHandoverRequired()
{
    auto m = WithIds<SrvccN2HandoverRequired>(1, 2);
    m.SetTargetRncId({"901", "70", 0x1234, 66});
    m.SetCause(N2Cause::kHandoverDesirableForRadioReason);
    m.SetPduSessions({NgapPduSessionHoRqd{1, false}});
    m.SetSourceToTargetContainer({0xc0}); // ToTargetRNC-Container: its extension alternative
    return m;
}

SrvccN2HandoverCommand
SampleHandoverCommand()
{
    auto m = WithIds<SrvccN2HandoverCommand>(1, 2);
    m.SetDlNasCountLsb4(0x0b);
    m.SetTargetToSourceContainer({0xe0}); // TargetRNC-ToSourceRNC-Container: its extension
    return m;
}

SrvccN2HandoverCancel
SampleCancel()
{
    auto m = WithIds<SrvccN2HandoverCancel>(0x01020304, 0x0a0b0c0d);
    m.SetCause(N2Cause::kTNgRelocPrepExpiry);
    return m;
}

SrvccN2InitialUeMessage
SampleInitialUeMessage()
{
    auto m = WithIds<SrvccN2InitialUeMessage>(0, 7);
    m.SetNasPdu(UplinkNasSample());
    NgapNrLocation location;
    location.mcc = "901";
    location.mnc = "70";
    location.nrCellIdentity = 0x123456789;
    location.tac = 0x000102;
    m.SetUserLocation(location);
    return m;
}

SrvccN2DownlinkNasTransport
SampleDownlinkNasTransport()
{
    auto m = WithIds<SrvccN2DownlinkNasTransport>(7, 7);
    m.SetNasPdu(DownlinkNasSample());
    return m;
}

SrvccN2UplinkNasTransport
SampleUplinkNasTransport()
{
    auto m = WithIds<SrvccN2UplinkNasTransport>(7, 7);
    m.SetNasPdu(UplinkNasSample());
    return m;
}

std::vector<NgapSample>
MakeNgapSamples()
{
    std::vector<NgapSample> samples;
    samples.push_back(Sample("SrvccN2HandoverRequired", SampleHandoverRequired(),
                             SrvccMessageType::kN2HandoverRequired,
                             {{"ngap.procedureCode", "12"},
                              {"ngap.AMF_UE_NGAP_ID", "1"},
                              {"ngap.RAN_UE_NGAP_ID", "2"},
                              {"ngap.HandoverType", "3"},
                              {"ngap.radioNetwork", "16"},
                              {"ngap.lAC", "4660"},
                              {"ngap.rNC_ID", "66"},
                              {"e212.lai.mcc", "901"},
                              {"e212.lai.mnc", "70"},
                              {"ngap.pDUSessionID", "1"},
                              {"ngap.SourceToTarget_TransparentContainer", "c0"}}));
    samples.push_back(Sample("SrvccN2HandoverCommand", SampleHandoverCommand(),
                             SrvccMessageType::kN2HandoverCommand,
                             {{"ngap.procedureCode", "12"},
                              {"ngap.NGAP_PDU", "1"},
                              {"ngap.HandoverType", "3"},
                              {"ngap.NASSecurityParametersFromNGRAN", "0b"},
                              {"nas_5gs.seq_no", "11"},
                              {"ngap.TargetToSource_TransparentContainer", "e0"}}));
    auto failure = WithIds<SrvccN2HandoverPreparationFailure>(3, 4);
    failure.SetCause(N2Cause::kHoTargetNotAllowed);
    samples.push_back(Sample("SrvccN2HandoverPreparationFailure", failure,
                             SrvccMessageType::kN2HandoverPreparationFailure,
                             {{"ngap.procedureCode", "12"},
                              {"ngap.NGAP_PDU", "2"},
                              {"ngap.AMF_UE_NGAP_ID", "3"},
                              {"ngap.radioNetwork", "8"}}));
    samples.push_back(Sample("SrvccN2HandoverCancel", SampleCancel(),
                             SrvccMessageType::kN2HandoverCancel,
                             {{"ngap.procedureCode", "10"},
                              {"ngap.AMF_UE_NGAP_ID", "16909060"},
                              {"ngap.RAN_UE_NGAP_ID", "168496141"},
                              {"ngap.radioNetwork", "10"}}));
    samples.push_back(Sample(
        "SrvccN2HandoverCancelAcknowledge", WithIds<SrvccN2HandoverCancelAcknowledge>(5, 6),
        SrvccMessageType::kN2HandoverCancelAcknowledge,
        {{"ngap.procedureCode", "10"}, {"ngap.NGAP_PDU", "1"}, {"ngap.AMF_UE_NGAP_ID", "5"}}));
    auto release = WithIds<SrvccN2UeContextReleaseCommand>(9, 10);
    release.SetCause(N2Cause::kNormalRelease);
    samples.push_back(Sample("SrvccN2UeContextReleaseCommand", release,
                             SrvccMessageType::kN2UeContextReleaseCommand,
                             {{"ngap.procedureCode", "41"},
                              {"ngap.AMF_UE_NGAP_ID", "9"},
                              {"ngap.RAN_UE_NGAP_ID", "10"},
                              {"ngap.nas", "0"}}));
    samples.push_back(Sample(
        "SrvccN2UeContextReleaseComplete", WithIds<SrvccN2UeContextReleaseComplete>(9, 10),
        SrvccMessageType::kN2UeContextReleaseComplete,
        {{"ngap.procedureCode", "41"}, {"ngap.NGAP_PDU", "1"}, {"ngap.AMF_UE_NGAP_ID", "9"}}));
    // A NAS transport is classified as the 5GMM message its NAS-PDU holds.
    samples.push_back(Sample("SrvccN2InitialUeMessage", SampleInitialUeMessage(),
                             SrvccMessageType::kNasAuthenticationFailure,
                             {{"ngap.procedureCode", "15"},
                              {"ngap.RAN_UE_NGAP_ID", "7"},
                              {"ngap.NAS_PDU", "7e005914"},
                              {"ngap.NRCellIdentity", "0x0000000123456789"},
                              {"e212.nrcgi.mcc", "901"},
                              {"e212.5gstai.mnc", "70"},
                              {"ngap.tAC", "258"},
                              {"ngap.RRCEstablishmentCause", "3"},
                              {"nas_5gs.mm.message_type", "0x59"}}));
    samples.push_back(Sample("SrvccN2DownlinkNasTransport", SampleDownlinkNasTransport(),
                             SrvccMessageType::kNasRegistrationReject,
                             {{"ngap.procedureCode", "4"},
                              {"ngap.AMF_UE_NGAP_ID", "7"},
                              {"ngap.NAS_PDU", "7e004403"},
                              {"nas_5gs.mm.message_type", "0x44"}}));
    samples.push_back(Sample("SrvccN2UplinkNasTransport", SampleUplinkNasTransport(),
                             SrvccMessageType::kNasAuthenticationFailure,
                             {{"ngap.procedureCode", "46"},
                              {"ngap.AMF_UE_NGAP_ID", "7"},
                              {"ngap.NAS_PDU", "7e005914"},
                              {"nas_5gs.mm.message_type", "0x59"}}));
    return samples;
}

std::string
Hex(const std::vector<uint8_t>& bytes)
{
    std::string out;
    char buf[3];
    for (uint8_t b : bytes)
    {
        std::snprintf(buf, sizeof(buf), "%02x", b);
        out += buf;
    }
    return out;
}

std::vector<uint8_t>
Octets(const std::string& hex)
{
    std::vector<uint8_t> out;
    std::string digits;
    for (char c : hex)
    {
        if (c != ' ')
        {
            digits.push_back(c);
        }
    }
    for (std::size_t i = 0; i + 1 < digits.size(); i += 2)
    {
        out.push_back(static_cast<uint8_t>(std::stoul(digits.substr(i, 2), nullptr, 16)));
    }
    return out;
}

} // namespace ngaptest
} // namespace ns3
