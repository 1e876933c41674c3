/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "srvcc/crypto-error.h"
#include "srvcc/key-set-identifier.h"

#include <gtest/gtest.h>

namespace srvcc
{
namespace
{

TEST(KeySetIdentifier, NibbleRoundTrip)
{
    const auto ksi = KeySetIdentifier::FromNibble(0x0b, "ngksi");
    EXPECT_EQ(ksi.type, KsiType::kMapped);
    EXPECT_EQ(ksi.value, 3);
    EXPECT_EQ(ksi.ToNibble(), 0x0b);
    EXPECT_THROW(KeySetIdentifier::FromNibble(0x10, "ngksi"), CryptoError);
    EXPECT_THROW(KeySetIdentifier::Make(KsiType::kNative, 8, "ngksi"), CryptoError);
}

TEST(KeySetIdentifier, NgksiToEksiToKsiSrvcc)
{
    const Ngksi ngksi = KeySetIdentifier::Make(KsiType::kNative, 5, "ngksi");
    const Eksi mapped = MapNgksiToEksi(ngksi);
    EXPECT_EQ(mapped.value, 5);
    EXPECT_EQ(mapped.type, KsiType::kMapped); // TS 33.501 8.6.1
    EXPECT_EQ(MapNgksiToEksi(ngksi, EksiTypeRule::kKeepType).type, KsiType::kNative);
    EXPECT_EQ(MapEksiToKsiSrvcc(mapped), 5);
    EXPECT_EQ(MapNgksiToKsiSrvcc(ngksi), 5);
}

TEST(KeySetIdentifier, ValueSevenIsRefusedEverywhere)
{
    const Ngksi none = KeySetIdentifier::Make(KsiType::kNative, 7, "ngksi");
    try
    {
        MapNgksiToEksi(none);
        FAIL() << "ngKSI 7 was mapped";
    }
    catch (const CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "ngksi");
    }
    EXPECT_THROW(MapNgksiToKsiSrvcc(none), CryptoError);
    EXPECT_THROW(MapEksiToKsiSrvcc(Eksi{KsiType::kMapped, 7}), CryptoError);
}

} // namespace
} // namespace srvcc
