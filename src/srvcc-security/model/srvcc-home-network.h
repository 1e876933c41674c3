/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The home network of the simulated subscribers: the UDM/ARPF and AUSF roles of 5G AKA
 * (TS 33.501 6.1.3.2.0 steps 1-5, 6.1.3.3.2), co-located with the AMF. It holds each
 * subscriber's K, OPc and SQN_HE, generates 5G HE AVs and resynchronises SQN_HE from AUTS.
 */
#ifndef SRVCC_HOME_NETWORK_H
#define SRVCC_HOME_NETWORK_H

#include "srvcc/aka.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ns3
{

/**
 * Crypto operations one side performed, for the Key Issue #2 figures (TR 33.856 5.2: the
 * continuous authentication "may exhaust UE and network resource"). Counted where the NAS
 * components call into the crypto core: one MILENAGE run (f1..f5, or f1-star and f5-star for
 * AUTS) is one "milenage"; each TS 33.220 KDF call (KAUSF, RES-star, KSEAF, KAMF, KNASint) is
 * one "kdf"; each SHA-256 (HXRES-star) or NAS-MAC computation is one "mac".
 */
struct SrvccCryptoOps
{
    uint64_t milenage{0};
    uint64_t kdf{0};
    uint64_t mac{0};

    uint64_t
    Total() const
    {
        return milenage + kdf + mac;
    }

    SrvccCryptoOps&
    operator+=(const SrvccCryptoOps& o)
    {
        milenage += o.milenage;
        kdf += o.kdf;
        mac += o.mac;
        return *this;
    }
};

class SrvccHomeNetwork
{
  public:
    /**
     * Provision subscriber \p supi (IMSI digits) with its long-term key, OPc and SQN_HE.
     * \throws srvcc::CryptoError naming "sqn-he" when \p sqnHe is not a 48-bit value
     */
    void AddSubscriber(const std::string& supi, const srvcc::Key128& k, const srvcc::Key128& opc,
                       uint64_t sqnHe);

    bool HasSubscriber(const std::string& supi) const;

    /**
     * TS 33.501 6.1.3.2.0 step 1: a fresh 5G HE AV for \p supi. SQN_HE is incremented first
     * (TS 33.102 C.1.1, the simplest profile: SEQ += 1, no IND). Adds the operations to \p ops.
     * \return nothing when \p supi is not a subscriber (TS 33.501 10.2.2.2: "cannot obtain
     *         authentication vector")
     */
    std::optional<srvcc::HeAv5g> GenerateAv(const std::string& supi, const srvcc::Rand& rand,
                                            const std::string& servingNetworkName,
                                            SrvccCryptoOps& ops);

    /**
     * TS 33.102 6.3.5 / TS 33.501 6.1.3.3.2: recover SQN_MS from \p auts and, when MAC-S
     * verifies, set SQN_HE to SQN_MS so that the next AV is fresh for the USIM.
     * \return false when \p supi is unknown or MAC-S does not verify (SQN_HE unchanged)
     */
    bool Resynchronise(const std::string& supi, const srvcc::Rand& rand, const srvcc::Auts& auts,
                       SrvccCryptoOps& ops);

    /** \return SQN_HE of \p supi, or nothing when unknown. */
    std::optional<uint64_t> GetSqn(const std::string& supi) const;

  private:
    struct Subscriber
    {
        srvcc::Key128 k;
        srvcc::Key128 opc;
        uint64_t sqn{0};
    };

    std::map<std::string, Subscriber> m_subscribers;
};

} // namespace ns3

#endif // SRVCC_HOME_NETWORK_H
