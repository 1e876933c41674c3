/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/kdf.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>

namespace srvcc
{

namespace
{

/**
 * One EVP_MAC_CTX for HMAC-SHA-256 per thread. Fetching the MAC and digest and allocating
 * the context is the expensive part of an OpenSSL HMAC; doing it once and re-keying with
 * EVP_MAC_init keeps a derivation down to the two SHA-256 passes HMAC needs.
 */
class HmacSha256Context
{
  public:
    HmacSha256Context()
    {
        m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (m_mac == nullptr)
        {
            throw CryptoBackendError("EVP_MAC_fetch(HMAC) failed");
        }
        m_ctx = EVP_MAC_CTX_new(m_mac);
        if (m_ctx == nullptr)
        {
            EVP_MAC_free(m_mac);
            throw CryptoBackendError("EVP_MAC_CTX_new failed");
        }
        char digest[] = "SHA256";
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end(),
        };
        if (EVP_MAC_CTX_set_params(m_ctx, params) != 1)
        {
            EVP_MAC_CTX_free(m_ctx);
            EVP_MAC_free(m_mac);
            throw CryptoBackendError("HMAC digest SHA256 not available");
        }
    }

    ~HmacSha256Context()
    {
        EVP_MAC_CTX_free(m_ctx);
        EVP_MAC_free(m_mac);
    }

    HmacSha256Context(const HmacSha256Context&) = delete;
    HmacSha256Context& operator=(const HmacSha256Context&) = delete;

    void
    Compute(const uint8_t* key, std::size_t keyLength, const uint8_t* message,
            std::size_t messageLength, uint8_t* out)
    {
        std::size_t outLength = 0;
        if (EVP_MAC_init(m_ctx, key, keyLength, nullptr) != 1
            || EVP_MAC_update(m_ctx, message, messageLength) != 1
            || EVP_MAC_final(m_ctx, out, &outLength, 32) != 1 || outLength != 32)
        {
            throw CryptoBackendError("HMAC-SHA-256 computation failed");
        }
    }

  private:
    EVP_MAC* m_mac{nullptr};
    EVP_MAC_CTX* m_ctx{nullptr};
};

HmacSha256Context&
ThreadContext()
{
    thread_local HmacSha256Context context;
    return context;
}

} // namespace

void
HmacSha256(const uint8_t* key, std::size_t keyLength, const uint8_t* message,
           std::size_t messageLength, uint8_t* out)
{
    ThreadContext().Compute(key, keyLength, message, messageLength, out);
}

Key256
Kdf(const uint8_t* key, std::size_t keyLength, uint8_t fc,
    std::initializer_list<KdfParameter> parameters)
{
    std::array<uint8_t, kKdfMaxInputLength> s;
    std::size_t used = 0;
    s[used++] = fc;
    for (const KdfParameter& p : parameters)
    {
        if (p.length > 0xffff)
        {
            throw CryptoError("kdf parameter", "longer than 65535 octets (TS 33.220 B.2.0)");
        }
        if (used + p.length + 2 > s.size())
        {
            throw CryptoError("kdf parameter", "input string S longer than "
                                                   + std::to_string(kKdfMaxInputLength)
                                                   + " octets");
        }
        std::copy(p.data, p.data + p.length, s.begin() + used);
        used += p.length;
        s[used++] = static_cast<uint8_t>(p.length >> 8);
        s[used++] = static_cast<uint8_t>(p.length & 0xff);
    }
    // S holds only public parameters (FC, COUNT, SN name, RAND, ...): no need to wipe it.
    Key256 derived;
    HmacSha256(key, keyLength, s.data(), used, derived.Data());
    return derived;
}

} // namespace srvcc
