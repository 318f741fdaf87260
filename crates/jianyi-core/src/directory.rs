//! The directory subdomain: deputies, delegations, committee bodies,
//! units, leaders, sessions, stations and categories. It owns
//! `DirectoryCommand`, `DirectoryEvent`, `DirectoryRejection`, its slice
//! `DirectorySlice`, and their `decide` and `apply`; `import` turns rows of
//! a file into its commands.

pub mod apply;
pub mod command;
pub mod decide;
pub mod event;
pub mod import;
pub mod records;
pub mod rejection;

use std::collections::BTreeMap;

pub use apply::apply;
pub use command::{
    CommitteeFields, DeputyFields, DirectoryCommand, LeaderFields, SessionFields, StationFields,
    UnitFields,
};
pub use decide::decide;
pub use event::DirectoryEvent;
pub use import::Directory;
pub use records::*;
pub use rejection::DirectoryRejection;

use crate::changes::Versioned;
use crate::ids::{
    CategoryId, CommitteeId, DelegationId, DeputyId, LeaderId, SessionId, StationId, UnitId,
};

/// The directories, folded.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectorySlice {
    pub delegations: BTreeMap<DelegationId, Entry<Delegation>>,
    /// Delegations in the order they were added, as clerks list them.
    pub delegation_order: Vec<DelegationId>,
    pub deputies: BTreeMap<DeputyId, Entry<Deputy>>,
    /// Deputies' phones: private, kept apart from the public record.
    pub phones: BTreeMap<DeputyId, Versioned<String>>,
    pub units: BTreeMap<UnitId, Entry<Unit>>,
    pub sessions: BTreeMap<SessionId, Entry<Session>>,
    pub committees: BTreeMap<CommitteeId, Entry<CommitteeBody>>,
    pub leaders: BTreeMap<LeaderId, Entry<Leader>>,
    pub stations: BTreeMap<StationId, Entry<Station>>,
    pub categories: BTreeMap<CategoryId, Entry<Category>>,
    /// Categories in the order they were added, the defaults first.
    pub category_order: Vec<CategoryId>,
}

impl Default for DirectorySlice {
    /// Empty directories but for the default categories.
    fn default() -> Self {
        let defaults = default_categories();
        DirectorySlice {
            delegations: BTreeMap::new(),
            delegation_order: Vec::new(),
            deputies: BTreeMap::new(),
            phones: BTreeMap::new(),
            units: BTreeMap::new(),
            sessions: BTreeMap::new(),
            committees: BTreeMap::new(),
            leaders: BTreeMap::new(),
            stations: BTreeMap::new(),
            category_order: defaults.iter().map(|c| c.id).collect(),
            categories: defaults
                .into_iter()
                .map(|c| (c.id, Entry::new(c)))
                .collect(),
        }
    }
}

impl DirectorySlice {
    /// Delegations in the order they were added.
    pub fn delegations_in_order(&self) -> impl Iterator<Item = &Entry<Delegation>> {
        self.delegation_order
            .iter()
            .filter_map(|id| self.delegations.get(id))
    }

    /// Categories in the order they were added, retired ones included.
    pub fn categories_in_order(&self) -> impl Iterator<Item = &Entry<Category>> {
        self.category_order
            .iter()
            .filter_map(|id| self.categories.get(id))
    }

    /// Categories offered for new records.
    pub fn active_categories(&self) -> impl Iterator<Item = &Entry<Category>> {
        self.categories_in_order().filter(|c| !c.retired)
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

    /// The category's name, or a mark that it is unknown.
    pub fn category_name(&self, id: CategoryId) -> &str {
        self.categories
            .get(&id)
            .map_or("（未知类别）", |c| c.name.as_str())
    }

    /// A deputy's private phone, empty if none was given.
    pub fn phone(&self, id: DeputyId) -> &str {
        self.phones.get(&id).map_or("", |p| p.as_str())
    }

    /// Deputies of a delegation, by name.
    pub fn deputies_of(&self, delegation: DelegationId) -> Vec<&Entry<Deputy>> {
        let mut list: Vec<&Entry<Deputy>> = self
            .deputies
            .values()
            .filter(|d| d.delegation == delegation)
            .collect();
        list.sort_by(|a, b| a.name.cmp(&b.name));
        list
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
            EntryRef::Category(id) => self.categories.get(id).map(|x| x.retired),
        }
    }

    /// An entry's name as a clerk reads it.
    pub fn entry_name(&self, entry: &EntryRef) -> String {
        fn named<K: Ord, T>(
            map: &BTreeMap<K, Entry<T>>,
            id: &K,
            name: fn(&T) -> &str,
            unknown: &str,
        ) -> String {
            map.get(id)
                .map_or(unknown.to_string(), |x| name(x).to_string())
        }
        match entry {
            EntryRef::Deputy(id) => self.deputy_name(*id).to_string(),
            EntryRef::Delegation(id) => self.delegation_name(*id).to_string(),
            EntryRef::Committee(id) => named(&self.committees, id, |x| &x.name, "（未知委室）"),
            EntryRef::Unit(id) => named(&self.units, id, |x| &x.name, "（未知单位）"),
            EntryRef::Leader(id) => named(&self.leaders, id, |x| &x.name, "（未知领导）"),
            EntryRef::Session(id) => self.session_name(Some(*id)).to_string(),
            EntryRef::Station(id) => named(&self.stations, id, |x| &x.name, "（未知站点）"),
            EntryRef::Category(id) => self.category_name(*id).to_string(),
        }
    }

    /// What a clerk calls the entry's kind, e.g. 代表.
    pub fn kind_label(entry: &EntryRef) -> &'static str {
        match entry {
            EntryRef::Deputy(_) => "代表",
            EntryRef::Delegation(_) => "代表团",
            EntryRef::Committee(_) => "委室",
            EntryRef::Unit(_) => "承办单位",
            EntryRef::Leader(_) => "领导",
            EntryRef::Session(_) => "会次",
            EntryRef::Station(_) => "站点",
            EntryRef::Category(_) => "类别",
        }
    }

    /// Refuses a reference to an entry that is not there, or retired
    /// (unless the record already had it: `kept`).
    pub fn in_use(&self, entry: EntryRef, kept: bool) -> Result<(), DirectoryRejection> {
        match self.retired(&entry) {
            None => Err(unknown(&entry)),
            Some(true) if !kept => Err(DirectoryRejection::Retired {
                name: self.entry_name(&entry),
            }),
            Some(_) => Ok(()),
        }
    }

    /// References to entries, each once, each in use (or already held by
    /// the record being edited, `kept`).
    pub fn distinct_in_use<T: Copy + PartialEq>(
        &self,
        items: Vec<T>,
        kept: &[T],
        entry: fn(T) -> EntryRef,
    ) -> Result<Vec<T>, DirectoryRejection> {
        let mut out = Vec::new();
        for item in items {
            self.in_use(entry(item), kept.contains(&item))?;
            if !out.contains(&item) {
                out.push(item);
            }
        }
        Ok(out)
    }
}

/// The refusal of a reference to an entry that does not exist.
pub fn unknown(entry: &EntryRef) -> DirectoryRejection {
    match entry {
        EntryRef::Deputy(_) => DirectoryRejection::UnknownDeputy,
        EntryRef::Delegation(_) => DirectoryRejection::UnknownDelegation,
        EntryRef::Committee(_) => DirectoryRejection::UnknownCommittee,
        EntryRef::Unit(_) => DirectoryRejection::UnknownUnit,
        EntryRef::Leader(_) => DirectoryRejection::UnknownLeader,
        EntryRef::Session(_) => DirectoryRejection::UnknownSession,
        EntryRef::Station(_) => DirectoryRejection::UnknownStation,
        EntryRef::Category(_) => DirectoryRejection::UnknownCategory,
    }
}
