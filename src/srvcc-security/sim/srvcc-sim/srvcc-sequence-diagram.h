/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The sequence diagram of a narrated 5G-SRVCC handover as an SVG document (plain XML text):
 * one lifeline per node, one arrow per message sent, and the key derivations, context changes
 * and checks as notes on the lifeline of the node where they happened.
 */
#ifndef SRVCC_SEQUENCE_DIAGRAM_H
#define SRVCC_SEQUENCE_DIAGRAM_H

#include "srvcc-sim/srvcc-narrator.h"

#include <string>
#include <vector>

namespace ns3
{

/** \p text with &, <, >, " and ' replaced by their XML entities. */
std::string XmlEscape(const std::string& text);

/**
 * The SVG document. Events are drawn one per row, in the order they happened (the time of
 * each is written beside it: the diagram is not to time scale, since steps microseconds and
 * tens of milliseconds apart must both stay readable). Every message is one
 * <g class="message"> element; every note one <g class="note">.
 * \param withMme draw the MME_SRVCC lifeline (false for the direct AMF-MSC profile)
 */
std::string RenderSequenceSvg(const std::vector<SrvccNarrationEvent>& events, bool withMme,
                              const std::string& title);

} // namespace ns3

#endif // SRVCC_SEQUENCE_DIAGRAM_H
