//! `decide` for handling with the deputy (三办): communication before
//! handling, the plan and progress, a co-unit's opinion and countersign,
//! extensions, the reply with its letters and its disclosure. Every act
//! is the unit's (at its desk, or keyed in from paper by the registering
//! office), except the decision on an extension, the office's. No reply
//! is filed before the unit communicated with every lead deputy; a second
//! reply only after a second handling (`follow`) and the meeting on it.

use chrono::NaiveDate;

use crate::calendar::{Deadline, deadline};
use crate::command::{Ctx, Rejection};
use crate::dates::zh;
use crate::directory::EntryRef;
use crate::handling::command::{HandlingCommand, ReplyFields};
use crate::handling::decide::{
    assigning_office, held, not_before, unit_act, unit_name, unit_office,
};
use crate::handling::event::HandlingEvent;
use crate::handling::records::{
    Assignment, Communication, Disclosure, PlanStep, Promise, Reply, Task, UnitRole,
};
use crate::handling::rejection::HandlingRejection;
use crate::ids::{DeputyId, SuggestionId, UnitId};
use crate::input;
use crate::raising::decide::suggestion;
use crate::review::ProposerRole;
use crate::settings::ReplyOutcome;
use crate::state::State;

/// Decides a command of handling with the deputy.
pub(crate) fn decide(
    state: &State,
    command: HandlingCommand,
    ctx: &Ctx,
) -> Result<Vec<HandlingEvent>, Rejection> {
    let on = ctx.business_date;
    let event = match command {
        HandlingCommand::Communicate {
            item,
            unit,
            communication,
        } => {
            let (_, _) = unit_task(state, ctx, item, unit, "沟通")?;
            let c = communication;
            if c.deputies.is_empty() {
                return Err(HandlingRejection::NoDeputy.into());
            }
            let proposers = proposers(state, item)?;
            for (i, d) in c.deputies.iter().enumerate() {
                if !proposers.iter().any(|(p, _)| p == d) {
                    return Err(HandlingRejection::NotAProposer {
                        deputy: deputy_name(state, *d),
                    }
                    .into());
                }
                if c.deputies[..i].contains(d) {
                    return Err(HandlingRejection::DeputyTwice {
                        deputy: deputy_name(state, *d),
                    }
                    .into());
                }
            }
            HandlingEvent::Communicated {
                item,
                unit,
                communication: Communication {
                    method: c.method,
                    deputies: c.deputies,
                    participants: input::text("其他参加人员", &c.participants)?,
                    focus: input::required_text("沟通重点", &c.focus)?,
                    direction: input::text("办理方向", &c.direction)?,
                    agreed: input::required_text("商定的办理方案", &c.agreed)?,
                },
            }
        }
        HandlingCommand::SetPlan { item, unit, steps } => {
            unit_task(state, ctx, item, unit, "制定办理计划")?;
            if steps.is_empty() {
                return Err(HandlingRejection::NoPlanSteps.into());
            }
            let mut checked = Vec::with_capacity(steps.len());
            for (i, s) in steps.into_iter().enumerate() {
                let what = input::required_text(step_field(i), &s.what)?;
                if s.by < on {
                    return Err(HandlingRejection::StepInThePast {
                        n: i + 1,
                        by: zh(s.by),
                        on: zh(on),
                    }
                    .into());
                }
                checked.push(PlanStep { what, by: s.by });
            }
            HandlingEvent::PlanSet {
                item,
                unit,
                steps: checked,
            }
        }
        HandlingCommand::ReportProgress { item, unit, text } => {
            unit_task(state, ctx, item, unit, "报告办理进展")?;
            HandlingEvent::ProgressReported {
                item,
                unit,
                text: input::required_text("办理进展", &text)?,
            }
        }
        HandlingCommand::SendOpinion { item, unit, text } => {
            let (_, task) = unit_task(state, ctx, item, unit, "送交协办意见")?;
            if task.role != UnitRole::Co {
                return Err(HandlingRejection::NotACoUnit {
                    unit: unit_name(state, unit),
                }
                .into());
            }
            if let Some(o) = &task.opinion {
                return Err(HandlingRejection::OpinionSent { on: zh(o.on) }.into());
            }
            HandlingEvent::OpinionSent {
                item,
                unit,
                text: input::required_text("协办意见", &text)?,
            }
        }
        HandlingCommand::AskCountersign {
            item,
            unit,
            co,
            draft,
        } => {
            let (a, task) = unit_task(state, ctx, item, unit, "请求会签")?;
            if task.role != UnitRole::Lead {
                return Err(HandlingRejection::NotTheLeadUnit {
                    unit: unit_name(state, unit),
                }
                .into());
            }
            not_replied(state, task)?;
            let co_task = a
                .task(co)
                .filter(|t| t.role == UnitRole::Co)
                .ok_or_else(|| HandlingRejection::NotACoUnit {
                    unit: unit_name(state, co),
                })?;
            if let Some(c) = co_task.countersign.as_ref().filter(|c| c.signed.is_none()) {
                return Err(HandlingRejection::CountersignPending {
                    unit: unit_name(state, co),
                    on: zh(c.asked_on),
                }
                .into());
            }
            HandlingEvent::CountersignAsked {
                item,
                unit,
                co,
                draft: input::required_text("答复稿", &draft)?,
            }
        }
        HandlingCommand::Countersign {
            item,
            unit,
            comment,
        } => {
            let (_, task) = unit_task(state, ctx, item, unit, "会签")?;
            let Some(asked) = task.countersign.as_ref().filter(|c| c.signed.is_none()) else {
                return Err(HandlingRejection::NoCountersignAsked {
                    unit: unit_name(state, unit),
                }
                .into());
            };
            if on < asked.asked_on {
                return Err(HandlingRejection::BeforeRequest {
                    act: "会签",
                    request: "请求会签",
                    asked: zh(asked.asked_on),
                }
                .into());
            }
            HandlingEvent::Countersigned {
                item,
                unit,
                comment: input::text("会签意见", &comment)?,
            }
        }
        HandlingCommand::AskExtension {
            item,
            unit,
            until,
            reason,
        } => {
            let (a, task) = unit_task(state, ctx, item, unit, "申请延期")?;
            replying(state, task)?;
            not_replied(state, task)?;
            if let Some(e) = task.extension_pending() {
                return Err(HandlingRejection::ExtensionPending { on: zh(e.asked_on) }.into());
            }
            if until <= on {
                return Err(HandlingRejection::ExtensionInThePast {
                    until: zh(until),
                    on: zh(on),
                }
                .into());
            }
            within_maximum(state, a, task, until)?;
            HandlingEvent::ExtensionAsked {
                item,
                unit,
                until,
                reason: input::required_text("延期理由", &reason)?,
            }
        }
        HandlingCommand::ApproveExtension {
            item,
            unit,
            until,
            comment,
        } => {
            assigning_office(state, ctx)?;
            let (a, task) = held(state, item, unit)?;
            not_replied(state, task)?;
            pending_extension(state, task, "同意延期", on)?;
            within_maximum(state, a, task, until)?;
            HandlingEvent::ExtensionApproved {
                item,
                unit,
                until,
                comment: input::text("意见", &comment)?,
            }
        }
        HandlingCommand::RefuseExtension { item, unit, reason } => {
            assigning_office(state, ctx)?;
            let (_, task) = held(state, item, unit)?;
            not_replied(state, task)?;
            pending_extension(state, task, "不同意延期", on)?;
            HandlingEvent::ExtensionRefused {
                item,
                unit,
                reason: input::required_text("不同意延期的理由", &reason)?,
            }
        }
        HandlingCommand::Reply { item, unit, fields } => {
            let (a, task) = unit_task(state, ctx, item, unit, "答复")?;
            replying(state, task)?;
            not_replied(state, task)?;
            if let Some(closed) = a.closed {
                return Err(HandlingRejection::ItemClosed { on: zh(closed) }.into());
            }
            // Sent back: a new reply only after the meeting on it.
            if let Some((since, _)) = task.reopened()
                && !crate::handling::follow::met_since(task, since, on)
            {
                return Err(HandlingRejection::NoMeetingYet { on: zh(since) }.into());
            }
            if let Some(r) = &task.return_asked {
                return Err(HandlingRejection::ReturnPending { on: zh(r.asked_on) }.into());
            }
            let proposers = proposers(state, item)?;
            // Only a communication dated on or before the reply counts.
            let talked: Vec<DeputyId> = task.communicated_with(on).collect();
            let missing: Vec<String> = proposers
                .iter()
                .filter(|(d, role)| role.leads() && !talked.contains(d))
                .map(|(d, _)| deputy_name(state, *d))
                .collect();
            if !missing.is_empty() {
                return Err(HandlingRejection::NotCommunicated {
                    missing: missing.join("、"),
                }
                .into());
            }
            let reply = reply(a, fields, on)?;
            let disclosure_due = reply.disclosure.public().then(|| {
                deadline(
                    &state.office.settings_on(on).calendar.holidays,
                    on,
                    a.terms.disclosure,
                    a.terms.counting,
                )
            });
            HandlingEvent::Replied {
                item,
                unit,
                reply,
                letters: proposers.into_iter().map(|(d, _)| d).collect(),
                disclosure_due,
            }
        }
        HandlingCommand::DeliverLetter {
            item,
            unit,
            deputy,
            how,
        } => {
            let (_, task) = unit_task(state, ctx, item, unit, "登记答复函送达")?;
            let replied = task
                .replied
                .as_ref()
                .ok_or_else(|| HandlingRejection::NotReplied {
                    unit: unit_name(state, unit),
                })?;
            let Some((_, delivered)) = replied.letters.iter().find(|(d, _)| *d == deputy) else {
                return Err(HandlingRejection::NoLetterTo {
                    deputy: deputy_name(state, deputy),
                }
                .into());
            };
            if let Some((day, how)) = delivered {
                return Err(HandlingRejection::LetterDelivered {
                    deputy: deputy_name(state, deputy),
                    on: zh(*day),
                    how: how.label(),
                }
                .into());
            }
            if on < replied.on {
                return Err(HandlingRejection::BeforeReply {
                    act: "送达",
                    replied: zh(replied.on),
                }
                .into());
            }
            HandlingEvent::LetterDelivered {
                item,
                unit,
                deputy,
                how,
            }
        }
        HandlingCommand::Disclose { item, unit, place } => {
            let (_, task) = unit_task(state, ctx, item, unit, "登记答复公开")?;
            let replied = task
                .replied
                .as_ref()
                .ok_or_else(|| HandlingRejection::NotReplied {
                    unit: unit_name(state, unit),
                })?;
            if let Disclosure::NotPublic { reason } = &replied.reply.disclosure {
                return Err(HandlingRejection::NotPublic {
                    reason: reason.clone(),
                }
                .into());
            }
            if let Some((day, _)) = &replied.disclosed {
                return Err(HandlingRejection::Disclosed { on: zh(*day) }.into());
            }
            if on < replied.on {
                return Err(HandlingRejection::BeforeReply {
                    act: "公开",
                    replied: zh(replied.on),
                }
                .into());
            }
            HandlingEvent::ReplyDisclosed {
                item,
                unit,
                place: input::required_text("公开的位置（网站栏目、公告栏等）", &place)?,
            }
        }
        other => return crate::handling::follow::decide(state, other, ctx),
    };
    Ok(vec![event])
}

/// The unit's current task on the item, for an act of the unit asked at
/// a desk and in a copy that may make it, not dated before the unit was
/// given the item.
pub(crate) fn unit_task<'a>(
    state: &'a State,
    ctx: &Ctx,
    item: SuggestionId,
    unit: UnitId,
    act: &'static str,
) -> Result<(&'a Assignment, &'a Task), Rejection> {
    unit_act(ctx)?;
    unit_office(state, unit)?;
    let (a, task) = held(state, item, unit)?;
    not_before(task, act, ctx.business_date)?;
    Ok((a, task))
}

/// The extension a decision answers: asked and undecided, and not after
/// the decision's date (the twin of `decide::asked` for a return).
fn pending_extension(
    state: &State,
    task: &Task,
    act: &'static str,
    on: NaiveDate,
) -> Result<(), Rejection> {
    let Some(asked) = task.extension_pending() else {
        return Err(HandlingRejection::NoExtensionAsked {
            unit: unit_name(state, task.unit),
        }
        .into());
    };
    if on < asked.asked_on {
        return Err(HandlingRejection::BeforeRequest {
            act,
            request: "申请延期",
            asked: zh(asked.asked_on),
        }
        .into());
    }
    Ok(())
}

/// How many characters in a row of a passage marked not public a
/// published summary may not repeat: enough to catch a phone number or a
/// name with its circumstances cut out of the passage, not a common word.
const PRIVATE_RUN: usize = 6;

/// Whether `summary` repeats `run` characters in a row of `passage` (the
/// whole passage, if shorter) that the public part of the text (`public`)
/// does not say anyway — a date or a unit's name it shares is no leak.
fn leaks(summary: &str, passage: &str, public: &str, run: usize) -> bool {
    let chars: Vec<char> = passage.chars().collect();
    let run = run.min(chars.len());
    run > 0
        && chars.windows(run).any(|w| {
            let w: String = w.iter().collect();
            summary.contains(&w) && !public.contains(&w)
        })
}

/// Refuses an act of a unit that does not reply (a co-unit).
fn replying(state: &State, task: &Task) -> Result<(), Rejection> {
    if task.role.replies() {
        Ok(())
    } else {
        Err(HandlingRejection::NotAReplyingUnit {
            unit: unit_name(state, task.unit),
        }
        .into())
    }
}

/// Refuses a second reply, or an act that only comes before the reply.
fn not_replied(state: &State, task: &Task) -> Result<(), Rejection> {
    match &task.replied {
        None => Ok(()),
        Some(r) => Err(HandlingRejection::AlreadyReplied {
            unit: unit_name(state, task.unit),
            on: zh(r.on),
        }
        .into()),
    }
}

/// Refuses an extended deadline not later than the one in force, or past
/// the maximum counted from the reply clock's start.
fn within_maximum(
    state: &State,
    a: &Assignment,
    task: &Task,
    until: NaiveDate,
) -> Result<(), Rejection> {
    let (Some(max), Some(due)) = (maximum(state, a, task), task.due()) else {
        return Err(HandlingRejection::NoClockYet.into());
    };
    if until <= due {
        return Err(HandlingRejection::ExtensionNotLater {
            until: zh(until),
            due: zh(due),
        }
        .into());
    }
    if until > max.due {
        return Err(HandlingRejection::ExtensionBeyondMaximum {
            until: zh(until),
            max: zh(max.due),
            explain: max.explain(task.clock.as_ref().map_or("交办", |c| c.from.act())),
        }
        .into());
    }
    Ok(())
}

/// The latest an extension may reach: the extended period from the reply
/// clock's start (None until the clock runs).
pub fn maximum(state: &State, a: &Assignment, task: &Task) -> Option<Deadline> {
    // Counted from the first round's clock: a second handling's shorter
    // deadline is no way past the item's maximum.
    let start = task
        .rounds
        .first()
        .and_then(|r| r.clock.as_ref())
        .or(task.clock.as_ref())?
        .deadline
        .start;
    Some(deadline(
        &state.office.settings_on(start).calendar.holidays,
        start,
        a.terms.reply_extended,
        a.terms.counting,
    ))
}

/// The item's proposers with their roles, the leads first.
pub(crate) fn proposers(
    state: &State,
    item: SuggestionId,
) -> Result<Vec<(DeputyId, ProposerRole)>, Rejection> {
    let s = suggestion(state, item)?;
    let mut all = state.proposers_marked(s);
    all.sort_by_key(|(_, role)| !role.leads());
    Ok(all)
}

pub(crate) fn deputy_name(state: &State, d: DeputyId) -> String {
    state.directory.entry_name(&EntryRef::Deputy(d))
}

fn step_field(i: usize) -> &'static str {
    const NAMES: [&str; 10] = [
        "第1步", "第2步", "第3步", "第4步", "第5步", "第6步", "第7步", "第8步", "第9步", "第10步",
    ];
    NAMES.get(i).copied().unwrap_or("计划步骤")
}

/// The reply as filed: its class from the item's terms, every field
/// checked.
fn reply(a: &Assignment, f: ReplyFields, on: NaiveDate) -> Result<Reply, Rejection> {
    let code = f.class.trim();
    if code.is_empty() {
        return Err(HandlingRejection::NoClass.into());
    }
    let class =
        a.terms
            .class(code)
            .cloned()
            .ok_or_else(|| HandlingRejection::UnknownReplyClass {
                code: code.to_string(),
                known: a
                    .terms
                    .classes
                    .iter()
                    .map(|c| format!("{}类", c.code))
                    .collect::<Vec<_>>()
                    .join("、"),
            })?;
    let text = input::required_text("答复正文", &f.text)?;
    // A commitment class carries what it promises, and by when.
    let promise = match (class.outcome == ReplyOutcome::Commitment, f.promise) {
        (true, Some(p)) => {
            if p.by < on {
                return Err(HandlingRejection::PromiseInThePast {
                    by: zh(p.by),
                    on: zh(on),
                }
                .into());
            }
            Some(Promise {
                what: input::required_text("承诺事项", &p.what)?,
                by: p.by,
            })
        }
        (needed, Some(_)) | (needed @ true, None) => {
            return Err(HandlingRejection::Promise {
                class: class.label(),
                needed,
            }
            .into());
        }
        (false, None) => None,
    };
    let disclosure = match f.disclosure {
        Disclosure::Full => Disclosure::Full,
        Disclosure::Summary { summary } => Disclosure::Summary {
            summary: input::required_text("公开摘要", &summary)?,
        },
        Disclosure::NotPublic { reason } => Disclosure::NotPublic {
            reason: input::required_text("不公开的理由", &reason)?,
        },
    };
    let mut private_passages = Vec::new();
    for p in f.private_passages {
        let p = p.trim().to_string();
        if p.is_empty() {
            continue;
        }
        if !text.contains(&p) {
            return Err(HandlingRejection::PassageNotInText { passage: p }.into());
        }
        private_passages.push(p);
    }
    if let Disclosure::Summary { summary } = &disclosure
        && let Some(p) = {
            // What the text says outside its private passages may be said.
            let public = private_passages
                .iter()
                .fold(text.clone(), |t, p| t.replace(p.as_str(), "\n"));
            private_passages
                .iter()
                .find(|p| leaks(summary, p, &public, PRIVATE_RUN))
        }
    {
        return Err(HandlingRejection::PrivateInSummary { passage: p.clone() }.into());
    }
    Ok(Reply {
        class,
        text,
        signer: input::name("签发人", &f.signer)?,
        doc_number: input::name("发文字号", &f.doc_number)?,
        contact: input::name("联系人", &f.contact)?,
        phone: input::name("联系电话", &f.phone)?,
        disclosure,
        private_passages,
        promise,
    })
}
