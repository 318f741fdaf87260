//! The item page: a new draft, one suggestion (its text and live checks,
//! co-signers, review) and its printed 代表建议书.

use jianyi::pages::{DraftPage, PrintPage};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::{raising, review};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Item,
        Deciders {
            raising: raising::decide,
            review: review::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::NewDraft => view! { <DraftPage id=None/> }.into_any(),
            Route::Suggestion(id) => view! { <DraftPage id=Some(id)/> }.into_any(),
            Route::Print(id) => view! { <PrintPage id/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
