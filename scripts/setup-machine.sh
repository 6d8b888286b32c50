#!/usr/bin/env bash
# Everything a fresh Debian machine needs before `npm start` or `npm test`:
# system packages (Chromium for the browser tests, Kerberos headers and a tool chain that
# code-server's native modules build with), npm dependencies, and code-server with Node 24
# under .vscode-test/. Safe to run again: each step skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

packages=(chromium libkrb5-dev unzip build-essential python3 ca-certificates)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo_if_needed=()
  if [ "$(id -u)" -ne 0 ]; then sudo_if_needed=(sudo); fi
  echo "== system packages: ${missing[*]}"
  "${sudo_if_needed[@]}" apt-get update
  "${sudo_if_needed[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci
fi

echo "== code-server (Node 24 + code-server, into .vscode-test/)"
node scripts/setup-code-server.mjs
