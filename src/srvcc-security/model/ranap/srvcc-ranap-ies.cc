/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ranap-ies.h"

#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-per-codec.h"

namespace ns3
{

namespace
{

/** The value range of each Cause alternative (TS 25.413 9.3.4), by RanapCauseGroup. */
struct CauseRange
{
    uint16_t lb;
    uint16_t ub;
};

constexpr CauseRange kCauseRanges[] = {
    {1, 64},    // radioNetwork
    {65, 80},   // transmissionNetwork
    {81, 96},   // nAS
    {97, 112},  // protocol
    {113, 128}, // misc
    {129, 256}, // non-Standard
};
constexpr uint32_t kCauseRootAlternatives = 6; // radioNetworkExtension is an extension addition
constexpr uint32_t kImsiMinOctets = 3;
constexpr uint32_t kImsiMaxOctets = 8;
constexpr uint32_t kMaxPermittedAlgorithms = 16;
constexpr uint32_t kKeyBits = 128;

} // namespace

std::vector<uint8_t>
EncodeRanapCause(const RanapCause& cause, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    const auto group = static_cast<uint32_t>(cause.group);
    w.WriteChoiceIndex(group, kCauseRootAlternatives, true, "Cause");
    w.WriteInteger(cause.value, kCauseRanges[group].lb, kCauseRanges[group].ub, false, "Cause");
    return w.Finish();
}

RanapCause
DecodeRanapCause(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    RanapCause cause;
    const uint32_t group = r.ReadChoiceIndex(kCauseRootAlternatives, true, "Cause");
    cause.group = static_cast<RanapCauseGroup>(group);
    cause.value = static_cast<uint16_t>(
        r.ReadInteger(kCauseRanges[group].lb, kCauseRanges[group].ub, false, "Cause"));
    r.ExpectEnd();
    return cause;
}

std::vector<uint8_t>
EncodeCnDomainIndicator(bool psDomain, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteEnumerated(psDomain ? 1 : 0, 2, false, "CN-DomainIndicator");
    return w.Finish();
}

bool
DecodeCnDomainIndicator(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const bool ps = r.ReadEnumerated(2, false, "CN-DomainIndicator") == 1;
    r.ExpectEnd();
    return ps;
}

std::vector<uint8_t>
EncodePermanentNasUeId(const std::string& imsi, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    if (imsi.size() < 2 * kImsiMinOctets || imsi.size() > 2 * kImsiMaxOctets - 1
        || imsi.find_first_not_of("0123456789") != std::string::npos)
    {
        w.Fail("PermanentNAS-UE-ID.iMSI", "'" + imsi + "' is not 6..15 decimal digits");
    }
    // TS 23.003 2.2 in the TBCD of TS 29.002: digit 2k in bits 4..1 of octet k, digit 2k+1 in
    // bits 8..5, filler 1111 after an odd number of digits.
    std::vector<uint8_t> tbcd((imsi.size() + 1) / 2, 0xff);
    for (std::size_t i = 0; i < imsi.size(); ++i)
    {
        const auto digit = static_cast<uint8_t>(imsi[i] - '0');
        uint8_t& octet = tbcd[i / 2];
        octet = i % 2 == 0 ? static_cast<uint8_t>(0xf0 | digit)
                           : static_cast<uint8_t>((octet & 0x0f) | (digit << 4));
    }
    w.WriteChoiceIndex(0, 1, true, "PermanentNAS-UE-ID");
    w.WriteOctetString(tbcd, "PermanentNAS-UE-ID.iMSI", kImsiMinOctets, kImsiMaxOctets);
    return w.Finish();
}

std::string
DecodePermanentNasUeId(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    r.ReadChoiceIndex(1, true, "PermanentNAS-UE-ID");
    const std::vector<uint8_t> tbcd
        = r.ReadOctetString(kImsiMinOctets, kImsiMaxOctets, false, "PermanentNAS-UE-ID.iMSI");
    r.ExpectEnd();
    std::string imsi;
    for (std::size_t i = 0; i < tbcd.size(); ++i)
    {
        const uint8_t low = tbcd[i] & 0x0f;
        const uint8_t high = tbcd[i] >> 4;
        const bool last = i + 1 == tbcd.size();
        if (low > 9 || (high > 9 && !(last && high == 0xf)))
        {
            r.Fail("PermanentNAS-UE-ID.iMSI",
                   "octet " + std::to_string(i + 1) + " is not TBCD digits (TS 23.003 2.2)");
        }
        imsi.push_back(static_cast<char>('0' + low));
        if (high <= 9)
        {
            imsi.push_back(static_cast<char>('0' + high));
        }
    }
    if (imsi.size() < 6 || imsi.size() > 15)
    {
        // TS 23.003 2.2: at most 15 digits (16 fit 8 octets without the filler)
        r.Fail("PermanentNAS-UE-ID.iMSI", "an IMSI of " + std::to_string(imsi.size()) + " digits");
    }
    return imsi;
}

std::vector<uint8_t>
EncodeSecurityInformation(const std::vector<uint8_t>& permitted, const srvcc::Key128& key,
                          const char* pdu, const char* ie)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteBit(false); // iE-Extensions absent (no extension marker in this SEQUENCE)
    w.WriteLength(static_cast<uint32_t>(permitted.size()), 1, kMaxPermittedAlgorithms, ie);
    for (uint8_t algorithm : permitted)
    {
        w.WriteConstrainedWholeNumber(algorithm, 0, 15, ie);
    }
    w.WriteBitString(key.Data(), kKeyBits, kKeyBits, kKeyBits, false, ie);
    return w.Finish();
}

std::vector<uint8_t>
DecodeSecurityInformation(const std::vector<uint8_t>& value, srvcc::Key128& key, const char* pdu,
                          const char* ie)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const bool extensions = r.ReadBit(ie);
    const uint32_t n = r.ReadLength(1, kMaxPermittedAlgorithms, ie);
    std::vector<uint8_t> permitted;
    for (uint32_t i = 0; i < n; ++i)
    {
        permitted.push_back(static_cast<uint8_t>(r.ReadConstrainedWholeNumber(0, 15, ie)));
    }
    // BIT STRING (SIZE (128)): a fixed size above 16 bits, octet-aligned (X.691 16.10).
    r.Align();
    r.ReadOctets(key.Data(), srvcc::Key128::kSize, ie);
    if (extensions)
    {
        r.Fail(ie, "iE-Extensions present, none is defined (TS 25.413 9.3.4)");
    }
    r.ExpectEnd();
    return permitted;
}

std::vector<uint8_t>
EncodeAlgorithm(uint8_t codePoint, const char* pdu, const char* ie)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteConstrainedWholeNumber(codePoint, 0, 15, ie);
    return w.Finish();
}

uint8_t
DecodeAlgorithm(const std::vector<uint8_t>& value, const char* pdu, const char* ie)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const auto codePoint = static_cast<uint8_t>(r.ReadConstrainedWholeNumber(0, 15, ie));
    r.ExpectEnd();
    return codePoint;
}

std::vector<uint8_t>
EncodeIuSigConId(uint32_t id, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    if (id > 0xffffff)
    {
        w.Fail("IuSigConId", std::to_string(id) + " does not fit 24 bits");
    }
    const uint8_t bits[3]
        = {static_cast<uint8_t>(id >> 16), static_cast<uint8_t>(id >> 8), static_cast<uint8_t>(id)};
    w.WriteBitString(bits, 24, 24, 24, false, "IuSigConId");
    return w.Finish();
}

uint32_t
DecodeIuSigConId(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    uint32_t nbits = 0;
    const std::vector<uint8_t> bits = r.ReadBitString(24, 24, false, "IuSigConId", nbits);
    r.ExpectEnd();
    return (uint32_t{bits[0]} << 16) | (uint32_t{bits[1]} << 8) | bits[2];
}

} // namespace ns3
