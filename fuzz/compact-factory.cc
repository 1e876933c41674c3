/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "compact-factory.h"

#include "ns3/srvcc-n2-messages.h"
#include "ns3/srvcc-nas-5gmm-messages.h"
#include "ns3/srvcc-rrc-messages.h"

namespace srvccfuzz
{

using namespace ns3;

namespace
{

std::unique_ptr<SrvccCompactMessage>
MakeN2(N2MessageType type)
{
    switch (type)
    {
        case N2MessageType::kHandoverRequired:
            return std::make_unique<SrvccN2HandoverRequired>();
        case N2MessageType::kHandoverCommand:
            return std::make_unique<SrvccN2HandoverCommand>();
        case N2MessageType::kHandoverPreparationFailure:
            return std::make_unique<SrvccN2HandoverPreparationFailure>();
        case N2MessageType::kHandoverCancel:
            return std::make_unique<SrvccN2HandoverCancel>();
        case N2MessageType::kHandoverCancelAcknowledge:
            return std::make_unique<SrvccN2HandoverCancelAcknowledge>();
        case N2MessageType::kUeContextReleaseCommand:
            return std::make_unique<SrvccN2UeContextReleaseCommand>();
        case N2MessageType::kUeContextReleaseComplete:
            return std::make_unique<SrvccN2UeContextReleaseComplete>();
    }
    return nullptr;
}

std::unique_ptr<SrvccCompactMessage>
MakeNas(NasMessageType type)
{
    switch (type)
    {
        case NasMessageType::kRegistrationRequest:
            return std::make_unique<SrvccNasRegistrationRequest>();
        case NasMessageType::kAuthenticationRequest:
            return std::make_unique<SrvccNasAuthenticationRequest>();
        case NasMessageType::kAuthenticationResponse:
            return std::make_unique<SrvccNasAuthenticationResponse>();
        case NasMessageType::kAuthenticationFailure:
            return std::make_unique<SrvccNasAuthenticationFailure>();
        case NasMessageType::kAuthenticationReject:
            return std::make_unique<SrvccNasAuthenticationReject>();
        case NasMessageType::kSecurityModeCommand:
            return std::make_unique<SrvccNasSecurityModeCommand>();
        case NasMessageType::kSecurityModeComplete:
            return std::make_unique<SrvccNasSecurityModeComplete>();
        case NasMessageType::kSecurityModeReject:
            return std::make_unique<SrvccNasSecurityModeReject>();
        case NasMessageType::kRegistrationAccept:
            return std::make_unique<SrvccNasRegistrationAccept>();
        case NasMessageType::kRegistrationReject:
            return std::make_unique<SrvccNasRegistrationReject>();
    }
    return nullptr;
}

} // namespace

std::unique_ptr<SrvccCompactMessage>
MakeCompactMessage(CompactInterface iface, uint8_t type)
{
    if (!IsKnownCompactMessage(iface, type))
    {
        return nullptr;
    }
    switch (iface)
    {
        case CompactInterface::kN2:
            return MakeN2(static_cast<N2MessageType>(type));
        case CompactInterface::kIu:
            return nullptr; // Iu is RANAP (model/ranap/), no compact message
        case CompactInterface::kNas:
            return MakeNas(static_cast<NasMessageType>(type));
        case CompactInterface::kNrUu:
            return std::make_unique<SrvccNrMobilityFromNrCommand>();
        case CompactInterface::kUtranUu:
            if (type == static_cast<uint8_t>(UtranRrcMessageType::kHandoverToUtranCommand))
            {
                return std::make_unique<SrvccUtranHandoverToUtranCommand>();
            }
            return std::make_unique<SrvccUtranHandoverToUtranComplete>();
    }
    return nullptr;
}

} // namespace srvccfuzz
