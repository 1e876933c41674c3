/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The key derivations of TS 33.501 Annex A, one function per clause, all on the KDF of
 * TS 33.220 B.2.0 (TS 33.501 A.1.1).
 */
#ifndef SRVCC_KDF_TS33501_H
#define SRVCC_KDF_TS33501_H

#include "srvcc/nas-count.h"
#include "srvcc/secret-bytes.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace srvcc
{

/** SQN xor AK, 6 octets (TS 33.102 6.3.2). */
using SqnXorAk = std::array<uint8_t, 6>;
/** RAND, 16 octets. */
using Rand = std::array<uint8_t, 16>;

/** TS 33.501 Table A.8-1: algorithm type distinguishers. */
enum class AlgorithmTypeDistinguisher : uint8_t
{
    kNasEnc = 0x01,
    kNasInt = 0x02,
    kRrcEnc = 0x03,
    kRrcInt = 0x04,
    kUpEnc = 0x05,
    kUpInt = 0x06,
};

/** TS 33.501 Table A.9-1: access type distinguishers. */
enum class AccessTypeDistinguisher : uint8_t
{
    k3gpp = 0x01,
    kNon3gpp = 0x02,
};

/** FC values used below (TS 33.501 A.1.2). */
namespace fc
{
constexpr uint8_t kAlgorithmKey = 0x69;       ///< A.8
constexpr uint8_t kKausf = 0x6a;              ///< A.2
constexpr uint8_t kResStar = 0x6b;            ///< A.4
constexpr uint8_t kKseaf = 0x6c;              ///< A.6
constexpr uint8_t kKamf = 0x6d;               ///< A.7
constexpr uint8_t kKgnb = 0x6e;               ///< A.9
constexpr uint8_t kKasmePrimeIdle = 0x73;     ///< A.14.1
constexpr uint8_t kKasmePrimeHandover = 0x74; ///< A.14.2
constexpr uint8_t kKasmeSrvcc = 0x7d;         ///< A.21
} // namespace fc

/**
 * TS 33.501 A.2: KAUSF = KDF(CK||IK, 0x6A, serving network name, SQN xor AK).
 */
Key256 DeriveKausf(const Key128& ck, const Key128& ik, std::string_view servingNetworkName,
                   const SqnXorAk& sqnXorAk);

/**
 * TS 33.501 A.4: RES* / XRES* = 128 LSB of KDF(CK||IK, 0x6B, SN name, RAND, RES).
 * \param res RES or XRES, 4..16 octets
 * \throws CryptoError when \p resLength is outside 4..16
 */
Key128 DeriveResStar(const Key128& ck, const Key128& ik, std::string_view servingNetworkName,
                     const Rand& rand, const uint8_t* res, std::size_t resLength);

/**
 * TS 33.501 A.5: HRES* / HXRES* = 128 LSB of SHA-256(RAND || RES*).
 */
std::array<uint8_t, 16> DeriveHresStar(const Rand& rand, const Key128& resStar);

/** TS 33.501 A.6: KSEAF = KDF(KAUSF, 0x6C, serving network name). */
Key256 DeriveKseaf(const Key256& kausf, std::string_view servingNetworkName);

/**
 * TS 33.501 A.7: KAMF = KDF(KSEAF, 0x6D, SUPI, ABBA). For an IMSI-type SUPI the parameter
 * is the IMSI digits as a character string (A.7.0).
 * \param abba the ABBA parameter (A.7.1; 0x0000 for the initial set of 5GS features)
 * \throws CryptoError when \p supi is empty or \p abbaLength is 0
 */
Key256 DeriveKamf(const Key256& kseaf, std::string_view supi, const uint8_t* abba,
                  std::size_t abbaLength);

/**
 * TS 33.501 A.8: an algorithm key (KNASenc, KNASint, KRRCenc, ...) = the 128 LSB of
 * KDF(key, 0x69, algorithm type distinguisher, algorithm identity).
 * \throws CryptoError when \p algorithmIdentity is above 15 (it is a 4-bit value)
 */
Key128 DeriveAlgorithmKey(const Key256& key, AlgorithmTypeDistinguisher distinguisher,
                          uint8_t algorithmIdentity);

/** TS 33.501 A.9: KgNB = KDF(KAMF, 0x6E, uplink NAS COUNT, access type distinguisher). */
Key256 DeriveKgnb(const Key256& kamf, NasCount uplinkNasCount, AccessTypeDistinguisher access);

/** TS 33.501 A.14.1: K'ASME for idle mode mobility = KDF(KAMF, 0x73, uplink NAS COUNT). */
Key256 DeriveKasmePrimeIdle(const Key256& kamf, NasCount uplinkNasCount);

/**
 * TS 33.501 A.14.2: K'ASME for handover = KDF(KAMF, 0x74, downlink NAS COUNT). This is the
 * derivation the study's Solution #1.1 names ("as described in clause 8.6.1").
 */
Key256 DeriveKasmePrimeHandover(const Key256& kamf, NasCount downlinkNasCount);

/**
 * TS 33.501 A.21 (Rel-16, used by Annex J.1.2 step 2):
 * KASME_SRVCC = KDF(KAMF, 0x7D, downlink NAS COUNT).
 */
Key256 DeriveKasmeSrvcc(const Key256& kamf, NasCount downlinkNasCount);

} // namespace srvcc

#endif // SRVCC_KDF_TS33501_H
