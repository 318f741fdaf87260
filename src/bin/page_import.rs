//! The import page: a packet or a whole backup in, checked (and older
//! events migrated) in the exchange worker, judged and previewed, stored
//! when the clerk accepts; the events held back.

use jianyi::pages::ImportPage;
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Import, |route| match route {
        Route::Import => view! { <ImportPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
