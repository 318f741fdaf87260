//! The supervision subdomain (三督), part one: the selection principle of
//! key suggestions written once per session; key suggestions (重点建议)
//! with the committee body responsible; the four responsibilities of every
//! item (Gushi: a government leader leads — 领办 —, a standing-committee
//! leader supervises — 督办 —, an office follows, the unit handles); and
//! the manual warning (人工预警) a supervisor or a proposer raises on an
//! item until it is lifted. It owns `SupervisionCommand`,
//! `SupervisionEvent`, `SupervisionRejection`, its slice
//! `SupervisionSlice`, and their `decide` and `apply`; `key_list` is the
//! printable list of key items.

pub mod apply;
pub mod command;
pub mod decide;
pub mod event;
pub mod rejection;

use std::collections::BTreeMap;

use chrono::NaiveDate;

pub use apply::apply;
pub use command::SupervisionCommand;
pub use decide::decide;
pub use event::SupervisionEvent;
pub use rejection::SupervisionRejection;

use crate::directory::EntryRef;
use crate::ids::{CommitteeId, DeputyId, EventId, LeaderId, SessionId, SuggestionId};
use crate::state::State;

/// What supervision holds: the principles and, per item, its oversight.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SupervisionSlice {
    pub principles: BTreeMap<SessionId, Principle>,
    pub items: BTreeMap<SuggestionId, Oversight>,
}

/// The written principle by which a session's key suggestions are chosen
/// (濮阳: 遴选原则).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principle {
    pub text: String,
    pub written_on: NaiveDate,
}

/// An item's oversight: its responsibilities, whether it is key, and the
/// manual warnings raised on it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Oversight {
    pub responsibilities: Responsibilities,
    pub key: Option<KeyMark>,
    pub warnings: Vec<ManualWarning>,
}

/// The four responsibilities on an item but the unit, which the
/// assignment names: the leader who leads (领办), the one who supervises
/// (督办), and the office that follows it (None: the committee office
/// itself; or a committee body, 委室).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Responsibilities {
    pub leading: Option<LeaderId>,
    pub supervising: Option<LeaderId>,
    pub following: Option<CommitteeId>,
    /// The business date they were last set (None: never).
    pub set_on: Option<NaiveDate>,
}

/// An item chosen as key (重点建议).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyMark {
    pub marked_on: NaiveDate,
    /// The committee body responsible for it (None: the committee office).
    pub committee: Option<CommitteeId>,
}

/// A warning raised by hand, kept with its lifting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManualWarning {
    /// The event that raised it.
    pub id: EventId,
    pub raised_on: NaiveDate,
    /// Who raised it, as shown: the desk and, where given, the person.
    pub raised_by: String,
    /// The proposer who raised it, at the deputy desk.
    pub deputy: Option<DeputyId>,
    pub reason: String,
    pub lifted: Option<Lifted>,
}

/// A manual warning lifted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lifted {
    pub on: NaiveDate,
    pub by: String,
    pub reason: String,
}

impl Oversight {
    /// The manual warnings not lifted.
    pub fn open_warnings(&self) -> impl Iterator<Item = &ManualWarning> {
        self.warnings.iter().filter(|w| w.lifted.is_none())
    }
}

impl SupervisionSlice {
    /// The item's oversight, if anything was set on it.
    pub fn of(&self, item: SuggestionId) -> Option<&Oversight> {
        self.items.get(&item)
    }

    /// Whether the item is key.
    pub fn is_key(&self, item: SuggestionId) -> bool {
        self.of(item).is_some_and(|o| o.key.is_some())
    }
}

/// A row of the key list: the item with its leaders, committee body, the
/// units holding it, and what it lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRow {
    pub item: SuggestionId,
    pub number: String,
    pub title: String,
    pub proposers: usize,
    pub leading: Option<String>,
    pub supervising: Option<String>,
    pub committee: String,
    pub units: Vec<String>,
    /// 尚未交办, 办理中, 已答复, 已办结.
    pub progress: String,
    /// The leaders it lacks (未定领办领导, 未定督办领导): a key item without
    /// leaders is reported as such, never shown as complete.
    pub missing: Vec<&'static str>,
}

/// The key items of a session (None: of every session), in number order.
pub fn key_list(state: &State, session: Option<SessionId>) -> Vec<KeyRow> {
    let mut rows: Vec<(u32, KeyRow)> = state
        .supervision
        .items
        .iter()
        .filter(|(_, o)| o.key.is_some())
        .filter_map(|(id, o)| {
            let s = state.raising.suggestions.get(id)?;
            if session.is_some_and(|x| s.draft.session != Some(x)) {
                return None;
            }
            let n = state
                .review_file(*id)
                .and_then(|f| f.number)
                .map_or(u32::MAX, |(_, n)| n);
            let leader = |l: Option<LeaderId>| l.map(|l| leader_label(state, l));
            let r = &o.responsibilities;
            let mut missing = Vec::new();
            if r.leading.is_none() {
                missing.push("未定领办领导");
            }
            if r.supervising.is_none() {
                missing.push("未定督办领导");
            }
            let assignment = state.handling.assignments.get(id);
            let units = assignment
                .map(|a| {
                    a.current()
                        .map(|t| {
                            format!(
                                "{}（{}）",
                                state.directory.entry_name(&EntryRef::Unit(t.unit)),
                                t.role.label()
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let progress = match assignment {
                None => "尚未交办",
                Some(a) if a.closed.is_some() => "已办结",
                Some(a)
                    if a.current()
                        .filter(|t| t.role.replies())
                        .all(|t| t.replied.is_some()) =>
                {
                    "已答复"
                }
                Some(_) => "办理中",
            };
            let committee = match o.key.as_ref().and_then(|k| k.committee) {
                Some(c) => state.directory.entry_name(&EntryRef::Committee(c)),
                None => "代表工委".to_string(),
            };
            Some((
                n,
                KeyRow {
                    item: *id,
                    number: state.number_label(s).unwrap_or_default(),
                    title: s.draft.title.clone(),
                    proposers: state.proposers(s).len(),
                    leading: leader(r.leading),
                    supervising: leader(r.supervising),
                    committee,
                    units,
                    progress: progress.to_string(),
                    missing,
                },
            ))
        })
        .collect();
    rows.sort_by_key(|(n, r)| (*n, r.item));
    rows.into_iter().map(|(_, r)| r).collect()
}

/// A leader as a list shows them: 姓名（职务）.
pub fn leader_label(state: &State, id: LeaderId) -> String {
    match state.directory.leaders.get(&id) {
        Some(e) if !e.record.post.is_empty() => format!("{}（{}）", e.record.name, e.record.post),
        _ => state.directory.entry_name(&EntryRef::Leader(id)),
    }
}
