//! `SettingsHistory`: every change of settings (`State::settings_history`),
//! latest effective date first: the group, what changed against the
//! setting before it, from and until when, who changed it and in which
//! office's copy.

use chrono::NaiveDate;
use jianyi_core::Settings;
use jianyi_core::dates::ymd;
use jianyi_core::office::SettingsChange;
use leptos::prelude::*;

use crate::components::settings_groups::describe_change;
use crate::platform;
use crate::state::use_app_state;

/// One change as the table shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Line {
    /// The change's event (two lines may otherwise read alike).
    event: String,
    group: &'static str,
    effective: String,
    status: String,
    what: String,
    by: String,
    office: String,
}

/// Whether a change is in force, waits for its date, or was replaced.
fn status(effective: NaiveDate, until: Option<NaiveDate>, today: NaiveDate) -> String {
    match until {
        _ if effective > today => "尚未施行".into(),
        Some(u) if u == effective => "当日即被替换，未曾施行".into(),
        Some(u) if u <= today => format!("{} 起被替换", ymd(u)),
        Some(u) => format!("现行，{} 起被替换", ymd(u)),
        None => "现行".into(),
    }
}

fn lines(history: &[SettingsChange], today: NaiveDate) -> Vec<Line> {
    let defaults = Settings::default();
    history
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let before = history[..i]
                .iter()
                .rev()
                .find(|p| p.group.key() == c.group.key())
                .map_or_else(|| defaults.group(&c.group), |p| p.group.clone());
            Line {
                event: c.event.to_string(),
                group: c.label(),
                effective: ymd(c.effective),
                status: status(c.effective, c.until, today),
                what: describe_change(&before, &c.group),
                by: match &c.acting_for {
                    Some(f) => format!("{}（代{}）", c.operator, f),
                    None => c.operator.clone(),
                },
                office: c.office.clone(),
            }
        })
        .rev()
        .collect()
}

/// The table of settings changes.
#[component]
pub fn SettingsHistory() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let rows = Memo::new(move |_| app.domain.with(|s| lines(&s.office.history, today)));
    view! {
        <Show when=move || !rows.with(Vec::is_empty)
            fallback=|| view! { <p class="empty">"尚未修改过设置：各项均为默认值。"</p> }>
        <table class="data history">
            <caption>"按施行日期从新到旧排列；每项修改自施行日期起适用，此前的办理仍按当时的设置"</caption>
            <thead><tr>
                <th scope="col">"设置项"</th>
                <th scope="col">"施行日期"</th>
                <th scope="col">"状态"</th>
                <th scope="col">"修改内容"</th>
                <th scope="col">"操作员"</th>
                <th scope="col">"单位代码"</th>
            </tr></thead>
            <tbody>
                <For each=move || rows.get() key=|l: &Line| l.clone() let:l>
                    <tr>
                        <th scope="row">{l.group}</th>
                        <td class="date">{l.effective}</td>
                        <td>{l.status}</td>
                        <td>{l.what}</td>
                        <td>{l.by}</td>
                        <td>{l.office}</td>
                    </tr>
                </For>
            </tbody>
        </table>
        </Show>
    }
}
