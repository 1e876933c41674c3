/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The MILENAGE authentication and key generation functions f1, f1*, f2, f3, f4, f5 and f5*
 * (TS 35.206), on AES-128 as the kernel function E_K (TS 35.206 clause 3: "Rijndael").
 */
#ifndef SRVCC_MILENAGE_H
#define SRVCC_MILENAGE_H

#include "srvcc/kdf-ts33501.h"
#include "srvcc/secret-bytes.h"

#include <openssl/types.h>

#include <array>
#include <cstdint>

namespace srvcc
{

/** SQN, 48 bits (TS 33.102 6.3.2; TS 35.206 clause 2). */
using Sqn = std::array<uint8_t, 6>;
/** The Authentication Management Field of AUTN, 16 bits (TS 33.102 6.3.2, Annex F). */
using AuthManagementField = std::array<uint8_t, 2>;
/** MAC-A (f1) or MAC-S (f1*), 64 bits. */
using AkaMac = std::array<uint8_t, 8>;
/** RES / XRES as MILENAGE produces it (f2), 64 bits. */
using AkaRes = std::array<uint8_t, 8>;
/** AK (f5) or AK* (f5*), 48 bits. */
using AnonymityKey = std::array<uint8_t, 6>;

/** The outputs of f2, f3, f4 and f5 for one RAND, which all share TEMP (TS 35.206 4.1). */
struct MilenageVector
{
    AkaRes res{};      ///< f2
    Key128 ck;         ///< f3
    Key128 ik;         ///< f4
    AnonymityKey ak{}; ///< f5
};

/**
 * MILENAGE for one subscriber: K and OPc (TS 35.206 4.1).
 *
 * The AES-128 key schedule of K is set up once in an OpenSSL EVP_CIPHER_CTX that every call
 * reuses, so a function evaluation costs only its AES block encryptions and no allocation.
 * Because that context is shared, one Milenage object must not be used from two threads at
 * the same time (give each thread its own object).
 *
 * The rotation constants r1..r5 and the constants c1..c5 are the values TS 35.206 4.1 fixes:
 * r1 = 64, r2 = 0, r3 = 32, r4 = 64, r5 = 96 bits; c1 = 0, and c2, c3, c4, c5 have the single
 * bit 127, 126, 125, 124 set (i.e. the values 1, 2, 4, 8 in the last octet).
 */
class Milenage
{
  public:
    /**
     * \param k the subscriber key K
     * \param opc OPc = OP xor E_K(OP) (see ComputeOpc)
     * \throws CryptoBackendError when OpenSSL cannot set up AES-128-ECB
     */
    Milenage(const Key128& k, const Key128& opc);
    ~Milenage();

    Milenage(const Milenage&) = delete;
    Milenage& operator=(const Milenage&) = delete;
    /** Takes over the cipher context; the moved-from object may only be destroyed. */
    Milenage(Milenage&& other) noexcept;
    Milenage& operator=(Milenage&& other) noexcept;

    /** TS 35.206 4.1: OPc = OP xor E_K(OP). */
    static Key128 ComputeOpc(const Key128& k, const Key128& op);

    /** f1: MAC-A = OUT1[0..63] (TS 35.206 4.1). */
    AkaMac F1(const Rand& rand, const Sqn& sqn, const AuthManagementField& amf) const;

    /** f1*: MAC-S = OUT1[64..127] (TS 35.206 4.1). */
    AkaMac F1Star(const Rand& rand, const Sqn& sqn, const AuthManagementField& amf) const;

    /** f2: RES = OUT2[64..127]. */
    AkaRes F2(const Rand& rand) const;

    /** f3: CK = OUT3. */
    Key128 F3(const Rand& rand) const;

    /** f4: IK = OUT4. */
    Key128 F4(const Rand& rand) const;

    /** f5: AK = OUT2[0..47]. */
    AnonymityKey F5(const Rand& rand) const;

    /** f5*: AK* (the resynchronisation anonymity key) = OUT5[0..47]. */
    AnonymityKey F5Star(const Rand& rand) const;

    /** f2, f3, f4 and f5 together, computing TEMP once (what a USIM or an AuC needs). */
    MilenageVector F2345(const Rand& rand) const;

  private:
    /** One AES-128 block under K. */
    void Encrypt(const uint8_t in[16], uint8_t out[16]) const;
    /** TEMP = E_K(RAND xor OPc). */
    void Temp(const Rand& rand, uint8_t temp[16]) const;
    /** OUT1 = E_K(TEMP xor rot(IN1 xor OPc, r1) xor c1) xor OPc. */
    void Out1(const Rand& rand, const Sqn& sqn, const AuthManagementField& amf,
              uint8_t out[16]) const;
    /** OUTi = E_K(rot(TEMP xor OPc, ri) xor ci) xor OPc for i = 2..5. */
    void OutI(const uint8_t temp[16], int i, uint8_t out[16]) const;
    /** The 48 MSB of OUT2 (AK, f5) or OUT5 (AK*, f5*). */
    AnonymityKey AnonymityKeyFrom(const Rand& rand, int outIndex) const;

    Key128 m_opc;
    EVP_CIPHER_CTX* m_ctx{nullptr};
};

} // namespace srvcc

#endif // SRVCC_MILENAGE_H
