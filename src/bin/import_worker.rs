//! The import file readers (CSV in UTF-8 or GBK, and .xlsx) as a web worker,
//! loaded only when a clerk chooses a file to import, so the first load of
//! the app does not carry the zip, inflate and XML code.
//!
//! First message out: "ready". Message in: `[file_name, Uint8Array]`.
//! Message out: an array of rows (arrays of strings), or a string: the
//! clerk's message why the file was refused.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let args = js_sys::Array::from(&ev.data());
        let name = args.get(0).as_string().unwrap_or_default();
        let bytes = js_sys::Uint8Array::new(&args.get(1)).to_vec();
        let reply: JsValue =
            match jianyi_formats::rows_from_file(&name, &bytes, jianyi::platform::decode_gbk) {
                Ok(rows) => rows
                    .into_iter()
                    .map(|row| {
                        row.into_iter()
                            .map(|c| JsValue::from_str(&c))
                            .collect::<js_sys::Array>()
                    })
                    .collect::<js_sys::Array>()
                    .into(),
                Err(e) => JsValue::from_str(&e.message_zh()),
            };
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
