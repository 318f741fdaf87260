//! The reviews page: each reviewing desk's queue.

use jianyi::pages::ReviewsPage;
use jianyi::router::{Page, Route};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Reviews, |route| match route {
        Route::Reviews => view! { <ReviewsPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
