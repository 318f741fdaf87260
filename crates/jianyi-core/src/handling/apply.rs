//! `apply` for handling: folds an event into `HandlingSlice`. An event
//! that does not fit (an item assigned twice by two offices, a receipt of
//! a unit that no longer holds the item) is a `Conflict`, never a panic.

use crate::event::Event;
use crate::handling::HandlingSlice;
use crate::handling::event::HandlingEvent;
use crate::handling::records::{Assignment, Task, TaskEnd};
use crate::state::Conflict;

/// Folds one handling event.
pub fn apply(slice: &mut HandlingSlice, e: &HandlingEvent, event: &Event) -> Result<(), Conflict> {
    let on = event.business_date;
    match e {
        HandlingEvent::Assigned {
            item,
            handling,
            clock,
            terms,
        } => {
            if slice.assignments.contains_key(item) {
                return Err(Conflict::new(event, "这件建议已经交办，重复的交办未生效"));
            }
            let separate = matches!(handling, crate::handling::Handling::Separate { .. });
            let tasks = handling
                .units()
                .into_iter()
                .map(|(unit, role)| Task {
                    unit,
                    role,
                    since: on,
                    received_on: None,
                    clock: if role.replies() { clock.clone() } else { None },
                    return_asked: None,
                    refusals: Vec::new(),
                    last_act: None,
                    ended: None,
                })
                .collect();
            slice.assignments.insert(
                *item,
                Assignment {
                    item: *item,
                    assigned_on: on,
                    separate,
                    terms: terms.clone(),
                    tasks,
                },
            );
            Ok(())
        }
        HandlingEvent::ReceiptSigned { item, unit, clock } => {
            let task = task(slice, *item, *unit, event)?;
            if task.received_on.is_some() {
                return Err(Conflict::new(event, "该单位已经签收，重复的签收未生效"));
            }
            task.received_on = Some(on);
            if clock.is_some() {
                task.clock = clock.clone();
            }
            task.last_act = Some((on, "签收"));
            Ok(())
        }
        HandlingEvent::ReturnAsked { item, unit, reason } => {
            let task = task(slice, *item, *unit, event)?;
            if task.return_asked.is_some() {
                return Err(Conflict::new(event, "该单位已有待决定的退办申请"));
            }
            task.return_asked = Some(crate::handling::ReturnRequest {
                reason: reason.clone(),
                asked_on: on,
            });
            task.last_act = Some((on, "申请退办"));
            Ok(())
        }
        HandlingEvent::ReturnApproved {
            item,
            unit,
            to,
            comment: _,
            clock,
        } => {
            let a = slice
                .assignments
                .get_mut(item)
                .ok_or_else(|| Conflict::new(event, "这件建议尚未交办"))?;
            if a.task(*to).is_some() {
                return Err(Conflict::new(event, "重新交办的单位已是这件建议的承办单位"));
            }
            let Some(old) = a.task_mut(*unit) else {
                return Err(Conflict::new(event, "该单位已不是这件建议的承办单位"));
            };
            let Some(asked) = old.return_asked.take() else {
                return Err(Conflict::new(event, "该单位没有待决定的退办申请"));
            };
            old.ended = Some(TaskEnd::Returned {
                on,
                to: *to,
                reason: asked.reason,
            });
            let role = old.role;
            a.tasks.push(Task {
                unit: *to,
                role,
                since: on,
                received_on: None,
                clock: clock.clone(),
                return_asked: None,
                refusals: Vec::new(),
                last_act: None,
                ended: None,
            });
            Ok(())
        }
        HandlingEvent::ReturnRefused { item, unit, reason } => {
            let task = task(slice, *item, *unit, event)?;
            if task.return_asked.take().is_none() {
                return Err(Conflict::new(event, "该单位没有待决定的退办申请"));
            }
            task.refusals.push((on, reason.clone()));
            Ok(())
        }
    }
}

fn task<'a>(
    slice: &'a mut HandlingSlice,
    item: crate::ids::SuggestionId,
    unit: crate::ids::UnitId,
    event: &Event,
) -> Result<&'a mut Task, Conflict> {
    slice
        .assignments
        .get_mut(&item)
        .ok_or_else(|| Conflict::new(event, "这件建议尚未交办"))?
        .task_mut(unit)
        .ok_or_else(|| Conflict::new(event, "该单位已不是这件建议的承办单位"))
}
