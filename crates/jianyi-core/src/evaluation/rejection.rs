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
                "满意度测评由代表工委（乡镇为人大主席团）登记：本机的单位信息不是代表工委".into()
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
        }
    }
}
