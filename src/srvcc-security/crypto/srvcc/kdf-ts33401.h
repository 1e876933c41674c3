/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The EPS key derivations of TS 33.401 Annex A (and TS 33.402 A.2) that 5G-SRVCC and the
 * published test vectors need, one function per clause.
 */
#ifndef SRVCC_KDF_TS33401_H
#define SRVCC_KDF_TS33401_H

#include "srvcc/kdf-ts33501.h"
#include "srvcc/nas-count.h"
#include "srvcc/secret-bytes.h"

#include <array>
#include <string_view>

namespace srvcc
{

/** CK || IK as a pair of 128-bit keys. */
struct CkIk
{
    Key128 ck;
    Key128 ik;
};

/** Serving network identity for EPS: the PLMN identity, 3 octets (TS 24.301 9.9.3.32). */
using PlmnIdentity = std::array<uint8_t, 3>;

namespace fc
{
constexpr uint8_t kCkIkPrime = 0x20;       ///< TS 33.402 A.2
constexpr uint8_t kKasme = 0x10;           ///< TS 33.401 A.2
constexpr uint8_t kEpsAlgorithmKey = 0x15; ///< TS 33.401 A.7
constexpr uint8_t kCkIkSrvcc = 0x1a;       ///< TS 33.401 A.12
} // namespace fc

/**
 * TS 33.402 A.2 (EAP-AKA', RFC 5448; used by TS 33.501 A.3):
 * CK' || IK' = KDF(CK||IK, 0x20, access network identity, SQN xor AK).
 */
CkIk DeriveCkIkPrime(const Key128& ck, const Key128& ik, std::string_view accessNetworkIdentity,
                     const SqnXorAk& sqnXorAk);

/** TS 33.401 A.2: KASME = KDF(CK||IK, 0x10, SN id, SQN xor AK). */
Key256 DeriveKasme(const Key128& ck, const Key128& ik, const PlmnIdentity& servingNetworkId,
                   const SqnXorAk& sqnXorAk);

/** TS 33.401 A.7: EPS NAS / AS algorithm key = 128 LSB of KDF(key, 0x15, type, identity). */
Key128 DeriveEpsAlgorithmKey(const Key256& key, AlgorithmTypeDistinguisher distinguisher,
                             uint8_t algorithmIdentity);

/**
 * TS 33.401 A.12: CK_SRVCC || IK_SRVCC = KDF(KASME, 0x1A, NAS downlink COUNT);
 * CK_SRVCC is the 128 MSB, IK_SRVCC the 128 LSB (TS 33.401 14.1). In 5G-SRVCC the key is
 * KASME_SRVCC and the COUNT is zero (TS 33.501 J.1.2 step 4).
 *
 * FC 0x1A is confirmed by an independent UE implementation and fits the 0x16..0x1B sequence
 * of Annex A (see doc/profiles.md).
 */
CkIk DeriveCkIkSrvcc(const Key256& kasme, NasCount downlinkNasCount);

/** Split a 256-bit CK||IK into CK (128 MSB) and IK (128 LSB). */
CkIk SplitCkIk(const Key256& ckIk);

} // namespace srvcc

#endif // SRVCC_KDF_TS33401_H
