/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-utran-rrc-protection.h"

#include "srvcc/utran-security.h"

namespace ns3
{

namespace
{

/**
 * The plaintext of HANDOVER TO UTRAN COMPLETE (TS 25.331 10.2.18): the START value of the CS
 * domain (20 bits, 0 for fresh keys) padded to 3 octets, and one octet of RRC transaction.
 */
const std::vector<uint8_t> kPlaintext = {0x00, 0x00, 0x00, 0x01};

/** RRC on DCCH uses SRB2; BEARER = radio bearer identity - 1 (TS 33.102 6.6.4.1). */
constexpr uint8_t kSrb2Bearer = 1;

/** The first message after the keys are taken into use: RRC SN 0 and HFN 0 from START. */
constexpr uint8_t kRrcSequenceNumber = 0;

srvcc::Mac32
ComputeMacI(uint32_t urnti, const std::vector<uint8_t>& plaintext, const srvcc::Key128& ik,
            const UtranProtectionParameters& p)
{
    const std::vector<uint8_t> input
        = SrvccUtranHandoverToUtranComplete::IntegrityInput(urnti, kRrcSequenceNumber, plaintext);
    srvcc::UtranIntegrityInput in;
    in.countI = kRrcSequenceNumber;
    in.fresh = p.fresh;
    in.direction = 0;
    return srvcc::ComputeUtranMac(static_cast<srvcc::UtranIntegrityAlgorithm>(p.integrityAlgorithm),
                                  ik, in, input.data(), 8 * input.size());
}

void
Cipher(std::vector<uint8_t>& data, const srvcc::Key128& ck, const UtranProtectionParameters& p)
{
    srvcc::UtranCipheringInput in;
    in.countC = 0;
    in.bearer = kSrb2Bearer;
    in.direction = 0;
    srvcc::ApplyUtranCipher(static_cast<srvcc::UtranCipheringAlgorithm>(p.cipheringAlgorithm), ck,
                            in, data.data(), 8 * data.size());
}

} // namespace

SrvccUtranHandoverToUtranComplete
ProtectHandoverToUtranComplete(uint32_t urnti, const srvcc::CkIk& keys,
                               const UtranProtectionParameters& p)
{
    SrvccUtranHandoverToUtranComplete message;
    message.SetUrnti(urnti);
    message.SetRrcSequenceNumber(kRrcSequenceNumber);
    message.SetMacI(ComputeMacI(urnti, kPlaintext, keys.ik, p));
    std::vector<uint8_t> payload = kPlaintext;
    Cipher(payload, keys.ck, p);
    message.SetPayload(std::move(payload));
    return message;
}

bool
VerifyHandoverToUtranComplete(const SrvccUtranHandoverToUtranComplete& message,
                              const srvcc::CkIk& keys, const UtranProtectionParameters& p,
                              bool allowNullIntegrity)
{
    if (p.integrityAlgorithm == static_cast<uint8_t>(srvcc::UtranIntegrityAlgorithm::kUia0))
    {
        return allowNullIntegrity;
    }
    if (message.GetRrcSequenceNumber() != kRrcSequenceNumber)
    {
        return false; // replay protection: the first message must use the first COUNT-I
    }
    std::vector<uint8_t> plaintext = message.GetPayload();
    Cipher(plaintext, keys.ck, p);
    const srvcc::Mac32 expected = ComputeMacI(message.GetUrnti(), plaintext, keys.ik, p);
    const srvcc::Mac32 received = message.GetMacI();
    return srvcc::ConstantTimeEqual(expected.data(), received.data(), expected.size());
}

} // namespace ns3
