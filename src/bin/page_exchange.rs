//! The exchange page: this office's identity, its partners, packets out,
//! backup, and the history of packets. Its signatures are made in the
//! exchange worker, loaded only when needed. Import and 冲突 are pages of
//! their own.

use jianyi::pages::ExchangePage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::{exchange, office};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Exchange,
        Deciders {
            exchange: exchange::decide,
            office: office::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Exchange => view! { <ExchangePage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
