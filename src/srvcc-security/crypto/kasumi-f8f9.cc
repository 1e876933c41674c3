/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * f8 and f9 on KASUMI, written from TS 35.201 (clause numbers below refer to it). Both work on
 * 64-bit words: bit 63 of a word is the first (leftmost) bit of the spec's bit strings.
 */
#include "srvcc/kasumi-f8f9.h"

#include "srvcc/crypto-error.h"
#include "srvcc/kasumi.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <string>

namespace srvcc
{
namespace
{

/** Key modifier of f8, KM = 0x55 repeated (TS 35.201 3.3). */
constexpr uint8_t kF8KeyModifier = 0x55;
/** Key modifier of f9, KM = 0xAA repeated (TS 35.201 4.3). */
constexpr uint8_t kF9KeyModifier = 0xaa;

void
CheckDirection(uint8_t direction)
{
    if (direction > 1)
    {
        throw CryptoError("direction",
                          "DIRECTION is 1 bit (0 or 1), got " + std::to_string(direction));
    }
}

/** \return \p key with every octet XORed with \p modifier (CK XOR KM, IK XOR KM). */
Key128
ModifyKey(const Key128& key, uint8_t modifier)
{
    Key128 out;
    for (std::size_t i = 0; i < out.Size(); ++i)
    {
        out.Data()[i] = static_cast<uint8_t>(key.Data()[i] ^ modifier);
    }
    return out;
}

/** \return the number of octets that hold \p lengthBits bits (without overflowing). */
std::size_t
OctetsFor(std::size_t lengthBits)
{
    return lengthBits / 8 + (lengthBits % 8 != 0 ? 1 : 0);
}

uint64_t
LoadBe64(const uint8_t* octets)
{
    uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i)
    {
        value = (value << 8) | octets[i];
    }
    return value;
}

} // namespace

void
Uea1(const Key128& ck, uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* data,
     std::size_t lengthBits)
{
    if (bearer > 31)
    {
        throw CryptoError("bearer", "BEARER is 5 bits (0..31), got " + std::to_string(bearer));
    }
    CheckDirection(direction);
    if (lengthBits == 0)
    {
        return;
    }
    if (data == nullptr)
    {
        throw CryptoError("data", "no buffer for " + std::to_string(lengthBits) + " bits");
    }

    // 3.4 Initialisation: A = COUNT || BEARER || DIRECTION || 0...0 (26 zero bits), then
    // A = KASUMI[A] keyed with CK XOR KM.
    uint64_t a = (static_cast<uint64_t>(count) << 32) | (static_cast<uint64_t>(bearer) << 27)
                 | (static_cast<uint64_t>(direction) << 26);
    {
        const Kasumi modifier(ModifyKey(ck, kF8KeyModifier));
        a = modifier.Encrypt(a);
    }

    // 3.5 Keystream generation: KSB0 = 0; KSBn = KASUMI[A XOR BLKCNT XOR KSBn-1]CK with
    // BLKCNT = n - 1 on 64 bits. 3.6: the keystream is XORed onto the data, KSB1 first.
    const Kasumi kasumi(ck);
    const std::size_t octets = OctetsFor(lengthBits);
    uint64_t ksb = 0;
    uint64_t blkcnt = 0;
    for (std::size_t offset = 0; offset < octets; offset += 8, ++blkcnt)
    {
        ksb = kasumi.Encrypt(a ^ blkcnt ^ ksb);
        const std::size_t n = std::min<std::size_t>(8, octets - offset);
        for (std::size_t i = 0; i < n; ++i)
        {
            data[offset + i] ^= static_cast<uint8_t>(ksb >> (56 - 8 * i));
        }
    }

    // Bits past lengthBits are not part of the output; zero them so no keystream leaks there.
    const unsigned usedBits = static_cast<unsigned>(lengthBits % 8);
    if (usedBits != 0)
    {
        data[octets - 1] &= static_cast<uint8_t>(0xff << (8 - usedBits));
    }

    OPENSSL_cleanse(&a, sizeof(a));
    OPENSSL_cleanse(&ksb, sizeof(ksb));
}

Mac32
Uia1(const Key128& ik, uint32_t count, uint32_t fresh, uint8_t direction, const uint8_t* message,
     std::size_t lengthBits)
{
    CheckDirection(direction);
    if (message == nullptr && lengthBits != 0)
    {
        throw CryptoError("message", "no buffer for " + std::to_string(lengthBits) + " bits");
    }

    // 4.4 / 4.5: PS = COUNT || FRESH || MESSAGE || DIRECTION || 1 || 0...0 (to a multiple of
    // 64 bits). For each 64-bit block PSi: A = KASUMI[A XOR PSi]IK; B = B XOR A (A = B = 0 at
    // the start).
    const Kasumi kasumi(ik);
    uint64_t a = 0;
    uint64_t b = 0;
    auto absorb = [&](uint64_t ps)
    {
        a = kasumi.Encrypt(a ^ ps);
        b ^= a;
    };

    absorb((static_cast<uint64_t>(count) << 32) | fresh);

    // COUNT || FRESH fills the first block exactly, so the message starts on a block boundary.
    const std::size_t fullBlocks = lengthBits / 64;
    for (std::size_t k = 0; k < fullBlocks; ++k)
    {
        absorb(LoadBe64(message + 8 * k));
    }

    // The last message bits (0..63 of them), then DIRECTION and the '1' that ends PS.
    const unsigned rest = static_cast<unsigned>(lengthBits % 64);
    uint64_t last = 0;
    const uint8_t* tail = message + 8 * fullBlocks;
    for (std::size_t i = 0; i < OctetsFor(rest); ++i)
    {
        last |= static_cast<uint64_t>(tail[i]) << (56 - 8 * i);
    }
    if (rest != 0)
    {
        last &= ~uint64_t{0} << (64 - rest); // drop the bits past lengthBits
    }
    last |= static_cast<uint64_t>(direction) << (63 - rest);
    if (rest == 63)
    {
        // DIRECTION took the last bit of the block: the '1' starts a block of its own.
        absorb(last);
        last = uint64_t{1} << 63;
    }
    else
    {
        last |= uint64_t{1} << (62 - rest);
    }
    absorb(last);

    // 4.5: MAC-I = the left 32 bits of KASUMI[B] keyed with IK XOR KM.
    {
        const Kasumi finalKasumi(ModifyKey(ik, kF9KeyModifier));
        b = finalKasumi.Encrypt(b);
    }
    const Mac32 mac = {static_cast<uint8_t>(b >> 56), static_cast<uint8_t>(b >> 48),
                       static_cast<uint8_t>(b >> 40), static_cast<uint8_t>(b >> 32)};
    OPENSSL_cleanse(&a, sizeof(a));
    OPENSSL_cleanse(&b, sizeof(b));
    return mac;
}

} // namespace srvcc
