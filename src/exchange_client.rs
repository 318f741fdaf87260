//! The main thread's side of the exchange worker (`src/bin/exchange_worker.rs`,
//! crate `jianyi-seal`): office keys, seals, packet signatures and opening
//! a packet, each an async call. The worker is started on the first call
//! (its loader next to the page, so it works under a sub-path, as
//! `scripts/build.py` writes it) and kept for the next ones; a worker that
//! failed or crashed is forgotten, and the next call starts a new one.
//!
//! Requests go in order and the worker answers each in turn, so the
//! answers are matched to the calls by order. The messages are the JSON of
//! `jianyi_seal::wire`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use jianyi_core::OfficeId;
use jianyi_core::exchange::{Verified, VerifiedEvent};
use jianyi_seal::wire::{Identity, KnownKey, Request, Sealed, Signed, read_reply};
use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;

/// The worker's loader, written by `scripts/build.py` next to the pages.
const LOADER: &str = "./exchange_worker_loader.js";

/// A started worker: whether it is ready, and the calls awaiting answers
/// (each its promise's resolve and reject), oldest first.
struct Channel {
    worker: web_sys::Worker,
    ready: Promise,
    waiting: Rc<RefCell<VecDeque<(Function, Function)>>>,
}

thread_local! {
    static CHANNEL: RefCell<Option<Rc<Channel>>> = const { RefCell::new(None) };
}

fn failed(why: &str) -> String {
    format!("签名程序无法运行，请刷新页面后重试（{why}）")
}

/// The worker, started now if there is none.
fn channel() -> Result<Rc<Channel>, String> {
    if let Some(channel) = CHANNEL.with(|c| c.borrow().clone()) {
        return Ok(channel);
    }
    let worker = web_sys::Worker::new(LOADER).map_err(|e| failed(&format!("{e:?}")))?;
    let waiting: Rc<RefCell<VecDeque<(Function, Function)>>> = Rc::default();
    let ready_calls: Rc<RefCell<Option<(Function, Function)>>> = Rc::default();
    let ready = {
        let ready_calls = ready_calls.clone();
        Promise::new(&mut move |resolve, reject| {
            *ready_calls.borrow_mut() = Some((resolve, reject));
        })
    };

    let on_message = {
        let (waiting, ready_calls) = (waiting.clone(), ready_calls.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let data = ev.data();
            if data.as_string().as_deref() == Some("ready") {
                if let Some((resolve, _)) = ready_calls.borrow_mut().take() {
                    let _ = resolve.call0(&JsValue::NULL);
                }
                return;
            }
            let next = waiting.borrow_mut().pop_front();
            if let Some((resolve, _)) = next {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();

    // A worker that cannot load (a plain `Event`) or throws (an
    // `ErrorEvent`, e.g. a trap): every call waiting on it fails, and it is
    // forgotten so the next call starts afresh.
    let on_error = {
        let (waiting, ready_calls, this) = (waiting.clone(), ready_calls, worker.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            let message = js_sys::Reflect::get(&ev, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "无法加载".to_string());
            let message = JsValue::from_str(&message);
            if let Some((_, reject)) = ready_calls.borrow_mut().take() {
                let _ = reject.call1(&JsValue::NULL, &message);
            }
            let rejects: Vec<Function> = waiting.borrow_mut().drain(..).map(|(_, r)| r).collect();
            for reject in rejects {
                let _ = reject.call1(&JsValue::NULL, &message);
            }
            CHANNEL.with(|c| {
                let mut c = c.borrow_mut();
                if c.as_ref().is_some_and(|ch| {
                    let theirs: &JsValue = ch.worker.as_ref();
                    theirs == AsRef::<JsValue>::as_ref(&this)
                }) {
                    *c = None;
                }
            });
            this.terminate();
        })
    };
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();

    let channel = Rc::new(Channel {
        worker,
        ready,
        waiting,
    });
    CHANNEL.with(|c| *c.borrow_mut() = Some(channel.clone()));
    Ok(channel)
}

/// Sends one request and returns the worker's reply (JSON text).
async fn ask(request: &Request) -> Result<String, String> {
    let text = serde_json::to_string(request).map_err(|e| failed(&e.to_string()))?;
    let channel = channel()?;
    let why = |e: JsValue| failed(&e.as_string().unwrap_or_default());
    JsFuture::from(channel.ready.clone()).await.map_err(why)?;
    let reply = Promise::new(&mut |resolve, reject| {
        channel
            .waiting
            .borrow_mut()
            .push_back((resolve, reject.clone()));
        if channel
            .worker
            .post_message(&JsValue::from_str(&text))
            .is_err()
        {
            channel.waiting.borrow_mut().pop_back();
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("post"));
        }
    });
    let reply = JsFuture::from(reply).await.map_err(why)?;
    reply.as_string().ok_or_else(|| failed("答复不是文本"))
}

/// 32 random bytes from the browser's cryptographic generator
/// (`crypto.getRandomValues`, present on plain-http hosts too), as 64
/// lowercase hex digits: a new office's secret key.
pub fn random_seed_hex() -> String {
    let mut bytes = [0u8; 32];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        // Unreachable in a browser that runs WebAssembly (all have
        // getRandomValues); `random_u128` asks the same generator.
        let (a, b) = (
            crate::platform::random_u128(),
            crate::platform::random_u128(),
        );
        bytes[..16].copy_from_slice(&a.to_be_bytes());
        bytes[16..].copy_from_slice(&b.to_be_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The public key and fingerprint of the office key whose secret is
/// `seed_hex`.
pub async fn make_identity(seed_hex: &str) -> Result<(String, String), String> {
    let reply = ask(&Request::Identity {
        seed: seed_hex.to_string(),
    })
    .await?;
    let identity: Identity = read_reply(&reply)?;
    Ok((identity.public_key, identity.fingerprint))
}

/// The seals (signatures, 128 hex each) of `events` (their exact stored
/// texts) by the office key `secret`, in the same order.
pub async fn seal(secret: &str, events: Vec<String>) -> Result<Vec<String>, String> {
    let count = events.len();
    let reply = ask(&Request::Seal {
        secret: secret.to_string(),
        events,
    })
    .await?;
    let sealed: Sealed = read_reply(&reply)?;
    if sealed.signatures.len() != count {
        return Err(failed("签名数目不符"));
    }
    Ok(sealed.signatures)
}

/// The signature of a packet member's exact text by the office key
/// `secret`.
pub async fn sign(secret: &str, text: &str) -> Result<String, String> {
    let reply = ask(&Request::Sign {
        secret: secret.to_string(),
        text: text.to_string(),
    })
    .await?;
    let signed: Signed = read_reply(&reply)?;
    Ok(signed.signature)
}

/// Opens a packet file: format, version, the packet's signature, each
/// event's seal (with the key of `known` for its office first, else a card
/// of the packet), the cards' fingerprints; `also`, events held by earlier
/// imports, are checked again the same way. Err: the clerk's message why
/// the file is not a readable packet.
pub async fn open(
    text: &str,
    known: &[(OfficeId, String)],
    also: &[VerifiedEvent],
) -> Result<Verified, String> {
    let reply = ask(&Request::Open {
        text: text.to_string(),
        known: known
            .iter()
            .map(|(office, public_key)| KnownKey {
                office: *office,
                public_key: public_key.clone(),
            })
            .collect(),
        also: also.to_vec(),
    })
    .await?;
    read_reply(&reply)
}
