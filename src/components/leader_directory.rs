//! `LeaderDirectory`: leaders (领导) who lead (领办) or supervise (督办) key
//! suggestions: name, post, organ, and what they lead or supervise.

use jianyi_core::{Command, EntryRef, LeaderFields, LeaderId, Organ};
use leptos::prelude::*;

use crate::components::unit_directory::{organ_code, organ_from};
use crate::components::{CommandResult, RetireButton};
use crate::state::{on_success, use_app_state};
use crate::text;

/// The leader table and its add/edit form.
#[component]
pub fn LeaderDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<LeaderId>);
    let name = RwSignal::new(String::new());
    let post = RwSignal::new(String::new());
    let organ = RwSignal::new(String::new());
    let duties = RwSignal::new(String::new());
    let clear = move || {
        editing.set(None);
        name.set(String::new());
        post.set(String::new());
        duties.set(String::new());
    };
    let save = app.command_action();
    on_success(save, move || {
        clear();
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let fields = LeaderFields {
            name: name.get_untracked(),
            post: post.get_untracked(),
            organ: organ_from(&organ.get_untracked()),
            duties: duties.get_untracked(),
        };
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditLeader { id, fields },
            None => Command::AddLeader(fields),
        });
    };
    let rows = move || {
        app.domain
            .with(|s| s.leaders.values().cloned().collect::<Vec<_>>())
    };
    view! {
        <form class="form" on:submit=on_submit aria-label="领导信息">
            <div class="field">
                <label for="l-name">{move || if editing.get().is_some() { "修改领导姓名" } else { "新增领导姓名" }}</label>
                <input id="l-name" type="text" required prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="l-post">"职务"</label>
                <input id="l-post" type="text" required placeholder="如：县长、县人大常委会副主任"
                    prop:value=move || post.get() on:input=move |ev| post.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="l-organ">"所属（一府一委两院）"</label>
                <select id="l-organ" on:change=move |ev| organ.set(event_target_value(&ev))>
                    <option value="" selected=move || organ.get().is_empty()>"不属于"</option>
                    {Organ::ALL.into_iter().map(|o| view! {
                        <option value=organ_code(Some(o)) selected=move || organ.get() == organ_code(Some(o))>{o.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field wide">
                <label for="l-duties">"领办督办领域"</label>
                <input id="l-duties" type="text" placeholder="分管或联系的领域"
                    prop:value=move || duties.get() on:input=move |ev| duties.set(event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editing.get().map(|_| view! { <button type="button" on:click=move |_| clear()>"取消修改"</button> })}
            </div>
        </form>
        <CommandResult action=save saved=text::SAVED/>
        <table class="data">
            <thead><tr><th scope="col">"姓名"</th><th scope="col">"职务"</th><th scope="col">"所属"</th><th scope="col">"领办督办领域"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|l| {
                    let label = format!("修改{}（{}）", l.name, l.post);
                    let edit = l.clone();
                    view! {
                        <tr class:retired=l.retired>
                            <th scope="row">{l.name.clone()}</th>
                            <td>{l.post.clone()}</td>
                            <td>{l.organ.map_or("—", |o| o.label())}</td>
                            <td>{l.duties.clone()}</td>
                            <td>{if l.retired { "已停用" } else { "在用" }}</td>
                            <td class="ops">
                                <button type="button" class="link" aria-label=label on:click=move |_| {
                                    editing.set(Some(edit.id));
                                    name.set(edit.name.clone());
                                    post.set(edit.post.clone());
                                    organ.set(organ_code(edit.organ).into());
                                    duties.set(edit.duties.clone());
                                }>"修改"</button>
                                <RetireButton entry=EntryRef::Leader(l.id) retired=l.retired name=l.name.clone()/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
