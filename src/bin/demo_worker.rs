//! The demo county's generator as a web worker, built by trunk as its own
//! small wasm and loaded only when a clerk opens the demo, so the first load
//! of the app does not carry the generator and its Chinese texts.
//!
//! First message out: "ready". Message in: `[seed, "YYYY-MM-DD", now_ms,
//! office]`, office "committee" (the demo county's committee office) or
//! "station" (the township station of the two-office demo). Message out:
//! `[events, seqs]`, the events as JSON strings and, for each, the number
//! the committee office's seal gives it (or null), or a string starting
//! with `error:`.

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
        let office = args.get(3).as_string();
        let reply = match (seed, today, now_ms, office.as_deref()) {
            (Some(seed), Some(today), Some(now_ms), Some(office @ ("committee" | "station"))) => {
                use jianyi_demo::two_offices;
                let county = jianyi_demo::county(seed, today, now_ms);
                let (events, seqs) = if office == "station" {
                    let demo = two_offices::station(&county, seed, today);
                    let seqs = two_offices::station_seqs(&county, &demo);
                    (
                        demo.from_committee.into_iter().chain(demo.own).collect(),
                        seqs,
                    )
                } else {
                    let seqs = two_offices::committee_seqs(&county);
                    (county, seqs)
                };
                let out = js_sys::Array::new();
                for event in events {
                    out.push(&JsValue::from_str(&event.to_json()));
                }
                let numbers = js_sys::Array::new();
                for seq in seqs {
                    numbers.push(&seq.map_or(JsValue::NULL, |n| JsValue::from_f64(n as f64)));
                }
                js_sys::Array::of2(&out, &numbers).into()
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
