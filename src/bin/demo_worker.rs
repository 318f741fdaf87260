//! The demo county's generator as a web worker, built by trunk as its own
//! small wasm and loaded only when a clerk opens the demo, so the first load
//! of the app does not carry the generator and its Chinese texts.
//!
//! First message out: "ready". Message in: `[seed, "YYYY-MM-DD", now_ms]`. Message out: an array of the
//! events as JSON strings, or a string starting with `error:`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let args = js_sys::Array::from(&ev.data());
        let seed = args.get(0).as_f64().map(|s| s as u64);
        let today = args
            .get(1)
            .as_string()
            .and_then(|d| jianyi_core::dates::parse_ymd(&d));
        let now_ms = args.get(2).as_f64().map(|n| n as u64);
        let reply = match (seed, today, now_ms) {
            (Some(seed), Some(today), Some(now_ms)) => {
                let out = js_sys::Array::new();
                for event in jianyi_demo::county(seed, today, now_ms) {
                    out.push(&JsValue::from_str(&event.to_json()));
                }
                out.into()
            }
            _ => JsValue::from_str("error: bad request"),
        };
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Tell the app the worker listens now; it sends its request only then.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
