//! `OpinionsPage`: citizen opinions (群众意见) collected at the stations —
//! recorded by a station clerk, turned into drafts by a deputy, and followed
//! to the suggestions made from them and what came of each (办理结果: the
//! reply and its class, the deputy's rating, whether it was realised), so
//! the station can tell the citizen.

use jianyi_core::raising::{OpinionFields, RaisingCommand};
use jianyi_core::{Command, OpinionId};
use leptos::prelude::*;

use crate::components::{CommandResult, Notice, Tone};
use crate::platform;
use crate::router::{Route, hash_href};
use crate::state::{on_success, use_app_state};
use crate::text;

/// One opinion's line, redrawn only when it changed.
#[derive(Clone, PartialEq, Eq, Hash)]
struct OpinionRow {
    id: OpinionId,
    received_on: chrono::NaiveDate,
    topic: String,
    text: String,
    station: String,
    made: Vec<(String, String)>,
    /// What came of it: one line per item handled.
    result: Vec<String>,
}

/// What came of an item, in a line a station clerk reads to the citizen.
fn result_line(f: &jianyi_core::handling::Facts) -> String {
    use jianyi_core::dates::zh;
    let mut parts = Vec::new();
    match f.replied {
        Some(on) => parts.push(format!("{}答复（{}）", zh(on), f.classes.join("、"))),
        None if f.round > 1 => parts.push(format!("交回重办，第{}轮办理中", f.round)),
        None => parts.push("办理中".to_string()),
    }
    if let Some(x) = &f.satisfaction {
        parts.push(format!("代表评价：{}", x.label()));
    }
    if let Some(x) = &f.realisation {
        parts.push(format!("落实：{}", x.label()));
    }
    if let Some(on) = f.closed {
        parts.push(format!("{}办结", zh(on)));
    }
    parts.join("；")
}

/// The opinion list and the form to record one.
#[component]
pub fn OpinionsPage() -> impl IntoView {
    let app = use_app_state();
    let station = RwSignal::new(String::new());
    let date = RwSignal::new(jianyi_core::dates::ymd(platform::china_today()));
    let topic = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<OpinionId>::new());
    let local_error = RwSignal::new(None::<String>);
    let save = app.command_action();
    on_success(save, move || {
        topic.set(String::new());
        body.set(String::new());
        contact.set(String::new());
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let Ok(st) = station.get_untracked().parse() else {
            local_error.set(Some("请选择“收集站点”".into()));
            return;
        };
        let Some(received_on) = jianyi_core::dates::parse_ymd(&date.get_untracked()) else {
            local_error.set(Some("“收集日期”格式应为 年-月-日".into()));
            return;
        };
        save.dispatch(Command::from(RaisingCommand::RecordOpinion(
            OpinionFields {
                station: st,
                received_on,
                topic: topic.get_untracked(),
                text: body.get_untracked(),
                contact: contact.get_untracked(),
            },
        )));
    };
    let stations = move || {
        app.domain.with(|s| {
            let mut v: Vec<_> = s
                .directory
                .stations
                .values()
                .filter(|x| !x.retired)
                .collect();
            v.sort_by_key(|x| (x.kind as u8, x.name.clone()));
            v.into_iter()
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let today = platform::china_today();
    let rows = move || {
        app.domain.with(|s| {
            let mut v: Vec<OpinionRow> = s
                .raising
                .opinions
                .values()
                .map(|o| {
                    let station = s
                        .directory
                        .stations
                        .get(&o.station)
                        .map(|x| x.name.clone())
                        .unwrap_or_default();
                    let made: Vec<(String, String)> = s
                        .raising
                        .suggestions_from(o.id)
                        .iter()
                        .filter_map(|sid| s.raising.suggestions.get(sid))
                        .map(|x| {
                            (
                                Route::Suggestion(x.id.to_string()).href(),
                                format!("{}（{}）", x.draft.title, s.stage(x.id).label()),
                            )
                        })
                        .collect();
                    let result = jianyi_core::handling::opinion_results(s, o.id, today)
                        .into_iter()
                        .filter_map(|(_, f)| f.as_ref().map(result_line))
                        .collect();
                    OpinionRow {
                        result,
                        id: o.id,
                        received_on: o.received_on,
                        topic: o.topic.clone(),
                        text: o.text.clone(),
                        station,
                        made,
                    }
                })
                .collect();
            v.sort_by(|a, b| {
                b.received_on
                    .cmp(&a.received_on)
                    .then(a.topic.cmp(&b.topic))
            });
            v
        })
    };
    let draft_href = move || {
        let ids: Vec<String> = chosen.get().iter().map(|o| o.to_string()).collect();
        hash_href(&["suggestions", "new"], &[("opinions", &ids.join(","))])
    };
    view! {
        <section class="page">
            <h1>"群众意见"</h1>
            <p class="note">"家站点收集的群众意见。代表可选一条或几条意见转为建议草稿；建议与意见相互关联，意见的办理结果可以一路追溯。群众联系方式仅供本机使用，不公开。"</p>
            <h2>"登记群众意见"</h2>
            <form class="form" on:submit=on_submit aria-label="登记群众意见">
                <div class="field">
                    <label for="o-station">"收集站点"</label>
                    <select id="o-station" required on:change=move |ev| station.set(event_target_value(&ev))>
                        <option value="">"请选择"</option>
                        {move || stations().into_iter().map(|(id, n)| {
                            let sel = { let id = id.clone(); move || station.get() == id };
                            view! { <option value=id selected=sel>{n}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="o-date">"收集日期"</label>
                    <input id="o-date" type="date" required prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                </div>
                <div class="field wide">
                    <label for="o-topic">"意见主题"</label>
                    <input id="o-topic" type="text" required placeholder="如：城关镇老旧小区道路破损"
                        prop:value=move || topic.get() on:input=move |ev| topic.set(event_target_value(&ev))/>
                </div>
                <div class="field wide">
                    <label for="o-text">"意见内容"</label>
                    <textarea id="o-text" rows="3" required prop:value=move || body.get() on:input=move |ev| body.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for="o-contact">"群众联系方式（不公开）"</label>
                    <input id="o-contact" type="text" prop:value=move || contact.get() on:input=move |ev| contact.set(event_target_value(&ev))/>
                </div>
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                </div>
            </form>
            {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            <CommandResult action=save saved="群众意见已登记"/>
            <h2>"意见列表"</h2>
            <div class="actions">
                <a class="button primary-link" href=draft_href aria-disabled=move || chosen.get().is_empty().to_string()
                    class:disabled=move || chosen.get().is_empty()>
                    {move || format!("将选中的 {} 条意见转为建议草稿", chosen.get().len())}
                </a>
            </div>
            <table class="data">
                <thead><tr>
                    <th scope="col">"选择"</th><th scope="col">"收集日期"</th><th scope="col">"站点"</th>
                    <th scope="col">"主题"</th><th scope="col">"内容"</th><th scope="col">"形成的建议"</th><th scope="col">"办理结果"</th>
                </tr></thead>
                <tbody>
                    <For each=rows key=|r: &OpinionRow| r.clone() let:o>{{
                        let id = o.id;
                        let OpinionRow { station, made, result, .. } = o.clone();
                        view! {
                            <tr>
                                <td><input type="checkbox" aria-label=format!("选择：{}", o.topic)
                                    prop:checked=move || chosen.get().contains(&id)
                                    on:change=move |_| chosen.update(|v| if v.contains(&id) { v.retain(|x| *x != id) } else { v.push(id) })/></td>
                                <td class="date">{jianyi_core::dates::ymd(o.received_on)}</td>
                                <td>{station}</td>
                                <th scope="row">{o.topic.clone()}</th>
                                <td>{o.text.clone()}</td>
                                <td>
                                    {if made.is_empty() {
                                        view! { <span class="note">"尚未形成建议"</span> }.into_any()
                                    } else {
                                        view! { <ul class="plain">{made.into_iter().map(|(href, t)| view! { <li><a href=href>{t}</a></li> }).collect_view()}</ul> }.into_any()
                                    }}
                                </td>
                                <td>{result.into_iter().map(|r| view! { <p class="result">{r}</p> }).collect_view()}</td>
                            </tr>
                        }
                    }}</For>
                </tbody>
            </table>
        </section>
    }
}
