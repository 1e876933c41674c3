/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Throughput of the UTRAN algorithms that protect CS signalling after 5G-SRVCC, on a
 * voice-sized frame (32 octets) and a 1500-octet message, in bytes per second.
 */
#include "srvcc/utran-security.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace
{

const srvcc::Key128 kKey = srvcc::Key128::FromHex("2bd6459f82c5b300952c49104881ff48", "key");

void
BM_UtranIntegrity(benchmark::State& state, srvcc::UtranIntegrityAlgorithm alg)
{
    const std::vector<uint8_t> message(static_cast<std::size_t>(state.range(0)), 0x5a);
    srvcc::UtranIntegrityInput in;
    in.fresh = 0x05d2ec49;
    for (auto _ : state)
    {
        ++in.countI;
        const srvcc::Mac32 mac
            = srvcc::ComputeUtranMac(alg, kKey, in, message.data(), 8 * message.size());
        benchmark::DoNotOptimize(mac);
    }
    state.SetBytesProcessed(state.iterations() * state.range(0));
}

void
BM_UtranCiphering(benchmark::State& state, srvcc::UtranCipheringAlgorithm alg)
{
    std::vector<uint8_t> data(static_cast<std::size_t>(state.range(0)), 0x5a);
    srvcc::UtranCipheringInput in;
    in.bearer = 1;
    for (auto _ : state)
    {
        ++in.countC;
        srvcc::ApplyUtranCipher(alg, kKey, in, data.data(), 8 * data.size());
        benchmark::DoNotOptimize(data.data());
    }
    state.SetBytesProcessed(state.iterations() * state.range(0));
}

BENCHMARK_CAPTURE(BM_UtranIntegrity, UIA1, srvcc::UtranIntegrityAlgorithm::kUia1)
    ->Arg(32)
    ->Arg(1500);
BENCHMARK_CAPTURE(BM_UtranIntegrity, UIA2, srvcc::UtranIntegrityAlgorithm::kUia2)
    ->Arg(32)
    ->Arg(1500);
BENCHMARK_CAPTURE(BM_UtranCiphering, UEA1, srvcc::UtranCipheringAlgorithm::kUea1)
    ->Arg(32)
    ->Arg(1500);
BENCHMARK_CAPTURE(BM_UtranCiphering, UEA2, srvcc::UtranCipheringAlgorithm::kUea2)
    ->Arg(32)
    ->Arg(1500);

} // namespace
