/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Bounds-checked field readers and writers for the compact (non-GTP) messages.
 */
#include "srvcc-compact-codec.h"

#include <algorithm>

namespace ns3
{

namespace
{

constexpr uint8_t kTbcdFiller = 0x0F;

std::string
Quote(const char* message, const std::string& problem)
{
    return std::string(message) + ": " + problem;
}

bool
IsDecimal(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c)
                       {
                           return c >= '0' && c <= '9';
                       });
}

char
DigitChar(uint8_t nibble)
{
    return static_cast<char>('0' + nibble);
}

uint8_t
DigitValue(char c)
{
    return static_cast<uint8_t>(c - '0');
}

} // namespace

CompactReader::CompactReader(Buffer::Iterator start, uint32_t limit, const char* message)
    : m_it(start), m_limit(limit), m_consumed(0), m_message(message)
{
}

void
CompactReader::Fail(const std::string& problem) const
{
    throw MessageDecodeError(Quote(m_message, problem));
}

uint32_t
CompactReader::GetConsumed() const
{
    return m_consumed;
}

uint32_t
CompactReader::GetLeft() const
{
    // The framing may claim more than the buffer holds; the buffer is what can really be read.
    return std::min(m_limit - m_consumed, m_it.GetRemainingSize());
}

Buffer::Iterator
CompactReader::GetIterator() const
{
    return m_it;
}

void
CompactReader::Need(uint32_t length, const char* field) const
{
    const uint32_t left = GetLeft();
    if (length > left)
    {
        Fail("truncated in " + std::string(field) + ", need " + std::to_string(length)
             + (length == 1 ? " octet, " : " octets, ") + std::to_string(left) + " left");
    }
}

uint8_t
CompactReader::ReadU8(const char* field)
{
    Need(1, field);
    m_consumed += 1;
    return m_it.ReadU8();
}

uint16_t
CompactReader::ReadU16(const char* field)
{
    Need(2, field);
    m_consumed += 2;
    return m_it.ReadNtohU16();
}

uint32_t
CompactReader::ReadU32(const char* field)
{
    Need(4, field);
    m_consumed += 4;
    return m_it.ReadNtohU32();
}

uint8_t
CompactReader::ReadU8AtMost(const char* field, uint8_t max)
{
    const uint8_t value = ReadU8(field);
    if (value > max)
    {
        Fail(std::string(field) + " " + std::to_string(value) + " out of range 0.."
             + std::to_string(max));
    }
    return value;
}

bool
CompactReader::ReadBool(const char* field)
{
    return ReadU8AtMost(field, 1) == 1;
}

void
CompactReader::ReadBytes(uint8_t* out, uint32_t length, const char* field)
{
    Need(length, field);
    m_consumed += length;
    if (length > 0)
    {
        m_it.Read(out, length);
    }
}

std::vector<uint8_t>
CompactReader::ReadLengthPrefixed(const char* field)
{
    const uint16_t length = ReadU16(field);
    // Check before allocating: a forged length must not cost 64 KiB per message.
    Need(length, field);
    std::vector<uint8_t> octets(length);
    ReadBytes(octets.data(), length, field);
    return octets;
}

std::string
CompactReader::ReadDigits(const char* field, uint32_t minDigits, uint32_t maxDigits)
{
    const uint8_t count = ReadU8(field);
    if (count < minDigits || count > maxDigits)
    {
        Fail(std::string(field) + " has " + std::to_string(count) + " digits, expected "
             + std::to_string(minDigits) + ".." + std::to_string(maxDigits));
    }
    const uint32_t octets = (count + 1u) / 2u;
    Need(octets, field);
    std::string digits;
    digits.reserve(count);
    for (uint32_t i = 0; i < octets; ++i)
    {
        const uint8_t octet = ReadU8(field);
        const uint8_t low = octet & 0x0F;
        const uint8_t high = octet >> 4;
        const bool lastOfOdd = (i + 1 == octets) && (count % 2 == 1);
        if (low > 9 || (!lastOfOdd && high > 9) || (lastOfOdd && high != kTbcdFiller))
        {
            Fail(std::string(field) + " octet " + std::to_string(i) + " is not TBCD digits");
        }
        digits.push_back(DigitChar(low));
        if (!lastOfOdd)
        {
            digits.push_back(DigitChar(high));
        }
    }
    return digits;
}

void
CompactReader::ReadPlmn(const char* field, std::string& mcc, std::string& mnc)
{
    uint8_t octets[kCompactPlmnSize];
    ReadBytes(octets, kCompactPlmnSize, field);
    // TS 24.008 Figure 10.5.13: MCC2|MCC1, MNC3|MCC3, MNC2|MNC1.
    const uint8_t mccDigits[3]
        = {static_cast<uint8_t>(octets[0] & 0x0F), static_cast<uint8_t>(octets[0] >> 4),
           static_cast<uint8_t>(octets[1] & 0x0F)};
    const uint8_t mncDigits[3]
        = {static_cast<uint8_t>(octets[2] & 0x0F), static_cast<uint8_t>(octets[2] >> 4),
           static_cast<uint8_t>(octets[1] >> 4)};
    mcc.clear();
    mnc.clear();
    for (uint8_t d : mccDigits)
    {
        if (d > 9)
        {
            Fail(std::string(field) + ": mcc must be 3 decimal digits");
        }
        mcc.push_back(DigitChar(d));
    }
    for (uint32_t i = 0; i < 3; ++i)
    {
        if (i == 2 && mncDigits[i] == kTbcdFiller)
        {
            break; // a 2-digit MNC
        }
        if (mncDigits[i] > 9)
        {
            Fail(std::string(field) + ": mnc must be 2 or 3 decimal digits");
        }
        mnc.push_back(DigitChar(mncDigits[i]));
    }
}

uint32_t
LengthPrefixedSize(const std::vector<uint8_t>& octets)
{
    return 2 + static_cast<uint32_t>(octets.size());
}

void
WriteLengthPrefixed(Buffer::Iterator& it, const std::vector<uint8_t>& octets)
{
    it.WriteHtonU16(static_cast<uint16_t>(octets.size()));
    if (!octets.empty())
    {
        it.Write(octets.data(), static_cast<uint32_t>(octets.size()));
    }
}

uint32_t
DigitsSize(const std::string& digits)
{
    return 1 + static_cast<uint32_t>((digits.size() + 1) / 2);
}

void
WriteDigits(Buffer::Iterator& it, const std::string& digits)
{
    it.WriteU8(static_cast<uint8_t>(digits.size()));
    for (std::size_t i = 0; i < digits.size(); i += 2)
    {
        const uint8_t low = DigitValue(digits[i]);
        const uint8_t high = (i + 1 < digits.size()) ? DigitValue(digits[i + 1]) : kTbcdFiller;
        it.WriteU8(static_cast<uint8_t>((high << 4) | low));
    }
}

void
WritePlmn(Buffer::Iterator& it, const std::string& mcc, const std::string& mnc)
{
    const uint8_t mnc3 = mnc.size() == 3 ? DigitValue(mnc[2]) : kTbcdFiller;
    it.WriteU8(static_cast<uint8_t>((DigitValue(mcc[1]) << 4) | DigitValue(mcc[0])));
    it.WriteU8(static_cast<uint8_t>((mnc3 << 4) | DigitValue(mcc[2])));
    it.WriteU8(static_cast<uint8_t>((DigitValue(mnc[1]) << 4) | DigitValue(mnc[0])));
}

void
CheckAtMost(const char* message, const char* field, uint32_t value, uint32_t max)
{
    if (value > max)
    {
        throw MessageEncodeError(Quote(message, std::string(field) + " " + std::to_string(value)
                                                    + " out of range 0.." + std::to_string(max)));
    }
}

void
CheckDigits(const char* message, const char* field, const std::string& digits, uint32_t minDigits,
            uint32_t maxDigits)
{
    if (digits.size() < minDigits || digits.size() > maxDigits || !IsDecimal(digits))
    {
        throw MessageEncodeError(Quote(
            message, std::string(field) + " must be " + std::to_string(minDigits) + ".."
                         + std::to_string(maxDigits) + " decimal digits, got \"" + digits + "\""));
    }
}

void
CheckContainer(const char* message, const char* field, const std::vector<uint8_t>& octets)
{
    if (octets.size() > kCompactMaxContainerLength)
    {
        throw MessageEncodeError(Quote(message, std::string(field) + " has "
                                                    + std::to_string(octets.size())
                                                    + " octets, at most 65535 fit"));
    }
}

std::string
ContainerSummary(const std::vector<uint8_t>& octets)
{
    return std::to_string(octets.size()) + " octets";
}

} // namespace ns3
