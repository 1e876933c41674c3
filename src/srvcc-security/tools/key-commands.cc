/*
 * SPDX-License-Identifier: GPL-2.0-only
 */
#include "key-commands.h"

#include "srvcc/aka.h"
#include "srvcc/hex.h"
#include "srvcc/kdf-ts33501.h"
#include "srvcc/milenage.h"
#include "srvcc/nas-count.h"
#include "srvcc/nas-security.h"
#include "srvcc/srvcc-profile.h"
#include "srvcc/utran-security.h"

namespace srvcc
{

namespace
{

const char* kHex32 = "64 hex digits (32 octets)";
const char* kHex16 = "32 hex digits (16 octets)";

template<std::size_t N>
std::string
Hex(const std::array<uint8_t, N>& octets)
{
    return ToHex(octets.data(), N);
}

/** OPc from --opc, or computed from --op (TS 35.206 4.1); exactly one of them must be given. */
Key128
OpcOption(const CliOptions& o, const Key128& k)
{
    if (o.Has("op") == o.Has("opc"))
    {
        throw UsageError("give exactly one of --op and --opc (32 hex digits each)");
    }
    if (o.Has("opc"))
    {
        return Key128::FromHex(o.Text("opc"), "opc");
    }
    return Milenage::ComputeOpc(k, Key128::FromHex(o.Text("op"), "op"));
}

// srvcc-keys milenage: f1, f1*, f2, f3, f4, f5, f5* (TS 35.206).
boost::json::object
RunMilenage(const CliOptions& o)
{
    const Key128 k = Key128::FromHex(o.Text("k"), "k");
    const Key128 opc = OpcOption(o, k);
    const auto rand = OctetsFromHex<16>(o.Text("rand"), "rand");
    const auto sqn = OctetsFromHex<6>(o.Text("sqn"), "sqn");
    const auto amf = OctetsFromHex<2>(o.Text("amf"), "amf");
    const Milenage milenage(k, opc);
    const MilenageVector v = milenage.F2345(rand);
    boost::json::object out;
    out.emplace("opc", opc.RevealHex());
    out.emplace("mac_a", Hex(milenage.F1(rand, sqn, amf)));
    out.emplace("mac_s", Hex(milenage.F1Star(rand, sqn, amf)));
    out.emplace("res", Hex(v.res));
    out.emplace("ck", v.ck.RevealHex());
    out.emplace("ik", v.ik.RevealHex());
    out.emplace("ak", Hex(v.ak));
    out.emplace("ak_star", Hex(milenage.F5Star(rand)));
    return out;
}

// srvcc-keys aka: the 5G AKA key chain (TS 33.501 6.1.3.2, A.2, A.4, A.6, A.7).
boost::json::object
RunAka(const CliOptions& o)
{
    const Key128 k = Key128::FromHex(o.Text("k"), "k");
    const Key128 opc = OpcOption(o, k);
    const auto rand = OctetsFromHex<16>(o.Text("rand"), "rand");
    const auto sqn = OctetsFromHex<6>(o.Text("sqn"), "sqn");
    const auto amf = OctetsFromHex<2>(o.Text("amf"), "amf");
    const std::string snn = o.Text("snn");
    const std::string supi = o.Text("supi");
    if (snn.empty())
    {
        throw UsageError("--snn: expected a serving network name, e.g. "
                         "5G:mnc001.mcc001.3gppnetwork.org");
    }
    if (supi.empty() || supi.find_first_not_of("0123456789") != std::string::npos)
    {
        throw UsageError("--supi: expected the IMSI digits of the SUPI, got '" + supi + "'");
    }
    const Abba abba = FromHex(o.TextOr("abba", "0000"), "abba");
    if (abba.size() < 2)
    {
        throw UsageError("--abba: expected at least 2 octets (TS 33.501 A.7.1), got "
                         + std::to_string(abba.size()));
    }
    const AkaKeys keys = DeriveAkaKeys(k, opc, rand, sqn, amf, snn, supi, abba);
    boost::json::object out;
    out.emplace("ck", keys.ck.RevealHex());
    out.emplace("ik", keys.ik.RevealHex());
    out.emplace("ak", Hex(keys.ak));
    out.emplace("res", Hex(keys.res));
    out.emplace("res_star", keys.resStar.RevealHex());
    out.emplace("kausf", keys.kausf.RevealHex());
    out.emplace("kseaf", keys.kseaf.RevealHex());
    out.emplace("kamf", keys.kamf.RevealHex());
    return out;
}

Key256
Key256Option(const CliOptions& o, const std::string& name)
{
    return Key256::FromHex(o.Text(name), name);
}

// srvcc-keys nas-keys: TS 33.501 A.8.
boost::json::object
RunNasKeys(const CliOptions& o)
{
    const Key256 kamf = Key256Option(o, "kamf");
    const auto enc = static_cast<uint8_t>(o.Number("enc-alg", 15));
    const auto integ = static_cast<uint8_t>(o.Number("int-alg", 15));
    boost::json::object out;
    out.emplace("knas_enc",
                DeriveAlgorithmKey(kamf, AlgorithmTypeDistinguisher::kNasEnc, enc).RevealHex());
    out.emplace("knas_int",
                DeriveAlgorithmKey(kamf, AlgorithmTypeDistinguisher::kNasInt, integ).RevealHex());
    return out;
}

// srvcc-keys srvcc: the 5G-SRVCC chain of a profile (TS 33.501 Annex J or the study's).
boost::json::object
RunSrvcc(const CliOptions& o)
{
    const Key256 kamf = Key256Option(o, "kamf");
    const NasCount count = NasCount::FromValue(o.Number("dl-nas-count", NasCount::kMax));
    const SrvccProfile profile = ParseSrvccProfile(o.TextOr("profile", "ts33501"));
    const Ngksi ngksi = KeySetIdentifier::Make(
        KsiType::kNative, static_cast<unsigned>(o.NumberOr("ngksi", 7, 0)), "ngksi");
    const SrvccKeyChain chain = DeriveSrvccKeyChain(profile, kamf, count, ngksi);

    boost::json::object out;
    out.emplace("profile", std::string(ToString(profile)));
    if (profile == SrvccProfile::kTs33501)
    {
        out.emplace("kasme_srvcc", chain.mappedKasme->RevealHex());
    }
    else if (chain.mappedKasme)
    {
        out.emplace("kasme_prime", chain.mappedKasme->RevealHex());
    }
    out.emplace("ck_srvcc", chain.ckIk.ck.RevealHex());
    out.emplace("ik_srvcc", chain.ckIk.ik.RevealHex());
    if (chain.eksi)
    {
        out.emplace("eksi", uint64_t{chain.eksi->value});
    }
    out.emplace("ksi_srvcc", uint64_t{chain.ksiSrvcc});
    out.emplace("dl_nas_count_lsb4", uint64_t{count.Lsb4()});
    return out;
}

/**
 * The message octets and their LENGTH in bits: --length when given (it may end inside the
 * last octet), otherwise every octet of the message.
 */
std::vector<uint8_t>
MessageOption(const CliOptions& o, const std::string& name, std::size_t& lengthBits)
{
    std::vector<uint8_t> octets = FromHex(o.Text(name), name);
    lengthBits = o.NumberOr("length", 0xffffffff, 8 * octets.size());
    if (o.Has("length") && (lengthBits + 7) / 8 != octets.size())
    {
        throw UsageError("--length: " + std::to_string(lengthBits) + " bits need "
                         + std::to_string((lengthBits + 7) / 8) + " octets of --" + name + ", got "
                         + std::to_string(octets.size()));
    }
    return octets;
}

// srvcc-keys nas-mac: NAS-MAC with 128-NIA0/1/2 (TS 33.501 D.3, TS 33.401 B.2).
boost::json::object
RunNasMac(const CliOptions& o)
{
    const NasIntegrityAlgorithm alg = ParseNasIntegrityAlgorithm(o.Text("alg"), "alg");
    if (alg == NasIntegrityAlgorithm::kNia3)
    {
        throw UsageError("--alg: 128-NIA3 (ZUC) is not provided by this module; use nia0, nia1 "
                         "or nia2");
    }
    const Key128 key = Key128::FromHex(o.Text("key"), "key");
    NasAlgorithmInput in;
    in.count = static_cast<uint32_t>(o.Number("count", 0xffffffff));
    in.bearer = static_cast<uint8_t>(o.Number("bearer", 31));
    in.direction = static_cast<uint8_t>(o.Number("direction", 1));
    std::size_t bits = 0;
    const std::vector<uint8_t> message = MessageOption(o, "message", bits);
    boost::json::object out;
    out.emplace("mac", Hex(ComputeNasMac(alg, key, in, message.data(), bits)));
    return out;
}

// srvcc-keys utran-mac: MAC-I with UIA0/UIA1/UIA2 (TS 33.102 6.5, TS 35.201, TS 35.215).
boost::json::object
RunUtranMac(const CliOptions& o)
{
    const UtranIntegrityAlgorithm alg = ParseUtranIntegrityAlgorithm(o.Text("alg"), "alg");
    const Key128 ik = Key128::FromHex(o.Text("key"), "key");
    UtranIntegrityInput in;
    in.countI = static_cast<uint32_t>(o.Number("count", 0xffffffff));
    const auto fresh = OctetsFromHex<4>(o.Text("fresh"), "fresh");
    in.fresh = (uint32_t{fresh[0]} << 24) | (uint32_t{fresh[1]} << 16) | (uint32_t{fresh[2]} << 8)
               | fresh[3];
    in.direction = static_cast<uint8_t>(o.Number("direction", 1));
    std::size_t bits = 0;
    const std::vector<uint8_t> message = MessageOption(o, "message", bits);
    boost::json::object out;
    out.emplace("mac", Hex(ComputeUtranMac(alg, ik, in, message.data(), bits)));
    return out;
}

// srvcc-keys utran-cipher: f8 with UEA0/UEA1/UEA2 (TS 33.102 6.6, TS 35.201, TS 35.215).
boost::json::object
RunUtranCipher(const CliOptions& o)
{
    const UtranCipheringAlgorithm alg = ParseUtranCipheringAlgorithm(o.Text("alg"), "alg");
    const Key128 ck = Key128::FromHex(o.Text("key"), "key");
    UtranCipheringInput in;
    in.countC = static_cast<uint32_t>(o.Number("count", 0xffffffff));
    in.bearer = static_cast<uint8_t>(o.Number("bearer", 31));
    in.direction = static_cast<uint8_t>(o.Number("direction", 1));
    std::size_t bits = 0;
    std::vector<uint8_t> data = MessageOption(o, "data", bits);
    ApplyUtranCipher(alg, ck, in, data.data(), bits);
    boost::json::object out;
    out.emplace("data", ToHex(data));
    return out;
}

} // namespace

const std::vector<KeyCommand>&
KeyCommands()
{
    static const std::vector<KeyCommand> commands = {
        {"milenage",
         "MILENAGE f1, f1*, f2, f3, f4, f5, f5* (TS 35.206)",
         {{"k", kHex16, true},
          {"op", kHex16 + std::string(" (or --opc)"), false},
          {"opc", kHex16 + std::string(" (or --op)"), false},
          {"rand", kHex16, true},
          {"sqn", "12 hex digits (6 octets)", true},
          {"amf", "4 hex digits (2 octets)", true}},
         RunMilenage},
        {"aka",
         "5G AKA: CK, IK, RES*, KAUSF, KSEAF, KAMF (TS 33.501 6.1.3.2, Annex A)",
         {{"k", kHex16, true},
          {"op", kHex16 + std::string(" (or --opc)"), false},
          {"opc", kHex16 + std::string(" (or --op)"), false},
          {"rand", kHex16, true},
          {"sqn", "12 hex digits (6 octets)", true},
          {"amf", "4 hex digits (2 octets)", true},
          {"snn", "a serving network name, e.g. 5G:mnc001.mcc001.3gppnetwork.org", true},
          {"supi", "the IMSI digits of the SUPI", true},
          {"abba", "hex octets, at least 2 (default 0000)", false}},
         RunAka},
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
        {"nas-mac",
         "NAS-MAC with 128-NIA0/1/2 (TS 33.501 D.3.1)",
         {{"alg", "nia0, nia1 or nia2", true},
          {"key", kHex16, true},
          {"count", "a 32-bit COUNT", true},
          {"bearer", "a 5-bit BEARER 0..31", true},
          {"direction", "0 (uplink) or 1 (downlink)", true},
          {"message", "hex octets", true},
          {"length", "the message length in bits (default: every octet)", false}},
         RunNasMac},
        {"utran-mac",
         "MAC-I with UIA0/UIA1/UIA2 (TS 33.102 6.5.4)",
         {{"alg", "uia0, uia1 or uia2", true},
          {"key", kHex16, true},
          {"count", "a 32-bit COUNT-I", true},
          {"fresh", "8 hex digits (FRESH, 32 bits)", true},
          {"direction", "0 (uplink) or 1 (downlink)", true},
          {"length", "the message length in bits", true},
          {"message", "hex octets", true}},
         RunUtranMac},
        {"utran-cipher",
         "f8 with UEA0/UEA1/UEA2 (TS 33.102 6.6.4); encrypts and decrypts alike",
         {{"alg", "uea0, uea1 or uea2", true},
          {"key", kHex16, true},
          {"count", "a 32-bit COUNT-C", true},
          {"bearer", "a 5-bit BEARER 0..31", true},
          {"direction", "0 (uplink) or 1 (downlink)", true},
          {"length", "the data length in bits", true},
          {"data", "hex octets", true}},
         RunUtranCipher},
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
