//! `RaisingRejection`: why a raising command was refused.

use thiserror::Error;

/// Why a raising command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RaisingRejection {
    #[error("unknown opinion")]
    UnknownOpinion,
    #[error("unknown suggestion")]
    UnknownSuggestion,
    #[error("the suggestion is {stage}, not a draft")]
    NotDraft { stage: &'static str },
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
    #[error("not returned for improvement")]
    NotReturned,
    #[error("the revision was not yet acknowledged")]
    NothingToAcknowledge,
    /// Raising in the name of a delegation, asked at another desk.
    #[error("only the delegation desk raises in a delegation's name")]
    ByDelegationAtDelegationDesk { desk: &'static str },
}

impl RaisingRejection {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            RaisingRejection::UnknownOpinion => "所选群众意见不存在".into(),
            RaisingRejection::UnknownSuggestion => "这件建议不存在".into(),
            RaisingRejection::NotDraft { stage } => {
                format!("这件建议已{stage}，不能再按草稿修改")
            }
            RaisingRejection::LeadCannotCosign => "领衔代表本人不必联名".into(),
            RaisingRejection::AlreadyCosigner { name } => format!("{name}已是联名代表"),
            RaisingRejection::NotCosigner { name } => format!("{name}不是这件建议的联名代表"),
            RaisingRejection::AlreadyConfirmed { name } => {
                format!("{name}已确认阅知，无需重复确认")
            }
            RaisingRejection::PersonalActOnly => {
                "联名确认须由代表本人在场确认，或据纸质签名录入".into()
            }
            RaisingRejection::NotReturned => "这件建议没有被退回修改".into(),
            RaisingRejection::NothingToAcknowledge => "没有需要阅知的修改".into(),
            RaisingRejection::ByDelegationAtDelegationDesk { desk } => format!(
                "“以代表团名义提出”须由代表团决定，请在“代表团/主席团”工作台办理（当前为“{desk}”工作台）"
            ),
        }
    }
}
