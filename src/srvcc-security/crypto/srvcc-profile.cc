/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/srvcc-profile.h"

#include "srvcc/crypto-error.h"
#include "srvcc/kdf-ts33501.h"

namespace srvcc
{

std::string_view
ToString(SrvccProfile profile)
{
    switch (profile)
    {
        case SrvccProfile::kTs33501:
            return "ts33501";
        case SrvccProfile::kSol11:
            return "sol1.1";
        case SrvccProfile::kSol11Concat:
            return "sol1.1-concat";
        case SrvccProfile::kSol12:
            return "sol1.2";
    }
    return "unknown";
}

SrvccProfile
ParseSrvccProfile(std::string_view name)
{
    for (SrvccProfile p : {SrvccProfile::kTs33501, SrvccProfile::kSol11, SrvccProfile::kSol11Concat,
                           SrvccProfile::kSol12})
    {
        if (name == ToString(p))
        {
            return p;
        }
    }
    throw CryptoError("profile", "unknown profile '" + std::string(name)
                                     + "', expected ts33501, sol1.1, sol1.1-concat or sol1.2");
}

Key256
DeriveMappedKasme(SrvccProfile profile, const Key256& kamf, NasCount downlinkNasCount)
{
    switch (profile)
    {
        case SrvccProfile::kTs33501:
            return DeriveKasmeSrvcc(kamf, downlinkNasCount); // TS 33.501 J.1.2 step 2
        case SrvccProfile::kSol11:
        case SrvccProfile::kSol11Concat:
            return DeriveKasmePrimeHandover(kamf, downlinkNasCount); // TR 33.856 6.1.2
        case SrvccProfile::kSol12:
            break;
    }
    throw CryptoError("profile", "sol1.2 has no mapped KASME: the AMF derives CK/IK directly");
}

CkIk
DeriveCkIkFromMappedKasme(SrvccProfile profile, const Key256& mappedKasme,
                          NasCount downlinkNasCount)
{
    switch (profile)
    {
        case SrvccProfile::kTs33501:
            // TS 33.501 J.1.2 step 4: "using a downlink NAS COUNT of zero".
            return DeriveCkIkSrvcc(mappedKasme, NasCount::FromValue(0));
        case SrvccProfile::kSol11:
            return DeriveCkIkSrvcc(mappedKasme, downlinkNasCount);
        case SrvccProfile::kSol11Concat:
            // TR 33.856 6.1.2 NOTE: "treating K'ASME as a simple concatenation of CK, IK".
            return SplitCkIk(mappedKasme);
        case SrvccProfile::kSol12:
            break;
    }
    throw CryptoError("profile", "sol1.2 has no MME_SRVCC step");
}

CkIk
DeriveCkIkFromKamf(const Key256& kamf, NasCount downlinkNasCount)
{
    return DeriveCkIkSrvcc(kamf, downlinkNasCount);
}

SrvccKeyChain
DeriveSrvccKeyChain(SrvccProfile profile, const Key256& kamf, NasCount downlinkNasCount,
                    const Ngksi& ngksi, EksiTypeRule eksiRule)
{
    SrvccKeyChain chain;
    chain.profile = profile;
    chain.downlinkNasCount = downlinkNasCount;
    if (UsesMme(profile))
    {
        chain.eksi = MapNgksiToEksi(ngksi, eksiRule);
        chain.ksiSrvcc = MapEksiToKsiSrvcc(*chain.eksi);
        chain.mappedKasme.emplace(DeriveMappedKasme(profile, kamf, downlinkNasCount));
        chain.ckIk = DeriveCkIkFromMappedKasme(profile, *chain.mappedKasme, downlinkNasCount);
    }
    else
    {
        chain.ksiSrvcc = MapNgksiToKsiSrvcc(ngksi);
        chain.ckIk = DeriveCkIkFromKamf(kamf, downlinkNasCount);
    }
    return chain;
}

} // namespace srvcc
