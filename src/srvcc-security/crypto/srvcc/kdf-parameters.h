/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Encodings of the KDF input parameters that several 3GPP derivations share.
 */
#ifndef SRVCC_KDF_PARAMETERS_H
#define SRVCC_KDF_PARAMETERS_H

#include "srvcc/kdf.h"
#include "srvcc/nas-count.h"

#include <string_view>

namespace srvcc
{

/** A character string parameter (serving network name, SUPI), UTF-8 (TS 33.220 B.2.1.2). */
inline KdfParameter
TextParameter(std::string_view text)
{
    return KdfParameter{reinterpret_cast<const uint8_t*>(text.data()), text.size()};
}

/**
 * A NAS COUNT parameter: 4 octets big-endian, L = 0x00 0x04 (TS 33.501 A.9, A.14, A.21;
 * TS 33.401 A.3, A.12). Holds its own octets, so keep the object alive across the Kdf call.
 */
class NasCountParameter
{
  public:
    explicit NasCountParameter(NasCount count)
    {
        count.Encode(m_octets);
    }

    KdfParameter
    Get() const
    {
        return KdfParameter{m_octets, 4};
    }

  private:
    uint8_t m_octets[4];
};

/**
 * The shared shape of TS 33.501 A.8 and TS 33.401 A.7: the 128 LSB of
 * KDF(key, FC, algorithm type distinguisher, algorithm identity), where the identity sits in
 * the 4 LSB of its octet.
 * \throws CryptoError when \p algorithmIdentity is above 15
 */
inline Key128
AlgorithmKey(const Key256& key, uint8_t fc, uint8_t distinguisher, uint8_t algorithmIdentity)
{
    if (algorithmIdentity > 0x0f)
    {
        throw CryptoError("algorithm identity",
                          "4-bit value (0..15) expected, got " + std::to_string(algorithmIdentity));
    }
    return Lsb128(
        Kdf(key, fc, {KdfParameter{&distinguisher, 1}, KdfParameter{&algorithmIdentity, 1}}));
}

} // namespace srvcc

#endif // SRVCC_KDF_PARAMETERS_H
