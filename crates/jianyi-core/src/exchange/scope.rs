//! Scope by role: what a packet to a partner may carry, by the partner's
//! role and the directory entry its copy is bound to (its card). Private
//! data (a deputy's phone, a citizen's contact) and an office's own
//! business (settings, profile, identity, trust) never travel to a partner
//! at all (`EventKind::is_private`, `is_local`): only a whole backup holds
//! them. Of the rest:
//!
//! - a committee office and a township presidium see everything;
//! - a delegation sees the directories and the items (their drafting,
//!   co-signing, review and numbers) of which one of its deputies is a
//!   proposer (lead, merged lead or co-signer);
//! - a station sees the directories, the citizens' opinions recorded at it,
//!   and the items of which a deputy serving there is a proposer, or that
//!   were drafted from its opinions;
//! - a handling unit sees the directories and the items it was ever
//!   assigned (交办; as lead, co-unit or separate handler, returned ones
//!   included), with their raising, review and handling;
//! - a leader's office bound to its leader sees the directories and the
//!   items that leader leads (领办) or supervises (督办), or follows as a
//!   supervision group's leader, or did before (their trail, and the change
//!   that took them away), with their raising, review, handling and
//!   supervision; one not yet bound, the directories only;
//! - every partner sees the items it drafted itself (`with_items`);
//! - a station's or delegation's copy not yet bound to its entry sees the
//!   directories only;
//! - supervision goes with its items, any of them (a record covering
//!   several goes to each of their units); a session's principle of key
//!   suggestions goes to none of these;
//! - evaluations (a survey names who rated a unit how) go to none of
//!   these;
//! - a conflict's resolution (its record's and field's names, no value)
//!   goes where the conflict's held event may go.
//!
//! The scope is read from the sender's state when the packet is made.

use std::collections::BTreeSet;

use crate::event::{Event, EventKind};
use crate::exchange::delta::Holdings;
use crate::exchange::judge::{Record, record_of};
use crate::exchange::packet::{OfficeCard, Seal};
use crate::ids::{DeputyId, EventId, OfficeId, OpinionId, SuggestionId};
use crate::office::OfficeRole;
use crate::review::ReviewEvent;
use crate::state::State;

/// What one partner may see of this office's store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerScope {
    /// Everything that travels (a committee office, a presidium).
    all: bool,
    items: BTreeSet<SuggestionId>,
    opinions: BTreeSet<OpinionId>,
    /// The conflicts (by held event) whose held event it may see: their
    /// resolutions name its record.
    conflicts: BTreeSet<EventId>,
}

impl PartnerScope {
    /// The scope of the partner on `card`, read from `state`.
    pub fn of(state: &State, card: &OfficeCard) -> PartnerScope {
        let mut scope = PartnerScope {
            all: false,
            items: BTreeSet::new(),
            opinions: BTreeSet::new(),
            conflicts: BTreeSet::new(),
        };
        let directory = &state.directory;
        let deputies: BTreeSet<DeputyId> = match card.role {
            OfficeRole::CommitteeOffice | OfficeRole::TownshipPresidium => {
                scope.all = true;
                return scope;
            }
            // A leader's office: the items its leader answers for.
            OfficeRole::LeaderOffice => {
                let Some(leader) = card.leader else {
                    return scope;
                };
                scope.items = crate::supervision::items_ever_of_leader(state, leader)
                    .into_iter()
                    .collect();
                BTreeSet::new()
            }
            // A unit: the items it was ever given (one it returned keeps
            // its trail), with their raising and review.
            OfficeRole::HandlingUnit => {
                let Some(unit) = card.unit else {
                    return scope;
                };
                scope.items = state.handling.ever_held_by(unit).collect();
                BTreeSet::new()
            }
            OfficeRole::Station => {
                let Some(station) = card.station else {
                    return scope;
                };
                scope.opinions = state
                    .raising
                    .opinions
                    .iter()
                    .filter(|(_, o)| o.station == station)
                    .map(|(id, _)| *id)
                    .collect();
                directory
                    .deputies
                    .iter()
                    .filter(|(_, d)| d.stations.contains(&station))
                    .map(|(id, _)| *id)
                    .collect()
            }
            OfficeRole::Delegation => {
                let Some(delegation) = card.delegation else {
                    return scope;
                };
                directory
                    .deputies
                    .iter()
                    .filter(|(_, d)| d.delegation == delegation)
                    .map(|(id, _)| *id)
                    .collect()
            }
        };
        for (id, s) in &state.raising.suggestions {
            let from_opinions = s.draft.opinions.iter().any(|o| scope.opinions.contains(o));
            if from_opinions || state.proposers(s).iter().any(|d| deputies.contains(d)) {
                scope.items.insert(*id);
            }
        }
        // A merge joins two items' records: whoever sees one sees both
        // (the target keeps the merged item's proposers, and its trail
        // names the merged item).
        let merges: Vec<(SuggestionId, SuggestionId)> = state
            .review
            .files
            .iter()
            .flat_map(|(into, f)| f.merged_from.iter().map(move |id| (*id, *into)))
            .collect();
        let mut grew = true;
        while grew {
            grew = false;
            for (id, into) in &merges {
                if scope.items.contains(id) != scope.items.contains(into) {
                    scope.items.insert(*id);
                    scope.items.insert(*into);
                    grew = true;
                }
            }
        }
        scope.conflicts = state
            .conflicts
            .iter()
            .chain(state.resolutions.resolved.iter().map(|r| &r.conflict))
            .filter(|c| scope.may_see(&c.held))
            .map(|c| c.event)
            .collect();
        scope
    }

    /// Adds items the partner may see whatever its binding: those it
    /// drafted itself (their numbers and review go back to it).
    pub fn with_items(mut self, items: impl IntoIterator<Item = SuggestionId>) -> PartnerScope {
        if !self.all {
            self.items.extend(items);
        }
        self
    }

    /// Whether the partner may see `event` (one that travels at all).
    pub fn may_see(&self, event: &Event) -> bool {
        if self.all {
            return true;
        }
        // A merge concerns both items.
        if let EventKind::Review(ReviewEvent::Merged { id, into }) = &event.kind {
            return self.items.contains(id) || self.items.contains(into);
        }
        // Evaluations stay with the offices that record them: a survey
        // names who rated a unit how.
        if let EventKind::Evaluation(_) = &event.kind {
            return false;
        }
        // Supervision goes with its items, any of them (a record covers
        // several); a session's principle, of no item, to none of these.
        if let EventKind::Supervision(e) = &event.kind {
            return e.items().iter().any(|i| self.items.contains(i));
        }
        match record_of(&event.kind) {
            None | Some(Record::Entry(_)) => true,
            // A conflict's resolution names the record and field of its held
            // event (no value): it goes where that event may go. One of a
            // conflict this office does not hold goes to no partner but a
            // committee office or presidium (who see everything).
            Some(Record::Conflict(id)) => self.conflicts.contains(&id),
            Some(Record::Suggestion(id)) => self.items.contains(&id),
            Some(Record::Opinion(id)) => self.opinions.contains(&id),
        }
    }

    /// How many items the partner may see (everything: None).
    pub fn items(&self) -> Option<usize> {
        (!self.all).then_some(self.items.len())
    }
}

/// Whether an event goes to partners at all: not an office's own business
/// (`is_local`) and no private data (`is_private`).
pub fn travels(event: &Event) -> bool {
    !event.kind.is_local() && !event.kind.is_private()
}

/// Whether `event`, under `seal` (None: not sealed yet, so never sent),
/// goes into a packet to `partner`: it travels, the partner may see it
/// (`scope`), the partner did not make it, and did not say it holds it
/// (`heard`: what it said in its newest packet; None: it never said, so it
/// gets everything else it may see).
pub fn goes_to(
    scope: &PartnerScope,
    heard: Option<&Holdings>,
    partner: OfficeId,
    event: &Event,
    seal: Option<&Seal>,
) -> bool {
    travels(event)
        && scope.may_see(event)
        && seal.is_none_or(|seal| match heard {
            Some(heard) => heard.lacks(partner, seal),
            // Nothing said yet: everything but its own events.
            None => seal.office != partner,
        })
}
