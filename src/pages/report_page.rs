//! `ReportPage` (重点建议办理进展报告): the key items as they stood on a
//! chosen date — leaders, units, colour, latest activity, supervision and
//! open follow-ups — printed for the report to the county party secretary
//! (固始), and the instructions on it (批示) recorded as a record of their
//! own kind, each instruction a follow-up tracked like any other.
//! `MinePage` (我的督办): a desk's own supervision — a leader's items led
//! or supervised, a committee body's items to follow, a deputy's groups.

use jianyi_core::dates::{parse_ymd, ymd, zh};
use jianyi_core::handling::warning;
use jianyi_core::supervision::{
    FollowUpFields, Owner, Participants, RecordFields, RecordKind, SupervisionCommand,
    follow_up_rows, group_members, groups_of, leader_label, planned, progress_report,
};
use jianyi_core::{CommitteeId, DeputyId, Desk, LeaderId, SuggestionId};
use leptos::prelude::*;

use crate::components::{BusinessDateField, Notice, Tone, read_business_date, today_value};
use crate::router::{hash_href, use_router};
use crate::state::use_app_state;
use crate::supervision::{
    Outcome, OutcomeNotice, SupervisionTabs, committee_options, item_line, leader_options,
    select_field, text_field,
};

#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let today = crate::platform::china_today();
    let on = Memo::new(move |_| {
        router
            .url()
            .param("date")
            .and_then(parse_ymd)
            .filter(|d| *d <= today)
            .unwrap_or(today)
    });
    let rows = Memo::new(move |_| {
        let on = on.get();
        app.domain.with(|s| progress_report(s, None, on))
    });
    let office = Memo::new(move |_| {
        app.domain
            .with(|s| crate::handling::at_office_desk(s, app.desk.get()))
    });
    let outcome: Outcome = RwSignal::new(None);
    let by = RwSignal::new("县委书记".to_string());
    let text = RwSignal::new(String::new());
    let what = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let date = today_value();
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let held = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return error.set(Some(e)),
        };
        let mut follow_ups = Vec::new();
        if !what.get_untracked().trim().is_empty() {
            let Some(due) = parse_ymd(&due.get_untracked()) else {
                return error.set(Some("落实期限的格式应为 年-月-日".into()));
            };
            follow_ups.push(FollowUpFields {
                what: what.get_untracked(),
                owner: Owner::Office,
                due,
            });
        }
        let items: Vec<SuggestionId> = rows.get_untracked().iter().map(|r| r.key.item).collect();
        let fields = RecordFields {
            kind: RecordKind::Instruction,
            place: String::new(),
            items,
            units: vec![],
            participants: Participants {
                others: by.get_untracked(),
                ..Participants::default()
            },
            findings: text.get_untracked(),
            decisions: String::new(),
            follow_ups,
        };
        let command = SupervisionCommand::RecordSupervision(fields).into();
        let dispatch = async move {
            let r = app
                .dispatch_as(command, app.actor(), held)
                .await
                .map(|_| "批示已登记，列入督办事项跟踪".to_string());
            outcome.set(Some(r.map_err(|e| e.message_zh())));
        };
        leptos::task::spawn_local(dispatch);
    };
    view! {
        <section class="page print-doc">
            <h1 class="no-print">"重点建议办理进展报告"</h1>
            <SupervisionTabs current="重点建议"/>
            <div class="form inline no-print">
                <div class="field">
                    <label for="report-date">"报告日期"</label>
                    <input id="report-date" type="date" max=ymd(today) prop:value=move || ymd(on.get())
                        on:change=move |ev| router.navigate(&hash_href(&["report"], &[("date", &event_target_value(&ev))]))/>
                </div>
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button>
            </div>
            <h2 class="doc-title">"重点建议办理进展情况"</h2>
            <p class="doc-sub">{move || format!("截至{}", zh(on.get()))}</p>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="empty">"尚未确定重点建议。"</p> }.into_any();
                }
                view! {
                    <table class="data key-list" aria-label="重点建议办理进展">
                        <thead><tr>
                            <th scope="col">"序号"</th><th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"领办领导"</th>
                            <th scope="col">"督办领导"</th><th scope="col">"承办单位"</th><th scope="col">"进展"</th><th scope="col">"最近一次"</th>
                            <th scope="col">"督办"</th><th scope="col">"预警"</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().enumerate().map(|(i, r)| view! {
                            <tr>
                                <td class="num">{i + 1}</td>
                                <td class="num">{r.key.number}</td>
                                <td>{r.key.title}</td>
                                <td>{r.key.leading.unwrap_or_else(|| "（未定）".into())}</td>
                                <td>{r.key.supervising.unwrap_or_else(|| "（未定）".into())}</td>
                                <td>{if r.key.units.is_empty() { "—".to_string() } else { r.key.units.join("、") }}</td>
                                <td>{r.key.progress}</td>
                                <td>{r.latest.map(|(d, w)| format!("{} {w}", zh(d))).unwrap_or_default()}</td>
                                <td>{format!("{}次，未办结事项{}项", r.records, r.open_follow_ups)}</td>
                                <td>{r.colour.map(|c| view! { <span class=format!("light {}", c.code())>{c.label()}</span> })}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
            {move || office.get().then(|| view! {
                <h2 class="no-print">"登记批示"</h2>
                <form class="form no-print" aria-label="登记批示" on:submit=submit>
                    <div class="form inline">
                        {text_field("ins-by", "批示人", by)}
                        <BusinessDateField id="ins-date" value=date label="批示日期"/>
                    </div>
                    <div class="field wide">
                        <label for="ins-text">"批示内容"</label>
                        <textarea id="ins-text" rows="3" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </div>
                    <div class="form inline">
                        {text_field("ins-what", "据批示落实的事项（可不填）", what)}
                        <div class="field">
                            <label for="ins-due">"落实期限"</label>
                            <input id="ins-due" type="date" prop:value=move || due.get() on:input=move |ev| due.set(event_target_value(&ev))/>
                        </div>
                    </div>
                    {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                    <OutcomeNotice outcome/>
                    <button type="submit">"登记批示"</button>
                </form>
            })}
        </section>
    }
}

#[component]
pub fn MinePage() -> impl IntoView {
    let app = use_app_state();
    let today = crate::platform::china_today();
    // One choice per desk; a leader's office's copy shows its own leader.
    let chosen = RwSignal::new(
        app.domain
            .with_untracked(crate::supervision::bound_leader)
            .map(|l| l.to_string())
            .unwrap_or_default(),
    );
    let chosen_committee = RwSignal::new(String::new());
    let chosen_deputy = RwSignal::new(String::new());
    let item_rows = move |s: &jianyi_core::State, items: Vec<(SuggestionId, &'static str)>| {
        items
            .into_iter()
            .map(|(i, role)| {
                let w = s.handling.assignments.get(&i).map(|a| warning(s, a, today));
                (i, item_line(s, i), role, w)
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="page">
            <h1>"我的督办"</h1>
            <SupervisionTabs current="我的督办"/>
            {move || match app.desk.get() {
                Desk::Leader => view! {
                    {select_field("mine-leader", "领导", "（请选择）", chosen, app.domain.with(leader_options))}
                    {move || app.domain.with(|s| chosen.get().parse::<LeaderId>().ok().map(|l| {
                        let items = jianyi_core::supervision::items_of_leader(s, l);
                        let ids: Vec<SuggestionId> = items.iter().map(|(i, _)| *i).collect();
                        let follow = follow_up_rows(s, s.supervision.records.values().filter(|r| r.fields.items.iter().any(|i| ids.contains(i))), today)
                            .into_iter().filter(|f| f.done.is_none()).collect::<Vec<_>>();
                        let groups: Vec<String> = s.supervision.groups.values().filter(|g| g.fields.leader == l).map(|g| g.fields.name.clone()).collect();
                        let plans: Vec<String> = planned(s).into_iter()
                            .filter(|p| p.fields.invited.leaders.contains(&l) || p.fields.items.iter().any(|i| ids.contains(i)))
                            .map(|p| format!("{} {}（{}）", zh(p.fields.planned_for), p.fields.kind.label(), p.fields.place))
                            .collect();
                        view! {
                            <h2>{format!("{}领办、督办和所在督办组跟踪的建议", leader_label(s, l))}</h2>
                            <ItemTable rows=item_rows(s, items)/>
                            {(!groups.is_empty()).then(|| view! { <p>{format!("任组长的督办组：{}", groups.join("、"))}</p> })}
                            <h2>"计划中的督办活动"</h2>
                            {if plans.is_empty() { view! { <p class="empty">"没有计划中的督办活动。"</p> }.into_any() } else {
                                view! { <ul class="timeline">{plans.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> }.into_any()
                            }}
                            <h2>"未办结的督办事项"</h2>
                            {if follow.is_empty() { view! { <p class="empty">"没有未办结的督办事项。"</p> }.into_any() } else {
                                view! { <ul class="timeline">{follow.into_iter().map(|f| view! {
                                    <li><span class=format!("light {}", f.colour.code())>{f.colour.label()}</span>" "{format!("{}（{}，{}）", f.what, f.owner, f.why)}</li>
                                }).collect_view()}</ul> }.into_any()
                            }}
                        }
                    }))}
                }.into_any(),
                Desk::Committee => view! {
                    {select_field("mine-committee", "委室", "（请选择）", chosen_committee, app.domain.with(committee_options))}
                    {move || app.domain.with(|s| chosen_committee.get().parse::<CommitteeId>().ok().map(|c| {
                        let items: Vec<(SuggestionId, &'static str)> = s.supervision.items.iter().filter_map(|(i, o)| {
                            if o.key.as_ref().is_some_and(|k| k.committee == Some(c)) { Some((*i, "负责重点建议")) }
                            else if o.responsibilities.following == Some(c) { Some((*i, "跟踪督办")) } else { None }
                        }).collect();
                        view! { <h2>"本委室督办的建议"</h2><ItemTable rows=item_rows(s, items)/> }
                    }))}
                }.into_any(),
                Desk::Deputy => view! {
                    {select_field("mine-deputy", "代表", "（请选择）", chosen_deputy, app.domain.with(|s| s.directory.deputies.values().filter(|e| !e.retired).map(|e| (e.id.to_string(), e.name.clone())).collect()))}
                    {move || app.domain.with(|s| chosen_deputy.get().parse::<DeputyId>().ok().map(|d| {
                        let groups = groups_of(s, d);
                        if groups.is_empty() {
                            return view! { <p class="empty">"没有参加督办组。"</p> }.into_any();
                        }
                        view! {
                            <h2>"参加的督办组"</h2>
                            <ul class="timeline">{groups.into_iter().map(|g| {
                                let (lead, _) = group_members(s, &g.fields);
                                let role = if lead == Some(d) { "负责代表" } else { "成员" };
                                view! { <li><a href=hash_href(&["groups", &g.id.to_string()], &[])>{g.fields.name.clone()}</a>{format!("（{role}，督办{}件）", g.fields.items.len())}</li> }
                            }).collect_view()}</ul>
                        }.into_any()
                    }))}
                }.into_any(),
                _ => view! { <p class="empty">"领导、委室和代表工作台在这里查看各自督办的建议；代表工委请看重点建议、督办组和督办记录。"</p> }.into_any(),
            }}
        </section>
    }
}

/// Items with the role held on each and their colour.
#[component]
fn ItemTable(
    rows: Vec<(
        SuggestionId,
        String,
        &'static str,
        Option<jianyi_core::handling::Warning>,
    )>,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="empty">"没有。"</p> }.into_any();
    }
    view! {
        <table class="data" aria-label="督办的建议">
            <thead><tr><th scope="col">"预警"</th><th scope="col">"建议"</th><th scope="col">"职责"</th><th scope="col">"原因"</th></tr></thead>
            <tbody>{rows.into_iter().map(|(i, line, role, w)| view! {
                <tr>
                    <td>{w.as_ref().map(|w| view! { <span class=format!("light {}", w.colour.code())>{w.colour.label()}</span> })}</td>
                    <td><a href=hash_href(&["oversight", &i.to_string()], &[])>{line}</a></td>
                    <td>{role}</td>
                    <td class="why">{w.map_or("尚未交办".into(), |w| w.reasons.join("；"))}</td>
                </tr>
            }).collect_view()}</tbody>
        </table>
    }
    .into_any()
}
