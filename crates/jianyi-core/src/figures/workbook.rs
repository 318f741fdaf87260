//! The workbook an office sends on (domain.md §5): the ledger (台账), one
//! row per item with the columns offices keep, and every table of the
//! figures (`tables::figures`) on a sheet of its own. Described here as
//! plain `Sheet`s; the Excel worker writes them as .xlsx.

use chrono::NaiveDate;
use jianyi_formats::workbook::{Cell, Sheet};

use crate::dates::zh;
use crate::directory::EntryRef;
use crate::figures::Rate;
use crate::figures::tables::{Count, Scope, figures, headline, stage_label, trend};
use crate::handling::{UnitRole, facts, warning};
use crate::ids::{SuggestionId, UnitId};
use crate::review::Stage;
use crate::state::State;

/// The ledger's columns, in the order offices keep them.
pub const LEDGER_COLUMNS: [&str; 17] = [
    "届次",
    "案号",
    "类型",
    "标题",
    "领衔代表",
    "联名人数",
    "类别",
    "主办单位",
    "协办单位",
    "交办日期",
    "办理期限",
    "答复日期",
    "答复类别",
    "满意度",
    "办成",
    "状态",
    "预警",
];

/// A rate as a cell: the share rounded half up to a tenth of a percent
/// (as `Rate::shown`), or empty when there is nothing to count.
fn share(r: Rate) -> Cell {
    match r.tenths() {
        Some(t) => Cell::Percent(t as f64 / 1000.0),
        None => Cell::Empty,
    }
}

fn unit_names(state: &State, units: impl Iterator<Item = UnitId>) -> String {
    units
        .map(|u| state.directory.entry_name(&EntryRef::Unit(u)))
        .collect::<Vec<_>>()
        .join("、")
}

/// A deputy as a ledger names them: the name, and the delegation too
/// where two deputies of the directory share the name (罗立新（城关镇代表团）),
/// so a ledger read back finds each.
pub fn deputy_cell(state: &State, id: crate::ids::DeputyId) -> String {
    let Some(d) = state.directory.deputies.get(&id) else {
        return state.deputy_name(id).to_string();
    };
    let namesakes = state
        .directory
        .deputies
        .values()
        .filter(|x| x.record.name == d.record.name)
        .count();
    match namesakes {
        1 => d.record.name.clone(),
        _ => format!(
            "{}（{}）",
            d.record.name,
            state.delegation_name(d.record.delegation)
        ),
    }
}

/// The 届次 of an item: its session's name, or the year's recess.
fn session_cell(state: &State, id: SuggestionId) -> String {
    let Some(s) = state.raising.suggestions.get(&id) else {
        return String::new();
    };
    match s.draft.session {
        Some(_) => state.session_name(s.draft.session).to_string(),
        None => match state.review_file(id).and_then(|f| f.number) {
            Some((crate::review::Series::Recess(year), _)) => format!("{year}年闭会期间"),
            _ => state.session_name(None).to_string(),
        },
    }
}

/// The ledger of `scope` on `today`: every accepted item (those with a
/// number), by session and number, in `LEDGER_COLUMNS`' order. Its kind
/// is the kind it is numbered as (a motion converted is a suggestion);
/// 联名人数 counts every proposer, merged items' too; 答复日期 and 答复类别
/// are the current round's (blank while a unit handles it again).
pub fn ledger(state: &State, today: NaiveDate, scope: Scope) -> Vec<Vec<Cell>> {
    let mut items: Vec<(String, u32, SuggestionId)> = state
        .raising
        .suggestions
        .values()
        .filter(|s| scope.covers(s) && state.stage(s.id) == Stage::Accepted)
        .filter_map(|s| {
            let (_, n) = state.review_file(s.id)?.number?;
            Some((session_cell(state, s.id), n, s.id))
        })
        .collect();
    items.sort();
    let settings = state.settings();
    items
        .into_iter()
        .map(|(session, n, id)| {
            let s = &state.raising.suggestions[&id];
            let a = state.handling.assignments.get(&id);
            let f = facts(state, id, today);
            let current = || a.into_iter().flat_map(|a| a.current());
            // Separate handling (分办): each unit answers for itself.
            let lead = current()
                .filter(|t| t.role.replies())
                .map(|t| {
                    let name = state.directory.entry_name(&EntryRef::Unit(t.unit));
                    match t.role {
                        UnitRole::Separate => format!("{name}（分办）"),
                        _ => name,
                    }
                })
                .collect::<Vec<_>>()
                .join("、");
            let co = unit_names(
                state,
                current().filter(|t| t.role == UnitRole::Co).map(|t| t.unit),
            );
            let due = current()
                .filter(|t| t.role.replies())
                .filter_map(|t| t.due())
                .min();
            let date = |d: Option<NaiveDate>| d.map_or(Cell::Empty, |d| Cell::Text(zh(d)));
            let colour = a
                .filter(|a| a.closed.is_none())
                .map(|a| warning(state, a, today).colour.label());
            vec![
                Cell::Text(session),
                Cell::Text(settings.format_number(n)),
                state.kind(s).label().into(),
                Cell::Text(s.draft.title.clone()),
                Cell::Text(deputy_cell(state, s.draft.lead_deputy)),
                // Every proposer, those of items merged into it too; an
                // item read from a ledger, as the ledger counted them.
                Cell::from(
                    state
                        .review_file(id)
                        .and_then(|f| f.ledger.as_ref())
                        .map_or(state.proposers(s).len() as u32, |l| l.proposers),
                ),
                state.category_name(s.draft.category).into(),
                Cell::Text(lead),
                Cell::Text(co),
                date(a.map(|a| a.assigned_on)),
                date(due),
                date(f.as_ref().and_then(|f| f.replied)),
                Cell::Text(f.as_ref().map(|f| f.classes.join("；")).unwrap_or_default()),
                Cell::Text(
                    f.as_ref()
                        .and_then(|f| f.satisfaction.as_ref())
                        .map(|x| x.label())
                        .unwrap_or_default(),
                ),
                Cell::Text(
                    f.as_ref()
                        .and_then(|f| f.realisation.as_ref())
                        .map(|x| x.label())
                        .unwrap_or_default(),
                ),
                stage_label(state, id, today).into(),
                colour.map_or(Cell::Empty, Cell::from),
            ]
        })
        .collect()
}

fn breakdown(name: &str, heading: &str, title: &str, lines: &[Count]) -> Sheet {
    let total: u32 = lines.iter().map(|c| c.count).sum();
    let mut rows: Vec<Vec<Cell>> = lines
        .iter()
        .map(|c| vec![Cell::Text(c.label.clone()), Cell::from(c.count)])
        .collect();
    rows.push(vec!["合计".into(), Cell::from(total)]);
    Sheet {
        name: name.into(),
        title: format!("{title}：{name}"),
        columns: vec![heading.into(), "件数".into()],
        rows,
    }
}

/// The three rates' columns, each its share, count and base, after
/// `first`.
fn with_rates(first: &[&str]) -> Vec<String> {
    const RATES: [&str; 9] = [
        "按期办复率",
        "按期答复",
        "应答复",
        "满意率",
        "满意",
        "收到评价",
        "解决率",
        "已解决",
        "已答复",
    ];
    first.iter().chain(&RATES).map(|c| c.to_string()).collect()
}

fn rate_cells(r: Rate) -> [Cell; 3] {
    [share(r), Cell::from(r.count), Cell::from(r.of)]
}

/// The workbook of `scope` on `today`: the ledger, the headline rates with
/// their counts and definitions, each breakdown, the units, the key items
/// and the trend, a sheet each. `label` names the scope in each sheet's
/// title (e.g. 2026年提出的建议).
pub fn workbook(state: &State, today: NaiveDate, scope: Scope, label: &str) -> Vec<Sheet> {
    let f = figures(state, today, scope);
    let title = format!("{label}（截至{}）", zh(today));
    let mut sheets = vec![Sheet {
        name: "台账".into(),
        title: format!("{title}：代表建议办理台账"),
        columns: LEDGER_COLUMNS.iter().map(|c| c.to_string()).collect(),
        rows: ledger(state, today, scope),
    }];
    let mut rates: Vec<Vec<Cell>> = vec![vec![
        "建议件数".into(),
        Cell::Empty,
        Cell::from(f.items),
        Cell::Empty,
        "范围内提出的建议，各阶段都计。".into(),
    ]];
    for (name, def, r) in headline(&f) {
        let mut row = vec![Cell::from(name)];
        row.extend(rate_cells(r));
        row.push(def.into());
        rates.push(row);
    }
    sheets.push(Sheet {
        name: "主要指标".into(),
        title: format!("{title}：主要指标（百分比保留一位小数，四舍五入）"),
        columns: ["指标", "比率", "计数", "基数", "口径"]
            .map(String::from)
            .to_vec(),
        rows: rates,
    });
    for (name, heading, lines) in [
        ("按类型", "类型", &f.by_kind),
        ("按会次", "会次", &f.by_session),
        ("按类别", "类别", &f.by_category),
        ("按代表团", "代表团", &f.by_delegation),
        ("按办理阶段", "办理阶段", &f.by_stage),
        ("按答复类别", "答复类别（答复份数）", &f.by_class),
        ("按预警颜色", "在办件预警颜色", &f.by_colour),
    ] {
        sheets.push(breakdown(name, heading, &title, lines));
    }
    let unit_rows = f
        .units
        .iter()
        .map(|u| {
            let mut row = vec![
                Cell::Text(state.directory.entry_name(&EntryRef::Unit(u.unit))),
                Cell::from(u.lead),
                Cell::from(u.co),
            ];
            for r in [u.rates.on_time, u.rates.satisfaction, u.rates.realisation] {
                row.extend(rate_cells(r));
            }
            row
        })
        .collect();
    sheets.push(Sheet {
        name: "承办单位".into(),
        title: format!("{title}：各承办单位（件数与比率并列）"),
        columns: with_rates(&["承办单位", "主办（分办）件数", "协办件数"]),
        rows: unit_rows,
    });
    let key_rows = f
        .key
        .iter()
        .map(|k| {
            let s = state.raising.suggestions.get(&k.item);
            vec![
                Cell::Text(s.and_then(|s| state.number_label(s)).unwrap_or_default()),
                Cell::Text(s.map(|s| s.draft.title.clone()).unwrap_or_default()),
                if k.assigned {
                    Cell::from(k.steps)
                } else {
                    "尚未交办".into()
                },
                Cell::from(k.steps_due),
                Cell::from(k.reports),
                Cell::from(k.commitments.count),
                Cell::from(k.commitments.of),
                k.colour.map_or(Cell::Empty, |c| c.label().into()),
                k.last.map_or(Cell::Empty, |(d, what)| {
                    Cell::Text(format!("{} {what}", zh(d)))
                }),
            ]
        })
        .collect();
    sheets.push(Sheet {
        name: "重点建议".into(),
        title: format!("{title}：重点建议办理进度"),
        columns: [
            "案号",
            "重点建议",
            "计划步骤",
            "已到期步骤",
            "进展报告",
            "承诺已办成",
            "承诺事项",
            "预警",
            "最近进展",
        ]
        .map(String::from)
        .to_vec(),
        rows: key_rows,
    });
    let trend_rows = trend(state, today)
        .into_iter()
        .map(|(y, n, r)| {
            let mut row = vec![Cell::Text(format!("{y}年")), Cell::from(n)];
            for r in [r.on_time, r.satisfaction, r.realisation] {
                row.extend(rate_cells(r));
            }
            row
        })
        .collect();
    sheets.push(Sheet {
        name: "历年趋势".into(),
        title: format!("历年趋势（按提出年份，截至{}）", zh(today)),
        columns: with_rates(&["年份", "件数"]),
        rows: trend_rows,
    });
    sheets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_is_cut_to_a_tenth_of_a_percent_half_up() {
        assert_eq!(share(Rate { count: 2, of: 3 }), Cell::Percent(0.667));
        assert_eq!(share(Rate { count: 1, of: 16 }), Cell::Percent(0.063));
        assert_eq!(share(Rate { count: 1, of: 8 }), Cell::Percent(0.125));
        assert_eq!(share(Rate::default()), Cell::Empty);
    }
}
