//! The figures an office reports (domain.md §5), defined once and read by
//! everything after — the survey's rate, the committee's meeting, the
//! ranking of advanced units, the statistics page: each a `Rate` with its
//! counts, never a bare percentage.
//!
//! - **On-time reply rate** (按期办复率): of the replying units' tasks whose
//!   reply was due by today or came in, those whose first reply came by the
//!   deadline in force then (an approved extension counts). A task counted
//!   from its receipt and not yet signed for has no deadline and is left
//!   out; so is a task returned to the office.
//! - **Satisfaction rate** (满意率): of the items whose lead deputies
//!   answered on the result (the lowest answer of several leads, as
//!   `handling::facts` reads it), those satisfied under the settings'
//!   basis (满意 and 基本满意, or 满意 alone); a reply left unanswered counts
//!   as the settings say (未反馈: outside the answers; 视为满意: satisfied).
//! - **Realisation rate** (解决率): of the items replied, those whose class
//!   counts as solved, and the commitments later marked 已办成.

pub mod tables;
pub mod workbook;

use chrono::NaiveDate;

use crate::handling::{Rating, Realisation, Satisfaction, facts_for};
use crate::ids::{SuggestionId, UnitId};
use crate::settings::{NoFeedback, SatisfactionBasis};
use crate::state::State;

/// A share with its counts: `count` of `of`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rate {
    pub count: u32,
    pub of: u32,
}

impl Rate {
    /// The share in percent (None: nothing to count).
    pub fn percent(&self) -> Option<f64> {
        (self.of > 0).then(|| f64::from(self.count) * 100.0 / f64::from(self.of))
    }

    /// Whether it is strictly below `threshold` percent, in exact integer
    /// arithmetic (exactly 80 % is not below 80 %). Nothing counted is not
    /// below anything.
    pub fn below(&self, threshold: u32) -> bool {
        self.of > 0 && u64::from(self.count) * 100 < u64::from(threshold) * u64::from(self.of)
    }

    /// The percentage with one decimal, rounded half up in exact integer
    /// arithmetic: 66.7 for 2/3, 12.5 for 1/8, 0.1 for 1/1000 (None:
    /// nothing to count).
    pub fn shown(&self) -> Option<String> {
        self.tenths()
            .map(|tenths| format!("{}.{}%", tenths / 10, tenths % 10))
    }

    /// The percentage in tenths of a percent, rounded half up in exact
    /// integer arithmetic: 667 for 2/3 (None: nothing to count).
    pub fn tenths(&self) -> Option<u64> {
        (self.of > 0).then(|| {
            let (c, of) = (u64::from(self.count), u64::from(self.of));
            (c * 2000 + of) / (2 * of)
        })
    }

    /// As a clerk reads it: 80.0%（8/10）, or —（0/0）.
    pub fn label(&self) -> String {
        format!(
            "{}（{}/{}）",
            self.shown().unwrap_or_else(|| "—".into()),
            self.count,
            self.of
        )
    }

    fn add(&mut self, counts: bool) {
        self.of += 1;
        if counts {
            self.count += 1;
        }
    }
}

/// A figure with one decimal, rounded half up (72.25 → 72.3), as every
/// figure is printed.
pub fn one_decimal(v: f64) -> String {
    let tenths = (v * 10.0 + 0.5 + 1e-9).floor();
    format!("{:.1}", tenths / 10.0)
}

/// Whether `rating` counts as satisfied under `basis`.
pub fn satisfied(rating: Rating, basis: SatisfactionBasis) -> bool {
    match basis {
        SatisfactionBasis::SatisfiedOrBasically => rating != Rating::Dissatisfied,
        SatisfactionBasis::SatisfiedOnly => rating == Rating::Satisfied,
    }
}

/// The three rates of a set of items (and, for the on-time rate, of one
/// unit's tasks when `unit` is given).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rates {
    pub on_time: Rate,
    pub satisfaction: Rate,
    pub realisation: Rate,
}

/// The rates of the items `items` chooses, on `today`, under the settings
/// in force today. With `unit`, each rate counts that unit's own replies
/// only (of separate handling, the leads' answer on its reply and its own
/// class or promise), on the items it answers for (lead or separate).
pub fn rates(
    state: &State,
    today: NaiveDate,
    unit: Option<UnitId>,
    items: impl Fn(SuggestionId) -> bool,
) -> Rates {
    let basis = state
        .office
        .settings_on(today)
        .evaluation
        .satisfaction_basis;
    rates_on(state, today, unit, items, basis)
}

/// `rates` with the satisfaction counted on `basis` (both ways are
/// reported).
pub fn rates_on(
    state: &State,
    today: NaiveDate,
    unit: Option<UnitId>,
    items: impl Fn(SuggestionId) -> bool,
    basis: SatisfactionBasis,
) -> Rates {
    let mut out = Rates::default();
    for (id, a) in &state.handling.assignments {
        if !items(*id) {
            continue;
        }
        let replying = a
            .tasks
            .iter()
            .filter(|t| t.role.replies() && t.current())
            .filter(|t| unit.is_none_or(|u| t.unit == u));
        let mut answers_for = false;
        for task in replying {
            answers_for = true;
            // The first reply, against the deadline in force in its round.
            let (replied, due) = match task.rounds.first() {
                Some(round) => (Some(round.replied.on), round.due()),
                None => (task.replied.as_ref().map(|r| r.on), task.due()),
            };
            match (replied, due) {
                (Some(on), Some(due)) => out.on_time.add(on <= due),
                (None, Some(due)) if due < today => out.on_time.add(false),
                _ => {}
            }
        }
        if !answers_for {
            continue;
        }
        // A unit's own reply: of separate handling, another unit's answer
        // is not its figure.
        let Some(f) = facts_for(state, *id, today, unit) else {
            continue;
        };
        match f.satisfaction {
            Some(Satisfaction::Rated(r)) => out.satisfaction.add(satisfied(r, basis)),
            Some(Satisfaction::NoAnswer(NoFeedback::DeemedSatisfied)) => out.satisfaction.add(true),
            Some(Satisfaction::NoAnswer(NoFeedback::Unanswered) | Satisfaction::Waiting { .. })
            | None => {}
        }
        match f.realisation {
            Some(Realisation::Solved | Realisation::Realised(_)) => out.realisation.add(true),
            Some(Realisation::Promised(_) | Realisation::NotSolvable) => out.realisation.add(false),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_the_threshold_is_not_below_it_and_one_less_is() {
        assert!(!Rate { count: 8, of: 10 }.below(80));
        assert!(Rate { count: 79, of: 100 }.below(80));
        assert!(!Rate { count: 4, of: 5 }.below(80));
        assert!(Rate { count: 3, of: 4 }.below(80));
        assert!(!Rate { count: 0, of: 0 }.below(80));
        assert_eq!(Rate { count: 8, of: 10 }.label(), "80.0%（8/10）");
        assert_eq!(Rate { count: 0, of: 0 }.label(), "—（0/0）");
    }

    #[test]
    fn one_decimal_rounds_half_up() {
        assert_eq!(Rate { count: 2, of: 3 }.label(), "66.7%（2/3）");
        assert_eq!(Rate { count: 1, of: 3 }.label(), "33.3%（1/3）");
        // 1/16 = 6.25 %: half up, not to even.
        assert_eq!(Rate { count: 1, of: 16 }.label(), "6.3%（1/16）");
        assert_eq!(Rate { count: 1, of: 8 }.label(), "12.5%（1/8）");
        assert_eq!(Rate { count: 1, of: 1 }.label(), "100.0%（1/1）");
        assert_eq!(one_decimal(72.25), "72.3");
        assert_eq!(one_decimal(0.05), "0.1");
        assert_eq!(one_decimal(37.333_333), "37.3");
    }

    #[test]
    fn the_basis_decides_whether_basically_satisfied_counts() {
        use SatisfactionBasis::*;
        assert!(satisfied(Rating::BasicallySatisfied, SatisfiedOrBasically));
        assert!(!satisfied(Rating::BasicallySatisfied, SatisfiedOnly));
        assert!(satisfied(Rating::Satisfied, SatisfiedOnly));
        assert!(!satisfied(Rating::Dissatisfied, SatisfiedOrBasically));
    }
}
