//! `State`, the fold of all events: one slice per subdomain, and `apply`,
//! which routes each event to its subdomain's fold. A locally decided
//! event always applies; one merged from elsewhere may not, and then it is
//! kept as a `Conflict`, never a panic. The queries that read across
//! slices (an item's stage, number, proposers) live here too.

use thiserror::Error;

use crate::changes::Clash;
use crate::clock::Stamp;
use crate::directory::DirectorySlice;
use crate::event::{Event, EventKind, UnknownEvent};
use crate::ids::{CategoryId, DelegationId, DeputyId, EventId, SessionId, SuggestionId};
use crate::office::OfficeSlice;
use crate::raising::{RaisingSlice, Suggestion, SuggestionKind};
use crate::review::{ReviewFile, ReviewSlice, Series, Stage};
use crate::settings::Settings;
use crate::{directory, office, raising, review};

/// An event that does not apply to the state, kept and shown to a person.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("event {event} does not apply: {reason}")]
pub struct Conflict {
    pub event: EventId,
    pub reason: String,
    /// Two offices' edits of one field: both sides.
    pub clash: Option<Box<Clash>>,
}

impl Conflict {
    /// An event that does not apply, and why.
    pub fn new(event: &Event, reason: impl Into<String>) -> Conflict {
        Conflict {
            event: event.id,
            reason: reason.into(),
            clash: None,
        }
    }

    /// An edit held back because another office changed the same field.
    pub fn clash(event: &Event, clash: Clash) -> Conflict {
        Conflict {
            event: event.id,
            reason: clash.message_zh(),
            clash: Some(Box::new(clash)),
        }
    }
}

/// Everything the events say, folded: one slice per subdomain.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub office: OfficeSlice,
    pub directory: DirectorySlice,
    pub raising: RaisingSlice,
    pub review: ReviewSlice,
    /// The latest stamp seen, for the hybrid clock.
    pub last_stamp: Option<Stamp>,
    /// Events folded in.
    pub event_count: usize,
    /// Events that did not apply, in order.
    pub conflicts: Vec<Conflict>,
    /// Events this version cannot read, kept verbatim.
    pub unknown: Vec<UnknownEvent>,
}

impl State {
    /// Folds events, sorted by (stamp, id), into a fresh state. Events that
    /// do not apply are kept in `conflicts`.
    pub fn from_events(mut events: Vec<Event>) -> State {
        events.sort_by(|a, b| (&a.stamp, a.id).cmp(&(&b.stamp, b.id)));
        let mut state = State::default();
        for event in &events {
            if let Err(c) = state.apply(event) {
                state.conflicts.push(c);
            }
        }
        state
    }

    /// Folds one event in. On `Err`, the state is unchanged but for the
    /// clock, which has still seen the stamp.
    pub fn apply(&mut self, event: &Event) -> Result<(), Conflict> {
        if self.last_stamp.as_ref().is_none_or(|s| *s < event.stamp) {
            self.last_stamp = Some(event.stamp.clone());
        }
        self.event_count += 1;
        let State {
            office: office_slice,
            directory: directory_slice,
            raising: raising_slice,
            review: review_slice,
            ..
        } = self;
        match &event.kind {
            EventKind::Office(e) => office::apply(office_slice, e, event),
            EventKind::Directory(e) => directory::apply(directory_slice, e, event),
            EventKind::Raising(e) => raising::apply(raising_slice, review_slice, e, event),
            EventKind::Review(e) => review::apply(
                review_slice,
                raising_slice,
                &office_slice.settings,
                e,
                event,
            ),
        }
    }

    /// The rules in force.
    pub fn settings(&self) -> &Settings {
        &self.office.settings
    }

    /// Where an item is in its life.
    pub fn stage(&self, id: SuggestionId) -> Stage {
        self.review.stage(id)
    }

    /// The review file of a submitted item.
    pub fn review_file(&self, id: SuggestionId) -> Option<&ReviewFile> {
        self.review.files.get(&id)
    }

    /// The item's kind: a motion the final step converted is a suggestion.
    pub fn kind(&self, s: &Suggestion) -> SuggestionKind {
        if self.review_file(s.id).is_some_and(|f| f.converted) {
            SuggestionKind::Suggestion
        } else {
            s.draft.kind
        }
    }

    /// The numbering series of an item accepted on `on`.
    pub fn series_of(&self, s: &Suggestion, on: chrono::NaiveDate) -> Series {
        let converted = self.review_file(s.id).is_some_and(|f| f.converted);
        review::apply::series(s, converted, on)
    }

    /// The number as printed, e.g. 建议第12号 or 2027年闭会期间建议第3号.
    pub fn number_label(&self, s: &Suggestion) -> Option<String> {
        let (series, n) = self.review_file(s.id)?.number?;
        let prefix = match series {
            Series::Session(_, kind) => kind.label().to_string(),
            Series::Recess(year) => format!("{year}年闭会期间建议"),
        };
        Some(format!("{prefix}{}", self.settings().format_number(n)))
    }

    /// Items merged into this one.
    pub fn merged_into(&self, s: &Suggestion) -> &[SuggestionId] {
        self.review_file(s.id)
            .map_or(&[], |f| f.merged_from.as_slice())
    }

    /// Everyone who raised an item: its lead and confirmed co-signers, and
    /// those of the items merged into it, each once.
    pub fn proposers(&self, s: &Suggestion) -> Vec<DeputyId> {
        let mut out = Vec::new();
        let mut add = |x: &Suggestion| {
            for d in std::iter::once(x.draft.lead_deputy).chain(x.confirmed_cosigners()) {
                if !out.contains(&d) {
                    out.push(d);
                }
            }
        };
        add(s);
        for m in self.merged_into(s) {
            if let Some(x) = self.raising.suggestions.get(m) {
                add(x);
            }
        }
        out
    }

    /// Whether a suggestion is a key candidate: raised jointly by enough
    /// deputies, the lead included.
    pub fn key_candidate(&self, s: &Suggestion) -> bool {
        s.signers() as u32 >= self.settings().rules.key_candidate_min_deputies
    }

    /// The delegation's name, or a mark that it is unknown.
    pub fn delegation_name(&self, id: DelegationId) -> &str {
        self.directory.delegation_name(id)
    }

    /// The deputy's name, or a mark that they are unknown.
    pub fn deputy_name(&self, id: DeputyId) -> &str {
        self.directory.deputy_name(id)
    }

    /// The session's name, or 闭会期间 for a recess suggestion.
    pub fn session_name(&self, id: Option<SessionId>) -> &str {
        self.directory.session_name(id)
    }

    /// The category's name.
    pub fn category_name(&self, id: CategoryId) -> &str {
        self.directory.category_name(id)
    }

    /// The delegation of an item's lead deputy.
    pub fn delegation_of(&self, s: &Suggestion) -> Option<DelegationId> {
        self.directory
            .deputies
            .get(&s.draft.lead_deputy)
            .map(|d| d.delegation)
    }
}
