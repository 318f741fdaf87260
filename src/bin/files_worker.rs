//! The file writers as a web worker, loaded only when a clerk downloads a
//! workbook or a disclosure folder: rust_xlsxwriter and its zip are in no
//! page's first load.
//!
//! First message out: "ready". Messages in:
//! - `["xlsx", sheets_json, title]`: the sheets as
//!   `jianyi_formats::workbook::Sheet`s in JSON; out: the .xlsx bytes;
//! - `["zip", [[path, text], ...], "YYYY-MM-DD"]`: out: the .zip bytes of
//!   the files, dated that day.
//!
//! Out, on failure: a string, the clerk's message why.

#[cfg(target_arch = "wasm32")]
fn main() {
    use jianyi_formats::folder::write_zip;
    use jianyi_formats::workbook::{Sheet, write_xlsx};
    use wasm_bindgen::JsValue;

    fn date(text: &str) -> (u16, u8, u8) {
        let mut parts = text.split('-').map(|p| p.parse::<u16>().unwrap_or(1));
        let y = parts.next().unwrap_or(1980);
        let m = parts.next().unwrap_or(1) as u8;
        let d = parts.next().unwrap_or(1) as u8;
        (y, m, d)
    }

    jianyi::platform::answer_requests(move |data: JsValue| {
        let args = js_sys::Array::from(&data);
        let made = match args.get(0).as_string().as_deref() {
            Some("xlsx") => {
                let json = args.get(1).as_string().unwrap_or_default();
                let title = args.get(2).as_string().unwrap_or_default();
                serde_json::from_str::<Vec<Sheet>>(&json)
                    .map_err(|e| format!("工作簿数据无法读取：{e}"))
                    .and_then(|sheets| write_xlsx(&sheets, &title))
            }
            Some("zip") => {
                let files: Vec<(String, Vec<u8>)> = js_sys::Array::from(&args.get(1))
                    .iter()
                    .map(|f| {
                        let f = js_sys::Array::from(&f);
                        let path = f.get(0).as_string().unwrap_or_default();
                        let text = f.get(1).as_string().unwrap_or_default();
                        (path, text.into_bytes())
                    })
                    .collect();
                write_zip(&files, date(&args.get(2).as_string().unwrap_or_default()))
            }
            _ => Err("未知的文件类型".to_string()),
        };
        match made {
            Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
            Err(message) => JsValue::from_str(&message),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
