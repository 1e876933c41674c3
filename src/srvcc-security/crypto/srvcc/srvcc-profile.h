/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The 5G-SRVCC key derivation profiles: the normative path of TS 33.501 Annex J and the
 * options of the study (TR 33.856 Solutions #1.1 and #1.2).
 */
#ifndef SRVCC_SRVCC_PROFILE_H
#define SRVCC_SRVCC_PROFILE_H

#include "srvcc/kdf-ts33401.h"
#include "srvcc/key-set-identifier.h"
#include "srvcc/nas-count.h"
#include "srvcc/secret-bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace srvcc
{

enum class SrvccProfile
{
    /**
     * TS 33.501 Annex J.1.2 (normative, Rel-16): AMF: KASME_SRVCC = A.21 (FC 0x7D, downlink
     * NAS COUNT); MME_SRVCC: CK_SRVCC || IK_SRVCC = TS 33.401 A.12 on KASME_SRVCC with a
     * downlink NAS COUNT of zero.
     */
    kTs33501,
    /**
     * TR 33.856 Solution #1.1: AMF: K'ASME = TS 33.501 A.14.2 (FC 0x74, downlink NAS COUNT,
     * the derivation of clause 8.6.1); MME: CK_SRVCC || IK_SRVCC = TS 33.401 A.12 on K'ASME
     * with the same downlink NAS COUNT ("a new key generation procedure using K'ASME").
     */
    kSol11,
    /**
     * TR 33.856 Solution #1.1, second option of its NOTE: K'ASME (A.14.2) taken as the
     * concatenation CK_SRVCC || IK_SRVCC (128 MSB and 128 LSB).
     */
    kSol11Concat,
    /**
     * TR 33.856 Solution #1.2 (direct AMF-MSC interface, never made normative; no FC was
     * allocated). The module's own choice: CK_SRVCC || IK_SRVCC = the TS 33.401 A.12 function
     * (FC 0x1A) keyed with KAMF and the downlink NAS COUNT; ngKSI value -> KSI_SRVCC.
     */
    kSol12,
};

/** \return "ts33501", "sol1.1", "sol1.1-concat" or "sol1.2". */
std::string_view ToString(SrvccProfile profile);

/** \throws CryptoError naming "profile" and the accepted names for an unknown name */
SrvccProfile ParseSrvccProfile(std::string_view name);

/** \return true when the profile goes through an MME_SRVCC (all but sol1.2). */
inline bool
UsesMme(SrvccProfile profile)
{
    return profile != SrvccProfile::kSol12;
}

/**
 * AMF step for the profiles with an MME: the mapped 256-bit key sent in Forward Relocation
 * Request (KASME_SRVCC for ts33501, K'ASME for the sol1.1 profiles).
 * \throws CryptoError for sol1.2, which has no mapped KASME
 */
Key256 DeriveMappedKasme(SrvccProfile profile, const Key256& kamf, NasCount downlinkNasCount);

/**
 * MME_SRVCC step: CK_SRVCC and IK_SRVCC from the mapped KASME it received.
 * \param downlinkNasCount the COUNT the AMF used (only sol1.1 feeds it to A.12)
 * \throws CryptoError for sol1.2
 */
CkIk DeriveCkIkFromMappedKasme(SrvccProfile profile, const Key256& mappedKasme,
                               NasCount downlinkNasCount);

/** AMF step of sol1.2: CK_SRVCC || IK_SRVCC from KAMF directly (see kSol12). */
CkIk DeriveCkIkFromKamf(const Key256& kamf, NasCount downlinkNasCount);

/** Every key and identifier of one 5G-SRVCC derivation. */
struct SrvccKeyChain
{
    SrvccProfile profile{SrvccProfile::kTs33501};
    NasCount downlinkNasCount;
    /** KASME_SRVCC (ts33501) or K'ASME (sol1.1, sol1.1-concat); empty for sol1.2. */
    std::optional<Key256> mappedKasme;
    /** eKSI mapped from ngKSI; empty for sol1.2. */
    std::optional<Eksi> eksi;
    /** CK_SRVCC (ckIk.ck, the 128 MSB) and IK_SRVCC (ckIk.ik, the 128 LSB). */
    CkIk ckIk;
    uint8_t ksiSrvcc{0};
};

/**
 * The whole chain from KAMF as the UE runs it (and as the network runs it across AMF and
 * MME): mapped KASME, CK_SRVCC, IK_SRVCC and KSI_SRVCC.
 * \throws CryptoError when ngKSI is 7 (no key)
 */
SrvccKeyChain DeriveSrvccKeyChain(SrvccProfile profile, const Key256& kamf,
                                  NasCount downlinkNasCount, const Ngksi& ngksi,
                                  EksiTypeRule eksiRule = EksiTypeRule::kSetMapped);

} // namespace srvcc

#endif // SRVCC_SRVCC_PROFILE_H
