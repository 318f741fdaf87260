//! `RaisingEvent`: what happened to opinions and drafts. An edit carries
//! the fields it changed and the version it was made on; a citizen's
//! contact travels in an event of its own; a confirmation names the text
//! revision it read.

use crate::read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::actor::How;
use crate::changes::changes;
use crate::ids::{CategoryId, DeputyId, OpinionId, SessionId, StationId, SuggestionId};
use crate::raising::records::{Draft, Opinion, SuggestionKind};

changes!(
    /// The fields of an opinion an edit changed.
    OpinionChanges for Opinion {
        station: StationId => "站点",
        received_on: NaiveDate => "收集日期",
        topic: String => "意见主题",
        text: String => "意见内容",
    }
);
changes!(
    /// The fields of a draft an edit changed.
    DraftChanges for Draft {
        title: String => "案由",
        basis: String => "案据",
        ask: String => "建议",
        measures: String => "对策",
        category: CategoryId => "类别",
        kind: SuggestionKind => "类型",
        session: Option<SessionId> => "会次",
        lead_deputy: DeputyId => "领衔代表",
        by_delegation: bool => "以代表团名义",
        opinions: Vec<OpinionId> => "群众意见",
        negative_confirmed: Vec<String> => "负面清单确认",
    }
);

/// What happened in raising. `base` is the version an edit was made on
/// (None: format 1, before versions were kept).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum RaisingEvent {
    OpinionRecorded {
        opinion: Opinion,
    },
    OpinionEdited {
        id: OpinionId,
        base: Option<u32>,
        changes: OpinionChanges,
    },
    /// Private: a citizen's contact, never in a packet to another office.
    OpinionContactSet {
        id: OpinionId,
        base: Option<u32>,
        contact: String,
    },
    DraftCreated {
        id: SuggestionId,
        draft: Draft,
    },
    DraftEdited {
        id: SuggestionId,
        base: Option<u32>,
        changes: DraftChanges,
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
        /// The text revision the co-signer read.
        revision: u32,
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
}

impl RaisingEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            RaisingEvent::OpinionRecorded { .. } => "登记群众意见",
            RaisingEvent::OpinionEdited { .. } => "修改群众意见",
            RaisingEvent::OpinionContactSet { .. } => "登记群众联系方式",
            RaisingEvent::DraftCreated { .. } => "新建草稿",
            RaisingEvent::DraftEdited { .. } => "修改草稿",
            RaisingEvent::CosignersNamed { .. } => "邀请联名",
            RaisingEvent::CosignerRemoved { .. } => "取消联名邀请",
            RaisingEvent::CosignConfirmed { .. } => "联名确认",
            RaisingEvent::CosignWithdrawn { .. } => "撤回联名",
            RaisingEvent::RevisionAcknowledged { .. } => "阅知修改",
        }
    }

    /// Forgets the version an edit was made on (`EventKind::rebased`).
    pub fn set_base(&mut self, to: Option<u32>) {
        use RaisingEvent as R;
        match self {
            R::OpinionEdited { base, .. }
            | R::OpinionContactSet { base, .. }
            | R::DraftEdited { base, .. } => *base = to,
            R::OpinionRecorded { .. }
            | R::DraftCreated { .. }
            | R::CosignersNamed { .. }
            | R::CosignerRemoved { .. }
            | R::CosignConfirmed { .. }
            | R::CosignWithdrawn { .. }
            | R::RevisionAcknowledged { .. } => {}
        }
    }

    /// Whether the event holds private data (a citizen's contact).
    pub fn is_private(&self) -> bool {
        matches!(self, RaisingEvent::OpinionContactSet { .. })
    }
}
