//! The settings page (设置): this office, the operator, every settings group
//! (each changed from a business date, the working-day calendar among them)
//! with the history of changes, and the browser's storage. Its own page, so
//! the page a clerk opens first does not carry every settings form.

use jianyi::pages::SettingsPage;
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::office;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Settings,
        Deciders {
            office: office::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Settings => view! { <SettingsPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
