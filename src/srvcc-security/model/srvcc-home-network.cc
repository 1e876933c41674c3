/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-home-network.h"

#include "srvcc/crypto-error.h"

namespace ns3
{

namespace
{

/** AMF field of the AVs: separation bit set for 5G (TS 33.501 6.1.3.2.0 step 1). */
const srvcc::AuthManagementField kAmf5g = {0x80, 0x00};

} // namespace

void
SrvccHomeNetwork::AddSubscriber(const std::string& supi, const srvcc::Key128& k,
                                const srvcc::Key128& opc, uint64_t sqnHe)
{
    if (sqnHe > srvcc::kSqnMax)
    {
        throw srvcc::CryptoError("sqn-he", "exceeds 2^48 - 1");
    }
    Subscriber& s = m_subscribers[supi];
    s.k = k;
    s.opc = opc;
    s.sqn = sqnHe;
}

bool
SrvccHomeNetwork::HasSubscriber(const std::string& supi) const
{
    return m_subscribers.count(supi) != 0;
}

std::optional<srvcc::HeAv5g>
SrvccHomeNetwork::GenerateAv(const std::string& supi, const srvcc::Rand& rand,
                             const std::string& servingNetworkName, SrvccCryptoOps& ops)
{
    const auto it = m_subscribers.find(supi);
    if (it == m_subscribers.end() || it->second.sqn >= srvcc::kSqnMax)
    {
        return std::nullopt;
    }
    Subscriber& s = it->second;
    ++s.sqn;
    // MILENAGE f1..f5 once; KAUSF (A.2) and XRES* (A.4) are one KDF call each.
    ++ops.milenage;
    ops.kdf += 2;
    return srvcc::GenerateHeAv(s.k, s.opc, rand, srvcc::SqnFromInteger(s.sqn), kAmf5g,
                               servingNetworkName);
}

bool
SrvccHomeNetwork::Resynchronise(const std::string& supi, const srvcc::Rand& rand,
                                const srvcc::Auts& auts, SrvccCryptoOps& ops)
{
    const auto it = m_subscribers.find(supi);
    if (it == m_subscribers.end())
    {
        return false;
    }
    ++ops.milenage; // f5* and f1*
    const srvcc::Milenage milenage(it->second.k, it->second.opc);
    const std::optional<srvcc::Sqn> sqnMs = srvcc::RecoverSqnMs(milenage, rand, auts);
    if (!sqnMs)
    {
        return false;
    }
    // TS 33.102 6.3.5: "the HE/AuC resets the value of the counter SQN_HE to SQN_MS".
    it->second.sqn = srvcc::SqnToInteger(*sqnMs);
    return true;
}

std::optional<uint64_t>
SrvccHomeNetwork::GetSqn(const std::string& supi) const
{
    const auto it = m_subscribers.find(supi);
    if (it == m_subscribers.end())
    {
        return std::nullopt;
    }
    return it->second.sqn;
}

} // namespace ns3
