//! Department review (部门评议, domain.md §3): a unit's items of the last
//! years (2 by default), a phone follow-up of every one, an on-site sample
//! drawn reproducibly (`sample_size`, `draw`), findings per item and the
//! reviewers' result.

use chrono::{Months, NaiveDate};

use crate::evaluation::event::ItemNote;
use crate::handling::Rating;
use crate::ids::{DepartmentReviewId, SuggestionId, UnitId};
use crate::state::State;

/// A department review as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DepartmentReviewRecord {
    pub id: DepartmentReviewId,
    pub on: NaiveDate,
    pub by: String,
    pub unit: UnitId,
    /// The first day of the items' period.
    pub since: NaiveDate,
    /// Its items in number order.
    pub items: Vec<SuggestionId>,
    pub seed: u64,
    pub algorithm: String,
    /// The items visited on site, in number order.
    pub sample: Vec<SuggestionId>,
    pub concluded: Option<ReviewConclusion>,
}

/// What the reviewers found and decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewConclusion {
    pub on: NaiveDate,
    pub phoned: Vec<ItemNote>,
    pub findings: Vec<ItemNote>,
    pub result: Rating,
}

/// The first day of a review's period: `years` before `on`.
pub fn review_since(on: NaiveDate, years: u32) -> NaiveDate {
    on.checked_sub_months(Months::new(years * 12)).unwrap_or(on)
}

/// The items a unit was given (in any role, not returned) from `since` to
/// `on` inclusive, in number order (numbered ones first, by series and number).
pub fn review_items(
    state: &State,
    unit: UnitId,
    since: NaiveDate,
    on: NaiveDate,
) -> Vec<SuggestionId> {
    let mut items: Vec<SuggestionId> = state
        .handling
        .assignments
        .iter()
        .filter(|(_, a)| a.assigned_on >= since && a.assigned_on <= on)
        // Handled by it: an item it returned (退办) went to another unit.
        .filter(|(_, a)| a.tasks.iter().any(|t| t.unit == unit && t.ended.is_none()))
        .map(|(id, _)| *id)
        .collect();
    items.sort_by_key(|id| {
        let number = state.review_file(*id).and_then(|f| f.number);
        (number.is_none(), number, *id)
    });
    items
}
