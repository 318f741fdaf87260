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
pub mod records;
pub mod rejection;

use std::collections::BTreeMap;

use chrono::NaiveDate;

pub use apply::apply;
pub use command::SupervisionCommand;
pub use decide::decide;
pub use event::SupervisionEvent;
pub use records::{
    FollowUpFields, GroupFields, Owner, Participants, PlanFields, ProcuratorialFields,
    ProcuratorialStatus, RecordFields, RecordKind,
};
pub use rejection::SupervisionRejection;

use crate::dates::zh;
use crate::directory::EntryRef;
use crate::handling::{Colour, Step};
use crate::ids::{
    CommitteeId, DeputyId, EventId, GroupId, LeaderId, ProcuratorialId, SessionId, SuggestionId,
    SupervisionRecordId, UnitId,
};
use crate::state::State;

/// What supervision holds: the principles and, per item, its oversight.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SupervisionSlice {
    pub principles: BTreeMap<SessionId, Principle>,
    pub items: BTreeMap<SuggestionId, Oversight>,
    pub records: BTreeMap<SupervisionRecordId, SupervisionRecord>,
    pub groups: BTreeMap<GroupId, Group>,
    /// Activities planned; one held is in `records` under the same id.
    pub plans: BTreeMap<SupervisionRecordId, Plan>,
    /// Items referred to the procuratorate as public-interest leads.
    pub referrals: BTreeMap<SuggestionId, Referral>,
    /// Procuratorial suggestions received, with the items raised from them.
    pub procuratorial: BTreeMap<ProcuratorialId, Procuratorial>,
}

/// An item referred to the procuratorate (公益诉讼线索移送), with what the
/// procuratorate reported back, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Referral {
    pub on: NaiveDate,
    pub what: String,
    pub statuses: Vec<(NaiveDate, ProcuratorialStatus)>,
}

impl Referral {
    /// The latest status, if any came back.
    pub fn latest(&self) -> Option<&ProcuratorialStatus> {
        self.statuses.last().map(|(_, s)| s)
    }
}

/// A procuratorial suggestion received, and the deputies' suggestions
/// raised from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Procuratorial {
    pub id: ProcuratorialId,
    /// None: known here only through a link (a station's copy).
    pub received: Option<NaiveDate>,
    pub fields: ProcuratorialFields,
    pub items: Vec<SuggestionId>,
}

/// A supervision held, as recorded, with its follow-ups' completion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupervisionRecord {
    pub id: SupervisionRecordId,
    /// The business date it was held.
    pub on: NaiveDate,
    /// Who recorded it (the desk).
    pub by: String,
    pub fields: RecordFields,
    /// Per follow-up, in order: when and how it was done.
    pub done: Vec<Option<Done>>,
}

/// A supervision activity planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub id: SupervisionRecordId,
    pub planned_on: NaiveDate,
    pub fields: PlanFields,
}

/// A follow-up done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Done {
    pub on: NaiveDate,
    pub note: String,
}

/// A supervision group as formed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub id: GroupId,
    pub formed_on: NaiveDate,
    pub fields: GroupFields,
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
    /// Leaders who led or supervised it and no longer do, each with the
    /// business date they stopped: their offices keep its trail, and their
    /// acts dated before that day still count.
    pub former: Vec<(LeaderId, NaiveDate)>,
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

/// A supervision in an item's record: one of supervision's, or a meeting
/// of its second handling (二次办理座谈), held by a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemRecord<'a> {
    Supervised(&'a SupervisionRecord),
    SecondHandling {
        on: NaiveDate,
        unit: UnitId,
        participants: String,
        conclusions: String,
    },
}

impl ItemRecord<'_> {
    pub fn on(&self) -> NaiveDate {
        match self {
            ItemRecord::Supervised(r) => r.on,
            ItemRecord::SecondHandling { on, .. } => *on,
        }
    }
}

/// Every supervision of an item, newest first: the records covering it
/// and its second handling's meetings.
pub fn records_of(state: &State, item: SuggestionId) -> Vec<ItemRecord<'_>> {
    let mut out: Vec<ItemRecord<'_>> = state
        .supervision
        .records
        .values()
        .filter(|r| r.fields.items.contains(&item))
        .map(ItemRecord::Supervised)
        .collect();
    if let Some(a) = state.handling.assignments.get(&item) {
        for t in &a.tasks {
            for (on, step) in &t.steps {
                if let Step::Met(m) = step {
                    out.push(ItemRecord::SecondHandling {
                        on: *on,
                        unit: t.unit,
                        participants: m.participants.clone(),
                        conclusions: m.conclusions.clone(),
                    });
                }
            }
        }
    }
    out.sort_by_key(|r| std::cmp::Reverse(r.on()));
    out
}

/// A follow-up of a record, as the lists show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUpRow {
    pub record: SupervisionRecordId,
    pub index: u32,
    pub kind: RecordKind,
    pub held_on: NaiveDate,
    pub what: String,
    pub owner: String,
    pub due: NaiveDate,
    pub done: Option<Done>,
    pub colour: Colour,
    pub why: String,
}

/// Who owes a follow-up, by name.
pub fn owner_name(state: &State, owner: Owner) -> String {
    match owner {
        Owner::Unit(u) => state.directory.entry_name(&EntryRef::Unit(u)),
        Owner::Committee(c) => state.directory.entry_name(&EntryRef::Committee(c)),
        Owner::Office => "代表工委".into(),
    }
}

/// A follow-up's colour on `today`, warned like any deadline: red after
/// its date, yellow within the settings' warning period before it, green
/// otherwise; done ones green.
pub fn follow_up_colour(
    state: &State,
    due: NaiveDate,
    done: bool,
    today: NaiveDate,
) -> (Colour, String) {
    if done {
        return (Colour::Green, "已办结".into());
    }
    let left = (due - today).num_days();
    let settings = state.office.settings_on(today);
    let warn = crate::handling::warning::before(
        &settings.calendar.holidays,
        due,
        settings.deadlines.warning_before_deadline,
    );
    if left < 0 {
        (Colour::Red, format!("已超过期限{}天（{}）", -left, zh(due)))
    } else if today >= warn {
        (
            Colour::Yellow,
            format!("距期限还有{}天（{}）", left, zh(due)),
        )
    } else {
        (Colour::Green, format!("按期落实中（期限{}）", zh(due)))
    }
}

/// Every follow-up of every record (of `records`, or all), open ones
/// first by due date, then the done.
pub fn follow_up_rows<'a>(
    state: &State,
    records: impl Iterator<Item = &'a SupervisionRecord>,
    today: NaiveDate,
) -> Vec<FollowUpRow> {
    let mut out: Vec<FollowUpRow> = records
        .flat_map(|r| {
            r.fields.follow_ups.iter().enumerate().map(move |(i, f)| {
                let done = r.done.get(i).cloned().flatten();
                let (colour, why) = follow_up_colour(state, f.due, done.is_some(), today);
                FollowUpRow {
                    record: r.id,
                    index: i as u32,
                    kind: r.fields.kind,
                    held_on: r.on,
                    what: f.what.clone(),
                    owner: owner_name(state, f.owner),
                    due: f.due,
                    done,
                    colour,
                    why,
                }
            })
        })
        .collect();
    out.sort_by_key(|f| (f.done.is_some(), std::cmp::Reverse(f.colour), f.due));
    out
}

/// A group's lead deputy in charge (the first item's lead) and its
/// members: every other proposer of its items, merged items' included.
pub fn group_members(state: &State, group: &GroupFields) -> (Option<DeputyId>, Vec<DeputyId>) {
    let mut all: Vec<DeputyId> = Vec::new();
    let mut in_charge = None;
    for item in &group.items {
        let Some(s) = state.raising.suggestions.get(item) else {
            continue;
        };
        for (d, role) in state.proposers_marked(s) {
            if in_charge.is_none() && role.leads() {
                in_charge = Some(d);
            }
            if !all.contains(&d) {
                all.push(d);
            }
        }
    }
    all.retain(|d| Some(*d) != in_charge);
    (in_charge, all)
}

/// The groups `deputy` sits in (in charge or member).
pub fn groups_of(state: &State, deputy: DeputyId) -> Vec<&Group> {
    state
        .supervision
        .groups
        .values()
        .filter(|g| {
            let (lead, members) = group_members(state, &g.fields);
            lead == Some(deputy) || members.contains(&deputy)
        })
        .collect()
}

/// The role `leader` holds on an item: 领办 or 督办 by the four
/// responsibilities, else 督办组组长 of a group following it.
pub fn leader_role(state: &State, leader: LeaderId, item: SuggestionId) -> Option<&'static str> {
    let r = state.supervision.of(item).map(|o| &o.responsibilities);
    if r.is_some_and(|r| r.leading == Some(leader)) {
        Some("领办")
    } else if r.is_some_and(|r| r.supervising == Some(leader)) {
        Some("督办")
    } else if state
        .supervision
        .groups
        .values()
        .any(|g| g.fields.leader == leader && g.fields.items.contains(&item))
    {
        Some("督办组组长")
    } else {
        None
    }
}

/// In a leader's office's copy, the leader it is bound to (None: not yet
/// bound); None in any other copy.
pub fn leaders_office(state: &State) -> Option<Option<LeaderId>> {
    state
        .office
        .profile
        .as_ref()
        .filter(|p| p.role == crate::office::OfficeRole::LeaderOffice)
        .map(|p| p.leader)
}

/// Whether `leader` answered for `item` on `on`: it does now, or it did
/// until a day after `on`.
pub fn answered_for(state: &State, leader: LeaderId, item: SuggestionId, on: NaiveDate) -> bool {
    leader_role(state, leader, item).is_some()
        || state.supervision.of(item).is_some_and(|o| {
            o.former
                .iter()
                .any(|(l, until)| *l == leader && *until > on)
        })
}

/// What a leader's office receives: the items its leader answers for, and
/// those it answered for before (their trail, and the change that took
/// them from it).
pub fn items_ever_of_leader(state: &State, leader: LeaderId) -> Vec<SuggestionId> {
    let mut ids: Vec<SuggestionId> = items_of_leader(state, leader)
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    ids.extend(
        state
            .supervision
            .items
            .iter()
            .filter(|(_, o)| o.former.iter().any(|(l, _)| *l == leader))
            .map(|(i, _)| *i),
    );
    ids.sort();
    ids.dedup();
    ids
}

/// Whether a supervision event made in the office of `leader` (None: an
/// office bound to no leader) keeps to that leader's part, as the
/// receiving office reads it: a record or a plan over items the leader
/// answered for on its date, a follow-up done of a record touching one of
/// them, a warning on one of them raised or lifted in the leader's own
/// name — never a deputy's.
pub fn leaders_act_fits(
    state: &State,
    leader: Option<LeaderId>,
    event: &crate::event::Event,
) -> bool {
    let crate::event::EventKind::Supervision(e) = &event.kind else {
        return true;
    };
    let Some(leader) = leader else {
        return false;
    };
    let on = event.business_date;
    let ok = |item: &SuggestionId| answered_for(state, leader, *item, on);
    match e {
        SupervisionEvent::Supervised { record, .. } => record.items.iter().all(ok),
        SupervisionEvent::ActivityPlanned { plan, .. } => plan.items.iter().all(ok),
        SupervisionEvent::FollowUpDone { record, items, .. } => {
            match state.supervision.records.get(record) {
                Some(r) => r.fields.items.iter().any(ok),
                None => items.iter().any(ok),
            }
        }
        SupervisionEvent::WarningRaised { item, deputy, .. } => deputy.is_none() && ok(item),
        SupervisionEvent::WarningLifted {
            item,
            warning,
            deputy,
            ..
        } => {
            deputy.is_none()
                && ok(item)
                && state
                    .supervision
                    .of(*item)
                    .and_then(|o| o.warnings.iter().find(|w| w.id == *warning))
                    .is_none_or(|w| w.deputy.is_none())
        }
        _ => false,
    }
}

/// The items `leader` leads, supervises, or follows as a group's leader,
/// each once: what a leader's desk lists and a leader's office acts on.
pub fn items_of_leader(state: &State, leader: LeaderId) -> Vec<(SuggestionId, &'static str)> {
    let mut ids: Vec<SuggestionId> = state.supervision.items.keys().copied().collect();
    for g in state.supervision.groups.values() {
        ids.extend(g.fields.items.iter().copied());
    }
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter_map(|i| leader_role(state, leader, i).map(|r| (i, r)))
        .collect()
}

/// The procuratorial suggestions an item was raised from.
pub fn sources_of(state: &State, item: SuggestionId) -> Vec<&Procuratorial> {
    state
        .supervision
        .procuratorial
        .values()
        .filter(|p| p.items.contains(&item))
        .collect()
}

/// A key item in the progress report of a day (the report to the county
/// party secretary): its row of the key list, its colour on that day, its
/// latest activity, its supervision and open follow-ups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportRow {
    pub key: KeyRow,
    /// None: not assigned yet.
    pub colour: Option<Colour>,
    pub latest: Option<(NaiveDate, String)>,
    pub records: usize,
    pub open_follow_ups: usize,
}

/// The progress of the key items (of a session, or all) on `on`: the
/// supervision held and the follow-ups open by that day; the colour on
/// that day; the progress text and the latest act of handling as they
/// stand now (a reply after `on` shows).
pub fn progress_report(state: &State, session: Option<SessionId>, on: NaiveDate) -> Vec<ReportRow> {
    key_list(state, session)
        .into_iter()
        .map(|key| {
            let a = state.handling.assignments.get(&key.item);
            // Only what had happened by `on`.
            let records: Vec<ItemRecord<'_>> = records_of(state, key.item)
                .into_iter()
                .filter(|r| r.on() <= on)
                .collect();
            let mut latest = a.map(|a| {
                let (day, what) = a.last_progress();
                (day, what.to_string())
            });
            if let Some(r) = records.iter().find(|r| r.on() <= on)
                && latest.as_ref().is_none_or(|(day, _)| r.on() >= *day)
            {
                let what = match r {
                    ItemRecord::Supervised(x) => x.fields.kind.label().to_string(),
                    ItemRecord::SecondHandling { .. } => "二次办理座谈".to_string(),
                };
                latest = Some((r.on(), what));
            }
            let own: Vec<&SupervisionRecord> = records
                .iter()
                .filter_map(|r| match r {
                    ItemRecord::Supervised(x) => Some(*x),
                    ItemRecord::SecondHandling { .. } => None,
                })
                .collect();
            let open_follow_ups = follow_up_rows(state, own.iter().copied(), on)
                .iter()
                .filter(|f| f.done.as_ref().is_none_or(|d| d.on > on))
                .count();
            ReportRow {
                colour: a.map(|a| crate::handling::warning(state, a, on).colour),
                latest,
                records: records.len(),
                open_follow_ups,
                key,
            }
        })
        .collect()
}

/// The activities planned and not yet held, soonest first.
pub fn planned(state: &State) -> Vec<&Plan> {
    let mut out: Vec<&Plan> = state
        .supervision
        .plans
        .values()
        .filter(|p| !state.supervision.records.contains_key(&p.id))
        .collect();
    out.sort_by_key(|p| (p.fields.planned_for, p.id));
    out
}
