/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-utran-rrc-protection.h"

#include "srvcc/utran-security.h"

namespace ns3
{

namespace
{

/** The START value of the CS domain in HANDOVER TO UTRAN COMPLETE: 0 for fresh keys. */
constexpr uint32_t kPlainStart = 0;
constexpr unsigned kStartBits = 20;

/** RRC on DCCH uses SRB2 (TS 25.331 6.3); BEARER = radio bearer identity - 1 (TS 33.102
 *  6.6.4.1). */
constexpr uint8_t kSrb2Identity = 2;
constexpr uint8_t kSrb2Bearer = kSrb2Identity - 1;

/** The first message after the keys are taken into use: RRC SN 0 and HFN 0 from START. */
constexpr uint8_t kRrcSequenceNumber = 0;

srvcc::Mac32
ComputeMacI(uint32_t plainStart, const srvcc::Key128& ik, const UtranProtectionParameters& p)
{
    // TS 25.331 8.5.10.3: the message as encoded, MAC field = the RB identity, SN as used.
    const std::vector<uint8_t> input = SrvccUtranHandoverToUtranComplete::IntegrityInput(
        kSrb2Identity, kRrcSequenceNumber, plainStart);
    srvcc::UtranIntegrityInput in;
    in.countI = kRrcSequenceNumber;
    in.fresh = p.fresh;
    in.direction = 0;
    return srvcc::ComputeUtranMac(static_cast<srvcc::UtranIntegrityAlgorithm>(p.integrityAlgorithm),
                                  ik, in, input.data(), 8 * input.size());
}

/** f8 over the 20 bits of a START value (encrypts and decrypts). */
uint32_t
CipherStart(uint32_t start, const srvcc::Key128& ck, const UtranProtectionParameters& p)
{
    uint8_t data[3] = {static_cast<uint8_t>(start >> 12), static_cast<uint8_t>(start >> 4),
                       static_cast<uint8_t>(start << 4)};
    srvcc::UtranCipheringInput in;
    in.countC = 0;
    in.bearer = kSrb2Bearer;
    in.direction = 0;
    srvcc::ApplyUtranCipher(static_cast<srvcc::UtranCipheringAlgorithm>(p.cipheringAlgorithm), ck,
                            in, data, kStartBits);
    return (uint32_t{data[0]} << 12) | (uint32_t{data[1]} << 4) | (uint32_t{data[2]} >> 4);
}

} // namespace

SrvccUtranHandoverToUtranComplete
ProtectHandoverToUtranComplete(const srvcc::CkIk& keys, const UtranProtectionParameters& p)
{
    SrvccUtranHandoverToUtranComplete message;
    const bool integrity = p.integrityAlgorithm != 0;
    message.SetIntegrityCheckInfoPresent(integrity);
    message.SetRrcSequenceNumber(kRrcSequenceNumber);
    if (integrity)
    {
        message.SetMacI(ComputeMacI(kPlainStart, keys.ik, p));
    }
    message.SetStartValue(CipherStart(kPlainStart, keys.ck, p));
    return message;
}

bool
VerifyHandoverToUtranComplete(const SrvccUtranHandoverToUtranComplete& message,
                              const srvcc::CkIk& keys, const UtranProtectionParameters& p,
                              bool allowNullIntegrity)
{
    if (p.integrityAlgorithm == 0)
    {
        return allowNullIntegrity; // integrity protection not started: nothing to check
    }
    if (!message.HasIntegrityCheckInfo() || message.GetRrcSequenceNumber() != kRrcSequenceNumber)
    {
        return false; // no MAC-I, or not the first COUNT-I (replay protection)
    }
    const uint32_t plainStart = CipherStart(message.GetStartValue(), keys.ck, p);
    const srvcc::Mac32 expected = ComputeMacI(plainStart, keys.ik, p);
    const srvcc::Mac32 received = message.GetMacI();
    return srvcc::ConstantTimeEqual(expected.data(), received.data(), expected.size());
}

} // namespace ns3
