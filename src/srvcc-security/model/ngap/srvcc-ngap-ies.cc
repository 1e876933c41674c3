/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-ngap-ies.h"

#include "ns3/srvcc-message-decode-error.h"
#include "ns3/srvcc-per-codec.h"
#include "srvcc-ngap-pdu.h"

namespace ns3
{

namespace
{

constexpr uint64_t kAmfUeNgapIdMax = (uint64_t{1} << 40) - 1;
constexpr uint64_t kRanUeNgapIdMax = 0xffffffffULL;
constexpr uint32_t kHandoverTypeRoot = 3;  // intra5gs, fivegs-to-eps, eps-to-5gs
constexpr uint32_t kCauseAlternatives = 6; // radioNetwork .. choice-Extensions, no "..."
constexpr uint32_t kCauseRadioNetworkRoot
    = 45;                                      // unspecified .. release-due-to-cn-detected-mobility
constexpr uint32_t kCauseNasRoot = 4;          // normal-release .. unspecified
constexpr uint32_t kTargetIdAlternatives = 3;  // targetRANNodeID, targeteNB-ID, choice-Extensions
constexpr uint32_t kUeNgapIdsAlternatives = 3; // uE-NGAP-ID-pair, aMF-UE-NGAP-ID, extensions
constexpr uint32_t kUliAlternatives = 4;       // EUTRA, NR, N3IWF, choice-Extensions
constexpr uint32_t kRrcCauseRoot = 10;         // emergency .. mcs-PriorityAccess
constexpr uint32_t kRncIdMax = 4095;

enum CauseGroup : uint32_t
{
    kRadioNetwork = 0,
    kTransport = 1,
    kNas = 2,
    kProtocol = 3,
    kMisc = 4,
};

struct CauseCode
{
    N2Cause cause;
    uint32_t group;
    uint32_t value;
};

// TS 38.413 9.3.1.2 / the CauseRadioNetwork and CauseNas enumerations of 9.4.5.
constexpr CauseCode kCauses[] = {
    {N2Cause::kUnspecified, kRadioNetwork, 0},
    {N2Cause::kHandoverCancelled, kRadioNetwork, 5},
    {N2Cause::kHoFailureInTargetSystem, kRadioNetwork, 7},
    {N2Cause::kHoTargetNotAllowed, kRadioNetwork, 8},
    {N2Cause::kTNgRelocOverallExpiry, kRadioNetwork, 9},
    {N2Cause::kTNgRelocPrepExpiry, kRadioNetwork, 10},
    {N2Cause::kUnknownTargetId, kRadioNetwork, 12},
    {N2Cause::kUnknownLocalUeNgapId, kRadioNetwork, 14},
    {N2Cause::kHandoverDesirableForRadioReason, kRadioNetwork, 16},
    {N2Cause::kRadioConnectionWithUeLost, kRadioNetwork, 21},
    {N2Cause::kNormalRelease, kNas, 0},
};

[[noreturn]] void
DecodeFail(const char* pdu, const char* field, const std::string& problem)
{
    throw MessageDecodeError(std::string(pdu) + ": " + field + ": " + problem);
}

[[noreturn]] void
EncodeFail(const char* pdu, const char* field, const std::string& problem)
{
    throw MessageEncodeError(std::string(pdu) + ": " + field + ": " + problem);
}

/** A 3-digit MCC and a 2- or 3-digit MNC, decimal digits only. */
bool
ValidDigits(const std::string& s, std::size_t min, std::size_t max)
{
    if (s.size() < min || s.size() > max)
    {
        return false;
    }
    for (char c : s)
    {
        if (c < '0' || c > '9')
        {
            return false;
        }
    }
    return true;
}

} // namespace

const char*
N2CauseName(N2Cause cause)
{
    switch (cause)
    {
        case N2Cause::kUnspecified:
            return "unspecified";
        case N2Cause::kHandoverCancelled:
            return "handover-cancelled";
        case N2Cause::kHoFailureInTargetSystem:
            return "ho-failure-in-target-5GC-ngran-node-or-target-system";
        case N2Cause::kHoTargetNotAllowed:
            return "ho-target-not-allowed";
        case N2Cause::kTNgRelocPrepExpiry:
            return "tngrelocprep-expiry";
        case N2Cause::kTNgRelocOverallExpiry:
            return "tngrelocoverall-expiry";
        case N2Cause::kNormalRelease:
            return "normal-release";
        case N2Cause::kUnknownTargetId:
            return "unknown-targetID";
        case N2Cause::kRadioConnectionWithUeLost:
            return "radio-connection-with-ue-lost";
        case N2Cause::kHandoverDesirableForRadioReason:
            return "handover-desirable-for-radio-reason";
        case N2Cause::kUnknownLocalUeNgapId:
            return "unknown-local-UE-NGAP-ID";
    }
    return "unknown";
}

std::ostream&
operator<<(std::ostream& os, N2Cause cause)
{
    return os << N2CauseName(cause);
}

namespace ngap
{

std::vector<uint8_t>
EncodeAmfUeNgapId(uint64_t id, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteConstrainedWholeNumber(id, 0, kAmfUeNgapIdMax, "AMF-UE-NGAP-ID");
    return w.Finish();
}

uint64_t
DecodeAmfUeNgapId(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const uint64_t id = r.ReadConstrainedWholeNumber(0, kAmfUeNgapIdMax, "AMF-UE-NGAP-ID");
    r.ExpectEnd();
    return id;
}

std::vector<uint8_t>
EncodeRanUeNgapId(uint32_t id, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteConstrainedWholeNumber(id, 0, kRanUeNgapIdMax, "RAN-UE-NGAP-ID");
    return w.Finish();
}

uint32_t
DecodeRanUeNgapId(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const auto id
        = static_cast<uint32_t>(r.ReadConstrainedWholeNumber(0, kRanUeNgapIdMax, "RAN-UE-NGAP-ID"));
    r.ExpectEnd();
    return id;
}

std::vector<uint8_t>
EncodeHandoverType(NgapHandoverType type, const char* pdu)
{
    // fivegs-to-utran is the first extension addition: extension bit 1, then the normally
    // small number 0 (X.691 14.3), i.e. the octet 0x80.
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteEnumerated(static_cast<uint32_t>(type), kHandoverTypeRoot, true, "HandoverType");
    return w.Finish();
}

NgapHandoverType
DecodeHandoverType(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    uint32_t addition = 0;
    const uint32_t index = r.ReadEnumerated(kHandoverTypeRoot, true, "HandoverType", &addition);
    if (index == kHandoverTypeRoot && addition != 0)
    {
        r.Fail("HandoverType", "extension value " + std::to_string(addition) + " is not known");
    }
    r.ExpectEnd();
    return static_cast<NgapHandoverType>(index);
}

std::vector<uint8_t>
EncodeCause(N2Cause cause, const char* pdu)
{
    for (const CauseCode& c : kCauses)
    {
        if (c.cause != cause)
        {
            continue;
        }
        PerWriter w(PerVariant::kAligned, pdu);
        w.WriteChoiceIndex(c.group, kCauseAlternatives, false, "Cause");
        w.WriteEnumerated(c.value, c.group == kNas ? kCauseNasRoot : kCauseRadioNetworkRoot, true,
                          c.group == kNas ? "CauseNas" : "CauseRadioNetwork");
        return w.Finish();
    }
    EncodeFail(pdu, "Cause", "value " + std::to_string(static_cast<unsigned>(cause)) + " unknown");
}

N2Cause
DecodeCause(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const uint32_t group = r.ReadChoiceIndex(kCauseAlternatives, false, "Cause");
    uint32_t code = 0;
    if (group == kRadioNetwork)
    {
        code = r.ReadEnumerated(kCauseRadioNetworkRoot, true, "CauseRadioNetwork");
    }
    else if (group == kNas)
    {
        code = r.ReadEnumerated(kCauseNasRoot, true, "CauseNas");
    }
    else
    {
        r.Fail("Cause", "choice " + std::to_string(group) + " is not modelled");
    }
    r.ExpectEnd();
    for (const CauseCode& c : kCauses)
    {
        if (c.group == group && c.value == code)
        {
            return c.cause;
        }
    }
    DecodeFail(pdu, group == kNas ? "CauseNas" : "CauseRadioNetwork",
               "value " + std::to_string(code) + " is not modelled");
}

void
EncodePlmn(const std::string& mcc, const std::string& mnc, uint8_t out[3], const char* pdu,
           const char* field)
{
    if (!ValidDigits(mcc, 3, 3))
    {
        EncodeFail(pdu, field, "mcc must be 3 digits, got \"" + mcc + "\"");
    }
    if (!ValidDigits(mnc, 2, 3))
    {
        EncodeFail(pdu, field, "mnc must be 2 or 3 digits, got \"" + mnc + "\"");
    }
    auto d = [](char c)
    {
        return static_cast<uint8_t>(c - '0');
    };
    // TS 24.008 10.5.1.13: MCC2 MCC1 | MNC3 MCC3 | MNC2 MNC1, MNC3 = F for a 2-digit MNC.
    out[0] = static_cast<uint8_t>(d(mcc[1]) << 4 | d(mcc[0]));
    out[1] = static_cast<uint8_t>((mnc.size() == 3 ? d(mnc[2]) : 0x0f) << 4 | d(mcc[2]));
    out[2] = static_cast<uint8_t>(d(mnc[1]) << 4 | d(mnc[0]));
}

void
DecodePlmn(const uint8_t in[3], std::string& mcc, std::string& mnc, const char* pdu,
           const char* field)
{
    const uint8_t digits[6]
        = {static_cast<uint8_t>(in[0] & 0x0f), static_cast<uint8_t>(in[0] >> 4),
           static_cast<uint8_t>(in[1] & 0x0f), static_cast<uint8_t>(in[2] & 0x0f),
           static_cast<uint8_t>(in[2] >> 4),   static_cast<uint8_t>(in[1] >> 4)};
    for (int i = 0; i < 5; ++i)
    {
        if (digits[i] > 9)
        {
            DecodeFail(pdu, field, "a PLMN digit is not decimal");
        }
    }
    if (digits[5] > 9 && digits[5] != 0x0f)
    {
        DecodeFail(pdu, field, "MNC digit 3 is neither decimal nor the filler F");
    }
    mcc.assign({char('0' + digits[0]), char('0' + digits[1]), char('0' + digits[2])});
    mnc.assign({char('0' + digits[3]), char('0' + digits[4])});
    if (digits[5] != 0x0f)
    {
        mnc.push_back(char('0' + digits[5]));
    }
}

std::vector<uint8_t>
EncodeTargetRncId(const TargetRncId& id, const char* pdu)
{
    uint8_t plmn[3];
    EncodePlmn(id.mcc, id.mnc, plmn, pdu, "pLMNidentity");
    const bool extended = id.rncId > kRncIdMax;

    // TargetRNC-ID ::= SEQUENCE { lAI, rNC-ID, extendedRNC-ID OPTIONAL, iE-Extensions
    // OPTIONAL, ... } with LAI ::= SEQUENCE { pLMNidentity, lAC, iE-Extensions OPTIONAL, ... }.
    PerWriter rnc(PerVariant::kAligned, pdu);
    rnc.WriteExtensionBit(false);
    rnc.WriteBit(extended);       // extendedRNC-ID present
    rnc.WriteBit(false);          // iE-Extensions absent
    rnc.WriteExtensionBit(false); // LAI
    rnc.WriteBit(false);          // LAI iE-Extensions absent
    rnc.WriteOctetString(plmn, 3, 3, 3, false, "pLMNidentity");
    const uint8_t lac[2] = {static_cast<uint8_t>(id.lac >> 8), static_cast<uint8_t>(id.lac)};
    rnc.WriteOctetString(lac, 2, 2, 2, false, "lAC");
    // An RNC-ID above 4095 is the Extended RNC-ID; the RNC-ID then holds its 12 LSB and is
    // ignored by the receiver (TS 25.413 9.2.1.39).
    rnc.WriteConstrainedWholeNumber(id.rncId & kRncIdMax, 0, kRncIdMax, "rNC-ID");
    if (extended)
    {
        rnc.WriteConstrainedWholeNumber(id.rncId, 4096, 65535, "extendedRNC-ID");
    }

    // TargetID ::= CHOICE { targetRANNodeID, targeteNB-ID, choice-Extensions
    // ProtocolIE-SingleContainer { {TargetID-ExtIEs} } }: id-TargetRNC-ID, reject.
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteChoiceIndex(2, kTargetIdAlternatives, false, "TargetID");
    w.WriteConstrainedWholeNumber(kIeTargetRncId, 0, 65535, "TargetID-ExtIEs id");
    w.WriteEnumerated(static_cast<uint32_t>(NgapCriticality::kReject), 3, false,
                      "TargetID-ExtIEs criticality");
    w.WriteOpenType(rnc.Finish(), "TargetRNC-ID");
    return w.Finish();
}

TargetRncId
DecodeTargetRncId(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const uint32_t choice = r.ReadChoiceIndex(kTargetIdAlternatives, false, "TargetID");
    if (choice != 2)
    {
        r.Fail("TargetID", choice == 0 ? "targetRANNodeID, not a UTRAN target"
                                       : "targeteNB-ID, not a UTRAN target");
    }
    const auto ieId = r.ReadConstrainedWholeNumber(0, 65535, "TargetID-ExtIEs id");
    if (ieId != kIeTargetRncId)
    {
        r.Fail("TargetID-ExtIEs id", std::to_string(ieId) + ", not id-TargetRNC-ID (178)");
    }
    r.ReadEnumerated(3, false, "TargetID-ExtIEs criticality");
    const std::vector<uint8_t> inner = r.ReadOpenType("TargetRNC-ID");
    r.ExpectEnd();

    PerReader rnc(PerVariant::kAligned, inner, pdu);
    const bool additions = rnc.ReadExtensionBit("TargetRNC-ID");
    const bool extended = rnc.ReadBit("extendedRNC-ID presence");
    if (rnc.ReadBit("TargetRNC-ID iE-Extensions presence"))
    {
        rnc.Fail("TargetRNC-ID iE-Extensions", "not modelled");
    }
    if (rnc.ReadExtensionBit("LAI"))
    {
        rnc.Fail("LAI", "extension additions not modelled");
    }
    if (rnc.ReadBit("LAI iE-Extensions presence"))
    {
        rnc.Fail("LAI iE-Extensions", "not modelled");
    }
    TargetRncId id;
    const std::vector<uint8_t> plmn = rnc.ReadOctetString(3, 3, false, "pLMNidentity");
    DecodePlmn(plmn.data(), id.mcc, id.mnc, pdu, "pLMNidentity");
    const std::vector<uint8_t> lac = rnc.ReadOctetString(2, 2, false, "lAC");
    id.lac = static_cast<uint16_t>(lac[0] << 8 | lac[1]);
    id.rncId = static_cast<uint16_t>(rnc.ReadConstrainedWholeNumber(0, kRncIdMax, "rNC-ID"));
    if (extended)
    {
        id.rncId
            = static_cast<uint16_t>(rnc.ReadConstrainedWholeNumber(4096, 65535, "extendedRNC-ID"));
    }
    if (additions)
    {
        rnc.SkipExtensionAdditions("TargetRNC-ID extension additions");
    }
    rnc.ExpectEnd();
    return id;
}

std::vector<uint8_t>
EncodePduSessionListHoRqd(const std::vector<NgapPduSessionHoRqd>& list, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteLength(static_cast<uint32_t>(list.size()), 1, 256, "PDUSessionResourceListHORqd");
    for (const NgapPduSessionHoRqd& item : list)
    {
        // HandoverRequiredTransfer ::= SEQUENCE { directForwardingPathAvailability
        // ENUMERATED { direct-path-available, ... } OPTIONAL, iE-Extensions OPTIONAL, ... }
        PerWriter transfer(PerVariant::kAligned, pdu);
        transfer.WriteExtensionBit(false);
        transfer.WriteBit(item.directForwardingPathAvailable);
        transfer.WriteBit(false);
        if (item.directForwardingPathAvailable)
        {
            transfer.WriteEnumerated(0, 1, true, "directForwardingPathAvailability");
        }
        // PDUSessionResourceItemHORqd ::= SEQUENCE { pDUSessionID, handoverRequiredTransfer
        // OCTET STRING (CONTAINING HandoverRequiredTransfer), iE-Extensions OPTIONAL, ... }
        w.WriteExtensionBit(false);
        w.WriteBit(false);
        w.WriteConstrainedWholeNumber(item.pduSessionId, 0, 255, "pDUSessionID");
        w.WriteOctetString(transfer.Finish(), "handoverRequiredTransfer");
    }
    return w.Finish();
}

std::vector<NgapPduSessionHoRqd>
DecodePduSessionListHoRqd(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const uint32_t count = r.ReadLength(1, 256, "PDUSessionResourceListHORqd");
    std::vector<NgapPduSessionHoRqd> list;
    for (uint32_t i = 0; i < count; ++i)
    {
        const bool additions = r.ReadExtensionBit("PDUSessionResourceItemHORqd");
        if (r.ReadBit("PDUSessionResourceItemHORqd iE-Extensions presence"))
        {
            r.Fail("PDUSessionResourceItemHORqd iE-Extensions", "not modelled");
        }
        NgapPduSessionHoRqd item;
        item.pduSessionId
            = static_cast<uint8_t>(r.ReadConstrainedWholeNumber(0, 255, "pDUSessionID"));
        const std::vector<uint8_t> transfer = r.ReadOctetString("handoverRequiredTransfer");
        if (additions)
        {
            r.SkipExtensionAdditions("PDUSessionResourceItemHORqd extension additions");
        }
        PerReader t(PerVariant::kAligned, transfer, pdu);
        const bool tAdditions = t.ReadExtensionBit("HandoverRequiredTransfer");
        item.directForwardingPathAvailable = t.ReadBit("directForwardingPathAvailability presence");
        if (t.ReadBit("HandoverRequiredTransfer iE-Extensions presence"))
        {
            t.Fail("HandoverRequiredTransfer iE-Extensions", "not modelled");
        }
        if (item.directForwardingPathAvailable)
        {
            t.ReadEnumerated(1, true, "directForwardingPathAvailability");
        }
        if (tAdditions)
        {
            t.SkipExtensionAdditions("HandoverRequiredTransfer extension additions");
        }
        t.ExpectEnd();
        list.push_back(item);
    }
    r.ExpectEnd();
    return list;
}

std::vector<uint8_t>
EncodeOctetString(const std::vector<uint8_t>& octets, const char* pdu, const char* ie)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteOctetString(octets, ie);
    return w.Finish();
}

std::vector<uint8_t>
DecodeOctetString(const std::vector<uint8_t>& value, const char* pdu, const char* ie)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    std::vector<uint8_t> octets = r.ReadOctetString(ie);
    r.ExpectEnd();
    return octets;
}

std::vector<uint8_t>
EncodeNasSecurityParametersToUtran(uint8_t dlNasCountLsb4, const char* pdu)
{
    if (dlNasCountLsb4 > 15)
    {
        EncodeFail(pdu, "NASSecurityParametersFromNGRAN",
                   "DL NAS COUNT LSB " + std::to_string(dlNasCountLsb4) + " above 15");
    }
    return EncodeOctetString({dlNasCountLsb4}, pdu, "NASSecurityParametersFromNGRAN");
}

uint8_t
DecodeNasSecurityParametersToUtran(const std::vector<uint8_t>& value, const char* pdu)
{
    const std::vector<uint8_t> octets
        = DecodeOctetString(value, pdu, "NASSecurityParametersFromNGRAN");
    if (octets.size() != 1)
    {
        DecodeFail(pdu, "NASSecurityParametersFromNGRAN",
                   std::to_string(octets.size()) + " octets, expected 1");
    }
    if ((octets[0] & 0xf0) != 0)
    {
        DecodeFail(pdu, "NASSecurityParametersFromNGRAN", "spare bits 8-5 are not zero");
    }
    return octets[0];
}

std::vector<uint8_t>
EncodeUeNgapIdPair(uint64_t amf, uint32_t ran, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteChoiceIndex(0, kUeNgapIdsAlternatives, false, "UE-NGAP-IDs");
    w.WriteExtensionBit(false); // UE-NGAP-ID-pair
    w.WriteBit(false);          // iE-Extensions absent
    w.WriteConstrainedWholeNumber(amf, 0, kAmfUeNgapIdMax, "aMF-UE-NGAP-ID");
    w.WriteConstrainedWholeNumber(ran, 0, kRanUeNgapIdMax, "rAN-UE-NGAP-ID");
    return w.Finish();
}

void
DecodeUeNgapIds(const std::vector<uint8_t>& value, const char* pdu, uint64_t& amf, uint32_t& ran)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const uint32_t choice = r.ReadChoiceIndex(kUeNgapIdsAlternatives, false, "UE-NGAP-IDs");
    if (choice == 1)
    {
        amf = r.ReadConstrainedWholeNumber(0, kAmfUeNgapIdMax, "aMF-UE-NGAP-ID");
        r.ExpectEnd();
        return;
    }
    if (choice != 0)
    {
        r.Fail("UE-NGAP-IDs", "choice-Extensions not modelled");
    }
    const bool additions = r.ReadExtensionBit("UE-NGAP-ID-pair");
    if (r.ReadBit("UE-NGAP-ID-pair iE-Extensions presence"))
    {
        r.Fail("UE-NGAP-ID-pair iE-Extensions", "not modelled");
    }
    amf = r.ReadConstrainedWholeNumber(0, kAmfUeNgapIdMax, "aMF-UE-NGAP-ID");
    ran = static_cast<uint32_t>(r.ReadConstrainedWholeNumber(0, kRanUeNgapIdMax, "rAN-UE-NGAP-ID"));
    if (additions)
    {
        r.SkipExtensionAdditions("UE-NGAP-ID-pair extension additions");
    }
    r.ExpectEnd();
}

std::vector<uint8_t>
EncodeNrLocation(const NgapNrLocation& location, const char* pdu)
{
    if (location.nrCellIdentity >> 36 != 0)
    {
        EncodeFail(pdu, "nRCellIdentity", "more than 36 bits");
    }
    if (location.tac >> 24 != 0)
    {
        EncodeFail(pdu, "tAC", "more than 24 bits");
    }
    uint8_t plmn[3];
    EncodePlmn(location.mcc, location.mnc, plmn, pdu, "pLMNIdentity");
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteChoiceIndex(1, kUliAlternatives, false, "UserLocationInformation");
    // UserLocationInformationNR ::= SEQUENCE { nR-CGI, tAI, timeStamp OPTIONAL, iE-Extensions
    // OPTIONAL, ... }
    w.WriteExtensionBit(false);
    w.WriteBit(false);
    w.WriteBit(false);
    // NR-CGI ::= SEQUENCE { pLMNIdentity, nRCellIdentity BIT STRING (SIZE(36)), iE-Extensions
    // OPTIONAL, ... }
    w.WriteExtensionBit(false);
    w.WriteBit(false);
    w.WriteOctetString(plmn, 3, 3, 3, false, "pLMNIdentity");
    const uint64_t cell = location.nrCellIdentity << 4; // 36 bits, most significant first
    const uint8_t cellBits[5] = {static_cast<uint8_t>(cell >> 32), static_cast<uint8_t>(cell >> 24),
                                 static_cast<uint8_t>(cell >> 16), static_cast<uint8_t>(cell >> 8),
                                 static_cast<uint8_t>(cell)};
    w.WriteBitString(cellBits, 36, 36, 36, false, "nRCellIdentity");
    // TAI ::= SEQUENCE { pLMNIdentity, tAC OCTET STRING (SIZE(3)), iE-Extensions OPTIONAL, ... }
    w.WriteExtensionBit(false);
    w.WriteBit(false);
    w.WriteOctetString(plmn, 3, 3, 3, false, "pLMNIdentity");
    const uint8_t tac[3]
        = {static_cast<uint8_t>(location.tac >> 16), static_cast<uint8_t>(location.tac >> 8),
           static_cast<uint8_t>(location.tac)};
    w.WriteOctetString(tac, 3, 3, 3, false, "tAC");
    return w.Finish();
}

NgapNrLocation
DecodeNrLocation(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const uint32_t choice = r.ReadChoiceIndex(kUliAlternatives, false, "UserLocationInformation");
    if (choice != 1)
    {
        r.Fail("UserLocationInformation",
               "alternative " + std::to_string(choice) + " is not userLocationInformationNR");
    }
    const bool additions = r.ReadExtensionBit("UserLocationInformationNR");
    if (r.ReadBit("timeStamp presence") || r.ReadBit("UserLocationInformationNR iE-Extensions"))
    {
        r.Fail("UserLocationInformationNR", "optional fields not modelled");
    }
    NgapNrLocation location;
    if (r.ReadExtensionBit("NR-CGI") || r.ReadBit("NR-CGI iE-Extensions presence"))
    {
        r.Fail("NR-CGI", "extensions not modelled");
    }
    const std::vector<uint8_t> plmn = r.ReadOctetString(3, 3, false, "pLMNIdentity");
    DecodePlmn(plmn.data(), location.mcc, location.mnc, pdu, "NR-CGI pLMNIdentity");
    uint32_t nbits = 0;
    const std::vector<uint8_t> cell = r.ReadBitString(36, 36, false, "nRCellIdentity", nbits);
    uint64_t cellValue = 0;
    for (uint8_t octet : cell)
    {
        cellValue = cellValue << 8 | octet;
    }
    location.nrCellIdentity = cellValue >> 4;
    if (r.ReadExtensionBit("TAI") || r.ReadBit("TAI iE-Extensions presence"))
    {
        r.Fail("TAI", "extensions not modelled");
    }
    std::string mcc;
    std::string mnc;
    const std::vector<uint8_t> taiPlmn = r.ReadOctetString(3, 3, false, "pLMNIdentity");
    DecodePlmn(taiPlmn.data(), mcc, mnc, pdu, "TAI pLMNIdentity");
    if (mcc != location.mcc || mnc != location.mnc)
    {
        r.Fail("TAI pLMNIdentity", "differs from the NR CGI's, not modelled");
    }
    const std::vector<uint8_t> tac = r.ReadOctetString(3, 3, false, "tAC");
    location.tac = uint32_t{tac[0]} << 16 | uint32_t{tac[1]} << 8 | tac[2];
    if (additions)
    {
        r.SkipExtensionAdditions("UserLocationInformationNR extension additions");
    }
    r.ExpectEnd();
    return location;
}

std::vector<uint8_t>
EncodeRrcEstablishmentCause(uint8_t cause, const char* pdu)
{
    PerWriter w(PerVariant::kAligned, pdu);
    w.WriteEnumerated(cause, kRrcCauseRoot, true, "RRCEstablishmentCause");
    return w.Finish();
}

uint8_t
DecodeRrcEstablishmentCause(const std::vector<uint8_t>& value, const char* pdu)
{
    PerReader r(PerVariant::kAligned, value, pdu);
    const auto cause
        = static_cast<uint8_t>(r.ReadEnumerated(kRrcCauseRoot, true, "RRCEstablishmentCause"));
    r.ExpectEnd();
    return cause;
}

} // namespace ngap

} // namespace ns3
