/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Checks that end the test function when they fail: ns-3 goes on after a failed
 * NS_TEST_ASSERT unless told otherwise (TestCase::SetAssertOnFailure), so a check whose failure
 * would make the next lines read past an end (an index, a missing object) returns instead.
 */
#ifndef SRVCC_TEST_REQUIRE_H
#define SRVCC_TEST_REQUIRE_H

#include "ns3/test.h"

#define SRVCC_REQUIRE_EQ(actual, limit, msg)              \
    do                                                    \
    {                                                     \
        const auto& requireActual = (actual);             \
        NS_TEST_EXPECT_MSG_EQ(requireActual, limit, msg); \
        if (!(requireActual == (limit)))                  \
        {                                                 \
            return;                                       \
        }                                                 \
    } while (false)

#define SRVCC_REQUIRE_NE(actual, limit, msg)              \
    do                                                    \
    {                                                     \
        const auto& requireActual = (actual);             \
        NS_TEST_EXPECT_MSG_NE(requireActual, limit, msg); \
        if (requireActual == (limit))                     \
        {                                                 \
            return;                                       \
        }                                                 \
    } while (false)

#endif // SRVCC_TEST_REQUIRE_H
