//! `Command`, what someone asks for; `Ctx`, what the caller supplies
//! (time, ids, office, actor, business date); `Rejection`, why a command was
//! refused.

use chrono::NaiveDate;
use thiserror::Error;

use crate::ids::{DelegationId, DeputyId, IdSource, SessionId, SuggestionId, UnitId};
use crate::records::{Actor, Draft, OfficeProfile, Organ};
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
    AddDeputy {
        name: String,
        delegation: DelegationId,
    },
    EditDeputy {
        id: DeputyId,
        name: String,
        delegation: DelegationId,
    },
    AddUnit {
        name: String,
        organ: Option<Organ>,
    },
    EditUnit {
        id: UnitId,
        name: String,
        organ: Option<Organ>,
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
    CreateDraft(Draft),
    EditDraft {
        id: SuggestionId,
        draft: Draft,
    },
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
        }
    }
}
