//! Evaluation (三评, domain.md §3 "Evaluations"): the rules with numbers
//! that every evaluation act will use, as pure functions of their inputs
//! and the settings, so a clerk and a test reach the same figure.
//!
//! - `sample_size`, `draw`: the department review's on-site sample, by the
//!   rule of the settings (≤10 items: all; ≥20: half, rounded up; between:
//!   10), drawn by a fixed, documented algorithm from a recorded seed, so
//!   anyone can draw the same sample again and check it.
//! - `composite`: the committee's evaluation meeting, two ballot groups
//!   weighted (members 60 %, attending deputies 40 % by default), with the
//!   formula written out with its numbers.

pub mod apply;
pub mod command;
pub mod decide;
pub mod department;
pub mod event;
pub mod meeting;
pub mod ranking;
pub mod rejection;

use std::collections::BTreeMap;

use chrono::NaiveDate;

pub use apply::apply;
pub use command::EvaluationCommand;
pub use decide::decide;
pub use department::{DepartmentReviewRecord, ReviewConclusion, review_items, review_since};
pub use event::{
    Ballots, EvaluationEvent, Grade, GroupBallots, ItemNote, ItemOfUnit, MeetingOpinion,
    MeetingRow, Subject, SurveyAnswer, SurveyTask, VoteRow,
};
pub use meeting::{
    Composite, Meeting, OpinionRow, Report, SelfCheck, Vote, composite, opinion_tasks,
    second_handling, sent_back, sent_back_reason, subject_name,
};
pub use ranking::{RankRow, ranking};
pub use rejection::EvaluationRejection;

use crate::dates::zh;
use crate::figures::Rate;
use crate::handling::{Colour, Rating};
use crate::ids::{DepartmentReviewId, DeputyId, MeetingId, SuggestionId, SurveyId, VoteId};
use crate::settings::{DepartmentReview, SatisfactionBasis};
use crate::state::State;

/// The evaluation slice: the surveys held, the lead deputies' reports and
/// the self-check reports, the committee's meetings, the congress's votes
/// and the department reviews.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvaluationSlice {
    pub surveys: BTreeMap<SurveyId, Survey>,
    /// The lead deputies' graded reports, by item and lead deputy.
    pub reports: BTreeMap<(SuggestionId, DeputyId), Report>,
    pub self_checks: Vec<SelfCheck>,
    pub meetings: BTreeMap<MeetingId, Meeting>,
    pub votes: BTreeMap<VoteId, Vote>,
    pub reviews: BTreeMap<DepartmentReviewId, DepartmentReviewRecord>,
}

/// A per-item satisfaction survey and what it set in motion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Survey {
    pub id: SurveyId,
    pub item: SuggestionId,
    /// The lead deputy who organised it.
    pub deputy: DeputyId,
    /// Its business date.
    pub on: NaiveDate,
    /// Who recorded it: the desk and the person acted for.
    pub by: String,
    pub answers: Vec<SurveyAnswer>,
    pub basis: SatisfactionBasis,
    pub threshold: u32,
    /// Set when the rate was below the threshold: the rectification's due
    /// date, and the tasks exist.
    pub rectify_by: Option<NaiveDate>,
    pub resurvey_of: Option<SurveyId>,
    /// The survey that repeated this one, and its date.
    pub resurveyed: Option<(SurveyId, NaiveDate)>,
    /// Each task done: its date and what was done.
    pub done: BTreeMap<SurveyTask, (NaiveDate, String)>,
}

impl Survey {
    /// Its satisfaction rate under its own basis.
    pub fn rate(&self) -> Rate {
        survey_rate(&self.answers, self.basis)
    }

    /// Whether it fell below its threshold (and set tasks in motion).
    pub fn failed(&self) -> bool {
        self.rectify_by.is_some()
    }
}

/// The rate of a survey's answers: (满意 + 基本满意) / all answers, or 满意
/// alone, as `basis` says.
pub fn survey_rate(answers: &[SurveyAnswer], basis: SatisfactionBasis) -> Rate {
    Rate {
        count: answers
            .iter()
            .filter(|a| crate::figures::satisfied(a.rating, basis))
            .count() as u32,
        of: answers.len() as u32,
    }
}

/// How many answered each rating: 满意, 基本满意, 不满意.
pub fn tally(answers: &[SurveyAnswer]) -> [usize; 3] {
    let n = |r| answers.iter().filter(|a| a.rating == r).count();
    [
        n(Rating::Satisfied),
        n(Rating::BasicallySatisfied),
        n(Rating::Dissatisfied),
    ]
}

/// The surveys of an item, oldest first.
pub fn surveys_of(state: &State, item: SuggestionId) -> Vec<&Survey> {
    let mut out: Vec<&Survey> = state
        .evaluation
        .surveys
        .values()
        .filter(|s| s.item == item)
        .collect();
    out.sort_by_key(|s| (s.on, s.id));
    out
}

/// One task of a failed survey as the office follows it: a task of
/// `SurveyTask`, or (None) the re-survey after the rectification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskRow<'a> {
    pub survey: &'a Survey,
    pub task: Option<SurveyTask>,
    pub label: &'static str,
    pub due: Option<NaiveDate>,
    pub done: Option<String>,
    pub colour: Colour,
    pub why: String,
}

/// Every task of every failed survey on `today`, open ones first (red,
/// yellow, green), then by due date.
pub fn survey_tasks(state: &State, today: NaiveDate) -> Vec<TaskRow<'_>> {
    let mut rows = Vec::new();
    for s in state.evaluation.surveys.values() {
        let Some(due) = s.rectify_by else {
            continue;
        };
        for task in SurveyTask::ALL {
            let done = s.done.get(&task);
            let (colour, why) =
                crate::supervision::follow_up_colour(state, due, done.is_some(), today);
            rows.push(TaskRow {
                survey: s,
                task: Some(task),
                label: task.label(),
                due: Some(due),
                done: done.map(|(on, note)| format!("{}完成：{note}", zh(*on))),
                colour,
                why: match done {
                    Some((on, _)) => done_why(*on, due, "已完成"),
                    None => why,
                },
            });
        }
        let rectified = s.done.contains_key(&SurveyTask::Rectification);
        let (colour, why) = match (s.resurveyed, rectified) {
            (Some(_), _) => (Colour::Green, "已重新测评".to_string()),
            (None, true) => (Colour::Yellow, "整改已完成，待重新测评".to_string()),
            (None, false) => (Colour::Green, "整改完成后重新测评".to_string()),
        };
        rows.push(TaskRow {
            survey: s,
            task: None,
            label: "重新测评",
            due: None,
            done: s.resurveyed.map(|(_, on)| format!("{}重新测评", zh(on))),
            colour,
            why,
        });
    }
    rows.sort_by_key(|r| {
        (
            r.done.is_some(),
            std::cmp::Reverse(r.colour),
            r.due.is_none(),
            r.due,
            r.survey.on,
        )
    });
    rows
}

/// A follow-up done: on time, or how many days late (the colour of a
/// task done is no longer a warning, the lateness stays said).
pub fn done_why(on: NaiveDate, due: NaiveDate, word: &str) -> String {
    let late = (on - due).num_days();
    if late > 0 {
        format!("逾期{late}天{word}")
    } else {
        word.to_string()
    }
}

/// The sampling algorithm's name and version, recorded with every draw:
/// SplitMix64 seeded with the draw's seed drives a Fisher–Yates
/// (Durstenfeld) shuffle of the items sorted by number — for i from n−1
/// down to 1, j = next() mod (i+1), swap items i and j — and the sample is
/// the first k items of the shuffled list, shown again in number order.
pub const SAMPLE_ALGORITHM: &str = "splitmix64-fisher-yates-v1";

/// How many of a unit's `n` items are visited on site under `rule`:
/// every item up to `visit_all_up_to`, `sample_percent` (rounded up) from
/// `sample_from`, `middle_sample` in between (never more than `n`).
pub fn sample_size(n: u32, rule: &DepartmentReview) -> u32 {
    if n <= rule.visit_all_up_to {
        n
    } else if n >= rule.sample_from {
        (n * rule.sample_percent).div_ceil(100).min(n)
    } else {
        rule.middle_sample.min(n)
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014), the generator of `draw` (and
/// of the demo county).
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The positions (0-based, in `n` items sorted by number) of a sample of
/// `k` drawn with `seed` by `SAMPLE_ALGORITHM`, in number order.
pub fn draw(n: usize, k: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = SplitMix64::new(seed);
    for i in (1..n).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut sample: Vec<usize> = order.into_iter().take(k.min(n)).collect();
    sample.sort_unstable();
    sample
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_samples_for_8_10_15_20_and_33_items() {
        let rule = DepartmentReview::default();
        let sizes: Vec<u32> = [8, 10, 15, 20, 33]
            .into_iter()
            .map(|n| sample_size(n, &rule))
            .collect();
        assert_eq!(sizes, vec![8, 10, 10, 10, 17]);
    }

    #[test]
    fn the_same_seed_draws_the_same_sample_and_another_seed_another() {
        let a = draw(33, 17, 20261207);
        assert_eq!(a, draw(33, 17, 20261207));
        assert_eq!(a.len(), 17);
        assert!(
            a.windows(2).all(|w| w[0] < w[1]),
            "in number order, once each"
        );
        assert!(a.iter().all(|i| *i < 33));
        assert_ne!(a, draw(33, 17, 20261208));
        // Everything when the sample is the whole.
        assert_eq!(draw(8, 8, 1), (0..8).collect::<Vec<_>>());
    }

    #[test]
    fn splitmix64_gives_its_published_first_outputs() {
        // The reference outputs of SplitMix64 seeded with 0.
        let mut r = SplitMix64::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn the_seeds_meeting_sixty_percent_of_eighty_and_forty_of_sixty_is_seventy_two() {
        let members = Ballots {
            satisfied: 6,
            basically: 2,
            dissatisfied: 2,
        };
        let deputies = Ballots {
            satisfied: 10,
            basically: 8,
            dissatisfied: 12,
        };
        let c = composite(
            GroupBallots::Counts(members),
            GroupBallots::Counts(deputies),
            60,
            SatisfactionBasis::SatisfiedOrBasically,
        );
        assert_eq!(
            members.rate(SatisfactionBasis::SatisfiedOrBasically),
            Rate { count: 8, of: 10 }
        );
        assert_eq!(
            deputies.rate(SatisfactionBasis::SatisfiedOrBasically),
            Rate { count: 18, of: 30 }
        );
        assert!((c.percent.unwrap() - 72.0).abs() < 1e-9);
        assert_eq!(c.formula(), "60%×80.0%＋40%×60.0%＝72.0%");
        assert!(!c.below(72));
        assert!(c.below(73));
    }
}
