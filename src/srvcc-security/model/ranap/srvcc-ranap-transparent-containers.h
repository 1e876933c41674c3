/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The two RANAP transparent containers of an SRVCC handover to UTRAN, in ASN.1 aligned PER
 * (TS 25.413 9.2.1.28 and 9.2.1.30; SourceRNC-ToTargetRNC-TransparentContainer and
 * TargetRNC-ToSourceRNC-TransparentContainer of 9.3.4), as the Sv and N26 IEs (TS 29.280 6.3,
 * 6.4), NGAP's transparent containers and the RANAP Relocation Request / Acknowledge carry them.
 * The RRC-Container inside is the UTRAN RRC ToTargetRNC-Container / TargetRNC-ToSourceRNC-
 * Container (TS 25.331 14.12), which the callers build.
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
 * numberOfIuInstances = 1 (CS only), relocationType = ue-involved, targetCellId = \p
 * targetCellId when given (TS 25.413 9.2.1.28: present when the UE is involved; the UTRAN cell
 * id, 28 bits), no other optional field.
 * \throws MessageEncodeError when \p rrcContainer is 16384 octets or longer or the cell id does
 *         not fit 28 bits
 */
std::vector<uint8_t> EncodeSourceRncToTargetRncContainer(const std::vector<uint8_t>& rrcContainer,
                                                         std::optional<uint32_t> targetCellId
                                                         = std::nullopt);

/**
 * The RRC-Container of a Source RNC to Target RNC Transparent Container, or nothing when
 * \p container does not decode as one (truncated, a value out of range, trailing octets, or a
 * RAB-TrCH-Mapping, which the module never sends). The other optional fields and extensions
 * are skipped.
 */
std::optional<std::vector<uint8_t>> DecodeSourceRncToTargetRncContainer(
    const std::vector<uint8_t>& container);

/**
 * Target RNC to Source RNC Transparent Container: RRC-Container = \p rrcContainer (the
 * target's HANDOVER TO UTRAN COMMAND), no optional field.
 * \throws MessageEncodeError when \p rrcContainer is 16384 octets or longer
 */
std::vector<uint8_t> EncodeTargetRncToSourceRncContainer(const std::vector<uint8_t>& rrcContainer);

/**
 * The RRC-Container of a Target RNC to Source RNC Transparent Container, or nothing when
 * \p container does not decode as one (truncated, trailing octets); a d-RNTI and extensions
 * are skipped.
 */
std::optional<std::vector<uint8_t>> DecodeTargetRncToSourceRncContainer(
    const std::vector<uint8_t>& container);

} // namespace ns3

#endif // SRVCC_RANAP_TRANSPARENT_CONTAINERS_H
