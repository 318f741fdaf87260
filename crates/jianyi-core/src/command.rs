//! `Command`, what someone asks for; `Ctx`, what the caller supplies
//! (time, ids, office, actor, business date); `Rejection`, why a command was
//! refused.

use chrono::NaiveDate;
use thiserror::Error;

use crate::ids::{
    CommitteeId, DelegationId, DeputyId, IdSource, LeaderId, OpinionId, SessionId, StationId,
    SuggestionId, UnitId,
};
use crate::records::{
    Actor, Draft, EntryRef, Gender, How, OfficeProfile, Organ, StationKind, UnitKind,
};
use crate::settings::Settings;

/// What an operator asks the system to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    SetOfficeProfile(OfficeProfile),
    ChangeSettings(Box<Settings>),
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
    AddSession {
        name: String,
        starts: NaiveDate,
        ends: NaiveDate,
    },
    EditSession {
        id: SessionId,
        name: String,
        starts: NaiveDate,
        ends: NaiveDate,
    },
    AddStation(StationFields),
    EditStation {
        id: StationId,
        fields: StationFields,
    },
    AddCategory {
        name: String,
    },
    /// Takes an entry out of use; it stays in history and old records.
    Retire(EntryRef),
    /// Puts a retired entry back into use.
    Reinstate(EntryRef),
    RecordOpinion(OpinionFields),
    EditOpinion {
        id: OpinionId,
        fields: OpinionFields,
    },
    CreateDraft(Draft),
    EditDraft {
        id: SuggestionId,
        draft: Draft,
    },
    /// The lead deputy names co-signers.
    NameCosigners {
        id: SuggestionId,
        deputies: Vec<DeputyId>,
    },
    RemoveCosigner {
        id: SuggestionId,
        deputy: DeputyId,
    },
    /// A co-signer confirms having read the text (已阅知内容); `how` is
    /// InPerson or PaperKeyedIn.
    ConfirmCosign {
        id: SuggestionId,
        deputy: DeputyId,
        how: How,
    },
    /// Hands the draft in for review, once its required elements are there.
    SubmitDraft {
        id: SuggestionId,
    },
    /// A review step passes the item on to the next step.
    PassReview {
        id: SuggestionId,
        comment: String,
    },
    /// A review step returns the item to guide its improvement.
    ReturnForImprovement {
        id: SuggestionId,
        comment: String,
    },
    /// The deputy hands a revised item back to the step that returned it.
    Resubmit {
        id: SuggestionId,
    },
    /// A co-signer withdraws after a review asked for a revision.
    WithdrawCosign {
        id: SuggestionId,
        deputy: DeputyId,
    },
    /// A co-signer has seen the revision made after a review's return.
    AcknowledgeRevision {
        id: SuggestionId,
        deputy: DeputyId,
    },
    /// The final step accepts and numbers the item (committee office only).
    Accept {
        id: SuggestionId,
    },
    /// The final step turns a motion into a suggestion.
    ConvertToSuggestion {
        id: SuggestionId,
    },
    /// The final step merges an item into a related one (并案).
    Merge {
        id: SuggestionId,
        into: SuggestionId,
    },
    /// The final step does not accept the item, with the reason.
    NotAccept {
        id: SuggestionId,
        reason: String,
    },
    /// Several commands decided in order and stored together, or not at all
    /// (an import).
    Batch(Vec<Command>),
}

/// A deputy's editable fields.
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

/// A citizen opinion's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpinionFields {
    pub station: StationId,
    pub received_on: NaiveDate,
    pub topic: String,
    pub text: String,
    /// Private contact of the citizen.
    pub contact: String,
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
}

impl UnitFields {
    /// A unit whose organ follows its kind.
    pub fn new(name: &str, kind: UnitKind) -> UnitFields {
        UnitFields {
            name: name.to_string(),
            kind,
            organ: kind.usual_organ(),
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

/// A station's editable fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StationFields {
    pub name: String,
    pub kind: StationKind,
    pub field: String,
}

/// What the caller supplies with a command: the core reads no clock and
/// draws no randomness.
#[derive(Debug)]
pub struct Ctx {
    /// The PC clock in ms since the epoch; it only orders events.
    pub now_ms: u64,
    /// The acting office's code, written into every stamp.
    pub office: String,
    pub actor: Actor,
    /// The business date of the act (China time).
    pub business_date: NaiveDate,
    pub ids: IdSource,
}

/// Why a command was refused. Nothing is stored when a command is refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum Rejection {
    #[error("{field} is required")]
    Missing { field: &'static str },
    #[error("{field} is too long ({len} > {max})")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("a delegation named {name} exists")]
    DuplicateDelegation { name: String },
    #[error("deputy {name} already exists in {delegation}")]
    DuplicateDeputy { name: String, delegation: String },
    #[error("a unit named {name} exists")]
    DuplicateUnit { name: String },
    #[error("a session named {name} exists")]
    DuplicateSession { name: String },
    #[error("unknown delegation")]
    UnknownDelegation,
    #[error("unknown deputy")]
    UnknownDeputy,
    #[error("unknown unit")]
    UnknownUnit,
    #[error("unknown session")]
    UnknownSession,
    #[error("unknown suggestion")]
    UnknownSuggestion,
    #[error("unknown category {category}")]
    UnknownCategory { category: String },
    #[error("the session ends before it starts")]
    SessionEndsBeforeStart,
    #[error("nothing changed")]
    NothingChanged,
    #[error("invalid settings: {reason}")]
    InvalidSettings { reason: String },
    #[error("a committee body named {name} exists")]
    DuplicateCommittee { name: String },
    #[error("leader {name} ({post}) exists")]
    DuplicateLeader { name: String, post: String },
    #[error("a station named {name} exists")]
    DuplicateStation { name: String },
    #[error("a category named {name} exists")]
    DuplicateCategory { name: String },
    #[error("unknown committee body")]
    UnknownCommittee,
    #[error("unknown leader")]
    UnknownLeader,
    #[error("unknown station")]
    UnknownStation,
    #[error("{name} is retired")]
    Retired { name: String },
    #[error("{name} is already retired")]
    AlreadyRetired { name: String },
    #[error("{name} is not retired")]
    NotRetired { name: String },
    #[error("the professional field {field} is not configured")]
    UnknownField { field: String },
    #[error("item {index} of the batch: {rejection}")]
    InBatch {
        index: usize,
        rejection: Box<Rejection>,
    },
    #[error("the batch is empty")]
    EmptyBatch,
    #[error("unknown opinion")]
    UnknownOpinion,
    #[error("the suggestion is {stage}, not a draft")]
    NotDraft { stage: &'static str },
    #[error("incomplete: {missing:?}")]
    Incomplete { missing: Vec<String> },
    #[error("the lead deputy cannot co-sign")]
    LeadCannotCosign,
    #[error("{name} is already a co-signer")]
    AlreadyCosigner { name: String },
    #[error("{name} is not a co-signer")]
    NotCosigner { name: String },
    #[error("{name} has already confirmed")]
    AlreadyConfirmed { name: String },
    #[error("a co-signature is given in person or on paper")]
    PersonalActOnly,
    #[error("the opinion date is after the business date")]
    OpinionInFuture,
    #[error("not waiting for review")]
    NotInReview { stage: String },
    #[error("only the final step may do this")]
    NotFinalStep { step: &'static str },
    #[error("the final step accepts rather than passes")]
    FinalStepPasses,
    #[error("not returned for improvement")]
    NotReturned,
    #[error("not a motion")]
    NotMotion,
    #[error("cannot merge into itself")]
    MergeIntoSelf,
    #[error("the merge target is not open")]
    MergeTargetClosed,
    #[error("this copy does not number suggestions")]
    NotNumberingOffice,
    #[error("the office profile is not set")]
    NoOffice,
    #[error("the revision was not yet acknowledged")]
    NothingToAcknowledge,
}

impl Rejection {
    /// The refusal as a clerk reads it, naming the field or record.
    pub fn message_zh(&self) -> String {
        match self {
            Rejection::Missing { field } => format!("请填写“{field}”"),
            Rejection::TooLong { field, len, max } => {
                format!("“{field}”共{len}字，超过上限{max}字")
            }
            Rejection::DuplicateDelegation { name } => format!("已有名为“{name}”的代表团"),
            Rejection::DuplicateDeputy { name, delegation } => {
                format!("{delegation}已有代表“{name}”；同名代表请先核对是否为同一人")
            }
            Rejection::DuplicateUnit { name } => format!("已有名为“{name}”的承办单位"),
            Rejection::DuplicateSession { name } => format!("已有名为“{name}”的会次"),
            Rejection::UnknownDelegation => "所选代表团不存在，请重新选择".into(),
            Rejection::UnknownDeputy => "所选代表不存在，请重新选择".into(),
            Rejection::UnknownUnit => "所选承办单位不存在".into(),
            Rejection::UnknownSession => "所选会次不存在，请重新选择".into(),
            Rejection::UnknownSuggestion => "这件建议不存在".into(),
            Rejection::UnknownCategory { category } => {
                format!("类别“{category}”不在设置的类别中")
            }
            Rejection::SessionEndsBeforeStart => "会次的闭幕日期早于开幕日期".into(),
            Rejection::NothingChanged => "内容没有变化，无需保存".into(),
            Rejection::InvalidSettings { reason } => format!("设置有误：{reason}"),
            Rejection::DuplicateCommittee { name } => format!("已有名为“{name}”的委室"),
            Rejection::DuplicateLeader { name, post } => format!("已有领导“{name}”（{post}）"),
            Rejection::DuplicateStation { name } => format!("已有名为“{name}”的站点"),
            Rejection::DuplicateCategory { name } => format!("已有类别“{name}”"),
            Rejection::UnknownCommittee => "所选委室不存在".into(),
            Rejection::UnknownLeader => "所选领导不存在".into(),
            Rejection::UnknownStation => "所选站点不存在，请重新选择".into(),
            Rejection::Retired { name } => format!("“{name}”已停用，不能再选用；如需使用请先恢复"),
            Rejection::AlreadyRetired { name } => format!("“{name}”已经停用"),
            Rejection::NotRetired { name } => format!("“{name}”未停用，无需恢复"),
            Rejection::UnknownField { field } => format!("专业领域“{field}”不在设置的专业站领域中"),
            Rejection::InBatch { index, rejection } => {
                format!("第{}条：{}", index + 1, rejection.message_zh())
            }
            Rejection::EmptyBatch => "没有可保存的内容".into(),
            Rejection::UnknownOpinion => "所选群众意见不存在".into(),
            Rejection::NotDraft { stage } => format!("这件建议已{stage}，不能再按草稿修改"),
            Rejection::Incomplete { missing } => {
                format!("还不能提交，请补充：{}", missing.join("；"))
            }
            Rejection::LeadCannotCosign => "领衔代表本人不必联名".into(),
            Rejection::AlreadyCosigner { name } => format!("{name}已是联名代表"),
            Rejection::NotCosigner { name } => format!("{name}不是这件建议的联名代表"),
            Rejection::AlreadyConfirmed { name } => format!("{name}已确认阅知，无需重复确认"),
            Rejection::PersonalActOnly => "联名确认须由代表本人在场确认，或据纸质签名录入".into(),
            Rejection::OpinionInFuture => "收集日期晚于今天，请核对".into(),
            Rejection::NotInReview { stage } => format!("这件建议{stage}，不在待审查状态"),
            Rejection::NotFinalStep { step } => {
                format!("{step}不是最后一道审查，不能立案、转为建议、并案或不予立案")
            }
            Rejection::FinalStepPasses => {
                "这是最后一道审查：请选择立案编号、转为建议、并案或不予立案".into()
            }
            Rejection::NotReturned => "这件建议没有被退回修改".into(),
            Rejection::NotMotion => "这件已是建议，无需转为建议".into(),
            Rejection::MergeIntoSelf => "不能并入自身".into(),
            Rejection::MergeTargetClosed => "要并入的建议已不予立案或已并入其他建议".into(),
            Rejection::NotNumberingOffice => {
                "本机不是编号单位：案号只由代表工委的建议通给出，以保证连续不重号".into()
            }
            Rejection::NoOffice => "请先在“设置”中设置本机单位".into(),
            Rejection::NothingToAcknowledge => "没有需要阅知的修改".into(),
        }
    }
}
