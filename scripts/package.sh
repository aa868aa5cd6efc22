#!/usr/bin/env bash
# Writes target/package/arbeitgeber-check-<version>.zip: the release files with precompressed .br/.gz beside each
# compressible file, the default kammer.json and kammer.example.json, the web editors' guide (KAMMER.md), an Apache
# .htaccess and the nginx sample configuration. SKIP_BUILD=1 packages the dist/ that is already there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
[ "${SKIP_BUILD:-}" = 1 ] || trunk build --release --offline >&2

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
name="arbeitgeber-check-$version"
out_dir=target/package
stage="$out_dir/$name"
web="$stage/arbeitgeber-check"
rm -rf "$stage" "$out_dir/$name.zip"
mkdir -p "$web" "$stage/nginx"

[ -f dist/index.html ] && [ -f dist/kammer.json ] || { echo "dist/ is not a complete release build" >&2; exit 1; }
cp -a dist/. "$web/"
cp kammer.example.json "$web/"
cp packaging/htaccess "$web/.htaccess"
cp packaging/nginx/*.conf "$stage/nginx/"
cp KAMMER.md "$stage/"

# Precompress what the app is made of, the content file (content-<hash>.json, never edited) included. Not kammer.json
# and kammer.example.json: the chamber edits them, and a stale precompressed copy would be served instead.
while IFS= read -r file; do
  brotli -q 11 -f -k -o "$file.br" "$file"
  gzip -9 -n -k -f "$file"
  touch -r "$file" "$file.br" "$file.gz"
  # A tiny file can grow when compressed; then the original is the better copy to send.
  size=$(stat -c %s "$file")
  for packed in "$file.br" "$file.gz"; do [ "$(stat -c %s "$packed")" -lt "$size" ] || rm "$packed"; done
done < <(find "$web" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.svg' -o -name '*.html' -o -name 'content-*.json' \))

# Stable file order and no extra attributes, so the zip depends only on its contents.
(cd "$out_dir" && find "$name" -print | LC_ALL=C sort | zip -q -X -@ "$name.zip")
ls -l "$out_dir/$name.zip"
