//! `OversightPage` (督办): one accepted item's oversight — the four
//! responsibilities (固始: a leader leads, a leader supervises, an office
//! follows, the unit handles), whether it is a key suggestion and which
//! committee body answers for it, and the manual warnings (人工预警) raised
//! on it, each kept with its lifting. The committee office sets the
//! responsibilities and the key mark at its desk; a committee body, a
//! leader, the committee office, or a proposer at the deputy desk raises
//! and lifts a warning.

use jianyi_core::dates::zh;
use jianyi_core::directory::EntryRef;
use jianyi_core::handling::warning;
use jianyi_core::review::Stage;
use jianyi_core::supervision::{
    ItemRecord, SupervisionCommand, leader_label, records_of, sources_of,
};
use jianyi_core::{CommitteeId, DeputyId, Desk, EventId, How, LeaderId, SuggestionId};
use leptos::prelude::*;

use crate::components::DeskNotice;
use crate::handling::{at_office_desk, units_line};
use crate::platform;
use crate::router::{Route, hash_href};
use crate::state::use_app_state;
use crate::supervision::{
    Outcome, OutcomeNotice, acting, committee_options, item_line, leader_options, select_field,
    supervises_here,
};

#[component]
pub fn OversightPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let Some(item) = id.parse::<SuggestionId>().ok().filter(|id| {
        app.domain
            .with_untracked(|s| s.stage(*id) == Stage::Accepted)
    }) else {
        return view! {
            <section class="page"><h1>"没有这件已立案的建议"</h1><p><a href=Route::KeyItems.href()>"返回重点建议"</a></p></section>
        }
        .into_any();
    };
    let today = platform::china_today();
    let office = Memo::new(move |_| app.domain.with(|s| at_office_desk(s, app.desk.get())));
    let supervisor = Memo::new(move |_| {
        let desk = app.desk.get();
        desk == Desk::Deputy || app.domain.with(|s| supervises_here(s, desk))
    });
    let outcome: Outcome = RwSignal::new(None);
    let act = acting(app, outcome);
    // At the deputy desk a warning is the deputy's own act, in person or
    // keyed in from paper, under the deputy's name.
    let how = RwSignal::new("in_person".to_string());
    let as_deputy = Action::new_local(
        move |(command, done, deputy): &(jianyi_core::Command, String, DeputyId)| {
            let (command, done, deputy) = (command.clone(), done.clone(), *deputy);
            async move {
                let mut actor = app.actor();
                actor.acting_for = Some(
                    app.domain
                        .with_untracked(|s| s.deputy_name(deputy).to_string()),
                );
                actor.how = if how.get_untracked() == "paper" {
                    How::PaperKeyedIn
                } else {
                    How::InPerson
                };
                let r = app
                    .dispatch_as(command, actor, platform::china_today())
                    .await
                    .map(|_| done);
                outcome.set(Some(r.map_err(|e| e.message_zh())));
            }
        },
    );
    let at_deputy = move || app.desk.get() == Desk::Deputy;
    let held = move || {
        app.domain
            .with(|s| s.supervision.of(item).cloned().unwrap_or_default())
    };
    let (leading, supervising, following) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    Effect::new(move |_| {
        let r = held().responsibilities;
        let text = |x: Option<String>| x.unwrap_or_default();
        leading.set(text(r.leading.map(|l| l.to_string())));
        supervising.set(text(r.supervising.map(|l| l.to_string())));
        following.set(text(r.following.map(|c| c.to_string())));
    });
    let leaders = move || app.domain.with(leader_options);
    let committees = move || app.domain.with(committee_options);
    let assigned = move || {
        app.domain
            .with(|s| s.handling.assignments.contains_key(&item))
    };
    let key_committee = RwSignal::new(String::new());
    let unmark_reason = RwSignal::new(String::new());
    let warn_reason = RwSignal::new(String::new());
    let warn_deputy = RwSignal::new(String::new());
    let lift_reason = RwSignal::new(String::new());
    let title = move || app.domain.with(|s| item_line(s, item));
    let proposers = move || {
        app.domain.with(|s| {
            s.raising
                .suggestions
                .get(&item)
                .map(|x| {
                    s.proposers_marked(x)
                        .into_iter()
                        .map(|(d, role)| (d, format!("{}（{}）", s.deputy_name(d), role.label())))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="page">
            <p class="no-print"><a href=Route::KeyItems.href()>"← 重点建议"</a></p>
            <h1>{move || format!("督办：{}", title())}</h1>
            <OutcomeNotice outcome/>
            <h2>"四方责任"</h2>
            <dl class="keyvalue">
                <dt>"领办领导"</dt><dd>{move || app.domain.with(|s| held().responsibilities.leading.map_or("（未定）".into(), |l| leader_label(s, l)))}</dd>
                <dt>"督办领导"</dt><dd>{move || app.domain.with(|s| held().responsibilities.supervising.map_or("（未定）".into(), |l| leader_label(s, l)))}</dd>
                <dt>"跟踪督办"</dt><dd>{move || app.domain.with(|s| held().responsibilities.following.map_or("代表工委".into(), |c| s.directory.entry_name(&EntryRef::Committee(c))))}</dd>
                <dt>"承办单位"</dt><dd>{move || app.domain.with(|s| s.handling.assignments.get(&item).map_or("尚未交办".into(), |a| units_line(s, a)))}</dd>
            </dl>
            {move || office.get().then(|| view! {
                <form class="form inline no-print" on:submit=move |ev| {
                    ev.prevent_default();
                    let command = SupervisionCommand::SetResponsibilities {
                        item,
                        leading: leading.get_untracked().parse::<LeaderId>().ok(),
                        supervising: supervising.get_untracked().parse::<LeaderId>().ok(),
                        following: following.get_untracked().parse::<CommitteeId>().ok(),
                    };
                    act.dispatch((command.into(), "领办、督办和跟踪责任已保存".into()));
                }>
                    {select_field("ov-leading", "领办领导", "（未定）", leading, leaders())}
                    {select_field("ov-supervising", "督办领导", "（未定）", supervising, leaders())}
                    {select_field("ov-following", "跟踪督办", "代表工委", following, committees())}
                    <button type="submit">"保存责任"</button>
                </form>
            })}
            <h2>"重点建议"</h2>
            {move || app.domain.with(|s| match held().key {
                Some(k) => format!(
                    "{}确定为重点建议，负责委室：{}",
                    zh(k.marked_on),
                    k.committee.map_or("代表工委".into(), |c| s.directory.entry_name(&EntryRef::Committee(c)))
                ),
                None => "不是重点建议".into(),
            })}
            {move || office.get().then(|| if held().key.is_some() {
                view! {
                    <form class="form inline no-print" on:submit=move |ev| {
                        ev.prevent_default();
                        act.dispatch((SupervisionCommand::UnmarkKey { item, reason: unmark_reason.get_untracked() }.into(), "已取消重点建议".into()));
                    }>
                        <div class="field">
                            <label for="ov-unmark">"取消的理由"</label>
                            <input id="ov-unmark" type="text" prop:value=move || unmark_reason.get() on:input=move |ev| unmark_reason.set(event_target_value(&ev))/>
                        </div>
                        <button type="submit">"取消重点建议"</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <form class="form inline no-print" on:submit=move |ev| {
                        ev.prevent_default();
                        let committee = key_committee.get_untracked().parse::<CommitteeId>().ok();
                        act.dispatch((SupervisionCommand::MarkKey { item, committee }.into(), "已列为重点建议".into()));
                    }>
                        {select_field("ov-key-committee", "负责委室", "代表工委", key_committee, committees())}
                        <button type="submit">"列为重点建议"</button>
                    </form>
                }.into_any()
            })}
            <h2>"预警"</h2>
            {move || app.domain.with(|s| s.handling.assignments.get(&item).map(|a| {
                let w = warning(s, a, today);
                view! {
                    <p><span class=format!("light {}", w.colour.code())>{w.colour.label()}</span>" "{w.reasons.join("；")}</p>
                }
            }))}
            {move || {
                let list = held().warnings;
                if list.is_empty() {
                    return view! { <p class="empty">"没有人工预警。"</p> }.into_any();
                }
                view! {
                    <table class="data">
                        <thead><tr><th scope="col">"发出"</th><th scope="col">"发出方"</th><th scope="col">"理由"</th><th scope="col">"解除"</th></tr></thead>
                        <tbody>{list.into_iter().map(|w| {
                            let by = app.domain.with(|s| w.deputy.map_or(w.raised_by.clone(), |d| format!("代表 {}", s.deputy_name(d))));
                            let id: EventId = w.id;
                            let open = w.lifted.is_none();
                            let raiser = w.deputy;
                            view! {
                                <tr>
                                    <td class="date">{zh(w.raised_on)}</td>
                                    <td>{by}</td>
                                    <td>{w.reason.clone()}</td>
                                    <td>{match w.lifted {
                                        Some(l) => format!("{}由{}解除：{}", zh(l.on), l.by, l.reason),
                                        None => "未解除".into(),
                                    }}
                                    {move || (open && supervisor.get() && (!at_deputy() || raiser.is_some())).then(|| view! {
                                        " "<button type="button" class="no-print" on:click=move |_| {
                                            let reason = lift_reason.get_untracked();
                                            match (at_deputy(), raiser) {
                                                (true, Some(d)) => {
                                                    as_deputy.dispatch((SupervisionCommand::LiftWarning { item, warning: id, reason, deputy: Some(d) }.into(), "人工预警已解除".into(), d));
                                                }
                                                _ => {
                                                    act.dispatch((SupervisionCommand::LiftWarning { item, warning: id, reason, deputy: None }.into(), "人工预警已解除".into()));
                                                }
                                            }
                                        }>"解除"</button>
                                    })}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                    {move || supervisor.get().then(|| view! {
                        <div class="form inline no-print">
                            <div class="field">
                                <label for="ov-lift">"解除的理由"</label>
                                <input id="ov-lift" type="text" prop:value=move || lift_reason.get() on:input=move |ev| lift_reason.set(event_target_value(&ev))/>
                            </div>
                        </div>
                    })}
                }
                .into_any()
            }}
            {move || (!supervisor.get()).then(|| view! { <DeskNotice what="人工预警由督办方或提出建议的代表发出" desk=Desk::CommitteeOffice/> })}
            {move || (supervisor.get() && !assigned()).then(|| view! { <p class="hint">"交办后才能发出人工预警。"</p> })}
            {move || (supervisor.get() && assigned()).then(|| view! {
                <form class="form inline no-print" on:submit=move |ev| {
                    ev.prevent_default();
                    let deputy = warn_deputy.get_untracked().parse::<DeputyId>().ok();
                    let done = "人工预警已发出，在预警中显示为红灯，直至解除".to_string();
                    let command = SupervisionCommand::RaiseWarning { item, reason: warn_reason.get_untracked(), deputy }.into();
                    match (at_deputy(), deputy) {
                        (true, Some(d)) => { as_deputy.dispatch((command, done, d)); }
                        (true, None) => outcome.set(Some(Err("请选择发出预警的代表".into()))),
                        (false, _) => { act.dispatch((command, done)); }
                    }
                }>
                    {move || at_deputy().then(|| view! {
                        {select_field("ov-deputy", "发出预警的代表", "（请选择）", warn_deputy, proposers().into_iter().map(|(d, n)| (d.to_string(), n)).collect())}
                        <div class="field">
                            <label for="ov-how">"填写方式"</label>
                            <select id="ov-how" on:change=move |ev| how.set(event_target_value(&ev))>
                                <option value="in_person" selected=move || how.get() == "in_person">"代表本人在场填写"</option>
                                <option value="paper" selected=move || how.get() == "paper">"纸质件录入"</option>
                            </select>
                        </div>
                    })}
                    <div class="field">
                        <label for="ov-reason">"预警理由"</label>
                        <input id="ov-reason" type="text" prop:value=move || warn_reason.get() on:input=move |ev| warn_reason.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit">"发出人工预警"</button>
                </form>
            })}
            {move || app.domain.with(|s| {
                let referral = s.supervision.referrals.get(&item).map(|r| {
                    let last = r.statuses.last().map_or("待检察机关反馈".to_string(), |(on, st)| format!("{}{}", zh(*on), st.label()));
                    format!("{}移送检察机关（{}）：{}", zh(r.on), r.what, last)
                });
                let sources: Vec<String> = sources_of(s, item).into_iter().map(|p| format!("据检察建议{}《{}》提出", p.fields.number, p.fields.title)).collect();
                (referral.is_some() || !sources.is_empty()).then(|| view! {
                    <h2>"检察衔接"</h2>
                    {referral.map(|r| view! { <p>{r}</p> })}
                    {sources.into_iter().map(|x| view! { <p>{x}</p> }).collect_view()}
                    <p class="no-print"><a href=hash_href(&["procuratorate"], &[])>"检察衔接"</a></p>
                })
            })}
            <h2>"督办情况"</h2>
            {move || app.domain.with(|s| {
                let records = records_of(s, item);
                if records.is_empty() {
                    return view! { <p class="empty">"还没有督办记录。"</p> }.into_any();
                }
                view! {
                    <ul class="timeline">{records.into_iter().map(|r| match r {
                        ItemRecord::Supervised(x) => view! {
                            <li><span class="date">{zh(x.on)}</span>" "<a href=hash_href(&["records", &x.id.to_string()], &[])>{format!("{}：{}", x.fields.kind.label(), x.fields.findings)}</a></li>
                        }.into_any(),
                        ItemRecord::SecondHandling { on, unit, conclusions, .. } => view! {
                            <li><span class="date">{zh(on)}</span>" "{format!("二次办理座谈（{}）：{conclusions}", s.directory.entry_name(&EntryRef::Unit(unit)))}</li>
                        }.into_any(),
                    }).collect_view()}</ul>
                }.into_any()
            })}
            {move || app.domain.with(|s| supervises_here(s, app.desk.get())).then(|| view! {
                <p class="no-print"><a class="button" href=hash_href(&["records", "new"], &[("item", &item.to_string())])>"登记督办记录"</a></p>
            })}
            {move || app.domain.with(|s| s.handling.assignments.contains_key(&item)).then(|| view! {
                <p class="no-print"><a href=hash_href(&["handle", &item.to_string()], &[])>"查看办理情况"</a></p>
            })}
        </section>
    }
    .into_any()
}
