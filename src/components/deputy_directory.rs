//! `DeputyDirectory`: deputies (代表) by delegation. A deputy is known by
//! name plus delegation.

use jianyi_core::{Command, DeputyId};
use leptos::prelude::*;

use crate::components::CommandResult;
use crate::state::use_app_state;
use crate::text;

/// The deputy table and its add/edit form.
#[component]
pub fn DeputyDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<DeputyId>);
    let name = RwSignal::new(String::new());
    let delegation = RwSignal::new(String::new());
    let local_error = RwSignal::new(None::<String>);
    let save = Action::new_local(move |cmd: &Command| {
        let cmd = cmd.clone();
        async move { app.dispatch(cmd).await.map(|_| ()) }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = save.value().get() {
            editing.set(None);
            name.set(String::new());
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let Ok(group) = delegation.get_untracked().parse() else {
            local_error.set(Some("请选择“代表团”".into()));
            return;
        };
        let n = name.get_untracked();
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditDeputy {
                id,
                name: n,
                delegation: group,
            },
            None => Command::AddDeputy {
                name: n,
                delegation: group,
            },
        });
    };
    let groups = move || {
        app.domain.with(|s| {
            s.delegations
                .values()
                .map(|g| (g.id.to_string(), g.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let rows = move || {
        app.domain.with(|s| {
            s.delegations
                .values()
                .flat_map(|g| {
                    s.deputies_of(g.id)
                        .into_iter()
                        .map(|d| (d.id, d.name.clone(), g.id.to_string(), g.name.clone()))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
    };
    let result = Signal::derive(move || save.value().get());
    view! {
        <form class="form inline" on:submit=on_submit>
            <div class="field">
                <label for="p-name">{move || if editing.get().is_some() { "修改代表姓名" } else { "新增代表姓名" }}</label>
                <input id="p-name" type="text" required
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="p-delegation">"所属代表团"</label>
                <select id="p-delegation" required on:change=move |ev| delegation.set(event_target_value(&ev))>
                    <option value="">"请选择"</option>
                    {move || groups().into_iter().map(|(id, n)| {
                        let sel = { let id = id.clone(); move || delegation.get() == id };
                        view! { <option value=id selected=sel>{n}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editing.get().map(|_| view! {
                    <button type="button" on:click=move |_| { editing.set(None); name.set(String::new()); }>"取消修改"</button>
                })}
            </div>
        </form>
        {move || local_error.get().map(|e| view! { <crate::components::Notice tone=crate::components::Tone::Error>{e}</crate::components::Notice> })}
        <CommandResult result saved="已保存"/>
        <p class="count">{move || format!("共 {} 名代表", rows().len())}</p>
        <table class="data">
            <thead><tr><th scope="col">"姓名"</th><th scope="col">"代表团"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(id, n, gid, gname)| {
                    let label = format!("修改{n}（{gname}）");
                    let value = n.clone();
                    view! {
                        <tr>
                            <th scope="row">{n}</th>
                            <td>{gname}</td>
                            <td><button type="button" class="link" aria-label=label on:click=move |_| {
                                editing.set(Some(id));
                                name.set(value.clone());
                                delegation.set(gid.clone());
                            }>"修改"</button></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
