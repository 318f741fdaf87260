//! `HandlingPanel`: on the item page, who handles the item (Boai's 告知每一个
//! 领衔建议人: the deputy reads it here and on the deputy desk) — the date
//! of assignment, each unit with its role and receipt, the reply deadline
//! with its explanation on demand, the warning colour and why, and the
//! returns asked and decided.

use jianyi_core::SuggestionId;
use jianyi_core::dates::zh;
use jianyi_core::handling::{TaskEnd, warning};
use leptos::prelude::*;

use crate::handling::{explanations, unit_name};
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

#[component]
pub fn HandlingPanel(id: SuggestionId) -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let view = move || {
        app.domain.with(|s| {
            let Some(a) = s.handling.assignments.get(&id) else {
                return s.awaits_assignment(id).then(|| {
                    view! {
                        <section aria-labelledby="handling-h" class="panel">
                            <h2 id="handling-h">"交办"</h2>
                            <p>"已立案，待交办。"<a href=Route::Assign.href()>"到交办页"</a></p>
                        </section>
                    }
                    .into_any()
                });
            };
            let w = warning(s, a, today);
            let units: Vec<(String, &'static str, String, String)> = a
                .tasks
                .iter()
                .map(|t| {
                    let state = match &t.ended {
                        Some(TaskEnd::Returned { on, to, reason }) => format!(
                            "申请退办（{reason}），{}同意，改由{}承办",
                            zh(*on),
                            unit_name(s, *to)
                        ),
                        None => {
                            let mut out = match t.received_on {
                                Some(on) => format!("{}签收", zh(on)),
                                None => "未签收".into(),
                            };
                            if let Some(r) = &t.return_asked {
                                out.push_str(&format!(
                                    "；{}申请退办（{}），待代表工委决定",
                                    zh(r.asked_on),
                                    r.reason
                                ));
                            }
                            for (on, why) in &t.refusals {
                                out.push_str(&format!("；{}不同意退办：{why}", zh(*on)));
                            }
                            out
                        }
                    };
                    (unit_name(s, t.unit), t.role.label(), zh(t.since), state)
                })
                .collect();
            let explain = explanations(s, a);
            Some(
                view! {
                    <section aria-labelledby="handling-h" class="panel">
                        <h2 id="handling-h">"交办与办理"</h2>
                        <p>
                            <span class=format!("light {}", w.colour.code())>{w.colour.label()}</span>" "
                            {w.reasons.join("；")}
                        </p>
                        <table class="data">
                            <thead><tr><th scope="col">"承办单位"</th><th scope="col">"承办方式"</th><th scope="col">"交办日期"</th><th scope="col">"签收与退办"</th></tr></thead>
                            <tbody>{units.into_iter().map(|(name, role, since, state)| view! {
                                <tr><td>{name}</td><td>{role}</td><td class="date">{since}</td><td>{state}</td></tr>
                            }).collect_view()}</tbody>
                        </table>
                        <details>
                            <summary>{match w.due { Some(d) => format!("答复期限：{}", zh(d)), None => "答复期限：自签收之日起算".into() }}</summary>
                            <ul class="explain">{explain.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                        </details>
                    </section>
                }
                .into_any(),
            )
        })
    };
    view! { {view} }
}
