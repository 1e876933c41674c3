/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "gtpv2c-ie-handover.h"

#include "gtpv2c-error.h"

namespace ns3
{

namespace
{
constexpr uint16_t kMaxRncId = 4095;                        // TS 25.413 9.2.1.39: INTEGER (0..4095)
constexpr uint16_t kMinExtendedRncId = 4096;                // 9.2.1.39a: INTEGER (4096..65535)
constexpr std::size_t kTargetRncIdBase = 7;                 // MCC/MNC 3, LAC 2, RNC-ID 2
constexpr std::size_t kTargetIdRncBase = 1 + 3 + 2 + 1 + 2; // type, MCC/MNC, LAC, RAC, RNC-ID

void
CheckRncIds(const RncTargetId& target, const char* field)
{
    if (target.rncId > kMaxRncId)
    {
        throw Gtpv2cEncodeError(std::string(field) + ": RNC-ID " + std::to_string(target.rncId)
                                + " exceeds 4095");
    }
    if (target.extendedRncId && *target.extendedRncId < kMinExtendedRncId)
    {
        throw Gtpv2cEncodeError(std::string(field) + ": Extended RNC-ID "
                                + std::to_string(*target.extendedRncId) + " is below 4096");
    }
}

void
CheckDecodedRncId(const Gtpv2cRawIe& ie, const RncTargetId& target)
{
    if (target.rncId > kMaxRncId)
    {
        ThrowIeError(ie, "RNC-ID " + std::to_string(target.rncId) + " exceeds 4095");
    }
    if (target.extendedRncId && *target.extendedRncId < kMinExtendedRncId)
    {
        ThrowIeError(ie,
                     "Extended RNC-ID " + std::to_string(*target.extendedRncId) + " is below 4096");
    }
}

} // namespace

uint8_t
Gtpv2cFContainer::RelocationInstance(uint8_t containerType)
{
    switch (containerType)
    {
        case kEutranTransparentContainer:
            return 0;
        case kUtranTransparentContainer:
            return 1;
        case kBssContainer:
            return 2;
        default:
            throw Gtpv2cEncodeError("F-Container: container type " + std::to_string(containerType)
                                    + " has no instance in Forward Relocation Request/Response "
                                      "(TS 29.274 Tables 7.3.1-1, 7.3.2-1)");
    }
}

void
WriteFContainerIe(Gtpv2cIeWriter& writer, const Gtpv2cFContainer& fContainer, uint8_t instance)
{
    if (fContainer.containerType > 0x0f)
    {
        throw Gtpv2cEncodeError("F-Container: container type "
                                + std::to_string(fContainer.containerType) + " exceeds 15");
    }
    if (fContainer.container.empty())
    {
        throw Gtpv2cEncodeError("F-Container: the container is empty");
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kFContainer, instance);
    writer.PutU8(fContainer.containerType);
    writer.PutBytes(fContainer.container);
    writer.End(mark);
}

Gtpv2cFContainer
ReadFContainerIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 2);
    Gtpv2cIeReader reader(ie);
    Gtpv2cFContainer fContainer;
    fContainer.containerType = reader.ReadU8("container type") & 0x0f;
    fContainer.container = reader.ReadVector(reader.Remaining(), "container");
    return fContainer;
}

Gtpv2cFContainer
ReadRelocationFContainerIe(const Gtpv2cRawIe& ie)
{
    Gtpv2cFContainer fContainer = ReadFContainerIe(ie);
    static constexpr uint8_t kTypeOfInstance[]
        = {Gtpv2cFContainer::kEutranTransparentContainer,
           Gtpv2cFContainer::kUtranTransparentContainer, Gtpv2cFContainer::kBssContainer};
    if (ie.instance > 2 || kTypeOfInstance[ie.instance] != fContainer.containerType)
    {
        ThrowIeError(ie, "instance " + std::to_string(ie.instance) + " with container type "
                             + std::to_string(fContainer.containerType)
                             + " (TS 29.274 Table 7.3.1-1: instance 0 E-UTRAN 3, 1 UTRAN 1, "
                               "2 BSS 2)");
    }
    return fContainer;
}

void
WriteFCauseIe(Gtpv2cIeWriter& writer, const Gtpv2cFCause& fCause)
{
    if (fCause.causeType > 0x0f)
    {
        throw Gtpv2cEncodeError("F-Cause: cause type " + std::to_string(fCause.causeType)
                                + " exceeds 15");
    }
    if (fCause.cause.empty())
    {
        throw Gtpv2cEncodeError("F-Cause: the cause field is empty");
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kFCause, fCause.instance);
    writer.PutU8(fCause.causeType);
    writer.PutBytes(fCause.cause);
    writer.End(mark);
}

Gtpv2cFCause
ReadFCauseIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 2);
    Gtpv2cIeReader reader(ie);
    Gtpv2cFCause fCause;
    fCause.instance = ie.instance;
    fCause.causeType = reader.ReadU8("cause type") & 0x0f;
    fCause.cause = reader.ReadVector(reader.Remaining(), "F-Cause field");
    return fCause;
}

void
WriteTargetRncIdIe(Gtpv2cIeWriter& writer, const RncTargetId& target, uint8_t instance)
{
    CheckRncIds(target, "Target RNC ID");
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kTargetRncId, instance);
    PutPlmn(writer, target.plmn, "Target RNC ID");
    writer.PutU16(target.lac);
    if (target.rac)
    {
        writer.PutU8(*target.rac);
    }
    writer.PutU16(target.rncId);
    if (target.extendedRncId)
    {
        writer.PutU16(*target.extendedRncId);
    }
    writer.End(mark);
}

RncTargetId
ReadTargetRncIdIe(const Gtpv2cRawIe& ie)
{
    if (ie.length < kTargetRncIdBase || ie.length > kTargetRncIdBase + 3)
    {
        ThrowIeError(ie, "length " + std::to_string(ie.length) + ", expected 7 to 10");
    }
    const std::size_t extra = ie.length - kTargetRncIdBase;
    const bool hasRac = (extra % 2) == 1; // 8 or 10
    const bool hasExtended = extra >= 2;  // 9 or 10
    Gtpv2cIeReader reader(ie);
    RncTargetId target;
    target.plmn = ReadPlmn(reader, "MCC/MNC");
    target.lac = reader.ReadU16("LAC");
    if (hasRac)
    {
        target.rac = reader.ReadU8("RAC");
    }
    target.rncId = reader.ReadU16("RNC-ID");
    if (hasExtended)
    {
        target.extendedRncId = reader.ReadU16("Extended RNC-ID");
    }
    CheckDecodedRncId(ie, target);
    return target;
}

bool
Gtpv2cTargetIdentification::operator==(const Gtpv2cTargetIdentification& other) const
{
    if (targetType != other.targetType)
    {
        return false;
    }
    return targetType == kRncId ? rnc == other.rnc : otherTarget == other.otherTarget;
}

void
WriteTargetIdentificationIe(Gtpv2cIeWriter& writer, const Gtpv2cTargetIdentification& target,
                            uint8_t instance)
{
    if (target.targetType == Gtpv2cTargetIdentification::kRncId)
    {
        CheckRncIds(target.rnc, "Target Identification");
        if (!target.rnc.rac)
        {
            throw Gtpv2cEncodeError("Target Identification: an RNC ID target needs the RAC "
                                    "(TS 29.274 Figure 8.51-1a)");
        }
    }
    else if (target.otherTarget.empty())
    {
        throw Gtpv2cEncodeError("Target Identification: target type "
                                + std::to_string(target.targetType) + " without a Target ID");
    }
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kTargetIdentification, instance);
    writer.PutU8(target.targetType);
    if (target.targetType == Gtpv2cTargetIdentification::kRncId)
    {
        PutPlmn(writer, target.rnc.plmn, "Target Identification");
        writer.PutU16(target.rnc.lac);
        writer.PutU8(*target.rnc.rac);
        writer.PutU16(target.rnc.rncId);
        if (target.rnc.extendedRncId)
        {
            writer.PutU16(*target.rnc.extendedRncId);
        }
    }
    else
    {
        writer.PutBytes(target.otherTarget);
    }
    writer.End(mark);
}

Gtpv2cTargetIdentification
ReadTargetIdentificationIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 2);
    Gtpv2cIeReader reader(ie);
    Gtpv2cTargetIdentification target;
    target.targetType = reader.ReadU8("target type");
    if (target.targetType != Gtpv2cTargetIdentification::kRncId)
    {
        target.otherTarget = reader.ReadVector(reader.Remaining(), "Target ID");
        return target;
    }
    if (ie.length != kTargetIdRncBase && ie.length != kTargetIdRncBase + 2)
    {
        ThrowIeError(ie, "length " + std::to_string(ie.length)
                             + " for an RNC ID target, "
                               "expected 9 or 11");
    }
    target.rnc.plmn = ReadPlmn(reader, "MCC/MNC");
    target.rnc.lac = reader.ReadU16("LAC");
    target.rnc.rac = reader.ReadU8("RAC");
    target.rnc.rncId = reader.ReadU16("RNC-ID");
    if (reader.Remaining() == 2)
    {
        target.rnc.extendedRncId = reader.ReadU16("Extended RNC-ID");
    }
    CheckDecodedRncId(ie, target.rnc);
    return target;
}

void
WriteTransparentContainerIe(Gtpv2cIeWriter& writer, uint8_t type,
                            const std::vector<uint8_t>& container, uint8_t instance)
{
    if (type != Gtpv2cIeType::kSourceToTargetTransparentContainer
        && type != Gtpv2cIeType::kTargetToSourceTransparentContainer)
    {
        throw Gtpv2cEncodeError("transparent container: IE type " + std::to_string(type)
                                + " is neither 52 nor 53");
    }
    if (container.empty())
    {
        throw Gtpv2cEncodeError(Gtpv2cIeType::Describe(type) + ": the container is empty");
    }
    const std::size_t mark = writer.Begin(type, instance);
    writer.PutU8(container.size() <= 0xff ? static_cast<uint8_t>(container.size()) : 0xff);
    writer.PutBytes(container);
    writer.End(mark);
}

std::vector<uint8_t>
ReadTransparentContainerIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 2);
    Gtpv2cIeReader reader(ie);
    // TS 29.280 6.4: ignore octet 5 and take the length from the IE length minus 1.
    reader.Skip(1, "container length");
    return reader.ReadVector(reader.Remaining(), "container");
}

void
PutSrvccClassmarks(Gtpv2cIeWriter& writer, const SrvccClassmarks& classmarks)
{
    writer.PutLengthPrefixed(classmarks.msClassmark2, "Mobile Station Classmark 2");
    writer.PutLengthPrefixed(classmarks.msClassmark3, "Mobile Station Classmark 3");
    writer.PutLengthPrefixed(classmarks.supportedCodecList, "Supported Codec List");
}

SrvccClassmarks
ReadSrvccClassmarks(Gtpv2cIeReader& reader)
{
    SrvccClassmarks classmarks;
    classmarks.msClassmark2 = reader.ReadLengthPrefixed("Mobile Station Classmark 2");
    classmarks.msClassmark3 = reader.ReadLengthPrefixed("Mobile Station Classmark 3");
    classmarks.supportedCodecList = reader.ReadLengthPrefixed("Supported Codec List");
    return classmarks;
}

void
WriteAdditionalMmContextForSrvccIe(Gtpv2cIeWriter& writer, const SrvccClassmarks& classmarks,
                                   uint8_t instance)
{
    const std::size_t mark = writer.Begin(Gtpv2cIeType::kAdditionalMmContextForSrvcc, instance);
    PutSrvccClassmarks(writer, classmarks);
    writer.End(mark);
}

SrvccClassmarks
ReadAdditionalMmContextForSrvccIe(const Gtpv2cRawIe& ie)
{
    RequireIeMinLength(ie, 3);
    Gtpv2cIeReader reader(ie);
    return ReadSrvccClassmarks(reader);
}

} // namespace ns3
