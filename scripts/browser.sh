#!/usr/bin/env bash
# Makes sure the browser tests have Debian's Chromium (never a downloaded browser build).
# As root it is installed with apt-get when missing (idempotent); otherwise the command that
# would install it is printed and the step fails, so `make test` never runs half its suite.
set -euo pipefail
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [[ -x "${chromium}" ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  echo "The browser tests need Chromium at ${chromium}. Install Debian's package as root:" >&2
  echo "  apt-get install chromium    (or set CHROMIUM=/path/to/chromium)" >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests (once)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "Chromium installed: $("${chromium}" --version 2>/dev/null || echo "${chromium}")"
