/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Hexadecimal text <-> octets, lower-case, no separators.
 */
#ifndef SRVCC_HEX_H
#define SRVCC_HEX_H

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace srvcc
{

/** \return the lower-case hex text of \p length octets at \p data. */
std::string ToHex(const uint8_t* data, std::size_t length);

/** \return the lower-case hex text of \p octets. */
std::string ToHex(const std::vector<uint8_t>& octets);

/**
 * Parse hex text (either case, even number of digits, no separators).
 * \param input the name of the input, used in the error message
 * \throws CryptoError naming \p input when the text is not hex
 */
std::vector<uint8_t> FromHex(std::string_view text, const std::string& input);

/**
 * Parse hex text of exactly \p length octets into \p out.
 * \throws CryptoError naming \p input on a bad digit or a wrong length
 */
void FromHexExact(std::string_view text, uint8_t* out, std::size_t length,
                  const std::string& input);

/**
 * Parse exactly N octets of hex (RAND, SQN, AMF, AUTN, AUTS, ...).
 * \throws CryptoError naming \p input on a bad digit or a wrong length
 */
template<std::size_t N>
std::array<uint8_t, N>
OctetsFromHex(std::string_view hex, const std::string& input)
{
    std::array<uint8_t, N> out{};
    FromHexExact(hex, out.data(), N, input);
    return out;
}

} // namespace srvcc

#endif // SRVCC_HEX_H
