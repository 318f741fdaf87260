//! `FeedbackListPage` (征询意见): the deputy desk's queue of the replies
//! some proposer has not rated yet (at a station, its deputies'; at the
//! committee office, everyone's), each with its window, late ones marked,
//! and the way to the item's feedback form (`FeedbackPage`).

use chrono::NaiveDate;
use jianyi_core::dates::zh;
use jianyi_core::handling::{awaiting_feedback, feedback_due};
use jianyi_core::{State, SuggestionId};
use leptos::prelude::*;

use crate::handling::unit_name;
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

/// A reply some proposer has not rated.
#[derive(Clone, Debug, PartialEq)]
struct Waiting {
    item: SuggestionId,
    number: String,
    title: String,
    unit: String,
    reply: String,
    waiting: Vec<String>,
    due: NaiveDate,
}

fn waiting(s: &State, today: NaiveDate) -> Vec<Waiting> {
    let mut out: Vec<Waiting> = awaiting_feedback(s)
        .filter_map(|(a, t, r)| {
            let x = s.raising.suggestions.get(&a.item)?;
            Some(Waiting {
                item: a.item,
                number: s.number_label(x).unwrap_or_default(),
                title: x.draft.title.clone(),
                unit: unit_name(s, t.unit),
                reply: format!("{}　{}", zh(r.on), r.reply.class.label()),
                waiting: r
                    .unanswered()
                    .map(|d| s.deputy_name(d).to_string())
                    .collect(),
                due: feedback_due(s, a, r).due,
            })
        })
        .collect();
    // The window closing first, first.
    out.sort_by_key(|w| (w.due < today, w.due));
    out
}

#[component]
pub fn FeedbackListPage() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let rows = Memo::new(move |_| app.domain.with(|s| waiting(s, today)));
    view! {
        <section class="page">
            <h1>"征询意见"</h1>
            <p class="lead">"承办单位答复后，请每位提出建议的代表对沟通联系情况、办理态度和办理结果表明满意、基本满意或不满意。代表可在此当面填写，也可填写纸质征询意见表后由联络站或代表工委录入。领衔代表对办理结果不满意的，建议交回承办单位重新办理。"</p>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="empty">"没有待反馈的答复。"</p> }.into_any();
                }
                view! {
                    <p>{format!("共 {} 份答复待反馈", rows.len())}</p>
                    <table class="data">
                        <thead><tr>
                            <th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"承办单位"</th>
                            <th scope="col">"答复"</th><th scope="col">"待反馈的代表"</th><th scope="col">"反馈期限"</th><th scope="col">"操作"</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().map(|w| {
                            let late = w.due < today;
                            view! {
                                <tr>
                                    <td>{w.number}</td>
                                    <td>{w.title.clone()}</td>
                                    <td>{w.unit}</td>
                                    <td>{w.reply}</td>
                                    <td>{w.waiting.join("、")}</td>
                                    <td class="date">{zh(w.due)}{late.then_some("（已逾期）")}</td>
                                    <td><a href=Route::FeedbackOn(w.item.to_string()).href() aria-label=format!("填写征询意见：{}", w.title)>"填写征询意见"</a></td>
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
