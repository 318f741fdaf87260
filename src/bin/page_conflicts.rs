//! The conflicts page (冲突): what two offices changed at once, each with
//! both sides, for a person to resolve. Its own page, so the exchange
//! page's first load stays within budget.

use jianyi::pages::ConflictsPage;
use jianyi::router::{Page, Route};
use jianyi_core::conflict;
use jianyi_core::decide::Deciders;
use leptos::prelude::*;

fn main() {
    // A held evaluation event is shown here with the others.
    jianyi_core::evaluation::event::read_evaluations_in_full();
    jianyi::app::start(
        Page::Conflicts,
        Deciders {
            conflict: conflict::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Conflicts => view! { <ConflictsPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
