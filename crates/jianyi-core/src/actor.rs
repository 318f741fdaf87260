//! Who acts: the `Desk` an operator works at, `How` a personal act was
//! given, and the `Actor` every event names.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

/// The role whose work the operator is doing. Desks decide what is shown
/// and offered; they are not access control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Desk {
    Deputy,
    Delegation,
    Committee,
    MotionsGroup,
    CommitteeOffice,
    Unit,
    Leader,
    Public,
}

impl Desk {
    pub const ALL: [Desk; 8] = [
        Desk::Deputy,
        Desk::Delegation,
        Desk::Committee,
        Desk::MotionsGroup,
        Desk::CommitteeOffice,
        Desk::Unit,
        Desk::Leader,
        Desk::Public,
    ];

    /// The desk's Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Desk::Deputy => "代表",
            Desk::Delegation => "代表团/主席团",
            Desk::Committee => "委室",
            Desk::MotionsGroup => "议案组",
            Desk::CommitteeOffice => "代表工委",
            Desk::Unit => "承办单位",
            Desk::Leader => "领导",
            Desk::Public => "公众",
        }
    }

    /// A stable short code, for preferences and URLs.
    pub fn code(self) -> &'static str {
        match self {
            Desk::Deputy => "deputy",
            Desk::Delegation => "delegation",
            Desk::Committee => "committee",
            Desk::MotionsGroup => "motions_group",
            Desk::CommitteeOffice => "committee_office",
            Desk::Unit => "unit",
            Desk::Leader => "leader",
            Desk::Public => "public",
        }
    }

    /// The desk a code names.
    pub fn from_code(code: &str) -> Option<Desk> {
        Desk::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// How a personal act was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// The operator's own act at this PC.
    Operator,
    /// The person acted for was present at this PC.
    InPerson,
    /// Given on paper and keyed in by the operator.
    PaperKeyedIn,
    /// Arrived in a packet from another office.
    Packet,
    /// Read from an existing Excel ledger (台账) by the registering office.
    Ledger,
}

impl How {
    pub fn label(self) -> &'static str {
        match self {
            How::Operator => "本人操作",
            How::InPerson => "本人在场确认",
            How::PaperKeyedIn => "纸质件录入",
            How::Packet => "交换包导入",
            How::Ledger => "台账导入",
        }
    }
}

/// Who did it: the operator, whom they acted for, at which desk, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Actor {
    pub operator: String,
    pub acting_for: Option<String>,
    pub desk: Desk,
    pub how: How,
}

impl Actor {
    /// Who acted, as a record shows it: the desk and the person acted
    /// for, e.g. 代表（王伟）.
    pub fn shown(&self) -> String {
        match &self.acting_for {
            Some(name) => format!("{}（{name}）", self.desk.label()),
            None => self.desk.label().to_string(),
        }
    }
}
