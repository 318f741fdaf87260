//! `ReviewRejection`: why a review command was refused.

use thiserror::Error;

/// Why a review command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReviewRejection {
    #[error("incomplete: {missing:?}")]
    Incomplete { missing: Vec<String> },
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
}

impl ReviewRejection {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            ReviewRejection::Incomplete { missing } => {
                format!("还不能提交，请补充：{}", missing.join("；"))
            }
            ReviewRejection::NotInReview { stage } => {
                format!("这件建议{stage}，不在待审查状态")
            }
            ReviewRejection::NotFinalStep { step } => {
                format!("{step}不是最后一道审查，不能立案、转为建议、并案或不予立案")
            }
            ReviewRejection::FinalStepPasses => {
                "这是最后一道审查：请选择立案编号、转为建议、并案或不予立案".into()
            }
            ReviewRejection::NotReturned => "这件建议没有被退回修改".into(),
            ReviewRejection::NotMotion => "这件已是建议，无需转为建议".into(),
            ReviewRejection::MergeIntoSelf => "不能并入自身".into(),
            ReviewRejection::MergeTargetClosed => "要并入的建议已不予立案或已并入其他建议".into(),
            ReviewRejection::NotNumberingOffice => {
                "本机不是编号单位：案号只由代表工委的建议通给出，以保证连续不重号".into()
            }
        }
    }
}
