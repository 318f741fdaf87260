//! The exchange page: this office's identity, packets out and in, backup
//! and restore. Its signatures are made and checked in the exchange worker,
//! loaded only when needed. 冲突, the conflicts a person resolves, lives
//! here too: imports bring them.

use jianyi::pages::{ConflictsPage, ExchangePage};
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Exchange, |route| match route {
        Route::Exchange => view! { <ExchangePage/> }.into_any(),
        Route::Conflicts => view! { <ConflictsPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
