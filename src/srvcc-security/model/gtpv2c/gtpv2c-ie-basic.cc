/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-ie-basic.h"

#include "gtpv2c-error.h"

#include <algorithm>

namespace ns3
{

namespace
{
constexpr uint8_t kCausePce = 0x04;
constexpr uint8_t kCauseBce = 0x02;
constexpr uint8_t kCauseCs = 0x01;
constexpr uint8_t kFteidV4 = 0x80;
constexpr uint8_t kFteidV6 = 0x40;
constexpr uint8_t kFteidInterfaceMask = 0x3f;
constexpr uint8_t kSvSti = 0x04;
constexpr uint8_t kSvIcs = 0x02;
constexpr uint8_t kSvEmInd = 0x01;
} // namespace

bool
Gtpv2cCause::operator==(const Gtpv2cCause& other) const
{
    return value == other.value && pce == other.pce && bce == other.bce && cs == other.cs
           && offendingIeType == other.offendingIeType
           && (!offendingIeType || offendingIeInstance == other.offendingIeInstance);
}

void
WriteCauseIe(Gtpv2cIeWriter& writer, const Gtpv2cCause& cause, uint8_t instance)
{
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kCause, instance);
    writer.PutU8(cause.value);
    writer.PutU8(static_cast<uint8_t>((cause.pce ? kCausePce : 0) | (cause.bce ? kCauseBce : 0)
                                      | (cause.cs ? kCauseCs : 0)));
    if (cause.offendingIeType)
    {
        // TS 29.274 8.4: only type and instance of the offending IE have a meaning; its
        // length and the spare bits are sent as zero.
        writer.PutU8(*cause.offendingIeType);
        writer.PutU16(0);
        writer.PutU8(cause.offendingIeInstance & 0x0f);
    }
    writer.End(mark);
}

Gtpv2cCause
ReadCauseIe(const Gtpv2cRawIe& ie)
{
    if (ie.length != 2 && ie.length != 6)
    {
        ThrowIeError(ie, "length " + std::to_string(ie.length) + ", expected 2 or 6");
    }
    Gtpv2cIeReader reader(ie);
    Gtpv2cCause cause;
    cause.value = reader.ReadU8("cause value");
    const uint8_t flags = reader.ReadU8("cause flags");
    cause.pce = (flags & kCausePce) != 0;
    cause.bce = (flags & kCauseBce) != 0;
    cause.cs = (flags & kCauseCs) != 0;
    if (ie.length == 6)
    {
        cause.offendingIeType = reader.ReadU8("offending IE type");
        reader.Skip(2, "offending IE length");
        cause.offendingIeInstance = reader.ReadU8("offending IE instance") & 0x0f;
    }
    return cause;
}

void
WriteRecoveryIe(Gtpv2cIeWriter& writer, uint8_t restartCounter, uint8_t instance)
{
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kRecovery, instance);
    writer.PutU8(restartCounter);
    writer.End(mark);
}

uint8_t
ReadRecoveryIe(const Gtpv2cRawIe& ie)
{
    RequireIeLength(ie, 1);
    return ie.value[0];
}

void
WriteIpAddressIe(Gtpv2cIeWriter& writer, const Address& address, uint8_t instance)
{
    uint8_t octets[16];
    std::size_t size = 0;
    if (Ipv4Address::IsMatchingType(address))
    {
        Ipv4Address::ConvertFrom(address).Serialize(octets);
        size = 4;
    }
    else if (Ipv6Address::IsMatchingType(address))
    {
        Ipv6Address::ConvertFrom(address).Serialize(octets);
        size = 16;
    }
    else
    {
        throw Gtpv2cEncodeError("IP Address: not an IPv4 or IPv6 address");
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kIpAddress, instance);
    writer.PutBytes(octets, size);
    writer.End(mark);
}

Address
ReadIpAddressIe(const Gtpv2cRawIe& ie)
{
    if (ie.length == 4)
    {
        return Ipv4Address::Deserialize(ie.value);
    }
    if (ie.length == 16)
    {
        return Ipv6Address::Deserialize(ie.value);
    }
    ThrowIeError(ie, "length " + std::to_string(ie.length) + ", expected 4 or 16");
}

std::size_t
Gtpv2cIndication::Index(std::size_t octet)
{
    if (octet < kFirstOctet || octet > kLastOctet)
    {
        throw Gtpv2cEncodeError("Indication: octet " + std::to_string(octet) + " is outside 5..13");
    }
    return octet - kFirstOctet;
}

void
Gtpv2cIndication::SetFlag(std::size_t octet, uint8_t mask, bool on)
{
    uint8_t& o = m_octets[Index(octet)];
    o = on ? static_cast<uint8_t>(o | mask) : static_cast<uint8_t>(o & ~mask);
}

bool
Gtpv2cIndication::GetFlag(std::size_t octet, uint8_t mask) const
{
    return (m_octets[Index(octet)] & mask) != 0;
}

void
Gtpv2cIndication::SetUnauthenticatedImsi(bool on)
{
    SetFlag(kUimsiOctet, kUimsiMask, on);
}

bool
Gtpv2cIndication::GetUnauthenticatedImsi() const
{
    return GetFlag(kUimsiOctet, kUimsiMask);
}

void
Gtpv2cIndication::Set5gSrvccHoIndication(bool on)
{
    SetFlag(k5gSrvccHoOctet, k5gSrvccHoMask, on);
}

bool
Gtpv2cIndication::Get5gSrvccHoIndication() const
{
    return GetFlag(k5gSrvccHoOctet, k5gSrvccHoMask);
}

void
Gtpv2cIndication::SetEmergencyPduSession(bool on)
{
    SetFlag(kEmciOctet, kEmciMask, on);
}

bool
Gtpv2cIndication::GetEmergencyPduSession() const
{
    return GetFlag(kEmciOctet, kEmciMask);
}

bool
Gtpv2cIndication::IsEmpty() const
{
    for (uint8_t o : m_octets)
    {
        if (o != 0)
        {
            return false;
        }
    }
    return true;
}

uint8_t
Gtpv2cIndication::GetOctet(std::size_t octet) const
{
    return m_octets[Index(octet)];
}

void
Gtpv2cIndication::SetOctet(std::size_t octet, uint8_t value)
{
    m_octets[Index(octet)] = value;
}

void
WriteIndicationIe(Gtpv2cIeWriter& writer, const Gtpv2cIndication& indication, uint8_t instance)
{
    // Send octets 5..last flag octet, never fewer than 2: a 1-octet Indication is the
    // pre-Rel-8 form (the dissector flags it "Older version?").
    std::size_t last = Gtpv2cIndication::kFirstOctet + 1;
    for (std::size_t o = Gtpv2cIndication::kFirstOctet; o <= Gtpv2cIndication::kLastOctet; ++o)
    {
        if (indication.GetOctet(o) != 0)
        {
            last = std::max(last, o);
        }
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kIndication, instance);
    for (std::size_t o = Gtpv2cIndication::kFirstOctet; o <= last; ++o)
    {
        writer.PutU8(indication.GetOctet(o));
    }
    writer.End(mark);
}

Gtpv2cIndication
ReadIndicationIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 1);
    Gtpv2cIndication indication;
    const std::size_t count = std::min<std::size_t>(
        ie.length, Gtpv2cIndication::kLastOctet - Gtpv2cIndication::kFirstOctet + 1);
    for (std::size_t i = 0; i < count; ++i)
    {
        indication.SetOctet(Gtpv2cIndication::kFirstOctet + i, ie.value[i]);
    }
    return indication;
}

bool
Gtpv2cFteid::operator==(const Gtpv2cFteid& other) const
{
    return interfaceType == other.interfaceType && teid == other.teid && ipv4 == other.ipv4
           && ipv6 == other.ipv6;
}

void
WriteFteidIe(Gtpv2cIeWriter& writer, const Gtpv2cFteid& fteid, uint8_t instance)
{
    if (!fteid.ipv4 && !fteid.ipv6)
    {
        throw Gtpv2cEncodeError("F-TEID: neither IPv4 nor IPv6 address set (TS 29.274 8.22)");
    }
    if (fteid.interfaceType > kFteidInterfaceMask)
    {
        throw Gtpv2cEncodeError("F-TEID: interface type " + std::to_string(fteid.interfaceType)
                                + " exceeds 63");
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kFteid, instance);
    writer.PutU8(static_cast<uint8_t>((fteid.ipv4 ? kFteidV4 : 0) | (fteid.ipv6 ? kFteidV6 : 0)
                                      | fteid.interfaceType));
    writer.PutU32(fteid.teid);
    uint8_t octets[16];
    if (fteid.ipv4)
    {
        fteid.ipv4->Serialize(octets);
        writer.PutBytes(octets, 4);
    }
    if (fteid.ipv6)
    {
        fteid.ipv6->Serialize(octets);
        writer.PutBytes(octets, 16);
    }
    writer.End(mark);
}

Gtpv2cFteid
ReadFteidIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 9);
    Gtpv2cIeReader reader(ie);
    Gtpv2cFteid fteid;
    const uint8_t flags = reader.ReadU8("flags");
    fteid.interfaceType = flags & kFteidInterfaceMask;
    fteid.teid = reader.ReadU32("TEID/GRE key");
    if ((flags & (kFteidV4 | kFteidV6)) == 0)
    {
        reader.Fail("has neither V4 nor V6 set");
    }
    uint8_t octets[16];
    if (flags & kFteidV4)
    {
        reader.ReadBytes(octets, 4, "IPv4 address");
        fteid.ipv4 = Ipv4Address::Deserialize(octets);
    }
    if (flags & kFteidV6)
    {
        reader.ReadBytes(octets, 16, "IPv6 address");
        fteid.ipv6 = Ipv6Address::Deserialize(octets);
    }
    return fteid;
}

void
WriteSrvccCauseIe(Gtpv2cIeWriter& writer, uint8_t srvccCause, uint8_t instance)
{
    if (srvccCause == 0)
    {
        throw Gtpv2cEncodeError("SRVCC Cause: value 0 is reserved (TS 29.280 6.7)");
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kSrvccCause, instance);
    writer.PutU8(srvccCause);
    writer.End(mark);
}

uint8_t
ReadSrvccCauseIe(const Gtpv2cRawIe& ie)
{
    RequireIeLength(ie, 1);
    if (ie.value[0] == 0)
    {
        ThrowIeError(ie, "value 0 is reserved (TS 29.280 6.7)");
    }
    return ie.value[0];
}

void
WriteTeidCIe(Gtpv2cIeWriter& writer, uint32_t teid, uint8_t instance)
{
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kTeidC, instance);
    writer.PutU32(teid);
    writer.End(mark);
}

uint32_t
ReadTeidCIe(const Gtpv2cRawIe& ie)
{
    RequireIeLength(ie, 4);
    Gtpv2cIeReader reader(ie);
    return reader.ReadU32("TEID-C");
}

void
WriteSvFlagsIe(Gtpv2cIeWriter& writer, const SvFlags& flags, uint8_t instance)
{
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kSvFlags, instance);
    writer.PutU8(static_cast<uint8_t>((flags.sessionTransfer ? kSvSti : 0)
                                      | (flags.imsCentralized ? kSvIcs : 0)
                                      | (flags.emergency ? kSvEmInd : 0)));
    writer.End(mark);
}

SvFlags
ReadSvFlagsIe(const Gtpv2cRawIe& ie)
{
    RequireIeLength(ie, 1);
    SvFlags flags;
    flags.sessionTransfer = (ie.value[0] & kSvSti) != 0;
    flags.imsCentralized = (ie.value[0] & kSvIcs) != 0;
    flags.emergency = (ie.value[0] & kSvEmInd) != 0;
    return flags;
}

} // namespace ns3
