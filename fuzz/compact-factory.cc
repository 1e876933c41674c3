/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "compact-factory.h"

#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-nas-5gmm-messages.h"

namespace srvccfuzz
{

using namespace ns3;

namespace
{

std::unique_ptr<SrvccCompactMessage>
MakeIu(IuMessageType type)
{
    switch (type)
    {
        case IuMessageType::kRelocationRequest:
            return std::make_unique<SrvccIuRelocationRequest>();
        case IuMessageType::kRelocationRequestAcknowledge:
            return std::make_unique<SrvccIuRelocationRequestAcknowledge>();
        case IuMessageType::kRelocationFailure:
            return std::make_unique<SrvccIuRelocationFailure>();
        case IuMessageType::kRelocationDetect:
            return std::make_unique<SrvccIuRelocationDetect>();
        case IuMessageType::kRelocationComplete:
            return std::make_unique<SrvccIuRelocationComplete>();
        case IuMessageType::kIuReleaseCommand:
            return std::make_unique<SrvccIuReleaseCommand>();
        case IuMessageType::kIuReleaseComplete:
            return std::make_unique<SrvccIuReleaseComplete>();
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
        case CompactInterface::kIu:
            return MakeIu(static_cast<IuMessageType>(type));
        case CompactInterface::kNas:
            return MakeNas(static_cast<NasMessageType>(type));
        case CompactInterface::kNrUu:
        case CompactInterface::kUtranUu:
            return nullptr; // real RRC now (model/rrc/), not compact
    }
    return nullptr;
}

} // namespace srvccfuzz
