//! `UnitDirectory`: handling units (承办单位), their kind and the organ of
//! 一府一委两院 each belongs to.

use jianyi_core::{Command, EntryRef, Organ, UnitFields, UnitId, UnitKind};
use leptos::prelude::*;

use crate::components::{CommandResult, RetireButton};
use crate::state::{on_success, use_app_state};
use crate::text;

pub(crate) fn organ_code(organ: Option<Organ>) -> &'static str {
    match organ {
        None => "",
        Some(Organ::Government) => "government",
        Some(Organ::SupervisoryCommission) => "supervisory",
        Some(Organ::Court) => "court",
        Some(Organ::Procuratorate) => "procuratorate",
    }
}

pub(crate) fn organ_from(code: &str) -> Option<Organ> {
    Organ::ALL
        .into_iter()
        .find(|o| organ_code(Some(*o)) == code)
}

fn kind_from(label: &str) -> UnitKind {
    UnitKind::ALL
        .into_iter()
        .find(|k| k.label() == label)
        .unwrap_or(UnitKind::Other)
}

/// The unit table and its add/edit form.
#[component]
pub fn UnitDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<UnitId>);
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(UnitKind::GovernmentDepartment);
    let organ = RwSignal::new(organ_code(Some(Organ::Government)).to_string());
    let clear = move || {
        editing.set(None);
        name.set(String::new());
    };
    let save = app.command_action();
    on_success(save, move || {
        clear();
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = UnitFields {
            name: name.get_untracked(),
            kind: kind.get_untracked(),
            organ: organ_from(&organ.get_untracked()),
        };
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditUnit { id, fields },
            None => Command::AddUnit(fields),
        });
    };
    let rows = move || {
        app.domain.with(|s| {
            let mut v: Vec<_> = s.units.values().cloned().collect();
            v.sort_by_key(|u| (u.organ.map_or(9, |o| o as u8), u.kind as u8, u.name.clone()));
            v
        })
    };
    view! {
        <form class="form" on:submit=on_submit aria-label="承办单位信息">
            <div class="field">
                <label for="u-name">{move || if editing.get().is_some() { "修改单位名称" } else { "新增承办单位" }}</label>
                <input id="u-name" type="text" required placeholder="如：县交通运输局"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="u-kind">"单位类型"</label>
                <select id="u-kind" on:change=move |ev| {
                    let k = kind_from(&event_target_value(&ev));
                    kind.set(k);
                    organ.set(organ_code(k.usual_organ()).into());
                }>
                    {UnitKind::ALL.into_iter().map(|k| view! {
                        <option value=k.label() selected=move || kind.get() == k>{k.label()}</option>
                    }).collect_view()}
                </select>
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
                {move || editing.get().map(|_| view! { <button type="button" on:click=move |_| clear()>"取消修改"</button> })}
            </div>
        </form>
        <CommandResult action=save saved=text::SAVED/>
        <p class="count">{move || format!("共 {} 个承办单位", rows().len())}</p>
        <table class="data">
            <thead><tr><th scope="col">"单位"</th><th scope="col">"类型"</th><th scope="col">"所属"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|u| {
                    let label = format!("修改{}", u.name);
                    let edit = u.clone();
                    view! {
                        <tr class:retired=u.retired>
                            <th scope="row">{u.name.clone()}</th>
                            <td>{u.kind.label()}</td>
                            <td>{u.organ.map_or("—", |o| o.label())}</td>
                            <td>{if u.retired { "已停用" } else { "在用" }}</td>
                            <td class="ops">
                                <button type="button" class="link" aria-label=label on:click=move |_| {
                                    editing.set(Some(edit.id));
                                    name.set(edit.name.clone());
                                    kind.set(edit.kind);
                                    organ.set(organ_code(edit.organ).into());
                                }>"修改"</button>
                                <RetireButton entry=EntryRef::Unit(u.id) retired=u.retired name=u.name.clone()/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
