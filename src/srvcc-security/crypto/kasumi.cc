/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * KASUMI, written from TS 35.202 (clause numbers below refer to it). The S-boxes are the
 * decimal tables of 4.3.5 (S7) and 4.3.6 (S9); both are permutations (checked at compile
 * time below), and the four KASUMI test sets of TS 35.203 check the whole cipher.
 */
#include "srvcc/kasumi.h"

#include <openssl/crypto.h>

namespace srvcc
{
namespace
{

/** S7 (TS 35.202 4.3.5): 7-bit input, 7-bit output. */
constexpr std::array<uint8_t, 128> kS7 = {
    54,  50,  62,  56,  22,  34,  94,  96,  38,  6,  63,  93,  2,   18, 123, 33,  55, 113, 39,
    114, 21,  67,  65,  12,  47,  73,  46,  27,  25, 111, 124, 81,  53, 9,   121, 79, 52,  60,
    58,  48,  101, 127, 40,  120, 104, 70,  71,  43, 20,  122, 72,  61, 23,  109, 13, 100, 77,
    1,   16,  7,   82,  10,  105, 98,  117, 116, 76, 11,  89,  106, 0,  125, 118, 99, 86,  69,
    30,  57,  126, 87,  112, 51,  17,  5,   95,  14, 90,  84,  91,  8,  35,  103, 32, 97,  28,
    66,  102, 31,  26,  45,  75,  4,   85,  92,  37, 74,  80,  49,  68, 29,  115, 44, 64,  107,
    108, 24,  110, 83,  36,  78,  42,  19,  15,  41, 88,  119, 59,  3,
};

/** S9 (TS 35.202 4.3.6): 9-bit input, 9-bit output. */
constexpr std::array<uint16_t, 512> kS9 = {
    167, 239, 161, 379, 391, 334, 9,   338, 38,  226, 48,  358, 452, 385, 90,  397, 183, 253, 147,
    331, 415, 340, 51,  362, 306, 500, 262, 82,  216, 159, 356, 177, 175, 241, 489, 37,  206, 17,
    0,   333, 44,  254, 378, 58,  143, 220, 81,  400, 95,  3,   315, 245, 54,  235, 218, 405, 472,
    264, 172, 494, 371, 290, 399, 76,  165, 197, 395, 121, 257, 480, 423, 212, 240, 28,  462, 176,
    406, 507, 288, 223, 501, 407, 249, 265, 89,  186, 221, 428, 164, 74,  440, 196, 458, 421, 350,
    163, 232, 158, 134, 354, 13,  250, 491, 142, 191, 69,  193, 425, 152, 227, 366, 135, 344, 300,
    276, 242, 437, 320, 113, 278, 11,  243, 87,  317, 36,  93,  496, 27,  487, 446, 482, 41,  68,
    156, 457, 131, 326, 403, 339, 20,  39,  115, 442, 124, 475, 384, 508, 53,  112, 170, 479, 151,
    126, 169, 73,  268, 279, 321, 168, 364, 363, 292, 46,  499, 393, 327, 324, 24,  456, 267, 157,
    460, 488, 426, 309, 229, 439, 506, 208, 271, 349, 401, 434, 236, 16,  209, 359, 52,  56,  120,
    199, 277, 465, 416, 252, 287, 246, 6,   83,  305, 420, 345, 153, 502, 65,  61,  244, 282, 173,
    222, 418, 67,  386, 368, 261, 101, 476, 291, 195, 430, 49,  79,  166, 330, 280, 383, 373, 128,
    382, 408, 155, 495, 367, 388, 274, 107, 459, 417, 62,  454, 132, 225, 203, 316, 234, 14,  301,
    91,  503, 286, 424, 211, 347, 307, 140, 374, 35,  103, 125, 427, 19,  214, 453, 146, 498, 314,
    444, 230, 256, 329, 198, 285, 50,  116, 78,  410, 10,  205, 510, 171, 231, 45,  139, 467, 29,
    86,  505, 32,  72,  26,  342, 150, 313, 490, 431, 238, 411, 325, 149, 473, 40,  119, 174, 355,
    185, 233, 389, 71,  448, 273, 372, 55,  110, 178, 322, 12,  469, 392, 369, 190, 1,   109, 375,
    137, 181, 88,  75,  308, 260, 484, 98,  272, 370, 275, 412, 111, 336, 318, 4,   504, 492, 259,
    304, 77,  337, 435, 21,  357, 303, 332, 483, 18,  47,  85,  25,  497, 474, 289, 100, 269, 296,
    478, 270, 106, 31,  104, 433, 84,  414, 486, 394, 96,  99,  154, 511, 148, 413, 361, 409, 255,
    162, 215, 302, 201, 266, 351, 343, 144, 441, 365, 108, 298, 251, 34,  182, 509, 138, 210, 335,
    133, 311, 352, 328, 141, 396, 346, 123, 319, 450, 281, 429, 228, 443, 481, 92,  404, 485, 422,
    248, 297, 23,  213, 130, 466, 22,  217, 283, 70,  294, 360, 419, 127, 312, 377, 7,   468, 194,
    2,   117, 295, 463, 258, 224, 447, 247, 187, 80,  398, 284, 353, 105, 390, 299, 471, 470, 184,
    57,  200, 348, 63,  204, 188, 33,  451, 97,  30,  310, 219, 94,  160, 129, 493, 64,  179, 263,
    102, 189, 207, 114, 402, 438, 477, 387, 122, 192, 42,  381, 5,   145, 118, 180, 449, 293, 323,
    136, 380, 43,  66,  60,  455, 341, 445, 202, 432, 8,   237, 15,  376, 436, 464, 59,  461,
};

/**
 * \return true when \p table maps 0..N-1 onto 0..N-1. A mistyped S-box entry would break this,
 * so it is checked at compile time, not left to the test vectors.
 */
template<typename T, std::size_t N>
constexpr bool
IsPermutation(const std::array<T, N>& table)
{
    std::array<bool, N> seen{};
    for (T value : table)
    {
        if (value >= N || seen[value])
        {
            return false;
        }
        seen[value] = true;
    }
    return true;
}

static_assert(IsPermutation(kS7), "S7 must be a permutation of 0..127");
static_assert(IsPermutation(kS9), "S9 must be a permutation of 0..511");

/** The constants C1..C8 that turn Kj into K'j = Kj XOR Cj (TS 35.202 4.4, table 1). */
constexpr std::array<uint16_t, 8> kC
    = {0x0123, 0x4567, 0x89ab, 0xcdef, 0xfedc, 0xba98, 0x7654, 0x3210};

/** Left circular rotation of a 16-bit value by \p n bits (ROL in TS 35.202), 0 < n < 16. */
constexpr uint16_t
Rol16(uint16_t value, unsigned n)
{
    return static_cast<uint16_t>((value << n) | (value >> (16 - n)));
}

/**
 * FI (TS 35.202 4.3.4): a 16-bit input split 9 || 7 bits, two rounds of S9/S7 with the subkey
 * KIi,j = KIi,j,1 (7 bits) || KIi,j,2 (9 bits) mixed in between. ZE() is implicit: a 7-bit value
 * XORed into a 9-bit one; TR() is the mask 0x7f.
 */
uint16_t
Fi(uint16_t in, uint16_t subkey)
{
    const uint16_t ki1 = static_cast<uint16_t>(subkey >> 9);    // 7 bits
    const uint16_t ki2 = static_cast<uint16_t>(subkey & 0x1ff); // 9 bits

    const uint16_t l0 = static_cast<uint16_t>(in >> 7);
    const uint16_t r0 = static_cast<uint16_t>(in & 0x7f);

    const uint16_t l1 = r0;
    const uint16_t r1 = static_cast<uint16_t>(kS9[l0] ^ r0);

    const uint16_t l2 = static_cast<uint16_t>(r1 ^ ki2);
    const uint16_t r2 = static_cast<uint16_t>(kS7[l1] ^ (r1 & 0x7f) ^ ki1);

    const uint16_t l3 = r2;
    const uint16_t r3 = static_cast<uint16_t>(kS9[l2] ^ r2);

    const uint16_t l4 = static_cast<uint16_t>(kS7[l3] ^ (r3 & 0x7f));
    const uint16_t r4 = r3;

    return static_cast<uint16_t>((l4 << 9) | r4);
}

} // namespace

Kasumi::Kasumi(const Key128& key) noexcept
{
    // TS 35.202 4.4: K = K1 || K2 || ... || K8 (16-bit words, K1 most significant).
    std::array<uint16_t, 8> k;
    std::array<uint16_t, 8> kPrime;
    const uint8_t* octets = key.Data();
    for (std::size_t j = 0; j < 8; ++j)
    {
        k[j] = static_cast<uint16_t>((octets[2 * j] << 8) | octets[2 * j + 1]);
        kPrime[j] = static_cast<uint16_t>(k[j] ^ kC[j]);
    }

    // Table 2 of 4.4, with 0-based round and word indices (the spec's Ki+x wraps mod 8).
    for (std::size_t i = 0; i < kRounds; ++i)
    {
        RoundKeys& rk = m_rounds[i];
        rk.kl1 = Rol16(k[i], 1);
        rk.kl2 = kPrime[(i + 2) % 8];
        rk.ko1 = Rol16(k[(i + 1) % 8], 5);
        rk.ko2 = Rol16(k[(i + 5) % 8], 8);
        rk.ko3 = Rol16(k[(i + 6) % 8], 13);
        rk.ki1 = kPrime[(i + 4) % 8];
        rk.ki2 = kPrime[(i + 3) % 8];
        rk.ki3 = kPrime[(i + 7) % 8];
    }

    OPENSSL_cleanse(k.data(), sizeof(k));
    OPENSSL_cleanse(kPrime.data(), sizeof(kPrime));
}

Kasumi::~Kasumi()
{
    OPENSSL_cleanse(m_rounds.data(), sizeof(m_rounds));
}

uint32_t
Kasumi::Fl(uint32_t in, const RoundKeys& k) noexcept
{
    // FL, TS 35.202 4.3.2: R' = R XOR ROL(L AND KLi,1); L' = L XOR ROL(R' OR KLi,2).
    const uint16_t l = static_cast<uint16_t>(in >> 16);
    const uint16_t r = static_cast<uint16_t>(in);
    const uint16_t rOut = static_cast<uint16_t>(r ^ Rol16(static_cast<uint16_t>(l & k.kl1), 1));
    const uint16_t lOut = static_cast<uint16_t>(l ^ Rol16(static_cast<uint16_t>(rOut | k.kl2), 1));
    return (static_cast<uint32_t>(lOut) << 16) | rOut;
}

uint32_t
Kasumi::Fo(uint32_t in, const RoundKeys& k) noexcept
{
    // FO, TS 35.202 4.3.3: three rounds of Rj = FI(Lj-1 XOR KOi,j, KIi,j) XOR Rj-1; Lj = Rj-1.
    uint16_t l = static_cast<uint16_t>(in >> 16);
    uint16_t r = static_cast<uint16_t>(in);
    const std::array<uint16_t, 3> ko = {k.ko1, k.ko2, k.ko3};
    const std::array<uint16_t, 3> ki = {k.ki1, k.ki2, k.ki3};
    for (std::size_t j = 0; j < 3; ++j)
    {
        const uint16_t next
            = static_cast<uint16_t>(Fi(static_cast<uint16_t>(l ^ ko[j]), ki[j]) ^ r);
        l = r;
        r = next;
    }
    return (static_cast<uint32_t>(l) << 16) | r;
}

uint64_t
Kasumi::Encrypt(uint64_t block) const noexcept
{
    // TS 35.202 4.2: Ri = Li-1; Li = Ri-1 XOR fi(Li-1, RKi). Odd rounds (1, 3, ...) apply FL
    // then FO, even rounds FO then FL (fi of 4.3.1). Output is L8 || R8.
    uint32_t l = static_cast<uint32_t>(block >> 32);
    uint32_t r = static_cast<uint32_t>(block);
    for (std::size_t i = 0; i < kRounds; ++i)
    {
        const RoundKeys& rk = m_rounds[i];
        const uint32_t f = (i % 2 == 0) ? Fo(Fl(l, rk), rk) : Fl(Fo(l, rk), rk);
        const uint32_t next = r ^ f;
        r = l;
        l = next;
    }
    return (static_cast<uint64_t>(l) << 32) | r;
}

void
Kasumi::Encrypt(uint8_t block[kBlockSize]) const noexcept
{
    uint64_t value = 0;
    for (std::size_t n = 0; n < kBlockSize; ++n)
    {
        value = (value << 8) | block[n];
    }
    value = Encrypt(value);
    for (std::size_t n = kBlockSize; n-- > 0;)
    {
        block[n] = static_cast<uint8_t>(value);
        value >>= 8;
    }
}

} // namespace srvcc
