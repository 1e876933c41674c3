/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The 5G-SRVCC derivation profile as one small strategy object, chosen once per simulation:
 * which node derives what from what (TS 33.501 J.1.2; TR 33.856 Solutions #1.1 and #1.2).
 */
#ifndef SRVCC_KEY_STRATEGY_H
#define SRVCC_KEY_STRATEGY_H

#include "srvcc-trace-types.h"
#include "srvcc/srvcc-profile.h"

#include <optional>

namespace ns3
{

/** What the AMF hands on after its derivation step. */
struct AmfSrvccKeys
{
    /** The downlink NAS COUNT used; its 4 LSB go into the HO Command (J.1.2 step 8). */
    srvcc::NasCount downlinkNasCount;
    /** KASME_SRVCC or K'ASME with eKSI, towards the MME_SRVCC (all profiles but sol1.2). */
    std::optional<srvcc::Key256> mappedKasme;
    std::optional<srvcc::Eksi> eksi;
    /** CK_SRVCC || IK_SRVCC with KSI_SRVCC, towards the MSC server directly (sol1.2). */
    std::optional<srvcc::CkIk> ckIk;
    uint8_t ksiSrvcc{0};
};

/** What the MME_SRVCC hands on to the MSC server (J.1.2 steps 4-5). */
struct MmeSrvccKeys
{
    srvcc::CkIk ckIk;
    uint8_t ksiSrvcc{0};
};

class SrvccKeyStrategy
{
  public:
    explicit SrvccKeyStrategy(srvcc::SrvccProfile profile = srvcc::SrvccProfile::kTs33501,
                              srvcc::EksiTypeRule eksiRule = srvcc::EksiTypeRule::kSetMapped)
        : m_profile(profile), m_eksiRule(eksiRule)
    {
    }

    srvcc::SrvccProfile
    GetProfile() const
    {
        return m_profile;
    }

    srvcc::EksiTypeRule
    GetEksiTypeRule() const
    {
        return m_eksiRule;
    }

    /** \return true when the AMF goes through an MME_SRVCC (all profiles but sol1.2). */
    bool
    UsesMme() const
    {
        return srvcc::UsesMme(m_profile);
    }

    /**
     * AMF step (J.1.2 steps 2-3, or Solution #1.2's steps 2-3).
     * \throws srvcc::CryptoError when ngKSI is 7
     */
    AmfSrvccKeys DeriveAtAmf(const srvcc::Key256& kamf, srvcc::NasCount downlinkNasCount,
                             const srvcc::Ngksi& ngksi) const;

    /**
     * MME_SRVCC step (J.1.2 steps 4-5).
     * \param downlinkNasCount the COUNT the AMF used (UsedDownlinkNasCount of IE 107's value)
     * \throws srvcc::CryptoError for sol1.2 or eKSI 7
     */
    MmeSrvccKeys DeriveAtMme(const srvcc::Key256& mappedKasme, const srvcc::Eksi& eksi,
                             srvcc::NasCount downlinkNasCount) const;

    /**
     * The downlink NAS COUNT the AMF used, from IE 107's NAS Downlink COUNT, which is "the
     * value that shall be used to send the next NAS message" (TS 29.274 8.38): one less.
     * \return nothing for 0 (no COUNT was used)
     */
    static std::optional<srvcc::NasCount> UsedDownlinkNasCount(uint32_t nextDownlinkNasCount);

    /**
     * \return true when DeriveAtMme feeds the used downlink NAS COUNT to A.12 (sol1.1); ts33501
     *         uses a COUNT of zero (J.1.2 step 4) and sol1.1-concat none
     */
    bool
    NeedsUsedDownlinkNasCount() const
    {
        return m_profile == srvcc::SrvccProfile::kSol11;
    }

    /** UE step (J.1.2 step 10): the whole chain from its own KAMF and estimated COUNT. */
    srvcc::SrvccKeyChain DeriveAtUe(const srvcc::Key256& kamf, srvcc::NasCount downlinkNasCount,
                                    const srvcc::Ngksi& ngksi) const;

    /** The mapped-KASME step (AMF and UE): KASME_SRVCC by A.21, or K'ASME by A.14.2. */
    SrvccKeyKind MappedKasmeStep() const;

    /** The CK_SRVCC || IK_SRVCC step (MME, or AMF for sol1.2, and UE) of this profile. */
    SrvccKeyKind CkIkStep() const;

  private:
    srvcc::SrvccProfile m_profile;
    srvcc::EksiTypeRule m_eksiRule;
};

} // namespace ns3

#endif // SRVCC_KEY_STRATEGY_H
