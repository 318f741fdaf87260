//! `FollowUpsPage` (承诺跟踪): the follow-up list of one year — every reply
//! whose class counts as a commitment (by the class's properties), replied
//! that year or carried into it with the plan the directors' meeting
//! approved; what was promised and by when, and whether it was done
//! (已办成, with its date and evidence), is late, or is still followed.
//! The year is in the address; the list prints on A4.

use chrono::{Datelike, NaiveDate};
use jianyi_core::dates::zh;
use jianyi_core::handling::follow_ups;
use jianyi_core::{State, SuggestionId, UnitId};
use leptos::prelude::*;

use crate::handling::unit_name;
use crate::platform;
use crate::router::{hash_href, use_router};
use crate::state::use_app_state;

#[derive(Clone, Debug, PartialEq)]
struct Row {
    item: SuggestionId,
    unit: UnitId,
    number: String,
    title: String,
    unit_name: String,
    replied: String,
    promise: String,
    by: Option<NaiveDate>,
    carried: String,
    realised: Option<String>,
}

fn rows(s: &State, year: i32) -> Vec<Row> {
    follow_ups(s)
        .into_iter()
        .filter(|f| f.in_year(year))
        .map(|f| {
            let x = s.raising.suggestions.get(&f.item);
            Row {
                item: f.item,
                unit: f.unit,
                number: x.and_then(|x| s.number_label(x)).unwrap_or_default(),
                title: x.map(|x| x.draft.title.clone()).unwrap_or_default(),
                unit_name: unit_name(s, f.unit),
                replied: format!("{}　{}", zh(f.replied.on), f.replied.reply.class.label()),
                promise: f
                    .promise
                    .map_or("（答复未写明）".into(), |p| p.what.clone()),
                by: f.promise.map(|p| p.by),
                carried: f
                    .carried
                    .iter()
                    .map(|(on, c)| {
                        format!(
                            "结转{}年，{}{}同意：{}",
                            c.year,
                            zh(*on),
                            c.approval,
                            c.plan_line()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                realised: f
                    .realised
                    .map(|(on, evidence)| format!("{}已办成（{evidence}）", zh(*on))),
            }
        })
        .collect()
}

#[component]
pub fn FollowUpsPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let today = platform::china_today();
    let year = Memo::new(move |_| {
        router
            .url()
            .param("year")
            .and_then(|y| y.parse::<i32>().ok())
            .unwrap_or(today.year())
    });
    let list = Memo::new(move |_| {
        let y = year.get();
        app.domain.with(|s| rows(s, y))
    });
    let years = move || {
        let y = today.year();
        (y - 3..=y + 1).rev().collect::<Vec<_>>()
    };
    view! {
        <section class="page">
            <h1>{move || format!("{}年承诺事项跟踪", year.get())}</h1>
            <p class="lead">"答复类别计为承诺事项的（默认B类、C类），列入当年跟踪；到期未办成的，年底经主任会议同意结转下一年度，连同分步计划继续跟踪，办成后登记完成日期和依据。"</p>
            <div class="form inline no-print">
                <div class="field">
                    <label for="fu-year">"年度"</label>
                    <select id="fu-year" on:change=move |ev| router.navigate(&hash_href(&["followups"], &[("year", &event_target_value(&ev))]))>
                        {move || years().into_iter().map(|y| view! { <option value=y.to_string() selected=move || year.get() == y>{format!("{y}年")}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button>
            </div>
            {move || {
                let rows = list.get();
                let done = rows.iter().filter(|r| r.realised.is_some()).count();
                let late = rows.iter().filter(|r| r.realised.is_none() && r.by.is_some_and(|b| b < today)).count();
                if rows.is_empty() {
                    return view! { <p class="empty">"这一年度没有承诺事项。"</p> }.into_any();
                }
                view! {
                    <p>{format!("共 {} 项，已办成 {} 项，跟踪中 {} 项（其中超过承诺时限 {} 项）", rows.len(), done, rows.len() - done, late)}</p>
                    <table class="data">
                        <thead><tr>
                            <th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"承办单位"</th><th scope="col">"答复"</th>
                            <th scope="col">"承诺事项"</th><th scope="col">"承诺时限"</th><th scope="col">"结转"</th><th scope="col">"落实情况"</th>
                            <th scope="col" class="no-print">"操作"</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().map(|r| {
                            let status = match (&r.realised, r.by) {
                                (Some(done), _) => done.clone(),
                                (None, Some(by)) if by < today => "超过承诺时限，未办成".into(),
                                (None, _) => "跟踪中".into(),
                            };
                            let href = hash_href(&["handle", &r.item.to_string()], &[("unit", &r.unit.to_string())]);
                            view! {
                                <tr>
                                    <td>{r.number}</td>
                                    <td>{r.title.clone()}</td>
                                    <td>{r.unit_name}</td>
                                    <td>{r.replied}</td>
                                    <td>{r.promise}</td>
                                    <td class="date">{r.by.map(zh).unwrap_or_default()}</td>
                                    <td class="pre">{r.carried}</td>
                                    <td>{status}</td>
                                    <td class="no-print"><a href=href aria-label=format!("办理：{}", r.title)>"办理"</a></td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}
