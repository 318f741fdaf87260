//! The ledger import page (台账导入): an office's existing Excel ledger
//! mapped, checked and previewed, then its items created at the stage each
//! row states. Its own entry page: the ledger's reading and checking are
//! in no other page's first load.

use jianyi::pages::LedgerPage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Ledger, Deciders::NONE, |route| match route {
        Route::Ledger => view! { <LedgerPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
