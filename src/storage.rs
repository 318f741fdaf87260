//! Storage in the browser: `EventStore` (the append-only event log and the
//! meta store in IndexedDB) and `StoreError`, the one error of this boundary.
//!
//! Records are kept as `{id, stamp, body, seal?}` where `body` is the
//! event's JSON text, exactly as made or received (a seal signs these very
//! bytes, and a newer office's fields survive untouched), the stamp, a
//! fixed-width string, orders the log through the `stamp` index, and the
//! seal, once the event has left its office or arrived in a packet, is the
//! maker's signature. Schema 2 adds `held` (events a packet brought that
//! are kept but not applied, with the reason) and `packets` (the history
//! of packets in and out).

pub mod idb;

use js_sys::{Array, Object, Reflect};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbTransactionMode};

/// The schema version of the IndexedDB database.
pub const SCHEMA_VERSION: u32 = 2;

const EVENTS: &str = "events";
const META: &str = "meta";
const HELD: &str = "held";
const PACKETS: &str = "packets";
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

/// One stored event: its id, its stamp as a sortable string, its JSON,
/// and its maker's seal (JSON of `exchange::Seal`) once it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredRecord {
    pub id: String,
    pub stamp: String,
    pub body: String,
    pub seal: Option<String>,
}

impl StoredRecord {
    fn to_js(&self) -> JsValue {
        let obj = Object::new();
        let _ = Reflect::set(&obj, &"id".into(), &self.id.as_str().into());
        let _ = Reflect::set(&obj, &"stamp".into(), &self.stamp.as_str().into());
        let _ = Reflect::set(&obj, &"body".into(), &self.body.as_str().into());
        if let Some(seal) = &self.seal {
            let _ = Reflect::set(&obj, &"seal".into(), &seal.as_str().into());
        }
        obj.into()
    }

    fn from_js(value: &JsValue) -> Result<StoredRecord, StoreError> {
        let field = |name: &str| {
            Reflect::get(value, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let id = field("id").unwrap_or_default();
        let seal = field("seal");
        match (field("stamp"), field("body")) {
            (Some(stamp), Some(body)) if !id.is_empty() => Ok(StoredRecord {
                id,
                stamp,
                body,
                seal,
            }),
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
    if old_version < 2 {
        for name in [HELD, PACKETS] {
            let params = IdbObjectStoreParameters::new();
            params.set_key_path(&"id".into());
            db.create_object_store_with_optional_parameters(name, &params)?;
        }
    }
    Ok(())
}

/// A small record of the `held` or `packets` store: an id and a JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonRecord {
    pub id: String,
    pub body: String,
}

impl JsonRecord {
    fn to_js(&self) -> JsValue {
        let obj = Object::new();
        let _ = Reflect::set(&obj, &"id".into(), &self.id.as_str().into());
        let _ = Reflect::set(&obj, &"body".into(), &self.body.as_str().into());
        obj.into()
    }

    fn from_js(value: &JsValue) -> Option<JsonRecord> {
        let field = |name: &str| Reflect::get(value, &name.into()).ok()?.as_string();
        Some(JsonRecord {
            id: field("id")?,
            body: field("body")?,
        })
    }
}

/// What one import writes, all in one transaction: the new events, the
/// events held (put) and no longer held (deleted), the packet's line in
/// the history, and meta values (a restored office's key).
#[derive(Clone, Debug, Default)]
pub struct ImportWrite {
    pub events: Vec<StoredRecord>,
    pub held: Vec<JsonRecord>,
    pub unheld: Vec<String>,
    pub packet: Option<JsonRecord>,
    pub meta: Vec<(String, String)>,
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
        self.write_events(records, false).await
    }

    /// Puts records again with their seals (an export seals this office's
    /// events the first time they leave it), in one transaction.
    pub async fn put_seals(&self, records: &[StoredRecord]) -> Result<(), StoreError> {
        self.write_events(records, true).await
    }

    async fn write_events(
        &self,
        records: &[StoredRecord],
        replace: bool,
    ) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(EVENTS, IdbTransactionMode::Readwrite)
            .map_err(idb::classify)?;
        let store = tx.object_store(EVENTS).map_err(idb::classify)?;
        for record in records {
            let value = record.to_js();
            let done = if replace {
                store.put(&value)
            } else {
                store.add(&value)
            };
            if let Err(e) = done {
                let _ = tx.abort();
                return Err(idb::classify(e));
            }
        }
        idb::transaction_done(&tx).await
    }

    /// Every record of the `held` or `packets` store.
    pub async fn all_json(&self, store_name: &str) -> Result<Vec<JsonRecord>, StoreError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(store_name, IdbTransactionMode::Readonly)
            .map_err(idb::classify)?;
        let store = tx.object_store(store_name).map_err(idb::classify)?;
        let all = idb::request(&store.get_all().map_err(idb::classify)?).await?;
        Ok(all
            .unchecked_into::<Array>()
            .iter()
            .filter_map(|v| JsonRecord::from_js(&v))
            .collect())
    }

    /// The events held back by earlier imports.
    pub async fn held(&self) -> Result<Vec<JsonRecord>, StoreError> {
        self.all_json(HELD).await
    }

    /// The history of packets in and out.
    pub async fn packets(&self) -> Result<Vec<JsonRecord>, StoreError> {
        self.all_json(PACKETS).await
    }

    /// Writes an import: all of it, or (on any failure) none of it.
    pub async fn import(&self, write: &ImportWrite) -> Result<(), StoreError> {
        let names = Array::of4(&EVENTS.into(), &HELD.into(), &PACKETS.into(), &META.into());
        let tx = self
            .db
            .transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
            .map_err(idb::classify)?;
        let step = || -> Result<(), JsValue> {
            let events = tx.object_store(EVENTS)?;
            for record in &write.events {
                events.add(&record.to_js())?;
            }
            let held = tx.object_store(HELD)?;
            for id in &write.unheld {
                held.delete(&id.into())?;
            }
            for record in &write.held {
                held.put(&record.to_js())?;
            }
            if let Some(packet) = &write.packet {
                tx.object_store(PACKETS)?.put(&packet.to_js())?;
            }
            let meta = tx.object_store(META)?;
            for (key, value) in &write.meta {
                let obj = Object::new();
                let _ = Reflect::set(&obj, &"key".into(), &key.into());
                let _ = Reflect::set(&obj, &"value".into(), &value.into());
                meta.put(&obj)?;
            }
            Ok(())
        };
        if let Err(e) = step() {
            let _ = tx.abort();
            return Err(idb::classify(e));
        }
        idb::transaction_done(&tx).await
    }

    /// Adds one line to the packet history (an export).
    pub async fn log_packet(&self, record: &JsonRecord) -> Result<(), StoreError> {
        self.import(&ImportWrite {
            packet: Some(record.clone()),
            ..ImportWrite::default()
        })
        .await
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
