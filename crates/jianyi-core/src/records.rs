//! The records the fold keeps: the office profile, the directories
//! (`Deputy`, `Delegation`, `Unit`, `Session`) and `Suggestion` with its
//! `Draft` content, plus the `Desk` and `Actor` every event names.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{
    CommitteeId, DelegationId, DeputyId, LeaderId, OpinionId, SessionId, StationId, SuggestionId,
    UnitId,
};

/// The role whose work the operator is doing. Desks decide what is shown
/// and offered; they are not access control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl How {
    pub fn label(self) -> &'static str {
        match self {
            How::Operator => "本人操作",
            How::InPerson => "本人在场确认",
            How::PaperKeyedIn => "纸质件录入",
            How::Packet => "交换包导入",
        }
    }
}

/// Who did it: the operator, whom they acted for, at which desk, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub operator: String,
    pub acting_for: Option<String>,
    pub desk: Desk,
    pub how: How,
}

/// The level of the office, which decides some rules (township mode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// Who this copy of Jianyi belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeProfile {
    /// The office's name, e.g. 示范县人大常委会代表工委.
    pub name: String,
    /// The region, e.g. 示范县.
    pub region: String,
    pub level: OfficeLevel,
    /// This copy is the committee office's, which alone gives numbers.
    #[serde(default = "yes")]
    pub numbering: bool,
}

fn yes() -> bool {
    true
}

/// 代表团 (or a township's 主席团).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegation {
    pub id: DelegationId,
    pub name: String,
    /// Retired entries stay in history and in old records, but are not
    /// offered for new ones.
    #[serde(default)]
    pub retired: bool,
}

/// 性别.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// 人大代表. Identified by name plus delegation: two 王伟 are two people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Private: never disclosed, never exported to the public.
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub retired: bool,
}

/// A committee body of the standing committee (委室), covering (包联) the
/// delegations of an area.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitteeBody {
    pub id: CommitteeId,
    pub name: String,
    pub covers: Vec<DelegationId>,
    #[serde(default)]
    pub retired: bool,
}

/// Which of 一府一委两院 a unit belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// 承办单位.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    #[serde(default = "default_unit_kind")]
    pub kind: UnitKind,
    /// None: a party or mass organisation, the congress's own body, a utility.
    pub organ: Option<Organ>,
    #[serde(default)]
    pub retired: bool,
}

fn default_unit_kind() -> UnitKind {
    UnitKind::Other
}

/// A leader who leads (领办) or supervises (督办) key suggestions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leader {
    pub id: LeaderId,
    pub name: String,
    /// 职务, e.g. 县长, 县人大常委会副主任.
    pub post: String,
    pub organ: Option<Organ>,
    /// What they lead or supervise (分管、联系的领域).
    pub duties: String,
    #[serde(default)]
    pub retired: bool,
}

/// A session of the congress, e.g. 第十五届人民代表大会第三次会议.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub name: String,
    pub starts: NaiveDate,
    pub ends: NaiveDate,
    #[serde(default)]
    pub retired: bool,
}

/// 家站点 and professional stations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// A deputy station.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Station {
    pub id: StationId,
    pub name: String,
    pub kind: StationKind,
    /// A professional station's field (one of the settings' list); empty
    /// for 家站点.
    #[serde(default)]
    pub field: String,
    #[serde(default)]
    pub retired: bool,
}

/// A directory entry, for retiring and reinstating.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "directory", content = "id", rename_all = "snake_case")]
pub enum EntryRef {
    Deputy(DeputyId),
    Delegation(DelegationId),
    Committee(CommitteeId),
    Unit(UnitId),
    Leader(LeaderId),
    Session(SessionId),
    Station(StationId),
    Category(String),
}

/// 建议 or 议案.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    Suggestion,
    Motion,
}

impl SuggestionKind {
    pub fn label(self) -> &'static str {
        match self {
            SuggestionKind::Suggestion => "建议",
            SuggestionKind::Motion => "议案",
        }
    }
}

/// What a drafter writes: the four elements and the framing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// 案由
    pub title: String,
    /// 案据
    pub basis: String,
    /// 建议: the ask
    pub ask: String,
    /// 对策: the concrete measures
    pub measures: String,
    pub category: String,
    pub kind: SuggestionKind,
    /// The session it is raised at; None: raised in recess (闭会期间).
    pub session: Option<SessionId>,
    pub lead_deputy: DeputyId,
    /// A motion raised in the name of a delegation (代表团名义).
    #[serde(default)]
    pub by_delegation: bool,
    /// The citizen opinions it was made from.
    #[serde(default)]
    pub opinions: Vec<OpinionId>,
    /// Negative-list items (by title) the drafter confirmed it is not.
    #[serde(default)]
    pub negative_confirmed: Vec<String>,
}

impl Draft {
    /// An empty draft of a lead deputy, raised at a session or in recess.
    pub fn empty(lead_deputy: DeputyId, session: Option<SessionId>) -> Draft {
        Draft {
            title: String::new(),
            basis: String::new(),
            ask: String::new(),
            measures: String::new(),
            category: String::new(),
            kind: SuggestionKind::Suggestion,
            session,
            lead_deputy,
            by_delegation: false,
            opinions: Vec::new(),
            negative_confirmed: Vec::new(),
        }
    }

    /// Whether two drafts differ in what a co-signer read and signed: the
    /// text, its framing, the lead. Confirming negative-list items or linking
    /// opinions does not change what was signed.
    pub fn text_differs(&self, other: &Draft) -> bool {
        (
            &self.title,
            &self.basis,
            &self.ask,
            &self.measures,
            &self.category,
            self.kind,
            self.session,
            self.lead_deputy,
            self.by_delegation,
        ) != (
            &other.title,
            &other.basis,
            &other.ask,
            &other.measures,
            &other.category,
            other.kind,
            other.session,
            other.lead_deputy,
            other.by_delegation,
        )
    }
}

/// A citizen opinion (群众意见) collected at a station.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Opinion {
    pub id: OpinionId,
    pub station: StationId,
    pub received_on: NaiveDate,
    pub topic: String,
    pub text: String,
    /// The citizen's contact: private, never disclosed.
    pub contact: String,
    /// Suggestions made from it (kept by the fold from the drafts' links).
    #[serde(default)]
    pub suggestions: Vec<SuggestionId>,
}

/// A co-signer (联名代表) of a draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoSigner {
    pub deputy: DeputyId,
    pub named_on: NaiveDate,
    /// Given when the co-signer confirmed having read the text.
    pub confirmed: Option<Confirmation>,
    /// Set when an edit by the drafter voided the signature; shown to the
    /// co-signer until they confirm again.
    #[serde(default)]
    pub voided_on: Option<NaiveDate>,
    /// The last revision the co-signer has seen after a review's return.
    #[serde(default)]
    pub seen_revision: Option<u32>,
}

/// A co-signer's "已阅知内容", with how it was given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    pub on: NaiveDate,
    pub how: How,
    /// The draft revision that was read.
    pub revision: u32,
}

/// A review step (三次审查; one step in recess or in a township).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStep {
    /// 代表团初审, before the session.
    Delegation,
    /// 委室再审, by the committee body covering the delegation.
    Committee,
    /// 议案组终审, on policy and law.
    Final,
    /// 代表工委审查 of a recess suggestion.
    Recess,
    /// 主席团审查 in a township.
    Presidium,
}

impl ReviewStep {
    pub const ALL: [ReviewStep; 5] = [
        ReviewStep::Delegation,
        ReviewStep::Committee,
        ReviewStep::Final,
        ReviewStep::Recess,
        ReviewStep::Presidium,
    ];

    /// A stable code for URLs.
    pub fn code(self) -> &'static str {
        match self {
            ReviewStep::Delegation => "delegation",
            ReviewStep::Committee => "committee",
            ReviewStep::Final => "final",
            ReviewStep::Recess => "recess",
            ReviewStep::Presidium => "presidium",
        }
    }

    pub fn from_code(code: &str) -> Option<ReviewStep> {
        ReviewStep::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ReviewStep::Delegation => "代表团初审",
            ReviewStep::Committee => "委室再审",
            ReviewStep::Final => "议案组终审",
            ReviewStep::Recess => "代表工委审查",
            ReviewStep::Presidium => "主席团审查",
        }
    }

    /// The last step, where items are accepted, converted, merged or not
    /// accepted.
    pub fn is_final(self) -> bool {
        match self {
            ReviewStep::Final | ReviewStep::Recess | ReviewStep::Presidium => true,
            ReviewStep::Delegation | ReviewStep::Committee => false,
        }
    }

    /// The desk whose queue holds this step.
    pub fn desk(self) -> Desk {
        match self {
            ReviewStep::Delegation | ReviewStep::Presidium => Desk::Delegation,
            ReviewStep::Committee => Desk::Committee,
            ReviewStep::Final => Desk::MotionsGroup,
            ReviewStep::Recess => Desk::CommitteeOffice,
        }
    }
}

/// Where a suggestion is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 草稿: being written.
    Draft,
    /// 审查中: waiting at a review step.
    InReview(ReviewStep),
    /// 退回修改: returned at a step to guide its improvement (not rejected).
    Returned(ReviewStep),
    /// 已立案: accepted and numbered.
    Accepted,
    /// 已并案: merged into another suggestion, which keeps its proposers.
    Merged(SuggestionId),
    /// 不予立案, with a reason.
    NotAccepted,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Draft => "草稿",
            Stage::InReview(_) => "审查中",
            Stage::Returned(_) => "退回修改",
            Stage::Accepted => "已立案",
            Stage::Merged(_) => "已并案",
            Stage::NotAccepted => "不予立案",
        }
    }

    /// The stage with its step, e.g. 待委室再审.
    pub fn describe(self) -> String {
        match self {
            Stage::InReview(step) => format!("待{}", step.label()),
            Stage::Returned(step) => format!("{}退回修改", step.label()),
            other => other.label().to_string(),
        }
    }

    /// Whether the drafter may edit the text: a draft, or an item returned
    /// for improvement.
    pub fn editable(self) -> bool {
        match self {
            Stage::Draft | Stage::Returned(_) => true,
            Stage::InReview(_) | Stage::Accepted | Stage::Merged(_) | Stage::NotAccepted => false,
        }
    }
}

/// What a review step did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewAction {
    Passed,
    Returned,
    Resubmitted,
    Converted,
    Merged(SuggestionId),
    MergedFrom(SuggestionId),
    Accepted(u32),
    NotAccepted,
}

impl ReviewAction {
    pub fn label(&self) -> &'static str {
        match self {
            ReviewAction::Passed => "通过",
            ReviewAction::Returned => "退回补充完善",
            ReviewAction::Resubmitted => "修改后重新提交",
            ReviewAction::Converted => "议案转为建议",
            ReviewAction::Merged(_) => "并入其他建议",
            ReviewAction::MergedFrom(_) => "并入相关建议",
            ReviewAction::Accepted(_) => "立案编号",
            ReviewAction::NotAccepted => "不予立案",
        }
    }
}

/// One line of the review trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrailEntry {
    pub step: ReviewStep,
    pub action: ReviewAction,
    pub comment: String,
    pub on: NaiveDate,
    pub by: String,
}

/// A revision made after a review returned the item: what the text was
/// before, so each signer can see the change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The revision number the change produced.
    pub revision: u32,
    pub on: NaiveDate,
    pub before: Draft,
}

/// The numbering series an accepted item belongs to: one per session and
/// kind, one per year for recess suggestions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Series {
    Session(SessionId, SuggestionKind),
    Recess(i32),
}

/// A suggestion or motion as the fold knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub id: SuggestionId,
    pub draft: Draft,
    pub stage: Stage,
    /// Business date of creation.
    pub created_on: NaiveDate,
    /// Business date of the last change.
    pub updated_on: NaiveDate,
    /// How many edits the draft has seen since creation.
    pub revision: u32,
    #[serde(default)]
    pub cosigners: Vec<CoSigner>,
    /// Business date of submission.
    #[serde(default)]
    pub submitted_on: Option<NaiveDate>,
    /// The review steps, fixed at submission.
    #[serde(default)]
    pub review_path: Vec<ReviewStep>,
    #[serde(default)]
    pub trail: Vec<TrailEntry>,
    /// Revisions asked for by a review, each with the text before.
    #[serde(default)]
    pub revisions: Vec<Revision>,
    /// The number (案号) and its series, once accepted.
    #[serde(default)]
    pub number: Option<(Series, u32)>,
    /// Items merged into this one (并案); their proposers are kept.
    #[serde(default)]
    pub merged_from: Vec<SuggestionId>,
    /// Why it was not accepted.
    #[serde(default)]
    pub not_accepted_reason: String,
}

impl Suggestion {
    /// Deputies whose signature counts: the lead and confirmed co-signers.
    pub fn signers(&self) -> usize {
        1 + self
            .cosigners
            .iter()
            .filter(|c| c.confirmed.is_some())
            .count()
    }
}
