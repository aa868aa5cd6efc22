#!/usr/bin/env bash
# Builds release and prints where the bytes of the first load go (raw and brotli per file, the total against the
# budget), then the files that are not part of the first load. The table comes from scripts/size.mjs, which the
# size budget test (e2e/size.test.mjs) uses as well.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
[ "${SKIP_BUILD:-}" = 1 ] || trunk build --release --offline >&2
node scripts/size.mjs dist
