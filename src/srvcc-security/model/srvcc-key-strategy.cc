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

std::optional<srvcc::NasCount>
SrvccKeyStrategy::UsedDownlinkNasCount(uint32_t nextDownlinkNasCount)
{
    if (nextDownlinkNasCount == 0 || nextDownlinkNasCount > srvcc::NasCount::kMax)
    {
        return std::nullopt;
    }
    return srvcc::NasCount::FromValue(nextDownlinkNasCount - 1);
}

srvcc::SrvccKeyChain
SrvccKeyStrategy::DeriveAtUe(const srvcc::Key256& kamf, srvcc::NasCount downlinkNasCount,
                             const srvcc::Ngksi& ngksi) const
{
    return srvcc::DeriveSrvccKeyChain(m_profile, kamf, downlinkNasCount, ngksi, m_eksiRule);
}

SrvccKeyKind
SrvccKeyStrategy::MappedKasmeStep() const
{
    return m_profile == srvcc::SrvccProfile::kTs33501 ? SrvccKeyKind::kKasmeSrvcc
                                                      : SrvccKeyKind::kKPrimeAsme;
}

SrvccKeyKind
SrvccKeyStrategy::CkIkStep() const
{
    switch (m_profile)
    {
        case srvcc::SrvccProfile::kTs33501:
            return SrvccKeyKind::kCkIkFromKasmeSrvcc;
        case srvcc::SrvccProfile::kSol11:
            return SrvccKeyKind::kCkIkFromKPrimeAsme;
        case srvcc::SrvccProfile::kSol11Concat:
            return SrvccKeyKind::kCkIkSplitKPrimeAsme;
        case srvcc::SrvccProfile::kSol12:
            break;
    }
    return SrvccKeyKind::kCkIkFromKamf;
}

} // namespace ns3
