/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * How the UE protects, and the target RNC checks, the first UTRAN message after 5G-SRVCC:
 * HANDOVER TO UTRAN COMPLETE, integrity protected with IK_SRVCC (f9) and ciphered with CK_SRVCC
 * (f8). This is where keys are checked rather than assumed equal: a UE and a network that
 * derived different CK or IK fail here.
 */
#ifndef SRVCC_UTRAN_RRC_PROTECTION_H
#define SRVCC_UTRAN_RRC_PROTECTION_H

#include "srvcc-rrc-messages.h"
#include "srvcc/kdf-ts33401.h"

#include <cstdint>

namespace ns3
{

/** The algorithms and FRESH the target RNC chose (carried in HANDOVER TO UTRAN COMMAND). */
struct UtranProtectionParameters
{
    uint8_t integrityAlgorithm{2}; ///< UIA identity (0, 1 or 2)
    uint8_t cipheringAlgorithm{2}; ///< UEA identity (0, 1 or 2)
    uint32_t fresh{0};
};

/**
 * UE side: build HANDOVER TO UTRAN COMPLETE with MAC-I = f9(IK, COUNT-I, FRESH, DIRECTION 0)
 * over the message (TS 33.102 6.5.4), then cipher its payload with f8(CK, COUNT-C, BEARER of
 * SRB2, DIRECTION 0) (TS 33.102 6.6.4). COUNT-I and COUNT-C start from START = 0: the keys are
 * new (TS 33.102 6.4.8).
 */
SrvccUtranHandoverToUtranComplete ProtectHandoverToUtranComplete(
    uint32_t urnti, const srvcc::CkIk& keys, const UtranProtectionParameters& p);

/**
 * RNC side: decipher the payload with CK and check the MAC-I with IK.
 * \return true when the MAC-I matches (a UIA0 message carries no MAC and is accepted only when
 *         \p allowNullIntegrity: unauthenticated emergency sessions)
 */
bool VerifyHandoverToUtranComplete(const SrvccUtranHandoverToUtranComplete& message,
                                   const srvcc::CkIk& keys, const UtranProtectionParameters& p,
                                   bool allowNullIntegrity);

} // namespace ns3

#endif // SRVCC_UTRAN_RRC_PROTECTION_H
