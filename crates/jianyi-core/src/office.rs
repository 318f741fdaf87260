//! The office subdomain: who this copy belongs to (`OfficeProfile`, with
//! its `OfficeRole`, and whether it is the numbering copy) and the rules it
//! follows (`Settings`, changed one group at a time). Each change of
//! settings applies from its event's business date on: `OfficeSlice` keeps
//! every change (`SettingsChange`) and answers `settings_on(date)`.
//! `OfficeCommand` in, `OfficeEvent` out, `OfficeSlice` the fold.
//!
//! The core has no "today", so it does not refuse a change dated in the
//! future: such a change is in force from its date, and `settings()` (the
//! latest by business date) already shows it. The UI, which knows today,
//! should ask before dating a change later than today.

use crate::read::ReadJson;
use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::changes::Versions;
use crate::clock::Stamp;
use crate::command::{Ctx, Rejection};
use crate::event::Event;
use crate::ids::{DelegationId, EventId, LeaderId, StationId, UnitId};
use crate::input;
use crate::settings::{Settings, SettingsGroup};
use crate::state::{Conflict, State};

/// The level of the office, which decides some rules (township mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum OfficeLevel {
    City,
    County,
    Township,
}

impl OfficeLevel {
    pub const ALL: [OfficeLevel; 3] = [
        OfficeLevel::City,
        OfficeLevel::County,
        OfficeLevel::Township,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OfficeLevel::City => "市级",
            OfficeLevel::County => "县级",
            OfficeLevel::Township => "乡镇",
        }
    }
}

/// What kind of office a copy of Jianyi belongs to (domain.md §2, §6):
/// it decides whether the copy may number, and which kinds of event it may
/// author for other offices to count (`exchange::authority`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum OfficeRole {
    /// 代表工委 / 选工委 of the standing committee: registers, numbers,
    /// assigns, supervises, evaluates.
    CommitteeOffice,
    /// 乡镇人大主席团: in township mode it reviews, numbers and assigns.
    TownshipPresidium,
    /// 代表团: the initial review.
    Delegation,
    /// 代表之家、代表联络站、联络点 (家站点): opinions and drafts.
    Station,
    /// 承办单位 (bound to one unit of the directory, later).
    HandlingUnit,
    /// 领导办公室: leads or supervises key items.
    LeaderOffice,
}

impl OfficeRole {
    pub const ALL: [OfficeRole; 6] = [
        OfficeRole::CommitteeOffice,
        OfficeRole::TownshipPresidium,
        OfficeRole::Delegation,
        OfficeRole::Station,
        OfficeRole::HandlingUnit,
        OfficeRole::LeaderOffice,
    ];

    /// The role's Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            OfficeRole::CommitteeOffice => "代表工委",
            OfficeRole::TownshipPresidium => "乡镇人大主席团",
            OfficeRole::Delegation => "代表团",
            OfficeRole::Station => "代表之家（联络站、点）",
            OfficeRole::HandlingUnit => "承办单位",
            OfficeRole::LeaderOffice => "领导办公室",
        }
    }

    /// Whether a copy of this role may be the numbering copy: the
    /// committee office's, or in township mode the township presidium's.
    pub fn may_number(self, township_mode: bool) -> bool {
        match self {
            OfficeRole::CommitteeOffice => true,
            OfficeRole::TownshipPresidium => township_mode,
            OfficeRole::Delegation
            | OfficeRole::Station
            | OfficeRole::HandlingUnit
            | OfficeRole::LeaderOffice => false,
        }
    }
}

/// Who this copy of Jianyi belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct OfficeProfile {
    /// The office's name, e.g. 示范县人大常委会代表工委.
    pub name: String,
    /// The region, e.g. 示范县.
    pub region: String,
    pub level: OfficeLevel,
    /// The office's role. Profiles stored before roles were kept were all
    /// committee offices' copies.
    #[serde(default = "role_before_roles")]
    pub role: OfficeRole,
    /// This copy gives numbers (案号): chosen explicitly, off on a new
    /// profile (`OfficeProfile::new`), allowed only where
    /// `OfficeRole::may_number`. Profiles stored before the choice was
    /// offered numbered, and keep numbering.
    #[serde(default = "numbering_before_choice")]
    pub numbering: bool,
    /// A handling unit's copy is bound to one unit of the directory (the
    /// unit whose assignments it receives and answers); no other role is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
    /// A station's copy is bound to one station of the directory (家站点):
    /// its packets carry the items of the deputies who serve there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station: Option<StationId>,
    /// A delegation's (or its presidium's) copy is bound to one delegation:
    /// its packets carry the items of its deputies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation: Option<DelegationId>,
    /// A leader's office's copy is bound to one leader of the directory:
    /// its packets carry the items that leader leads or supervises, and
    /// those of the groups the leader heads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader: Option<LeaderId>,
}

fn role_before_roles() -> OfficeRole {
    OfficeRole::CommitteeOffice
}

fn numbering_before_choice() -> bool {
    true
}

impl OfficeProfile {
    /// A new profile: it does not number until the operator says so.
    pub fn new(name: &str, region: &str, level: OfficeLevel, role: OfficeRole) -> OfficeProfile {
        OfficeProfile {
            name: name.into(),
            region: region.into(),
            level,
            role,
            numbering: false,
            unit: None,
            station: None,
            delegation: None,
            leader: None,
        }
    }

    /// Whether this copy numbers under the rules given (township mode).
    pub fn numbers(&self, settings: &Settings) -> bool {
        self.numbering && self.role.may_number(settings.rules.township_mode)
    }
}

/// What an operator asks of the office's profile and settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeCommand {
    SetProfile(OfficeProfile),
    /// Replaces one group of settings.
    ChangeSettings(SettingsGroup),
}

/// What happened to the profile or the settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum OfficeEvent {
    OfficeProfileSet {
        profile: OfficeProfile,
    },
    /// One group replaced; `base` is the group's version the change was
    /// made on (None: format 1, before versions were kept).
    SettingsChanged {
        base: Option<u32>,
        group: SettingsGroup,
    },
}

impl OfficeEvent {
    pub fn label(&self) -> &'static str {
        match self {
            OfficeEvent::OfficeProfileSet { .. } => "设置本机单位",
            OfficeEvent::SettingsChanged { .. } => "修改设置",
        }
    }

    /// Sets the version a change counts as made on (`EventKind::rebased`).
    pub fn set_base(&mut self, to: Option<u32>) {
        match self {
            OfficeEvent::SettingsChanged { base, .. } => *base = to,
            OfficeEvent::OfficeProfileSet { .. } => {}
        }
    }
}

/// Why an office command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum OfficeRejection {
    #[error("invalid settings: {reason}")]
    InvalidSettings { reason: String },
    #[error("the office profile is not set")]
    NoOffice,
    #[error("a copy of the role {role:?} does not number")]
    RoleDoesNotNumber { role: OfficeRole },
    #[error("a township presidium numbers only in township mode")]
    PresidiumNumbersOnlyInTownshipMode,
    #[error("township mode is needed while a township presidium's copy numbers")]
    PresidiumNumbersInTownshipMode,
    #[error("a handling unit's copy must name its unit")]
    UnitRequired,
    #[error("the unit named is not an active unit of the directory")]
    UnknownUnit,
    #[error("the station named is not an active station of the directory")]
    UnknownStation,
    #[error("the delegation named is not an active delegation of the directory")]
    UnknownDelegation,
    #[error("the leader named is not an active leader of the directory")]
    UnknownLeader,
}

impl OfficeRejection {
    pub fn message_zh(&self) -> String {
        match self {
            OfficeRejection::InvalidSettings { reason } => format!("设置有误：{reason}"),
            OfficeRejection::NoOffice => "请先在“设置”中设置本机单位".into(),
            OfficeRejection::UnitRequired => "承办单位的建议通须在“本单位是”中选定名册里的一个承办单位：交办给该单位的建议才会交换到本机。".into(),
            OfficeRejection::UnknownUnit => "所选承办单位不在名册中或已停用：请先导入或在名册中恢复该单位，再保存本机单位。".into(),
            OfficeRejection::UnknownStation => "所选家站点不在名册中或已停用：请先导入或在名册中恢复该家站点，再保存本机单位。".into(),
            OfficeRejection::UnknownDelegation => "所选代表团不在名册中或已停用：请先导入或在名册中恢复该代表团，再保存本机单位。".into(),
            OfficeRejection::UnknownLeader => "所选领导不在名册中或已离任：请先导入或在名册中恢复该领导，再保存本机单位。".into(),
            OfficeRejection::RoleDoesNotNumber { role } => format!(
                "{}的建议通不能作为编号单位：案号只由代表工委（乡镇模式下由乡镇人大主席团）的建议通给出，以保证连续不重号；请不要勾选“本机为编号单位”",
                role.label()
            ),
            OfficeRejection::PresidiumNumbersOnlyInTownshipMode => {
                "乡镇人大主席团只在乡镇模式下编号：请先在“提出规则”中开启乡镇模式，或不要勾选“本机为编号单位”".into()
            }
            OfficeRejection::PresidiumNumbersInTownshipMode => {
                "本机是乡镇人大主席团的编号单位，只有乡镇模式下才能编号：如要关闭乡镇模式，请先在“本机单位”中取消“本机为编号单位”".into()
            }
        }
    }
}

/// One change of one settings group, as the history of settings shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsChange {
    /// The group with the value it was changed to.
    pub group: SettingsGroup,
    /// The business date the change applies from.
    pub effective: NaiveDate,
    /// The date the next change of the same group took over (it may be
    /// the same date); None while the change is the group's latest.
    pub until: Option<NaiveDate>,
    /// The event's stamp: it orders changes of one group on one date.
    pub stamp: Stamp,
    pub event: EventId,
    /// The office whose copy made the change.
    pub office: String,
    pub operator: String,
    pub acting_for: Option<String>,
}

impl SettingsChange {
    fn of(group: &SettingsGroup, event: &Event) -> SettingsChange {
        SettingsChange {
            group: group.clone(),
            effective: event.business_date,
            until: None,
            stamp: event.stamp.clone(),
            event: event.id,
            office: event.office.clone(),
            operator: event.actor.operator.clone(),
            acting_for: event.actor.acting_for.clone(),
        }
    }

    /// The group's Chinese name, e.g. 提出规则.
    pub fn label(&self) -> &'static str {
        self.group.label()
    }

    /// Changes apply in this order: by business date, then by stamp.
    fn order(&self) -> (NaiveDate, &Stamp, EventId) {
        (self.effective, &self.stamp, self.event)
    }
}

/// The office's slice of the state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficeSlice {
    pub profile: Option<OfficeProfile>,
    /// The settings in force now: for each group, its latest change by
    /// business date (ties by stamp); the defaults for a group never
    /// changed.
    pub settings: Settings,
    /// One version per settings group.
    pub versions: BTreeMap<&'static str, Versions>,
    /// Every change of settings that applied, in the order they apply:
    /// by business date, then stamp, then event id.
    pub history: Vec<SettingsChange>,
}

impl OfficeSlice {
    /// The settings in force on `date`: for each group, its latest change
    /// dated on or before `date`; borrowed when no change is dated after
    /// `date` (the usual case), built otherwise.
    pub fn settings_on(&self, date: NaiveDate) -> Cow<'_, Settings> {
        if self.history.last().is_none_or(|c| c.effective <= date) {
            return Cow::Borrowed(&self.settings);
        }
        let mut settings = Settings::default();
        for c in self.history.iter().take_while(|c| c.effective <= date) {
            settings.set(&c.group);
        }
        Cow::Owned(settings)
    }

    /// Whether a change of `group` dated `date` would be the group's
    /// latest, so in force now.
    pub fn latest_from(&self, group: &SettingsGroup, date: NaiveDate) -> bool {
        self.history
            .iter()
            .all(|c| c.group.key() != group.key() || c.effective <= date)
    }

    /// Records a change in its place and sets the group in force now.
    fn record(&mut self, change: SettingsChange) {
        let key = change.group.key();
        let at = self
            .history
            .partition_point(|c| c.order() <= change.order());
        self.history.insert(at, change);
        let mut next: Option<NaiveDate> = None;
        for c in self.history.iter_mut().rev() {
            if c.group.key() == key {
                c.until = next;
                next = Some(c.effective);
            }
        }
        if let Some(latest) = self.history.iter().rev().find(|c| c.group.key() == key) {
            self.settings.set(&latest.group);
        }
    }
}

/// The directory entry a profile is bound to, by its role: a handling
/// unit's copy names one active unit (a new copy whose directory has no
/// unit yet names it once the committee office's directory came in); a station's copy may name one active
/// station, a delegation's one active delegation, a leader's office one
/// active leader (until it does, partners send it the directories only);
/// every other binding is cleared.
fn bound(state: &State, profile: OfficeProfile) -> Result<OfficeProfile, OfficeRejection> {
    let d = &state.directory;
    let active = |retired: Option<bool>| retired == Some(false);
    let mut out = OfficeProfile {
        unit: None,
        station: None,
        delegation: None,
        leader: None,
        ..profile.clone()
    };
    match profile.role {
        OfficeRole::HandlingUnit => match profile.unit {
            Some(unit) => {
                if !active(d.units.get(&unit).map(|e| e.retired)) {
                    return Err(OfficeRejection::UnknownUnit);
                }
                out.unit = Some(unit);
            }
            None if d.units.values().any(|e| !e.retired) => {
                return Err(OfficeRejection::UnitRequired);
            }
            None => {}
        },
        // A new station's or delegation's copy has no directory yet: it
        // names its entry once the committee office's directory came in.
        OfficeRole::Station => {
            if let Some(station) = profile.station {
                if !active(d.stations.get(&station).map(|e| e.retired)) {
                    return Err(OfficeRejection::UnknownStation);
                }
                out.station = Some(station);
            }
        }
        OfficeRole::Delegation => {
            if let Some(delegation) = profile.delegation {
                if !active(d.delegations.get(&delegation).map(|e| e.retired)) {
                    return Err(OfficeRejection::UnknownDelegation);
                }
                out.delegation = Some(delegation);
            }
        }
        OfficeRole::LeaderOffice => {
            if let Some(leader) = profile.leader {
                if !active(d.leaders.get(&leader).map(|e| e.retired)) {
                    return Err(OfficeRejection::UnknownLeader);
                }
                out.leader = Some(leader);
            }
        }
        OfficeRole::CommitteeOffice | OfficeRole::TownshipPresidium => {}
    }
    Ok(out)
}

/// The desk of the registering office in this copy on `on`: the committee
/// office's; in township mode the presidium's (the delegation desk); None
/// in any other copy.
pub fn registering_desk(state: &State, on: NaiveDate) -> Option<crate::actor::Desk> {
    use crate::actor::Desk;
    let township = state.office.settings_on(on).rules.township_mode;
    match state.office.profile.as_ref()?.role {
        OfficeRole::CommitteeOffice => Some(Desk::CommitteeOffice),
        OfficeRole::TownshipPresidium if township => Some(Desk::Delegation),
        _ => None,
    }
}

/// Decides an office command on the business date of `ctx`.
pub fn decide(
    state: &State,
    command: OfficeCommand,
    ctx: &Ctx,
) -> Result<Vec<OfficeEvent>, Rejection> {
    let on = state.office.settings_on(ctx.business_date);
    match command {
        OfficeCommand::SetProfile(profile) => {
            let profile = OfficeProfile {
                name: input::name("单位名称", &profile.name)?,
                region: input::name("行政区域", &profile.region)?,
                level: profile.level,
                role: profile.role,
                numbering: profile.numbering,
                ..profile
            };
            if profile.numbering && !profile.numbers(&on) {
                return Err(match profile.role {
                    OfficeRole::TownshipPresidium => {
                        OfficeRejection::PresidiumNumbersOnlyInTownshipMode
                    }
                    role => OfficeRejection::RoleDoesNotNumber { role },
                }
                .into());
            }
            let profile = bound(state, profile)?;
            Ok(vec![OfficeEvent::OfficeProfileSet { profile }])
        }
        OfficeCommand::ChangeSettings(group) => {
            let group = group.normalized();
            group
                .check()
                .map_err(|reason| OfficeRejection::InvalidSettings { reason })?;
            input::changed(on.group(&group) == group)?;
            // A numbering presidium needs township mode now; a change that
            // a later-dated one overrides does not decide that.
            if let (SettingsGroup::Rules(rules), Some(profile)) = (&group, &state.office.profile)
                && profile.numbering
                && profile.role == OfficeRole::TownshipPresidium
                && !rules.township_mode
                && state.office.latest_from(&group, ctx.business_date)
            {
                return Err(OfficeRejection::PresidiumNumbersInTownshipMode.into());
            }
            let base = state
                .office
                .versions
                .get(group.key())
                .map_or(0, |v| v.version);
            Ok(vec![OfficeEvent::SettingsChanged {
                base: Some(base),
                group,
            }])
        }
    }
}

/// Folds an office event into its slice. A change of settings takes its
/// place in the history by business date: one dated before a later change
/// applies from its date until that later change, never after it.
pub fn apply(slice: &mut OfficeSlice, e: &OfficeEvent, event: &Event) -> Result<(), Conflict> {
    match e {
        OfficeEvent::OfficeProfileSet { profile } => {
            slice.profile = Some(profile.clone());
            Ok(())
        }
        OfficeEvent::SettingsChanged { base, group } => {
            let versions = slice.versions.entry(group.key()).or_default();
            if let Some((_, mark)) = versions.changed_since(*base, &["value"]) {
                return Err(Conflict::new(
                    event,
                    format!(
                        "设置“{}”被两处同时修改：{}已先修改，本次修改（{}）未生效；请人工确定",
                        group.label(),
                        mark.by.describe(),
                        crate::changes::Source::of(event).describe()
                    ),
                ));
            }
            versions.record(&["value"], event);
            slice.record(SettingsChange::of(group, event));
            Ok(())
        }
    }
}
