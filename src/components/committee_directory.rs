//! `CommitteeDirectory`: committee bodies (委室) and the delegations each
//! covers (包联), which decides whose drafts it re-reviews.

use jianyi_core::{Command, CommitteeFields, CommitteeId, DelegationId, EntryRef};
use leptos::prelude::*;

use crate::components::{CommandResult, RetireButton};
use crate::state::{on_success, use_app_state};
use crate::text;

/// The committee table and its add/edit form.
#[component]
pub fn CommitteeDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<CommitteeId>);
    let name = RwSignal::new(String::new());
    let covers = RwSignal::new(Vec::<DelegationId>::new());
    let clear = move || {
        editing.set(None);
        name.set(String::new());
        covers.set(Vec::new());
    };
    let save = app.command_action();
    on_success(save, move || {
        clear();
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = CommitteeFields {
            name: name.get_untracked(),
            covers: covers.get_untracked(),
        };
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditCommittee { id, fields },
            None => Command::AddCommittee(fields),
        });
    };
    let groups = move || {
        app.domain.with(|s| {
            s.delegations_in_order()
                .filter(|g| !g.retired)
                .map(|g| (g.id, g.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let rows = move || {
        app.domain.with(|s| {
            s.committees
                .values()
                .map(|c| {
                    let names: Vec<&str> = c.covers.iter().map(|g| s.delegation_name(*g)).collect();
                    (c.clone(), names.join("、"))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="form" on:submit=on_submit aria-label="委室信息">
            <div class="field">
                <label for="c-name">{move || if editing.get().is_some() { "修改委室名称" } else { "新增委室" }}</label>
                <input id="c-name" type="text" required placeholder="如：县人大常委会法制委员会"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <fieldset class="field wide checks">
                <legend>"包联代表团"</legend>
                {move || groups().into_iter().map(|(id, n)| {
                    let checked = move || covers.get().contains(&id);
                    let toggle = move |_| covers.update(|v| if v.contains(&id) { v.retain(|x| *x != id) } else { v.push(id) });
                    view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle/>{n}</label> }
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editing.get().map(|_| view! { <button type="button" on:click=move |_| clear()>"取消修改"</button> })}
            </div>
        </form>
        <CommandResult action=save saved=text::SAVED/>
        <table class="data">
            <thead><tr><th scope="col">"委室"</th><th scope="col">"包联代表团"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(c, names)| {
                    let label = format!("修改{}", c.name);
                    let edit = c.clone();
                    view! {
                        <tr class:retired=c.retired>
                            <th scope="row">{c.name.clone()}</th>
                            <td>{names}</td>
                            <td>{if c.retired { "已停用" } else { "在用" }}</td>
                            <td class="ops">
                                <button type="button" class="link" aria-label=label on:click=move |_| {
                                    editing.set(Some(edit.id));
                                    name.set(edit.name.clone());
                                    covers.set(edit.covers.clone());
                                }>"修改"</button>
                                <RetireButton entry=EntryRef::Committee(c.id) retired=c.retired name=c.name.clone()/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
