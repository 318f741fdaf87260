//! `DirectoryEvent`: what happened to the directories. An addition carries
//! the new record; an edit only the fields it changed (`*Changes`) and the
//! version it was made on; a deputy's phone travels in an event of its own,
//! so a packet can leave it out.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

use crate::changes::changes;
use crate::directory::records::{
    Category, CommitteeBody, Delegation, Deputy, EntryRef, Gender, Leader, Organ, Session, Station,
    StationKind, Unit, UnitKind,
};
use crate::ids::{
    CategoryId, CommitteeId, DelegationId, DeputyId, LeaderId, SessionId, StationId, UnitId,
};

changes!(
    /// The fields of a delegation an edit changed.
    DelegationChanges for Delegation { name: String => "名称" }
);
changes!(
    /// The fields of a deputy an edit changed.
    DeputyChanges for Deputy {
        name: String => "姓名",
        delegation: DelegationId => "所属代表团",
        gender: Option<Gender> => "性别",
        term: String => "届别",
        stations: Vec<StationId> => "家站点",
    }
);
changes!(
    /// The fields of a committee body an edit changed.
    CommitteeChanges for CommitteeBody {
        name: String => "名称",
        covers: Vec<DelegationId> => "包联代表团",
    }
);
changes!(
    /// The fields of a unit an edit changed.
    UnitChanges for Unit {
        name: String => "名称",
        kind: UnitKind => "单位类型",
        organ: Option<Organ> => "所属",
        head: String => "签发人",
    }
);
changes!(
    /// The fields of a leader an edit changed.
    LeaderChanges for Leader {
        name: String => "姓名",
        post: String => "职务",
        organ: Option<Organ> => "所属",
        duties: String => "领办督办领域",
    }
);
changes!(
    /// The fields of a session an edit changed.
    SessionChanges for Session {
        name: String => "名称",
        starts: chrono::NaiveDate => "开幕日期",
        ends: chrono::NaiveDate => "闭幕日期",
    }
);
changes!(
    /// The fields of a station an edit changed.
    StationChanges for Station {
        name: String => "名称",
        kind: StationKind => "站点类型",
        field: String => "专业领域",
    }
);
changes!(
    /// The fields of a category an edit changed.
    CategoryChanges for Category { name: String => "名称" }
);

/// What happened to the directories. `base` is the version of the record
/// an edit was made on (None: format 1, before versions were kept).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryEvent {
    DelegationAdded {
        delegation: Delegation,
    },
    DelegationEdited {
        id: DelegationId,
        base: Option<u32>,
        changes: DelegationChanges,
    },
    DeputyAdded {
        deputy: Deputy,
    },
    DeputyEdited {
        id: DeputyId,
        base: Option<u32>,
        changes: DeputyChanges,
    },
    /// Private: a deputy's phone, never in a packet to another office.
    DeputyPhoneSet {
        id: DeputyId,
        base: Option<u32>,
        phone: String,
    },
    CommitteeAdded {
        committee: CommitteeBody,
    },
    CommitteeEdited {
        id: CommitteeId,
        base: Option<u32>,
        changes: CommitteeChanges,
    },
    UnitAdded {
        unit: Unit,
    },
    UnitEdited {
        id: UnitId,
        base: Option<u32>,
        changes: UnitChanges,
    },
    LeaderAdded {
        leader: Leader,
    },
    LeaderEdited {
        id: LeaderId,
        base: Option<u32>,
        changes: LeaderChanges,
    },
    SessionAdded {
        session: Session,
    },
    SessionEdited {
        id: SessionId,
        base: Option<u32>,
        changes: SessionChanges,
    },
    StationAdded {
        station: Station,
    },
    StationEdited {
        id: StationId,
        base: Option<u32>,
        changes: StationChanges,
    },
    CategoryAdded {
        category: Category,
    },
    CategoryEdited {
        id: CategoryId,
        base: Option<u32>,
        changes: CategoryChanges,
    },
    EntryRetired {
        entry: EntryRef,
        base: Option<u32>,
    },
    EntryReinstated {
        entry: EntryRef,
        base: Option<u32>,
    },
}

impl DirectoryEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            DirectoryEvent::DelegationAdded { .. } => "新增代表团",
            DirectoryEvent::DelegationEdited { .. } => "修改代表团",
            DirectoryEvent::DeputyAdded { .. } => "新增代表",
            DirectoryEvent::DeputyEdited { .. } => "修改代表",
            DirectoryEvent::DeputyPhoneSet { .. } => "登记代表电话",
            DirectoryEvent::CommitteeAdded { .. } => "新增委室",
            DirectoryEvent::CommitteeEdited { .. } => "修改委室",
            DirectoryEvent::UnitAdded { .. } => "新增承办单位",
            DirectoryEvent::UnitEdited { .. } => "修改承办单位",
            DirectoryEvent::LeaderAdded { .. } => "新增领导",
            DirectoryEvent::LeaderEdited { .. } => "修改领导",
            DirectoryEvent::SessionAdded { .. } => "新增会次",
            DirectoryEvent::SessionEdited { .. } => "修改会次",
            DirectoryEvent::StationAdded { .. } => "新增站点",
            DirectoryEvent::StationEdited { .. } => "修改站点",
            DirectoryEvent::CategoryAdded { .. } => "新增类别",
            DirectoryEvent::CategoryEdited { .. } => "修改类别",
            DirectoryEvent::EntryRetired { .. } => "停用",
            DirectoryEvent::EntryReinstated { .. } => "恢复使用",
        }
    }

    /// Forgets the version an edit was made on (`EventKind::rebased`).
    pub fn set_base(&mut self, to: Option<u32>) {
        use DirectoryEvent as D;
        match self {
            D::DelegationEdited { base, .. }
            | D::DeputyEdited { base, .. }
            | D::DeputyPhoneSet { base, .. }
            | D::CommitteeEdited { base, .. }
            | D::UnitEdited { base, .. }
            | D::LeaderEdited { base, .. }
            | D::SessionEdited { base, .. }
            | D::StationEdited { base, .. }
            | D::CategoryEdited { base, .. }
            | D::EntryRetired { base, .. }
            | D::EntryReinstated { base, .. } => *base = to,
            D::DelegationAdded { .. }
            | D::DeputyAdded { .. }
            | D::CommitteeAdded { .. }
            | D::UnitAdded { .. }
            | D::LeaderAdded { .. }
            | D::SessionAdded { .. }
            | D::StationAdded { .. }
            | D::CategoryAdded { .. } => {}
        }
    }

    /// Whether the event holds private data (a phone).
    pub fn is_private(&self) -> bool {
        matches!(self, DirectoryEvent::DeputyPhoneSet { .. })
    }
}
