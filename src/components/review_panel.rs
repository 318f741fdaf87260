//! `ReviewPanel`: the review of one item — pass, return with comments to
//! guide its improvement, and at the last step accept (number), convert a
//! motion into a suggestion, merge into a related item, or not accept — with
//! the review trail; a returned item is resubmitted from here.

use jianyi_core::raising::SuggestionKind;
use jianyi_core::raising::checks::similarity;
use jianyi_core::review::{ReviewAction, ReviewCommand, Stage};
use jianyi_core::{Command, SuggestionId};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::router::Route;
use crate::state::{on_success, use_app_state};

/// Review actions and trail of one suggestion.
#[component]
pub fn ReviewPanel(id: SuggestionId) -> impl IntoView {
    let app = use_app_state();
    let comment = RwSignal::new(String::new());
    let target = RwSignal::new(String::new());
    let act = app.command_action();
    on_success(act, move || {
        comment.set(String::new());
    });
    let stage = move || {
        app.domain
            .with(|s| s.raising.suggestions.contains_key(&id).then(|| s.stage(id)))
    };
    let is_motion = move || {
        app.domain.with(|s| {
            s.raising
                .suggestions
                .get(&id)
                .is_some_and(|x| s.kind(x) == SuggestionKind::Motion)
        })
    };
    let title_of = |s: &jianyi_core::State, x: &SuggestionId| {
        s.raising
            .suggestions
            .get(x)
            .map_or(String::new(), |y| y.draft.title.clone())
    };
    let trail = move || {
        app.domain.with(|s| {
            s.review_file(id).map_or_else(Vec::new, |x| {
                x.trail
                    .iter()
                    .map(|t| {
                        let action = match &t.action {
                            ReviewAction::Merged(into) => {
                                format!("并入“{}”", title_of(s, into))
                            }
                            ReviewAction::MergedFrom(from) => {
                                format!("并入“{}”", title_of(s, from))
                            }
                            ReviewAction::Accepted(n) => {
                                format!("立案编号：{}", s.settings().format_number(*n))
                            }
                            other => other.label().to_string(),
                        };
                        (
                            jianyi_core::dates::ymd(t.on),
                            t.step.label(),
                            action,
                            t.comment.clone(),
                            t.by.clone(),
                        )
                    })
                    .collect()
            })
        })
    };
    // Items this one may be merged into: open ones, most similar first.
    let targets = move || {
        app.domain.with(|s| {
            let Some(me) = s.raising.suggestions.get(&id) else {
                return Vec::new();
            };
            let mine = format!("{}{}", me.draft.title, me.draft.ask);
            let mut v: Vec<(u32, String, String)> = s
                .raising
                .suggestions
                .values()
                .filter(|x| {
                    x.id != id
                        && matches!(
                            s.stage(x.id),
                            Stage::InReview(_) | Stage::Returned(_) | Stage::Accepted
                        )
                })
                .map(|x| {
                    let p = similarity(&mine, &format!("{}{}", x.draft.title, x.draft.ask));
                    (
                        p,
                        x.id.to_string(),
                        format!(
                            "{}（{}，相似度{p}%）",
                            x.draft.title,
                            s.stage(x.id).describe()
                        ),
                    )
                })
                .collect();
            v.sort_by(|a, b| b.0.cmp(&a.0).then(a.2.cmp(&b.2)));
            v.truncate(30);
            v
        })
    };
    let number = move || {
        app.domain.with(|s| {
            s.raising
                .suggestions
                .get(&id)
                .and_then(|x| s.number_label(x))
        })
    };
    let last_return = move || {
        app.domain.with(|s| {
            s.review_file(id).and_then(|x| {
                x.trail
                    .iter()
                    .rev()
                    .find(|t| t.action == ReviewAction::Returned)
                    .map(|t| t.comment.clone())
            })
        })
    };
    let dispatch = move |cmd: ReviewCommand| {
        act.dispatch(Command::Review(cmd));
    };
    let busy = move || act.pending().get() || app.read_only;

    view! {
        <section class="review" aria-label="审查">
            <h2>"审查"</h2>
            {move || match stage() {
                Some(Stage::InReview(step)) => view! {
                    <p class="note">{format!("当前环节：{}。退回是引导补充完善，不是否决。", step.label())}</p>
                    <div class="form">
                        <div class="field wide">
                            <label for="r-comment">{if step.is_final() { "审查意见（退回或不予立案时必填）" } else { "审查意见（退回时必填）" }}</label>
                            <textarea id="r-comment" rows="2" prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                        </div>
                        <div class="actions wide">
                            {(!step.is_final()).then(|| view! {
                                <button type="button" class="primary" disabled=busy
                                    on:click=move |_| dispatch(ReviewCommand::PassReview { id, comment: comment.get_untracked() })>"通过"</button>
                            })}
                            {step.is_final().then(|| view! {
                                <button type="button" class="primary" disabled=busy on:click=move |_| dispatch(ReviewCommand::Accept { id })>"立案编号"</button>
                            })}
                            {move || (step.is_final() && is_motion()).then(|| view! {
                                <button type="button" disabled=busy on:click=move |_| dispatch(ReviewCommand::ConvertToSuggestion { id })>"议案转为建议"</button>
                            })}
                            <button type="button" disabled=busy
                                on:click=move |_| dispatch(ReviewCommand::ReturnForImprovement { id, comment: comment.get_untracked() })>"退回补充完善"</button>
                            {step.is_final().then(|| view! {
                                <button type="button" disabled=busy
                                    on:click=move |_| dispatch(ReviewCommand::NotAccept { id, reason: comment.get_untracked() })>"不予立案"</button>
                            })}
                        </div>
                        {step.is_final().then(|| view! {
                            <div class="field wide">
                                <label for="r-target">"并案：并入相关建议"</label>
                                <select id="r-target" on:change=move |ev| target.set(event_target_value(&ev))>
                                    <option value="">"请选择"</option>
                                    {move || targets().into_iter().map(|(_, v, label)| view! { <option value=v>{label}</option> }).collect_view()}
                                </select>
                            </div>
                            <div class="actions">
                                <button type="button" disabled=move || busy() || target.get().is_empty() on:click=move |_| {
                                    if let Ok(into) = target.get_untracked().parse() {
                                        dispatch(ReviewCommand::Merge { id, into });
                                    }
                                }>"并入所选建议"</button>
                            </div>
                        })}
                    </div>
                }.into_any(),
                Some(Stage::Returned(step)) => view! {
                    <Notice tone=Tone::Warning>
                        {format!("{}退回补充完善：{}", step.label(), last_return().unwrap_or_default())}
                    </Notice>
                    <p class="note">"请在上方修改后保存（联名签名保留，联名代表会看到修改内容），再重新提交。"</p>
                    <div class="actions">
                        <button type="button" class="primary" disabled=busy on:click=move |_| dispatch(ReviewCommand::Resubmit { id })>"重新提交"</button>
                    </div>
                }.into_any(),
                Some(Stage::Accepted) => view! {
                    <p class="accepted">{move || number().map(|n| format!("已立案：{n}"))}</p>
                    <p><a class="button" href=Route::Print(id.to_string()).href()>"打印代表建议书"</a></p>
                }.into_any(),
                Some(Stage::Merged(into)) => view! {
                    <p>"已并入："<a href=Route::Suggestion(into.to_string()).href()>"查看并案后的建议"</a></p>
                }.into_any(),
                Some(Stage::NotAccepted) => view! { <p>"不予立案。"</p> }.into_any(),
                Some(Stage::Draft) | None => view! { <p class="note">"提交后进入审查。"</p> }.into_any(),
            }}
            {move || act.value().get().and_then(|r| r.err()).map(|e| view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> })}
            {move || {
                let rows = trail();
                (!rows.is_empty()).then(|| view! {
                    <h3>"审查记录"</h3>
                    <table class="data">
                        <thead><tr><th scope="col">"日期"</th><th scope="col">"环节"</th><th scope="col">"结果"</th><th scope="col">"意见"</th><th scope="col">"经办"</th></tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(d, step, action, comment, by)| view! {
                                <tr><td class="date">{d}</td><td>{step}</td><td>{action}</td><td>{comment}</td><td>{by}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                })
            }}
        </section>
    }
}
