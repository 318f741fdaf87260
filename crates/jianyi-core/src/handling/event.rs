//! `HandlingEvent`: what happened in handling. An assignment carries each
//! replying unit's deadline with the rule that produced it (domain.md §4:
//! open deadlines keep the settings they were computed with), a receipt
//! the deadline it starts when the clock counts from receipt.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::calendar::Deadline;
use crate::handling::records::{
    Carry, Communication, Delivery, Feedback, Handling, Meeting, PlanStep, Reply, ReplyClock, Terms,
};
use crate::ids::{DeputyId, SuggestionId, UnitId};

/// What happened in handling.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
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
    Communicated {
        item: SuggestionId,
        unit: UnitId,
        communication: Communication,
    },
    PlanSet {
        item: SuggestionId,
        unit: UnitId,
        steps: Vec<PlanStep>,
    },
    ProgressReported {
        item: SuggestionId,
        unit: UnitId,
        text: String,
    },
    OpinionSent {
        item: SuggestionId,
        unit: UnitId,
        text: String,
    },
    CountersignAsked {
        item: SuggestionId,
        unit: UnitId,
        co: UnitId,
        draft: String,
    },
    Countersigned {
        item: SuggestionId,
        unit: UnitId,
        comment: String,
    },
    ExtensionAsked {
        item: SuggestionId,
        unit: UnitId,
        until: NaiveDate,
        reason: String,
    },
    ExtensionApproved {
        item: SuggestionId,
        unit: UnitId,
        until: NaiveDate,
        comment: String,
    },
    ExtensionRefused {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    Replied {
        item: SuggestionId,
        unit: UnitId,
        reply: Reply,
        /// The proposers each sent a letter, the leads first.
        letters: Vec<DeputyId>,
        /// The last day to publish it (a public reply).
        disclosure_due: Option<Deadline>,
    },
    LetterDelivered {
        item: SuggestionId,
        unit: UnitId,
        deputy: DeputyId,
        how: Delivery,
    },
    ReplyDisclosed {
        item: SuggestionId,
        unit: UnitId,
        place: String,
    },
    FeedbackGiven {
        item: SuggestionId,
        unit: UnitId,
        deputy: DeputyId,
        /// The round whose reply it answers (1, then 2 after a second
        /// handling).
        round: u32,
        feedback: Feedback,
        /// The second handling a lead's 不满意 on the result starts, with
        /// its deadline.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        second: Option<ReplyClock>,
    },
    SentBack {
        item: SuggestionId,
        unit: UnitId,
        /// The round whose reply it sends back.
        round: u32,
        reason: String,
        clock: ReplyClock,
    },
    MeetingHeld {
        item: SuggestionId,
        unit: UnitId,
        meeting: Meeting,
    },
    Realised {
        item: SuggestionId,
        unit: UnitId,
        evidence: String,
    },
    CommitmentCarried {
        item: SuggestionId,
        unit: UnitId,
        carry: Carry,
    },
    Closed {
        item: SuggestionId,
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
            HandlingEvent::Communicated { .. } => "办前沟通",
            HandlingEvent::PlanSet { .. } => "办理计划",
            HandlingEvent::ProgressReported { .. } => "办理进展",
            HandlingEvent::OpinionSent { .. } => "协办意见",
            HandlingEvent::CountersignAsked { .. } => "请求会签",
            HandlingEvent::Countersigned { .. } => "会签",
            HandlingEvent::ExtensionAsked { .. } => "申请延期",
            HandlingEvent::ExtensionApproved { .. } => "同意延期",
            HandlingEvent::ExtensionRefused { .. } => "不同意延期",
            HandlingEvent::Replied { .. } => "答复",
            HandlingEvent::LetterDelivered { .. } => "答复函送达",
            HandlingEvent::ReplyDisclosed { .. } => "答复公开",
            HandlingEvent::FeedbackGiven { .. } => "代表反馈",
            HandlingEvent::SentBack { .. } => "交回重办",
            HandlingEvent::MeetingHeld { .. } => "二次办理座谈",
            HandlingEvent::Realised { .. } => "已办成",
            HandlingEvent::CommitmentCarried { .. } => "承诺事项结转",
            HandlingEvent::Closed { .. } => "办结",
        }
    }

    /// The item it concerns.
    pub fn item(&self) -> SuggestionId {
        match self {
            HandlingEvent::Assigned { item, .. }
            | HandlingEvent::ReceiptSigned { item, .. }
            | HandlingEvent::ReturnAsked { item, .. }
            | HandlingEvent::ReturnApproved { item, .. }
            | HandlingEvent::ReturnRefused { item, .. }
            | HandlingEvent::Communicated { item, .. }
            | HandlingEvent::PlanSet { item, .. }
            | HandlingEvent::ProgressReported { item, .. }
            | HandlingEvent::OpinionSent { item, .. }
            | HandlingEvent::CountersignAsked { item, .. }
            | HandlingEvent::Countersigned { item, .. }
            | HandlingEvent::ExtensionAsked { item, .. }
            | HandlingEvent::ExtensionApproved { item, .. }
            | HandlingEvent::ExtensionRefused { item, .. }
            | HandlingEvent::Replied { item, .. }
            | HandlingEvent::LetterDelivered { item, .. }
            | HandlingEvent::ReplyDisclosed { item, .. }
            | HandlingEvent::FeedbackGiven { item, .. }
            | HandlingEvent::SentBack { item, .. }
            | HandlingEvent::MeetingHeld { item, .. }
            | HandlingEvent::Realised { item, .. }
            | HandlingEvent::CommitmentCarried { item, .. }
            | HandlingEvent::Closed { item } => *item,
        }
    }

    /// The unit whose own act it is (None: the office's act), which a
    /// unit's copy may make only for the unit it is bound to.
    pub fn acting_unit(&self) -> Option<UnitId> {
        match self {
            HandlingEvent::Assigned { .. }
            | HandlingEvent::ReturnApproved { .. }
            | HandlingEvent::ReturnRefused { .. }
            | HandlingEvent::ExtensionApproved { .. }
            | HandlingEvent::ExtensionRefused { .. }
            | HandlingEvent::SentBack { .. }
            | HandlingEvent::CommitmentCarried { .. }
            | HandlingEvent::Closed { .. }
            // The deputy's act, on the unit's reply.
            | HandlingEvent::FeedbackGiven { .. } => None,
            HandlingEvent::ReceiptSigned { unit, .. }
            | HandlingEvent::ReturnAsked { unit, .. }
            | HandlingEvent::Communicated { unit, .. }
            | HandlingEvent::PlanSet { unit, .. }
            | HandlingEvent::ProgressReported { unit, .. }
            | HandlingEvent::OpinionSent { unit, .. }
            | HandlingEvent::CountersignAsked { unit, .. }
            | HandlingEvent::Countersigned { unit, .. }
            | HandlingEvent::ExtensionAsked { unit, .. }
            | HandlingEvent::Replied { unit, .. }
            | HandlingEvent::LetterDelivered { unit, .. }
            | HandlingEvent::ReplyDisclosed { unit, .. }
            | HandlingEvent::MeetingHeld { unit, .. }
            | HandlingEvent::Realised { unit, .. } => Some(*unit),
        }
    }
}
