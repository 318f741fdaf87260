//! The directory's records — `Delegation`, `Deputy`, `CommitteeBody`,
//! `Unit`, `Leader`, `Session`, `Station`, `Category` — as events carry
//! them (public fields only: a deputy's phone travels in an event of its
//! own), and `Entry`, a record in the state with its versions and retired
//! flag.

use crate::read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::changes::{Shown, Versioned};
use crate::ids::{
    CategoryId, CommitteeId, DelegationId, DeputyId, LeaderId, SessionId, StationId, UnitId,
    id_from_name,
};

/// A directory record in the state: the record, its versions, and whether
/// it was taken out of use. Retired entries stay in history and in old
/// records, but are not offered for new ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<T> {
    pub record: Versioned<T>,
    pub retired: bool,
}

impl<T> Entry<T> {
    /// A record as first added.
    pub fn new(record: T) -> Entry<T> {
        Entry {
            record: Versioned::new(record),
            retired: false,
        }
    }
}

impl<T> std::ops::Deref for Entry<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.record.record
    }
}

/// 代表团 (or a township's 主席团).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Delegation {
    pub id: DelegationId,
    pub name: String,
}

/// 性别.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    pub const ALL: [Gender; 2] = [Gender::Male, Gender::Female];

    pub fn label(self) -> &'static str {
        match self {
            Gender::Male => "男",
            Gender::Female => "女",
        }
    }
}

impl Shown for Gender {
    fn shown(&self) -> String {
        self.label().into()
    }
}

/// 人大代表. Identified by name plus delegation: two 王伟 are two people.
/// The phone is private and kept apart (`DirectoryEvent::DeputyPhoneSet`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Deputy {
    pub id: DeputyId,
    pub name: String,
    pub delegation: DelegationId,
    #[serde(default)]
    pub gender: Option<Gender>,
    /// 届别, e.g. 第十五届.
    #[serde(default)]
    pub term: String,
    /// The stations (家站点, professional stations) the deputy serves at.
    #[serde(default)]
    pub stations: Vec<StationId>,
}

/// A committee body of the standing committee (委室), covering (包联) the
/// delegations of an area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct CommitteeBody {
    pub id: CommitteeId,
    pub name: String,
    pub covers: Vec<DelegationId>,
}

/// Which of 一府一委两院 a unit belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Organ {
    Government,
    SupervisoryCommission,
    Court,
    Procuratorate,
}

impl Organ {
    pub const ALL: [Organ; 4] = [
        Organ::Government,
        Organ::SupervisoryCommission,
        Organ::Court,
        Organ::Procuratorate,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Organ::Government => "政府",
            Organ::SupervisoryCommission => "监委",
            Organ::Court => "法院",
            Organ::Procuratorate => "检察院",
        }
    }
}

/// What kind of body a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    GovernmentDepartment,
    SupervisoryCommission,
    Court,
    Procuratorate,
    PartyOrMass,
    Congress,
    Township,
    Utility,
    Other,
}

impl UnitKind {
    pub const ALL: [UnitKind; 9] = [
        UnitKind::GovernmentDepartment,
        UnitKind::SupervisoryCommission,
        UnitKind::Court,
        UnitKind::Procuratorate,
        UnitKind::PartyOrMass,
        UnitKind::Congress,
        UnitKind::Township,
        UnitKind::Utility,
        UnitKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            UnitKind::GovernmentDepartment => "政府部门",
            UnitKind::SupervisoryCommission => "监察委员会",
            UnitKind::Court => "人民法院",
            UnitKind::Procuratorate => "人民检察院",
            UnitKind::PartyOrMass => "党群部门",
            UnitKind::Congress => "人大机关",
            UnitKind::Township => "乡镇（街道）",
            UnitKind::Utility => "驻地企事业单位",
            UnitKind::Other => "其他",
        }
    }

    /// The organ a unit of this kind usually belongs to.
    pub fn usual_organ(self) -> Option<Organ> {
        match self {
            UnitKind::GovernmentDepartment | UnitKind::Township => Some(Organ::Government),
            UnitKind::SupervisoryCommission => Some(Organ::SupervisoryCommission),
            UnitKind::Court => Some(Organ::Court),
            UnitKind::Procuratorate => Some(Organ::Procuratorate),
            UnitKind::PartyOrMass | UnitKind::Congress | UnitKind::Utility | UnitKind::Other => {
                None
            }
        }
    }
}

impl Shown for Organ {
    fn shown(&self) -> String {
        self.label().into()
    }
}

impl Shown for UnitKind {
    fn shown(&self) -> String {
        self.label().into()
    }
}

/// 承办单位.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub kind: UnitKind,
    /// None: a party or mass organisation, the congress's own body, a utility.
    pub organ: Option<Organ>,
    /// 签发人: the unit's head, who signs its replies (a reply may name
    /// another).
    #[serde(default)]
    pub head: String,
}

/// A leader who leads (领办) or supervises (督办) key suggestions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Leader {
    pub id: LeaderId,
    pub name: String,
    /// 职务, e.g. 县长, 县人大常委会副主任.
    pub post: String,
    pub organ: Option<Organ>,
    /// What they lead or supervise (分管、联系的领域).
    pub duties: String,
}

/// A session of the congress, e.g. 第十五届人民代表大会第三次会议.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Session {
    pub id: SessionId,
    pub name: String,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
}

/// 家站点 and professional stations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum StationKind {
    /// 代表之家
    Home,
    /// 代表联络站
    LiaisonStation,
    /// 代表联络点
    LiaisonPoint,
    /// 专业代表工作站 (Gushi's six)
    Professional,
}

impl StationKind {
    pub const ALL: [StationKind; 4] = [
        StationKind::Home,
        StationKind::LiaisonStation,
        StationKind::LiaisonPoint,
        StationKind::Professional,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StationKind::Home => "代表之家",
            StationKind::LiaisonStation => "代表联络站",
            StationKind::LiaisonPoint => "代表联络点",
            StationKind::Professional => "专业代表工作站",
        }
    }
}

impl Shown for StationKind {
    fn shown(&self) -> String {
        self.label().into()
    }
}

/// A deputy station.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Station {
    pub id: StationId,
    pub name: String,
    pub kind: StationKind,
    /// A professional station's field (one of the settings' list); empty
    /// for 家站点.
    #[serde(default)]
    pub field: String,
}

/// A category suggestions are filed under. Known by id, so renaming one
/// keeps every suggestion filed under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Category {
    pub id: CategoryId,
    pub name: String,
}

/// The categories every fresh office starts with (domain.md §3: Boai's
/// 农业农村, 道路交通, 城市建设, 文化旅游, and assumed others). Each has the id
/// its name gives, the same in every office.
pub const DEFAULT_CATEGORIES: [&str; 11] = [
    "农业农村",
    "道路交通",
    "城市建设",
    "文化旅游",
    "教育",
    "医疗卫生",
    "社会事业",
    "经济发展",
    "生态环境",
    "法治",
    "其他",
];

/// The default categories with their ids.
pub fn default_categories() -> Vec<Category> {
    DEFAULT_CATEGORIES
        .iter()
        .map(|name| Category {
            id: CategoryId(id_from_name(name)),
            name: name.to_string(),
        })
        .collect()
}

/// A directory entry, for retiring and reinstating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(tag = "directory", content = "id", rename_all = "snake_case")]
pub enum EntryRef {
    Deputy(DeputyId),
    Delegation(DelegationId),
    Committee(CommitteeId),
    Unit(UnitId),
    Leader(LeaderId),
    Session(SessionId),
    Station(StationId),
    Category(CategoryId),
}
