/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-utran-rrc-containers.h"

#include "ns3/srvcc-per-codec.h"

namespace ns3
{

namespace
{

constexpr const char* kPdu = "ToTargetRNC-Container";
/** ToTargetRNC-Container ::= CHOICE { interRATHandoverInfo, srncRelocation,
 *  rfc3095-ContextInfo, extension }. */
constexpr uint32_t kToTargetAlternatives = 4;
/** InterRATHandoverInfo: four CHOICE { absent NULL, present ... }, all absent. */
constexpr int kInterRatHandoverInfoChoices = 4;

std::vector<uint8_t>
EncodeInterRatHandoverInfo()
{
    PerWriter w(PerVariant::kUnaligned, "InterRATHandoverInfo");
    for (int i = 0; i < kInterRatHandoverInfoChoices; ++i)
    {
        w.WriteChoiceIndex(0, 2, false, "absent");
    }
    return w.Finish();
}

} // namespace

std::vector<uint8_t>
EncodeToTargetRncContainer()
{
    PerWriter w(PerVariant::kUnaligned, kPdu);
    w.WriteChoiceIndex(0, kToTargetAlternatives, false, "ToTargetRNC-Container");
    w.WriteChoiceIndex(0, 2, false, "interRATHandoverInfo"); // r3
    w.WriteBit(false);                                       // v390NonCriticalExtensions absent
    w.WriteBit(false);                                       // ue-RATSpecificCapability absent
    const std::vector<uint8_t> info = EncodeInterRatHandoverInfo();
    w.WriteOctetString(info.data(), static_cast<uint32_t>(info.size()), 0, 255, false,
                       "interRATHandoverInfo");
    return w.Finish();
}

std::size_t
DecodeToTargetRncContainer(const std::vector<uint8_t>& container)
{
    PerReader r(PerVariant::kUnaligned, container, kPdu);
    if (r.ReadChoiceIndex(kToTargetAlternatives, false, "ToTargetRNC-Container") != 0)
    {
        r.Fail("ToTargetRNC-Container", "not interRATHandoverInfo");
    }
    if (r.ReadChoiceIndex(2, false, "interRATHandoverInfo") != 0)
    {
        r.Fail("interRATHandoverInfo", "criticalExtensions is not understood");
    }
    if (r.ReadBit("v390NonCriticalExtensions"))
    {
        r.Fail("v390NonCriticalExtensions", "present, not understood");
    }
    if (r.ReadBit("ue-RATSpecificCapability"))
    {
        r.Fail("ue-RATSpecificCapability", "present, not understood");
    }
    const std::vector<uint8_t> info = r.ReadOctetString(0, 255, false, "interRATHandoverInfo");
    r.ExpectEnd();
    PerReader inner(PerVariant::kUnaligned, info, "InterRATHandoverInfo");
    const char* parts[] = {"predefinedConfigStatusList", "uE-SecurityInformation",
                           "ue-CapabilityContainer", "v390NonCriticalExtensions"};
    for (const char* part : parts)
    {
        if (inner.ReadChoiceIndex(2, false, part) != 0)
        {
            inner.Fail(part, "present, not understood");
        }
    }
    inner.ExpectEnd();
    return info.size();
}

} // namespace ns3
