//! The figures an office reports for a session or a year (domain.md §5):
//! counts by kind, session, category, delegation, stage, reply class and
//! warning colour; the rates (`figures::rates`) both ways, on the result
//! and on all three dimensions of the lead deputies' feedback; each unit's
//! items beside its rates; the key items' progress; the trend by year.
//! Every figure is per item unless its definition says otherwise (the
//! reply classes count replies, a unit's lines count its own tasks).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::figures::{Rate, Rates, rates_on, satisfied};
use crate::handling::{Colour, Rating, Satisfaction, Step, UnitRole, facts, warning};
use crate::ids::{SessionId, SuggestionId, UnitId};
use crate::raising::Suggestion;
use crate::review::Stage;
use crate::settings::{NoFeedback, SatisfactionBasis};
use crate::state::State;

/// What the figures cover: a session's items (None: those of the
/// recess), or the items created in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Session(Option<SessionId>),
    Year(i32),
}

impl Scope {
    pub fn covers(&self, s: &Suggestion) -> bool {
        match self {
            Scope::Session(x) => s.draft.session == *x,
            Scope::Year(y) => s.created_on.year() == *y,
        }
    }

    /// Whether the item `id` of `state` is in the scope.
    pub fn holds(&self, state: &State, id: SuggestionId) -> bool {
        state
            .raising
            .suggestions
            .get(&id)
            .is_some_and(|s| self.covers(s))
    }
}

/// One line of a breakdown: what, and how many.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Count {
    pub label: String,
    pub count: u32,
}

/// A unit's line: the items it leads (or handles separately) and those
/// it co-handles, beside its own rates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitLine {
    pub unit: UnitId,
    pub lead: u32,
    pub co: u32,
    pub rates: Rates,
}

/// A key item's progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLine {
    pub item: SuggestionId,
    /// Assigned to its units (else nothing below is counted yet).
    pub assigned: bool,
    /// Plan steps of its units' latest plans, and those whose date has come.
    pub steps: u32,
    pub steps_due: u32,
    /// Progress reports given.
    pub reports: u32,
    /// Commitments kept (已办成) of those made.
    pub commitments: Rate,
    pub colour: Option<Colour>,
    /// Its units' latest act, with its date.
    pub last: Option<(NaiveDate, &'static str)>,
}

/// Every figure of a scope on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    /// Items raised in the scope (every stage).
    pub items: u32,
    pub by_kind: Vec<Count>,
    pub by_session: Vec<Count>,
    pub by_category: Vec<Count>,
    pub by_delegation: Vec<Count>,
    pub by_stage: Vec<Count>,
    /// Replies by class (a reply of each replying unit, first round).
    pub by_class: Vec<Count>,
    /// Assigned items still open, by warning colour.
    pub by_colour: Vec<Count>,
    pub units: Vec<UnitLine>,
    /// On time, satisfaction under the settings' basis, realisation.
    pub rates: Rates,
    /// The result dimension: 满意＋基本满意, and 满意 alone.
    pub result: [Rate; 2],
    /// All three dimensions (communication, attitude, result) satisfied:
    /// both ways.
    pub all_three: [Rate; 2],
    pub key: Vec<KeyLine>,
}

/// The headline rates' names and definitions (domain.md §5), as the
/// statistics page and the workbook print them beside each rate.
pub const DEFINITIONS: [(&str, &str); 6] = [
    (
        "按期办复率",
        "主办（分办）单位的首次答复在当时有效的期限内（含已批准的延期）作出的，占应答复和已答复的比例；期限未到且未答复的不计，退办的不计。",
    ),
    (
        "满意率（办理结果，满意＋基本满意）",
        "以件计：领衔代表对办理结果的评价（多位领衔代表取最低）为满意或基本满意的，占收到评价的件数；未反馈的按设置计。",
    ),
    ("满意率（办理结果，仅满意）", "同上，只计评价为满意的。"),
    (
        "满意率（沟通、态度、结果三项，满意＋基本满意）",
        "以件计：三项评价均为满意或基本满意的，占收到评价的件数。",
    ),
    (
        "满意率（三项，仅满意）",
        "以件计：三项评价均为满意的，占收到评价的件数。",
    ),
    (
        "解决率",
        "已答复的件中，答复类别计为已解决的，加上承诺事项后来登记已办成的，占已答复件数（办成率不是满意率）。",
    ),
];

/// The headline rates of `f`, each with its name and definition.
pub fn headline(f: &Figures) -> [(&'static str, &'static str, Rate); 6] {
    let rates = [
        f.rates.on_time,
        f.result[0],
        f.result[1],
        f.all_three[0],
        f.all_three[1],
        f.rates.realisation,
    ];
    std::array::from_fn(|i| (DEFINITIONS[i].0, DEFINITIONS[i].1, rates[i]))
}

/// The stage an item has reached, as the figures count it: its review
/// stage, and once accepted and assigned 办理中 (二次办理中 after a 不满意
/// sent it back), 已答复 or 已办结.
pub fn stage_label(state: &State, id: SuggestionId, today: NaiveDate) -> &'static str {
    match state.stage(id) {
        Stage::Accepted => match facts(state, id, today) {
            None => "已立案待交办",
            Some(f) if f.closed.is_some() => "已办结",
            Some(f) if f.replied.is_some() => "已答复",
            Some(f) if f.round > 1 => "二次办理中",
            Some(_) => "办理中",
        },
        other => other.label(),
    }
}

fn add(map: &mut BTreeMap<String, u32>, order: &mut Vec<String>, label: String) {
    if !map.contains_key(&label) {
        order.push(label.clone());
    }
    *map.entry(label).or_default() += 1;
}

/// A breakdown in first-seen order (or `sorted`: most first).
#[derive(Default)]
struct Tally {
    counts: BTreeMap<String, u32>,
    order: Vec<String>,
}

impl Tally {
    fn add(&mut self, label: impl Into<String>) {
        add(&mut self.counts, &mut self.order, label.into());
    }

    fn lines(self, sorted: bool) -> Vec<Count> {
        let mut out: Vec<Count> = self
            .order
            .into_iter()
            .map(|label| Count {
                count: self.counts[&label],
                label,
            })
            .collect();
        if sorted {
            out.sort_by_key(|c| std::cmp::Reverse(c.count));
        }
        out
    }
}

/// The worst answer of the lead deputies on each dimension of an item's
/// current replies (communication, attitude, result), once its
/// satisfaction is rated (`facts`).
fn worst_answers(state: &State, id: SuggestionId) -> Option<[Rating; 3]> {
    let a = state.handling.assignments.get(&id)?;
    let leads = crate::handling::lead_deputies(state, id);
    let mut worst: Option<[Rating; 3]> = None;
    for t in a.current().filter(|t| t.role.replies()) {
        let Some(r) = &t.replied else { continue };
        for d in &leads {
            if let Some(x) = r.answer(*d) {
                let f = &x.feedback;
                let now = [f.communication, f.attitude, f.result];
                worst = Some(match worst {
                    None => now,
                    Some(w) => [w[0].max(now[0]), w[1].max(now[1]), w[2].max(now[2])],
                });
            }
        }
    }
    worst
}

/// The figures of `scope` on `today`.
pub fn figures(state: &State, today: NaiveDate, scope: Scope) -> Figures {
    let in_scope = |id: SuggestionId| scope.holds(state, id);
    let mut items = 0;
    let (mut kind, mut session, mut category, mut delegation, mut stage) = (
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
        Tally::default(),
    );
    for s in state
        .raising
        .suggestions
        .values()
        .filter(|s| scope.covers(s))
    {
        items += 1;
        kind.add(s.draft.kind.label());
        session.add(state.session_name(s.draft.session));
        category.add(state.category_name(s.draft.category));
        delegation.add(match state.delegation_of(s) {
            Some(d) => state.delegation_name(d).to_string(),
            None => "（未知代表团）".to_string(),
        });
        stage.add(stage_label(state, s.id, today));
    }
    let (mut class, mut colour) = (Tally::default(), Tally::default());
    let mut units: BTreeMap<UnitId, (u32, u32)> = BTreeMap::new();
    let mut key = Vec::new();
    for (id, a) in &state.handling.assignments {
        if !in_scope(*id) {
            continue;
        }
        for t in a.current() {
            let line = units.entry(t.unit).or_default();
            match t.role {
                UnitRole::Co => line.1 += 1,
                _ => line.0 += 1,
            }
            if t.role.replies() {
                let first = t.rounds.first().map(|r| &r.replied).or(t.replied.as_ref());
                if let Some(r) = first {
                    class.add(r.reply.class.label());
                }
            }
        }
        let w = (a.closed.is_none()).then(|| warning(state, a, today));
        if let Some(w) = &w {
            colour.add(w.colour.label());
        }
        if state.supervision.is_key(*id) {
            let mut line = KeyLine {
                item: *id,
                assigned: true,
                steps: 0,
                steps_due: 0,
                reports: 0,
                commitments: Rate::default(),
                colour: w.as_ref().map(|w| w.colour),
                last: None,
            };
            for t in a.current() {
                let plan = t.steps.iter().rev().find_map(|(_, s)| match s {
                    Step::Planned(steps) => Some(steps),
                    _ => None,
                });
                if let Some(plan) = plan {
                    line.steps += plan.len() as u32;
                    line.steps_due += plan.iter().filter(|p| p.by <= today).count() as u32;
                }
                line.reports += t
                    .steps
                    .iter()
                    .filter(|(_, s)| matches!(s, Step::Progress(_)))
                    .count() as u32;
                if let Some(c) = t.commitment() {
                    line.commitments.of += 1;
                    if c.realised.is_some() {
                        line.commitments.count += 1;
                    }
                }
                if t.last_act
                    .is_some_and(|x| line.last.is_none_or(|l| x.0 > l.0))
                {
                    line.last = t.last_act;
                }
            }
            key.push(line);
        }
    }
    // The key items not assigned yet: listed, with no progress to count.
    for (id, _) in state
        .supervision
        .items
        .iter()
        .filter(|(id, o)| o.key.is_some() && in_scope(**id))
    {
        if !state.handling.assignments.contains_key(id) {
            key.push(KeyLine {
                item: *id,
                assigned: false,
                steps: 0,
                steps_due: 0,
                reports: 0,
                commitments: Rate::default(),
                colour: None,
                last: None,
            });
        }
    }
    key.sort_by_key(|k| {
        state
            .review_file(k.item)
            .and_then(|f| f.number)
            .map_or(u32::MAX, |(_, n)| n)
    });
    let settings = state.office.settings_on(today);
    let basis = settings.evaluation.satisfaction_basis;
    let result = [
        rates_on(
            state,
            today,
            None,
            in_scope,
            SatisfactionBasis::SatisfiedOrBasically,
        )
        .satisfaction,
        rates_on(
            state,
            today,
            None,
            in_scope,
            SatisfactionBasis::SatisfiedOnly,
        )
        .satisfaction,
    ];
    let mut all_three = [Rate::default(); 2];
    for id in state.handling.assignments.keys().filter(|i| in_scope(**i)) {
        let Some(f) = facts(state, *id, today) else {
            continue;
        };
        let counts: Option<[bool; 2]> = match f.satisfaction {
            Some(Satisfaction::Rated(_)) => worst_answers(state, *id).map(|w| {
                [
                    SatisfactionBasis::SatisfiedOrBasically,
                    SatisfactionBasis::SatisfiedOnly,
                ]
                .map(|b| w.iter().all(|r| satisfied(*r, b)))
            }),
            Some(Satisfaction::NoAnswer(NoFeedback::DeemedSatisfied)) => Some([true, true]),
            _ => None,
        };
        if let Some(c) = counts {
            for (rate, ok) in all_three.iter_mut().zip(c) {
                rate.of += 1;
                if ok {
                    rate.count += 1;
                }
            }
        }
    }
    let units = units
        .into_iter()
        .map(|(unit, (lead, co))| UnitLine {
            unit,
            lead,
            co,
            rates: rates_on(state, today, Some(unit), in_scope, basis),
        })
        .collect();
    Figures {
        items,
        by_kind: kind.lines(false),
        by_session: session.lines(false),
        by_category: category.lines(true),
        by_delegation: delegation.lines(true),
        by_stage: stage.lines(false),
        by_class: class.lines(false),
        by_colour: colour.lines(false),
        units,
        rates: rates_on(state, today, None, in_scope, basis),
        result,
        all_three,
        key,
    }
}

/// The rates of each year's items (by the year they were raised), oldest
/// first, with how many items each year raised.
pub fn trend(state: &State, today: NaiveDate) -> Vec<(i32, u32, Rates)> {
    let mut years: BTreeMap<i32, u32> = BTreeMap::new();
    for s in state.raising.suggestions.values() {
        *years.entry(s.created_on.year()).or_default() += 1;
    }
    let basis = state
        .office
        .settings_on(today)
        .evaluation
        .satisfaction_basis;
    years
        .into_iter()
        .map(|(y, n)| {
            let in_scope = |id: SuggestionId| Scope::Year(y).holds(state, id);
            (y, n, rates_on(state, today, None, in_scope, basis))
        })
        .collect()
}
