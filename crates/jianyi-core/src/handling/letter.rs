//! What handling shows outside the unit: the reply letters (答复函), one
//! per proposer in the shape offices use; the item's timeline the deputy
//! follows, newest first, every round of it; and a co-unit's opinion
//! clock.

use chrono::NaiveDate;

use crate::calendar::{Deadline, deadline};
use crate::dates::zh;
use crate::directory::EntryRef;
use crate::handling::records::{
    Assignment, Delivery, ExtensionDecision, Reopened, Replied, Step, Task, TaskEnd, UnitRole,
};
use crate::ids::{DeputyId, SuggestionId, UnitId};
use crate::review::ProposerRole;
use crate::state::State;

/// A reply letter to one proposer, as printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub deputy: DeputyId,
    pub role: ProposerRole,
    /// The title of the item the deputy raised (a merged item's lead: the
    /// item merged, along a chain of merges).
    pub title: String,
    /// 发文字号, top left.
    pub doc_number: String,
    /// 案号 and the reply class, top right.
    pub item_number: Option<String>,
    pub class: String,
    /// e.g. 王伟代表：
    pub salutation: String,
    /// 您提出的关于……的建议收悉。现答复如下：
    pub opening: String,
    pub body: String,
    pub unit: String,
    pub date: String,
    pub signer: String,
    /// 联系人：…　联系电话：…
    pub contact: String,
    /// The last day for the deputy's feedback (征询意见表), e.g.
    /// 2026年6月5日.
    pub feedback_due: String,
    pub delivered: Option<(NaiveDate, Delivery)>,
}

/// The letters of `unit`'s reply on `item`, the leads' first (empty
/// before the reply).
pub fn letters(state: &State, item: SuggestionId, unit: UnitId) -> Vec<Letter> {
    let Some(s) = state.raising.suggestions.get(&item) else {
        return Vec::new();
    };
    let Some(a) = state.handling.assignments.get(&item) else {
        return Vec::new();
    };
    let Some(task) = a
        .tasks
        .iter()
        .find(|t| t.unit == unit && t.replied.is_some())
    else {
        return Vec::new();
    };
    let Some(replied) = &task.replied else {
        return Vec::new();
    };
    let roles = state.proposers_marked(s);
    // Every item merged into this one, along chains of merges.
    let mut merged: Vec<&crate::raising::Suggestion> = Vec::new();
    let mut todo: Vec<SuggestionId> = state.merged_into(s).to_vec();
    while let Some(id) = todo.pop() {
        if let Some(m) = state.raising.suggestions.get(&id)
            && !merged.iter().any(|x| x.id == m.id)
        {
            todo.extend(state.merged_into(m).iter().copied());
            merged.push(m);
        }
    }
    let r = &replied.reply;
    let feedback_due = crate::handling::follow::feedback_due(state, a, replied);
    replied
        .letters
        .iter()
        .map(|(deputy, delivered)| {
            let role = roles
                .iter()
                .find(|(d, _)| d == deputy)
                .map_or(ProposerRole::CoSigner, |(_, r)| *r);
            // A merged item's lead is answered on the item they raised.
            let title = merged
                .iter()
                .find(|m| role == ProposerRole::MergedLead && m.draft.lead_deputy == *deputy)
                .map_or(&s.draft.title, |m| &m.draft.title);
            Letter {
                deputy: *deputy,
                role,
                title: title.clone(),
                doc_number: r.doc_number.clone(),
                item_number: state.number_label(s),
                class: format!("{}类", r.class.code),
                salutation: format!(
                    "{}代表：",
                    state.directory.entry_name(&EntryRef::Deputy(*deputy))
                ),
                opening: opening(title),
                body: r.text.clone(),
                unit: state.directory.entry_name(&EntryRef::Unit(unit)),
                date: zh(replied.on),
                signer: r.signer.clone(),
                contact: format!("联系人：{}　联系电话：{}", r.contact, r.phone),
                feedback_due: zh(feedback_due.due),
                delivered: *delivered,
            }
        })
        .collect()
}

/// 您提出的关于……的建议收悉。现答复如下： from an item's title, which
/// usually already reads 关于……的建议.
pub fn opening(title: &str) -> String {
    let t = title.trim();
    let t = t.strip_prefix("关于").unwrap_or(t);
    // A title that is itself an ask (建议加快……) reads as its matter.
    let t = t.strip_prefix("建议").unwrap_or(t);
    let about = match ["的建议", "的议案"]
        .iter()
        .find_map(|end| t.strip_suffix(end))
    {
        Some(matter) => format!("{matter}的建议"),
        // 关于……的几点建议, ……的意见建议: kept as written.
        None if t.ends_with("建议") || t.ends_with("意见") => t.to_string(),
        None => format!("{t}的建议"),
    };
    format!("您提出的关于{about}收悉。现答复如下：")
}

/// One line of an item's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub on: NaiveDate,
    /// The unit that acted (None: the office).
    pub unit: Option<String>,
    pub what: &'static str,
    pub text: String,
}

/// The item's handling as its deputy follows it, newest first: the
/// assignment, receipts, communications, plans, progress, approved
/// extensions with their reason, the replies and their letters.
pub fn timeline(state: &State, item: SuggestionId) -> Vec<TimelineEntry> {
    let Some(a) = state.handling.assignments.get(&item) else {
        return Vec::new();
    };
    let name = |u: UnitId| state.directory.entry_name(&EntryRef::Unit(u));
    let deputy = |d: DeputyId| state.directory.entry_name(&EntryRef::Deputy(d));
    let mut out: Vec<TimelineEntry> = vec![TimelineEntry {
        on: a.assigned_on,
        unit: None,
        what: "交办",
        text: assigned_to(a, &name),
    }];
    for t in &a.tasks {
        let unit = Some(name(t.unit));
        let mut push = |on, what, text: String| {
            out.push(TimelineEntry {
                on,
                unit: unit.clone(),
                what,
                text,
            })
        };
        if let Some(on) = t.received_on {
            push(on, "签收", format!("{}签收", name(t.unit)));
        }
        for (on, step) in &t.steps {
            match step {
                Step::Communicated(c) => {
                    let with: Vec<String> = c.deputies.iter().map(|d| deputy(*d)).collect();
                    let mut text = format!(
                        "以{}方式与{}代表沟通。沟通重点：{}",
                        c.method.label(),
                        with.join("、"),
                        c.focus
                    );
                    if !c.direction.is_empty() {
                        text.push_str(&format!("；办理方向：{}", c.direction));
                    }
                    text.push_str(&format!("；商定方案：{}", c.agreed));
                    if !c.participants.is_empty() {
                        text.push_str(&format!("（参加人员：{}）", c.participants));
                    }
                    push(*on, "办前沟通", text);
                }
                Step::Planned(steps) => {
                    let lines: Vec<String> = steps
                        .iter()
                        .enumerate()
                        .map(|(i, s)| format!("{}. {}（{}前）", i + 1, s.what, zh(s.by)))
                        .collect();
                    push(*on, "办理计划", lines.join("；"));
                }
                Step::Progress(text) => push(*on, "办理进展", text.clone()),
                Step::Met(m) => push(
                    *on,
                    "二次办理座谈",
                    format!("参加人员：{}；座谈结论：{}", m.participants, m.conclusions),
                ),
            }
        }
        for e in &t.extensions {
            if let Some(ExtensionDecision::Approved { on, until, .. }) = &e.decision {
                push(
                    *on,
                    "延期",
                    format!("经同意，答复期限延至{}。延期理由：{}", zh(*until), e.reason),
                );
            }
        }
        // Every round's reply with its letters and feedback, and why it
        // went back.
        let rounds = t.rounds.iter().map(|r| (&r.replied, Some(r)));
        for (n, (r, closed)) in rounds
            .chain(t.replied.iter().map(|r| (r, None)))
            .enumerate()
        {
            let round = if n == 0 {
                String::new()
            } else {
                format!("第{}轮", n + 1)
            };
            replied_entries(r, &round, &name(t.unit), &deputy, &mut push);
            if let Some(closed) = closed {
                let why = match &closed.why {
                    Reopened::Dissatisfied { deputy: d } => {
                        format!("{}代表对办理结果不满意", deputy(*d))
                    }
                    Reopened::Decided { reason } => format!("代表工委决定：{reason}"),
                };
                push(
                    closed.reopened_on,
                    "交回重办",
                    format!(
                        "{why}，交回{}重新办理，须于{}前重新答复",
                        name(t.unit),
                        closed_due(t, n)
                    ),
                );
            }
        }
        if let Some(TaskEnd::Returned { on, to, .. }) = &t.ended {
            push(
                *on,
                "重新交办",
                format!("{}退办，改由{}办理", name(t.unit), name(*to)),
            );
        }
    }
    if let Some(on) = a.closed {
        out.push(TimelineEntry {
            on,
            unit: None,
            what: "办结",
            text: "代表工委确认办结".into(),
        });
    }
    // Newest first; within a day, the later act first.
    let mut numbered: Vec<(usize, TimelineEntry)> = out.into_iter().enumerate().collect();
    numbered.sort_by(|(i, a), (j, b)| b.on.cmp(&a.on).then(j.cmp(i)));
    numbered.into_iter().map(|(_, e)| e).collect()
}

fn assigned_to(a: &Assignment, name: &dyn Fn(UnitId) -> String) -> String {
    let first: Vec<&Task> = a
        .tasks
        .iter()
        .filter(|t| t.since == a.assigned_on)
        .collect();
    let of = |role: UnitRole| {
        first
            .iter()
            .filter(|t| t.role == role)
            .map(|t| name(t.unit))
            .collect::<Vec<_>>()
            .join("、")
    };
    if a.separate {
        format!("分办：{}", of(UnitRole::Separate))
    } else {
        let co = of(UnitRole::Co);
        if co.is_empty() {
            format!("主办：{}", of(UnitRole::Lead))
        } else {
            format!("主办：{}；协办：{}", of(UnitRole::Lead), co)
        }
    }
}

/// A co-unit's clock for its written opinion to the lead unit, from the
/// day it was given the item, on the item's terms.
pub fn co_opinion_due(state: &State, a: &Assignment, task: &Task) -> Deadline {
    deadline(
        &state.office.settings_on(task.since).calendar.holidays,
        task.since,
        a.terms.co_opinion,
        a.terms.counting,
    )
}

/// The deadline of the round after round `n` (0-based) of `t`.
fn closed_due(t: &Task, n: usize) -> String {
    let clock = match t.rounds.get(n + 1) {
        Some(next) => next.clock.as_ref(),
        None => t.clock.as_ref(),
    };
    clock.map_or_else(String::new, |c| zh(c.deadline.due))
}

/// A reply's lines in the timeline: the reply, its letters delivered and
/// its feedback.
fn replied_entries(
    r: &Replied,
    round: &str,
    unit: &str,
    deputy: &dyn Fn(DeputyId) -> String,
    push: &mut dyn FnMut(NaiveDate, &'static str, String),
) {
    push(
        r.on,
        "答复",
        format!(
            "{unit}{round}答复（{}），{}",
            r.reply.class.label(),
            r.reply.doc_number
        ),
    );
    for (d, delivered) in &r.letters {
        if let Some((on, how)) = delivered {
            push(
                *on,
                "答复函送达",
                format!("致{}代表的答复函{}", deputy(*d), how.label()),
            );
        }
    }
    for answer in &r.feedback {
        let f = &answer.feedback;
        let mut text = format!("{}代表反馈：{}", deputy(answer.deputy), f.ratings());
        if !f.comment.is_empty() {
            text.push_str(&format!("。意见：{}", f.comment));
        }
        push(answer.on, "代表反馈", text);
    }
    for (on, c) in &r.carried {
        push(
            *on,
            "结转",
            format!(
                "经{}同意，承诺事项结转{}年继续办理：{}",
                c.approval,
                c.year,
                c.plan_line()
            ),
        );
    }
    if let Some((on, evidence)) = &r.realised {
        push(*on, "已办成", format!("承诺事项已办成：{evidence}"));
    }
}
