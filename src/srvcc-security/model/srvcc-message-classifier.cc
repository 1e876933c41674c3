/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-message-classifier.h"

#include "ns3/gtpv2c-header.h"
#include "ns3/srvcc-iu-connection-reference.h"
#include "ns3/srvcc-n2-nas-transport.h"
#include "ns3/srvcc-nas-protection.h"
#include "ns3/srvcc-per-codec.h"
#include "ns3/srvcc-ranap-pdu.h"
#include "ns3/srvcc-rrc-messages.h"

namespace ns3
{

namespace
{

/**
 * An NGAP PDU on N2 (TS 38.413 9.4.2: octet 1 the PDU alternative, octet 2 the procedure
 * code); a NAS transport message is classified as the NAS message its NAS-PDU holds, so that
 * NAS messages keep their processing times and queueing figures on N2.
 */
std::optional<SrvccMessageType>
ClassifyNgap(Ptr<const Packet> packet)
{
    uint8_t head[2] = {0, 0};
    NgapPduType type;
    uint8_t procedure = 0;
    if (!PeekNgapPdu(head, packet->CopyData(head, 2), type, procedure))
    {
        return std::nullopt;
    }
    struct Entry
    {
        NgapPduType type;
        uint8_t procedure;
        SrvccMessageType message;
    };
    constexpr Entry kMessages[] = {
        {NgapPduType::kInitiatingMessage, ngap::kProcHandoverPreparation,
         SrvccMessageType::kN2HandoverRequired},
        {NgapPduType::kSuccessfulOutcome, ngap::kProcHandoverPreparation,
         SrvccMessageType::kN2HandoverCommand},
        {NgapPduType::kUnsuccessfulOutcome, ngap::kProcHandoverPreparation,
         SrvccMessageType::kN2HandoverPreparationFailure},
        {NgapPduType::kInitiatingMessage, ngap::kProcHandoverCancel,
         SrvccMessageType::kN2HandoverCancel},
        {NgapPduType::kSuccessfulOutcome, ngap::kProcHandoverCancel,
         SrvccMessageType::kN2HandoverCancelAcknowledge},
        {NgapPduType::kInitiatingMessage, ngap::kProcUeContextRelease,
         SrvccMessageType::kN2UeContextReleaseCommand},
        {NgapPduType::kSuccessfulOutcome, ngap::kProcUeContextRelease,
         SrvccMessageType::kN2UeContextReleaseComplete},
    };
    for (const Entry& e : kMessages)
    {
        if (e.type == type && e.procedure == procedure)
        {
            return e.message;
        }
    }
    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    std::vector<uint8_t> nas;
    if (!NgapPeekNasPdu(octets.data(), octets.size(), nas))
    {
        return std::nullopt;
    }
    return SrvccClassifyNasPdu(Create<Packet>(nas.data(), static_cast<uint32_t>(nas.size())));
}

std::vector<uint8_t>
Octets(Ptr<const Packet> packet)
{
    std::vector<uint8_t> octets(packet->GetSize());
    packet->CopyData(octets.data(), octets.size());
    return octets;
}

/**
 * NR-Uu: a DL-DCCH or UL-DCCH message (TS 38.331 6.2.1), told apart by its c1 alternative
 * (bits 1..5): mobilityFromNRCommand (DL 8), or the NAS transport (DL 5, UL 7), which is
 * classified by the NAS PDU it carries.
 */
std::optional<SrvccMessageType>
ClassifyNrUu(Ptr<const Packet> packet)
{
    const std::vector<uint8_t> octets = Octets(packet);
    const std::optional<uint8_t> c1 = PeekNrDlDcchC1(octets.data(), octets.size());
    if (!c1)
    {
        return std::nullopt;
    }
    if (*c1 == static_cast<uint8_t>(NrDlDcchType::kMobilityFromNrCommand))
    {
        return SrvccMessageType::kNrMobilityFromNrCommand;
    }
    const bool downlink = *c1 == static_cast<uint8_t>(NrDlDcchType::kDlInformationTransfer);
    if (!downlink && *c1 != static_cast<uint8_t>(NrUlDcchType::kUlInformationTransfer))
    {
        return std::nullopt;
    }
    try
    {
        SrvccNrInformationTransfer transfer(downlink);
        transfer.Decode(octets);
        const std::vector<uint8_t>& nas = transfer.GetDedicatedNasMessage();
        return SrvccClassifyNasPdu(Create<const Packet>(nas.data(), nas.size()));
    }
    catch (const std::exception&)
    {
        return std::nullopt;
    }
}

/**
 * UTRAN-Uu: a UL-DCCH-Message (TS 25.331 11.2): the presence bit of integrityCheckInfo, that
 * IE (32 + 4 bits) when present, then the 5-bit message alternative.
 */
std::optional<SrvccMessageType>
ClassifyUtranUu(Ptr<const Packet> packet)
{
    const std::vector<uint8_t> octets = Octets(packet);
    try
    {
        PerReader r(PerVariant::kUnaligned, octets, "UL-DCCH-Message");
        if (r.ReadBit("integrityCheckInfo"))
        {
            r.ReadBits(36, "integrityCheckInfo");
        }
        if (r.ReadChoiceIndex(32, false, "message") == kUtranUlDcchHandoverToUtranComplete)
        {
            return SrvccMessageType::kUtranHandoverToUtranComplete;
        }
    }
    catch (const std::exception&)
    {
    }
    return std::nullopt;
}

/**
 * The Iu message of a RANAP-PDU (TS 25.413 9.3.2) behind the connection reference: octet 4 the
 * PDU choice, octet 5 the procedure code.
 */
std::optional<SrvccMessageType>
ClassifyIu(Ptr<const Packet> packet)
{
    uint8_t octets[kIuConnectionReferenceSize + 2];
    if (packet->GetSize() < sizeof(octets)
        || packet->CopyData(octets, sizeof(octets)) != sizeof(octets))
    {
        return std::nullopt;
    }
    RanapPduChoice choice;
    uint8_t procedure = 0;
    if (!PeekRanapProcedure(octets + kIuConnectionReferenceSize, 2, choice, procedure))
    {
        return std::nullopt;
    }
    const bool initiating = choice == RanapPduChoice::kInitiatingMessage;
    const bool successful = choice == RanapPduChoice::kSuccessfulOutcome;
    switch (procedure)
    {
        case ranap::kProcRelocationResourceAllocation:
            return initiating   ? SrvccMessageType::kIuRelocationRequest
                   : successful ? SrvccMessageType::kIuRelocationRequestAcknowledge
                                : SrvccMessageType::kIuRelocationFailure;
        case ranap::kProcIuRelease:
            if (initiating)
            {
                return SrvccMessageType::kIuReleaseCommand;
            }
            if (successful)
            {
                return SrvccMessageType::kIuReleaseComplete;
            }
            return std::nullopt;
        case ranap::kProcRelocationDetect:
            return initiating ? std::optional(SrvccMessageType::kIuRelocationDetect) : std::nullopt;
        case ranap::kProcRelocationComplete:
            return initiating ? std::optional(SrvccMessageType::kIuRelocationComplete)
                              : std::nullopt;
        case ranap::kProcIuReleaseRequest:
            return initiating ? std::optional(SrvccMessageType::kIuReleaseRequest) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

std::optional<SrvccMessageType>
SrvccClassifyArrival(SrvccInterface iface, Ptr<const Packet> packet)
{
    if (!packet)
    {
        return std::nullopt;
    }
    switch (iface)
    {
        case SrvccInterface::kN26:
        case SrvccInterface::kSv:
        case SrvccInterface::kAmfMsc:
        {
            // TS 29.274 5.1: octet 1 holds the version (2) in its top 3 bits, octet 2 the type.
            uint8_t octets[2];
            if (packet->GetSize() < 2 || packet->CopyData(octets, 2) != 2 || (octets[0] >> 5) != 2)
            {
                return std::nullopt;
            }
            SrvccMessageType type;
            if (!Gtpv2cMessageType::ToSrvccMessageType(octets[1], type))
            {
                return std::nullopt;
            }
            return type;
        }
        case SrvccInterface::kNrUu:
            return ClassifyNrUu(packet);
        case SrvccInterface::kUtranUu:
            return ClassifyUtranUu(packet);
        case SrvccInterface::kN2:
            return ClassifyNgap(packet);
        case SrvccInterface::kIu:
            return ClassifyIu(packet);
    }
    return std::nullopt;
}

void
SrvccMessageInterfaces(SrvccMessageType type, SrvccInterface (&out)[2], std::size_t& count)
{
    const auto t = static_cast<uint8_t>(type);
    auto in = [t](SrvccMessageType first, SrvccMessageType last)
    {
        return t >= static_cast<uint8_t>(first) && t <= static_cast<uint8_t>(last);
    };
    count = 1;
    if (in(SrvccMessageType::kNasRegistrationRequest, SrvccMessageType::kNasRegistrationReject))
    {
        out[0] = SrvccInterface::kNrUu;
        out[1] = SrvccInterface::kN2;
        count = 2;
    }
    else if (in(SrvccMessageType::kN2HandoverRequired,
                SrvccMessageType::kN2UeContextReleaseComplete))
    {
        out[0] = SrvccInterface::kN2;
    }
    else if (type == SrvccMessageType::kNrMobilityFromNrCommand)
    {
        out[0] = SrvccInterface::kNrUu;
    }
    else if (in(SrvccMessageType::kForwardRelocationRequest,
                SrvccMessageType::kRelocationCancelResponse))
    {
        out[0] = SrvccInterface::kN26;
    }
    else if (in(SrvccMessageType::kSrvccPsToCsRequest,
                SrvccMessageType::kSrvccPsToCsCancelAcknowledge))
    {
        out[0] = SrvccInterface::kSv;
        out[1] = SrvccInterface::kAmfMsc;
        count = 2;
    }
    else if (in(SrvccMessageType::kIuRelocationRequest, SrvccMessageType::kIuReleaseRequest))
    {
        out[0] = SrvccInterface::kIu;
    }
    else
    {
        out[0] = SrvccInterface::kUtranUu;
    }
}

bool
SrvccReceivesMessage(SrvccMessageType type, SrvccLinkSide side)
{
    // The end each message travels towards, in SrvccMessageType order (the same end on both
    // interfaces of a NAS or an Sv message): S to the second end, F to the first.
    constexpr SrvccLinkEnd F = SrvccLinkEnd::kFirst;
    constexpr SrvccLinkEnd S = SrvccLinkEnd::kSecond;
    constexpr SrvccLinkEnd kTowards[kSrvccMessageTypeCount] = {
        // NAS (TS 24.501 8.2): uplink to the network, downlink to the UE
        S,
        F,
        S,
        S,
        F,
        F,
        S,
        S,
        F,
        F,
        // NGAP: Handover Required, Command, Preparation Failure, Cancel, Cancel Acknowledge,
        // UE Context Release Command, Complete (TS 38.413 8.4.1, 8.4.5, 8.3.3)
        S,
        F,
        F,
        S,
        F,
        F,
        S,
        // MobilityFromNRCommand, to the UE
        F,
        // N26: Forward Relocation Request, Response, Complete Notification, Complete Acknowledge,
        // Relocation Cancel Request, Response (TS 29.274 7.3)
        S,
        F,
        F,
        S,
        S,
        F,
        // Sv: SRVCC PS to CS Request, Response, Complete Notification, Complete Acknowledge,
        // Cancel Notification, Cancel Acknowledge (TS 29.280 5.2)
        S,
        F,
        F,
        S,
        S,
        F,
        // RANAP: Relocation Request, Request Acknowledge, Failure, Detect, Complete, Iu Release
        // Command, Complete, Iu Release Request (TS 25.413 8.7, 8.2, 8.5, 8.6)
        S,
        F,
        F,
        F,
        F,
        S,
        F,
        F,
        // UTRAN RRC: HANDOVER TO UTRAN COMMAND (for the UE), COMPLETE (to the RNC)
        F,
        S,
    };
    SrvccInterface on[2];
    std::size_t count = 0;
    SrvccMessageInterfaces(type, on, count);
    for (std::size_t i = 0; i < count; ++i)
    {
        if (on[i] == side.iface)
        {
            return kTowards[static_cast<std::size_t>(type)] == side.end;
        }
    }
    return false;
}

std::optional<SrvccMessageType>
SrvccClassifyNasPdu(Ptr<const Packet> nasPdu)
{
    return ClassifyNasPdu(nasPdu); // TS 24.501 9.1.1: EPD, security header type, message type
}

} // namespace ns3
