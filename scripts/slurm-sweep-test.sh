#!/usr/bin/env bash
# A sweep's jobs through a real Slurm (doc/sweeps.md, "Sweeps on a cluster"), on this machine
# alone: a one-node cluster of its own, started and stopped here.
#
#   scripts/slurm-sweep-test.sh SRVCC_SIM SCENARIO WORK_DIR [COMPARE_CMAKE]
#
# As root, it writes a minimal slurm.conf into a fresh directory under WORK_DIR (SLURM_CONF
# points there; no cgroups: ProctrackType=proctrack/linuxproc, TaskPlugin=task/none; the node is
# `hostname -s` with CPUs=2; state, spool, logs and pid files in that directory; SlurmUser=root),
# a MUNGE key of its own, and starts munged, slurmctld and slurmd itself (in the foreground of
# background jobs, so each is stopped by its own pid). Once sinfo shows the node idle, it runs the
# sweep in one process (the reference), srvcc-sim --emit-jobs, sbatch --wait DIR/sweep.sbatch,
# srvcc-sim --merge, and compares the merged sweep.csv with the in-process one
# (test/compare-sweep-csv.cmake: byte for byte apart from the wall-clock times). The daemons are
# stopped on every exit (trap), and every wait has a time limit.
#
# Exit status: 0 passed; 77 skipped (not root, or a program of the Debian packages slurm-wlm,
# munge missing; the reason on stdout), which ctest reports as skipped (SKIP_RETURN_CODE 77);
# anything else failed.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 SRVCC_SIM SCENARIO WORK_DIR [COMPARE_CMAKE]" >&2
  exit 2
fi
sim=$1
scenario=$2
work=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compare=${4:-$here/test/compare-sweep-csv.cmake}
options=(--numUes=6)

skip() {
  echo "SKIP: $*"
  exit 77
}
log() { printf '[slurm-sweep-test] %s\n' "$*"; }
fail() {
  printf '[slurm-sweep-test] FAILED: %s\n' "$*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || skip "not root: a private Slurm (slurmd, SlurmUser=root) needs root"
for p in munged mungekey slurmctld slurmd sbatch sinfo scontrol; do
  command -v "$p" >/dev/null 2>&1 \
    || skip "$p not found (install the Debian packages slurm-wlm and munge, as scripts/dev.sh does)"
done
command -v cmake >/dev/null 2>&1 || skip "cmake not found (it compares the sweep.csv files)"
# slurmd of Debian 12 (Slurm 22.05) initializes its cgroup plugin whatever the proctrack and task
# plugins are, and stops when no cgroup file system is mounted (a chroot with a plain bind of
# /sys has an empty /sys/fs/cgroup; every booted Debian 12 has cgroup2 there).
if [ -z "$(ls -A /sys/fs/cgroup 2>/dev/null)" ]; then
  skip "no cgroup file system on /sys/fs/cgroup, which slurmd 22.05 needs (a chroot?)"
fi
[ -x "$sim" ] || fail "$sim: not an executable srvcc-sim"
[ -f "$scenario" ] || fail "$scenario: no such scenario file"

mkdir -p "$work"
work=$(cd "$work" && pwd)
# A fresh directory per run: a cluster left over from a killed run never gets in the way.
base=$(mktemp -d "$work/slurm.XXXXXX")
# munged requires its socket directory to be reachable by everyone (execute permission on every
# directory above it) and its key readable only by it. The checkout may lie below a directory
# others cannot enter (/root on a fresh Debian is 0700), so the socket gets a directory of its
# own in /tmp.
chmod 755 "$base"
mkdir -p "$base/munge-key" "$base/munge-lib" "$base/state" "$base/spool" "$base/log"
chmod 700 "$base/munge-key" "$base/munge-lib"
munge_run=$(mktemp -d "${TMPDIR:-/tmp}/srvcc-munge.XXXXXX")
chmod 755 "$munge_run"
ln -s "$munge_run" "$base/munge-run"
socket=$munge_run/munge.socket
host=$(hostname -s)
# Ports of their own, away from a Slurm this machine may run already.
port=$((20000 + ($$ % 10000) * 2))

pids=()
stop_daemons() {
  local status=$?
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    # Up to 10 s each, then SIGKILL: the test must end.
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$munge_run"
  if [ "$status" -eq 0 ]; then
    rm -rf "$base"
  else
    for f in "$base"/log/*.log "$base"/munged.out; do
      [ -f "$f" ] || continue
      echo "---- last lines of $f" >&2
      tail -n 15 "$f" >&2
    done
    echo "[slurm-sweep-test] the cluster's files are kept in $base" >&2
  fi
  exit "$status"
}
trap stop_daemons EXIT
trap 'exit 130' INT TERM

# wait_for SECONDS WHAT COMMAND...: COMMAND until it succeeds, at most SECONDS.
wait_for() {
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq 1 $((seconds * 2))); do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  fail "$what: not within $seconds s"
}

# ---- MUNGE: a key and a daemon of this run only --------------------------------------------
mungekey --create --keyfile="$base/munge-key/munge.key" >/dev/null
munged --foreground --socket="$socket" --key-file="$base/munge-key/munge.key" \
  --pid-file="$munge_run/munged.pid" --seed-file="$base/munge-lib/munged.seed" \
  --log-file="$base/log/munged.log" >"$base/munged.out" 2>&1 &
pids+=($!)
wait_for 20 "munged answering on $socket" bash -c "munge -S '$socket' -n | unmunge -S '$socket'"
log "munged running (pid ${pids[0]})"

# ---- Slurm: one node, no cgroups, everything in $base --------------------------------------
export SLURM_CONF=$base/slurm.conf
cat >"$SLURM_CONF" <<EOF
# A one-node cluster for scripts/slurm-sweep-test.sh, nothing else.
ClusterName=srvcctest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$socket
CredType=cred/munge
StateSaveLocation=$base/state
SlurmdSpoolDir=$base/spool
SlurmctldPidFile=$base/slurmctld.pid
SlurmdPidFile=$base/slurmd.pid
SlurmctldLogFile=$base/log/slurmctld.log
SlurmdLogFile=$base/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
SlurmdTimeout=60
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=srvcctest Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -D -c -f "$SLURM_CONF" >"$base/log/slurmctld.out" 2>&1 &
pids+=($!)
wait_for 30 "slurmctld answering" scontrol ping
slurmd -D -N "$host" -f "$SLURM_CONF" >"$base/log/slurmd.out" 2>&1 &
pids+=($!)
node_idle() { [ "$(sinfo -h -N -n "$host" -o '%t' 2>/dev/null)" = "idle" ]; }
wait_for 60 "node $host idle in sinfo" node_idle
log "Slurm running: node $host idle (slurmctld ${pids[1]}, slurmd ${pids[2]}, port $port)"

# ---- the sweep: in one process, then as a job array, merged ----------------------------------
"$sim" --scenario="$scenario" "${options[@]}" --outputDir="$base/in-process" --plots=false \
  >"$base/in-process.out" 2>&1 || fail "in-process sweep: $(tail -n 3 "$base/in-process.out")"
jobs=$base/jobs
"$sim" --scenario="$scenario" "${options[@]}" --emit-jobs="$jobs" >"$base/emit.out" 2>&1 \
  || fail "--emit-jobs: $(cat "$base/emit.out")"
njobs=$(wc -l <"$jobs/jobs.txt")
log "emitted $njobs jobs into $jobs"
# From another directory: the script and its commands use absolute paths only.
status=0
(cd / && timeout 300 sbatch --wait --quiet "$jobs/sweep.sbatch") >"$base/sbatch.out" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  for f in "$jobs"/logs/*; do
    echo "---- $f" >&2
    tail -n 5 "$f" >&2
  done
  fail "sbatch --wait $jobs/sweep.sbatch: exit status $status ($(cat "$base/sbatch.out"))"
fi
ran=$(find "$jobs" -name sweep-run.json | wc -l)
[ "$ran" -eq "$njobs" ] || fail "$ran of $njobs jobs left a sweep-run.json"
logs=$(find "$jobs/logs" -name 'job-*.log' | wc -l)
[ "$logs" -eq "$njobs" ] || fail "$logs of $njobs array tasks wrote logs/job-<n>.log"
"$sim" --merge="$jobs" --plots=false >"$base/merge.out" 2>&1 \
  || fail "--merge: $(cat "$base/merge.out")"
cmake -DEXPECTED="$base/in-process/sweep.csv" -DACTUAL="$jobs/sweep.csv" \
  -DMUST_VARY=completed_ratio -P "$compare" || fail "the merged sweep.csv differs"
log "PASSED: $njobs Slurm array tasks merged into the in-process sweep.csv"
