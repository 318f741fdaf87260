//! Early warning (预警): every assigned item is green, yellow or red on
//! the date of today, which the caller supplies (the core reads no
//! clock). Red: a replying unit's deadline has passed. Yellow: a deadline
//! is near (`warning_before_deadline`, 15 days by default), nothing has
//! happened on the item for a while (`warning_without_progress`, 30 days:
//! progress is any act of a unit on it — receipt, a return asked, and the
//! acts of handling as they arrive), or a unit has not signed for it by
//! the end of its return window, or a co-unit's opinion is late. An
//! approved extension moves the deadline; a reply stops its clock and
//! starts the disclosure's (red when a public reply is not published in
//! time). A manual warning a supervisor or a proposer raised
//! (`supervision`) is red until lifted. Green otherwise. Each colour says why;
//! the settings read are those in force today.

use chrono::{Days, Months, NaiveDate};

use crate::calendar::Holidays;
use crate::dates::zh;
use crate::directory::EntryRef;
use crate::handling::decide::unsigned_too_long;
use crate::handling::letter::co_opinion_due;
use crate::handling::records::{Assignment, Task, UnitRole};
use crate::ids::UnitId;
use crate::settings::Period;
use crate::state::State;

/// A warning colour, in order of urgency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Colour {
    Green,
    Yellow,
    Red,
}

impl Colour {
    pub const ALL: [Colour; 3] = [Colour::Red, Colour::Yellow, Colour::Green];

    pub fn label(self) -> &'static str {
        match self {
            Colour::Green => "绿",
            Colour::Yellow => "黄",
            Colour::Red => "红",
        }
    }

    /// What the colour means, for a legend.
    pub fn meaning(self) -> &'static str {
        match self {
            Colour::Green => "正常办理",
            Colour::Yellow => "临近期限、久无进展或逾期未签收",
            Colour::Red => "已超过答复期限，或有人工预警",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Colour::Green => "green",
            Colour::Yellow => "yellow",
            Colour::Red => "red",
        }
    }
}

/// An item's warning on a day: its colour, why, and its nearest deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub colour: Colour,
    /// Why, a sentence each, the most urgent first.
    pub reasons: Vec<String>,
    /// The nearest reply deadline of a unit holding it (None: none running
    /// yet, the clock counting from receipt).
    pub due: Option<NaiveDate>,
    /// Days from today to `due` (negative: overdue).
    pub days_left: Option<i64>,
}

impl Warning {
    /// The sort key of a warning board: red first, then yellow, then
    /// green; within a colour, the nearest deadline first.
    pub fn urgency(&self) -> (std::cmp::Reverse<Colour>, i64) {
        (
            std::cmp::Reverse(self.colour),
            self.days_left.unwrap_or(i64::MAX),
        )
    }
}

/// The warning of an assigned item on `today`, as the office sees it:
/// every unit holding it counts.
pub fn warning(state: &State, a: &Assignment, today: NaiveDate) -> Warning {
    warning_for(state, a, None, today)
}

/// The warning of an assigned item on `today` as `unit` sees it in its
/// inbox (None: the office's view): its own deadline (a co-unit's, the
/// lead unit's it works to) and its own receipt; the no-progress rule
/// reads the whole item.
pub fn warning_for(
    state: &State,
    a: &Assignment,
    unit: Option<UnitId>,
    today: NaiveDate,
) -> Warning {
    computed(state, a, unit, false, today)
}

/// The warning of an assigned item on `today` as its deputy sees it: the
/// office's view without the units' internal matters (a receipt or a
/// co-unit's opinion to the lead unit).
pub fn warning_for_deputy(state: &State, a: &Assignment, today: NaiveDate) -> Warning {
    computed(state, a, None, true, today)
}

fn computed(
    state: &State,
    a: &Assignment,
    unit: Option<UnitId>,
    deputy: bool,
    today: NaiveDate,
) -> Warning {
    let settings = state.office.settings_on(today);
    let own = unit.and_then(|u| a.task(u));
    let counts = |t: &Task| match own {
        None => true,
        Some(o) if o.role.replies() => t.unit == o.unit,
        Some(o) => t.unit == o.unit || t.role == UnitRole::Lead,
    };
    let holidays = &settings.calendar.holidays;
    let unit = |u| state.directory.entry_name(&EntryRef::Unit(u));
    let mut found: Vec<(Colour, String)> = Vec::new();
    let mut due: Option<NaiveDate> = None;
    let near =
        |d: NaiveDate| today >= before(holidays, d, settings.deadlines.warning_before_deadline);
    // Once every replying unit replied, only the disclosure's clock runs.
    let all_replied = a
        .current()
        .filter(|t| t.role.replies())
        .all(|t| t.replied.is_some());
    for t in a.current().filter(|t| counts(t)) {
        let extended = if t.approved_extension().is_some() {
            "，已延期"
        } else {
            ""
        };
        if let Some(d) = t.due().filter(|_| t.role.replies() && t.replied.is_none()) {
            due = Some(due.map_or(d, |x| x.min(d)));
            let left = (d - today).num_days();
            if left < 0 {
                found.push((
                    Colour::Red,
                    format!(
                        "{}已超过答复期限{}天（期限{}{extended}）",
                        unit(t.unit),
                        -left,
                        zh(d)
                    ),
                ));
            } else if near(d) {
                found.push((
                    Colour::Yellow,
                    format!(
                        "{}距答复期限还有{}天（期限{}{extended}）",
                        unit(t.unit),
                        left,
                        zh(d)
                    ),
                ));
            }
        }
        if let Some(r) = &t.replied
            && r.disclosed.is_none()
            && let Some(d) = r.disclosure_due.as_ref().map(|d| d.due)
        {
            let left = (d - today).num_days();
            if left < 0 {
                found.push((
                    Colour::Red,
                    format!("{}的答复逾期未公开（公开期限{}）", unit(t.unit), zh(d)),
                ));
            } else if near(d) {
                found.push((
                    Colour::Yellow,
                    format!("{}的答复尚未公开（公开期限{}）", unit(t.unit), zh(d)),
                ));
            }
        }

        let mine = own.is_none_or(|o| o.unit == t.unit);
        if let Some(closed) = unsigned_too_long(state, a, t, today).filter(|_| {
            mine && !deputy && !all_replied && t.replied.is_none() && t.rounds.is_empty()
        }) {
            found.push((
                Colour::Yellow,
                format!("{}逾期未签收（退办期限{}已过）", unit(t.unit), zh(closed)),
            ));
        }
    }
    // A co-unit's late opinion: the office's, the lead unit's and its own
    // concern.
    let sees_co = |t: &Task| own.is_none_or(|o| o.role == UnitRole::Lead || o.unit == t.unit);
    for t in a.current().filter(|t| {
        t.role == UnitRole::Co
            && t.opinion.is_none()
            && sees_co(t)
            && !all_replied
            && !deputy
            // Sent back after a reply: the opinion's time is past.
            && a.current().all(|x| x.rounds.is_empty())
    }) {
        let d = co_opinion_due(state, a, t).due;
        if today > d {
            found.push((
                Colour::Yellow,
                format!("{}的协办意见逾期未送（期限{}）", unit(t.unit), zh(d)),
            ));
        }
    }
    let (last, what) = a.last_progress();
    let quiet = settings.deadlines.warning_without_progress;
    // A replying unit that has replied is done with its part (分办).
    let own_done = own.is_some_and(|o| o.role.replies() && o.replied.is_some());
    if !all_replied && !own_done && today >= after(holidays, last, quiet) {
        found.push((
            Colour::Yellow,
            format!(
                "已{}天无进展（最近一次：{}，{}；满{}亮黄灯）",
                (today - last).num_days(),
                what,
                zh(last),
                quiet.label()
            ),
        ));
    }
    // A manual warning (人工预警) is red until lifted, for every view.
    let raised = state
        .supervision
        .of(a.item)
        .into_iter()
        .flat_map(|o| o.open_warnings());
    for w in raised.filter(|w| w.raised_on <= today) {
        found.push((
            Colour::Red,
            format!(
                "人工预警：{}（{}，{}）",
                w.reason,
                w.raised_by,
                zh(w.raised_on)
            ),
        ));
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.0));
    let colour = found.first().map_or(Colour::Green, |f| f.0);
    let mut reasons: Vec<String> = found.into_iter().map(|f| f.1).collect();
    if reasons.is_empty() {
        reasons.push(match due {
            _ if all_replied => "已答复".into(),
            Some(d) => format!("按期办理中（期限{}）", zh(d)),
            None => "按期办理中（答复期限自签收之日起算）".into(),
        });
    }
    Warning {
        colour,
        reasons,
        due,
        days_left: due.map(|d| (d - today).num_days()),
    }
}

/// The day `period` before `day`.
pub(crate) fn before(holidays: &Holidays, day: NaiveDate, period: Period) -> NaiveDate {
    match period {
        Period::Months(n) => day.checked_sub_months(Months::new(n)),
        Period::Days(n) => day.checked_sub_days(Days::new(u64::from(n))),
        Period::WorkingDays(n) => {
            let mut d = day;
            let mut left = n;
            while left > 0 {
                d = d.pred_opt().unwrap_or(d);
                if holidays.is_working(d) {
                    left -= 1;
                }
            }
            Some(d)
        }
    }
    .unwrap_or(day)
}

/// The day `period` after `day`.
fn after(holidays: &Holidays, day: NaiveDate, period: Period) -> NaiveDate {
    match period {
        Period::Months(n) => day.checked_add_months(Months::new(n)).unwrap_or(day),
        Period::Days(n) => day.checked_add_days(Days::new(u64::from(n))).unwrap_or(day),
        Period::WorkingDays(n) => holidays.working_days_after(day, n),
    }
}
