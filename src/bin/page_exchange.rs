//! The exchange page: this office's identity, its partners, packets out,
//! backup, and the history of packets; 冲突, the conflicts a person
//! resolves. Its signatures are made in the exchange worker, loaded only
//! when needed. Import is its own page.

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
