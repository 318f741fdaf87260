//! The suggestions page: the list of suggestions and the citizens'
//! opinions.

use jianyi::pages::{OpinionsPage, SuggestionsPage};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::raising;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Suggestions,
        Deciders {
            raising: raising::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Suggestions => view! { <SuggestionsPage/> }.into_any(),
            Route::Opinions => view! { <OpinionsPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
