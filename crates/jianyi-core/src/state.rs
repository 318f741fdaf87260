//! `State`, the fold of all events: one slice per subdomain (office,
//! directory, raising, review, exchange, conflict), and `apply`,
//! which routes each event to its subdomain's fold. A locally decided
//! event always applies; one merged from elsewhere may not, and then it is
//! kept as a `Conflict`, never a panic, until a person resolves it
//! (`conflict`): the resolution is routed here, at the top level, because
//! taking the held change re-routes the held event. The queries that read across
//! slices (an item's stage, number, proposers) live here too, and those of
//! the settings in force (`settings`, `settings_on`, `settings_history`)
//! and of the numbering copy (`numbering_office`, `numbering_note`).

use chrono::NaiveDate;
use thiserror::Error;

use crate::changes::{Clash, Source};
use crate::clock::Stamp;
use crate::conflict::{
    ConflictEvent, ConflictSlice, Resolution, ResolvedConflict, ResolvedElsewhere,
};
use crate::directory::DirectorySlice;
use crate::evaluation::EvaluationSlice;
use crate::event::{Event, EventKind, UnknownEvent};
use crate::exchange::ExchangeSlice;
use crate::handling::HandlingSlice;
use crate::ids::{CategoryId, DelegationId, DeputyId, EventId, SessionId, SuggestionId};
use crate::office::{OfficeProfile, OfficeRole, OfficeSlice, SettingsChange};
use crate::raising::{RaisingSlice, Suggestion, SuggestionKind};
use crate::review::{MotionDecision, ProposerRole, ReviewFile, ReviewSlice, Series, Stage};
use crate::settings::Settings;
use crate::supervision::SupervisionSlice;
use crate::{directory, evaluation, exchange, handling, office, raising, review, supervision};

/// An event that does not apply to the state, kept and shown to a person,
/// who may resolve it (`conflict`).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("event {event} does not apply: {reason}")]
pub struct Conflict {
    /// The held event's id: the conflict's id, the same in every office
    /// that folds the same events.
    pub event: EventId,
    pub reason: String,
    /// Two offices' edits of one field: both sides.
    pub clash: Option<Box<Clash>>,
    /// The event held back, kept whole so that a person may take it later
    /// (`Resolution::TakeHeld`).
    pub held: Box<Event>,
}

impl Conflict {
    /// An event that does not apply, and why.
    pub fn new(event: &Event, reason: impl Into<String>) -> Conflict {
        Conflict {
            event: event.id,
            reason: reason.into(),
            clash: None,
            held: Box::new(event.clone()),
        }
    }

    /// An edit held back because another office changed the same field.
    pub fn clash(event: &Event, clash: Clash) -> Conflict {
        Conflict {
            event: event.id,
            reason: clash.message_zh(),
            clash: Some(Box::new(clash)),
            held: Box::new(event.clone()),
        }
    }

    /// The held event as if made on the version the applied change made
    /// (the one it clashed with): what taking it applies. A change made to
    /// the same field since then clashes again, never overwritten unseen.
    pub fn held_rebased(&self) -> Event {
        Event {
            kind: self
                .held
                .kind
                .rebased(self.clash.as_ref().map(|c| c.their_version)),
            ..(*self.held).clone()
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
    pub exchange: ExchangeSlice,
    pub handling: HandlingSlice,
    pub supervision: SupervisionSlice,
    pub evaluation: EvaluationSlice,
    /// The latest stamp seen, for the hybrid clock.
    pub last_stamp: Option<Stamp>,
    /// Events folded in.
    pub event_count: usize,
    /// Events that did not apply and nobody has resolved yet, in order.
    pub conflicts: Vec<Conflict>,
    /// Conflicts resolved, with how and by whom; resolutions of conflicts
    /// this office does not hold.
    pub resolutions: ConflictSlice,
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
        self.route(event)
    }

    /// Hands an event to its subdomain's fold; a resolution of a conflict
    /// is folded here (`resolve`), since it may re-route the held event.
    fn route(&mut self, event: &Event) -> Result<(), Conflict> {
        match &event.kind {
            EventKind::Office(e) => office::apply(&mut self.office, e, event),
            EventKind::Directory(e) => directory::apply(&mut self.directory, e, event),
            EventKind::Raising(e) => raising::apply(&mut self.raising, &self.review, e, event),
            // Review reads the rules in force on the act's business date
            // (the review path is fixed by the township mode of the
            // submission's date).
            EventKind::Review(e) => review::apply(
                &mut self.review,
                &self.raising,
                &self.office.settings_on(event.business_date),
                e,
                event,
            ),
            EventKind::Exchange(e) => exchange::apply(&mut self.exchange, e, event),
            EventKind::Supervision(e) => supervision::apply(&mut self.supervision, e, event),
            EventKind::Evaluation(e) => evaluation::apply(&mut self.evaluation, e, event),
            EventKind::Conflict(e) => self.resolve(e, event),
            EventKind::Handling(e) => {
                // A feedback that sends the item back must be a lead's: a
                // station may rate, not reopen on a co-signer's word.
                if let handling::HandlingEvent::FeedbackGiven {
                    item,
                    deputy,
                    second: Some(_),
                    ..
                } = e
                    && !self.raising.suggestions.get(item).is_some_and(|s| {
                        self.proposers_marked(s)
                            .iter()
                            .any(|(d, role)| d == deputy && role.leads())
                    })
                {
                    return Err(Conflict::new(
                        event,
                        "只有领衔代表对办理结果不满意才交回重办，这次反馈所附的重办期限未生效",
                    ));
                }
                handling::apply(&mut self.handling, e, event)
            }
        }
    }

    /// Folds a resolution. An open conflict here closes: kept as it was
    /// (`KeepApplied`), or its held event re-routed to its subdomain as if
    /// made on the current version (`TakeHeld`, `Conflict::held_rebased`);
    /// if that still does not apply, the conflict stays open and the
    /// resolution is itself a conflict. A conflict already resolved: the
    /// first by fold order stands, this one is a conflict saying who
    /// handled it. A conflict not held here is remembered, never shown.
    fn resolve(&mut self, e: &ConflictEvent, event: &Event) -> Result<(), Conflict> {
        let ConflictEvent::Resolved {
            conflict,
            choice,
            record,
            field,
        } = e;
        let by = Source::of(event);
        if let Some(i) = self.conflicts.iter().position(|c| c.event == *conflict) {
            if *choice == Resolution::TakeHeld {
                let open = &self.conflicts[i];
                if open.clash.is_none() {
                    return Err(Conflict::new(
                        event,
                        "这一冲突不是两处同时修改，没有被搁置的修改可以采用",
                    ));
                }
                let held = open.held_rebased();
                if let Err(c) = self.route(&held) {
                    return Err(Conflict::new(
                        event,
                        format!("采用被搁置的修改未能生效：{}", c.reason),
                    ));
                }
            }
            let conflict = self.conflicts.remove(i);
            self.resolutions.resolved.push(ResolvedConflict {
                conflict,
                choice: *choice,
                by,
            });
            return Ok(());
        }
        if let Some((first, how, clash)) = self.resolutions.resolution_of(*conflict) {
            return Err(Conflict::new(
                event,
                format!(
                    "冲突已由{}处理（{}），这次处理未生效",
                    first.describe(),
                    how.label(clash)
                ),
            ));
        }
        self.resolutions.elsewhere.insert(
            *conflict,
            ResolvedElsewhere {
                conflict: *conflict,
                choice: *choice,
                record: record.clone(),
                field: field.clone(),
                by,
            },
        );
        Ok(())
    }

    /// Whether the held event of an open conflict would apply on the
    /// current versions (tried on a copy), or why not.
    pub fn try_held(&self, conflict: &Conflict) -> Result<(), String> {
        self.clone()
            .route(&conflict.held_rebased())
            .map_err(|c| c.reason)
    }

    /// The settings in force now: for each group its latest change by
    /// business date (ties by stamp order). For display; a decision at a
    /// date reads `settings_on` that date. A change dated later than today
    /// already shows here: the core has no today (see `office`).
    pub fn settings(&self) -> &Settings {
        &self.office.settings
    }

    /// The settings in force on `date`: for each group the latest change
    /// whose business date is on or before `date` (ties by stamp order),
    /// the defaults for a group not changed by then.
    pub fn settings_on(&self, date: NaiveDate) -> Settings {
        self.office.settings_on(date).into_owned()
    }

    /// Every change of settings, in the order they apply (by business
    /// date, then stamp), each with its group, dates, office and operator.
    pub fn settings_history(&self) -> Vec<SettingsChange> {
        self.office.history.clone()
    }

    /// The office profile, if this copy is the numbering copy under the
    /// settings in force now (for the settings page).
    pub fn numbering_office(&self) -> Option<&OfficeProfile> {
        self.office
            .profile
            .as_ref()
            .filter(|p| p.numbers(self.settings()))
    }

    /// The office profile, if this copy numbers on `date` (for a decision
    /// at that date: acceptance).
    pub fn numbering_office_on(&self, date: NaiveDate) -> Option<&OfficeProfile> {
        self.office
            .profile
            .as_ref()
            .filter(|p| p.numbers(&self.office.settings_on(date)))
    }

    /// Whether this copy numbers, as the settings page says it.
    pub fn numbering_note(&self) -> String {
        let township = self.settings().rules.township_mode;
        match &self.office.profile {
            Some(p) if p.numbers(self.settings()) => "本机为编号单位".into(),
            Some(p) if p.numbering && p.role == OfficeRole::TownshipPresidium => {
                format!("本机不编号：{}只在乡镇模式下编号", p.role.label())
            }
            None | Some(_) if township => "本机不编号：案号由乡镇人大主席团的建议通给出".into(),
            None | Some(_) => "本机不编号：案号由代表工委的建议通给出".into(),
        }
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

    /// Everyone who raised an item, each once: its lead and confirmed
    /// co-signers, and those of the items merged into it along the whole
    /// chain of merges (`review::proposers`).
    pub fn proposers(&self, s: &Suggestion) -> Vec<DeputyId> {
        self.proposers_marked(s)
            .into_iter()
            .map(|(d, _)| d)
            .collect()
    }

    /// The proposers with the role each is shown in (领衔代表, 并案领衔代表,
    /// 联名代表), for the item's screen and the printed 代表建议书.
    pub fn proposers_marked(&self, s: &Suggestion) -> Vec<(DeputyId, ProposerRole)> {
        review::proposers(&self.raising, &self.review, s)
    }

    /// Whether an accepted item waits to be assigned (交办): an accepted
    /// suggestion, or an accepted motion the presidium decided to handle
    /// as a suggestion. A motion put on the agenda leaves this workflow; a
    /// motion without the decision yet waits for it.
    pub fn awaits_assignment(&self, id: SuggestionId) -> bool {
        let (Some(s), Some(f)) = (self.raising.suggestions.get(&id), self.review_file(id)) else {
            return false;
        };
        f.stage == Stage::Accepted
            && match self.kind(s) {
                SuggestionKind::Suggestion => true,
                SuggestionKind::Motion => {
                    f.motion_decision == Some(MotionDecision::HandleAsSuggestion)
                }
            }
    }

    /// Whether an accepted motion waits for the presidium's decision.
    pub fn awaits_motion_decision(&self, id: SuggestionId) -> bool {
        let (Some(s), Some(f)) = (self.raising.suggestions.get(&id), self.review_file(id)) else {
            return false;
        };
        f.stage == Stage::Accepted
            && self.kind(s) == SuggestionKind::Motion
            && f.motion_decision.is_none()
    }

    /// Whether a suggestion is a key candidate: raised jointly by enough
    /// deputies, the lead included, by the settings in force now (for
    /// display).
    pub fn key_candidate(&self, s: &Suggestion) -> bool {
        self.signers(s) >= self.settings().rules.key_candidate_min_deputies
    }

    /// Deputies whose signature counts (`Suggestion::signers`); of an item
    /// read from a ledger, as the ledger counted them.
    pub fn signers(&self, s: &Suggestion) -> u32 {
        self.review_file(s.id)
            .and_then(|f| f.ledger.as_ref())
            .map_or(s.signers() as u32, |l| l.proposers)
    }

    /// Whether a suggestion is a key candidate by the settings in force on
    /// `date` (for a decision taken on that date).
    pub fn key_candidate_on(&self, s: &Suggestion, date: NaiveDate) -> bool {
        self.signers(s)
            >= self
                .office
                .settings_on(date)
                .rules
                .key_candidate_min_deputies
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
