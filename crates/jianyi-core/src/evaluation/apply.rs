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
            deputy,
            answers,
            basis,
            threshold,
            rectify_by,
            resurvey_of,
        } => {
            // Its tasks exist exactly when its rate is below its threshold.
            if crate::evaluation::survey_rate(answers, *basis).below(*threshold)
                != rectify_by.is_some()
            {
                return Err(Conflict::new(event, "测评结果与其满意率和标准不符"));
            }
            if let Some(p) = resurvey_of {
                let Some(prev) = slice.surveys.get_mut(p) else {
                    return Err(Conflict::new(event, "没有找到要重新测评的那次测评"));
                };
                if prev.resurveyed.is_some() {
                    return Err(Conflict::new(event, "这次测评已经重新测评过"));
                }
                if !prev
                    .done
                    .contains_key(&crate::evaluation::SurveyTask::Rectification)
                {
                    return Err(Conflict::new(event, "整改尚未完成，不能重新测评"));
                }
                prev.resurveyed = Some((*id, on));
            }
            slice.surveys.insert(
                *id,
                Survey {
                    id: *id,
                    item: *item,
                    deputy: *deputy,
                    on,
                    by: event.actor.shown(),
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
