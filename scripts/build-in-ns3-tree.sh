#!/usr/bin/env bash
# srvcc-security inside an ns-3 source tree, end to end, on Debian 12 (bookworm):
#
#   scripts/build-in-ns3-tree.sh [WORK_DIR]
#
# 1. adds a deb-src entry for the machine's Debian archive when apt has none,
# 2. fetches Debian's own ns-3.37 source package (apt-get source ns3) into WORK_DIR
#    (default: build/ns3-tree), and installs the few packages the build needs,
# 3. copies src/srvcc-security/ to contrib/srvcc-security/ of that tree (ns-3's build_lib then
#    builds it through src/srvcc-security/cmake/srvcc-in-ns3-tree.cmake),
# 4. configures only the modules srvcc-security needs, with tests and examples, and builds,
# 5. runs every srvcc-* TestSuite with ./test.py -s <suite>, then the example srvcc-minimal.
#
# The program layer's TestSuites read this checkout's scenarios/ and doc/: the build passes
# SRVCC_PROJECT_DIR=<this checkout> to the module.
#
# JOBS (default: number of cores) and NS3_CXX_FLAGS (default: -O1 -DNDEBUG) may be set in the
# environment. Exit status 0 only when every step and every suite passed. Works as root; as
# another user it uses sudo for apt-get.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work_dir="${1:-$here/build/ns3-tree}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

log() { printf '[build-in-ns3-tree] %s\n' "$*" >&2; }
die() { printf '[build-in-ns3-tree] error: %s\n' "$*" >&2; exit 1; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

# What the build needs beyond a bare Debian: the compiler, CMake and Python for ./ns3 and
# ./test.py, dpkg-dev for apt-get source, and the module's own dependencies (OpenSSL, and
# Boost.JSON for the program layer and its TestSuites). tshark lets the two tshark suites
# compare against Wireshark's dissectors. ns-3's optional libraries (GSL, SQLite, libxml2, Qt,
# Python bindings) are not needed by the modules built here.
packages=(
  build-essential cmake python3 dpkg-dev
  libssl-dev libboost-json1.81-dev
  tshark
)

have_deb_src() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && grep -Eq '^[[:space:]]*deb-src[[:space:]]' "$f" && return 0
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -Eiq '^Types:.*deb-src' "$f" && return 0
  done
  return 1
}

# A deb-src twin of every enabled Debian "deb" entry: one-line entries from sources.list and
# *.list, deb822 stanzas from *.sources (Debian 12's default, /etc/apt/sources.list.d/debian.sources).
add_deb_src() {
  local out=/etc/apt/sources.list.d/srvcc-deb-src.sources
  local text="" f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    # deb [options] URI suite components...
    text+="$(awk '$1 == "deb" && /debian/ {
        opts = ""; i = 2
        if ($2 ~ /^\[/) { while ($i !~ /\]$/) { i++ } ; i++ }
        uri = $i; suite = $(i + 1); comps = ""
        for (j = i + 2; j <= NF; j++) comps = comps " " $j
        printf "Types: deb-src\nURIs: %s\nSuites: %s\nComponents:%s\n\n", uri, suite, comps
      }' "$f")"$'\n'
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    [ "$f" = "$out" ] && continue
    # Stanzas are separated by blank lines; keep those of type deb on a Debian archive, with
    # their URIs, Suites, Components and Signed-By.
    text+="$(awk 'BEGIN { RS = ""; FS = "\n" }
      {
        deb = 0; debian = 0; enabled = 1; keep = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Types:/ && $i ~ /[[:space:]]deb([[:space:]]|$)/) deb = 1
          if ($i ~ /^URIs:/ && $i ~ /debian/) debian = 1
          if ($i ~ /^Enabled:[[:space:]]*no/) enabled = 0
          if ($i ~ /^(URIs|Suites|Components|Signed-By):/) keep = keep $i "\n"
        }
        if (deb && debian && enabled) printf "Types: deb-src\n%s\n", keep
      }' "$f")"$'\n'
  done
  if ! printf '%s' "$text" | grep -q '^Types: deb-src'; then
    die "no Debian 'deb' entry found in /etc/apt/sources.list or /etc/apt/sources.list.d/ to add a deb-src twin of"
  fi
  log "adding $out (deb-src for the Debian archive apt already uses)"
  printf '%s' "$text" | "${sudo[@]}" tee "$out" >/dev/null
}

install_packages() {
  local missing=() p
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all Debian packages present"
    return
  fi
  log "installing: ${missing[*]}"
  echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo[@]}" debconf-set-selections
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ---- 1-2: sources and packages ---------------------------------------------------------------
if ! have_deb_src; then
  add_deb_src
fi
log "apt-get update"
"${sudo[@]}" apt-get update -q >/dev/null
install_packages

mkdir -p "$work_dir"
work_dir="$(cd "$work_dir" && pwd)"
src_pkg_dir="$(find "$work_dir" -maxdepth 1 -type d -name 'ns3-3.37*' | head -n 1)"
if [ -z "$src_pkg_dir" ]; then
  log "apt-get source ns3 in $work_dir"
  (cd "$work_dir" && apt-get source -q ns3)
  src_pkg_dir="$(find "$work_dir" -maxdepth 1 -type d -name 'ns3-3.37*' | head -n 1)"
  [ -n "$src_pkg_dir" ] || die "apt-get source ns3 made no ns3-3.37* directory in $work_dir"
else
  log "reusing the ns-3 source package in $src_pkg_dir"
fi
# Debian's source package is ns-3's allinone tarball: the ns-3 tree is its ns-3.37/ folder.
ns3_dir=""
for candidate in "$src_pkg_dir/ns-3.37" "$src_pkg_dir"; do
  if [ -x "$candidate/ns3" ] && [ -f "$candidate/test.py" ]; then
    ns3_dir="$candidate"
    break
  fi
done
[ -n "$ns3_dir" ] || die "no ns-3 tree (./ns3 and test.py) in $src_pkg_dir"
log "ns-3 source tree: $ns3_dir"

# ---- 3: the module into contrib/ ----------------------------------------------------------------
rm -rf "$ns3_dir/contrib/srvcc-security"
mkdir -p "$ns3_dir/contrib"
cp -a "$here/src/srvcc-security" "$ns3_dir/contrib/srvcc-security"
log "copied src/srvcc-security to contrib/srvcc-security"

# ---- 4: configure and build ----------------------------------------------------------------------
# The modules srvcc-security links (its build_lib LIBRARIES_TO_LINK); ns-3 adds what they need.
# And csma: ns-3.37's src/test compiles ns3tcp-socket-test-suite.cc, which uses CsmaHelper,
# whenever applications and point-to-point are enabled, so test-runner does not link without it.
modules="srvcc-security;core;network;internet;point-to-point;applications;csma"
cd "$ns3_dir"
start=$(date +%s)
log "configuring (modules: $modules)"
# Only srvcc-security's examples and TestSuites: the other modules' would triple the build.
./ns3 configure --build-profile=default --enable-tests --enable-examples \
  --enable-modules="$modules" --filter-module-examples-and-tests=srvcc-security \
  --disable-python-bindings --disable-werror
# ./ns3 configure has no option for a module's cache variable: set it on the CMake cache.
# The default profile's -O2 -g becomes -O1 without debug information (NS3_LOG and NS3_ASSERT
# stay on): the tree is built to run the TestSuites, and this roughly halves ns-3's compile time.
cmake -DSRVCC_PROJECT_DIR="$here" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="${NS3_CXX_FLAGS:--O1 -DNDEBUG}" \
  cmake-cache >/dev/null
log "building with $jobs jobs"
# (./ns3 build -j N runs ninja with N-1 jobs; CMake passes N through.)
cmake --build cmake-cache -j "$jobs"
log "configure + build: $(($(date +%s) - start)) s"

# ---- 5: the TestSuites and the example -------------------------------------------------------------
suites=$(sed -n '/^set(srvcc_ns3_test_suites/,/)/p' "$here/src/srvcc-security/CMakeLists.txt" |
  grep -Eo '^[[:space:]]+srvcc-[a-z0-9-]+' | tr -d ' ')
[ -n "$suites" ] || die "no TestSuite names found in src/srvcc-security/CMakeLists.txt"
failed=()
passed=()
for suite in $suites; do
  log "./test.py -s $suite"
  if ./test.py --no-build -s "$suite"; then
    passed+=("$suite")
  else
    failed+=("$suite")
  fi
done

log "./ns3 run srvcc-minimal"
minimal_output="$(./ns3 run --no-build srvcc-minimal 2>&1)" || {
  printf '%s\n' "$minimal_output"
  die "srvcc-minimal failed"
}
printf '%s\n' "$minimal_output"
printf '%s\n' "$minimal_output" | grep -q 'keys match' || die "srvcc-minimal did not report a completed handover"

log "TestSuites passed (${#passed[@]}): ${passed[*]}"
if [ ${#failed[@]} -ne 0 ]; then
  die "TestSuites failed (${#failed[@]}): ${failed[*]}"
fi
log "all ${#passed[@]} TestSuites passed and srvcc-minimal ran in $ns3_dir"
