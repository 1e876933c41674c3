/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * The GTPv2-C messages between the AMF and the MME_SRVCC in 5G-SRVCC (TS 23.216 6.5.4) in one
 * include: Forward Relocation Request/Response/Complete Notification/Complete Acknowledge and
 * Relocation Cancel Request/Response (TS 29.274 7.3).
 */
#ifndef GTPV2C_RELOCATION_MESSAGES_H
#define GTPV2C_RELOCATION_MESSAGES_H

#include "gtpv2c-forward-relocation.h"
#include "gtpv2c-relocation-completion.h"

#endif // GTPV2C_RELOCATION_MESSAGES_H
