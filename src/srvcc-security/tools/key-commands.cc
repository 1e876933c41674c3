/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "key-commands.h"

#include "kdf-ts33501.h"
#include "nas-count.h"
#include "srvcc-profile.h"

namespace srvcc
{

namespace
{

const char* kHex32 = "64 hex digits (32 octets)";

Key256
Key256Option(const CliOptions& o, const std::string& name)
{
    return Key256::FromHex(o.Text(name), name);
}

// srvcc-keys nas-keys: TS 33.501 A.8.
JsonObject
RunNasKeys(const CliOptions& o)
{
    const Key256 kamf = Key256Option(o, "kamf");
    const auto enc = static_cast<uint8_t>(o.Number("enc-alg", 15));
    const auto integ = static_cast<uint8_t>(o.Number("int-alg", 15));
    JsonObject out;
    out.AddString("knas_enc",
                  DeriveAlgorithmKey(kamf, AlgorithmTypeDistinguisher::kNasEnc, enc).RevealHex());
    out.AddString("knas_int",
                  DeriveAlgorithmKey(kamf, AlgorithmTypeDistinguisher::kNasInt, integ).RevealHex());
    return out;
}

// srvcc-keys srvcc: the 5G-SRVCC chain of a profile (TS 33.501 Annex J or the study's).
JsonObject
RunSrvcc(const CliOptions& o)
{
    const Key256 kamf = Key256Option(o, "kamf");
    const NasCount count = NasCount::FromValue(o.Number("dl-nas-count", NasCount::kMax));
    const SrvccProfile profile = ParseSrvccProfile(o.TextOr("profile", "ts33501"));
    const Ngksi ngksi = KeySetIdentifier::Make(
        KsiType::kNative, static_cast<unsigned>(o.NumberOr("ngksi", 7, 0)), "ngksi");
    const SrvccKeyChain chain = DeriveSrvccKeyChain(profile, kamf, count, ngksi);

    JsonObject out;
    out.AddString("profile", std::string(ToString(profile)));
    if (profile == SrvccProfile::kTs33501)
    {
        out.AddString("kasme_srvcc", chain.mappedKasme->RevealHex());
    }
    else if (chain.mappedKasme)
    {
        out.AddString("kasme_prime", chain.mappedKasme->RevealHex());
    }
    out.AddString("ck_srvcc", chain.ckIk.ck.RevealHex());
    out.AddString("ik_srvcc", chain.ckIk.ik.RevealHex());
    if (chain.eksi)
    {
        out.AddNumber("eksi", chain.eksi->value);
    }
    out.AddNumber("ksi_srvcc", chain.ksiSrvcc);
    out.AddNumber("dl_nas_count_lsb4", count.Lsb4());
    return out;
}

} // namespace

const std::vector<KeyCommand>&
KeyCommands()
{
    static const std::vector<KeyCommand> commands = {
        {"nas-keys",
         "KNASenc and KNASint from KAMF (TS 33.501 A.8)",
         {{"kamf", kHex32, true},
          {"enc-alg", "an algorithm identity 0..15 (NEA0=0, 128-NEA2=2)", true},
          {"int-alg", "an algorithm identity 0..15 (NIA0=0, 128-NIA2=2)", true}},
         RunNasKeys},
        {"srvcc",
         "5G-SRVCC keys from KAMF (TS 33.501 Annex J; study profiles sol1.1, sol1.1-concat, "
         "sol1.2)",
         {{"kamf", kHex32, true},
          {"dl-nas-count", "a 24-bit NAS COUNT 0..16777215", true},
          {"ngksi", "an ngKSI value 0..6 (default 0)", false},
          {"profile", "ts33501, sol1.1, sol1.1-concat or sol1.2 (default ts33501)", false}},
         RunSrvcc},
    };
    return commands;
}

const KeyCommand*
FindKeyCommand(const std::string& name)
{
    for (const KeyCommand& c : KeyCommands())
    {
        if (c.name == name)
        {
            return &c;
        }
    }
    return nullptr;
}

std::string
KeyCommandNames()
{
    std::string names;
    for (const KeyCommand& c : KeyCommands())
    {
        names += (names.empty() ? "" : ", ") + c.name;
    }
    return names;
}

} // namespace srvcc
