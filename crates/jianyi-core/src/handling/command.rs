//! `HandlingCommand`: assignment (交办) by the committee office (in a
//! township, the presidium), the unit's receipt (签收) and its request to
//! return a wrong assignment (退办), and the office's decision on it.
//! Many items are assigned at once (交办会) as a `Command::Batch`.

use crate::handling::records::Handling;
use crate::ids::{SuggestionId, UnitId};

/// What an operator asks of handling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandlingCommand {
    /// Assigns an accepted item to its units.
    Assign {
        item: SuggestionId,
        handling: Handling,
    },
    /// The unit signs for the item (签收), on the business date.
    SignFor { item: SuggestionId, unit: UnitId },
    /// The unit asks to return a wrong assignment, with its reason, within
    /// the return window.
    AskReturn {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    /// The office approves a return and gives the item to another unit in
    /// the same role.
    ApproveReturn {
        item: SuggestionId,
        unit: UnitId,
        to: UnitId,
        comment: String,
    },
    /// The office refuses a return, with its reason: the unit keeps the
    /// item.
    RefuseReturn {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
}
