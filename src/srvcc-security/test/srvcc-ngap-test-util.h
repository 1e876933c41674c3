/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Shared helpers of the srvcc-ngap test suite: one sample of each NGAP PDU class.
 */
#ifndef SRVCC_NGAP_TEST_UTIL_H
#define SRVCC_NGAP_TEST_UTIL_H

#include "ns3/packet.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/test.h"

// ns-3's NS_TEST_ASSERT_* macros write to address 0 on purpose when --assert-on-failure is given
// (ASSERT_ON_FAILURE in test.h), which -Wnull-dereference flags wherever a check is inlined.
#pragma GCC diagnostic ignored "-Wnull-dereference"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{
namespace ngaptest
{

/** One PDU of a class: its encoding, a decoder of the class, how the classifier names it. */
struct NgapSample
{
    std::string name;
    std::vector<uint8_t> bytes;
    /** Decodes octets with a fresh object of the class (NgapFromBytes: all octets used). */
    std::function<void(const std::vector<uint8_t>&)> decode;
    /** SrvccClassifyArrival on N2: the message, or the NAS message of a NAS transport. */
    std::optional<SrvccMessageType> classified;
    /** What tshark must show: "field=value" pairs (see the tshark test). */
    std::vector<std::pair<std::string, std::string>> fields;
};

/** The NAS PDUs of the samples: real 5GMM messages (TS 24.501 8.2), so that tshark's nas-5gs
 * dissector shows them: Registration Reject (cause #3) and Authentication Failure (#20). */
std::vector<uint8_t> DownlinkNasSample();
std::vector<uint8_t> UplinkNasSample();
/** A plain 5GMM Registration Request (TS 24.501 8.2.6) as the module's NAS side encodes it. */
std::vector<uint8_t> NasRegistrationRequestSample();

/** AMF UE NGAP ID 1, RAN UE NGAP ID 2, target 901-70 LAC 0x1234 RNC 66, PDU session 1,
 * cause handover-desirable-for-radio-reason, container c0 (an RRC ToTargetRNC-Container). */
SrvccN2HandoverRequired SampleHandoverRequired();
/** Ids 1 and 2, fivegs-to-utran, 4 LSB 0x0b, container e0 (TargetRNC-ToSourceRNC). */
SrvccN2HandoverCommand SampleHandoverCommand();
SrvccN2HandoverCancel SampleCancel();
SrvccN2InitialUeMessage SampleInitialUeMessage();
SrvccN2DownlinkNasTransport SampleDownlinkNasTransport();
SrvccN2UplinkNasTransport SampleUplinkNasTransport();

/** \return one sample of each of the 10 NGAP PDU classes. */
std::vector<NgapSample> MakeNgapSamples();

std::string Hex(const std::vector<uint8_t>& bytes);
std::vector<uint8_t> Octets(const std::string& hex);

template<class H>
Ptr<Packet>
ToPacket(const H& message)
{
    Ptr<Packet> p = Create<Packet>();
    p->AddHeader(message);
    return p;
}

/** The tshark test case (srvcc-ngap-tshark-test.cc). */
TestCase* MakeNgapTsharkTestCase();
/** The simulation test cases (srvcc-ngap-node-test.cc). */
std::vector<TestCase*> MakeNgapNodeTestCases();

} // namespace ngaptest
} // namespace ns3

#endif // SRVCC_NGAP_TEST_UTIL_H
