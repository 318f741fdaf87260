//! The review records: `ReviewStep`, `Stage` (where an item is in its
//! life), the `TrailEntry` of each step's act, the numbering `Series`,
//! `MotionDecision` (the presidium's decision on an accepted motion),
//! `ProposerRole` (how a proposer of a handled item is shown),
//! `ReviewFile`, what review keeps of a submitted item, and `LedgerSource`,
//! where an item imported from a ledger came from.

use crate::read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::actor::Desk;
use crate::ids::{SessionId, SuggestionId};
use crate::raising::SuggestionKind;

/// A review step (三次审查; one step in recess or in a township).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStep {
    /// 代表团初审, before the session.
    Delegation,
    /// 委室再审, by the committee body covering the delegation.
    Committee,
    /// 议案组终审, on policy and law.
    Final,
    /// 代表工委审查 of a recess suggestion.
    Recess,
    /// 主席团审查 in a township.
    Presidium,
}

impl ReviewStep {
    pub const ALL: [ReviewStep; 5] = [
        ReviewStep::Delegation,
        ReviewStep::Committee,
        ReviewStep::Final,
        ReviewStep::Recess,
        ReviewStep::Presidium,
    ];

    /// A stable code for URLs.
    pub fn code(self) -> &'static str {
        match self {
            ReviewStep::Delegation => "delegation",
            ReviewStep::Committee => "committee",
            ReviewStep::Final => "final",
            ReviewStep::Recess => "recess",
            ReviewStep::Presidium => "presidium",
        }
    }

    pub fn from_code(code: &str) -> Option<ReviewStep> {
        ReviewStep::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ReviewStep::Delegation => "代表团初审",
            ReviewStep::Committee => "委室再审",
            ReviewStep::Final => "议案组终审",
            ReviewStep::Recess => "代表工委审查",
            ReviewStep::Presidium => "主席团审查",
        }
    }

    /// The last step, where items are accepted, converted, merged or not
    /// accepted.
    pub fn is_final(self) -> bool {
        match self {
            ReviewStep::Final | ReviewStep::Recess | ReviewStep::Presidium => true,
            ReviewStep::Delegation | ReviewStep::Committee => false,
        }
    }

    /// The desk whose queue holds this step.
    pub fn desk(self) -> Desk {
        match self {
            ReviewStep::Delegation | ReviewStep::Presidium => Desk::Delegation,
            ReviewStep::Committee => Desk::Committee,
            ReviewStep::Final => Desk::MotionsGroup,
            ReviewStep::Recess => Desk::CommitteeOffice,
        }
    }
}

/// Where a suggestion is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 草稿: being written.
    Draft,
    /// 审查中: waiting at a review step.
    InReview(ReviewStep),
    /// 退回修改: returned at a step to guide its improvement (not rejected).
    Returned(ReviewStep),
    /// 已立案: accepted and numbered.
    Accepted,
    /// 已并案: merged into another suggestion, which keeps its proposers.
    Merged(SuggestionId),
    /// 不予立案, with a reason.
    NotAccepted,
}

impl Stage {
    pub fn label(self) -> &'static str {
        match self {
            Stage::Draft => "草稿",
            Stage::InReview(_) => "审查中",
            Stage::Returned(_) => "退回修改",
            Stage::Accepted => "已立案",
            Stage::Merged(_) => "已并案",
            Stage::NotAccepted => "不予立案",
        }
    }

    /// The stage with its step, e.g. 待委室再审.
    pub fn describe(self) -> String {
        match self {
            Stage::InReview(step) => format!("待{}", step.label()),
            Stage::Returned(step) => format!("{}退回修改", step.label()),
            other => other.label().to_string(),
        }
    }

    /// Whether the drafter may edit the text: a draft, or an item returned
    /// for improvement.
    pub fn editable(self) -> bool {
        match self {
            Stage::Draft | Stage::Returned(_) => true,
            Stage::InReview(_) | Stage::Accepted | Stage::Merged(_) | Stage::NotAccepted => false,
        }
    }
}

/// What a review step did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewAction {
    Passed,
    Returned,
    Resubmitted,
    Converted,
    Merged(SuggestionId),
    MergedFrom(SuggestionId),
    Accepted(u32),
    NotAccepted,
    /// The presidium decided on an accepted motion.
    MotionDecided(MotionDecision),
}

impl ReviewAction {
    pub fn label(&self) -> &'static str {
        match self {
            ReviewAction::Passed => "通过",
            ReviewAction::Returned => "退回补充完善",
            ReviewAction::Resubmitted => "修改后重新提交",
            ReviewAction::Converted => "议案转为建议",
            ReviewAction::Merged(_) => "并入其他建议",
            ReviewAction::MergedFrom(_) => "并入相关建议",
            ReviewAction::Accepted(_) => "立案编号",
            ReviewAction::NotAccepted => "不予立案",
            ReviewAction::MotionDecided(d) => d.label(),
        }
    }
}

/// One line of the review trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrailEntry {
    pub step: ReviewStep,
    pub action: ReviewAction,
    pub comment: String,
    pub on: NaiveDate,
    pub by: String,
}

/// The numbering series an accepted item belongs to: one per session and
/// kind, one per year for recess suggestions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Series {
    Session(SessionId, SuggestionKind),
    Recess(i32),
}

/// What review keeps of a submitted item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewFile {
    /// The review steps, fixed at submission.
    pub path: Vec<ReviewStep>,
    /// Where it is; never `Stage::Draft`.
    pub stage: Stage,
    /// Business date of submission.
    pub submitted_on: NaiveDate,
    pub trail: Vec<TrailEntry>,
    /// The number (案号) and its series, once accepted.
    pub number: Option<(Series, u32)>,
    /// Items merged into this one (并案); their proposers are kept.
    pub merged_from: Vec<SuggestionId>,
    /// Why it was not accepted.
    pub not_accepted_reason: String,
    /// A motion the final step converted into a suggestion.
    pub converted: bool,
    /// The presidium's decision on an accepted motion, once recorded.
    pub motion_decision: Option<MotionDecision>,
    /// Where an item imported from an existing ledger came from.
    pub ledger: Option<LedgerSource>,
}

/// An item read from an existing Excel ledger (台账): the file and row it
/// came from, the day it was imported, and its proposers as the ledger
/// counts them (a ledger names the lead deputy only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct LedgerSource {
    pub file: String,
    pub line: u32,
    pub imported_on: NaiveDate,
    pub proposers: u32,
}

impl ReviewFile {
    /// The step it waits at or was returned from, else its last step.
    pub fn current_step(&self) -> ReviewStep {
        match self.stage {
            Stage::InReview(step) | Stage::Returned(step) => step,
            Stage::Draft | Stage::Accepted | Stage::Merged(_) | Stage::NotAccepted => {
                self.final_step()
            }
        }
    }

    /// The last step of its path: the one that accepts, converts, merges
    /// or refuses, and records the presidium's decision on a motion.
    pub fn final_step(&self) -> ReviewStep {
        self.path.last().copied().unwrap_or(ReviewStep::Final)
    }
}

/// What the congress's presidium (大会主席团) decided on an accepted
/// motion: put it on the session's agenda, or have it handled as a
/// suggestion (domain.md §3: a motion not put on the agenda is handled as
/// a suggestion).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum MotionDecision {
    /// 列入大会议程: the motion leaves this workflow for the session's
    /// agenda.
    PutOnAgenda,
    /// 作为建议处理: the motion joins the suggestions to be assigned.
    HandleAsSuggestion,
}

impl MotionDecision {
    pub const ALL: [MotionDecision; 2] = [
        MotionDecision::PutOnAgenda,
        MotionDecision::HandleAsSuggestion,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MotionDecision::PutOnAgenda => "主席团决定列入大会议程",
            MotionDecision::HandleAsSuggestion => "主席团决定作为建议处理",
        }
    }

    /// A stable code for URLs and forms.
    pub fn code(self) -> &'static str {
        match self {
            MotionDecision::PutOnAgenda => "put_on_agenda",
            MotionDecision::HandleAsSuggestion => "handle_as_suggestion",
        }
    }

    pub fn from_code(code: &str) -> Option<MotionDecision> {
        MotionDecision::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// How a proposer of an item is shown on screen and on the printed
/// 代表建议书: the item's own lead, the lead of an item merged into it, or
/// a co-signer (of it or of a merged item).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProposerRole {
    /// 领衔代表 of the item itself.
    Lead,
    /// 领衔代表 of an item merged into it (并案).
    MergedLead,
    /// 联名代表.
    CoSigner,
}

impl ProposerRole {
    /// Whether the deputy leads the item or an item merged into it: who
    /// the unit must communicate with before its reply, and whose letter
    /// carries the feedback form.
    pub fn leads(self) -> bool {
        matches!(self, ProposerRole::Lead | ProposerRole::MergedLead)
    }

    pub fn label(self) -> &'static str {
        match self {
            ProposerRole::Lead => "领衔代表",
            ProposerRole::MergedLead => "并案领衔代表",
            ProposerRole::CoSigner => "联名代表",
        }
    }

    /// The stronger of two roles one deputy holds: a lead outranks a
    /// merged item's lead, who outranks a co-signer.
    pub fn strongest(self, other: ProposerRole) -> ProposerRole {
        let rank = |r: ProposerRole| match r {
            ProposerRole::Lead => 0,
            ProposerRole::MergedLead => 1,
            ProposerRole::CoSigner => 2,
        };
        if rank(other) < rank(self) {
            other
        } else {
            self
        }
    }
}
