//! `ReviewCommand`: submission, the three reviews (one in recess or in a
//! township), returns, the final step's decisions, and the presidium's
//! decision on an accepted motion. Every act of a step is taken at the
//! desk of that step (`ReviewStep::desk`).

use crate::ids::SuggestionId;
use crate::review::records::MotionDecision;

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
    /// The final step accepts and numbers the item (the numbering copy
    /// only). A motion that falls short of the motion rules is converted
    /// into a suggestion and numbered as one, and the trail says so.
    Accept { id: SuggestionId },
    /// The final step turns a motion into a suggestion.
    ConvertToSuggestion { id: SuggestionId },
    /// The final step merges an item into a related one of the same
    /// series, at the final step or accepted (并案).
    Merge {
        id: SuggestionId,
        into: SuggestionId,
    },
    /// The final step does not accept the item, with the reason; items
    /// merged into it are not accepted with it.
    NotAccept { id: SuggestionId, reason: String },
    /// Records the presidium's decision on an accepted motion, once.
    DecideMotion {
        id: SuggestionId,
        decision: MotionDecision,
    },
}
