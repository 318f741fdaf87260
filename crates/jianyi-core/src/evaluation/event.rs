//! `EvaluationEvent`: what happened in evaluation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::directory::Organ;
use crate::handling::Rating;
use crate::ids::{
    DepartmentReviewId, DeputyId, MeetingId, SessionId, SuggestionId, SurveyId, UnitId, VoteId,
};
use crate::read::ReadJson;
use crate::settings::{DepartmentReview, SatisfactionBasis};

/// Whom an evaluation rates: a unit, or one organ of 一府一委两院.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Unit(UnitId),
    Organ(Organ),
}

/// Answers counted: 满意, 基本满意, 不满意.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Ballots {
    pub satisfied: u32,
    pub basically: u32,
    pub dissatisfied: u32,
}

/// One ballot group's result at the evaluation meeting: its answers
/// counted, or (where the locality scores) its score sheets and their
/// total, each sheet out of 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum GroupBallots {
    Counts(Ballots),
    Scores { sheets: u32, total: u32 },
}

/// One unit's (or organ's) ballots at the meeting: the committee
/// members' and the attending deputies'.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct MeetingRow {
    pub subject: Subject,
    pub members: GroupBallots,
    pub deputies: GroupBallots,
}

/// A deliberation opinion of the meeting (审议意见) for a unit to carry
/// out by a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct MeetingOpinion {
    pub unit: UnitId,
    pub text: String,
    pub due: NaiveDate,
}

/// An item of a unit, sent back to second handling by a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ReadJson)]
pub struct ItemOfUnit {
    pub item: SuggestionId,
    pub unit: UnitId,
}

/// One organ's (or unit's) ballots at the congress's anonymous vote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct VoteRow {
    pub subject: Subject,
    pub ballots: Ballots,
}

/// The lead deputy's grade of an item's handling (优, 良, 中, 差).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Excellent,
    Good,
    Fair,
    Poor,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Excellent, Grade::Good, Grade::Fair, Grade::Poor];

    pub fn label(self) -> &'static str {
        match self {
            Grade::Excellent => "优",
            Grade::Good => "良",
            Grade::Fair => "中",
            Grade::Poor => "差",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Grade::Excellent => "excellent",
            Grade::Good => "good",
            Grade::Fair => "fair",
            Grade::Poor => "poor",
        }
    }

    pub fn from_code(code: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|g| g.code() == code)
    }

    /// What it weighs in the advanced units' ranking, out of 100.
    pub fn points(self) -> u32 {
        match self {
            Grade::Excellent => 100,
            Grade::Good => 80,
            Grade::Fair => 60,
            Grade::Poor => 40,
        }
    }
}

/// One item's line in a department review: the phone follow-up's or the
/// on-site check's finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct ItemNote {
    pub item: SuggestionId,
    pub note: String,
}

/// One participant's answer in a satisfaction survey (a co-signer, a
/// citizens' representative, a member of the item's group…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct SurveyAnswer {
    pub name: String,
    pub rating: Rating,
}

/// What a survey below the threshold sets in motion, each task once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum SurveyTask {
    /// 向常委会报告: the lead deputy's report to the committee.
    Report,
    /// 承办单位书面说明: the unit explains in writing.
    Explanation,
    /// 整改: the unit rectifies, within the rectification period.
    Rectification,
}

impl SurveyTask {
    pub const ALL: [SurveyTask; 3] = [
        SurveyTask::Report,
        SurveyTask::Explanation,
        SurveyTask::Rectification,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SurveyTask::Report => "向常委会报告",
            SurveyTask::Explanation => "承办单位书面说明",
            SurveyTask::Rectification => "承办单位整改",
        }
    }
}

/// An evaluation event's JSON, unread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Kept(pub serde_json::Value);

impl ReadJson for Kept {
    fn read_json(v: &serde_json::Value) -> Result<Self, crate::read::ReadError> {
        Ok(Kept(v.clone()))
    }
}

/// How the evaluation events are read where this program runs: in full
/// natively (tests, tools); on a page, kept unread unless the page asks
/// for them (`read_evaluations_in_full`), so their readers and folds are
/// not linked into the pages that never show them.
static READER: std::sync::OnceLock<Reader> = std::sync::OnceLock::new();

/// A reader of one evaluation event's JSON.
type Reader = fn(&serde_json::Value) -> Result<EvaluationEvent, crate::read::ReadError>;

/// Reads every evaluation event in full from now on (the 评议 page).
pub fn read_evaluations_in_full() {
    let _ = READER.set(<EvaluationEvent as ReadJson>::read_json);
}

/// `EventKind`'s reader of its evaluation variant (see `READER`).
pub fn read_evaluation(v: &serde_json::Value) -> Result<EvaluationEvent, crate::read::ReadError> {
    match READER.get() {
        Some(read) => read(v),
        #[cfg(not(target_arch = "wasm32"))]
        None => <EvaluationEvent as ReadJson>::read_json(v),
        #[cfg(target_arch = "wasm32")]
        None => Ok(EvaluationEvent::Kept(Kept(v.clone()))),
    }
}

/// What happened in evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum EvaluationEvent {
    /// A per-item satisfaction survey organised by the lead deputy. The
    /// basis and threshold in force on its date travel with it, so every
    /// office reads the same result; `rectify_by` is set when the rate was
    /// strictly below the threshold (the tasks exist then).
    SurveyHeld {
        id: SurveyId,
        item: SuggestionId,
        /// The lead deputy who organised it.
        deputy: DeputyId,
        answers: Vec<SurveyAnswer>,
        basis: SatisfactionBasis,
        threshold: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rectify_by: Option<NaiveDate>,
        /// The failed survey this one repeats after its rectification.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resurvey_of: Option<SurveyId>,
    },
    /// A task of a failed survey done, with what was done.
    SurveyTaskDone {
        survey: SurveyId,
        item: SuggestionId,
        task: SurveyTask,
        note: String,
    },
    /// The lead deputy's written evaluation of an item's handling, graded.
    EvaluationReported {
        item: SuggestionId,
        deputy: DeputyId,
        grade: Grade,
        text: String,
    },
    /// An organ's (the government's) self-check report on the handling of
    /// a session's suggestions (None: those of the recess).
    SelfCheckReported {
        session: Option<SessionId>,
        subject: Subject,
        text: String,
    },
    /// The standing committee's evaluation meeting: every unit's ballots
    /// of both groups, under the weight, basis and threshold in force on
    /// its date, and its deliberation opinions.
    MeetingHeld {
        id: MeetingId,
        title: String,
        weight: u32,
        basis: SatisfactionBasis,
        threshold: u32,
        rows: Vec<MeetingRow>,
        opinions: Vec<MeetingOpinion>,
        /// The items of the units below the line rated 不满意, sent back
        /// to second handling by the `SentBack` events that follow it.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sent_back: Vec<ItemOfUnit>,
    },
    /// A deliberation opinion carried out (its index in the meeting's).
    OpinionDone {
        meeting: MeetingId,
        index: u32,
        note: String,
    },
    /// The congress's anonymous vote, counted twice by two clerks who
    /// agreed: counts only, never a voter.
    VoteCounted {
        id: VoteId,
        title: String,
        attendance: u32,
        basis: SatisfactionBasis,
        rows: Vec<VoteRow>,
        clerks: Vec<String>,
    },
    /// A department review's items and on-site sample, drawn from `seed`
    /// by `algorithm` over `items` in number order, as many as `rule`
    /// (the settings on its date) says.
    DepartmentReviewDrawn {
        id: DepartmentReviewId,
        unit: UnitId,
        since: NaiveDate,
        items: Vec<SuggestionId>,
        rule: DepartmentReview,
        seed: u64,
        algorithm: String,
        sample: Vec<SuggestionId>,
    },
    /// The review's phone follow-up of every item, findings on site for
    /// the sample, and the reviewers' result.
    DepartmentReviewConcluded {
        id: DepartmentReviewId,
        phoned: Vec<ItemNote>,
        findings: Vec<ItemNote>,
        result: Rating,
    },
    /// An evaluation event as written, on a page that does not fold
    /// evaluations (every entry page but 评议's): kept, shown by its
    /// label, never changed (`read_evaluation`).
    #[serde(untagged)]
    Kept(Kept),
}

impl EvaluationEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            EvaluationEvent::SurveyHeld { .. } => "满意度测评",
            EvaluationEvent::SurveyTaskDone { .. } => "测评整改事项完成",
            EvaluationEvent::EvaluationReported { .. } => "领衔代表评价报告",
            EvaluationEvent::SelfCheckReported { .. } => "自查报告",
            EvaluationEvent::MeetingHeld { .. } => "常委会满意度测评",
            EvaluationEvent::OpinionDone { .. } => "审议意见落实",
            EvaluationEvent::VoteCounted { .. } => "大会无记名测评",
            EvaluationEvent::DepartmentReviewDrawn { .. } => "部门评议抽样",
            EvaluationEvent::DepartmentReviewConcluded { .. } => "部门评议结果",
            EvaluationEvent::Kept(_) => "评议测评",
        }
    }

    /// The item it concerns, if one.
    pub fn item(&self) -> Option<SuggestionId> {
        match self {
            EvaluationEvent::SurveyHeld { item, .. }
            | EvaluationEvent::SurveyTaskDone { item, .. }
            | EvaluationEvent::EvaluationReported { item, .. } => Some(*item),
            _ => None,
        }
    }
}
