//! The supervision page (督办): a session's key suggestions — the principle,
//! the candidates, the key list printed and published —; one item's
//! oversight: its four responsibilities, its key mark, its manual
//! warnings, its supervision; the supervision groups; the supervision
//! records with their follow-ups and the printed 会议纪要; the link with
//! the procuratorate; the progress report of the key items with its
//! 批示; a desk's own supervision (我的督办).

use jianyi::pages::{
    ActionsPage, GroupPage, GroupsPage, KeyItemsPage, MinePage, NewRecordPage, OversightPage,
    ProcuratoratePage, RecordPage, RecordsPage, ReportPage, SummaryPage,
};
use jianyi::router::{Page, Route};
use jianyi_core::decide::Deciders;
use jianyi_core::supervision;
use leptos::prelude::*;

fn main() {
    jianyi::app::start(
        Page::Supervision,
        Deciders {
            supervision: supervision::decide,
            ..Deciders::NONE
        },
        |route| match route {
            Route::KeyItems => view! { <KeyItemsPage/> }.into_any(),
            Route::Oversight(id) => view! { <OversightPage id/> }.into_any(),
            Route::Records => view! { <RecordsPage/> }.into_any(),
            Route::NewRecord => view! { <NewRecordPage/> }.into_any(),
            Route::Record(id) => view! { <RecordPage id/> }.into_any(),
            Route::Summary(id) => view! { <SummaryPage id/> }.into_any(),
            Route::Groups => view! { <GroupsPage/> }.into_any(),
            Route::Group(id) => view! { <GroupPage id/> }.into_any(),
            Route::Actions => view! { <ActionsPage/> }.into_any(),
            Route::Procuratorate => view! { <ProcuratoratePage/> }.into_any(),
            Route::Report => view! { <ReportPage/> }.into_any(),
            Route::Mine => view! { <MinePage/> }.into_any(),
            other => jianyi::app::not_found(other),
        },
    );
}
