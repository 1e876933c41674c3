#!/usr/bin/env bash
# The seed corpus of the fuzz harnesses (fuzz/, doc/fuzzing.md), made from the pcaps of the
# scenarios: srvcc-sim runs each scenario below with pcaps on, tshark takes out every UDP
# payload (perl every exported PDU), and each message becomes one file in OUT/<harness>/,
# named by its SHA-1:
#
#   gtpv2c             UDP port 2123 (GTPv2-C on N26, Sv and AMF-MSC, TS 29.274 4.2)
#   nas                the 5GMM NAS PDUs inside NGAP's NAS transport in the N2 capture
#   ngap               the messages of the N2 capture (exported PDUs, dissector "ngap")
#   ranap              the messages of the Iu capture (exported PDUs, dissector "ranap"), each
#                      behind a 4-octet connection reference as the nodes receive them
#                      (model/ranap/srvcc-iu-connection-reference.h; the capture leaves it out)
#   rrc                the messages of the NR-Uu and UTRAN-Uu captures (exported PDUs)
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
harnesses=(gtpv2c nas ngap ranap ranap-containers rrc scenario)

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

# The messages of a pcap of exported PDUs (link type 252): "dissector hex" a line; nothing for
# a pcap of another link type. Each record is tags (2-octet type, 2-octet length, value) up to
# the end-of-options tag 0, then the message.
upper_pdus() {
  perl -e '
    open(my $f, "<:raw", $ARGV[0]) or exit 0;
    local $/; my $d = <$f>;
    exit 0 if length($d) < 24 || unpack("V", substr($d, 20, 4)) != 252;
    my $at = 24;
    while ($at + 16 <= length($d)) {
      my $n = unpack("V", substr($d, $at + 8, 4));
      my $r = substr($d, $at + 16, $n);
      $at += 16 + $n;
      my ($p, $name) = (0, "");
      while ($p + 4 <= length($r)) {
        my ($t, $l) = unpack("nn", substr($r, $p, 4));
        $name = unpack("Z*", substr($r, $p + 4, $l)) if $t == 12;
        $p += 4 + $l;
        last if $t == 0;
      }
      print "$name ", unpack("H*", substr($r, $p)), "\n" if $p < length($r);
    }' "$1"
}

for s in "${scenarios[@]}"; do
  "$sim" --scenario="$here/scenarios/$s.json" --outputDir="$runs/$s" --pcap=true >"$runs.$s.log" 2>&1 \
    || { cat "$runs.$s.log" >&2; echo "fuzz-corpus: srvcc-sim failed on $s" >&2; exit 1; }
  for pcap in "$runs/$s"/pcap/*.pcap; do
    # GTPv2-C interfaces: IP captures, the UDP payload is the message.
    while read -r src dst payload; do
      [ -n "${payload:-}" ] || continue
      if [ "$src" = 2123 ] || [ "$dst" = 2123 ]; then
        save gtpv2c "$payload"
        while read -r c; do
          [ -n "$c" ] && save ranap-containers "$c"
        done < <(containers "$payload")
      fi
    done < <(tshark -r "$pcap" -T fields -e udp.srcport -e udp.dstport -e udp.payload 2>/dev/null)
    # N2, Iu and the radio legs: exported PDUs (doc/outputs.md, pcap/), the message after the
    # tags, without the transport under it.
    while read -r dissector payload; do
      [ -n "${payload:-}" ] || continue
      case "$dissector" in
        ngap) save ngap "$payload" ;;
        nr-rrc.*|rrc.*) save rrc "$payload" ;;
        ranap) save ranap "00000000$payload" ;;
      esac
    done < <(upper_pdus "$pcap")
    # The 5GMM NAS PDUs, out of NGAP's NAS transport (Initial UE Message, Uplink and Downlink
    # NAS Transport, TS 38.413 8.6).
    while read -r nas; do
      [ -n "$nas" ] && save nas "${nas//:/}"
    done < <(tshark -r "$pcap" -T fields -e ngap.NAS_PDU -Y ngap.NAS_PDU 2>/dev/null | tr ',' '\n')
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
