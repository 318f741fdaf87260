//! `apply` for evaluation: writes only `EvaluationSlice`.

use std::collections::BTreeMap;

use crate::evaluation::event::EvaluationEvent;
use crate::evaluation::{EvaluationSlice, Survey};
use crate::event::Event;
use crate::state::Conflict;

/// Folds an evaluation event in.
pub fn apply(
    slice: &mut EvaluationSlice,
    e: &EvaluationEvent,
    event: &Event,
) -> Result<(), Conflict> {
    let on = event.business_date;
    match e {
        EvaluationEvent::SurveyHeld {
            id,
            item,
            answers,
            basis,
            threshold,
            rectify_by,
            resurvey_of,
        } => {
            if let Some(prev) = resurvey_of.and_then(|p| slice.surveys.get_mut(&p)) {
                if prev.resurveyed.is_some() {
                    return Err(Conflict::new(event, "这次测评已经重新测评过"));
                }
                prev.resurveyed = Some((*id, on));
            }
            let by = match &event.actor.acting_for {
                Some(name) => format!("{}（{name}）", event.actor.desk.label()),
                None => event.actor.desk.label().to_string(),
            };
            slice.surveys.insert(
                *id,
                Survey {
                    id: *id,
                    item: *item,
                    on,
                    by,
                    answers: answers.clone(),
                    basis: *basis,
                    threshold: *threshold,
                    rectify_by: *rectify_by,
                    resurvey_of: *resurvey_of,
                    resurveyed: None,
                    done: BTreeMap::new(),
                },
            );
        }
        EvaluationEvent::SurveyTaskDone {
            survey, task, note, ..
        } => {
            let Some(s) = slice.surveys.get_mut(survey) else {
                return Err(Conflict::new(event, "没有找到这次测评"));
            };
            if s.done.contains_key(task) {
                return Err(Conflict::new(event, "这项事项已经完成"));
            }
            s.done.insert(*task, (on, note.clone()));
        }
    }
    Ok(())
}
