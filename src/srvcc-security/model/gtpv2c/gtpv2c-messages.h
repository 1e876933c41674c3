/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * All GTPv2-C messages of 5G-SRVCC in one include: the AMF <-> MME_SRVCC Forward Relocation
 * and Relocation Cancel messages (TS 29.274) and the Sv messages (TS 29.280).
 */
#ifndef GTPV2C_MESSAGES_H
#define GTPV2C_MESSAGES_H

#include "gtpv2c-error.h"
#include "gtpv2c-header.h"
#include "gtpv2c-message.h"
#include "gtpv2c-relocation-messages.h"
#include "gtpv2c-sv-messages.h"

#endif // GTPV2C_MESSAGES_H
