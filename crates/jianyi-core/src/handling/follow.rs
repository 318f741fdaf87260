//! After the reply (domain.md §3 stages 7–8): the deputies' feedback
//! (征询意见) within the receipt window, the second handling (二次办理) a
//! lead deputy's 不满意 on the result or the office's decision starts,
//! the meeting on it, a commitment's promise marked done (已办成) or
//! carried into the next year with the plan the directors' meeting
//! approved, and closing (办结). Its views keep replied, satisfied and
//! realised three separate facts of an item (`facts`), list the
//! commitments to follow up (`follow_ups`), and trace a citizen's opinion
//! to what came of it (`opinion_results`).

use chrono::{Datelike, NaiveDate};

use crate::actor::{Desk, How};
use crate::calendar::{Deadline, deadline};
use crate::command::{Ctx, Rejection};
use crate::dates::zh;
use crate::handling::command::HandlingCommand;
use crate::handling::decide::{assigning_office, held, reply_clock, unit_name};
use crate::handling::event::HandlingEvent;
use crate::handling::handle::{deputy_name, proposers, unit_task};
use crate::handling::records::{
    Assignment, Carry, Feedback, Meeting, PlanStep, Promise, Rating, Replied, ReplyClock, Step,
    Task,
};
use crate::handling::rejection::HandlingRejection;
use crate::ids::{DeputyId, OpinionId, SuggestionId, UnitId};
use crate::input;
use crate::office::{OfficeRejection, OfficeRole};
use crate::review::{ProposerRole, Stage};
use crate::settings::{ClockStart, NoFeedback, ReplyOutcome};
use crate::state::State;

/// Decides a command of the life after the reply.
pub(crate) fn decide(
    state: &State,
    command: HandlingCommand,
    ctx: &Ctx,
) -> Result<Vec<HandlingEvent>, Rejection> {
    let on = ctx.business_date;
    let event = match command {
        HandlingCommand::GiveFeedback {
            item,
            unit,
            deputy,
            feedback,
        } => {
            deputys_act(state, ctx)?;
            // Under the deputy's own name.
            let name = deputy_name(state, deputy);
            if ctx.actor.acting_for.as_deref().map(str::trim) != Some(name.as_str()) {
                return Err(HandlingRejection::FeedbackForAnother { deputy: name }.into());
            }
            let (a, task) = held(state, item, unit)?;
            // This round's reply, or (sent back before every proposer
            // answered) the last round's.
            let (round, replied) = match (&task.replied, task.rounds.last()) {
                (Some(r), _) => (task.round(), r),
                (None, Some(last)) => (task.rounds.len(), &last.replied),
                (None, None) => {
                    return Err(HandlingRejection::NotReplied {
                        unit: unit_name(state, unit),
                    }
                    .into());
                }
            };
            if !replied.letters.iter().any(|(d, _)| *d == deputy) {
                return Err(HandlingRejection::NoLetterFor {
                    deputy: deputy_name(state, deputy),
                }
                .into());
            }
            if let Some(answer) = replied.answer(deputy) {
                return Err(HandlingRejection::AlreadyAnswered {
                    deputy: deputy_name(state, deputy),
                    on: zh(answer.on),
                }
                .into());
            }
            not_before_reply("反馈", replied, on)?;
            let due = feedback_due(state, a, replied);
            if on > due.due && a.terms.feedback_closes {
                return Err(HandlingRejection::FeedbackWindowClosed {
                    explain: due.explain("答复"),
                }
                .into());
            }
            let comment = input::text("意见和建议", &feedback.comment)?;
            let ratings = [feedback.communication, feedback.attitude, feedback.result];
            if ratings.contains(&Rating::Dissatisfied) && comment.is_empty() {
                return Err(HandlingRejection::DissatisfiedWithoutComment.into());
            }
            // A lead's 不满意 on the result of this round's reply sends the
            // item back (any lead, for merged items).
            let second = (lead_deputies(state, item).contains(&deputy)
                && feedback.result == Rating::Dissatisfied
                && round == task.round()
                && a.closed.is_none())
            .then(|| second_clock(state, a, on));
            HandlingEvent::FeedbackGiven {
                item,
                unit,
                deputy,
                round: round as u32,
                feedback: Feedback {
                    comment,
                    ..feedback
                },
                second,
            }
        }
        HandlingCommand::SendBack { item, unit, reason } => {
            assigning_office(state, ctx)?;
            let (a, task) = held(state, item, unit)?;
            open(a)?;
            let replied = task
                .replied
                .as_ref()
                .ok_or_else(|| HandlingRejection::NotReplied {
                    unit: unit_name(state, unit),
                })?;
            not_before_reply("交回重办", replied, on)?;
            HandlingEvent::SentBack {
                item,
                unit,
                round: task.round() as u32,
                reason: input::required_text("交回重办的理由", &reason)?,
                clock: second_clock(state, a, on),
            }
        }
        HandlingCommand::RecordMeeting {
            item,
            unit,
            meeting,
        } => {
            let (a, task) = unit_task(state, ctx, item, unit, "二次办理座谈")?;
            open(a)?;
            let Some((since, _)) = task.reopened().filter(|_| task.replied.is_none()) else {
                return Err(HandlingRejection::NotSentBack.into());
            };
            if on < since {
                return Err(HandlingRejection::BeforeRequest {
                    act: "座谈",
                    request: "交回重办",
                    asked: zh(since),
                }
                .into());
            }
            HandlingEvent::MeetingHeld {
                item,
                unit,
                meeting: Meeting {
                    participants: input::required_text("参加人员", &meeting.participants)?,
                    conclusions: input::required_text("座谈结论", &meeting.conclusions)?,
                },
            }
        }
        HandlingCommand::MarkRealised {
            item,
            unit,
            evidence,
        } => {
            let (_, task) = unit_task(state, ctx, item, unit, "登记办成")?;
            let replied = task
                .commitment()
                .ok_or_else(|| HandlingRejection::NotACommitment {
                    unit: unit_name(state, unit),
                })?;
            if let Some((day, _)) = &replied.realised {
                return Err(HandlingRejection::AlreadyRealised { on: zh(*day) }.into());
            }
            not_before_reply("办成", replied, on)?;
            HandlingEvent::Realised {
                item,
                unit,
                evidence: input::required_text("办成的依据", &evidence)?,
            }
        }
        HandlingCommand::CarryOver {
            item,
            unit,
            year,
            steps,
            approval,
        } => {
            assigning_office(state, ctx)?;
            let (_, task) = held(state, item, unit)?;
            let replied =
                task.open_commitment()
                    .ok_or_else(|| HandlingRejection::NotACommitment {
                        unit: unit_name(state, unit),
                    })?;
            not_before_reply("结转", replied, on)?;
            let after = replied
                .carried
                .last()
                .map_or(replied.on.year(), |(_, c)| c.year);
            // Into the next year at year end, or this year when keyed in
            // after New Year; never a year already followed.
            if year <= after || year < on.year() || year > on.year() + 1 {
                return Err(HandlingRejection::CarryYear {
                    year,
                    after: after.max(on.year() - 1),
                }
                .into());
            }
            if steps.is_empty() {
                return Err(HandlingRejection::NoPlanSteps.into());
            }
            let mut checked = Vec::with_capacity(steps.len());
            for (i, s) in steps.into_iter().enumerate() {
                if s.by < on {
                    return Err(HandlingRejection::StepInThePast {
                        n: i + 1,
                        by: zh(s.by),
                        on: zh(on),
                    }
                    .into());
                }
                checked.push(PlanStep {
                    what: input::required_text("计划步骤", &s.what)?,
                    by: s.by,
                });
            }
            HandlingEvent::CommitmentCarried {
                item,
                unit,
                carry: Carry {
                    year,
                    steps: checked,
                    approval: input::required_text("主任会议", &approval)?,
                },
            }
        }
        HandlingCommand::Close { item } => {
            assigning_office(state, ctx)?;
            crate::raising::decide::suggestion(state, item)?;
            let a = state
                .handling
                .assignments
                .get(&item)
                .ok_or(HandlingRejection::NotAssigned)?;
            open(a)?;
            // Not dated before the last reply or answer it closes on.
            if let Some(last) = a
                .current()
                .filter_map(|t| t.replied.as_ref())
                .flat_map(|r| std::iter::once(r.on).chain(r.feedback.iter().map(|x| x.on)))
                .max()
                && on < last
            {
                return Err(HandlingRejection::BeforeReply {
                    act: "办结",
                    replied: zh(last),
                }
                .into());
            }
            let missing = not_yet_closable(state, a, on);
            if !missing.is_empty() {
                return Err(HandlingRejection::NotReadyToClose {
                    missing: missing.join("；"),
                }
                .into());
            }
            HandlingEvent::Closed { item }
        }
        // Formatting the command would link every command's Debug into the pages.
        _ => unreachable!("the other handling commands are decided in handling::decide"),
    };
    Ok(vec![event])
}

/// Refuses feedback anywhere but where deputies are served (a station, a
/// delegation, the registering office), at a unit's desk, or made by the
/// operator rather than the deputy in person or on the paper form.
fn deputys_act(state: &State, ctx: &Ctx) -> Result<(), Rejection> {
    let Some(profile) = &state.office.profile else {
        return Err(OfficeRejection::NoOffice.into());
    };
    if profile.role == OfficeRole::HandlingUnit || ctx.actor.desk == Desk::Unit {
        return Err(HandlingRejection::FeedbackByUnit.into());
    }
    if profile.role == OfficeRole::LeaderOffice {
        return Err(HandlingRejection::FeedbackNotHere {
            role: profile.role.label(),
        }
        .into());
    }
    match ctx.actor.how {
        How::InPerson | How::PaperKeyedIn => Ok(()),
        How::Operator | How::Packet | How::Ledger => {
            Err(HandlingRejection::FeedbackNotPersonal.into())
        }
    }
}

/// Refuses an act on a reply dated before it.
fn not_before_reply(act: &'static str, replied: &Replied, on: NaiveDate) -> Result<(), Rejection> {
    if on < replied.on {
        return Err(HandlingRejection::BeforeReply {
            act,
            replied: zh(replied.on),
        }
        .into());
    }
    Ok(())
}

/// Refuses an act on a closed item.
fn open(a: &Assignment) -> Result<(), Rejection> {
    match a.closed {
        Some(on) => Err(HandlingRejection::ItemClosed { on: zh(on) }.into()),
        None => Ok(()),
    }
}

/// A second handling's deadline, from `on`, on the item's terms.
/// The `SentBack` of a unit's current reply on `on` with `reason`, for an
/// evaluation that fails (the committee's meeting): None when the item is
/// closed, the task not current, not replied, or replied after `on`.
pub fn sent_back_event(
    state: &State,
    item: SuggestionId,
    unit: UnitId,
    reason: String,
    on: NaiveDate,
) -> Option<HandlingEvent> {
    let a = state.handling.assignments.get(&item)?;
    let task = a.task(unit)?;
    let replied = task.replied.as_ref()?;
    if a.closed.is_some() || replied.on > on {
        return None;
    }
    Some(HandlingEvent::SentBack {
        item,
        unit,
        round: task.round() as u32,
        reason,
        clock: second_clock(state, a, on),
    })
}

fn second_clock(state: &State, a: &Assignment, on: NaiveDate) -> ReplyClock {
    let terms = crate::handling::records::Terms {
        reply: a.terms.second_handling,
        ..a.terms.clone()
    };
    reply_clock(state, &terms, ClockStart::SentBack, on, on)
}

/// The last day for the deputies' feedback on a reply, on the item's
/// terms.
pub fn feedback_due(state: &State, a: &Assignment, replied: &Replied) -> Deadline {
    deadline(
        &state.office.settings_on(replied.on).calendar.holidays,
        replied.on,
        a.terms.feedback,
        a.terms.counting,
    )
}

/// The item's lead deputies (the merged items' leads too).
pub fn lead_deputies(state: &State, item: SuggestionId) -> Vec<DeputyId> {
    state
        .raising
        .suggestions
        .get(&item)
        .map(|s| {
            state
                .proposers_marked(s)
                .into_iter()
                .filter(|(_, r)| r.leads())
                .map(|(d, _)| d)
                .collect()
        })
        .unwrap_or_default()
}

/// The replies of open items that some proposer has not answered yet:
/// each with its item and unit.
pub fn awaiting_feedback(state: &State) -> impl Iterator<Item = (&Assignment, &Task, &Replied)> {
    state
        .handling
        .assignments
        .values()
        .filter(|a| a.closed.is_none())
        .flat_map(|a| a.current().map(move |t| (a, t)))
        .filter_map(|(a, t)| t.replied.as_ref().map(|r| (a, t, r)))
        .filter(|(_, _, r)| r.unanswered().next().is_some())
}

/// What closing the item still waits for on `on`, each in a phrase
/// (empty: it may be closed): every replying unit's reply of this round,
/// and each lead deputy's feedback on it, or its window passed.
pub fn not_yet_closable(state: &State, a: &Assignment, on: NaiveDate) -> Vec<String> {
    let leads = lead_deputies(state, a.item);
    let mut missing = Vec::new();
    for t in a.current().filter(|t| t.role.replies()) {
        let Some(r) = &t.replied else {
            missing.push(match t.reopened() {
                Some(_) => format!("{}交回重办后尚未重新答复", unit_name(state, t.unit)),
                None => format!("{}尚未答复", unit_name(state, t.unit)),
            });
            continue;
        };
        let due = feedback_due(state, a, r);
        let waiting: Vec<String> = leads
            .iter()
            .filter(|d| r.answer(**d).is_none())
            .map(|d| deputy_name(state, *d))
            .collect();
        if !waiting.is_empty() && on <= due.due {
            missing.push(format!(
                "{}代表尚未反馈对{}答复的意见（反馈期限至{}）",
                waiting.join("、"),
                unit_name(state, t.unit),
                zh(due.due)
            ));
        }
    }
    missing
}

/// How the lead deputies stand on an item's replies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Satisfaction {
    /// Not every lead answered; the window runs until the date.
    Waiting { due: NaiveDate },
    /// The leads' rating of the result (the lowest, with several).
    Rated(Rating),
    /// No answer by the end of the window: what the settings count it as.
    NoAnswer(NoFeedback),
}

impl Satisfaction {
    pub fn label(&self) -> String {
        match self {
            Satisfaction::Waiting { due } => format!("待反馈（至{}）", zh(*due)),
            Satisfaction::Rated(r) => r.label().into(),
            Satisfaction::NoAnswer(NoFeedback::Unanswered) => "未反馈".into(),
            Satisfaction::NoAnswer(NoFeedback::DeemedSatisfied) => {
                "期满未反馈，按设置视为满意".into()
            }
        }
    }
}

/// Whether what a reply promised came true.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Realisation {
    /// Its class counts as solved.
    Solved,
    /// A commitment marked done on the date.
    Realised(NaiveDate),
    /// A commitment still open, promised by the date.
    Promised(Option<NaiveDate>),
    /// Kept for reference, or not solvable.
    NotSolvable,
}

impl Realisation {
    pub fn label(&self) -> String {
        match self {
            Realisation::Solved => "已解决".into(),
            Realisation::Realised(on) => format!("已办成（{}）", zh(*on)),
            Realisation::Promised(Some(by)) => format!("承诺{}前办成，跟踪中", zh(*by)),
            Realisation::Promised(None) => "承诺事项，跟踪中".into(),
            Realisation::NotSolvable => "留作参考或不能解决".into(),
        }
    }

    /// Whether it counts as realised (办成).
    pub fn realised(&self) -> bool {
        matches!(self, Realisation::Solved | Realisation::Realised(_))
    }
}

/// Three separate facts of an assigned item on `today`: replied (every
/// replying unit, this round), satisfied (the lead deputies' rating of
/// the result), realised (by the reply classes' properties and the
/// promises marked done); with its round and its closing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The last reply's date, once every replying unit replied.
    pub replied: Option<NaiveDate>,
    /// The classes replied, e.g. B类（正在解决或列入计划）.
    pub classes: Vec<String>,
    pub satisfaction: Option<Satisfaction>,
    pub realisation: Option<Realisation>,
    /// 1, or 2 and more after second handling.
    pub round: usize,
    pub closed: Option<NaiveDate>,
}

/// The facts of `item` on `today` (None: not assigned).
pub fn facts(state: &State, item: SuggestionId, today: NaiveDate) -> Option<Facts> {
    facts_for(state, item, today, None)
}

/// The facts of `item` on `today` as `unit`'s own reply makes them (of
/// separate handling, each unit answers for its own reply); every
/// replying unit's with None.
pub fn facts_for(
    state: &State,
    item: SuggestionId,
    today: NaiveDate,
    unit: Option<UnitId>,
) -> Option<Facts> {
    let a = state.handling.assignments.get(&item)?;
    let replying: Vec<&Task> = a
        .current()
        .filter(|t| t.role.replies() && unit.is_none_or(|u| t.unit == u))
        .collect();
    let replies: Vec<(&Task, &Replied)> = replying
        .iter()
        .filter_map(|t| t.replied.as_ref().map(|r| (*t, r)))
        .collect();
    let all = !replying.is_empty() && replies.len() == replying.len();
    let leads = lead_deputies(state, item);
    let satisfaction = all.then(|| {
        let mut worst: Option<Rating> = None;
        let mut waiting: Option<NaiveDate> = None;
        for (_, r) in &replies {
            for d in &leads {
                match r.answer(*d) {
                    Some(answer) => {
                        worst = worst.max(Some(answer.feedback.result));
                    }
                    None => {
                        let due = feedback_due(state, a, r).due;
                        if today <= due {
                            waiting = waiting.max(Some(due));
                        }
                    }
                }
            }
        }
        // The answers given stand for the item once the window closed
        // (a lead silent past it counts as the setting says: 未反馈 adds
        // nothing, 视为满意 nothing lower than an answer given).
        match (waiting, worst) {
            (Some(due), _) => Satisfaction::Waiting { due },
            (None, Some(r)) => Satisfaction::Rated(r),
            (None, None) => Satisfaction::NoAnswer(a.terms.no_feedback),
        }
    });
    let realisation = all.then(|| {
        // A promise of any round open: promised; done: realised; else
        // the reply's class says.
        let each: Vec<Realisation> = replies
            .iter()
            .map(|(t, r)| match t.commitment() {
                Some(c) => match &c.realised {
                    None => Realisation::Promised(c.reply.promise.as_ref().map(|p| p.by)),
                    Some((on, _)) => Realisation::Realised(*on),
                },
                None => match r.reply.outcome() {
                    ReplyOutcome::NotSolvable => Realisation::NotSolvable,
                    ReplyOutcome::Solved | ReplyOutcome::Commitment => Realisation::Solved,
                },
            })
            .collect();
        each.iter()
            .find(|x| matches!(x, Realisation::Promised(_)))
            .or_else(|| each.iter().find(|x| **x == Realisation::NotSolvable))
            .or_else(|| each.iter().find(|x| matches!(x, Realisation::Realised(_))))
            .cloned()
            .unwrap_or(Realisation::Solved)
    });
    Some(Facts {
        replied: all
            .then(|| replies.iter().map(|(_, r)| r.on).max())
            .flatten(),
        classes: replies.iter().map(|(_, r)| r.reply.class.label()).collect(),
        satisfaction,
        realisation,
        round: replying.iter().map(|t| t.round()).max().unwrap_or(1),
        closed: a.closed,
    })
}

/// A reply of a commitment class on the follow-up list (承诺事项跟踪).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp<'a> {
    pub item: SuggestionId,
    pub unit: UnitId,
    pub replied: &'a Replied,
    pub promise: Option<&'a Promise>,
    /// The year it is followed in now: its reply's, or the last it was
    /// carried into.
    pub year: i32,
    pub carried: &'a [(NaiveDate, Carry)],
    pub realised: Option<&'a (NaiveDate, String)>,
}

impl FollowUp<'_> {
    /// Whether it is on the list of `year`: replied that year, or carried
    /// into it.
    pub fn in_year(&self, year: i32) -> bool {
        self.replied.on.year() == year || self.carried.iter().any(|(_, c)| c.year == year)
    }
}

/// The follow-up list: every unit's latest reply whose class counts as a
/// commitment (by its properties; of this round or an earlier one: a
/// promise stands until marked done), done or not, in item order.
pub fn follow_ups(state: &State) -> Vec<FollowUp<'_>> {
    state
        .handling
        .assignments
        .values()
        .flat_map(|a| a.current().map(move |t| (a.item, t)))
        .filter_map(|(item, t)| {
            let r = t.commitment()?;
            Some(FollowUp {
                item,
                unit: t.unit,
                replied: r,
                promise: r.reply.promise.as_ref(),
                year: r.carried.last().map_or(r.on.year(), |(_, c)| c.year),
                carried: &r.carried,
                realised: r.realised.as_ref(),
            })
        })
        .collect()
}

/// What came of a citizen's opinion: each item drafted from it (an item
/// merged away: the item it was merged into), with the item's facts on
/// `today`.
pub fn opinion_results(
    state: &State,
    opinion: OpinionId,
    today: NaiveDate,
) -> Vec<(SuggestionId, Option<Facts>)> {
    let mut out: Vec<(SuggestionId, Option<Facts>)> = Vec::new();
    for s in state.raising.suggestions.values() {
        if !s.draft.opinions.contains(&opinion) {
            continue;
        }
        let mut id = s.id;
        // Along a chain of merges, to the item handled.
        for _ in 0..16 {
            match state.stage(id) {
                Stage::Merged(into) => id = into,
                _ => break,
            }
        }
        if !out.iter().any(|(x, _)| *x == id) {
            out.push((id, facts(state, id, today)));
        }
    }
    out
}

/// The role `deputy` answers a reply in, for the feedback form.
pub fn answering_role(state: &State, item: SuggestionId, deputy: DeputyId) -> ProposerRole {
    proposers(state, item)
        .ok()
        .and_then(|p| p.into_iter().find(|(d, _)| *d == deputy).map(|(_, r)| r))
        .unwrap_or(ProposerRole::CoSigner)
}

/// Whether a step is the meeting on an item sent back, held on or after
/// `since` and on or before `on`.
pub(crate) fn met_since(task: &Task, since: NaiveDate, on: NaiveDate) -> bool {
    task.steps
        .iter()
        .any(|(day, s)| matches!(s, Step::Met(_)) && *day >= since && *day <= on)
}
