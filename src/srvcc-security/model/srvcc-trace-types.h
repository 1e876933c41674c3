/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * What the trace sources of the 5G-SRVCC node applications carry: small enums, no text. The
 * node applications fire them on every message, so a trace costs no string; the report layer
 * (statistics, narration, sequence diagram, run summary) turns them into words with the name
 * functions below, once, when it reports.
 */
#ifndef SRVCC_TRACE_TYPES_H
#define SRVCC_TRACE_TYPES_H

#include <cstddef>
#include <cstdint>

namespace ns3
{

/**
 * Every message of the module's 5G-SRVCC procedure (TS 23.216 6.5.4), with the registration
 * and 5G AKA messages before it (TS 24.501 8.2, TS 33.501 6.1.3.2) and the failure, cancel
 * and completion messages around it.
 */
enum class SrvccMessageType : uint8_t
{
    // NAS 5GMM on NR-Uu and N2 (TS 24.501 8.2)
    kNasRegistrationRequest,
    kNasAuthenticationRequest,
    kNasAuthenticationResponse,
    kNasAuthenticationFailure,
    kNasAuthenticationReject,
    kNasSecurityModeCommand,
    kNasSecurityModeComplete,
    kNasSecurityModeReject,
    kNasRegistrationAccept,
    kNasRegistrationReject,
    // NGAP on N2 (TS 38.413 8.4)
    kN2HandoverRequired,
    kN2HandoverCommand,
    kN2HandoverPreparationFailure,
    kN2HandoverCancel,
    kN2HandoverCancelAcknowledge,
    kN2UeContextReleaseCommand,
    kN2UeContextReleaseComplete,
    // NR RRC (TS 38.331 5.4.3)
    kNrMobilityFromNrCommand,
    // GTPv2-C on N26 (TS 29.274 7.3)
    kForwardRelocationRequest,
    kForwardRelocationResponse,
    kForwardRelocationCompleteNotification,
    kForwardRelocationCompleteAcknowledge,
    kRelocationCancelRequest,
    kRelocationCancelResponse,
    // GTPv2-C on Sv and the study's AMF-MSC link (TS 29.280 5.2)
    kSrvccPsToCsRequest,
    kSrvccPsToCsResponse,
    kSrvccPsToCsCompleteNotification,
    kSrvccPsToCsCompleteAcknowledge,
    kSrvccPsToCsCancelNotification,
    kSrvccPsToCsCancelAcknowledge,
    // RANAP on Iu (TS 25.413: Relocation Resource Allocation, Relocation Detect, Relocation
    // Complete, Iu Release, Iu Release Request)
    kIuRelocationRequest,
    kIuRelocationRequestAcknowledge,
    kIuRelocationFailure,
    kIuRelocationDetect,
    kIuRelocationComplete,
    kIuReleaseCommand,
    kIuReleaseComplete,
    kIuReleaseRequest,
    // UTRAN RRC (TS 25.331 8.3.6)
    kUtranHandoverToUtranCommand,
    kUtranHandoverToUtranComplete,
};

constexpr std::size_t kSrvccMessageTypeCount = 40;
static_assert(static_cast<std::size_t>(SrvccMessageType::kUtranHandoverToUtranComplete) + 1
                  == kSrvccMessageTypeCount,
              "kSrvccMessageTypeCount counts every SrvccMessageType");

/**
 * The message's specification name in CamelCase, without the interface, e.g.
 * "SrvccPsToCsRequest", "HandoverRequired", "RelocationRequest": the key of the message in
 * scenario files (processing.<role>.per_message.<Message>), in summary.json (queueing_ms)
 * and in the per-message Attribute names (<Message>ProcessingTime). Unique per message.
 */
constexpr const char*
SrvccMessageTypeKey(SrvccMessageType type)
{
    constexpr const char* kKeys[kSrvccMessageTypeCount] = {
        "RegistrationRequest",
        "AuthenticationRequest",
        "AuthenticationResponse",
        "AuthenticationFailure",
        "AuthenticationReject",
        "SecurityModeCommand",
        "SecurityModeComplete",
        "SecurityModeReject",
        "RegistrationAccept",
        "RegistrationReject",
        "HandoverRequired",
        "HandoverCommand",
        "HandoverPreparationFailure",
        "HandoverCancel",
        "HandoverCancelAcknowledge",
        "UeContextReleaseCommand",
        "UeContextReleaseComplete",
        "MobilityFromNrCommand",
        "ForwardRelocationRequest",
        "ForwardRelocationResponse",
        "ForwardRelocationCompleteNotification",
        "ForwardRelocationCompleteAcknowledge",
        "RelocationCancelRequest",
        "RelocationCancelResponse",
        "SrvccPsToCsRequest",
        "SrvccPsToCsResponse",
        "SrvccPsToCsCompleteNotification",
        "SrvccPsToCsCompleteAcknowledge",
        "SrvccPsToCsCancelNotification",
        "SrvccPsToCsCancelAcknowledge",
        "RelocationRequest",
        "RelocationRequestAcknowledge",
        "RelocationFailure",
        "RelocationDetect",
        "RelocationComplete",
        "IuReleaseCommand",
        "IuReleaseComplete",
        "IuReleaseRequest",
        "HandoverToUtranCommand",
        "HandoverToUtranComplete",
    };
    const auto i = static_cast<std::size_t>(type);
    return i < kSrvccMessageTypeCount ? kKeys[i] : "Unknown";
}

/** The message as 3GPP names it, e.g. "SRVCC PS to CS Request" (also the codec's name). */
constexpr const char*
SrvccMessageTypeName(SrvccMessageType type)
{
    switch (type)
    {
        case SrvccMessageType::kNasRegistrationRequest:
            return "NAS Registration Request";
        case SrvccMessageType::kNasAuthenticationRequest:
            return "NAS Authentication Request";
        case SrvccMessageType::kNasAuthenticationResponse:
            return "NAS Authentication Response";
        case SrvccMessageType::kNasAuthenticationFailure:
            return "NAS Authentication Failure";
        case SrvccMessageType::kNasAuthenticationReject:
            return "NAS Authentication Reject";
        case SrvccMessageType::kNasSecurityModeCommand:
            return "NAS Security Mode Command";
        case SrvccMessageType::kNasSecurityModeComplete:
            return "NAS Security Mode Complete";
        case SrvccMessageType::kNasSecurityModeReject:
            return "NAS Security Mode Reject";
        case SrvccMessageType::kNasRegistrationAccept:
            return "NAS Registration Accept";
        case SrvccMessageType::kNasRegistrationReject:
            return "NAS Registration Reject";
        case SrvccMessageType::kN2HandoverRequired:
            return "N2 Handover Required";
        case SrvccMessageType::kN2HandoverCommand:
            return "N2 Handover Command";
        case SrvccMessageType::kN2HandoverPreparationFailure:
            return "N2 Handover Preparation Failure";
        case SrvccMessageType::kN2HandoverCancel:
            return "N2 Handover Cancel";
        case SrvccMessageType::kN2HandoverCancelAcknowledge:
            return "N2 Handover Cancel Acknowledge";
        case SrvccMessageType::kN2UeContextReleaseCommand:
            return "N2 UE Context Release Command";
        case SrvccMessageType::kN2UeContextReleaseComplete:
            return "N2 UE Context Release Complete";
        case SrvccMessageType::kNrMobilityFromNrCommand:
            return "NR MobilityFromNRCommand";
        case SrvccMessageType::kForwardRelocationRequest:
            return "Forward Relocation Request";
        case SrvccMessageType::kForwardRelocationResponse:
            return "Forward Relocation Response";
        case SrvccMessageType::kForwardRelocationCompleteNotification:
            return "Forward Relocation Complete Notification";
        case SrvccMessageType::kForwardRelocationCompleteAcknowledge:
            return "Forward Relocation Complete Acknowledge";
        case SrvccMessageType::kRelocationCancelRequest:
            return "Relocation Cancel Request";
        case SrvccMessageType::kRelocationCancelResponse:
            return "Relocation Cancel Response";
        case SrvccMessageType::kSrvccPsToCsRequest:
            return "SRVCC PS to CS Request";
        case SrvccMessageType::kSrvccPsToCsResponse:
            return "SRVCC PS to CS Response";
        case SrvccMessageType::kSrvccPsToCsCompleteNotification:
            return "SRVCC PS to CS Complete Notification";
        case SrvccMessageType::kSrvccPsToCsCompleteAcknowledge:
            return "SRVCC PS to CS Complete Acknowledge";
        case SrvccMessageType::kSrvccPsToCsCancelNotification:
            return "SRVCC PS to CS Cancel Notification";
        case SrvccMessageType::kSrvccPsToCsCancelAcknowledge:
            return "SRVCC PS to CS Cancel Acknowledge";
        case SrvccMessageType::kIuRelocationRequest:
            return "Iu Relocation Request";
        case SrvccMessageType::kIuRelocationRequestAcknowledge:
            return "Iu Relocation Request Acknowledge";
        case SrvccMessageType::kIuRelocationFailure:
            return "Iu Relocation Failure";
        case SrvccMessageType::kIuRelocationDetect:
            return "Iu Relocation Detect";
        case SrvccMessageType::kIuRelocationComplete:
            return "Iu Relocation Complete";
        case SrvccMessageType::kIuReleaseCommand:
            return "Iu Release Command";
        case SrvccMessageType::kIuReleaseComplete:
            return "Iu Release Complete";
        case SrvccMessageType::kIuReleaseRequest:
            return "Iu Release Request";
        case SrvccMessageType::kUtranHandoverToUtranCommand:
            return "UTRAN Handover To UTRAN Command";
        case SrvccMessageType::kUtranHandoverToUtranComplete:
            return "UTRAN Handover To UTRAN Complete";
    }
    return "unknown";
}

/** The security contexts whose creation and deletion are traced. */
enum class SrvccContextKind : uint8_t
{
    kAmfNas,    ///< the AMF's 5G NAS security context (KAMF, ngKSI, NAS COUNTs), TS 33.501 6.3
    kUeNas,     ///< the UE's 5G NAS security context
    kMmeMapped, ///< the MME_SRVCC's mapped context: KASME_SRVCC, eKSI, DL NAS COUNT (J.1.2 step 3)
    kMscSrvcc,  ///< the MSC server's CK_SRVCC, IK_SRVCC, KSI_SRVCC (J.1.2 step 5)
    kRncSrvcc,  ///< the target RNC's CK, IK, chosen UIA/UEA and FRESH for the UE
    kUeSrvcc,   ///< the UE's CK_SRVCC, IK_SRVCC, KSI_SRVCC (J.1.2 step 10)
};

constexpr std::size_t kSrvccContextKindCount = 6;
static_assert(static_cast<std::size_t>(SrvccContextKind::kUeSrvcc) + 1 == kSrvccContextKindCount,
              "kSrvccContextKindCount counts every SrvccContextKind");

/** "amf-nas", "ue-nas", "mme-mapped", "msc-srvcc", "rnc-srvcc", "ue-srvcc". */
constexpr const char*
SrvccContextKindName(SrvccContextKind kind)
{
    switch (kind)
    {
        case SrvccContextKind::kAmfNas:
            return "amf-nas";
        case SrvccContextKind::kUeNas:
            return "ue-nas";
        case SrvccContextKind::kMmeMapped:
            return "mme-mapped";
        case SrvccContextKind::kMscSrvcc:
            return "msc-srvcc";
        case SrvccContextKind::kRncSrvcc:
            return "rnc-srvcc";
        case SrvccContextKind::kUeSrvcc:
            return "ue-srvcc";
    }
    return "unknown";
}

/**
 * A key derivation step, as the profile defines it: the same key (CK_SRVCC || IK_SRVCC) comes
 * from a different clause in each profile, so each (key, clause) pair is its own kind.
 */
enum class SrvccKeyKind : uint8_t
{
    kKasmeSrvcc,          ///< KASME_SRVCC from KAMF (TS 33.501 A.21)
    kKPrimeAsme,          ///< K'ASME from KAMF (TS 33.501 A.14.2, TR 33.856 Solution #1.1)
    kCkIkFromKasmeSrvcc,  ///< CK_SRVCC || IK_SRVCC from KASME_SRVCC (TS 33.401 A.12, J.1.2)
    kCkIkFromKPrimeAsme,  ///< CK_SRVCC || IK_SRVCC from K'ASME (TS 33.401 A.12, Solution #1.1)
    kCkIkSplitKPrimeAsme, ///< K'ASME split into CK || IK, no KDF (TR 33.856 6.1.2 NOTE)
    kCkIkFromKamf,        ///< CK_SRVCC || IK_SRVCC from KAMF (Solution #1.2, module's KDF)
};

constexpr std::size_t kSrvccKeyKindCount = 6;
static_assert(static_cast<std::size_t>(SrvccKeyKind::kCkIkFromKamf) + 1 == kSrvccKeyKindCount,
              "kSrvccKeyKindCount counts every SrvccKeyKind");

/** The key's name: "KASME_SRVCC", "K'ASME" or "CK_SRVCC||IK_SRVCC". */
constexpr const char*
SrvccKeyName(SrvccKeyKind kind)
{
    switch (kind)
    {
        case SrvccKeyKind::kKasmeSrvcc:
            return "KASME_SRVCC";
        case SrvccKeyKind::kKPrimeAsme:
            return "K'ASME";
        case SrvccKeyKind::kCkIkFromKasmeSrvcc:
        case SrvccKeyKind::kCkIkFromKPrimeAsme:
        case SrvccKeyKind::kCkIkSplitKPrimeAsme:
        case SrvccKeyKind::kCkIkFromKamf:
            return "CK_SRVCC||IK_SRVCC";
    }
    return "unknown";
}

/** The clause that defines the step, e.g. "TS 33.501 A.21". */
constexpr const char*
SrvccKeyClause(SrvccKeyKind kind)
{
    switch (kind)
    {
        case SrvccKeyKind::kKasmeSrvcc:
            return "TS 33.501 A.21";
        case SrvccKeyKind::kKPrimeAsme:
            return "TS 33.501 A.14.2 (TR 33.856 6.1.2)";
        case SrvccKeyKind::kCkIkFromKasmeSrvcc:
            return "TS 33.401 A.12 on KASME_SRVCC, COUNT 0 (TS 33.501 J.1.2)";
        case SrvccKeyKind::kCkIkFromKPrimeAsme:
            return "TS 33.401 A.12 on K'ASME (TR 33.856 6.1.2)";
        case SrvccKeyKind::kCkIkSplitKPrimeAsme:
            return "K'ASME taken as CK||IK, no KDF (TR 33.856 6.1.2 NOTE)";
        case SrvccKeyKind::kCkIkFromKamf:
            return "TR 33.856 6.2.2; module's choice: A.12 function on KAMF";
    }
    return "unknown";
}

/** true for the CK_SRVCC || IK_SRVCC steps, false for the mapped-KASME ones. */
constexpr bool
IsSrvccCkIk(SrvccKeyKind kind)
{
    return kind != SrvccKeyKind::kKasmeSrvcc && kind != SrvccKeyKind::kKPrimeAsme;
}

/** Why a node gave a UE's handover up (the HandoverFailed trace). */
enum class SrvccFailureCause : uint8_t
{
    // AMF
    kUeUnknownToAmf,                   ///< Handover Required for a UE without NAS context
    kHandoverAlreadyInProgress,        ///< a second Handover Required for the same UE
    kAmfCannotDeriveKeys,              ///< the AMF's derivation refused its input (ngKSI 7)
    kRelocationRejectedByCs,           ///< Forward Relocation / PS to CS Response rejected
    kNoRelocationResponse,             ///< no response before RelocationResponseTimeout
    kNoRelocationCompleteNotification, ///< no completion before RelocationCompleteTimeout
    // gNB
    kCancelledBySourceGnb,       ///< the gNB cancelled (NGAP Handover Cancel, TS 38.413 8.4.5)
    kUnreadableTargetContainer,  ///< HO Command without a readable UTRAN command
    kHandoverPreparationFailure, ///< NGAP Handover Preparation Failure from the AMF
    kTNgRelocPrepExpiry,         ///< TNGRELOCprep expired (TS 38.413 8.4.1.2)
    kTNgRelocOverallExpiry,      ///< TNGRELOCoverall expired (TS 38.413 8.4.1.2)
    kSourceGnbDown,              ///< the handover was due while the source gNB was down
    // MME_SRVCC
    kMmeCannotDeriveKeys,          ///< the MME_SRVCC's derivation refused its input
    kPsToCsResponseRejected,       ///< the MSC server's response; value = its GTPv2-C Cause
    kPostFailureCause,             ///< completion with SRVCC post failure cause (= value)
    kNoPsToCsResponse,             ///< no SRVCC PS to CS Response before SvResponseTimeout
    kNoPsToCsCompleteNotification, ///< no SRVCC PS to CS Complete Notification in time
    // MSC server
    kMscRejectedRequest,    ///< the MSC server rejected the SRVCC PS to CS Request
    kTargetRncRefused,      ///< Iu Relocation Failure from the target RNC
    kMacIMismatch,          ///< the RNC's MAC-I check failed: UE and network keys differ
    kCancelledBySource,     ///< SRVCC PS to CS Cancel Notification from the source side
    kNoAnswerFromTargetRnc, ///< no answer to Iu Relocation Request in time
    kUeDidNotArrive,        ///< the UE did not arrive on UTRAN in time
    // UE
    kUeRefusedUia0, ///< UIA0 outside an unauthenticated emergency session (TS 33.501 10.2.2.1)
};

constexpr std::size_t kSrvccFailureCauseCount = 24;
static_assert(static_cast<std::size_t>(SrvccFailureCause::kUeRefusedUia0) + 1
                  == kSrvccFailureCauseCount,
              "kSrvccFailureCauseCount counts every SrvccFailureCause");

/**
 * The cause in words, e.g. "UE did not arrive on UTRAN". For kPsToCsResponseRejected and
 * kPostFailureCause the report adds the cause value the trace carries.
 */
constexpr const char*
SrvccFailureCauseName(SrvccFailureCause cause)
{
    switch (cause)
    {
        case SrvccFailureCause::kUeUnknownToAmf:
            return "UE unknown to the AMF";
        case SrvccFailureCause::kHandoverAlreadyInProgress:
            return "handover already in progress";
        case SrvccFailureCause::kAmfCannotDeriveKeys:
            return "no SRVCC keys";
        case SrvccFailureCause::kRelocationRejectedByCs:
            return "relocation rejected by the CS domain";
        case SrvccFailureCause::kNoRelocationResponse:
            return "no relocation response from the CS domain";
        case SrvccFailureCause::kNoRelocationCompleteNotification:
            return "no relocation complete notification";
        case SrvccFailureCause::kCancelledBySourceGnb:
            return "cancelled by the source gNB";
        case SrvccFailureCause::kUnreadableTargetContainer:
            return "unreadable target container";
        case SrvccFailureCause::kHandoverPreparationFailure:
            return "handover preparation failure";
        case SrvccFailureCause::kTNgRelocPrepExpiry:
            return "TNGRELOCprep expiry";
        case SrvccFailureCause::kTNgRelocOverallExpiry:
            return "TNGRELOCoverall expiry";
        case SrvccFailureCause::kSourceGnbDown:
            return "source gNB down";
        case SrvccFailureCause::kMmeCannotDeriveKeys:
            return "MME_SRVCC cannot derive keys";
        case SrvccFailureCause::kPsToCsResponseRejected:
            return "SRVCC PS to CS Response rejected";
        case SrvccFailureCause::kPostFailureCause:
            return "SRVCC PS to CS Complete Notification with post-failure cause";
        case SrvccFailureCause::kNoPsToCsResponse:
            return "no SRVCC PS to CS Response from the MSC server";
        case SrvccFailureCause::kNoPsToCsCompleteNotification:
            return "no SRVCC PS to CS Complete Notification";
        case SrvccFailureCause::kMscRejectedRequest:
            return "MSC server rejected the SRVCC PS to CS Request";
        case SrvccFailureCause::kTargetRncRefused:
            return "target RNC refused the relocation";
        case SrvccFailureCause::kMacIMismatch:
            return "MAC-I check failed: UE and network keys differ";
        case SrvccFailureCause::kCancelledBySource:
            return "cancelled by the source side";
        case SrvccFailureCause::kNoAnswerFromTargetRnc:
            return "no answer from the target RNC";
        case SrvccFailureCause::kUeDidNotArrive:
            return "UE did not arrive on UTRAN";
        case SrvccFailureCause::kUeRefusedUia0:
            return "UE refused UIA0";
    }
    return "unknown";
}

/** Why a received message was dropped (the DecodeError trace); the detail goes to NS_LOG. */
enum class SrvccDecodeError : uint8_t
{
    kMalformed,             ///< the codec refused the octets (a length, a value, an IE)
    kWrongProtocol,         ///< not a message of the protocol the interface carries
    kUnexpectedMessageType, ///< a known protocol, but a message this node does not take
    kMissingUeIdentity,     ///< no UE id, TEID 0, or neither IMSI nor MEI
    kMissingMandatoryIe,    ///< decodable, but without what the procedure needs
    kUnreadableContainer,   ///< a transparent container that does not decode
    kNoProcedureInProgress, ///< a message for a UE this node has no procedure for
    kInterfaceNotServed,    ///< a message on an interface this node does not serve
    /**
     * Decoded, but the procedure cannot act on a value it carries (a KSI, an identity, an
     * indication it cannot pass on): the handler stopped with an error, caught where the node
     * took the packet, and the node went on.
     */
    kProcedureError,
    kUnknownPeer,          ///< it names a node this node has no link to (e.g. a target RNC)
    kIncorrectMandatoryIe, ///< a mandatory IE out of range (TS 29.274 7.7.3), answered so
    kNodeDown,             ///< arrived while the node was down (faults.node_down)
};

constexpr std::size_t kSrvccDecodeErrorCount = 12;
static_assert(static_cast<std::size_t>(SrvccDecodeError::kNodeDown) + 1 == kSrvccDecodeErrorCount,
              "kSrvccDecodeErrorCount counts every SrvccDecodeError");

/** The reason in words, e.g. "malformed message". */
constexpr const char*
SrvccDecodeErrorName(SrvccDecodeError reason)
{
    switch (reason)
    {
        case SrvccDecodeError::kMalformed:
            return "malformed message";
        case SrvccDecodeError::kWrongProtocol:
            return "not a message of the interface's protocol";
        case SrvccDecodeError::kUnexpectedMessageType:
            return "unexpected message type";
        case SrvccDecodeError::kMissingUeIdentity:
            return "no UE identity";
        case SrvccDecodeError::kMissingMandatoryIe:
            return "mandatory content missing";
        case SrvccDecodeError::kUnreadableContainer:
            return "unreadable transparent container";
        case SrvccDecodeError::kNoProcedureInProgress:
            return "no procedure in progress for the UE";
        case SrvccDecodeError::kInterfaceNotServed:
            return "interface not served by this node";
        case SrvccDecodeError::kProcedureError:
            return "value the procedure cannot use";
        case SrvccDecodeError::kUnknownPeer:
            return "names a node without a link";
        case SrvccDecodeError::kIncorrectMandatoryIe:
            return "mandatory IE incorrect";
        case SrvccDecodeError::kNodeDown:
            return "received while the node was down";
    }
    return "unknown";
}

/** The reason as a key of summary.json's rejected_messages, e.g. "malformed". */
constexpr const char*
SrvccDecodeErrorKey(SrvccDecodeError reason)
{
    switch (reason)
    {
        case SrvccDecodeError::kMalformed:
            return "malformed";
        case SrvccDecodeError::kWrongProtocol:
            return "wrong_protocol";
        case SrvccDecodeError::kUnexpectedMessageType:
            return "unexpected_message_type";
        case SrvccDecodeError::kMissingUeIdentity:
            return "missing_ue_identity";
        case SrvccDecodeError::kMissingMandatoryIe:
            return "missing_mandatory_ie";
        case SrvccDecodeError::kUnreadableContainer:
            return "unreadable_container";
        case SrvccDecodeError::kNoProcedureInProgress:
            return "no_procedure_in_progress";
        case SrvccDecodeError::kInterfaceNotServed:
            return "interface_not_served";
        case SrvccDecodeError::kProcedureError:
            return "procedure_error";
        case SrvccDecodeError::kUnknownPeer:
            return "unknown_peer";
        case SrvccDecodeError::kIncorrectMandatoryIe:
            return "mandatory_ie_incorrect";
        case SrvccDecodeError::kNodeDown:
            return "node_down";
    }
    return "unknown";
}

} // namespace ns3

#endif // SRVCC_TRACE_TYPES_H
