/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-per-codec.h"

#include "ns3/srvcc-message-decode-error.h"

namespace ns3
{

namespace
{

/** Bits of the minimal bit-field for a range of \p range values (X.691 11.5.7.2). */
unsigned
BitsForRange(uint64_t range)
{
    unsigned n = 0;
    while (n < 64 && (range - 1) >> n != 0)
    {
        ++n;
    }
    return n;
}

/** Octets of the minimal encoding of \p value (at least one, X.691 11.5.7.4). */
unsigned
OctetsFor(uint64_t value)
{
    unsigned n = 1;
    while (n < 8 && value >> (8 * n) != 0)
    {
        ++n;
    }
    return n;
}

constexpr uint32_t k64K = 65536;
constexpr uint32_t kMaxUnfragmented = 16383; // X.691 11.9.3.7

} // namespace

// ---- PerWriter -------------------------------------------------------------------------------

PerWriter::PerWriter(PerVariant variant, const char* pdu) : m_variant(variant), m_pdu(pdu)
{
    m_out.reserve(64);
}

void
PerWriter::Fail(const char* field, const std::string& problem) const
{
    throw MessageEncodeError(std::string(m_pdu) + ": " + field + ": " + problem);
}

void
PerWriter::WriteBit(bool bit)
{
    if (m_bits % 8 == 0)
    {
        m_out.push_back(0);
    }
    if (bit)
    {
        m_out.back() |= static_cast<uint8_t>(0x80 >> (m_bits % 8));
    }
    ++m_bits;
}

void
PerWriter::WriteBits(uint64_t value, unsigned n)
{
    for (unsigned i = n; i > 0; --i)
    {
        WriteBit(((value >> (i - 1)) & 1) != 0);
    }
}

void
PerWriter::Align()
{
    if (m_variant == PerVariant::kAligned)
    {
        m_bits = (m_bits + 7) / 8 * 8; // the padding bits of the last octet are already zero
    }
}

void
PerWriter::WriteOctets(const uint8_t* octets, std::size_t n)
{
    Align();
    if (m_bits % 8 == 0)
    {
        m_out.insert(m_out.end(), octets, octets + n);
        m_bits += 8 * n;
        return;
    }
    for (std::size_t i = 0; i < n; ++i)
    {
        WriteBits(octets[i], 8);
    }
}

void
PerWriter::WriteConstrainedWholeNumber(uint64_t value, uint64_t lb, uint64_t ub, const char* field)
{
    if (value < lb || value > ub)
    {
        Fail(field,
             std::to_string(value) + " outside " + std::to_string(lb) + ".." + std::to_string(ub));
    }
    const uint64_t range = ub - lb + 1; // 0 when the range is 2^64 (not used by any PDU here)
    const uint64_t offset = value - lb;
    if (range == 1)
    {
        return; // X.691 11.5.4: no bits
    }
    if (m_variant == PerVariant::kUnaligned || range <= 255)
    {
        WriteBits(offset, BitsForRange(range)); // 11.5.7.1 (ALIGNED) / 11.5.6 (UNALIGNED)
        return;
    }
    if (range <= k64K)
    {
        // 11.5.7.2, 11.5.7.3: one octet for 256, two octets up to 64K, octet-aligned
        Align();
        WriteBits(offset, range == 256 ? 8 : 16);
        return;
    }
    // 11.5.7.4: the indefinite-length case, a length in octets (1..octets of ub - lb) as a
    // constrained whole number, then the value in that many aligned octets.
    const unsigned octets = OctetsFor(offset);
    const unsigned maxOctets = OctetsFor(ub - lb);
    WriteBits(octets - 1, BitsForRange(maxOctets));
    Align();
    WriteBits(offset, 8 * octets);
}

void
PerWriter::WriteNormallySmall(uint32_t value, const char* field)
{
    if (value <= 63)
    {
        WriteBit(false); // X.691 11.6.1
        WriteBits(value, 6);
        return;
    }
    WriteBit(true); // 11.6.2: a semi-constrained whole number
    const unsigned octets = OctetsFor(value);
    WriteLength(octets, 0, kPerUnbounded, field);
    Align();
    WriteBits(value, 8 * octets);
}

void
PerWriter::WriteLength(uint32_t n, uint32_t lb, uint32_t ub, const char* field)
{
    if (n < lb || n > ub)
    {
        Fail(field, "length " + std::to_string(n) + " outside " + std::to_string(lb) + ".."
                        + (ub == kPerUnbounded ? std::string("MAX") : std::to_string(ub)));
    }
    if (ub < k64K)
    {
        WriteConstrainedWholeNumber(n, lb, ub, field); // X.691 11.9.3.3 / 11.9.4.1
        return;
    }
    if (n > kMaxUnfragmented)
    {
        Fail(field, "length " + std::to_string(n) + " needs fragmentation (at most 16383)");
    }
    Align(); // 11.9.3.5 (ALIGNED only)
    if (n < 128)
    {
        WriteBits(n, 8); // 11.9.3.6
    }
    else
    {
        WriteBits(0x8000 | n, 16); // 11.9.3.7
    }
}

void
PerWriter::WriteInteger(int64_t value, int64_t lb, int64_t ub, bool extensible, const char* field)
{
    if (extensible)
    {
        WriteBit(false); // X.691 13.1: only root values are written here
    }
    if (value < lb || value > ub)
    {
        Fail(field,
             std::to_string(value) + " outside " + std::to_string(lb) + ".." + std::to_string(ub));
    }
    WriteConstrainedWholeNumber(static_cast<uint64_t>(value - lb), 0,
                                static_cast<uint64_t>(ub - lb), field);
}

void
PerWriter::WriteEnumerated(uint32_t index, uint32_t rootCount, bool extensible, const char* field)
{
    if (index < rootCount)
    {
        if (extensible)
        {
            WriteBit(false); // X.691 14.3
        }
        WriteConstrainedWholeNumber(index, 0, rootCount - 1, field);
        return;
    }
    if (!extensible)
    {
        Fail(field, "value " + std::to_string(index) + " of an enumeration of "
                        + std::to_string(rootCount));
    }
    WriteBit(true); // 14.3: an addition, as a normally small number from 0
    WriteNormallySmall(index - rootCount, field);
}

void
PerWriter::WriteChoiceIndex(uint32_t index, uint32_t rootCount, bool extensible, const char* field)
{
    if (index >= rootCount)
    {
        Fail(field, "alternative " + std::to_string(index) + " of " + std::to_string(rootCount));
    }
    if (extensible)
    {
        WriteBit(false); // X.691 23.5
    }
    WriteConstrainedWholeNumber(index, 0, rootCount - 1, field); // 23.6, 23.7
}

void
PerWriter::WriteExtensionBit(bool additionsPresent)
{
    WriteBit(additionsPresent);
}

void
PerWriter::WriteBitString(const uint8_t* bits, uint32_t nbits, uint32_t lb, uint32_t ub,
                          bool extensible, const char* field)
{
    if (extensible)
    {
        WriteBit(false); // X.691 16.6: the size is in the root
    }
    if (nbits < lb || nbits > ub)
    {
        Fail(field, std::to_string(nbits) + " bits, allowed " + std::to_string(lb) + ".."
                        + (ub == kPerUnbounded ? std::string("MAX") : std::to_string(ub)));
    }
    if (lb != ub || ub >= k64K)
    {
        WriteLength(nbits, lb, ub, field); // 16.11
        if (nbits > 0)
        {
            Align();
        }
    }
    else if (ub > 16)
    {
        Align(); // 16.10: a fixed size above 16 bits is octet-aligned
    }
    for (uint32_t i = 0; i < nbits; ++i)
    {
        WriteBit(((bits[i / 8] >> (7 - i % 8)) & 1) != 0);
    }
}

void
PerWriter::WriteOctetString(const uint8_t* octets, uint32_t n, uint32_t lb, uint32_t ub,
                            bool extensible, const char* field)
{
    if (extensible)
    {
        WriteBit(false); // X.691 17.3
    }
    if (n < lb || n > ub)
    {
        Fail(field, std::to_string(n) + " octets, allowed " + std::to_string(lb) + ".."
                        + (ub == kPerUnbounded ? std::string("MAX") : std::to_string(ub)));
    }
    if (lb == ub && ub < k64K)
    {
        if (ub <= 2)
        {
            // 17.6: up to two octets, not octet-aligned
            for (uint32_t i = 0; i < n; ++i)
            {
                WriteBits(octets[i], 8);
            }
            return;
        }
        WriteOctets(octets, n); // 17.7: octet-aligned, no length
        return;
    }
    WriteLength(n, lb, ub, field); // 17.8
    if (n > 0)
    {
        WriteOctets(octets, n);
    }
}

void
PerWriter::WriteOctetString(const std::vector<uint8_t>& octets, const char* field, uint32_t lb,
                            uint32_t ub, bool extensible)
{
    WriteOctetString(octets.data(), static_cast<uint32_t>(octets.size()), lb, ub, extensible,
                     field);
}

void
PerWriter::WriteOpenType(const std::vector<uint8_t>& encoded, const char* field)
{
    WriteLength(static_cast<uint32_t>(encoded.size()), 0, kPerUnbounded, field);
    WriteOctets(encoded.data(), encoded.size());
}

std::vector<uint8_t>
PerWriter::Finish()
{
    if (m_out.empty())
    {
        m_out.push_back(0); // X.691 11.1.3
    }
    m_bits = m_out.size() * 8;
    return std::move(m_out);
}

// ---- PerReader -------------------------------------------------------------------------------

PerReader::PerReader(PerVariant variant, const uint8_t* data, std::size_t size, const char* pdu)
    : m_variant(variant), m_data(data), m_size(size), m_pdu(pdu)
{
}

PerReader::PerReader(PerVariant variant, const std::vector<uint8_t>& data, const char* pdu)
    : PerReader(variant, data.data(), data.size(), pdu)
{
}

void
PerReader::Fail(const char* field, const std::string& problem) const
{
    throw MessageDecodeError(std::string(m_pdu) + ": " + field + ": " + problem);
}

void
PerReader::Need(std::size_t bits, const char* field) const
{
    if (bits > GetBitsLeft())
    {
        Fail(field, "truncated, need " + std::to_string(bits) + " bits, "
                        + std::to_string(GetBitsLeft()) + " left");
    }
}

bool
PerReader::ReadBit(const char* field)
{
    Need(1, field);
    const bool bit = ((m_data[m_pos / 8] >> (7 - m_pos % 8)) & 1) != 0;
    ++m_pos;
    return bit;
}

uint64_t
PerReader::ReadBits(unsigned n, const char* field)
{
    Need(n, field);
    uint64_t value = 0;
    for (unsigned i = 0; i < n; ++i)
    {
        value = (value << 1) | ((m_data[m_pos / 8] >> (7 - m_pos % 8)) & 1);
        ++m_pos;
    }
    return value;
}

void
PerReader::Align()
{
    if (m_variant == PerVariant::kAligned)
    {
        const std::size_t aligned = (m_pos + 7) / 8 * 8;
        m_pos = aligned < m_size * 8 ? aligned : m_size * 8;
    }
}

void
PerReader::ReadOctets(uint8_t* out, std::size_t n, const char* field)
{
    Align();
    Need(8 * n, field);
    if (m_pos % 8 == 0)
    {
        for (std::size_t i = 0; i < n; ++i)
        {
            out[i] = m_data[m_pos / 8 + i];
        }
        m_pos += 8 * n;
        return;
    }
    for (std::size_t i = 0; i < n; ++i)
    {
        out[i] = static_cast<uint8_t>(ReadBits(8, field));
    }
}

uint64_t
PerReader::ReadConstrainedWholeNumber(uint64_t lb, uint64_t ub, const char* field)
{
    const uint64_t range = ub - lb + 1;
    uint64_t offset = 0;
    if (range == 1)
    {
        return lb;
    }
    if (m_variant == PerVariant::kUnaligned || range <= 255)
    {
        offset = ReadBits(BitsForRange(range), field);
    }
    else if (range <= k64K)
    {
        Align();
        offset = ReadBits(range == 256 ? 8 : 16, field);
    }
    else
    {
        const unsigned maxOctets = OctetsFor(ub - lb);
        const unsigned octets = static_cast<unsigned>(ReadBits(BitsForRange(maxOctets), field)) + 1;
        if (octets > maxOctets)
        {
            Fail(field, "a value of " + std::to_string(octets) + " octets, at most "
                            + std::to_string(maxOctets));
        }
        Align();
        offset = ReadBits(8 * octets, field);
    }
    if (offset > ub - lb)
    {
        Fail(field, std::to_string(lb + offset) + " outside " + std::to_string(lb) + ".."
                        + std::to_string(ub));
    }
    return lb + offset;
}

uint32_t
PerReader::ReadNormallySmall(const char* field)
{
    if (!ReadBit(field))
    {
        return static_cast<uint32_t>(ReadBits(6, field));
    }
    const uint32_t octets = ReadLength(0, kPerUnbounded, field);
    if (octets == 0 || octets > 4)
    {
        Fail(field, "a normally small number of " + std::to_string(octets) + " octets");
    }
    Align();
    return static_cast<uint32_t>(ReadBits(8 * octets, field));
}

uint32_t
PerReader::ReadLength(uint32_t lb, uint32_t ub, const char* field)
{
    if (ub < k64K)
    {
        return static_cast<uint32_t>(ReadConstrainedWholeNumber(lb, ub, field));
    }
    Align();
    uint32_t n = static_cast<uint32_t>(ReadBits(8, field));
    if (n & 0x80)
    {
        if (n & 0x40)
        {
            Fail(field, "a fragmented length (X.691 11.9.3.8), not supported");
        }
        n = ((n & 0x3f) << 8) | static_cast<uint32_t>(ReadBits(8, field));
    }
    if (n < lb || n > ub)
    {
        Fail(field, "length " + std::to_string(n) + " below the lower bound " + std::to_string(lb));
    }
    return n;
}

int64_t
PerReader::ReadInteger(int64_t lb, int64_t ub, bool extensible, const char* field)
{
    if (extensible && ReadBit(field))
    {
        Fail(field, "a value outside the extension root");
    }
    return lb
           + static_cast<int64_t>(
               ReadConstrainedWholeNumber(0, static_cast<uint64_t>(ub - lb), field));
}

uint32_t
PerReader::ReadEnumerated(uint32_t rootCount, bool extensible, const char* field,
                          uint32_t* additionIndex)
{
    if (extensible && ReadBit(field))
    {
        const uint32_t addition = ReadNormallySmall(field);
        if (additionIndex == nullptr)
        {
            Fail(field, "extension value " + std::to_string(addition) + " is not known");
        }
        *additionIndex = addition;
        return rootCount;
    }
    return static_cast<uint32_t>(ReadConstrainedWholeNumber(0, rootCount - 1, field));
}

uint32_t
PerReader::ReadChoiceIndex(uint32_t rootCount, bool extensible, const char* field)
{
    if (extensible && ReadBit(field))
    {
        Fail(field, "an extension alternative, not known");
    }
    return static_cast<uint32_t>(ReadConstrainedWholeNumber(0, rootCount - 1, field));
}

bool
PerReader::ReadExtensionBit(const char* field)
{
    return ReadBit(field);
}

std::vector<uint8_t>
PerReader::ReadBitString(uint32_t lb, uint32_t ub, bool extensible, const char* field,
                         uint32_t& nbits)
{
    if (extensible && ReadBit(field))
    {
        Fail(field, "a size outside the extension root");
    }
    nbits = lb;
    if (lb != ub || ub >= k64K)
    {
        nbits = ReadLength(lb, ub, field);
        if (nbits > 0)
        {
            Align();
        }
    }
    else if (ub > 16)
    {
        Align();
    }
    Need(nbits, field);
    std::vector<uint8_t> bits((nbits + 7) / 8, 0);
    for (uint32_t i = 0; i < nbits; ++i)
    {
        if (ReadBit(field))
        {
            bits[i / 8] |= static_cast<uint8_t>(0x80 >> (i % 8));
        }
    }
    return bits;
}

std::vector<uint8_t>
PerReader::ReadOctetString(uint32_t lb, uint32_t ub, bool extensible, const char* field)
{
    if (extensible && ReadBit(field))
    {
        Fail(field, "a size outside the extension root");
    }
    uint32_t n = lb;
    if (lb == ub && ub < k64K)
    {
        Need(8 * n, field);
        std::vector<uint8_t> out(n);
        if (ub <= 2)
        {
            for (uint32_t i = 0; i < n; ++i)
            {
                out[i] = static_cast<uint8_t>(ReadBits(8, field));
            }
        }
        else
        {
            ReadOctets(out.data(), n, field);
        }
        return out;
    }
    n = ReadLength(lb, ub, field);
    std::vector<uint8_t> out(n);
    if (n > 0)
    {
        ReadOctets(out.data(), n, field);
    }
    return out;
}

std::vector<uint8_t>
PerReader::ReadOctetString(const char* field)
{
    return ReadOctetString(0, kPerUnbounded, false, field);
}

std::vector<uint8_t>
PerReader::ReadOpenType(const char* field)
{
    return ReadOctetString(field);
}

void
PerReader::SkipExtensionAdditions(const char* field)
{
    // X.691 19.8: a normally small length (n - 1) of the presence bitmap, the bitmap, then
    // each present addition as an open type.
    const uint32_t count = ReadNormallySmall(field) + 1;
    uint32_t present = 0;
    for (uint32_t i = 0; i < count; ++i)
    {
        present += ReadBit(field) ? 1 : 0;
    }
    for (uint32_t i = 0; i < present; ++i)
    {
        ReadOpenType(field);
    }
}

void
PerReader::ExpectEnd()
{
    const std::size_t left = GetBitsLeft();
    if (left >= 8)
    {
        Fail("end", std::to_string(left / 8) + " octets left over");
    }
    if (left > 0 && ReadBits(static_cast<unsigned>(left), "padding") != 0)
    {
        Fail("end", "padding bits are not zero");
    }
}

} // namespace ns3
