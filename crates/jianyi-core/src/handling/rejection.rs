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
    BeforeRequest {
        act: &'static str,
        request: &'static str,
        asked: String,
    },
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
    #[error("no deputy taken part")]
    NoDeputy,
    #[error("{deputy} is not a proposer")]
    NotAProposer { deputy: String },
    #[error("{deputy} named twice")]
    DeputyTwice { deputy: String },
    #[error("a plan without steps")]
    NoPlanSteps,
    #[error("step {n} due before the plan's date")]
    StepInThePast { n: usize, by: String, on: String },
    #[error("{unit} is not a co-unit")]
    NotACoUnit { unit: String },
    #[error("{unit} is not the lead unit")]
    NotTheLeadUnit { unit: String },
    #[error("{unit} does not reply")]
    NotAReplyingUnit { unit: String },
    #[error("opinion already sent")]
    OpinionSent { on: String },
    #[error("countersign pending")]
    CountersignPending { unit: String, on: String },
    #[error("no countersign asked")]
    NoCountersignAsked { unit: String },
    #[error("already replied")]
    AlreadyReplied { unit: String, on: String },
    /// No reply before communication with every lead deputy.
    #[error("not communicated with {missing}")]
    NotCommunicated { missing: String },
    #[error("unknown reply class {code}")]
    UnknownReplyClass { code: String, known: String },
    #[error("passage not in the text")]
    PassageNotInText { passage: String },
    #[error("no reply clock yet")]
    NoClockYet,
    #[error("an extension is pending")]
    ExtensionPending { on: String },
    #[error("no extension asked")]
    NoExtensionAsked { unit: String },
    #[error("extension not later than the deadline")]
    ExtensionNotLater { until: String, due: String },
    #[error("extension until {until}, not after the day asked {on}")]
    ExtensionInThePast { until: String, on: String },
    #[error("extension beyond the maximum")]
    ExtensionBeyondMaximum {
        until: String,
        max: String,
        explain: String,
    },
    #[error("not replied")]
    NotReplied { unit: String },
    #[error("no letter to {deputy}")]
    NoLetterTo { deputy: String },
    #[error("letter already delivered")]
    LetterDelivered {
        deputy: String,
        on: String,
        how: &'static str,
    },
    #[error("dated before the reply")]
    BeforeReply { act: &'static str, replied: String },
    #[error("the reply is not public")]
    NotPublic { reason: String },
    #[error("already disclosed")]
    Disclosed { on: String },
    #[error("no reply class chosen")]
    NoClass,
    #[error("a private passage in the summary")]
    PrivateInSummary { passage: String },
    /// A commitment reply without its promise, or a promise on another
    /// class.
    #[error("promise missing or not asked")]
    Promise { class: String, needed: bool },
    #[error("promise dated before the reply")]
    PromiseInThePast { by: String, on: String },
    /// A unit's copy or desk rating its own reply (被满意).
    #[error("feedback is the deputy's act")]
    FeedbackByUnit,
    /// Feedback made by the operator, not the deputy in person or on paper.
    #[error("feedback only in person or from paper")]
    FeedbackNotPersonal,
    #[error("keyed in for another than {deputy}")]
    FeedbackForAnother { deputy: String },
    #[error("feedback is not kept at a {role}")]
    FeedbackNotHere { role: &'static str },
    #[error("{deputy} received no letter of this reply")]
    NoLetterFor { deputy: String },
    #[error("{deputy} already answered")]
    AlreadyAnswered { deputy: String, on: String },
    #[error("the feedback window closed")]
    FeedbackWindowClosed { explain: String },
    #[error("a 不满意 needs a comment")]
    DissatisfiedWithoutComment,
    #[error("item closed")]
    ItemClosed { on: String },
    /// A second reply before the meeting on the item sent back.
    #[error("no meeting since it was sent back")]
    NoMeetingYet { on: String },
    #[error("not sent back")]
    NotSentBack,
    #[error("not a commitment")]
    NotACommitment { unit: String },
    #[error("already realised")]
    AlreadyRealised { on: String },
    #[error("carried into a year already passed")]
    CarryYear { year: i32, after: i32 },
    /// What closing still waits for.
    #[error("not ready to close: {missing}")]
    NotReadyToClose { missing: String },
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
            HandlingRejection::BeforeRequest {
                act,
                request,
                asked,
            } => format!("{act}的日期不能早于{request}的日期（{asked}）"),
            HandlingRejection::NotThisUnitsCopy { unit } => format!(
                "本机是另一承办单位的建议通，不能办理“{unit}”承办的事项（签收、退办、沟通、答复等）：请在该单位的建议通办理，或由代表工委据纸质件录入"
            ),
            HandlingRejection::NotAUnitsAct { role } => format!(
                "{role}的建议通不办理承办单位的事项（签收、退办、沟通、答复等）：请在承办单位的建议通办理，或由代表工委据纸质件录入"
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
            HandlingRejection::NoDeputy => "请至少选择一位参加沟通的代表".into(),
            HandlingRejection::NotAProposer { deputy } => {
                format!("“{deputy}”不是这件建议的提出人（领衔代表、并案领衔代表或联名代表）")
            }
            HandlingRejection::DeputyTwice { deputy } => format!("“{deputy}”被选了两次"),
            HandlingRejection::NoPlanSteps => "办理计划至少须有一个步骤".into(),
            HandlingRejection::StepInThePast { n, by, on } => {
                format!("第{n}步的完成时限（{by}）早于制定计划的日期（{on}）")
            }
            HandlingRejection::NotACoUnit { unit } => {
                format!("“{unit}”不是这件建议的协办单位")
            }
            HandlingRejection::NotTheLeadUnit { unit } => {
                format!("“{unit}”不是这件建议的主办单位：只有主办单位请协办单位会签答复稿")
            }
            HandlingRejection::NotAReplyingUnit { unit } => {
                format!("“{unit}”是协办单位：协办单位向主办单位送交书面意见，由主办单位答复代表")
            }
            HandlingRejection::OpinionSent { on } => format!("已于{on}送交书面意见"),
            HandlingRejection::CountersignPending { unit, on } => {
                format!("已于{on}请“{unit}”会签，尚待会签")
            }
            HandlingRejection::NoCountersignAsked { unit } => {
                format!("主办单位没有请“{unit}”会签答复稿")
            }
            HandlingRejection::AlreadyReplied { unit, on } => format!(
                "“{unit}”已于{on}答复；再次答复须经二次办理（代表对办理结果不满意，或代表工委决定重新办理）"
            ),
            HandlingRejection::NotCommunicated { missing } => {
                format!("答复前须与领衔代表进行办前沟通并记录：尚未记录与{missing}代表的沟通")
            }
            HandlingRejection::UnknownReplyClass { code, known } => {
                format!("没有“{code}”这一答复类别；可选：{known}")
            }
            HandlingRejection::PassageNotInText { passage } => {
                format!("标为不公开的段落“{passage}”不在答复正文中：请从正文中复制原文")
            }
            HandlingRejection::NoClockYet => "答复期限自签收之日起算，签收后才能申请延期".into(),
            HandlingRejection::ExtensionPending { on } => {
                format!("已于{on}申请延期，等待代表工委决定")
            }
            HandlingRejection::NoExtensionAsked { unit } => {
                format!("“{unit}”没有待决定的延期申请")
            }
            HandlingRejection::ExtensionNotLater { until, due } => {
                format!("延期后的期限（{until}）须晚于现行答复期限（{due}）")
            }
            HandlingRejection::ExtensionInThePast { until, on } => {
                format!("延期后的期限（{until}）须晚于申请之日（{on}）")
            }
            HandlingRejection::ExtensionBeyondMaximum {
                until,
                max,
                explain,
            } => format!("延期后的期限（{until}）超过了最长答复期限{max}（{explain}）"),
            HandlingRejection::NotReplied { unit } => format!("“{unit}”尚未答复"),
            HandlingRejection::NoLetterTo { deputy } => {
                format!("这份答复没有致“{deputy}”代表的答复函")
            }
            HandlingRejection::LetterDelivered { deputy, on, how } => {
                format!("致“{deputy}”代表的答复函已于{on}{how}")
            }
            HandlingRejection::BeforeReply { act, replied } => {
                format!("{act}日期不能早于答复日期（{replied}）")
            }
            HandlingRejection::NotPublic { reason } => {
                format!("这份答复定为不公开（理由：{reason}），无需登记公开")
            }
            HandlingRejection::Disclosed { on } => format!("这份答复已于{on}登记公开"),
            HandlingRejection::NoClass => "请选择答复类别".into(),
            HandlingRejection::PrivateInSummary { passage } => {
                format!("公开摘要中含有标为不公开的段落“{passage}”")
            }
            HandlingRejection::Promise {
                class,
                needed: true,
            } => format!("{class}是承诺事项：请填写承诺办理的事项和完成时限"),
            HandlingRejection::Promise {
                class,
                needed: false,
            } => format!("{class}不是承诺事项，不填写承诺事项和完成时限"),
            HandlingRejection::PromiseInThePast { by, on } => {
                format!("承诺完成时限（{by}）不能早于答复日期（{on}）")
            }
            HandlingRejection::FeedbackByUnit => {
                "征询意见是代表本人的意见，承办单位不能代替代表填写或录入".into()
            }
            HandlingRejection::FeedbackNotPersonal => {
                "征询意见须以代表本人的名义登记：代表本人在场确认，或按代表签名的纸质征询意见表录入"
                    .into()
            }
            HandlingRejection::FeedbackForAnother { deputy } => format!(
                "征询意见须以“{deputy}”代表本人的名义登记：请注明为该代表登记（不能以其他代表的名义录入）"
            ),
            HandlingRejection::FeedbackNotHere { role } => {
                format!("{role}不登记代表的征询意见：请在代表联络站或代表工委登记")
            }
            HandlingRejection::NoLetterFor { deputy } => {
                format!("“{deputy}”不是这件建议的提出人，没有收到这份答复")
            }
            HandlingRejection::AlreadyAnswered { deputy, on } => {
                format!("“{deputy}”代表已于{on}反馈对这份答复的意见")
            }
            HandlingRejection::FeedbackWindowClosed { explain } => {
                format!("反馈期限已过（{explain}），按设置不再受理反馈")
            }
            HandlingRejection::DissatisfiedWithoutComment => {
                "评为不满意的，请在“意见和建议”中写明不满意的原因".into()
            }
            HandlingRejection::ItemClosed { on } => format!("这件建议已于{on}办结"),
            HandlingRejection::NoMeetingYet { on } => format!(
                "这件建议已于{on}交回重办：须先登记二次办理座谈（时间、参加人员、结论），再重新答复"
            ),
            HandlingRejection::NotSentBack => "二次办理座谈只用于交回重办的建议".into(),
            HandlingRejection::NotACommitment { unit } => {
                format!("“{unit}”的答复没有承诺事项")
            }
            HandlingRejection::AlreadyRealised { on } => {
                format!("这项承诺已于{on}登记办成")
            }
            HandlingRejection::CarryYear { year, after } => {
                format!("结转年度（{year}年）须晚于{after}年")
            }
            HandlingRejection::NotReadyToClose { missing } => {
                format!("还不能办结：{missing}")
            }
        }
    }
}
