/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/aka.h"

#include "srvcc/crypto-error.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <utility>

namespace srvcc
{

namespace
{

/** TS 33.102 6.3.3: the dummy AMF used for MAC-S in AUTS. */
constexpr AuthManagementField kResyncAmf = {0x00, 0x00};

template<std::size_t N>
std::array<uint8_t, N>
Xor(const std::array<uint8_t, N>& a, const std::array<uint8_t, N>& b)
{
    std::array<uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i)
    {
        out[i] = a[i] ^ b[i];
    }
    return out;
}

void
RequireServingNetworkName(std::string_view servingNetworkName)
{
    if (servingNetworkName.empty())
    {
        throw CryptoError("serving-network-name",
                          "empty serving network name (TS 33.501 6.1.1.4, e.g. "
                          "\"5G:mnc001.mcc001.3gppnetwork.org\")");
    }
}

/** The inputs of KAMF, checked before anything else happens (TS 33.501 A.7). */
void
RequireKamfInputs(std::string_view supi, const Abba& abba)
{
    if (supi.empty())
    {
        throw CryptoError("supi", "empty SUPI (TS 33.501 A.7.0)");
    }
    if (abba.empty())
    {
        throw CryptoError("abba", "empty ABBA (TS 33.501 A.7.1; 0000 for the initial 5GS "
                                  "security features)");
    }
}

} // namespace

uint64_t
SqnToInteger(const Sqn& sqn)
{
    uint64_t value = 0;
    for (uint8_t octet : sqn)
    {
        value = (value << 8) | octet;
    }
    return value;
}

Sqn
SqnFromInteger(uint64_t value, const std::string& input)
{
    if (value > kSqnMax)
    {
        throw CryptoError(input,
                          "SQN is 48 bits (0..281474976710655), got " + std::to_string(value));
    }
    Sqn sqn{};
    for (std::size_t i = 0; i < sqn.size(); ++i)
    {
        sqn[sqn.size() - 1 - i] = static_cast<uint8_t>(value >> (8 * i));
    }
    return sqn;
}

Autn
BuildAutn(const Sqn& sqnXorAk, const AuthManagementField& amf, const AkaMac& macA)
{
    Autn autn{};
    std::copy(sqnXorAk.begin(), sqnXorAk.end(), autn.begin());
    std::copy(amf.begin(), amf.end(), autn.begin() + 6);
    std::copy(macA.begin(), macA.end(), autn.begin() + 8);
    return autn;
}

AutnFields
SplitAutn(const Autn& autn)
{
    AutnFields fields{};
    std::copy(autn.begin(), autn.begin() + 6, fields.sqnXorAk.begin());
    std::copy(autn.begin() + 6, autn.begin() + 8, fields.amf.begin());
    std::copy(autn.begin() + 8, autn.end(), fields.macA.begin());
    return fields;
}

HeAv5g
GenerateHeAv(const Milenage& milenage, const Rand& rand, const Sqn& sqn,
             const AuthManagementField& amf, std::string_view servingNetworkName)
{
    if (!HasSeparationBit(amf))
    {
        throw CryptoError("amf", "the AMF separation bit (bit 0) must be 1 for a 5G HE AV "
                                 "(TS 33.501 6.1.3.2.0 step 1)");
    }
    RequireServingNetworkName(servingNetworkName);

    const MilenageVector v = milenage.F2345(rand);
    const Sqn sqnXorAk = Xor(sqn, v.ak);
    HeAv5g av;
    av.rand = rand;
    av.autn = BuildAutn(sqnXorAk, amf, milenage.F1(rand, sqn, amf));
    av.xresStar = DeriveResStar(v.ck, v.ik, servingNetworkName, rand, v.res.data(), v.res.size());
    av.kausf = DeriveKausf(v.ck, v.ik, servingNetworkName, sqnXorAk);
    return av;
}

HeAv5g
GenerateHeAv(const Key128& k, const Key128& opc, const Rand& rand, const Sqn& sqn,
             const AuthManagementField& amf, std::string_view servingNetworkName)
{
    const Milenage milenage(k, opc);
    return GenerateHeAv(milenage, rand, sqn, amf, servingNetworkName);
}

AusfAuthData
DeriveSeAv(const HeAv5g& heAv, std::string_view servingNetworkName)
{
    RequireServingNetworkName(servingNetworkName);
    AusfAuthData data;
    data.seAv.rand = heAv.rand;
    data.seAv.autn = heAv.autn;
    data.seAv.hxresStar = DeriveHresStar(heAv.rand, heAv.xresStar);
    data.kseaf = DeriveKseaf(heAv.kausf, servingNetworkName);
    return data;
}

bool
SeafVerifyResStar(const SeAv5g& seAv, const Key128& resStar)
{
    const HresStar hresStar = DeriveHresStar(seAv.rand, resStar);
    return CRYPTO_memcmp(hresStar.data(), seAv.hxresStar.data(), hresStar.size()) == 0;
}

bool
AusfVerifyResStar(const HeAv5g& heAv, const Key128& resStar)
{
    return heAv.xresStar == resStar; // SecretBytes compares in constant time
}

AnchorKeys
DeriveAnchorKeys(const Key256& kausf, std::string_view servingNetworkName, std::string_view supi,
                 const Abba& abba)
{
    RequireServingNetworkName(servingNetworkName);
    RequireKamfInputs(supi, abba);
    AnchorKeys keys;
    keys.kseaf = DeriveKseaf(kausf, servingNetworkName);
    keys.kamf = DeriveKamf(keys.kseaf, supi, abba.data(), abba.size());
    return keys;
}

Auts
ComputeAuts(const Milenage& milenage, const Rand& rand, const Sqn& sqnMs)
{
    const Sqn concealed = Xor(sqnMs, milenage.F5Star(rand));
    const AkaMac macS = milenage.F1Star(rand, sqnMs, kResyncAmf);
    Auts auts{};
    std::copy(concealed.begin(), concealed.end(), auts.begin());
    std::copy(macS.begin(), macS.end(), auts.begin() + 6);
    return auts;
}

std::optional<Sqn>
RecoverSqnMs(const Milenage& milenage, const Rand& rand, const Auts& auts)
{
    Sqn concealed{};
    std::copy(auts.begin(), auts.begin() + 6, concealed.begin());
    const Sqn sqnMs = Xor(concealed, milenage.F5Star(rand));
    const AkaMac xmacS = milenage.F1Star(rand, sqnMs, kResyncAmf);
    if (CRYPTO_memcmp(xmacS.data(), auts.data() + 6, xmacS.size()) != 0)
    {
        return std::nullopt;
    }
    return sqnMs;
}

Usim::Usim(const Key128& k, const Key128& opc, uint64_t highestAcceptedSqn, uint64_t delta)
    : m_milenage(k, opc), m_sqnMs(highestAcceptedSqn), m_delta(delta)
{
    if (highestAcceptedSqn > kSqnMax)
    {
        throw CryptoError("sqn-ms", "SQN is 48 bits (0..281474976710655), got "
                                        + std::to_string(highestAcceptedSqn));
    }
    if (delta == 0 || delta > kSqnMax)
    {
        throw CryptoError("sqn-delta", "the freshness window Δ is 1..2^48-1 (TS 33.102 C.2.1), "
                                       "got "
                                           + std::to_string(delta));
    }
}

UsimResponse
Usim::Authenticate(const Rand& rand, const Autn& autn)
{
    UsimResponse response;
    const AutnFields fields = SplitAutn(autn);
    MilenageVector v = m_milenage.F2345(rand);
    const Sqn sqn = Xor(fields.sqnXorAk, v.ak);

    // TS 33.102 6.3.3: XMAC first; a wrong MAC is reported whatever the SQN.
    const AkaMac xmac = m_milenage.F1(rand, sqn, fields.amf);
    if (CRYPTO_memcmp(xmac.data(), fields.macA.data(), xmac.size()) != 0)
    {
        response.verdict = AutnVerdict::kMacFailure;
        return response;
    }

    // TS 33.102 C.2 with one array element: fresh iff SQN_MS < SQN <= SQN_MS + Δ.
    const uint64_t received = SqnToInteger(sqn);
    if (received <= m_sqnMs || received - m_sqnMs > m_delta)
    {
        response.verdict = AutnVerdict::kSynchFailure;
        response.auts = ComputeAuts(m_milenage, rand, SqnFromInteger(m_sqnMs, "sqn-ms"));
        return response;
    }

    m_sqnMs = received;
    response.verdict = AutnVerdict::kAccepted;
    response.vector = std::move(v);
    return response;
}

UeAuthOutcome
UeAuthenticate(Usim& usim, const Rand& rand, const Autn& autn, std::string_view servingNetworkName,
               std::string_view supi, const Abba& abba)
{
    RequireServingNetworkName(servingNetworkName);
    RequireKamfInputs(supi, abba);

    UeAuthOutcome outcome;
    const AutnFields fields = SplitAutn(autn);
    // TS 33.501 6.1.3.2.0 step 7: "An ME accessing 5G shall check during authentication that
    // the 'separation bit' in the AMF field of AUTN is set to 1."
    if (!HasSeparationBit(fields.amf))
    {
        outcome.result = UeAuthResult::kNon5gAuthenticationUnacceptable;
        return outcome;
    }

    const UsimResponse usimResponse = usim.Authenticate(rand, autn);
    switch (usimResponse.verdict)
    {
        case AutnVerdict::kMacFailure:
            outcome.result = UeAuthResult::kMacFailure;
            return outcome;
        case AutnVerdict::kSynchFailure:
            outcome.result = UeAuthResult::kSynchFailure;
            outcome.auts = usimResponse.auts;
            return outcome;
        case AutnVerdict::kAccepted:
            break;
    }

    const MilenageVector& v = usimResponse.vector;
    outcome.result = UeAuthResult::kSuccess;
    outcome.res = v.res;
    outcome.ck = v.ck;
    outcome.ik = v.ik;
    outcome.resStar
        = DeriveResStar(v.ck, v.ik, servingNetworkName, rand, v.res.data(), v.res.size());
    outcome.kausf = DeriveKausf(v.ck, v.ik, servingNetworkName, fields.sqnXorAk);
    AnchorKeys anchor = DeriveAnchorKeys(outcome.kausf, servingNetworkName, supi, abba);
    outcome.kseaf = std::move(anchor.kseaf);
    outcome.kamf = std::move(anchor.kamf);
    return outcome;
}

AkaKeys
DeriveAkaKeys(const Key128& k, const Key128& opc, const Rand& rand, const Sqn& sqn,
              const AuthManagementField& amf, std::string_view servingNetworkName,
              std::string_view supi, const Abba& abba)
{
    RequireServingNetworkName(servingNetworkName);
    RequireKamfInputs(supi, abba);

    const Milenage milenage(k, opc);
    MilenageVector v = milenage.F2345(rand);
    AkaKeys keys;
    keys.ck = std::move(v.ck);
    keys.ik = std::move(v.ik);
    keys.ak = v.ak;
    keys.res = v.res;
    keys.sqnXorAk = Xor(sqn, v.ak);
    keys.macA = milenage.F1(rand, sqn, amf);
    keys.autn = BuildAutn(keys.sqnXorAk, amf, keys.macA);
    keys.resStar = DeriveResStar(keys.ck, keys.ik, servingNetworkName, rand, keys.res.data(),
                                 keys.res.size());
    keys.hresStar = DeriveHresStar(rand, keys.resStar);
    keys.kausf = DeriveKausf(keys.ck, keys.ik, servingNetworkName, keys.sqnXorAk);
    AnchorKeys anchor = DeriveAnchorKeys(keys.kausf, servingNetworkName, supi, abba);
    keys.kseaf = std::move(anchor.kseaf);
    keys.kamf = std::move(anchor.kamf);
    return keys;
}

} // namespace srvcc
