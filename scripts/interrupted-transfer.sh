#!/usr/bin/env bash
# Moves a file of SIZE_MB MiB from a PC to a phone through a reference server on loopback, stops
# the sending and the receiving client CUTS times each with SIGINT (as Ctrl-C does) while bytes
# move, resumes both with `mplp client resume` after every cut, and compares the files with cmp.
#
#   scripts/interrupted-transfer.sh [SIZE_MB] [CUTS]        # default: 2048 MiB, 3 cuts
#   PORT=7791 scripts/interrupted-transfer.sh 64 3          # another port
#
# Cut k of n comes once the phone holds k/(n+1) of the file.
set -euo pipefail
size_mb=${1:-2048}
cuts=${2:-3}
port=${PORT:-7791}
cd "$(dirname "$0")/.."
mplp=${MPLP:-./mplp}
$mplp client --help > /dev/null  # builds first when the sources changed
work=$(mktemp -d /tmp/mplp-resume.XXXXXX)
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2> /dev/null && wait "$server" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

export MPLP_PASSWORD=s3cret-pass
echo "$MPLP_PASSWORD" | $mplp account add resume --password-stdin --data-dir "$work/server"
$mplp server --port "$port" --data-dir "$work/server" > "$work/server.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/.well-known/mplp" > /dev/null; do sleep 1; done
for device in pc:PC phone:MP; do
  $mplp client login --server "ws://127.0.0.1:$port/mplp" --state-dir "$work/${device%%:*}" \
    --account resume --password-env MPLP_PASSWORD --type "${device##*:}" > /dev/null
done

echo "making $size_mb MiB of random bytes"
head -c "${size_mb}M" /dev/urandom > "$work/big.bin"
# The offer is made, and its process ends before the phone answers.
$mplp client offer --state-dir "$work/pc" --to resume-MP-1 --timeout 1 "$work/big.bin" \
  > /dev/null 2>&1 || true
id=$($mplp client transfers --json --state-dir "$work/phone" \
  | sed -n 's/.*"transferId":"\([^"]*\)".*"state":"offered".*/\1/p' | head -1)
[[ -n "$id" ]] || { echo "no offer reached the phone" >&2; exit 1; }
$mplp client accept "$id" --dir "$work/in" --timeout 1 --state-dir "$work/phone" \
  > /dev/null 2>&1 || true
partial="$work/in/.mplp-partial/$(echo "$id" | sed 's/[^A-Za-z0-9_-]/_/g').0"

size() { stat -c %s "$1" 2> /dev/null || echo 0; }
# Without job control a script's background commands start with SIGINT ignored, and a client
# would never see the Ctrl-C this script sends it.
set -m
total=$(size "$work/big.bin")
for cut in $(seq "$cuts"); do
  $mplp client resume --state-dir "$work/pc" --timeout 3600 > /dev/null 2>&1 &
  pc=$!
  $mplp client resume --state-dir "$work/phone" --timeout 3600 > /dev/null 2>&1 &
  phone=$!
  # Each cut comes when the phone holds its share of the file, so that every one falls while
  # bytes move on both sides (the upload runs ahead of the download), however fast the machine.
  target=$((total * cut / (cuts + 1)))
  until [[ $(size "$partial") -ge $target ]] || ! kill -0 "$phone" 2> /dev/null; do
    sleep 0.05
  done
  kill -INT "$pc" "$phone" 2> /dev/null || true
  wait "$pc" "$phone" || true
  if [[ -f "$work/in/big.bin" ]]; then
    echo "the transfer ended before cut $cut could stop it; give a larger SIZE_MB" >&2
    exit 1
  fi
  echo "cut $cut: both clients stopped; the phone holds $(size "$partial") of $total bytes"
done
echo "resuming for the last time"
$mplp client resume --state-dir "$work/pc" --timeout 3600
$mplp client resume --state-dir "$work/phone" --timeout 3600
cmp "$work/big.bin" "$work/in/big.bin"
echo "identical: $(size "$work/in/big.bin") bytes, after $cuts cuts on each side"
