/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Octet coding of 5GS NAS messages and their 5GMM IEs (TS 24.501 9.11.3, TS 24.007 11.2).
 */
#include "srvcc-nas-codec.h"

namespace ns3
{

// ---- NasWriter --------------------------------------------------------------------------------

NasWriter::NasWriter(const char* message) : m_message(message) {}

void
NasWriter::U8(uint8_t v)
{
    m_octets.push_back(v);
}

void
NasWriter::U16(uint16_t v)
{
    m_octets.push_back(static_cast<uint8_t>(v >> 8));
    m_octets.push_back(static_cast<uint8_t>(v));
}

void
NasWriter::U32(uint32_t v)
{
    U16(static_cast<uint16_t>(v >> 16));
    U16(static_cast<uint16_t>(v));
}

void
NasWriter::Octets(const uint8_t* data, std::size_t n)
{
    m_octets.insert(m_octets.end(), data, data + n);
}

void
NasWriter::Octets(const std::vector<uint8_t>& data)
{
    Octets(data.data(), data.size());
}

void
NasWriter::Lv(const std::vector<uint8_t>& value, const char* ie)
{
    if (value.size() > 0xff)
    {
        throw MessageEncodeError(std::string(m_message) + ": " + ie + ": "
                                 + std::to_string(value.size())
                                 + " octets do not fit a 1-octet length");
    }
    U8(static_cast<uint8_t>(value.size()));
    Octets(value);
}

void
NasWriter::LvE(const std::vector<uint8_t>& value, const char* ie)
{
    if (value.size() > 0xffff)
    {
        throw MessageEncodeError(std::string(m_message) + ": " + ie + ": "
                                 + std::to_string(value.size())
                                 + " octets do not fit a 2-octet length");
    }
    U16(static_cast<uint16_t>(value.size()));
    Octets(value);
}

void
NasWriter::Tlv(uint8_t iei, const std::vector<uint8_t>& value, const char* ie)
{
    U8(iei);
    Lv(value, ie);
}

void
NasWriter::TlvE(uint8_t iei, const std::vector<uint8_t>& value, const char* ie)
{
    U8(iei);
    LvE(value, ie);
}

const std::vector<uint8_t>&
NasWriter::Data() const
{
    return m_octets;
}

std::vector<uint8_t>
NasWriter::Take()
{
    return std::move(m_octets);
}

// ---- NasReader --------------------------------------------------------------------------------

NasReader::NasReader(const uint8_t* data, std::size_t size, const char* message)
    : m_data(data), m_size(size), m_message(message)
{
}

void
NasReader::Fail(const char* ie, const std::string& problem) const
{
    throw MessageDecodeError(std::string(m_message) + ": " + ie + ": " + problem);
}

void
NasReader::Need(std::size_t n, const char* ie) const
{
    if (m_size - m_pos < n)
    {
        Fail(ie, "truncated, need " + std::to_string(n) + " octets, "
                     + std::to_string(m_size - m_pos) + " left");
    }
}

uint8_t
NasReader::U8(const char* ie)
{
    Need(1, ie);
    return m_data[m_pos++];
}

uint16_t
NasReader::U16(const char* ie)
{
    Need(2, ie);
    const uint16_t v = static_cast<uint16_t>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
    m_pos += 2;
    return v;
}

uint32_t
NasReader::U32(const char* ie)
{
    Need(4, ie);
    const uint32_t hi = U16(ie);
    return (hi << 16) | U16(ie);
}

void
NasReader::Octets(uint8_t* out, std::size_t n, const char* ie)
{
    Need(n, ie);
    for (std::size_t i = 0; i < n; ++i)
    {
        out[i] = m_data[m_pos + i];
    }
    m_pos += n;
}

std::vector<uint8_t>
NasReader::Octets(std::size_t n, const char* ie)
{
    Need(n, ie);
    std::vector<uint8_t> out(m_data + m_pos, m_data + m_pos + n);
    m_pos += n;
    return out;
}

bool
NasReader::Peek(uint8_t& octet) const
{
    if (m_pos >= m_size)
    {
        return false;
    }
    octet = m_data[m_pos];
    return true;
}

std::vector<uint8_t>
NasReader::Lv(const char* ie)
{
    const uint8_t n = U8(ie);
    return Octets(n, ie);
}

std::vector<uint8_t>
NasReader::LvE(const char* ie)
{
    const uint16_t n = U16(ie);
    return Octets(n, ie);
}

std::vector<uint8_t>
NasReader::TlvValue(const char* ie)
{
    return Lv(ie);
}

std::vector<uint8_t>
NasReader::TlvEValue(const char* ie)
{
    return LvE(ie);
}

std::size_t
NasReader::Remaining() const
{
    return m_size - m_pos;
}

bool
NasReader::AtEnd() const
{
    return m_pos == m_size;
}

void
SkipUnknownNasIe(NasReader& reader, uint8_t iei)
{
    if (iei & 0x80)
    {
        return; // type 1 (half-octet IEI and value) or type 2 (IEI only): one octet
    }
    if ((iei & 0xf0) == 0x70)
    {
        reader.TlvEValue("unknown TLV-E IE");
        return;
    }
    reader.TlvValue("unknown TLV IE");
}

// ---- 5GS mobile identity ----------------------------------------------------------------------

namespace
{

bool
AllDigits(const std::string& s)
{
    for (char c : s)
    {
        if (c < '0' || c > '9')
        {
            return false;
        }
    }
    return !s.empty();
}

int
Digit(const std::string& s, std::size_t i)
{
    return s[i] - '0';
}

/** TS 24.008 10.5.1.3 / TS 24.501 9.11.3.4 figure 9.11.3.4.3: MCC and MNC in 3 octets. */
void
WritePlmn(std::vector<uint8_t>& out, const std::string& mcc, const std::string& mnc)
{
    out.push_back(static_cast<uint8_t>((Digit(mcc, 1) << 4) | Digit(mcc, 0)));
    const int mnc3 = mnc.size() == 3 ? Digit(mnc, 2) : 0x0f;
    out.push_back(static_cast<uint8_t>((mnc3 << 4) | Digit(mcc, 2)));
    out.push_back(static_cast<uint8_t>((Digit(mnc, 1) << 4) | Digit(mnc, 0)));
}

/** \return MCC then MNC digits; fails on a non-BCD digit. */
std::string
ReadPlmn(const uint8_t* p, const NasReader& r, const char* ie)
{
    const int d[6] = {p[0] & 0x0f, p[0] >> 4, p[1] & 0x0f, p[2] & 0x0f, p[2] >> 4, p[1] >> 4};
    std::string out;
    for (int i = 0; i < 6; ++i)
    {
        if (i == 5 && d[i] == 0x0f)
        {
            break; // 2-digit MNC
        }
        if (d[i] > 9)
        {
            r.Fail(ie, "MCC/MNC digit " + std::to_string(d[i]) + " is not BCD");
        }
        out.push_back(static_cast<char>('0' + d[i]));
    }
    return out;
}

/** BCD digits two per octet, the first in bits 4-1, odd counts filled with 1111. */
void
WriteBcd(std::vector<uint8_t>& out, const std::string& digits)
{
    for (std::size_t i = 0; i < digits.size(); i += 2)
    {
        const int hi = i + 1 < digits.size() ? Digit(digits, i + 1) : 0x0f;
        out.push_back(static_cast<uint8_t>((hi << 4) | Digit(digits, i)));
    }
}

std::string
ReadBcd(const std::vector<uint8_t>& v, std::size_t from, const NasReader& r, const char* ie)
{
    std::string out;
    for (std::size_t i = from; i < v.size(); ++i)
    {
        for (int nibble : {v[i] & 0x0f, v[i] >> 4})
        {
            if (nibble == 0x0f && i + 1 == v.size())
            {
                return out; // the filler of an odd count
            }
            if (nibble > 9)
            {
                r.Fail(ie, "digit " + std::to_string(nibble) + " is not BCD");
            }
            out.push_back(static_cast<char>('0' + nibble));
        }
    }
    return out;
}

} // namespace

NasMobileIdentity
NasMobileIdentity::Suci(const std::string& imsi, uint8_t mncDigits)
{
    NasMobileIdentity id;
    id.type = NasIdentityType::kSuci;
    id.digits = imsi;
    id.mncDigits = mncDigits;
    return id;
}

NasMobileIdentity
NasMobileIdentity::Pei(const std::string& digits)
{
    NasMobileIdentity id;
    // TS 23.003 6.2: an IMEISV has 16 digits, an IMEI 15 (14 without its check digit).
    id.type = digits.size() == 16 ? NasIdentityType::kImeisv : NasIdentityType::kImei;
    id.digits = digits;
    return id;
}

std::vector<uint8_t>
EncodeNasMobileIdentity(const NasMobileIdentity& id, const char* message)
{
    auto fail = [message](const std::string& problem)
    {
        throw MessageEncodeError(std::string(message) + ": 5GS mobile identity: " + problem);
    };
    std::vector<uint8_t> out;
    switch (id.type)
    {
        case NasIdentityType::kSuci:
        {
            // Figure 9.11.3.4.3: SUPI format IMSI (000), type SUCI (001), MCC/MNC, routing
            // indicator, protection scheme 0 (null scheme, TS 33.501 Annex C), home network
            // public key identifier 0, scheme output = the MSIN in BCD (null scheme: in clear).
            const std::size_t head = 3u + id.mncDigits;
            if ((id.mncDigits != 2 && id.mncDigits != 3) || !AllDigits(id.digits)
                || id.digits.size() < head + 1 || id.digits.size() > 15)
            {
                fail("IMSI \"" + id.digits + "\" is not 6..15 digits with a "
                     + std::to_string(id.mncDigits) + "-digit MNC");
            }
            if (id.routingIndicator.size() < 1 || id.routingIndicator.size() > 4
                || !AllDigits(id.routingIndicator))
            {
                fail("routing indicator \"" + id.routingIndicator + "\" is not 1..4 digits");
            }
            out.push_back(0x01);
            WritePlmn(out, id.digits.substr(0, 3), id.digits.substr(3, id.mncDigits));
            std::string ri = id.routingIndicator;
            out.push_back(
                static_cast<uint8_t>(((ri.size() > 1 ? Digit(ri, 1) : 0x0f) << 4) | Digit(ri, 0)));
            out.push_back(static_cast<uint8_t>(((ri.size() > 3 ? Digit(ri, 3) : 0x0f) << 4)
                                               | (ri.size() > 2 ? Digit(ri, 2) : 0x0f)));
            out.push_back(0x00); // protection scheme id: null scheme
            out.push_back(0x00); // home network public key identifier
            WriteBcd(out, id.digits.substr(head));
            return out;
        }
        case NasIdentityType::kGuti:
        {
            // Figure 9.11.3.4.1: 1111 0 010, MCC/MNC, AMF Region ID, AMF Set ID (10 bits) and
            // AMF Pointer (6 bits), 5G-TMSI.
            if (!AllDigits(id.plmn) || (id.plmn.size() != 5 && id.plmn.size() != 6)
                || id.amfSetId > 0x3ff || id.amfPointer > 0x3f)
            {
                fail("5G-GUTI with PLMN \"" + id.plmn + "\", AMF Set ID or Pointer out of range");
            }
            out.push_back(0xf2);
            WritePlmn(out, id.plmn.substr(0, 3), id.plmn.substr(3));
            out.push_back(id.amfRegionId);
            out.push_back(static_cast<uint8_t>(id.amfSetId >> 2));
            out.push_back(static_cast<uint8_t>(((id.amfSetId & 0x03) << 6) | id.amfPointer));
            for (int shift = 24; shift >= 0; shift -= 8)
            {
                out.push_back(static_cast<uint8_t>(id.tmsi >> shift));
            }
            return out;
        }
        case NasIdentityType::kImei:
        case NasIdentityType::kImeisv:
        {
            // Figure 9.11.3.4.2: digit 1, odd/even indicator, type; then the digits in BCD.
            const bool sv = id.type == NasIdentityType::kImeisv;
            if (!AllDigits(id.digits)
                || (sv ? id.digits.size() != 16 : (id.digits.size() < 14 || id.digits.size() > 15)))
            {
                fail(std::string(sv ? "IMEISV" : "IMEI") + " \"" + id.digits + "\" has "
                     + std::to_string(id.digits.size()) + " digits");
            }
            const bool odd = id.digits.size() % 2 == 1;
            out.push_back(static_cast<uint8_t>((Digit(id.digits, 0) << 4) | (odd ? 0x08 : 0)
                                               | static_cast<uint8_t>(id.type)));
            WriteBcd(out, id.digits.substr(1));
            return out;
        }
        default:
            fail("identity type " + std::to_string(static_cast<unsigned>(id.type))
                 + " is not encoded by this module");
    }
    return out;
}

NasMobileIdentity
DecodeNasMobileIdentity(const std::vector<uint8_t>& v, const char* message)
{
    constexpr const char* kIe = "5GS mobile identity";
    const NasReader r(v.data(), v.size(), message);
    if (v.empty())
    {
        r.Fail(kIe, "empty");
    }
    NasMobileIdentity id;
    id.type = static_cast<NasIdentityType>(v[0] & 0x07);
    switch (id.type)
    {
        case NasIdentityType::kSuci:
        {
            if (((v[0] >> 4) & 0x07) != 0)
            {
                r.Fail(kIe, "SUPI format " + std::to_string((v[0] >> 4) & 0x07)
                                + " is not IMSI (the module's only SUPI type)");
            }
            if (v.size() < 9)
            {
                r.Fail(kIe, "SUCI of " + std::to_string(v.size()) + " octets, need at least 9");
            }
            if ((v[6] & 0x0f) != 0)
            {
                r.Fail(kIe, "protection scheme " + std::to_string(v[6] & 0x0f)
                                + " is not the null scheme");
            }
            const std::string plmn = ReadPlmn(&v[1], r, kIe);
            id.mncDigits = static_cast<uint8_t>(plmn.size() - 3);
            id.routingIndicator.clear();
            for (int nibble : {v[4] & 0x0f, v[4] >> 4, v[5] & 0x0f, v[5] >> 4})
            {
                if (nibble == 0x0f)
                {
                    break;
                }
                if (nibble > 9)
                {
                    r.Fail(kIe, "routing indicator digit is not BCD");
                }
                id.routingIndicator.push_back(static_cast<char>('0' + nibble));
            }
            if (id.routingIndicator.empty())
            {
                r.Fail(kIe, "routing indicator has no digit");
            }
            const std::string msin = ReadBcd(v, 8, r, kIe);
            id.digits = plmn + msin;
            if (msin.empty() || id.digits.size() > 15)
            {
                r.Fail(kIe, "IMSI of " + std::to_string(id.digits.size()) + " digits");
            }
            return id;
        }
        case NasIdentityType::kGuti:
            if (v.size() != 11)
            {
                r.Fail(kIe, "5G-GUTI of " + std::to_string(v.size()) + " octets, need 11");
            }
            id.plmn = ReadPlmn(&v[1], r, kIe);
            id.amfRegionId = v[4];
            id.amfSetId = static_cast<uint16_t>((v[5] << 2) | (v[6] >> 6));
            id.amfPointer = static_cast<uint8_t>(v[6] & 0x3f);
            id.tmsi
                = (uint32_t{v[7]} << 24) | (uint32_t{v[8]} << 16) | (uint32_t{v[9]} << 8) | v[10];
            return id;
        case NasIdentityType::kImei:
        case NasIdentityType::kImeisv:
        {
            const int first = v[0] >> 4;
            if (first > 9)
            {
                r.Fail(kIe, "digit 1 is not BCD");
            }
            id.digits = std::string(1, static_cast<char>('0' + first)) + ReadBcd(v, 1, r, kIe);
            const bool odd = (v[0] & 0x08) != 0;
            if ((id.digits.size() % 2 == 1) != odd)
            {
                r.Fail(kIe, "odd/even indicator disagrees with " + std::to_string(id.digits.size())
                                + " digits");
            }
            const bool sv = id.type == NasIdentityType::kImeisv;
            if (sv ? id.digits.size() != 16 : (id.digits.size() < 14 || id.digits.size() > 15))
            {
                r.Fail(kIe, std::string(sv ? "IMEISV" : "IMEI") + " of "
                                + std::to_string(id.digits.size()) + " digits");
            }
            return id;
        }
        default:
            r.Fail(kIe, "type of identity " + std::to_string(v[0] & 0x07)
                            + " is not one the module takes");
    }
}

// ---- UE security capability -------------------------------------------------------------------

namespace
{

/** Bit i of the module's mask is algorithm i; on the wire algorithm 0 is bit 8. */
uint8_t
Reverse(uint8_t mask)
{
    uint8_t out = 0;
    for (int i = 0; i < 8; ++i)
    {
        if (mask & (1u << i))
        {
            out |= static_cast<uint8_t>(0x80u >> i);
        }
    }
    return out;
}

} // namespace

std::vector<uint8_t>
EncodeNasUeSecurityCapability(uint8_t niaMask, uint8_t neaMask)
{
    return {Reverse(neaMask), Reverse(niaMask)};
}

void
DecodeNasUeSecurityCapability(const std::vector<uint8_t>& value, uint8_t& niaMask, uint8_t& neaMask,
                              const char* message, const char* ie)
{
    if (value.size() < 2 || value.size() > 8)
    {
        NasReader(value.data(), value.size(), message)
            .Fail(ie, "length " + std::to_string(value.size()) + " is not 2..8");
    }
    neaMask = Reverse(value[0]);
    niaMask = Reverse(value[1]);
}

} // namespace ns3
