/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The radio messages of the 5G-SRVCC handover, NR RRC (TS 38.331) and UTRAN RRC (TS 25.331),
 * and the UTRAN RRC container: one include for the node applications.
 */
#ifndef SRVCC_RRC_MESSAGES_H
#define SRVCC_RRC_MESSAGES_H

#include "srvcc-nr-rrc-messages.h"
#include "srvcc-utran-rrc-containers.h"
#include "srvcc-utran-rrc-messages.h"

#endif // SRVCC_RRC_MESSAGES_H
