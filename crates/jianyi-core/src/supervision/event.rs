//! `SupervisionEvent`: what happened in supervision.

use serde::{Deserialize, Serialize};

use crate::ids::{
    CommitteeId, DeputyId, EventId, GroupId, LeaderId, ProcuratorialId, SessionId, SuggestionId,
    SupervisionRecordId,
};
use crate::read::ReadJson;
use crate::supervision::records::{
    GroupFields, PlanFields, ProcuratorialFields, ProcuratorialStatus, RecordFields,
};

/// What happened in supervision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum SupervisionEvent {
    PrincipleWritten {
        session: SessionId,
        text: String,
    },
    ResponsibilitiesSet {
        item: SuggestionId,
        leading: Option<LeaderId>,
        supervising: Option<LeaderId>,
        following: Option<CommitteeId>,
    },
    KeyMarked {
        item: SuggestionId,
        committee: Option<CommitteeId>,
    },
    KeyUnmarked {
        item: SuggestionId,
        reason: String,
    },
    WarningRaised {
        item: SuggestionId,
        reason: String,
        deputy: Option<DeputyId>,
    },
    /// `deputy`: the proposer lifting their own warning.
    WarningLifted {
        item: SuggestionId,
        warning: EventId,
        reason: String,
        deputy: Option<DeputyId>,
    },
    /// Held; a planned activity's record has the plan's id.
    Supervised {
        id: SupervisionRecordId,
        record: RecordFields,
    },
    ActivityPlanned {
        id: SupervisionRecordId,
        plan: PlanFields,
    },
    /// `items`: the record's, so the act goes where the record went.
    FollowUpDone {
        record: SupervisionRecordId,
        index: u32,
        items: Vec<SuggestionId>,
        note: String,
    },
    GroupFormed {
        id: GroupId,
        group: GroupFields,
    },
    Referred {
        item: SuggestionId,
        what: String,
    },
    ProcuratorialStatusRecorded {
        item: SuggestionId,
        status: ProcuratorialStatus,
    },
    ProcuratorialRegistered {
        id: ProcuratorialId,
        fields: ProcuratorialFields,
    },
    /// Carries the suggestion's fields: an office that sees the item but
    /// not the registration (a station) still shows its source.
    ProcuratorialLinked {
        source: ProcuratorialId,
        fields: ProcuratorialFields,
        item: SuggestionId,
    },
}

impl SupervisionEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            SupervisionEvent::PrincipleWritten { .. } => "写明重点建议遴选原则",
            SupervisionEvent::ResponsibilitiesSet { .. } => "确定领办、督办和跟踪责任",
            SupervisionEvent::KeyMarked { .. } => "确定为重点建议",
            SupervisionEvent::KeyUnmarked { .. } => "取消重点建议",
            SupervisionEvent::WarningRaised { .. } => "发出人工预警",
            SupervisionEvent::WarningLifted { .. } => "解除人工预警",
            SupervisionEvent::Supervised { .. } => "督办记录",
            SupervisionEvent::ActivityPlanned { .. } => "安排督办活动",
            SupervisionEvent::FollowUpDone { .. } => "督办事项办结",
            SupervisionEvent::GroupFormed { .. } => "成立督办组",
            SupervisionEvent::Referred { .. } => "移送检察公益诉讼线索",
            SupervisionEvent::ProcuratorialStatusRecorded { .. } => "登记检察机关办理情况",
            SupervisionEvent::ProcuratorialRegistered { .. } => "登记检察建议",
            SupervisionEvent::ProcuratorialLinked { .. } => "关联检察建议与代表建议",
        }
    }

    /// The items it concerns (none: a session's principle): a partner
    /// sees it if it may see any of them.
    pub fn items(&self) -> Vec<SuggestionId> {
        match self {
            SupervisionEvent::PrincipleWritten { .. }
            | SupervisionEvent::ProcuratorialRegistered { .. } => Vec::new(),
            SupervisionEvent::Referred { item, .. }
            | SupervisionEvent::ProcuratorialStatusRecorded { item, .. }
            | SupervisionEvent::ProcuratorialLinked { item, .. } => vec![*item],
            SupervisionEvent::ResponsibilitiesSet { item, .. }
            | SupervisionEvent::KeyMarked { item, .. }
            | SupervisionEvent::KeyUnmarked { item, .. }
            | SupervisionEvent::WarningRaised { item, .. }
            | SupervisionEvent::WarningLifted { item, .. } => vec![*item],
            SupervisionEvent::Supervised { record, .. } => record.items.clone(),
            SupervisionEvent::ActivityPlanned { plan, .. } => plan.items.clone(),
            SupervisionEvent::FollowUpDone { items, .. } => items.clone(),
            SupervisionEvent::GroupFormed { group, .. } => group.items.clone(),
        }
    }

    /// The first item it concerns, which describes it in an import.
    pub fn item(&self) -> Option<SuggestionId> {
        self.items().first().copied()
    }
}
