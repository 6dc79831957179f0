#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when they are missing, for the browser tests (the
# kit's report page, the web terminal). Maven runs it before the tests of the modules that have
# them; when it cannot install them it fails, so the build fails too: those tests never skip.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  exit 0
fi
fail() {
  echo "browser tests: $1" >&2
  echo "browser tests: install Debian's chromium and chromium-driver (apt-get install chromium" \
    "chromium-driver), which give /usr/bin/chromium and /usr/bin/chromedriver" >&2
  exit 1
}
command -v apt-get >/dev/null 2>&1 || fail "no apt-get on this machine to install Chromium with"
sudo=""
if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || fail "not root, and no sudo to install Chromium with"
  sudo="sudo -n"
fi
echo "browser tests: installing chromium and chromium-driver from Debian (apt-get)..." >&2
$sudo apt-get update -qq >&2 || fail "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  chromium chromium-driver >&2 || fail "apt-get install chromium chromium-driver failed"
[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] \
  || fail "the packages installed, but /usr/bin/chromium or /usr/bin/chromedriver is missing"
