//! `apply` for handling: folds an event into `HandlingSlice`. An event
//! that does not fit (an item assigned twice by two offices, a receipt of
//! a unit that no longer holds the item) is a `Conflict`, never a panic.

use crate::event::Event;
use crate::handling::HandlingSlice;
use crate::handling::event::HandlingEvent;
use crate::handling::records::{
    Assignment, CoOpinion, Countersign, Extension, ExtensionDecision, Replied, Step, Task, TaskEnd,
    UnitRole,
};
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
                .map(|(unit, role)| {
                    Task::new(
                        unit,
                        role,
                        on,
                        if role.replies() { clock.clone() } else { None },
                    )
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
            a.tasks.push(Task::new(*to, role, on, clock.clone()));
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
        HandlingEvent::Communicated {
            item,
            unit,
            communication,
        } => {
            let task = task(slice, *item, *unit, event)?;
            task.steps
                .push((on, Step::Communicated(communication.clone())));
            task.last_act = Some((on, "办前沟通"));
            Ok(())
        }
        HandlingEvent::PlanSet { item, unit, steps } => {
            let task = task(slice, *item, *unit, event)?;
            task.steps.push((on, Step::Planned(steps.clone())));
            task.last_act = Some((on, "办理计划"));
            Ok(())
        }
        HandlingEvent::ProgressReported { item, unit, text } => {
            let task = task(slice, *item, *unit, event)?;
            task.steps.push((on, Step::Progress(text.clone())));
            task.last_act = Some((on, "办理进展"));
            Ok(())
        }
        HandlingEvent::OpinionSent { item, unit, text } => {
            let task = task(slice, *item, *unit, event)?;
            if task.opinion.is_some() {
                return Err(Conflict::new(event, "该协办单位已经送交书面意见"));
            }
            task.opinion = Some(CoOpinion {
                on,
                text: text.clone(),
            });
            task.last_act = Some((on, "协办意见"));
            Ok(())
        }
        HandlingEvent::CountersignAsked {
            item,
            unit,
            co,
            draft,
        } => {
            // Both checked before either is written.
            if task(slice, *item, *unit, event)?.role != UnitRole::Lead {
                return Err(Conflict::new(event, "只有主办单位请协办单位会签"));
            }
            let co_task = task(slice, *item, *co, event)?;
            if co_task.role != UnitRole::Co {
                return Err(Conflict::new(event, "被请会签的单位不是协办单位"));
            }
            if co_task
                .countersign
                .as_ref()
                .is_some_and(|c| c.signed.is_none())
            {
                return Err(Conflict::new(event, "已请该协办单位会签，尚未会签"));
            }
            co_task.countersign = Some(Countersign {
                asked_on: on,
                by: *unit,
                draft: draft.clone(),
                signed: None,
            });
            task(slice, *item, *unit, event)?.last_act = Some((on, "请求会签"));
            Ok(())
        }
        HandlingEvent::Countersigned {
            item,
            unit,
            comment,
        } => {
            let task = task(slice, *item, *unit, event)?;
            match &mut task.countersign {
                Some(c) if c.signed.is_none() => c.signed = Some((on, comment.clone())),
                _ => return Err(Conflict::new(event, "该协办单位没有待会签的答复稿")),
            }
            task.last_act = Some((on, "会签"));
            Ok(())
        }
        HandlingEvent::ExtensionAsked {
            item,
            unit,
            until,
            reason,
        } => {
            let task = task(slice, *item, *unit, event)?;
            if !task.role.replies() {
                return Err(Conflict::new(
                    event,
                    "协办单位不申请延期：答复期限是主办单位的",
                ));
            }
            if task.extension_pending().is_some() {
                return Err(Conflict::new(event, "该单位已有待决定的延期申请"));
            }
            task.extensions.push(Extension {
                asked_on: on,
                until: *until,
                reason: reason.clone(),
                decision: None,
            });
            task.last_act = Some((on, "申请延期"));
            Ok(())
        }
        HandlingEvent::ExtensionApproved {
            item,
            unit,
            until,
            comment,
        } => decided(
            task(slice, *item, *unit, event)?,
            ExtensionDecision::Approved {
                on,
                until: *until,
                comment: comment.clone(),
            },
            event,
        ),
        HandlingEvent::ExtensionRefused { item, unit, reason } => decided(
            task(slice, *item, *unit, event)?,
            ExtensionDecision::Refused {
                on,
                reason: reason.clone(),
            },
            event,
        ),
        HandlingEvent::Replied {
            item,
            unit,
            reply,
            letters,
            disclosure_due,
        } => {
            let a = slice
                .assignments
                .get_mut(item)
                .ok_or_else(|| Conflict::new(event, "这件建议尚未交办"))?;
            // The class must be one of the item's, with the properties it
            // has there: figures read them from the reply.
            if !a.terms.classes.contains(&reply.class) {
                return Err(Conflict::new(
                    event,
                    "答复类别不是交办时确定的类别之一，答复未生效",
                ));
            }
            let task = a
                .task_mut(*unit)
                .ok_or_else(|| Conflict::new(event, "该单位已不是这件建议的承办单位"))?;
            if !task.role.replies() {
                return Err(Conflict::new(event, "协办单位不直接答复代表，答复未生效"));
            }
            if task.replied.is_some() {
                return Err(Conflict::new(event, "该单位已经答复，重复的答复未生效"));
            }
            task.replied = Some(Replied {
                on,
                reply: reply.clone(),
                letters: letters.iter().map(|d| (*d, None)).collect(),
                disclosure_due: disclosure_due.clone(),
                disclosed: None,
            });
            task.last_act = Some((on, "答复"));
            Ok(())
        }
        HandlingEvent::LetterDelivered {
            item,
            unit,
            deputy,
            how,
        } => {
            let task = task(slice, *item, *unit, event)?;
            let letter = task
                .replied
                .as_mut()
                .and_then(|r| r.letters.iter_mut().find(|(d, _)| d == deputy))
                .ok_or_else(|| Conflict::new(event, "没有致该代表的答复函"))?;
            if letter.1.is_some() {
                return Err(Conflict::new(event, "该答复函已经登记送达"));
            }
            letter.1 = Some((on, *how));
            Ok(())
        }
        HandlingEvent::ReplyDisclosed { item, unit, place } => {
            let task = task(slice, *item, *unit, event)?;
            let replied = task
                .replied
                .as_mut()
                .ok_or_else(|| Conflict::new(event, "该单位尚未答复"))?;
            if replied.disclosed.is_some() {
                return Err(Conflict::new(event, "该答复已经登记公开"));
            }
            replied.disclosed = Some((on, place.clone()));
            Ok(())
        }
    }
}

/// Records the office's decision on the pending extension.
fn decided(task: &mut Task, decision: ExtensionDecision, event: &Event) -> Result<(), Conflict> {
    match task.extensions.last_mut() {
        Some(e) if e.decision.is_none() => {
            e.decision = Some(decision);
            Ok(())
        }
        _ => Err(Conflict::new(event, "该单位没有待决定的延期申请")),
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
