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
    /// A step's act asked at another desk than the step's.
    #[error("the item {stage}, an act of the {desk} desk")]
    WrongDesk { stage: String, desk: &'static str },
    /// A merge into an item not at the final step nor accepted.
    #[error("the merge target is {stage}, not at the final step nor accepted")]
    MergeTargetNotFinal { stage: String },
    /// A merge across numbering series.
    #[error("cannot merge an item of {ours} into one of {theirs}")]
    MergeAcrossSeries { ours: String, theirs: String },
    /// The presidium decides only on an accepted motion.
    #[error("not an accepted motion: {stage}")]
    NotAnAcceptedMotion { stage: String },
    /// The presidium's decision is recorded once.
    #[error("the presidium already decided: {decision}")]
    MotionAlreadyDecided { decision: &'static str },
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
            ReviewRejection::MergeTargetClosed => {
                "不能并案：要并入的建议已不予立案或已并入其他建议".into()
            }
            ReviewRejection::NotNumberingOffice => {
                "本机不是编号单位：案号只由代表工委的建议通给出，以保证连续不重号".into()
            }
            ReviewRejection::WrongDesk { stage, desk } => {
                format!("这件建议{stage}，请在“{desk}”工作台办理")
            }
            ReviewRejection::MergeTargetNotFinal { stage } => {
                format!("不能并案：要并入的建议{stage}，只能并入已到最后一道审查或已立案的建议")
            }
            ReviewRejection::MergeAcrossSeries { ours, theirs } => format!(
                "不能并案：这件属于“{ours}”，要并入的属于“{theirs}”；只能并入同一会次同一类型（或同一年度闭会期间）的建议"
            ),
            ReviewRejection::NotAnAcceptedMotion { stage } => {
                format!("只有已立案的议案才由大会主席团决定是否列入议程；这件{stage}")
            }
            ReviewRejection::MotionAlreadyDecided { decision } => {
                format!("这件议案已有决定（{decision}），不能再次决定")
            }
        }
    }
}
