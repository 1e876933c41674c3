/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-sim/srvcc-message-content.h"

#include "ns3/gtpv2c-messages.h"
#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-ranap-transparent-containers.h"
#include "ns3/srvcc-rrc-messages.h"

#include <functional>
#include <iomanip>
#include <map>
#include <sstream>

namespace ns3
{

namespace
{

/** Decode a copy of \p packet into \p message; false when it does not decode. */
template<typename H>
bool
Peek(Ptr<const Packet> packet, H& message)
{
    try
    {
        packet->PeekHeader(message);
        return true;
    }
    catch (const std::exception&)
    {
        return false;
    }
}

std::string
Hex(uint64_t value, int digits = 0)
{
    std::ostringstream os;
    os << "0x" << std::hex << std::setfill('0');
    if (digits > 0)
    {
        os << std::setw(digits);
    }
    os << value;
    return os.str();
}

/** "UIA1, UIA2" from a permitted-algorithms bitmask (bit n = algorithm n). */
std::string
AlgorithmList(uint8_t bitmask, const char* prefix)
{
    std::string out;
    for (unsigned id = 0; id < 8; ++id)
    {
        if (bitmask & (1u << id))
        {
            out += (out.empty() ? "" : ", ") + std::string(prefix) + std::to_string(id);
        }
    }
    return out.empty() ? "none" : out;
}

std::string
GtpCauseText(uint8_t value)
{
    if (value == Gtpv2cCauseValue::kRequestAccepted)
    {
        return "Cause 16 (request accepted)";
    }
    if (value == Gtpv2cCauseValue::kRelocationFailure)
    {
        return "Cause 81 (relocation failure)";
    }
    return "Cause " + std::to_string(value) + (value >= 64 ? " (rejected)" : " (accepted)");
}

std::string
SrvccCauseText(uint8_t value)
{
    static const std::map<uint8_t, const char*> kNames = {
        {SrvccCauseValue::kUnspecified, "unspecified"},
        {SrvccCauseValue::kCancelledBySource, "handover cancelled by the source"},
        {SrvccCauseValue::kFailureWithTarget, "failure in the target system"},
        {SrvccCauseValue::kNoRadioResourcesInTargetCell, "no radio resources in the target cell"},
        {SrvccCauseValue::kPermanentSessionLegError, "permanent session leg establishment error"},
    };
    const auto it = kNames.find(value);
    return "SRVCC Cause " + std::to_string(value) + " ("
           + (it != kNames.end() ? it->second : "see TS 29.280 6.7") + ")";
}

/** The HANDOVER TO UTRAN COMMAND inside a Target RNC to Source RNC Transparent Container. */
std::string
UtranCommandText(const std::vector<uint8_t>& rrcOctets)
{
    SrvccUtranHandoverToUtranCommand command;
    Ptr<const Packet> rrc = Create<Packet>(rrcOctets.data(), rrcOctets.size());
    if (!Peek(rrc, command))
    {
        return "an undecodable HANDOVER TO UTRAN COMMAND";
    }
    const std::string integrity = command.GetIntegrityAlgorithm() == 0
                                      ? std::string("integrity protection not started")
                                      : "UIA" + std::to_string(command.GetIntegrityAlgorithm())
                                            + ", FRESH " + Hex(command.GetFresh(), 8);
    return "the target's HANDOVER TO UTRAN COMMAND (" + integrity + ", UEA"
           + std::to_string(command.GetCipheringAlgorithm()) + ", new U-RNTI "
           + std::to_string(command.GetNewUrnti()) + ")";
}

std::string
TargetContainerText(const std::vector<uint8_t>& container)
{
    const auto rrc = DecodeTargetRncToSourceRncContainer(container);
    return "the Target RNC to Source RNC Transparent Container (" + std::to_string(container.size())
           + " octets) with "
           + (rrc ? UtranCommandText(*rrc) : std::string("no readable RRC container"));
}

struct Context
{
    Ptr<const Packet> packet;
    srvcc::SrvccProfile profile;
    bool reveal;
};

using Describer = std::function<std::string(const Context&)>;

std::string
HandoverRequired(const Context& c)
{
    SrvccN2HandoverRequired m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    const TargetRncId& t = m.GetTargetRncId();
    return "Handover Type "
           + std::string(m.GetHandoverType() == 3 ? "5GS to UTRAN"
                                                  : std::to_string(m.GetHandoverType()))
           + " (the 5G-SRVCC: NGAP has no SRVCC HO Indication)" + ", Target RNC-ID "
           + std::to_string(t.rncId) + " (PLMN " + t.mcc + "-" + t.mnc + ", LAC " + Hex(t.lac, 4)
           + "), Source to Target Transparent Container ("
           + std::to_string(m.GetSourceToTargetContainer().size())
           + " octets). No key: the AMF derives them (TS 33.501 J.1.2 step 1).";
}

std::string
ForwardRelocationRequestText(const Context& c)
{
    SrvccForwardRelocationRequest m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    const ForwardRelocationRequestIes& ies = m.GetIes();
    const char* kasme = c.profile == srvcc::SrvccProfile::kTs33501 ? "KASME_SRVCC" : "K'ASME";
    // IE 107 carries the COUNT of the next NAS message (TS 29.274 8.38), one above the used.
    const uint32_t next = ies.mmContext.nasDownlinkCount;
    std::string out = std::string(kasme) + " " + SrvccKeyText(ies.mmContext.kasme, c.reveal)
                      + " and eKSI=" + std::to_string(ies.mmContext.ksiAsme)
                      + " in the MM Context, with the NAS Downlink COUNT for the next NAS "
                        "message = "
                      + std::to_string(next) + " (" + (next > 0 ? std::to_string(next - 1) : "-")
                      + " was used) and the UE security capability (J.1.2 step 3); IMSI "
                      + ies.imsi.value_or("-") + ", 5G-SRVCC HO Indication "
                      + (ies.indication.Get5gSrvccHoIndication() ? "set" : "not set");
    if (ies.indication.GetEmergencyPduSession())
    {
        out += ", EMCI (emergency PDU session), MEI " + ies.mmContext.mei.value_or("-")
               + " in the MM Context";
    }
    return out + ", STN-SR, C-MSISDN. KAMF stays in the AMF (J.1.1).";
}

std::string
ForwardRelocationResponseText(const Context& c)
{
    SrvccForwardRelocationResponse m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    const ForwardRelocationResponseIes& ies = m.GetIes();
    std::string out = GtpCauseText(ies.cause.value);
    if (ies.targetToSourceContainer)
    {
        out += ", " + TargetContainerText(ies.targetToSourceContainer->container);
    }
    return out + " (J.1.2 step 7). No key.";
}

std::string
PsToCsRequestText(const Context& c)
{
    SrvccPsToCsRequest m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    const SrvccPsToCsRequestIes& ies = m.GetIes();
    std::string out;
    if (ies.utranSrvccContext)
    {
        out = "CK_SRVCC " + SrvccKeyText(ies.utranSrvccContext->ckCs, c.reveal) + ", IK_SRVCC "
              + SrvccKeyText(ies.utranSrvccContext->ikCs, c.reveal)
              + ", KSI=" + std::to_string(ies.utranSrvccContext->ksiCs)
              + " in MM Context for UTRAN SRVCC (CKSN'="
              + std::to_string(ies.utranSrvccContext->cksn) + ": no GSM key)";
    }
    else if (ies.eutranSrvccContext)
    {
        out = "CK_SRVCC " + SrvccKeyText(ies.eutranSrvccContext->ckSrvcc, c.reveal) + ", IK_SRVCC "
              + SrvccKeyText(ies.eutranSrvccContext->ikSrvcc, c.reveal) + ", KSI="
              + std::to_string(ies.eutranSrvccContext->eKsi) + " in MM Context for E-UTRAN SRVCC";
    }
    else
    {
        out = "no MM Context (no keys)";
    }
    out += "; IMSI " + ies.imsi.value_or("-") + ", STN-SR, C-MSISDN, Target RNC-ID "
           + std::to_string(ies.targetRncId.rncId);
    if (ies.svFlags && ies.svFlags->emergency)
    {
        out += ", Sv Flags EmInd (emergency session)";
    }
    return out + ". That is all the MSC server gets: no KAMF, no mapped KASME (J.1.2 step 5).";
}

std::string
PsToCsResponseText(const Context& c)
{
    SrvccPsToCsResponse m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    const SrvccPsToCsResponseIes& ies = m.GetIes();
    std::string out = GtpCauseText(ies.cause.value);
    if (ies.srvccCause)
    {
        out += ", " + SrvccCauseText(*ies.srvccCause);
    }
    if (ies.targetToSourceContainer)
    {
        out += ", " + TargetContainerText(*ies.targetToSourceContainer);
    }
    return out + " (J.1.2 step 6). No key.";
}

std::string
CompleteNotificationText(const Context& c)
{
    SrvccPsToCsCompleteNotification m;
    if (Peek(c.packet, m) && m.GetIes().srvccPostFailureCause)
    {
        // TS 29.280 5.2.4: the handover failed after the response (UE lost, keys differ).
        return "The handover failed after the response ("
               + SrvccCauseText(*m.GetIes().srvccPostFailureCause)
               + "): the MSC server has deleted the SRVCC context; the source side releases.";
    }
    return "The CS side is done with the handover; the source side may release the UE.";
}

std::string
RelocationRequestText(const Context& c)
{
    SrvccIuRelocationRequest m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    if (!m.HasIntegrityProtectionInformation())
    {
        // UIA0 is no RANAP code point: no Integrity Protection / Encryption Information.
        return "No key: integrity protection not started, no ciphering (no Integrity "
               "Protection or Encryption Information, TS 25.413): an unauthenticated "
               "emergency session stays unauthenticated on UTRAN.";
    }
    return "IK " + SrvccKeyText(m.GetIk(), c.reveal) + ", CK " + SrvccKeyText(m.GetCk(), c.reveal)
           + " (Integrity Protection and Encryption Information, TS 25.413), permitted "
           + AlgorithmList(m.GetPermittedIntegrityAlgorithms(), "UIA") + " / "
           + AlgorithmList(m.GetPermittedCipheringAlgorithms(), "UEA")
           + ". The target RNC will protect the UTRAN radio with exactly these keys.";
}

std::string
RelocationRequestAcknowledgeText(const Context& c)
{
    SrvccIuRelocationRequestAcknowledge m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    const std::string integrity
        = m.GetChosenIntegrityAlgorithm() == 0
              ? std::string("no integrity algorithm (protection not started)")
              : "UIA" + std::to_string(m.GetChosenIntegrityAlgorithm());
    return "Chosen " + integrity + " and UEA" + std::to_string(m.GetChosenCipheringAlgorithm())
           + ", " + TargetContainerText(m.GetTargetToSourceContainer()) + ". No key.";
}

std::string
IuCauseText(const Context& c)
{
    SrvccIuRelocationFailure m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    return std::string("Cause ") + IuCauseName(m.GetCause()) + ".";
}

std::string
IuReleaseCommandText(const Context& c)
{
    SrvccIuReleaseCommand m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    return std::string("Cause ") + IuCauseName(m.GetCause())
           + ": the target RNC must drop the UE's CK and IK.";
}

std::string
IuReleaseRequestText(const Context& c)
{
    SrvccIuReleaseRequest m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    return std::string("Cause ") + IuCauseName(m.GetCause())
           + ": the MAC-I of the UE's first UTRAN message did not verify, the keys differ; "
             "the relocation is not completed.";
}

std::string
HandoverCommandText(const Context& c)
{
    SrvccN2HandoverCommand m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    return "4 LSB of the DL NAS COUNT = " + Hex(m.GetDlNasCountLsb4())
           + " in NASSecurityParametersFromNGRAN (the COUNT the AMF used, J.1.2 step 8), the "
           + "RRC container of the Target RNC to Source RNC Transparent Container ("
           + std::to_string(m.GetTargetToSourceContainer().size()) + " octets) with "
           + UtranCommandText(m.GetTargetToSourceContainer()) + ". No key.";
}

template<typename M>
std::string
N2CauseText(const Context& c)
{
    M m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    return std::string("Cause ") + N2CauseName(m.GetCause()) + ".";
}

std::string
MobilityFromNrText(const Context& c)
{
    SrvccNrMobilityFromNrCommand m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    return "4 LSB of the DL NAS COUNT = " + Hex(m.GetDlNasCountLsb4()) + " (J.1.2 step 9) and "
           + UtranCommandText(m.GetTargetRatMessageContainer())
           + ". No key goes over the air: the UE derives them itself.";
}

std::string
HandoverToUtranCompleteText(const Context& c)
{
    SrvccUtranHandoverToUtranComplete m;
    if (!Peek(c.packet, m))
    {
        return "";
    }
    if (!m.HasIntegrityCheckInfo())
    {
        return "no integrity check info (integrity protection not started: an unauthenticated "
               "emergency session) and the START value ciphered with CK_SRVCC.";
    }
    const std::array<uint8_t, 4> mac = m.GetMacI();
    const uint32_t macValue = (uint32_t{mac[0]} << 24) | (uint32_t{mac[1]} << 16)
                              | (uint32_t{mac[2]} << 8) | uint32_t{mac[3]};
    return "RRC SN " + std::to_string(m.GetRrcSequenceNumber()) + ", MAC-I " + Hex(macValue, 8)
           + " computed with IK_SRVCC (f9) over the message and its START value ciphered with "
             "CK_SRVCC (f8): the first proof that the UE holds the keys.";
}

const std::map<SrvccMessageType, Describer>&
Describers()
{
    static const std::map<SrvccMessageType, Describer> kDescribers = {
        {SrvccMessageType::kN2HandoverRequired, HandoverRequired},
        {SrvccMessageType::kForwardRelocationRequest, ForwardRelocationRequestText},
        {SrvccMessageType::kForwardRelocationResponse, ForwardRelocationResponseText},
        {SrvccMessageType::kSrvccPsToCsRequest, PsToCsRequestText},
        {SrvccMessageType::kSrvccPsToCsResponse, PsToCsResponseText},
        {SrvccMessageType::kSrvccPsToCsCompleteNotification, CompleteNotificationText},
        {SrvccMessageType::kForwardRelocationCompleteNotification, CompleteNotificationText},
        {SrvccMessageType::kIuRelocationRequest, RelocationRequestText},
        {SrvccMessageType::kIuRelocationRequestAcknowledge, RelocationRequestAcknowledgeText},
        {SrvccMessageType::kIuRelocationFailure, IuCauseText},
        {SrvccMessageType::kIuReleaseCommand, IuReleaseCommandText},
        {SrvccMessageType::kIuReleaseRequest, IuReleaseRequestText},
        {SrvccMessageType::kN2HandoverCommand, HandoverCommandText},
        {SrvccMessageType::kN2HandoverPreparationFailure,
         N2CauseText<SrvccN2HandoverPreparationFailure>},
        {SrvccMessageType::kN2HandoverCancel, N2CauseText<SrvccN2HandoverCancel>},
        {SrvccMessageType::kN2UeContextReleaseCommand, N2CauseText<SrvccN2UeContextReleaseCommand>},
        {SrvccMessageType::kNrMobilityFromNrCommand, MobilityFromNrText},
        {SrvccMessageType::kUtranHandoverToUtranComplete, HandoverToUtranCompleteText},
    };
    return kDescribers;
}

/** Messages without security content: what they are for. */
const std::map<SrvccMessageType, const char*>&
Purposes()
{
    static const std::map<SrvccMessageType, const char*> kPurposes = {
        {SrvccMessageType::kIuRelocationDetect, "The target RNC has detected the UE on UTRAN."},
        {SrvccMessageType::kIuReleaseComplete, "The target RNC has released the UE's resources."},
        {SrvccMessageType::kIuRelocationComplete,
         "The MAC-I of the UE's first UTRAN message verified: same keys on both sides."},
        {SrvccMessageType::kSrvccPsToCsCompleteAcknowledge, "Acknowledges the completion."},
        {SrvccMessageType::kForwardRelocationCompleteAcknowledge, "Acknowledges the completion."},
        {SrvccMessageType::kN2UeContextReleaseComplete, "The gNB has released the UE."},
        {SrvccMessageType::kN2HandoverCancelAcknowledge, "The AMF confirms the cancel."},
        {SrvccMessageType::kSrvccPsToCsCancelNotification,
         "The source side cancels the SRVCC handover."},
        {SrvccMessageType::kSrvccPsToCsCancelAcknowledge, "The MSC server confirms the cancel."},
        {SrvccMessageType::kRelocationCancelRequest, "The AMF cancels the relocation."},
        {SrvccMessageType::kRelocationCancelResponse, "The MME_SRVCC confirms the cancel."},
        // The NAS side (TS 24.501; 5G AKA, TS 33.501 6.1.3.2), not decoded here.
        {SrvccMessageType::kNasRegistrationRequest, "The UE asks to register (TS 24.501)."},
        {SrvccMessageType::kNasAuthenticationRequest,
         "5G AKA challenge: RAND and AUTN (TS 33.501 6.1.3.2); the UE checks AUTN with its K."},
        {SrvccMessageType::kNasAuthenticationResponse,
         "The UE's RES*: the challenge was answered."},
        {SrvccMessageType::kNasAuthenticationFailure,
         "The UE could not verify AUTN (MAC failure or synch failure): no RES*, no new KAMF."},
        {SrvccMessageType::kNasAuthenticationReject, "The network gives authentication up."},
        {SrvccMessageType::kNasSecurityModeCommand,
         "The AMF starts NAS security with the new KAMF's keys."},
        {SrvccMessageType::kNasSecurityModeComplete, "NAS security is on, both sides hold KAMF."},
        {SrvccMessageType::kNasSecurityModeReject, "The UE refused the NAS security mode."},
        {SrvccMessageType::kNasRegistrationAccept, "The UE is registered."},
        {SrvccMessageType::kNasRegistrationReject, "The registration is refused."},
    };
    return kPurposes;
}

} // namespace

std::string
DescribeSrvccMessage(SrvccMessageType type, Ptr<const Packet> packet, srvcc::SrvccProfile profile,
                     bool revealKeys)
{
    const auto describer = Describers().find(type);
    if (describer != Describers().end())
    {
        const std::string text = describer->second(Context{packet, profile, revealKeys});
        return text.empty() ? "(could not be decoded)" : text;
    }
    const auto purpose = Purposes().find(type);
    if (purpose != Purposes().end())
    {
        return purpose->second;
    }
    return "(" + std::to_string(packet->GetSize()) + " octets; no security content decoded)";
}

} // namespace ns3
