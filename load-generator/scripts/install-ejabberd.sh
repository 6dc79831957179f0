#!/usr/bin/env bash
# Installs Debian's ejabberd for `./mplp bench peer` when it is missing. The bench runs its own
# throwaway node, so the system service the package starts is stopped again.
set -euo pipefail
if command -v ejabberdctl >/dev/null 2>&1 || [[ -x /usr/sbin/ejabberdctl ]]; then
  exit 0
fi
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  sudo="sudo"
fi
echo "bench: installing ejabberd from Debian (apt-get)..." >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends ejabberd >&2
if command -v invoke-rc.d >/dev/null 2>&1; then
  $sudo invoke-rc.d ejabberd stop >/dev/null 2>&1 || true
fi
[[ -x /usr/sbin/ejabberdctl ]] || command -v ejabberdctl >/dev/null
