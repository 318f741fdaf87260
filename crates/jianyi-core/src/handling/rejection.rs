//! `HandlingRejection`: why a handling command was refused.

use thiserror::Error;

/// Why a handling command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum HandlingRejection {
    /// Only an accepted suggestion (or a motion to be handled as one) is
    /// assigned.
    #[error("not waiting for assignment: {stage}")]
    NotAwaitingAssignment { stage: String },
    #[error("already assigned")]
    AlreadyAssigned,
    #[error("not assigned")]
    NotAssigned,
    /// Assignment is the committee office's act (in a township, the
    /// presidium's).
    #[error("only the registering office assigns")]
    NotTheAssigningOffice,
    #[error("asked at the {asked} desk, an act of the {desk} desk")]
    WrongDesk {
        asked: &'static str,
        desk: &'static str,
    },
    #[error("a unit named twice: {unit}")]
    UnitTwice { unit: String },
    #[error("separate handling needs two units or more")]
    SeparateNeedsTwo,
    #[error("{unit} does not hold the item")]
    NotHeldBy { unit: String },
    #[error("{unit} already signed for it")]
    AlreadySigned { unit: String, on: String },
    /// The act's business date is before the unit was given the item.
    #[error("dated before the assignment")]
    BeforeAssignment { act: &'static str, since: String },
    /// A decision on a return dated before the return was asked.
    #[error("dated before the request")]
    BeforeRequest { act: &'static str, asked: String },
    /// A unit's copy acting for another unit.
    #[error("this copy is not {unit}'s")]
    NotThisUnitsCopy { unit: String },
    /// A copy of a role that does not act for units.
    #[error("a {role} does not act for a unit")]
    NotAUnitsAct { role: &'static str },
    #[error("the return window closed on {closed}")]
    ReturnWindowClosed { closed: String, explain: String },
    #[error("a return is already asked")]
    ReturnPending { on: String },
    #[error("no return asked")]
    NoReturnAsked { unit: String },
}

impl HandlingRejection {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            HandlingRejection::NotAwaitingAssignment { stage } => {
                format!("只有已立案的建议（及主席团决定作为建议处理的议案）才能交办；这件{stage}")
            }
            HandlingRejection::AlreadyAssigned => {
                "这件建议已经交办；交办有误时由承办单位申请退办，代表工委重新交办".into()
            }
            HandlingRejection::NotAssigned => "这件建议尚未交办".into(),
            HandlingRejection::NotTheAssigningOffice => {
                "交办由代表工委（乡镇为人大主席团）办理；本机的单位信息不是交办单位".into()
            }
            HandlingRejection::WrongDesk { asked, desk } => {
                format!("这是“{desk}”工作台的事项，当前在“{asked}”工作台")
            }
            HandlingRejection::UnitTwice { unit } => {
                format!("“{unit}”被选了两次：同一单位只能担任一种承办角色")
            }
            HandlingRejection::SeparateNeedsTwo => "分办须选择两个或以上承办单位".into(),
            HandlingRejection::NotHeldBy { unit } => {
                format!("“{unit}”不是这件建议的承办单位")
            }
            HandlingRejection::AlreadySigned { unit, on } => {
                format!("“{unit}”已于{on}签收")
            }
            HandlingRejection::BeforeAssignment { act, since } => {
                format!("{act}日期不能早于交办日期（{since}）")
            }
            HandlingRejection::BeforeRequest { act, asked } => {
                format!("{act}的日期不能早于申请退办的日期（{asked}）")
            }
            HandlingRejection::NotThisUnitsCopy { unit } => format!(
                "本机是另一承办单位的建议通，不能为“{unit}”签收或申请退办：请在该单位的建议通办理，或由代表工委据纸质件录入"
            ),
            HandlingRejection::NotAUnitsAct { role } => format!(
                "{role}的建议通不办理承办单位的签收和退办：请在承办单位的建议通办理，或由代表工委据纸质件录入"
            ),
            HandlingRejection::ReturnWindowClosed { closed, explain } => format!(
                "申请退办的期限已于{closed}届满（{explain}），不能再申请退办；如确属交办错误，请与代表工委联系"
            ),
            HandlingRejection::ReturnPending { on } => {
                format!("已于{on}申请退办，等待代表工委决定")
            }
            HandlingRejection::NoReturnAsked { unit } => {
                format!("“{unit}”没有待决定的退办申请")
            }
        }
    }
}
