//! `RecordPage`: one supervision record — its items, units, participants,
//! findings, decisions — and its follow-ups with their colours, each
//! marked done with what was done; `SummaryPage`, a face-to-face meeting
//! (or a hearing, a supervision meeting) printed as a meeting summary
//! (会议纪要) on A4.

use jianyi_core::dates::zh;
use jianyi_core::directory::EntryRef;
use jianyi_core::supervision::{SupervisionCommand, SupervisionRecord, follow_up_rows};
use jianyi_core::{State, SupervisionRecordId};
use leptos::prelude::*;

use crate::router::hash_href;
use crate::state::use_app_state;
use crate::supervision::{
    Outcome, OutcomeNotice, SupervisionTabs, acting, item_line, participants_line, supervises_here,
};

fn record(s: &State, id: SupervisionRecordId) -> Option<SupervisionRecord> {
    s.supervision.records.get(&id).cloned()
}

fn units_line(s: &State, r: &SupervisionRecord) -> String {
    let mut names: Vec<String> = Vec::new();
    let units = r
        .fields
        .items
        .iter()
        .filter_map(|i| s.handling.assignments.get(i))
        .flat_map(|a| a.current().map(|t| t.unit))
        .chain(r.fields.units.iter().copied());
    for u in units {
        let name = s.directory.entry_name(&EntryRef::Unit(u));
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        "—".into()
    } else {
        names.join("、")
    }
}

#[component]
pub fn RecordPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let today = crate::platform::china_today();
    let Some(id) = id.parse::<SupervisionRecordId>().ok().filter(|id| {
        app.domain
            .with_untracked(|s| s.supervision.records.contains_key(id))
    }) else {
        return view! {
            <section class="page"><h1>"没有这条督办记录"</h1><p><a href=hash_href(&["records"], &[])>"返回督办记录"</a></p></section>
        }
        .into_any();
    };
    let outcome: Outcome = RwSignal::new(None);
    let act = acting(app, outcome);
    let notes: Vec<RwSignal<String>> = app.domain.with_untracked(|s| {
        record(s, id)
            .map(|r| {
                r.fields
                    .follow_ups
                    .iter()
                    .map(|_| RwSignal::new(String::new()))
                    .collect()
            })
            .unwrap_or_default()
    });
    let r = move || app.domain.with(|s| record(s, id));
    view! {
        <section class="page">
            <h1>{move || r().map(|r| format!("{}　{}", r.fields.kind.label(), zh(r.on))).unwrap_or_default()}</h1>
            <SupervisionTabs current="督办记录"/>
            <OutcomeNotice outcome/>
            {move || app.domain.with(|s| r().map(|r| view! {
                <dl class="keyvalue">
                    <dt>"地点"</dt><dd>{if r.fields.place.is_empty() { "—".to_string() } else { r.fields.place.clone() }}</dd>
                    <dt>"涉及建议"</dt><dd>{r.fields.items.iter().map(|i| view! {
                        <div><a href=hash_href(&["oversight", &i.to_string()], &[])>{item_line(s, *i)}</a></div>
                    }).collect_view()}</dd>
                    <dt>"涉及单位"</dt><dd>{units_line(s, &r)}</dd>
                    <dt>"参加人员"</dt><dd>{participants_line(s, &r.fields.participants)}</dd>
                    <dt>"情况和问题"</dt><dd class="pre">{r.fields.findings.clone()}</dd>
                    <dt>"议定事项"</dt><dd class="pre">{if r.fields.decisions.is_empty() { "—".to_string() } else { r.fields.decisions.clone() }}</dd>
                    <dt>"登记"</dt><dd>{r.by.clone()}</dd>
                </dl>
                {r.fields.kind.has_summary().then(|| view! {
                    <p class="no-print"><a class="button" href=hash_href(&["records", &id.to_string(), "summary"], &[])>"打印会议纪要"</a></p>
                })}
            }))}
            <h2>"督办事项"</h2>
            {move || {
                let rows = app.domain.with(|s| {
                    s.supervision
                        .records
                        .get(&id)
                        .map(|r| follow_up_rows(s, std::iter::once(r), today))
                        .unwrap_or_default()
                });
                if rows.is_empty() {
                    return view! { <p class="empty">"这次督办没有议定督办事项。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="督办事项">
                        <thead><tr><th scope="col">"预警"</th><th scope="col">"事项"</th><th scope="col">"责任单位"</th><th scope="col">"期限"</th><th scope="col">"落实情况"</th></tr></thead>
                        <tbody>{rows.into_iter().map(|f| {
                            let index = f.index;
                            let note = notes.get(index as usize).copied().unwrap_or_else(|| RwSignal::new(String::new()));
                            let what = f.what.clone();
                            view! {
                                <tr class=format!("row-{}", f.colour.code())>
                                    <td><span class=format!("light {}", f.colour.code())>{f.colour.label()}</span></td>
                                    <td>{f.what.clone()}</td>
                                    <td>{f.owner}</td>
                                    <td class="date">{zh(f.due)}</td>
                                    <td>{match f.done {
                                        Some(d) => view! { <span>{format!("{}办结：{}", zh(d.on), d.note)}</span> }.into_any(),
                                        None => view! {
                                            <span class="why">{f.why}</span>
                                            <form class="form inline no-print" hidden=move || !app.domain.with(|s| supervises_here(s, app.desk.get())) on:submit=move |ev| {
                                                ev.prevent_default();
                                                act.dispatch((SupervisionCommand::CompleteFollowUp { record: id, index, note: note.get_untracked() }.into(), format!("“{what}”已办结")));
                                            }>
                                                <div class="field">
                                                    <label for=format!("done-{index}")>"落实情况"</label>
                                                    <input id=format!("done-{index}") type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                                                </div>
                                                <button type="submit">"办结"</button>
                                            </form>
                                        }.into_any(),
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
    .into_any()
}

/// The meeting summary (会议纪要) of a record, on A4.
#[component]
pub fn SummaryPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let Some(id) = id.parse::<SupervisionRecordId>().ok() else {
        return view! { <section class="page"><h1>"没有这条督办记录"</h1></section> }.into_any();
    };
    let office = move || {
        app.domain.with(|s| {
            s.office
                .profile
                .as_ref()
                .map(|p| p.name.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <section class="page print-doc summary">
            <p class="no-print"><a href=hash_href(&["records", &id.to_string()], &[])>"← 督办记录"</a>" "<button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button></p>
            {move || app.domain.with(|s| match record(s, id) {
                None => view! { <h1>"没有这条督办记录"</h1> }.into_any(),
                Some(r) => view! {
                    <h1 class="doc-title">{format!("{}纪要", r.fields.kind.label())}</h1>
                    <p class="doc-sub">{office()}</p>
                    <table class="doc-head">
                        <tbody>
                            <tr><th scope="row">"时间"</th><td>{zh(r.on)}</td></tr>
                            <tr><th scope="row">"地点"</th><td>{r.fields.place.clone()}</td></tr>
                            <tr><th scope="row">"参加人员"</th><td>{participants_line(s, &r.fields.participants)}</td></tr>
                            <tr><th scope="row">"涉及建议"</th><td>{r.fields.items.iter().map(|i| view! { <div>{item_line(s, *i)}</div> }).collect_view()}</td></tr>
                            <tr><th scope="row">"承办单位"</th><td>{units_line(s, &r)}</td></tr>
                        </tbody>
                    </table>
                    <h2>"一、会议情况"</h2>
                    <p class="doc-text">{r.fields.findings.clone()}</p>
                    <h2>"二、议定事项"</h2>
                    <p class="doc-text">{if r.fields.decisions.is_empty() { "无".to_string() } else { r.fields.decisions.clone() }}</p>
                    <h2>"三、督办事项"</h2>
                    {if r.fields.follow_ups.is_empty() {
                        view! { <p class="doc-text">"无"</p> }.into_any()
                    } else {
                        view! {
                            <ol class="doc-list">{r.fields.follow_ups.iter().map(|f| view! {
                                <li>{format!("{}（责任单位：{}；期限：{}）", f.what, jianyi_core::supervision::owner_name(s, f.owner), zh(f.due))}</li>
                            }).collect_view()}</ol>
                        }.into_any()
                    }}
                }.into_any(),
            })}
        </section>
    }
    .into_any()
}
