#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already there. Idempotent; quick when all is
# installed. Sourced by serve.sh, test.sh and size.sh (it also puts the npm tools on PATH).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >&2
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (takes about 7 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked >&2
fi

# wasm-bindgen-cli must be exactly the version the lock file resolved; it also brings wasm-bindgen-test-runner.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes about 3 minutes once)"
  # Not --locked: one locked dependency version of wasm-bindgen-cli is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force >&2
fi

# The tool that splits the release wasm into the start page's part and the screens' chunk (scripts/split-wasm.mjs); its
# runtime half is the wasm_split_helpers crate leptos depends on, whose version it matches.
WASM_SPLIT_VERSION=0.2.3
# (The tool has no --version; cargo's list of installed crates says which one is there.)
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (takes about 2 minutes once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force >&2
fi

missing_debs=()
command -v chromium >/dev/null || missing_debs+=(chromium)
command -v chromedriver >/dev/null || missing_debs+=(chromium-driver)
command -v pdftotext >/dev/null || missing_debs+=(poppler-utils)
command -v brotli >/dev/null || missing_debs+=(brotli)
command -v zip >/dev/null || missing_debs+=(zip)
command -v unzip >/dev/null || missing_debs+=(unzip)
# The real web servers the package is tested on (e2e/servers.test.mjs runs them as plain processes with their own
# configuration; their system services are never started or enabled).
[ -x /usr/sbin/apache2 ] || missing_debs+=(apache2)
[ -x /usr/sbin/nginx ] || missing_debs+=(nginx)
# The real programs the follow-up files are opened with (e2e/follow-up-files.test.mjs): LibreOffice Calc reads the CSV
# as German Excel would, calcurse imports the calendar file.
command -v soffice >/dev/null || missing_debs+=(libreoffice-calc-nogui)
command -v calcurse >/dev/null || missing_debs+=(calcurse)
if [ ${#missing_debs[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_debs[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  # A policy-rc.d that answers 101 keeps the packages' maintainer scripts from starting apache2/nginx services.
  policy_added=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d
    policy_added=1
  fi
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing_debs[@]}" >&2 || install_failed=1
  [ -z "$policy_added" ] || $SUDO rm -f /usr/sbin/policy-rc.d
  # The packages enable their services for the next boot; the tests start the servers themselves.
  for service in apache2 apache-htcacheclean nginx; do $SUDO systemctl disable "$service" >/dev/null 2>&1 || true; done
  [ -z "${install_failed:-}" ] || { say "apt-get install failed"; return 1 2>/dev/null || exit 1; }
fi

# npm tools (wasm-opt from binaryen, playwright-core, axe-core) from the committed lock file. Never downloads a browser.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund >&2
fi
