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
    Opinion, Session, Stage, Station, Suggestion, Unit,
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
            EventKind::DelegationAdded { delegation } => insert_new(
                &mut self.delegations,
                delegation.id,
                delegation.clone(),
                event,
            ),
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
                };
                self.link_opinions(*id, &[], &draft.opinions);
                insert_new(&mut self.suggestions, *id, suggestion, event)
            }
            EventKind::DraftEdited { id, draft } => {
                let Some(s) = self.suggestions.get_mut(id) else {
                    return Err(conflict(event, "要修改的建议不存在"));
                };
                match s.stage {
                    Stage::Draft => {}
                    Stage::Submitted => return Err(conflict(event, "建议已提交，不能按草稿修改")),
                }
                // An edit by the drafter voids the signatures given so far.
                if s.draft.text_differs(draft) {
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
                let s = self.draft_mut(id, event)?;
                s.stage = Stage::Submitted;
                s.submitted_on = Some(event.business_date);
                Ok(())
            }
        }
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
