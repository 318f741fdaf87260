//! The import page: a packet or a whole backup in, checked (and older
//! events migrated) in the exchange worker, judged and previewed, stored
//! when the clerk accepts; the events held back.

use jianyi::pages::ImportPage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::{directory, exchange};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Import,
        Deciders {
            exchange: exchange::decide,
            directory: directory::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Import => view! { <ImportPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
