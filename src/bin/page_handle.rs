//! The handle page (办理): one assigned item at a unit's desk — the
//! communication before handling, the plan and progress, co-units'
//! opinions, extensions, the reply, and after it — and its printed 答复函
//! with the 征询意见表; the deputies' feedback (征询意见). Its own page,
//! so the unit's inbox and the office's 交办 stay small.

use jianyi::pages::{FeedbackListPage, FeedbackPage, HandlePage, LettersPage};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::handling;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Handle,
        Deciders {
            handling: handling::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Handle(id) => view! { <HandlePage id/> }.into_any(),
            Route::Letters(id, unit) => view! { <LettersPage id unit/> }.into_any(),
            Route::Feedback => view! { <FeedbackListPage/> }.into_any(),
            Route::FeedbackOn(id) => view! { <FeedbackPage id/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
