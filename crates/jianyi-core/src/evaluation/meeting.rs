//! The evaluation meeting of the standing committee and the congress's
//! anonymous vote (domain.md §3 "Evaluations"), with the reports that feed
//! them: the records they fold into, each group's figure, the weighted
//! composite with its formula written out, the items a failing unit sends
//! to second handling, and the deliberation opinions as follow-up tasks.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::dates::zh;
use crate::directory::EntryRef;
use crate::evaluation::event::{
    Ballots, Grade, GroupBallots, ItemOfUnit, MeetingOpinion, MeetingRow, Subject, VoteRow,
};
use crate::figures::Rate;
use crate::handling::{Colour, Rating};
use crate::ids::{MeetingId, SessionId, SuggestionId, UnitId, VoteId};
use crate::settings::SatisfactionBasis;
use crate::state::State;

/// A lead deputy's graded report on an item's handling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub on: NaiveDate,
    pub by: String,
    pub grade: Grade,
    pub text: String,
}

/// An organ's self-check report for a session's suggestions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelfCheck {
    pub on: NaiveDate,
    pub by: String,
    pub session: Option<SessionId>,
    pub subject: Subject,
    pub text: String,
}

/// The standing committee's evaluation meeting, as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub id: MeetingId,
    pub on: NaiveDate,
    pub by: String,
    pub title: String,
    /// The members' weight in percent.
    pub weight: u32,
    pub basis: SatisfactionBasis,
    /// Below this composite a unit fails (percent, or points when scored).
    pub threshold: u32,
    pub rows: Vec<MeetingRow>,
    pub opinions: Vec<MeetingOpinion>,
    /// The items it sent back to second handling.
    pub sent_back: Vec<ItemOfUnit>,
    /// Each opinion carried out, by its index: the date and what was done.
    pub done: BTreeMap<u32, (NaiveDate, String)>,
}

impl Meeting {
    /// Each row's composite, in the order entered.
    pub fn results(&self) -> Vec<(&MeetingRow, Composite)> {
        self.rows
            .iter()
            .map(|r| (r, composite(r.members, r.deputies, self.weight, self.basis)))
            .collect()
    }
}

/// The congress's anonymous vote, as counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vote {
    pub id: VoteId,
    pub on: NaiveDate,
    pub by: String,
    pub title: String,
    pub attendance: u32,
    pub basis: SatisfactionBasis,
    pub rows: Vec<VoteRow>,
    /// The two clerks whose counts agreed.
    pub clerks: Vec<String>,
}

impl Ballots {
    pub fn total(&self) -> u32 {
        self.satisfied + self.basically + self.dissatisfied
    }

    /// The satisfaction under `basis`, with its counts.
    pub fn rate(&self, basis: SatisfactionBasis) -> Rate {
        let count = match basis {
            SatisfactionBasis::SatisfiedOrBasically => self.satisfied + self.basically,
            SatisfactionBasis::SatisfiedOnly => self.satisfied,
        };
        Rate {
            count,
            of: self.total(),
        }
    }

    /// The counts as read out: 满意6 基本满意2 不满意2.
    pub fn counts(&self) -> String {
        format!(
            "满意{} 基本满意{} 不满意{}",
            self.satisfied, self.basically, self.dissatisfied
        )
    }
}

impl GroupBallots {
    /// Ballots cast, or score sheets handed in.
    pub fn cast(&self) -> u32 {
        match self {
            GroupBallots::Counts(b) => b.total(),
            GroupBallots::Scores { sheets, .. } => *sheets,
        }
    }

    /// The group's figure: its satisfaction in percent, or its mean score
    /// (None: nothing cast).
    pub fn value(&self, basis: SatisfactionBasis) -> Option<f64> {
        match self {
            GroupBallots::Counts(b) => b.rate(basis).percent(),
            GroupBallots::Scores { sheets, total } => {
                (*sheets > 0).then(|| f64::from(*total) / f64::from(*sheets))
            }
        }
    }

    pub fn scored(&self) -> bool {
        matches!(self, GroupBallots::Scores { .. })
    }

    /// The raw figures: 满意6 基本满意2 不满意2, or 10张 合计850分.
    pub fn raw(&self) -> String {
        match self {
            GroupBallots::Counts(b) => b.counts(),
            GroupBallots::Scores { sheets, total } => format!("{sheets}张 合计{total}分"),
        }
    }
}

/// A meeting's result for one unit: each group's figure and the weighted
/// composite, with the formula written out.
#[derive(Clone, Debug, PartialEq)]
pub struct Composite {
    pub members: Option<f64>,
    pub deputies: Option<f64>,
    /// The members' weight in percent (the deputies': the rest).
    pub weight: u32,
    /// None when a group cast nothing.
    pub percent: Option<f64>,
    /// The composite as an exact fraction (numerator, denominator), which
    /// decides against the line.
    pub exact: Option<(u128, u128)>,
    /// Scores (分) rather than rates (%).
    pub scored: bool,
}

impl Composite {
    fn unit(&self) -> &'static str {
        if self.scored { "分" } else { "%" }
    }

    /// A figure as shown: 80.0% or 85.0分.
    pub fn shown(&self, v: Option<f64>) -> String {
        v.map_or("—".to_string(), |v| {
            format!("{}{}", crate::figures::one_decimal(v), self.unit())
        })
    }

    /// The result as shown: one decimal, or two (cut, not rounded) where
    /// rounding would carry it up to a whole number it does not reach, so
    /// 59.96 never reads as 60.0 beside 不通过.
    pub fn result(&self) -> String {
        match self.percent {
            Some(v) if ((v * 10.0 + 0.5 + 1e-9).floor() / 10.0).floor() > v.floor() => {
                format!("{:.2}{}", (v * 100.0).floor() / 100.0, self.unit())
            }
            other => self.shown(other),
        }
    }

    /// e.g. 60%×80.0%＋40%×60.0%＝72.0%.
    pub fn formula(&self) -> String {
        format!(
            "{}%×{}＋{}%×{}＝{}",
            self.weight,
            self.shown(self.members),
            100 - self.weight,
            self.shown(self.deputies),
            self.result()
        )
    }

    /// Whether it is strictly below `threshold`, in exact arithmetic
    /// (nothing cast is not below anything).
    pub fn below(&self, threshold: u32) -> bool {
        self.exact
            .is_some_and(|(num, den)| num < u128::from(threshold) * den)
    }
}

/// A group's figure as a fraction: its satisfied count over its ballots
/// (percent: × 100), or its total over its sheets (points).
fn fraction(g: GroupBallots, basis: SatisfactionBasis) -> Option<(u128, u128)> {
    match g {
        GroupBallots::Counts(b) => {
            let r = b.rate(basis);
            (r.of > 0).then(|| (100 * u128::from(r.count), u128::from(r.of)))
        }
        GroupBallots::Scores { sheets, total } => {
            (sheets > 0).then(|| (u128::from(total), u128::from(sheets)))
        }
    }
}

/// The composite of the two groups: weight × members' figure + (1 −
/// weight) × deputies' figure, with `weight` in percent (60 by default).
pub fn composite(
    members: GroupBallots,
    deputies: GroupBallots,
    weight: u32,
    basis: SatisfactionBasis,
) -> Composite {
    let weight = weight.min(100);
    let (m, d) = (members.value(basis), deputies.value(basis));
    let exact = match (fraction(members, basis), fraction(deputies, basis)) {
        (Some((mn, md)), Some((dn, dd))) => {
            let w = u128::from(weight);
            Some((w * mn * dd + (100 - w) * dn * md, 100 * md * dd))
        }
        _ => None,
    };
    Composite {
        members: m,
        deputies: d,
        weight,
        percent: exact.map(|(n, d)| n as f64 / d as f64),
        exact,
        scored: members.scored(),
    }
}

/// A subject's name: the unit's, or the organ's (县人民政府…).
pub fn subject_name(state: &State, subject: Subject) -> String {
    match subject {
        Subject::Unit(u) => state.directory.entry_name(&EntryRef::Unit(u)),
        Subject::Organ(o) => o.label().to_string(),
    }
}

/// Whether a unit falls under a subject: the unit itself, or a unit of
/// the organ.
pub fn covers(state: &State, subject: Subject, unit: UnitId) -> bool {
    match subject {
        Subject::Unit(u) => u == unit,
        Subject::Organ(o) => state
            .directory
            .units
            .get(&unit)
            .is_some_and(|e| e.organ == Some(o)),
    }
}

/// The items a failing subject sends to second handling: its units'
/// current replies (given by `on`) on open items that a deputy rated 不满意
/// on the result and that are not already back with the unit, in item
/// order.
pub fn second_handling(
    state: &State,
    subject: Subject,
    on: NaiveDate,
) -> Vec<(SuggestionId, UnitId)> {
    let mut out = Vec::new();
    for (item, a) in &state.handling.assignments {
        if a.closed.is_some() {
            continue;
        }
        for task in a.current() {
            if !covers(state, subject, task.unit) {
                continue;
            }
            let rated_dissatisfied = task.replied.as_ref().is_some_and(|r| {
                r.on <= on
                    && r.feedback
                        .iter()
                        .any(|x| x.feedback.result == Rating::Dissatisfied)
            });
            if rated_dissatisfied {
                out.push((*item, task.unit));
            }
        }
    }
    out
}

/// One deliberation opinion as the office follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpinionRow<'a> {
    pub meeting: &'a Meeting,
    pub index: u32,
    pub opinion: &'a MeetingOpinion,
    pub done: Option<String>,
    pub colour: Colour,
    pub why: String,
}

/// Every deliberation opinion on `today`, open ones first (red, yellow,
/// green), then by due date.
pub fn opinion_tasks(state: &State, today: NaiveDate) -> Vec<OpinionRow<'_>> {
    let mut rows = Vec::new();
    for m in state.evaluation.meetings.values() {
        for (i, o) in m.opinions.iter().enumerate() {
            let index = i as u32;
            let done = m.done.get(&index);
            let (colour, why) =
                crate::supervision::follow_up_colour(state, o.due, done.is_some(), today);
            rows.push(OpinionRow {
                meeting: m,
                index,
                opinion: o,
                done: done.map(|(on, note)| format!("{}落实：{note}", zh(*on))),
                colour,
                why: match done {
                    Some((on, _)) => crate::evaluation::done_why(*on, o.due, "已落实"),
                    None => why,
                },
            });
        }
    }
    rows.sort_by_key(|r| {
        (
            r.done.is_some(),
            std::cmp::Reverse(r.colour),
            r.opinion.due,
            r.meeting.on,
        )
    });
    rows
}

/// The items a meeting sends to second handling: for each row whose
/// composite falls below the line, its items rated 不满意
/// (`second_handling`), each (item, unit) once however many rows cover it
/// (an organ and one of its units), in item order.
pub fn sent_back(
    state: &State,
    rows: &[MeetingRow],
    weight: u32,
    basis: SatisfactionBasis,
    threshold: u32,
    on: NaiveDate,
) -> Vec<ItemOfUnit> {
    let mut out = std::collections::BTreeSet::new();
    for r in rows {
        if composite(r.members, r.deputies, weight, basis).below(threshold) {
            for (item, unit) in second_handling(state, r.subject, on) {
                out.insert(ItemOfUnit { item, unit });
            }
        }
    }
    out.into_iter().collect()
}

/// The reason a meeting gives for sending an item back: the meeting, the
/// failing row's figure and the line.
pub fn sent_back_reason(
    state: &State,
    title: &str,
    rows: &[MeetingRow],
    unit: UnitId,
    weight: u32,
    basis: SatisfactionBasis,
    threshold: u32,
) -> String {
    let failing = rows.iter().find_map(|r| {
        let c = composite(r.members, r.deputies, weight, basis);
        (covers(state, r.subject, unit) && c.below(threshold)).then_some((r, c))
    });
    let (figure, mark) = match failing {
        Some((r, c)) => (
            format!("{}综合结果{}", subject_name(state, r.subject), c.result()),
            if c.scored { "分" } else { "%" },
        ),
        None => (String::new(), "%"),
    };
    format!(
        "{}满意度测评：{figure}，低于{threshold}{mark}，评价为不满意的建议进行二次办理",
        title.trim()
    )
}
