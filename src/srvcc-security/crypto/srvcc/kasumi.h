/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The KASUMI block cipher (TS 35.202): 64-bit block, 128-bit key, eight Feistel rounds of
 * FL/FO. It is the core of UEA1 (f8) and UIA1 (f9), see kasumi-f8f9.h.
 */
#ifndef SRVCC_KASUMI_H
#define SRVCC_KASUMI_H

#include "srvcc/secret-bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace srvcc
{

/**
 * KASUMI keyed once: the constructor expands the key into the round subkeys of
 * TS 35.202 4.4 and the destructor wipes them (they are as sensitive as the key itself).
 * Only encryption is provided: f8 and f9 (TS 35.201) never decrypt with KASUMI.
 * The object does no heap allocation and may live on the stack of a per-message call.
 */
class Kasumi
{
  public:
    static constexpr std::size_t kBlockSize = 8; ///< 64 bits

    /** Run the key schedule of TS 35.202 4.4 on \p key. */
    explicit Kasumi(const Key128& key) noexcept;

    /** Wipe the round subkeys (OPENSSL_cleanse). */
    ~Kasumi();

    // Copies would leave extra copies of the subkeys around; nobody needs one.
    Kasumi(const Kasumi&) = delete;
    Kasumi& operator=(const Kasumi&) = delete;

    /**
     * Encrypt one block in place. The block is the 64-bit input of TS 35.202 4.2, most
     * significant bit first (octet 0 holds bits 63..56).
     */
    void Encrypt(uint8_t block[kBlockSize]) const noexcept;

    /** Encrypt the 64-bit value \p block (bit 63 is the first bit of TS 35.202). */
    uint64_t Encrypt(uint64_t block) const noexcept;

  private:
    /** The subkeys of one round i (TS 35.202 4.4): KLi, KOi, KIi, each split in 16-bit words. */
    struct RoundKeys
    {
        uint16_t kl1;
        uint16_t kl2;
        uint16_t ko1;
        uint16_t ko2;
        uint16_t ko3;
        uint16_t ki1;
        uint16_t ki2;
        uint16_t ki3;
    };

    static constexpr std::size_t kRounds = 8;

    static uint32_t Fl(uint32_t in, const RoundKeys& k) noexcept;
    static uint32_t Fo(uint32_t in, const RoundKeys& k) noexcept;

    std::array<RoundKeys, kRounds> m_rounds;
};

} // namespace srvcc

#endif // SRVCC_KASUMI_H
