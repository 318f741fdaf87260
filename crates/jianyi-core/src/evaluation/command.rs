//! `EvaluationCommand`: what a clerk asks of evaluation.

use crate::evaluation::event::{SurveyAnswer, SurveyTask};
use crate::ids::{DeputyId, SuggestionId, SurveyId};

/// An evaluation act.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvaluationCommand {
    /// The lead deputy's satisfaction survey of an item's handling, with
    /// each participant's rating; `resurvey_of` a failed survey whose
    /// rectification is done.
    HoldSurvey {
        item: SuggestionId,
        /// The lead deputy who organised it (a lead of the item).
        deputy: DeputyId,
        answers: Vec<SurveyAnswer>,
        resurvey_of: Option<SurveyId>,
    },
    /// A task of a failed survey done.
    CompleteSurveyTask {
        survey: SurveyId,
        task: SurveyTask,
        note: String,
    },
}
