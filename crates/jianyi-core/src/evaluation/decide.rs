//! `decide` for evaluation. The committee office (a township presidium in
//! township mode) records evaluations (domain.md §6), in its own copy: the
//! lead deputy's satisfaction survey at its desk from the survey sheet, or
//! at the deputy desk with the lead deputy in person or on paper; a failed
//! survey's tasks at its desk, the unit's explanation and rectification
//! also at the unit's desk.

use crate::actor::{Desk, How};
use crate::calendar::deadline;
use crate::command::{Ctx, Rejection};
use crate::dates::zh;
use crate::evaluation::command::EvaluationCommand;
use crate::evaluation::event::{EvaluationEvent, SurveyAnswer, SurveyTask};
use crate::evaluation::rejection::EvaluationRejection;
use crate::evaluation::survey_rate;
use crate::input;
use crate::office::registering_desk;
use crate::state::State;

/// Decides an evaluation command.
pub fn decide(
    state: &State,
    command: EvaluationCommand,
    ctx: &Ctx,
) -> Result<Vec<EvaluationEvent>, Rejection> {
    let on = ctx.business_date;
    let Some(office) = registering_desk(state, on) else {
        return Err(EvaluationRejection::NotTheRegisteringOffice.into());
    };
    let event = match command {
        EvaluationCommand::HoldSurvey {
            item,
            deputy,
            answers,
            resurvey_of,
        } => {
            match ctx.actor.desk {
                Desk::Deputy => match ctx.actor.how {
                    How::InPerson | How::PaperKeyedIn => {}
                    How::Operator | How::Packet => {
                        return Err(EvaluationRejection::NotPersonal.into());
                    }
                },
                desk if desk == office => {}
                desk => {
                    return Err(EvaluationRejection::WrongDesk {
                        asked: desk.label(),
                        desks: "领衔代表（代表工作台）或代表工委",
                    }
                    .into());
                }
            }
            crate::raising::decide::suggestion(state, item)?;
            if !crate::handling::lead_deputies(state, item).contains(&deputy) {
                return Err(EvaluationRejection::NotALead {
                    deputy: state.deputy_name(deputy).to_string(),
                }
                .into());
            }
            let Some(replied) = crate::handling::facts(state, item, on).and_then(|f| f.replied)
            else {
                return Err(EvaluationRejection::NotReplied.into());
            };
            if on < replied {
                return Err(EvaluationRejection::BeforeReply { on: zh(replied) }.into());
            }
            if answers.is_empty() {
                return Err(EvaluationRejection::NoAnswers.into());
            }
            let mut named: Vec<SurveyAnswer> = Vec::new();
            for (i, a) in answers.into_iter().enumerate() {
                let name = a.name.trim().to_string();
                if name.is_empty() {
                    return Err(EvaluationRejection::Unnamed { n: i + 1 }.into());
                }
                if named.iter().any(|x| x.name == name) {
                    return Err(EvaluationRejection::AnsweredTwice { name }.into());
                }
                named.push(SurveyAnswer {
                    name,
                    rating: a.rating,
                });
            }
            if let Some(prev) = resurvey_of {
                let p = state
                    .evaluation
                    .surveys
                    .get(&prev)
                    .ok_or(EvaluationRejection::UnknownSurvey)?;
                if p.item != item {
                    return Err(EvaluationRejection::OtherItem.into());
                }
                if !p.failed() {
                    return Err(EvaluationRejection::NoTasks.into());
                }
                if let Some((_, when)) = p.resurveyed {
                    return Err(EvaluationRejection::AlreadyResurveyed { on: zh(when) }.into());
                }
                let Some((rectified, _)) = p.done.get(&SurveyTask::Rectification) else {
                    return Err(EvaluationRejection::NotRectified.into());
                };
                if on < *rectified {
                    return Err(
                        EvaluationRejection::BeforeRectification { on: zh(*rectified) }.into(),
                    );
                }
            } else if let Some(open) = state
                .evaluation
                .surveys
                .values()
                .find(|x| x.item == item && x.failed() && x.resurveyed.is_none())
            {
                // A failed survey waits for its rectification and re-survey.
                return Err(EvaluationRejection::FailedOpen { on: zh(open.on) }.into());
            }
            let settings = state.office.settings_on(on);
            let (basis, threshold) = (
                settings.evaluation.satisfaction_basis,
                settings.evaluation.satisfaction_threshold_percent,
            );
            let rectify_by = survey_rate(&named, basis).below(threshold).then(|| {
                deadline(
                    &settings.calendar.holidays,
                    on,
                    settings.deadlines.rectification,
                    settings.calendar.counting,
                )
                .due
            });
            EvaluationEvent::SurveyHeld {
                id: ctx.ids.next(),
                item,
                deputy,
                answers: named,
                basis,
                threshold,
                rectify_by,
                resurvey_of,
            }
        }
        EvaluationCommand::CompleteSurveyTask { survey, task, note } => {
            let desk = ctx.actor.desk;
            let unit_may = desk == Desk::Unit && task != SurveyTask::Report;
            if desk != office && !unit_may {
                return Err(EvaluationRejection::WrongDesk {
                    asked: desk.label(),
                    desks: "代表工委（承办单位的说明和整改也可在承办单位工作台）",
                }
                .into());
            }
            let s = state
                .evaluation
                .surveys
                .get(&survey)
                .ok_or(EvaluationRejection::UnknownSurvey)?;
            if !s.failed() {
                return Err(EvaluationRejection::NoTasks.into());
            }
            if let Some((when, _)) = s.done.get(&task) {
                return Err(EvaluationRejection::TaskDone { on: zh(*when) }.into());
            }
            if on < s.on {
                return Err(EvaluationRejection::BeforeSurvey { on: zh(s.on) }.into());
            }
            EvaluationEvent::SurveyTaskDone {
                survey,
                item: s.item,
                task,
                note: input::required_text("完成情况", &note)?,
            }
        }
    };
    Ok(vec![event])
}
