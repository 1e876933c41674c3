/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * ASN.1 Packed Encoding Rules (ITU-T X.691), BASIC-PER, in the two variants 3GPP uses: ALIGNED
 * (NGAP, RANAP: TS 38.413 9.4, TS 25.413 9.3) and UNALIGNED (NR RRC, UTRAN RRC: TS 38.331 8.1,
 * TS 25.331 11). One writer and one reader for every codec of the module; the reader checks
 * every read against the end of the data and throws MessageDecodeError naming the PDU and the
 * field, so no malformed PDU reads past its buffer. No ns-3 dependency.
 *
 * Only what the module's PDUs need: constrained whole numbers, lengths up to 16383 (no
 * fragmentation, X.691 11.9.3.8), normally small numbers, INTEGER, ENUMERATED, CHOICE index,
 * BIT STRING, OCTET STRING, open types and extension-addition bitmaps.
 */
#ifndef SRVCC_PER_CODEC_H
#define SRVCC_PER_CODEC_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/** The PER variant (X.691 3.7.1 ALIGNED, 3.7.29 UNALIGNED). */
enum class PerVariant : uint8_t
{
    kAligned,
    kUnaligned,
};

/** "No upper bound" for a length or a size (semi-constrained, X.691 11.9.4.2). */
constexpr uint32_t kPerUnbounded = 0xffffffffU;

/**
 * \ingroup srvcc-security
 *
 * Writes a PER encoding, most significant bit first (X.691 11.1). Values a constraint excludes
 * are a programming or configuration error of the caller: they throw MessageEncodeError naming
 * the PDU and the field, before anything wrong is written.
 */
class PerWriter
{
  public:
    /** \param pdu the PDU name for error texts; must outlive the writer (a literal) */
    PerWriter(PerVariant variant, const char* pdu);

    PerVariant
    GetVariant() const
    {
        return m_variant;
    }

    void WriteBit(bool bit);
    /** The \p n (0..64) low bits of \p value, most significant first. */
    void WriteBits(uint64_t value, unsigned n);
    /** ALIGNED only: zero bits up to the next octet boundary (X.691 11.1: octet-aligned). */
    void Align();
    /** Whole octets; aligned first in the ALIGNED variant. */
    void WriteOctets(const uint8_t* octets, std::size_t n);

    /** X.691 11.5: \p value in lb..ub. */
    void WriteConstrainedWholeNumber(uint64_t value, uint64_t lb, uint64_t ub, const char* field);
    /** X.691 11.6: a normally small non-negative whole number. */
    void WriteNormallySmall(uint32_t value, const char* field);
    /**
     * X.691 11.9: a length determinant \p n for a count in lb..ub (ub kPerUnbounded for none);
     * for ub < 64K a constrained whole number, else the unconstrained form (n < 16384).
     */
    void WriteLength(uint32_t n, uint32_t lb, uint32_t ub, const char* field);

    /** X.691 13: INTEGER (lb..ub) [with "..." when \p extensible; \p value in the root]. */
    void WriteInteger(int64_t value, int64_t lb, int64_t ub, bool extensible, const char* field);
    /** X.691 14: the \p index of a root item among \p rootCount, or of an addition. */
    void WriteEnumerated(uint32_t index, uint32_t rootCount, bool extensible, const char* field);
    /** X.691 23: the CHOICE index (root alternatives; additions are not used here). */
    void WriteChoiceIndex(uint32_t index, uint32_t rootCount, bool extensible, const char* field);
    /** X.691 19.1: the extension bit of a SEQUENCE or a CHOICE ("..." present). */
    void WriteExtensionBit(bool additionsPresent);
    /**
     * X.691 16: BIT STRING (SIZE (lb..ub)), the first \p nbits bits of \p bits (most
     * significant bit of bits[0] first), [with "..." on the size when \p extensible].
     */
    void WriteBitString(const uint8_t* bits, uint32_t nbits, uint32_t lb, uint32_t ub,
                        bool extensible, const char* field);
    /** X.691 17: OCTET STRING (SIZE (lb..ub)) [with "..." on the size when \p extensible]. */
    void WriteOctetString(const uint8_t* octets, uint32_t n, uint32_t lb, uint32_t ub,
                          bool extensible, const char* field);
    /** X.691 17 for std::vector; lb 0, ub kPerUnbounded unless given. */
    void WriteOctetString(const std::vector<uint8_t>& octets, const char* field, uint32_t lb = 0,
                          uint32_t ub = kPerUnbounded, bool extensible = false);
    /**
     * X.691 11.2: an open type, the complete encoding \p encoded of another type (from a
     * PerWriter's Finish()) as an unconstrained-length octet string.
     */
    void WriteOpenType(const std::vector<uint8_t>& encoded, const char* field);

    /** Bits written so far. */
    std::size_t
    GetBitCount() const
    {
        return m_bits;
    }

    /**
     * The complete encoding (X.691 11.1.3): padded with zero bits to an octet; an empty
     * encoding becomes one zero octet.
     */
    std::vector<uint8_t> Finish();

    /** \throws MessageEncodeError "<pdu>: <field>: <problem>" */
    [[noreturn]] void Fail(const char* field, const std::string& problem) const;

  private:
    PerVariant m_variant;
    const char* m_pdu;
    std::vector<uint8_t> m_out;
    std::size_t m_bits{0};
};

/**
 * \ingroup srvcc-security
 *
 * Reads a PER encoding written as PerWriter writes it. Every read first checks that the data
 * holds the bits it needs and that the value is allowed by the constraint, and throws
 * MessageDecodeError "<pdu>: <field>: <problem>" otherwise.
 */
class PerReader
{
  public:
    /**
     * \param data the encoding; must outlive the reader
     * \param pdu the PDU name for error texts; must outlive the reader (a literal)
     */
    PerReader(PerVariant variant, const uint8_t* data, std::size_t size, const char* pdu);
    PerReader(PerVariant variant, const std::vector<uint8_t>& data, const char* pdu);

    bool ReadBit(const char* field);
    /** \p n (0..64) bits, most significant first. */
    uint64_t ReadBits(unsigned n, const char* field);
    /** ALIGNED only: skips to the next octet boundary. */
    void Align();
    /** \p n whole octets into \p out; aligned first in the ALIGNED variant. */
    void ReadOctets(uint8_t* out, std::size_t n, const char* field);

    uint64_t ReadConstrainedWholeNumber(uint64_t lb, uint64_t ub, const char* field);
    uint32_t ReadNormallySmall(const char* field);
    uint32_t ReadLength(uint32_t lb, uint32_t ub, const char* field);

    int64_t ReadInteger(int64_t lb, int64_t ub, bool extensible, const char* field);
    /**
     * \return the root index (0..rootCount-1); an extension addition is rejected unless
     * \p additionIndex is given, where it then goes (and the return is rootCount)
     */
    uint32_t ReadEnumerated(uint32_t rootCount, bool extensible, const char* field,
                            uint32_t* additionIndex = nullptr);
    /** \return the root alternative; an extension alternative is rejected. */
    uint32_t ReadChoiceIndex(uint32_t rootCount, bool extensible, const char* field);
    bool ReadExtensionBit(const char* field);
    /** \return the bits, packed most significant first; \p nbits gets their number. */
    std::vector<uint8_t> ReadBitString(uint32_t lb, uint32_t ub, bool extensible, const char* field,
                                       uint32_t& nbits);
    std::vector<uint8_t> ReadOctetString(uint32_t lb, uint32_t ub, bool extensible,
                                         const char* field);
    std::vector<uint8_t> ReadOctetString(const char* field);
    /** X.691 11.2: the octets of an open type. */
    std::vector<uint8_t> ReadOpenType(const char* field);
    /**
     * Skips the extension additions of a SEQUENCE whose extension bit was set (X.691 19.7,
     * 19.8): the bitmap, then each present addition as an open type; none is interpreted.
     */
    void SkipExtensionAdditions(const char* field);

    /** Bits read so far. */
    std::size_t
    GetBitPosition() const
    {
        return m_pos;
    }

    /** Bits still unread. */
    std::size_t
    GetBitsLeft() const
    {
        return m_size * 8 - m_pos;
    }

    /**
     * Checks that only padding is left: fewer than 8 bits, all zero (X.691 11.1.3), else
     * throws naming the octets left over.
     */
    void ExpectEnd();

    /** \throws MessageDecodeError "<pdu>: <field>: <problem>" */
    [[noreturn]] void Fail(const char* field, const std::string& problem) const;

  private:
    void Need(std::size_t bits, const char* field) const;

    PerVariant m_variant;
    const uint8_t* m_data;
    std::size_t m_size;
    const char* m_pdu;
    std::size_t m_pos{0};
};

} // namespace ns3

#endif // SRVCC_PER_CODEC_H
