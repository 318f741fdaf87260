//! 评议测评: what the committee office runs after the surveys — the
//! standing committee's evaluation meeting with its big screen and its
//! deliberation opinions (`MeetingPage`, `ScreenPage`), the congress's
//! anonymous vote entered twice (`VotePage`), the department review with
//! its reproducible sample (`DepartmentReviewPage`), the advanced units'
//! ranking (`RankingPage`) and the reports (`EvaluationReportsPage`); and
//! the page listing them all (`AppraisalsPage`).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use jianyi_core::command::Command;
use jianyi_core::dates::zh;
use jianyi_core::directory::Organ;
use jianyi_core::evaluation::ranking::PARTS;
use jianyi_core::evaluation::{
    Ballots, EvaluationCommand, EvaluationEvent, Grade, GroupBallots, ItemNote, MeetingOpinion,
    MeetingRow, SAMPLE_ALGORITHM, Subject, VoteRow, opinion_tasks, ranking, subject_name,
};
use jianyi_core::figures::one_decimal;
use jianyi_core::handling::{Rating, facts};
use jianyi_core::ids::{DepartmentReviewId, MeetingId, SuggestionId, UnitId, VoteId};
use jianyi_core::office::registering_desk;
use jianyi_core::{Actor, Desk, Event, EventKind, How, State};
use leptos::prelude::*;

use crate::components::{BusinessDateField, read_business_date, today_value};
use crate::platform;
use crate::router::{Route, hash_href, use_router};
use crate::state::{AppState, use_app_state};
use crate::supervision::{Outcome, OutcomeNotice};

/// The units in use, by name.
fn units(s: &State) -> Vec<(UnitId, String)> {
    let mut out: Vec<(UnitId, String)> = s
        .directory
        .units
        .iter()
        .filter(|(_, e)| !e.retired)
        .map(|(id, e)| (*id, e.name.clone()))
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// What a meeting or vote rates: the four organs, then the units.
fn subjects(s: &State) -> Vec<(Subject, String)> {
    Organ::ALL
        .into_iter()
        .map(|o| (Subject::Organ(o), o.label().to_string()))
        .chain(units(s).into_iter().map(|(u, n)| (Subject::Unit(u), n)))
        .collect()
}

/// A stable key of a subject for form cells (not its position, which an
/// import may shift while a clerk types).
fn subject_key(subject: Subject) -> String {
    match subject {
        Subject::Unit(u) => u.to_string(),
        Subject::Organ(o) => o.label().to_string(),
    }
}

/// An item's number and title.
fn item_label(s: &State, id: SuggestionId) -> String {
    s.raising
        .suggestions
        .get(&id)
        .map(|x| {
            format!(
                "{} {}",
                s.number_label(x).unwrap_or_default(),
                x.draft.title
            )
        })
        .unwrap_or_default()
}

fn number(map: &RwSignal<BTreeMap<String, String>>, key: &str) -> Result<Option<u32>, String> {
    let v = map.with_untracked(|m| m.get(key).cloned().unwrap_or_default());
    let v = v.trim();
    if v.is_empty() {
        return Ok(None);
    }
    v.parse::<u32>().map(Some).map_err(|_| v.to_string())
}

/// A number cell bound to `key` of `map`.
fn cell(map: RwSignal<BTreeMap<String, String>>, key: String, label: String) -> impl IntoView {
    let k = key.clone();
    view! {
        <input type="text" inputmode="numeric" class="count" aria-label=label
            prop:value=move || map.with(|m| m.get(&k).cloned().unwrap_or_default())
            on:input=move |ev| { let v = event_target_value(&ev); let k = key.clone(); map.update(|m| { m.insert(k, v); }); }/>
    }
}

fn office_desk(app: AppState) -> bool {
    let desk = app.desk.get();
    app.domain
        .with(|s| registering_desk(s, platform::china_today()) == Some(desk))
}

/// 评议测评: the meetings with their opinions, the votes, the department
/// reviews, and the ranking and reports.
#[component]
pub fn AppraisalsPage() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let date = today_value();
    let notes: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let outcome: Outcome = RwSignal::new(None);
    let act = Action::new_local(move |(command, on): &(EvaluationCommand, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        async move {
            let r = app.dispatch_as(command.into(), app.actor(), on).await;
            outcome.set(Some(
                r.map(|_| "审议意见落实情况已登记".to_string())
                    .map_err(|e| e.message_zh()),
            ));
        }
    });
    let may_act = move || {
        let desk = app.desk.get();
        office_desk(app) || desk == Desk::Unit
    };
    view! {
        <section class="page">
            <h1>"评议测评"</h1>
            <p class="lead">"常委会会议集中评、全体代表大会评、部门评议嵌入评，以及先进承办单位评选和评价报告。"</p>
            {move || office_desk(app).then(|| view! {
                <p class="no-print actions">
                    <a class="button" href=Route::Meeting("new".into()).href()>"登记常委会测评"</a>" "
                    <a class="button" href=Route::Vote("new".into()).href()>"大会测评计票"</a>" "
                    <a class="button" href=Route::DepartmentReview("new".into()).href()>"开展部门评议"</a>
                </p>
            })}
            <p class="no-print">
                <a href=Route::Ranking.href()>"先进承办单位评选"</a>" · "
                <a href=Route::EvaluationReports.href()>"评价报告和自查报告"</a>
            </p>
            <h2>"常委会满意度测评"</h2>
            {move || app.domain.with(|s| {
                let mut all: Vec<_> = s.evaluation.meetings.values().collect();
                all.sort_by_key(|m| std::cmp::Reverse((m.on, m.id)));
                if all.is_empty() {
                    return view! { <p class="empty">"还没有常委会测评。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="常委会满意度测评">
                        <thead><tr><th scope="col">"日期"</th><th scope="col">"会议"</th><th scope="col" class="num">"测评对象"</th><th scope="col">"未通过"</th><th scope="col">"大屏幕"</th></tr></thead>
                        <tbody>{all.into_iter().map(|m| {
                            let failed: Vec<String> = m.results().into_iter().filter(|(_, c)| c.below(m.threshold)).map(|(r, _)| subject_name(s, r.subject)).collect();
                            let id = m.id.to_string();
                            view! { <tr>
                                <td>{zh(m.on)}</td>
                                <td><a href=Route::Meeting(id.clone()).href()>{m.title.clone()}</a></td>
                                <td class="num">{m.rows.len()}</td>
                                <td>{if failed.is_empty() { "—".to_string() } else { failed.join("、") }}</td>
                                <td><a href=Route::Screen("meeting".into(), id).href()>"大屏幕显示"</a></td>
                            </tr> }
                        }).collect_view()}</tbody>
                    </table>
                }.into_any()
            })}
            <h2>"审议意见落实"</h2>
            {move || app.domain.with(|s| {
                let rows = opinion_tasks(s, today);
                if rows.is_empty() {
                    return view! { <p class="empty">"没有审议意见。"</p> }.into_any();
                }
                view! {
                    <BusinessDateField id="op-date" value=date label="落实日期"/>
                    <OutcomeNotice outcome/>
                    <table class="data" aria-label="审议意见落实">
                        <thead><tr><th scope="col">"预警"</th><th scope="col">"承办单位"</th><th scope="col">"审议意见"</th><th scope="col">"期限"</th><th scope="col">"状态"</th><th scope="col">"落实情况"</th></tr></thead>
                        <tbody>{rows.into_iter().map(|r| {
                            let unit = subject_name(s, Subject::Unit(r.opinion.unit));
                            let key = format!("{}/{}", r.meeting.id, r.index);
                            let (meeting, index) = (r.meeting.id, r.index);
                            let cell = match r.done.clone() {
                                Some(done) => view! { <span>{done}</span> }.into_any(),
                                None if may_act() => {
                                    let (k, k2) = (key.clone(), key.clone());
                                    let label = format!("落实情况：{unit}");
                                    let form_label = label.clone();
                                    view! {
                                        <form class="inline" aria-label=form_label on:submit=move |ev: leptos::ev::SubmitEvent| {
                                            ev.prevent_default();
                                            let on = match read_business_date(&date.get_untracked()) { Ok(d) => d, Err(e) => return outcome.set(Some(Err(e))) };
                                            let note = notes.with_untracked(|n| n.get(&k).cloned().unwrap_or_default());
                                            act.dispatch((EvaluationCommand::CompleteOpinion { meeting, index, note }, on));
                                        }>
                                            <input type="text" aria-label=label prop:value=move || notes.with(|n| n.get(&k2).cloned().unwrap_or_default())
                                                on:input=move |ev| { let v = event_target_value(&ev); let k = key.clone(); notes.update(|n| { n.insert(k, v); }); }/>
                                            <button type="submit">"落实"</button>
                                        </form>
                                    }.into_any()
                                }
                                None => view! { <span class="empty">"—"</span> }.into_any(),
                            };
                            view! { <tr class=format!("row-{}", r.colour.code())>
                                <td><span class=format!("light {}", r.colour.code())>{r.colour.label()}</span></td>
                                <td>{unit.clone()}</td>
                                <td>{r.opinion.text.clone()}</td>
                                <td>{zh(r.opinion.due)}</td>
                                <td>{r.why.clone()}</td>
                                <td>{cell}</td>
                            </tr> }
                        }).collect_view()}</tbody>
                    </table>
                }.into_any()
            })}
            <h2>"大会无记名测评"</h2>
            {move || app.domain.with(|s| {
                let mut all: Vec<_> = s.evaluation.votes.values().collect();
                all.sort_by_key(|v| std::cmp::Reverse((v.on, v.id)));
                if all.is_empty() {
                    return view! { <p class="empty">"还没有大会测评。"</p> }.into_any();
                }
                view! { <ul class="timeline">{all.into_iter().map(|v| view! {
                    <li><span class="date">{zh(v.on)}</span>" "{format!("{}：到会{}人，", v.title, v.attendance)}
                        {v.rows.iter().map(|r| format!("{}{}", subject_name(s, r.subject), r.ballots.rate(v.basis).label())).collect::<Vec<_>>().join("；")}
                        " "<a href=Route::Screen("vote".into(), v.id.to_string()).href()>"大屏幕显示"</a></li>
                }).collect_view()}</ul> }.into_any()
            })}
            <h2>"部门评议"</h2>
            {move || app.domain.with(|s| {
                let mut all: Vec<_> = s.evaluation.reviews.values().collect();
                all.sort_by_key(|r| std::cmp::Reverse((r.on, r.id)));
                if all.is_empty() {
                    return view! { <p class="empty">"还没有部门评议。"</p> }.into_any();
                }
                view! { <table class="data" aria-label="部门评议">
                    <thead><tr><th scope="col">"日期"</th><th scope="col">"被评议单位"</th><th scope="col" class="num">"建议件数"</th><th scope="col" class="num">"实地抽查"</th><th scope="col">"评议结果"</th></tr></thead>
                    <tbody>{all.into_iter().map(|r| view! { <tr>
                        <td>{zh(r.on)}</td>
                        <td><a href=Route::DepartmentReview(r.id.to_string()).href()>{subject_name(s, Subject::Unit(r.unit))}</a></td>
                        <td class="num">{r.items.len()}</td>
                        <td class="num">{r.sample.len()}</td>
                        <td>{r.concluded.as_ref().map_or("评议中".to_string(), |c| c.result.label().to_string())}</td>
                    </tr> }).collect_view()}</tbody>
                </table> }.into_any()
            })}
        </section>
    }
}

/// The id of the record an event created, if it is one of `pick`'s.
fn created<T>(events: &[Event], pick: impl Fn(&EvaluationEvent) -> Option<T>) -> Option<T> {
    events.iter().find_map(|e| match &e.kind {
        EventKind::Evaluation(x) => pick(x),
        _ => None,
    })
}

/// A committee evaluation meeting: the form ("new"), or its results with
/// the formula for every unit and its deliberation opinions.
#[component]
pub fn MeetingPage(id: String) -> impl IntoView {
    if id == "new" {
        return view! { <MeetingForm/> }.into_any();
    }
    let app = use_app_state();
    let id = id.parse::<MeetingId>().ok();
    view! {
        <section class="page">
            <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a></p>
            {move || app.domain.with(|s| {
                let Some(m) = id.and_then(|id| s.evaluation.meetings.get(&id)) else {
                    return view! { <h1>"常委会满意度测评"</h1><p class="empty">"没有找到这次测评。"</p> }.into_any();
                };
                let unit = if m.rows.first().is_some_and(|r| r.members.scored()) { "分" } else { "%" };
                view! {
                    <h1>{m.title.clone()}</h1>
                    <p class="lead">{format!(
                        "{}，常委会组成人员和列席代表分别测评，各占{}%和{}%；满意率口径：{}；低于{}{}为不通过。登记：{}",
                        zh(m.on), m.weight, 100 - m.weight, m.basis.label(), m.threshold, unit, m.by
                    )}</p>
                    <p class="no-print"><a class="button" href=Route::Screen("meeting".into(), m.id.to_string()).href()>"大屏幕显示"</a>" "
                        <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button></p>
                    <MeetingTable id=m.id/>
                    <h2>"交回二次办理"</h2>
                    {if m.sent_back.is_empty() {
                        view! { <p class="empty">"没有交回二次办理的建议（测评通过，或未通过的单位没有评价为不满意的建议）。"</p> }.into_any()
                    } else {
                        view! { <ul aria-label="交回二次办理">{m.sent_back.iter().map(|x| view! {
                            <li>{format!("{}（{}）", item_label(s, x.item), subject_name(s, Subject::Unit(x.unit)))}</li>
                        }).collect_view()}</ul> }.into_any()
                    }}
                    <h2>"审议意见"</h2>
                    {if m.opinions.is_empty() {
                        view! { <p class="empty">"没有审议意见。"</p> }.into_any()
                    } else {
                        view! { <ol>{m.opinions.iter().enumerate().map(|(i, o)| view! {
                            <li>{format!("{}：{}（{}前落实）", subject_name(s, Subject::Unit(o.unit)), o.text, zh(o.due))}
                                {m.done.get(&(i as u32)).map(|(on, note)| format!("——{}已落实：{note}", zh(*on)))}</li>
                        }).collect_view()}</ol> }.into_any()
                    }}
                }.into_any()
            })}
        </section>
    }
    .into_any()
}

/// A meeting's results: for each unit the raw counts of both groups, the
/// formula with the numbers filled in, and the result.
#[component]
fn MeetingTable(id: MeetingId) -> impl IntoView {
    let app = use_app_state();
    move || {
        app.domain.with(|s| {
            let Some(m) = s.evaluation.meetings.get(&id) else {
                return view! { <p class="empty">"没有找到这次测评。"</p> }.into_any();
            };
            view! {
                <table class="data results" aria-label="测评结果">
                    <thead><tr>
                        <th scope="col">"测评对象"</th><th scope="col">"常委会组成人员"</th><th scope="col">"列席代表"</th>
                        <th scope="col">"综合结果（计算）"</th><th scope="col">"结果"</th>
                    </tr></thead>
                    <tbody>{m.results().into_iter().map(|(r, c)| {
                        let below = c.below(m.threshold);
                        view! { <tr class=if below { "row-red" } else { "" }>
                            <th scope="row">{subject_name(s, r.subject)}</th>
                            <td>{r.members.raw()}<br/><strong>{c.shown(c.members)}</strong></td>
                            <td>{r.deputies.raw()}<br/><strong>{c.shown(c.deputies)}</strong></td>
                            <td class="formula">{c.formula()}</td>
                            <td><strong>{if below { "不通过" } else { "通过" }}</strong></td>
                        </tr> }
                    }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        })
    }
}

/// The meeting's form: every organ and unit with both groups' ballots
/// (blank rows are not evaluated), and the deliberation opinions.
#[component]
fn MeetingForm() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let today = platform::china_today();
    let date = today_value();
    let title = RwSignal::new(String::new());
    let cells: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let opinion_rows = RwSignal::new(3usize);
    let op_unit: RwSignal<BTreeMap<usize, String>> = RwSignal::new(Default::default());
    let op_text: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let op_due: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let outcome: Outcome = RwSignal::new(None);
    // The settings in force on the meeting's date, as `decide` reads them.
    let scored = move || {
        let on = read_business_date(&date.get()).unwrap_or(today);
        app.domain
            .with(|s| s.office.settings_on(on).evaluation.meeting_scores)
    };
    let act = Action::new_local(move |(command, on): &(Command, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        async move {
            match app.dispatch_as(command, app.actor(), on).await {
                Ok(events) => {
                    let back = events
                        .iter()
                        .filter(|e| matches!(e.kind, EventKind::Handling(_)))
                        .count();
                    if let Some(id) = created(&events, |e| match e {
                        EvaluationEvent::MeetingHeld { id, .. } => Some(*id),
                        _ => None,
                    }) {
                        router.navigate(&Route::Meeting(id.to_string()).href());
                    }
                    outcome.set(Some(Ok(format!(
                        "测评已登记；{back}件评价为不满意的建议交回二次办理"
                    ))));
                }
                Err(e) => outcome.set(Some(Err(e.message_zh()))),
            }
        }
    });
    let group = move |key: &str, name: &str| -> Result<Option<GroupBallots>, String> {
        let bad = |v: String| format!("“{name}”填写的“{v}”不是整数");
        if scored() {
            let (a, b) = (
                number(&cells, &format!("{key}/sheets")).map_err(bad)?,
                number(&cells, &format!("{key}/total")).map_err(bad)?,
            );
            Ok((a.is_some() || b.is_some()).then(|| GroupBallots::Scores {
                sheets: a.unwrap_or(0),
                total: b.unwrap_or(0),
            }))
        } else {
            let (a, b, c) = (
                number(&cells, &format!("{key}/s")).map_err(bad)?,
                number(&cells, &format!("{key}/b")).map_err(bad)?,
                number(&cells, &format!("{key}/d")).map_err(bad)?,
            );
            Ok((a.is_some() || b.is_some() || c.is_some()).then(|| {
                GroupBallots::Counts(Ballots {
                    satisfied: a.unwrap_or(0),
                    basically: b.unwrap_or(0),
                    dissatisfied: c.unwrap_or(0),
                })
            }))
        }
    };
    let submit = move || {
        outcome.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return outcome.set(Some(Err(e))),
        };
        let all = app.domain.with_untracked(subjects);
        let mut rows = Vec::new();
        for (subject, name) in all {
            let i = subject_key(subject);
            let m = match group(&format!("{i}/m"), &name) {
                Ok(x) => x,
                Err(e) => return outcome.set(Some(Err(e))),
            };
            let d = match group(&format!("{i}/d"), &name) {
                Ok(x) => x,
                Err(e) => return outcome.set(Some(Err(e))),
            };
            let empty = if scored() {
                GroupBallots::Scores {
                    sheets: 0,
                    total: 0,
                }
            } else {
                GroupBallots::Counts(Ballots::default())
            };
            if m.is_some() || d.is_some() {
                rows.push(MeetingRow {
                    subject,
                    members: m.unwrap_or(empty),
                    deputies: d.unwrap_or(empty),
                });
            }
        }
        let mut opinions = Vec::new();
        for i in 0..opinion_rows.get_untracked() {
            let k = i.to_string();
            let unit = op_unit.with_untracked(|m| m.get(&i).cloned().unwrap_or_default());
            let text = op_text.with_untracked(|m| m.get(&k).cloned().unwrap_or_default());
            if unit.is_empty() && text.trim().is_empty() {
                continue;
            }
            let Ok(unit) = unit.parse::<UnitId>() else {
                return outcome.set(Some(Err(format!("请选择第{}条审议意见的承办单位", i + 1))));
            };
            // A due date lies ahead: not a business date.
            let due = op_due.with_untracked(|m| m.get(&k).cloned().unwrap_or_default());
            let Ok(due) = NaiveDate::parse_from_str(due.trim(), "%Y-%m-%d") else {
                return outcome.set(Some(Err(format!("请填写第{}条审议意见的落实期限", i + 1))));
            };
            opinions.push(MeetingOpinion { unit, text, due });
        }
        act.dispatch((
            EvaluationCommand::HoldMeeting {
                title: title.get_untracked(),
                rows,
                opinions,
            }
            .into(),
            on,
        ));
    };
    view! {
        <section class="page">
            <h1>"登记常委会满意度测评"</h1>
            <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a></p>
            {move || app.domain.with(|s| {
                let e = &s.office.settings_on(today).evaluation;
                view! { <p class="lead">{format!(
                    "常委会组成人员和列席代表分别{}，各占{}%和{}%，综合结果低于{}{}的单位测评不通过，其评价为不满意的建议交回二次办理（设置 › 评议测评）。不测评的单位留空。",
                    if e.meeting_scores { "打分（每张满分100分）" } else { "填写满意、基本满意、不满意票数" },
                    e.meeting_members_weight_percent, 100 - e.meeting_members_weight_percent,
                    e.meeting_threshold, if e.meeting_scores { "分" } else { "%" }
                )}</p> }
            })}
            {move || (!office_desk(app)).then(|| view! { <p class="hint">"常委会测评由代表工委（乡镇为人大主席团）登记：请在其工作台录入。"</p> })}
            {move || office_desk(app).then(|| view! {
                <form class="form" aria-label="登记常委会测评" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); submit(); }>
                    <div class="field wide">
                        <label for="mt-title">"会议名称"</label>
                        <input id="mt-title" type="text" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                    </div>
                    <BusinessDateField id="mt-date" value=date label="会议日期"/>
                    <table class="data ballots" aria-label="测评票数">
                        <thead>
                            <tr><th scope="col" rowspan="2">"测评对象"</th><th scope="colgroup" colspan=move || if scored() { "2" } else { "3" }>"常委会组成人员"</th><th scope="colgroup" colspan=move || if scored() { "2" } else { "3" }>"列席代表"</th></tr>
                            <tr>{move || {
                                let heads: Vec<&str> = if scored() { vec!["张数", "合计分"] } else { vec!["满意", "基本满意", "不满意"] };
                                heads.iter().chain(heads.iter()).map(|h| view! { <th scope="col" class="num">{*h}</th> }).collect_view()
                            }}</tr>
                        </thead>
                        <tbody>{move || app.domain.with(subjects).into_iter().map(|(subject, name)| {
                            let i = subject_key(subject);
                            let keys: Vec<(&str, &str)> = if scored() { vec![("sheets", "张数"), ("total", "合计分")] } else { vec![("s", "满意"), ("b", "基本满意"), ("d", "不满意")] };
                            let mut tds = Vec::new();
                            for (g, gname) in [("m", "组成人员"), ("d", "列席代表")] {
                                for (k, kname) in &keys {
                                    tds.push(view! { <td>{cell(cells, format!("{i}/{g}/{k}"), format!("{name}：{gname}{kname}"))}</td> });
                                }
                            }
                            view! { <tr><th scope="row">{name.clone()}</th>{tds}</tr> }
                        }).collect_view()}</tbody>
                    </table>
                    <h2>"审议意见"</h2>
                    <table class="data" aria-label="审议意见">
                        <thead><tr><th scope="col">"序号"</th><th scope="col">"承办单位"</th><th scope="col">"审议意见"</th><th scope="col">"落实期限"</th></tr></thead>
                        <tbody>{move || (0..opinion_rows.get()).map(|i| {
                            let k = i.to_string();
                            let (k1, k2, k3) = (k.clone(), k.clone(), k.clone());
                            view! { <tr>
                                <td class="num">{i + 1}</td>
                                <td><select aria-label=format!("第{}条审议意见的承办单位", i + 1) prop:value=move || op_unit.with(|m| m.get(&i).cloned().unwrap_or_default()) on:change=move |ev| { let v = event_target_value(&ev); op_unit.update(|m| { m.insert(i, v); }); }>
                                    <option value="">"（请选择）"</option>
                                    {app.domain.with_untracked(units).into_iter().map(|(u, n)| view! { <option value=u.to_string()>{n}</option> }).collect_view()}
                                </select></td>
                                <td><input type="text" aria-label=format!("第{}条审议意见", i + 1) prop:value=move || op_text.with(|m| m.get(&k1).cloned().unwrap_or_default())
                                    on:input=move |ev| { let v = event_target_value(&ev); let k = k2.clone(); op_text.update(|m| { m.insert(k, v); }); }/></td>
                                <td><input type="date" aria-label=format!("第{}条审议意见的落实期限", i + 1)
                                    prop:value={ let k = k3.clone(); move || op_due.with(|m| m.get(&k).cloned().unwrap_or_default()) }
                                    on:input=move |ev| { let v = event_target_value(&ev); let k = k3.clone(); op_due.update(|m| { m.insert(k, v); }); }/></td>
                            </tr> }
                        }).collect_view()}</tbody>
                    </table>
                    <button type="button" on:click=move |_| opinion_rows.update(|n| *n += 1)>"增加一条"</button>
                    <OutcomeNotice outcome/>
                    <div class="actions"><button type="submit" class="primary">"保存测评结果"</button></div>
                </form>
            })}
        </section>
    }
}

/// The big screen for a projector (1920×1080): every unit at once, with
/// the raw counts, the formula with its numbers and the result; or the
/// congress's vote with every organ's counts and rate.
#[component]
pub fn ScreenPage(kind: String, id: String) -> impl IntoView {
    let app = use_app_state();
    let full = |_| {
        if let Some(e) = document().document_element() {
            let _ = e.request_fullscreen();
        }
    };
    let body = move || {
        app.domain.with(|s| {
            if kind == "meeting" {
                let Some(m) = id
                    .parse::<MeetingId>()
                    .ok()
                    .and_then(|i| s.evaluation.meetings.get(&i))
                else {
                    return view! { <p class="empty">"没有找到这次测评。"</p> }.into_any();
                };
                view! {
                    <h1>{format!("{} 满意度测评结果", m.title)}</h1>
                    <p class="screen-sub">{format!(
                        "{}　综合结果＝{}%×常委会组成人员＋{}%×列席代表　低于{}{}为不通过",
                        zh(m.on), m.weight, 100 - m.weight, m.threshold,
                        if m.rows.first().is_some_and(|r| r.members.scored()) { "分" } else { "%" }
                    )}</p>
                    <MeetingTable id=m.id/>
                }
                .into_any()
            } else {
                let Some(v) = id
                    .parse::<VoteId>()
                    .ok()
                    .and_then(|i| s.evaluation.votes.get(&i))
                else {
                    return view! { <p class="empty">"没有找到这次测评。"</p> }.into_any();
                };
                view! {
                    <h1>{format!("{} 无记名满意度测评结果", v.title)}</h1>
                    <p class="screen-sub">{format!("{}　到会代表{}人　满意率＝（{}）÷有效票", zh(v.on), v.attendance, v.basis.label())}</p>
                    <table class="data results" aria-label="测评结果">
                        <thead><tr><th scope="col">"测评对象"</th><th scope="col" class="num">"满意"</th><th scope="col" class="num">"基本满意"</th><th scope="col" class="num">"不满意"</th><th scope="col" class="num">"有效票"</th><th scope="col">"满意率"</th></tr></thead>
                        <tbody>{v.rows.iter().map(|r| { let b = r.ballots; view! { <tr>
                            <th scope="row">{subject_name(s, r.subject)}</th>
                            <td class="num">{b.satisfied}</td><td class="num">{b.basically}</td><td class="num">{b.dissatisfied}</td>
                            <td class="num">{b.total()}</td><td><strong>{b.rate(v.basis).label()}</strong></td>
                        </tr> } }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="screen">
            <p class="no-print screen-tools"><a href=Route::Appraisals.href()>"← 返回"</a>" "<button type="button" on:click=full>"全屏"</button></p>
            {body}
        </section>
    }
}

/// The congress's anonymous vote: attendance, the two clerks, and the
/// four organs' counts (and the units', where the settings say) entered twice; cells that differ are marked as
/// they are typed, and nothing is saved or shown until both agree.
#[component]
pub fn VotePage(id: String) -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    if id != "new" {
        router.navigate(&Route::Screen("vote".into(), id).href());
    }
    let date = today_value();
    let title = RwSignal::new(String::new());
    let attendance = RwSignal::new(String::new());
    let clerks = [RwSignal::new(String::new()), RwSignal::new(String::new())];
    let cells: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let outcome: Outcome = RwSignal::new(None);
    // The four organs, and the units too where the settings say.
    let rated: StoredValue<Vec<(Subject, String)>> =
        StoredValue::new(app.domain.with_untracked(|s| {
            let all = subjects(s);
            if s.office
                .settings_on(platform::china_today())
                .evaluation
                .vote_units
            {
                all
            } else {
                all.into_iter().take(Organ::ALL.len()).collect()
            }
        }));
    let act = Action::new_local(move |(command, on): &(EvaluationCommand, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        async move {
            match app.dispatch_as(command.into(), app.actor(), on).await {
                Ok(events) => {
                    if let Some(id) = created(&events, |e| match e {
                        EvaluationEvent::VoteCounted { id, .. } => Some(*id),
                        _ => None,
                    }) {
                        router.navigate(&Route::Screen("vote".into(), id.to_string()).href());
                    }
                }
                Err(e) => outcome.set(Some(Err(e.message_zh()))),
            }
        }
    });
    const KINDS: [(&str, &str); 3] = [("s", "满意"), ("b", "基本满意"), ("d", "不满意")];
    let differs = move |o: usize, k: &str| {
        cells.with(|m| {
            let a = m.get(&format!("1/{o}/{k}")).map(|x| x.trim().to_string());
            let b = m.get(&format!("2/{o}/{k}")).map(|x| x.trim().to_string());
            b.as_deref().is_some_and(|b| !b.is_empty()) && a != b
        })
    };
    let entry = move |pass: usize| -> Result<Vec<VoteRow>, String> {
        let mut rows = Vec::new();
        for (o, (subject, name)) in rated.get_value().into_iter().enumerate() {
            let mut n = [0u32; 3];
            for (j, (k, kind)) in KINDS.iter().enumerate() {
                n[j] = number(&cells, &format!("{pass}/{o}/{k}"))
                    .map_err(|v| format!("第{pass}遍“{name}”的{kind}票填写的“{v}”不是整数"))?
                    .unwrap_or(0);
            }
            rows.push(VoteRow {
                subject,
                ballots: Ballots {
                    satisfied: n[0],
                    basically: n[1],
                    dissatisfied: n[2],
                },
            });
        }
        Ok(rows)
    };
    let submit = move || {
        outcome.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return outcome.set(Some(Err(e))),
        };
        let Ok(attendance) = attendance.get_untracked().trim().parse::<u32>() else {
            return outcome.set(Some(Err("请填写到会代表人数（整数）".into())));
        };
        let (first, second) = match (entry(1), entry(2)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => return outcome.set(Some(Err(e))),
        };
        act.dispatch((
            EvaluationCommand::CountVote {
                title: title.get_untracked(),
                attendance,
                first,
                second,
                clerks: clerks.iter().map(|c| c.get_untracked()).collect(),
            },
            on,
        ));
    };
    let table = move |pass: usize| {
        let label = format!("第{pass}遍录入");
        view! {
            <table class="data ballots" aria-label=label.clone()>
                <caption>{label.clone()}</caption>
                <thead><tr><th scope="col">"测评对象"</th>{KINDS.iter().map(|(_, n)| view! { <th scope="col" class="num">{*n}</th> }).collect_view()}</tr></thead>
                <tbody>{rated.get_value().into_iter().enumerate().map(|(o, (_, name))| view! { <tr>
                    <th scope="row">{name.clone()}</th>
                    {KINDS.iter().map(|(k, n)| {
                        let k = *k;
                        view! { <td class=move || if pass == 2 && differs(o, k) { "mismatch" } else { "" }>
                            {cell(cells, format!("{pass}/{o}/{k}"), format!("第{pass}遍：{name}{n}票"))}
                        </td> }
                    }).collect_view()}
                </tr> }).collect_view()}</tbody>
            </table>
        }
    };
    let mismatches = move || {
        rated
            .get_value()
            .into_iter()
            .enumerate()
            .flat_map(|(o, (_, name))| {
                KINDS
                    .iter()
                    .filter(move |(k, _)| differs(o, k))
                    .map(move |(_, n)| format!("{name}{n}票"))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="page">
            <h1>"大会无记名满意度测评计票"</h1>
            <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a></p>
            <p class="lead">"全体代表以无记名投票方式对“一府一委两院”办理代表建议情况进行满意度测评。两位工作人员分别录入一遍计票结果，两遍一致且各项票数不超过到会人数，才能保存并在大屏幕公布。只记票数，不记录任何代表的投票。"</p>
            {move || (!office_desk(app)).then(|| view! { <p class="hint">"计票由代表工委（乡镇为人大主席团）登记：请在其工作台录入。"</p> })}
            {move || office_desk(app).then(|| view! {
                <form class="form" aria-label="大会测评计票" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); submit(); }>
                    <div class="field wide"><label for="vt-title">"会议名称"</label>
                        <input id="vt-title" type="text" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/></div>
                    <BusinessDateField id="vt-date" value=date label="测评日期"/>
                    <div class="field"><label for="vt-att">"到会代表人数"</label>
                        <input id="vt-att" type="text" inputmode="numeric" prop:value=move || attendance.get() on:input=move |ev| attendance.set(event_target_value(&ev))/></div>
                    <div class="field"><label for="vt-c1">"第一遍录入人"</label>
                        <input id="vt-c1" type="text" prop:value=move || clerks[0].get() on:input=move |ev| clerks[0].set(event_target_value(&ev))/></div>
                    <div class="field"><label for="vt-c2">"第二遍录入人"</label>
                        <input id="vt-c2" type="text" prop:value=move || clerks[1].get() on:input=move |ev| clerks[1].set(event_target_value(&ev))/></div>
                    <div class="twin">{table(1)}{table(2)}</div>
                    {move || { let m = mismatches(); (!m.is_empty()).then(|| view! {
                        <p class="notice error" role="alert">{format!("两遍录入不一致：{}。请核对选票。", m.join("、"))}</p>
                    }) }}
                    <OutcomeNotice outcome/>
                    <div class="actions"><button type="submit" class="primary">"核对一致后保存并公布"</button></div>
                </form>
            })}
        </section>
    }
}

/// A department review: choosing the unit and drawing its sample
/// ("new"), then the phone checklist of every item, the findings on site
/// for the sample, the result, and the printable record.
#[component]
pub fn DepartmentReviewPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let date = today_value();
    let outcome: Outcome = RwSignal::new(None);
    let unit = RwSignal::new(String::new());
    let phoned: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let found: RwSignal<BTreeMap<String, String>> = RwSignal::new(Default::default());
    let result = RwSignal::new(String::new());
    let act = Action::new_local(move |(command, on): &(EvaluationCommand, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        async move {
            match app.dispatch_as(command.into(), app.actor(), on).await {
                Ok(events) => {
                    if let Some(id) = created(&events, |e| match e {
                        EvaluationEvent::DepartmentReviewDrawn { id, .. } => Some(*id),
                        _ => None,
                    }) {
                        router.navigate(&Route::DepartmentReview(id.to_string()).href());
                    }
                    outcome.set(Some(Ok("已保存".into())));
                }
                Err(e) => outcome.set(Some(Err(e.message_zh()))),
            }
        }
    });
    let on = move || read_business_date(&date.get_untracked());
    if id == "new" {
        let draw = move || {
            let on = match on() {
                Ok(d) => d,
                Err(e) => return outcome.set(Some(Err(e))),
            };
            let Ok(unit) = unit.get_untracked().parse::<UnitId>() else {
                return outcome.set(Some(Err("请选择被评议单位".into())));
            };
            act.dispatch((EvaluationCommand::DrawDepartmentReview { unit }, on));
        };
        return view! {
            <section class="page">
                <h1>"开展部门评议"</h1>
                <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a></p>
                {move || app.domain.with(|s| {
                    let r = &s.office.settings_on(platform::china_today()).evaluation.department_review;
                    view! { <p class="lead">{format!(
                        "梳理被评议单位近{}年承办的代表建议，全部电话回访；实地抽查：{}件以下全部查看，{}件以上抽查{}%（向上取整），其间抽查{}件。抽样由本机随机生成的种子按固定算法决定，只抽一次，种子和算法随结果记录，任何人可据此重新抽取核对。",
                        r.years, r.visit_all_up_to, r.sample_from, r.sample_percent, r.middle_sample
                    )}</p> }
                })}
                {move || (!office_desk(app)).then(|| view! { <p class="hint">"部门评议由代表工委登记：请在其工作台录入。"</p> })}
                {move || office_desk(app).then(|| view! {
                    <form class="form" aria-label="部门评议抽样" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); draw(); }>
                        <div class="field wide"><label for="dr-unit">"被评议单位"</label>
                            <select id="dr-unit" on:change=move |ev| unit.set(event_target_value(&ev))>
                                <option value="">"（请选择）"</option>
                                {app.domain.with_untracked(units).into_iter().map(|(u, n)| view! { <option value=u.to_string()>{n}</option> }).collect_view()}
                            </select></div>
                        <BusinessDateField id="dr-date" value=date label="评议日期"/>
                        <OutcomeNotice outcome/>
                        <div class="actions"><button type="submit" class="primary">"列出建议并抽样"</button></div>
                    </form>
                })}
            </section>
        }
        .into_any();
    }
    let id = id.parse::<DepartmentReviewId>().ok();
    let conclude = move || {
        let on = match on() {
            Ok(d) => d,
            Err(e) => return outcome.set(Some(Err(e))),
        };
        let Some(id) = id else { return };
        let Some(r) = app
            .domain
            .with_untracked(|s| s.evaluation.reviews.get(&id).cloned())
        else {
            return;
        };
        let notes = |map: RwSignal<BTreeMap<String, String>>, items: &[SuggestionId]| {
            items
                .iter()
                .map(|i| ItemNote {
                    item: *i,
                    note: map
                        .with_untracked(|m| m.get(&i.to_string()).cloned().unwrap_or_default()),
                })
                .collect::<Vec<_>>()
        };
        let Some(result) = Rating::from_code(&result.get_untracked()) else {
            return outcome.set(Some(Err("请选择评议结果".into())));
        };
        act.dispatch((
            EvaluationCommand::ConcludeDepartmentReview {
                id,
                phoned: notes(phoned, &r.items),
                findings: notes(found, &r.sample),
                result,
            },
            on,
        ));
    };
    view! {
        <section class="page">
            <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a>" "
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button></p>
            {move || app.domain.with(|s| {
                let Some(r) = id.and_then(|id| s.evaluation.reviews.get(&id)) else {
                    return view! { <h1>"部门评议"</h1><p class="empty">"没有找到这次部门评议。"</p> }.into_any();
                };
                let name = subject_name(s, Subject::Unit(r.unit));
                let open = r.concluded.is_none() && office_desk(app);
                let c = r.concluded.clone();
                view! {
                    <h1>{format!("部门评议记录：{name}")}</h1>
                    <p class="lead">{format!(
                        "{}开展。评议范围：{}至{}承办的代表建议{}件，全部电话回访；实地抽查{}件。抽样：算法{}（SplitMix64以种子生成随机数，对按编号排序的建议做Fisher–Yates洗牌，取前{}件），种子{}。登记：{}",
                        zh(r.on), zh(r.since), zh(r.on), r.items.len(), r.sample.len(), r.algorithm, r.sample.len(), r.seed, r.by
                    )}</p>
                    {(r.algorithm != SAMPLE_ALGORITHM).then(|| view! { <p class="notice error">"抽样算法版本与本程序不同，无法在此重新抽取核对。"</p> })}
                    <table class="data" aria-label="评议建议清单">
                        <thead><tr><th scope="col">"序号"</th><th scope="col">"建议"</th><th scope="col">"电话回访记录"</th><th scope="col">"实地抽查"</th><th scope="col">"实地检查情况"</th></tr></thead>
                        <tbody>{r.items.iter().enumerate().map(|(i, item)| {
                            let sampled = r.sample.contains(item);
                            let label = item_label(s, *item);
                            let key = item.to_string();
                            let note_of = |v: &Option<jianyi_core::evaluation::ReviewConclusion>, f: bool| v.as_ref().and_then(|c| (if f { &c.findings } else { &c.phoned }).iter().find(|n| n.item == *item).map(|n| n.note.clone()));
                            let phone_cell = if open {
                                cell_text(phoned, key.clone(), format!("电话回访记录：{label}")).into_any()
                            } else { view! { <span>{note_of(&c, false).unwrap_or_default()}</span> }.into_any() };
                            let visit_cell = match (sampled, open) {
                                (true, true) => cell_text(found, key, format!("实地检查情况：{label}")).into_any(),
                                (true, false) => view! { <span>{note_of(&c, true).unwrap_or_default()}</span> }.into_any(),
                                (false, _) => view! { <span class="empty">"—"</span> }.into_any(),
                            };
                            view! { <tr>
                                <td class="num">{i + 1}</td>
                                <td>{label.clone()}</td>
                                <td>{phone_cell}</td>
                                <td>{if sampled { "抽中" } else { "" }}</td>
                                <td>{visit_cell}</td>
                            </tr> }
                        }).collect_view()}</tbody>
                    </table>
                    {match &r.concluded {
                        Some(c) => view! { <p class="lead">{format!("评议结果：{}（{}）", c.result.label(), zh(c.on))}</p> }.into_any(),
                        None if open => view! {
                            <form class="form no-print" aria-label="评议结果" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); conclude(); }>
                                <fieldset class="checks"><legend>"评议结果"</legend>
                                    {Rating::ALL.into_iter().map(|x| view! { <label class="check"><input type="radio" name="dr-result" prop:checked=move || result.get() == x.code() on:change=move |_| result.set(x.code().to_string())/>{x.label()}</label> }).collect_view()}
                                </fieldset>
                                <BusinessDateField id="dr-done" value=date label="评议日期"/>
                                <OutcomeNotice outcome/>
                                <div class="actions"><button type="submit" class="primary">"保存评议结果"</button></div>
                            </form>
                        }.into_any(),
                        None => view! { <p class="hint">"评议中：回访和实地检查情况由代表工委登记。"</p> }.into_any(),
                    }}
                }.into_any()
            })}
        </section>
    }
    .into_any()
}

/// A text cell bound to `key` of `map`.
fn cell_text(map: RwSignal<BTreeMap<String, String>>, key: String, label: String) -> impl IntoView {
    let k = key.clone();
    view! {
        <input type="text" aria-label=label
            prop:value=move || map.with(|m| m.get(&k).cloned().unwrap_or_default())
            on:input=move |ev| { let v = event_target_value(&ev); let k = key.clone(); map.update(|m| { m.insert(k, v); }); }/>
    }
}

/// 先进承办单位评选: the ranking with every part shown, printable.
#[component]
pub fn RankingPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let today = platform::china_today();
    let year = move || {
        router
            .url()
            .param("year")
            .and_then(|y| y.parse::<i32>().ok())
            .unwrap_or(today.year())
    };
    view! {
        <section class="page">
            <h1>"先进承办单位评选"</h1>
            <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a>" "
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button></p>
            <div class="field no-print"><label for="rk-year">"交办年度"</label>
                <select id="rk-year" on:change=move |ev| router.navigate(&hash_href(&["ranking"], &[("year", &event_target_value(&ev))]))>
                    {move || { let y = year(); (today.year() - 4..=today.year()).rev().map(|x| view! { <option value=x.to_string() selected=x == y>{format!("{x}年")}</option> }).collect_view() }}
                </select></div>
            {move || app.domain.with(|s| {
                let e = &s.office.settings_on(today).evaluation;
                let w = &e.ranking_weights;
                let (ranked, too_few) = ranking(s, today, Some(year()));
                view! {
                    <p class="lead">{format!(
                        "{}年交办的建议，截至{}。综合得分＝按期办复率×{}＋满意率×{}＋解决率×{}＋领衔代表评价×{}，除以所计各项权重之和（某项无可计数的不计，该单位排在四项齐全的单位之后）；领衔代表评价按优100、良80、中60、差40计。承办建议少于{}件的单位不参加排名。",
                        year(), zh(today), w.on_time, w.satisfaction, w.realisation, w.evaluation, e.advanced_unit_min_items
                    )}</p>
                    {if ranked.is_empty() {
                        view! { <p class="empty">"没有达到最少件数的承办单位。"</p> }.into_any()
                    } else {
                        view! { <table class="data" aria-label="先进承办单位排名">
                            <thead><tr><th scope="col" class="num">"名次"</th><th scope="col">"承办单位"</th><th scope="col" class="num">"件数"</th>
                                {PARTS.iter().map(|p| view! { <th scope="col">{*p}</th> }).collect_view()}
                                <th scope="col" class="num">"综合得分"</th></tr></thead>
                            <tbody>{ranked.into_iter().enumerate().map(|(i, r)| view! { <tr>
                                <td class="num">{i + 1}</td>
                                <td>{subject_name(s, Subject::Unit(r.unit))}</td>
                                <td class="num">{r.items}</td>
                                <td>{r.rates.on_time.label()}</td>
                                <td>{r.rates.satisfaction.label()}</td>
                                <td>{r.rates.realisation.label()}</td>
                                <td>{r.parts[3].map_or("—".to_string(), |p| format!("{}分（{}份）", one_decimal(p), r.grades.of))}</td>
                                <td class="num"><strong>{r.score.map_or("—".to_string(), one_decimal)}</strong>
                                    {let m = r.missing(); (!m.is_empty()).then(|| view! { <br/><span class="hint">{format!("缺项：{}", m.join("、"))}</span> })}</td>
                            </tr> }).collect_view()}</tbody>
                        </table> }.into_any()
                    }}
                    {(!too_few.is_empty()).then(|| view! { <p class="hint">{format!("不参加排名（少于{}件）：{}", e.advanced_unit_min_items,
                        too_few.iter().map(|(u, n)| format!("{}{}件", subject_name(s, Subject::Unit(*u)), n)).collect::<Vec<_>>().join("、"))}</p> })}
                }
            })}
        </section>
    }
}

/// 评价报告: the lead deputies' graded reports on the handling, and the
/// organs' self-check reports per session, with their forms; printable.
#[component]
pub fn EvaluationReportsPage() -> impl IntoView {
    let app = use_app_state();
    let date = today_value();
    let item = RwSignal::new(String::new());
    let grade = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let how = RwSignal::new("paper".to_string());
    let session = RwSignal::new(String::new());
    let organ = RwSignal::new("0".to_string());
    let check = RwSignal::new(String::new());
    let outcome: Outcome = RwSignal::new(None);
    let act = Action::new_local(
        move |(command, actor, on, done): &(EvaluationCommand, Actor, NaiveDate, String)| {
            let (command, actor, on, done) = (command.clone(), actor.clone(), *on, done.clone());
            async move {
                let r = app.dispatch_as(command.into(), actor, on).await;
                if r.is_ok() {
                    text.set(String::new());
                    check.set(String::new());
                }
                outcome.set(Some(r.map(|_| done).map_err(|e| e.message_zh())));
            }
        },
    );
    let report = move || {
        outcome.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return outcome.set(Some(Err(e))),
        };
        let Ok(id) = item.get_untracked().parse::<SuggestionId>() else {
            return outcome.set(Some(Err("请选择评价的建议".into())));
        };
        let Some(grade) = Grade::from_code(&grade.get_untracked()) else {
            return outcome.set(Some(Err("请选择评价等次".into())));
        };
        let Some((deputy, lead)) = app.domain.with_untracked(|s| {
            s.raising.suggestions.get(&id).map(|x| {
                (
                    x.draft.lead_deputy,
                    s.deputy_name(x.draft.lead_deputy).to_string(),
                )
            })
        }) else {
            return;
        };
        let actor = Actor {
            acting_for: Some(lead),
            how: if how.get_untracked() == "in_person" {
                How::InPerson
            } else {
                How::PaperKeyedIn
            },
            ..app.actor()
        };
        act.dispatch((
            EvaluationCommand::ReportEvaluation {
                item: id,
                deputy,
                grade,
                text: text.get_untracked(),
            },
            actor,
            on,
            "评价报告已登记".into(),
        ));
    };
    let self_check = move || {
        outcome.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return outcome.set(Some(Err(e))),
        };
        let session = session.get_untracked().parse().ok();
        let organ = Organ::ALL[organ.get_untracked().parse::<usize>().unwrap_or(0).min(3)];
        act.dispatch((
            EvaluationCommand::ReportSelfCheck {
                session,
                subject: Subject::Organ(organ),
                text: check.get_untracked(),
            },
            app.actor(),
            on,
            "自查报告已登记".into(),
        ));
    };
    let desk_ok = move || office_desk(app) || app.desk.get() == Desk::Deputy;
    let replied = move |s: &State| {
        let today = platform::china_today();
        let mut out: Vec<(SuggestionId, String)> = s
            .handling
            .assignments
            .keys()
            .filter(|i| facts(s, **i, today).is_some_and(|f| f.replied.is_some()))
            .map(|i| (*i, item_label(s, *i)))
            .collect();
        out.sort_by(|a, b| a.1.cmp(&b.1));
        out
    };
    view! {
        <section class="page">
            <h1>"评价报告和自查报告"</h1>
            <p class="no-print"><a href=Route::Appraisals.href()>"← 评议测评"</a>" "
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button></p>
            <h2>"领衔代表评价报告"</h2>
            {move || app.domain.with(|s| {
                let all: Vec<_> = s.evaluation.reports.iter().collect();
                if all.is_empty() {
                    return view! { <p class="empty">"还没有评价报告。"</p> }.into_any();
                }
                view! { <table class="data" aria-label="领衔代表评价报告">
                    <thead><tr><th scope="col">"日期"</th><th scope="col">"建议"</th><th scope="col">"领衔代表"</th><th scope="col">"等次"</th><th scope="col">"评价"</th></tr></thead>
                    <tbody>{all.into_iter().map(|((i, d), r)| view! { <tr>
                        <td>{zh(r.on)}</td><td>{item_label(s, *i)}</td><td>{s.deputy_name(*d).to_string()}</td>
                        <td><strong>{r.grade.label()}</strong></td><td class="prose">{r.text.clone()}</td>
                    </tr> }).collect_view()}</tbody>
                </table> }.into_any()
            })}
            {move || desk_ok().then(|| view! {
                <form class="form no-print" aria-label="登记评价报告" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); report(); }>
                    <div class="field wide"><label for="er-item">"评价的建议（已答复）"</label>
                        <select id="er-item" on:change=move |ev| item.set(event_target_value(&ev))>
                            <option value="">"（请选择）"</option>
                            {move || app.domain.with(replied).into_iter().map(|(i, l)| view! { <option value=i.to_string()>{l}</option> }).collect_view()}
                        </select></div>
                    <fieldset class="checks"><legend>"填写方式"</legend>
                        <label class="check"><input type="radio" name="er-how" prop:checked=move || how.get() == "paper" on:change=move |_| how.set("paper".into())/>"按领衔代表提交的评价报告录入"</label>
                        <label class="check"><input type="radio" name="er-how" prop:checked=move || how.get() == "in_person" on:change=move |_| how.set("in_person".into())/>"领衔代表本人在场填写"</label>
                    </fieldset>
                    <fieldset class="checks"><legend>"评价等次"</legend>
                        {Grade::ALL.into_iter().map(|g| view! { <label class="check"><input type="radio" name="er-grade" prop:checked=move || grade.get() == g.code() on:change=move |_| grade.set(g.code().into())/>{g.label()}</label> }).collect_view()}
                    </fieldset>
                    <div class="field wide"><label for="er-text">"评价意见"</label>
                        <textarea id="er-text" rows="4" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea></div>
                    <BusinessDateField id="er-date" value=date label="报告日期"/>
                    <div class="actions"><button type="submit" class="primary">"保存评价报告"</button></div>
                </form>
            })}
            <h2>"自查报告"</h2>
            {move || app.domain.with(|s| {
                if s.evaluation.self_checks.is_empty() {
                    return view! { <p class="empty">"还没有自查报告。"</p> }.into_any();
                }
                view! { <table class="data" aria-label="自查报告">
                    <thead><tr><th scope="col">"日期"</th><th scope="col">"会次"</th><th scope="col">"报告单位"</th><th scope="col">"自查报告"</th></tr></thead>
                    <tbody>{s.evaluation.self_checks.iter().map(|r| view! { <tr>
                        <td>{zh(r.on)}</td><td>{s.session_name(r.session).to_string()}</td><td>{subject_name(s, r.subject)}</td><td class="prose">{r.text.clone()}</td>
                    </tr> }).collect_view()}</tbody>
                </table> }.into_any()
            })}
            {move || office_desk(app).then(|| view! {
                <form class="form no-print" aria-label="登记自查报告" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); self_check(); }>
                    <div class="field"><label for="sc-session">"会次"</label>
                        <select id="sc-session" on:change=move |ev| session.set(event_target_value(&ev))>
                            <option value="">"闭会期间"</option>
                            {app.domain.with_untracked(|s| s.directory.sessions.iter().map(|(id, e)| (id.to_string(), e.name.clone())).collect::<Vec<_>>()).into_iter().map(|(id, n)| view! { <option value=id>{n}</option> }).collect_view()}
                        </select></div>
                    <div class="field"><label for="sc-organ">"报告单位"</label>
                        <select id="sc-organ" on:change=move |ev| organ.set(event_target_value(&ev))>
                            {Organ::ALL.into_iter().enumerate().map(|(i, o)| view! { <option value=i.to_string()>{o.label()}</option> }).collect_view()}
                        </select></div>
                    <div class="field wide"><label for="sc-text">"自查报告"</label>
                        <textarea id="sc-text" rows="4" prop:value=move || check.get() on:input=move |ev| check.set(event_target_value(&ev))></textarea></div>
                    <div class="actions"><button type="submit" class="primary">"保存自查报告"</button></div>
                </form>
            })}
            <OutcomeNotice outcome/>
        </section>
    }
}
