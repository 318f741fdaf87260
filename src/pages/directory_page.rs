//! `DirectoryPage`: the directories (名册) as tabs — deputies, delegations,
//! committee bodies, units, leaders, sessions, categories, stations — each
//! drawn from its `directories::Spec` by the one `EntryForm` and `EntryTable`,
//! with its import from CSV or .xlsx.

use leptos::prelude::*;

use crate::components::{DirectoryImport, Editor, EntryForm, EntryTable};
use crate::router::{Directory, Route};

/// One directory, chosen by the hash.
#[component]
pub fn DirectoryPage(directory: Directory) -> impl IntoView {
    let editor = Editor::new(directory);
    view! {
        <section class="page">
            <h1>"名册"</h1>
            <nav class="tabs" aria-label="名册类别">
                {Directory::ALL.into_iter().map(|d| view! {
                    <a href=Route::Directory(d).href() aria-current=(d == directory).then_some("page")>{d.label()}</a>
                }).collect_view()}
            </nav>
            <DirectoryImport directory/>
            <EntryForm directory editor/>
            <EntryTable directory editor/>
        </section>
    }
}
