/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Which message a packet is, read from its first octets before it is decoded: what a node
 * needs when the packet arrives, to draw the message's processing time and to report its
 * queueing delay per message type.
 */
#ifndef SRVCC_MESSAGE_CLASSIFIER_H
#define SRVCC_MESSAGE_CLASSIFIER_H

#include "ns3/packet.h"
#include "srvcc-interface.h"
#include "srvcc-trace-types.h"

#include <optional>

namespace ns3
{

/**
 * The message type of \p packet as it arrives on \p iface: the GTPv2-C message type (octet 2)
 * on N26, Sv and the AMF-MSC link, the compact framing's interface and type elsewhere. Reads
 * at most the first 4 octets and never throws.
 * \return std::nullopt for anything that is not a message of the procedure (too short, another
 *         protocol, an unknown type): such a packet still costs the node its processing time
 */
std::optional<SrvccMessageType> SrvccClassifyArrival(SrvccInterface iface,
                                                     Ptr<const Packet> packet);

/**
 * The interfaces \p type travels on: \p count of them in \p out (NAS 5GMM messages on NR-Uu
 * and N2, the Sv messages on Sv and the AMF-MSC link, every other message on one interface).
 */
void SrvccMessageInterfaces(SrvccMessageType type, SrvccInterface (&out)[2], std::size_t& count);

} // namespace ns3

#endif // SRVCC_MESSAGE_CLASSIFIER_H
