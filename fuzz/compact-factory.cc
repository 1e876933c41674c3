/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "compact-factory.h"

#include "ns3/srvcc-iu-messages.h"

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
            return nullptr; // the 5GMM messages are TS 24.501 PDUs: fuzz-nas.cc
        case CompactInterface::kNrUu:
        case CompactInterface::kUtranUu:
            return nullptr; // real RRC now (model/rrc/), not compact
    }
    return nullptr;
}

} // namespace srvccfuzz
