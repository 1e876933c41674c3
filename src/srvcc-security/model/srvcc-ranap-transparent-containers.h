/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The two RANAP transparent containers of an SRVCC handover to UTRAN, in ASN.1 aligned PER
 * (TS 25.413 9.2.1.28 and 9.2.1.30), as the Sv and N26 IEs carry them (TS 29.280 6.3, 6.4).
 * Only the fields the module uses are encoded; tshark decodes the result as RANAP.
 */
#ifndef SRVCC_RANAP_TRANSPARENT_CONTAINERS_H
#define SRVCC_RANAP_TRANSPARENT_CONTAINERS_H

#include <cstdint>
#include <optional>
#include <vector>

namespace ns3
{

/**
 * Source RNC to Target RNC Transparent Container: RRC-Container = \p rrcContainer,
 * numberOfIuInstances = 1, relocationType = ue-involved, no optional field.
 * \throws MessageEncodeError when \p rrcContainer is 16384 octets or longer
 */
std::vector<uint8_t> EncodeSourceRncToTargetRncContainer(const std::vector<uint8_t>& rrcContainer);

/**
 * Target RNC to Source RNC Transparent Container: RRC-Container = \p rrcContainer (the
 * target's HANDOVER TO UTRAN COMMAND), no optional field.
 * \throws MessageEncodeError when \p rrcContainer is 16384 octets or longer
 */
std::vector<uint8_t> EncodeTargetRncToSourceRncContainer(const std::vector<uint8_t>& rrcContainer);

/**
 * The RRC-Container of a Target RNC to Source RNC Transparent Container, or nothing when
 * \p container is not one this module can read (extension or optional fields present,
 * truncated, trailing octets).
 */
std::optional<std::vector<uint8_t>> DecodeTargetRncToSourceRncContainer(
    const std::vector<uint8_t>& container);

} // namespace ns3

#endif // SRVCC_RANAP_TRANSPARENT_CONTAINERS_H
