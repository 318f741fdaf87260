//! `SettingsCalendarForm` (工作日历): how periods are counted (Civil Code
//! arts. 201 and 203 by default) and each year's holiday table with its
//! make-up working days (调休), a line each, as the State Council's notice
//! gives them; a year added when its notice is published. A year without a
//! table counts weekends only, and the form says which years have none.

use jianyi_core::SettingsGroup;
use jianyi_core::calendar::{Counting, Holidays, parse_table, table_text};
use jianyi_core::settings::CalendarSettings;
use leptos::prelude::*;

use crate::components::SettingsFrame;
use crate::platform;
use crate::state::use_app_state;

/// One year's table as typed.
#[derive(Clone, PartialEq)]
struct Year {
    year: i32,
    text: String,
}

/// The calendar's form.
#[component]
pub fn SettingsCalendarForm() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let count_start = RwSignal::new(false);
    let move_off = RwSignal::new(true);
    let years = RwSignal::new(Vec::<Year>::new());
    let new_year = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);
    let reload = Callback::new(move |()| {
        let c = app
            .domain
            .with_untracked(|s| s.office.settings_on(today).calendar.clone());
        count_start.set(c.counting.count_start_day);
        move_off.set(c.counting.move_off_holidays);
        years.set(
            c.holidays
                .0
                .values()
                .map(|t| Year {
                    year: t.year,
                    text: table_text(t),
                })
                .collect(),
        );
    });
    reload.run(());
    let make = Callback::new(move |()| {
        let holidays = years.with_untracked(|v| {
            v.iter()
                .map(|y| parse_table(y.year, &y.text).map(|t| (y.year, t)))
                .collect::<Result<_, _>>()
        })?;
        Ok(SettingsGroup::Calendar(CalendarSettings {
            counting: Counting {
                count_start_day: count_start.get_untracked(),
                move_off_holidays: move_off.get_untracked(),
            },
            holidays: Holidays(holidays),
        }))
    });
    let add = move |_| {
        add_error.set(None);
        let typed = new_year.get_untracked();
        match typed.trim().parse::<i32>() {
            Ok(y) if (2000..=2100).contains(&y) => {
                if years.with_untracked(|v| v.iter().any(|x| x.year == y)) {
                    add_error.set(Some(format!("{y}年的节假日安排已在下面，请直接修改")));
                } else {
                    years.update(|v| {
                        v.push(Year {
                            year: y,
                            text: format!("来源：国务院办公厅关于{y}年部分节假日安排的通知\n"),
                        });
                        v.sort_by_key(|x| x.year);
                    });
                    new_year.set(String::new());
                }
            }
            _ => add_error.set(Some(format!(
                "“增加年份”须填写2000到2100之间的年份，现为“{}”",
                typed.trim()
            ))),
        }
    };
    let this_year = {
        use chrono::Datelike;
        today.year()
    };
    let missing = move || {
        years.with(|v| {
            [this_year, this_year + 1]
                .into_iter()
                .filter(|y| !v.iter().any(|x| x.year == *y))
                .map(|y| format!("{y}年"))
                .collect::<Vec<_>>()
        })
    };
    let g = SettingsGroup::Calendar(CalendarSettings::default());
    view! {
        <SettingsFrame label=g.label() key=g.key()
            intro="工作日按国务院公布的节假日安排计算，含周末调休上班日；每年一张表，一行一项：节日名称和放假起止日期，或“调休上班”和日期。没有安排的年份只按周末计算，期限说明中会注明。"
            make reload>
            <div class="field wide">
                <label class="check">
                    <input type="checkbox" prop:checked=move || count_start.get()
                        on:change=move |ev| count_start.set(event_target_checked(&ev))/>
                    "起算日当天计入期限（默认不计入，民法典第二百零一条）"
                </label>
                <label class="check">
                    <input type="checkbox" prop:checked=move || move_off.get()
                        on:change=move |ev| move_off.set(event_target_checked(&ev))/>
                    "期限最后一日是节假日的，顺延至下一个工作日（民法典第二百零三条）"
                </label>
            </div>
            {move || {
                let m = missing();
                (!m.is_empty()).then(|| view! {
                    <p class="note wide">{format!("{}尚无节假日安排：这些年份只按周末计算。国务院通知公布后请在下面增加。", m.join("、"))}</p>
                })
            }}
            <For each=move || years.get() key=|y: &Year| y.year let:y>
                {year_field(y.year, years)}
            </For>
            <div class="field inline">
                <label for="calendar-new-year">"增加年份"</label>
                <input id="calendar-new-year" type="text" inputmode="numeric" placeholder="如：2027"
                    prop:value=move || new_year.get() on:input=move |ev| new_year.set(event_target_value(&ev))/>
                <button type="button" on:click=add>"增加"</button>
            </div>
            {move || add_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </SettingsFrame>
    }
}

/// One year's text area, reading and writing its entry of `years`.
fn year_field(year: i32, years: RwSignal<Vec<Year>>) -> impl IntoView {
    let text = move || {
        years.with(|v| {
            v.iter()
                .find(|y| y.year == year)
                .map(|y| y.text.clone())
                .unwrap_or_default()
        })
    };
    let id = format!("calendar-{year}");
    view! {
        <div class="field wide">
            <label for=id.clone()>{format!("{year}年节假日安排")}</label>
            <textarea id=id rows="9" class="mono" prop:value=text on:input=move |ev| {
                let x = event_target_value(&ev);
                years.update(|v| {
                    if let Some(y) = v.iter_mut().find(|y| y.year == year) {
                        y.text = x;
                    }
                });
            }></textarea>
            <button type="button" class="link" aria-label=format!("删除{year}年的节假日安排")
                on:click=move |_| years.update(|v| v.retain(|y| y.year != year))>"删除此年"</button>
        </div>
    }
}
