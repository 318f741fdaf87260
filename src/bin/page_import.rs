//! The import page: a packet or a whole backup in, checked in the exchange
//! worker, judged and previewed, stored when the clerk accepts; the events
//! held back. 冲突, the conflicts a person resolves, lives here too:
//! imports bring them.

use jianyi::pages::{ConflictsPage, ImportPage};
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Import, |route| match route {
        Route::Import => view! { <ImportPage/> }.into_any(),
        Route::Conflicts => view! { <ConflictsPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
