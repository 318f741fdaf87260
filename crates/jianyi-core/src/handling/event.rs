//! `HandlingEvent`: what happened in handling. An assignment carries each
//! replying unit's deadline with the rule that produced it (domain.md §4:
//! open deadlines keep the settings they were computed with), a receipt
//! the deadline it starts when the clock counts from receipt.

use serde::{Deserialize, Serialize};

use crate::handling::records::{Handling, ReplyClock, Terms};
use crate::ids::{SuggestionId, UnitId};

/// What happened in handling.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandlingEvent {
    Assigned {
        item: SuggestionId,
        handling: Handling,
        /// The replying units' deadline (None when it counts from each
        /// unit's receipt).
        clock: Option<ReplyClock>,
        /// The clocks the item runs on, everywhere it travels.
        terms: Terms,
    },
    ReceiptSigned {
        item: SuggestionId,
        unit: UnitId,
        /// The deadline the receipt starts (the clock counts from receipt
        /// and the unit replies).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        clock: Option<ReplyClock>,
    },
    ReturnAsked {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    ReturnApproved {
        item: SuggestionId,
        unit: UnitId,
        to: UnitId,
        comment: String,
        /// The new unit's deadline: restarted, or the returning unit's
        /// continued, as the settings say (None: it starts at receipt).
        clock: Option<ReplyClock>,
    },
    ReturnRefused {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
}

impl HandlingEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            HandlingEvent::Assigned { .. } => "交办",
            HandlingEvent::ReceiptSigned { .. } => "签收",
            HandlingEvent::ReturnAsked { .. } => "申请退办",
            HandlingEvent::ReturnApproved { .. } => "同意退办并重新交办",
            HandlingEvent::ReturnRefused { .. } => "不同意退办",
        }
    }

    /// The item it concerns.
    pub fn item(&self) -> SuggestionId {
        match self {
            HandlingEvent::Assigned { item, .. }
            | HandlingEvent::ReceiptSigned { item, .. }
            | HandlingEvent::ReturnAsked { item, .. }
            | HandlingEvent::ReturnApproved { item, .. }
            | HandlingEvent::ReturnRefused { item, .. } => *item,
        }
    }
}
