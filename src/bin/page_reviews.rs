//! The reviews page: each reviewing desk's queue.

use jianyi::pages::ReviewsPage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::review;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Reviews,
        Deciders {
            review: review::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Reviews => view! { <ReviewsPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
