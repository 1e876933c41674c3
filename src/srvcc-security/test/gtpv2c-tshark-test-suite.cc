/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Decodes the module's GTPv2-C messages with tshark (Wireshark's GTPv2 dissector) and checks
 * the values it shows: the wire format is right only if an independent decoder agrees.
 *
 * Every 5G-SRVCC message is written into a pcap (DLT_RAW) with real ns-3 Ipv4Header and
 * UdpHeader to port 2123, and read back with
 *   tshark -n -r FILE -T fields -E separator=; -e gtpv2.message_type -e ...
 * under an empty WIRESHARK_CONFIG_DIR so that only default preferences apply. The test fails
 * with a clear message when tshark is not installed.
 *
 * No packet may be malformed. The only expert info allowed is the dissector's note "IE data
 * not dissected yet", which it adds for the F-Container of a Forward Relocation Response and
 * for an F-Cause that holds a RANAP cause (it decodes neither), and in a Forward Relocation
 * Request its note "The rest of the IE not dissected yet" on the last octet of IE 107: tshark
 * 4.0 shows all of Figure 8.38-5 up to the UE Radio Capability ID length, but reads ENSCT with
 * a one-bit mask (field gtpv2.mm_context_ensct, mask 0x1, where TS 29.274 8.38 puts ENSCT in
 * bits 2-1) and notes octet 'a' as undissected. The ENSCT octet is checked by hand in
 * gtpv2c-test-suite.cc instead.
 */
#include "ns3/gtpv2c-messages.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv4-header.h"
#include "ns3/ipv6-address.h"
#include "ns3/packet.h"
#include "ns3/pcap-file.h"
#include "ns3/test.h"
#include "ns3/trace-helper.h"
#include "ns3/udp-header.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace ns3;

namespace
{

constexpr uint16_t kGtpcPort = 2123; // TS 29.274 4.2: GTPv2-C port
constexpr uint8_t kUdpProtocol = 17;

/** The tshark fields this test reads; every name was checked with `tshark -G fields`. */
const std::vector<std::string> kFields = {
    "frame.number",
    "gtpv2.message_type",
    "gtpv2.teid",
    "gtpv2.seq",
    "gtpv2.cause",
    "e212.imsi",
    "gtpv2.mei",
    "e164.msisdn",
    "gsm_map.nature_of_number",
    "gtpv2.ip_address_ipv4",
    "gtpv2.ip_address_ipv6",
    "gtpv2.teid_c",
    "gtpv2.ksi",
    "gtpv2.utran_srvcc.ck_cs",
    "gtpv2.utran_srvcc.ik_cs",
    "gtpv2.utran_srvcc.kc",
    "gtpv2.cksn",
    "gtpv2.eksi",
    "gtpv2.cksrvcc",
    "gtpv2.iksrvcc",
    "gtpv2.len_ms_classmark2",
    "gtpv2.len_trans_con",
    "gtpv2.transparent_container",
    "e212.rai.mcc",
    "e212.rai.mnc",
    "gtpv2.lac",
    "gtpv2.rnc_id",
    "gtpv2.rac",
    "gtpv2.sv_sti",
    "gtpv2.sv_ics",
    "gtpv2.sv_emind",
    "gtpv2.srvcc_cause",
    "gtpv2.f_teid_interface_type",
    "gtpv2.f_teid_gre_key",
    "gtpv2.f_teid_ipv4",
    "gtpv2.mm_context_sm",
    "gtpv2.mm_context_ksi_a",
    "gtpv2.mm_context_unipa",
    "gtpv2.mm_context_unc",
    "gtpv2.mm_context_nas_dl_cnt",
    "gtpv2.mm_context_nas_ul_cnt",
    "gtpv2.mm_context_kasme",
    "gtpv2.mm_context_ue_net_cap_len",
    "gtpv2.mm_context_mei_len",
    "gtpv2.mm_context.una",
    "gtpv2.mm_context.vdp_len",
    "gtpv2.mm_context.paging_len",
    "gtpv2.mm_context.ex_access_res_data_len",
    "gtpv2.mm_context.ue_add_sec_cap_len",
    "gtpv2.mm_context.ue_nr_sec_cap_len",
    "gtpv2.mm_context.apn_rte_ctrl_sts_len",
    "gtpv2.mm_context.cnr_len",
    "gtpv2.mm_context.radio_cap_len",
    "gtpv2.mm_context_ensct",
    "gtpv2.ie_type",
    "gtpv2.instance",
    "gtpv2.ie_len",
    "gtpv2.5srhoi",
    "gtpv2.emci",
    "gtpv2.uimsi",
    "gtpv2.container_type",
    "gtpv2.target_type",
    "e212.mcc",
    "e212.mnc",
    "gtpv2.cause_type",
    "gtpv2.CauseRadioNetwork",
    "gtpv2.rec",
    "udp.dstport",
    "_ws.malformed",
    "_ws.expert.message",
    "_ws.expert.severity",
};

const char* kAllowedExpert = "IE data not dissected yet";
const char* kAllowedIe107Expert = "The rest of the IE not dissected yet"; // see the file comment
constexpr const char* kExpertSeverityNote = "4194304";                    // PI_NOTE (0x00400000)

const char* kImsi = "001010123456789";
const char* kMei = "3568000001234567";
// The APER Source RNC to Target RNC Transparent Container of TS 25.413: no optional IEs,
// a 5-octet RRC container, one Iu instance, relocation type "UE involved"; and the Target RNC
// to Source RNC one with a 5-octet RRC container. Both decode cleanly as RANAP.
const std::vector<uint8_t> kSourceToTarget = {0x00, 0x00, 0x05, 0x01, 0x02, 0x03, 0x04, 0x05, 0x20};
const std::vector<uint8_t> kTargetToSource = {0x00, 0x05, 0x01, 0x02, 0x03, 0x04, 0x05};

srvcc::Key128
Ck()
{
    return srvcc::Key128::FromHex("000102030405060708090a0b0c0d0e0f", "ck");
}

srvcc::Key128
Ik()
{
    return srvcc::Key128::FromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f", "ik");
}

srvcc::Key256
Kasme()
{
    return srvcc::Key256::FromHex(
        "8c4f3a1e2d5b6c7a8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f", "kasme");
}

RncTargetId
Rnc()
{
    RncTargetId rnc;
    rnc.plmn = {"901", "70"};
    rnc.lac = 0x1234;
    rnc.rncId = 90;
    return rnc;
}

/** One packet of the capture and what tshark must show for it. */
struct Frame
{
    std::string what;
    Ptr<Packet> packet;
    std::map<std::string, std::string> expected; ///< field -> value ('|' joins occurrences)
};

std::string
RunCommand(const std::string& command, int& status)
{
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr)
    {
        status = -1;
        return output;
    }
    char chunk[4096];
    std::size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), pipe)) > 0)
    {
        output.append(chunk, n);
    }
    status = pclose(pipe);
    return output;
}

std::vector<std::string>
Split(const std::string& line, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(line);
    while (std::getline(in, part, separator))
    {
        parts.push_back(part);
    }
    if (!line.empty() && line.back() == separator)
    {
        parts.emplace_back();
    }
    return parts;
}

std::string
ReadFile(const std::string& path)
{
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/** Wrap a GTPv2-C message into IPv4/UDP to port 2123, as a node would send it. */
Ptr<Packet>
OnTheWire(const Header& message, bool fromAmf)
{
    Ptr<Packet> p = Create<Packet>();
    p->AddHeader(message);
    const Ipv4Address source(fromAmf ? "10.0.0.1" : "10.0.0.2");
    const Ipv4Address destination(fromAmf ? "10.0.0.2" : "10.0.0.1");
    UdpHeader udp;
    udp.SetSourcePort(kGtpcPort);
    udp.SetDestinationPort(kGtpcPort);
    udp.EnableChecksums();
    udp.InitializeChecksum(source, destination, kUdpProtocol);
    p->AddHeader(udp);
    Ipv4Header ip;
    ip.SetSource(source);
    ip.SetDestination(destination);
    ip.SetProtocol(kUdpProtocol);
    ip.SetTtl(64);
    ip.SetPayloadSize(static_cast<uint16_t>(p->GetSize()));
    ip.EnableChecksum();
    p->AddHeader(ip);
    return p;
}

class Gtpv2cTsharkTestCase : public TestCase
{
  public:
    Gtpv2cTsharkTestCase()
        : TestCase("tshark decodes every 5G-SRVCC GTPv2-C message with the right values")
    {
    }

  private:
    std::vector<Frame> BuildFrames();
    void CheckOutput(const std::string& output, const std::vector<Frame>& frames, bool checkValues,
                     const std::string& pass);
    void DoRun() override;
};

std::vector<Frame>
Gtpv2cTsharkTestCase::BuildFrames()
{
    std::vector<Frame> frames;
    const std::string ck = Ck().RevealHex();
    const std::string ik = Ik().RevealHex();

    // 1. SRVCC PS to CS Request, MM Context for UTRAN SRVCC.
    {
        SrvccPsToCsRequest m;
        SrvccPsToCsRequestIes& ies = m.GetIes();
        ies.imsi = kImsi;
        ies.svAddressForControlPlane = Ipv4Address("10.0.0.2");
        ies.svTeidForControlPlane = 0x0a0b0c0d;
        ies.cMsisdn = "491711234567";
        ies.stnSr = StnSr{StnSr::kInternationalE164, "9198000001"};
        MmContextUtranSrvcc c;
        c.ksiCs = 3;
        c.ckCs = Ck();
        c.ikCs = Ik();
        c.kc = Key64::FromHex("0123456789abcdef", "kc");
        c.cksn = 2;
        c.classmarks.msClassmark2 = {0x53, 0x19, 0x92};
        c.classmarks.supportedCodecList = {0x04, 0x02, 0x60, 0x04};
        ies.utranSrvccContext = c;
        ies.sourceToTargetContainer = kSourceToTarget;
        ies.targetRncId = Rnc();
        ies.svFlags = SvFlags{false, true, false};
        m.SetSequenceNumber(0x000102);
        frames.push_back({"SRVCC PS to CS Request (UTRAN SRVCC context)",
                          OnTheWire(m, false),
                          {{"gtpv2.message_type", "25"},
                           {"gtpv2.teid", "0x00000000"},
                           {"gtpv2.seq", "0x000102"},
                           {"e212.imsi", kImsi},
                           {"e164.msisdn", "491711234567|9198000001"},
                           {"gsm_map.nature_of_number", "0x01"},
                           {"gtpv2.ip_address_ipv4", "10.0.0.2"},
                           {"gtpv2.teid_c", "0x0a0b0c0d"},
                           {"gtpv2.ksi", "3"},
                           {"gtpv2.utran_srvcc.ck_cs", ck},
                           {"gtpv2.utran_srvcc.ik_cs", ik},
                           {"gtpv2.utran_srvcc.kc", "0123456789abcdef"},
                           {"gtpv2.cksn", "2"},
                           {"gtpv2.len_ms_classmark2", "3"},
                           {"gtpv2.len_trans_con", "9"},
                           {"gtpv2.transparent_container", "000005010203040520"},
                           {"e212.rai.mcc", "901"},
                           {"e212.rai.mnc", "70"},
                           {"gtpv2.lac", "0x1234"},
                           {"gtpv2.rnc_id", "90"},
                           {"gtpv2.sv_sti", "0"},
                           {"gtpv2.sv_ics", "1"},
                           {"gtpv2.sv_emind", "0"},
                           {"udp.dstport", "2123"}}});
    }
    // 2. SRVCC PS to CS Request, emergency UE without IMSI, MM Context for E-UTRAN SRVCC.
    {
        SrvccPsToCsRequest m;
        SrvccPsToCsRequestIes& ies = m.GetIes();
        ies.mei = kMei;
        ies.svAddressForControlPlane = Ipv4Address("10.0.0.2");
        ies.svTeidForControlPlane = 0x0a0b0c0e;
        MmContextEutranSrvcc c;
        c.eKsi = 5;
        c.ckSrvcc = Ck();
        c.ikSrvcc = Ik();
        ies.eutranSrvccContext = c;
        ies.sourceToTargetContainer = kSourceToTarget;
        ies.targetRncId = Rnc();
        ies.svFlags = SvFlags{false, false, true};
        m.SetSequenceNumber(0x000103);
        frames.push_back({"SRVCC PS to CS Request (emergency, E-UTRAN SRVCC context)",
                          OnTheWire(m, false),
                          {{"gtpv2.message_type", "25"},
                           {"e212.imsi", ""},
                           {"gtpv2.mei", kMei},
                           {"e164.msisdn", ""},
                           {"gtpv2.eksi", "5"},
                           {"gtpv2.cksrvcc", ck},
                           {"gtpv2.iksrvcc", ik},
                           {"gtpv2.rnc_id", "90"},
                           {"gtpv2.sv_emind", "1"},
                           {"gtpv2.sv_ics", "0"}}});
    }
    // 3-4. SRVCC PS to CS Response, accepted and rejected.
    {
        SrvccPsToCsResponse m;
        m.SetTeid(0x0a0b0c0d);
        m.SetSequenceNumber(0x000102);
        m.GetIes().mscSvTeidForControlPlane = 0x55667788;
        m.GetIes().targetToSourceContainer = kTargetToSource;
        frames.push_back({"SRVCC PS to CS Response (accepted)",
                          OnTheWire(m, true),
                          {{"gtpv2.message_type", "26"},
                           {"gtpv2.teid", "0x0a0b0c0d"},
                           {"gtpv2.cause", "16"},
                           {"gtpv2.teid_c", "0x55667788"},
                           {"gtpv2.len_trans_con", "7"},
                           {"gtpv2.transparent_container", "00050102030405"}}});
        SrvccPsToCsResponse r;
        r.SetTeid(0x0a0b0c0e);
        r.GetIes().cause.value = Gtpv2cCauseValue::kNoResourcesAvailable;
        r.GetIes().srvccCause = SrvccCauseValue::kNoRadioResourcesInTargetCell;
        frames.push_back(
            {"SRVCC PS to CS Response (rejected)",
             OnTheWire(r, true),
             {{"gtpv2.message_type", "26"}, {"gtpv2.cause", "73"}, {"gtpv2.srvcc_cause", "7"}}});
    }
    // 5-8. Complete Notification/Acknowledge, Cancel Notification/Acknowledge.
    {
        SrvccPsToCsCompleteNotification n;
        n.SetTeid(0x0a0b0c0d);
        n.GetIes().imsi = kImsi;
        frames.push_back({"SRVCC PS to CS Complete Notification",
                          OnTheWire(n, true),
                          {{"gtpv2.message_type", "27"}, {"e212.imsi", kImsi}}});
        SrvccPsToCsCompleteAcknowledge a;
        a.SetTeid(0x55667788);
        frames.push_back({"SRVCC PS to CS Complete Acknowledge",
                          OnTheWire(a, false),
                          {{"gtpv2.message_type", "28"}, {"gtpv2.cause", "16"}}});
        SrvccPsToCsCancelNotification c;
        c.SetTeid(0x55667788);
        c.GetIes().imsi = kImsi;
        c.GetIes().srvccCause = SrvccCauseValue::kCancelledBySource;
        c.GetIes().mei = kMei;
        frames.push_back({"SRVCC PS to CS Cancel Notification",
                          OnTheWire(c, false),
                          {{"gtpv2.message_type", "29"},
                           {"e212.imsi", kImsi},
                           {"gtpv2.srvcc_cause", "2"},
                           {"gtpv2.mei", kMei}}});
        SrvccPsToCsCancelAcknowledge ca;
        ca.SetTeid(0x0a0b0c0d);
        frames.push_back({"SRVCC PS to CS Cancel Acknowledge",
                          OnTheWire(ca, true),
                          {{"gtpv2.message_type", "30"}, {"gtpv2.cause", "16"}}});
    }
    // 9. Forward Relocation Request, AMF -> MME_SRVCC.
    {
        SrvccForwardRelocationRequest m;
        ForwardRelocationRequestIes& ies = m.GetIes();
        ies.imsi = kImsi;
        ies.senderFteid.teid = 0x1234;
        ies.senderFteid.ipv4 = Ipv4Address("10.0.0.1");
        ies.mmContext.ksiAsme = 2;
        ies.mmContext.usedNasIntegrity = 2;
        ies.mmContext.usedNasCipher = 1;
        ies.mmContext.nasDownlinkCount = 0x000105;
        ies.mmContext.nasUplinkCount = 7;
        ies.mmContext.kasme = Kasme();
        ies.mmContext.ueNetworkCapability = {0xf0, 0xf0};
        ies.sgwFteid = ForwardRelocationRequestIes::N26SgwPlaceholder();
        ies.indication.Set5gSrvccHoIndication(true);
        ies.sourceToTargetContainer.container = kSourceToTarget;
        ies.targetIdentification.rnc = Rnc();
        ies.targetIdentification.rnc.rac = Gtpv2cTargetIdentification::k5gSrvccDefaultRac;
        ies.fCause
            = Gtpv2cFCause{Gtpv2cFCause::kRanCauseInstance, Gtpv2cFCause::kRadioNetworkLayer, {46}};
        ies.stnSr = StnSr{StnSr::kInternationalE164, "9198000001"};
        ies.cMsisdn = "491711234567";
        ies.additionalMmContextForSrvcc = SrvccClassmarks{{0x53, 0x19, 0x92}, {}, {}};
        m.SetSequenceNumber(0x000200);
        frames.push_back({"Forward Relocation Request",
                          OnTheWire(m, true),
                          {{"gtpv2.message_type", "133"},
                           {"gtpv2.seq", "0x000200"},
                           {"e212.imsi", kImsi},
                           // TS 29.274 Table 7.3.1-1 on N26: F-TEID instance 1 is the zero SGW
                           // placeholder, the UTRAN container is F-Container instance 1.
                           {"gtpv2.ie_type", "1|87|87|107|77|118|121|119|51|76|159"},
                           {"gtpv2.instance", "0|0|1|0|0|1|0|0|0|0|0"},
                           {"gtpv2.ie_len", "8|9|9|58|8|10|9|2|6|6|6"},
                           {"gtpv2.f_teid_interface_type", "40|11"},
                           {"gtpv2.f_teid_gre_key", "0x00001234|0x00000000"},
                           {"gtpv2.f_teid_ipv4", "10.0.0.1|0.0.0.0"},
                           {"gtpv2.mm_context_sm", "4"},
                           {"gtpv2.mm_context_ksi_a", "2"},
                           {"gtpv2.mm_context_unipa", "2"},
                           {"gtpv2.mm_context_unc", "1"},
                           {"gtpv2.mm_context_nas_dl_cnt", "261"},
                           {"gtpv2.mm_context_nas_ul_cnt", "7"},
                           {"gtpv2.mm_context_kasme", Kasme().RevealHex()},
                           {"gtpv2.mm_context_ue_net_cap_len", "2"},
                           // Figure 8.38-5 to its end: every length present, ENSCT mapped.
                           {"gtpv2.mm_context_mei_len", "0"},
                           {"gtpv2.mm_context.una", "0"},
                           {"gtpv2.mm_context.vdp_len", "0"},
                           {"gtpv2.mm_context.paging_len", "0"},
                           {"gtpv2.mm_context.ex_access_res_data_len", "0"},
                           {"gtpv2.mm_context.ue_add_sec_cap_len", "0"},
                           {"gtpv2.mm_context.ue_nr_sec_cap_len", "0"},
                           {"gtpv2.mm_context.apn_rte_ctrl_sts_len", "0"},
                           {"gtpv2.mm_context.cnr_len", "0"},
                           {"gtpv2.mm_context.radio_cap_len", "0"},
                           {"gtpv2.5srhoi", "1"},
                           {"gtpv2.emci", ""}, // octet 13 is not sent without EMCI
                           {"gtpv2.uimsi", "0"},
                           {"gtpv2.container_type", "1"},
                           {"gtpv2.target_type", "0"},
                           {"gtpv2.lac", "0x1234"},
                           {"gtpv2.rac", "255"},
                           {"gtpv2.rnc_id", "90"},
                           {"gtpv2.cause_type", "0"},
                           {"gtpv2.CauseRadioNetwork", "46"},
                           {"e164.msisdn", "9198000001|491711234567"},
                           {"gtpv2.len_ms_classmark2", "3"},
                           {"gtpv2.sv_emind", ""}}});
    }
    // 10. Forward Relocation Request for an unauthenticated emergency session.
    {
        SrvccForwardRelocationRequest m;
        ForwardRelocationRequestIes& ies = m.GetIes();
        ies.imsi = "001010000000001";
        ies.mmContext.mei = kMei;
        ies.senderFteid.teid = 0x1235;
        ies.senderFteid.ipv4 = Ipv4Address("10.0.0.1");
        ies.mmContext.ksiAsme = 0;
        ies.mmContext.kasme = Kasme();
        ies.mmContext.ueNetworkCapability = {0x80, 0x80};
        ies.indication.Set5gSrvccHoIndication(true);
        ies.indication.SetUnauthenticatedImsi(true);
        ies.sourceToTargetContainer.container = kSourceToTarget;
        ies.targetIdentification.rnc = Rnc();
        ies.targetIdentification.rnc.rac = 5;
        ies.indication.SetEmergencyPduSession(true);
        frames.push_back({"Forward Relocation Request (unauthenticated emergency)",
                          OnTheWire(m, true),
                          {{"gtpv2.message_type", "133"},
                           {"e212.imsi", "001010000000001"},
                           // The MEI inside IE 107 (no IE 75), EMCI with 5SRHOI, no Sv Flags.
                           {"gtpv2.ie_type", "1|87|107|77|118|121"},
                           {"gtpv2.instance", "0|0|0|0|1|0"},
                           {"gtpv2.mm_context_mei_len", "8"},
                           {"gtpv2.mei", kMei},
                           {"gtpv2.5srhoi", "1"},
                           {"gtpv2.emci", "1"},
                           {"gtpv2.uimsi", "1"},
                           {"gtpv2.mm_context_unipa", "0"},
                           {"gtpv2.mm_context_unc", "0"},
                           {"gtpv2.sv_emind", ""},
                           {"e164.msisdn", ""}}});
    }
    // 11-12. Forward Relocation Response, accepted and rejected.
    {
        SrvccForwardRelocationResponse m;
        m.SetTeid(0x1234);
        m.SetSequenceNumber(0x000200);
        Gtpv2cFteid mme;
        mme.interfaceType = Gtpv2cFteid::kS10N26MmeGtpC;
        mme.teid = 0x4321;
        mme.ipv4 = Ipv4Address("10.0.0.2");
        m.GetIes().senderFteid = mme;
        m.GetIes().targetToSourceContainer
            = Gtpv2cFContainer{Gtpv2cFContainer::kUtranTransparentContainer, kTargetToSource};
        frames.push_back({"Forward Relocation Response (accepted)",
                          OnTheWire(m, false),
                          {{"gtpv2.message_type", "134"},
                           {"gtpv2.teid", "0x00001234"},
                           {"gtpv2.cause", "16"},
                           {"gtpv2.f_teid_interface_type", "12"},
                           {"gtpv2.f_teid_gre_key", "0x00004321"},
                           {"gtpv2.ie_type", "2|87|118"},
                           {"gtpv2.instance", "0|0|1"},
                           {"gtpv2.container_type", "1"}}});
        SrvccForwardRelocationResponse r;
        r.SetTeid(0x1235);
        r.GetIes().cause.value = Gtpv2cCauseValue::kRelocationFailure;
        r.GetIes().fCause = Gtpv2cFCause{Gtpv2cFCause::kRanapCauseInstance, 0, {0x2b}};
        frames.push_back({"Forward Relocation Response (rejected)",
                          OnTheWire(r, false),
                          {{"gtpv2.message_type", "134"}, {"gtpv2.cause", "81"}}});
    }
    // 13-16. Forward Relocation Complete Notification/Acknowledge, Relocation Cancel.
    {
        SrvccForwardRelocationCompleteNotification n;
        n.SetTeid(0x1234);
        n.GetIes().indication.Set5gSrvccHoIndication(true);
        frames.push_back({"Forward Relocation Complete Notification",
                          OnTheWire(n, false),
                          {{"gtpv2.message_type", "135"}, {"gtpv2.5srhoi", "1"}}});
        SrvccForwardRelocationCompleteAcknowledge a;
        a.SetTeid(0x4321);
        a.GetIes().recovery = 9;
        frames.push_back(
            {"Forward Relocation Complete Acknowledge",
             OnTheWire(a, true),
             {{"gtpv2.message_type", "136"}, {"gtpv2.cause", "16"}, {"gtpv2.rec", "9"}}});
        SrvccRelocationCancelRequest c;
        c.SetTeid(0x4321);
        c.GetIes().imsi = kImsi;
        c.GetIes().fCause = Gtpv2cFCause{Gtpv2cFCause::kRanapCauseInstance, 0, {0x0a}};
        frames.push_back({"Relocation Cancel Request",
                          OnTheWire(c, true),
                          {{"gtpv2.message_type", "139"}, {"e212.imsi", kImsi}}});
        SrvccRelocationCancelResponse r;
        r.SetTeid(0x1234);
        frames.push_back({"Relocation Cancel Response",
                          OnTheWire(r, false),
                          {{"gtpv2.message_type", "140"}, {"gtpv2.cause", "16"}}});
    }
    return frames;
}

void
Gtpv2cTsharkTestCase::CheckOutput(const std::string& output, const std::vector<Frame>& frames,
                                  bool checkValues, const std::string& pass)
{
    std::vector<std::string> lines = Split(output, '\n');
    while (!lines.empty() && lines.back().empty())
    {
        lines.pop_back();
    }
    NS_TEST_ASSERT_MSG_EQ(lines.size(), frames.size(),
                          pass << ": tshark printed " << lines.size() << " lines for "
                               << frames.size() << " packets:\n"
                               << output);
    for (std::size_t i = 0; i < frames.size(); ++i)
    {
        const std::vector<std::string> values = Split(lines[i], ';');
        NS_TEST_ASSERT_MSG_EQ(values.size(), kFields.size(),
                              pass << ": line " << i + 1 << ": " << lines[i]);
        std::map<std::string, std::string> shown;
        for (std::size_t f = 0; f < kFields.size(); ++f)
        {
            shown[kFields[f]] = values[f];
        }
        const Frame& frame = frames[i];
        NS_TEST_EXPECT_MSG_EQ(shown["_ws.malformed"], "",
                              pass << ": " << frame.what << " is malformed for tshark");
        // Expert infos: only the dissector's own "not dissected yet" note is allowed.
        const std::vector<std::string> messages = Split(shown["_ws.expert.message"], '|');
        const std::vector<std::string> severities = Split(shown["_ws.expert.severity"], '|');
        for (std::size_t e = 0; e < messages.size(); ++e)
        {
            const std::string severity = e < severities.size() ? severities[e] : "?";
            const bool relocationRequest = frame.expected.count("gtpv2.message_type") != 0
                                           && frame.expected.at("gtpv2.message_type") == "133";
            const bool allowed = messages[e] == kAllowedExpert
                                 || (relocationRequest && messages[e] == kAllowedIe107Expert);
            NS_TEST_EXPECT_MSG_EQ((allowed && severity == kExpertSeverityNote), true,
                                  pass << ": " << frame.what << ": unexpected expert info '"
                                       << messages[e] << "' (severity " << severity << ")");
        }
        if (!checkValues)
        {
            continue;
        }
        for (const auto& [field, value] : frame.expected)
        {
            NS_TEST_EXPECT_MSG_EQ(shown[field], value,
                                  pass << ": " << frame.what << ": field " << field);
        }
    }
}

void
Gtpv2cTsharkTestCase::DoRun()
{
    int status = 0;
    RunCommand("command -v tshark >/dev/null 2>&1", status);
    NS_TEST_ASSERT_MSG_EQ(status, 0,
                          "tshark is not installed or not on PATH; this test decodes the "
                          "GTPv2-C messages with Wireshark's dissector and needs it "
                          "(Debian: apt-get install tshark)");

    char pattern[] = "/tmp/srvcc-gtpv2c-tshark-XXXXXX";
    const char* dir = mkdtemp(pattern);
    NS_TEST_ASSERT_MSG_NE(dir, nullptr, "cannot create a temporary directory");
    const std::string base(dir);
    // Removes the capture and the config directory however the test ends.
    struct RemoveOnExit
    {
        std::string path;

        ~RemoveOnExit()
        {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    } cleanup{base};
    const std::string pcapPath = base + "/gtpv2c.pcap";
    const std::string configDir = base + "/wireshark-config"; // empty: default preferences
    std::filesystem::create_directories(configDir);

    const std::vector<Frame> frames = BuildFrames();
    {
        PcapFile pcap;
        pcap.Open(pcapPath, std::ios::out);
        pcap.Init(PcapHelper::DLT_RAW);
        uint32_t second = 1;
        for (const Frame& frame : frames)
        {
            pcap.Write(second++, 0, frame.packet);
        }
        pcap.Close();
    }

    std::string fields;
    for (const std::string& f : kFields)
    {
        fields += " -e " + f;
    }
    const std::string common = "WIRESHARK_CONFIG_DIR='" + configDir + "' tshark -n -r '" + pcapPath
                               + "' -T fields -E separator=';' -E occurrence=a "
                               + "-E aggregator='|' -E quote=n" + fields;

    // Pass 1: default preferences; every value checked.
    const std::string stderr1 = base + "/stderr-defaults.txt";
    const std::string out1 = RunCommand(common + " 2>'" + stderr1 + "'", status);
    NS_TEST_ASSERT_MSG_EQ(status, 0, "tshark failed: " << ReadFile(stderr1));
    CheckOutput(out1, frames, true, "defaults");

    // Pass 2: the Sv transparent containers decoded as RANAP (UTRAN target): still clean.
    const std::string stderr2 = base + "/stderr-utran.txt";
    const std::string out2 = RunCommand(
        common + " -o 'gtpv2.decode_srvcc_p2c_trans_cont_target:Assume UTRAN target' 2>'" + stderr2
            + "'",
        status);
    NS_TEST_ASSERT_MSG_EQ(status, 0, "tshark failed: " << ReadFile(stderr2));
    CheckOutput(out2, frames, false, "UTRAN containers");
    const std::string relocation = RunCommand(
        "WIRESHARK_CONFIG_DIR='" + configDir + "' tshark -n -r '" + pcapPath
            + "' -o 'gtpv2.decode_srvcc_p2c_trans_cont_target:Assume UTRAN target' -T fields "
              "-e ranap.relocationType -Y 'gtpv2.message_type == 25' 2>/dev/null",
        status);
    NS_TEST_EXPECT_MSG_EQ(relocation, "1\n1\n",
                          "Source RNC to Target RNC container as RANAP: relocationType");
}

class Gtpv2cTsharkTestSuite : public TestSuite
{
  public:
    Gtpv2cTsharkTestSuite() : TestSuite("srvcc-gtpv2c-tshark", SYSTEM)
    {
        AddTestCase(new Gtpv2cTsharkTestCase, TestCase::QUICK);
    }
};

Gtpv2cTsharkTestSuite g_gtpv2cTsharkTestSuite;

} // namespace
