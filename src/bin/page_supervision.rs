//! The supervision page (督办): a session's key suggestions — the principle,
//! the candidates, the key list printed and published — and one item's
//! oversight: its four responsibilities, its key mark, its manual
//! warnings.

use jianyi::pages::{KeyItemsPage, OversightPage};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::supervision;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Supervision,
        Deciders {
            supervision: supervision::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::KeyItems => view! { <KeyItemsPage/> }.into_any(),
            Route::Oversight(id) => view! { <OversightPage id/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
