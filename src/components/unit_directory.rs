//! `UnitDirectory`: handling units (承办单位) and the organ each belongs to.

use jianyi_core::{Command, Organ, UnitId};
use leptos::prelude::*;

use crate::components::CommandResult;
use crate::state::use_app_state;
use crate::text;

fn organ_code(organ: Option<Organ>) -> &'static str {
    match organ {
        None => "",
        Some(Organ::Government) => "government",
        Some(Organ::SupervisoryCommission) => "supervisory",
        Some(Organ::Court) => "court",
        Some(Organ::Procuratorate) => "procuratorate",
    }
}

fn organ_from(code: &str) -> Option<Organ> {
    Organ::ALL
        .into_iter()
        .find(|o| organ_code(Some(*o)) == code)
}

/// The unit table and its add/edit form.
#[component]
pub fn UnitDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<UnitId>);
    let name = RwSignal::new(String::new());
    let organ = RwSignal::new(String::new());
    let save = Action::new_local(move |cmd: &Command| {
        let cmd = cmd.clone();
        async move { app.dispatch(cmd).await.map(|_| ()) }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = save.value().get() {
            editing.set(None);
            name.set(String::new());
            organ.set(String::new());
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        let o = organ_from(&organ.get_untracked());
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditUnit {
                id,
                name: n,
                organ: o,
            },
            None => Command::AddUnit { name: n, organ: o },
        });
    };
    let rows = move || {
        app.domain.with(|s| {
            let mut v: Vec<_> = s
                .units
                .values()
                .map(|u| (u.id, u.name.clone(), u.organ))
                .collect();
            v.sort_by_key(|(_, n, o)| (o.map_or(9, |o| o as u8), n.clone()));
            v
        })
    };
    let result = Signal::derive(move || save.value().get());
    view! {
        <form class="form inline" on:submit=on_submit>
            <div class="field">
                <label for="u-name">{move || if editing.get().is_some() { "修改单位名称" } else { "新增承办单位" }}</label>
                <input id="u-name" type="text" required placeholder="如：县交通运输局"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="u-organ">"所属（一府一委两院）"</label>
                <select id="u-organ" on:change=move |ev| organ.set(event_target_value(&ev))>
                    <option value="" selected=move || organ.get().is_empty()>"不属于"</option>
                    {Organ::ALL.into_iter().map(|o| view! {
                        <option value=organ_code(Some(o)) selected=move || organ.get() == organ_code(Some(o))>{o.label()}</option>
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
        <CommandResult result saved="已保存"/>
        <p class="count">{move || format!("共 {} 个承办单位", rows().len())}</p>
        <table class="data">
            <thead><tr><th scope="col">"单位"</th><th scope="col">"所属"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(id, n, o)| {
                    let label = format!("修改{n}");
                    let value = n.clone();
                    view! {
                        <tr>
                            <th scope="row">{n}</th>
                            <td>{o.map_or("—", |o| o.label())}</td>
                            <td><button type="button" class="link" aria-label=label on:click=move |_| {
                                editing.set(Some(id));
                                name.set(value.clone());
                                organ.set(organ_code(o).into());
                            }>"修改"</button></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
