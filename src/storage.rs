//! Storage in the browser: `EventStore` (the append-only event log and the
//! meta store in IndexedDB) and `StoreError`, the one error of this boundary.
//!
//! Records are kept as `{id, stamp, body}` where `body` is the event's JSON
//! text: a newer office's fields survive untouched, and the stamp, a
//! fixed-width string, orders the log through the `stamp` index.

pub mod idb;

use js_sys::{Array, Object, Reflect};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbTransactionMode};

/// The schema version of the IndexedDB database.
pub const SCHEMA_VERSION: u32 = 1;

const EVENTS: &str = "events";
const META: &str = "meta";
const STAMP_INDEX: &str = "stamp";

/// What can go wrong with the browser's storage.
#[derive(Debug, Clone, Error, PartialEq)]
pub enum StoreError {
    #[error("indexeddb is unavailable: {0}")]
    Unavailable(String),
    #[error("opening the database is blocked by another open copy")]
    Blocked,
    #[error("storage quota exceeded")]
    QuotaExceeded,
    #[error("the database was written by a newer version")]
    VersionTooNew,
    #[error("a record with this key already exists: {0}")]
    Duplicate(String),
    #[error("stored record {id} cannot be read: {reason}")]
    Corrupt { id: String, reason: String },
    #[error("storage failed: {0}")]
    Failed(String),
}

impl StoreError {
    /// The sentence a clerk reads: what happened, and that nothing stored was
    /// lost.
    pub fn message_zh(&self) -> String {
        match self {
            StoreError::Unavailable(_) => "本浏览器无法使用本地数据库（IndexedDB）。可能处于无痕/隐私模式，或浏览器设置禁止网站存储数据。已保存的数据没有改动；请换用普通窗口打开，或在浏览器设置中允许本站存储数据。".into(),
            StoreError::Blocked => "本地数据库被另一个打开的建议通页面占用，无法升级。请关闭其他建议通标签页后刷新本页；已保存的数据没有改动。".into(),
            StoreError::QuotaExceeded => "浏览器给本站的存储空间已满，刚才的操作没有保存；此前保存的数据完好。请在“设置”中查看用量，导出备份后清理浏览器中其他网站的数据。".into(),
            StoreError::VersionTooNew => "本地数据由更新版本的建议通写入，当前版本无法读取。请使用最新版本打开；已保存的数据没有改动。".into(),
            StoreError::Duplicate(_) => "这条记录已经保存过，没有重复保存。".into(),
            StoreError::Corrupt { id, reason } => format!("本地数据中有一条记录（{id}）无法读取：{reason}。其他数据照常显示，这条记录原样保留，没有删除。"),
            StoreError::Failed(detail) => format!("本地数据库操作失败（{detail}）。刚才的操作没有保存；此前保存的数据完好。"),
        }
    }
}

/// One stored event: its id, its stamp as a sortable string, its JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRecord {
    pub id: String,
    pub stamp: String,
    pub body: String,
}

impl StoredRecord {
    fn to_js(&self) -> JsValue {
        let obj = Object::new();
        let _ = Reflect::set(&obj, &"id".into(), &self.id.as_str().into());
        let _ = Reflect::set(&obj, &"stamp".into(), &self.stamp.as_str().into());
        let _ = Reflect::set(&obj, &"body".into(), &self.body.as_str().into());
        obj.into()
    }

    fn from_js(value: &JsValue) -> Result<StoredRecord, StoreError> {
        let field = |name: &str| {
            Reflect::get(value, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let id = field("id").unwrap_or_default();
        match (field("stamp"), field("body")) {
            (Some(stamp), Some(body)) if !id.is_empty() => Ok(StoredRecord { id, stamp, body }),
            _ => Err(StoreError::Corrupt {
                id,
                reason: "缺少时间戳或内容".into(),
            }),
        }
    }
}

/// The event log and meta store of one IndexedDB database.
#[derive(Clone)]
pub struct EventStore {
    db: IdbDatabase,
}

fn upgrade(db: &IdbDatabase, old_version: u32) -> Result<(), JsValue> {
    if old_version < 1 {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&"id".into());
        let events = db.create_object_store_with_optional_parameters(EVENTS, &params)?;
        events.create_index_with_str(STAMP_INDEX, "stamp")?;
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&"key".into());
        db.create_object_store_with_optional_parameters(META, &params)?;
    }
    Ok(())
}

impl EventStore {
    /// Opens the database `name`, creating its stores on first use.
    pub async fn open(name: &str) -> Result<EventStore, StoreError> {
        let db = idb::open(name, SCHEMA_VERSION, upgrade).await?;
        // Another tab upgrading or deleting this database asks us to let
        // go; closing lets it proceed instead of being blocked.
        let handle = db.clone();
        let on_version_change =
            wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || handle.close());
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget();
        Ok(EventStore { db })
    }

    /// The database's name.
    pub fn name(&self) -> String {
        self.db.name()
    }

    /// Every stored event in stamp order. Records that cannot be read are
    /// returned as errors beside the good ones, never dropped.
    pub async fn load(&self) -> Result<(Vec<StoredRecord>, Vec<StoreError>), StoreError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(EVENTS, IdbTransactionMode::Readonly)
            .map_err(idb::classify)?;
        let store = tx.object_store(EVENTS).map_err(idb::classify)?;
        let index = store.index(STAMP_INDEX).map_err(idb::classify)?;
        let all = idb::request(&index.get_all().map_err(idb::classify)?).await?;
        let mut good = Vec::new();
        let mut bad = Vec::new();
        for value in all.unchecked_into::<Array>().iter() {
            match StoredRecord::from_js(&value) {
                Ok(r) => good.push(r),
                Err(e) => bad.push(e),
            }
        }
        Ok((good, bad))
    }

    /// Appends records in one transaction: all are stored, or none. An id
    /// already present aborts the whole append (`Duplicate`).
    pub async fn append(&self, records: &[StoredRecord]) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(EVENTS, IdbTransactionMode::Readwrite)
            .map_err(idb::classify)?;
        let store = tx.object_store(EVENTS).map_err(idb::classify)?;
        for record in records {
            if let Err(e) = store.add(&record.to_js()) {
                let _ = tx.abort();
                return Err(idb::classify(e));
            }
        }
        idb::transaction_done(&tx).await
    }

    /// Reads a value of the meta store.
    pub async fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(META, IdbTransactionMode::Readonly)
            .map_err(idb::classify)?;
        let store = tx.object_store(META).map_err(idb::classify)?;
        let value = idb::request(&store.get(&key.into()).map_err(idb::classify)?).await?;
        Ok(Reflect::get(&value, &"value".into())
            .ok()
            .and_then(|v| v.as_string()))
    }

    /// Writes a value of the meta store.
    pub async fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(META, IdbTransactionMode::Readwrite)
            .map_err(idb::classify)?;
        let store = tx.object_store(META).map_err(idb::classify)?;
        let obj = Object::new();
        let _ = Reflect::set(&obj, &"key".into(), &key.into());
        let _ = Reflect::set(&obj, &"value".into(), &value.into());
        store.put(&obj).map_err(idb::classify)?;
        idb::transaction_done(&tx).await
    }

    /// Closes the connection (tests, and leaving the demo).
    pub fn close(&self) {
        self.db.close();
    }
}

/// Deletes a whole database (the demo county's, when it is cleared).
pub async fn delete_database(name: &str) -> Result<(), StoreError> {
    let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
    let factory = window
        .indexed_db()
        .map_err(idb::classify)?
        .ok_or_else(|| StoreError::Unavailable("indexedDB is missing".into()))?;
    let req = factory.delete_database(name).map_err(idb::classify)?;
    idb::request(&req).await.map(|_| ())
}
