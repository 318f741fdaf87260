#!/usr/bin/env bash
# Prints raw, gzip and brotli bytes of the release build: the first load
# (index.html and the wasm, js and css it loads) against the 350 KB brotli
# budget, then the parts loaded on demand (the demo county, import and
# migrate workers).
set -euo pipefail
cd "$(dirname "$0")/../dist"
BUDGET=$((350 * 1024))
row() {
  local f=$1 raw gz br
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  printf '%-44s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  echo "$raw $gz $br" >> "$tally"
}
sum() { awk '{r+=$1; g+=$2; b+=$3} END {printf "%d %d %d\n", r, g, b}' "$tally"; }
tally=$(mktemp)
trap 'rm -f "$tally"' EXIT
printf '%-44s %10s %10s %10s\n' "first load" raw gzip brotli
for f in index.html $(ls jianyi-*.js jianyi-*_bg.wasm main-*.css 2>/dev/null); do row "$f"; done
read -r raw gz br < <(sum)
printf '%-44s %10d %10d %10d\n' "first load total" "$raw" "$gz" "$br"
first_br=$br
: > "$tally"
printf '\n%-44s %10s %10s %10s\n' "on demand" raw gzip brotli
for f in $(ls demo_worker* import_worker* migrate_worker* 2>/dev/null); do row "$f"; done
read -r raw gz br < <(sum)
printf '%-44s %10d %10d %10d\n' "on demand total (workers)" "$raw" "$gz" "$br"
awk -v b="$first_br" -v budget=$((BUDGET / 1024)) 'BEGIN { printf "\nfirst load: %.1f KB brotli of a %d KB budget\n", b / 1024, budget }'
if [ "$first_br" -gt "$BUDGET" ]; then
  echo "over budget" >&2
  exit 1
fi
