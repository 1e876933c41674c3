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
 * on N26, Sv and the AMF-MSC link; on N2 the NGAP PDU alternative and procedure code (octets
 * 1-2), and for a NAS transport message the NAS message in its NAS-PDU; on NR-Uu and UTRAN-Uu
 * the RRC message from its first bits (message class and c1 alternative; the NAS transport by
 * the NAS PDU inside); on Iu the RANAP PDU choice and procedure code (octets 4 and 5, after the
 * connection reference). Never throws.
 * \return std::nullopt for anything that is not a message of the procedure (too short, another
 *         protocol, an unknown type): such a packet still costs the node its processing time
 */
std::optional<SrvccMessageType> SrvccClassifyArrival(SrvccInterface iface,
                                                     Ptr<const Packet> packet);

/**
 * The 5GMM message of a NAS PDU (TS 24.501 8.2), as NGAP's and RRC's NAS transports carry it.
 * Never throws. \return std::nullopt for anything else
 */
std::optional<SrvccMessageType> SrvccClassifyNasPdu(Ptr<const Packet> nasPdu);

/**
 * The interfaces \p type travels on: \p count of them in \p out (NAS 5GMM messages on NR-Uu
 * and N2, the Sv messages on Sv and the AMF-MSC link, every other message on one interface).
 */
void SrvccMessageInterfaces(SrvccMessageType type, SrvccInterface (&out)[2], std::size_t& count);

/**
 * The two ends of an interface: NR-Uu UE | gNB, N2 gNB | AMF, N26 AMF | MME, Sv MME_SRVCC | MSC
 * server, AMF-MSC AMF | MSC server, Iu MSC server | RNC, UTRAN-Uu UE | RNC.
 */
enum class SrvccLinkEnd : uint8_t
{
    kFirst,
    kSecond,
};

/** Where a node role sits: an interface and its end of it. */
struct SrvccLinkSide
{
    SrvccInterface iface;
    SrvccLinkEnd end;
};

/**
 * Whether a node at \p side receives \p type: the message travels on that interface towards
 * that end (Handover Required to the AMF's end of N2, the uplink NAS messages to the gNB on
 * NR-Uu and to the AMF on N2, ...).
 */
bool SrvccReceivesMessage(SrvccMessageType type, SrvccLinkSide side);

} // namespace ns3

#endif // SRVCC_MESSAGE_CLASSIFIER_H
