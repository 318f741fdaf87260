//! The import file readers (CSV in UTF-8 or GBK, and .xlsx) as a web worker,
//! loaded only when a clerk chooses a file to import, so the first load of
//! the app does not carry the zip, inflate and XML code.
//!
//! First message out: "ready". Message in: `[file_name, Uint8Array,
//! prefer]`, `prefer` naming the worksheet of an .xlsx to read (the first
//! whose name holds it; else the first).
//! Message out: an array of rows (arrays of strings), or a string: the
//! clerk's message why the file was refused.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsValue;

    jianyi::platform::answer_requests(move |data: JsValue| {
        let args = js_sys::Array::from(&data);
        let name = args.get(0).as_string().unwrap_or_default();
        let bytes = js_sys::Uint8Array::new(&args.get(1)).to_vec();
        let prefer = args.get(2).as_string().unwrap_or_default();
        let reply: JsValue = match jianyi_formats::rows_from_sheet(
            &name,
            &bytes,
            jianyi::platform::decode_gbk,
            &prefer,
        ) {
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
        reply
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
