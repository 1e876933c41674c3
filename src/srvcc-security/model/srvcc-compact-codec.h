/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Bounds-checked field readers and writers for the compact (non-GTP) messages.
 */
#ifndef SRVCC_COMPACT_CODEC_H
#define SRVCC_COMPACT_CODEC_H

#include "ns3/buffer.h"
#include "srvcc-message-decode-error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/** The longest octet string a 2-octet length prefix can carry. */
constexpr uint32_t kCompactMaxContainerLength = 65535;
/** Octets of a PLMN identity (MCC + MNC in TBCD, TS 24.008 10.5.1.13). */
constexpr uint32_t kCompactPlmnSize = 3;

/**
 * \ingroup srvcc-security
 *
 * Reads the fields of one compact message from a Buffer::Iterator, never past \p limit octets
 * nor past the end of the buffer: ns-3 aborts the program on a read past the end, so every read
 * checks both first and throws MessageDecodeError naming the message and the field, e.g.
 * "N2 Handover Command: truncated in targetToSource container, need 12 octets, 3 left".
 */
class CompactReader
{
  public:
    /**
     * \param start where the fields begin
     * \param limit the octets the fields may use (e.g. the body length of the framing)
     * \param message the message name for error texts; must outlive the reader (a literal)
     */
    CompactReader(Buffer::Iterator start, uint32_t limit, const char* message);

    uint8_t ReadU8(const char* field);
    /** Network byte order. */
    uint16_t ReadU16(const char* field);
    /** Network byte order. */
    uint32_t ReadU32(const char* field);
    /** \throws MessageDecodeError when the octet is greater than \p max. */
    uint8_t ReadU8AtMost(const char* field, uint8_t max);
    /** One octet, 0 or 1; anything else is rejected. */
    bool ReadBool(const char* field);
    /** Exactly \p length octets into \p out. */
    void ReadBytes(uint8_t* out, uint32_t length, const char* field);
    /** A 2-octet length, then that many octets. */
    std::vector<uint8_t> ReadLengthPrefixed(const char* field);
    /**
     * A 1-octet digit count, then the digits in TBCD (TS 24.008 10.5.1.4 order: first digit in
     * the low nibble, filler 0xF in the high nibble of the last octet when the count is odd).
     * \throws MessageDecodeError when the count is outside [minDigits, maxDigits], a nibble is
     *         not a decimal digit or the filler is not 0xF
     */
    std::string ReadDigits(const char* field, uint32_t minDigits, uint32_t maxDigits);
    /**
     * A PLMN identity (TS 24.008 10.5.1.13): 3 MCC digits, 2 or 3 MNC digits (MNC digit 3 = 0xF
     * for a 2-digit MNC). \throws MessageDecodeError for anything else
     */
    void ReadPlmn(const char* field, std::string& mcc, std::string& mnc);

    /** \throws MessageDecodeError "<message>: <problem>" */
    [[noreturn]] void Fail(const std::string& problem) const;

    /** \return the octets read so far */
    uint32_t GetConsumed() const;
    /** \return the octets that may still be read */
    uint32_t GetLeft() const;
    /** \return an iterator at the next unread octet */
    Buffer::Iterator GetIterator() const;

  private:
    /** Throws unless \p length more octets may be read. */
    void Need(uint32_t length, const char* field) const;

    Buffer::Iterator m_it;
    uint32_t m_limit;
    uint32_t m_consumed;
    const char* m_message;
};

/** \return the octets WriteLengthPrefixed() writes for \p octets. */
uint32_t LengthPrefixedSize(const std::vector<uint8_t>& octets);
/** Writes a 2-octet length and \p octets (at most kCompactMaxContainerLength; checked by the
 * setters). */
void WriteLengthPrefixed(Buffer::Iterator& it, const std::vector<uint8_t>& octets);
/** \return the octets WriteDigits() writes for \p digits. */
uint32_t DigitsSize(const std::string& digits);
/** Writes a digit count and the digits in TBCD (see CompactReader::ReadDigits). */
void WriteDigits(Buffer::Iterator& it, const std::string& digits);
/** Writes a PLMN identity (see CompactReader::ReadPlmn). */
void WritePlmn(Buffer::Iterator& it, const std::string& mcc, const std::string& mnc);

/**
 * Setter checks: each throws MessageEncodeError "<message>: <field> ..." when the value cannot
 * be encoded.
 */
void CheckAtMost(const char* message, const char* field, uint32_t value, uint32_t max);
void CheckDigits(const char* message, const char* field, const std::string& digits,
                 uint32_t minDigits, uint32_t maxDigits);
void CheckContainer(const char* message, const char* field, const std::vector<uint8_t>& octets);

/** \return "n octets", how Print() shows a container (never its content). */
std::string ContainerSummary(const std::vector<uint8_t>& octets);

} // namespace ns3

#endif // SRVCC_COMPACT_CODEC_H
