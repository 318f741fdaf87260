//! `SupervisionEvent`: what happened in supervision.

use serde::{Deserialize, Serialize};

use crate::ids::{CommitteeId, DeputyId, EventId, LeaderId, SessionId, SuggestionId};
use crate::read::ReadJson;

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
    WarningLifted {
        item: SuggestionId,
        warning: EventId,
        reason: String,
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
        }
    }

    /// The item it concerns (None: a session's principle).
    pub fn item(&self) -> Option<SuggestionId> {
        match self {
            SupervisionEvent::PrincipleWritten { .. } => None,
            SupervisionEvent::ResponsibilitiesSet { item, .. }
            | SupervisionEvent::KeyMarked { item, .. }
            | SupervisionEvent::KeyUnmarked { item, .. }
            | SupervisionEvent::WarningRaised { item, .. }
            | SupervisionEvent::WarningLifted { item, .. } => Some(*item),
        }
    }
}
