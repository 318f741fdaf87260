//! The raising subdomain (三提): citizen opinions, drafts, co-signing and
//! the live drafting checks. It owns `RaisingCommand`, `RaisingEvent`,
//! `RaisingRejection`, its slice `RaisingSlice`, and their `decide` and
//! `apply`; `checks` are the element checklist, the negative list, one
//! matter per suggestion, similar items and the kind's rules.

pub mod apply;
pub mod checks;
pub mod command;
pub mod decide;
pub mod event;
pub mod records;
pub mod rejection;

use std::collections::BTreeMap;

pub use apply::apply;
pub use command::{OpinionFields, RaisingCommand};
pub use decide::decide;
pub use event::{DraftChanges, OpinionChanges, RaisingEvent};
pub use records::*;
pub use rejection::RaisingRejection;

use crate::changes::Versioned;
use crate::ids::{OpinionId, SuggestionId};

/// Opinions and suggestions, folded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RaisingSlice {
    pub opinions: BTreeMap<OpinionId, Versioned<Opinion>>,
    /// Citizens' contacts: private, kept apart from the opinion.
    pub contacts: BTreeMap<OpinionId, Versioned<String>>,
    /// The suggestions made from each opinion, kept from the drafts' links.
    pub links: BTreeMap<OpinionId, Vec<SuggestionId>>,
    pub suggestions: BTreeMap<SuggestionId, Suggestion>,
}

impl RaisingSlice {
    /// The citizen's contact of an opinion, empty if none was given.
    pub fn contact(&self, id: OpinionId) -> &str {
        self.contacts.get(&id).map_or("", |c| c.as_str())
    }

    /// The suggestions made from an opinion.
    pub fn suggestions_from(&self, id: OpinionId) -> &[SuggestionId] {
        self.links.get(&id).map_or(&[], Vec::as_slice)
    }

    /// Keeps opinions' links to the suggestions made from them.
    fn link_opinions(&mut self, id: SuggestionId, old: &[OpinionId], new: &[OpinionId]) {
        for o in old.iter().filter(|o| !new.contains(o)) {
            if let Some(list) = self.links.get_mut(o) {
                list.retain(|s| *s != id);
            }
        }
        for o in new {
            let list = self.links.entry(*o).or_default();
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }
}
