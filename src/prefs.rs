//! Small preferences in localStorage (gloo-storage): the chosen desk, the
//! operator's name, the committee body a 委室 clerk works for, whether
//! the demo county is open and as which of its two offices, and the office
//! database's marker (a copy of `backup::DataMarker` that outlives the
//! database, so that a database emptied by a cleanup tool is noticed), and
//! what a clerk said a ledger's column holds (by its heading).
//! Nothing else is kept there; records live in IndexedDB.

use gloo_storage::{LocalStorage, Storage};
use jianyi_core::Desk;
use jianyi_core::backup::DataMarker;

const DESK: &str = "jianyi.desk";
const OPERATOR: &str = "jianyi.operator";
const DEMO: &str = "jianyi.demo";
const DEMO_OFFICE: &str = "jianyi.demo.office";
const COMMITTEE: &str = "jianyi.committee";
const LEDGER_COLUMNS: &str = "jianyi.ledger.columns";

/// What the clerk said ledger columns hold, by heading (None: not
/// imported), for `ledger::guess_mapping`.
pub fn ledger_columns() -> Vec<(String, Option<jianyi_core::ledger::Field>)> {
    use jianyi_core::ledger::Field;
    LocalStorage::get::<Vec<(String, String)>>(LEDGER_COLUMNS)
        .unwrap_or_default()
        .into_iter()
        .map(|(heading, field)| (heading, Field::from_label(&field)))
        .collect()
}

/// Remembers what the column headed `heading` holds; `false` if refused.
pub fn remember_ledger_column(heading: &str, field: Option<jianyi_core::ledger::Field>) -> bool {
    let mut all: Vec<(String, String)> = LocalStorage::get(LEDGER_COLUMNS).unwrap_or_default();
    all.retain(|(h, _)| h != heading);
    all.push((
        heading.to_string(),
        field.map_or(String::new(), |f| f.label().to_string()),
    ));
    LocalStorage::set(LEDGER_COLUMNS, all).is_ok()
}

/// The desk chosen last, or the committee office's.
pub fn desk() -> Desk {
    LocalStorage::get::<String>(DESK)
        .ok()
        .and_then(|c| Desk::from_code(&c))
        .unwrap_or(Desk::CommitteeOffice)
}

/// Remembers the desk; `false` if the browser refused.
pub fn set_desk(desk: Desk) -> bool {
    LocalStorage::set(DESK, desk.code()).is_ok()
}

/// The operator's name as last entered.
pub fn operator() -> String {
    LocalStorage::get::<String>(OPERATOR).unwrap_or_default()
}

/// Remembers the operator's name; `false` if the browser refused.
pub fn set_operator(name: &str) -> bool {
    LocalStorage::set(OPERATOR, name).is_ok()
}

/// Whether the demo county is the open data set.
pub fn demo() -> bool {
    LocalStorage::get::<bool>(DEMO).unwrap_or(false)
}

/// Opens or leaves the demo county at the next start; `false` if refused.
pub fn set_demo(on: bool) -> bool {
    LocalStorage::set(DEMO, on).is_ok()
}

/// Which office of the two-office demo opens (the committee office unless
/// the station was chosen).
pub fn demo_office() -> crate::demo::DemoOffice {
    LocalStorage::get::<String>(DEMO_OFFICE)
        .ok()
        .and_then(|c| crate::demo::DemoOffice::from_code(&c))
        .unwrap_or(crate::demo::DemoOffice::Committee)
}

/// Opens the demo as `office` at the next start; `false` if refused.
pub fn open_demo(office: crate::demo::DemoOffice) -> bool {
    LocalStorage::set(DEMO_OFFICE, office.code()).is_ok() && set_demo(true)
}

/// The committee body (委室) whose queue the 委室 desk opens on.
pub fn committee_body() -> Option<String> {
    LocalStorage::get::<String>(COMMITTEE)
        .ok()
        .filter(|c| !c.is_empty())
}

/// Remembers the committee body (empty: all); `false` if refused.
pub fn set_committee_body(id: &str) -> bool {
    LocalStorage::set(COMMITTEE, id).is_ok()
}

/// The localStorage key of database `db`'s marker.
fn marker_key(db: &str) -> String {
    format!("jianyi.marker.{db}")
}

/// What localStorage refused, in the clerk's words: nothing breaks.
const MARKER_REFUSED: &str = "浏览器不允许在本地存储中保存数据标记（可能处于隐私模式）：数据和各项功能不受影响，只是本机数据被清理软件清除时无法提醒。";

fn storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| MARKER_REFUSED.to_string())
}

/// The marker of database `db` kept in localStorage; none when there is
/// none (or it is unreadable: a marker is a hint, never data).
pub fn marker(db: &str) -> Result<Option<DataMarker>, String> {
    let text = storage()?
        .get_item(&marker_key(db))
        .map_err(|_| MARKER_REFUSED.to_string())?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
}

/// Keeps `marker` for database `db` in localStorage.
pub fn set_marker(db: &str, marker: &DataMarker) -> Result<(), String> {
    let text = serde_json::to_string(marker).map_err(|e| e.to_string())?;
    storage()?
        .set_item(&marker_key(db), &text)
        .map_err(|_| MARKER_REFUSED.to_string())
}

/// Forgets database `db`'s marker.
pub fn clear_marker(db: &str) -> Result<(), String> {
    storage()?
        .remove_item(&marker_key(db))
        .map_err(|_| MARKER_REFUSED.to_string())
}
