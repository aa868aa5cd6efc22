#!/usr/bin/env bash
# Builds the release app and serves dist/ on http://127.0.0.1:8080/ (PORT=… to change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
trunk build --release --offline
PORT="${PORT:-8080}"
echo
echo "Arbeitgeber-Check läuft auf: http://127.0.0.1:$PORT/   (Strg+C beendet)"
exec node e2e/support/serve.mjs dist "$PORT"
