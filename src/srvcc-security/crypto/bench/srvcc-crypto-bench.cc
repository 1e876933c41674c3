/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Benchmarks of the crypto core, side by side in one run:
 * - the ts33501 5G-SRVCC chain (TS 33.501 A.21, then TS 33.401 A.12) next to the two raw
 *   OpenSSL HMAC-SHA-256 calls it is made of, with the ratio printed at the end;
 * - UEA1/UIA1 and UEA2/UIA2 throughput (utran-algorithms-bench.cc).
 *
 * A benchmark, not a test: it asserts nothing, it prints figures.
 */
#include "bench-ratio-reporter.h"
#include "srvcc/srvcc-profile.h"

#include <benchmark/benchmark.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <array>

namespace
{

const srvcc::Key256 kKamf = srvcc::Key256::FromHex(
    "46237ef051d6a16a3927525fa65cc39544cdfd7990b946ad796530e6d787a0da", "kamf");

void
BM_Ts33501Chain(benchmark::State& state)
{
    const srvcc::Ngksi ngksi{srvcc::KsiType::kNative, 1};
    uint32_t count = 0;
    for (auto _ : state)
    {
        const auto chain = srvcc::DeriveSrvccKeyChain(
            srvcc::SrvccProfile::kTs33501, kKamf,
            srvcc::NasCount::FromValue(count++ & srvcc::NasCount::kMax), ngksi);
        benchmark::DoNotOptimize(chain.ckIk.ik.Data());
    }
    state.SetItemsProcessed(state.iterations());
}

/**
 * The raw bound: the same two HMAC-SHA-256 computations (A.21 keyed with KAMF, A.12 keyed with
 * its output) straight on one pre-fetched, reused EVP_MAC context, with the S strings built in
 * place. Nothing the chain does beyond these two MACs is counted here.
 */
void
BM_RawHmacSha256Pair(benchmark::State& state)
{
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                           OSSL_PARAM_construct_end()};
    EVP_MAC_CTX_set_params(ctx, params);
    std::array<uint8_t, 7> s1 = {0x7d, 0, 0, 0, 0, 0x00, 0x04};
    const std::array<uint8_t, 7> s2 = {0x1a, 0, 0, 0, 0, 0x00, 0x04};
    std::array<uint8_t, 32> kasmeSrvcc{};
    std::array<uint8_t, 32> ckIk{};
    uint32_t count = 0;
    for (auto _ : state)
    {
        ++count;
        s1[2] = static_cast<uint8_t>(count >> 16);
        s1[3] = static_cast<uint8_t>(count >> 8);
        s1[4] = static_cast<uint8_t>(count);
        std::size_t len = 0;
        EVP_MAC_init(ctx, kKamf.Data(), 32, nullptr);
        EVP_MAC_update(ctx, s1.data(), s1.size());
        EVP_MAC_final(ctx, kasmeSrvcc.data(), &len, 32);
        EVP_MAC_init(ctx, kasmeSrvcc.data(), 32, nullptr);
        EVP_MAC_update(ctx, s2.data(), s2.size());
        EVP_MAC_final(ctx, ckIk.data(), &len, 32);
        benchmark::DoNotOptimize(ckIk.data());
    }
    state.SetItemsProcessed(state.iterations());
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
}

BENCHMARK(BM_Ts33501Chain);
BENCHMARK(BM_RawHmacSha256Pair);

} // namespace

int
main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
    {
        return 1;
    }
    srvcc::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.PrintRatio("BM_Ts33501Chain", "BM_RawHmacSha256Pair",
                        "ts33501 chain / raw HMAC-SHA-256 bound (target >= 0.90)");
    benchmark::Shutdown();
    return 0;
}
