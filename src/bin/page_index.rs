//! The index page: 首页 — the page a clerk opens first, kept to the shell
//! and the home page. 设置 is a page of its own.

use jianyi::pages::HomePage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::{exchange, office};
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Index,
        Deciders {
            office: office::decide,
            exchange: exchange::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Home => view! { <HomePage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
