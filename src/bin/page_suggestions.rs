//! The suggestions page: the list of suggestions and the citizens'
//! opinions.

use jianyi::pages::{OpinionsPage, SuggestionsPage};
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Suggestions, |route| match route {
        Route::Suggestions => view! { <SuggestionsPage/> }.into_any(),
        Route::Opinions => view! { <OpinionsPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
