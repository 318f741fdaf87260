//! `decide` for review. A step's act is taken at the desk of the step
//! (`ReviewStep::desk`): 通过 and 退回 at the current step's desk; 立案编号,
//! 转为建议, 并案 and 不予立案 at the final step's desk; acceptance also
//! needs the numbering copy.

use crate::command::{Ctx, Rejection};
use crate::directory::EntryRef;
use crate::ids::SuggestionId;
use crate::input;
use crate::office::OfficeRejection;
use crate::raising::decide::suggestion;
use crate::raising::{Suggestion, SuggestionKind, checks};
use crate::review::ReviewRejection;
use crate::review::command::ReviewCommand;
use crate::review::event::ReviewEvent;
use crate::review::records::{ReviewStep, Series, Stage};
use crate::state::State;

/// Decides a review command.
pub fn decide(
    state: &State,
    command: ReviewCommand,
    ctx: &Ctx,
) -> Result<Vec<ReviewEvent>, Rejection> {
    let events = match command {
        ReviewCommand::SubmitDraft { id } => {
            let s = suggestion(state, id)?;
            if state.stage(id) != Stage::Draft {
                return Err(crate::raising::RaisingRejection::NotDraft {
                    stage: state.stage(id).label(),
                }
                .into());
            }
            complete(state, s, ctx)?;
            state
                .directory
                .in_use(EntryRef::Deputy(s.draft.lead_deputy), false)?;
            vec![ReviewEvent::DraftSubmitted { id }]
        }
        ReviewCommand::PassReview { id, comment } => {
            let (_, step) = in_review(state, id, ctx)?;
            if step.is_final() {
                return Err(ReviewRejection::FinalStepPasses.into());
            }
            vec![ReviewEvent::ReviewPassed {
                id,
                step,
                comment: input::text("审查意见", &comment)?,
            }]
        }
        ReviewCommand::ReturnForImprovement { id, comment } => {
            let (_, step) = in_review(state, id, ctx)?;
            let comment = input::required_text("退回意见", &comment)?;
            vec![ReviewEvent::ReviewReturned { id, step, comment }]
        }
        ReviewCommand::Resubmit { id } => {
            let s = suggestion(state, id)?;
            let Stage::Returned(_) = state.stage(id) else {
                return Err(ReviewRejection::NotReturned.into());
            };
            complete(state, s, ctx)?;
            vec![ReviewEvent::Resubmitted { id }]
        }
        ReviewCommand::Accept { id } => {
            let (s, step) = in_review(state, id, ctx)?;
            final_step(step)?;
            match &state.office.profile {
                None => return Err(OfficeRejection::NoOffice.into()),
                Some(_) if state.numbering_office_on(ctx.business_date).is_none() => {
                    return Err(ReviewRejection::NotNumberingOffice.into());
                }
                Some(_) => {}
            }
            // A motion that falls short of the motion rules cannot be
            // numbered as a motion: accepting converts it, and says why.
            let settings = state.office.settings_on(ctx.business_date);
            let shortfall = match state.kind(s) {
                SuggestionKind::Motion => {
                    checks::kind_advice(&settings, &s.draft, s.signers() as u32)
                }
                SuggestionKind::Suggestion => None,
            };
            let mut out = Vec::new();
            if let Some(advice) = shortfall {
                out.push(ReviewEvent::ConvertedToSuggestion {
                    id,
                    comment: format!("{CONVERTED_ON_ACCEPTANCE}（{}）", advice.shortfall_zh()),
                });
            }
            let series = if out.is_empty() {
                state.series_of(s, ctx.business_date)
            } else {
                crate::review::apply::series(s, true, ctx.business_date)
            };
            out.push(ReviewEvent::Accepted {
                id,
                number: state.review.next_number(series),
            });
            out
        }
        ReviewCommand::ConvertToSuggestion { id } => {
            let (s, step) = in_review(state, id, ctx)?;
            final_step(step)?;
            if state.kind(s) != SuggestionKind::Motion {
                return Err(ReviewRejection::NotMotion.into());
            }
            vec![ReviewEvent::ConvertedToSuggestion {
                id,
                comment: String::new(),
            }]
        }
        ReviewCommand::Merge { id, into } => {
            let (s, step) = in_review(state, id, ctx)?;
            final_step(step)?;
            merge_allowed(state, s, into, ctx.business_date)?;
            vec![ReviewEvent::Merged { id, into }]
        }
        ReviewCommand::NotAccept { id, reason } => {
            let (_, step) = in_review(state, id, ctx)?;
            final_step(step)?;
            let reason = input::required_text("不予立案理由", &reason)?;
            vec![ReviewEvent::NotAccepted { id, reason }]
        }
        ReviewCommand::DecideMotion { id, decision } => {
            let s = suggestion(state, id)?;
            let stage = state.stage(id);
            let file = state.review_file(id);
            let Some(file) = file
                .filter(|_| stage == Stage::Accepted && state.kind(s) == SuggestionKind::Motion)
            else {
                let stage = match stage {
                    Stage::Accepted => "已作为建议立案".to_string(),
                    other => other.describe(),
                };
                return Err(ReviewRejection::NotAnAcceptedMotion { stage }.into());
            };
            if let Some(d) = file.motion_decision {
                return Err(ReviewRejection::MotionAlreadyDecided {
                    decision: d.label(),
                }
                .into());
            }
            at_desk(
                ctx,
                file.final_step(),
                "待大会主席团决定是否列入议程".into(),
            )?;
            vec![ReviewEvent::MotionDecided { id, decision }]
        }
    };
    Ok(events)
}

/// Whether an item may be merged on `on` into `into`: only into an item
/// the final step holds or has accepted (one at an earlier step, or
/// returned, may yet change; one merged or not accepted is closed), and
/// only within one numbering series (the handled item keeps one number of
/// that series). The item itself is not checked here.
pub fn merge_allowed(
    state: &State,
    s: &Suggestion,
    into: SuggestionId,
    on: chrono::NaiveDate,
) -> Result<(), Rejection> {
    if s.id == into {
        return Err(ReviewRejection::MergeIntoSelf.into());
    }
    let target = suggestion(state, into)?;
    match state.stage(into) {
        Stage::InReview(step) if step.is_final() => {}
        Stage::Accepted => {}
        Stage::Merged(_) | Stage::NotAccepted => {
            return Err(ReviewRejection::MergeTargetClosed.into());
        }
        stage @ (Stage::Draft | Stage::InReview(_) | Stage::Returned(_)) => {
            return Err(ReviewRejection::MergeTargetNotFinal {
                stage: stage.describe(),
            }
            .into());
        }
    }
    let ours = state.series_of(s, on);
    let theirs = state
        .review_file(into)
        .and_then(|f| f.number)
        .map_or_else(|| state.series_of(target, on), |(k, _)| k);
    if ours != theirs {
        return Err(ReviewRejection::MergeAcrossSeries {
            ours: series_name(state, ours),
            theirs: series_name(state, theirs),
        }
        .into());
    }
    Ok(())
}

/// The items an item may be merged into on `on` (`merge_allowed`), each
/// with its similarity in percent (`checks::draft_similarity`), most
/// similar first: what the review panel offers for 并案.
pub fn merge_targets(
    state: &State,
    id: SuggestionId,
    on: chrono::NaiveDate,
) -> Vec<(SuggestionId, u32)> {
    let Some(s) = state.raising.suggestions.get(&id) else {
        return Vec::new();
    };
    let mut out: Vec<(SuggestionId, u32)> = state
        .raising
        .suggestions
        .values()
        .filter(|x| merge_allowed(state, s, x.id, on).is_ok())
        .map(|x| (x.id, checks::draft_similarity(&s.draft, &x.draft)))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// How the trail begins when accepting converts a motion that falls
/// short of the motion rules.
pub const CONVERTED_ON_ACCEPTANCE: &str = "不符合议案条件，作为建议立案";

/// A numbering series as a clerk names it, e.g. 第十五届人民代表大会第三次
/// 会议建议 or 2027年闭会期间建议.
pub fn series_name(state: &State, series: Series) -> String {
    match series {
        Series::Session(session, kind) => {
            format!("{}{}", state.session_name(Some(session)), kind.label())
        }
        Series::Recess(year) => format!("{year}年闭会期间建议"),
    }
}

/// Refuses a step's act asked at another desk than the step's.
fn at_desk(ctx: &Ctx, step: ReviewStep, stage: String) -> Result<(), Rejection> {
    if ctx.actor.desk == step.desk() {
        Ok(())
    } else {
        Err(ReviewRejection::WrongDesk {
            stage,
            desk: step.desk().label(),
        }
        .into())
    }
}

/// Refuses an item whose required elements are not there yet, by the
/// settings in force on the act's business date.
fn complete(state: &State, s: &Suggestion, ctx: &Ctx) -> Result<(), Rejection> {
    let settings = state.office.settings_on(ctx.business_date);
    let missing =
        checks::check_with(state, &settings, &s.draft, Some(s.id), s.signers() as u32).missing();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(ReviewRejection::Incomplete { missing }.into())
    }
}

/// A suggestion waiting at a review step, asked at that step's desk.
fn in_review<'a>(
    state: &'a State,
    id: SuggestionId,
    ctx: &Ctx,
) -> Result<(&'a Suggestion, ReviewStep), Rejection> {
    let s = suggestion(state, id)?;
    match state.stage(id) {
        Stage::InReview(step) => {
            at_desk(ctx, step, Stage::InReview(step).describe())?;
            Ok((s, step))
        }
        other => Err(ReviewRejection::NotInReview {
            stage: other.describe(),
        }
        .into()),
    }
}

fn final_step(step: ReviewStep) -> Result<(), Rejection> {
    if step.is_final() {
        Ok(())
    } else {
        Err(ReviewRejection::NotFinalStep { step: step.label() }.into())
    }
}
