//! `CategoryDirectory`: the categories suggestions are filed under. A
//! category is its name: to rename one, add the new name and retire the old,
//! so old records keep the name they were filed under.

use jianyi_core::{Command, EntryRef};
use leptos::prelude::*;

use crate::components::{CommandResult, RetireButton};
use crate::state::{on_success, use_app_state};
use crate::text;

/// The category list and its add form.
#[component]
pub fn CategoryDirectory() -> impl IntoView {
    let app = use_app_state();
    let name = RwSignal::new(String::new());
    let save = app.command_action();
    on_success(save, move || {
        name.set(String::new());
    });
    let rows = move || {
        app.domain.with(|s| {
            s.settings
                .categories
                .iter()
                .map(|c| {
                    let used = s
                        .suggestions
                        .values()
                        .filter(|x| &x.draft.category == c)
                        .count();
                    (c.clone(), s.settings.retired_categories.contains(c), used)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="form inline" aria-label="类别" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            save.dispatch(Command::AddCategory { name: name.get_untracked() });
        }>
            <div class="field">
                <label for="k-name">"新增类别"</label>
                <input id="k-name" type="text" required prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
            </div>
        </form>
        <CommandResult action=save saved=text::SAVED/>
        <p class="note">"类别以名称为准：如需改名，请新增新名称并停用旧名称，已有建议保留原类别。"</p>
        <table class="data">
            <thead><tr><th scope="col">"类别"</th><th scope="col">"建议件数"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(c, retired, used)| view! {
                    <tr class:retired=retired>
                        <th scope="row">{c.clone()}</th>
                        <td class="num">{used}</td>
                        <td>{if retired { "已停用" } else { "在用" }}</td>
                        <td class="ops"><RetireButton entry=EntryRef::Category(c.clone()) retired=retired name=c/></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
