# 建议通 Jianyi — the two commands a new user needs are `make run` and
# `make test`; both set up whatever is missing first.

SHELL := /bin/bash
# node_modules/.bin first: the build must find npm binaryen's wasm-opt.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMEDRIVER := /usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

PORT ?= 8080

.PHONY: setup build run test lint test-core test-browser test-e2e size bench clean

setup:
	@bash scripts/setup.sh

## The release build in dist/ (every entry page and worker, wasm-opt -Oz),
## with a copy under target/subpath/jianyi/.
build: setup
	python3 scripts/build.py
	@rm -rf target/subpath && mkdir -p target/subpath && ln -s ../../dist target/subpath/jianyi

## Serve dist/ with a plain static server, as a township's web host would.
run: build
	@echo "建议通: http://127.0.0.1:$(PORT)/  (Ctrl+C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## The app (jianyi) only runs as wasm: it is linted for wasm32 alone (a
## native pass checked Leptos and the app a second time, ~4 min). The native
## clippy and test-core select the same packages, so cargo resolves the same
## features and builds the proc macros and build scripts once for both.
lint: setup
	cargo fmt --all --check
	cargo clippy --workspace --exclude jianyi --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p jianyi --all-targets -- -D warnings

test-core: setup
	cargo test --workspace --exclude jianyi

test-browser: setup
	cargo test --target wasm32-unknown-unknown -p jianyi

test-e2e: build
	npx playwright test

size: build
	@bash scripts/size.sh

## Native benchmarks: the core (fold, decide, checks, import preview) and
## the seals (signature checks per second).
bench: setup
	cargo bench -p jianyi-core --bench core
	cargo bench -p jianyi-seal --bench seal

test: lint test-core test-browser build size test-e2e

clean:
	rm -rf dist target/subpath test-results
