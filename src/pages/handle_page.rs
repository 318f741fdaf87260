//! `HandlePage` (办理): one assigned item at one unit's desk — its
//! deadline and colour as the unit sees them; communication before
//! handling (办前沟通) with the proposers; the plan and progress the
//! deputy follows; a co-unit's opinion and countersign, the lead unit's
//! view of its co-units; an extension asked and, at the committee
//! office's desk, decided; the reply with its class (the settings' classes
//! with their definitions), its letters (printed, each delivery recorded)
//! and its disclosure. In one browser the unit is chosen here; a unit's
//! copy acts for its own unit; the committee office keys acts in from
//! paper.

use chrono::NaiveDate;
use jianyi_core::dates::{parse_ymd, ymd, zh};
use jianyi_core::handling::{
    Communication, Delivery, Disclosure, ExtensionDecision, HandlingCommand, Method, PlanStep,
    Promise, ReplyFields, Step, UnitRole, co_opinion_due, letters, maximum, warning_for,
};
use jianyi_core::office::OfficeRole;
use jianyi_core::settings::{ReplyClass, ReplyOutcome};
use jianyi_core::{DeputyId, Desk, SuggestionId, UnitId};
use leptos::prelude::*;

use crate::components::{
    AfterReply, BusinessDateField, DeskNotice, Notice, Tone, read_business_date, today_value,
};
use crate::handling::{at_office_desk, unit_name};
use crate::platform;
use crate::router::{Route, hash_href, use_router};
use crate::state::use_app_state;

/// The form open on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Talk,
    Plan,
    Progress,
    Opinion,
    AskCountersign,
    Countersign,
    Extension,
    Reply,
}

/// What the page shows of the unit's task, read from the state.
#[derive(Clone, Debug, PartialEq)]
struct TaskView {
    title: String,
    number: String,
    role: UnitRole,
    unit_label: String,
    since: NaiveDate,
    received_on: Option<NaiveDate>,
    due: Option<NaiveDate>,
    explain: Option<String>,
    max: Option<NaiveDate>,
    colour: jianyi_core::handling::Colour,
    reasons: Vec<String>,
    proposers: Vec<(DeputyId, String, &'static str)>,
    talks: Vec<(NaiveDate, String)>,
    plan: Vec<PlanStep>,
    progress: Vec<(NaiveDate, String)>,
    /// Co-units: name, id, opinion (date, text), due, late, countersign.
    co_units: Vec<CoView>,
    own_opinion: Option<(NaiveDate, String)>,
    opinion_due: NaiveDate,
    countersign_asked: Option<(NaiveDate, String, String)>,
    countersigned: Option<(NaiveDate, String)>,
    extensions: Vec<String>,
    pending_extension: Option<(NaiveDate, NaiveDate, String)>,
    replied: Option<ReplyView>,
    classes: Vec<ReplyClass>,
    head: String,
    round: usize,
}

#[derive(Clone, Debug, PartialEq)]
struct CoView {
    unit: UnitId,
    name: String,
    opinion: Option<(NaiveDate, String)>,
    due: NaiveDate,
    countersign: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
struct ReplyView {
    on: NaiveDate,
    class: String,
    doc_number: String,
    text: String,
    signer: String,
    disclosure: String,
    disclosure_due: Option<NaiveDate>,
    disclosed: Option<(NaiveDate, String)>,
    public: bool,
    letters: Vec<(DeputyId, String, &'static str, Option<String>)>,
}

fn task_view(
    s: &jianyi_core::State,
    item: SuggestionId,
    unit: UnitId,
    today: NaiveDate,
) -> Option<TaskView> {
    let a = s.handling.assignments.get(&item)?;
    let t = a.task(unit)?;
    let x = s.raising.suggestions.get(&item)?;
    let w = warning_for(s, a, Some(unit), today);
    let deputy = |d: DeputyId| s.deputy_name(d).to_string();
    let mut proposers: Vec<(DeputyId, String, &'static str)> = s
        .proposers_marked(x)
        .into_iter()
        .map(|(d, r)| (d, deputy(d), r.label()))
        .collect();
    proposers.sort_by_key(|(_, _, r)| *r == "联名代表");
    let mut talks = Vec::new();
    let mut progress = Vec::new();
    for (on, step) in &t.steps {
        match step {
            Step::Communicated(c) => {
                let with: Vec<String> = c.deputies.iter().map(|d| deputy(*d)).collect();
                let mut text = format!(
                    "{}，与{}代表。重点：{}；",
                    c.method.label(),
                    with.join("、"),
                    c.focus
                );
                if !c.direction.is_empty() {
                    text.push_str(&format!("方向：{}；", c.direction));
                }
                text.push_str(&format!("商定方案：{}", c.agreed));
                talks.push((*on, text));
            }
            Step::Progress(p) => progress.push((*on, p.clone())),
            Step::Planned(_) | Step::Met(_) => {}
        }
    }
    let co_units = a
        .current()
        .filter(|c| c.role == UnitRole::Co)
        .map(|c| CoView {
            unit: c.unit,
            name: unit_name(s, c.unit),
            opinion: c.opinion.as_ref().map(|o| (o.on, o.text.clone())),
            due: co_opinion_due(s, a, c).due,
            countersign: c.countersign.as_ref().map(|cs| match &cs.signed {
                Some((on, comment)) if comment.is_empty() => format!("{}已会签", zh(*on)),
                Some((on, comment)) => format!("{}已会签：{comment}", zh(*on)),
                None => format!("{}请会签，待会签", zh(cs.asked_on)),
            }),
        })
        .collect();
    let extensions = t
        .extensions
        .iter()
        .map(|e| {
            let asked = format!(
                "{}申请延期至{}（{}）",
                zh(e.asked_on),
                zh(e.until),
                e.reason
            );
            match &e.decision {
                None => format!("{asked}，待代表工委决定"),
                Some(ExtensionDecision::Approved { on, until, comment }) => format!(
                    "{asked}；{}同意延期至{}{}",
                    zh(*on),
                    zh(*until),
                    if comment.is_empty() {
                        String::new()
                    } else {
                        format!("（{comment}）")
                    }
                ),
                Some(ExtensionDecision::Refused { on, reason }) => {
                    format!("{asked}；{}不同意：{reason}", zh(*on))
                }
            }
        })
        .collect();
    let replied = t.replied.as_ref().map(|r| ReplyView {
        on: r.on,
        class: r.reply.class.label(),
        doc_number: r.reply.doc_number.clone(),
        text: r.reply.text.clone(),
        signer: r.reply.signer.clone(),
        disclosure: match &r.reply.disclosure {
            Disclosure::Full if r.reply.private_passages.is_empty() => "全文公开".into(),
            Disclosure::Full => format!("全文公开（{}处不公开）", r.reply.private_passages.len()),
            Disclosure::Summary { summary } => format!("摘要公开：{summary}"),
            Disclosure::NotPublic { reason } => format!("不公开：{reason}"),
        },
        disclosure_due: r.disclosure_due.as_ref().map(|d| d.due),
        disclosed: r.disclosed.clone(),
        public: r.reply.disclosure.public(),
        letters: letters(s, item, unit)
            .into_iter()
            .map(|l| {
                (
                    l.deputy,
                    deputy(l.deputy),
                    l.role.label(),
                    l.delivered
                        .map(|(on, how)| format!("{}{}", zh(on), how.label())),
                )
            })
            .collect(),
    });
    Some(TaskView {
        title: x.draft.title.clone(),
        number: s.number_label(x).unwrap_or_default(),
        role: t.role,
        unit_label: format!("{}（{}）", unit_name(s, unit), t.role.label()),
        since: t.since,
        received_on: t.received_on,
        due: t.due(),
        explain: t
            .clock
            .as_ref()
            .map(|c| c.explain() + &t.extension_note().unwrap_or_default()),
        max: maximum(s, a, t).map(|m| m.due),
        colour: w.colour,
        reasons: w.reasons,
        proposers,
        talks,
        plan: t.plan().map(<[PlanStep]>::to_vec).unwrap_or_default(),
        progress,
        co_units,
        own_opinion: t.opinion.as_ref().map(|o| (o.on, o.text.clone())),
        opinion_due: co_opinion_due(s, a, t).due,
        countersign_asked: t
            .countersign
            .as_ref()
            .filter(|c| c.signed.is_none())
            .map(|c| (c.asked_on, unit_name(s, c.by), c.draft.clone())),
        countersigned: t.countersign.as_ref().and_then(|c| c.signed.clone()),
        extensions,
        pending_extension: t
            .extension_pending()
            .map(|e| (e.asked_on, e.until, e.reason.clone())),
        replied,
        classes: a.terms.classes.clone(),
        head: s
            .directory
            .units
            .get(&unit)
            .map_or(String::new(), |u| u.record.head.clone()),
        round: t.round(),
    })
}

#[component]
pub fn HandlePage(id: String) -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let Some(item) = id.parse::<SuggestionId>().ok().filter(|id| {
        app.domain
            .with_untracked(|s| s.handling.assignments.contains_key(id))
    }) else {
        return view! {
            <section class="page"><h1>"没有这件已交办的建议"</h1><p><a href=Route::Inbox.href()>"返回承办件"</a></p></section>
        }
        .into_any();
    };
    let bound = Memo::new(move |_| {
        app.domain.with(|s| {
            s.office
                .profile
                .as_ref()
                .filter(|p| p.role == OfficeRole::HandlingUnit)
                .and_then(|p| p.unit)
        })
    });
    // The bound unit, else the one picked, else the first replying unit.
    let unit = Memo::new(move |_| {
        bound
            .get()
            .or_else(|| {
                router
                    .url()
                    .param("unit")
                    .and_then(|u| u.parse::<UnitId>().ok())
            })
            .or_else(|| {
                app.domain.with(|s| {
                    s.handling
                        .assignments
                        .get(&item)
                        .and_then(|a| a.current().find(|t| t.role.replies()).map(|t| t.unit))
                })
            })
    });
    let today = platform::china_today();
    let view_model = Memo::new(move |_| {
        let unit = unit.get()?;
        app.domain.with(|s| task_view(s, item, unit, today))
    });
    let holders = Memo::new(move |_| {
        app.domain.with(|s| {
            s.handling.assignments.get(&item).map_or(Vec::new(), |a| {
                a.current()
                    .map(|t| {
                        (
                            t.unit,
                            format!("{}（{}）", unit_name(s, t.unit), t.role.label()),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    let date = today_value();
    let open = RwSignal::new(None::<Form>);
    let error = RwSignal::new(None::<String>);
    let act = Action::new_local(move |(command, on): &(HandlingCommand, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        let done = match &command {
            HandlingCommand::Communicate { .. } => "已记录办前沟通",
            HandlingCommand::SetPlan { .. } => "已保存办理计划，代表可在办理动态中看到",
            HandlingCommand::ReportProgress { .. } => "已报告办理进展，代表可在办理动态中看到",
            HandlingCommand::SendOpinion { .. } => "已向主办单位送交书面意见",
            HandlingCommand::AskCountersign { .. } => "已请协办单位会签",
            HandlingCommand::Countersign { .. } => "已会签",
            HandlingCommand::AskExtension { .. } => "已提交延期申请，等待代表工委决定",
            HandlingCommand::ApproveExtension { .. } => "已同意延期，答复期限已更新",
            HandlingCommand::RefuseExtension { .. } => "已不同意延期",
            HandlingCommand::Reply { .. } => "已答复：请打印答复函，送达每位提出人",
            HandlingCommand::DeliverLetter { .. } => "已登记送达",
            HandlingCommand::Disclose { .. } => "已登记公开",
            _ => "已保存",
        };
        async move {
            app.dispatch_as(command.into(), app.actor(), on)
                .await
                .map(|_| done)
        }
    });
    let go = move |command: HandlingCommand| {
        error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                act.dispatch((command, on));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let at_unit_desk = move || {
        matches!(
            app.desk.get(),
            Desk::Unit | Desk::CommitteeOffice | Desk::Delegation
        )
    };
    // Where the core takes the decision on an extension: the committee
    // office's copy at its desk; a township presidium's in township mode at
    // the delegation desk.
    let at_office_desk = move || {
        let desk = app.desk.get();
        app.domain.with(|s| at_office_desk(s, desk))
    };
    let busy = move || act.pending().get() || app.read_only;
    let can = move || at_unit_desk() && !busy();
    let opener = move |form: Form, label: &'static str| {
        view! {
            <button type="button" disabled=move || !can() aria-expanded=move || (open.get() == Some(form)).to_string()
                on:click=move |_| { error.set(None); open.set(if open.get_untracked() == Some(form) { None } else { Some(form) }); }>{label}</button>
        }
    };
    let with_unit = move |f: &dyn Fn(UnitId) -> HandlingCommand| {
        if let Some(u) = unit.get_untracked() {
            go(f(u));
        }
    };

    // The forms' fields.
    let method = RwSignal::new(Method::Meeting);
    let talked = RwSignal::new(Vec::<DeputyId>::new());
    let participants = RwSignal::new(String::new());
    let focus = RwSignal::new(String::new());
    let direction = RwSignal::new(String::new());
    let agreed = RwSignal::new(String::new());
    let steps = RwSignal::new(vec![(String::new(), String::new())]);
    let progress = RwSignal::new(String::new());
    let opinion = RwSignal::new(String::new());
    let cs_co = RwSignal::new(String::new());
    let cs_draft = RwSignal::new(String::new());
    let cs_comment = RwSignal::new(String::new());
    let ext_until = RwSignal::new(String::new());
    let ext_reason = RwSignal::new(String::new());
    let dec_until = RwSignal::new(String::new());
    let dec_text = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let signer = RwSignal::new(String::new());
    let doc_number = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let disclosure = RwSignal::new("full".to_string());
    let summary = RwSignal::new(String::new());
    let not_public = RwSignal::new(String::new());
    let passages = RwSignal::new(String::new());
    let promise_what = RwSignal::new(String::new());
    let promise_by = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    // The signer defaults to the unit's head; a revised plan starts from
    // the plan in force.
    Effect::new(move |_| {
        if let Some(v) = view_model.get() {
            if signer.get_untracked().is_empty() {
                signer.set(v.head.clone());
            }
            if open.get() == Some(Form::Plan) && !v.plan.is_empty() {
                steps.set(v.plan.iter().map(|p| (p.what.clone(), ymd(p.by))).collect());
            }
        }
    });
    // A saved form starts empty next time.
    Effect::new(move |_| {
        if let Some(Ok(_)) = act.value().get() {
            open.set(None);
            for s in [
                participants,
                focus,
                direction,
                agreed,
                progress,
                opinion,
                cs_co,
                cs_draft,
                cs_comment,
                ext_until,
                ext_reason,
                dec_until,
                dec_text,
                class,
                text,
                doc_number,
                contact,
                phone,
                summary,
                not_public,
                passages,
                promise_what,
                promise_by,
                place,
            ] {
                s.set(String::new());
            }
            talked.set(Vec::new());
            steps.set(vec![(String::new(), String::new())]);
            disclosure.set("full".into());
        }
    });
    let date_of =
        |v: &str, what: &str| parse_ymd(v).ok_or_else(|| format!("请填写{what}（年-月-日）"));

    let body = move || {
        let Some(v) = view_model.get() else {
            return view! { <p class="empty">"请选择承办单位。"</p> }.into_any();
        };
        let replies = v.role.replies();
        let role = v.role;
        let proposers = v.proposers.clone();
        let classes = v.classes.clone();
        let co_units = v.co_units.clone();
        let pending = v.pending_extension.clone();
        let max = v.max;
        view! {
            <table class="data summary">
                <tbody>
                    <tr><th scope="row">"承办单位"</th><td>{v.unit_label.clone()}</td>
                        <th scope="row">"交办日期"</th><td class="date">{zh(v.since)}</td></tr>
                    <tr><th scope="row">"签收"</th><td>{v.received_on.map_or("未签收".to_string(), |d| format!("{}签收", zh(d)))}</td>
                        <th scope="row">"答复期限"</th><td>{match (replies, v.due) {
                            (false, _) => format!("协办意见期限：{}", zh(v.opinion_due)),
                            (true, Some(d)) => format!("{}{}", zh(d), max.map_or(String::new(), |m| format!("（延期最长至{}）", zh(m)))),
                            (true, None) => "自签收之日起算".into(),
                        }}</td></tr>
                    <tr><th scope="row">"预警"</th><td colspan="3"><span class=format!("light {}", v.colour.code())>{v.colour.label()}</span>" "{v.reasons.join("；")}</td></tr>
                </tbody>
            </table>
            {v.explain.clone().map(|e| view! { <p class="hint">{format!("期限计算：{e}")}</p> })}

            <section aria-labelledby="talk-h">
                <h2 id="talk-h">"办前沟通"</h2>
                {if v.talks.is_empty() {
                    view! { <p class="empty">"尚未记录沟通。答复前须与领衔代表（并案的，与每位领衔代表）沟通。"</p> }.into_any()
                } else {
                    view! { <ul class="log">{v.talks.iter().map(|(on, t)| view! { <li><span class="date">{zh(*on)}</span>" "{t.clone()}</li> }).collect_view()}</ul> }.into_any()
                }}
                <div class="actions no-print">{opener(Form::Talk, "记录沟通")}</div>
                {move || (open.get() == Some(Form::Talk)).then(|| {
                    let proposers = proposers.clone();
                    view! {
                        <form class="form" aria-label="记录办前沟通" on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            with_unit(&|u| HandlingCommand::Communicate { item, unit: u, communication: Communication {
                                method: method.get_untracked(),
                                deputies: talked.get_untracked(),
                                participants: participants.get_untracked(),
                                focus: focus.get_untracked(),
                                direction: direction.get_untracked(),
                                agreed: agreed.get_untracked(),
                            }});
                        }>
                            <div class="field">
                                <label for="talk-method">"沟通方式"</label>
                                <select id="talk-method" on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    if let Some(m) = Method::ALL.into_iter().find(|m| m.code() == v) { method.set(m); }
                                }>
                                    {Method::ALL.into_iter().map(|m| view! { <option value=m.code() selected=move || method.get() == m>{m.label()}</option> }).collect_view()}
                                </select>
                            </div>
                            <fieldset class="checks">
                                <legend>"参加沟通的代表"</legend>
                                {proposers.into_iter().map(|(d, name, role)| view! {
                                    <label class="check"><input type="checkbox" prop:checked=move || talked.get().contains(&d)
                                        on:change=move |ev| { let on = event_target_checked(&ev); talked.update(|v| { v.retain(|x| *x != d); if on { v.push(d); } }); }/>
                                        {format!("{name}（{role}）")}</label>
                                }).collect_view()}
                            </fieldset>
                            {text_field("talk-people", "其他参加人员", participants, false)}
                            {area_field("talk-focus", "沟通重点", focus, 2)}
                            {area_field("talk-direction", "办理方向", direction, 2)}
                            {area_field("talk-agreed", "商定的办理方案", agreed, 2)}
                            <div class="actions"><button type="submit" class="primary" disabled=busy>"保存沟通记录"</button></div>
                        </form>
                    }
                })}
            </section>

            <section aria-labelledby="plan-h">
                <h2 id="plan-h">"办理计划与进展"</h2>
                {if v.plan.is_empty() {
                    view! { <p class="empty">"尚未制定办理计划。"</p> }.into_any()
                } else {
                    view! { <ol class="plan">{v.plan.iter().map(|p| view! { <li>{format!("{}（{}前）", p.what, zh(p.by))}</li> }).collect_view()}</ol> }.into_any()
                }}
                {(!v.progress.is_empty()).then(|| view! {
                    <ul class="log">{v.progress.iter().rev().map(|(on, t)| view! { <li><span class="date">{zh(*on)}</span>" "{t.clone()}</li> }).collect_view()}</ul>
                })}
                <div class="actions no-print">{opener(Form::Plan, if v.plan.is_empty() { "制定办理计划" } else { "修改办理计划" })}{opener(Form::Progress, "报告办理进展")}</div>
                {move || (open.get() == Some(Form::Plan)).then(|| view! {
                    <form class="form" aria-label="办理计划" on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        let mut out = Vec::new();
                        for (i, (what, by)) in steps.get_untracked().into_iter().enumerate() {
                            match date_of(&by, &format!("第{}步的完成时限", i + 1)) {
                                Ok(by) => out.push(PlanStep { what, by }),
                                Err(e) => { error.set(Some(e)); return; }
                            }
                        }
                        with_unit(&|u| HandlingCommand::SetPlan { item, unit: u, steps: out.clone() });
                    }>
                        {move || steps.get().into_iter().enumerate().map(|(i, (what, by))| {
                            let what_id = format!("step-what-{i}");
                            let by_id = format!("step-by-{i}");
                            view! {
                                <div class="field wide">
                                    <label for=what_id.clone()>{format!("第{}步", i + 1)}</label>
                                    <input id=what_id type="text" prop:value=what on:change=move |ev| steps.update(|s| s[i].0 = event_target_value(&ev))/>
                                </div>
                                <div class="field">
                                    <label for=by_id.clone()>{format!("第{}步完成时限", i + 1)}</label>
                                    <input id=by_id type="date" prop:value=by on:change=move |ev| steps.update(|s| s[i].1 = event_target_value(&ev))/>
                                </div>
                            }
                        }).collect_view()}
                        <div class="actions">
                            <button type="button" on:click=move |_| steps.update(|s| s.push((String::new(), String::new())))>"增加一步"</button>
                            <button type="button" disabled=move || steps.get().len() < 2 on:click=move |_| steps.update(|s| { s.pop(); })>"删去最后一步"</button>
                            <button type="submit" class="primary" disabled=busy>"保存办理计划"</button>
                        </div>
                    </form>
                })}
                {move || (open.get() == Some(Form::Progress)).then(|| view! {
                    <form class="form" aria-label="报告办理进展" on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        with_unit(&|u| HandlingCommand::ReportProgress { item, unit: u, text: progress.get_untracked() });
                    }>
                        {area_field("progress-text", "办理进展（代表可见）", progress, 3)}
                        <div class="actions"><button type="submit" class="primary" disabled=busy>"报告进展"</button></div>
                    </form>
                })}
            </section>

            {(role == UnitRole::Lead && !co_units.is_empty()).then(|| {
                let options = co_units.clone();
                view! {
                    <section aria-labelledby="co-h">
                        <h2 id="co-h">"协办单位意见"</h2>
                        <table class="data">
                            <thead><tr><th scope="col">"协办单位"</th><th scope="col">"意见期限"</th><th scope="col">"书面意见"</th><th scope="col">"会签"</th></tr></thead>
                            <tbody>{co_units.into_iter().map(|c| view! {
                                <tr><td>{c.name.clone()}</td><td class="date">{zh(c.due)}</td>
                                    <td>{match c.opinion {
                                        Some((on, t)) => format!("{}{}：{t}", zh(on), if on > c.due { "（逾期送交）" } else { "" }),
                                        None if today > c.due => "逾期未送".to_string(),
                                        None => "未送".to_string(),
                                    }}</td>
                                    <td>{c.countersign.unwrap_or_else(|| "—".into())}</td></tr>
                            }).collect_view()}</tbody>
                        </table>
                        <div class="actions no-print">{opener(Form::AskCountersign, "请协办单位会签答复稿")}</div>
                        {move || (open.get() == Some(Form::AskCountersign)).then(|| {
                            let options = options.clone();
                            view! {
                                <form class="form" aria-label="请求会签" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                    ev.prevent_default();
                                    let Ok(co) = cs_co.get_untracked().parse::<UnitId>() else { error.set(Some("请选择协办单位".into())); return; };
                                    with_unit(&|u| HandlingCommand::AskCountersign { item, unit: u, co, draft: cs_draft.get_untracked() });
                                }>
                                    <div class="field">
                                        <label for="cs-co">"协办单位"</label>
                                        <select id="cs-co" on:change=move |ev| cs_co.set(event_target_value(&ev))>
                                            <option value="">"（请选择）"</option>
                                            {options.into_iter().map(|c| view! { <option value=c.unit.to_string()>{c.name}</option> }).collect_view()}
                                        </select>
                                    </div>
                                    {area_field("cs-draft", "答复稿", cs_draft, 5)}
                                    <div class="actions"><button type="submit" class="primary" disabled=busy>"请求会签"</button></div>
                                </form>
                            }
                        })}
                    </section>
                }
            })}

            {(role == UnitRole::Co).then(|| {
                let asked = v.countersign_asked.clone();
                view! {
                    <section aria-labelledby="opinion-h">
                        <h2 id="opinion-h">"协办意见"</h2>
                        {match v.own_opinion.clone() {
                            Some((on, t)) => view! { <p>{format!("{}已送交主办单位：{t}", zh(on))}</p> }.into_any(),
                            None => view! {
                                <p>{format!("请于{}前向主办单位送交书面意见。", zh(v.opinion_due))}</p>
                                <div class="actions no-print">{opener(Form::Opinion, "送交书面意见")}</div>
                            }.into_any(),
                        }}
                        {move || (open.get() == Some(Form::Opinion)).then(|| view! {
                            <form class="form" aria-label="协办意见" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                ev.prevent_default();
                                with_unit(&|u| HandlingCommand::SendOpinion { item, unit: u, text: opinion.get_untracked() });
                            }>
                                {area_field("opinion-text", "书面意见", opinion, 4)}
                                <div class="actions"><button type="submit" class="primary" disabled=busy>"送交"</button></div>
                            </form>
                        })}
                        {v.countersigned.clone().map(|(on, c)| view! { <p>{format!("{}已会签主办单位的答复稿{}", zh(on), if c.is_empty() { String::new() } else { format!("：{c}") })}</p> })}
                        {asked.map(|(on, by, draft)| view! {
                            <div class="notice notice-info" role="note">
                                <p>{format!("{by}于{}请本单位会签答复稿：", zh(on))}</p>
                                <p class="doc-text">{draft}</p>
                                <div class="actions no-print">{opener(Form::Countersign, "会签")}</div>
                            </div>
                        })}
                        {move || (open.get() == Some(Form::Countersign)).then(|| view! {
                            <form class="form" aria-label="会签" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                ev.prevent_default();
                                with_unit(&|u| HandlingCommand::Countersign { item, unit: u, comment: cs_comment.get_untracked() });
                            }>
                                {area_field("cs-comment", "会签意见（可不填）", cs_comment, 2)}
                                <div class="actions"><button type="submit" class="primary" disabled=busy>"确认会签"</button></div>
                            </form>
                        })}
                    </section>
                }
            })}

            {replies.then(|| view! {
                <section aria-labelledby="ext-h">
                    <h2 id="ext-h">"延期"</h2>
                    {if v.extensions.is_empty() {
                        view! { <p class="empty">"未申请延期。"</p> }.into_any()
                    } else {
                        view! { <ul class="log">{v.extensions.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul> }.into_any()
                    }}
                    {(v.replied.is_none() && pending.is_none()).then(|| view! { <div class="actions no-print">{opener(Form::Extension, "申请延期")}</div> })}
                    {move || (open.get() == Some(Form::Extension)).then(|| view! {
                        <form class="form" aria-label="申请延期" on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            match date_of(&ext_until.get_untracked(), "延期至") {
                                Ok(until) => with_unit(&|u| HandlingCommand::AskExtension { item, unit: u, until, reason: ext_reason.get_untracked() }),
                                Err(e) => error.set(Some(e)),
                            }
                        }>
                            <div class="field">
                                <label for="ext-until">"延期至"</label>
                                <input id="ext-until" type="date" max=max.map(ymd) prop:value=move || ext_until.get() on:input=move |ev| ext_until.set(event_target_value(&ev))/>
                            </div>
                            {area_field("ext-reason", "延期理由（将告知代表）", ext_reason, 3)}
                            {max.map(|m| view! { <p class="hint">{format!("最长可延至{}", zh(m))}</p> })}
                            <div class="actions"><button type="submit" class="primary" disabled=busy>"提交延期申请"</button></div>
                        </form>
                    })}
                    {pending.map(|(asked_on, until, reason)| view! {
                        <div class="notice notice-info" role="note">
                            <p>{format!("{}申请延期至{}，理由：{reason}。待代表工委决定。", zh(asked_on), zh(until))}</p>
                            {move || at_office_desk().then(|| view! {
                                <form class="form" aria-label="延期申请的决定" on:submit=move |ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                                    <div class="field">
                                        <label for="dec-until">"同意延期至"</label>
                                        <input id="dec-until" type="date" max=max.map(ymd) prop:value=move || { let v = dec_until.get(); if v.is_empty() { ymd(until) } else { v } } on:input=move |ev| dec_until.set(event_target_value(&ev))/>
                                    </div>
                                    {area_field("dec-text", "意见（不同意时须填理由）", dec_text, 2)}
                                    <div class="actions">
                                        <button type="button" class="primary" disabled=busy on:click=move |_| {
                                            let v = dec_until.get_untracked();
                                            let until = if v.is_empty() { Ok(until) } else { date_of(&v, "延期至") };
                                            match until {
                                                Ok(until) => with_unit(&|u| HandlingCommand::ApproveExtension { item, unit: u, until, comment: dec_text.get_untracked() }),
                                                Err(e) => error.set(Some(e)),
                                            }
                                        }>"同意延期"</button>
                                        <button type="button" disabled=busy on:click=move |_| with_unit(&|u| HandlingCommand::RefuseExtension { item, unit: u, reason: dec_text.get_untracked() })>"不同意延期"</button>
                                    </div>
                                </form>
                            })}
                        </div>
                    })}
                </section>
            })}

            {replies.then(|| match v.replied.clone() {
                Some(r) => view! {
                    <section aria-labelledby="reply-h">
                        <h2 id="reply-h">"答复"</h2>
                        <table class="data summary"><tbody>
                            <tr><th scope="row">"答复日期"</th><td class="date">{zh(r.on)}</td><th scope="row">"答复类别"</th><td>{r.class.clone()}</td></tr>
                            <tr><th scope="row">"发文字号"</th><td>{r.doc_number.clone()}</td><th scope="row">"签发人"</th><td>{r.signer.clone()}</td></tr>
                            <tr><th scope="row">"公开形式"</th><td colspan="3">{r.disclosure.clone()}</td></tr>
                        </tbody></table>
                        <p class="doc-text">{r.text.clone()}</p>
                        <p class="no-print"><a class="button" href=move || Route::Letters(item.to_string(), unit.get().map(|u| u.to_string()).unwrap_or_default()).href()>"打印答复函"</a></p>
                        <h3>"答复函送达"</h3>
                        <table class="data">
                            <thead><tr><th scope="col">"代表"</th><th scope="col">"身份"</th><th scope="col">"送达"</th></tr></thead>
                            <tbody>{r.letters.into_iter().map(|(d, name, role, delivered)| {
                                let how = RwSignal::new(Delivery::InPerson.code().to_string());
                                let label = format!("{name}的答复函送达方式");
                                let select_id = format!("deliver-{d}");
                                view! {
                                    <tr><td>{name.clone()}</td><td>{role}</td><td>{match delivered {
                                        Some(d) => view! { <span>{d}</span> }.into_any(),
                                        None => view! {
                                            <span class="inline-form">
                                                <label class="visually-hidden" for=select_id.clone()>{label}</label>
                                                <select id=select_id on:change=move |ev| how.set(event_target_value(&ev))>
                                                    {Delivery::ALL.into_iter().map(|h| view! { <option value=h.code()>{h.label()}</option> }).collect_view()}
                                                </select>
                                                " "
                                                <button type="button" disabled=move || !can() aria-label=format!("登记送达：{name}")
                                                    on:click=move |_| {
                                                        let h = Delivery::ALL.into_iter().find(|x| x.code() == how.get_untracked()).unwrap_or(Delivery::InPerson);
                                                        with_unit(&|u| HandlingCommand::DeliverLetter { item, unit: u, deputy: d, how: h });
                                                    }>"登记送达"</button>
                                            </span>
                                        }.into_any(),
                                    }}</td></tr>
                                }
                            }).collect_view()}</tbody>
                        </table>
                        <h3>"公开"</h3>
                        {match (r.public, r.disclosed) {
                            (false, _) => view! { <p>"不公开。"</p> }.into_any(),
                            (true, Some((on, at))) => view! { <p>{format!("{}已公开：{at}", zh(on))}</p> }.into_any(),
                            (true, None) => view! {
                                <p>{r.disclosure_due.map_or(String::new(), |d| format!("应于{}前公开。", zh(d)))}</p>
                                <form class="form inline no-print" aria-label="登记公开" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                    ev.prevent_default();
                                    with_unit(&|u| HandlingCommand::Disclose { item, unit: u, place: place.get_untracked() });
                                }>
                                    {text_field("disclose-place", "公开的位置（网站栏目、公告栏等）", place, true)}
                                    <div class="actions"><button type="submit" disabled=move || !can()>"登记公开"</button></div>
                                </form>
                            }.into_any(),
                        }}
                    </section>
                }.into_any(),
                None => view! {
                    <section aria-labelledby="reply-h">
                        <h2 id="reply-h">"答复"</h2>
                        <p class="empty">{if v.round > 1 { "交回重办后尚未重新答复。" } else { "尚未答复。" }}</p>
                        <div class="actions no-print">{opener(Form::Reply, "填写答复")}</div>
                        {move || (open.get() == Some(Form::Reply)).then(|| {
                            let classes = classes.clone();
                            let classes_for_promise = classes.clone();
                            let commitment_codes: Vec<String> = classes.iter().filter(|c| c.outcome == ReplyOutcome::Commitment).map(|c| c.code.clone()).collect();
                            view! {
                                <form class="form" aria-label="答复" on:submit=move |ev: leptos::ev::SubmitEvent| {
                                    ev.prevent_default();
                                    let disclosure = match disclosure.get_untracked().as_str() {
                                        "summary" => Disclosure::Summary { summary: summary.get_untracked() },
                                        "not_public" => Disclosure::NotPublic { reason: not_public.get_untracked() },
                                        _ => Disclosure::Full,
                                    };
                                    // A commitment class carries its promise.
                                    let commits = classes_for_promise.iter().any(|c| c.code == class.get_untracked() && c.outcome == ReplyOutcome::Commitment);
                                    // Left empty, the core says what a commitment needs.
                                    let (what, by) = (promise_what.get_untracked(), promise_by.get_untracked());
                                    let promise = if !commits || (what.trim().is_empty() && by.is_empty()) {
                                        None
                                    } else {
                                        match date_of(&by, "承诺完成时限") {
                                            Ok(by) => Some(Promise { what, by }),
                                            Err(e) => { error.set(Some(e)); return; }
                                        }
                                    };
                                    let fields = ReplyFields {
                                        class: class.get_untracked(),
                                        text: text.get_untracked(),
                                        signer: signer.get_untracked(),
                                        doc_number: doc_number.get_untracked(),
                                        contact: contact.get_untracked(),
                                        phone: phone.get_untracked(),
                                        disclosure,
                                        private_passages: passages.get_untracked().lines().map(str::to_string).collect(),
                                        promise,
                                    };
                                    with_unit(&|u| HandlingCommand::Reply { item, unit: u, fields: fields.clone() });
                                }>
                                    <fieldset class="checks classes">
                                        <legend>"答复类别"</legend>
                                        {classes.into_iter().map(|c| {
                                            let code = c.code.clone();
                                            let checked = code.clone();
                                            view! {
                                                <label class="check class-choice"><input type="radio" name="reply-class" prop:checked=move || class.get() == checked
                                                    on:change=move |_| class.set(code.clone())/>
                                                    <strong>{c.label()}</strong><span class="hint">{c.definition.clone()}</span></label>
                                            }
                                        }).collect_view()}
                                    </fieldset>
                                    {move || commitment_codes.contains(&class.get()).then(|| view! {
                                        <fieldset class="promise">
                                            <legend>"承诺事项（列入跟踪）"</legend>
                                            {area_field("reply-promise", "承诺办理的事项", promise_what, 2)}
                                            <div class="field">
                                                <label for="reply-promise-by">"承诺完成时限"</label>
                                                <input id="reply-promise-by" type="date" prop:value=move || promise_by.get() on:input=move |ev| promise_by.set(event_target_value(&ev))/>
                                            </div>
                                        </fieldset>
                                    })}
                                    {area_field("reply-text", "答复正文", text, 10)}
                                    {text_field("reply-signer", "签发人", signer, false)}
                                    {text_field("reply-doc", "发文字号", doc_number, false)}
                                    {text_field("reply-contact", "联系人", contact, false)}
                                    {text_field("reply-phone", "联系电话", phone, false)}
                                    <fieldset class="checks">
                                        <legend>"公开形式"</legend>
                                        {[("full", "全文公开"), ("summary", "摘要公开"), ("not_public", "不公开")].into_iter().map(|(code, label)| view! {
                                            <label class="check"><input type="radio" name="reply-disclosure" prop:checked=move || disclosure.get() == code
                                                on:change=move |_| disclosure.set(code.to_string())/>{label}</label>
                                        }).collect_view()}
                                    </fieldset>
                                    {move || match disclosure.get().as_str() {
                                        "summary" => Some(area_field("reply-summary", "公开摘要", summary, 3).into_any()),
                                        "not_public" => Some(area_field("reply-not-public", "不公开的理由", not_public, 2).into_any()),
                                        _ => None,
                                    }}
                                    {area_field("reply-passages", "不公开的段落（从正文复制，每行一段；可不填）", passages, 2)}
                                    <div class="actions"><button type="submit" class="primary" disabled=busy>"提交答复"</button></div>
                                </form>
                            }
                        })}
                    </section>
                }.into_any(),
            })}
            {replies.then(|| view! { <AfterReply item unit date/> })}
        }
        .into_any()
    };

    view! {
        <section class="page">
            <h1>"办理"</h1>
            {move || view_model.get().map(|v| view! {
                <p class="lead"><a href=Route::Suggestion(item.to_string()).href()>{format!("{} {}", v.number, v.title)}</a></p>
            })}
            <p class="explain">{move || app.domain.with(|s| oversight_line(s, item))}" "<a class="no-print" href=Route::Oversight(item.to_string()).href()>"督办"</a></p>
            {move || match bound.get() {
                Some(_) => None,
                None => Some(view! {
                    <div class="form inline no-print">
                        <div class="field">
                            <label for="handle-unit">"承办单位"</label>
                            <select id="handle-unit" on:change=move |ev| router.navigate(&hash_href(&["handle", &item.to_string()], &[("unit", &event_target_value(&ev))]))>
                                {move || holders.get().into_iter().map(|(u, n)| {
                                    let sel = move || unit.get() == Some(u);
                                    view! { <option value=u.to_string() selected=sel>{n}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                }),
            }}
            {move || (!at_unit_desk()).then(|| view! { <DeskNotice what="承办单位的办理" desk=Desk::Unit/> })}
            <div class="form inline no-print"><BusinessDateField id="handle-date" value=date/></div>
            {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || act.value().get().map(|r| match r {
                Ok(done) => view! { <Notice tone=Tone::Success>{done}</Notice> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
            })}
            {body}
        </section>
    }
    .into_any()
}

/// The item's responsibilities and key mark in one line (固始: a leader
/// leads, a leader supervises, an office follows, the unit handles).
fn oversight_line(s: &jianyi_core::State, item: SuggestionId) -> String {
    use jianyi_core::supervision::leader_label;
    let o = s.supervision.of(item).cloned().unwrap_or_default();
    let r = &o.responsibilities;
    let leader =
        |l: Option<jianyi_core::LeaderId>| l.map_or("未定".into(), |l| leader_label(s, l));
    let following = r.following.map_or("代表工委".into(), |c| {
        s.directory
            .entry_name(&jianyi_core::directory::EntryRef::Committee(c))
    });
    format!(
        "{}领办：{}　督办：{}　跟踪：{}",
        if o.key.is_some() {
            "重点建议　"
        } else {
            ""
        },
        leader(r.leading),
        leader(r.supervising),
        following
    )
}

/// A labelled one-line text field.
fn text_field(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    wide: bool,
) -> impl IntoView {
    view! {
        <div class=if wide { "field wide" } else { "field" }>
            <label for=id>{label}</label>
            <input id=id type="text" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// A labelled text area.
fn area_field(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    rows: u32,
) -> impl IntoView {
    view! {
        <div class="field wide">
            <label for=id>{label}</label>
            <textarea id=id rows=rows prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </div>
    }
}
