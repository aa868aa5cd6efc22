#!/usr/bin/env bash
# Runs every test layer and ends with one line across all of them: "N passed, N failed".
#   1. native:  cargo test --workspace (the pure core, content validation, property tests, tests of the sources)
#   2. browser: wasm-bindgen-test in headless Chromium via chromedriver
#   3. e2e:     playwright-core driving Debian Chromium against the release build in dist/
#   4. lint:    cargo clippy --all-targets -D warnings, natively and for wasm32 (browser code compiles only there; with
#               the release build's `split` feature);
#               each clippy run counts as one test
# Every layer runs even when an earlier one fails; a layer that cannot run at all counts as one failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }
set +e

log_dir=$(mktemp -d)
passed=0
failed=0

# Adds up cargo's "test result: … N passed; M failed" lines of a log.
count_cargo() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       END { print p + 0, f + 0 }' "$1"
}

# Runs one layer: name, status of the command, counts "P F".
record() {
  local name=$1 status=$2 p=$3 f=$4
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # it broke before reporting a failure
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; fi        # a layer that ran no test is a failure
  echo "--- $name: $p passed, $f failed" >&2
  passed=$((passed + p)); failed=$((failed + f))
}

echo "==> layer 1/4: native cargo test" >&2
cargo test --workspace --no-fail-fast --color never 2>&1 | tee "$log_dir/native.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$log_dir/native.log")
record native "$status" "$p" "$f"

echo "==> layer 2/4: wasm-bindgen-test in headless Chromium" >&2
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p arbeitgeber-check --no-fail-fast --color never --target wasm32-unknown-unknown --test web 2>&1 | tee "$log_dir/browser.log"
status=${PIPESTATUS[0]}
read -r p f < <(count_cargo "$log_dir/browser.log")
record browser "$status" "$p" "$f"

echo "==> layer 3/4: end-to-end against the release build" >&2
if trunk build --release --offline 2>&1 | tee "$log_dir/build.log" >&2; then
  node --test --test-concurrency=2 --test-reporter=spec e2e/*.test.mjs 2>&1 | tee "$log_dir/e2e.log"
  status=${PIPESTATUS[0]}
  p=$(grep -E '^ℹ pass ' "$log_dir/e2e.log" | awk '{print $3}'); f=$(grep -E '^ℹ fail ' "$log_dir/e2e.log" | awk '{print $3}')
  record e2e "$status" "${p:-0}" "${f:-0}"
else
  record e2e 1 0 1
fi

echo "==> layer 4/4: clippy (native and wasm32), each run one test" >&2
cargo clippy --workspace --all-targets --color never -- -D warnings >&2
if [ $? -eq 0 ]; then record clippy-native 0 1 0; else record clippy-native 1 0 1; fi
cargo clippy -p arbeitgeber-check --target wasm32-unknown-unknown --lib --tests --features split --color never -- -D warnings >&2
if [ $? -eq 0 ]; then record clippy-wasm 0 1 0; else record clippy-wasm 1 0 1; fi

rm -rf "$log_dir"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
