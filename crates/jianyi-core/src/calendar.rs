//! The working-day calendar and deadlines (domain.md §4). Working days
//! follow the national holiday table of each year, including the weekend
//! days worked in exchange (调休), which no general date library knows; the
//! table is data (`HolidayTable`, one per year), shipped for 2025 and 2026
//! from the State Council's notices. A year without a table counts only
//! weekends, and every deadline in it says so.
//!
//! Deadlines (`deadline`) follow the Civil Code: a period starts from an
//! act's business date, that day not counted by default (art. 201); a
//! period in months ends on the corresponding day of the last month, or
//! that month's last day when it has none (31 January + 1 month = 28/29
//! February); a deadline falling on a holiday moves to the next working day
//! (art. 203) by default. Each `Deadline` explains itself
//! (自2026年3月2日交办起3个月，至2026年6月2日).

use crate::read::ReadJson;
use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::dates::zh;
use crate::settings::Period;

/// Days off in a row, with the holiday's name (春节).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct DaysOff {
    pub name: String,
    pub from: NaiveDate,
    /// The last day off (inclusive).
    pub to: NaiveDate,
}

/// One year's holidays as the State Council's notice gives them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct HolidayTable {
    pub year: i32,
    pub off: Vec<DaysOff>,
    /// Weekend days worked in exchange (调休上班).
    pub worked: Vec<NaiveDate>,
    /// Where it comes from, e.g. 国务院办公厅关于2026年部分节假日安排的通知.
    pub source: String,
}

/// What a day is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayKind {
    Working,
    Weekend,
    /// A day off of the named holiday.
    Holiday(String),
    /// A weekend day worked in exchange (调休上班).
    MadeUp,
}

/// The holiday tables by year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(transparent)]
pub struct Holidays(pub BTreeMap<i32, HolidayTable>);

impl Default for Holidays {
    /// The tables shipped: 2025 and 2026.
    fn default() -> Holidays {
        Holidays(
            [table_2025(), table_2026()]
                .into_iter()
                .map(|t| (t.year, t))
                .collect(),
        )
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date in a shipped table")
}

fn off(name: &str, from: NaiveDate, to: NaiveDate) -> DaysOff {
    DaysOff {
        name: name.into(),
        from,
        to,
    }
}

/// 国务院办公厅关于2025年部分节假日安排的通知.
fn table_2025() -> HolidayTable {
    HolidayTable {
        year: 2025,
        off: vec![
            off("元旦", d(2025, 1, 1), d(2025, 1, 1)),
            off("春节", d(2025, 1, 28), d(2025, 2, 4)),
            off("清明节", d(2025, 4, 4), d(2025, 4, 6)),
            off("劳动节", d(2025, 5, 1), d(2025, 5, 5)),
            off("端午节", d(2025, 5, 31), d(2025, 6, 2)),
            off("国庆节、中秋节", d(2025, 10, 1), d(2025, 10, 8)),
        ],
        worked: vec![
            d(2025, 1, 26),
            d(2025, 2, 8),
            d(2025, 4, 27),
            d(2025, 9, 28),
            d(2025, 10, 11),
        ],
        source: "国务院办公厅关于2025年部分节假日安排的通知".into(),
    }
}

/// 国务院办公厅关于2026年部分节假日安排的通知.
fn table_2026() -> HolidayTable {
    HolidayTable {
        year: 2026,
        off: vec![
            off("元旦", d(2026, 1, 1), d(2026, 1, 3)),
            off("春节", d(2026, 2, 15), d(2026, 2, 23)),
            off("清明节", d(2026, 4, 4), d(2026, 4, 6)),
            off("劳动节", d(2026, 5, 1), d(2026, 5, 5)),
            off("端午节", d(2026, 6, 19), d(2026, 6, 21)),
            off("中秋节", d(2026, 9, 25), d(2026, 9, 27)),
            off("国庆节", d(2026, 10, 1), d(2026, 10, 7)),
        ],
        worked: vec![
            d(2026, 1, 4),
            d(2026, 2, 14),
            d(2026, 2, 28),
            d(2026, 5, 9),
            d(2026, 9, 20),
            d(2026, 10, 10),
        ],
        source: "国务院办公厅关于2026年部分节假日安排的通知".into(),
    }
}

impl Holidays {
    /// Whether `year` has a table (else only weekends are days off).
    pub fn has_table(&self, year: i32) -> bool {
        self.0.contains_key(&year)
    }

    /// What `day` is.
    pub fn day(&self, day: NaiveDate) -> DayKind {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        if let Some(table) = self.0.get(&day.year()) {
            if table.worked.contains(&day) {
                return DayKind::MadeUp;
            }
            if let Some(o) = table.off.iter().find(|o| o.from <= day && day <= o.to) {
                return DayKind::Holiday(o.name.clone());
            }
        }
        if weekend {
            DayKind::Weekend
        } else {
            DayKind::Working
        }
    }

    /// Whether `day` is a working day.
    pub fn is_working(&self, day: NaiveDate) -> bool {
        matches!(self.day(day), DayKind::Working | DayKind::MadeUp)
    }

    /// `day` if it is a working day, else the next one.
    pub fn working_on_or_after(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day;
        while !self.is_working(d) {
            d = next(d);
        }
        d
    }

    /// The `n`th working day after `start` (`start` not counted; n ≥ 1).
    pub fn working_days_after(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut d = start;
        let mut counted = 0;
        while counted < n {
            d = next(d);
            if self.is_working(d) {
                counted += 1;
            }
        }
        d
    }

    /// The years from `from` to `to` (inclusive) without a table.
    fn untabled(&self, from: NaiveDate, to: NaiveDate) -> Vec<i32> {
        (from.year()..=to.year())
            .filter(|y| !self.has_table(*y))
            .collect()
    }
}

fn next(d: NaiveDate) -> NaiveDate {
    d.checked_add_days(Days::new(1)).unwrap_or(d)
}

/// How periods are counted (both settings; the defaults follow the Civil
/// Code, arts. 201 and 203).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Counting {
    /// Whether the day a period starts from counts as its first day.
    pub count_start_day: bool,
    /// Whether a deadline falling on a day off moves to the next working
    /// day.
    pub move_off_holidays: bool,
}

impl Default for Counting {
    fn default() -> Counting {
        Counting {
            count_start_day: false,
            move_off_holidays: true,
        }
    }
}

/// A deadline with how it was computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Deadline {
    /// The business date the period starts from.
    pub start: NaiveDate,
    pub period: Period,
    pub counting: Counting,
    /// The last day.
    pub due: NaiveDate,
    /// The day the period ended on before it moved off a day off.
    pub moved_from: Option<NaiveDate>,
    /// Years the period touches that had no holiday table: counted by
    /// weekends only.
    pub untabled: Vec<i32>,
}

/// The deadline of `period` from `start` under `holidays` and `counting`.
pub fn deadline(
    holidays: &Holidays,
    start: NaiveDate,
    period: Period,
    counting: Counting,
) -> Deadline {
    // Counting the start day makes the period end one day earlier.
    let back = |d: NaiveDate| {
        if counting.count_start_day {
            d.checked_sub_days(Days::new(1)).unwrap_or(d)
        } else {
            d
        }
    };
    let end = match period {
        Period::Months(n) => back(start.checked_add_months(Months::new(n)).unwrap_or(start)),
        Period::Days(n) => back(
            start
                .checked_add_days(Days::new(u64::from(n)))
                .unwrap_or(start),
        ),
        Period::WorkingDays(n) => {
            if counting.count_start_day && holidays.is_working(start) {
                if n <= 1 {
                    start
                } else {
                    holidays.working_days_after(start, n - 1)
                }
            } else {
                holidays.working_days_after(start, n.max(1))
            }
        }
    };
    let due = if counting.move_off_holidays {
        holidays.working_on_or_after(end)
    } else {
        end
    };
    Deadline {
        start,
        period,
        counting,
        due,
        moved_from: (due != end).then_some(end),
        untabled: holidays.untabled(start, due),
    }
}

impl Deadline {
    /// How it was computed, e.g. 自2026年3月2日交办起3个月，至2026年6月2日;
    /// `act` names what started it (交办, 签收).
    pub fn explain(&self, act: &str) -> String {
        let mut out = format!(
            "自{}{act}起{}，至{}",
            zh(self.start),
            self.period.label(),
            zh(self.due)
        );
        if let Some(from) = self.moved_from {
            out.push_str(&format!("（{}为节假日，顺延至下一个工作日）", zh(from)));
        }
        if self.counting.count_start_day {
            out.push_str("（起算日当天计入）");
        }
        if !self.untabled.is_empty() {
            let years: Vec<String> = self.untabled.iter().map(|y| format!("{y}年")).collect();
            out.push_str(&format!(
                "（{}的节假日安排尚未录入，只按周末计算）",
                years.join("、")
            ));
        }
        out
    }
}

/// The word a line of a table's text starts with for a make-up day.
pub const MADE_UP_WORD: &str = "调休上班";
/// The prefix of a table's source line.
pub const SOURCE_PREFIX: &str = "来源：";

/// A year's table as a clerk types it, a line each: the source, each
/// holiday with its days off, each make-up day.
///
/// ```text
/// 来源：国务院办公厅关于2026年部分节假日安排的通知
/// 元旦 2026-01-01 至 2026-01-03
/// 调休上班 2026-01-04
/// ```
pub fn table_text(table: &HolidayTable) -> String {
    let mut lines = vec![format!("{SOURCE_PREFIX}{}", table.source)];
    for o in &table.off {
        if o.from == o.to {
            lines.push(format!("{} {}", o.name, crate::dates::ymd(o.from)));
        } else {
            lines.push(format!(
                "{} {} 至 {}",
                o.name,
                crate::dates::ymd(o.from),
                crate::dates::ymd(o.to)
            ));
        }
    }
    for w in &table.worked {
        lines.push(format!("{MADE_UP_WORD} {}", crate::dates::ymd(*w)));
    }
    lines.join("\n")
}

/// Reads a year's table from `table_text`'s lines (blank lines skipped;
/// `至`, `-`, `~` or a space between two dates; full-width spaces read as
/// spaces), or says which line is wrong and how. Whether the dates fit the
/// year is `SettingsGroup::check`'s to say.
pub fn parse_table(year: i32, text: &str) -> Result<HolidayTable, String> {
    let mut table = HolidayTable {
        year,
        off: Vec::new(),
        worked: Vec::new(),
        source: String::new(),
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.replace('\u{3000}', " ");
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = |what: &str| format!("{year}年节假日安排第{}行“{line}”：{what}", i + 1);
        if let Some(source) = line.strip_prefix(SOURCE_PREFIX) {
            table.source = source.trim().to_string();
            continue;
        }
        let mut words = line
            .split([' ', '\t', '~', '～'])
            .filter(|w| !w.is_empty() && *w != "至");
        let name = words.next().unwrap_or_default();
        let dates: Vec<NaiveDate> = words
            .map(|w| {
                crate::dates::parse_ymd(w)
                    .ok_or_else(|| at(&format!("“{w}”不是日期（应写作2027-01-01）")))
            })
            .collect::<Result<_, _>>()?;
        if name == MADE_UP_WORD {
            if dates.is_empty() {
                return Err(at("调休上班后须写日期"));
            }
            table.worked.extend(dates);
            continue;
        }
        let (from, to) = match dates.as_slice() {
            [one] => (*one, *one),
            [from, to] => (*from, *to),
            [] => return Err(at("节日名称后须写放假日期")),
            _ => return Err(at("放假日期只能写开始日和结束日两个日期")),
        };
        table.off.push(DaysOff {
            name: name.to_string(),
            from,
            to,
        });
    }
    Ok(table)
}
