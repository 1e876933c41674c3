/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * 5G AKA (TS 33.501 6.1.3.2) on MILENAGE: the home network's 5G HE AV, the USIM's AUTN
 * check with its sequence number rule (TS 33.102 6.3.3, Annex C.2), resynchronisation with
 * AUTS (TS 33.102 6.3.5) and the UE's key chain RES*, KAUSF, KSEAF, KAMF (TS 33.501 Annex A).
 */
#ifndef SRVCC_AKA_H
#define SRVCC_AKA_H

#include "srvcc/hex.h"
#include "srvcc/kdf-ts33501.h"
#include "srvcc/milenage.h"
#include "srvcc/secret-bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace srvcc
{

/** AUTN = SQN xor AK || AMF || MAC-A, 128 bits (TS 33.102 6.3.2). */
using Autn = std::array<uint8_t, 16>;
/** AUTS = SQN_MS xor AK* || MAC-S, 112 bits (TS 33.102 6.3.3). */
using Auts = std::array<uint8_t, 14>;
/** HRES* / HXRES*, 128 bits (TS 33.501 A.5). */
using HresStar = std::array<uint8_t, 16>;
/** The ABBA parameter (TS 33.501 A.7.1): variable length, 0x0000 for the initial 5GS features. */
using Abba = std::vector<uint8_t>;

/** Largest SQN: it is 48 bits. */
constexpr uint64_t kSqnMax = (uint64_t{1} << 48) - 1;

/**
 * Default Δ of the USIM's freshness window (TS 33.102 C.2.1: "only increases by a value of at
 * most Δ"). 2^28 is the value TS 33.102 Annex C.3 gives as an example (UNCONFIRMED: taken from
 * memory of C.3, not from retrieved text); the Usim takes any Δ.
 */
constexpr uint64_t kDefaultSqnDelta = uint64_t{1} << 28;

/** \return \p sqn as a 48-bit big-endian integer. */
uint64_t SqnToInteger(const Sqn& sqn);

/**
 * \return the 6-octet big-endian encoding of \p value
 * \throws CryptoError naming \p input when \p value exceeds 2^48 - 1
 */
Sqn SqnFromInteger(uint64_t value, const std::string& input = "sqn");

/**
 * \return true when the AMF "separation bit" (bit 0, the most significant bit of the first
 * octet) is 1, as TS 33.501 6.1.3.2.0 steps 1 and 7 require for 5G.
 */
inline bool
HasSeparationBit(const AuthManagementField& amf)
{
    return (amf[0] & 0x80) != 0;
}

/** The parts of an AUTN. */
struct AutnFields
{
    Sqn sqnXorAk;
    AuthManagementField amf;
    AkaMac macA;
};

/** AUTN = SQN xor AK || AMF || MAC-A. */
Autn BuildAutn(const Sqn& sqnXorAk, const AuthManagementField& amf, const AkaMac& macA);

/** Split an AUTN into SQN xor AK, AMF and MAC-A. */
AutnFields SplitAutn(const Autn& autn);

// ---- Home network: UDM/ARPF and AUSF (TS 33.501 6.1.3.2.0 steps 1-5, 9, 11) ----------------

/** The 5G HE AV the UDM/ARPF gives the AUSF (TS 33.501 6.1.3.2.0 step 1). */
struct HeAv5g
{
    Rand rand;
    Autn autn;
    Key128 xresStar;
    Key256 kausf;
};

/**
 * TS 33.501 6.1.3.2.0 step 1: an AV with AUTN = SQN xor AK || AMF || MAC-A (TS 33.102
 * 6.3.2), then KAUSF (A.2) and XRES* (A.4) from CK, IK.
 * \throws CryptoError naming "amf" when the separation bit is 0 (step 1 requires it to be 1),
 *         "serving-network-name" when it is empty
 */
HeAv5g GenerateHeAv(const Milenage& milenage, const Rand& rand, const Sqn& sqn,
                    const AuthManagementField& amf, std::string_view servingNetworkName);

/** Same, for a subscriber given by K and OPc. */
HeAv5g GenerateHeAv(const Key128& k, const Key128& opc, const Rand& rand, const Sqn& sqn,
                    const AuthManagementField& amf, std::string_view servingNetworkName);

/** The 5G SE AV the AUSF gives the SEAF (TS 33.501 6.1.3.2.0 step 5). */
struct SeAv5g
{
    Rand rand;
    Autn autn;
    HresStar hxresStar;
};

/** What the AUSF makes of a 5G HE AV (step 4): the 5G SE AV and KSEAF (kept until step 12). */
struct AusfAuthData
{
    SeAv5g seAv;
    Key256 kseaf;
};

/**
 * TS 33.501 6.1.3.2.0 step 4: HXRES* from XRES* (A.5) and KSEAF from KAUSF (A.6).
 * \throws CryptoError naming "serving-network-name" when it is empty
 */
AusfAuthData DeriveSeAv(const HeAv5g& heAv, std::string_view servingNetworkName);

/** Step 9: the SEAF's check, HRES* (A.5 of the received RES*) == HXRES*, constant-time. */
bool SeafVerifyResStar(const SeAv5g& seAv, const Key128& resStar);

/** Step 11: the AUSF's check, RES* == XRES*, constant-time. */
bool AusfVerifyResStar(const HeAv5g& heAv, const Key128& resStar);

/** KSEAF and KAMF, the anchor key and the key the AMF receives. */
struct AnchorKeys
{
    Key256 kseaf;
    Key256 kamf;
};

/**
 * KSEAF = KDF(KAUSF, SN name) (A.6) and KAMF = KDF(KSEAF, SUPI, ABBA) (A.7), as both the
 * SEAF (step 12) and the ME (step 7) derive them.
 * \throws CryptoError naming "serving-network-name", "supi" or "abba" when one is empty
 */
AnchorKeys DeriveAnchorKeys(const Key256& kausf, std::string_view servingNetworkName,
                            std::string_view supi, const Abba& abba);

// ---- Resynchronisation (TS 33.102 6.3.3, 6.3.5) -------------------------------------------

/**
 * TS 33.102 6.3.3: AUTS = Conc(SQN_MS) || MAC-S with Conc(SQN_MS) = SQN_MS xor f5*(RAND) and
 * MAC-S = f1*(SQN_MS || RAND || AMF), where AMF is the dummy value 0x0000 so that it need
 * not be sent in the resynchronisation message.
 */
Auts ComputeAuts(const Milenage& milenage, const Rand& rand, const Sqn& sqnMs);

/**
 * TS 33.102 6.3.5, HE/AuC side (the UDM/ARPF in 5G, TS 33.501 6.1.3.3.2): recover
 * SQN_MS = Conc(SQN_MS) xor f5*(RAND) and check MAC-S (with AMF = 0x0000).
 * \return SQN_MS, or nothing when MAC-S does not verify
 */
std::optional<Sqn> RecoverSqnMs(const Milenage& milenage, const Rand& rand, const Auts& auts);

// ---- UE: USIM and ME (TS 33.501 6.1.3.2.0 step 7, 6.1.3.3.1) -------------------------------

/** The USIM's verdict on an AUTN (TS 33.102 6.3.3). */
enum class AutnVerdict
{
    kAccepted,
    kMacFailure,   ///< XMAC != MAC-A: "user authentication reject" with cause MAC failure
    kSynchFailure, ///< SQN not in the correct range: AUTS is sent
};

/** What the USIM returns. */
struct UsimResponse
{
    AutnVerdict verdict{AutnVerdict::kMacFailure};
    /** kAccepted: RES, CK, IK (and AK) for this RAND. */
    MilenageVector vector;
    /** kSynchFailure: the resynchronisation token. */
    Auts auts{};
};

/**
 * A USIM with MILENAGE and the sequence number check of TS 33.102 Annex C.2 in its
 * simplest profile: one array element (no IND part, a = 1), so SEQ is the whole 48-bit SQN
 * and SQN_MS is the highest SQN accepted so far. The documented rule:
 *
 *   accept SQN  iff  SQN_MS < SQN <= SQN_MS + Δ,
 *
 * i.e. C.2.2 ("If SEQ > SEQ_MS(i) the USIM shall consider the sequence number to be
 * guaranteed fresh") with the C.2.1 limit ("only increases by a value of at most Δ").
 * An accepted SQN becomes SQN_MS. Otherwise the USIM sends AUTS built from SQN_MS.
 * The optional limit L of C.2.2 has no effect with a single array element and is not used.
 */
class Usim
{
  public:
    /**
     * \param highestAcceptedSqn initial SQN_MS (0 for a fresh USIM, TS 33.102 C.2.2)
     * \param delta Δ of TS 33.102 C.2.1
     * \throws CryptoError naming "sqn-ms" or "sqn-delta" when a value is not a 48-bit number
     *         (or Δ is 0)
     */
    Usim(const Key128& k, const Key128& opc, uint64_t highestAcceptedSqn = 0,
         uint64_t delta = kDefaultSqnDelta);

    /**
     * TS 33.102 6.3.3: compute AK, recover SQN, check MAC-A (MAC failure first), then SQN
     * freshness (synch failure); on success store SQN as SQN_MS and return RES, CK, IK.
     */
    UsimResponse Authenticate(const Rand& rand, const Autn& autn);

    /** \return SQN_MS. */
    uint64_t
    HighestAcceptedSqn() const
    {
        return m_sqnMs;
    }

  private:
    Milenage m_milenage;
    uint64_t m_sqnMs;
    uint64_t m_delta;
};

/** The UE's answer to an Authentication Request (TS 24.501 5.4.1.3 causes in brackets). */
enum class UeAuthResult
{
    kSuccess,
    kMacFailure,                      ///< 5GMM cause #20
    kSynchFailure,                    ///< 5GMM cause #21, with AUTS
    kNon5gAuthenticationUnacceptable, ///< 5GMM cause #26: AMF separation bit is 0
};

/** What the UE computes; the keys are all zero unless the result is kSuccess. */
struct UeAuthOutcome
{
    UeAuthResult result{UeAuthResult::kMacFailure};
    Auts auts{}; ///< kSynchFailure only
    AkaRes res{};
    Key128 resStar;
    Key128 ck;
    Key128 ik;
    Key256 kausf;
    Key256 kseaf;
    Key256 kamf;
};

/**
 * The UE side of TS 33.501 6.1.3.2.0 step 7. The ME first checks the AMF separation bit (read
 * in clear from AUTN), so that an AUTN not meant for 5G does not advance the USIM's SQN_MS;
 * then the USIM checks AUTN; on success the ME derives RES* (A.4), KAUSF (A.2), KSEAF (A.6)
 * and KAMF (A.7).
 * \throws CryptoError naming "serving-network-name", "supi" or "abba" when one is empty
 *         (checked before the USIM is touched)
 */
UeAuthOutcome UeAuthenticate(Usim& usim, const Rand& rand, const Autn& autn,
                             std::string_view servingNetworkName, std::string_view supi,
                             const Abba& abba);

// ---- Key calculator ------------------------------------------------------------------------

/** Every value of one 5G AKA run, for the `srvcc-keys aka` subcommand. */
struct AkaKeys
{
    Key128 ck;
    Key128 ik;
    AnonymityKey ak{};
    AkaRes res{};
    Sqn sqnXorAk{};
    AkaMac macA{};
    Autn autn{};
    Key128 resStar;
    HresStar hresStar{};
    Key256 kausf;
    Key256 kseaf;
    Key256 kamf;
};

/**
 * The whole chain for one RAND, as both sides compute it: MILENAGE f1..f5, AUTN, RES* (A.4),
 * HRES* (A.5), KAUSF (A.2), KSEAF (A.6), KAMF (A.7). Unlike GenerateHeAv it accepts any AMF
 * (a calculator also serves non-5G test data); use HasSeparationBit to check.
 * \throws CryptoError naming "serving-network-name", "supi" or "abba" when one is empty
 */
AkaKeys DeriveAkaKeys(const Key128& k, const Key128& opc, const Rand& rand, const Sqn& sqn,
                      const AuthManagementField& amf, std::string_view servingNetworkName,
                      std::string_view supi, const Abba& abba);

} // namespace srvcc

#endif // SRVCC_AKA_H
