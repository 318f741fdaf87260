//! The migrations of stored events as a web worker, loaded only when the
//! store holds events of an older format (written before an upgrade), so
//! the first load of the app does not carry them.
//!
//! First message out: "ready". Message in: an array of stored events (JSON
//! text). Message out: an array with, for each, an array of the events its
//! migrations make (JSON text), or a string: why it cannot be read.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let out = js_sys::Array::new();
        for raw in js_sys::Array::from(&ev.data()).iter() {
            let raw = raw.as_string().unwrap_or_default();
            let reply: JsValue = match jianyi_core::migrate::migrate(&raw) {
                Ok(events) => events
                    .iter()
                    .map(|e| JsValue::from_str(e))
                    .collect::<js_sys::Array>()
                    .into(),
                Err(reason) => JsValue::from_str(&reason),
            };
            out.push(&reply);
        }
        let _ = reply_to.post_message(&out);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
