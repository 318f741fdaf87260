//! `HandlingCommand`: assignment (交办) by the committee office (in a
//! township, the presidium), the unit's receipt (签收) and its request to
//! return a wrong assignment (退办), and the office's decision on it.
//! Many items are assigned at once (交办会) as a `Command::Batch`.

use chrono::NaiveDate;

use crate::handling::records::{
    Communication, Delivery, Disclosure, Feedback, Handling, Meeting, PlanStep, Promise,
};
use crate::ids::{DeputyId, SuggestionId, UnitId};

/// A reply as the unit fills it in: the class by its code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyFields {
    pub class: String,
    pub text: String,
    pub signer: String,
    pub doc_number: String,
    pub contact: String,
    pub phone: String,
    pub disclosure: Disclosure,
    pub private_passages: Vec<String>,
    /// A commitment class's promise (required there, refused elsewhere).
    pub promise: Option<Promise>,
}

/// What an operator asks of handling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandlingCommand {
    /// Assigns an accepted item to its units.
    Assign {
        item: SuggestionId,
        handling: Handling,
    },
    /// The unit signs for the item (签收), on the business date.
    SignFor { item: SuggestionId, unit: UnitId },
    /// The unit asks to return a wrong assignment, with its reason, within
    /// the return window.
    AskReturn {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    /// The office approves a return and gives the item to another unit in
    /// the same role.
    ApproveReturn {
        item: SuggestionId,
        unit: UnitId,
        to: UnitId,
        comment: String,
    },
    /// The office refuses a return, with its reason: the unit keeps the
    /// item.
    RefuseReturn {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    /// The unit records a communication with the deputies (办前沟通).
    Communicate {
        item: SuggestionId,
        unit: UnitId,
        communication: Communication,
    },
    /// The unit sets (or revises) its handling plan.
    SetPlan {
        item: SuggestionId,
        unit: UnitId,
        steps: Vec<PlanStep>,
    },
    /// The unit reports progress, which the deputy sees.
    ReportProgress {
        item: SuggestionId,
        unit: UnitId,
        text: String,
    },
    /// A co-unit sends its written opinion to the lead unit.
    SendOpinion {
        item: SuggestionId,
        unit: UnitId,
        text: String,
    },
    /// The lead unit asks a co-unit to countersign its draft reply (会签).
    AskCountersign {
        item: SuggestionId,
        unit: UnitId,
        co: UnitId,
        draft: String,
    },
    /// The co-unit countersigns, with its comment.
    Countersign {
        item: SuggestionId,
        unit: UnitId,
        comment: String,
    },
    /// A replying unit asks for more time, to a date, with its reason.
    AskExtension {
        item: SuggestionId,
        unit: UnitId,
        until: NaiveDate,
        reason: String,
    },
    /// The office approves an extension, to a date no later than the
    /// maximum.
    ApproveExtension {
        item: SuggestionId,
        unit: UnitId,
        until: NaiveDate,
        comment: String,
    },
    RefuseExtension {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    /// A replying unit files its reply (答复).
    Reply {
        item: SuggestionId,
        unit: UnitId,
        fields: ReplyFields,
    },
    /// A reply letter reached its deputy.
    DeliverLetter {
        item: SuggestionId,
        unit: UnitId,
        deputy: DeputyId,
        how: Delivery,
    },
    /// The unit published its reply, and where.
    Disclose {
        item: SuggestionId,
        unit: UnitId,
        place: String,
    },
    /// A proposer's feedback on `unit`'s reply (征询意见): the deputy's
    /// own act, at the PC in person or keyed in from the paper form.
    GiveFeedback {
        item: SuggestionId,
        unit: UnitId,
        deputy: DeputyId,
        feedback: Feedback,
    },
    /// The office sends a replied item back to the unit (交回重办), with
    /// its reason.
    SendBack {
        item: SuggestionId,
        unit: UnitId,
        reason: String,
    },
    /// A meeting on an item sent back, recorded by the unit (or keyed in
    /// by the office that held it).
    RecordMeeting {
        item: SuggestionId,
        unit: UnitId,
        meeting: Meeting,
    },
    /// A commitment's promise is done (已办成), with the evidence.
    MarkRealised {
        item: SuggestionId,
        unit: UnitId,
        evidence: String,
    },
    /// An open commitment crosses into `year` with its step plan, as the
    /// directors' meeting approved it.
    CarryOver {
        item: SuggestionId,
        unit: UnitId,
        year: i32,
        steps: Vec<PlanStep>,
        approval: String,
    },
    /// The office closes the item (办结).
    Close { item: SuggestionId },
}
