//! `decide` for review.

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
use crate::review::records::{ReviewStep, Stage};
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
            complete(state, s)?;
            state
                .directory
                .in_use(EntryRef::Deputy(s.draft.lead_deputy), false)?;
            vec![ReviewEvent::DraftSubmitted { id }]
        }
        ReviewCommand::PassReview { id, comment } => {
            let (_, step) = in_review(state, id)?;
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
            let (_, step) = in_review(state, id)?;
            let comment = input::required_text("退回意见", &comment)?;
            vec![ReviewEvent::ReviewReturned { id, step, comment }]
        }
        ReviewCommand::Resubmit { id } => {
            let s = suggestion(state, id)?;
            let Stage::Returned(_) = state.stage(id) else {
                return Err(ReviewRejection::NotReturned.into());
            };
            complete(state, s)?;
            vec![ReviewEvent::Resubmitted { id }]
        }
        ReviewCommand::Accept { id } => {
            let (s, step) = in_review(state, id)?;
            final_step(step)?;
            match &state.office.profile {
                None => return Err(OfficeRejection::NoOffice.into()),
                Some(o) if !o.numbering => return Err(ReviewRejection::NotNumberingOffice.into()),
                Some(_) => {}
            }
            let series = state.series_of(s, ctx.business_date);
            vec![ReviewEvent::Accepted {
                id,
                number: state.review.next_number(series),
            }]
        }
        ReviewCommand::ConvertToSuggestion { id } => {
            let (s, step) = in_review(state, id)?;
            final_step(step)?;
            if state.kind(s) != SuggestionKind::Motion {
                return Err(ReviewRejection::NotMotion.into());
            }
            vec![ReviewEvent::ConvertedToSuggestion { id }]
        }
        ReviewCommand::Merge { id, into } => {
            let (_, step) = in_review(state, id)?;
            final_step(step)?;
            if id == into {
                return Err(ReviewRejection::MergeIntoSelf.into());
            }
            suggestion(state, into)?;
            match state.stage(into) {
                Stage::InReview(_) | Stage::Returned(_) | Stage::Accepted => {}
                Stage::Draft | Stage::Merged(_) | Stage::NotAccepted => {
                    return Err(ReviewRejection::MergeTargetClosed.into());
                }
            }
            vec![ReviewEvent::Merged { id, into }]
        }
        ReviewCommand::NotAccept { id, reason } => {
            let (_, step) = in_review(state, id)?;
            final_step(step)?;
            let reason = input::required_text("不予立案理由", &reason)?;
            vec![ReviewEvent::NotAccepted { id, reason }]
        }
    };
    Ok(events)
}

/// Refuses an item whose required elements are not there yet.
fn complete(state: &State, s: &Suggestion) -> Result<(), Rejection> {
    let missing = checks::check(state, &s.draft, Some(s.id), s.signers() as u32).missing();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(ReviewRejection::Incomplete { missing }.into())
    }
}

/// A suggestion waiting at a review step.
fn in_review(state: &State, id: SuggestionId) -> Result<(&Suggestion, ReviewStep), Rejection> {
    let s = suggestion(state, id)?;
    match state.stage(id) {
        Stage::InReview(step) => Ok((s, step)),
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
