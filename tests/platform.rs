//! Browser tests of the platform helpers that format figures for a clerk.
#![cfg(target_arch = "wasm32")]

use jianyi::platform::{decimals, human_bytes};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn decimals_round_half_up_with_integer_arithmetic() {
    assert_eq!(decimals(12.345, 2), "12.35");
    assert_eq!(decimals(0.05, 1), "0.1");
    assert_eq!(decimals(3.0, 2), "3.00");
    assert_eq!(decimals(99.96, 1), "100.0");
    assert_eq!(decimals(7.4, 0), "7");
    assert_eq!(decimals(-1.0, 1), "0.0");
}

#[wasm_bindgen_test]
fn bytes_read_as_kb_mb_or_gb() {
    assert_eq!(human_bytes(1536.0), "1.5 KB");
    assert_eq!(human_bytes(5.0 * 1024.0 * 1024.0), "5.0 MB");
    assert_eq!(human_bytes(2.25 * 1024.0 * 1024.0 * 1024.0), "2.3 GB");
}
