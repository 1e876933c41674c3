/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The 5GMM NAS codec of model/nas/ (TS 24.501 8.2, 9): every message round-trips; the
 * Registration Request, Authentication Request and Security Mode Command equal octets written
 * out by hand from the message tables and IE figures of TS 24.501; a security-protected Security
 * Mode Command carries the MAC the crypto core computes over sequence number + message (4.4.3.3)
 * and a ciphered Registration Accept deciphers back; truncated and malformed PDUs are refused
 * with an error naming the IE; the classifier and the N2 carrier read NAS PDUs without throwing.
 */
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/srvcc-amf-nas.h"
#include "ns3/srvcc-message-classifier.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-nas-protection.h"
#include "ns3/srvcc-ue-nas.h"
#include "ns3/test.h"
#include "srvcc-test-require.h"
#include "srvcc/hex.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

std::vector<uint8_t>
Hex(const std::string& text)
{
    return srvcc::FromHex(text, "test vector");
}

std::string
ToHex(const std::vector<uint8_t>& octets)
{
    return srvcc::ToHex(octets);
}

srvcc::Rand
TestRand()
{
    srvcc::Rand r{};
    for (std::size_t i = 0; i < r.size(); ++i)
    {
        r[i] = static_cast<uint8_t>(i);
    }
    return r;
}

srvcc::Autn
TestAutn()
{
    srvcc::Autn a{};
    for (std::size_t i = 0; i < a.size(); ++i)
    {
        a[i] = static_cast<uint8_t>(0x10 + i);
    }
    return a;
}

/** \return the what() of the MessageDecodeError \p f throws, or "" when it throws none. */
std::string
DecodeError(const std::function<void()>& f)
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

/** One instance of every message, filled with values that round-trip. */
std::vector<std::unique_ptr<SrvccNasMessage>>
EveryMessage()
{
    std::vector<std::unique_ptr<SrvccNasMessage>> all;
    auto request = std::make_unique<SrvccNasRegistrationRequest>();
    request->SetRegistrationType(NasRegistrationType::kMobilityUpdating);
    request->SetNgksi(3);
    request->SetSupi("001010000000042");
    request->SetSecurityCapability(0x06, 0x05);
    all.push_back(std::move(request));
    auto auth = std::make_unique<SrvccNasAuthenticationRequest>();
    auth->SetNgksi(5);
    auth->SetAbba({0x00, 0x00, 0x7f});
    auth->SetRand(TestRand());
    auth->SetAutn(TestAutn());
    all.push_back(std::move(auth));
    auto response = std::make_unique<SrvccNasAuthenticationResponse>();
    response->SetResStar(srvcc::Key128::FromHex("00112233445566778899aabbccddeeff", "res*"));
    all.push_back(std::move(response));
    auto failure = std::make_unique<SrvccNasAuthenticationFailure>();
    failure->SetCause(Nas5gmmCause::kSynchFailure);
    srvcc::Auts auts{};
    auts[0] = 0xa5;
    auts[13] = 0x5a;
    failure->SetAuts(auts);
    all.push_back(std::move(failure));
    all.push_back(std::make_unique<SrvccNasAuthenticationReject>());
    auto smc = std::make_unique<SrvccNasSecurityModeCommand>();
    smc->SetAlgorithms(srvcc::NasIntegrityAlgorithm::kNia1, srvcc::NasCipheringAlgorithm::kNea2);
    smc->SetNgksi(6);
    smc->SetReplayedCapability(0x07, 0x03);
    smc->SetImeisvRequested(true);
    smc->SetRetransmissionRequested(true);
    all.push_back(std::move(smc));
    auto complete = std::make_unique<SrvccNasSecurityModeComplete>();
    complete->SetPei("3569380300000501");
    complete->SetNasMessageContainer({0x7e, 0x00, 0x41, 0x71});
    all.push_back(std::move(complete));
    auto smReject = std::make_unique<SrvccNasSecurityModeReject>();
    smReject->SetCause(Nas5gmmCause::kSecurityModeRejectedUnspecified);
    all.push_back(std::move(smReject));
    auto accept = std::make_unique<SrvccNasRegistrationAccept>();
    accept->SetEmergencyRegistered(true);
    all.push_back(std::move(accept));
    auto reject = std::make_unique<SrvccNasRegistrationReject>();
    reject->SetCause(Nas5gmmCause::kIllegalUe);
    all.push_back(std::move(reject));
    return all;
}

/** A fresh, default instance of the class of \p m. */
std::unique_ptr<SrvccNasMessage>
Blank(const SrvccNasMessage& m)
{
    ObjectBase* made = m.GetInstanceTypeId().GetConstructor()();
    return std::unique_ptr<SrvccNasMessage>(dynamic_cast<SrvccNasMessage*>(made));
}

class NasRoundTripTestCase : public TestCase
{
  public:
    NasRoundTripTestCase()
        : TestCase("every 5GMM message round-trips, through octets and through a Packet")
    {
    }

  private:
    void
    DoRun() override
    {
        for (const auto& m : EveryMessage())
        {
            const std::vector<uint8_t> octets = m->Encode();
            NS_TEST_EXPECT_MSG_EQ(octets[0], 0x7e, m->GetMessageName() << ": EPD");
            NS_TEST_EXPECT_MSG_EQ(octets[1], 0x00, m->GetMessageName() << ": plain");
            NS_TEST_EXPECT_MSG_EQ(unsigned(octets[2]), unsigned(m->GetMessageType()),
                                  m->GetMessageName() << ": type");
            std::unique_ptr<SrvccNasMessage> back = Blank(*m);
            SRVCC_REQUIRE_NE(back.get(), nullptr, "constructor of " << m->GetMessageName());
            back->Decode(octets);
            NS_TEST_EXPECT_MSG_EQ(ToHex(back->Encode()), ToHex(octets),
                                  m->GetMessageName() << ": decode + encode");
            Ptr<Packet> p = Create<Packet>();
            p->AddHeader(*m);
            NS_TEST_EXPECT_MSG_EQ(p->GetSize(), octets.size(), m->GetMessageName());
            std::unique_ptr<SrvccNasMessage> peeked = Blank(*m);
            p->RemoveHeader(*peeked);
            NS_TEST_EXPECT_MSG_EQ(p->GetSize(), 0u, m->GetMessageName() << ": all taken");
            NS_TEST_EXPECT_MSG_EQ(ToHex(peeked->Encode()), ToHex(octets), m->GetMessageName());
            const auto classified = ClassifyNasPdu(octets.data(), octets.size());
            NS_TEST_EXPECT_MSG_EQ(classified.has_value(), true, m->GetMessageName());
            NS_TEST_EXPECT_MSG_EQ(unsigned(classified.value_or(SrvccMessageType{})),
                                  unsigned(m->GetSrvccMessageType()), m->GetMessageName());
        }
        // The values themselves, read back.
        auto all = EveryMessage();
        SrvccNasRegistrationRequest request;
        request.Decode(all[0]->Encode());
        NS_TEST_EXPECT_MSG_EQ(*request.GetSupi(), "001010000000042", "SUPI from the SUCI");
        NS_TEST_EXPECT_MSG_EQ(unsigned(request.GetNgksi()), 3u, "ngKSI");
        NS_TEST_EXPECT_MSG_EQ(unsigned(request.GetNiaMask()), 0x06u, "NIA mask");
        NS_TEST_EXPECT_MSG_EQ(unsigned(request.GetNeaMask()), 0x05u, "NEA mask");
        const bool mobility
            = request.GetRegistrationType() == NasRegistrationType::kMobilityUpdating;
        NS_TEST_EXPECT_MSG_EQ(mobility, true, "type");
        SrvccNasAuthenticationRequest auth;
        auth.Decode(all[1]->Encode());
        NS_TEST_EXPECT_MSG_EQ(ToHex(auth.GetAbba()), "00007f", "ABBA");
        NS_TEST_EXPECT_MSG_EQ((auth.GetRand() == TestRand()), true, "RAND");
        NS_TEST_EXPECT_MSG_EQ((auth.GetAutn() == TestAutn()), true, "AUTN");
        SrvccNasSecurityModeCommand smc;
        smc.Decode(all[5]->Encode());
        NS_TEST_EXPECT_MSG_EQ(unsigned(smc.GetIntegrityAlgorithm()), 1u, "NIA1");
        NS_TEST_EXPECT_MSG_EQ(unsigned(smc.GetCipheringAlgorithm()), 2u, "NEA2");
        NS_TEST_EXPECT_MSG_EQ(unsigned(smc.GetReplayedNeaMask()), 0x03u, "replayed NEA");
        NS_TEST_EXPECT_MSG_EQ(smc.GetImeisvRequested(), true, "IMEISV request");
        NS_TEST_EXPECT_MSG_EQ(smc.GetRetransmissionRequested(), true, "RINMR");
        SrvccNasSecurityModeComplete complete;
        complete.Decode(all[6]->Encode());
        NS_TEST_EXPECT_MSG_EQ(complete.GetPei().value_or(""), "3569380300000501", "IMEISV");
        SrvccNasRegistrationAccept accept;
        accept.Decode(all[8]->Encode());
        NS_TEST_EXPECT_MSG_EQ(accept.GetEmergencyRegistered(), true, "emergency registered");

        // The 5G-GUTI form of the 5GS mobile identity (Figure 9.11.3.4.1).
        NasMobileIdentity guti;
        guti.type = NasIdentityType::kGuti;
        guti.plmn = "00101";
        guti.amfRegionId = 0xca;
        guti.amfSetId = 0x3fe;
        guti.amfPointer = 0x21;
        guti.tmsi = 0xdeadbeef;
        const std::vector<uint8_t> v = EncodeNasMobileIdentity(guti, "test");
        NS_TEST_EXPECT_MSG_EQ(ToHex(v), "f200f110caffa1deadbeef", "5G-GUTI octets");
        const NasMobileIdentity gutiBack = DecodeNasMobileIdentity(v, "test");
        NS_TEST_EXPECT_MSG_EQ(gutiBack.plmn, "00101", "PLMN");
        NS_TEST_EXPECT_MSG_EQ(gutiBack.amfSetId, 0x3fe, "AMF Set ID");
        NS_TEST_EXPECT_MSG_EQ(unsigned(gutiBack.amfPointer), 0x21u, "AMF Pointer");
        NS_TEST_EXPECT_MSG_EQ(gutiBack.tmsi, 0xdeadbeef, "5G-TMSI");
        // A 3-digit MNC in a SUCI.
        const NasMobileIdentity suci3 = DecodeNasMobileIdentity(
            EncodeNasMobileIdentity(NasMobileIdentity::Suci("310410123456789", 3), "test"), "test");
        NS_TEST_EXPECT_MSG_EQ(suci3.digits, "310410123456789", "IMSI with MNC 410");
        NS_TEST_EXPECT_MSG_EQ(unsigned(suci3.mncDigits), 3u, "MNC length");
    }
};

class NasHandCheckedBytesTestCase : public TestCase
{
  public:
    NasHandCheckedBytesTestCase()
        : TestCase("Registration Request, Authentication Request and SMC equal hand-coded octets")
    {
    }

  private:
    void
    DoRun() override
    {
        // TS 24.501 8.2.6 / Table 8.2.6.1.1:
        //   7e        EPD 5GMM (TS 24.007 11.2.3.1.1A)
        //   00        spare half octet + security header type 0 (9.3.1)
        //   41        Registration request (Table 9.7.1)
        //   71        ngKSI 7 "no key" (bits 8-5) | FOR 0, type 001 initial (9.11.3.7)
        //   00 0d     5GS mobile identity, LV-E length 13 (9.11.3.4, Figure 9.11.3.4.3):
        //   01          SUPI format IMSI (000), type of identity SUCI (001)
        //   00 f1 10    MCC 001, MNC 01 (MNC digit 3 = 1111)
        //   f0 ff       routing indicator "0" (unused digits 1111)
        //   00 00       protection scheme null, home network public key identifier 0
        //   00 00 00 00 50  scheme output: MSIN 0000000005 in BCD
        //   2e 02 e0 e0   UE security capability: 5G-EA0,1,2 | 5G-IA0,1,2 (9.11.3.54)
        SrvccNasRegistrationRequest request;
        request.SetSupi("001010000000005");
        request.SetSecurityCapability(0x07, 0x07);
        NS_TEST_EXPECT_MSG_EQ(ToHex(request.Encode()),
                              "7e004171000d0100f110f0ff000000000000502e02e0e0",
                              "Registration Request");
        // Emergency, with the IMEI as the identity (Figure 9.11.3.4.2): digit 1 = 3, odd, type 011.
        SrvccNasRegistrationRequest emergency;
        emergency.SetRegistrationType(NasRegistrationType::kEmergency);
        emergency.SetPei("356938035643809");
        NS_TEST_EXPECT_MSG_EQ(ToHex(emergency.Encode()), "7e00417400083b653908534683902e02e0e0",
                              "emergency Registration Request with IMEI");

        // TS 24.501 8.2.1 / Table 8.2.1.1.1:
        //   7e 00 56  plain Authentication request
        //   01        spare half octet | ngKSI 1 (TSC 0)
        //   02 00 00  ABBA, LV, 0x0000 (TS 33.501 A.7.1)
        //   21 + 16   authentication parameter RAND (TV, 9.11.3.16)
        //   20 10 + 16  authentication parameter AUTN (TLV, 9.11.3.15)
        SrvccNasAuthenticationRequest auth;
        auth.SetNgksi(1);
        auth.SetRand(TestRand());
        auth.SetAutn(TestAutn());
        NS_TEST_EXPECT_MSG_EQ(ToHex(auth.Encode()),
                              "7e00560102000021000102030405060708090a0b0c0d0e0f"
                              "2010101112131415161718191a1b1c1d1e1f",
                              "Authentication Request");

        // TS 24.501 8.2.25 / Table 8.2.25.1.1:
        //   7e 00 5d  plain Security mode command
        //   22        128-5G-EA2 (bits 8-5) | 128-5G-IA2 (bits 4-1) (9.11.3.34)
        //   00        spare | ngKSI 0
        //   02 e0 e0  replayed UE security capabilities (LV)
        //   e1        IMEISV request: IMEISV requested (TV 1/2, 9.11.3.28)
        //   36 01 02  additional 5G security information: RINMR (9.11.3.12)
        SrvccNasSecurityModeCommand smc;
        smc.SetAlgorithms(srvcc::NasIntegrityAlgorithm::kNia2, srvcc::NasCipheringAlgorithm::kNea2);
        smc.SetReplayedCapability(0x07, 0x07);
        smc.SetImeisvRequested(true);
        smc.SetRetransmissionRequested(true);
        NS_TEST_EXPECT_MSG_EQ(ToHex(smc.Encode()), "7e005d220002e0e0e1360102",
                              "Security Mode Command");

        // TS 24.501 8.2.4: 7e 00 59, cause #21, IEI 30, length 14, AUTS.
        SrvccNasAuthenticationFailure failure;
        failure.SetCause(Nas5gmmCause::kSynchFailure);
        failure.SetAuts({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        NS_TEST_EXPECT_MSG_EQ(ToHex(failure.Encode()), "7e005915300e0102030405060708090a0b0c0d0e",
                              "Authentication Failure #21 with AUTS");
        failure.SetCause(Nas5gmmCause::kMacFailure);
        NS_TEST_EXPECT_MSG_EQ(ToHex(failure.Encode()), "7e005914", "#20 carries no AUTS");
        // 8.2.7: 7e 00 42, 5GS registration result LV 01 21 (emergency registered, 3GPP access).
        SrvccNasRegistrationAccept accept;
        accept.SetEmergencyRegistered(true);
        NS_TEST_EXPECT_MSG_EQ(ToHex(accept.Encode()), "7e00420121", "Registration Accept");
    }
};

class NasProtectionTestCase : public TestCase
{
  public:
    NasProtectionTestCase()
        : TestCase("protected NAS: MAC of the crypto core over SQN + message, ciphering, NIA0")
    {
    }

  private:
    void
    DoRun() override
    {
        SrvccNasSecurityKeys keys;
        keys.nia = srvcc::NasIntegrityAlgorithm::kNia2;
        keys.knasInt = srvcc::Key128::FromHex("2bd6459f82c5b300952c49104881ff48", "knasint");
        keys.nea = srvcc::NasCipheringAlgorithm::kNea2;
        keys.knasEnc = srvcc::Key128::FromHex("d3c5d592327fb11c4035c6680af8c6d1", "knasenc");

        SrvccNasSecurityModeCommand smc;
        smc.SetAlgorithms(keys.nia, keys.nea);
        smc.SetReplayedCapability(0x07, 0x07);
        const std::vector<uint8_t> plain = smc.Encode();
        const uint32_t count = 0x0105; // overflow 1, sequence number 5
        const std::vector<uint8_t> pdu = ProtectNasMessage(
            plain, NasSecurityHeaderType::kIntegrityProtectedNewContext, keys, count, kNasDownlink);
        SRVCC_REQUIRE_EQ(pdu.size(), 7 + plain.size(), "header + message");
        NS_TEST_EXPECT_MSG_EQ(unsigned(pdu[0]), 0x7eu, "EPD");
        NS_TEST_EXPECT_MSG_EQ(unsigned(pdu[1]), 3u, "security header type 3");
        NS_TEST_EXPECT_MSG_EQ(unsigned(pdu[6]), 0x05u, "sequence number = 8 LSB of COUNT");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(pdu.begin() + 7, pdu.end())), ToHex(plain),
                              "the SMC in clear");
        // The crypto core, called here directly: 128-NIA2 over SQN || message, COUNT, BEARER 0,
        // DIRECTION 1 (TS 33.501 D.3.1, TS 24.501 4.4.3.3).
        std::vector<uint8_t> input{0x05};
        input.insert(input.end(), plain.begin(), plain.end());
        srvcc::NasAlgorithmInput in;
        in.count = count;
        in.bearer = 0;
        in.direction = 1;
        const srvcc::Mac32 mac
            = srvcc::ComputeNasMac(keys.nia, keys.knasInt, in, input.data(), 8 * input.size());
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(pdu.begin() + 2, pdu.begin() + 6)),
                              ToHex(std::vector<uint8_t>(mac.begin(), mac.end())),
                              "MAC = 128-NIA2 of the crypto core");
        const SrvccNasPdu parsed = SrvccNasPdu::Parse(pdu.data(), pdu.size());
        NS_TEST_EXPECT_MSG_EQ(VerifyNasPdu(parsed, keys, count, kNasDownlink), true, "verifies");
        NS_TEST_EXPECT_MSG_EQ(VerifyNasPdu(parsed, keys, count + 1, kNasDownlink), false,
                              "another COUNT fails");
        NS_TEST_EXPECT_MSG_EQ(VerifyNasPdu(parsed, keys, count, kNasUplink), false,
                              "the other direction fails");
        std::vector<uint8_t> tampered = pdu;
        tampered.back() ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(VerifyNasPdu(SrvccNasPdu::Parse(tampered.data(), tampered.size()),
                                           keys, count, kNasDownlink),
                              false, "a changed message fails");
        NS_TEST_EXPECT_MSG_EQ(unsigned(ClassifyNasPdu(pdu.data(), pdu.size())
                                           .value_or(SrvccMessageType::kNasRegistrationRequest)),
                              unsigned(SrvccMessageType::kNasSecurityModeCommand),
                              "classified from the plain type at octet 10");

        // Ciphered (header type 2): the message is NEA2-ciphered, the MAC covers the ciphertext.
        SrvccNasRegistrationAccept accept;
        const std::vector<uint8_t> acceptPlain = accept.Encode();
        const std::vector<uint8_t> ciphered
            = ProtectNasMessage(acceptPlain, NasSecurityHeaderType::kIntegrityProtectedAndCiphered,
                                keys, 1, kNasDownlink);
        NS_TEST_EXPECT_MSG_NE(ToHex(std::vector<uint8_t>(ciphered.begin() + 7, ciphered.end())),
                              ToHex(acceptPlain), "ciphered");
        std::vector<uint8_t> keystream = acceptPlain;
        in.count = 1;
        srvcc::ApplyNasCipher(keys.nea, keys.knasEnc, in, keystream.data(), 8 * keystream.size());
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(ciphered.begin() + 7, ciphered.end())),
                              ToHex(keystream), "128-NEA2 of the crypto core");
        const SrvccNasPdu c = SrvccNasPdu::Parse(ciphered.data(), ciphered.size());
        NS_TEST_EXPECT_MSG_EQ(VerifyNasPdu(c, keys, 1, kNasDownlink), true, "MAC over ciphertext");
        NS_TEST_EXPECT_MSG_EQ(ToHex(DecipherNasPdu(c, keys, 1, kNasDownlink)), ToHex(acceptPlain),
                              "deciphers");

        // NIA0 / NEA0 (TS 33.501 D.1): still a protected header, MAC all zeroes, in clear.
        const SrvccNasSecurityKeys null;
        const std::vector<uint8_t> nullPdu
            = ProtectNasMessage(acceptPlain, NasSecurityHeaderType::kIntegrityProtectedAndCiphered,
                                null, 0x0203, kNasDownlink);
        NS_TEST_EXPECT_MSG_EQ(ToHex(nullPdu), "7e020000000003" + ToHex(acceptPlain),
                              "NIA0: MAC 0, NEA0: the message in clear");
        NS_TEST_EXPECT_MSG_EQ(
            VerifyNasPdu(SrvccNasPdu::Parse(nullPdu.data(), nullPdu.size()), null, 7, kNasUplink),
            true, "NIA0: the receiver does not check the MAC");

        // The receiver's COUNT from the sequence number (TS 24.501 4.4.3.1).
        NS_TEST_EXPECT_MSG_EQ(EstimateNasCount(0, 0), 0u, "first");
        NS_TEST_EXPECT_MSG_EQ(EstimateNasCount(0x1fe, 0xff), 0x1ffu, "same overflow");
        NS_TEST_EXPECT_MSG_EQ(EstimateNasCount(0x1fe, 0x01), 0x201u, "overflow counts up");
    }
};

class NasMalformedTestCase : public TestCase
{
  public:
    NasMalformedTestCase() : TestCase("truncated and malformed NAS PDUs are refused, naming the IE")
    {
    }

  private:
    void
    Expect(const std::string& error, const std::string& part, const std::string& what)
    {
        NS_TEST_EXPECT_MSG_NE(error, "", what << ": no error");
        NS_TEST_EXPECT_MSG_NE(error.find(part), std::string::npos,
                              what << ": \"" << error << "\" does not name \"" << part << "\"");
    }

    void
    DoRun() override
    {
        // Every message cut short at every length is refused and never read past its end.
        for (const auto& m : EveryMessage())
        {
            const std::vector<uint8_t> octets = m->Encode();
            for (std::size_t n = 0; n < octets.size(); ++n)
            {
                const std::vector<uint8_t> cut(octets.begin(), octets.begin() + n);
                std::unique_ptr<SrvccNasMessage> back = Blank(*m);
                const std::string e = DecodeError(
                    [&]
                    {
                        back->Decode(cut);
                    });
                // A cut just before an optional IE leaves a valid shorter message; any other
                // cut is refused. Either way nothing is read past the end.
                if (e.empty())
                {
                    const bool hasHeader = n >= 3;
                    NS_TEST_EXPECT_MSG_EQ(hasHeader, true,
                                          m->GetMessageName() << " cut to " << n << " accepted");
                }
            }
        }
        SrvccNasAuthenticationRequest auth;
        auth.SetRand(TestRand());
        auth.SetAutn(TestAutn());
        std::vector<uint8_t> a = auth.Encode();
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationRequest m;
                       m.Decode(std::vector<uint8_t>(a.begin(), a.begin() + 12));
                   }),
               "authentication parameter RAND", "RAND cut");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationRequest m;
                       m.Decode(std::vector<uint8_t>(a.begin(), a.begin() + 24));
                   }),
               "authentication parameter AUTN: absent", "no AUTN");
        std::vector<uint8_t> badAutn = a;
        badAutn[25] = 15; // AUTN length
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationRequest m;
                       m.Decode(badAutn);
                   }),
               "authentication parameter AUTN", "AUTN length 15");
        std::vector<uint8_t> badAbba = a;
        badAbba[4] = 1; // ABBA of one octet
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationRequest m;
                       m.Decode(badAbba);
                   }),
               "ABBA", "ABBA of 1 octet");

        SrvccNasRegistrationRequest request;
        request.SetSupi("001010000000005");
        std::vector<uint8_t> r = request.Encode();
        std::vector<uint8_t> badLength = r;
        badLength[5] = 0x40; // 5GS mobile identity longer than the PDU
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationRequest m;
                       m.Decode(badLength);
                   }),
               "NAS Registration Request: 5GS mobile identity: truncated", "identity overruns");
        std::vector<uint8_t> badScheme = r;
        badScheme[12] = 0x01; // profile A: not the null scheme
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationRequest m;
                       m.Decode(badScheme);
                   }),
               "5GS mobile identity: protection scheme 1", "SUCI profile A");
        std::vector<uint8_t> badType = r;
        badType[3] = 0x73; // registration type 3 (periodic): not one the module takes
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationRequest m;
                       m.Decode(badType);
                   }),
               "5GS registration type", "periodic");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationRequest m;
                       m.Decode(std::vector<uint8_t>(r.begin(), r.end() - 4));
                   }),
               "UE security capability: absent", "no UE security capability");
        std::vector<uint8_t> wrongType = r;
        wrongType[2] = 0x56;
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationRequest m;
                       m.Decode(wrongType);
                   }),
               "message type", "another message");
        std::vector<uint8_t> epd = r;
        epd[0] = 0x2e; // 5GSM
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationRequest m;
                       m.Decode(epd);
                   }),
               "extended protocol discriminator", "5GSM EPD");

        SrvccNasAuthenticationResponse response;
        std::vector<uint8_t> res = response.Encode();
        res[4] = 8; // RES* of 8 octets
        res.resize(5 + 8);
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationResponse m;
                       m.Decode(res);
                   }),
               "authentication response parameter: RES* of 8", "short RES*");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationResponse m;
                       m.Decode(Hex("7e0057"));
                   }),
               "authentication response parameter: absent", "no RES*");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationFailure m;
                       m.Decode(Hex("7e005915"));
                   }),
               "authentication failure parameter: absent", "#21 without AUTS");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasAuthenticationFailure m;
                       m.Decode(Hex("7e005963"));
                   }),
               "5GMM cause: #99", "cause #99");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasRegistrationAccept m;
                       m.Decode(Hex("7e0042020101"));
                   }),
               "5GS registration result: length 2", "result of 2 octets");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasSecurityModeCommand m;
                       m.Decode(Hex("7e005d920002e0e0"));
                   }),
               "selected NAS security algorithms: ciphering algorithm 9", "5G-EA9");

        // The outer header.
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasPdu::Parse(Hex("7e0312345678").data(), 6);
                   }),
               "NAS PDU: security protected header: truncated", "protected header cut");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasPdu::Parse(Hex("7e0500").data(), 3);
                   }),
               "NAS PDU: security header type", "header type 5");
        Expect(DecodeError(
                   [&]
                   {
                       SrvccNasPdu::Parse(Hex("7e").data(), 1);
                   }),
               "NAS PDU: header", "one octet");

        // The classifier never throws and refuses what is not a 5GMM message.
        for (const std::string& junk :
             {std::string(""), std::string("7e"), std::string("7e00"), std::string("7e0099"),
              std::string("2e0041"), std::string("7e0112345678"), std::string("7e1041")})
        {
            const std::vector<uint8_t> octets = Hex(junk);
            NS_TEST_EXPECT_MSG_EQ(ClassifyNasPdu(octets.data(), octets.size()).has_value(), false,
                                  "junk " << junk);
            NS_TEST_EXPECT_MSG_EQ(
                SrvccClassifyArrival(SrvccInterface::kNrUu, NasPduPacket(octets)).has_value(),
                false, "NR-Uu junk " << junk);
        }
    }
};

class NasCarrierTestCase : public TestCase
{
  public:
    NasCarrierTestCase() : TestCase("NAS PDUs bare on NR-Uu and behind the N2 carrier, classified")
    {
    }

  private:
    void
    DoRun() override
    {
        SrvccNasAuthenticationRequest auth;
        const std::vector<uint8_t> octets = auth.Encode();
        Ptr<Packet> bare = NasPduPacket(octets);
        const auto plain = SrvccClassifyNasPdu(bare);
        NS_TEST_EXPECT_MSG_EQ(unsigned(plain.value_or(SrvccMessageType::kNasRegistrationReject)),
                              unsigned(SrvccMessageType::kNasAuthenticationRequest), "bare PDU");
        // On N2 the PDU travels in NGAP's Downlink NAS Transport (TS 38.413 8.6.2): the N2
        // classifier names the NAS message inside.
        SrvccN2DownlinkNasTransport downlink;
        downlink.SetAmfUeNgapId(0x00012345);
        downlink.SetRanUeNgapId(0x00012345);
        downlink.SetNasPdu(octets);
        Ptr<Packet> n2 = Create<Packet>();
        n2->AddHeader(downlink);
        const auto onN2 = SrvccClassifyArrival(SrvccInterface::kN2, n2);
        NS_TEST_EXPECT_MSG_EQ(unsigned(onN2.value_or(SrvccMessageType::kNasRegistrationReject)),
                              unsigned(SrvccMessageType::kNasAuthenticationRequest), "N2");
        // On NR-Uu a bare NAS PDU is no RRC message (the NAS goes in ULInformationTransfer).
        NS_TEST_EXPECT_MSG_EQ(SrvccClassifyArrival(SrvccInterface::kNrUu, bare).has_value(), false,
                              "a bare PDU on NR-Uu");
        // Ciphered PDUs are classified by their security header type (ClassifyNasPdu).
        const std::vector<uint8_t> type4 = Hex("7e04a1b2c3d400112233");
        NS_TEST_EXPECT_MSG_EQ(unsigned(SrvccClassifyNasPdu(NasPduPacket(type4))
                                           .value_or(SrvccMessageType::kNasRegistrationReject)),
                              unsigned(SrvccMessageType::kNasSecurityModeComplete),
                              "type 4: Security Mode Complete");
        const std::vector<uint8_t> type2 = Hex("7e02a1b2c3d401112233");
        NS_TEST_EXPECT_MSG_EQ(unsigned(SrvccClassifyNasPdu(NasPduPacket(type2))
                                           .value_or(SrvccMessageType::kNasRegistrationReject)),
                              unsigned(SrvccMessageType::kNasRegistrationAccept),
                              "type 2: Registration Accept");
    }
};

/** The NAS sides of UE and AMF drop what they may not take, with the reason the node reports. */
class NasNodeDropTestCase : public TestCase
{
  public:
    NasNodeDropTestCase()
        : TestCase("UE and AMF NAS sides drop malformed, unprotected or unverifiable PDUs")
    {
    }

  private:
    struct Drop
    {
        SrvccDecodeError reason{SrvccDecodeError::kNodeDown};
        std::string detail;
        int count{0};
    };

    static SrvccAmfNas::ErrorCallback
    Into(Drop& d)
    {
        return [&d](SrvccDecodeError reason, const char* detail)
        {
            d.reason = reason;
            d.detail = detail;
            ++d.count;
        };
    }

    void
    DoRun() override
    {
        std::vector<std::vector<uint8_t>> toUe;
        SrvccAmfNas amf(
            [&toUe](uint32_t, Ptr<Packet> p, SrvccMessageType)
            {
                toUe.push_back(NasPduOctets(p));
            },
            [](Time, std::function<void()> work)
            {
                work();
            },
            [](uint32_t, AmfNasSecurityContext, const SrvccUeSession&) {});
        Drop d;
        amf.Receive(0, NasPduPacket(Hex("7e0041")), Into(d));
        NS_TEST_EXPECT_MSG_EQ(unsigned(d.reason), unsigned(SrvccDecodeError::kMalformed),
                              "truncated Registration Request");
        NS_TEST_EXPECT_MSG_NE(d.detail.find("5GS registration type"), std::string::npos, d.detail);
        amf.Receive(0, NasPduPacket(Hex("0102000400000000")), Into(d));
        NS_TEST_EXPECT_MSG_EQ(unsigned(d.reason), unsigned(SrvccDecodeError::kWrongProtocol),
                              "not NAS");
        amf.Receive(0, NasPduPacket(Hex("7e02000000000100000000")), Into(d));
        NS_TEST_EXPECT_MSG_EQ(unsigned(d.reason),
                              unsigned(SrvccDecodeError::kUnexpectedMessageType),
                              "a protected uplink message under type 2");
        amf.Receive(0, NasPduPacket(Hex("7e005e")), Into(d));
        // No registration in progress for UE 0: a late answer is ignored, not reported.
        NS_TEST_EXPECT_MSG_EQ(d.count, 3, "three drops");
        // An unknown subscriber: the AMF answers the valid request with a plain Registration
        // Reject #3 (TS 24.501 4.4.4.2 lets the UE take it unprotected).
        SrvccNasRegistrationRequest request;
        request.SetSupi("001010000000009");
        amf.Receive(0, NasPduPacket(request.Encode()), Into(d));
        NS_TEST_EXPECT_MSG_EQ(d.count, 3, "no drop");
        SRVCC_REQUIRE_EQ(toUe.size(), 1u, "one answer");
        NS_TEST_EXPECT_MSG_EQ(ToHex(toUe[0]), "7e004403", "Registration Reject #3");
        // A subscriber: the AMF answers with an Authentication Request, then refuses a Security
        // Mode Complete without security protection (TS 24.501 4.4.4.3).
        amf.GetHomeNetwork().AddSubscriber(
            "001010000000001", srvcc::Key128::FromHex("465b5ce8b199b49faa5f0a2ee238a6bc", "k"),
            srvcc::Key128::FromHex("cd63cb71954a9f4e48a5994e37a02baf", "opc"), 32);
        request.SetSupi("001010000000001");
        amf.Receive(1, NasPduPacket(request.Encode()), Into(d));
        SRVCC_REQUIRE_EQ(toUe.size(), 2u, "an answer");
        NS_TEST_EXPECT_MSG_EQ(unsigned(toUe[1][2]), 0x56u, "Authentication Request");
        amf.Receive(1, NasPduPacket(Hex("7e005e")), Into(d));
        NS_TEST_EXPECT_MSG_EQ(unsigned(d.reason),
                              unsigned(SrvccDecodeError::kUnexpectedMessageType),
                              "an unprotected Security Mode Complete");
        NS_TEST_EXPECT_MSG_EQ(d.count, 4, "four drops");

        std::vector<std::vector<uint8_t>> toAmf;
        SrvccUeNas ue(
            0,
            [&toAmf](Ptr<Packet> p, SrvccMessageType)
            {
                toAmf.push_back(NasPduOctets(p));
            },
            [](UeNasSecurityContext, bool) {});
        SrvccUeNasConfig config;
        config.pei = "356938030000010";
        ue.SetConfig(config);
        ue.StartRegistration();
        SRVCC_REQUIRE_EQ(toAmf.size(), 1u, "Registration Request sent");
        NS_TEST_EXPECT_MSG_EQ(ToHex(toAmf[0]), "7e00417100083b653908030000012e02e0e0",
                              "a UE without USIM names itself by its IMEI");
        Drop u;
        SrvccNasRegistrationAccept accept;
        ue.Receive(NasPduPacket(accept.Encode()), Into(u));
        NS_TEST_EXPECT_MSG_EQ(unsigned(u.reason),
                              unsigned(SrvccDecodeError::kUnexpectedMessageType),
                              "an unprotected Registration Accept (TS 24.501 4.4.4.2)");
        ue.Receive(NasPduPacket(ProtectNasMessage(
                       accept.Encode(), NasSecurityHeaderType::kIntegrityProtectedAndCiphered,
                       SrvccNasSecurityKeys{}, 1, kNasDownlink)),
                   Into(u));
        NS_TEST_EXPECT_MSG_EQ(unsigned(u.reason),
                              unsigned(SrvccDecodeError::kNoProcedureInProgress),
                              "a protected message without a security context");
        SrvccNasSecurityModeCommand smc;
        ue.Receive(NasPduPacket(smc.Encode()), Into(u));
        NS_TEST_EXPECT_MSG_EQ(unsigned(u.reason),
                              unsigned(SrvccDecodeError::kUnexpectedMessageType),
                              "a plain Security Mode Command");
        ue.Receive(NasPduPacket(Hex("7e00560002")), Into(u));
        NS_TEST_EXPECT_MSG_EQ(unsigned(u.reason), unsigned(SrvccDecodeError::kMalformed),
                              "truncated Authentication Request");
        NS_TEST_EXPECT_MSG_NE(u.detail.find("ABBA"), std::string::npos, u.detail);
        NS_TEST_EXPECT_MSG_EQ(u.count, 4, "four drops");
        NS_TEST_EXPECT_MSG_EQ(toAmf.size(), 1u, "the UE answered none of them");
        Simulator::Destroy();
    }
};

class SrvccNasTestSuite : public TestSuite
{
  public:
    SrvccNasTestSuite() : TestSuite("srvcc-nas", UNIT)
    {
        AddTestCase(new NasRoundTripTestCase, TestCase::QUICK);
        AddTestCase(new NasHandCheckedBytesTestCase, TestCase::QUICK);
        AddTestCase(new NasProtectionTestCase, TestCase::QUICK);
        AddTestCase(new NasMalformedTestCase, TestCase::QUICK);
        AddTestCase(new NasCarrierTestCase, TestCase::QUICK);
        AddTestCase(new NasNodeDropTestCase, TestCase::QUICK);
    }
};

SrvccNasTestSuite g_srvccNasTestSuite;

} // namespace
