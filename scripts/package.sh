#!/usr/bin/env bash
# Writes target/package/arbeitgeber-check-<version>.zip: the release files with precompressed .br/.gz beside each
# compressible file, kammer.example.json, the Apache settings as htaccess.txt, the nginx sample configuration and the
# guides (KAMMER.md and the guides it links). SKIP_BUILD=1 packages the dist/ (or $DIST) that is already there.
# Never shipped under the name a chamber edits, so uploading an update over an installation keeps the chamber's
# edition: no kammer.json (missing means "no chamber"), no .htaccess (the chamber renames htaccess.txt once).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
[ "${SKIP_BUILD:-}" = 1 ] || trunk build --release --offline >&2

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
name="arbeitgeber-check-$version"
# PACKAGE_DIR: where the zip goes (the e2e tests give each build its own folder, so parallel specs never share one).
out_dir=${PACKAGE_DIR:-target/package}
stage="$out_dir/$name"
web="$stage/arbeitgeber-check"
rm -rf "$stage" "$out_dir/$name.zip"
mkdir -p "$web" "$stage/nginx"

dist=${DIST:-dist}
[ -f "$dist/index.html" ] && [ -f "$dist/sw.js" ] || { echo "dist/ is not a complete release build" >&2; exit 1; }
for edited in kammer.json .htaccess; do
  [ ! -e "$dist/$edited" ] || { echo "$dist/$edited must not ship: an update would overwrite the chamber's file" >&2; exit 1; }
done
cp -a "$dist/." "$web/"
cp kammer.example.json "$web/"
cp packaging/htaccess.txt "$web/htaccess.txt"
cp packaging/nginx/*.conf "$stage/nginx/"
# The editors' guide and the guides it links; a link to a guide left out fails the build.
cp KAMMER.md EMBEDDING.md BENCHMARK.md "$stage/"
for guide in "$stage"/*.md; do
  for linked in $(grep -o '](\([A-Za-z_-]*\.md\))' "$guide" | sed 's/^](//; s/)$//'); do
    [ -f "$stage/$linked" ] || { echo "$(basename "$guide") links $linked, which the package lacks" >&2; exit 1; }
  done
done

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
