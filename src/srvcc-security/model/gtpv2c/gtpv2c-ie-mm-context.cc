/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-ie-mm-context.h"

#include "gtpv2c-error.h"
#include "gtpv2c-ie-identity.h"

namespace ns3
{

namespace
{
// Octet 5: Security Mode (bits 8-6) | NHI | DRXI | KSI_ASME (bits 3-1)
constexpr uint8_t kNhi = 0x10;
constexpr uint8_t kDrxi = 0x08;
// Octet 6: Number of Quintuplets (8-6) | Number of Quadruplets (5-3) | UAMB RI | OSCI
constexpr uint8_t kUambRi = 0x02;
constexpr uint8_t kOsci = 0x01;
// Octet 7: SAMB RI | Used NAS integrity (7-5) | Used NAS cipher (4-1)
constexpr uint8_t kSambRi = 0x80;
constexpr uint32_t kMaxNasCount = 0xffffff;
// Type 107 without vectors, AMBRs, NH and old context: octets 5-7, two NAS COUNTs, KASME, the
// UE/MS network capability and MEI lengths, access restriction (r+1), the VDP length (w), the
// paging capability length (2), the extended access restriction, UE additional and NR security
// capability lengths, the APN rate control length (2), the CN restrictions and radio
// capability ID lengths, and octet 'a' (TS 29.274 Figure 8.38-5).
constexpr std::size_t kEpsContextMinimum
    = 3 + 3 + 3 + 32 + 3 + 1 + 1 + 2 + 1 + 1 + 1 + 2 + 1 + 1 + 1;
constexpr std::size_t kMeiOctets = 8;                     // 15 or 16 TBCD digits (TS 29.274 8.10)
constexpr std::size_t kCoreNetworkRestrictionsOctets = 4; // octets (l+2) to (l+5)
constexpr uint8_t kOldNhi = 0x80;                         // octet s, bit 8
constexpr uint8_t kEnsctMask = 0x03;                      // octet 'a', bits 2-1
constexpr uint8_t kTridi = 0x04;                          // octet 'a', bit 3
constexpr std::size_t kEutranSrvccMinimum = 1 + 16 + 16 + 3;
constexpr std::size_t kUtranSrvccMinimum = 1 + 16 + 16 + 8 + 1 + 3;

void
CheckRange(unsigned value, unsigned maximum, const char* field)
{
    if (value > maximum)
    {
        throw Gtpv2cEncodeError(std::string(field) + " " + std::to_string(value) + " exceeds "
                                + std::to_string(maximum));
    }
}

template<std::size_t N>
srvcc::SecretBytes<N>
ReadKey(Gtpv2cIeReader& reader, const char* field)
{
    srvcc::SecretBytes<N> key;
    reader.ReadBytes(key.Data(), N, field);
    return key;
}

/** A 2-octet length followed by that many octets. */
void
PutLength16Prefixed(Gtpv2cIeWriter& writer, const std::vector<uint8_t>& data, const char* field)
{
    if (data.size() > 0xffff)
    {
        throw Gtpv2cEncodeError(std::string(field) + " of " + std::to_string(data.size())
                                + " octets exceeds its 2-octet length (65535)");
    }
    writer.PutU16(static_cast<uint16_t>(data.size()));
    writer.PutBytes(data);
}

std::vector<uint8_t>
ReadLength16Prefixed(Gtpv2cIeReader& reader, const char* field)
{
    const std::size_t count = reader.ReadU16(field);
    return reader.ReadVector(count, field);
}

void
SkipQuadruplet(Gtpv2cIeReader& reader)
{
    reader.Skip(16, "quadruplet RAND");
    reader.Skip(reader.ReadU8("quadruplet XRES length"), "quadruplet XRES");
    reader.Skip(reader.ReadU8("quadruplet AUTN length"), "quadruplet AUTN");
    reader.Skip(32, "quadruplet KASME");
}

void
SkipQuintuplet(Gtpv2cIeReader& reader)
{
    reader.Skip(16, "quintuplet RAND");
    reader.Skip(reader.ReadU8("quintuplet XRES length"), "quintuplet XRES");
    reader.Skip(32, "quintuplet CK/IK");
    reader.Skip(reader.ReadU8("quintuplet AUTN length"), "quintuplet AUTN");
}

} // namespace

bool
EpsSecurityContext::operator==(const EpsSecurityContext& other) const
{
    const bool sameNh = nextHop.has_value() == other.nextHop.has_value()
                        && (!nextHop
                            || (*nextHop == *other.nextHop
                                && nextHopChainingCount == other.nextHopChainingCount));
    return ksiAsme == other.ksiAsme && usedNasIntegrity == other.usedNasIntegrity
           && usedNasCipher == other.usedNasCipher && nasDownlinkCount == other.nasDownlinkCount
           && nasUplinkCount == other.nasUplinkCount && kasme == other.kasme && drx == other.drx
           && sameNh && ueNetworkCapability == other.ueNetworkCapability
           && msNetworkCapability == other.msNetworkCapability && mei == other.mei
           && accessRestriction == other.accessRestriction
           && voiceDomainPreference == other.voiceDomainPreference
           && ueRadioCapabilityForPaging == other.ueRadioCapabilityForPaging
           && extendedAccessRestriction == other.extendedAccessRestriction
           && ueAdditionalSecurityCapability == other.ueAdditionalSecurityCapability
           && ueNrSecurityCapability == other.ueNrSecurityCapability
           && apnRateControlStatuses == other.apnRateControlStatuses
           && coreNetworkRestrictions == other.coreNetworkRestrictions
           && ueRadioCapabilityId == other.ueRadioCapabilityId && ensct == other.ensct
           && tridi == other.tridi;
}

void
WriteEpsSecurityContextIe(Gtpv2cIeWriter& writer, const EpsSecurityContext& context,
                          uint8_t instance)
{
    CheckRange(context.ksiAsme, 7, "MM Context: KSI_ASME");
    CheckRange(context.usedNasIntegrity, 7, "MM Context: used NAS integrity algorithm");
    CheckRange(context.usedNasCipher, 15, "MM Context: used NAS cipher");
    CheckRange(context.nasDownlinkCount, kMaxNasCount, "MM Context: NAS downlink COUNT");
    CheckRange(context.nasUplinkCount, kMaxNasCount, "MM Context: NAS uplink COUNT");
    CheckRange(context.nextHopChainingCount, 7, "MM Context: NCC");
    CheckRange(context.ensct, 3, "MM Context: ENSCT");
    if (!context.coreNetworkRestrictions.empty()
        && context.coreNetworkRestrictions.size() != kCoreNetworkRestrictionsOctets)
    {
        throw Gtpv2cEncodeError("MM Context: Core Network Restrictions of "
                                + std::to_string(context.coreNetworkRestrictions.size())
                                + " octets, expected 0 or 4 (TS 29.274 Figure 8.38-5)");
    }

    const std::size_t mark
        = writer.Begin(Gtpv2cIeType::kMmContextEpsSecurityContextQuadruplets, instance);
    writer.PutU8(static_cast<uint8_t>((EpsSecurityContext::kSecurityMode << 5)
                                      | (context.nextHop ? kNhi : 0) | (context.drx ? kDrxi : 0)
                                      | context.ksiAsme));
    writer.PutU8(0); // no quintuplets, no quadruplets, no used UE AMBR, no old context
    writer.PutU8(static_cast<uint8_t>((context.usedNasIntegrity << 4) | context.usedNasCipher));
    writer.PutU24(context.nasDownlinkCount);
    writer.PutU24(context.nasUplinkCount);
    writer.PutBytes(context.kasme.Data(), context.kasme.Size());
    if (context.drx)
    {
        writer.PutU16(*context.drx);
    }
    if (context.nextHop)
    {
        writer.PutBytes(context.nextHop->Data(), context.nextHop->Size());
        writer.PutU8(context.nextHopChainingCount);
    }
    writer.PutLengthPrefixed(context.ueNetworkCapability, "MM Context: UE network capability");
    writer.PutLengthPrefixed(context.msNetworkCapability, "MM Context: MS network capability");
    if (context.mei)
    {
        // "Length of Mobile Equipment Identity" counts octets of TBCD digits.
        if (context.mei->size() != 15 && context.mei->size() != 16)
        {
            throw Gtpv2cEncodeError("MM Context: MEI has " + std::to_string(context.mei->size())
                                    + " digits, expected 15 or 16");
        }
        writer.PutU8(static_cast<uint8_t>((context.mei->size() + 1) / 2));
        PutTbcdDigits(writer, *context.mei, "MM Context: MEI");
    }
    else
    {
        writer.PutU8(0);
    }
    // Octet (r+1) is mandatory; the old EPS security context (s to s+64) is absent (OSCI 0).
    writer.PutU8(context.accessRestriction);
    writer.PutLengthPrefixed(context.voiceDomainPreference,
                             "MM Context: Voice Domain Preference and UE's Usage Setting");
    PutLength16Prefixed(writer, context.ueRadioCapabilityForPaging,
                        "MM Context: UE Radio Capability for Paging information");
    writer.PutLengthPrefixed(context.extendedAccessRestriction,
                             "MM Context: Extended Access Restriction Data");
    writer.PutLengthPrefixed(context.ueAdditionalSecurityCapability,
                             "MM Context: UE additional security capability");
    writer.PutLengthPrefixed(context.ueNrSecurityCapability,
                             "MM Context: UE NR security capability");
    PutLength16Prefixed(writer, context.apnRateControlStatuses,
                        "MM Context: APN Rate Control Statuses");
    writer.PutLengthPrefixed(context.coreNetworkRestrictions,
                             "MM Context: Core Network Restrictions");
    writer.PutLengthPrefixed(context.ueRadioCapabilityId, "MM Context: UE Radio Capability ID");
    // Octet 'a': bits 8-4 spare (zero), TRIDI, ENSCT.
    writer.PutU8(static_cast<uint8_t>((context.tridi ? kTridi : 0) | context.ensct));
    writer.End(mark);
}

EpsSecurityContext
ReadEpsSecurityContextIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, kEpsContextMinimum);
    Gtpv2cIeReader reader(ie);
    EpsSecurityContext context;
    const uint8_t octet5 = reader.ReadU8("security mode / KSI_ASME");
    if ((octet5 >> 5) != EpsSecurityContext::kSecurityMode)
    {
        reader.Fail("security mode " + std::to_string(octet5 >> 5) + ", expected 4");
    }
    context.ksiAsme = octet5 & 0x07;
    const uint8_t octet6 = reader.ReadU8("number of quintuplets/quadruplets");
    const uint8_t quintuplets = octet6 >> 5;
    const uint8_t quadruplets = (octet6 >> 2) & 0x07;
    const uint8_t octet7 = reader.ReadU8("used NAS algorithms");
    context.usedNasIntegrity = (octet7 >> 4) & 0x07;
    context.usedNasCipher = octet7 & 0x0f;
    context.nasDownlinkCount = reader.ReadU24("NAS downlink COUNT");
    context.nasUplinkCount = reader.ReadU24("NAS uplink COUNT");
    context.kasme = ReadKey<32>(reader, "KASME");
    for (uint8_t i = 0; i < quadruplets; ++i)
    {
        SkipQuadruplet(reader);
    }
    for (uint8_t i = 0; i < quintuplets; ++i)
    {
        SkipQuintuplet(reader);
    }
    if (octet5 & kDrxi)
    {
        context.drx = reader.ReadU16("DRX parameter");
    }
    if (octet5 & kNhi)
    {
        context.nextHop = ReadKey<32>(reader, "NH");
        context.nextHopChainingCount = reader.ReadU8("NCC") & 0x07;
    }
    if (octet7 & kSambRi)
    {
        reader.Skip(8, "subscribed UE AMBR");
    }
    if (octet6 & kUambRi)
    {
        reader.Skip(8, "used UE AMBR");
    }
    context.ueNetworkCapability = reader.ReadLengthPrefixed("UE network capability");
    context.msNetworkCapability = reader.ReadLengthPrefixed("MS network capability");
    const std::size_t meiLength = reader.ReadU8("MEI length");
    if (meiLength != 0 && meiLength != kMeiOctets)
    {
        reader.Fail("MEI length " + std::to_string(meiLength)
                    + ", expected 0 or 8 (IMEI/IMEISV, TS 29.274 8.10)");
    }
    if (meiLength > 0)
    {
        context.mei = ReadTbcdDigits(reader, meiLength, "MEI");
        // The MEI is an IMEI (15 digits) or IMEISV (16), TS 29.274 8.10 / TS 23.003 6.2: the
        // encoder refuses any other count, so the decoder does too.
        if (context.mei->size() != 15 && context.mei->size() != 16)
        {
            reader.Fail("MEI has " + std::to_string(context.mei->size())
                        + " digits, expected 15 or 16");
        }
    }
    // From here to octet 'a' every octet of Figure 8.38-5 is mandatory: a sender that stops
    // after the MEI sends a malformed IE ("invalid length").
    context.accessRestriction = reader.ReadU8("access restriction data");
    if (octet6 & kOsci)
    {
        // Old EPS security context (octets s to s+64), S10 only: stepped over.
        const uint8_t octetS = reader.ReadU8("old security context flags");
        reader.Skip(32, "old KASME");
        if (octetS & kOldNhi)
        {
            reader.Skip(32, "old NH");
        }
    }
    context.voiceDomainPreference
        = reader.ReadLengthPrefixed("Voice Domain Preference and UE's Usage Setting");
    context.ueRadioCapabilityForPaging
        = ReadLength16Prefixed(reader, "UE Radio Capability for Paging information");
    context.extendedAccessRestriction
        = reader.ReadLengthPrefixed("Extended Access Restriction Data");
    context.ueAdditionalSecurityCapability
        = reader.ReadLengthPrefixed("UE additional security capability");
    context.ueNrSecurityCapability = reader.ReadLengthPrefixed("UE NR security capability");
    context.apnRateControlStatuses = ReadLength16Prefixed(reader, "APN Rate Control Statuses");
    context.coreNetworkRestrictions = reader.ReadLengthPrefixed("Core Network Restrictions");
    if (!context.coreNetworkRestrictions.empty()
        && context.coreNetworkRestrictions.size() != kCoreNetworkRestrictionsOctets)
    {
        reader.Fail("Core Network Restrictions length "
                    + std::to_string(context.coreNetworkRestrictions.size()) + ", expected 0 or 4");
    }
    context.ueRadioCapabilityId = reader.ReadLengthPrefixed("UE Radio Capability ID");
    const uint8_t octetA = reader.ReadU8("ENSCT");
    context.ensct = octetA & kEnsctMask;
    context.tridi = (octetA & kTridi) != 0;
    // Octets (a+1) to (n+4) are "present only if explicitly specified": ignored.
    return context;
}

void
WriteMmContextEutranSrvccIe(Gtpv2cIeWriter& writer, const MmContextEutranSrvcc& context,
                            uint8_t instance)
{
    CheckRange(context.eKsi, 7, "MM Context for E-UTRAN SRVCC: eKSI");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kMmContextEutranSrvcc, instance);
    writer.PutU8(context.eKsi);
    writer.PutBytes(context.ckSrvcc.Data(), context.ckSrvcc.Size());
    writer.PutBytes(context.ikSrvcc.Data(), context.ikSrvcc.Size());
    PutSrvccClassmarks(writer, context.classmarks);
    writer.End(mark);
}

MmContextEutranSrvcc
ReadMmContextEutranSrvccIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, kEutranSrvccMinimum);
    Gtpv2cIeReader reader(ie);
    MmContextEutranSrvcc context;
    context.eKsi = reader.ReadU8("eKSI") & 0x07;
    context.ckSrvcc = ReadKey<16>(reader, "CK_SRVCC");
    context.ikSrvcc = ReadKey<16>(reader, "IK_SRVCC");
    context.classmarks = ReadSrvccClassmarks(reader);
    return context;
}

void
WriteMmContextUtranSrvccIe(Gtpv2cIeWriter& writer, const MmContextUtranSrvcc& context,
                           uint8_t instance)
{
    CheckRange(context.ksiCs, 7, "MM Context for UTRAN SRVCC: KSI'cs");
    CheckRange(context.cksn, 7, "MM Context for UTRAN SRVCC: CKSN'");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kMmContextUtranSrvcc, instance);
    writer.PutU8(context.ksiCs);
    writer.PutBytes(context.ckCs.Data(), context.ckCs.Size());
    writer.PutBytes(context.ikCs.Data(), context.ikCs.Size());
    writer.PutBytes(context.kc.Data(), context.kc.Size());
    writer.PutU8(context.cksn);
    PutSrvccClassmarks(writer, context.classmarks);
    writer.End(mark);
}

MmContextUtranSrvcc
ReadMmContextUtranSrvccIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, kUtranSrvccMinimum);
    Gtpv2cIeReader reader(ie);
    MmContextUtranSrvcc context;
    // Octet 5 (TS 29.280 6.6): the high nibble is spare; the low nibble is what Wireshark
    // shows as KSI'cs. A KSI is 3 bits (TS 24.008 10.5.1.2, 7 = no key available), so 8..15
    // name no key set: rejected here, as the encoder refuses them, instead of accepting a
    // value the MSC server could never send on.
    context.ksiCs = reader.ReadU8("KSI'cs") & 0x0f;
    if (context.ksiCs > 7)
    {
        ThrowIeError(ie, "KSI'cs " + std::to_string(context.ksiCs) + ", expected 0..7 (3-bit KSI)");
    }
    context.ckCs = ReadKey<16>(reader, "CK'cs");
    context.ikCs = ReadKey<16>(reader, "IK'cs");
    context.kc = ReadKey<8>(reader, "Kc'");
    context.cksn = reader.ReadU8("CKSN'") & 0x07;
    context.classmarks = ReadSrvccClassmarks(reader);
    return context;
}

} // namespace ns3
