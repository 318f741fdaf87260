//! Browser tests of the IndexedDB event store, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use jianyi::storage::{
    EventStore, ImportWrite, JsonRecord, StoreError, StoredRecord, delete_database,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn record(id: &str, stamp: &str) -> StoredRecord {
    StoredRecord {
        id: id.into(),
        stamp: stamp.into(),
        body: format!(r#"{{"id":"{id}","note":"案由：改善城关镇道路"}}"#),
        seal: None,
    }
}

#[wasm_bindgen_test]
async fn appended_records_are_read_back_in_stamp_order_after_reopening() {
    let name = "test-append-reopen";
    let _ = delete_database(name).await;
    let store = EventStore::open(name).await.expect("open");
    store
        .append(&[record("b", "0002"), record("a", "0001")])
        .await
        .expect("append");
    store.close();

    let store = EventStore::open(name).await.expect("reopen");
    let (records, bad) = store.load().await.expect("load");
    assert!(bad.is_empty());
    assert_eq!(records, vec![record("a", "0001"), record("b", "0002")]);
    store.close();
}

#[wasm_bindgen_test]
async fn a_duplicate_id_aborts_the_whole_append() {
    let name = "test-duplicate";
    let _ = delete_database(name).await;
    let store = EventStore::open(name).await.expect("open");
    store.append(&[record("a", "0001")]).await.expect("first");
    let err = store
        .append(&[record("c", "0003"), record("a", "0004")])
        .await
        .expect_err("duplicate must fail");
    assert!(matches!(err, StoreError::Duplicate(_)), "{err:?}");
    let (records, _) = store.load().await.expect("load");
    assert_eq!(records, vec![record("a", "0001")], "nothing half-written");
    store.close();
}

#[wasm_bindgen_test]
async fn meta_values_are_written_and_read() {
    let name = "test-meta";
    let _ = delete_database(name).await;
    let store = EventStore::open(name).await.expect("open");
    assert_eq!(store.meta("office").await.expect("read"), None);
    store
        .set_meta("office", "示范县人大常委会")
        .await
        .expect("write");
    assert_eq!(
        store.meta("office").await.expect("read"),
        Some("示范县人大常委会".to_string())
    );
    store.close();
}

#[wasm_bindgen_test]
async fn an_import_is_written_whole_or_not_at_all() {
    let name = "test-import-whole";
    let _ = delete_database(name).await;
    let store = EventStore::open(name).await.expect("open");
    store.append(&[record("a", "0001")]).await.expect("first");
    let mut sealed = record("b", "0002");
    sealed.seal = Some(r#"{"office":"x","signature":"00"}"#.into());
    let held = JsonRecord {
        id: "h".into(),
        body: "{}".into(),
    };
    let packet = JsonRecord {
        id: "p".into(),
        body: "{}".into(),
    };
    // "a" is already stored: the whole import fails, nothing of it stays.
    let failing = ImportWrite {
        events: vec![sealed.clone(), record("a", "0001")],
        held: vec![held.clone()],
        unheld: vec![],
        packet: Some(packet.clone()),
        meta: vec![("identity".into(), "secret".into())],
    };
    assert!(matches!(
        store.import(&failing).await,
        Err(StoreError::Duplicate(_))
    ));
    let (records, _) = store.load().await.expect("load");
    assert_eq!(records, vec![record("a", "0001")]);
    assert!(store.held().await.expect("held").is_empty());
    assert!(store.packets().await.expect("packets").is_empty());
    assert_eq!(store.meta("identity").await.expect("meta"), None);

    let ok = ImportWrite {
        events: vec![sealed.clone()],
        ..failing
    };
    store.import(&ok).await.expect("import");
    let (records, _) = store.load().await.expect("load");
    assert_eq!(records, vec![record("a", "0001"), sealed]);
    assert_eq!(store.held().await.expect("held"), vec![held]);
    assert_eq!(store.packets().await.expect("packets"), vec![packet]);
    assert_eq!(
        store.meta("identity").await.expect("meta").as_deref(),
        Some("secret")
    );
    store.close();
}
