//! The statistics page (统计): the figures of a session or a year, their
//! definitions and charts. Its own page, read-only, so the charting code
//! is in no other page's first load.

use jianyi::pages::FiguresPage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(Page::Figures, Deciders::NONE, |route| match route {
        Route::Figures => view! { <FiguresPage/> }.into_any(),
        other => jianyi::app::not_found(other),
    });
}
