#!/usr/bin/env bash
# The key chain of a worked example, step by step, with srvcc-keys: 5G AKA from the USIM's K and
# OPc (TS 35.208 test set 1) to KAMF, the NAS keys, and the 5G-SRVCC keys of every profile.
# Usage: examples/worked-example.sh [path/to/srvcc-keys]
set -euo pipefail
keys="${1:-build/srvcc-keys}"

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([0-9a-z.-]*\)\"\{0,1\}[,}].*/\1/p" <<<"$2"; }

k=465b5ce8b199b49faa5f0a2ee238a6bc
opc=cd63cb71954a9f4e48a5994e37a02baf
rand=23553cbe9637a89d218ae64dae47bf35
sqn=ff9bb4d0b607
amf=b9b9
snn=5G:mnc001.mcc001.3gppnetwork.org
supi=001010000000001
count=5

echo "== 5G-SRVCC worked example (keys in full: this is teaching material with test keys) =="
echo "USIM: K=$k OPc=$opc; network: RAND=$rand SQN=$sqn AMF=$amf"
echo "serving network name: $snn, SUPI: $supi, ABBA: 0000"
aka=$("$keys" aka --k "$k" --opc "$opc" --rand "$rand" --sqn "$sqn" --amf "$amf" --snn "$snn" --supi "$supi")
for f in ck ik ak res res_star kausf kseaf kamf; do
  printf '  %-9s %s\n' "$f" "$(field "$f" "$aka")"
done
kamf=$(field kamf "$aka")
echo
echo "NAS keys (TS 33.501 A.8), 128-NEA2 / 128-NIA2:"
nas=$("$keys" nas-keys --kamf "$kamf" --enc-alg 2 --int-alg 2)
printf '  %-9s %s\n' knas_enc "$(field knas_enc "$nas")" knas_int "$(field knas_int "$nas")"
echo
echo "5G-SRVCC at downlink NAS COUNT $count, ngKSI 0:"
for profile in ts33501 sol1.1 sol1.1-concat sol1.2; do
  out=$("$keys" srvcc --kamf "$kamf" --dl-nas-count "$count" --profile "$profile")
  echo "  [$profile]"
  for f in kasme_srvcc kasme_prime ck_srvcc ik_srvcc eksi ksi_srvcc dl_nas_count_lsb4; do
    v=$(field "$f" "$out")
    [ -n "$v" ] && printf '    %-18s %s\n' "$f" "$v"
  done
done
