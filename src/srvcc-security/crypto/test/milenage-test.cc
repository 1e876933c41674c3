/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * MILENAGE against the TS 35.207 implementers' test sets 1-6 (= TS 35.208 conformance sets
 * 1-6), every output, as gathered in 5g-srvcc-facts.md 3.2 (free5gc milenage_test.go,
 * cross-checked with CryptoMobile test_Milenage.py and open5gs security_test1).
 */
#include "srvcc/aka.h"
#include "srvcc/crypto-error.h"
#include "srvcc/hex.h"
#include "srvcc/milenage.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace
{

using srvcc::Key128;
using srvcc::Milenage;

struct MilenageSet
{
    const char* name;
    const char* k;
    const char* rand;
    const char* sqn;
    const char* amf;
    const char* op;
    const char* opc;
    const char* f1;
    const char* f1Star;
    const char* f2;
    const char* f3;
    const char* f4;
    const char* f5;
    const char* f5Star;
};

// TS 35.207 / TS 35.208 sets 1-6 (facts 3.2).
const MilenageSet kSets[] = {
    {"Set1", "465b5ce8b199b49faa5f0a2ee238a6bc", "23553cbe9637a89d218ae64dae47bf35", "ff9bb4d0b607",
     "b9b9", "cdc202d5123e20f62b6d676ac72cb318", "cd63cb71954a9f4e48a5994e37a02baf",
     "4a9ffac354dfafb3", "01cfaf9ec4e871e9", "a54211d5e3ba50bf", "b40ba9a3c58b2a05bbf0d987b21bf8cb",
     "f769bcd751044604127672711c6d3441", "aa689c648370", "451e8beca43b"},
    {"Set2", "0396eb317b6d1c36f19c1c84cd6ffd16", "c00d603103dcee52c4478119494202e8", "fd8eef40df7d",
     "af17", "ff53bade17df5d4e793073ce9d7579fa", "53c15671c60a4b731c55b4a441c0bde2",
     "5df5b31807e258b0", "a8c016e51ef4a343", "d3a628ed988620f0", "58c433ff7a7082acd424220f2b67c556",
     "21a8c1f929702adb3e738488b9f5c5da", "c47783995f72", "30f1197061c1"},
    {"Set3", "fec86ba6eb707ed08905757b1bb44b8f", "9f7c8d021accf4db213ccff0c7f71a6a", "9d0277595ffc",
     "725c", "dbc59adcb6f9a0ef735477b7fadf8374", "1006020f0a478bf6b699f15c062e42b3",
     "9cabc3e99baf7281", "95814ba2b3044324", "8011c48c0c214ed2", "5dbdbb2954e8f3cde665b046179a5098",
     "59a92d3b476a0443487055cf88b2307b", "33484dc2136b", "deacdd848cc6"},
    {"Set4", "9e5944aea94b81165c82fbf9f32db751", "ce83dbc54ac0274a157c17f80d017bd6", "0b604a81eca8",
     "9e09", "223014c5806694c007ca1eeef57f004f", "a64a507ae1a2a98bb88eb4210135dc87",
     "74a58220cba84c49", "ac2cc74a96871837", "f365cd683cd92e96", "e203edb3971574f5a94b0d61b816345d",
     "0c4524adeac041c4dd830d20854fc46b", "f0b9c08ad02e", "6085a86c6f63"},
    {"Set5", "4ab1deb05ca6ceb051fc98e77d026a84", "74b0cd6031a1c8339b2b6ce2b8c4a186", "e880a1b580b6",
     "9f07", "2d16c5cd1fdf6b22383584e3bef2a8d8", "dcf07cbd51855290b92a07a9891e523e",
     "49e785dd12626ef2", "9e85790336bb3fa2", "5860fc1bce351e7e", "7657766b373d1c2138f307e3de9242f9",
     "1c42e960d89b8fa99f2744e0708ccb53", "31e11a609118", "fe2555e54aa9"},
    {"Set6", "6c38a116ac280c454f59332ee35c8c4f", "ee6466bc96202c5a557abbeff8babf63", "414b98222181",
     "4464", "1ba00a1a7c6700ac8c3ff3e96ad08725", "3803ef5363b947c6aaa225e58fae3934",
     "078adfb488241a57", "80246b8d0186bcf1", "16c8233f05a0ac28", "3f8c7587fe8e4b233af676aede30ba3b",
     "a7466cc1e6b2a1337d49d3b66e95d7b4", "45b0f69ab06c", "1f53cd2b1113"},
};

/** Test names and failure messages show the set's name, not its bytes. */
void
PrintTo(const MilenageSet& set, std::ostream* os)
{
    *os << set.name;
}

template<std::size_t N>
std::string
Hex(const std::array<uint8_t, N>& octets)
{
    return srvcc::ToHex(octets.data(), N);
}

class MilenageVectorTest : public ::testing::TestWithParam<MilenageSet>
{
  protected:
    const MilenageSet&
    Set() const
    {
        return GetParam();
    }

    Key128
    K() const
    {
        return Key128::FromHex(Set().k, "k");
    }

    Key128
    Opc() const
    {
        return Key128::FromHex(Set().opc, "opc");
    }

    srvcc::Rand
    RandValue() const
    {
        return srvcc::OctetsFromHex<16>(Set().rand, "rand");
    }

    srvcc::Sqn
    SqnValue() const
    {
        return srvcc::OctetsFromHex<6>(Set().sqn, "sqn");
    }

    srvcc::AuthManagementField
    AmfValue() const
    {
        return srvcc::OctetsFromHex<2>(Set().amf, "amf");
    }
};

TEST_P(MilenageVectorTest, Opc)
{
    const Key128 op = Key128::FromHex(Set().op, "op");
    EXPECT_EQ(Milenage::ComputeOpc(K(), op).RevealHex(), Set().opc);
}

TEST_P(MilenageVectorTest, F1MacA)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(Hex(m.F1(RandValue(), SqnValue(), AmfValue())), Set().f1);
}

TEST_P(MilenageVectorTest, F1StarMacS)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(Hex(m.F1Star(RandValue(), SqnValue(), AmfValue())), Set().f1Star);
}

TEST_P(MilenageVectorTest, F2Res)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(Hex(m.F2(RandValue())), Set().f2);
}

TEST_P(MilenageVectorTest, F3Ck)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(m.F3(RandValue()).RevealHex(), Set().f3);
}

TEST_P(MilenageVectorTest, F4Ik)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(m.F4(RandValue()).RevealHex(), Set().f4);
}

TEST_P(MilenageVectorTest, F5Ak)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(Hex(m.F5(RandValue())), Set().f5);
}

TEST_P(MilenageVectorTest, F5StarAkStar)
{
    const Milenage m(K(), Opc());
    EXPECT_EQ(Hex(m.F5Star(RandValue())), Set().f5Star);
}

TEST_P(MilenageVectorTest, F2345TogetherMatchesEachFunction)
{
    const Milenage m(K(), Opc());
    const srvcc::MilenageVector v = m.F2345(RandValue());
    EXPECT_EQ(Hex(v.res), Set().f2);
    EXPECT_EQ(v.ck.RevealHex(), Set().f3);
    EXPECT_EQ(v.ik.RevealHex(), Set().f4);
    EXPECT_EQ(Hex(v.ak), Set().f5);
}

TEST_P(MilenageVectorTest, ReusedContextGivesSameResults)
{
    // The cipher context is reused across calls: interleaving functions must not disturb it.
    const Milenage m(K(), Opc());
    for (int i = 0; i < 3; ++i)
    {
        EXPECT_EQ(Hex(m.F5Star(RandValue())), Set().f5Star);
        EXPECT_EQ(Hex(m.F1(RandValue(), SqnValue(), AmfValue())), Set().f1);
        EXPECT_EQ(m.F3(RandValue()).RevealHex(), Set().f3);
    }
}

INSTANTIATE_TEST_SUITE_P(Ts35207, MilenageVectorTest, ::testing::ValuesIn(kSets),
                         [](const ::testing::TestParamInfo<MilenageSet>& paramInfo)
                         {
                             return std::string(paramInfo.param.name);
                         });

// free5gc TestGenerateOPC (facts 3.2, "Extra OPc checks").
TEST(MilenageOpc, ExtraCheck1)
{
    const Key128 k = Key128::FromHex("000102030405060708090a0b0c0d0e0f", "k");
    const Key128 op = Key128::FromHex("00112233445566778899aabbccddeeff", "op");
    EXPECT_EQ(Milenage::ComputeOpc(k, op).RevealHex(), "69d5c2eb2e2e624750541d3bbc692ba5");
}

TEST(MilenageOpc, ExtraCheck2)
{
    const Key128 k = Key128::FromHex("00000000000000000000000000000000", "k");
    const Key128 op = Key128::FromHex("63bfa50ee6523365ff14c1f45f88737d", "op");
    EXPECT_EQ(Milenage::ComputeOpc(k, op).RevealHex(), "c8ffd2aa7a43c926bf2b2826205b9030");
}

TEST(MilenageMove, MovedObjectKeepsWorking)
{
    const MilenageSet& s = kSets[0];
    Milenage original(Key128::FromHex(s.k, "k"), Key128::FromHex(s.opc, "opc"));
    Milenage moved(std::move(original));
    EXPECT_EQ(Hex(moved.F2(srvcc::OctetsFromHex<16>(s.rand, "rand"))), s.f2);

    Milenage assigned(Key128::FromHex(kSets[1].k, "k"), Key128::FromHex(kSets[1].opc, "opc"));
    assigned = std::move(moved);
    EXPECT_EQ(Hex(assigned.F2(srvcc::OctetsFromHex<16>(s.rand, "rand"))), s.f2);
}

TEST(MilenageInputs, BadHexNamesTheInput)
{
    try
    {
        (void)Key128::FromHex("465b5ce8b199b49faa5f0a2ee238a6", "k"); // 15 octets
        FAIL() << "expected CryptoError";
    }
    catch (const srvcc::CryptoError& e)
    {
        EXPECT_EQ(e.Input(), "k");
    }
    EXPECT_THROW((void)srvcc::OctetsFromHex<16>("23553cbe9637a89d218ae64dae47bf3g", "rand"),
                 srvcc::CryptoError);
    EXPECT_THROW((void)srvcc::OctetsFromHex<6>("ff9bb4d0b6", "sqn"), srvcc::CryptoError);
    EXPECT_THROW((void)srvcc::OctetsFromHex<2>("b9b9b9", "amf"), srvcc::CryptoError);
}

} // namespace
