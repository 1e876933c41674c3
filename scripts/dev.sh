#!/usr/bin/env bash
# srvcc-security: install what is missing, build, and run.
#
#   scripts/dev.sh run     install + build + run the default scenario
#   scripts/dev.sh test    install + build + run every test, then build and run them all once
#                          more with clang++-14 under AddressSanitizer + UBSan, with the
#                          libFuzzer harnesses and their short runs, in build-sanitize/ (what CI
#                          runs)
#   scripts/dev.sh sanitize  the sanitizer half of test only
#   scripts/dev.sh fuzz [SECONDS]
#                          a fuzzing campaign: every harness for SECONDS (default 300) in
#                          build-fuzz/ (scripts/fuzz-campaign.sh; not part of 'test')
#   scripts/dev.sh bench   install + build + run the benchmarks
#   scripts/dev.sh validate  install + build + srvcc-sim --validate=all (the latency model
#                          against queueing theory and the retransmission rules, a few minutes)
#                          into results/validation, then the figures into doc/figures/
#   scripts/dev.sh deps    install the Debian packages only
#   scripts/dev.sh ns3-tree [WORK_DIR]
#                          the module in contrib/ of Debian's ns-3.37 source tree: fetch, build,
#                          ./test.py its TestSuites, run srvcc-minimal (scripts/build-in-ns3-tree.sh;
#                          slow, not part of 'test')
#   scripts/dev.sh ns3-waf [NS3_SOURCE [WORK_DIR]]
#                          build the module in an ns-3.35 (waf) tree and run its TestSuites there
#                          (scripts/build-in-ns3-waf.sh; not part of 'test'). NS3_SOURCE: an
#                          ns-3.35 source tree or ns-3-dev git directory (default: a shallow
#                          clone of ns-3.35 into WORK_DIR); WORK_DIR default: build-ns3-waf
#
# Works as root on a fresh Debian 12 (bookworm); as another user it uses sudo for apt-get.
# BUILD_DIR (default: build) and JOBS (default: number of cores) may be set in the environment.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

# Debian 12 packages the build, the tests and the tools need. libns3-dev's CMake package also
# needs ns3, libgsl-dev, libsqlite3-dev, libxml2-dev and libpython3-dev (its targets name the
# Python include directory), or find_package(ns3) fails.
packages=(
  build-essential cmake pkg-config
  libssl-dev libgtest-dev libbenchmark-dev
  libns3-dev ns3 libgsl-dev libsqlite3-dev libxml2-dev libpython3-dev
  libboost-json1.81-dev
  tshark
  gnuplot-nox
  clang-14 libfuzzer-14-dev libclang-rt-14-dev
  # A sweep's jobs (doc/sweeps.md, Sweeps on a cluster): GNU parallel, and Slurm with MUNGE for
  # the one-node cluster of scripts/slurm-sweep-test.sh (slurm-wlm brings slurmctld and slurmd;
  # their services may fail to start in a container, the test starts the daemons itself).
  parallel slurm-wlm munge
)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

install_deps() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all Debian packages present"
    return
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
  fi
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  # tshark asks whether non-root users may capture; answer for it.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo[@]}" debconf-set-selections
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  log "configuring $build_dir"
  cmake -S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
  log "building with $jobs jobs"
  cmake --build "$build_dir" -j "$jobs"
}

run_default() {
  # The default scenario (scenarios/default.json): one UE's 5G-SRVCC handover, results in
  # results/default (summary.json, handovers.csv, pcap/, keys.csv).
  "$build_dir/srvcc-sim" --scenario="$here/scenarios/default.json" \
    --outputDir="$here/results/default" --revealKeys=true
}

run_tests() {
  (cd "$build_dir" && ctest --output-on-failure -j "$jobs" --timeout 600)
}

# The whole suite once more with AddressSanitizer and UndefinedBehaviorSanitizer: any invalid
# access, leak or undefined behaviour in the project's code fails the test that hit it. Built
# with clang++-14 (the first build is g++), which also builds the libFuzzer harnesses of fuzz/
# (SRVCC_FUZZ): their tests fuzz.<harness> run each one briefly from a fixed seed.
sanitize() {
  local dir="${SANITIZE_BUILD_DIR:-$here/build-sanitize}"
  if [ -f "$dir/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:.*clang++-14$' "$dir/CMakeCache.txt"; then
    log "$dir was configured with another compiler: configuring it afresh"
    rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
  fi
  log "configuring $dir (clang++-14, AddressSanitizer + UBSan, libFuzzer harnesses)"
  cmake -S "$here" -B "$dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-14 \
    -DSRVCC_SANITIZE=ON -DSRVCC_FUZZ=ON -DSRVCC_WITH_BENCHMARKS=OFF >/dev/null
  log "building with $jobs jobs"
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j "$jobs" --timeout 900)
}

ns3_waf() {
  local work="${2:-$here/build-ns3-waf}"
  local source="${1:-}"
  if [ -z "$source" ]; then
    source="$work/ns-3.35-git"
    if [ ! -d "$source" ]; then
      log "cloning ns-3.35 into $source"
      git clone -q --depth 1 --branch ns-3.35 https://gitlab.com/nsnam/ns-3-dev.git "$source"
    fi
  fi
  bash "$here/scripts/build-in-ns3-waf.sh" "$source" "$work"
}

validate() {
  # The validation figures of doc/srvcc-security.rst (Validation of the latency model): every
  # study, then its SVG figures copied beside the page. Exit status 3: a closed form fell
  # outside its family-wise interval.
  local out="$here/results/validation"
  "$build_dir/srvcc-sim" --validate=all --outputDir="$out"
  mkdir -p "$here/doc/figures"
  for f in "$out"/plots/*.svg; do
    cp "$f" "$here/doc/figures/validation-$(basename "$f")"
  done
  cp "$out/validation.csv" "$here/doc/figures/validation.csv"
  log "figures: doc/figures/validation-*.svg, doc/figures/validation.csv"
}

case "${1:-}" in
  run) install_deps; build; run_default ;;
  test) install_deps; build; run_tests; sanitize ;;
  sanitize) install_deps; sanitize ;;
  fuzz) install_deps; exec bash "$here/scripts/fuzz-campaign.sh" "${@:2}" ;;
  bench) install_deps; build; "$build_dir/srvcc-crypto-bench" --benchmark_repetitions=5 \
           --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true ;;
  validate) install_deps; build; validate ;;
  deps) install_deps ;;
  ns3-tree) shift; JOBS="$jobs" exec "$here/scripts/build-in-ns3-tree.sh" "$@" ;;
  ns3-waf) install_deps; ns3_waf "${@:2}" ;;
  *) echo "usage: $0 run|test|sanitize|fuzz|bench|validate|deps|ns3-tree|ns3-waf" >&2; exit 2 ;;
esac
