//! `DraftChecks`: the live checks beside the draft form — the element
//! checklist, the negative list to confirm (its keywords flagged), one
//! matter per suggestion, similar suggestions, and the kind's rules — in
//! plain Chinese, updated while the drafter types.

use jianyi_core::SuggestionId;
use jianyi_core::raising::checks::{self, ElementState};
use leptos::prelude::*;

use crate::pages::draft_page::Fields;
use crate::router::Route;
use crate::state::use_app_state;

/// The checks of the draft in `fields`.
#[component]
pub fn DraftChecks(
    fields: Fields,
    id: Option<SuggestionId>,
    editable: Signal<bool>,
) -> impl IntoView {
    let app = use_app_state();
    let f = fields;
    let check = Memo::new(move |_| {
        let draft = f.draft().ok()?;
        let signers = id.map_or(1, |id| {
            app.domain.with(|s| {
                s.raising
                    .suggestions
                    .get(&id)
                    .map_or(1, |x| x.signers() as u32)
            })
        });
        Some(app.domain.with(|s| checks::check(s, &draft, id, signers)))
    });
    let toggle = move |title: String| {
        f.negative_confirmed.update(|v| {
            if v.contains(&title) {
                v.retain(|t| *t != title);
            } else {
                v.push(title);
            }
        })
    };
    let similar_titles = move || {
        let list = check.get().map(|c| c.similar).unwrap_or_default();
        app.domain.with(|s| {
            list.into_iter()
                .filter_map(|(sid, p)| {
                    s.raising
                        .suggestions
                        .get(&sid)
                        .map(|x| (sid, x.draft.title.clone(), p))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <aside class="checks-panel" aria-label="随写随查">
            <h2>"随写随查"</h2>
            {move || match check.get() {
                None => view! { <p class="note">"选择领衔代表和会次后开始检查。"</p> }.into_any(),
                Some(c) => {
                    let missing = c.missing();
                    view! {
                        <h3>"要素清单"</h3>
                        <ul class="checklist">
                            {c.elements.iter().map(|e| {
                                let (mark, class, note) = match e.state {
                                    ElementState::Present => ("✓", "ok", format!("{}字", e.chars)),
                                    ElementState::TooShort => ("!", "warn", format!("{}字，过于简略（至少{}字）", e.chars, e.minimum)),
                                    ElementState::Missing => ("✗", "bad", "未填写".to_string()),
                                };
                                view! {
                                    <li class=class>
                                        <span class="mark-icon" aria-hidden="true">{mark}</span>
                                        <strong>{e.element.label()}</strong>" "{note}
                                        <div class="hint">{e.element.hint()}</div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <h3>"负面清单（逐项确认不属于）"</h3>
                        <ul class="checklist">
                            {c.negative.iter().map(|n| {
                                let title = n.title.clone();
                                let flagged = n.flagged.clone();
                                view! {
                                    <li class=if flagged.is_empty() { "" } else { "warn" }>
                                        <label class="check">
                                            <input type="checkbox" prop:checked=n.confirmed disabled=move || !editable.get()
                                                on:change=move |_| toggle(title.clone())/>
                                            {format!("不属于：{}", n.title)}
                                        </label>
                                        {(!flagged.is_empty()).then(|| view! {
                                            <div class="hint flag">{format!("文中出现“{}”，请核对", flagged.join("”“"))}</div>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <h3>"一事一议"</h3>
                        {if c.enumeration.is_empty() {
                            view! { <p class="ok-line">"✓ 建议部分只提一件事"</p> }.into_any()
                        } else {
                            view! { <p class="warn-line" role="status">{format!(
                                "“建议”部分列举了多项诉求（{}），请一事一议，必要时拆分为几件建议。",
                                c.enumeration.join("、")
                            )}</p> }.into_any()
                        }}
                        {c.kind.as_ref().map(|k| view! {
                            <h3>"议案条件"</h3>
                            <p class="warn-line">{k.message_zh()}</p>
                        })}
                        <h3>"相似建议"</h3>
                        {move || {
                            let list = similar_titles();
                            if list.is_empty() {
                                view! { <p class="note">"未发现相似建议。"</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain">
                                        {list.into_iter().map(|(sid, title, p)| view! {
                                            <li><a href=Route::Suggestion(sid.to_string()).href()>{title}</a>{format!("（相似度{p}%）")}</li>
                                        }).collect_view()}
                                    </ul>
                                    <p class="note">"相似建议可在审查、交办时并案或一并办理。"</p>
                                }.into_any()
                            }
                        }}
                        <p class=if missing.is_empty() { "ok-line summary" } else { "warn-line summary" }>
                            {if missing.is_empty() { "✓ 可以提交".to_string() } else { format!("提交前还需：{}", missing.join("；")) }}
                        </p>
                    }.into_any()
                }
            }}
        </aside>
    }
}
