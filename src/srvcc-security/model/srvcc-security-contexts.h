/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * What each node holds: the 5G NAS security context of the UE and the AMF, the MME_SRVCC's
 * mapped context and the MSC server's SRVCC context. Keys live in srvcc::SecretBytes, so
 * erasing a context (or calling Wipe) leaves no key material behind.
 */
#ifndef SRVCC_SECURITY_CONTEXTS_H
#define SRVCC_SECURITY_CONTEXTS_H

#include "srvcc/kdf-ts33401.h"
#include "srvcc/key-set-identifier.h"
#include "srvcc/nas-count.h"
#include "srvcc/secret-bytes.h"

#include <cstdint>
#include <string>

namespace ns3
{

/**
 * The 5G NAS security context (TS 33.501 6.3.2, 6.4.3.1) as the AMF keeps it: KAMF, ngKSI and
 * the NAS COUNTs. KAMF never leaves the AMF (TS 33.501 J.1.1).
 */
struct AmfNasSecurityContext
{
    srvcc::Key256 kamf;
    srvcc::Ngksi ngksi;
    srvcc::NasCount uplinkNasCount;
    /** The COUNT the next downlink NAS message (or derivation) will use. */
    srvcc::NasCount downlinkNasCount;

    /**
     * J.1.2 step 2: "The AMF increases the downlink 5G NAS COUNT by one" after using the
     * current value for KASME_SRVCC (TS 33.401 14.1 says the same for the MME).
     * \return the COUNT to use for this handover
     * \throws srvcc::CryptoError when the COUNT would wrap (a new KAMF is needed)
     */
    srvcc::NasCount
    TakeDownlinkNasCount()
    {
        const srvcc::NasCount used = downlinkNasCount;
        downlinkNasCount = downlinkNasCount.Next();
        return used;
    }
};

/** The UE's 5G NAS security context: the same keys, and its estimate of the DL NAS COUNT. */
struct UeNasSecurityContext
{
    srvcc::Key256 kamf;
    srvcc::Ngksi ngksi;
    srvcc::NasCount uplinkNasCount;
    srvcc::DownlinkNasCountEstimator downlinkEstimator;
};

/** The MME_SRVCC's mapped context for one UE (J.1.2 steps 3-5). */
struct MmeMappedSecurityContext
{
    std::string imsi;
    uint32_t ueIndex{0};
    srvcc::Key256 mappedKasme; ///< KASME_SRVCC, or K'ASME for the sol1.1 profiles
    srvcc::Eksi eksi;
    srvcc::NasCount downlinkNasCount;
    srvcc::CkIk ckIk;
    uint8_t ksiSrvcc{0};

    void
    Wipe()
    {
        mappedKasme.Wipe();
        ckIk.ck.Wipe();
        ckIk.ik.Wipe();
    }
};

/** The MSC server's SRVCC security context for one UE: CK_SRVCC, IK_SRVCC, KSI_SRVCC. */
struct MscSrvccSecurityContext
{
    std::string imsi;
    uint32_t ueIndex{0};
    srvcc::CkIk ckIk;
    uint8_t ksiSrvcc{0};

    void
    Wipe()
    {
        ckIk.ck.Wipe();
        ckIk.ik.Wipe();
    }
};

} // namespace ns3

#endif // SRVCC_SECURITY_CONTEXTS_H
