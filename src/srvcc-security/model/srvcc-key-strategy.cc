/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-key-strategy.h"

namespace ns3
{

AmfSrvccKeys
SrvccKeyStrategy::DeriveAtAmf(const srvcc::Key256& kamf, srvcc::NasCount downlinkNasCount,
                              const srvcc::Ngksi& ngksi) const
{
    AmfSrvccKeys out;
    out.downlinkNasCount = downlinkNasCount;
    if (UsesMme())
    {
        out.eksi = srvcc::MapNgksiToEksi(ngksi, m_eksiRule); // J.1.2 step 3
        out.mappedKasme.emplace(srvcc::DeriveMappedKasme(m_profile, kamf, downlinkNasCount));
    }
    else
    {
        out.ksiSrvcc = srvcc::MapNgksiToKsiSrvcc(ngksi); // TR 33.856 6.2.2 step 3
        out.ckIk = srvcc::DeriveCkIkFromKamf(kamf, downlinkNasCount);
    }
    return out;
}

MmeSrvccKeys
SrvccKeyStrategy::DeriveAtMme(const srvcc::Key256& mappedKasme, const srvcc::Eksi& eksi,
                              srvcc::NasCount downlinkNasCount) const
{
    MmeSrvccKeys out;
    out.ksiSrvcc = srvcc::MapEksiToKsiSrvcc(eksi);
    out.ckIk = srvcc::DeriveCkIkFromMappedKasme(m_profile, mappedKasme, downlinkNasCount);
    return out;
}

srvcc::SrvccKeyChain
SrvccKeyStrategy::DeriveAtUe(const srvcc::Key256& kamf, srvcc::NasCount downlinkNasCount,
                             const srvcc::Ngksi& ngksi) const
{
    return srvcc::DeriveSrvccKeyChain(m_profile, kamf, downlinkNasCount, ngksi, m_eksiRule);
}

SrvccKeyStrategy::StepLabel
SrvccKeyStrategy::MappedKasmeStep() const
{
    if (m_profile == srvcc::SrvccProfile::kTs33501)
    {
        return {"KASME_SRVCC", "TS 33.501 A.21"};
    }
    return {"K'ASME", "TS 33.501 A.14.2 (TR 33.856 6.1.2)"};
}

SrvccKeyStrategy::StepLabel
SrvccKeyStrategy::CkIkStep() const
{
    switch (m_profile)
    {
        case srvcc::SrvccProfile::kTs33501:
            return {"CK_SRVCC||IK_SRVCC",
                    "TS 33.401 A.12 on KASME_SRVCC, COUNT 0 (TS 33.501 J.1.2)"};
        case srvcc::SrvccProfile::kSol11:
            return {"CK_SRVCC||IK_SRVCC", "TS 33.401 A.12 on K'ASME (TR 33.856 6.1.2)"};
        case srvcc::SrvccProfile::kSol11Concat:
            return {"CK_SRVCC||IK_SRVCC", "K'ASME taken as CK||IK, no KDF (TR 33.856 6.1.2 NOTE)"};
        case srvcc::SrvccProfile::kSol12:
            break;
    }
    return {"CK_SRVCC||IK_SRVCC", "TR 33.856 6.2.2; module's choice: A.12 function on KAMF"};
}

} // namespace ns3
