/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SNOW 3G (TS 35.216) and the two UMTS algorithms built on it, UEA2 (f8) and UIA2 (f9) of
 * TS 35.215. 128-EEA1/NEA1 and 128-EIA1/NIA1 are these same functions with LTE/5G inputs
 * (TS 33.401 B.1.2/B.2.2, TS 33.501 D.2.2/D.3.2); see nas-security.h.
 */
#ifndef SRVCC_SNOW3G_H
#define SRVCC_SNOW3G_H

#include "srvcc/nas-security.h"
#include "srvcc/secret-bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace srvcc
{

/**
 * The SNOW 3G keystream generator (TS 35.216 clause 4): a 16-stage LFSR of 32-bit words
 * over GF(2^32) and a 3-register FSM, producing one 32-bit keystream word per clock.
 *
 * Key and IV are taken as the words of TS 35.216 4.1, in its numbering: k[i] = k_i and
 * iv[i] = IV_i (this is also the order in which the TS 35.222 keystream test sets list them,
 * k0 first). UEA2/UIA2 fill them from CK/IK the other way round (k3 = the first 32 key bits,
 * TS 35.215 clauses 3 and 4). The state is wiped when the object is destroyed.
 */
class Snow3g
{
  public:
    /** Four 32-bit words w[0..3] = w_0..w_3 of TS 35.216. */
    using Words = std::array<uint32_t, 4>;

    /** Load key and IV and run the 32 initialisation clocks (TS 35.216 4.1). */
    Snow3g(const Words& k, const Words& iv) noexcept;
    ~Snow3g();

    Snow3g(const Snow3g&) = delete;
    Snow3g& operator=(const Snow3g&) = delete;

    /** \return the next keystream word z_t (TS 35.216 4.2); its MSB is the first keystream bit. */
    uint32_t NextWord() noexcept;

    /** Write the next \p count keystream words to \p out. */
    void Generate(uint32_t* out, std::size_t count) noexcept;

  private:
    uint32_t ClockFsm() noexcept;
    void ClockLfsr(uint32_t input) noexcept;

    std::array<uint32_t, 16> m_s; ///< LFSR stages s0..s15
    uint32_t m_r1{0};             ///< FSM registers R1, R2, R3
    uint32_t m_r2{0};
    uint32_t m_r3{0};
};

/**
 * UEA2, the f8 confidentiality function (TS 35.215 clause 3): XOR the first \p lengthBits
 * bits of \p data with the SNOW 3G keystream for IV = COUNT || BEARER || DIRECTION || 0^26,
 * repeated twice. Encrypts and decrypts in place; the unused bits of the last octet are
 * set to zero.
 * \throws CryptoError naming "bearer" (> 31), "direction" (> 1) or "data" (null with a
 *         non-zero length)
 */
void Uea2(const Key128& ck, uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* data,
          std::size_t lengthBits);

/**
 * UIA2, the f9 integrity function (TS 35.215 clause 4): the 32-bit MAC-I over the first
 * \p lengthBits bits of \p message (bits of the last octet beyond the length are ignored).
 * \throws CryptoError naming "direction" (> 1) or "message" (null with a non-zero length)
 */
Mac32 Uia2(const Key128& ik, uint32_t count, uint32_t fresh, uint8_t direction,
           const uint8_t* message, std::size_t lengthBits);

} // namespace srvcc

#endif // SRVCC_SNOW3G_H
