#!/usr/bin/env bash
# Prints raw, gzip and brotli bytes of the release build: for each entry
# page, what a first visit to it transfers before the app is ready (the
# page and the wasm, js and css it names — the service worker precaches
# exactly these), against the 350 KB brotli budget; then the parts loaded
# on demand (the demo county, import and migrate workers, and the pages not
# yet visited).
set -euo pipefail
cd "$(dirname "$0")/../dist"
BUDGET=$((350 * 1024))
row() {
  local f=$1 raw gz br
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  printf '  %-46s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
  echo "$raw $gz $br" >> "$tally"
}
sum() { awk '{r+=$1; g+=$2; b+=$3} END {printf "%d %d %d\n", r, g, b}' "$tally"; }
tally=$(mktemp)
trap 'rm -f "$tally"' EXIT
over=0
summary=""
printf '%-48s %10s %10s %10s\n' "first visit, per entry page" raw gzip brotli
for page in $(ls *.html); do
  : > "$tally"
  echo "$page"
  row "$page"
  for f in $(grep -oE "(href|from|module_or_path:)\s*=?\s*['\"]\./[^'\"#]+\.(js|wasm|css)['\"]" "$page" | grep -oE "\./[^'\"]+" | sed 's#^\./##' | sort -u); do
    row "$f"
  done
  read -r raw gz br < <(sum)
  printf '  %-46s %10d %10d %10d\n' "first visit to $page" "$raw" "$gz" "$br"
  summary+=$(awk -v p="$page" -v b="$br" -v budget=$((BUDGET / 1024)) 'BEGIN { printf "%s: %.1f KB brotli of a %d KB budget\\n", p, b / 1024, budget }')
  if [ "$br" -gt "$BUDGET" ]; then over=1; fi
done
: > "$tally"
printf '\n%-48s %10s %10s %10s\n' "on demand (workers)" raw gzip brotli
for f in $(ls *_worker* 2>/dev/null); do row "$f"; done
read -r raw gz br < <(sum)
printf '  %-46s %10d %10d %10d\n' "on demand total (workers)" "$raw" "$gz" "$br"
printf '\nfirst visit:\n%b' "$summary"
if [ "$over" -ne 0 ]; then
  echo "over budget" >&2
  exit 1
fi
