//! `BusinessDateField`: the business date of an act a clerk may key in
//! from paper (a co-signature, a review, an acceptance): the date on the
//! paper, today by default, never after today. Deadlines run from it; the
//! PC clock only orders events.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::platform;

/// A fresh business-date value: today, in China time.
pub fn today_value() -> RwSignal<String> {
    RwSignal::new(jianyi_core::dates::ymd(platform::china_today()))
}

/// Reads a business date as typed: a date, not after today.
pub fn read_business_date(value: &str) -> Result<NaiveDate, String> {
    let date = jianyi_core::dates::parse_ymd(value)
        .ok_or_else(|| "“业务日期”格式应为 年-月-日，如 2026-11-27".to_string())?;
    let today = platform::china_today();
    if date > today {
        return Err(format!(
            "“业务日期”{}晚于今天（{}）：纸质件录入请填写原件上的日期",
            jianyi_core::dates::ymd(date),
            jianyi_core::dates::ymd(today)
        ));
    }
    Ok(date)
}

/// The date field, labelled for what it dates.
#[component]
pub fn BusinessDateField(
    /// The input's id, unique on the page.
    id: &'static str,
    value: RwSignal<String>,
    #[prop(default = "业务日期（据纸质件录入时填原件日期）")] label: &'static str,
) -> impl IntoView {
    let max = jianyi_core::dates::ymd(platform::china_today());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="date" required max=max prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
