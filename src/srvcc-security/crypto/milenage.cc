/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/milenage.h"

#include "srvcc/crypto-error.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace srvcc
{

namespace
{

constexpr std::size_t kBlock = 16;

/**
 * TS 35.206 4.1, rotation constants r2..r5 in octets (r2 = 0, r3 = 32, r4 = 64, r5 = 96 bits),
 * indexed by i - 2. All are multiples of 8, so the rotation moves whole octets.
 */
constexpr std::size_t kRotOctets[4] = {0, 4, 8, 12};

/**
 * TS 35.206 4.1, constants c2..c5: a single 1 bit at position 127, 126, 125, 124 (bit 0 is the
 * most significant), i.e. 0x01, 0x02, 0x04, 0x08 in the last octet. c1 is all zeros.
 */
constexpr uint8_t kConstLastOctet[4] = {0x01, 0x02, 0x04, 0x08};

/** r1 = 64 bits (TS 35.206 4.1). */
constexpr std::size_t kR1Octets = 8;

/**
 * rot(x, r): cyclic rotation of the 128-bit x by r bits towards the most significant bit
 * (TS 35.206 4.1: "rot(x, r)[i] = x[(i + r) mod 128]"), for r a multiple of 8.
 */
void
RotateLeftOctets(const uint8_t in[kBlock], std::size_t octets, uint8_t out[kBlock])
{
    for (std::size_t i = 0; i < kBlock; ++i)
    {
        out[i] = in[(i + octets) % kBlock];
    }
}

EVP_CIPHER_CTX*
NewAesEcbContext(const Key128& k)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (ctx == nullptr)
    {
        throw CryptoBackendError("EVP_CIPHER_CTX_new failed");
    }
    // One block in, one block out: no padding (E_K is the bare block cipher).
    if (EVP_EncryptInit_ex2(ctx, EVP_aes_128_ecb(), k.Data(), nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_set_padding(ctx, 0) != 1)
    {
        EVP_CIPHER_CTX_free(ctx);
        throw CryptoBackendError("AES-128-ECB initialisation failed");
    }
    return ctx;
}

void
EncryptBlock(EVP_CIPHER_CTX* ctx, const uint8_t in[kBlock], uint8_t out[kBlock])
{
    int outLength = 0;
    if (EVP_EncryptUpdate(ctx, out, &outLength, in, static_cast<int>(kBlock)) != 1
        || outLength != static_cast<int>(kBlock))
    {
        throw CryptoBackendError("AES-128-ECB encryption failed");
    }
}

/** Wipes a stack buffer of intermediate values (TEMP, OUTi) when it goes out of scope. */
struct BlockWiper
{
    uint8_t* block;

    ~BlockWiper()
    {
        OPENSSL_cleanse(block, kBlock);
    }
};

} // namespace

Milenage::Milenage(const Key128& k, const Key128& opc) : m_opc(opc), m_ctx(NewAesEcbContext(k)) {}

Milenage::~Milenage()
{
    // EVP_CIPHER_CTX_free cleanses the expanded key schedule.
    EVP_CIPHER_CTX_free(m_ctx);
}

Milenage::Milenage(Milenage&& other) noexcept : m_opc(std::move(other.m_opc)), m_ctx(other.m_ctx)
{
    other.m_ctx = nullptr;
}

Milenage&
Milenage::operator=(Milenage&& other) noexcept
{
    if (this != &other)
    {
        EVP_CIPHER_CTX_free(m_ctx);
        m_opc = std::move(other.m_opc);
        m_ctx = other.m_ctx;
        other.m_ctx = nullptr;
    }
    return *this;
}

Key128
Milenage::ComputeOpc(const Key128& k, const Key128& op)
{
    // Done once per subscriber, so a short-lived context is fine here.
    EVP_CIPHER_CTX* ctx = NewAesEcbContext(k);
    Key128 opc;
    try
    {
        EncryptBlock(ctx, op.Data(), opc.Data());
    }
    catch (...)
    {
        EVP_CIPHER_CTX_free(ctx);
        throw;
    }
    EVP_CIPHER_CTX_free(ctx);
    for (std::size_t i = 0; i < kBlock; ++i)
    {
        opc.Data()[i] ^= op.Data()[i];
    }
    return opc;
}

void
Milenage::Encrypt(const uint8_t in[16], uint8_t out[16]) const
{
    if (m_ctx == nullptr)
    {
        throw std::logic_error("Milenage: used after being moved from");
    }
    EncryptBlock(m_ctx, in, out);
}

void
Milenage::Temp(const Rand& rand, uint8_t temp[16]) const
{
    uint8_t in[kBlock];
    BlockWiper wipeIn{in};
    for (std::size_t i = 0; i < kBlock; ++i)
    {
        in[i] = rand[i] ^ m_opc.Data()[i];
    }
    Encrypt(in, temp);
}

void
Milenage::Out1(const Rand& rand, const Sqn& sqn, const AuthManagementField& amf,
               uint8_t out[16]) const
{
    uint8_t temp[kBlock];
    BlockWiper wipeTemp{temp};
    Temp(rand, temp);

    // IN1 = SQN || AMF || SQN || AMF (TS 35.206 4.1).
    uint8_t in1[kBlock];
    BlockWiper wipeIn1{in1};
    std::copy(sqn.begin(), sqn.end(), in1);
    std::copy(amf.begin(), amf.end(), in1 + 6);
    std::copy(in1, in1 + 8, in1 + 8);
    for (std::size_t i = 0; i < kBlock; ++i)
    {
        in1[i] ^= m_opc.Data()[i];
    }

    uint8_t rotated[kBlock];
    BlockWiper wipeRotated{rotated};
    RotateLeftOctets(in1, kR1Octets, rotated);
    // c1 is all zeros, so there is nothing more to XOR in.
    for (std::size_t i = 0; i < kBlock; ++i)
    {
        rotated[i] ^= temp[i];
    }
    Encrypt(rotated, out);
    for (std::size_t i = 0; i < kBlock; ++i)
    {
        out[i] ^= m_opc.Data()[i];
    }
}

void
Milenage::OutI(const uint8_t temp[16], int i, uint8_t out[16]) const
{
    const std::size_t index = static_cast<std::size_t>(i - 2);
    uint8_t x[kBlock];
    BlockWiper wipeX{x};
    for (std::size_t j = 0; j < kBlock; ++j)
    {
        x[j] = temp[j] ^ m_opc.Data()[j];
    }
    uint8_t rotated[kBlock];
    BlockWiper wipeRotated{rotated};
    RotateLeftOctets(x, kRotOctets[index], rotated);
    rotated[kBlock - 1] ^= kConstLastOctet[index];
    Encrypt(rotated, out);
    for (std::size_t j = 0; j < kBlock; ++j)
    {
        out[j] ^= m_opc.Data()[j];
    }
}

AkaMac
Milenage::F1(const Rand& rand, const Sqn& sqn, const AuthManagementField& amf) const
{
    uint8_t out[kBlock];
    BlockWiper wipeOut{out};
    Out1(rand, sqn, amf, out);
    AkaMac mac;
    std::copy(out, out + 8, mac.begin());
    return mac;
}

AkaMac
Milenage::F1Star(const Rand& rand, const Sqn& sqn, const AuthManagementField& amf) const
{
    uint8_t out[kBlock];
    BlockWiper wipeOut{out};
    Out1(rand, sqn, amf, out);
    AkaMac mac;
    std::copy(out + 8, out + 16, mac.begin());
    return mac;
}

AkaRes
Milenage::F2(const Rand& rand) const
{
    uint8_t temp[kBlock];
    BlockWiper wipeTemp{temp};
    Temp(rand, temp);
    uint8_t out2[kBlock];
    BlockWiper wipeOut2{out2};
    OutI(temp, 2, out2);
    AkaRes res;
    std::copy(out2 + 8, out2 + 16, res.begin());
    return res;
}

Key128
Milenage::F3(const Rand& rand) const
{
    uint8_t temp[kBlock];
    BlockWiper wipeTemp{temp};
    Temp(rand, temp);
    Key128 ck;
    OutI(temp, 3, ck.Data());
    return ck;
}

Key128
Milenage::F4(const Rand& rand) const
{
    uint8_t temp[kBlock];
    BlockWiper wipeTemp{temp};
    Temp(rand, temp);
    Key128 ik;
    OutI(temp, 4, ik.Data());
    return ik;
}

AnonymityKey
Milenage::AnonymityKeyFrom(const Rand& rand, int outIndex) const
{
    uint8_t temp[kBlock];
    BlockWiper wipeTemp{temp};
    Temp(rand, temp);
    uint8_t out[kBlock];
    BlockWiper wipeOut{out};
    OutI(temp, outIndex, out);
    AnonymityKey ak;
    std::copy(out, out + 6, ak.begin()); // the 48 MSB (TS 35.206 4.1)
    return ak;
}

AnonymityKey
Milenage::F5(const Rand& rand) const
{
    return AnonymityKeyFrom(rand, 2); // AK = f5 from OUT2
}

AnonymityKey
Milenage::F5Star(const Rand& rand) const
{
    return AnonymityKeyFrom(rand, 5); // AK* = f5* from OUT5
}

MilenageVector
Milenage::F2345(const Rand& rand) const
{
    uint8_t temp[kBlock];
    BlockWiper wipeTemp{temp};
    Temp(rand, temp);

    MilenageVector v;
    uint8_t out2[kBlock];
    BlockWiper wipeOut2{out2};
    OutI(temp, 2, out2);
    // f5 = OUT2[0..47], f2 = OUT2[64..127] (TS 35.206 4.1).
    std::copy(out2, out2 + 6, v.ak.begin());
    std::copy(out2 + 8, out2 + 16, v.res.begin());
    OutI(temp, 3, v.ck.Data());
    OutI(temp, 4, v.ik.Data());
    return v;
}

} // namespace srvcc
