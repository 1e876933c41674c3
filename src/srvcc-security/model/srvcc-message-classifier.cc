/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc-message-classifier.h"

#include "gtpv2c-header.h"
#include "ns3/srvcc-iu-connection-reference.h"
#include "ns3/srvcc-ranap-pdu.h"
#include "srvcc-compact-header.h"
#include "srvcc-nas-5gmm-messages.h"

namespace ns3
{

namespace
{

/** \p first + (\p type - 1): the compact types of one interface follow SrvccMessageType's order. */
std::optional<SrvccMessageType>
Offset(SrvccMessageType first, uint8_t type, uint8_t count)
{
    if (type < 1 || type > count)
    {
        return std::nullopt;
    }
    return static_cast<SrvccMessageType>(static_cast<uint8_t>(first) + type - 1);
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
        case SrvccInterface::kIu:
            return ClassifyIu(packet);
        case SrvccInterface::kNrUu:
        case SrvccInterface::kN2:
        case SrvccInterface::kUtranUu:
        {
            CompactInterface leg;
            uint8_t type = 0;
            if (!PeekCompactMessage(packet, leg, type))
            {
                return std::nullopt;
            }
            switch (leg)
            {
                case CompactInterface::kN2:
                    return Offset(SrvccMessageType::kN2HandoverRequired, type, 7);
                case CompactInterface::kNrUu:
                    return Offset(SrvccMessageType::kNrMobilityFromNrCommand, type, 1);
                case CompactInterface::kUtranUu:
                    return Offset(SrvccMessageType::kUtranHandoverToUtranCommand, type, 2);
                case CompactInterface::kIu:
                    return std::nullopt; // Iu is RANAP (ClassifyIu), not compact
                case CompactInterface::kNas:
                {
                    SrvccMessageType out;
                    if (NasSrvccMessageType(type, out))
                    {
                        return out;
                    }
                    return std::nullopt;
                }
            }
            return std::nullopt;
        }
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
        // Command, Complete, Iu Release Request (TS 25.413)
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

} // namespace ns3
