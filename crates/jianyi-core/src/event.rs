//! `Event`, what happened, and `EventKind`, its payload. Events are stored
//! append-only and never rewritten; state is their fold (`State::apply`).
//! An event this version cannot read is kept as `UnknownEvent`, raw.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::clock::Stamp;
use crate::ids::{DeputyId, EventId, SuggestionId};
use crate::records::{
    Actor, CommitteeBody, Delegation, Deputy, Draft, EntryRef, How, Leader, OfficeProfile, Opinion,
    ReviewStep, Series, Session, Station, Unit,
};
use crate::settings::Settings;

/// One thing that happened, with who, when and for which business date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub stamp: Stamp,
    /// The office whose copy made the event.
    pub office: String,
    pub actor: Actor,
    /// The calendar date the act belongs to (China time), which deadlines
    /// run from; the stamp only orders events.
    pub business_date: NaiveDate,
    pub kind: EventKind,
}

/// What happened. Externally tagged (`{"draft_created": {...}}`): serde
/// reads that without buffering, which keeps the app small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    OfficeProfileSet {
        profile: OfficeProfile,
    },
    SettingsChanged {
        settings: Box<Settings>,
    },
    DelegationAdded {
        delegation: Delegation,
    },
    DelegationEdited {
        delegation: Delegation,
    },
    DeputyAdded {
        deputy: Deputy,
    },
    DeputyEdited {
        deputy: Deputy,
    },
    UnitAdded {
        unit: Unit,
    },
    UnitEdited {
        unit: Unit,
    },
    SessionAdded {
        session: Session,
    },
    SessionEdited {
        session: Session,
    },
    CommitteeAdded {
        committee: CommitteeBody,
    },
    CommitteeEdited {
        committee: CommitteeBody,
    },
    LeaderAdded {
        leader: Leader,
    },
    LeaderEdited {
        leader: Leader,
    },
    StationAdded {
        station: Station,
    },
    StationEdited {
        station: Station,
    },
    CategoryAdded {
        name: String,
    },
    EntryRetired {
        entry: EntryRef,
    },
    EntryReinstated {
        entry: EntryRef,
    },
    OpinionRecorded {
        opinion: Opinion,
    },
    OpinionEdited {
        opinion: Opinion,
    },
    DraftCreated {
        id: SuggestionId,
        draft: Draft,
    },
    DraftEdited {
        id: SuggestionId,
        draft: Draft,
    },
    CosignersNamed {
        id: SuggestionId,
        deputies: Vec<DeputyId>,
    },
    CosignerRemoved {
        id: SuggestionId,
        deputy: DeputyId,
    },
    CosignConfirmed {
        id: SuggestionId,
        deputy: DeputyId,
        how: How,
        revision: u32,
    },
    DraftSubmitted {
        id: SuggestionId,
    },
    ReviewPassed {
        id: SuggestionId,
        step: ReviewStep,
        comment: String,
    },
    ReviewReturned {
        id: SuggestionId,
        step: ReviewStep,
        comment: String,
    },
    Resubmitted {
        id: SuggestionId,
    },
    CosignWithdrawn {
        id: SuggestionId,
        deputy: DeputyId,
    },
    RevisionAcknowledged {
        id: SuggestionId,
        deputy: DeputyId,
        revision: u32,
    },
    Accepted {
        id: SuggestionId,
        series: Series,
        number: u32,
    },
    ConvertedToSuggestion {
        id: SuggestionId,
    },
    Merged {
        id: SuggestionId,
        into: SuggestionId,
    },
    NotAccepted {
        id: SuggestionId,
        reason: String,
    },
}

impl EventKind {
    /// What happened, in a few Chinese words, for history lists.
    pub fn label(&self) -> &'static str {
        match self {
            EventKind::OfficeProfileSet { .. } => "设置本机单位",
            EventKind::SettingsChanged { .. } => "修改设置",
            EventKind::DelegationAdded { .. } => "新增代表团",
            EventKind::DelegationEdited { .. } => "修改代表团",
            EventKind::DeputyAdded { .. } => "新增代表",
            EventKind::DeputyEdited { .. } => "修改代表",
            EventKind::UnitAdded { .. } => "新增承办单位",
            EventKind::UnitEdited { .. } => "修改承办单位",
            EventKind::SessionAdded { .. } => "新增会次",
            EventKind::SessionEdited { .. } => "修改会次",
            EventKind::CommitteeAdded { .. } => "新增委室",
            EventKind::CommitteeEdited { .. } => "修改委室",
            EventKind::LeaderAdded { .. } => "新增领导",
            EventKind::LeaderEdited { .. } => "修改领导",
            EventKind::StationAdded { .. } => "新增站点",
            EventKind::StationEdited { .. } => "修改站点",
            EventKind::CategoryAdded { .. } => "新增类别",
            EventKind::EntryRetired { .. } => "停用",
            EventKind::EntryReinstated { .. } => "恢复使用",
            EventKind::OpinionRecorded { .. } => "登记群众意见",
            EventKind::OpinionEdited { .. } => "修改群众意见",
            EventKind::DraftCreated { .. } => "新建草稿",
            EventKind::DraftEdited { .. } => "修改草稿",
            EventKind::CosignersNamed { .. } => "邀请联名",
            EventKind::CosignerRemoved { .. } => "取消联名邀请",
            EventKind::CosignConfirmed { .. } => "联名确认",
            EventKind::DraftSubmitted { .. } => "提交建议",
            EventKind::ReviewPassed { .. } => "审查通过",
            EventKind::ReviewReturned { .. } => "退回补充完善",
            EventKind::Resubmitted { .. } => "修改后重新提交",
            EventKind::CosignWithdrawn { .. } => "撤回联名",
            EventKind::RevisionAcknowledged { .. } => "阅知修改",
            EventKind::Accepted { .. } => "立案编号",
            EventKind::ConvertedToSuggestion { .. } => "议案转为建议",
            EventKind::Merged { .. } => "并案",
            EventKind::NotAccepted { .. } => "不予立案",
        }
    }
}

/// A stored event this version cannot read (a newer office's kind, or a
/// damaged record): kept verbatim, shown, never dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownEvent {
    pub id: String,
    pub raw: String,
    pub reason: String,
}

impl Event {
    /// The event as JSON, as it is stored and exchanged.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("events serialize: no maps with non-string keys")
    }

    /// Reads an event from JSON; an unreadable one comes back whole as
    /// `UnknownEvent` with the reason.
    pub fn from_json(raw: &str) -> Result<Event, UnknownEvent> {
        serde_json::from_str(raw).map_err(|e| {
            let id = serde_json::from_str::<serde_json::Value>(raw)
                .ok()
                .and_then(|v| v.get("id").and_then(|i| i.as_str()).map(str::to_string))
                .unwrap_or_default();
            UnknownEvent {
                id,
                raw: raw.to_string(),
                reason: e.to_string(),
            }
        })
    }
}
