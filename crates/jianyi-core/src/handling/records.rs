//! The records of handling: an item's `Assignment` and each unit's `Task`
//! on it, with the reply clock (`ReplyClock`) an assignment or a receipt
//! carries.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::{Counting, Deadline};
use crate::ids::{SuggestionId, UnitId};
use crate::settings::{ClockStart, Period, Settings};

/// How an item is handled: a lead unit (主办) with co-units (协办), or
/// several units each answering separately (分办).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Handling {
    Joint { lead: UnitId, co: Vec<UnitId> },
    Separate { units: Vec<UnitId> },
}

impl Handling {
    /// Every unit with its role, the lead (or the separate units) first.
    pub fn units(&self) -> Vec<(UnitId, UnitRole)> {
        match self {
            Handling::Joint { lead, co } => std::iter::once((*lead, UnitRole::Lead))
                .chain(co.iter().map(|u| (*u, UnitRole::Co)))
                .collect(),
            Handling::Separate { units } => {
                units.iter().map(|u| (*u, UnitRole::Separate)).collect()
            }
        }
    }
}

/// A unit's part in an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitRole {
    /// 主办: answers the deputy.
    Lead,
    /// 协办: sends its opinion to the lead unit.
    Co,
    /// 分办: one of several units each answering separately.
    Separate,
}

impl UnitRole {
    pub const ALL: [UnitRole; 3] = [UnitRole::Lead, UnitRole::Co, UnitRole::Separate];

    pub fn label(self) -> &'static str {
        match self {
            UnitRole::Lead => "主办",
            UnitRole::Co => "协办",
            UnitRole::Separate => "分办",
        }
    }

    /// Whether the unit answers the deputy itself, on the reply clock.
    pub fn replies(self) -> bool {
        matches!(self, UnitRole::Lead | UnitRole::Separate)
    }
}

/// A reply deadline with the rule that produced it: carried in the event
/// that started it, so a later change of the settings leaves it as it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyClock {
    /// What it counts from, as the settings said on the day.
    pub from: ClockStart,
    pub deadline: Deadline,
}

impl ReplyClock {
    /// How it was computed, e.g. 自2026年3月2日交办起3个月，至2026年6月2日.
    pub fn explain(&self) -> String {
        self.deadline.explain(self.from.act())
    }
}

/// The clocks an assignment runs on, as the assigning office's settings
/// said on its date: carried in the event, so a unit's copy (whose own
/// settings never travel) times its receipt and its return by the office's
/// rules, and a later change of settings leaves them as they were.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    pub reply: Period,
    pub reply_from: ClockStart,
    pub return_window: Period,
    pub return_from: ClockStart,
    pub counting: Counting,
}

impl Terms {
    /// The terms of `settings`.
    pub fn of(settings: &Settings) -> Terms {
        let d = &settings.deadlines;
        Terms {
            reply: d.reply,
            reply_from: d.reply_from,
            return_window: d.return_window,
            return_from: d.return_from,
            counting: settings.calendar.counting,
        }
    }
}

/// A unit's request to return a wrong assignment (退办).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnRequest {
    pub reason: String,
    pub asked_on: NaiveDate,
}

/// What became of a unit's task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskEnd {
    /// The office approved its return and gave the item to another unit.
    Returned {
        on: NaiveDate,
        to: UnitId,
        reason: String,
    },
}

/// One unit's part in an assigned item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub unit: UnitId,
    pub role: UnitRole,
    /// The business date it was given the item (assignment or
    /// reassignment).
    pub since: NaiveDate,
    /// 签收: the business date of its receipt.
    pub received_on: Option<NaiveDate>,
    /// Its reply deadline (a replying unit's; None until its receipt when
    /// the clock counts from receipt).
    pub clock: Option<ReplyClock>,
    /// A return asked and not yet decided.
    pub return_asked: Option<ReturnRequest>,
    /// Returns refused, each with the office's reason.
    pub refusals: Vec<(NaiveDate, String)>,
    /// The unit's latest act on the item (receipt, a return asked, and the
    /// acts of handling as they arrive): progress, for the warning.
    pub last_act: Option<(NaiveDate, &'static str)>,
    pub ended: Option<TaskEnd>,
}

impl Task {
    /// Whether it still holds the item.
    pub fn current(&self) -> bool {
        self.ended.is_none()
    }
}

/// An assigned item (交办).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub item: SuggestionId,
    /// The business date of the assignment.
    pub assigned_on: NaiveDate,
    /// Separate handling (分办): every unit answers.
    pub separate: bool,
    /// The clocks it runs on.
    pub terms: Terms,
    /// Every unit given the item, in order: current ones and those that
    /// returned it.
    pub tasks: Vec<Task>,
}

impl Assignment {
    /// The units holding the item now, in order.
    pub fn current(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(|t| t.current())
    }

    /// The current task of `unit`.
    pub fn task(&self, unit: UnitId) -> Option<&Task> {
        self.tasks.iter().find(|t| t.unit == unit && t.current())
    }

    pub(crate) fn task_mut(&mut self, unit: UnitId) -> Option<&mut Task> {
        self.tasks
            .iter_mut()
            .find(|t| t.unit == unit && t.current())
    }

    /// The lead unit now (None in separate handling).
    pub fn lead(&self) -> Option<UnitId> {
        self.current()
            .find(|t| t.role == UnitRole::Lead)
            .map(|t| t.unit)
    }

    /// The latest act of any unit on the item, or its assignment or a
    /// reassignment: what "without progress" counts from.
    pub fn last_progress(&self) -> (NaiveDate, &'static str) {
        self.tasks
            .iter()
            .filter_map(|t| t.last_act)
            .chain(
                self.tasks
                    .iter()
                    .filter(|t| t.since > self.assigned_on)
                    .map(|t| (t.since, "重新交办")),
            )
            .fold(
                (self.assigned_on, "交办"),
                |a, b| if b.0 >= a.0 { b } else { a },
            )
    }
}
