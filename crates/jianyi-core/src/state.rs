//! `State`, the fold of all events, and `apply`, which folds one in. A
//! locally decided event always applies; one merged from elsewhere may not,
//! and then it is reported as a `Conflict`, never a panic.

use std::collections::BTreeMap;

use thiserror::Error;

use crate::clock::Stamp;
use crate::event::{Event, EventKind, UnknownEvent};
use crate::ids::{
    CommitteeId, DelegationId, DeputyId, EventId, LeaderId, OpinionId, SessionId, StationId,
    SuggestionId, UnitId,
};
use crate::records::{
    CoSigner, CommitteeBody, Confirmation, Delegation, Deputy, EntryRef, Leader, OfficeProfile,
    Opinion, ReviewAction, ReviewStep, Revision, Series, Session, Stage, Station, Suggestion,
    SuggestionKind, TrailEntry, Unit,
};
use crate::settings::Settings;

/// An event that no longer applies to the state, kept and shown to a person.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("event {event} does not apply: {reason}")]
pub struct Conflict {
    pub event: EventId,
    pub reason: String,
}

/// Everything the events say, folded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub office: Option<OfficeProfile>,
    pub settings: Settings,
    pub delegations: BTreeMap<DelegationId, Delegation>,
    /// Delegations in the order they were added, as clerks list them.
    pub delegation_order: Vec<DelegationId>,
    pub deputies: BTreeMap<DeputyId, Deputy>,
    pub units: BTreeMap<UnitId, Unit>,
    pub sessions: BTreeMap<SessionId, Session>,
    pub committees: BTreeMap<CommitteeId, CommitteeBody>,
    pub leaders: BTreeMap<LeaderId, Leader>,
    pub stations: BTreeMap<StationId, Station>,
    pub opinions: BTreeMap<OpinionId, Opinion>,
    pub suggestions: BTreeMap<SuggestionId, Suggestion>,
    /// The latest stamp seen, for the hybrid clock.
    pub last_stamp: Option<Stamp>,
    /// Events folded in.
    pub event_count: usize,
    /// Events that did not apply, in order.
    pub conflicts: Vec<Conflict>,
    /// Events this version cannot read, kept verbatim.
    pub unknown: Vec<UnknownEvent>,
}

fn trail(event: &Event, step: ReviewStep, action: ReviewAction, comment: &str) -> TrailEntry {
    TrailEntry {
        step,
        action,
        comment: comment.to_string(),
        on: event.business_date,
        by: format!("{}（{}）", event.actor.operator, event.actor.desk.label()),
    }
}

fn current_step(s: &Suggestion) -> ReviewStep {
    match s.stage {
        Stage::InReview(step) | Stage::Returned(step) => step,
        Stage::Draft | Stage::Accepted | Stage::Merged(_) | Stage::NotAccepted => {
            s.review_path.last().copied().unwrap_or(ReviewStep::Final)
        }
    }
}

fn conflict(event: &Event, reason: &str) -> Conflict {
    Conflict {
        event: event.id,
        reason: reason.to_string(),
    }
}

fn insert_new<K: Ord, V>(
    map: &mut BTreeMap<K, V>,
    key: K,
    value: V,
    event: &Event,
) -> Result<(), Conflict> {
    if map.contains_key(&key) {
        return Err(conflict(event, "记录已存在"));
    }
    map.insert(key, value);
    Ok(())
}

fn replace<K: Ord, V>(
    map: &mut BTreeMap<K, V>,
    key: K,
    value: V,
    event: &Event,
) -> Result<(), Conflict> {
    match map.get_mut(&key) {
        Some(slot) => {
            *slot = value;
            Ok(())
        }
        None => Err(conflict(event, "要修改的记录不存在")),
    }
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
        match &event.kind {
            EventKind::OfficeProfileSet { profile } => {
                self.office = Some(profile.clone());
                Ok(())
            }
            EventKind::SettingsChanged { settings } => {
                self.settings = (**settings).clone();
                Ok(())
            }
            EventKind::DelegationAdded { delegation } => {
                insert_new(
                    &mut self.delegations,
                    delegation.id,
                    delegation.clone(),
                    event,
                )?;
                self.delegation_order.push(delegation.id);
                Ok(())
            }
            EventKind::DelegationEdited { delegation } => replace(
                &mut self.delegations,
                delegation.id,
                delegation.clone(),
                event,
            ),
            EventKind::DeputyAdded { deputy } | EventKind::DeputyEdited { deputy }
                if !self.delegations.contains_key(&deputy.delegation) =>
            {
                Err(conflict(event, "代表所属代表团不存在"))
            }
            EventKind::DeputyAdded { deputy } => {
                insert_new(&mut self.deputies, deputy.id, deputy.clone(), event)
            }
            EventKind::DeputyEdited { deputy } => {
                replace(&mut self.deputies, deputy.id, deputy.clone(), event)
            }
            EventKind::UnitAdded { unit } => {
                insert_new(&mut self.units, unit.id, unit.clone(), event)
            }
            EventKind::UnitEdited { unit } => {
                replace(&mut self.units, unit.id, unit.clone(), event)
            }
            EventKind::SessionAdded { session } => {
                insert_new(&mut self.sessions, session.id, session.clone(), event)
            }
            EventKind::SessionEdited { session } => {
                replace(&mut self.sessions, session.id, session.clone(), event)
            }
            EventKind::CommitteeAdded { committee } => {
                insert_new(&mut self.committees, committee.id, committee.clone(), event)
            }
            EventKind::CommitteeEdited { committee } => {
                replace(&mut self.committees, committee.id, committee.clone(), event)
            }
            EventKind::LeaderAdded { leader } => {
                insert_new(&mut self.leaders, leader.id, leader.clone(), event)
            }
            EventKind::LeaderEdited { leader } => {
                replace(&mut self.leaders, leader.id, leader.clone(), event)
            }
            EventKind::StationAdded { station } => {
                insert_new(&mut self.stations, station.id, station.clone(), event)
            }
            EventKind::StationEdited { station } => {
                replace(&mut self.stations, station.id, station.clone(), event)
            }
            EventKind::CategoryAdded { name } => {
                if self.settings.categories.contains(name) {
                    return Err(conflict(event, "类别已存在"));
                }
                self.settings.categories.push(name.clone());
                Ok(())
            }
            EventKind::EntryRetired { entry } => self
                .set_retired(entry, true)
                .map_err(|reason| conflict(event, reason)),
            EventKind::EntryReinstated { entry } => self
                .set_retired(entry, false)
                .map_err(|reason| conflict(event, reason)),
            EventKind::DraftCreated { id, draft } => {
                if !self.deputies.contains_key(&draft.lead_deputy) {
                    return Err(conflict(event, "领衔代表不存在"));
                }
                if self.suggestions.contains_key(id) {
                    return Err(conflict(event, "记录已存在"));
                }
                let suggestion = Suggestion {
                    id: *id,
                    draft: draft.clone(),
                    stage: Stage::Draft,
                    created_on: event.business_date,
                    updated_on: event.business_date,
                    revision: 0,
                    cosigners: Vec::new(),
                    submitted_on: None,
                    review_path: Vec::new(),
                    trail: Vec::new(),
                    revisions: Vec::new(),
                    number: None,
                    merged_from: Vec::new(),
                    not_accepted_reason: String::new(),
                };
                self.link_opinions(*id, &[], &draft.opinions);
                insert_new(&mut self.suggestions, *id, suggestion, event)
            }
            EventKind::DraftEdited { id, draft } => {
                let Some(s) = self.suggestions.get_mut(id) else {
                    return Err(conflict(event, "要修改的建议不存在"));
                };
                let returned = match s.stage {
                    Stage::Draft => false,
                    Stage::Returned(_) => true,
                    Stage::InReview(_)
                    | Stage::Accepted
                    | Stage::Merged(_)
                    | Stage::NotAccepted => {
                        return Err(conflict(event, "建议已提交审查，不能修改"));
                    }
                };
                if returned {
                    // A revision asked for by a review keeps the signatures;
                    // each signer is shown what changed.
                    s.revisions.push(Revision {
                        revision: s.revision + 1,
                        on: event.business_date,
                        before: s.draft.clone(),
                    });
                } else if s.draft.text_differs(draft) {
                    // An edit by the drafter voids the signatures given so far.
                    for c in s.cosigners.iter_mut().filter(|c| c.confirmed.is_some()) {
                        c.confirmed = None;
                        c.voided_on = Some(event.business_date);
                    }
                }
                let old_links = std::mem::replace(&mut s.draft, draft.clone()).opinions;
                s.updated_on = event.business_date;
                s.revision += 1;
                self.link_opinions(*id, &old_links, &draft.opinions);
                Ok(())
            }
            EventKind::OpinionRecorded { opinion } => {
                insert_new(&mut self.opinions, opinion.id, opinion.clone(), event)
            }
            EventKind::OpinionEdited { opinion } => {
                let links = self
                    .opinions
                    .get(&opinion.id)
                    .map(|o| o.suggestions.clone());
                let mut opinion = opinion.clone();
                opinion.suggestions = links.unwrap_or_default();
                replace(&mut self.opinions, opinion.id, opinion, event)
            }
            EventKind::CosignersNamed { id, deputies } => {
                let s = self.draft_mut(id, event)?;
                for d in deputies {
                    if !s.cosigners.iter().any(|c| c.deputy == *d) {
                        s.cosigners.push(CoSigner {
                            deputy: *d,
                            named_on: event.business_date,
                            confirmed: None,
                            voided_on: None,
                            seen_revision: None,
                        });
                    }
                }
                Ok(())
            }
            EventKind::CosignerRemoved { id, deputy } => {
                let s = self.draft_mut(id, event)?;
                s.cosigners.retain(|c| c.deputy != *deputy);
                Ok(())
            }
            EventKind::CosignConfirmed {
                id,
                deputy,
                how,
                revision,
            } => {
                let s = self.draft_mut(id, event)?;
                let Some(c) = s.cosigners.iter_mut().find(|c| c.deputy == *deputy) else {
                    return Err(conflict(event, "不是联名代表"));
                };
                c.confirmed = Some(Confirmation {
                    on: event.business_date,
                    how: *how,
                    revision: *revision,
                });
                c.voided_on = None;
                Ok(())
            }
            EventKind::DraftSubmitted { id } => {
                let path = self.review_path_for(id);
                let s = self.draft_mut(id, event)?;
                s.stage = Stage::InReview(path[0]);
                s.review_path = path;
                s.submitted_on = Some(event.business_date);
                Ok(())
            }
            EventKind::ReviewPassed { id, step, comment } => {
                let s = self.at_step(id, *step, event)?;
                let next = s
                    .review_path
                    .iter()
                    .skip_while(|x| *x != step)
                    .nth(1)
                    .copied();
                let Some(next) = next else {
                    return Err(conflict(event, "已是最后一道审查"));
                };
                s.stage = Stage::InReview(next);
                s.trail
                    .push(trail(event, *step, ReviewAction::Passed, comment));
                Ok(())
            }
            EventKind::ReviewReturned { id, step, comment } => {
                let s = self.at_step(id, *step, event)?;
                s.stage = Stage::Returned(*step);
                s.trail
                    .push(trail(event, *step, ReviewAction::Returned, comment));
                Ok(())
            }
            EventKind::Resubmitted { id } => {
                let Some(s) = self.suggestions.get_mut(id) else {
                    return Err(conflict(event, "建议不存在"));
                };
                let Stage::Returned(step) = s.stage else {
                    return Err(conflict(event, "建议没有被退回"));
                };
                s.stage = Stage::InReview(step);
                s.trail
                    .push(trail(event, step, ReviewAction::Resubmitted, ""));
                Ok(())
            }
            EventKind::CosignWithdrawn { id, deputy } => {
                let Some(s) = self.suggestions.get_mut(id) else {
                    return Err(conflict(event, "建议不存在"));
                };
                s.cosigners.retain(|c| c.deputy != *deputy);
                Ok(())
            }
            EventKind::RevisionAcknowledged {
                id,
                deputy,
                revision,
            } => {
                let c = self
                    .suggestions
                    .get_mut(id)
                    .and_then(|s| s.cosigners.iter_mut().find(|c| c.deputy == *deputy));
                let Some(c) = c else {
                    return Err(conflict(event, "不是联名代表"));
                };
                c.seen_revision = Some(*revision);
                Ok(())
            }
            EventKind::Accepted { id, series, number } => {
                let taken = self
                    .suggestions
                    .values()
                    .any(|x| x.number == Some((*series, *number)));
                if taken {
                    return Err(conflict(event, "案号已被使用"));
                }
                let s = self.at_final(id, event)?;
                let step = current_step(s);
                s.stage = Stage::Accepted;
                s.number = Some((*series, *number));
                s.trail
                    .push(trail(event, step, ReviewAction::Accepted(*number), ""));
                Ok(())
            }
            EventKind::ConvertedToSuggestion { id } => {
                let s = self.at_final(id, event)?;
                let step = current_step(s);
                s.draft.kind = SuggestionKind::Suggestion;
                s.trail
                    .push(trail(event, step, ReviewAction::Converted, ""));
                Ok(())
            }
            EventKind::Merged { id, into } => {
                if !self.suggestions.contains_key(into) {
                    return Err(conflict(event, "要并入的建议不存在"));
                }
                let s = self.at_final(id, event)?;
                let step = current_step(s);
                s.stage = Stage::Merged(*into);
                s.trail
                    .push(trail(event, step, ReviewAction::Merged(*into), ""));
                if let Some(target) = self.suggestions.get_mut(into) {
                    target.merged_from.push(*id);
                    target
                        .trail
                        .push(trail(event, step, ReviewAction::MergedFrom(*id), ""));
                }
                Ok(())
            }
            EventKind::NotAccepted { id, reason } => {
                let s = self.at_final(id, event)?;
                let step = current_step(s);
                s.stage = Stage::NotAccepted;
                s.not_accepted_reason = reason.clone();
                s.trail
                    .push(trail(event, step, ReviewAction::NotAccepted, reason));
                Ok(())
            }
        }
    }

    /// The review steps a draft goes through, by the rules in force.
    fn review_path_for(&self, id: &SuggestionId) -> Vec<ReviewStep> {
        let recess = self
            .suggestions
            .get(id)
            .is_some_and(|s| s.draft.session.is_none());
        if self.settings.township_mode {
            vec![ReviewStep::Presidium]
        } else if recess {
            vec![ReviewStep::Recess]
        } else {
            vec![
                ReviewStep::Delegation,
                ReviewStep::Committee,
                ReviewStep::Final,
            ]
        }
    }

    fn at_step(
        &mut self,
        id: &SuggestionId,
        step: ReviewStep,
        event: &Event,
    ) -> Result<&mut Suggestion, Conflict> {
        match self.suggestions.get_mut(id) {
            Some(s) if s.stage == Stage::InReview(step) => Ok(s),
            Some(_) => Err(conflict(event, "建议不在这一审查环节")),
            None => Err(conflict(event, "建议不存在")),
        }
    }

    fn at_final(&mut self, id: &SuggestionId, event: &Event) -> Result<&mut Suggestion, Conflict> {
        match self.suggestions.get_mut(id) {
            Some(s) if matches!(s.stage, Stage::InReview(step) if step.is_final()) => Ok(s),
            Some(_) => Err(conflict(event, "建议不在最后一道审查")),
            None => Err(conflict(event, "建议不存在")),
        }
    }

    /// The numbering series of an item accepted on `on`.
    pub fn series_of(&self, s: &Suggestion, on: chrono::NaiveDate) -> Series {
        match s.draft.session {
            Some(session) => Series::Session(session, s.draft.kind),
            None => Series::Recess(chrono::Datelike::year(&on)),
        }
    }

    /// The next number of a series: one more than the highest given, so the
    /// series stays gapless and a number is never reused.
    pub fn next_number(&self, series: Series) -> u32 {
        1 + self
            .suggestions
            .values()
            .filter_map(|s| s.number.filter(|(x, _)| *x == series).map(|(_, n)| n))
            .max()
            .unwrap_or(0)
    }

    /// The number as printed, e.g. 建议第12号 or 闭会建议第3号.
    pub fn number_label(&self, s: &Suggestion) -> Option<String> {
        let (series, n) = s.number?;
        let prefix = match series {
            Series::Session(_, kind) => kind.label().to_string(),
            Series::Recess(year) => format!("{year}年闭会期间建议"),
        };
        Some(format!("{prefix}{}", self.settings.format_number(n)))
    }

    /// Everyone who raised an item: its lead and confirmed co-signers, and
    /// those of the items merged into it, each once.
    pub fn proposers(&self, s: &Suggestion) -> Vec<DeputyId> {
        let mut out = Vec::new();
        let mut add = |x: &Suggestion| {
            let ids = std::iter::once(x.draft.lead_deputy).chain(
                x.cosigners
                    .iter()
                    .filter(|c| c.confirmed.is_some())
                    .map(|c| c.deputy),
            );
            for d in ids {
                if !out.contains(&d) {
                    out.push(d);
                }
            }
        };
        add(s);
        for m in &s.merged_from {
            if let Some(x) = self.suggestions.get(m) {
                add(x);
            }
        }
        out
    }

    fn draft_mut(&mut self, id: &SuggestionId, event: &Event) -> Result<&mut Suggestion, Conflict> {
        match self.suggestions.get_mut(id) {
            Some(s) if s.stage == Stage::Draft => Ok(s),
            Some(_) => Err(conflict(event, "建议已提交，不再是草稿")),
            None => Err(conflict(event, "建议不存在")),
        }
    }

    /// Keeps opinions' links to the suggestions made from them.
    fn link_opinions(&mut self, id: SuggestionId, old: &[OpinionId], new: &[OpinionId]) {
        for o in old.iter().filter(|o| !new.contains(o)) {
            if let Some(op) = self.opinions.get_mut(o) {
                op.suggestions.retain(|s| *s != id);
            }
        }
        for o in new {
            if let Some(op) = self.opinions.get_mut(o)
                && !op.suggestions.contains(&id)
            {
                op.suggestions.push(id);
            }
        }
    }

    /// Whether a suggestion is a key candidate: raised jointly by enough
    /// deputies, the lead included.
    pub fn key_candidate(&self, s: &Suggestion) -> bool {
        s.signers() as u32 >= self.settings.key_candidate_min_deputies
    }

    /// The retired flag of an entry, if the entry exists.
    pub fn retired(&self, entry: &EntryRef) -> Option<bool> {
        match entry {
            EntryRef::Deputy(id) => self.deputies.get(id).map(|x| x.retired),
            EntryRef::Delegation(id) => self.delegations.get(id).map(|x| x.retired),
            EntryRef::Committee(id) => self.committees.get(id).map(|x| x.retired),
            EntryRef::Unit(id) => self.units.get(id).map(|x| x.retired),
            EntryRef::Leader(id) => self.leaders.get(id).map(|x| x.retired),
            EntryRef::Session(id) => self.sessions.get(id).map(|x| x.retired),
            EntryRef::Station(id) => self.stations.get(id).map(|x| x.retired),
            EntryRef::Category(name) => self
                .settings
                .categories
                .contains(name)
                .then(|| self.settings.retired_categories.contains(name)),
        }
    }

    /// An entry's name as a clerk reads it.
    pub fn entry_name(&self, entry: &EntryRef) -> String {
        match entry {
            EntryRef::Deputy(id) => self.deputy_name(*id).to_string(),
            EntryRef::Delegation(id) => self.delegation_name(*id).to_string(),
            EntryRef::Committee(id) => self
                .committees
                .get(id)
                .map_or("（未知委室）".into(), |x| x.name.clone()),
            EntryRef::Unit(id) => self
                .units
                .get(id)
                .map_or("（未知单位）".into(), |x| x.name.clone()),
            EntryRef::Leader(id) => self
                .leaders
                .get(id)
                .map_or("（未知领导）".into(), |x| x.name.clone()),
            EntryRef::Session(id) => self.session_name(Some(*id)).to_string(),
            EntryRef::Station(id) => self
                .stations
                .get(id)
                .map_or("（未知站点）".into(), |x| x.name.clone()),
            EntryRef::Category(name) => name.clone(),
        }
    }

    fn set_retired(&mut self, entry: &EntryRef, retired: bool) -> Result<(), &'static str> {
        let flag = match entry {
            EntryRef::Deputy(id) => self.deputies.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Delegation(id) => self.delegations.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Committee(id) => self.committees.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Unit(id) => self.units.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Leader(id) => self.leaders.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Session(id) => self.sessions.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Station(id) => self.stations.get_mut(id).map(|x| &mut x.retired),
            EntryRef::Category(name) => {
                if !self.settings.categories.contains(name) {
                    return Err("类别不存在");
                }
                let list = &mut self.settings.retired_categories;
                list.retain(|c| c != name);
                if retired {
                    list.push(name.clone());
                }
                return Ok(());
            }
        };
        match flag {
            Some(flag) => {
                *flag = retired;
                Ok(())
            }
            None => Err("要停用或恢复的记录不存在"),
        }
    }

    /// Delegations in the order they were added.
    pub fn delegations_in_order(&self) -> impl Iterator<Item = &Delegation> {
        self.delegation_order
            .iter()
            .filter_map(|id| self.delegations.get(id))
    }

    /// The delegation's name, or a mark that it is unknown.
    pub fn delegation_name(&self, id: DelegationId) -> &str {
        self.delegations
            .get(&id)
            .map_or("（未知代表团）", |d| d.name.as_str())
    }

    /// The deputy's name, or a mark that they are unknown.
    pub fn deputy_name(&self, id: DeputyId) -> &str {
        self.deputies
            .get(&id)
            .map_or("（未知代表）", |d| d.name.as_str())
    }

    /// The session's name, or 闭会期间 for a recess suggestion.
    pub fn session_name(&self, id: Option<SessionId>) -> &str {
        match id {
            None => "闭会期间",
            Some(id) => self
                .sessions
                .get(&id)
                .map_or("（未知会次）", |s| s.name.as_str()),
        }
    }

    /// Deputies of a delegation, by name.
    pub fn deputies_of(&self, delegation: DelegationId) -> Vec<&Deputy> {
        let mut list: Vec<&Deputy> = self
            .deputies
            .values()
            .filter(|d| d.delegation == delegation)
            .collect();
        list.sort_by(|a, b| a.name.cmp(&b.name));
        list
    }
}
