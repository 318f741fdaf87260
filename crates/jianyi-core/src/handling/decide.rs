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
use crate::handling::records::{Assignment, Handling, ReplyClock, Task};
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
                } else {
                    state.stage(item).describe()
                };
                return Err(HandlingRejection::NotAwaitingAssignment { stage }.into());
            }
            let handling = checked(state, handling)?;
            let settings = state.office.settings_on(ctx.business_date);
            let clock = match settings.deadlines.reply_from {
                ClockStart::Receipt => None,
                ClockStart::SessionClose => {
                    let close = s
                        .draft
                        .session
                        .and_then(|id| state.directory.sessions.get(&id))
                        .map(|e| e.record.ends);
                    Some(match close {
                        Some(ends) => reply_clock(state, ClockStart::SessionClose, ends, ctx),
                        // Raised in recess: from its assignment.
                        None => reply_clock(state, ClockStart::Assignment, ctx.business_date, ctx),
                    })
                }
                ClockStart::Assignment => Some(reply_clock(
                    state,
                    ClockStart::Assignment,
                    ctx.business_date,
                    ctx,
                )),
            };
            vec![HandlingEvent::Assigned {
                item,
                handling,
                clock,
            }]
        }
        HandlingCommand::SignFor { item, unit } => {
            unit_act(ctx)?;
            let (_, task) = held(state, item, unit)?;
            not_before(task, "签收", ctx.business_date)?;
            if let Some(on) = task.received_on {
                return Err(HandlingRejection::AlreadySigned {
                    unit: unit_name(state, unit),
                    on: zh(on),
                }
                .into());
            }
            let settings = state.office.settings_on(ctx.business_date);
            let clock = (task.role.replies()
                && task.clock.is_none()
                && settings.deadlines.reply_from == ClockStart::Receipt)
                .then(|| reply_clock(state, ClockStart::Receipt, ctx.business_date, ctx));
            vec![HandlingEvent::ReceiptSigned { item, unit, clock }]
        }
        HandlingCommand::AskReturn { item, unit, reason } => {
            unit_act(ctx)?;
            let (_, task) = held(state, item, unit)?;
            not_before(task, "申请退办", ctx.business_date)?;
            if let Some(r) = &task.return_asked {
                return Err(HandlingRejection::ReturnPending { on: zh(r.asked_on) }.into());
            }
            let window = return_window(state, task);
            if ctx.business_date > window.due {
                return Err(HandlingRejection::ReturnWindowClosed {
                    closed: zh(window.due),
                    explain: window.explain(window_act(state, task)),
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
            let Some(asked) = &task.return_asked else {
                return Err(HandlingRejection::NoReturnAsked {
                    unit: unit_name(state, unit),
                }
                .into());
            };
            if ctx.business_date < asked.asked_on {
                return Err(HandlingRejection::BeforeAssignment {
                    act: "同意退办",
                    since: zh(asked.asked_on),
                }
                .into());
            }
            state.directory.in_use(EntryRef::Unit(to), false)?;
            if a.task(to).is_some() {
                return Err(HandlingRejection::UnitTwice {
                    unit: unit_name(state, to),
                }
                .into());
            }
            let settings = state.office.settings_on(ctx.business_date);
            let clock = if !task.role.replies() {
                None
            } else if settings.deadlines.restart_on_reassignment {
                match settings.deadlines.reply_from {
                    ClockStart::Receipt => None,
                    ClockStart::Assignment | ClockStart::SessionClose => Some(reply_clock(
                        state,
                        ClockStart::Assignment,
                        ctx.business_date,
                        ctx,
                    )),
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
            if task.return_asked.is_none() {
                return Err(HandlingRejection::NoReturnAsked {
                    unit: unit_name(state, unit),
                }
                .into());
            }
            let reason = input::required_text("不同意退办的理由", &reason)?;
            vec![HandlingEvent::ReturnRefused { item, unit, reason }]
        }
    };
    Ok(events)
}

/// The reply deadline counted from `start` (the business date of `from`),
/// by the settings in force on the act's date.
fn reply_clock(state: &State, from: ClockStart, start: NaiveDate, ctx: &Ctx) -> ReplyClock {
    let settings = state.office.settings_on(ctx.business_date);
    ReplyClock {
        from,
        deadline: deadline(
            &settings.calendar.holidays,
            start,
            settings.deadlines.reply,
            settings.calendar.counting,
        ),
    }
}

/// What a task's return window counts from: its receipt when the settings
/// say so and it has signed, otherwise the day it was given the item.
fn window_start(state: &State, task: &Task) -> NaiveDate {
    match task.received_on {
        Some(on) if state.office.settings_on(on).deadlines.return_from == ClockStart::Receipt => on,
        _ => task.since,
    }
}

fn window_act(state: &State, task: &Task) -> &'static str {
    if window_start(state, task) == task.since {
        "交办"
    } else {
        "签收"
    }
}

/// The window within which a unit may ask to return the item (退办), by
/// the settings in force on the day it starts from.
pub fn return_window(state: &State, task: &Task) -> Deadline {
    let start = window_start(state, task);
    let settings = state.office.settings_on(start);
    deadline(
        &settings.calendar.holidays,
        start,
        settings.deadlines.return_window,
        settings.calendar.counting,
    )
}

/// The return window with its explanation, e.g. 自2026年3月2日交办起5个工作日，至2026年3月9日.
pub fn return_window_explained(state: &State, task: &Task) -> String {
    return_window(state, task).explain(window_act(state, task))
}

/// Whether a unit has not signed for the item and its return window, run
/// from the day it was given the item, closed before `today`: flagged to
/// the office.
pub fn unsigned_too_long(state: &State, task: &Task, today: NaiveDate) -> Option<NaiveDate> {
    if task.received_on.is_some() {
        return None;
    }
    let settings = state.office.settings_on(task.since);
    let window = deadline(
        &settings.calendar.holidays,
        task.since,
        settings.deadlines.return_window,
        settings.calendar.counting,
    );
    (today > window.due).then_some(window.due)
}

/// Refuses an assignment or a decision on a return outside the
/// registering office's copy and desk.
fn assigning_office(state: &State, ctx: &Ctx) -> Result<(), Rejection> {
    let Some(profile) = &state.office.profile else {
        return Err(OfficeRejection::NoOffice.into());
    };
    let township = state
        .office
        .settings_on(ctx.business_date)
        .rules
        .township_mode;
    let desk = match profile.role {
        OfficeRole::CommitteeOffice => Desk::CommitteeOffice,
        OfficeRole::TownshipPresidium if township => Desk::Delegation,
        _ => return Err(HandlingRejection::NotTheAssigningOffice.into()),
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
fn unit_act(ctx: &Ctx) -> Result<(), Rejection> {
    match ctx.actor.desk {
        Desk::Unit | Desk::CommitteeOffice | Desk::Delegation => Ok(()),
        other => Err(HandlingRejection::WrongDesk {
            asked: other.label(),
            desk: Desk::Unit.label(),
        }
        .into()),
    }
}

fn not_before(task: &Task, act: &'static str, on: NaiveDate) -> Result<(), Rejection> {
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
fn held(
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

fn unit_name(state: &State, unit: UnitId) -> String {
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
