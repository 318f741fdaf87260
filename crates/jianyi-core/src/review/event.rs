//! `ReviewEvent`: what happened in review. Each act names the step it was
//! taken at, so an act merged in after the item moved on is a conflict; an
//! acceptance carries its number but not its series, which the fold reads
//! from the item and the business date.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

use crate::ids::SuggestionId;
use crate::review::records::{LedgerSource, MotionDecision, ReviewStep};

/// What happened in review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ReviewEvent {
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
    Accepted {
        id: SuggestionId,
        number: u32,
    },
    ConvertedToSuggestion {
        id: SuggestionId,
        /// Why, when the acceptance converted a motion that falls short
        /// (empty for a conversion asked for as such).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        comment: String,
    },
    Merged {
        id: SuggestionId,
        into: SuggestionId,
    },
    NotAccepted {
        id: SuggestionId,
        reason: String,
    },
    MotionDecided {
        id: SuggestionId,
        decision: MotionDecision,
    },
    /// An item of an existing ledger, accepted there under `number`: its
    /// file starts accepted, at the last step of its path. The series is
    /// read as an acceptance's, from the item and the business date.
    Imported {
        id: SuggestionId,
        number: u32,
        source: LedgerSource,
    },
}

impl ReviewEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            ReviewEvent::DraftSubmitted { .. } => "提交建议",
            ReviewEvent::ReviewPassed { .. } => "审查通过",
            ReviewEvent::ReviewReturned { .. } => "退回补充完善",
            ReviewEvent::Resubmitted { .. } => "修改后重新提交",
            ReviewEvent::Accepted { .. } => "立案编号",
            ReviewEvent::ConvertedToSuggestion { .. } => "议案转为建议",
            ReviewEvent::Merged { .. } => "并案",
            ReviewEvent::NotAccepted { .. } => "不予立案",
            ReviewEvent::MotionDecided { .. } => "主席团决定议案",
            ReviewEvent::Imported { .. } => "台账导入",
        }
    }
}
