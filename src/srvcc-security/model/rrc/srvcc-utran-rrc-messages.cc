/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * UPER encodings follow the ASN.1 of TS 25.331 11.2 (PDU definitions) and 11.3 (information
 * elements).
 */
#include "srvcc-utran-rrc-messages.h"

#include "ns3/srvcc-message-decode-error.h"

#include <iomanip>
#include <sstream>
#include <string>

namespace ns3
{

namespace
{

constexpr uint8_t kAlgorithmMax = 2;
constexpr uint32_t kUrntiBits = 22; // U-RNTI-Short: SRNC-Identity (12) + S-RNTI-2 (10)
constexpr uint32_t kStartBits = 20; // START-Value ::= BIT STRING (SIZE (20))
constexpr uint8_t kRrcSnMax = 15;   // rrc-MessageSequenceNumber INTEGER (0..15)

/** HandoverToUTRANCommand: CHOICE { r3, criticalExtensions CHOICE { r4, ... } } eight levels
 *  of "criticalExtensions" down to HandoverToUTRANCommand-LaterCriticalExtensions, then r11. */
constexpr int kCriticalExtensionLevels = 8;

/** UL-DCCH-MessageType ::= CHOICE with 32 alternatives (the last is extension NULL). */
constexpr uint32_t kUlDcchAlternatives = 32;

/** The module-specific integrity information in handoverToUTRANCommand-r11-add-ext. */
constexpr uint32_t kIntegrityInfoBits = 1 + 32;

// The fixed radio configuration of the target cell (placeholders: the module does not model
// the physical layer; any value the ASN.1 allows would do).
constexpr int64_t kDpcchPowerOffset = -20;       // DPCCH-PowerOffset2 (-28..-13)
constexpr uint64_t kPcPreamble = 0;              // PC-Preamble (0..7)
constexpr uint64_t kSrbDelay = 7;                // SRB-delay (0..7)
constexpr uint32_t kLongScramblingCode = 1;      // ScramblingCodeType { shortSC, longSC }
constexpr uint64_t kReducedScramblingCode = 0;   // ReducedScramblingCodeNumber (0..8191)
constexpr uint32_t kSpreadingFactorSf64 = 4;     // SpreadingFactor { sf4 .. sf256 }, 7 values
constexpr uint64_t kPrimaryScramblingCode = 100; // PrimaryScramblingCode (0..511)
constexpr uint32_t kSf128 = 5;                   // SF512-AndCodeNumber alternative sf128
constexpr uint64_t kSf128Code = 10;              // code number (0..127)
constexpr uint64_t kTpcCombinationIndex = 0;     // TPC-CombinationIndex (0..5)
constexpr uint64_t kUarfcnDl = 10700;            // UARFCN (0..16383), band I downlink
constexpr int64_t kMaxUlTxPower = 24;            // MaxAllowedUL-TX-Power (-50..33) dBm
constexpr uint64_t kDefaultConfigIdentity = 0;   // DefaultConfigIdentity-r6 (0..31)

void
CheckAtMost(const char* pdu, const char* field, uint64_t value, uint64_t max)
{
    if (value > max)
    {
        throw MessageEncodeError(std::string(pdu) + ": " + field + ": " + std::to_string(value)
                                 + " is above " + std::to_string(max));
    }
}

/** A fixed-size BIT STRING (no length determinant, X.691 16.9) of \p n bits of \p value. */
void
WriteFixedBits(PerWriter& w, uint64_t value, unsigned n)
{
    w.WriteBits(value, n);
}

/** Reads one integer field and checks it equals what the module sends... or any allowed value:
 *  the reader only validates its constraint. */
uint64_t
ReadRange(PerReader& r, uint64_t lb, uint64_t ub, const char* field)
{
    return r.ReadConstrainedWholeNumber(lb, ub, field);
}

} // namespace

// ---- HandoverToUTRANCommand ------------------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccUtranHandoverToUtranCommand);

TypeId
SrvccUtranHandoverToUtranCommand::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccUtranHandoverToUtranCommand")
                            .SetParent<SrvccRrcMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccUtranHandoverToUtranCommand>();
    return tid;
}

TypeId
SrvccUtranHandoverToUtranCommand::GetInstanceTypeId() const
{
    return GetTypeId();
}

const char*
SrvccUtranHandoverToUtranCommand::GetMessageName() const
{
    return "HandoverToUTRANCommand";
}

SrvccMessageType
SrvccUtranHandoverToUtranCommand::GetSrvccMessageType() const
{
    return SrvccMessageType::kUtranHandoverToUtranCommand;
}

void
SrvccUtranHandoverToUtranCommand::SetNewUrnti(uint32_t urnti)
{
    CheckAtMost(GetMessageName(), "new-U-RNTI", urnti, (1u << kUrntiBits) - 1);
    m_newUrnti = urnti;
}

uint32_t
SrvccUtranHandoverToUtranCommand::GetNewUrnti() const
{
    return m_newUrnti;
}

void
SrvccUtranHandoverToUtranCommand::SetIntegrityAlgorithm(uint8_t uia)
{
    CheckAtMost(GetMessageName(), "integrityProtectionAlgorithm", uia, kAlgorithmMax);
    m_integrityAlgorithm = uia;
}

uint8_t
SrvccUtranHandoverToUtranCommand::GetIntegrityAlgorithm() const
{
    return m_integrityAlgorithm;
}

void
SrvccUtranHandoverToUtranCommand::SetCipheringAlgorithm(uint8_t uea)
{
    CheckAtMost(GetMessageName(), "cipheringAlgorithm", uea, kAlgorithmMax);
    m_cipheringAlgorithm = uea;
}

uint8_t
SrvccUtranHandoverToUtranCommand::GetCipheringAlgorithm() const
{
    return m_cipheringAlgorithm;
}

void
SrvccUtranHandoverToUtranCommand::SetFresh(uint32_t fresh)
{
    m_fresh = fresh;
}

uint32_t
SrvccUtranHandoverToUtranCommand::GetFresh() const
{
    return m_fresh;
}

void
SrvccUtranHandoverToUtranCommand::EncodeBody(PerWriter& w) const
{
    for (int level = 0; level < kCriticalExtensionLevels; ++level)
    {
        w.WriteChoiceIndex(1, 2, false, "criticalExtensions");
    }
    w.WriteChoiceIndex(0, 2, false, "criticalExtensions"); // r11
    const bool integrity = m_integrityAlgorithm != 0;
    w.WriteBit(integrity); // handoverToUTRANCommand-r11-add-ext
    w.WriteBit(false);     // vbc0NonCriticalExtensions
    // HandoverToUTRANCommand-r11-IEs presence: cipheringAlgorithm, new-H-RNTI,
    // newPrimary-E-RNTI, newSecondary-E-RNTI, defaultConfigForCellFACH.
    w.WriteBit(true);
    for (int i = 0; i < 4; ++i)
    {
        w.WriteBit(false);
    }
    WriteFixedBits(w, m_newUrnti >> 10, 12);   // srnc-Identity
    WriteFixedBits(w, m_newUrnti & 0x3ff, 10); // s-RNTI-2
    w.WriteEnumerated(m_cipheringAlgorithm, 3, false, "cipheringAlgorithm");
    w.WriteBit(false);                                    // supportForChangeOfUE-Capability
    w.WriteChoiceIndex(1, 2, false, "specificationMode"); // preconfiguration
    w.WriteBit(false);                                    // rab-Info absent
    w.WriteChoiceIndex(1, 2, false, "preConfigMode");     // defaultConfig
    w.WriteEnumerated(0, 2, false, "defaultConfigMode");  // fdd
    w.WriteConstrainedWholeNumber(kDefaultConfigIdentity, 0, 31, "defaultConfigIdentity");
    w.WriteChoiceIndex(0, 2, false, "modeSpecificInfo"); // fdd
    // UL-DPCH-InfoPostFDD
    w.WriteInteger(kDpcchPowerOffset, -28, -13, false, "dpcch-PowerOffset");
    w.WriteConstrainedWholeNumber(kPcPreamble, 0, 7, "pc-Preamble");
    w.WriteConstrainedWholeNumber(kSrbDelay, 0, 7, "sRB-delay");
    w.WriteEnumerated(kLongScramblingCode, 2, false, "scramblingCodeType");
    w.WriteConstrainedWholeNumber(kReducedScramblingCode, 0, 8191, "reducedScramblingCodeNumber");
    w.WriteEnumerated(kSpreadingFactorSf64, 7, false, "spreadingFactor");
    // DL-CommonInformationPost: dl-DPCH-InfoCommon without dl-DPCH-PowerControlInfo.
    w.WriteBit(false);
    // DL-InformationPerRL-ListPostFDD (SIZE (1..maxRL = 8)): one radio link.
    w.WriteLength(1, 1, 8, "dl-InformationPerRL-List");
    w.WriteConstrainedWholeNumber(kPrimaryScramblingCode, 0, 511, "primaryScramblingCode");
    w.WriteEnumerated(0, 2, false, "pCPICH-UsageForChannelEst"); // mayBeUsed
    w.WriteBit(false);                                           // secondaryScramblingCode absent
    w.WriteBit(false);                                           // scramblingCodeChange absent
    w.WriteChoiceIndex(kSf128, 8, false, "sf-AndCodeNumber");
    w.WriteConstrainedWholeNumber(kSf128Code, 0, 127, "sf128");
    w.WriteConstrainedWholeNumber(kTpcCombinationIndex, 0, 5, "tpc-CombinationIndex");
    // FrequencyInfoFDD: uarfcn-UL absent (the default duplex distance), uarfcn-DL.
    w.WriteBit(false);
    w.WriteConstrainedWholeNumber(kUarfcnDl, 0, 16383, "uarfcn-DL");
    w.WriteInteger(kMaxUlTxPower, -50, 33, false, "maxAllowedUL-TX-Power");
    if (integrity)
    {
        // The module's integrity information (see the class): algorithm, then FRESH.
        const uint64_t info
            = (uint64_t{static_cast<uint8_t>(m_integrityAlgorithm - 1)} << 32) | m_fresh;
        uint8_t bits[5];
        const uint64_t aligned = info << (40 - kIntegrityInfoBits);
        for (int i = 0; i < 5; ++i)
        {
            bits[i] = static_cast<uint8_t>(aligned >> (32 - 8 * i));
        }
        w.WriteBitString(bits, kIntegrityInfoBits, 0, kPerUnbounded, false,
                         "handoverToUTRANCommand-r11-add-ext");
    }
}

void
SrvccUtranHandoverToUtranCommand::DecodeBody(PerReader& r)
{
    for (int level = 0; level < kCriticalExtensionLevels; ++level)
    {
        if (r.ReadChoiceIndex(2, false, "criticalExtensions") != 1)
        {
            r.Fail("criticalExtensions", "a release before r11: only the r11 form is read");
        }
    }
    if (r.ReadChoiceIndex(2, false, "criticalExtensions") != 0)
    {
        r.Fail("criticalExtensions", "a release after r11: only the r11 form is read");
    }
    const bool integrity = r.ReadBit("handoverToUTRANCommand-r11-add-ext");
    if (r.ReadBit("vbc0NonCriticalExtensions"))
    {
        r.Fail("vbc0NonCriticalExtensions", "present, not understood");
    }
    const bool ciphering = r.ReadBit("cipheringAlgorithm");
    const char* absentOnly[]
        = {"new-H-RNTI", "newPrimary-E-RNTI", "newSecondary-E-RNTI", "defaultConfigForCellFACH"};
    for (const char* field : absentOnly)
    {
        if (r.ReadBit(field))
        {
            r.Fail(field, "present, not used in a handover to UTRAN of this module");
        }
    }
    const uint64_t srnc = r.ReadBits(12, "srnc-Identity");
    const uint64_t srnti = r.ReadBits(10, "s-RNTI-2");
    m_newUrnti = static_cast<uint32_t>((srnc << 10) | srnti);
    if (!ciphering)
    {
        // TS 25.331 8.3.6.3: without the IE ciphering is not started; the module always
        // starts it (UEA0 included), so the RNC's choice must be there.
        r.Fail("cipheringAlgorithm", "absent");
    }
    m_cipheringAlgorithm = static_cast<uint8_t>(r.ReadEnumerated(3, false, "cipheringAlgorithm"));
    r.ReadBit("supportForChangeOfUE-Capability");
    if (r.ReadChoiceIndex(2, false, "specificationMode") != 1)
    {
        r.Fail("specificationMode", "complete is not read, only preconfiguration");
    }
    if (r.ReadBit("rab-Info"))
    {
        r.Fail("rab-Info", "present, not used");
    }
    if (r.ReadChoiceIndex(2, false, "preConfigMode") == 0)
    {
        ReadRange(r, 0, 15, "predefinedConfigIdentity");
    }
    else
    {
        r.ReadEnumerated(2, false, "defaultConfigMode");
        ReadRange(r, 0, 31, "defaultConfigIdentity");
    }
    if (r.ReadChoiceIndex(2, false, "modeSpecificInfo") != 0)
    {
        r.Fail("modeSpecificInfo", "tdd: only FDD is read");
    }
    r.ReadInteger(-28, -13, false, "dpcch-PowerOffset");
    ReadRange(r, 0, 7, "pc-Preamble");
    ReadRange(r, 0, 7, "sRB-delay");
    r.ReadEnumerated(2, false, "scramblingCodeType");
    ReadRange(r, 0, 8191, "reducedScramblingCodeNumber");
    r.ReadEnumerated(7, false, "spreadingFactor");
    if (r.ReadBit("dl-DPCH-PowerControlInfo"))
    {
        r.Fail("dl-DPCH-PowerControlInfo", "present, not used");
    }
    const uint32_t links = r.ReadLength(1, 8, "dl-InformationPerRL-List");
    for (uint32_t i = 0; i < links; ++i)
    {
        ReadRange(r, 0, 511, "primaryScramblingCode");
        r.ReadEnumerated(2, false, "pCPICH-UsageForChannelEst");
        if (r.ReadBit("secondaryScramblingCode") || r.ReadBit("scramblingCodeChange"))
        {
            r.Fail("dl-ChannelisationCode", "secondary scrambling code fields are not used");
        }
        const uint32_t sf = r.ReadChoiceIndex(8, false, "sf-AndCodeNumber");
        ReadRange(r, 0, (4u << sf) - 1, "sf-AndCodeNumber"); // sf4: 0..3 ... sf512: 0..511
        ReadRange(r, 0, 5, "tpc-CombinationIndex");
    }
    if (r.ReadBit("uarfcn-UL"))
    {
        ReadRange(r, 0, 16383, "uarfcn-UL");
    }
    ReadRange(r, 0, 16383, "uarfcn-DL");
    r.ReadInteger(-50, 33, false, "maxAllowedUL-TX-Power");
    m_integrityAlgorithm = 0;
    m_fresh = 0;
    if (integrity)
    {
        uint32_t nbits = 0;
        const std::vector<uint8_t> bits
            = r.ReadBitString(0, kPerUnbounded, false, "handoverToUTRANCommand-r11-add-ext", nbits);
        if (nbits != kIntegrityInfoBits)
        {
            r.Fail("handoverToUTRANCommand-r11-add-ext",
                   std::to_string(nbits) + " bits, not the 33 of the integrity information");
        }
        uint64_t v = 0;
        for (std::size_t i = 0; i < 5; ++i)
        {
            v = (v << 8) | bits[i];
        }
        v >>= 40 - kIntegrityInfoBits;
        m_integrityAlgorithm = static_cast<uint8_t>(1 + (v >> 32));
        m_fresh = static_cast<uint32_t>(v);
    }
}

void
SrvccUtranHandoverToUtranCommand::PrintBody(std::ostream& os) const
{
    os << "new-U-RNTI=" << m_newUrnti << " cipheringAlgorithm=uea"
       << unsigned{m_cipheringAlgorithm};
    if (m_integrityAlgorithm == 0)
    {
        os << " integrity protection not started";
    }
    else
    {
        os << " integrityProtectionAlgorithm=uia" << unsigned{m_integrityAlgorithm}
           << " FRESH=" << m_fresh;
    }
}

// ---- HandoverToUTRANComplete (UL-DCCH) -------------------------------------------------------

NS_OBJECT_ENSURE_REGISTERED(SrvccUtranHandoverToUtranComplete);

TypeId
SrvccUtranHandoverToUtranComplete::GetTypeId()
{
    static TypeId tid = TypeId("ns3::SrvccUtranHandoverToUtranComplete")
                            .SetParent<SrvccRrcMessage>()
                            .SetGroupName("SrvccSecurity")
                            .AddConstructor<SrvccUtranHandoverToUtranComplete>();
    return tid;
}

TypeId
SrvccUtranHandoverToUtranComplete::GetInstanceTypeId() const
{
    return GetTypeId();
}

const char*
SrvccUtranHandoverToUtranComplete::GetMessageName() const
{
    return "HandoverToUTRANComplete";
}

SrvccMessageType
SrvccUtranHandoverToUtranComplete::GetSrvccMessageType() const
{
    return SrvccMessageType::kUtranHandoverToUtranComplete;
}

void
SrvccUtranHandoverToUtranComplete::SetIntegrityCheckInfoPresent(bool present)
{
    m_integrityCheckInfo = present;
}

bool
SrvccUtranHandoverToUtranComplete::HasIntegrityCheckInfo() const
{
    return m_integrityCheckInfo;
}

void
SrvccUtranHandoverToUtranComplete::SetRrcSequenceNumber(uint8_t sn)
{
    CheckAtMost(GetMessageName(), "rrc-MessageSequenceNumber", sn, kRrcSnMax);
    m_rrcSequenceNumber = sn;
}

uint8_t
SrvccUtranHandoverToUtranComplete::GetRrcSequenceNumber() const
{
    return m_rrcSequenceNumber;
}

void
SrvccUtranHandoverToUtranComplete::SetMacI(std::array<uint8_t, 4> macI)
{
    m_macI = macI;
}

std::array<uint8_t, 4>
SrvccUtranHandoverToUtranComplete::GetMacI() const
{
    return m_macI;
}

void
SrvccUtranHandoverToUtranComplete::SetStartValue(uint32_t start)
{
    CheckAtMost(GetMessageName(), "start-Value", start, (1u << kStartBits) - 1);
    m_startValue = start;
}

uint32_t
SrvccUtranHandoverToUtranComplete::GetStartValue() const
{
    return m_startValue;
}

std::vector<uint8_t>
SrvccUtranHandoverToUtranComplete::IntegrityInput(uint8_t srbIdentity, uint8_t rrcSn,
                                                  uint32_t plainStart)
{
    SrvccUtranHandoverToUtranComplete m;
    CheckAtMost(m.GetMessageName(), "radio bearer identity", srbIdentity, 31);
    m.SetIntegrityCheckInfoPresent(true);
    m.SetRrcSequenceNumber(rrcSn);
    m.SetMacI({0, 0, 0, srbIdentity});
    m.SetStartValue(plainStart);
    return m.Encode();
}

void
SrvccUtranHandoverToUtranComplete::EncodeBody(PerWriter& w) const
{
    w.WriteBit(m_integrityCheckInfo);
    if (m_integrityCheckInfo)
    {
        w.WriteBitString(m_macI.data(), 32, 32, 32, false, "messageAuthenticationCode");
        w.WriteConstrainedWholeNumber(m_rrcSequenceNumber, 0, kRrcSnMax,
                                      "rrc-MessageSequenceNumber");
    }
    w.WriteChoiceIndex(kUtranUlDcchHandoverToUtranComplete, kUlDcchAlternatives, false, "message");
    // startList present; count-C-ActivationTime and laterNonCriticalExtensions absent.
    w.WriteBit(true);
    w.WriteBit(false);
    w.WriteBit(false);
    w.WriteLength(1, 1, 4, "startList");                 // SIZE (1..maxCNdomains)
    w.WriteEnumerated(0, 2, false, "cn-DomainIdentity"); // cs-domain
    WriteFixedBits(w, m_startValue, kStartBits);
}

void
SrvccUtranHandoverToUtranComplete::DecodeBody(PerReader& r)
{
    m_integrityCheckInfo = r.ReadBit("integrityCheckInfo");
    if (m_integrityCheckInfo)
    {
        uint32_t nbits = 0;
        const std::vector<uint8_t> mac
            = r.ReadBitString(32, 32, false, "messageAuthenticationCode", nbits);
        std::copy(mac.begin(), mac.begin() + 4, m_macI.begin());
        m_rrcSequenceNumber = static_cast<uint8_t>(
            r.ReadConstrainedWholeNumber(0, kRrcSnMax, "rrc-MessageSequenceNumber"));
    }
    else
    {
        m_macI = {};
        m_rrcSequenceNumber = 0;
    }
    const uint32_t message = r.ReadChoiceIndex(kUlDcchAlternatives, false, "message");
    if (message != kUtranUlDcchHandoverToUtranComplete)
    {
        r.Fail("message", "alternative " + std::to_string(message)
                              + " where handoverToUTRANComplete (4) was expected");
    }
    const bool startList = r.ReadBit("startList");
    if (r.ReadBit("count-C-ActivationTime"))
    {
        r.Fail("count-C-ActivationTime", "present, not used");
    }
    if (r.ReadBit("laterNonCriticalExtensions"))
    {
        r.Fail("laterNonCriticalExtensions", "present, not understood");
    }
    if (!startList)
    {
        r.Fail("startList", "absent: the CS domain START is needed");
    }
    const uint32_t n = r.ReadLength(1, 4, "startList");
    bool cs = false;
    for (uint32_t i = 0; i < n; ++i)
    {
        const uint32_t domain = r.ReadEnumerated(2, false, "cn-DomainIdentity");
        const uint32_t start = static_cast<uint32_t>(r.ReadBits(kStartBits, "start-Value"));
        if (domain == 0 && !cs)
        {
            cs = true;
            m_startValue = start;
        }
    }
    if (!cs)
    {
        r.Fail("startList", "no START for the CS domain");
    }
}

void
SrvccUtranHandoverToUtranComplete::PrintBody(std::ostream& os) const
{
    if (m_integrityCheckInfo)
    {
        std::ostringstream mac;
        mac << std::hex << std::setfill('0');
        for (uint8_t b : m_macI)
        {
            mac << std::setw(2) << static_cast<int>(b);
        }
        os << "messageAuthenticationCode=" << mac.str()
           << " rrc-MessageSequenceNumber=" << unsigned{m_rrcSequenceNumber} << " ";
    }
    else
    {
        os << "no integrityCheckInfo ";
    }
    os << "start-Value(CS)=" << m_startValue;
}

} // namespace ns3
