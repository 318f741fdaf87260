//! `AfterReply`: on the 办理 page, a replying unit's reply after it is
//! filed — the rounds before this one (each reply, its feedback, and why
//! it went back); the deputies' feedback on this round's reply; a second
//! handling's deadline and the meeting on it (the unit records it before
//! its new reply); a commitment's promise, marked done (已办成) by the
//! unit, or carried into the next year by the office with the plan the
//! directors' meeting approved; and the office's acts: sending the reply
//! back (交回重办) and closing the item (办结), with what closing still
//! waits for. Three facts stay apart: replied, satisfied, realised.

use chrono::{Datelike, NaiveDate};
use jianyi_core::dates::{parse_ymd, zh};
use jianyi_core::handling::{
    HandlingCommand, Meeting, PlanStep, Reopened, Replied, Step, facts, feedback_due,
    not_yet_closable,
};
use jianyi_core::{Desk, State, SuggestionId, UnitId};
use leptos::prelude::*;

use crate::components::{Notice, Tone, read_business_date};
use crate::handling::at_office_desk;
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

/// One reply with its feedback, as a few lines.
fn reply_lines(s: &State, r: &Replied) -> Vec<String> {
    let mut out = vec![format!(
        "{}答复，{}，{}",
        zh(r.on),
        r.reply.class.label(),
        r.reply.doc_number
    )];
    for (d, _) in &r.letters {
        let name = s.deputy_name(*d);
        out.push(match r.answer(*d) {
            Some(a) => {
                let f = &a.feedback;
                let mut line = format!("{name}：{}（{}）", f.ratings(), zh(a.on));
                if !f.comment.is_empty() {
                    line.push_str(&format!("，意见：{}", f.comment));
                }
                line
            }
            None => format!("{name}：未反馈"),
        });
    }
    out
}

/// What the section shows, read from the state.
#[derive(Clone, Debug, PartialEq)]
struct AfterView {
    rounds: Vec<(String, Vec<String>)>,
    /// Sent back and not replied again: since, why, due, meetings held.
    reopened: Option<(String, Vec<String>)>,
    current: Option<Vec<String>>,
    feedback_due: Option<NaiveDate>,
    facts: Option<[String; 3]>,
    promise: Option<String>,
    open_commitment: bool,
    carried: Vec<String>,
    closed: Option<NaiveDate>,
    missing: Vec<String>,
}

fn after_view(s: &State, item: SuggestionId, unit: UnitId, today: NaiveDate) -> Option<AfterView> {
    let a = s.handling.assignments.get(&item)?;
    let t = a.task(unit)?;
    // Before the first reply there is nothing after it.
    if t.replied.is_none() && t.rounds.is_empty() {
        return None;
    }
    let rounds = t
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let why = match &r.why {
                Reopened::Dissatisfied { deputy } => {
                    format!("{}代表对办理结果不满意", s.deputy_name(*deputy))
                }
                Reopened::Decided { reason } => format!("代表工委决定交回重办：{reason}"),
            };
            let mut lines = reply_lines(s, &r.replied);
            lines.push(format!("{}交回重办（{why}）", zh(r.reopened_on)));
            (format!("第{}轮", i + 1), lines)
        })
        .collect();
    let reopened = t
        .reopened()
        .filter(|_| t.replied.is_none())
        .map(|(since, _)| {
            let due = t.due().map(zh).unwrap_or_default();
            let met: Vec<String> = t
                .steps
                .iter()
                .filter(|(on, _)| *on >= since)
                .filter_map(|(on, step)| match step {
                    Step::Met(m) => Some(format!(
                        "{}座谈。参加人员：{}；结论：{}",
                        zh(*on),
                        m.participants,
                        m.conclusions
                    )),
                    _ => None,
                })
                .collect();
            (
                format!(
                    "已于{}交回重办，须于{due}前重新答复（第{}轮）。重新答复前须登记二次办理座谈。",
                    zh(since),
                    t.round()
                ),
                met,
            )
        });
    let f = facts(s, item, today);
    Some(AfterView {
        rounds,
        reopened,
        current: t.replied.as_ref().map(|r| reply_lines(s, r)),
        feedback_due: t.replied.as_ref().map(|r| feedback_due(s, a, r).due),
        facts: f.as_ref().map(|f| {
            [
                f.replied
                    .map_or("未答复".into(), |d| format!("已答复（{}）", zh(d))),
                f.satisfaction.as_ref().map_or("—".into(), |x| x.label()),
                f.realisation.as_ref().map_or("—".into(), |x| x.label()),
            ]
        }),
        // A promise of any round stands until done.
        promise: t
            .commitment()
            .and_then(|r| r.reply.promise.as_ref())
            .map(|p| format!("{}（{}前）", p.what, zh(p.by))),
        open_commitment: t.open_commitment().is_some(),
        carried: t
            .commitment()
            .map(|r| {
                r.carried
                    .iter()
                    .map(|(on, c)| {
                        format!(
                            "{}经{}同意，结转{}年：{}",
                            zh(*on),
                            c.approval,
                            c.year,
                            c.plan_line()
                        )
                    })
                    .chain(
                        r.realised
                            .iter()
                            .map(|(on, e)| format!("{}已办成：{e}", zh(*on))),
                    )
                    .collect()
            })
            .unwrap_or_default(),
        closed: a.closed,
        missing: not_yet_closable(s, a, today),
    })
}

#[component]
pub fn AfterReply(
    item: SuggestionId,
    #[prop(into)] unit: Signal<Option<UnitId>>,
    /// The page's business date.
    date: RwSignal<String>,
) -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let view_model = Memo::new(move |_| {
        let u = unit.get()?;
        app.domain.with(|s| after_view(s, item, u, today))
    });
    let error = RwSignal::new(None::<String>);
    let act = Action::new_local(move |(command, on): &(HandlingCommand, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        let done = match &command {
            HandlingCommand::RecordMeeting { .. } => "已登记二次办理座谈",
            HandlingCommand::MarkRealised { .. } => "已登记办成",
            HandlingCommand::CarryOver { .. } => "已结转下一年度，列入该年度承诺事项跟踪",
            HandlingCommand::SendBack { .. } => "已交回承办单位重新办理",
            HandlingCommand::Close { .. } => "已办结",
            _ => "已保存",
        };
        async move {
            app.dispatch_as(command.into(), app.actor(), on)
                .await
                .map(|_| done)
        }
    });
    let go = move |f: &dyn Fn(UnitId) -> HandlingCommand| {
        error.set(None);
        let Some(u) = unit.get_untracked() else {
            return;
        };
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                act.dispatch((f(u), on));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let busy = move || act.pending().get() || app.read_only;
    let unit_desk = move || {
        matches!(
            app.desk.get(),
            Desk::Unit | Desk::CommitteeOffice | Desk::Delegation
        )
    };
    let office = move || {
        let desk = app.desk.get();
        app.domain.with(|s| at_office_desk(s, desk))
    };
    let participants = RwSignal::new(String::new());
    let conclusions = RwSignal::new(String::new());
    let evidence = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let carry_year = RwSignal::new((today.year() + 1).to_string());
    let carry_what = RwSignal::new(String::new());
    let carry_by = RwSignal::new(String::new());
    let approval = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(Ok(_)) = act.value().get() {
            for s in [
                participants,
                conclusions,
                evidence,
                reason,
                carry_what,
                carry_by,
                approval,
            ] {
                s.set(String::new());
            }
        }
    });
    let field = |id: &'static str, label: &'static str, value: RwSignal<String>, rows: u32| {
        view! {
            <div class="field wide">
                <label for=id>{label}</label>
                <textarea id=id rows=rows prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
            </div>
        }
    };
    let body = move || {
        let v = view_model.get()?;
        let facts = v.facts.clone();
        Some(view! {
            <section aria-labelledby="after-h">
                <h2 id="after-h">"反馈、二次办理与办结"</h2>
                {facts.map(|[replied, satisfied, realised]| view! {
                    <table class="data summary"><tbody>
                        <tr><th scope="row">"答复"</th><td>{replied}</td>
                            <th scope="row">"满意"</th><td>{satisfied}</td>
                            <th scope="row">"办成"</th><td>{realised}</td></tr>
                    </tbody></table>
                })}
                {(!v.rounds.is_empty()).then(|| view! {
                    <h3>"以前各轮"</h3>
                    {v.rounds.iter().map(|(round, lines)| view! {
                        <div class="round">
                            <p><strong>{round.clone()}</strong></p>
                            <ul class="log">{lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
                        </div>
                    }).collect_view()}
                })}
                {v.reopened.clone().map(|(notice, met)| view! {
                    <div class="notice notice-warning" role="note"><p>{notice}</p></div>
                    {(!met.is_empty()).then(|| view! { <ul class="log">{met.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> })}
                    <form class="form no-print" aria-label="二次办理座谈" on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        go(&|u| HandlingCommand::RecordMeeting { item, unit: u, meeting: Meeting {
                            participants: participants.get_untracked(),
                            conclusions: conclusions.get_untracked(),
                        }});
                    }>
                        {field("meet-people", "参加人员（代表、承办单位负责人、代表工委等）", participants, 2)}
                        {field("meet-conclusions", "座谈结论", conclusions, 3)}
                        <div class="actions"><button type="submit" class="primary" disabled=move || busy() || !unit_desk()>"登记二次办理座谈"</button></div>
                    </form>
                })}
                {v.current.clone().map(|lines| view! {
                    <h3>"本轮答复的征询意见"</h3>
                    <ul class="log">{lines.into_iter().skip(1).map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    {v.feedback_due.map(|d| view! { <p class="hint">{format!("反馈期限：{}", zh(d))}" "<a href=Route::FeedbackOn(item.to_string()).href()>"登记征询意见"</a></p> })}
                })}
                {v.promise.clone().map(|p| view! {
                    <h3>"承诺事项"</h3>
                    <p>{p}</p>
                })}
                {(!v.carried.is_empty()).then(|| view! {
                    <ul class="log">{v.carried.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
                })}
                {v.open_commitment.then(|| view! {
                    <form class="form no-print" aria-label="登记已办成" on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        go(&|u| HandlingCommand::MarkRealised { item, unit: u, evidence: evidence.get_untracked() });
                    }>
                        {field("realised-evidence", "办成的依据（验收、文件、现场照片等）", evidence, 2)}
                        <div class="actions"><button type="submit" disabled=move || busy() || !unit_desk()>"登记已办成"</button></div>
                    </form>
                })}
                {move || office().then(|| {
                    let open_commitment = v.open_commitment;
                    let replied = v.current.is_some();
                    let closed = v.closed;
                    let missing = v.missing.clone();
                    view! {
                        <h3>"代表工委"</h3>
                        {open_commitment.then(|| view! {
                            <form class="form no-print" aria-label="结转下一年度" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                ev.prevent_default();
                                let Ok(year) = carry_year.get_untracked().trim().parse::<i32>() else {
                                    error.set(Some("请填写结转年度".into()));
                                    return;
                                };
                                let Some(by) = parse_ymd(&carry_by.get_untracked()) else {
                                    error.set(Some("请填写计划完成时限（年-月-日）".into()));
                                    return;
                                };
                                let steps = vec![PlanStep { what: carry_what.get_untracked(), by }];
                                go(&|u| HandlingCommand::CarryOver { item, unit: u, year, steps: steps.clone(), approval: approval.get_untracked() });
                            }>
                                <div class="field">
                                    <label for="carry-year">"结转年度"</label>
                                    <input id="carry-year" type="number" prop:value=move || carry_year.get() on:input=move |ev| carry_year.set(event_target_value(&ev))/>
                                </div>
                                {field("carry-what", "分步计划", carry_what, 2)}
                                <div class="field">
                                    <label for="carry-by">"计划完成时限"</label>
                                    <input id="carry-by" type="date" prop:value=move || carry_by.get() on:input=move |ev| carry_by.set(event_target_value(&ev))/>
                                </div>
                                <div class="field wide">
                                    <label for="carry-approval">"批准的主任会议"</label>
                                    <input id="carry-approval" type="text" prop:value=move || approval.get() on:input=move |ev| approval.set(event_target_value(&ev))/>
                                </div>
                                <div class="actions"><button type="submit" disabled=busy>"结转下一年度"</button></div>
                            </form>
                        })}
                        {(replied && closed.is_none()).then(|| view! {
                            <form class="form no-print" aria-label="交回重办" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                ev.prevent_default();
                                go(&|u| HandlingCommand::SendBack { item, unit: u, reason: reason.get_untracked() });
                            }>
                                {field("send-back-reason", "交回重办的理由", reason, 2)}
                                <div class="actions"><button type="submit" disabled=busy>"交回重办"</button></div>
                            </form>
                        })}
                        {match closed {
                            Some(on) => view! { <p>{format!("已于{}办结。", zh(on))}</p> }.into_any(),
                            None => view! {
                                {(!missing.is_empty()).then(|| view! { <p class="hint">{format!("办结前尚待：{}。", missing.join("；"))}</p> })}
                                <div class="actions no-print"><button type="button" class="primary" disabled=busy
                                    on:click=move |_| go(&|_| HandlingCommand::Close { item })>"办结"</button></div>
                            }.into_any(),
                        }}
                    }
                })}
                {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                {move || act.value().get().map(|r| match r {
                    Ok(done) => view! { <Notice tone=Tone::Success>{done}</Notice> }.into_any(),
                    Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
                })}
            </section>
        })
    };
    view! { {body} }
}
