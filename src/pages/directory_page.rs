//! `DirectoryPage`: the directories (名册) as tabs — deputies, delegations,
//! committee bodies, units, leaders, sessions, categories, stations — each a
//! table with its add/edit/retire form and its import from CSV or .xlsx.

use leptos::prelude::*;

use crate::components::{
    CategoryDirectory, CommitteeDirectory, DelegationDirectory, DeputyDirectory, DirectoryImport,
    LeaderDirectory, SessionDirectory, StationDirectory, UnitDirectory,
};
use crate::router::{Directory, Route};

/// One directory, chosen by the hash.
#[component]
pub fn DirectoryPage(directory: Directory) -> impl IntoView {
    view! {
        <section class="page">
            <h1>"名册"</h1>
            <nav class="tabs" aria-label="名册类别">
                {Directory::ALL.into_iter().map(|d| view! {
                    <a href=Route::Directory(d).href() aria-current=(d == directory).then_some("page")>{d.label()}</a>
                }).collect_view()}
            </nav>
            <DirectoryImport directory/>
            {match directory {
                Directory::Deputies => view! { <DeputyDirectory/> }.into_any(),
                Directory::Delegations => view! { <DelegationDirectory/> }.into_any(),
                Directory::Committees => view! { <CommitteeDirectory/> }.into_any(),
                Directory::Units => view! { <UnitDirectory/> }.into_any(),
                Directory::Leaders => view! { <LeaderDirectory/> }.into_any(),
                Directory::Sessions => view! { <SessionDirectory/> }.into_any(),
                Directory::Categories => view! { <CategoryDirectory/> }.into_any(),
                Directory::Stations => view! { <StationDirectory/> }.into_any(),
            }}
        </section>
    }
}
