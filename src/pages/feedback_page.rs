//! `FeedbackPage` (征询意见): the deputies' feedback on one item: each reply
//! with every proposer's answer (沟通、态度、结果, the comment, the date and
//! how it was given), and the form a deputy fills in at the PC or a clerk
//! keys in from the paper 征询意见表 under the deputy's name. A unit's desk
//! never rates its own reply: the form is not offered there, and the core
//! refuses it.

use chrono::NaiveDate;
use jianyi_core::actor::{Actor, How};
use jianyi_core::dates::zh;
use jianyi_core::handling::{
    Assignment, Feedback, HandlingCommand, HandlingEvent, Rating, Replied, facts, feedback_due,
    not_yet_closable,
};
use jianyi_core::{DeputyId, Desk, EventKind, State, SuggestionId, UnitId};
use leptos::prelude::*;

use crate::components::{
    BusinessDateField, DeskNotice, Notice, Tone, read_business_date, today_value,
};
use crate::handling::unit_name;
use crate::platform;
use crate::router::Route;
use crate::state::use_app_state;

/// One reply of the item, as the page shows it.
#[derive(Clone, Debug, PartialEq)]
struct ReplyCard {
    unit: UnitId,
    heading: String,
    summary: String,
    promise: Option<String>,
    due: NaiveDate,
    /// Each proposer: id, name, role, their answer as a line (None: not
    /// yet).
    answers: Vec<(DeputyId, String, &'static str, Option<String>)>,
}

fn card(
    s: &State,
    item: SuggestionId,
    unit: UnitId,
    round: usize,
    r: &Replied,
    a: &Assignment,
) -> ReplyCard {
    let role = |d: DeputyId| jianyi_core::handling::follow::answering_role(s, item, d).label();
    ReplyCard {
        unit,
        heading: if round > 1 || !a.task(unit).is_some_and(|t| t.rounds.is_empty()) {
            format!("{}的答复（第{round}轮）", unit_name(s, unit))
        } else {
            format!("{}的答复", unit_name(s, unit))
        },
        summary: format!(
            "{}答复，{}，{}",
            zh(r.on),
            r.reply.class.label(),
            r.reply.doc_number
        ),
        promise: r
            .reply
            .promise
            .as_ref()
            .map(|p| format!("承诺事项：{}（{}前）", p.what, zh(p.by))),
        due: feedback_due(s, a, r).due,
        answers: r
            .letters
            .iter()
            .map(|(d, _)| {
                let line = r.answer(*d).map(|x| {
                    let f = &x.feedback;
                    let how = match x.how {
                        How::PaperKeyedIn => format!("，纸质征询意见表由{}录入", x.operator),
                        How::InPerson => "，本人在场填写".into(),
                        _ => String::new(),
                    };
                    let mut line = format!("{}（{}{how}）", f.ratings(), zh(x.on));
                    if !f.comment.is_empty() {
                        line.push_str(&format!("。意见：{}", f.comment));
                    }
                    line
                });
                (*d, s.deputy_name(*d).to_string(), role(*d), line)
            })
            .collect(),
    }
}

/// Every reply of the item a proposer may still rate, or has rated: each
/// replying unit's reply of this round, and the last round's when the
/// item went back before every proposer answered it.
fn cards(s: &State, item: SuggestionId) -> Vec<ReplyCard> {
    let Some(a) = s.handling.assignments.get(&item) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for t in a.current().filter(|t| t.role.replies()) {
        if let Some(last) = t.rounds.last() {
            out.push(card(s, item, t.unit, t.rounds.len(), &last.replied, a));
        }
        if let Some(r) = &t.replied {
            out.push(card(s, item, t.unit, t.round(), r, a));
        }
    }
    out
}

#[component]
pub fn FeedbackPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let Some(item) = id.parse::<SuggestionId>().ok().filter(|id| {
        app.domain
            .with_untracked(|s| s.handling.assignments.contains_key(id))
    }) else {
        return view! {
            <section class="page"><h1>"没有这件已交办的建议"</h1><p><a href=Route::Feedback.href()>"返回征询意见"</a></p></section>
        }
        .into_any();
    };
    let today = platform::china_today();
    let head = Memo::new(move |_| {
        app.domain.with(|s| {
            s.raising.suggestions.get(&item).map(|x| {
                (
                    format!(
                        "{} {}",
                        s.number_label(x).unwrap_or_default(),
                        x.draft.title
                    ),
                    s.handling.assignments.get(&item).map(|a| {
                        (
                            a.closed,
                            a.terms.no_feedback.label(),
                            not_yet_closable(s, a, today),
                        )
                    }),
                    facts(s, item, today),
                )
            })
        })
    });
    let cards = Memo::new(move |_| app.domain.with(|s| cards(s, item)));
    let date = today_value();
    let error = RwSignal::new(None::<String>);
    // The form: which reply, which deputy, how, the three ratings.
    let target = RwSignal::new(String::new());
    let how = RwSignal::new("paper".to_string());
    let ratings = [
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    ];
    let comment = RwSignal::new(String::new());
    let act = Action::new_local(
        move |(command, actor, on): &(HandlingCommand, Actor, NaiveDate)| {
            let (command, actor, on) = (command.clone(), actor.clone(), *on);
            async move {
                // A lead's 不满意 on the result sends the item back: say so,
                // with the new deadline.
                app.dispatch_as(command.into(), actor, on).await.map(|events| {
                    events.iter().find_map(|e| match &e.kind {
                        EventKind::Handling(HandlingEvent::FeedbackGiven {
                            second: Some(clock),
                            ..
                        }) => Some(format!(
                            "已登记征询意见。领衔代表对办理结果不满意，建议已交回承办单位重新办理（二次办理），须于{}前重新答复",
                            zh(clock.deadline.due)
                        )),
                        _ => None,
                    })
                    .unwrap_or_else(|| "已登记征询意见".to_string())
                })
            }
        },
    );
    Effect::new(move |_| {
        if let Some(Ok(_)) = act.value().get() {
            target.set(String::new());
            comment.set(String::new());
            for r in ratings {
                r.set(String::new());
            }
        }
    });
    let may_rate = move || !matches!(app.desk.get(), Desk::Unit | Desk::Leader | Desk::Public);
    let submit = move || {
        error.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(on) => on,
            Err(e) => return error.set(Some(e)),
        };
        let Some((unit, deputy)) = target
            .get_untracked()
            .split_once('/')
            .and_then(|(u, d)| Some((u.parse::<UnitId>().ok()?, d.parse::<DeputyId>().ok()?)))
        else {
            return error.set(Some("请选择反馈的代表".into()));
        };
        const WHAT: [&str; 3] = ["沟通联系情况", "办理态度", "办理结果"];
        let mut got = [Rating::Satisfied; 3];
        for (i, r) in ratings.iter().enumerate() {
            match Rating::from_code(&r.get_untracked()) {
                Some(x) => got[i] = x,
                None => return error.set(Some(format!("请选择“{}”的评价", WHAT[i]))),
            }
        }
        let name = app
            .domain
            .with_untracked(|s| s.deputy_name(deputy).to_string());
        let actor = Actor {
            acting_for: Some(name),
            how: if how.get_untracked() == "in_person" {
                How::InPerson
            } else {
                How::PaperKeyedIn
            },
            ..app.actor()
        };
        let command = HandlingCommand::GiveFeedback {
            item,
            unit,
            deputy,
            feedback: Feedback {
                communication: got[0],
                attitude: got[1],
                result: got[2],
                comment: comment.get_untracked(),
            },
        };
        act.dispatch((command, actor, on));
    };
    let rating_group = move |i: usize, legend: &'static str| {
        let value = ratings[i];
        let name = format!("rating-{i}");
        view! {
            <fieldset class="checks ratings">
                <legend>{legend}</legend>
                {Rating::ALL.into_iter().map(|r| {
                    let name = name.clone();
                    view! {
                        <label class="check"><input type="radio" name=name prop:checked=move || value.get() == r.code()
                            on:change=move |_| value.set(r.code().to_string())/>{r.label()}</label>
                    }
                }).collect_view()}
            </fieldset>
        }
    };
    view! {
        <section class="page">
            <h1>"征询意见"</h1>
            {move || head.get().map(|(title, state, facts)| view! {
                <p class="lead"><a href=Route::Suggestion(item.to_string()).href()>{title}</a></p>
                // Three facts apart: replied, satisfied, realised.
                {facts.filter(|f| f.replied.is_some() || f.round > 1).map(|f| view! {
                    <table class="data summary facts"><tbody><tr>
                        <th scope="row">"答复"</th><td>{f.replied.map_or_else(|| format!("第{}轮办理中", f.round), |d| format!("{}已答复{}", zh(d), if f.round > 1 { format!("（第{}轮）", f.round) } else { String::new() }))}</td>
                        <th scope="row">"代表评价"</th><td>{f.satisfaction.as_ref().map_or("—".into(), |x| x.label())}</td>
                        <th scope="row">"落实"</th><td>{f.realisation.as_ref().map_or("—".into(), |x| x.label())}</td>
                        <th scope="row">"办结"</th><td>{f.closed.map_or("未办结".into(), zh)}</td>
                    </tr></tbody></table>
                })}
                {state.map(|(closed, no_feedback, missing)| match closed {
                    Some(on) => view! { <p>{format!("已于{}办结。", zh(on))}</p> }.into_any(),
                    None => view! {
                        <p class="hint">{format!("反馈期满未反馈的，按设置计为“{no_feedback}”。")}
                            {(!missing.is_empty()).then(|| format!("办结前尚待：{}。", missing.join("；")))}</p>
                    }.into_any(),
                })}
            })}
            {move || (!may_rate()).then(|| view! { <DeskNotice what="征询意见是代表本人的意见" desk=Desk::Deputy/> })}
            {move || {
                let cards = cards.get();
                if cards.is_empty() {
                    return view! { <p class="empty">"承办单位尚未答复，暂无可反馈的答复。"</p> }.into_any();
                }
                cards.into_iter().map(|c| {
                    let letters = Route::Letters(item.to_string(), c.unit.to_string()).href();
                    let late = c.due < today;
                    view! {
                        <section class="reply-card" aria-label=c.heading.clone()>
                            <h2>{c.heading.clone()}</h2>
                            <p>{c.summary.clone()}" "<a class="no-print" href=letters>"打印答复函和征询意见表"</a></p>
                            {c.promise.clone().map(|p| view! { <p>{p}</p> })}
                            <table class="data">
                                <thead><tr><th scope="col">"代表"</th><th scope="col">"身份"</th><th scope="col">"征询意见"</th></tr></thead>
                                <tbody>{c.answers.iter().map(|(_, name, role, line)| view! {
                                    <tr><td>{name.clone()}</td><td>{*role}</td><td>{match line {
                                        Some(l) => l.clone(),
                                        None if late => format!("逾期未反馈（期限{}）", zh(c.due)),
                                        None => format!("待反馈（{}前）", zh(c.due)),
                                    }}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                        </section>
                    }
                }).collect_view().into_any()
            }}
            {move || {
                let options: Vec<(String, String)> = cards.get().into_iter().flat_map(|c| {
                    let heading = c.heading.clone();
                    let unit = c.unit;
                    c.answers.into_iter().filter(|(_, _, _, l)| l.is_none()).map(move |(d, name, role, _)| {
                        (format!("{unit}/{d}"), format!("{name}（{role}）— {heading}"))
                    })
                }).collect();
                (may_rate() && !options.is_empty()).then(|| view! {
                    <form class="form no-print" aria-label="登记征询意见" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); submit(); }>
                        <h2>"登记征询意见"</h2>
                        <div class="field wide">
                            <label for="fb-target">"反馈的代表"</label>
                            <select id="fb-target" on:change=move |ev| target.set(event_target_value(&ev))>
                                <option value="" selected=move || target.get().is_empty()>"（请选择）"</option>
                                {options.into_iter().map(|(v, label)| {
                                    let v2 = v.clone();
                                    view! { <option value=v selected=move || target.get() == v2>{label}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <fieldset class="checks">
                            <legend>"填写方式"</legend>
                            <label class="check"><input type="radio" name="fb-how" prop:checked=move || how.get() == "paper" on:change=move |_| how.set("paper".into())/>"按代表签名的纸质征询意见表录入"</label>
                            <label class="check"><input type="radio" name="fb-how" prop:checked=move || how.get() == "in_person" on:change=move |_| how.set("in_person".into())/>"代表本人在场填写"</label>
                        </fieldset>
                        {rating_group(0, "沟通联系情况")}
                        {rating_group(1, "办理态度")}
                        {rating_group(2, "办理结果")}
                        <div class="field wide">
                            <label for="fb-comment">"意见和建议（评为不满意的须填写）"</label>
                            <textarea id="fb-comment" rows="3" prop:value=move || comment.get() on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                        </div>
                        <div class="form inline"><BusinessDateField id="fb-date" value=date/></div>
                        <div class="actions"><button type="submit" class="primary" disabled=move || act.pending().get() || app.read_only>"登记征询意见"</button></div>
                    </form>
                })
            }}
            {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || act.value().get().map(|r| match r {
                Ok(done) => view! { <Notice tone=Tone::Success>{done}</Notice> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
            })}
        </section>
    }
    .into_any()
}
