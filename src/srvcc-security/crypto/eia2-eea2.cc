/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * 128-EIA2 and 128-EEA2 (TS 33.401 B.2.3, B.1.3) on OpenSSL 3 EVP.
 */
#include "srvcc/eia2-eea2.h"

#include "srvcc/crypto-error.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <string>

namespace srvcc
{

namespace
{

void
CheckBearerDirection(uint8_t bearer, uint8_t direction)
{
    if (bearer > 31)
    {
        throw CryptoError("bearer", "must be 0..31, got " + std::to_string(bearer));
    }
    if (direction > 1)
    {
        throw CryptoError("direction", "must be 0 or 1, got " + std::to_string(direction));
    }
}

/** COUNT || BEARER || DIRECTION || 0^26: the first 64 bits of both the MAC input and the IV. */
void
WriteHeader(uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* out)
{
    out[0] = static_cast<uint8_t>(count >> 24);
    out[1] = static_cast<uint8_t>(count >> 16);
    out[2] = static_cast<uint8_t>(count >> 8);
    out[3] = static_cast<uint8_t>(count);
    out[4] = static_cast<uint8_t>((bearer << 3) | (direction << 2));
    out[5] = 0;
    out[6] = 0;
    out[7] = 0;
}

/** An EVP_CIPHER fetched once plus one reusable EVP_CIPHER_CTX (per thread, see below). */
class CipherContext
{
  public:
    explicit CipherContext(const char* name)
    {
        m_cipher = EVP_CIPHER_fetch(nullptr, name, nullptr);
        m_ctx = EVP_CIPHER_CTX_new();
        if (m_cipher == nullptr || m_ctx == nullptr)
        {
            EVP_CIPHER_CTX_free(m_ctx);
            EVP_CIPHER_free(m_cipher);
            throw CryptoBackendError(std::string("cannot set up ") + name);
        }
    }

    ~CipherContext()
    {
        EVP_CIPHER_CTX_free(m_ctx);
        EVP_CIPHER_free(m_cipher);
    }

    CipherContext(const CipherContext&) = delete;
    CipherContext& operator=(const CipherContext&) = delete;

    /** Key (and IV) the context for encryption, without padding. */
    void
    Init(const Key128& key, const uint8_t* iv)
    {
        if (EVP_EncryptInit_ex2(m_ctx, m_cipher, key.Data(), iv, nullptr) != 1
            || EVP_CIPHER_CTX_set_padding(m_ctx, 0) != 1)
        {
            throw CryptoBackendError("EVP_EncryptInit_ex2 failed");
        }
    }

    /** Encrypt \p length octets from \p in to \p out (which may be the same buffer). */
    void
    Update(const uint8_t* in, uint8_t* out, std::size_t length)
    {
        // EVP takes an int length: feed very long inputs in pieces (CTR state carries over).
        constexpr std::size_t kChunk = std::size_t{1} << 30;
        while (length > 0)
        {
            const std::size_t piece = std::min(length, kChunk);
            int written = 0;
            if (EVP_EncryptUpdate(m_ctx, out, &written, in, static_cast<int>(piece)) != 1
                || static_cast<std::size_t>(written) != piece)
            {
                throw CryptoBackendError("EVP_EncryptUpdate failed");
            }
            in += piece;
            out += piece;
            length -= piece;
        }
    }

  private:
    EVP_CIPHER* m_cipher{nullptr};
    EVP_CIPHER_CTX* m_ctx{nullptr};
};

/** AES-128-CMAC through EVP_MAC "CMAC", the cipher set once, re-keyed per MAC. */
class CmacContext
{
  public:
    CmacContext()
    {
        m_mac = EVP_MAC_fetch(nullptr, "CMAC", nullptr);
        m_ctx = m_mac != nullptr ? EVP_MAC_CTX_new(m_mac) : nullptr;
        char cipher[] = "AES-128-CBC";
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipher, 0),
            OSSL_PARAM_construct_end(),
        };
        if (m_ctx == nullptr || EVP_MAC_CTX_set_params(m_ctx, params) != 1)
        {
            EVP_MAC_CTX_free(m_ctx);
            EVP_MAC_free(m_mac);
            throw CryptoBackendError("cannot set up CMAC with AES-128-CBC");
        }
    }

    ~CmacContext()
    {
        EVP_MAC_CTX_free(m_ctx);
        EVP_MAC_free(m_mac);
    }

    CmacContext(const CmacContext&) = delete;
    CmacContext& operator=(const CmacContext&) = delete;

    void
    Init(const Key128& key)
    {
        if (EVP_MAC_init(m_ctx, key.Data(), key.Size(), nullptr) != 1)
        {
            throw CryptoBackendError("EVP_MAC_init(CMAC) failed");
        }
    }

    void
    Update(const uint8_t* data, std::size_t length)
    {
        if (length > 0 && EVP_MAC_update(m_ctx, data, length) != 1)
        {
            throw CryptoBackendError("EVP_MAC_update(CMAC) failed");
        }
    }

    void
    Final(uint8_t* tag16)
    {
        std::size_t written = 0;
        if (EVP_MAC_final(m_ctx, tag16, &written, 16) != 1 || written != 16)
        {
            throw CryptoBackendError("EVP_MAC_final(CMAC) failed");
        }
    }

  private:
    EVP_MAC* m_mac{nullptr};
    EVP_MAC_CTX* m_ctx{nullptr};
};

/**
 * The OpenSSL objects one thread needs, created on first use and reused: fetching
 * algorithms and allocating contexts costs far more than one short MAC or cipher call.
 */
struct ThreadContexts
{
    CmacContext cmac;
    CipherContext ecb{"AES-128-ECB"}; // only for L = AES_K(0^128), see Eia2
    CipherContext ctr{"AES-128-CTR"};
};

ThreadContexts&
Contexts()
{
    thread_local ThreadContexts contexts;
    return contexts;
}

/** The SP 800-38B doubling in GF(2^128): x * 2, reduced by x^128 + x^7 + x^2 + x + 1. */
void
Double128(const uint8_t* in, uint8_t* out)
{
    const uint8_t carry = static_cast<uint8_t>(0 - (in[0] >> 7)); // 0xff when the MSB is set
    for (unsigned i = 0; i < 15; ++i)
    {
        out[i] = static_cast<uint8_t>((in[i] << 1) | (in[i + 1] >> 7));
    }
    out[15] = static_cast<uint8_t>((in[15] << 1) ^ (carry & 0x87));
}

} // namespace

Mac32
Eia2(const Key128& key, uint32_t count, uint8_t bearer, uint8_t direction, const uint8_t* message,
     std::size_t lengthBits)
{
    CheckBearerDirection(bearer, direction);
    if (message == nullptr && lengthBits != 0)
    {
        throw CryptoError("message", "null buffer for " + std::to_string(lengthBits) + " bits");
    }
    uint8_t header[8];
    WriteHeader(count, bearer, direction, header);

    ThreadContexts& contexts = Contexts();
    CmacContext& cmac = contexts.cmac;
    cmac.Init(key);
    uint8_t tag[16];

    if (lengthBits % 8 == 0)
    {
        cmac.Update(header, sizeof header);
        cmac.Update(message, lengthBits / 8);
        cmac.Final(tag);
    }
    else
    {
        // TS 33.401 B.2.3 takes the CMAC of a bit string, but OpenSSL's CMAC only accepts
        // octets. SP 800-38B: a complete last block Mn is XORed with K1; an incomplete one is
        // padded with 10..0 and XORed with K2. Here M is never a whole number of octets, so
        // its last block B = (tail bits || 1 || 0..0) is always incomplete and must become
        // B ^ K2. We hand OpenSSL the 16-octet block B ^ K1 ^ K2 as the final, complete
        // block; OpenSSL XORs it with K1 and so enciphers exactly B ^ K2, the bit-string CMAC.
        // K1 and K2 come from L = AES_K(0^128) by the SP 800-38B doubling. This only adjusts
        // the input to OpenSSL's CMAC; it does not re-implement it.
        const std::size_t totalBits = 64 + lengthBits;
        const std::size_t blocks = (totalBits + 127) / 128;
        const std::size_t prefixOctets = 16 * (blocks - 1); // the blocks before the last
        if (prefixOctets > 0)
        {
            cmac.Update(header, sizeof header);
            cmac.Update(message, prefixOctets - sizeof header);
        }

        const std::size_t lastBits = totalBits - 8 * prefixOctets; // 1..127, not a multiple of 8
        uint8_t last[16] = {};
        for (std::size_t j = 0; j < (lastBits + 7) / 8; ++j)
        {
            const std::size_t at = prefixOctets + j; // position in header || message
            last[j] = at < sizeof header ? header[at] : message[at - sizeof header];
        }
        last[lastBits / 8] &= static_cast<uint8_t>(0xff << (8 - lastBits % 8));
        last[lastBits / 8] |= static_cast<uint8_t>(0x80 >> (lastBits % 8));

        uint8_t l[16] = {};
        uint8_t k1[16];
        uint8_t k2[16];
        contexts.ecb.Init(key, nullptr);
        contexts.ecb.Update(l, l, sizeof l);
        Double128(l, k1);
        Double128(k1, k2);
        for (unsigned i = 0; i < 16; ++i)
        {
            last[i] ^= static_cast<uint8_t>(k1[i] ^ k2[i]);
        }
        cmac.Update(last, sizeof last);
        cmac.Final(tag);
        OPENSSL_cleanse(l, sizeof l);
        OPENSSL_cleanse(k1, sizeof k1);
        OPENSSL_cleanse(k2, sizeof k2);
        OPENSSL_cleanse(last, sizeof last);
    }
    return {tag[0], tag[1], tag[2], tag[3]};
}

void
Eea2(const Key128& key, uint32_t count, uint8_t bearer, uint8_t direction, uint8_t* data,
     std::size_t lengthBits)
{
    CheckBearerDirection(bearer, direction);
    if (lengthBits == 0)
    {
        return;
    }
    if (data == nullptr)
    {
        throw CryptoError("data", "null buffer for " + std::to_string(lengthBits) + " bits");
    }
    // TS 33.401 B.1.3: T1 = COUNT || BEARER || DIRECTION || 0^26 || 0^64, Ti+1 = Ti + 1;
    // OpenSSL's CTR mode increments the block as a 128-bit big-endian integer, which for
    // fewer than 2^64 blocks is the same.
    uint8_t iv[16] = {};
    WriteHeader(count, bearer, direction, iv);
    CipherContext& ctr = Contexts().ctr;
    ctr.Init(key, iv);
    const std::size_t octets = (lengthBits + 7) / 8;
    ctr.Update(data, data, octets);
    const unsigned tailBits = lengthBits % 8;
    if (tailBits != 0)
    {
        data[octets - 1] &= static_cast<uint8_t>(0xff << (8 - tailBits));
    }
}

} // namespace srvcc
