//! `ReviewPanel`: the review of one item — at the desk of its current step:
//! pass, or return with comments to guide its improvement; at the last
//! step's desk: accept (number), convert a motion into a suggestion, merge
//! into a related item of the same series, or not accept; for an accepted
//! motion, the presidium's decision — each act dated by its business date
//! (a review keyed in from paper keeps the paper's date). Another desk sees
//! who acts and may switch. The trail follows; a returned item is
//! resubmitted from here.

use jianyi_core::raising::SuggestionKind;
use jianyi_core::review::{self, MotionDecision, ReviewAction, ReviewCommand, ReviewStep, Stage};
use jianyi_core::{Command, State, SuggestionId};
use leptos::prelude::*;

use crate::components::{
    BusinessDateField, DeskNotice, Notice, Tone, read_business_date, today_value,
};
use crate::engine::DispatchError;
use crate::router::Route;
use crate::state::use_app_state;

fn title_of(s: &State, x: &SuggestionId) -> String {
    s.raising
        .suggestions
        .get(x)
        .map_or(String::new(), |y| y.draft.title.clone())
}

/// One line of the review trail.
#[derive(Clone, PartialEq, Eq, Hash)]
struct TrailLine {
    /// Its place in the trail: two lines may read alike.
    n: usize,
    date: String,
    step: &'static str,
    action: String,
    comment: String,
    by: String,
}

fn trail(s: &State, id: SuggestionId) -> Vec<TrailLine> {
    s.review_file(id).map_or_else(Vec::new, |f| {
        f.trail
            .iter()
            .enumerate()
            .map(|(n, t)| TrailLine {
                n,
                date: jianyi_core::dates::ymd(t.on),
                step: t.step.label(),
                action: match &t.action {
                    ReviewAction::Merged(into) => format!("并入“{}”", title_of(s, into)),
                    ReviewAction::MergedFrom(from) => format!("并入“{}”", title_of(s, from)),
                    ReviewAction::Accepted(n) => {
                        format!("立案编号：{}", s.settings().format_number(*n))
                    }
                    other => other.label().to_string(),
                },
                comment: t.comment.clone(),
                by: t.by.clone(),
            })
            .collect()
    })
}

/// Review actions and trail of one suggestion.
#[component]
pub fn ReviewPanel(id: SuggestionId) -> impl IntoView {
    let app = use_app_state();
    let comment = RwSignal::new(String::new());
    let target = RwSignal::new(String::new());
    let date = today_value();
    let local_error = RwSignal::new(None::<String>);
    let act = Action::new_local(move |(cmd, on): &(ReviewCommand, chrono::NaiveDate)| {
        let (cmd, on) = (cmd.clone(), *on);
        async move {
            app.dispatch_as(Command::Review(cmd), app.actor(), on)
                .await
                .map(|_| ())
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = act.value().get() {
            comment.set(String::new());
            target.set(String::new());
        }
    });
    let dispatch = move |cmd: ReviewCommand| {
        local_error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                act.dispatch((cmd, on));
            }
            Err(e) => local_error.set(Some(e)),
        }
    };
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
    let final_step = move || {
        app.domain
            .with(|s| s.review_file(id).map(|f| f.final_step()))
            .unwrap_or(ReviewStep::Final)
    };
    let awaits_decision = move || app.domain.with(|s| s.awaits_motion_decision(id));
    let decision = move || {
        app.domain
            .with(|s| s.review_file(id).and_then(|f| f.motion_decision))
    };
    // Items this one may be merged into on the business date: those the
    // merge command accepts, most similar first.
    let targets = move || {
        let on = read_business_date(&date.get()).unwrap_or_else(|_| crate::platform::china_today());
        app.domain.with(|s| {
            review::merge_targets(s, id, on)
                .into_iter()
                .take(30)
                .filter_map(|(x, p)| {
                    let t = s.raising.suggestions.get(&x)?;
                    Some((
                        x.to_string(),
                        format!("{}（{}，相似度{p}%）", t.draft.title, s.stage(x).describe()),
                    ))
                })
                .collect::<Vec<_>>()
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
    let busy = move || act.pending().get() || app.read_only;
    let error = move || {
        local_error.get().or_else(|| {
            act.value()
                .get()
                .and_then(|r| r.err())
                .map(|e: DispatchError| e.message_zh())
        })
    };

    let step_actions = move |step: ReviewStep| {
        view! {
            <p class="note">{format!("当前环节：{}。退回是引导补充完善，不是否决。", step.label())}</p>
            <div class="form">
                <BusinessDateField id="r-date" value=date/>
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
                        <label for="r-target">"并案：并入同一序列中已到终审或已立案的相关建议"</label>
                        <select id="r-target" on:change=move |ev| target.set(event_target_value(&ev))>
                            <option value="" selected=move || target.get().is_empty()>"请选择"</option>
                            {move || targets().into_iter().map(|(v, label)| view! { <option value=v>{label}</option> }).collect_view()}
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
        }
    };

    view! {
        <section class="review" aria-label="审查">
            <h2>"审查"</h2>
            {move || match stage() {
                Some(Stage::InReview(step)) if app.desk.get() == step.desk() => step_actions(step).into_any(),
                Some(Stage::InReview(step)) => view! {
                    <DeskNotice what=format!("这件建议待{}", step.label()) desk=step.desk()/>
                }.into_any(),
                Some(Stage::Returned(step)) => view! {
                    <Notice tone=Tone::Warning>
                        {format!("{}退回补充完善：{}", step.label(), last_return().unwrap_or_default())}
                    </Notice>
                    <p class="note">"请在上方修改后保存（联名签名保留，联名代表会看到修改内容），再重新提交。"</p>
                    <div class="form inline">
                        <BusinessDateField id="r-date" value=date/>
                        <div class="actions">
                            <button type="button" class="primary" disabled=busy on:click=move |_| dispatch(ReviewCommand::Resubmit { id })>"重新提交"</button>
                        </div>
                    </div>
                }.into_any(),
                Some(Stage::Accepted) => view! {
                    <p class="accepted">{move || number().map(|n| format!("已立案：{n}"))}</p>
                    {move || decision().map(|d| view! { <p class="note">{d.label()}</p> })}
                    {move || awaits_decision().then(|| {
                        let desk = final_step().desk();
                        if app.desk.get() == desk {
                            view! {
                                <div class="form inline" role="group" aria-label="主席团决定">
                                    <BusinessDateField id="r-date" value=date label="决定日期"/>
                                    <div class="actions">
                                        {MotionDecision::ALL.into_iter().map(|d| view! {
                                            <button type="button" disabled=busy on:click=move |_| dispatch(ReviewCommand::DecideMotion { id, decision: d })>{d.label()}</button>
                                        }).collect_view()}
                                    </div>
                                </div>
                            }.into_any()
                        } else {
                            view! { <DeskNotice what="这件议案待主席团决定是否列入大会议程" desk/> }.into_any()
                        }
                    })}
                    <p><a class="button" href=Route::Print(id.to_string()).href()>"打印代表建议书"</a></p>
                }.into_any(),
                Some(Stage::Merged(into)) => view! {
                    <p>"已并入："<a href=Route::Suggestion(into.to_string()).href()>"查看并案后的建议"</a></p>
                }.into_any(),
                Some(Stage::NotAccepted) => view! { <p>"不予立案。"</p> }.into_any(),
                Some(Stage::Draft) | None => view! { <p class="note">"提交后进入审查。"</p> }.into_any(),
            }}
            {move || error().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || {
                let rows = app.domain.with(|s| trail(s, id));
                (!rows.is_empty()).then(|| view! {
                    <h3>"审查记录"</h3>
                    <table class="data">
                        <thead><tr><th scope="col">"日期"</th><th scope="col">"环节"</th><th scope="col">"结果"</th><th scope="col">"意见"</th><th scope="col">"经办"</th></tr></thead>
                        <tbody>
                            <For each=move || rows.clone() key=|l: &TrailLine| l.clone() let:l>
                                <tr><td class="date">{l.date}</td><td>{l.step}</td><td>{l.action}</td><td>{l.comment}</td><td>{l.by}</td></tr>
                            </For>
                        </tbody>
                    </table>
                })
            }}
        </section>
    }
}
