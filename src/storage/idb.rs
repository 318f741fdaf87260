//! A thin async layer over the browser's IndexedDB (web-sys): open with an
//! upgrade step, await a request, await a transaction. Every failure becomes
//! a `StoreError` that names what happened, so the UI can say it in Chinese.

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction};

use super::StoreError;

/// Classifies a rejected IndexedDB operation by its DOMException name.
pub fn classify(err: JsValue) -> StoreError {
    let Some(ex) = err.dyn_ref::<DomException>() else {
        return match err.as_string() {
            Some(s) if s == "blocked" => StoreError::Blocked,
            Some(s) => StoreError::Failed(s),
            None => StoreError::Failed(format!("{err:?}")),
        };
    };
    let message = ex.message();
    match ex.name().as_str() {
        "QuotaExceededError" => StoreError::QuotaExceeded,
        "VersionError" => StoreError::VersionTooNew,
        "SecurityError" | "InvalidStateError" | "NotAllowedError" | "UnknownError" => {
            StoreError::Unavailable(format!("{}: {message}", ex.name()))
        }
        "ConstraintError" => StoreError::Duplicate(message),
        name => StoreError::Failed(format!("{name}: {message}")),
    }
}

fn once(f: impl FnOnce(JsValue) + 'static) -> Function {
    Closure::once_into_js(f).unchecked_into()
}

/// Opens (creating or upgrading) a database. `upgrade` runs inside the
/// version-change transaction with the old version number.
pub async fn open(
    name: &str,
    version: u32,
    upgrade: impl FnOnce(&IdbDatabase, u32) -> Result<(), JsValue> + 'static,
) -> Result<IdbDatabase, StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    let factory = match window.indexed_db() {
        Ok(Some(f)) => f,
        Ok(None) => return Err(StoreError::Unavailable("indexedDB is missing".into())),
        Err(e) => return Err(StoreError::Unavailable(format!("{:?}", classify(e)))),
    };
    let request: IdbOpenDbRequest = factory.open_with_u32(name, version).map_err(classify)?;
    let promise = Promise::new(&mut |resolve, reject| {
        let req = request.clone();
        request.set_onsuccess(Some(&once(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &req.result().unwrap_or(JsValue::NULL));
        })));
        let req = request.clone();
        let rej = reject.clone();
        request.set_onerror(Some(&once(move |_| {
            let err = req.error().ok().flatten().map(JsValue::from);
            let _ = rej.call1(
                &JsValue::NULL,
                &err.unwrap_or(JsValue::from_str("open failed")),
            );
        })));
        let rej = reject.clone();
        request.set_onblocked(Some(&once(move |_| {
            let _ = rej.call1(&JsValue::NULL, &JsValue::from_str("blocked"));
        })));
    });
    let req = request.clone();
    let upgrade_cell = std::cell::RefCell::new(Some(upgrade));
    let on_upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
        move |event: web_sys::IdbVersionChangeEvent| {
            let Some(upgrade) = upgrade_cell.borrow_mut().take() else {
                return;
            };
            let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) else {
                return;
            };
            let old = event.old_version() as u32;
            if let Err(e) = upgrade(&db, old) {
                web_sys::console::error_1(&e);
                if let Some(tx) = req.transaction() {
                    let _ = tx.abort();
                }
            }
        },
    );
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let result = JsFuture::from(promise).await;
    request.set_onupgradeneeded(None);
    drop(on_upgrade);
    let db: IdbDatabase = result.map_err(classify)?.unchecked_into();
    Ok(db)
}

/// Awaits one request's result.
pub async fn request(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let req = request.clone();
        request.set_onsuccess(Some(&once(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &req.result().unwrap_or(JsValue::NULL));
        })));
        let req = request.clone();
        request.set_onerror(Some(&once(move |_| {
            let err = req.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(
                &JsValue::NULL,
                &err.unwrap_or(JsValue::from_str("request failed")),
            );
        })));
    });
    JsFuture::from(promise).await.map_err(classify)
}

/// Awaits a transaction's end: `Ok` once committed, the abort's cause
/// otherwise (for example `QuotaExceeded`).
pub async fn transaction_done(tx: &IdbTransaction) -> Result<(), StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&once(move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        })));
        let t = tx.clone();
        tx.set_onabort(Some(&once(move |_| {
            let err = t.error().map(JsValue::from);
            let _ = reject.call1(
                &JsValue::NULL,
                &err.unwrap_or(JsValue::from_str("transaction aborted")),
            );
        })));
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(classify)
}
