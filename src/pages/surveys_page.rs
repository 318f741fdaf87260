//! 满意度测评: the lead deputies' satisfaction surveys of the handling
//! (`SurveysPage`: the tasks of the failed ones with their colours, then
//! every survey with its counts and rate), and one item's surveys with the
//! form that records a survey or the re-survey after a rectification
//! (`SurveyPage`).

use jianyi_core::dates::zh;
use jianyi_core::evaluation::{
    EvaluationCommand, SurveyAnswer, SurveyTask, survey_tasks, surveys_of, tally,
};
use jianyi_core::handling::{Rating, facts};
use jianyi_core::ids::{SuggestionId, SurveyId};
use jianyi_core::office::registering_desk;
use jianyi_core::{Actor, Desk, How};
use leptos::prelude::*;

use crate::components::{BusinessDateField, read_business_date, today_value};
use crate::platform;
use crate::router::{Route, hash_href, use_router};
use crate::state::use_app_state;
use crate::supervision::{Outcome, OutcomeNotice};

/// Rows the participants' table starts with.
const ROWS: usize = 5;

/// The replied items, in number order: what may be surveyed.
fn replied_items(s: &jianyi_core::State) -> Vec<(SuggestionId, String)> {
    let today = platform::china_today();
    let mut out: Vec<(SuggestionId, String)> = s
        .handling
        .assignments
        .keys()
        .filter(|i| facts(s, **i, today).is_some_and(|f| f.replied.is_some()))
        .filter_map(|i| {
            let x = s.raising.suggestions.get(i)?;
            let number = s.number_label(x).unwrap_or_default();
            Some((*i, format!("{number} {}", x.draft.title)))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out
}

/// 满意度测评: the open tasks of failed surveys, then every survey.
#[component]
pub fn SurveysPage() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let date = today_value();
    let notes: RwSignal<std::collections::BTreeMap<String, String>> =
        RwSignal::new(Default::default());
    let outcome: Outcome = RwSignal::new(None);
    let act = Action::new_local(
        move |(command, done, on): &(EvaluationCommand, String, chrono::NaiveDate)| {
            let (command, done, on) = (command.clone(), done.clone(), *on);
            async move {
                let r = app
                    .dispatch_as(command.into(), app.actor(), on)
                    .await
                    .map(|_| done);
                outcome.set(Some(r.map_err(|e| e.message_zh())));
            }
        },
    );
    let threshold = move || {
        app.domain.with(|s| {
            s.office
                .settings_on(today)
                .evaluation
                .satisfaction_threshold_percent
        })
    };
    let may_record = move |task: SurveyTask| {
        let desk = app.desk.get();
        app.domain.with(|s| {
            registering_desk(s, today).is_some_and(|office| {
                desk == office || (desk == Desk::Unit && task != SurveyTask::Report)
            })
        })
    };
    view! {
        <section class="page">
            <h1>"满意度测评"</h1>
            <p class="lead">{move || format!(
                "领衔代表组织对办理情况的满意度测评；满意率低于{}%的，向常委会报告，承办单位书面说明，并在一个月内整改，整改后重新测评。",
                threshold()
            )}</p>
            <p class="no-print"><a class="button" href=hash_href(&["surveys", "new"], &[])>"登记测评"</a></p>
            <h2>"整改事项"</h2>
            {move || app.domain.with(|s| {
                let rows = survey_tasks(s, today);
                if rows.is_empty() {
                    return view! { <p class="empty">"没有满意率低于标准的测评。"</p> }.into_any();
                }
                view! {
                    <BusinessDateField id="task-date" value=date label="完成日期"/>
                    <OutcomeNotice outcome/>
                    <table class="data" aria-label="整改事项">
                        <thead><tr>
                            <th scope="col">"预警"</th><th scope="col">"建议"</th><th scope="col">"测评"</th>
                            <th scope="col">"事项"</th><th scope="col">"状态"</th><th scope="col">"完成情况"</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().map(|r| {
                            let survey = r.survey;
                            let title = s.raising.suggestions.get(&survey.item).map(|x| x.draft.title.clone()).unwrap_or_default();
                            let key = format!("{}/{}", survey.id, r.label);
                            let cell = match (r.done.clone(), r.task) {
                                (Some(done), _) => view! { <span>{done}</span> }.into_any(),
                                (None, Some(task)) if may_record(task) => {
                                    let label = format!("{}：{}", r.label, title);
                                    let k = key.clone();
                                    let k2 = key.clone();
                                    let done_text = format!("“{}”已完成", r.label);
                                    let survey_id = survey.id;
                                    view! {
                                        <form class="inline" aria-label=label.clone() on:submit=move |ev: leptos::ev::SubmitEvent| {
                                            ev.prevent_default();
                                            let on = match read_business_date(&date.get_untracked()) {
                                                Ok(d) => d,
                                                Err(e) => return outcome.set(Some(Err(e))),
                                            };
                                            let note = notes.with_untracked(|n| n.get(&k).cloned().unwrap_or_default());
                                            act.dispatch((EvaluationCommand::CompleteSurveyTask { survey: survey_id, task, note }, done_text.clone(), on));
                                        }>
                                            <input type="text" aria-label=format!("完成情况：{label}")
                                                prop:value=move || notes.with(|n| n.get(&k2).cloned().unwrap_or_default())
                                                on:input=move |ev| { let v = event_target_value(&ev); let k = key.clone(); notes.update(|n| { n.insert(k, v); }); }/>
                                            <button type="submit">"完成"</button>
                                        </form>
                                    }.into_any()
                                }
                                (None, None) if survey.done.contains_key(&SurveyTask::Rectification) => view! {
                                    <a href=hash_href(&["surveys", &survey.item.to_string()], &[("of", &survey.id.to_string())])>"重新测评"</a>
                                }.into_any(),
                                (None, _) => view! { <span class="empty">"—"</span> }.into_any(),
                            };
                            view! {
                                <tr class=format!("row-{}", r.colour.code())>
                                    <td><span class=format!("light {}", r.colour.code())>{r.colour.label()}</span></td>
                                    <td><a href=hash_href(&["surveys", &survey.item.to_string()], &[])>{title.clone()}</a></td>
                                    <td>{format!("{}，满意率{}", zh(survey.on), survey.rate().label())}</td>
                                    <td>{r.label}</td>
                                    <td>{r.why.clone()}</td>
                                    <td>{cell}</td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                }.into_any()
            })}
            <h2>"测评记录"</h2>
            {move || app.domain.with(|s| {
                let mut all: Vec<_> = s.evaluation.surveys.values().collect();
                all.sort_by_key(|x| std::cmp::Reverse((x.on, x.id)));
                if all.is_empty() {
                    return view! { <p class="empty">"还没有满意度测评。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="测评记录">
                        <thead><tr>
                            <th scope="col">"日期"</th><th scope="col">"建议"</th><th scope="col" class="num">"满意"</th>
                            <th scope="col" class="num">"基本满意"</th><th scope="col" class="num">"不满意"</th>
                            <th scope="col">"满意率"</th><th scope="col">"结果"</th>
                        </tr></thead>
                        <tbody>{all.into_iter().map(|x| {
                            let [a, b, c] = tally(&x.answers);
                            let title = s.raising.suggestions.get(&x.item).map(|t| t.draft.title.clone()).unwrap_or_default();
                            view! {
                                <tr>
                                    <td>{zh(x.on)}</td>
                                    <td><a href=hash_href(&["surveys", &x.item.to_string()], &[])>{title}</a></td>
                                    <td class="num">{a}</td><td class="num">{b}</td><td class="num">{c}</td>
                                    <td>{x.rate().label()}</td>
                                    <td>{if x.failed() { format!("低于{}%，须整改", x.threshold) } else { format!("达到{}%", x.threshold) }}
                                        {x.resurvey_of.is_some().then_some("（重新测评）")}</td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                }.into_any()
            })}
        </section>
    }
}

/// One item's surveys, and the form for a new one (or the re-survey named
/// by `of` in the query). `id` "new": the item is chosen on the form.
#[component]
pub fn SurveyPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let item = RwSignal::new(if id == "new" { String::new() } else { id });
    let of = router
        .url()
        .param("of")
        .and_then(|s| s.parse::<SurveyId>().ok());
    let date = today_value();
    let how = RwSignal::new("paper".to_string());
    let names: Vec<RwSignal<String>> = (0..ROWS).map(|_| RwSignal::new(String::new())).collect();
    let ratings: Vec<RwSignal<String>> = (0..ROWS).map(|_| RwSignal::new(String::new())).collect();
    let rows = RwSignal::new(
        (0..ROWS)
            .map(|i| (names[i], ratings[i]))
            .collect::<Vec<_>>(),
    );
    let outcome: Outcome = RwSignal::new(None);
    let act = Action::new_local(
        move |(command, actor, on): &(EvaluationCommand, Actor, chrono::NaiveDate)| {
            let (command, actor, on) = (command.clone(), actor.clone(), *on);
            async move {
                let r = app.dispatch_as(command.into(), actor, on).await;
                outcome.set(Some(
                    r.map(|_| "测评已登记".to_string())
                        .map_err(|e| e.message_zh()),
                ));
            }
        },
    );
    // The form starts empty after a survey is stored.
    Effect::new(move |_| {
        if let Some(Ok(_)) = outcome.get() {
            for (n, r) in rows.get_untracked() {
                n.set(String::new());
                r.set(String::new());
            }
        }
    });
    let chosen = move || item.get().parse::<SuggestionId>().ok();
    // The committee office records the survey, at its desk or with the
    // lead deputy at the deputy desk.
    let desk_ok = move || {
        let desk = app.desk.get();
        app.domain.with(|s| {
            registering_desk(s, platform::china_today())
                .is_some_and(|office| desk == office || desk == Desk::Deputy)
        })
    };
    let submit = move || {
        outcome.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return outcome.set(Some(Err(e))),
        };
        let Some(item) = chosen() else {
            return outcome.set(Some(Err("请选择测评的建议".into())));
        };
        let mut answers = Vec::new();
        for (i, (n, r)) in rows.get_untracked().into_iter().enumerate() {
            let (name, rating) = (n.get_untracked(), r.get_untracked());
            if name.trim().is_empty() && rating.is_empty() {
                continue;
            }
            if name.trim().is_empty() {
                return outcome.set(Some(Err(format!("第{}位参与人没有填写姓名", i + 1))));
            }
            let Some(rating) = Rating::from_code(&rating) else {
                return outcome.set(Some(Err(format!("请选择第{}位参与人的评价", i + 1))));
            };
            answers.push(SurveyAnswer { name, rating });
        }
        let Some((deputy, lead)) = app.domain.with_untracked(|s| {
            s.raising.suggestions.get(&item).map(|x| {
                (
                    x.draft.lead_deputy,
                    s.deputy_name(x.draft.lead_deputy).to_string(),
                )
            })
        }) else {
            return outcome.set(Some(Err("请选择测评的建议".into())));
        };
        let actor = Actor {
            acting_for: Some(lead),
            how: if how.get_untracked() == "in_person" {
                How::InPerson
            } else {
                How::PaperKeyedIn
            },
            ..app.actor()
        };
        act.dispatch((
            EvaluationCommand::HoldSurvey {
                item,
                deputy,
                answers,
                resurvey_of: of,
            },
            actor,
            on,
        ));
    };
    view! {
        <section class="page">
            <h1>{if of.is_some() { "重新测评" } else { "满意度测评" }}</h1>
            <p class="no-print"><a href=Route::Surveys.href()>"← 满意度测评"</a></p>
            {move || chosen().map(|i| app.domain.with(|s| {
                let held = surveys_of(s, i);
                let title = s.raising.suggestions.get(&i).map(|x| x.draft.title.clone()).unwrap_or_default();
                view! {
                    <p class="lead"><a href=Route::Suggestion(i.to_string()).href()>{title}</a></p>
                    {if held.is_empty() {
                        view! { <p class="empty">"这件建议还没有测评。"</p> }.into_any()
                    } else {
                        view! { <ul class="timeline">{held.into_iter().map(|x| {
                            let [a, b, c] = tally(&x.answers);
                            let each = x.answers.iter().map(|a| format!("{}：{}", a.name, a.rating.label())).collect::<Vec<_>>().join("，");
                            view! { <li><span class="date">{zh(x.on)}</span>" "{format!(
                                "{}人参加：满意{a}、基本满意{b}、不满意{c}；满意率{}，口径：{}{}",
                                x.answers.len(),
                                x.rate().label(),
                                x.basis.label(),
                                match x.rectify_by { Some(d) => format!("，低于{}%，整改期限{}", x.threshold, zh(d)), None => format!("，达到{}%", x.threshold) },
                            )}<br/><span class="hint">{format!("（{}）", each)}</span></li> }
                        }).collect_view()}</ul> }.into_any()
                    }}
                }
            }))}
            {move || (!desk_ok()).then(|| view! {
                <p class="hint">"测评由领衔代表组织，由代表工委（乡镇为人大主席团）登记：请在代表工委或“代表”工作台录入。"</p>
            })}
            {move || desk_ok().then(|| view! {
                <form class="form no-print" aria-label="登记测评" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); submit(); }>
                    <div class="field wide">
                        <label for="sv-item">"测评的建议（已答复）"</label>
                        <select id="sv-item" on:change=move |ev| item.set(event_target_value(&ev))>
                            <option value="" selected=move || item.get().is_empty()>"（请选择）"</option>
                            {move || app.domain.with(replied_items).into_iter().map(|(i, label)| {
                                let v = i.to_string();
                                let v2 = v.clone();
                                view! { <option value=v selected=move || item.get() == v2>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <BusinessDateField id="sv-date" value=date label="测评日期"/>
                    <fieldset class="checks">
                        <legend>"填写方式"</legend>
                        <label class="check"><input type="radio" name="sv-how" prop:checked=move || how.get() == "paper" on:change=move |_| how.set("paper".into())/>"按领衔代表提交的测评表录入"</label>
                        <label class="check"><input type="radio" name="sv-how" prop:checked=move || how.get() == "in_person" on:change=move |_| how.set("in_person".into())/>"领衔代表本人在场填写"</label>
                    </fieldset>
                    <table class="data" aria-label="参与测评的人员">
                        <thead><tr><th scope="col">"序号"</th><th scope="col">"姓名"</th><th scope="col">"评价"</th></tr></thead>
                        <tbody>{move || rows.get().into_iter().enumerate().map(|(i, (n, r))| {
                            let group = format!("sv-rating-{i}");
                            view! {
                                <tr>
                                    <td class="num">{i + 1}</td>
                                    <td><input type="text" aria-label=format!("第{}位姓名", i + 1) prop:value=move || n.get() on:input=move |ev| n.set(event_target_value(&ev))/></td>
                                    <td><fieldset class="checks ratings"><legend class="visually-hidden">{format!("第{}位评价", i + 1)}</legend>
                                        {Rating::ALL.into_iter().map(|x| {
                                            let group = group.clone();
                                            view! { <label class="check"><input type="radio" name=group prop:checked=move || r.get() == x.code() on:change=move |_| r.set(x.code().to_string())/>{x.label()}</label> }
                                        }).collect_view()}
                                    </fieldset></td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                    <button type="button" on:click=move |_| rows.update(|v| v.push((RwSignal::new(String::new()), RwSignal::new(String::new())))) >"增加一人"</button>
                    <OutcomeNotice outcome/>
                    <div class="actions"><button type="submit" class="primary">"保存测评"</button></div>
                </form>
            })}
        </section>
    }
}
