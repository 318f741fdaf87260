//! `WarningsPage` (预警): every assigned item's colour on today's date,
//! the most urgent first — red (overdue), yellow (near its deadline,
//! without progress for a while, or not signed for by the end of its
//! return window), green — filterable by unit, category and colour, each
//! row saying why it has its colour.

use jianyi_core::dates::zh;
use jianyi_core::handling::Colour;
use leptos::prelude::*;

use crate::handling::{ItemRow, days_left_text, item_row};
use crate::pages::assign_page::active_units;
use crate::platform;
use crate::router::{Route, hash_href, use_router};
use crate::state::use_app_state;

#[component]
pub fn WarningsPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let param = move |k: &str| router.url().param(k).unwrap_or_default().to_string();
    let today = platform::china_today();
    let all = Memo::new(move |_| {
        app.domain.with(|s| {
            let mut out: Vec<(ItemRow, Vec<String>, Option<jianyi_core::CategoryId>)> = s
                .handling
                .assignments
                .values()
                .filter_map(|a| {
                    let row = item_row(s, a, today)?;
                    let units = a.current().map(|t| t.unit.to_string()).collect();
                    let category = s.raising.suggestions.get(&a.item).map(|x| x.draft.category);
                    Some((row, units, category))
                })
                .collect();
            out.sort_by_key(|(r, _, _)| {
                (std::cmp::Reverse(r.colour), r.days_left.unwrap_or(i64::MAX))
            });
            out
        })
    });
    let shown = Memo::new(move |_| {
        let (unit, category, colour) = (param("unit"), param("category"), param("colour"));
        all.get()
            .into_iter()
            .filter(|(_, units, _)| unit.is_empty() || units.contains(&unit))
            .filter(|(_, _, c)| category.is_empty() || c.is_some_and(|c| c.to_string() == category))
            .filter(|(r, _, _)| colour.is_empty() || r.colour.code() == colour)
            .map(|(r, _, _)| r)
            .collect::<Vec<_>>()
    });
    let settings_line = move || {
        app.domain.with(|s| {
            let d = &s.settings().deadlines;
            format!(
                "红色：已超过答复期限，或有督办方、提出建议的代表发出的人工预警。黄色：距答复期限{}以内，或{}没有新的办理进展，或承办单位在退办期限内未签收。绿色：正常办理。",
                d.warning_before_deadline.label(),
                d.warning_without_progress.label()
            )
        })
    };
    let filter = move |key: &'static str, label: &'static str, options: Vec<(String, String)>| {
        let id = format!("w-{key}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let q: Vec<(&str, String)> = ["unit", "category", "colour"]
                        .into_iter()
                        .map(|k| (k, if k == key { v.clone() } else { param(k) }))
                        .filter(|(_, v)| !v.is_empty())
                        .collect();
                    let pairs: Vec<(&str, &str)> = q.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    router.navigate(&hash_href(&["warnings"], &pairs));
                }>
                    <option value="">"全部"</option>
                    {options.into_iter().map(|(v, n)| {
                        let sel = { let v = v.clone(); move || param(key) == v };
                        view! { <option value=v selected=sel>{n}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <section class="page">
            <h1>"预警"</h1>
            <p class="lead">{format!("按{}计算。", zh(today))}" "{settings_line}</p>
            <div class="form inline filters">
                {move || filter("unit", "承办单位", active_units(app).into_iter().map(|(u, n)| (u.to_string(), n)).collect())}
                {move || filter("category", "类别", app.domain.with(|s| s.directory.categories_in_order().map(|c| (c.id.to_string(), c.name.clone())).collect()))}
                {move || filter("colour", "颜色", Colour::ALL.iter().map(|c| (c.code().to_string(), format!("{}色", c.label()))).collect())}
            </div>
            <p class="count" role="status">{move || {
                let list = shown.get();
                let n = |c: Colour| list.iter().filter(|r| r.colour == c).count();
                format!("共 {} 件：红色 {} 件，黄色 {} 件，绿色 {} 件", list.len(), n(Colour::Red), n(Colour::Yellow), n(Colour::Green))
            }}</p>
            <table class="data warnings">
                <thead><tr>
                    <th scope="col">"预警"</th><th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"承办单位"</th>
                    <th scope="col">"类别"</th><th scope="col">"答复期限"</th><th scope="col">"剩余"</th><th scope="col">"原因"</th>
                </tr></thead>
                <tbody>
                    {move || shown.get().into_iter().map(|r| view! {
                        <tr class=format!("row-{}", r.colour.code())>
                            <td><span class=format!("light {}", r.colour.code())>{r.colour.label()}</span></td>
                            <td>{r.number}</td>
                            <td><a href=Route::Suggestion(r.id.to_string()).href()>{r.title}</a></td>
                            <td>{r.units}</td>
                            <td>{r.category}</td>
                            <td>{match r.due {
                                Some(due) => view! { <details><summary>{zh(due)}</summary><p class="explain">{r.explain.join("；")}</p></details> }.into_any(),
                                None => view! { <span>"自签收之日起算"</span> }.into_any(),
                            }}</td>
                            <td class="num">{days_left_text(r.days_left)}</td>
                            <td class="why">{r.reasons.join("；")}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {move || shown.get().is_empty().then(|| view! { <p class="empty">"没有符合条件的已交办建议。"</p> })}
        </section>
    }
}
