//! `DirectoryCommand`: adding, editing, retiring and reinstating entries,
//! with the `*Fields` a clerk fills in.

use chrono::NaiveDate;

use crate::directory::records::{EntryRef, Gender, Organ, StationKind, UnitKind};
use crate::ids::{
    CategoryId, CommitteeId, DelegationId, DeputyId, LeaderId, SessionId, StationId, UnitId,
};

/// What an operator asks of the directories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectoryCommand {
    AddDelegation {
        name: String,
    },
    EditDelegation {
        id: DelegationId,
        name: String,
    },
    AddDeputy(DeputyFields),
    EditDeputy {
        id: DeputyId,
        fields: DeputyFields,
    },
    AddCommittee(CommitteeFields),
    EditCommittee {
        id: CommitteeId,
        fields: CommitteeFields,
    },
    AddUnit(UnitFields),
    EditUnit {
        id: UnitId,
        fields: UnitFields,
    },
    AddLeader(LeaderFields),
    EditLeader {
        id: LeaderId,
        fields: LeaderFields,
    },
    AddSession(SessionFields),
    EditSession {
        id: SessionId,
        fields: SessionFields,
    },
    AddStation(StationFields),
    EditStation {
        id: StationId,
        fields: StationFields,
    },
    AddCategory {
        name: String,
    },
    /// Renames a category; every suggestion filed under it follows.
    EditCategory {
        id: CategoryId,
        name: String,
    },
    /// Takes an entry out of use; it stays in history and old records.
    Retire(EntryRef),
    /// Puts a retired entry back into use.
    Reinstate(EntryRef),
}

/// A deputy's editable fields; the phone is private and stored apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeputyFields {
    pub name: String,
    pub delegation: DelegationId,
    pub gender: Option<Gender>,
    pub term: String,
    pub stations: Vec<StationId>,
    pub phone: String,
}

impl DeputyFields {
    /// Name and delegation, the rest empty.
    pub fn new(name: &str, delegation: DelegationId) -> DeputyFields {
        DeputyFields {
            name: name.to_string(),
            delegation,
            gender: None,
            term: String::new(),
            stations: Vec::new(),
            phone: String::new(),
        }
    }
}

/// A committee body's editable fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitteeFields {
    pub name: String,
    pub covers: Vec<DelegationId>,
}

/// A unit's editable fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitFields {
    pub name: String,
    pub kind: UnitKind,
    pub organ: Option<Organ>,
    /// 签发人 (the unit's head); may be empty until known.
    pub head: String,
}

impl UnitFields {
    /// A unit whose organ follows its kind.
    pub fn new(name: &str, kind: UnitKind) -> UnitFields {
        UnitFields {
            name: name.to_string(),
            kind,
            organ: kind.usual_organ(),
            head: String::new(),
        }
    }
}

/// A leader's editable fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeaderFields {
    pub name: String,
    pub post: String,
    pub organ: Option<Organ>,
    pub duties: String,
}

/// A session's editable fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionFields {
    pub name: String,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
}

/// A station's editable fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StationFields {
    pub name: String,
    pub kind: StationKind,
    pub field: String,
}
