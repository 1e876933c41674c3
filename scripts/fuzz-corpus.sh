#!/usr/bin/env bash
# The seed corpus of the fuzz harnesses (fuzz/, doc/fuzzing.md), made from the pcaps of the
# scenarios: srvcc-sim runs each scenario below with pcaps on, tshark takes out every UDP
# payload, and each message becomes one file in OUT/<harness>/, named by its SHA-1:
#
#   gtpv2c             UDP port 2123 (GTPv2-C on N26, Sv and AMF-MSC, TS 29.274 4.2)
#   compact            N2 38412, Iu 25412, NR-Uu 5010, UTRAN-Uu 5020 (model/srvcc-interface.cc),
#                      after the transport header of a DATA / AMD PDU: octet 1 = 1..4, the
#                      interface of the compact message
#   nas                the same ports, octet 1 = 5: a 5GMM NAS message the gNB relays
#   ranap              Iu 25412 after the transport header: the 4-octet connection reference
#                      and a RANAP PDU (model/ranap/srvcc-iu-connection-reference.h)
#   ranap-containers   the Target RNC to Source RNC Transparent Containers inside GTPv2-C: the
#                      F-Container (IE 118, container type 1 = UTRAN transparent container,
#                      TS 29.274 8.48) of Forward Relocation Response and the Target to Source
#                      Transparent Container (IE 53, TS 29.280 6.4) of SRVCC PS to CS Response
#   scenario           the scenario files themselves (scenarios/*.json)
#
#   scripts/fuzz-corpus.sh SRVCC_SIM OUT     (the ctest fuzz.corpus and scripts/fuzz-campaign.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sim="${1:?usage: fuzz-corpus.sh SRVCC_SIM OUT}"
out="${2:?usage: fuzz-corpus.sh SRVCC_SIM OUT}"
# The default handover, emergency and authentication runs (the NAS messages), the failure and
# cancel paths (the cause-carrying messages) and the direct AMF-MSC profile.
scenarios=(default emergency-authenticated emergency-rejected auth-sync-failure
           failure-msc-reject failure-rnc-reject failure-cancel profile-sol1.2)
harnesses=(gtpv2c compact nas ranap ranap-containers scenario)

rm -rf "$out"
for h in "${harnesses[@]}"; do
  mkdir -p "$out/$h"
done
runs="$out/.runs"

# save HARNESS HEX: one corpus file, named by the SHA-1 of its octets (duplicates collapse).
save() {
  local file="$out/$1/tmp.$$"
  # perl, not xxd: perl-base is in every Debian install, xxd is not (a fresh Debian 12 has none).
  perl -e 'print pack("H*", $ARGV[0])' "$2" >"$file"
  mv "$file" "$out/$1/$(sha1sum "$file" | cut -c1-40)"
}

# The transparent containers in one GTPv2-C message (hex in, one hex container a line out).
containers() {
  perl -e '
    my $m = pack("H*", $ARGV[0]);
    exit 0 if length($m) < 8;
    my $type = ord(substr($m, 1, 1));
    my $at = (ord(substr($m, 0, 1)) & 0x08) ? 12 : 8;   # T flag: TEID present
    while ($at + 4 <= length($m)) {
      my ($ie, $len) = unpack("Cn", substr($m, $at, 3));
      my $value = substr($m, $at + 4, $len);
      if ($type == 134 && $ie == 118 && length($value) > 1 && ord($value) == 1) {
        print unpack("H*", substr($value, 1)), "\n";
      } elsif ($type == 26 && $ie == 53 && length($value) > 1) {
        print unpack("H*", substr($value, 1)), "\n";
      }
      $at += 4 + $len;
    }' "$1"
}

for s in "${scenarios[@]}"; do
  "$sim" --scenario="$here/scenarios/$s.json" --outputDir="$runs/$s" --pcap=true >"$runs.$s.log" 2>&1 \
    || { cat "$runs.$s.log" >&2; echo "fuzz-corpus: srvcc-sim failed on $s" >&2; exit 1; }
  for pcap in "$runs/$s"/pcap/*.pcap; do
    while read -r src dst payload; do
      [ -n "${payload:-}" ] || continue
      if [ "$src" = 2123 ] || [ "$dst" = 2123 ]; then
        save gtpv2c "$payload"
        while read -r c; do
          [ -n "$c" ] && save ranap-containers "$c"
        done < <(containers "$payload")
      else
        # The transport's 9-octet header (doc/srvcc-security.rst, Transport reliability): a
        # DATA (0x10, N2 and Iu) or AMD PDU (0x20, radio) carries the message after it; the
        # acknowledgements (0x13 SACK, 0x21 STATUS) carry none. A bare message (links.<iface>.
        # reliable false) starts with its interface octet.
        case "${payload:0:2}" in
          10|20) payload=${payload:18} ;;
          13|21) continue ;;
        esac
        if [ "$src" = 25412 ] || [ "$dst" = 25412 ]; then
          save ranap "$payload"
          continue
        fi
        case "${payload:0:2}" in
          01|02|03|04) save compact "$payload" ;;
          05) save nas "$payload" ;;
        esac
      fi
    done < <(tshark -r "$pcap" -T fields -e udp.srcport -e udp.dstport -e udp.payload 2>/dev/null)
  done
done
cp "$here"/scenarios/*.json "$out/scenario/"
rm -rf "$runs" "$runs".*.log

summary="fuzz-corpus:"
for h in "${harnesses[@]}"; do
  n=$(find "$out/$h" -type f | wc -l)
  summary+=" $h $n"
  if [ "$n" -eq 0 ]; then
    echo "$summary ... no input for $h" >&2
    exit 1
  fi
done
echo "$summary (from ${#scenarios[@]} scenarios in $out)"
