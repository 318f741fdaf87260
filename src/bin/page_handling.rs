//! The handling page: 交办 with each unit's 交办清单, the unit's inbox
//! (承办件), one item's handling at the unit's desk (办理) with its printed
//! 答复函, and the warning board (预警).

use jianyi::pages::{AssignListPage, AssignPage, HandlePage, InboxPage, LettersPage, WarningsPage};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::handling;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Handling,
        Deciders {
            handling: handling::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::Assign => view! { <AssignPage/> }.into_any(),
            Route::AssignList(unit) => view! { <AssignListPage unit/> }.into_any(),
            Route::Inbox => view! { <InboxPage/> }.into_any(),
            Route::Warnings => view! { <WarningsPage/> }.into_any(),
            Route::Handle(id) => view! { <HandlePage id/> }.into_any(),
            Route::Letters(id, unit) => view! { <LettersPage id unit/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
