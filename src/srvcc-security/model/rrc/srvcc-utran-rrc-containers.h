/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The UTRAN RRC inter-node container of a 5G-SRVCC handover (TS 25.331 14.12, UNALIGNED PER):
 * ToTargetRNC-Container, what the source puts in the RRC-Container of the RANAP Source RNC to
 * Target RNC Transparent Container (TS 25.413 9.2.1.28) and what the NGAP Source to Target
 * Transparent Container of a handover to UTRAN holds.
 *
 * The other direction has no RRC container of its own: for a handover to UTRAN the RRC-Container
 * of the Target RNC to Source RNC Transparent Container is the HANDOVER TO UTRAN COMMAND itself
 * (TS 25.413 9.2.1.30; TargetRNC-ToSourceRNC-Container, TS 25.331 14.12.4.2, has no alternative
 * for it), see SrvccUtranHandoverToUtranCommand.
 */
#ifndef SRVCC_UTRAN_RRC_CONTAINERS_H
#define SRVCC_UTRAN_RRC_CONTAINERS_H

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * ToTargetRNC-Container: interRATHandoverInfo, the r3 form without the optional
 * ue-RATSpecificCapability, whose InterRATHandoverInfo (TS 25.331 10.2.16d) leaves every
 * part absent: predefinedConfigStatusList, uE-SecurityInformation, ue-CapabilityContainer
 * (the module models no UTRAN capability; the security context reaches the RNC over RANAP)
 * and v390NonCriticalExtensions.
 */
std::vector<uint8_t> EncodeToTargetRncContainer();

/**
 * Checks that \p container is a ToTargetRNC-Container interRATHandoverInfo (r3).
 * \return the length of its InterRATHandoverInfo octets
 * \throws MessageDecodeError naming the field otherwise (truncated, another alternative,
 *         octets left over)
 */
std::size_t DecodeToTargetRncContainer(const std::vector<uint8_t>& container);

} // namespace ns3

#endif // SRVCC_UTRAN_RRC_CONTAINERS_H
