//! `ReviewCommand`: submission, the three reviews (one in recess or in a
//! township), returns, and the final step's decisions.

use crate::ids::SuggestionId;

/// What an operator asks of review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewCommand {
    /// Hands the draft in for review, once its required elements are there.
    SubmitDraft { id: SuggestionId },
    /// A review step passes the item on to the next step.
    PassReview { id: SuggestionId, comment: String },
    /// A review step returns the item to guide its improvement.
    ReturnForImprovement { id: SuggestionId, comment: String },
    /// The deputy hands a revised item back to the step that returned it.
    Resubmit { id: SuggestionId },
    /// The final step accepts and numbers the item (the numbering copy only).
    Accept { id: SuggestionId },
    /// The final step turns a motion into a suggestion.
    ConvertToSuggestion { id: SuggestionId },
    /// The final step merges an item into a related one (并案).
    Merge {
        id: SuggestionId,
        into: SuggestionId,
    },
    /// The final step does not accept the item, with the reason.
    NotAccept { id: SuggestionId, reason: String },
}
