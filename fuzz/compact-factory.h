/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * An empty decoder for each compact message (N2, NR-Uu, UTRAN-Uu, NAS; Iu is RANAP now), chosen by
 * the interface and message type in octets 1 and 2 as the node applications choose it.
 */
#ifndef SRVCC_FUZZ_COMPACT_FACTORY_H
#define SRVCC_FUZZ_COMPACT_FACTORY_H

#include "ns3/srvcc-compact-header.h"

#include <cstdint>
#include <memory>

namespace srvccfuzz
{

/**
 * \return a default-constructed message of the class for (\p iface, \p type), or nullptr for a
 *         pair no class decodes
 */
std::unique_ptr<ns3::SrvccCompactMessage> MakeCompactMessage(ns3::CompactInterface iface,
                                                             uint8_t type);

} // namespace srvccfuzz

#endif // SRVCC_FUZZ_COMPACT_FACTORY_H
