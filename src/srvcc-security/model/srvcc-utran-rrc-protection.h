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

#include "ns3/srvcc-rrc-messages.h"
#include "srvcc/kdf-ts33401.h"

#include <cstdint>

namespace ns3
{

/** The algorithms and FRESH the target RNC chose (carried in HANDOVER TO UTRAN COMMAND). */
struct UtranProtectionParameters
{
    /**
     * UIA identity, 1 or 2; 0: integrity protection not started (the unauthenticated
     * emergency case, TS 33.501 J.2: no integrity information on the wire, no MAC-I)
     */
    uint8_t integrityAlgorithm{2};
    uint8_t cipheringAlgorithm{2}; ///< UEA identity (0, 1 or 2)
    uint32_t fresh{0};
};

/**
 * UE side: build HANDOVER TO UTRAN COMPLETE with MAC-I = f9(IK, COUNT-I, FRESH, DIRECTION 0)
 * over the encoded message (TS 33.102 6.5.4, the input of TS 25.331 8.5.10.3), then cipher its
 * START value with f8(CK, COUNT-C, BEARER of SRB2, DIRECTION 0) (TS 33.102 6.6.4). COUNT-I and
 * COUNT-C start from START = 0: the keys are new (TS 33.102 6.4.8). Without integrity
 * protection (integrityAlgorithm 0) the message has no integrityCheckInfo.
 */
SrvccUtranHandoverToUtranComplete ProtectHandoverToUtranComplete(
    const srvcc::CkIk& keys, const UtranProtectionParameters& p);

/**
 * RNC side: decipher the START value with CK and check the MAC-I with IK.
 * \return true when the MAC-I matches (when integrity protection was not started there is no
 *         MAC-I, and the message is accepted only when \p allowNullIntegrity: unauthenticated
 *         emergency sessions)
 */
bool VerifyHandoverToUtranComplete(const SrvccUtranHandoverToUtranComplete& message,
                                   const srvcc::CkIk& keys, const UtranProtectionParameters& p,
                                   bool allowNullIntegrity);

} // namespace ns3

#endif // SRVCC_UTRAN_RRC_PROTECTION_H
