/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "compact-factory.h"

#include "ns3/srvcc-iu-messages.h"
#include "ns3/srvcc-n2-messages.h"
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
            return MakeIu(static_cast<IuMessageType>(type));
        case CompactInterface::kNas:
            return nullptr; // the 5GMM messages are TS 24.501 PDUs: fuzz-nas.cc
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
