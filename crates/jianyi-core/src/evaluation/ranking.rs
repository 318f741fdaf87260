//! Advanced units (先进承办单位, domain.md §3): units ranked on their
//! on-time reply rate, satisfaction rate, realisation rate and the lead
//! deputies' graded reports, each weighted by the settings, and only those
//! that answered for at least the minimum number of items (5 by default).
//! A part without anything to count is left out and the others' weights
//! carry the score, and such a unit ranks after every unit with all four
//! parts; every part is shown with its counts.

use chrono::{Datelike, NaiveDate};

use crate::figures::{Rate, Rates, rates};
use crate::ids::{SuggestionId, UnitId};
use crate::state::State;

/// One unit's line in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankRow {
    pub unit: UnitId,
    /// The items it answers for (lead or separate) in the year.
    pub items: u32,
    pub rates: Rates,
    /// The lead deputies' reports on its items: their points and how many.
    pub grades: Rate,
    /// The four parts in percent (None: nothing to count), in the order
    /// on time, satisfaction, realisation, evaluation.
    pub parts: [Option<f64>; 4],
    /// The weighted score out of 100 (None: no part counted).
    pub score: Option<f64>,
}

impl RankRow {
    /// The parts it has nothing to count in (shown beside its score; a
    /// unit missing a part ranks after every unit with all four).
    pub fn missing(&self) -> Vec<&'static str> {
        self.parts
            .iter()
            .zip(PARTS)
            .filter(|(p, _)| p.is_none())
            .map(|(_, n)| n)
            .collect()
    }
}

/// The parts' names, in `RankRow::parts` order.
pub const PARTS: [&str; 4] = ["按期办复率", "满意率", "解决率", "领衔代表评价"];

/// The units answering for items assigned in `year` (every year: None):
/// those with at least the minimum ranked by score (highest first), and
/// those with fewer, with their counts.
pub fn ranking(
    state: &State,
    today: NaiveDate,
    year: Option<i32>,
) -> (Vec<RankRow>, Vec<(UnitId, u32)>) {
    let settings = state.office.settings_on(today);
    let e = &settings.evaluation;
    let weights = [
        e.ranking_weights.on_time,
        e.ranking_weights.satisfaction,
        e.ranking_weights.realisation,
        e.ranking_weights.evaluation,
    ];
    let in_year = |id: SuggestionId| {
        state
            .handling
            .assignments
            .get(&id)
            .is_some_and(|a| year.is_none_or(|y| a.assigned_on.year() == y))
    };
    let mut units: Vec<UnitId> = Vec::new();
    for a in state.handling.assignments.values() {
        for t in a.current().filter(|t| t.role.replies()) {
            if in_year(a.item) && !units.contains(&t.unit) {
                units.push(t.unit);
            }
        }
    }
    let (mut ranked, mut too_few) = (Vec::new(), Vec::new());
    for unit in units {
        let answers_for = |id: SuggestionId| {
            in_year(id)
                && state
                    .handling
                    .assignments
                    .get(&id)
                    .is_some_and(|a| a.current().any(|t| t.unit == unit && t.role.replies()))
        };
        let items: Vec<SuggestionId> = state
            .handling
            .assignments
            .keys()
            .copied()
            .filter(|i| answers_for(*i))
            .collect();
        let n = items.len() as u32;
        if n < e.advanced_unit_min_items {
            too_few.push((unit, n));
            continue;
        }
        let r = rates(state, today, Some(unit), answers_for);
        let mut grades = Rate::default();
        for ((item, _), report) in &state.evaluation.reports {
            if items.contains(item) {
                grades.count += report.grade.points();
                grades.of += 1;
            }
        }
        let parts = [
            r.on_time.percent(),
            r.satisfaction.percent(),
            r.realisation.percent(),
            (grades.of > 0).then(|| f64::from(grades.count) / f64::from(grades.of)),
        ];
        let (mut sum, mut weight) = (0.0, 0u32);
        for (p, w) in parts.iter().zip(weights) {
            if let Some(p) = p {
                sum += p * f64::from(w);
                weight += w;
            }
        }
        ranked.push(RankRow {
            unit,
            items: n,
            rates: r,
            grades,
            parts,
            score: (weight > 0).then(|| sum / f64::from(weight)),
        });
    }
    ranked.sort_by(|a, b| {
        a.missing()
            .len()
            .min(1)
            .cmp(&b.missing().len().min(1))
            .then(b.score.unwrap_or(-1.0).total_cmp(&a.score.unwrap_or(-1.0)))
            .then(a.unit.cmp(&b.unit))
    });
    too_few.sort_by_key(|(u, n)| (std::cmp::Reverse(*n), *u));
    (ranked, too_few)
}
