//! Browser tests of the command queue over IndexedDB: decide, persist,
//! apply, in series.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use jianyi::engine::{DispatchError, Engine, fold};
use jianyi::storage::{EventStore, delete_database};
use jianyi_core::directory::{DeputyFields, DirectoryCommand, DirectoryRejection};
use jianyi_core::{Actor, Command, Desk, How, Rejection};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn actor() -> Actor {
    Actor {
        operator: "测试".into(),
        acting_for: None,
        desk: Desk::CommitteeOffice,
        how: How::Operator,
    }
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

async fn engine(name: &str, read_only: bool) -> Engine {
    // The engine of a page that decides every subdomain.
    jianyi::engine::set_deciders(jianyi_core::decide::Deciders::ALL);
    let _ = delete_database(name).await;
    let store = EventStore::open(name).await.expect("open");
    let (records, _) = store.load().await.expect("load");
    Engine::new(
        store,
        RwSignal::new(fold(&records).await),
        "测试县",
        read_only,
    )
}

#[wasm_bindgen_test]
async fn two_quick_commands_are_decided_one_after_the_other() {
    let name = "test-queue-two-quick";
    let e = engine(name, false).await;
    let add = || {
        Command::Directory(DirectoryCommand::AddDelegation {
            name: "城关镇代表团".into(),
        })
    };
    // Both are dispatched before either is stored: the second must be
    // decided against the state the first left, and so be refused.
    let (first, second) = futures::join!(
        e.dispatch(add(), actor(), day()),
        e.dispatch(add(), actor(), day())
    );
    assert!(first.is_ok(), "{first:?}");
    assert_eq!(
        second.unwrap_err(),
        DispatchError::Rejected(Rejection::Directory(
            DirectoryRejection::DuplicateDelegation {
                name: "城关镇代表团".into()
            }
        ))
    );
    assert_eq!(e.state().get_untracked().directory.delegations.len(), 1);

    // What was stored is exactly what was applied.
    e.close();
    let store = EventStore::open(name).await.expect("reopen");
    let (records, bad) = store.load().await.expect("load");
    assert!(bad.is_empty());
    assert_eq!(records.len(), 1);
    assert_eq!(fold(&records).await.directory.delegations.len(), 1);
    store.close();
}

#[wasm_bindgen_test]
async fn events_survive_a_reopen_and_fold_to_the_same_state() {
    let name = "test-queue-reopen";
    let e = engine(name, false).await;
    e.dispatch(
        Command::Directory(DirectoryCommand::AddDelegation {
            name: "河口乡代表团".into(),
        }),
        actor(),
        day(),
    )
    .await
    .unwrap();
    let delegation = *e
        .state()
        .get_untracked()
        .directory
        .delegations
        .keys()
        .next()
        .unwrap();
    e.dispatch(
        Command::Directory(DirectoryCommand::AddDeputy(DeputyFields::new(
            "李娜", delegation,
        ))),
        actor(),
        day(),
    )
    .await
    .unwrap();
    let live = e.state().get_untracked();
    e.close();
    let store = EventStore::open(name).await.expect("reopen");
    let (records, _) = store.load().await.expect("load");
    assert_eq!(fold(&records).await, live);
    store.close();
}

#[wasm_bindgen_test]
async fn a_read_only_engine_stores_nothing() {
    let name = "test-queue-read-only";
    let e = engine(name, true).await;
    let r = e
        .dispatch(
            Command::Directory(DirectoryCommand::AddDelegation {
                name: "城关镇代表团".into(),
            }),
            actor(),
            day(),
        )
        .await;
    assert_eq!(r.unwrap_err(), DispatchError::ReadOnly);
    assert_eq!(e.state().get_untracked().event_count, 0);
}
