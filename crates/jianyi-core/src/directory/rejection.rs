//! `DirectoryRejection`: why a directory command, or a reference to an
//! entry from another subdomain, was refused.

use thiserror::Error;

/// Why a directory command was refused, or an entry cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DirectoryRejection {
    #[error("a delegation named {name} exists")]
    DuplicateDelegation { name: String },
    #[error("deputy {name} already exists in {delegation}")]
    DuplicateDeputy { name: String, delegation: String },
    #[error("a unit named {name} exists")]
    DuplicateUnit { name: String },
    #[error("a session named {name} exists")]
    DuplicateSession { name: String },
    #[error("a committee body named {name} exists")]
    DuplicateCommittee { name: String },
    #[error("leader {name} ({post}) exists")]
    DuplicateLeader { name: String, post: String },
    #[error("a station named {name} exists")]
    DuplicateStation { name: String },
    #[error("a category named {name} exists")]
    DuplicateCategory { name: String },
    #[error("unknown delegation")]
    UnknownDelegation,
    #[error("unknown deputy")]
    UnknownDeputy,
    #[error("unknown unit")]
    UnknownUnit,
    #[error("unknown session")]
    UnknownSession,
    #[error("unknown committee body")]
    UnknownCommittee,
    #[error("unknown leader")]
    UnknownLeader,
    #[error("unknown station")]
    UnknownStation,
    #[error("unknown category")]
    UnknownCategory,
    #[error("the session ends before it starts")]
    SessionEndsBeforeStart,
    #[error("{name} is retired")]
    Retired { name: String },
    #[error("{name} is already retired")]
    AlreadyRetired { name: String },
    #[error("{name} is not retired")]
    NotRetired { name: String },
    #[error("the professional field {field} is not configured")]
    UnknownField { field: String },
}

impl DirectoryRejection {
    /// The refusal as a clerk reads it, naming the record.
    pub fn message_zh(&self) -> String {
        match self {
            DirectoryRejection::DuplicateDelegation { name } => format!("已有名为“{name}”的代表团"),
            DirectoryRejection::DuplicateDeputy { name, delegation } => {
                format!("{delegation}已有代表“{name}”；同名代表请先核对是否为同一人")
            }
            DirectoryRejection::DuplicateUnit { name } => format!("已有名为“{name}”的承办单位"),
            DirectoryRejection::DuplicateSession { name } => format!("已有名为“{name}”的会次"),
            DirectoryRejection::DuplicateCommittee { name } => format!("已有名为“{name}”的委室"),
            DirectoryRejection::DuplicateLeader { name, post } => {
                format!("已有领导“{name}”（{post}）")
            }
            DirectoryRejection::DuplicateStation { name } => format!("已有名为“{name}”的站点"),
            DirectoryRejection::DuplicateCategory { name } => format!("已有类别“{name}”"),
            DirectoryRejection::UnknownDelegation => "所选代表团不存在，请重新选择".into(),
            DirectoryRejection::UnknownDeputy => "所选代表不存在，请重新选择".into(),
            DirectoryRejection::UnknownUnit => "所选承办单位不存在".into(),
            DirectoryRejection::UnknownSession => "所选会次不存在，请重新选择".into(),
            DirectoryRejection::UnknownCommittee => "所选委室不存在".into(),
            DirectoryRejection::UnknownLeader => "所选领导不存在".into(),
            DirectoryRejection::UnknownStation => "所选站点不存在，请重新选择".into(),
            DirectoryRejection::UnknownCategory => "所选类别不存在，请重新选择".into(),
            DirectoryRejection::SessionEndsBeforeStart => "会次的闭幕日期早于开幕日期".into(),
            DirectoryRejection::Retired { name } => {
                format!("“{name}”已停用，不能再选用；如需使用请先恢复")
            }
            DirectoryRejection::AlreadyRetired { name } => format!("“{name}”已经停用"),
            DirectoryRejection::NotRetired { name } => format!("“{name}”未停用，无需恢复"),
            DirectoryRejection::UnknownField { field } => {
                format!("专业领域“{field}”不在设置的专业站领域中")
            }
        }
    }
}
