#!/usr/bin/env bash
# A fuzzing campaign (doc/fuzzing.md): builds the libFuzzer harnesses of fuzz/ with clang,
# AddressSanitizer + UBSan (SRVCC_SANITIZE, SRVCC_FUZZ) in build-fuzz/, makes the seed corpus
# from the scenarios' pcaps (scripts/fuzz-corpus.sh) and runs each harness for SECONDS,
# JOBS harnesses at a time (default: the number of cores). Prints per harness the inputs
# executed and the crashes found; the inputs that crashed are kept in build-fuzz/crashes/<harness>/
# and the corpus grown by the campaign in build-fuzz/fuzz-campaign/<harness>/ (the next campaign
# starts from it). Exit 1 when any harness crashed.
#
#   scripts/fuzz-campaign.sh [SECONDS]     default 300
#   FUZZ_BUILD_DIR=build-sanitize scripts/fuzz-campaign.sh 60    reuse scripts/dev.sh sanitize's build
#   HARNESSES="gtpv2c nas" scripts/fuzz-campaign.sh              some harnesses only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
dir="${FUZZ_BUILD_DIR:-$here/build-fuzz}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
cxx="${FUZZ_CXX:-clang++-14}"
read -r -a harnesses <<<"${HARNESSES:-gtpv2c nas ngap ranap ranap-containers rrc scenario}"

log() { printf '[fuzz-campaign] %s\n' "$*" >&2; }

log "configuring $dir ($cxx, AddressSanitizer + UBSan + libFuzzer)"
cmake -S "$here" -B "$dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
  -DSRVCC_SANITIZE=ON -DSRVCC_FUZZ=ON -DSRVCC_WITH_BENCHMARKS=OFF >/dev/null
targets=(srvcc-sim)
for h in "${harnesses[@]}"; do
  targets+=("srvcc-fuzz-$h")
done
log "building ${targets[*]} with $jobs jobs"
cmake --build "$dir" -j "$jobs" --target "${targets[@]}" >/dev/null

log "seed corpus from the scenarios' pcaps"
ASAN_OPTIONS=detect_leaks=1 bash "$here/scripts/fuzz-corpus.sh" "$dir/srvcc-sim" "$dir/fuzz-corpus"

mkdir -p "$dir/fuzz-logs"
stamp="$dir/fuzz-logs/.started"
touch "$stamp"
run_one() {
  local h="$1"
  mkdir -p "$dir/fuzz-campaign/$h" "$dir/crashes/$h"
  # -timeout: an input that takes 10 s is a hang; the first crash ends that harness's run.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$dir/fuzz/srvcc-fuzz-$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$dir/crashes/$h/" \
    "$dir/fuzz-campaign/$h" "$dir/fuzz-corpus/$h" >"$dir/fuzz-logs/$h.log" 2>&1 || true
}

log "running ${harnesses[*]} for $seconds s each, $jobs at a time"
running=0
for h in "${harnesses[@]}"; do
  run_one "$h" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

status=0
printf '%-18s %12s %10s %8s  %s\n' harness execs exec/s crashes "new crash files"
for h in "${harnesses[@]}"; do
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz-logs/$h.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/fuzz-logs/$h.log" | tail -1)
  mapfile -t found < <(find "$dir/crashes/$h" -type f -newer "$stamp" \
                         \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \))
  printf '%-18s %12s %10s %8s  %s\n' "$h" "${execs:-?}" "${rate:-?}" "${#found[@]}" "${found[*]:-}"
  if [ "${#found[@]}" -gt 0 ] || [ -z "$execs" ]; then
    status=1
  fi
done
log "logs in $dir/fuzz-logs/"
exit "$status"
