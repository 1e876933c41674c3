/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ranap-transparent-containers.h"

#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-per-codec.h"

namespace ns3
{

namespace
{

const char* kSourceToTarget = "SourceRNC-ToTargetRNC-TransparentContainer";
const char* kTargetToSource = "TargetRNC-ToSourceRNC-TransparentContainer";

constexpr uint32_t kSourceOptionals = 10; // chosenIntegrity... iE-Extensions (TS 25.413 9.3.4)
constexpr uint32_t kTargetOptionals = 2;  // d-RNTI, iE-Extensions
constexpr uint64_t kMaxTargetCellId = 268435455; // TargetCellId ::= INTEGER (0..268435455)
constexpr uint64_t kMaxDRnti = 1048575;          // D-RNTI ::= INTEGER (0..1048575)

/** The positions of the optional fields in the Source RNC to Target RNC preamble. */
enum SourceOptional : uint32_t
{
    kChosenIntegrity,
    kIntegrityKey,
    kChosenEncryptionSignalling,
    kCipheringKey,
    kChosenEncryptionCs,
    kChosenEncryptionPs,
    kDRnti,
    kTargetCellId,
    kRabTrChMapping,
    kIeExtensions,
};

/** Skips a ProtocolExtensionContainer (SIZE (1..65535)) of ProtocolExtensionFields. */
void
SkipExtensionContainer(PerReader& r)
{
    const uint32_t n = r.ReadLength(1, 65535, "iE-Extensions");
    for (uint32_t i = 0; i < n; ++i)
    {
        r.ReadConstrainedWholeNumber(0, 65535, "iE-Extensions.id");
        r.ReadEnumerated(3, false, "iE-Extensions.criticality");
        r.ReadOpenType("iE-Extensions.extensionValue");
    }
}

/** Skips a BIT STRING (SIZE (128)) key: octet-aligned, no length (X.691 16.10). */
void
SkipKey(PerReader& r, const char* field)
{
    uint8_t ignored[16];
    r.Align();
    r.ReadOctets(ignored, sizeof(ignored), field);
}

} // namespace

std::vector<uint8_t>
EncodeSourceRncToTargetRncContainer(const std::vector<uint8_t>& rrcContainer,
                                    std::optional<uint32_t> targetCellId)
{
    PerWriter w(PerVariant::kAligned, kSourceToTarget);
    w.WriteExtensionBit(false);
    for (uint32_t i = 0; i < kSourceOptionals; ++i)
    {
        w.WriteBit(i == kTargetCellId && targetCellId.has_value());
    }
    w.WriteOctetString(rrcContainer, "rRC-Container");
    // One Iu instance: the relocation involves the CS domain only (TS 25.413 9.3.4).
    w.WriteConstrainedWholeNumber(1, 1, 2, "numberOfIuInstances");
    // The UE takes part: it gets the HANDOVER TO UTRAN COMMAND (TS 25.413 9.3.4).
    w.WriteEnumerated(1, 2, true, "relocationType");
    if (targetCellId)
    {
        w.WriteConstrainedWholeNumber(*targetCellId, 0, kMaxTargetCellId, "targetCellId");
    }
    return w.Finish();
}

std::optional<std::vector<uint8_t>>
DecodeSourceRncToTargetRncContainer(const std::vector<uint8_t>& container)
{
    try
    {
        PerReader r(PerVariant::kAligned, container, kSourceToTarget);
        const bool extended = r.ReadExtensionBit("extension");
        bool present[kSourceOptionals];
        for (bool& p : present)
        {
            p = r.ReadBit("preamble");
        }
        std::vector<uint8_t> rrc = r.ReadOctetString("rRC-Container");
        r.ReadConstrainedWholeNumber(1, 2, "numberOfIuInstances");
        r.ReadEnumerated(2, true, "relocationType");
        const char* algorithms[]
            = {"chosenIntegrityProtectionAlgorithm",    nullptr,
               "chosenEncryptionAlgorithForSignalling", nullptr,
               "chosenEncryptionAlgorithForCS",         "chosenEncryptionAlgorithForPS"};
        for (uint32_t i = kChosenIntegrity; i <= kChosenEncryptionPs; ++i)
        {
            if (!present[i])
            {
                continue;
            }
            if (i == kIntegrityKey || i == kCipheringKey)
            {
                SkipKey(r, i == kIntegrityKey ? "integrityProtectionKey" : "cipheringKey");
            }
            else
            {
                r.ReadConstrainedWholeNumber(0, 15, algorithms[i]);
            }
        }
        if (present[kDRnti])
        {
            r.ReadConstrainedWholeNumber(0, kMaxDRnti, "d-RNTI");
        }
        if (present[kTargetCellId])
        {
            r.ReadConstrainedWholeNumber(0, kMaxTargetCellId, "targetCellId");
        }
        if (present[kRabTrChMapping])
        {
            return std::nullopt; // never sent by the module; not worth a decoder
        }
        if (present[kIeExtensions])
        {
            SkipExtensionContainer(r);
        }
        if (extended)
        {
            r.SkipExtensionAdditions("extension additions");
        }
        r.ExpectEnd();
        return rrc;
    }
    catch (const MessageDecodeError&)
    {
        return std::nullopt;
    }
}

std::vector<uint8_t>
EncodeTargetRncToSourceRncContainer(const std::vector<uint8_t>& rrcContainer)
{
    PerWriter w(PerVariant::kAligned, kTargetToSource);
    w.WriteExtensionBit(false);
    for (uint32_t i = 0; i < kTargetOptionals; ++i)
    {
        w.WriteBit(false);
    }
    w.WriteOctetString(rrcContainer, "rRC-Container");
    return w.Finish();
}

std::optional<std::vector<uint8_t>>
DecodeTargetRncToSourceRncContainer(const std::vector<uint8_t>& container)
{
    try
    {
        PerReader r(PerVariant::kAligned, container, kTargetToSource);
        const bool extended = r.ReadExtensionBit("extension");
        const bool dRnti = r.ReadBit("preamble");
        const bool extensions = r.ReadBit("preamble");
        std::vector<uint8_t> rrc = r.ReadOctetString("rRC-Container");
        if (dRnti)
        {
            r.ReadConstrainedWholeNumber(0, kMaxDRnti, "d-RNTI");
        }
        if (extensions)
        {
            SkipExtensionContainer(r);
        }
        if (extended)
        {
            r.SkipExtensionAdditions("extension additions");
        }
        r.ExpectEnd();
        return rrc;
    }
    catch (const MessageDecodeError&)
    {
        return std::nullopt;
    }
}

} // namespace ns3
