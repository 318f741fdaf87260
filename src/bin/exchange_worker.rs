//! The exchange's signatures (Ed25519 and SHA-256 in pure Rust, crate
//! `jianyi-seal`) as a web worker, loaded only when an office first makes
//! its identity, exports or imports a packet, so the first load of the app
//! does not carry them, and working on plain-http hosts where the browser
//! gives no `crypto.subtle`.
//!
//! First message out: "ready". Then any number of requests, each a JSON
//! string (`jianyi_seal::wire::Request`: identity, seal, sign, open), each
//! answered in order by one JSON string: the op's reply, or
//! `{"error":"中文"}`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsValue;

    jianyi::platform::answer_requests(move |data: JsValue| {
        let request = data.as_string().unwrap_or_default();
        let reply = jianyi_seal::wire::handle(&request, now_ms);
        JsValue::from_str(&reply)
    });
}

/// The worker's `performance.now()` (sub-millisecond), or `Date.now()`
/// where a worker has no `performance`.
#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    use wasm_bindgen::{JsCast, JsValue};
    let global: JsValue = js_sys::global().into();
    js_sys::Reflect::get(&global, &JsValue::from_str("performance"))
        .ok()
        .filter(|p| p.is_object())
        .and_then(|performance| {
            let now = js_sys::Reflect::get(&performance, &JsValue::from_str("now")).ok()?;
            now.dyn_into::<js_sys::Function>()
                .ok()?
                .call0(&performance)
                .ok()?
                .as_f64()
        })
        .unwrap_or_else(js_sys::Date::now)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
