/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * SNOW 3G, UEA2 and UIA2, written from TS 35.216 (SNOW 3G) and TS 35.215 (f8, f9).
 */
#include "srvcc/snow3g.h"

#include "srvcc/crypto-error.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace srvcc
{

namespace
{

// ---- Byte-level building blocks (TS 35.216 3.1) --------------------------------------------

/** MULx(V, c) (TS 35.216 3.1): V * x in GF(2^8), reducing with \p c when the MSB is set. */
constexpr uint8_t
MulX(uint8_t v, uint8_t c)
{
    return (v & 0x80) != 0 ? static_cast<uint8_t>((v << 1) ^ c) : static_cast<uint8_t>(v << 1);
}

/** MULxPOW(V, i, c) (TS 35.216 3.1): MULx applied \p i times. */
constexpr uint8_t
MulXPow(uint8_t v, unsigned i, uint8_t c)
{
    for (; i > 0; --i)
    {
        v = MulX(v, c);
    }
    return v;
}

/** a * b in GF(2^8) with the reduction octet \p c (polynomial x^8 + c). */
constexpr uint8_t
GfMul(uint8_t a, uint8_t b, uint8_t c)
{
    uint8_t product = 0;
    for (int bit = 0; bit < 8; ++bit)
    {
        if ((b & 1) != 0)
        {
            product = static_cast<uint8_t>(product ^ a);
        }
        a = MulX(a, c);
        b = static_cast<uint8_t>(b >> 1);
    }
    return product;
}

/**
 * a^e in GF(2^8) with the reduction octet \p c, by square-and-multiply: at most 16
 * multiplications for any 8-bit exponent, which keeps the compile-time S-box construction
 * below every compiler's constant-evaluation step limit (clang's default is 2^20 steps).
 */
constexpr uint8_t
GfPow(uint8_t a, unsigned e, uint8_t c)
{
    uint8_t result = 1;
    for (; e > 0; e >>= 1)
    {
        if ((e & 1) != 0)
        {
            result = GfMul(result, a, c);
        }
        a = GfMul(a, a, c);
    }
    return result;
}

constexpr uint8_t
RotateLeft8(uint8_t v, unsigned n)
{
    return static_cast<uint8_t>((v << n) | (v >> (8 - n)));
}

// ---- S-boxes (TS 35.216 3.3) -----------------------------------------------------------------
// The two 8-bit S-boxes are built at compile time from their defining formulas rather than
// typed in, so that a transcription slip cannot hide in a 256-entry table.

/**
 * SR, the Rijndael S-box (TS 35.216 3.3 takes it from AES): the multiplicative inverse in
 * GF(2^8) mod x^8+x^4+x^3+x+1 followed by the AES affine map.
 */
constexpr std::array<uint8_t, 256>
MakeSr()
{
    std::array<uint8_t, 256> sr{};
    for (unsigned x = 0; x < 256; ++x)
    {
        const uint8_t inverse = GfPow(static_cast<uint8_t>(x), 254, 0x1b); // 0 maps to 0
        sr[x] = static_cast<uint8_t>(inverse ^ RotateLeft8(inverse, 1) ^ RotateLeft8(inverse, 2)
                                     ^ RotateLeft8(inverse, 3) ^ RotateLeft8(inverse, 4) ^ 0x63);
    }
    return sr;
}

/**
 * SQ (TS 35.216 3.3): SQ(x) = g49(x) xor 0x25, with the Dickson polynomial
 * g49(x) = x + x^9 + x^13 + x^15 + x^33 + x^41 + x^45 + x^47 + x^49 over GF(2^8) defined by
 * x^8 + x^6 + x^5 + x^3 + 1 (reduction octet 0x69).
 */
constexpr std::array<uint8_t, 256>
MakeSq()
{
    std::array<uint8_t, 256> sq{};
    for (unsigned i = 0; i < 256; ++i)
    {
        // The nine powers of g49 from one chain of 13 products (5 squarings, 8 steps up),
        // rather than nine separate exponentiations, so that the table stays well inside the
        // compilers' constant-evaluation step limits.
        const auto x = static_cast<uint8_t>(i);
        const uint8_t x2 = GfMul(x, x, 0x69);
        const uint8_t x4 = GfMul(x2, x2, 0x69);
        const uint8_t x8 = GfMul(x4, x4, 0x69);
        const uint8_t x16 = GfMul(x8, x8, 0x69);
        const uint8_t x32 = GfMul(x16, x16, 0x69);
        const uint8_t x9 = GfMul(x8, x, 0x69);
        const uint8_t x13 = GfMul(x9, x4, 0x69);
        const uint8_t x15 = GfMul(x13, x2, 0x69);
        const uint8_t x33 = GfMul(x32, x, 0x69);
        const uint8_t x41 = GfMul(x33, x8, 0x69);
        const uint8_t x45 = GfMul(x41, x4, 0x69);
        const uint8_t x47 = GfMul(x45, x2, 0x69);
        const uint8_t x49 = GfMul(x47, x2, 0x69);
        const auto g = static_cast<uint8_t>(x ^ x9 ^ x13 ^ x15 ^ x33 ^ x41 ^ x45 ^ x47 ^ x49);
        sq[i] = static_cast<uint8_t>(g ^ 0x25);
    }
    return sq;
}

constexpr std::array<uint8_t, 256> kSr = MakeSr();
constexpr std::array<uint8_t, 256> kSq = MakeSq();

/**
 * S1 and S2 (TS 35.216 3.3) apply an S-box to each octet of w = w0||w1||w2||w3 and
 * mix the results with the circulant matrix rows (2 1 1 3), (3 2 1 1), (1 3 2 1), (1 1 3 2),
 * where "2" is MULx(., c) and "3" is MULx(., c) xor identity (c = 0x1B for S1, 0x69 for S2).
 * Each input octet's contribution to the output word is tabulated: table[j][wj] holds the
 * column of input octet j, so S(w) = T0[w0] ^ T1[w1] ^ T2[w2] ^ T3[w3].
 */
using MixTables = std::array<std::array<uint32_t, 256>, 4>;

constexpr MixTables
MakeMixTables(const std::array<uint8_t, 256>& box, uint8_t c)
{
    // kFactor[j][i]: factor of input octet j in output octet i (1 = a, 2 = MULx(a), 3 = both).
    constexpr uint8_t kFactor[4][4] = {{2, 3, 1, 1}, {1, 2, 3, 1}, {1, 1, 2, 3}, {3, 1, 1, 2}};
    MixTables tables{};
    for (unsigned j = 0; j < 4; ++j)
    {
        for (unsigned x = 0; x < 256; ++x)
        {
            const uint8_t a = box[x];
            const uint8_t a2 = MulX(a, c);
            uint32_t column = 0;
            for (unsigned i = 0; i < 4; ++i)
            {
                const uint8_t f = kFactor[j][i];
                const uint8_t octet = f == 1 ? a : (f == 2 ? a2 : static_cast<uint8_t>(a2 ^ a));
                column |= static_cast<uint32_t>(octet) << (24 - 8 * i);
            }
            tables[j][x] = column;
        }
    }
    return tables;
}

constexpr MixTables kS1 = MakeMixTables(kSr, 0x1b);
constexpr MixTables kS2 = MakeMixTables(kSq, 0x69);

inline uint32_t
ApplyMix(const MixTables& t, uint32_t w)
{
    return t[0][w >> 24] ^ t[1][(w >> 16) & 0xff] ^ t[2][(w >> 8) & 0xff] ^ t[3][w & 0xff];
}

// ---- MULalpha / DIValpha (TS 35.216 3.4) ----------------------------------------------------

constexpr std::array<uint32_t, 256>
MakeAlphaTable(unsigned e0, unsigned e1, unsigned e2, unsigned e3)
{
    // MULx is multiplication by x modulo x^8 + 0xA9, so MULxPOW(c, e) = c * x^e: the four
    // powers x^e = MULxPOW(0x01, e) are computed once and each entry takes four products.
    const uint8_t p0 = MulXPow(0x01, e0, 0xa9);
    const uint8_t p1 = MulXPow(0x01, e1, 0xa9);
    const uint8_t p2 = MulXPow(0x01, e2, 0xa9);
    const uint8_t p3 = MulXPow(0x01, e3, 0xa9);
    std::array<uint32_t, 256> table{};
    for (unsigned x = 0; x < 256; ++x)
    {
        const auto c = static_cast<uint8_t>(x);
        table[x] = (static_cast<uint32_t>(GfMul(c, p0, 0xa9)) << 24)
                   | (static_cast<uint32_t>(GfMul(c, p1, 0xa9)) << 16)
                   | (static_cast<uint32_t>(GfMul(c, p2, 0xa9)) << 8)
                   | static_cast<uint32_t>(GfMul(c, p3, 0xa9));
    }
    return table;
}

/** MULalpha(c) = MULxPOW(c,23) || MULxPOW(c,245) || MULxPOW(c,48) || MULxPOW(c,239), c = 0xA9. */
constexpr std::array<uint32_t, 256> kMulAlpha = MakeAlphaTable(23, 245, 48, 239);
/** DIValpha(c) = MULxPOW(c,16) || MULxPOW(c,39) || MULxPOW(c,6) || MULxPOW(c,64), c = 0xA9. */
constexpr std::array<uint32_t, 256> kDivAlpha = MakeAlphaTable(16, 39, 6, 64);

constexpr uint32_t kOnes = 0xffffffffU; // the all-ones word "1" of TS 35.216 4.1

inline uint32_t
LoadBigEndian32(const uint8_t* p)
{
    return (static_cast<uint32_t>(p[0]) << 24) | (static_cast<uint32_t>(p[1]) << 16)
           | (static_cast<uint32_t>(p[2]) << 8) | static_cast<uint32_t>(p[3]);
}

void
CheckDirection(uint8_t direction)
{
    if (direction > 1)
    {
        throw CryptoError("direction", "must be 0 or 1, got " + std::to_string(direction));
    }
}

/**
 * The key words of TS 35.215 clauses 3 and 4: k3 = CK[0..31], k2 = CK[32..63], k1 = CK[64..95],
 * k0 = CK[96..127] (CK[0] being the MSB of the first octet). Wiped by the destructor.
 */
class KeyWords
{
  public:
    explicit KeyWords(const Key128& key) noexcept
    {
        const uint8_t* octets = key.Data();
        for (unsigned i = 0; i < 4; ++i)
        {
            m_words[3 - i] = LoadBigEndian32(octets + 4 * i);
        }
    }

    ~KeyWords()
    {
        OPENSSL_cleanse(m_words.data(), sizeof(uint32_t) * m_words.size());
    }

    KeyWords(const KeyWords&) = delete;
    KeyWords& operator=(const KeyWords&) = delete;

    const Snow3g::Words&
    Get() const noexcept
    {
        return m_words;
    }

  private:
    Snow3g::Words m_words;
};

/**
 * MUL64(V, P, c) (TS 35.215 clause 4): V * P in GF(2^64) with x^64 + x^4 + x^3 + x + 1 (c = 0x1B),
 * the XOR of MUL64xPOW(V, i, c) over the set bits i of P. Bit-serial with masks instead of
 * branches, so the time does not depend on the (secret) operands.
 */
uint64_t
Mul64(uint64_t v, uint64_t p)
{
    uint64_t product = 0;
    for (unsigned i = 0; i < 64; ++i)
    {
        product ^= v & (0 - ((p >> i) & 1));
        v = (v << 1) ^ (0x1b & (0 - (v >> 63)));
    }
    return product;
}

} // namespace

// ---- The generator (TS 35.216 clause 4) -----------------------------------------------------

Snow3g::Snow3g(const Words& k, const Words& iv) noexcept
{
    const uint32_t k0 = k[0];
    const uint32_t k1 = k[1];
    const uint32_t k2 = k[2];
    const uint32_t k3 = k[3];
    const uint32_t iv0 = iv[0];
    const uint32_t iv1 = iv[1];
    const uint32_t iv2 = iv[2];
    const uint32_t iv3 = iv[3];

    // TS 35.216 4.1: LFSR loading.
    m_s[15] = k3 ^ iv0;
    m_s[14] = k2;
    m_s[13] = k1;
    m_s[12] = k0 ^ iv1;
    m_s[11] = k3 ^ kOnes;
    m_s[10] = k2 ^ kOnes ^ iv2;
    m_s[9] = k1 ^ kOnes ^ iv3;
    m_s[8] = k0 ^ kOnes;
    m_s[7] = k3;
    m_s[6] = k2;
    m_s[5] = k1;
    m_s[4] = k0;
    m_s[3] = k3 ^ kOnes;
    m_s[2] = k2 ^ kOnes;
    m_s[1] = k1 ^ kOnes;
    m_s[0] = k0 ^ kOnes;

    // 32 clocks in initialisation mode: the FSM output is fed back into the LFSR.
    for (int t = 0; t < 32; ++t)
    {
        ClockLfsr(ClockFsm());
    }
    // TS 35.216 4.2: one more FSM clock whose output is discarded, one LFSR clock in
    // keystream mode; after that every clock yields a keystream word.
    ClockFsm();
    ClockLfsr(0);
}

Snow3g::~Snow3g()
{
    OPENSSL_cleanse(m_s.data(), sizeof(uint32_t) * m_s.size());
    OPENSSL_cleanse(&m_r1, sizeof m_r1);
    OPENSSL_cleanse(&m_r2, sizeof m_r2);
    OPENSSL_cleanse(&m_r3, sizeof m_r3);
}

/** TS 35.216 3.4, clocking the FSM: F = (s15 + R1) xor R2, then update R1..R3 (+ is addition mod
 * 2^32). */
uint32_t
Snow3g::ClockFsm() noexcept
{
    const uint32_t f = (m_s[15] + m_r1) ^ m_r2;
    const uint32_t r = m_r2 + (m_r3 ^ m_s[5]);
    m_r3 = ApplyMix(kS2, m_r2);
    m_r2 = ApplyMix(kS1, m_r1);
    m_r1 = r;
    return f;
}

/**
 * TS 35.216 3.4, clocking the LFSR: v = (s0,1||s0,2||s0,3||0x00) xor MULalpha(s0,0) xor s2
 * xor (0x00||s11,0||s11,1||s11,2) xor DIValpha(s11,3) [xor F]; shift; s15 = v.
 * \p input is F in initialisation mode and 0 in keystream mode.
 */
void
Snow3g::ClockLfsr(uint32_t input) noexcept
{
    const uint32_t v = (m_s[0] << 8) ^ kMulAlpha[m_s[0] >> 24] ^ m_s[2] ^ (m_s[11] >> 8)
                       ^ kDivAlpha[m_s[11] & 0xff] ^ input;
    std::copy(m_s.begin() + 1, m_s.end(), m_s.begin());
    m_s[15] = v;
}

uint32_t
Snow3g::NextWord() noexcept
{
    const uint32_t z = ClockFsm() ^ m_s[0];
    ClockLfsr(0);
    return z;
}

void
Snow3g::Generate(uint32_t* out, std::size_t count) noexcept
{
    for (std::size_t i = 0; i < count; ++i)
    {
        out[i] = NextWord();
    }
}

// ---- UEA2 (TS 35.215 clause 3) --------------------------------------------------------------

void
Uea2(const Key128& ck, uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* data,
     std::size_t lengthBits)
{
    if (bearer > 31)
    {
        throw CryptoError("bearer", "must be 0..31, got " + std::to_string(bearer));
    }
    CheckDirection(direction);
    if (lengthBits == 0)
    {
        return;
    }
    if (data == nullptr)
    {
        throw CryptoError("data", "null buffer for " + std::to_string(lengthBits) + " bits");
    }

    // TS 35.215 clause 3: IV3 = IV1 = COUNT-C, IV2 = IV0 = BEARER || DIRECTION || 0^26.
    const uint32_t bearerWord
        = (static_cast<uint32_t>(bearer) << 27) | (static_cast<uint32_t>(direction) << 26);
    Snow3g generator(KeyWords(ck).Get(), {bearerWord, count, bearerWord, count});

    // TS 35.215 clause 3: OBS[i] = IBS[i] xor KS[i]; keystream bit 0 is the MSB of z1, so the
    // words are applied to the octets in big-endian order.
    const std::size_t octets = (lengthBits + 7) / 8;
    std::size_t i = 0;
    for (; i + 4 <= octets; i += 4)
    {
        const uint32_t z = generator.NextWord();
        data[i] ^= static_cast<uint8_t>(z >> 24);
        data[i + 1] ^= static_cast<uint8_t>(z >> 16);
        data[i + 2] ^= static_cast<uint8_t>(z >> 8);
        data[i + 3] ^= static_cast<uint8_t>(z);
    }
    if (i < octets)
    {
        const uint32_t z = generator.NextWord();
        for (unsigned shift = 24; i < octets; ++i, shift -= 8)
        {
            data[i] ^= static_cast<uint8_t>(z >> shift);
        }
    }
    const unsigned tailBits = lengthBits % 8;
    if (tailBits != 0)
    {
        data[octets - 1] &= static_cast<uint8_t>(0xff << (8 - tailBits));
    }
}

// ---- UIA2 (TS 35.215 clause 4) --------------------------------------------------------------

Mac32
Uia2(const Key128& ik, uint32_t count, uint32_t fresh, uint8_t direction, const uint8_t* message,
     std::size_t lengthBits)
{
    CheckDirection(direction);
    if (message == nullptr && lengthBits != 0)
    {
        throw CryptoError("message", "null buffer for " + std::to_string(lengthBits) + " bits");
    }

    // TS 35.215 clause 4: IV3 = COUNT-I, IV2 = FRESH, IV1 = COUNT-I xor (DIRECTION << 31),
    // IV0 = FRESH xor (DIRECTION << 15); z1..z5 give P = z1||z2, Q = z3||z4 and OTP = z5.
    Snow3g generator(KeyWords(ik).Get(),
                     {fresh ^ (static_cast<uint32_t>(direction) << 15),
                      count ^ (static_cast<uint32_t>(direction) << 31), fresh, count});
    std::array<uint32_t, 5> z;
    generator.Generate(z.data(), z.size());
    const uint64_t p = (static_cast<uint64_t>(z[0]) << 32) | z[1];
    const uint64_t q = (static_cast<uint64_t>(z[2]) << 32) | z[3];

    // TS 35.215 clause 4: D = ceil(LENGTH/64) + 1 blocks; M0..M(D-2) are the message in 64-bit
    // blocks (the last one zero-padded), M(D-1) is LENGTH. EVAL = (EVAL xor Mi) * P for the
    // message blocks, then EVAL = (EVAL xor LENGTH) * Q; MAC-I = the 32 MSB of EVAL xor z5.
    const std::size_t blocks = (lengthBits + 63) / 64;
    uint64_t eval = 0;
    for (std::size_t b = 0; b < blocks; ++b)
    {
        const uint8_t* block = message + 8 * b;
        uint64_t m = 0;
        if (b + 1 < blocks)
        {
            for (unsigned j = 0; j < 8; ++j)
            {
                m = (m << 8) | block[j];
            }
        }
        else
        {
            // The last block: only ceil(remaining/8) octets exist; bits past LENGTH are cut.
            const std::size_t remaining = lengthBits - 64 * b; // 1..64
            const std::size_t present = (remaining + 7) / 8;
            for (unsigned j = 0; j < 8; ++j)
            {
                m = (m << 8) | (j < present ? block[j] : 0);
            }
            m &= ~uint64_t{0} << (64 - remaining);
        }
        eval = Mul64(eval ^ m, p);
    }
    eval = Mul64(eval ^ static_cast<uint64_t>(lengthBits), q);

    const uint32_t mac = static_cast<uint32_t>(eval >> 32) ^ z[4];
    OPENSSL_cleanse(z.data(), sizeof(uint32_t) * z.size());
    return {static_cast<uint8_t>(mac >> 24), static_cast<uint8_t>(mac >> 16),
            static_cast<uint8_t>(mac >> 8), static_cast<uint8_t>(mac)};
}

} // namespace srvcc
