//! `EntryTable`: the table of any directory, drawn from its
//! `directories::Spec`, keyed by entry and version so a command rebuilds
//! only the rows it changed.

use jianyi_core::directory::Directory;
use leptos::prelude::*;

use crate::components::{Editor, RetireButton};
use crate::directories::{self, Row, status_label};
use crate::state::use_app_state;

/// One directory's table with its edit and retire buttons.
#[component]
pub fn EntryTable(directory: Directory, editor: Editor) -> impl IntoView {
    let app = use_app_state();
    let spec = directories::spec(directory);
    let rows_of = spec.rows;
    let count_of = spec.count;
    let rows = Memo::new(move |_| app.domain.with(rows_of));
    view! {
        <p class="count">{move || count_of(rows.with(Vec::len))}</p>
        <table class="data">
            <thead><tr>
                <th scope="col">{spec.name_header}</th>
                {spec.columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}
                <th scope="col">"状态"</th>
                <th scope="col">"操作"</th>
            </tr></thead>
            <tbody>
                <For each=move || rows.get() key=|r: &Row| r.key.clone() let:row>
                    <EntryRow row editor/>
                </For>
            </tbody>
        </table>
    }
}

#[component]
fn EntryRow(row: Row, editor: Editor) -> impl IntoView {
    let label = format!("修改{}", row.name);
    let Row {
        id,
        entry,
        name,
        cells,
        retired,
        values,
        ..
    } = row;
    view! {
        <tr class:retired=retired>
            <th scope="row">{name.clone()}</th>
            {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
            <td>{status_label(retired)}</td>
            <td class="ops">
                <button type="button" class="link" aria-label=label on:click=move |_| editor.edit(id.clone(), values.clone())>"修改"</button>
                <RetireButton entry retired name/>
            </td>
        </tr>
    }
}
