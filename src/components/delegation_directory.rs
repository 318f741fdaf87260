//! `DelegationDirectory`: delegations (代表团), with their deputy counts.

use jianyi_core::{Command, DelegationId, EntryRef};
use leptos::prelude::*;

use crate::components::{CommandResult, RetireButton};
use crate::state::{on_success, use_app_state};
use crate::text;

/// The delegation table and its add/edit form.
#[component]
pub fn DelegationDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<DelegationId>);
    let name = RwSignal::new(String::new());
    let save = app.command_action();
    on_success(save, move || {
        editing.set(None);
        name.set(String::new());
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditDelegation { id, name: n },
            None => Command::AddDelegation { name: n },
        });
    };
    let rows = move || {
        app.domain.with(|s| {
            s.delegations_in_order()
                .map(|g| (g.id, g.name.clone(), s.deputies_of(g.id).len(), g.retired))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="form inline" on:submit=on_submit>
            <div class="field">
                <label for="g-name">{move || if editing.get().is_some() { "修改代表团名称" } else { "新增代表团" }}</label>
                <input id="g-name" type="text" required placeholder="如：城关镇代表团"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editing.get().map(|_| view! {
                    <button type="button" on:click=move |_| { editing.set(None); name.set(String::new()); }>"取消修改"</button>
                })}
            </div>
        </form>
        <CommandResult action=save saved=text::SAVED/>
        <table class="data">
            <thead><tr><th scope="col">"代表团"</th><th scope="col">"代表人数"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(id, n, count, retired)| {
                    let label = format!("修改{n}");
                    let value = n.clone();
                    let rname = n.clone();
                    view! {
                        <tr class:retired=retired>
                            <th scope="row">{n}</th>
                            <td class="num">{count}</td>
                            <td>{if retired { "已停用" } else { "在用" }}</td>
                            <td class="ops"><button type="button" class="link" aria-label=label
                                on:click=move |_| { editing.set(Some(id)); name.set(value.clone()); }>"修改"</button>
                            <RetireButton entry=EntryRef::Delegation(id) retired=retired name=rname/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
