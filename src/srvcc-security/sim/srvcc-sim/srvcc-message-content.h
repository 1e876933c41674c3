/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * What a 5G-SRVCC message carries that matters to security, in plain words, for the narrator:
 * which keys travel where (TS 33.501 J.1.2 steps 1-10), which identifiers go with them, and
 * what does not travel (KAMF, J.1.1). Keys are shown as fingerprints unless asked otherwise.
 */
#ifndef SRVCC_MESSAGE_CONTENT_H
#define SRVCC_MESSAGE_CONTENT_H

#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/srvcc-trace-types.h"
#include "srvcc/secret-bytes.h"
#include "srvcc/srvcc-profile.h"

#include <string>

namespace ns3
{

/** How keys appear in narration: the whole key (teaching runs) or its fingerprint "44e7..". */
template<std::size_t N>
std::string
SrvccKeyText(const srvcc::SecretBytes<N>& key, bool revealKeys)
{
    return revealKeys ? key.RevealHex() : key.Fingerprint();
}

/**
 * One sentence on the security-relevant content of message \p type (as the node applications'
 * MessageSent trace gives it), decoded read-only from \p packet. Messages the describer does
 * not know, or cannot decode, get a short generic sentence instead.
 * \param profile the run's key derivation profile (it names the mapped KASME: KASME_SRVCC or
 *        K'ASME)
 */
std::string DescribeSrvccMessage(SrvccMessageType type, Ptr<const Packet> packet,
                                 srvcc::SrvccProfile profile, bool revealKeys);

} // namespace ns3

#endif // SRVCC_MESSAGE_CONTENT_H
