/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-ie-identity.h"

#include "gtpv2c-error.h"

namespace ns3
{

namespace
{
constexpr uint8_t kFiller = 0x0f;

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
    return true;
}

void
CheckDigits(const std::string& digits, std::size_t minCount, std::size_t maxCount,
            const char* field)
{
    if (!AllDigits(digits))
    {
        throw Gtpv2cEncodeError(std::string(field) + " '" + digits + "' has a non-digit");
    }
    if (digits.size() < minCount || digits.size() > maxCount)
    {
        throw Gtpv2cEncodeError(std::string(field) + " has " + std::to_string(digits.size())
                                + " digits, expected " + std::to_string(minCount) + " to "
                                + std::to_string(maxCount));
    }
}

void
CheckDecodedCount(const Gtpv2cRawIe& ie, const std::string& digits, std::size_t minCount,
                  std::size_t maxCount)
{
    if (digits.size() < minCount || digits.size() > maxCount)
    {
        ThrowIeError(ie, "holds " + std::to_string(digits.size()) + " digits, expected "
                             + std::to_string(minCount) + " to " + std::to_string(maxCount));
    }
}

uint8_t
Digit(char c)
{
    return static_cast<uint8_t>(c - '0');
}

} // namespace

void
PutTbcdDigits(Gtpv2cIeWriter& writer, const std::string& digits, const char* field)
{
    if (!AllDigits(digits))
    {
        throw Gtpv2cEncodeError(std::string(field) + " '" + digits + "' has a non-digit");
    }
    for (std::size_t i = 0; i < digits.size(); i += 2)
    {
        const uint8_t low = Digit(digits[i]);
        const uint8_t high = (i + 1 < digits.size()) ? Digit(digits[i + 1]) : kFiller;
        writer.PutU8(static_cast<uint8_t>((high << 4) | low));
    }
}

std::string
ReadTbcdDigits(Gtpv2cIeReader& reader, std::size_t octets, const char* field)
{
    std::string digits;
    digits.reserve(2 * octets);
    for (std::size_t i = 0; i < octets; ++i)
    {
        const uint8_t octet = reader.ReadU8(field);
        const uint8_t low = octet & 0x0f;
        const uint8_t high = octet >> 4;
        if (low > 9)
        {
            reader.Fail(std::string(field) + ": non-decimal digit 0x"
                        + std::string(1, "0123456789abcdef"[low]) + " in octet "
                        + std::to_string(i + 1));
        }
        digits.push_back(static_cast<char>('0' + low));
        if (high == kFiller && i + 1 == octets)
        {
            break; // odd number of digits
        }
        if (high > 9)
        {
            reader.Fail(std::string(field) + ": non-decimal digit 0x"
                        + std::string(1, "0123456789abcdef"[high]) + " in octet "
                        + std::to_string(i + 1));
        }
        digits.push_back(static_cast<char>('0' + high));
    }
    return digits;
}

void
WriteImsiIe(Gtpv2cIeWriter& writer, const std::string& imsi, uint8_t instance)
{
    CheckDigits(imsi, 6, 15, "IMSI");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kImsi, instance);
    PutTbcdDigits(writer, imsi, "IMSI");
    writer.End(mark);
}

std::string
ReadImsiIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 3);
    Gtpv2cIeReader reader(ie);
    const std::string imsi = ReadTbcdDigits(reader, ie.length, "IMSI digits");
    CheckDecodedCount(ie, imsi, 6, 15);
    return imsi;
}

void
WriteMeiIe(Gtpv2cIeWriter& writer, const std::string& mei, uint8_t instance)
{
    CheckDigits(mei, 15, 16, "MEI");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kMei, instance);
    PutTbcdDigits(writer, mei, "MEI");
    writer.End(mark);
}

std::string
ReadMeiIe(const Gtpv2cRawIe& ie)
{
    RequireIeLength(ie, 8);
    Gtpv2cIeReader reader(ie);
    const std::string mei = ReadTbcdDigits(reader, ie.length, "MEI digits");
    CheckDecodedCount(ie, mei, 15, 16);
    return mei;
}

void
WriteMsisdnIe(Gtpv2cIeWriter& writer, const std::string& msisdn, uint8_t instance)
{
    CheckDigits(msisdn, 1, 15, "MSISDN");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kMsisdn, instance);
    PutTbcdDigits(writer, msisdn, "MSISDN");
    writer.End(mark);
}

std::string
ReadMsisdnIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 1);
    Gtpv2cIeReader reader(ie);
    const std::string msisdn = ReadTbcdDigits(reader, ie.length, "MSISDN digits");
    CheckDecodedCount(ie, msisdn, 1, 15);
    return msisdn;
}

void
WriteStnSrIe(Gtpv2cIeWriter& writer, const StnSr& stnSr, uint8_t instance)
{
    CheckDigits(stnSr.digits, 1, 15, "STN-SR");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kStnSr, instance);
    writer.PutU8(stnSr.nanpi);
    PutTbcdDigits(writer, stnSr.digits, "STN-SR");
    writer.End(mark);
}

StnSr
ReadStnSrIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 2);
    Gtpv2cIeReader reader(ie);
    StnSr stnSr;
    stnSr.nanpi = reader.ReadU8("NANPI");
    stnSr.digits = ReadTbcdDigits(reader, reader.Remaining(), "STN-SR digits");
    CheckDecodedCount(ie, stnSr.digits, 1, 15);
    return stnSr;
}

void
PutPlmn(Gtpv2cIeWriter& writer, const Gtpv2cPlmn& plmn, const char* field)
{
    if (plmn.mcc.size() != 3 || !AllDigits(plmn.mcc))
    {
        throw Gtpv2cEncodeError(std::string(field) + ": MCC '" + plmn.mcc + "' is not 3 digits");
    }
    if ((plmn.mnc.size() != 2 && plmn.mnc.size() != 3) || !AllDigits(plmn.mnc))
    {
        throw Gtpv2cEncodeError(std::string(field) + ": MNC '" + plmn.mnc
                                + "' is not 2 or 3 digits");
    }
    const uint8_t mnc3 = plmn.mnc.size() == 3 ? Digit(plmn.mnc[2]) : kFiller;
    writer.PutU8(static_cast<uint8_t>((Digit(plmn.mcc[1]) << 4) | Digit(plmn.mcc[0])));
    writer.PutU8(static_cast<uint8_t>((mnc3 << 4) | Digit(plmn.mcc[2])));
    writer.PutU8(static_cast<uint8_t>((Digit(plmn.mnc[1]) << 4) | Digit(plmn.mnc[0])));
}

Gtpv2cPlmn
ReadPlmn(Gtpv2cIeReader& reader, const char* field)
{
    uint8_t octets[3];
    reader.ReadBytes(octets, 3, field);
    const uint8_t nibbles[6]
        = {static_cast<uint8_t>(octets[0] & 0x0f), static_cast<uint8_t>(octets[0] >> 4),
           static_cast<uint8_t>(octets[1] & 0x0f), static_cast<uint8_t>(octets[2] & 0x0f),
           static_cast<uint8_t>(octets[2] >> 4),   static_cast<uint8_t>(octets[1] >> 4)};
    Gtpv2cPlmn plmn;
    for (int i = 0; i < 6; ++i)
    {
        const bool mnc3Filler = (i == 5 && nibbles[i] == kFiller);
        if (mnc3Filler)
        {
            break;
        }
        if (nibbles[i] > 9)
        {
            reader.Fail(std::string(field) + ": MCC/MNC has a non-decimal digit");
        }
        (i < 3 ? plmn.mcc : plmn.mnc).push_back(static_cast<char>('0' + nibbles[i]));
    }
    return plmn;
}

} // namespace ns3
