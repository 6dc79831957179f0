#!/usr/bin/env bash
# Installs Debian's iperf3 for `./mplp bench files` when it is missing: the bench measures loopback
# TCP with it in the same run as the relay. Only the client and a one-shot server on loopback run.
set -euo pipefail
if command -v iperf3 >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  sudo="sudo"
fi
echo "bench: installing iperf3 from Debian (apt-get)..." >&2
$sudo apt-get update -qq
# The package asks whether to start a system daemon; the bench does not want one.
echo "iperf3 iperf3/start_daemon boolean false" | $sudo debconf-set-selections 2>/dev/null || true
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends iperf3 >&2
command -v iperf3 >/dev/null
