//! `SessionDirectory`: sessions of the congress (会次) with their dates.

use chrono::NaiveDate;
use jianyi_core::{Command, EntryRef, SessionId};
use leptos::prelude::*;

use crate::components::{CommandResult, Notice, RetireButton, Tone};
use crate::state::{on_success, use_app_state};
use crate::text;

fn parse(field: &str, value: &str) -> Result<NaiveDate, String> {
    jianyi_core::dates::parse_ymd(value).ok_or_else(|| format!("请填写“{field}”（年-月-日）"))
}

/// The session table and its add/edit form.
#[component]
pub fn SessionDirectory() -> impl IntoView {
    let app = use_app_state();
    let editing = RwSignal::new(None::<SessionId>);
    let name = RwSignal::new(String::new());
    let starts = RwSignal::new(String::new());
    let ends = RwSignal::new(String::new());
    let local_error = RwSignal::new(None::<String>);
    let clear = move || {
        editing.set(None);
        name.set(String::new());
        starts.set(String::new());
        ends.set(String::new());
    };
    let save = app.command_action();
    on_success(save, move || {
        clear();
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let dates = parse("开幕日期", &starts.get_untracked())
            .and_then(|s| parse("闭幕日期", &ends.get_untracked()).map(|e| (s, e)));
        let (s, e) = match dates {
            Ok(d) => d,
            Err(msg) => {
                local_error.set(Some(msg));
                return;
            }
        };
        let n = name.get_untracked();
        save.dispatch(match editing.get_untracked() {
            Some(id) => Command::EditSession {
                id,
                name: n,
                starts: s,
                ends: e,
            },
            None => Command::AddSession {
                name: n,
                starts: s,
                ends: e,
            },
        });
    };
    let rows = move || {
        app.domain.with(|s| {
            let mut v: Vec<_> = s.sessions.values().cloned().collect();
            v.sort_by_key(|x| std::cmp::Reverse(x.starts));
            v
        })
    };
    view! {
        <form class="form inline" on:submit=on_submit>
            <div class="field wide">
                <label for="s-name">{move || if editing.get().is_some() { "修改会次名称" } else { "新增会次名称" }}</label>
                <input id="s-name" type="text" required placeholder="如：第十五届人民代表大会第三次会议"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="s-starts">"开幕日期"</label>
                <input id="s-starts" type="date" required prop:value=move || starts.get() on:input=move |ev| starts.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="s-ends">"闭幕日期"</label>
                <input id="s-ends" type="date" required prop:value=move || ends.get() on:input=move |ev| ends.set(event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editing.get().map(|_| view! { <button type="button" on:click=move |_| clear()>"取消修改"</button> })}
            </div>
        </form>
        {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
        <CommandResult action=save saved=text::SAVED/>
        <table class="data">
            <thead><tr><th scope="col">"会次"</th><th scope="col">"开幕"</th><th scope="col">"闭幕"</th><th scope="col">"状态"</th><th scope="col">"操作"</th></tr></thead>
            <tbody>
                {move || rows().into_iter().map(|x| {
                    let label = format!("修改{}", x.name);
                    let (id, n, s, e) = (x.id, x.name.clone(), x.starts, x.ends);
                    let retired = x.retired;
                    let rname = x.name.clone();
                    view! {
                        <tr class:retired=retired>
                            <th scope="row">{x.name}</th>
                            <td class="date">{jianyi_core::dates::ymd(s)}</td>
                            <td class="date">{jianyi_core::dates::ymd(e)}</td>
                            <td>{if retired { "已停用" } else { "在用" }}</td>
                            <td class="ops"><button type="button" class="link" aria-label=label on:click=move |_| {
                                editing.set(Some(id));
                                name.set(n.clone());
                                starts.set(jianyi_core::dates::ymd(s));
                                ends.set(jianyi_core::dates::ymd(e));
                            }>"修改"</button>
                            <RetireButton entry=EntryRef::Session(id) retired=retired name=rname/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
