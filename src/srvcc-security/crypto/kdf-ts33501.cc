/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/kdf-ts33501.h"

#include "srvcc/kdf-parameters.h"

#include <openssl/sha.h>

namespace srvcc
{

Key256
DeriveKausf(const Key128& ck, const Key128& ik, std::string_view servingNetworkName,
            const SqnXorAk& sqnXorAk)
{
    const Key256 ckIk = Concatenate(ck, ik);
    return Kdf(ckIk, fc::kKausf,
               {TextParameter(servingNetworkName), KdfParameter{sqnXorAk.data(), sqnXorAk.size()}});
}

Key128
DeriveResStar(const Key128& ck, const Key128& ik, std::string_view servingNetworkName,
              const Rand& rand, const uint8_t* res, std::size_t resLength)
{
    if (resLength < 4 || resLength > 16)
    {
        throw CryptoError("res", "RES is 4 to 16 octets (TS 33.102 6.3.2), got "
                                     + std::to_string(resLength));
    }
    const Key256 ckIk = Concatenate(ck, ik);
    return Lsb128(Kdf(ckIk, fc::kResStar,
                      {TextParameter(servingNetworkName), KdfParameter{rand.data(), rand.size()},
                       KdfParameter{res, resLength}}));
}

std::array<uint8_t, 16>
DeriveHresStar(const Rand& rand, const Key128& resStar)
{
    uint8_t s[32];
    std::copy(rand.begin(), rand.end(), s);
    std::copy(resStar.Data(), resStar.Data() + 16, s + 16);
    uint8_t digest[SHA256_DIGEST_LENGTH];
    SHA256(s, sizeof(s), digest);
    std::array<uint8_t, 16> out;
    std::copy(digest + 16, digest + 32, out.begin());
    return out;
}

Key256
DeriveKseaf(const Key256& kausf, std::string_view servingNetworkName)
{
    return Kdf(kausf, fc::kKseaf, {TextParameter(servingNetworkName)});
}

Key256
DeriveKamf(const Key256& kseaf, std::string_view supi, const uint8_t* abba, std::size_t abbaLength)
{
    if (supi.empty())
    {
        throw CryptoError("supi", "empty SUPI");
    }
    if (abbaLength == 0)
    {
        throw CryptoError("abba", "ABBA is at least 2 octets (TS 33.501 A.7.1)");
    }
    return Kdf(kseaf, fc::kKamf, {TextParameter(supi), KdfParameter{abba, abbaLength}});
}

Key128
DeriveAlgorithmKey(const Key256& key, AlgorithmTypeDistinguisher distinguisher,
                   uint8_t algorithmIdentity)
{
    return AlgorithmKey(key, fc::kAlgorithmKey, static_cast<uint8_t>(distinguisher),
                        algorithmIdentity);
}

Key256
DeriveKgnb(const Key256& kamf, NasCount uplinkNasCount, AccessTypeDistinguisher access)
{
    const NasCountParameter count(uplinkNasCount);
    const uint8_t p1 = static_cast<uint8_t>(access);
    return Kdf(kamf, fc::kKgnb, {count.Get(), KdfParameter{&p1, 1}});
}

Key256
DeriveKasmePrimeIdle(const Key256& kamf, NasCount uplinkNasCount)
{
    const NasCountParameter count(uplinkNasCount);
    return Kdf(kamf, fc::kKasmePrimeIdle, {count.Get()});
}

Key256
DeriveKasmePrimeHandover(const Key256& kamf, NasCount downlinkNasCount)
{
    const NasCountParameter count(downlinkNasCount);
    return Kdf(kamf, fc::kKasmePrimeHandover, {count.Get()});
}

Key256
DeriveKasmeSrvcc(const Key256& kamf, NasCount downlinkNasCount)
{
    const NasCountParameter count(downlinkNasCount);
    return Kdf(kamf, fc::kKasmeSrvcc, {count.Get()});
}

} // namespace srvcc
