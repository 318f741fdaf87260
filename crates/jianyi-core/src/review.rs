//! The review subdomain: submission, the three reviews (代表团初审 →
//! 委室再审 → 议案组终审; one review in recess or in a township), returns
//! for improvement, and the final step's decisions (accept and number,
//! convert, merge, not accept), and the presidium's decision on an
//! accepted motion. It owns `ReviewCommand`, `ReviewEvent`,
//! `ReviewRejection`, its slice `ReviewSlice`, and their `decide` and
//! `apply`; `proposers` lists everyone who raised a handled item, merged
//! items' proposers included.

pub mod apply;
pub mod command;
pub mod decide;
pub mod event;
pub mod records;
pub mod rejection;

use std::collections::BTreeMap;

pub use apply::apply;
pub use command::ReviewCommand;
pub use decide::{decide, merge_allowed, merge_targets, series_name};
pub use event::ReviewEvent;
pub use records::*;
pub use rejection::ReviewRejection;

use crate::ids::{DeputyId, SuggestionId};
use crate::raising::{RaisingSlice, Suggestion};

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

/// Everyone who raised an item, each once, with the role shown: its lead
/// and confirmed co-signers, then those of the items merged into it, and
/// of items merged into those, along the whole chain (A into B, B into C:
/// C lists A's, B's and C's proposers). A deputy holding several roles is
/// shown in the strongest (`ProposerRole::strongest`), in the place first
/// met.
pub fn proposers(
    raising: &RaisingSlice,
    review: &ReviewSlice,
    s: &Suggestion,
) -> Vec<(DeputyId, ProposerRole)> {
    let mut out: Vec<(DeputyId, ProposerRole)> = Vec::new();
    let mut add = |d: DeputyId, role: ProposerRole| match out.iter_mut().find(|(x, _)| *x == d) {
        Some((_, r)) => *r = r.strongest(role),
        None => out.push((d, role)),
    };
    let mut seen = vec![s.id];
    // Depth first, in the order the items were merged.
    let mut todo = vec![(s, ProposerRole::Lead)];
    while let Some((x, lead_role)) = todo.pop() {
        add(x.draft.lead_deputy, lead_role);
        for c in x.confirmed_cosigners() {
            add(c, ProposerRole::CoSigner);
        }
        let merged = review
            .files
            .get(&x.id)
            .map_or(&[][..], |f| &f.merged_from[..]);
        for m in merged.iter().rev() {
            if seen.contains(m) {
                continue;
            }
            seen.push(*m);
            if let Some(y) = raising.suggestions.get(m) {
                todo.push((y, ProposerRole::MergedLead));
            }
        }
    }
    out
}
