#!/usr/bin/env bash
# Installs what building and testing 建议通 needs, and only what is missing:
# each tool's version is checked first, so a rerun takes about a second.
# Cold, on a 2-core machine: wasm-bindgen-cli compiles from crates.io (a few
# minutes, once); wasm-opt comes ready-made from npm's binaryen package
# (binaryen compiled to WebAssembly, run by Node); the build itself is
# scripts/build.py. Nothing is downloaded from outside the registries.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock
WASM_OPT_VERSION=132           # npm binaryen, pinned in package.json
APT_PACKAGES=(chromium chromium-driver fonts-wqy-microhei brotli)

say() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages: the browser and its driver for tests, a CJK font so
# screenshots show Chinese, brotli for `make size`.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

version_of() { "$HOME/.cargo/bin/$1" --version 2>/dev/null || true; }

if ! version_of wasm-bindgen | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile pins a crate version the registry lacks. The
  # fallback resolver picks versions this rustc can build.
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback \
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Crates, fetched once, so the build runs offline.
cargo fetch --locked -q

# Playwright (which drives the system Chromium and never downloads a
# browser), binaryen's wasm-opt, terser (the build minifies the glue) and
# SheetJS (a journey reads the exported workbook), pinned in package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# The Makefile puts node_modules/.bin first on PATH, so the build finds this
# wasm-opt (Debian's binaryen 108, if installed, writes a wasm that fails
# at load).
if ! PATH="$PWD/node_modules/.bin:$PATH" wasm-opt --version | grep -q "version $WASM_OPT_VERSION"; then
  say "error: node_modules/.bin/wasm-opt is not binaryen $WASM_OPT_VERSION"
  exit 1
fi

say "ready: $(version_of wasm-bindgen), $(node_modules/.bin/wasm-opt --version)"
