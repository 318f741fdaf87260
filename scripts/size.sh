#!/usr/bin/env bash
# Prints raw, gzip and brotli bytes of the release build's wasm, js and css,
# and the first load's compressed total against the 350 KB brotli budget.
set -euo pipefail
cd "$(dirname "$0")/../dist"
BUDGET=$((350 * 1024))
total_gz=0; total_br=0; total_raw=0
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
for f in index.html $(ls *.wasm *.js *.css 2>/dev/null); do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
done
printf '%-44s %10d %10d %10d\n' "first load total" "$total_raw" "$total_gz" "$total_br"
awk -v b="$total_br" -v budget=$((BUDGET / 1024)) 'BEGIN { printf "first load: %.1f KB brotli of a %d KB budget\n", b / 1024, budget }'
if [ "$total_br" -gt "$BUDGET" ]; then
  echo "over budget" >&2
  exit 1
fi
