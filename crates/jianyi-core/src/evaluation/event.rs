//! `EvaluationEvent`: what happened in evaluation.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::handling::Rating;
use crate::ids::{DeputyId, SuggestionId, SurveyId};
use crate::read::ReadJson;
use crate::settings::SatisfactionBasis;

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
}

impl EvaluationEvent {
    /// What happened, in a few Chinese words.
    pub fn label(&self) -> &'static str {
        match self {
            EvaluationEvent::SurveyHeld { .. } => "满意度测评",
            EvaluationEvent::SurveyTaskDone { .. } => "测评整改事项完成",
        }
    }

    /// The item it concerns: a partner sees it with the item.
    pub fn item(&self) -> SuggestionId {
        match self {
            EvaluationEvent::SurveyHeld { item, .. }
            | EvaluationEvent::SurveyTaskDone { item, .. } => *item,
        }
    }
}
