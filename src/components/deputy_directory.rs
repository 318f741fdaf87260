//! `DeputyDirectory`: deputies (代表) by delegation, with gender, term,
//! stations and the private phone. A deputy is known by name plus
//! delegation.

use jianyi_core::{Command, DeputyFields, DeputyId, EntryRef, Gender, StationId};
use leptos::prelude::*;

use crate::components::{CommandResult, Notice, RetireButton, Tone};
use crate::state::{on_success, use_app_state};
use crate::text;

#[derive(Clone, Copy, Default)]
struct Form {
    editing: RwSignal<Option<DeputyId>>,
    name: RwSignal<String>,
    delegation: RwSignal<String>,
    gender: RwSignal<String>,
    term: RwSignal<String>,
    phone: RwSignal<String>,
    stations: RwSignal<Vec<StationId>>,
}

impl Form {
    fn clear(&self) {
        self.editing.set(None);
        self.name.set(String::new());
        self.gender.set(String::new());
        self.phone.set(String::new());
        self.stations.set(Vec::new());
    }
}

fn gender_code(g: Option<Gender>) -> &'static str {
    match g {
        None => "",
        Some(Gender::Male) => "male",
        Some(Gender::Female) => "female",
    }
}

/// The deputy table and its add/edit form.
#[component]
pub fn DeputyDirectory() -> impl IntoView {
    let app = use_app_state();
    let f = Form::default();
    f.term.set("第十五届".into());
    let local_error = RwSignal::new(None::<String>);
    let save = app.command_action();
    on_success(save, move || {
        f.clear();
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let Ok(delegation) = f.delegation.get_untracked().parse() else {
            local_error.set(Some("请选择“所属代表团”".into()));
            return;
        };
        let fields = DeputyFields {
            name: f.name.get_untracked(),
            delegation,
            gender: Gender::ALL
                .into_iter()
                .find(|g| gender_code(Some(*g)) == f.gender.get_untracked()),
            term: f.term.get_untracked(),
            stations: f.stations.get_untracked(),
            phone: f.phone.get_untracked(),
        };
        save.dispatch(match f.editing.get_untracked() {
            Some(id) => Command::EditDeputy { id, fields },
            None => Command::AddDeputy(fields),
        });
    };
    let groups = move || {
        app.domain.with(|s| {
            s.delegations_in_order()
                .filter(|g| !g.retired || f.delegation.get() == g.id.to_string())
                .map(|g| (g.id.to_string(), g.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let stations = move || {
        app.domain.with(|s| {
            s.stations
                .values()
                .filter(|x| !x.retired)
                .map(|x| (x.id, x.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let rows = move || {
        app.domain.with(|s| {
            s.delegations_in_order()
                .flat_map(|g| {
                    s.deputies_of(g.id)
                        .into_iter()
                        .map(|d| {
                            let station_names: Vec<String> = d
                                .stations
                                .iter()
                                .filter_map(|i| s.stations.get(i).map(|x| x.name.clone()))
                                .collect();
                            (d.clone(), g.name.clone(), station_names.join("、"))
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <form class="form" on:submit=on_submit aria-label="代表信息">
            <div class="field">
                <label for="p-name">{move || if f.editing.get().is_some() { "修改代表姓名" } else { "新增代表姓名" }}</label>
                <input id="p-name" type="text" required prop:value=move || f.name.get() on:input=move |ev| f.name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="p-delegation">"所属代表团"</label>
                <select id="p-delegation" required on:change=move |ev| f.delegation.set(event_target_value(&ev))>
                    <option value="">"请选择"</option>
                    {move || groups().into_iter().map(|(id, n)| {
                        let sel = { let id = id.clone(); move || f.delegation.get() == id };
                        view! { <option value=id selected=sel>{n}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="p-gender">"性别"</label>
                <select id="p-gender" on:change=move |ev| f.gender.set(event_target_value(&ev))>
                    <option value="" selected=move || f.gender.get().is_empty()>"未填"</option>
                    {Gender::ALL.into_iter().map(|g| view! {
                        <option value=gender_code(Some(g)) selected=move || f.gender.get() == gender_code(Some(g))>{g.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="p-term">"届别"</label>
                <input id="p-term" type="text" prop:value=move || f.term.get() on:input=move |ev| f.term.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="p-phone">"联系电话（不公开）"</label>
                <input id="p-phone" type="tel" prop:value=move || f.phone.get() on:input=move |ev| f.phone.set(event_target_value(&ev))/>
            </div>
            <fieldset class="field wide checks">
                <legend>"家站点"</legend>
                {move || stations().into_iter().map(|(id, name)| {
                    let checked = move || f.stations.get().contains(&id);
                    let toggle = move |_| f.stations.update(|v| if v.contains(&id) { v.retain(|x| *x != id) } else { v.push(id) });
                    view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle/>{name}</label> }
                }).collect_view()}
            </fieldset>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || f.editing.get().map(|_| view! { <button type="button" on:click=move |_| f.clear()>"取消修改"</button> })}
            </div>
        </form>
        {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
        <CommandResult action=save saved=text::SAVED/>
        <p class="count">{move || format!("共 {} 名代表", rows().len())}</p>
        <table class="data">
            <thead><tr>
                <th scope="col">"姓名"</th><th scope="col">"代表团"</th><th scope="col">"性别"</th><th scope="col">"届别"</th>
                <th scope="col">"家站点"</th><th scope="col">"联系电话"</th><th scope="col">"状态"</th><th scope="col">"操作"</th>
            </tr></thead>
            <tbody>
                {move || rows().into_iter().map(|(d, gname, station_names)| {
                    let label = format!("修改{}（{gname}）", d.name);
                    let edit = d.clone();
                    view! {
                        <tr class:retired=d.retired>
                            <th scope="row">{d.name.clone()}</th>
                            <td>{gname}</td>
                            <td>{d.gender.map_or("", |g| g.label())}</td>
                            <td>{d.term.clone()}</td>
                            <td>{station_names}</td>
                            <td>{d.phone.clone()}</td>
                            <td>{if d.retired { "已停用" } else { "在用" }}</td>
                            <td class="ops">
                                <button type="button" class="link" aria-label=label on:click=move |_| {
                                    f.editing.set(Some(edit.id));
                                    f.name.set(edit.name.clone());
                                    f.delegation.set(edit.delegation.to_string());
                                    f.gender.set(gender_code(edit.gender).into());
                                    f.term.set(edit.term.clone());
                                    f.phone.set(edit.phone.clone());
                                    f.stations.set(edit.stations.clone());
                                }>"修改"</button>
                                <RetireButton entry=EntryRef::Deputy(d.id) retired=d.retired name=d.name.clone()/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
