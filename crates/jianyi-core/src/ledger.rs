//! Reading an office's existing ledger (台账) for import (domain.md §5;
//! issue 18, deliverable 4, its first half): which column holds what
//! (`Field`, guessed from the headings by the names offices use, a clerk's
//! own mapping taking precedence), each row read into the facts it states
//! (`LedgerRow`) with every cell that cannot be read named in the
//! directory import's style (`CellError`), the rows whose item the office
//! already holds (an item is known by its session, kind and number), and
//! the gaps in the ledger's own numbers — listed, never filled; then the
//! items created from the rows (`import`), each at the stage its row
//! says, every act on its own day and marked as read from the ledger.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::directory::import::{CellError, list, normalise_header, parse_date};
use crate::handling::Rating;
use crate::ids::{CategoryId, DeputyId, SessionId, UnitId};
use crate::raising::SuggestionKind;
use crate::review::Series;
use crate::state::State;

/// What a ledger column holds: the ledger's columns as the workbook
/// writes them (`figures::workbook::LEDGER_COLUMNS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Session,
    Number,
    Kind,
    Title,
    LeadDeputy,
    Signers,
    Category,
    LeadUnits,
    CoUnits,
    AssignedOn,
    Due,
    RepliedOn,
    Class,
    Satisfaction,
    Realised,
    Status,
    Warning,
}

impl Field {
    pub const ALL: [Field; 17] = [
        Field::Session,
        Field::Number,
        Field::Kind,
        Field::Title,
        Field::LeadDeputy,
        Field::Signers,
        Field::Category,
        Field::LeadUnits,
        Field::CoUnits,
        Field::AssignedOn,
        Field::Due,
        Field::RepliedOn,
        Field::Class,
        Field::Satisfaction,
        Field::Realised,
        Field::Status,
        Field::Warning,
    ];

    /// The column's name in our own ledger.
    pub fn label(self) -> &'static str {
        crate::figures::workbook::LEDGER_COLUMNS[self as usize]
    }

    /// Other names offices give the column.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Session => &["会次", "会议", "届别", "会议名称"],
            Field::Number => &["编号", "建议编号", "建议号", "案件号"],
            Field::Kind => &["种类", "建议类型", "性质"],
            Field::Title => &["案由", "建议标题", "题目", "建议名称", "建议内容"],
            Field::LeadDeputy => &["领衔人", "提出人", "代表姓名", "代表", "领衔代表姓名"],
            Field::Signers => &["附议人数", "人数", "联名代表人数"],
            Field::Category => &["分类", "内容分类", "所属类别", "建议类别"],
            Field::LeadUnits => &["承办单位", "主办", "主办部门", "承办部门"],
            Field::CoUnits => &["协办", "会办单位", "协办部门"],
            Field::AssignedOn => &["交办时间", "交办日"],
            Field::Due => &["答复期限", "期限", "办结期限"],
            Field::RepliedOn => &["答复时间", "办复日期", "办复时间"],
            Field::Class => &["办理结果类别", "答复类型", "办理结果"],
            Field::Satisfaction => &["代表意见", "满意程度", "代表评价", "反馈意见"],
            Field::Realised => &["落实情况", "解决情况", "是否办成"],
            Field::Status => &["办理状态", "当前状态"],
            Field::Warning => &["预警颜色", "预警状态"],
        }
    }

    /// The field whose own name (`label`) this is: how a clerk's choice
    /// is kept and offered.
    pub fn from_label(label: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.label() == label)
    }

    /// A row cannot be read without it.
    pub fn required(self) -> bool {
        matches!(self, Field::Session | Field::Number | Field::Title)
    }

    fn matches(self, heading: &str) -> bool {
        let h = normalise_header(heading);
        h == self.label() || self.synonyms().contains(&h.as_str())
    }
}

/// The title of the item the office holds under `number` of `series`
/// (empty if its record is missing), or None when the number is free.
fn held_title(state: &State, series: Series, number: u32) -> Option<&str> {
    let held = state.review.numbers.get(&(series, number))?;
    Some(
        state
            .raising
            .suggestions
            .get(held)
            .map_or("", |x| x.draft.title.as_str()),
    )
}

/// Which field each column holds (None: not imported), in the file's
/// column order: a clerk's remembered choice for a heading first (None
/// there: the clerk chose not to import it), then our own names, then the
/// names offices use; each field once.
pub fn guess_mapping(
    headings: &[String],
    remembered: &[(String, Option<Field>)],
) -> Vec<Option<Field>> {
    let mut taken: BTreeSet<Field> = BTreeSet::new();
    let mut out: Vec<Option<Field>> = vec![None; headings.len()];
    let chosen = |h: &str| {
        let h = normalise_header(h);
        remembered
            .iter()
            .find(|(r, _)| normalise_header(r) == h)
            .map(|(_, f)| *f)
    };
    let mut pass = |pick: &dyn Fn(&str) -> Option<Field>, first: bool| {
        for (i, h) in headings.iter().enumerate() {
            if out[i].is_some() || (!first && chosen(h).is_some()) {
                continue;
            }
            if let Some(f) = pick(h).filter(|f| !taken.contains(f)) {
                taken.insert(f);
                out[i] = Some(f);
            }
        }
    };
    pass(&|h| chosen(h).flatten(), true);
    pass(
        &|h| {
            Field::ALL
                .into_iter()
                .find(|f| normalise_header(h) == f.label())
        },
        false,
    );
    pass(&|h| Field::ALL.into_iter().find(|f| f.matches(h)), false);
    out
}

/// The row holding the headings: the first of the first ten rows in
/// which three cells or more name a field (our workbook has a title line
/// above them).
pub fn heading_row(rows: &[Vec<String>]) -> Option<usize> {
    rows.iter().take(10).position(|r| {
        r.iter()
            .filter(|c| Field::ALL.into_iter().any(|f| f.matches(c)))
            .count()
            >= 3
    })
}

/// The 届次 a row names: a session of the directory, or a year's recess.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LedgerSession {
    Session(SessionId),
    Recess(i32),
}

/// What a ledger's 满意度 says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LedgerSatisfaction {
    Rated(Rating),
    /// 未反馈
    Unanswered,
    /// 期满未反馈，视为满意
    DeemedSatisfied,
}

/// What a ledger's 办成 says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LedgerRealised {
    /// 已解决: its class solves it.
    Solved,
    /// 已办成, on the date if given.
    Realised(Option<NaiveDate>),
    /// A commitment still open, promised by the date if given.
    Promised(Option<NaiveDate>),
    /// 留作参考或不能解决
    NotSolvable,
}

/// One ledger row as read: the facts it states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerRow {
    /// The row in the file, counted from 1 as Excel does.
    pub line: usize,
    pub session: LedgerSession,
    pub kind: SuggestionKind,
    pub number: u32,
    pub title: String,
    pub lead_deputy: Option<DeputyId>,
    pub signers: Option<u32>,
    pub category: Option<CategoryId>,
    /// Lead units, each with whether it handles separately (分办).
    pub lead_units: Vec<(UnitId, bool)>,
    pub co_units: Vec<UnitId>,
    pub assigned_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub replied_on: Option<NaiveDate>,
    /// Reply class codes (A, B …) of the settings.
    pub classes: Vec<String>,
    pub satisfaction: Option<LedgerSatisfaction>,
    pub realised: Option<LedgerRealised>,
    /// 状态 says 已办结.
    pub closed: bool,
}

impl LedgerRow {
    /// The series its number belongs to.
    pub fn series(&self) -> Series {
        match self.session {
            LedgerSession::Session(s) => Series::Session(s, self.kind),
            LedgerSession::Recess(year) => Series::Recess(year),
        }
    }
}

/// A ledger read: its rows, what cannot be read, what is held already,
/// and the gaps in its numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerPreview {
    /// Problems with the file as a whole (a required column not mapped).
    pub file_errors: Vec<String>,
    pub rows: Vec<LedgerRow>,
    pub errors: Vec<CellError>,
    /// Rows whose item the office holds already (by session, kind and
    /// number), by line: importing them adds nothing.
    pub known: Vec<usize>,
    /// Each series' numbers missing between its first and last, the
    /// ledger's and the office's own together (listed, not filled; at most
    /// `MAX_GAPS` each, with how many in all).
    pub gaps: Vec<(String, Vec<u32>, usize)>,
    /// The file's headings not imported.
    pub ignored: Vec<String>,
}

/// The most missing numbers listed for one series.
pub const MAX_GAPS: usize = 100;

fn by_name<K: Copy, T>(
    map: &BTreeMap<K, crate::directory::records::Entry<T>>,
    name: impl Fn(&T) -> &str,
    wanted: &str,
) -> Option<K> {
    map.iter()
        .find(|(_, e)| name(&e.record) == wanted)
        .map(|(id, _)| *id)
}

/// The deputy a cell names: 姓名, or 姓名（代表团） where two deputies
/// share the name (as our ledger writes it).
fn deputy(state: &State, cell: &str) -> Result<DeputyId, String> {
    let (name, delegation) = match cell.strip_suffix('）').and_then(|c| c.split_once('（')) {
        Some((n, d)) => (n.trim(), Some(d.trim())),
        None => (cell, None),
    };
    let found: Vec<(DeputyId, &str)> = state
        .directory
        .deputies
        .iter()
        .filter(|(_, d)| d.record.name == name)
        .map(|(id, d)| (*id, state.delegation_name(d.record.delegation)))
        .filter(|(_, g)| delegation.is_none_or(|want| *g == want))
        .collect();
    match found.as_slice() {
        [(id, _)] => Ok(*id),
        [] => Err(match delegation {
            Some(g) => format!("名册中{g}没有代表“{name}”"),
            None => format!("名册中没有代表“{name}”"),
        }),
        several => Err(format!(
            "名册中有{}位代表叫“{name}”（{}），请写成“{name}（代表团）”",
            several.len(),
            several
                .iter()
                .map(|(_, g)| *g)
                .collect::<Vec<_>>()
                .join("、")
        )),
    }
}

/// ASCII digits for full-width ones (１２ → 12).
fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            _ => c,
        })
        .collect()
}

/// The number in a 案号 cell: what stands at `{n}` of the office's number
/// format (建字〔2026〕{n}号, 第{n}号), after any kind or series before it
/// (建议第12号); else the last run of digits (012, 12). Full-width digits
/// count; 0 is no number.
pub fn number_in(cell: &str, format: &str) -> Option<u32> {
    let cell = ascii_digits(cell.trim());
    let (before, after) = format.split_once("{n}").unwrap_or(("", ""));
    let by_format = cell
        .rfind(before)
        .filter(|_| !before.is_empty() || !after.is_empty())
        .map(|at| &cell[at + before.len()..])
        .and_then(|rest| {
            rest.strip_suffix(after)
                .or((after.is_empty()).then_some(rest))
        })
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
    let digits = match by_format {
        Some(d) => d.to_string(),
        None => {
            let runs: Vec<&str> = cell
                .split(|c: char| !c.is_ascii_digit())
                .filter(|r| !r.is_empty())
                .collect();
            (*runs.last()?).to_string()
        }
    };
    digits.parse().ok().filter(|n| *n > 0)
}

fn year_of_recess(cell: &str) -> Option<i32> {
    let (year, rest) = cell.split_once('年')?;
    rest.contains("闭会").then(|| year.trim().parse().ok())?
}

/// The names a list cell holds, known by `find`: a name may itself hold
/// a separator (县委宣传部（县新闻出版局、县版权局）), so pieces are
/// joined again, longest first, until they name one. The pieces that name
/// nothing come back as errors.
fn names_in<K>(cell: &str, find: impl Fn(&str) -> Option<K>) -> (Vec<K>, Vec<String>) {
    let pieces = list(cell);
    let (mut found, mut unknown) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < pieces.len() {
        let hit = (i + 1..=pieces.len())
            .rev()
            .find_map(|j| find(&pieces[i..j].join("、")).map(|k| (k, j)));
        match hit {
            Some((k, j)) => {
                found.push(k);
                i = j;
            }
            None => {
                unknown.push(pieces[i].clone());
                i += 1;
            }
        }
    }
    (found, unknown)
}

/// A date inside a cell's full-width brackets or after 承诺 and before 前:
/// 已办成（2026年6月15日）, 承诺2026年12月31日前办成.
fn date_within(cell: &str) -> Option<&str> {
    if let Some((_, rest)) = cell.split_once('（') {
        return rest.split_once('）').map(|(d, _)| d);
    }
    cell.strip_prefix("承诺")
        .and_then(|rest| rest.split_once('前'))
        .map(|(d, _)| d)
}

/// Reads `rows` with the headings at `head` (`heading_row`, or the row a
/// clerk pointed at) and `mapping` (one entry per column of that row).
pub fn preview(
    state: &State,
    rows: &[Vec<String>],
    head: usize,
    mapping: &[Option<Field>],
) -> LedgerPreview {
    let mut p = LedgerPreview {
        file_errors: Vec::new(),
        rows: Vec::new(),
        errors: Vec::new(),
        known: Vec::new(),
        gaps: Vec::new(),
        ignored: Vec::new(),
    };
    let Some(headings) = rows.get(head) else {
        p.file_errors.push("文件中没有数据".into());
        return p;
    };
    for f in Field::ALL.into_iter().filter(|f| f.required()) {
        if !mapping.contains(&Some(f)) {
            p.file_errors.push(format!(
                "缺少“{}”列：请在对应关系中指明哪一列是{}",
                f.label(),
                f.label()
            ));
        }
    }
    p.ignored = headings
        .iter()
        .enumerate()
        .filter(|(i, h)| mapping.get(*i).copied().flatten().is_none() && !h.trim().is_empty())
        .map(|(_, h)| h.trim().to_string())
        .collect();
    if !p.file_errors.is_empty() {
        return p;
    }
    // A cell is named by the file's heading, with ours where they differ:
    // 第5行“会议名称（届次）”.
    let column_of = |f: Field| -> Option<usize> { mapping.iter().position(|m| *m == Some(f)) };
    let column_name = |f: Field| -> String {
        let theirs = column_of(f)
            .and_then(|c| headings.get(c))
            .map(|h| h.trim().to_string())
            .unwrap_or_default();
        if theirs.is_empty() || normalise_header(&theirs) == f.label() {
            f.label().to_string()
        } else {
            format!("{theirs}（{}）", f.label())
        }
    };
    let dir = &state.directory;
    let settings = state.settings();
    let format = settings.numbering.number_format.clone();
    // Every row with a series and a number, for repeats and gaps, and
    // whether it read cleanly.
    let mut numbered: Vec<(Series, u32, usize, bool)> = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(head + 1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = i + 1;
        let cell = |f: Field| -> &str {
            column_of(f)
                .and_then(|c| row.get(c))
                .map_or("", |c| c.trim())
        };
        let mut errors: Vec<CellError> = Vec::new();
        let mut fail = |f: Field, message: String| {
            errors.push(CellError {
                line,
                column: column_name(f),
                message,
            })
        };
        let session = match cell(Field::Session) {
            "" => {
                fail(Field::Session, "届次必填".into());
                None
            }
            c => match by_name(&dir.sessions, |s| s.name.as_str(), c) {
                Some(s) => Some(LedgerSession::Session(s)),
                None => match year_of_recess(c) {
                    Some(y) => Some(LedgerSession::Recess(y)),
                    None => {
                        fail(
                            Field::Session,
                            format!("名册中没有会次“{c}”；闭会期间的建议请写“2026年闭会期间”"),
                        );
                        None
                    }
                },
            },
        };
        let kind = match cell(Field::Kind) {
            "" | "建议" => SuggestionKind::Suggestion,
            "议案" => SuggestionKind::Motion,
            other => {
                fail(Field::Kind, format!("“{other}”不是建议或议案"));
                SuggestionKind::Suggestion
            }
        };
        let n = match cell(Field::Number) {
            "" => {
                fail(Field::Number, "案号必填".into());
                None
            }
            c => {
                let n = number_in(c, &format);
                if n.is_none() {
                    fail(Field::Number, format!("“{c}”中没有大于0的案号数字"));
                }
                n
            }
        };
        let title = cell(Field::Title).to_string();
        if title.is_empty() {
            fail(Field::Title, "标题必填".into());
        }
        let lead_deputy = match cell(Field::LeadDeputy) {
            "" => None,
            c => match deputy(state, c) {
                Ok(d) => Some(d),
                Err(message) => {
                    fail(Field::LeadDeputy, message);
                    None
                }
            },
        };
        let signers = match cell(Field::Signers) {
            "" => None,
            c => {
                let v = ascii_digits(c).trim_end_matches('人').parse::<u32>().ok();
                if v.is_none() {
                    fail(Field::Signers, format!("“{c}”不是人数"));
                }
                v
            }
        };
        let category = match cell(Field::Category) {
            "" => None,
            name => {
                let c = by_name(&dir.categories, |c| c.name.as_str(), name);
                if c.is_none() {
                    fail(Field::Category, format!("名册中没有类别“{name}”"));
                }
                c
            }
        };
        let mut units = |f: Field| -> Vec<(UnitId, bool)> {
            let (found, unknown) = names_in(cell(f), |name| {
                let (name, separate) = match name.strip_suffix("（分办）") {
                    Some(n) => (n, true),
                    None => (name, false),
                };
                by_name(&dir.units, |u| u.name.as_str(), name).map(|u| (u, separate))
            });
            for name in unknown {
                fail(f, format!("名册中没有承办单位“{name}”"));
            }
            found
        };
        let lead_units = units(Field::LeadUnits);
        let co_units = units(Field::CoUnits).into_iter().map(|(u, _)| u).collect();
        let mut date = |f: Field| match cell(f) {
            "" => None,
            c => {
                let d = parse_date(c);
                if d.is_none() {
                    fail(f, format!("“{c}”不是日期"));
                }
                d
            }
        };
        let assigned_on = date(Field::AssignedOn);
        let due = date(Field::Due);
        let replied_on = date(Field::RepliedOn);
        // Classes by their label (B类（正在解决或列入计划）), code (B, B类)
        // or name, several separated by ；, as the settings in force on the
        // assignment had them (today's without one).
        let in_force = assigned_on.map(|d| state.office.settings_on(d));
        let settings: &crate::settings::Settings = in_force.as_deref().unwrap_or(settings);
        let classes: Vec<String> = cell(Field::Class)
            .split(['；', ';', '\n'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .filter_map(|c| {
                let code = c.strip_suffix('类').unwrap_or(c);
                let found = settings
                    .reply_classes
                    .iter()
                    .find(|k| k.label() == c || k.code == code || k.name == c)
                    .map(|k| k.code.clone());
                if found.is_none() {
                    let when = assigned_on.map_or(String::new(), |d| {
                        format!("交办之日（{}）的", crate::dates::zh(d))
                    });
                    fail(Field::Class, format!("{when}设置中没有答复类别“{c}”"));
                }
                found
            })
            .collect();
        let satisfaction = match cell(Field::Satisfaction) {
            "" => None,
            c if c.starts_with("待反馈") => None,
            "满意" => Some(LedgerSatisfaction::Rated(Rating::Satisfied)),
            "基本满意" => Some(LedgerSatisfaction::Rated(Rating::BasicallySatisfied)),
            "不满意" => Some(LedgerSatisfaction::Rated(Rating::Dissatisfied)),
            "未反馈" => Some(LedgerSatisfaction::Unanswered),
            c if c.contains("视为满意") => Some(LedgerSatisfaction::DeemedSatisfied),
            c => {
                fail(
                    Field::Satisfaction,
                    format!("“{c}”不是满意、基本满意、不满意或未反馈"),
                );
                None
            }
        };
        let mut dated = |c: &str| -> Option<NaiveDate> {
            let d = date_within(c)?;
            let parsed = parse_date(d);
            if parsed.is_none() {
                fail(Field::Realised, format!("“{d}”不是日期"));
            }
            parsed
        };
        let realised = match cell(Field::Realised) {
            "" => None,
            "已解决" => Some(LedgerRealised::Solved),
            c if c.starts_with("已办成") => Some(LedgerRealised::Realised(dated(c))),
            c if c.starts_with("承诺") => Some(LedgerRealised::Promised(dated(c))),
            c if c.starts_with("留作参考") || c.contains("不能解决") => {
                Some(LedgerRealised::NotSolvable)
            }
            c => {
                fail(
                    Field::Realised,
                    format!("“{c}”不是已解决、已办成、承诺事项或留作参考"),
                );
                None
            }
        };
        let closed = cell(Field::Status).starts_with("已办结");
        let Some(session) = session else {
            p.errors.extend(errors);
            continue;
        };
        let series = match session {
            LedgerSession::Session(s) => Series::Session(s, kind),
            LedgerSession::Recess(y) => Series::Recess(y),
        };
        if let Some(number) = n {
            // The same item twice in the file.
            if let Some(first) = numbered
                .iter()
                .find(|(s, k, _, _)| *s == series && *k == number)
            {
                errors.push(CellError {
                    line,
                    column: column_name(Field::Number),
                    message: format!("与第{}行是同一件（届次、类型和案号相同）", first.2),
                });
            }
            // Held already: the same item, or another under its number.
            if let Some(theirs) = held_title(state, series, number) {
                if theirs == title {
                    p.known.push(line);
                } else {
                    errors.push(CellError {
                        line,
                        column: column_name(Field::Number),
                        message: format!(
                            "本单位的{}第{number}号是“{theirs}”，与台账的标题不同",
                            crate::review::series_name(state, series)
                        ),
                    });
                }
            }
            numbered.push((series, number, line, errors.is_empty()));
        }
        if errors.is_empty()
            && let Some(number) = n
        {
            p.rows.push(LedgerRow {
                line,
                session,
                kind,
                number,
                title,
                lead_deputy,
                signers,
                category,
                lead_units,
                co_units,
                assigned_on,
                due,
                replied_on,
                classes,
                satisfaction,
                realised,
                closed,
            });
        }
        p.errors.extend(errors);
    }
    // Gaps in each series the ledger numbers in, every numbered row
    // counted with the numbers the office holds there: a number skipped is
    // never given later (the series goes on after its largest).
    let mut series: BTreeMap<Series, BTreeSet<u32>> = BTreeMap::new();
    for (s, n, _, _) in &numbered {
        series.entry(*s).or_default().insert(*n);
    }
    for (s, numbers) in series.iter_mut() {
        numbers.extend(
            state
                .review
                .numbers
                .range((*s, 0)..=(*s, u32::MAX))
                .map(|((_, n), _)| *n),
        );
    }
    for (s, numbers) in series {
        let (Some(first), Some(last)) = (numbers.first(), numbers.last()) else {
            continue;
        };
        let all = (last - first + 1) as usize - numbers.len();
        if all > 0 {
            let listed: Vec<u32> = (*first..*last)
                .filter(|n| !numbers.contains(n))
                .take(MAX_GAPS)
                .collect();
            p.gaps
                .push((crate::review::series_name(state, s), listed, all));
        }
    }
    p
}

/// Why a ledger's rows cannot be imported: the office may not, or rows
/// state facts that cannot stand together. Nothing is stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportRefused {
    pub file_errors: Vec<String>,
    pub errors: Vec<CellError>,
}

/// The events that create the items of `rows` (read by `preview` from
/// the file `file`), each at the stage its row says:
/// - the suggestion, raised at its session's opening (in recess, on its
///   acceptance), with the lead deputy and category the ledger names
///   (`default_category` where it names none);
/// - accepted under its own number in its series (`ReviewEvent::Imported`,
///   with the file, row, import date and the ledger's 联名人数), at the
///   session's close or on its assignment (else its reply) if earlier,
///   never after the import; a motion with units
///   is one the presidium decided to handle as a suggestion;
/// - assigned on its 交办日期 (else on its acceptance) to its units, on
///   the terms in force that day, due on the ledger's 办理期限 (else as
///   the terms compute it);
/// - replied on its 答复日期 by each replying unit with its class (one
///   class for all, or one per unit in order), a commitment class with
///   its promise date; not public, since a ledger holds no reply text;
/// - the lead deputy's rating (满意度) on each reply, on all three
///   dimensions alike, as a ledger holds one; a 不满意 read from a ledger
///   starts no second handling, and 未反馈 or 视为满意 records nothing
///   (the clocks say it, as for any reply);
/// - a commitment marked 已办成 on its date (else on the reply's);
/// - received by every unit on its assignment (a ledger's item was
///   handled; no receipt warning is owed), and closed (已办结) on its last
///   act where 状态 says so.
///
/// A row's dates must stand together — none after today, none before its
/// session opened or its recess year began, the deadline not before the
/// assignment, a promise or 办成 not before the reply — and a unit is
/// named once; a motion is never raised in recess. A ledger's own 办理期限
/// stands as so many calendar days from the assignment.
///
/// Rows whose item the office holds (by series and number) add nothing,
/// so a ledger imported twice adds nothing the second time; a row under a
/// number held by another title is refused. Every act is
/// the operator's of `ctx` with `How::Ledger`; the events apply in order
/// on `state`, or nothing is returned. Only the numbering office imports,
/// and only for dates on which it numbered: a ledger's numbers are its
/// series.
pub fn import(
    state: &State,
    file: &str,
    rows: &[LedgerRow],
    default_category: Option<CategoryId>,
    ctx: &crate::command::Ctx,
) -> Result<Vec<crate::event::Event>, ImportRefused> {
    use crate::event::EventKind;
    use crate::handling::{Disclosure, Feedback, Handling, HandlingEvent, Promise, Reply, Terms};
    use crate::raising::{Draft, RaisingEvent};
    use crate::review::{LedgerSource, MotionDecision, ReviewEvent};
    use crate::settings::{ClockStart, ReplyOutcome};
    use chrono::Datelike;

    let today = ctx.business_date;
    let mut refused = ImportRefused::default();
    if state.numbering_office_on(today).is_none()
        || crate::office::registering_desk(state, today) != Some(ctx.actor.desk)
    {
        refused.file_errors.push(
            "台账只能由立案编号的机关导入：请在代表工委（乡镇为人大主席团）的工作台导入".into(),
        );
        return Err(refused);
    }
    let file = file.trim();
    if file.is_empty() {
        refused.file_errors.push("台账文件名为空".into());
        return Err(refused);
    }
    let mut scratch = state.clone();
    let mut events = Vec::new();
    for row in rows {
        let line = row.line;
        // Held already (before, or from an earlier row of this file): the
        // same item adds nothing; another under its number is refused.
        if let Some(theirs) = held_title(&scratch, row.series(), row.number) {
            if theirs != row.title {
                refused.errors.push(CellError {
                    line,
                    column: Field::Number.label().to_string(),
                    message: format!(
                        "{}第{}号已是“{theirs}”，与本行的标题不同",
                        crate::review::series_name(&scratch, row.series()),
                        row.number
                    ),
                });
            }
            continue;
        }
        let mut errors: Vec<CellError> = Vec::new();
        let mut fail = |f: Field, message: String| {
            errors.push(CellError {
                line,
                column: f.label().to_string(),
                message,
            })
        };
        let lead = row.lead_deputy;
        if lead.is_none() {
            fail(
                Field::LeadDeputy,
                "领衔代表必填：导入的建议须有领衔代表".into(),
            );
        }
        let category = row.category.or(default_category);
        if category.is_none() {
            fail(
                Field::Category,
                "类别为空：请填写类别，或在导入时指定未填类别的建议归入哪一类".into(),
            );
        }
        let session = match row.session {
            LedgerSession::Session(id) => state.directory.sessions.get(&id).map(|e| &e.record),
            LedgerSession::Recess(_) => None,
        };
        // Raised at the session's opening; accepted at its close or on the
        // assignment (else the reply) if earlier, never after today. In
        // recess both on the assignment (else the reply) within the year,
        // else today within the year, else the year's last day.
        let first_act = row.assigned_on.or(row.replied_on);
        let (raised_on, accepted_on) = match (row.session, session) {
            (LedgerSession::Session(_), Some(x)) => {
                let accepted = first_act.map_or(x.ends, |a| a.min(x.ends)).min(today);
                (x.starts.min(accepted), accepted)
            }
            (LedgerSession::Recess(year), _) => {
                let on = first_act
                    .filter(|d| d.year() == year)
                    .or_else(|| (today.year() == year).then_some(today))
                    .or_else(|| NaiveDate::from_ymd_opt(year, 12, 31))
                    .unwrap_or(today);
                (on, on)
            }
            (LedgerSession::Session(_), None) => (today, today),
        };
        let zh = crate::dates::zh;
        // The dates must stand together: no act after today; none before
        // its session opened or its recess year began; the deadline not
        // before the assignment; a promise or its 办成 not before the reply.
        let acts = [
            (Field::AssignedOn, row.assigned_on),
            (Field::RepliedOn, row.replied_on),
        ];
        let realised_on = match row.realised {
            Some(LedgerRealised::Realised(d)) => d,
            _ => None,
        };
        for (f, d) in acts.into_iter().chain([(Field::Realised, realised_on)]) {
            if let Some(d) = d.filter(|d| *d > today) {
                fail(f, format!("{}晚于今天（{}）", zh(d), zh(today)));
            }
        }
        let opened = match (row.session, session) {
            (LedgerSession::Session(_), Some(x)) => Some((x.starts, "会次开幕")),
            (LedgerSession::Recess(year), _) => {
                if year > today.year() {
                    fail(Field::Session, format!("{year}年还没有到"));
                }
                NaiveDate::from_ymd_opt(year, 1, 1).map(|d| (d, "该年闭会期间"))
            }
            (LedgerSession::Session(_), None) => None,
        };
        if let Some((from, what)) = opened {
            for (f, d) in acts {
                if let Some(d) = d.filter(|d| *d < from) {
                    fail(f, format!("{}早于{what}（{}）", zh(d), zh(from)));
                }
            }
        }
        if let (Some(due), Some(on)) = (row.due, row.assigned_on)
            && due < on
        {
            fail(
                Field::Due,
                format!("办理期限{}早于交办日期{}", zh(due), zh(on)),
            );
        }
        let promised_on = match row.realised {
            Some(LedgerRealised::Promised(d) | LedgerRealised::Realised(d)) => d,
            _ => None,
        };
        if let (Some(d), Some(r)) = (promised_on, row.replied_on)
            && d < r
        {
            fail(Field::Realised, format!("{}早于答复日期{}", zh(d), zh(r)));
        }
        if row.kind == SuggestionKind::Motion && matches!(row.session, LedgerSession::Recess(_)) {
            fail(Field::Kind, "闭会期间只提出建议，没有议案".into());
        }
        if row.closed && row.replied_on.is_none() {
            fail(Field::Status, "已办结而没有答复".into());
        }
        let units: Vec<UnitId> = row.lead_units.iter().map(|(u, _)| *u).collect();
        let mut named: Vec<UnitId> = Vec::new();
        for u in units.iter().chain(&row.co_units) {
            if named.contains(u) {
                let name = state
                    .directory
                    .entry_name(&crate::directory::EntryRef::Unit(*u));
                fail(Field::LeadUnits, format!("承办单位“{name}”写了两次"));
            }
            named.push(*u);
        }
        let separate = units.len() > 1 || row.lead_units.iter().any(|(_, s)| *s);
        if separate && !row.co_units.is_empty() {
            fail(
                Field::CoUnits,
                "分办的建议由各单位分别答复，不设协办单位".into(),
            );
        }
        if units.is_empty() && !row.co_units.is_empty() {
            fail(Field::LeadUnits, "有协办单位而没有主办单位".into());
        }
        let assigned_on = row.assigned_on.unwrap_or(accepted_on);
        for d in [accepted_on, assigned_on] {
            if state.numbering_office_on(d).is_none() {
                fail(
                    Field::Number,
                    format!(
                        "{}本单位还不是立案编号的机关（乡镇人大主席团须在乡镇模式下）：请先在设置中把乡镇模式的生效日期设在台账最早的日期之前",
                        zh(d)
                    ),
                );
                break;
            }
        }
        let terms = Terms::of(&state.office.settings_on(assigned_on));
        let replied = row.replied_on.is_some() || !row.classes.is_empty();
        let mut classes = Vec::new();
        if replied {
            if units.is_empty() {
                fail(Field::LeadUnits, "有答复而没有主办单位".into());
            }
            match row.replied_on {
                None => fail(Field::RepliedOn, "有答复类别而没有答复日期".into()),
                Some(d) if d < assigned_on => fail(
                    Field::RepliedOn,
                    format!(
                        "答复日期{}早于交办日期{}",
                        crate::dates::zh(d),
                        crate::dates::zh(assigned_on)
                    ),
                ),
                Some(_) => {}
            }
            if row.classes.is_empty() {
                fail(Field::Class, "有答复日期而没有答复类别".into());
            } else if row.classes.len() != 1 && row.classes.len() != units.len() {
                fail(
                    Field::Class,
                    format!(
                        "答复类别{}个，主办单位{}个：请写一个类别，或每个分办单位各写一个",
                        row.classes.len(),
                        units.len()
                    ),
                );
            }
            for code in &row.classes {
                match terms.classes.iter().find(|c| c.code == *code) {
                    Some(c) => classes.push(c.clone()),
                    None => fail(
                        Field::Class,
                        format!(
                            "交办之日（{}）的设置中没有答复类别“{code}”",
                            crate::dates::zh(assigned_on)
                        ),
                    ),
                }
            }
        } else if matches!(row.satisfaction, Some(LedgerSatisfaction::Rated(_))) {
            fail(Field::Satisfaction, "有满意度而没有答复".into());
        }
        if matches!(row.realised, Some(LedgerRealised::Realised(_))) && !replied {
            fail(Field::Realised, "已办成而没有答复".into());
        }
        let (Some(lead), Some(category)) = (lead, category) else {
            refused.errors.extend(errors);
            continue;
        };
        if !errors.is_empty() {
            refused.errors.extend(errors);
            continue;
        }
        let id: crate::ids::SuggestionId = ctx.ids.next();
        let mut kinds: Vec<(NaiveDate, EventKind)> = Vec::new();
        let draft = Draft {
            title: row.title.clone(),
            basis: String::new(),
            ask: String::new(),
            measures: String::new(),
            category,
            kind: row.kind,
            session: match row.session {
                LedgerSession::Session(s) => Some(s),
                LedgerSession::Recess(_) => None,
            },
            lead_deputy: lead,
            by_delegation: false,
            opinions: Vec::new(),
            negative_confirmed: Vec::new(),
        };
        kinds.push((raised_on, RaisingEvent::DraftCreated { id, draft }.into()));
        kinds.push((
            accepted_on,
            ReviewEvent::Imported {
                id,
                number: row.number,
                source: LedgerSource {
                    file: file.to_string(),
                    line: line as u32,
                    imported_on: today,
                    proposers: row.signers.unwrap_or(1).max(1),
                },
            }
            .into(),
        ));
        if !units.is_empty() {
            if row.kind == SuggestionKind::Motion {
                kinds.push((
                    accepted_on,
                    ReviewEvent::MotionDecided {
                        id,
                        decision: MotionDecision::HandleAsSuggestion,
                    }
                    .into(),
                ));
            }
            let handling = if separate {
                Handling::Separate {
                    units: units.clone(),
                }
            } else {
                Handling::Joint {
                    lead: units[0],
                    co: row.co_units.clone(),
                }
            };
            // Due on the ledger's day; else as the terms compute it, from
            // the session's close where they count from it.
            // Where the clock counts from receipt, the receipt (on the
            // assignment) starts it.
            let (from, start) = match (terms.reply_from, session) {
                (ClockStart::SessionClose, Some(x)) => (ClockStart::SessionClose, x.ends),
                (ClockStart::Receipt, _) => (ClockStart::Receipt, assigned_on),
                _ => (ClockStart::Assignment, assigned_on),
            };
            let mut clock =
                crate::handling::decide::reply_clock(state, &terms, from, start, assigned_on);
            // A ledger's own 办理期限: so many calendar days from the
            // assignment, which is how it explains itself.
            if let Some(due) = row.due.filter(|d| *d != clock.deadline.due) {
                let days =
                    (due - assigned_on).num_days() + i64::from(terms.counting.count_start_day);
                clock.deadline = crate::calendar::Deadline {
                    start: assigned_on,
                    period: crate::settings::Period::Days(days.max(0) as u32),
                    counting: terms.counting,
                    due,
                    moved_from: None,
                    untabled: Vec::new(),
                };
            }
            let from_receipt = from == ClockStart::Receipt;
            kinds.push((
                assigned_on,
                HandlingEvent::Assigned {
                    item: id,
                    handling,
                    clock: (!from_receipt).then(|| clock.clone()),
                    terms: terms.clone(),
                }
                .into(),
            ));
            // Received the day it was assigned: a ledger's item was handled,
            // and its receipt is not what the ledger records.
            for unit in units.iter().chain(&row.co_units) {
                let replies = units.contains(unit);
                kinds.push((
                    assigned_on,
                    HandlingEvent::ReceiptSigned {
                        item: id,
                        unit: *unit,
                        clock: (from_receipt && replies).then(|| clock.clone()),
                    }
                    .into(),
                ));
            }
            if let Some(replied_on) = row.replied_on.filter(|_| replied) {
                for (i, unit) in units.iter().enumerate() {
                    let class = classes.get(i).unwrap_or(&classes[0]).clone();
                    let commitment = class.outcome == ReplyOutcome::Commitment;
                    let promise = commitment.then(|| Promise {
                        what: "（台账未载承诺事项）".into(),
                        by: match row.realised {
                            Some(LedgerRealised::Promised(Some(d)))
                            | Some(LedgerRealised::Realised(Some(d))) => d,
                            _ => NaiveDate::from_ymd_opt(replied_on.year(), 12, 31)
                                .unwrap_or(replied_on),
                        },
                    });
                    let reply = Reply {
                        class,
                        text: String::new(),
                        signer: String::new(),
                        doc_number: String::new(),
                        contact: String::new(),
                        phone: String::new(),
                        disclosure: Disclosure::NotPublic {
                            reason: "台账导入，未载答复全文".into(),
                        },
                        private_passages: Vec::new(),
                        promise,
                    };
                    kinds.push((
                        replied_on,
                        HandlingEvent::Replied {
                            item: id,
                            unit: *unit,
                            reply,
                            letters: Vec::new(),
                            disclosure_due: None,
                        }
                        .into(),
                    ));
                    if let Some(LedgerSatisfaction::Rated(r)) = row.satisfaction {
                        kinds.push((
                            replied_on,
                            HandlingEvent::FeedbackGiven {
                                item: id,
                                unit: *unit,
                                deputy: lead,
                                round: 1,
                                feedback: Feedback {
                                    communication: r,
                                    attitude: r,
                                    result: r,
                                    comment: String::new(),
                                },
                                second: None,
                            }
                            .into(),
                        ));
                    }
                    if let (true, Some(LedgerRealised::Realised(on))) = (commitment, row.realised) {
                        kinds.push((
                            on.unwrap_or(replied_on),
                            HandlingEvent::Realised {
                                item: id,
                                unit: *unit,
                                evidence: "台账记载已办成".into(),
                            }
                            .into(),
                        ));
                    }
                }
                if row.closed {
                    let last = realised_on.map_or(replied_on, |d| d.max(replied_on));
                    kinds.push((last, HandlingEvent::Closed { item: id }.into()));
                }
            }
        }
        for mut event in crate::decide::stamp_dated(scratch.last_stamp.as_ref(), kinds, ctx) {
            event.actor.how = crate::actor::How::Ledger;
            if let Err(c) = scratch.apply(&event) {
                refused.errors.push(CellError {
                    line,
                    column: Field::Number.label().to_string(),
                    message: format!("无法导入：{}", c.reason),
                });
                break;
            }
            events.push(event);
        }
    }
    if refused.errors.is_empty() && refused.file_errors.is_empty() {
        Ok(events)
    } else {
        Err(refused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_is_read_by_the_offices_format_or_its_last_digits() {
        for (cell, format, n) in [
            ("第12号", "第{n}号", Some(12)),
            ("建议第12号", "第{n}号", Some(12)),
            ("建字〔2026〕3号", "建字〔2026〕{n}号", Some(3)),
            ("〔2026〕120号", "建字〔2026〕{n}号", Some(120)),
            ("第１２号", "第{n}号", Some(12)),
            ("012", "第{n}号", Some(12)),
            ("0", "第{n}号", None),
            ("无", "第{n}号", None),
            ("99999999999", "第{n}号", None),
        ] {
            assert_eq!(number_in(cell, format), n, "{cell} with {format}");
        }
    }

    #[test]
    fn a_name_holding_a_separator_is_found_whole() {
        let known = ["县委宣传部（县新闻出版局、县版权局）", "县财政局"];
        let find = |n: &str| known.iter().position(|k| *k == n);
        let (found, unknown) = names_in(
            "县财政局、县委宣传部（县新闻出版局、县版权局）、县不存在局",
            find,
        );
        assert_eq!(found, vec![1, 0]);
        assert_eq!(unknown, vec!["县不存在局".to_string()]);
    }

    #[test]
    fn dates_inside_a_cell_are_found() {
        assert_eq!(
            date_within("已办成（2026年6月15日）"),
            Some("2026年6月15日")
        );
        assert_eq!(
            date_within("承诺2026年12月31日前办成，跟踪中"),
            Some("2026年12月31日")
        );
        assert_eq!(date_within("承诺事项，跟踪中"), None);
    }
}
