/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/kdf-ts33401.h"

#include "srvcc/kdf-parameters.h"

namespace srvcc
{

CkIk
SplitCkIk(const Key256& ckIk)
{
    CkIk out;
    std::copy(ckIk.Data(), ckIk.Data() + 16, out.ck.Data());
    std::copy(ckIk.Data() + 16, ckIk.Data() + 32, out.ik.Data());
    return out;
}

CkIk
DeriveCkIkPrime(const Key128& ck, const Key128& ik, std::string_view accessNetworkIdentity,
                const SqnXorAk& sqnXorAk)
{
    const Key256 ckIk = Concatenate(ck, ik);
    return SplitCkIk(Kdf(
        ckIk, fc::kCkIkPrime,
        {TextParameter(accessNetworkIdentity), KdfParameter{sqnXorAk.data(), sqnXorAk.size()}}));
}

Key256
DeriveKasme(const Key128& ck, const Key128& ik, const PlmnIdentity& servingNetworkId,
            const SqnXorAk& sqnXorAk)
{
    const Key256 ckIk = Concatenate(ck, ik);
    return Kdf(ckIk, fc::kKasme,
               {KdfParameter{servingNetworkId.data(), servingNetworkId.size()},
                KdfParameter{sqnXorAk.data(), sqnXorAk.size()}});
}

Key128
DeriveEpsAlgorithmKey(const Key256& key, AlgorithmTypeDistinguisher distinguisher,
                      uint8_t algorithmIdentity)
{
    return AlgorithmKey(key, fc::kEpsAlgorithmKey, static_cast<uint8_t>(distinguisher),
                        algorithmIdentity);
}

CkIk
DeriveCkIkSrvcc(const Key256& kasme, NasCount downlinkNasCount)
{
    const NasCountParameter count(downlinkNasCount);
    return SplitCkIk(Kdf(kasme, fc::kCkIkSrvcc, {count.Get()}));
}

} // namespace srvcc
