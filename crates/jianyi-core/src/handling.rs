//! The handling subdomain: assignment (交办) to a lead unit and co-units
//! or to several units separately (分办), with each replying unit's
//! deadline carried in the event; the unit's receipt (签收) and its
//! request to return a wrong assignment (退办) within the return window,
//! decided by the office, which reassigns; and the early warning
//! (`warning`) of every assigned item from its deadline and the date of
//! today; and handling with the deputy (`handle`): communication before
//! handling, the plan and progress, co-units' opinions and countersign,
//! extensions, the reply with one letter per proposer (`letter`) and its
//! disclosure; and after the reply (`follow`): the deputies' feedback,
//! second handling, commitments followed across years, and closing. It owns `HandlingCommand`, `HandlingEvent`,
//! `HandlingRejection`, its slice `HandlingSlice`, and their `decide` and
//! `apply`.

pub mod apply;
pub mod command;
pub mod decide;
pub mod event;
pub mod follow;
pub mod handle;
pub mod letter;
pub mod records;
pub mod rejection;
pub mod warning;

use std::collections::BTreeMap;

pub use apply::apply;
pub use command::HandlingCommand;
pub use command::ReplyFields;
pub use decide::{decide, return_window, return_window_explained, unsigned_too_long};
pub use event::HandlingEvent;
pub use follow::{
    Facts, FollowUp, Realisation, Satisfaction, awaiting_feedback, facts, facts_for, feedback_due,
    follow_ups, lead_deputies, not_yet_closable, opinion_results, sent_back_event,
};
pub use handle::maximum;
pub use letter::{Letter, TimelineEntry, co_opinion_due, letters, opening, timeline};
pub use records::*;
pub use rejection::HandlingRejection;
pub use warning::{Colour, Warning, warning, warning_for, warning_for_deputy};

use crate::ids::{SuggestionId, UnitId};

/// The assigned items.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HandlingSlice {
    pub assignments: BTreeMap<SuggestionId, Assignment>,
}

impl HandlingSlice {
    /// The items `unit` holds now, each with its task, in item order.
    pub fn of_unit(&self, unit: UnitId) -> Vec<(&Assignment, &Task)> {
        self.assignments
            .values()
            .filter_map(|a| a.task(unit).map(|t| (a, t)))
            .collect()
    }

    /// The items `unit` was ever given (returned ones included): what its
    /// packets carry.
    pub fn ever_held_by(&self, unit: UnitId) -> impl Iterator<Item = SuggestionId> + '_ {
        self.assignments
            .values()
            .filter(move |a| a.tasks.iter().any(|t| t.unit == unit))
            .map(|a| a.item)
    }

    /// Extensions asked and not yet decided: (item, task), oldest first.
    pub fn extensions_asked(&self) -> Vec<(&Assignment, &Task)> {
        let mut out: Vec<(&Assignment, &Task)> = self
            .assignments
            .values()
            .flat_map(|a| a.current().map(move |t| (a, t)))
            .filter(|(_, t)| t.extension_pending().is_some() && t.replied.is_none())
            .collect();
        out.sort_by_key(|(_, t)| t.extension_pending().map(|e| e.asked_on));
        out
    }

    /// Returns asked and not yet decided: (item, task), oldest first.
    pub fn returns_asked(&self) -> Vec<(&Assignment, &Task)> {
        let mut out: Vec<(&Assignment, &Task)> = self
            .assignments
            .values()
            .flat_map(|a| a.current().map(move |t| (a, t)))
            .filter(|(_, t)| t.return_asked.is_some())
            .collect();
        out.sort_by_key(|(_, t)| t.return_asked.as_ref().map(|r| r.asked_on));
        out
    }
}
