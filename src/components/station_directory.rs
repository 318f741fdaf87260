//! `StationDirectory`: deputy stations — 代表之家, 代表联络站, 代表联络点
//! and the professional stations, each of a configured field.

use jianyi_core::{Command, EntryRef, StationFields, StationId, StationKind};
use leptos::prelude::*;

use crate::components::{CommandResult, RetireButton};
use crate::state::{on_success, use_app_state};
use crate::text;

fn kind_from(label: &str) -> StationKind {
    StationKind::ALL
        .into_iter()
        .find(|k| k.label() == label)
        .unwrap_or(StationKind::LiaisonStation)
}

/// The station table and its add/edit form.
#[component]
pub fn StationDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<StationId>);
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(StationKind::LiaisonStation);
    let field = RwSignal::new(String::new());
    let clear = move || {
        editing.set(None);
        name.set(String::new());
        field.set(String::new());
    };
    let save = app.command_action();
    on_success(save, move || {
        clear();
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = StationFields {
            name: name.get_untracked(),
            kind: kind.get_untracked(),
            field: field.get_untracked(),
        };
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditStation { id, fields },
            None => Command::AddStation(fields),
        });
    };
    let fields_list = move || {
        app.domain
            .with(|s| s.settings.professional_stations.clone())
    };
    let rows = move || {
        app.domain.with(|s| {
            let mut v: Vec<_> = s
                .stations
                .values()
                .map(|x| {
                    (
                        x.clone(),
                        s.deputies
                            .values()
                            .filter(|d| d.stations.contains(&x.id))
                            .count(),
                    )
                })
                .collect();
            v.sort_by_key(|(x, _)| (x.kind as u8, x.name.clone()));
            v
        })
    };
    view! {
        <form class="form" on:submit=on_submit aria-label="站点信息">
            <div class="field">
                <label for="t-name">{move || if editing.get().is_some() { "修改站点名称" } else { "新增站点" }}</label>
                <input id="t-name" type="text" required prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="t-kind">"站点类型"</label>
                <select id="t-kind" on:change=move |ev| kind.set(kind_from(&event_target_value(&ev)))>
                    {StationKind::ALL.into_iter().map(|k| view! {
                        <option value=k.label() selected=move || kind.get() == k>{k.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || (kind.get() == StationKind::Professional).then(|| view! {
                <div class="field">
                    <label for="t-field">"专业领域"</label>
                    <select id="t-field" on:change=move |ev| field.set(event_target_value(&ev))>
                        <option value="">"请选择"</option>
                        {fields_list().into_iter().map(|x| {
                            let sel = { let x = x.clone(); move || field.get() == x };
                            view! { <option value=x.clone() selected=sel>{x.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
            })}
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editing.get().map(|_| view! { <button type="button" on:click=move |_| clear()>"取消修改"</button> })}
            </div>
        </form>
        <CommandResult action=save saved=text::SAVED/>
        <table class="data">
            <thead><tr><th scope="col">"站点"</th><th scope="col">"类型"</th><th scope="col">"专业领域"</th><th scope="col">"代表人数"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(x, deputies)| {
                    let label = format!("修改{}", x.name);
                    let edit = x.clone();
                    view! {
                        <tr class:retired=x.retired>
                            <th scope="row">{x.name.clone()}</th>
                            <td>{x.kind.label()}</td>
                            <td>{x.field.clone()}</td>
                            <td class="num">{deputies}</td>
                            <td>{if x.retired { "已停用" } else { "在用" }}</td>
                            <td class="ops">
                                <button type="button" class="link" aria-label=label on:click=move |_| {
                                    editing.set(Some(edit.id));
                                    name.set(edit.name.clone());
                                    kind.set(edit.kind);
                                    field.set(edit.field.clone());
                                }>"修改"</button>
                                <RetireButton entry=EntryRef::Station(x.id) retired=x.retired name=x.name.clone()/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
