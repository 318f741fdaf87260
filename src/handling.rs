//! What the handling views show of an assigned item, read from the state:
//! its units with their roles, its reply deadline with the explanation,
//! its warning on a day. Shared by the 交办 page, the unit's inbox, the
//! warning board and the item page.

use chrono::NaiveDate;
use jianyi_core::directory::EntryRef;
use jianyi_core::handling::{Assignment, Colour, Task, warning};
use jianyi_core::{State, SuggestionId, UnitId};

/// One assigned item as a row of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemRow {
    pub id: SuggestionId,
    pub number: String,
    pub title: String,
    pub deputy: String,
    pub category: String,
    pub delegation: String,
    /// e.g. 县交通运输局（主办）、县财政局（协办）
    pub units: String,
    pub assigned_on: NaiveDate,
    pub colour: Colour,
    pub reasons: Vec<String>,
    pub days_left: Option<i64>,
    /// The nearest reply deadline, and how each running one was computed.
    pub due: Option<NaiveDate>,
    pub explain: Vec<String>,
}

/// A unit's name.
pub fn unit_name(s: &State, unit: UnitId) -> String {
    s.directory.entry_name(&EntryRef::Unit(unit))
}

/// The units holding an item now, each with its role.
pub fn units_line(s: &State, a: &Assignment) -> String {
    a.current()
        .map(|t| format!("{}（{}）", unit_name(s, t.unit), t.role.label()))
        .collect::<Vec<_>>()
        .join("、")
}

/// How each replying unit's deadline was computed (a unit named when the
/// item has several), and, where the settings have changed since, that it
/// stays as computed.
pub fn explanations(s: &State, a: &Assignment) -> Vec<String> {
    let replying: Vec<&Task> = a.current().filter(|t| t.role.replies()).collect();
    let now = &s.settings().deadlines;
    replying
        .iter()
        .map(|t| {
            let text = t.clock.as_ref().map_or_else(
                || "答复期限自签收之日起算，尚未签收".to_string(),
                |c| {
                    let mut text = c.explain();
                    if c.deadline.period != now.reply {
                        text.push_str(&format!(
                            "（按当时的设置计算；现行设置为{}，已算出的期限不变）",
                            now.reply.label()
                        ));
                    }
                    text.push_str(&t.extension_note().unwrap_or_default());
                    text
                },
            );
            if replying.len() > 1 {
                format!("{}：{text}", unit_name(s, t.unit))
            } else {
                text
            }
        })
        .collect()
}

/// The row of an assigned item on `today`.
pub fn item_row(s: &State, a: &Assignment, today: NaiveDate) -> Option<ItemRow> {
    let x = s.raising.suggestions.get(&a.item)?;
    let w = warning(s, a, today);
    Some(ItemRow {
        id: a.item,
        number: s.number_label(x).unwrap_or_default(),
        title: x.draft.title.clone(),
        deputy: s.deputy_name(x.draft.lead_deputy).to_string(),
        category: s.category_name(x.draft.category).to_string(),
        delegation: s
            .delegation_of(x)
            .map(|d| s.delegation_name(d).to_string())
            .unwrap_or_default(),
        units: units_line(s, a),
        assigned_on: a.assigned_on,
        colour: w.colour,
        reasons: w.reasons,
        days_left: w.days_left,
        due: w.due,
        explain: explanations(s, a),
    })
}

/// Days left as a clerk reads them: 还有12天, 今天到期, 超期3天.
pub fn days_left_text(days: Option<i64>) -> String {
    match days {
        None => "—".into(),
        Some(0) => "今天到期".into(),
        Some(d) if d > 0 => format!("还有{d}天"),
        Some(d) => format!("超期{}天", -d),
    }
}

/// Whether `desk` is where this copy takes the registering office's
/// decisions (an extension, sending back, carrying over, closing): the
/// committee office's copy at its desk; a township presidium's in
/// township mode at the delegation desk.
pub fn at_office_desk(s: &State, desk: jianyi_core::Desk) -> bool {
    use jianyi_core::Desk;
    use jianyi_core::office::OfficeRole;
    match s.office.profile.as_ref().map(|p| p.role) {
        Some(OfficeRole::CommitteeOffice) => desk == Desk::CommitteeOffice,
        Some(OfficeRole::TownshipPresidium) => {
            desk == Desk::Delegation && s.settings().rules.township_mode
        }
        _ => false,
    }
}
