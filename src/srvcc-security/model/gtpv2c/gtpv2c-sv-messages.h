/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The Sv messages of TS 29.280 5.2 between the MME_SRVCC and the MSC server in one include:
 * SRVCC PS to CS Request/Response and Complete/Cancel Notification/Acknowledge.
 */
#ifndef GTPV2C_SV_MESSAGES_H
#define GTPV2C_SV_MESSAGES_H

#include "gtpv2c-sv-completion.h"
#include "gtpv2c-sv-ps-to-cs.h"

#endif // GTPV2C_SV_MESSAGES_H
