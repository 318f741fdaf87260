//! `EvaluationRejection`: why an evaluation command was refused.

use thiserror::Error;

/// Why an evaluation command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EvaluationRejection {
    #[error("asked at the {asked} desk")]
    WrongDesk {
        asked: &'static str,
        desks: &'static str,
    },
    #[error("the deputy's act not given in person or on paper")]
    NotPersonal,
    #[error("not replied yet")]
    NotReplied,
    #[error("no answer")]
    NoAnswers,
    #[error("answer {n} has no name")]
    Unnamed { n: usize },
    #[error("{name} answered twice")]
    AnsweredTwice { name: String },
    #[error("no such survey")]
    UnknownSurvey,
    #[error("the survey was not below the threshold")]
    NoTasks,
    #[error("task already done")]
    TaskDone { on: String },
    #[error("rectification not done")]
    NotRectified,
    #[error("already surveyed again")]
    AlreadyResurveyed { on: String },
    #[error("a survey of another item")]
    OtherItem,
    #[error("not the registering office")]
    NotTheRegisteringOffice,
    #[error("{deputy} is not a lead deputy of the item")]
    NotALead { deputy: String },
    #[error("dated before the reply")]
    BeforeReply { on: String },
    #[error("a failed survey waits")]
    FailedOpen { on: String },
    #[error("dated before the rectification")]
    BeforeRectification { on: String },
    #[error("dated before the survey")]
    BeforeSurvey { on: String },
    #[error("already reported")]
    ReportedTwice { on: String },
    #[error("no unit evaluated")]
    NoRows,
    #[error("{name} evaluated twice")]
    SubjectTwice { name: String },
    #[error("ballots of the wrong kind")]
    WrongKind { name: String, scores: bool },
    #[error("nothing cast")]
    NothingCast { name: String, group: &'static str },
    #[error("score over 100 a sheet")]
    ScoreOver { name: String, group: &'static str },
    #[error("opinion {n} due before the meeting")]
    DueBeforeMeeting { n: usize },
    #[error("opinion {n} empty")]
    OpinionEmpty { n: usize },
    #[error("no such meeting or opinion")]
    UnknownOpinion,
    #[error("opinion done")]
    OpinionDone { on: String },
    #[error("dated before the meeting")]
    BeforeMeeting { on: String },
    #[error("no attendance")]
    NoAttendance,
    #[error("the two entries differ")]
    EntriesDiffer { what: String },
    #[error("more ballots than attended")]
    OverAttendance {
        name: String,
        cast: u32,
        attendance: u32,
    },
    #[error("two clerks needed")]
    TwoClerks,
    #[error("no items to review")]
    NoItemsToReview { since: String },
    #[error("no such review")]
    UnknownReview,
    #[error("review concluded")]
    ReviewConcluded { on: String },
    #[error("an item not phoned or not visited")]
    Missing { item: String, what: &'static str },
    #[error("an item not in the review")]
    NotInReview,
    #[error("a report for another deputy")]
    ReportForAnother { deputy: String },
    #[error("no ballots")]
    NoBallots { name: String },
    #[error("a review of the unit is open")]
    ReviewOpen { on: String },
    #[error("dated before the draw")]
    BeforeDraw { on: String },
}

impl EvaluationRejection {
    pub fn message_zh(&self) -> String {
        match self {
            EvaluationRejection::WrongDesk { asked, desks } => {
                format!("这是{desks}的工作，当前工作台是“{asked}”")
            }
            EvaluationRejection::NotPersonal => {
                "测评是代表本人组织的：请选择“代表本人在场填写”或“纸质件录入”".into()
            }
            EvaluationRejection::NotReplied => {
                "这件建议尚未答复：承办单位答复后才能组织满意度测评".into()
            }
            EvaluationRejection::NoAnswers => "请至少填写一位参与测评的人员及其评价".into(),
            EvaluationRejection::Unnamed { n } => format!("第{n}位参与测评的人员没有填写姓名"),
            EvaluationRejection::AnsweredTwice { name } => {
                format!("“{name}”填写了两次，每人只评价一次")
            }
            EvaluationRejection::UnknownSurvey => "没有找到这次测评".into(),
            EvaluationRejection::NoTasks => "这次测评的满意率未低于标准，没有整改事项".into(),
            EvaluationRejection::TaskDone { on } => format!("这项事项已于{on}完成"),
            EvaluationRejection::NotRectified => {
                "整改完成后才能重新测评：请先登记承办单位的整改情况".into()
            }
            EvaluationRejection::AlreadyResurveyed { on } => {
                format!("这次测评已于{on}重新测评")
            }
            EvaluationRejection::OtherItem => "重新测评须针对同一件建议".into(),
            EvaluationRejection::NotTheRegisteringOffice => {
                "评议测评（满意度测评、常委会测评、大会测评、部门评议、评价报告）由代表工委（乡镇为人大主席团）登记：本机的单位信息不是代表工委".into()
            }
            EvaluationRejection::NotALead { deputy } => {
                format!("{deputy}不是这件建议的领衔代表：测评由领衔代表组织")
            }
            EvaluationRejection::BeforeReply { on } => {
                format!("测评日期早于答复日期（{on}）：测评的是已答复的办理情况")
            }
            EvaluationRejection::FailedOpen { on } => {
                format!("这件建议{on}的测评未达标，请在整改完成后作为“重新测评”登记")
            }
            EvaluationRejection::BeforeRectification { on } => {
                format!("重新测评的日期早于整改完成的日期（{on}）")
            }
            EvaluationRejection::BeforeSurvey { on } => {
                format!("业务日期早于这次测评的日期（{on}），请核对日期")
            }
            EvaluationRejection::ReportedTwice { on } => {
                format!("已于{on}登记过这份报告，不再重复登记")
            }
            EvaluationRejection::NoRows => "请至少填写一个被测评单位的票数".into(),
            EvaluationRejection::SubjectTwice { name } => {
                format!("“{name}”填写了两次，每个单位只测评一次")
            }
            EvaluationRejection::WrongKind { name, scores } => format!(
                "“{name}”的测评方式与设置不符：按“评议测评”设置，常委会测评应当{}",
                if *scores {
                    "打分"
                } else {
                    "填写满意、基本满意、不满意票数"
                }
            ),
            EvaluationRejection::NothingCast { name, group } => {
                format!("“{name}”的{group}没有有效票：两组都须有票才能计算综合结果")
            }
            EvaluationRejection::ScoreOver { name, group } => {
                format!("“{name}”的{group}合计分超过每张100分的上限，请核对")
            }
            EvaluationRejection::DueBeforeMeeting { n } => {
                format!("第{n}条审议意见的落实期限早于会议日期")
            }
            EvaluationRejection::OpinionEmpty { n } => format!("第{n}条审议意见没有填写内容"),
            EvaluationRejection::UnknownOpinion => "没有找到这条审议意见".into(),
            EvaluationRejection::OpinionDone { on } => format!("这条审议意见已于{on}落实"),
            EvaluationRejection::BeforeMeeting { on } => {
                format!("业务日期早于会议日期（{on}），请核对日期")
            }
            EvaluationRejection::NoAttendance => "请填写到会代表人数".into(),
            EvaluationRejection::EntriesDiffer { what } => format!(
                "两次录入不一致：{what}。请两位工作人员核对选票后重新录入，一致后才能保存和公布"
            ),
            EvaluationRejection::OverAttendance {
                name,
                cast,
                attendance,
            } => format!("“{name}”的票数合计{cast}张，超过到会人数{attendance}人"),
            EvaluationRejection::TwoClerks => {
                "请填写两位录入人员的姓名（两人不同）：计票须两人分别录入".into()
            }
            EvaluationRejection::NoItemsToReview { since } => {
                format!("该单位自{since}以来没有承办的建议，无可评议")
            }
            EvaluationRejection::UnknownReview => "没有找到这次部门评议".into(),
            EvaluationRejection::ReviewConcluded { on } => {
                format!("这次部门评议已于{on}形成结果")
            }
            EvaluationRejection::Missing { item, what } => format!("“{item}”还没有{what}"),
            EvaluationRejection::NotInReview => "所填的建议不在这次评议的范围内".into(),
            EvaluationRejection::ReportForAnother { deputy } => format!(
                "评价报告是领衔代表{deputy}本人的：请以{deputy}的名义，选择本人在场填写或按其提交的纸质报告录入"
            ),
            EvaluationRejection::NoBallots { name } => format!("“{name}”没有有效票"),
            EvaluationRejection::ReviewOpen { on } => format!(
                "该单位{on}开始的部门评议尚未形成结果：抽样只做一次，请在那次评议中登记"
            ),
            EvaluationRejection::BeforeDraw { on } => {
                format!("业务日期早于这次评议抽样的日期（{on}），请核对日期")
            }
        }
    }
}
