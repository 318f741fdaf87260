//! `NotFoundPage`: a hash that names no view.

use leptos::prelude::*;

use crate::router::Route;
use crate::text;

/// Says the address names no page, shows it, and links home.
#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    view! {
        <section class="page">
            <h1>{text::NOT_FOUND_TITLE}</h1>
            <p>{text::NOT_FOUND_BODY}</p>
            <p><code>{format!("#/{path}")}</code></p>
            <p><a href=Route::Home.href()>{text::BACK_HOME}</a></p>
        </section>
    }
}
