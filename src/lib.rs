//! 建议通 Jianyi, the web app: the Leptos UI over `jianyi-core`, with the
//! browser's storage underneath. Modules are public so the browser tests in
//! `tests/` can reach them.

pub mod app;
pub mod charts;
pub mod components;
pub mod demo;
pub mod directories;
pub mod engine;
pub mod exchange;
pub mod exchange_client;
pub mod handling;
pub mod pages;
pub mod platform;
pub mod prefs;
pub mod router;
pub mod state;
pub mod storage;
pub mod supervision;
pub mod text;
