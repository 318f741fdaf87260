//! The migrations of stored events as a web worker, loaded only when the
//! store holds events of an older format (written before an upgrade), so
//! the first load of the app does not carry them.
//!
//! First message out: "ready". Message in: an array of stored events (JSON
//! text). Message out: an array with, for each, an array of the events its
//! migrations make (JSON text), or a string: why it cannot be read.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsValue;

    jianyi::platform::answer_requests(move |data: JsValue| {
        let out = js_sys::Array::new();
        for raw in js_sys::Array::from(&data).iter() {
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
        out.into()
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
