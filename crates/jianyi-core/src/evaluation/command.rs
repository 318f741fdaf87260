//! `EvaluationCommand`: what a clerk asks of evaluation.

use crate::evaluation::event::{
    Grade, ItemNote, MeetingOpinion, MeetingRow, Subject, SurveyAnswer, SurveyTask, VoteRow,
};
use crate::handling::Rating;
use crate::ids::{
    DepartmentReviewId, DeputyId, MeetingId, SessionId, SuggestionId, SurveyId, UnitId,
};

/// An evaluation act.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvaluationCommand {
    /// The lead deputy's satisfaction survey of an item's handling, with
    /// each participant's rating; `resurvey_of` a failed survey whose
    /// rectification is done.
    HoldSurvey {
        item: SuggestionId,
        /// The lead deputy who organised it (a lead of the item).
        deputy: DeputyId,
        answers: Vec<SurveyAnswer>,
        resurvey_of: Option<SurveyId>,
    },
    /// A task of a failed survey done.
    CompleteSurveyTask {
        survey: SurveyId,
        task: SurveyTask,
        note: String,
    },
    /// The lead deputy's written evaluation of an item's handling.
    ReportEvaluation {
        item: SuggestionId,
        deputy: DeputyId,
        grade: Grade,
        text: String,
    },
    /// An organ's self-check report on a session's suggestions, keyed in.
    ReportSelfCheck {
        session: Option<SessionId>,
        subject: Subject,
        text: String,
    },
    /// The standing committee's evaluation meeting: each unit's ballots
    /// and the deliberation opinions.
    HoldMeeting {
        title: String,
        rows: Vec<MeetingRow>,
        opinions: Vec<MeetingOpinion>,
    },
    /// A deliberation opinion carried out.
    CompleteOpinion {
        meeting: MeetingId,
        index: u32,
        note: String,
    },
    /// The congress's anonymous vote: the counts entered twice, by two
    /// clerks.
    CountVote {
        title: String,
        attendance: u32,
        first: Vec<VoteRow>,
        second: Vec<VoteRow>,
        clerks: Vec<String>,
    },
    /// A department review of a unit: its items and the on-site sample,
    /// drawn from a seed the office's id generator gives (so no clerk
    /// chooses it, and a draw is not repeated while the review is open).
    DrawDepartmentReview { unit: UnitId },
    /// The review's phone follow-ups, findings and result.
    ConcludeDepartmentReview {
        id: DepartmentReviewId,
        phoned: Vec<ItemNote>,
        findings: Vec<ItemNote>,
        result: Rating,
    },
}
