/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Fixed-size key material that wipes itself.
 */
#ifndef SRVCC_SECRET_BYTES_H
#define SRVCC_SECRET_BYTES_H

#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace srvcc
{

/** Overwrite \p length octets at \p data with zeros in a way the compiler cannot elide. */
void SecureWipe(void* data, std::size_t length) noexcept;

/** \return true when the \p length octets at \p a and \p b are equal; constant-time. */
bool ConstantTimeEqual(const void* a, const void* b, std::size_t length) noexcept;

/**
 * N octets of key material (KAMF, KASME_SRVCC, CK_SRVCC, ...).
 *
 * - The octets are wiped (SecureWipe, OpenSSL's OPENSSL_cleanse) when the object is destroyed or
 * Wipe() is called, so a deleted security context leaves no key behind.
 * - There is deliberately no stream operator: the only way to print a key in full is
 *   RevealHex(), which a caller has to ask for by name; Fingerprint() is what logs show.
 * - Comparison is constant-time (ConstantTimeEqual, OpenSSL's CRYPTO_memcmp).
 */
template<std::size_t N>
class SecretBytes
{
  public:
    static constexpr std::size_t kSize = N;

    /** All-zero key. */
    SecretBytes() noexcept
    {
        m_octets.fill(0);
    }

    ~SecretBytes()
    {
        Wipe();
    }

    SecretBytes(const SecretBytes& other) noexcept = default;
    SecretBytes& operator=(const SecretBytes& other) noexcept = default;

    // A moved-from key keeps its octets until it is destroyed (and wiped) or Wipe() is called:
    // wiping on every move as well doubled the wipes on the derivation path for no gain, since
    // temporaries are destroyed at once. Call Wipe() on a long-lived key you move out of.
    SecretBytes(SecretBytes&& other) noexcept = default;
    SecretBytes& operator=(SecretBytes&& other) noexcept = default;

    /**
     * Copy exactly N octets.
     * \param input the name of the input, for the error message
     * \throws CryptoError when \p length is not N
     */
    static SecretBytes
    FromOctets(const uint8_t* data, std::size_t length, const std::string& input)
    {
        if (length != N)
        {
            throw CryptoError(input, "expected " + std::to_string(N) + " octets, got "
                                         + std::to_string(length));
        }
        SecretBytes key;
        std::copy(data, data + N, key.m_octets.begin());
        return key;
    }

    /**
     * Parse exactly 2N hex digits.
     * \throws CryptoError naming \p input on a bad digit or a wrong length
     */
    static SecretBytes
    FromHex(std::string_view hex, const std::string& input)
    {
        SecretBytes key;
        FromHexExact(hex, key.m_octets.data(), N, input);
        return key;
    }

    const uint8_t*
    Data() const noexcept
    {
        return m_octets.data();
    }

    uint8_t*
    Data() noexcept
    {
        return m_octets.data();
    }

    constexpr std::size_t
    Size() const noexcept
    {
        return N;
    }

    /** Overwrite the octets with zeros in a way the compiler cannot elide. */
    void
    Wipe() noexcept
    {
        SecureWipe(m_octets.data(), N);
    }

    /** \return true when every octet is zero (e.g. after Wipe()). */
    bool
    IsZero() const noexcept
    {
        uint8_t acc = 0;
        for (uint8_t b : m_octets)
        {
            acc |= b;
        }
        return acc == 0;
    }

    /** The whole key as lower-case hex. Only for callers that were asked to reveal keys. */
    std::string
    RevealHex() const
    {
        return ToHex(m_octets.data(), N);
    }

    /**
     * A short, non-reversible tag for logs: the first two octets followed by an ellipsis,
     * e.g. "4623..". Enough to tell two keys apart in a trace, not enough to use one.
     */
    std::string
    Fingerprint() const
    {
        return ToHex(m_octets.data(), 2) + "..";
    }

    bool
    operator==(const SecretBytes& other) const noexcept
    {
        return ConstantTimeEqual(m_octets.data(), other.m_octets.data(), N);
    }

    bool
    operator!=(const SecretBytes& other) const noexcept
    {
        return !(*this == other);
    }

  private:
    std::array<uint8_t, N> m_octets;
};

/** A 128-bit key (CK, IK, KNASint, K, OPc, ...). */
using Key128 = SecretBytes<16>;
/** A 256-bit key (KAUSF, KSEAF, KAMF, KASME_SRVCC, ...). */
using Key256 = SecretBytes<32>;

/** \return the 128 most significant bits of \p key (CK of a CK||IK pair, TS 33.401 A.12). */
inline Key128
Msb128(const Key256& key)
{
    return Key128::FromOctets(key.Data(), 16, "key");
}

/** \return the 128 least significant bits of \p key (IK of a CK||IK pair, KNASint, ...). */
inline Key128
Lsb128(const Key256& key)
{
    return Key128::FromOctets(key.Data() + 16, 16, "key");
}

/** \return CK || IK as one 256-bit key (the KDF key of TS 33.501 A.2 / A.4). */
inline Key256
Concatenate(const Key128& ck, const Key128& ik)
{
    Key256 out;
    std::copy(ck.Data(), ck.Data() + 16, out.Data());
    std::copy(ik.Data(), ik.Data() + 16, out.Data() + 16);
    return out;
}

} // namespace srvcc

#endif // SRVCC_SECRET_BYTES_H
