#!/usr/bin/env bash
# Build srvcc-security inside an ns-3 tree that builds with waf (ns-3.35), run its TestSuites
# there and the example srvcc-minimal.
#
#   scripts/build-in-ns3-waf.sh NS3_SOURCE WORK_DIR
#
# NS3_SOURCE is an ns-3.35 source tree (a directory with waf and wscript), or a git directory
# of ns-3-dev (bare or not) holding the tag ns-3.35 (NS3_REF overrides the tag). The tree is
# copied to (or extracted into) WORK_DIR/ns-3 once; later runs reuse it and rebuild only what
# changed. This checkout's src/srvcc-security is copied to WORK_DIR/ns-3/contrib/srvcc-security
# on every run (ns-3 names a contrib module after its directory).
#
# JOBS (default: number of cores) sets waf's -j. Exit status: 0 when everything built and every
# TestSuite and the example passed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
ref="${NS3_REF:-ns-3.35}"

log() { printf '[build-in-ns3-waf] %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 2
}

if [ $# -ne 2 ]; then
  echo "usage: $0 NS3_SOURCE WORK_DIR   (NS3_SOURCE: an ns-3.35 source tree or ns-3 git directory)" >&2
  exit 2
fi
source_arg="$1"
[ -e "$source_arg" ] || die "NS3_SOURCE '$source_arg' does not exist"
mkdir -p "$2"
work="$(cd "$2" && pwd)"
tree="$work/ns-3"

# ---- the ns-3 tree -----------------------------------------------------------------------------
if [ -f "$tree/waf" ] && [ -f "$tree/wscript" ]; then
  log "reusing the ns-3 tree in $tree"
elif [ -f "$source_arg/waf" ] && [ -f "$source_arg/wscript" ]; then
  log "copying the ns-3 tree $source_arg to $tree"
  mkdir -p "$tree"
  cp -a "$source_arg/." "$tree/"
elif git --git-dir="$source_arg" rev-parse --verify -q "$ref^{commit}" >/dev/null 2>&1 \
  || git --git-dir="$source_arg/.git" rev-parse --verify -q "$ref^{commit}" >/dev/null 2>&1; then
  git_dir="$source_arg"
  if ! git --git-dir="$git_dir" rev-parse --verify -q "$ref^{commit}" >/dev/null 2>&1; then
    git_dir="$source_arg/.git"
  fi
  # A partial mirror may lack some blobs (large trace files of modules this build does not
  # use); those paths are left out of the extracted tree rather than failing the archive.
  listing="$(git --git-dir="$git_dir" ls-tree -r "$ref")"
  missing="$(awk -F'\t' '{ split($1, f, " "); if (f[2] == "blob") print f[3] }' <<<"$listing" \
    | git --git-dir="$git_dir" cat-file --batch-check | awk '$2 == "missing" { print $1 }')"
  excludes=()
  if [ -n "$missing" ]; then
    while IFS= read -r path; do
      excludes+=(":(exclude)$path")
      log "not in the git directory, left out: $path"
    done < <(awk -F'\t' 'NR == FNR { m[$1] = 1; next } { split($1, f, " "); if (f[3] in m) print $2 }' \
      <(printf '%s\n' "$missing") <(printf '%s\n' "$listing"))
  fi
  log "extracting $ref from $git_dir to $tree"
  rm -rf "$tree.partial"
  mkdir -p "$tree.partial"
  git --git-dir="$git_dir" archive --format=tar "$ref" -- . "${excludes[@]}" \
    | tar -x -C "$tree.partial"
  mv "$tree.partial" "$tree"
else
  die "NS3_SOURCE '$source_arg' is neither an ns-3 source tree (waf, wscript) nor a git directory with $ref"
fi
[ -f "$tree/VERSION" ] && log "ns-3 version: $(cat "$tree/VERSION")"

# ---- the module ---------------------------------------------------------------------------------
log "copying src/srvcc-security to $tree/contrib/srvcc-security"
rm -rf "$tree/contrib/srvcc-security"
cp -a "$here/src/srvcc-security" "$tree/contrib/srvcc-security"

cd "$tree"
# --disable-werror: ns-3.35's own code warns under newer compilers (g++ 12). The module's
# scenario TestSuites read this checkout's scenarios/ and doc/.
start=$(date +%s)
log "configuring (the module and the ns-3 modules it depends on)"
./waf configure --disable-werror --enable-tests --enable-examples \
  --enable-modules=srvcc-security --srvcc-project-dir="$here" >"$work/configure.log" 2>&1 \
  || { tail -40 "$work/configure.log" >&2; die "configure failed (log: $work/configure.log)"; }
grep -E "srvcc-security|Tests|Examples" "$work/configure.log" >&2 || true

log "building with $jobs jobs"
./waf build -j "$jobs" >"$work/build.log" 2>&1 \
  || { grep -E "error|Error" "$work/build.log" | head -40 >&2; die "build failed (log: $work/build.log)"; }
log "built in $(($(date +%s) - start)) s"

# ---- the TestSuites and the example ----------------------------------------------------------
# Every registered TestSuite whose name starts with srvcc- is the module's.
mapfile -t suites < <(./waf --run "test-runner --print-test-name-list" 2>/dev/null \
  | grep -E '^srvcc-' | sort)
[ ${#suites[@]} -gt 0 ] || die "test-runner lists no srvcc-* TestSuite"
failed=()
for suite in "${suites[@]}"; do
  # test.py colours its verdict ("[1/1] PASS: TestSuite x" with ANSI escapes): strip them.
  if ./test.py --nowaf --suite="$suite" >"$work/test-$suite.log" 2>&1 \
    && sed 's/\x1b\[[0-9;]*m//g' "$work/test-$suite.log" | grep -q "PASS: TestSuite $suite\$"; then
    log "PASS  $suite"
  else
    log "FAIL  $suite (log: $work/test-$suite.log)"
    failed+=("$suite")
  fi
done

if [ -x "build/contrib/srvcc-security/srvcc-crypto-test" ]; then
  if build/contrib/srvcc-security/srvcc-crypto-test >"$work/srvcc-crypto-test.log" 2>&1; then
    log "PASS  srvcc-crypto-test ($(grep -Eo '[0-9]+ tests? from [0-9]+ test suites? ran' \
      "$work/srvcc-crypto-test.log" | head -1))"
  else
    log "FAIL  srvcc-crypto-test (log: $work/srvcc-crypto-test.log)"
    failed+=(srvcc-crypto-test)
  fi
fi

if ./waf --run srvcc-minimal >"$work/srvcc-minimal.log" 2>&1; then
  log "PASS  srvcc-minimal"
  tail -5 "$work/srvcc-minimal.log" >&2
else
  log "FAIL  srvcc-minimal (log: $work/srvcc-minimal.log)"
  failed+=(srvcc-minimal)
fi

log "${#suites[@]} TestSuites run: ${suites[*]}"
if [ ${#failed[@]} -gt 0 ]; then
  log "failed: ${failed[*]}"
  exit 1
fi
log "all passed (total $(($(date +%s) - start)) s)"
