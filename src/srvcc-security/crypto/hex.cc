/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/hex.h"

#include "srvcc/crypto-error.h"

namespace srvcc
{

namespace
{

int
HexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
    {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f')
    {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F')
    {
        return c - 'A' + 10;
    }
    return -1;
}

void
DecodeInto(std::string_view text, uint8_t* out, const std::string& input)
{
    for (std::size_t i = 0; i < text.size(); i += 2)
    {
        const int hi = HexDigitValue(text[i]);
        const int lo = HexDigitValue(text[i + 1]);
        if (hi < 0 || lo < 0)
        {
            const std::size_t bad = hi < 0 ? i : i + 1;
            throw CryptoError(input, "not a hex digit '" + std::string(1, text[bad])
                                         + "' at position " + std::to_string(bad + 1));
        }
        out[i / 2] = static_cast<uint8_t>((hi << 4) | lo);
    }
}

} // namespace

std::string
ToHex(const uint8_t* data, std::size_t length)
{
    static const char kDigits[] = "0123456789abcdef";
    std::string text(2 * length, '0');
    for (std::size_t i = 0; i < length; ++i)
    {
        text[2 * i] = kDigits[data[i] >> 4];
        text[2 * i + 1] = kDigits[data[i] & 0x0f];
    }
    return text;
}

std::string
ToHex(const std::vector<uint8_t>& octets)
{
    return ToHex(octets.data(), octets.size());
}

std::vector<uint8_t>
FromHex(std::string_view text, const std::string& input)
{
    if (text.size() % 2 != 0)
    {
        throw CryptoError(input, "expected an even number of hex digits, got "
                                     + std::to_string(text.size()));
    }
    std::vector<uint8_t> octets(text.size() / 2);
    DecodeInto(text, octets.data(), input);
    return octets;
}

void
FromHexExact(std::string_view text, uint8_t* out, std::size_t length, const std::string& input)
{
    if (text.size() != 2 * length)
    {
        throw CryptoError(input, "expected " + std::to_string(2 * length) + " hex digits ("
                                     + std::to_string(length) + " octets), got "
                                     + std::to_string(text.size()) + " digits");
    }
    DecodeInto(text, out, input);
}

} // namespace srvcc
