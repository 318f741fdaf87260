//! The demo county's generator as a web worker, built by trunk as its own
//! small wasm and loaded only when a clerk opens the demo, so the first load
//! of the app does not carry the generator and its Chinese texts.
//!
//! First message out: "ready". Message in: `[seed, "YYYY-MM-DD", now_ms,
//! office]`, office "committee" (the demo county's committee office) or
//! "station" (the township station of the two-office demo). Message out:
//! `[events, seqs, seals, keys]`: the events as JSON strings; for each,
//! the number the committee office's seal gives it (or null) and that
//! seal's signature over its exact text (or null); and the public key and
//! fingerprint of this demo office and of the other one, `[own_key,
//! own_fingerprint, other_key, other_fingerprint]` — the demo's keys are
//! public, and signing here keeps the crypto out of every page's first
//! load. Or a string starting with `error:`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsValue;

    jianyi::platform::answer_requests(move |data: JsValue| {
        let args = js_sys::Array::from(&data);
        let seed = args.get(0).as_f64().map(|s| s as u64);
        let today = args
            .get(1)
            .as_string()
            .and_then(|d| jianyi_core::dates::parse_ymd(&d));
        let now_ms = args.get(2).as_f64().map(|n| n as u64);
        let office = args.get(3).as_string();
        match (seed, today, now_ms, office.as_deref()) {
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
                let numbers = js_sys::Array::new();
                let seals = js_sys::Array::new();
                for (event, seq) in events.iter().zip(&seqs) {
                    let json = event.to_json();
                    numbers.push(&seq.map_or(JsValue::NULL, |n| JsValue::from_f64(n as f64)));
                    let seal = seq.and_then(|_| {
                        jianyi_seal::seal_event(two_offices::COMMITTEE_SECRET, &json).ok()
                    });
                    seals.push(&seal.map_or(JsValue::NULL, |s| JsValue::from_str(&s)));
                    out.push(&JsValue::from_str(&json));
                }
                let (own, other) = if office == "station" {
                    (two_offices::STATION_SECRET, two_offices::COMMITTEE_SECRET)
                } else {
                    (two_offices::COMMITTEE_SECRET, two_offices::STATION_SECRET)
                };
                let keys = js_sys::Array::new();
                for secret in [own, other] {
                    let key = jianyi_seal::public_key(secret).unwrap_or_default();
                    let print = jianyi_seal::fingerprint(&key).unwrap_or_default();
                    keys.push(&JsValue::from_str(&key));
                    keys.push(&JsValue::from_str(&print));
                }
                js_sys::Array::of4(&out, &numbers, &seals, &keys).into()
            }
            _ => JsValue::from_str("error: bad request"),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
