//! `SupervisionRejection`: why a supervision command was refused.

use thiserror::Error;

/// Why a supervision command was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SupervisionRejection {
    /// Key items, responsibilities and the principle are the registering
    /// office's acts.
    #[error("only the registering office")]
    NotTheRegisteringOffice,
    #[error("asked at the {asked} desk")]
    WrongDesk {
        asked: &'static str,
        desks: &'static str,
    },
    #[error("not accepted: {stage}")]
    NotAccepted { stage: &'static str },
    #[error("no principle written for {session}")]
    NoPrinciple { session: String },
    #[error("already key")]
    AlreadyKey,
    #[error("not key")]
    NotKey,
    #[error("the same leader leads and supervises")]
    SameLeader { name: String },
    #[error("not assigned")]
    NotAssigned,
    #[error("closed")]
    Closed,
    #[error("a deputy must be named at the deputy desk")]
    NoDeputy,
    #[error("{deputy} is not a proposer")]
    NotAProposer { deputy: String },
    #[error("no such warning")]
    UnknownWarning,
    #[error("already lifted")]
    AlreadyLifted { on: String },
    #[error("nothing changed")]
    NothingChanged,
    #[error("a record covers no item")]
    NoItems,
    #[error("nobody took part")]
    NoParticipants,
    #[error("follow-up {n} due before the record")]
    FollowUpBeforeRecord { n: usize, on: String },
    #[error("no such record")]
    UnknownRecord,
    #[error("no such follow-up")]
    UnknownFollowUp,
    #[error("follow-up already done")]
    FollowUpDone { on: String },
    #[error("no group")]
    NoGroups,
    #[error("group {name} has no item")]
    EmptyGroup { name: String },
    #[error("group name taken: {name}")]
    GroupNameTaken { name: String },
    #[error("{name} is not a standing-committee leader")]
    NotACongressLeader { name: String },
    #[error("an item named twice")]
    ItemTwice { title: String },
    #[error("already referred")]
    AlreadyReferred { on: String },
    #[error("not referred")]
    NotReferred,
    #[error("the referral has ended")]
    ReferralEnded { status: &'static str },
    #[error("no such procuratorial suggestion")]
    UnknownProcuratorial,
    #[error("already linked")]
    AlreadyLinked,
    #[error("procuratorial number taken")]
    ProcuratorialTaken { number: String },
    #[error("a deputy's act not given in person or on paper")]
    NotPersonal,
    #[error("planned for a day past")]
    PlannedInThePast { on: String },
    #[error("no such plan")]
    UnknownPlan,
    #[error("already held")]
    AlreadyHeld { on: String },
    #[error("a leader's office not bound to its leader")]
    NoLeaderBound,
    #[error("not an item of this office's leader")]
    NotTheLeadersItem { title: String, leader: String },
    #[error("a deputy's warning, not this office's to lift")]
    NotItsWarning { deputy: String },
    #[error("dated before {what}")]
    DatedBefore { what: &'static str, on: String },
}

impl SupervisionRejection {
    pub fn message_zh(&self) -> String {
        match self {
            SupervisionRejection::NotTheRegisteringOffice => {
                "督办工作由代表工委（乡镇为人大主席团）的建议通登记；本机的单位信息不是代表工委"
                    .into()
            }
            SupervisionRejection::WrongDesk { asked, desks } => {
                format!("这是{desks}的工作，当前工作台是“{asked}”")
            }
            SupervisionRejection::NotAccepted { stage } => {
                format!("只有已立案的建议才能列入督办；所选建议目前是“{stage}”")
            }
            SupervisionRejection::NoPrinciple { session } => {
                format!("请先写明{session}重点建议的遴选原则，再确定重点建议")
            }
            SupervisionRejection::AlreadyKey => "这件建议已经是重点建议".into(),
            SupervisionRejection::NotKey => "这件建议不是重点建议".into(),
            SupervisionRejection::SameLeader { name } => {
                format!("领办和督办应由两位领导分别负责，不能都是{name}")
            }
            SupervisionRejection::NotAssigned => "这件建议尚未交办，交办后才有预警".into(),
            SupervisionRejection::Closed => "这件建议已经办结，不再预警".into(),
            SupervisionRejection::NoDeputy => "在代表工作台发出预警，请选择发出预警的代表".into(),
            SupervisionRejection::NotAProposer { deputy } => {
                format!("{deputy}不是这件建议的提出人，不能在代表工作台为它发出预警")
            }
            SupervisionRejection::UnknownWarning => "没有找到这条人工预警".into(),
            SupervisionRejection::AlreadyLifted { on } => format!("这条人工预警已于{on}解除"),
            SupervisionRejection::NothingChanged => {
                "领办、督办和跟踪责任与现在相同，没有改动".into()
            }
            SupervisionRejection::NoItems => "督办记录至少要涉及一件建议".into(),
            SupervisionRejection::NoParticipants => {
                "请填写参加人员：代表、领导、单位负责人，或企业家、群众代表的人数".into()
            }
            SupervisionRejection::FollowUpBeforeRecord { n, on } => {
                format!("第{n}项督办事项的期限早于这次督办的日期（{on}）")
            }
            SupervisionRejection::UnknownRecord => "没有找到这条督办记录".into(),
            SupervisionRejection::UnknownFollowUp => "这条督办记录没有这项督办事项".into(),
            SupervisionRejection::FollowUpDone { on } => format!("这项督办事项已于{on}办结"),
            SupervisionRejection::NoGroups => "请至少填写一个督办组".into(),
            SupervisionRejection::EmptyGroup { name } => {
                format!("督办组“{name}”没有选择督办的建议")
            }
            SupervisionRejection::GroupNameTaken { name } => format!("已有名为“{name}”的督办组"),
            SupervisionRejection::NotACongressLeader { name } => {
                format!("督办组组长应为人大常委会领导，{name}不是")
            }
            SupervisionRejection::ItemTwice { title } => format!("“{title}”选了两次"),
            SupervisionRejection::AlreadyReferred { on } => {
                format!("这件建议已于{on}移送检察机关，请登记检察机关的办理情况")
            }
            SupervisionRejection::NotReferred => "这件建议尚未移送检察机关".into(),
            SupervisionRejection::ReferralEnded { status } => {
                format!("检察机关已{status}，这条线索的办理已经结束")
            }
            SupervisionRejection::UnknownProcuratorial => "没有找到这件检察建议".into(),
            SupervisionRejection::AlreadyLinked => "这件代表建议已与这件检察建议关联".into(),
            SupervisionRejection::NotPersonal => {
                "代表发出或解除预警是代表本人的意见：请选择“代表本人在场填写”或“纸质件录入”".into()
            }
            SupervisionRejection::PlannedInThePast { on } => {
                format!("计划日期早于安排的日期（{on}）；已举行的活动请直接登记督办记录")
            }
            SupervisionRejection::UnknownPlan => "没有找到这项计划中的督办活动".into(),
            SupervisionRejection::AlreadyHeld { on } => {
                format!("这项活动已于{on}举行并登记")
            }
            SupervisionRejection::NoLeaderBound => {
                "本机是领导办公室，请先在“设置”的“本机单位”中选定所服务的领导".into()
            }
            SupervisionRejection::NotTheLeadersItem { title, leader } => {
                format!(
                    "“{title}”不是{leader}领办、督办或任组长的督办组跟踪的建议，本机不能为它登记督办"
                )
            }
            SupervisionRejection::NotItsWarning { deputy } => {
                format!("这条预警是{deputy}代表发出的，只能由代表本人或代表工委解除")
            }
            SupervisionRejection::DatedBefore { what, on } => {
                format!("业务日期早于{what}（{on}），请核对日期")
            }
            SupervisionRejection::ProcuratorialTaken { number } => {
                format!("文号为“{number}”的检察建议已经登记")
            }
        }
    }
}
