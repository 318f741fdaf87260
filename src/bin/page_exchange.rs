//! The exchange page: this office's identity, packets out and in, backup
//! and restore. Its signatures are made and checked in the exchange worker,
//! loaded only when needed.

use jianyi::pages::ExchangePage;
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Exchange, |route| match route {
        Route::Exchange => view! { <ExchangePage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
