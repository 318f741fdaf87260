//! `HandlingPanel`: on the item page, who handles the item (Boai's 告知每一个
//! 领衔建议人: the deputy reads it here and on the deputy desk) — the date
//! of assignment, each unit with its role and receipt, the reply deadline
//! with its explanation on demand, the warning colour and why, and the
//! returns asked and decided; then the item's handling as the deputy
//! follows it (办理动态, newest first: communications, plans, progress,
//! extensions with their reason, replies and letters), each reply with its
//! class and text and its printed letters; and, at a unit's or the
//! committee office's desk, the way to the unit's 办理 page.

use jianyi_core::Desk;
use jianyi_core::SuggestionId;
use jianyi_core::dates::zh;
use jianyi_core::handling::{TaskEnd, timeline, warning, warning_for_deputy};
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
            // The deputy reads the handling, not the units' internal matters.
            let w = if app.desk.get() == Desk::Deputy {
                warning_for_deputy(s, a, today)
            } else {
                warning(s, a, today)
            };
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
            // The deputies rate a reply on the feedback page (征询意见),
            // which shows the item's three facts: replied, satisfied,
            // realised (kept off this page's first load).
            let has_reply = a.tasks.iter().any(|t| t.replied.is_some() || !t.rounds.is_empty());
            let events = timeline(s, id);
            let replies: Vec<(String, String, String, String, String)> = a
                .current()
                .filter_map(|t| {
                    let r = t.replied.as_ref()?;
                    Some((
                        unit_name(s, t.unit),
                        t.unit.to_string(),
                        format!("{}　{}　{}", zh(r.on), r.reply.class.label(), r.reply.doc_number),
                        r.reply.text.clone(),
                        r.reply.class.definition.clone(),
                    ))
                })
                .collect();
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
                        {move || matches!(app.desk.get(), Desk::Unit | Desk::CommitteeOffice | Desk::Delegation).then(|| view! {
                            <p class="no-print"><a class="button" href=Route::Handle(id.to_string()).href()>"办理（沟通、计划、进展、答复）"</a></p>
                        })}
                        {move || (has_reply && matches!(app.desk.get(), Desk::Deputy | Desk::CommitteeOffice | Desk::Delegation)).then(|| view! {
                            <p class="no-print"><a href=Route::FeedbackOn(id.to_string()).href()>"征询意见（代表对答复的评价）"</a></p>
                        })}
                        {replies.into_iter().map(|(unit, unit_id, line, text, definition)| view! {
                            <section class="reply" aria-label=format!("{unit}的答复")>
                                <h3>{format!("{unit}的答复")}</h3>
                                <p><span title=definition>{line}</span>" "
                                    <a class="no-print" href=Route::Letters(id.to_string(), unit_id).href()>"答复函"</a></p>
                                <p class="doc-text">{text}</p>
                            </section>
                        }).collect_view()}
                        <h3 id="timeline-h">"办理动态"</h3>
                        <ol class="timeline" aria-labelledby="timeline-h">
                            {events.into_iter().map(|e| view! {
                                <li>
                                    <span class="date">{zh(e.on)}</span>
                                    <strong>{e.what}</strong>
                                    {e.unit.map(|u| view! { <span class="unit">{u}</span> })}
                                    <span class="text">{e.text}</span>
                                </li>
                            }).collect_view()}
                        </ol>
                    </section>
                }
                .into_any(),
            )
        })
    };
    view! { {view} }
}
