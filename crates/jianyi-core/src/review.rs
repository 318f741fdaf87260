//! The review subdomain: submission, the three reviews (代表团初审 →
//! 委室再审 → 议案组终审; one review in recess or in a township), returns
//! for improvement, and the final step's decisions (accept and number,
//! convert, merge, not accept). It owns `ReviewCommand`, `ReviewEvent`,
//! `ReviewRejection`, its slice `ReviewSlice`, and their `decide` and
//! `apply`.

pub mod apply;
pub mod command;
pub mod decide;
pub mod event;
pub mod records;
pub mod rejection;

use std::collections::BTreeMap;

pub use apply::apply;
pub use command::ReviewCommand;
pub use decide::decide;
pub use event::ReviewEvent;
pub use records::*;
pub use rejection::ReviewRejection;

use crate::ids::SuggestionId;

/// The review files of submitted items and the numbers given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewSlice {
    pub files: BTreeMap<SuggestionId, ReviewFile>,
    /// Every number given, by series: never given twice.
    pub numbers: BTreeMap<(Series, u32), SuggestionId>,
}

impl ReviewSlice {
    /// Where an item is: a draft until submitted.
    pub fn stage(&self, id: SuggestionId) -> Stage {
        self.files.get(&id).map_or(Stage::Draft, |f| f.stage)
    }

    /// The next number of a series: one more than the highest given, so the
    /// series stays gapless and a number is never reused.
    pub fn next_number(&self, series: Series) -> u32 {
        1 + self
            .numbers
            .range((series, 0)..=(series, u32::MAX))
            .next_back()
            .map_or(0, |((_, n), _)| *n)
    }
}
