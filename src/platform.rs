//! What the browser provides beyond storage: the clock, randomness, the
//! China-time business date, Web Locks, and the storage manager's figures.
//! The core receives all of these as values; only this module asks for them.

use chrono::{DateTime, NaiveDate};
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since the epoch by the PC clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date in China time (UTC+8), the default business date.
pub fn china_today() -> NaiveDate {
    let ms = now_ms() as i64 + 8 * 3600 * 1000;
    DateTime::from_timestamp_millis(ms)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// The China date (UTC+8) of a moment, ms since the epoch.
pub fn china_date(ms: u64) -> NaiveDate {
    DateTime::from_timestamp_millis(ms as i64 + 8 * 3600 * 1000)
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// Now in China time as an RFC 3339 text (`2026-11-28T10:15:00+08:00`),
/// for when a packet was made.
pub fn china_now_text() -> String {
    let ms = now_ms() as i64 + 8 * 3600 * 1000;
    DateTime::from_timestamp_millis(ms)
        .map(|t| format!("{}+08:00", t.naive_utc().format("%Y-%m-%dT%H:%M:%S")))
        .unwrap_or_default()
}

/// A moment (ms since the epoch) in China time, `2026-11-28 10:15`, for
/// history lists.
pub fn china_time_text(ms: u64) -> String {
    DateTime::from_timestamp_millis(ms as i64 + 8 * 3600 * 1000)
        .map(|t| t.naive_utc().format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// 128 random bits from the browser's cryptographic generator, for ids.
pub fn random_u128() -> u128 {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // Without crypto (very old browsers), fall back to Math.random; ids
        // only need to be distinct, not secret.
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    u128::from_be_bytes(bytes)
}

/// Whether the page is a secure context (https, or localhost): over plain
/// http on an office network browsers give no service worker, Web Locks,
/// CacheStorage or `crypto.subtle`.
pub fn secure_context() -> bool {
    web_sys::window().is_some_and(|w| w.is_secure_context())
}

/// Whether this tab may write, and how that was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer {
    /// This tab holds the Web Lock.
    Lock,
    /// No Web Locks (plain http): this tab holds the lease in localStorage.
    Lease,
    /// Another tab writes.
    OtherTab,
    /// Neither Web Locks nor localStorage: nothing can elect a writer, and
    /// this tab writes (two tabs' commands still meet as conflicts, never
    /// as overwrites).
    Unguarded,
}

impl Writer {
    pub fn may_write(self) -> bool {
        !matches!(self, Writer::OtherTab)
    }
}

/// Elects this tab the one writer if no other tab is: through the Web Lock
/// `name` where the browser has Web Locks, else through a lease in
/// localStorage renewed while the tab lives and announced on a
/// BroadcastChannel when it is given up.
pub async fn hold_writer(name: &str) -> Writer {
    match try_web_lock(name).await {
        Some(true) => Writer::Lock,
        Some(false) => Writer::OtherTab,
        None => match try_lease(name).await {
            Some(true) => Writer::Lease,
            Some(false) => Writer::OtherTab,
            None => Writer::Unguarded,
        },
    }
}

/// Asks for the Web Lock `name` without waiting: Some(true) when this tab
/// holds it until it closes, Some(false) when another tab does, None when
/// the browser has no Web Locks.
async fn try_web_lock(name: &str) -> Option<bool> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &"request".into())
        .and_then(|f| f.dyn_into::<Function>())
        .ok()?;
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let name = JsValue::from_str(name);
    let granted = Promise::new(&mut |resolve, reject| {
        let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
            if lock.is_null() {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::FALSE);
                JsValue::UNDEFINED
            } else {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::TRUE);
                // Never settles: the lock is held while the tab lives.
                Promise::new(&mut |_, _| {}).into()
            }
        });
        if request.call3(&locks, &name, &options, &callback).is_err() {
            let _ = reject.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    JsFuture::from(granted).await.ok().and_then(|v| v.as_bool())
}

/// How long a writer's lease lasts unless renewed, and how often it is.
const LEASE_MS: u64 = 6_000;
const RENEW_MS: i32 = 2_000;
/// How long a tab waits after claiming the lease before reading it back,
/// so that of two tabs opened at once only one writes.
const SETTLE_MS: i32 = 200;

/// The lease `name` in localStorage: Some(true) when this tab now holds it,
/// Some(false) when another tab's lease is alive, None without
/// localStorage.
async fn try_lease(name: &str) -> Option<bool> {
    let window = web_sys::window()?;
    let storage = window.local_storage().ok()??;
    let key = format!("{name}-lease");
    let me = format!("{:032x}", random_u128());
    let holder = |storage: &web_sys::Storage, key: &str| -> Option<(String, u64)> {
        let value = storage.get_item(key).ok()??;
        let (id, until) = value.split_once('|')?;
        Some((id.to_string(), until.parse().ok()?))
    };
    if let Some((id, until)) = holder(&storage, &key)
        && id != me
        && until > now_ms()
    {
        return Some(false);
    }
    let claim = {
        let (key, me) = (key.clone(), me.clone());
        move |storage: &web_sys::Storage| {
            storage
                .set_item(&key, &format!("{me}|{}", now_ms() + LEASE_MS))
                .is_ok()
        }
    };
    if !claim(&storage) {
        return None;
    }
    // Give the lease up when the page goes — registered before anything
    // is awaited, so a page reloaded at once leaves no live lease behind —
    // and say so to the other tabs.
    let channel = web_sys::BroadcastChannel::new(name).ok();
    let mine = format!("{me}|");
    let release_storage = storage.clone();
    let release_key = key.clone();
    let release = Closure::<dyn FnMut()>::new(move || {
        if release_storage
            .get_item(&release_key)
            .ok()
            .flatten()
            .is_some_and(|v| v.starts_with(&mine))
        {
            let _ = release_storage.remove_item(&release_key);
            if let Some(c) = &channel {
                let _ = c.post_message(&JsValue::from_str("released"));
            }
        }
    });
    let _ = window.add_event_listener_with_callback("pagehide", release.as_ref().unchecked_ref());
    release.forget();
    sleep(SETTLE_MS).await;
    if holder(&storage, &key).is_none_or(|(id, _)| id != me) {
        return Some(false);
    }
    // Renew while the page lives.
    let renew = Closure::<dyn FnMut()>::new(move || {
        claim(&storage);
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        renew.as_ref().unchecked_ref(),
        RENEW_MS,
    );
    renew.forget();
    Some(true)
}

/// Calls `then` when the writing tab has gone: announced on the
/// BroadcastChannel, or (lease mode, where a page that crashed cannot
/// announce) its lease no longer renewed.
pub fn on_writer_released(name: &str, then: impl Fn() + 'static) {
    let then = std::rc::Rc::new(then);
    if let Ok(channel) = web_sys::BroadcastChannel::new(name) {
        let announced = then.clone();
        let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| announced());
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        listener.forget();
        std::mem::forget(channel);
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator: JsValue = window.navigator().into();
    let has_locks = Reflect::get(&navigator, &"locks".into()).is_ok_and(|v| !v.is_undefined());
    let Ok(Some(storage)) = window.local_storage() else {
        return;
    };
    if has_locks {
        return;
    }
    let key = format!("{name}-lease");
    let poll = Closure::<dyn FnMut()>::new(move || {
        let alive = storage
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|v| {
                v.split_once('|')
                    .and_then(|(_, until)| until.parse::<u64>().ok())
            })
            .is_some_and(|until| until > now_ms());
        if !alive {
            then();
        }
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        poll.as_ref().unchecked_ref(),
        RENEW_MS,
    );
    poll.forget();
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let done = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(done).await;
}

/// The storage manager's answers: whether storage is persistent, and usage
/// and quota in bytes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageFigures {
    /// None: the browser has no storage manager.
    pub persisted: Option<bool>,
    pub usage: Option<f64>,
    pub quota: Option<f64>,
}

/// Requests persistent storage (so the browser does not evict the data under
/// pressure or when the site goes unused), unless it is already granted,
/// and reads usage and quota.
pub async fn request_persistence() -> StorageFigures {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return StorageFigures::default();
    };
    let ask = |p: Result<Promise, JsValue>| async move {
        match p {
            Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_bool()),
            Err(_) => None,
        }
    };
    let persisted = match ask(manager.persisted()).await {
        Some(true) => Some(true),
        _ => ask(manager.persist()).await,
    };
    let mut figures = StorageFigures {
        persisted,
        ..StorageFigures::default()
    };
    if let Ok(p) = manager.estimate()
        && let Ok(est) = JsFuture::from(p).await
    {
        figures.usage = Reflect::get(&est, &"usage".into())
            .ok()
            .and_then(|v| v.as_f64());
        figures.quota = Reflect::get(&est, &"quota".into())
            .ok()
            .and_then(|v| v.as_f64());
    }
    figures
}

/// Bytes as a clerk reads them: KB, MB or GB, one decimal.
pub fn human_bytes(bytes: f64) -> String {
    const KB: f64 = 1024.0;
    let (value, unit) = if bytes < KB * KB {
        (bytes / KB, "KB")
    } else if bytes < KB * KB * KB {
        (bytes / KB / KB, "MB")
    } else {
        (bytes / KB / KB / KB, "GB")
    };
    format!("{} {unit}", decimals(value, 1))
}

/// A number with `places` decimals, rounded half up, written with integer
/// arithmetic: Rust's float formatting would add kilobytes to the app.
pub fn decimals(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let n = (value.max(0.0) * scale as f64).round() as u64;
    if places == 0 {
        return n.to_string();
    }
    format!(
        "{}.{:0width$}",
        n / scale,
        n % scale,
        width = places as usize
    )
}

/// Reloads the page (after switching between real and demo data).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    offer(file_name, &JsValue::from_str(text), mime)
}

/// Offers `bytes` as a file download named `file_name`.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    offer(file_name, &js_sys::Uint8Array::from(bytes).into(), mime)
}

fn offer(file_name: &str, part: &JsValue, mime: &str) -> Result<(), String> {
    let fail = |what: &str| format!("无法生成下载文件（{what}）");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("a"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The file chosen in the `<input type="file">` an event came from (the
/// input cleared, so choosing the same file again is noticed).
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The bytes of a chosen file.
pub async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "浏览器无法读取所选文件，请重新选择".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Decodes GBK (GB18030) bytes with the browser's TextDecoder, as Chinese
/// Excel and WPS save CSV; no encoding tables are bundled.
pub fn decode_gbk(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gbk", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// A web worker's main loop: each message in is answered by one message
/// out, `answer(data)`; "ready" is said first, once it listens, so a
/// request sent on "ready" cannot be missed (`ask_worker`).
pub fn answer_requests(answer: impl Fn(JsValue) -> JsValue + 'static) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Err(e) = reply_to.post_message(&answer(ev.data())) {
                // The page waits for this reply: say why it cannot come.
                let _ = reply_to.post_message(&JsValue::from_str(&format!("无法回复：{e:?}")));
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// Starts the worker whose loader trunk wrote as `loader` (unhashed, loaded
/// only now), waits until it says "ready", sends `request` and returns its
/// one reply. A worker that fails to start or throws gives its message.
async fn ask_worker(loader: &str, request: JsValue) -> Result<JsValue, String> {
    let worker = web_sys::Worker::new(loader).map_err(|e| format!("{e:?}"))?;
    // The request goes only after "ready", so it cannot arrive before the
    // worker listens.
    let answer = Promise::new(&mut |resolve, reject| {
        let w = worker.clone();
        let request = request.clone();
        let post_failed = reject.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let data = ev.data();
                if data.as_string().as_deref() == Some("ready") {
                    if w.post_message(&request).is_err() {
                        let _ = post_failed.call1(&JsValue::NULL, &JsValue::from_str("post"));
                    }
                } else {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let rej = reject.clone();
        let on_error = Closure::once_into_js(move |ev: web_sys::ErrorEvent| {
            let _ = rej.call1(&JsValue::NULL, &JsValue::from_str(&ev.message()));
        });
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    let reply = JsFuture::from(answer).await;
    worker.terminate();
    reply.map_err(|e| e.as_string().unwrap_or_default())
}

/// Runs the demo's generator in its worker for one office of the demo
/// ("committee" or "station") and returns its events as JSON strings, each
/// with the number the committee office's seal gives it (or none).
/// What the demo worker makes: each event's JSON with its committee seal
/// number and signature (where the committee office sealed it), and the
/// public key and fingerprint of this demo office and of the other.
pub struct DemoMade {
    pub events: Vec<(String, Option<u64>, Option<String>)>,
    pub own: (String, String),
    pub other: (String, String),
}

pub async fn demo_events(
    seed: u64,
    today: chrono::NaiveDate,
    now_ms: u64,
    office: &str,
) -> Result<DemoMade, String> {
    let request = js_sys::Array::of4(
        &JsValue::from_f64(seed as f64),
        &JsValue::from_str(&jianyi_core::dates::ymd(today)),
        &JsValue::from_f64(now_ms as f64),
        &JsValue::from_str(office),
    );
    let reply = ask_worker("./demo_worker_loader.js", request.into())
        .await
        .map_err(|e| format!("示范数据生成失败：{e}"))?;
    if let Some(text) = reply.as_string() {
        return Err(format!("示范数据生成失败：{text}"));
    }
    let reply = js_sys::Array::from(&reply);
    let events = js_sys::Array::from(&reply.get(0));
    let seqs = js_sys::Array::from(&reply.get(1));
    let seals = js_sys::Array::from(&reply.get(2));
    let keys: Vec<String> = js_sys::Array::from(&reply.get(3))
        .iter()
        .map(|k| k.as_string().unwrap_or_default())
        .collect();
    let [own_key, own_print, other_key, other_print] = <[String; 4]>::try_from(keys)
        .map_err(|_| "示范数据生成失败：缺少示范单位的密钥".to_string())?;
    Ok(DemoMade {
        events: events
            .iter()
            .zip(seqs.iter())
            .zip(seals.iter())
            .filter_map(|((e, n), s)| {
                Some((e.as_string()?, n.as_f64().map(|n| n as u64), s.as_string()))
            })
            .collect(),
        own: (own_key, own_print),
        other: (other_key, other_print),
    })
}

/// Writes `sheets_json` (the core's workbook sheets as JSON) as .xlsx
/// bytes in the files worker, loaded only now.
pub async fn make_workbook(sheets_json: String, title: &str) -> Result<Vec<u8>, String> {
    let request = js_sys::Array::of3(
        &JsValue::from_str("xlsx"),
        &JsValue::from_str(&sheets_json),
        &JsValue::from_str(title),
    );
    files_worker(request, "Excel 工作簿生成失败").await
}

/// Packs `files` (path, text) as .zip bytes dated `on` in the files
/// worker, loaded only now.
pub async fn make_zip(files: &[(String, String)], on: NaiveDate) -> Result<Vec<u8>, String> {
    let list: js_sys::Array = files
        .iter()
        .map(|(p, t)| js_sys::Array::of2(&JsValue::from_str(p), &JsValue::from_str(t)))
        .collect();
    let request = js_sys::Array::of3(
        &JsValue::from_str("zip"),
        &list,
        &JsValue::from_str(&on.format("%Y-%m-%d").to_string()),
    );
    files_worker(request, "压缩文件生成失败").await
}

async fn files_worker(request: js_sys::Array, failed: &str) -> Result<Vec<u8>, String> {
    let reply = ask_worker("./files_worker_loader.js", request.into())
        .await
        .map_err(|e| format!("{failed}：{e}"))?;
    if let Some(text) = reply.as_string() {
        return Err(format!("{failed}：{text}"));
    }
    Ok(js_sys::Uint8Array::new(&reply).to_vec())
}

/// Migrates stored events of an older format in the migrate worker (the
/// migrations are not part of the first load): for each, the events it
/// becomes as JSON, or why it cannot be read.
pub async fn migrate_events(raws: &[String]) -> Result<Vec<Result<Vec<String>, String>>, String> {
    let request: js_sys::Array = raws.iter().map(|r| JsValue::from_str(r)).collect();
    let reply = ask_worker("./migrate_worker_loader.js", request.into())
        .await
        .map_err(|e| format!("旧格式记录转换失败：{e}"))?;
    Ok(js_sys::Array::from(&reply)
        .iter()
        .map(|one| match one.as_string() {
            Some(reason) => Err(reason),
            None => Ok(js_sys::Array::from(&one)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()),
        })
        .collect())
}

/// Reads a chosen file into rows of text in the import worker (the .xlsx
/// and CSV readers are not part of the first load): of an .xlsx, the
/// first worksheet whose name holds `prefer`, else the first. A refused
/// file gives the clerk's message.
pub async fn import_rows(
    file_name: &str,
    bytes: Vec<u8>,
    prefer: &str,
) -> Result<Vec<Vec<String>>, String> {
    let data = js_sys::Uint8Array::from(&bytes[..]);
    let request = js_sys::Array::of3(
        &JsValue::from_str(file_name),
        &data,
        &JsValue::from_str(prefer),
    );
    let reply = ask_worker("./import_worker_loader.js", request.into())
        .await
        .map_err(|e| format!("无法读取文件：{e}"))?;
    if let Some(message) = reply.as_string() {
        return Err(message);
    }
    Ok(js_sys::Array::from(&reply)
        .iter()
        .map(|row| {
            js_sys::Array::from(&row)
                .iter()
                .map(|c| c.as_string().unwrap_or_default())
                .collect()
        })
        .collect())
}

/// Whether the app's files are kept for opening without a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offline {
    /// A service worker keeps them.
    Kept,
    /// Plain http: browsers allow no service worker there.
    InsecureOrigin,
    /// The browser (or file://) has no service worker.
    Unsupported,
}

/// What `keep_app_offline` can do here.
pub fn offline_support() -> Offline {
    let Some(window) = web_sys::window() else {
        return Offline::Unsupported;
    };
    let navigator: JsValue = window.navigator().into();
    let has_worker =
        Reflect::get(&navigator, &"serviceWorker".into()).is_ok_and(|v| !v.is_undefined());
    match (has_worker, window.is_secure_context()) {
        (true, _) => Offline::Kept,
        (false, false) if window.location().protocol().is_ok_and(|p| p == "http:") => {
            Offline::InsecureOrigin
        }
        (false, _) => Offline::Unsupported,
    }
}

/// Registers the service worker (`sw.js`) that keeps the app's files, so a
/// page opened once opens again without a network. Where it cannot
/// register (plain http, file://, an old browser) the app works as before,
/// online, and the settings page says why offline opening is missing.
pub fn keep_app_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if offline_support() != Offline::Kept {
        return;
    }
    let registration = window.navigator().service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(registration).await {
            web_sys::console::warn_2(&"建议通：离线缓存未启用".into(), &e);
        }
    });
}

/// The Cache Storage's cache that keeps the office database's marker (the
/// service worker keeps it when it clears its own older caches).
const MARKER_CACHE: &str = "jianyi-marker";
/// The marker's request, relative to the app's base.
const MARKER_FILE: &str = "marker.json";

/// What the Cache Storage refused, in the clerk's words.
fn cache_refused(what: &str, e: JsValue) -> String {
    format!(
        "浏览器拒绝{what}缓存中的数据标记（{}）：数据和各项功能不受影响，只是本机数据被清除时可能无法提醒。",
        e.as_string()
            .or_else(|| Reflect::get(&e, &"message".into()).ok()?.as_string())
            .unwrap_or_default()
    )
}

/// The Cache Storage's marker cache, opened; None where the page has no
/// Cache Storage (plain http: not a secure context).
async fn marker_cache() -> Result<Option<JsValue>, String> {
    let Some(window) = web_sys::window() else {
        return Ok(None);
    };
    if !window.is_secure_context() {
        return Ok(None);
    }
    let caches = Reflect::get(&window, &"caches".into()).unwrap_or(JsValue::UNDEFINED);
    if caches.is_undefined() || caches.is_null() {
        return Ok(None);
    }
    let cache = call_promise(&caches, "open", &[JsValue::from_str(MARKER_CACHE)])
        .await
        .map_err(|e| cache_refused("打开", e))?;
    Ok(Some(cache))
}

/// Calls `object.method(args…)` and awaits the promise it returns.
async fn call_promise(
    object: &JsValue,
    method: &str,
    args: &[JsValue],
) -> Result<JsValue, JsValue> {
    let f: Function = Reflect::get(object, &method.into())?.dyn_into()?;
    let args: js_sys::Array = args.iter().collect();
    let promise: Promise = f.apply(object, &args)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// The marker text kept in the Cache Storage: None where there is no Cache
/// Storage or no marker.
pub async fn cached_marker() -> Result<Option<String>, String> {
    let Some(cache) = marker_cache().await? else {
        return Ok(None);
    };
    let response = call_promise(&cache, "match", &[JsValue::from_str(MARKER_FILE)])
        .await
        .map_err(|e| cache_refused("读取", e))?;
    if response.is_undefined() || response.is_null() {
        return Ok(None);
    }
    let text = call_promise(&response, "text", &[])
        .await
        .map_err(|e| cache_refused("读取", e))?;
    Ok(text.as_string())
}

/// Keeps the marker text in the Cache Storage; false where there is none.
pub async fn cache_marker(text: &str) -> Result<bool, String> {
    let Some(cache) = marker_cache().await? else {
        return Ok(false);
    };
    let global = js_sys::global();
    let init = Object::new();
    let headers = Object::new();
    let _ = Reflect::set(&headers, &"content-type".into(), &"application/json".into());
    let _ = Reflect::set(&init, &"headers".into(), &headers);
    let response = Reflect::get(&global, &"Response".into())
        .and_then(|c| c.dyn_into::<Function>())
        .and_then(|c| Reflect::construct(&c, &js_sys::Array::of2(&JsValue::from_str(text), &init)))
        .map_err(|e| cache_refused("写入", e))?;
    call_promise(&cache, "put", &[JsValue::from_str(MARKER_FILE), response])
        .await
        .map_err(|e| cache_refused("写入", e))?;
    Ok(true)
}

/// Forgets the marker kept in the Cache Storage.
pub async fn forget_cached_marker() -> Result<(), String> {
    let Some(cache) = marker_cache().await? else {
        return Ok(());
    };
    call_promise(&cache, "delete", &[JsValue::from_str(MARKER_FILE)])
        .await
        .map_err(|e| cache_refused("清除", e))?;
    Ok(())
}
