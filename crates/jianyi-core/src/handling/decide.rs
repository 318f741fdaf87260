//! `decide` for handling. Assignment and the decision on a return are the
//! registering office's acts, at the committee office's desk (in township
//! mode, the presidium's, which sits at the delegation desk); receipt and
//! a return asked are the unit's, at the unit's desk or keyed in from
//! paper at the committee office's. Deadlines are computed here, from the
//! settings in force on the act's business date, and carried in the
//! events.

use chrono::NaiveDate;

use crate::actor::Desk;
use crate::calendar::{Deadline, deadline};
use crate::command::{Ctx, Rejection};
use crate::dates::zh;
use crate::directory::EntryRef;
use crate::handling::command::HandlingCommand;
use crate::handling::event::HandlingEvent;
use crate::handling::records::{Assignment, Handling, ReplyClock, Task, Terms};
use crate::handling::rejection::HandlingRejection;
use crate::ids::{SuggestionId, UnitId};
use crate::input;
use crate::office::{OfficeRejection, OfficeRole};
use crate::raising::decide::suggestion;
use crate::settings::ClockStart;
use crate::state::State;

/// Decides a handling command.
pub fn decide(
    state: &State,
    command: HandlingCommand,
    ctx: &Ctx,
) -> Result<Vec<HandlingEvent>, Rejection> {
    let on = ctx.business_date;
    let events = match command {
        HandlingCommand::Assign { item, handling } => {
            assigning_office(state, ctx)?;
            let s = suggestion(state, item)?;
            if state.handling.assignments.contains_key(&item) {
                return Err(HandlingRejection::AlreadyAssigned.into());
            }
            if !state.awaits_assignment(item) {
                let stage = if state.awaits_motion_decision(item) {
                    "是议案，尚待大会主席团决定是否作为建议处理".to_string()
                } else if state.review_file(item).and_then(|f| f.motion_decision)
                    == Some(crate::review::MotionDecision::PutOnAgenda)
                {
                    "是议案，大会主席团已决定列入大会议程".to_string()
                } else {
                    state.stage(item).describe()
                };
                return Err(HandlingRejection::NotAwaitingAssignment { stage }.into());
            }
            let handling = checked(state, handling)?;
            let terms = Terms::of(&state.office.settings_on(on));
            let clock = match terms.reply_from {
                ClockStart::Receipt => None,
                ClockStart::SessionClose => {
                    let close = s
                        .draft
                        .session
                        .and_then(|id| state.directory.sessions.get(&id))
                        .map(|e| e.record.ends);
                    Some(match close {
                        Some(ends) => {
                            reply_clock(state, &terms, ClockStart::SessionClose, ends, on)
                        }
                        // Raised in recess: from its assignment.
                        None => reply_clock(state, &terms, ClockStart::Assignment, on, on),
                    })
                }
                ClockStart::Assignment | ClockStart::SentBack => {
                    Some(reply_clock(state, &terms, ClockStart::Assignment, on, on))
                }
            };
            vec![HandlingEvent::Assigned {
                item,
                handling,
                clock,
                terms,
            }]
        }
        HandlingCommand::SignFor { item, unit } => {
            unit_act(ctx)?;
            unit_office(state, unit)?;
            let (a, task) = held(state, item, unit)?;
            not_before(task, "签收", on)?;
            if let Some(signed) = task.received_on {
                return Err(HandlingRejection::AlreadySigned {
                    unit: unit_name(state, unit),
                    on: zh(signed),
                }
                .into());
            }
            // Counted from receipt on the item's terms (the assigning
            // office's, which this copy's own settings do not change).
            let clock = (task.role.replies()
                && task.clock.is_none()
                && a.terms.reply_from == ClockStart::Receipt)
                .then(|| reply_clock(state, &a.terms, ClockStart::Receipt, on, on));
            vec![HandlingEvent::ReceiptSigned { item, unit, clock }]
        }
        HandlingCommand::AskReturn { item, unit, reason } => {
            unit_act(ctx)?;
            unit_office(state, unit)?;
            let (a, task) = held(state, item, unit)?;
            not_before(task, "申请退办", on)?;
            if let Some(r) = &task.return_asked {
                return Err(HandlingRejection::ReturnPending { on: zh(r.asked_on) }.into());
            }
            if let Some(window) = return_window(state, a, task)
                && on > window.due
            {
                return Err(HandlingRejection::ReturnWindowClosed {
                    closed: zh(window.due),
                    explain: window.explain(window_act(a)),
                }
                .into());
            }
            let reason = input::required_text("退办理由", &reason)?;
            vec![HandlingEvent::ReturnAsked { item, unit, reason }]
        }
        HandlingCommand::ApproveReturn {
            item,
            unit,
            to,
            comment,
        } => {
            assigning_office(state, ctx)?;
            let (a, task) = held(state, item, unit)?;
            asked(state, task, unit, "同意退办", on)?;
            state.directory.in_use(EntryRef::Unit(to), false)?;
            if a.task(to).is_some() {
                return Err(HandlingRejection::UnitTwice {
                    unit: unit_name(state, to),
                }
                .into());
            }
            // Restarted from the reassignment, or continued, as this
            // office's settings say; the period stays the item's.
            let restart = state
                .office
                .settings_on(on)
                .deadlines
                .restart_on_reassignment;
            let clock = if !task.role.replies() {
                None
            } else if restart {
                match a.terms.reply_from {
                    ClockStart::Receipt => None,
                    ClockStart::Assignment | ClockStart::SessionClose | ClockStart::SentBack => {
                        Some(reply_clock(state, &a.terms, ClockStart::Assignment, on, on))
                    }
                }
            } else {
                task.clock.clone()
            };
            vec![HandlingEvent::ReturnApproved {
                item,
                unit,
                to,
                comment: input::text("意见", &comment)?,
                clock,
            }]
        }
        HandlingCommand::RefuseReturn { item, unit, reason } => {
            assigning_office(state, ctx)?;
            let (_, task) = held(state, item, unit)?;
            asked(state, task, unit, "不同意退办", on)?;
            let reason = input::required_text("不同意退办的理由", &reason)?;
            vec![HandlingEvent::ReturnRefused { item, unit, reason }]
        }
        other => return crate::handling::handle::decide(state, other, ctx),
    };
    Ok(events)
}

/// The return a decision answers: asked, and not after the decision's
/// date.
fn asked<'a>(
    state: &State,
    task: &'a Task,
    unit: UnitId,
    act: &'static str,
    on: NaiveDate,
) -> Result<&'a crate::handling::ReturnRequest, Rejection> {
    let Some(asked) = &task.return_asked else {
        return Err(HandlingRejection::NoReturnAsked {
            unit: unit_name(state, unit),
        }
        .into());
    };
    if on < asked.asked_on {
        return Err(HandlingRejection::BeforeRequest {
            act,
            request: "申请退办",
            asked: zh(asked.asked_on),
        }
        .into());
    }
    Ok(asked)
}

/// The reply deadline counted from `start` (the business date of `from`)
/// on the item's `terms`, by this office's holiday table in force on the
/// act's date `on`.
pub(crate) fn reply_clock(
    state: &State,
    terms: &Terms,
    from: ClockStart,
    start: NaiveDate,
    on: NaiveDate,
) -> ReplyClock {
    ReplyClock {
        from,
        deadline: deadline(
            &state.office.settings_on(on).calendar.holidays,
            start,
            terms.reply,
            terms.counting,
        ),
    }
}

/// The act a return window counts from.
fn window_act(a: &Assignment) -> &'static str {
    match a.terms.return_from {
        ClockStart::Receipt => "签收",
        ClockStart::Assignment | ClockStart::SessionClose | ClockStart::SentBack => "交办",
    }
}

/// The window within which a unit may ask to return the item (退办), on
/// the item's terms: from the day it was given the item, or from its
/// receipt — None while a window counted from receipt has not started
/// (the unit may ask until it closes).
pub fn return_window(state: &State, a: &Assignment, task: &Task) -> Option<Deadline> {
    let start = match (a.terms.return_from, task.received_on) {
        (ClockStart::Receipt, Some(signed)) => signed,
        (ClockStart::Receipt, None) => return None,
        (ClockStart::Assignment | ClockStart::SessionClose | ClockStart::SentBack, _) => task.since,
    };
    Some(deadline(
        &state.office.settings_on(start).calendar.holidays,
        start,
        a.terms.return_window,
        a.terms.counting,
    ))
}

/// The return window with its explanation, e.g. 自2026年3月2日交办起5个工作日，至2026年3月9日.
pub fn return_window_explained(state: &State, a: &Assignment, task: &Task) -> String {
    match return_window(state, a, task) {
        Some(w) => w.explain(window_act(a)),
        None => format!("自签收之日起{}", a.terms.return_window.label()),
    }
}

/// Whether a unit has not signed for the item and a return window run
/// from the day it was given the item closed before `today`: flagged to
/// the office (with that window's last day).
pub fn unsigned_too_long(
    state: &State,
    a: &Assignment,
    task: &Task,
    today: NaiveDate,
) -> Option<NaiveDate> {
    if task.received_on.is_some() {
        return None;
    }
    let window = deadline(
        &state.office.settings_on(task.since).calendar.holidays,
        task.since,
        a.terms.return_window,
        a.terms.counting,
    );
    (today > window.due).then_some(window.due)
}

/// Refuses a unit's act in a copy that does not act for that unit: a unit's
/// copy acts only for the unit it is bound to; the registering office keys
/// any unit's acts in; a station's, a delegation's or a leader's copy none.
pub(crate) fn unit_office(state: &State, unit: UnitId) -> Result<(), Rejection> {
    let Some(profile) = &state.office.profile else {
        return Err(OfficeRejection::NoOffice.into());
    };
    match profile.role {
        OfficeRole::HandlingUnit if profile.unit == Some(unit) => Ok(()),
        OfficeRole::HandlingUnit => Err(HandlingRejection::NotThisUnitsCopy {
            unit: unit_name(state, unit),
        }
        .into()),
        OfficeRole::CommitteeOffice | OfficeRole::TownshipPresidium => Ok(()),
        role @ (OfficeRole::Station | OfficeRole::Delegation | OfficeRole::LeaderOffice) => {
            Err(HandlingRejection::NotAUnitsAct { role: role.label() }.into())
        }
    }
}

/// Refuses an assignment or a decision on a return outside the
/// registering office's copy and desk.
pub(crate) fn assigning_office(state: &State, ctx: &Ctx) -> Result<(), Rejection> {
    if state.office.profile.is_none() {
        return Err(OfficeRejection::NoOffice.into());
    }
    let Some(desk) = crate::office::registering_desk(state, ctx.business_date) else {
        return Err(HandlingRejection::NotTheAssigningOffice.into());
    };
    if ctx.actor.desk != desk {
        return Err(HandlingRejection::WrongDesk {
            asked: ctx.actor.desk.label(),
            desk: desk.label(),
        }
        .into());
    }
    Ok(())
}

/// Refuses a unit's act asked at another desk than the unit's, or the
/// committee office's keying it in.
pub(crate) fn unit_act(ctx: &Ctx) -> Result<(), Rejection> {
    match ctx.actor.desk {
        Desk::Unit | Desk::CommitteeOffice | Desk::Delegation => Ok(()),
        other => Err(HandlingRejection::WrongDesk {
            asked: other.label(),
            desk: Desk::Unit.label(),
        }
        .into()),
    }
}

pub(crate) fn not_before(task: &Task, act: &'static str, on: NaiveDate) -> Result<(), Rejection> {
    if on < task.since {
        return Err(HandlingRejection::BeforeAssignment {
            act,
            since: zh(task.since),
        }
        .into());
    }
    Ok(())
}

/// The assignment of `item` and the current task of `unit` on it.
pub(crate) fn held(
    state: &State,
    item: SuggestionId,
    unit: UnitId,
) -> Result<(&Assignment, &Task), Rejection> {
    suggestion(state, item)?;
    let a = state
        .handling
        .assignments
        .get(&item)
        .ok_or(HandlingRejection::NotAssigned)?;
    let task = a.task(unit).ok_or_else(|| HandlingRejection::NotHeldBy {
        unit: unit_name(state, unit),
    })?;
    Ok((a, task))
}

pub(crate) fn unit_name(state: &State, unit: UnitId) -> String {
    state.directory.entry_name(&EntryRef::Unit(unit))
}

/// The handling with each unit in use and named once; separate handling
/// with two units or more.
fn checked(state: &State, handling: Handling) -> Result<Handling, Rejection> {
    let units = handling.units();
    for (i, (u, _)) in units.iter().enumerate() {
        state.directory.in_use(EntryRef::Unit(*u), false)?;
        if units[..i].iter().any(|(x, _)| x == u) {
            return Err(HandlingRejection::UnitTwice {
                unit: unit_name(state, *u),
            }
            .into());
        }
    }
    if let Handling::Separate { units } = &handling
        && units.len() < 2
    {
        return Err(HandlingRejection::SeparateNeedsTwo.into());
    }
    Ok(handling)
}
