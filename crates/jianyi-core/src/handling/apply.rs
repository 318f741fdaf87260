//! `apply` for handling: folds an event into `HandlingSlice`. An event
//! that does not fit (an item assigned twice by two offices, a receipt of
//! a unit that no longer holds the item) is a `Conflict`, never a panic.

use crate::event::Event;
use crate::handling::HandlingSlice;
use crate::handling::event::HandlingEvent;
use crate::handling::records::{
    Answer, Assignment, CoOpinion, Countersign, Extension, ExtensionDecision, Reopened, Replied,
    ReplyClock, Round, Step, Task, TaskEnd, UnitRole,
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
                    closed: None,
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
                feedback: Vec::new(),
                realised: None,
                carried: Vec::new(),
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
        HandlingEvent::FeedbackGiven {
            item,
            unit,
            deputy,
            round,
            feedback,
            second,
        } => {
            let closed = slice.assignments.get(item).and_then(|a| a.closed);
            let task = task(slice, *item, *unit, event)?;
            let current = *round as usize == task.round();
            let replied = if current {
                task.replied.as_mut()
            } else {
                (*round as usize)
                    .checked_sub(1)
                    .and_then(|i| task.rounds.get_mut(i))
                    .map(|r| &mut r.replied)
            }
            .ok_or_else(|| Conflict::new(event, "该轮没有可反馈的答复"))?;
            if replied.answer(*deputy).is_some() {
                return Err(Conflict::new(event, "该代表已经反馈，重复的反馈未生效"));
            }
            replied.feedback.push(Answer {
                deputy: *deputy,
                on,
                feedback: feedback.clone(),
                how: event.actor.how,
                operator: event.actor.operator.clone(),
            });
            // A second lead's 不满意 on a reply already sent back starts
            // nothing more; nor does any answer on a closed item, or one
            // that is not a 不满意 on the result (a lead's: checked by
            // `State::apply`, which knows the proposers).
            if let Some(clock) = second
                && current
                && closed.is_none()
                && feedback.result == crate::handling::Rating::Dissatisfied
            {
                send_back(task, on, Reopened::Dissatisfied { deputy: *deputy }, clock);
            }
            Ok(())
        }
        HandlingEvent::SentBack {
            item,
            unit,
            round,
            reason,
            clock,
        } => {
            let task = task(slice, *item, *unit, event)?;
            // It answers the reply of its round: one already sent back (a
            // lead's 不满意 crossed it) or a later round's is not its own.
            if *round as usize != task.round() || task.replied.is_none() {
                return Err(Conflict::new(
                    event,
                    "交回重办所针对的那一轮答复已经交回重办（或已有新的答复），本次交回重办未生效",
                ));
            }
            send_back(
                task,
                on,
                Reopened::Decided {
                    reason: reason.clone(),
                },
                clock,
            );
            Ok(())
        }
        HandlingEvent::MeetingHeld {
            item,
            unit,
            meeting,
        } => {
            let task = task(slice, *item, *unit, event)?;
            task.steps.push((on, Step::Met(meeting.clone())));
            task.last_act = Some((on, "二次办理座谈"));
            Ok(())
        }
        HandlingEvent::Realised {
            item,
            unit,
            evidence,
        } => {
            let task = task(slice, *item, *unit, event)?;
            let promise = task
                .commitment_mut()
                .ok_or_else(|| Conflict::new(event, "该单位的答复没有承诺事项"))?;
            if promise.realised.is_some() {
                return Err(Conflict::new(event, "该承诺事项已经登记办成"));
            }
            promise.realised = Some((on, evidence.clone()));
            task.last_act = Some((on, "已办成"));
            Ok(())
        }
        HandlingEvent::CommitmentCarried { item, unit, carry } => {
            let promise = task(slice, *item, *unit, event)?
                .commitment_mut()
                .ok_or_else(|| Conflict::new(event, "该单位的答复没有承诺事项"))?;
            if promise.carried.iter().any(|(_, c)| c.year == carry.year) {
                return Err(Conflict::new(event, "该承诺事项已结转到这一年度"));
            }
            promise.carried.push((on, carry.clone()));
            Ok(())
        }
        HandlingEvent::Closed { item } => {
            let a = slice
                .assignments
                .get_mut(item)
                .ok_or_else(|| Conflict::new(event, "这件建议尚未交办"))?;
            if a.closed.is_some() {
                return Err(Conflict::new(event, "这件建议已经办结"));
            }
            // A round sent back meanwhile (a late 不满意 by packet) is for a
            // person to decide, not closed over.
            if a.current().any(|t| t.role.replies() && t.replied.is_none()) {
                return Err(Conflict::new(
                    event,
                    "这件建议已交回重办，尚未重新答复，办结未生效",
                ));
            }
            a.closed = Some(on);
            Ok(())
        }
    }
}

/// Closes the task's round (its reply, feedback, clock and extensions)
/// and starts the next on `clock`.
fn send_back(task: &mut Task, on: chrono::NaiveDate, why: Reopened, clock: &ReplyClock) {
    let Some(replied) = task.replied.take() else {
        return;
    };
    task.rounds.push(Round {
        replied,
        clock: task.clock.replace(clock.clone()),
        extensions: std::mem::take(&mut task.extensions),
        reopened_on: on,
        why,
    });
    task.last_act = Some((on, "交回重办"));
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
