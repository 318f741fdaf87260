//! `apply` for review: each act applies only at the step it was taken at.
//! An item merged into one that is not accepted is not accepted with it,
//! whichever of the merge and the refusal is folded first.

use crate::event::Event;
use crate::ids::SuggestionId;
use crate::raising::RaisingSlice;
use crate::review::ReviewSlice;
use crate::review::event::ReviewEvent;
use crate::review::records::{ReviewAction, ReviewFile, ReviewStep, Series, Stage, TrailEntry};
use crate::settings::Settings;
use crate::state::Conflict;

/// How the reason of an item not accepted with the item it was merged
/// into begins.
pub const WITH_TARGET: &str = "随并入的建议不予立案：";

fn trail(event: &Event, step: ReviewStep, action: ReviewAction, comment: &str) -> TrailEntry {
    TrailEntry {
        step,
        action,
        comment: comment.to_string(),
        on: event.business_date,
        by: format!("{}（{}）", event.actor.operator, event.actor.desk.label()),
    }
}

/// Folds a review event into its slice; raising's slice gives the draft
/// (its session and kind), the settings the review path.
pub fn apply(
    slice: &mut ReviewSlice,
    raising: &RaisingSlice,
    settings: &Settings,
    e: &ReviewEvent,
    event: &Event,
) -> Result<(), Conflict> {
    match e {
        ReviewEvent::DraftSubmitted { id } => {
            let Some(s) = raising.suggestions.get(id) else {
                return Err(Conflict::new(event, "建议不存在"));
            };
            if slice.files.contains_key(id) {
                return Err(Conflict::new(event, "建议已提交，不再是草稿"));
            }
            slice
                .files
                .insert(*id, submitted(settings, s, event.business_date));
            Ok(())
        }
        ReviewEvent::ReviewPassed { id, step, comment } => {
            let f = at_step(slice, id, *step, event)?;
            let next = f.path.iter().skip_while(|x| *x != step).nth(1).copied();
            let Some(next) = next else {
                return Err(Conflict::new(event, "已是最后一道审查"));
            };
            f.stage = Stage::InReview(next);
            f.trail
                .push(trail(event, *step, ReviewAction::Passed, comment));
            Ok(())
        }
        ReviewEvent::ReviewReturned { id, step, comment } => {
            let f = at_step(slice, id, *step, event)?;
            f.stage = Stage::Returned(*step);
            f.trail
                .push(trail(event, *step, ReviewAction::Returned, comment));
            Ok(())
        }
        ReviewEvent::Resubmitted { id } => {
            let Some(f) = slice.files.get_mut(id) else {
                return Err(Conflict::new(event, "建议不存在"));
            };
            let Stage::Returned(step) = f.stage else {
                return Err(Conflict::new(event, "建议没有被退回"));
            };
            f.stage = Stage::InReview(step);
            f.trail
                .push(trail(event, step, ReviewAction::Resubmitted, ""));
            Ok(())
        }
        ReviewEvent::Accepted { id, number } => {
            let Some(s) = raising.suggestions.get(id) else {
                return Err(Conflict::new(event, "建议不存在"));
            };
            let converted = slice.files.get(id).is_some_and(|f| f.converted);
            let series = series(s, converted, event.business_date);
            if slice.numbers.contains_key(&(series, *number)) {
                return Err(Conflict::new(event, "案号已被使用"));
            }
            let f = at_final(slice, id, event)?;
            let step = f.current_step();
            f.stage = Stage::Accepted;
            f.number = Some((series, *number));
            f.trail
                .push(trail(event, step, ReviewAction::Accepted(*number), ""));
            slice.numbers.insert((series, *number), *id);
            Ok(())
        }
        ReviewEvent::ConvertedToSuggestion { id, comment } => {
            let f = at_final(slice, id, event)?;
            let step = f.current_step();
            f.converted = true;
            f.trail
                .push(trail(event, step, ReviewAction::Converted, comment));
            Ok(())
        }
        ReviewEvent::Merged { id, into } => {
            if !raising.suggestions.contains_key(into) {
                return Err(Conflict::new(event, "要并入的建议不存在"));
            }
            let f = at_final(slice, id, event)?;
            let step = f.current_step();
            f.stage = Stage::Merged(*into);
            f.trail
                .push(trail(event, step, ReviewAction::Merged(*into), ""));
            if let Some(target) = slice.files.get_mut(into) {
                target.merged_from.push(*id);
                target
                    .trail
                    .push(trail(event, step, ReviewAction::MergedFrom(*id), ""));
            }
            // Merged into an item already not accepted (the refusal was
            // folded first): not accepted with it.
            let root = slice.files.get(&root_of(slice, *into));
            if let Some(reason) = root
                .filter(|f| f.stage == Stage::NotAccepted)
                .map(|f| f.not_accepted_reason.clone())
            {
                not_accept_with_target(slice, *id, &reason, event);
            }
            Ok(())
        }
        ReviewEvent::NotAccepted { id, reason } => {
            let f = at_final(slice, id, event)?;
            let step = f.current_step();
            f.stage = Stage::NotAccepted;
            f.not_accepted_reason = reason.clone();
            f.trail
                .push(trail(event, step, ReviewAction::NotAccepted, reason));
            let merged = f.merged_from.clone();
            for m in merged {
                not_accept_with_target(slice, m, reason, event);
            }
            Ok(())
        }
        ReviewEvent::Imported { id, number, source } => {
            let Some(s) = raising.suggestions.get(id) else {
                return Err(Conflict::new(event, "建议不存在"));
            };
            if slice.files.contains_key(id) {
                return Err(Conflict::new(event, "建议已提交，不再是草稿"));
            }
            let series = series(s, false, event.business_date);
            if slice.numbers.contains_key(&(series, *number)) {
                return Err(Conflict::new(event, "案号已被使用"));
            }
            // Submitted and accepted at once, at the last step of its path.
            let mut f = submitted(settings, s, event.business_date);
            let comment = format!("台账“{}”第{}行", source.file, source.line);
            let step = f.final_step();
            f.stage = Stage::Accepted;
            f.number = Some((series, *number));
            f.trail.push(trail(
                event,
                step,
                ReviewAction::Accepted(*number),
                &comment,
            ));
            f.ledger = Some(source.clone());
            slice.files.insert(*id, f);
            slice.numbers.insert((series, *number), *id);
            Ok(())
        }
        ReviewEvent::MotionDecided { id, decision } => {
            let Some(f) = slice.files.get_mut(id) else {
                return Err(Conflict::new(event, "建议不存在或尚未提交"));
            };
            if f.stage != Stage::Accepted {
                return Err(Conflict::new(event, "议案尚未立案"));
            }
            if f.motion_decision.is_some() {
                return Err(Conflict::new(event, "议案已有主席团决定"));
            }
            let step = f.final_step();
            f.motion_decision = Some(*decision);
            f.trail.push(trail(
                event,
                step,
                ReviewAction::MotionDecided(*decision),
                "",
            ));
            Ok(())
        }
    }
}

/// The file of an item submitted on `on`, waiting at the first step of
/// its path, fixed at submission: the presidium's in a township, the
/// committee office's in recess, else all three.
fn submitted(
    settings: &Settings,
    s: &crate::raising::Suggestion,
    on: chrono::NaiveDate,
) -> ReviewFile {
    let path = if settings.rules.township_mode {
        vec![ReviewStep::Presidium]
    } else if s.draft.session.is_none() {
        vec![ReviewStep::Recess]
    } else {
        vec![
            ReviewStep::Delegation,
            ReviewStep::Committee,
            ReviewStep::Final,
        ]
    };
    ReviewFile {
        stage: Stage::InReview(path[0]),
        path,
        submitted_on: on,
        trail: Vec::new(),
        number: None,
        merged_from: Vec::new(),
        not_accepted_reason: String::new(),
        converted: false,
        motion_decision: None,
        ledger: None,
    }
}

/// The item a chain of merges ends at: `id` itself unless it was merged.
fn root_of(slice: &ReviewSlice, id: SuggestionId) -> SuggestionId {
    let mut at = id;
    let mut seen = vec![id];
    while let Some(Stage::Merged(next)) = slice.files.get(&at).map(|f| f.stage) {
        if seen.contains(&next) {
            break;
        }
        seen.push(next);
        at = next;
    }
    at
}

/// An item merged into one that is not accepted is not accepted with it,
/// and so are the items merged into it: each says why, in its reason and
/// on its trail.
fn not_accept_with_target(slice: &mut ReviewSlice, id: SuggestionId, reason: &str, event: &Event) {
    let reason = if reason.starts_with(WITH_TARGET) {
        reason.to_string()
    } else {
        format!("{WITH_TARGET}{reason}")
    };
    let mut todo = vec![id];
    let mut seen = Vec::new();
    while let Some(m) = todo.pop() {
        if seen.contains(&m) {
            continue;
        }
        seen.push(m);
        let Some(f) = slice.files.get_mut(&m) else {
            continue;
        };
        if !matches!(f.stage, Stage::Merged(_)) {
            continue;
        }
        let step = f.current_step();
        f.stage = Stage::NotAccepted;
        f.not_accepted_reason = reason.clone();
        f.trail
            .push(trail(event, step, ReviewAction::NotAccepted, &reason));
        todo.extend(f.merged_from.iter().rev().copied());
    }
}

/// The numbering series of an item accepted on `on`: its session and
/// kind, or the year of the business date for a recess suggestion.
pub fn series(s: &crate::raising::Suggestion, converted: bool, on: chrono::NaiveDate) -> Series {
    let kind = if converted {
        crate::raising::SuggestionKind::Suggestion
    } else {
        s.draft.kind
    };
    match s.draft.session {
        Some(session) => Series::Session(session, kind),
        None => Series::Recess(chrono::Datelike::year(&on)),
    }
}

fn at_step<'a>(
    slice: &'a mut ReviewSlice,
    id: &SuggestionId,
    step: ReviewStep,
    event: &Event,
) -> Result<&'a mut ReviewFile, Conflict> {
    match slice.files.get_mut(id) {
        Some(f) if f.stage == Stage::InReview(step) => Ok(f),
        Some(_) => Err(Conflict::new(event, "建议不在这一审查环节")),
        None => Err(Conflict::new(event, "建议不存在或尚未提交")),
    }
}

fn at_final<'a>(
    slice: &'a mut ReviewSlice,
    id: &SuggestionId,
    event: &Event,
) -> Result<&'a mut ReviewFile, Conflict> {
    match slice.files.get_mut(id) {
        Some(f) if matches!(f.stage, Stage::InReview(step) if step.is_final()) => Ok(f),
        Some(_) => Err(Conflict::new(event, "建议不在最后一道审查")),
        None => Err(Conflict::new(event, "建议不存在或尚未提交")),
    }
}
