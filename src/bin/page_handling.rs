//! The handling page: 交办 with each unit's 交办清单, the unit's inbox
//! (承办件), the warning board (预警) and the commitments followed (承诺跟踪). One item's handling (办理) is a
//! page of its own (handle.html).

use jianyi::pages::{AssignListPage, AssignPage, FollowUpsPage, InboxPage, WarningsPage};
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
            Route::FollowUps => view! { <FollowUpsPage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
