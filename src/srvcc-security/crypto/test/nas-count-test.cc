/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/crypto-error.h"
#include "srvcc/nas-count.h"

#include <gtest/gtest.h>

namespace srvcc
{
namespace
{

TEST(NasCount, TwentyFourBitsAndKdfEncoding)
{
    const NasCount c = NasCount::FromValue(0x123456);
    EXPECT_EQ(c.Overflow(), 0x1234);
    EXPECT_EQ(c.Sequence(), 0x56);
    EXPECT_EQ(c.Lsb4(), 0x6);
    uint8_t octets[4];
    c.Encode(octets);
    EXPECT_EQ(octets[0], 0x00);
    EXPECT_EQ(octets[1], 0x12);
    EXPECT_EQ(octets[2], 0x34);
    EXPECT_EQ(octets[3], 0x56);
    EXPECT_THROW(NasCount::FromValue(0x1000000), CryptoError);
    EXPECT_THROW(NasCount::FromValue(NasCount::kMax).Next(), CryptoError);
    EXPECT_EQ(NasCount::FromValue(0xff).Next().Value(), 0x100u);
}

TEST(DownlinkNasCountEstimator, SmallestMatchingCountAtOrAboveFloor)
{
    DownlinkNasCountEstimator ue(NasCount::FromValue(0x25)); // next DL message expected: 0x25
    EXPECT_EQ(ue.Estimate(0x5)->Value(), 0x25u);
    EXPECT_EQ(ue.Estimate(0x7)->Value(), 0x27u);
    EXPECT_EQ(ue.Estimate(0x4)->Value(), 0x34u); // 0x24 is below the floor
    EXPECT_THROW(ue.Estimate(0x10), CryptoError);
}

TEST(DownlinkNasCountEstimator, NeverReusesACountUsedForADerivation)
{
    DownlinkNasCountEstimator ue(NasCount::FromValue(0x10));
    const NasCount first = *ue.Estimate(0x3);
    EXPECT_EQ(first.Value(), 0x13u);
    ue.MarkUsed(first); // e.g. a failed SRVCC handover still consumed it
    const NasCount again = *ue.Estimate(0x3);
    EXPECT_EQ(again.Value(), 0x23u);
    EXPECT_NE(again, first);
}

TEST(DownlinkNasCountEstimator, StoredCountNeverDecreases)
{
    DownlinkNasCountEstimator ue(NasCount::FromValue(0x40));
    ue.OnDownlinkNasMessage(NasCount::FromValue(0x10)); // an old COUNT does not move it back
    EXPECT_EQ(ue.Floor(), 0x40u);
    ue.OnDownlinkNasMessage(NasCount::FromValue(0x41));
    EXPECT_EQ(ue.Floor(), 0x42u);
}

TEST(DownlinkNasCountEstimator, NoEstimatePastTwentyFourBits)
{
    DownlinkNasCountEstimator ue(NasCount::FromValue(0xfffffe));
    EXPECT_EQ(ue.Estimate(0xf)->Value(), 0xffffffu);
    EXPECT_FALSE(ue.Estimate(0x0).has_value());
    ue.MarkUsed(NasCount::FromValue(0xffffff));
    EXPECT_FALSE(ue.Estimate(0xf).has_value());
}

} // namespace
} // namespace srvcc
