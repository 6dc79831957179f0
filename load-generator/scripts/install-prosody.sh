#!/usr/bin/env bash
# Installs Debian's prosody for `./mplp bench peer` when it is missing. The bench runs its own
# throwaway instance, so the system service the package starts is stopped again.
set -euo pipefail
if command -v prosody >/dev/null 2>&1; then
  exit 0
fi
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  sudo="sudo"
fi
echo "bench: installing prosody from Debian (apt-get)..." >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prosody >&2
if command -v invoke-rc.d >/dev/null 2>&1; then
  $sudo invoke-rc.d prosody stop >/dev/null 2>&1 || true
fi
command -v prosody >/dev/null
