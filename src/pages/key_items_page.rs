//! `KeyItemsPage` (重点建议): one session's key suggestions — the written
//! principle they are chosen by (濮阳: 遴选原则), the accepted items with the
//! candidates marked (raised by enough deputies, a setting: 博爱's rule of
//! 10), and the key list with each item's leading and supervising leaders,
//! committee body, units and progress, printable on A4 and ready for
//! disclosure (no phone, no contact). The committee office chooses at its
//! desk; other desks read. The session is in the address.

use jianyi_core::dates::zh;
use jianyi_core::review::Stage;
use jianyi_core::supervision::{KeyRow, SupervisionCommand, key_list};
use jianyi_core::{CommitteeId, SessionId, State, SuggestionId};
use leptos::prelude::*;

use crate::handling::at_office_desk;
use crate::router::{hash_href, use_router};
use crate::state::use_app_state;
use crate::supervision::{Outcome, OutcomeNotice, SupervisionTabs, acting, committee_options};

/// An accepted item of the session not yet key.
#[derive(Clone, Debug, PartialEq)]
struct Candidate {
    id: SuggestionId,
    number: String,
    title: String,
    deputies: usize,
    candidate: bool,
}

fn candidates(s: &State, session: SessionId) -> Vec<Candidate> {
    let mut out: Vec<(u32, Candidate)> = s
        .raising
        .suggestions
        .values()
        .filter(|x| x.draft.session == Some(session) && s.stage(x.id) == Stage::Accepted)
        .filter(|x| !s.supervision.is_key(x.id))
        .map(|x| {
            let n = s
                .review_file(x.id)
                .and_then(|f| f.number)
                .map_or(u32::MAX, |(_, n)| n);
            (
                n,
                Candidate {
                    id: x.id,
                    number: s.number_label(x).unwrap_or_default(),
                    title: x.draft.title.clone(),
                    deputies: x.signers(),
                    candidate: s.key_candidate(x),
                },
            )
        })
        .collect();
    out.sort_by_key(|(n, c)| (*n, c.id));
    out.into_iter().map(|(_, c)| c).collect()
}

/// The sessions, latest first.
fn sessions(s: &State) -> Vec<(SessionId, String)> {
    let mut out: Vec<_> = s.directory.sessions.values().collect();
    out.sort_by_key(|e| std::cmp::Reverse(e.record.starts));
    out.into_iter().map(|e| (e.id, e.name.clone())).collect()
}

#[component]
pub fn KeyItemsPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let session = Memo::new(move |_| {
        let asked = router
            .url()
            .param("session")
            .and_then(|x| x.parse::<SessionId>().ok());
        // The session whose principle was written last, else the latest.
        app.domain.with(|s| {
            asked
                .or_else(|| {
                    s.supervision
                        .principles
                        .iter()
                        .max_by_key(|(_, p)| p.written_on)
                        .map(|(id, _)| *id)
                })
                .or_else(|| sessions(s).first().map(|(id, _)| *id))
        })
    });
    let office = Memo::new(move |_| app.domain.with(|s| at_office_desk(s, app.desk.get())));
    let outcome: Outcome = RwSignal::new(None);
    let act = acting(app, outcome);
    let principle = RwSignal::new(String::new());
    Effect::new(move |_| {
        let text = session.get().and_then(|id| {
            app.domain
                .with(|s| s.supervision.principles.get(&id).map(|p| p.text.clone()))
        });
        principle.set(text.unwrap_or_default());
    });
    let committee = RwSignal::new(String::new());
    let committees = move || app.domain.with(committee_options);
    let mark = move |item: SuggestionId, title: String| {
        let committee = committee.get_untracked().parse::<CommitteeId>().ok();
        act.dispatch((
            SupervisionCommand::MarkKey { item, committee }.into(),
            format!("已将“{title}”列为重点建议"),
        ));
    };
    view! {
        <section class="page">
            <h1>{move || app.domain.with(|s| format!("{}重点建议", session.get().map_or(String::new(), |id| s.session_name(Some(id)).to_string())))}</h1>
            <SupervisionTabs current="重点建议"/>
            <div class="form inline no-print">
                <div class="field">
                    <label for="key-session">"会次"</label>
                    <select id="key-session" on:change=move |ev| router.navigate(&hash_href(&["key"], &[("session", &event_target_value(&ev))]))>
                        {move || app.domain.with(sessions).into_iter().map(|(id, name)| {
                            view! { <option value=id.to_string() selected=move || session.get() == Some(id)>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印重点建议清单"</button>
                <a class="button" href=hash_href(&["report"], &[])>"办理进展报告"</a>
            </div>
            <OutcomeNotice outcome/>
            {move || session.get().map(|id| view! {
                <h2>"遴选原则"</h2>
                {move || app.domain.with(|s| match s.supervision.principles.get(&id) {
                    Some(p) => view! { <p class="principle">{p.text.clone()}<span class="hint">{format!("（{}写明）", zh(p.written_on))}</span></p> }.into_any(),
                    None => view! { <p class="empty">"本次会议尚未写明重点建议的遴选原则；写明后才能确定重点建议。"</p> }.into_any(),
                })}
                {move || office.get().then(|| view! {
                    <form class="form no-print" on:submit=move |ev| {
                        ev.prevent_default();
                        act.dispatch((SupervisionCommand::WritePrinciple { session: id, text: principle.get_untracked() }.into(), "遴选原则已保存".into()));
                    }>
                        <div class="field wide">
                            <label for="key-principle">"遴选原则（每次会议写明一次，可修改）"</label>
                            <textarea id="key-principle" rows="3" prop:value=move || principle.get() on:input=move |ev| principle.set(event_target_value(&ev))></textarea>
                        </div>
                        <button type="submit">"保存遴选原则"</button>
                    </form>
                })}
                <h2>"重点建议清单"</h2>
                <KeyTable rows=Signal::derive(move || app.domain.with(|s| key_list(s, Some(id))))/>
                <div class="no-print">
                    <h2>"已立案的建议"</h2>
                    <p class="lead">{move || app.domain.with(|s| format!("联名代表（含领衔代表）达到{}人的标为“候选”，供遴选参考。", s.settings().rules.key_candidate_min_deputies))}</p>
                    {move || office.get().then(|| view! {
                        <div class="form inline">
                            <div class="field">
                                <label for="key-committee">"负责督办的委室"</label>
                                <select id="key-committee" on:change=move |ev| committee.set(event_target_value(&ev))>
                                    <option value="">"代表工委"</option>
                                    {committees().into_iter().map(|(v, n)| view! { <option value=v>{n}</option> }).collect_view()}
                                </select>
                            </div>
                        </div>
                    })}
                    {move || {
                        let rows = app.domain.with(|s| candidates(s, id));
                        if rows.is_empty() {
                            return view! { <p class="empty">"这次会议没有其他已立案的建议。"</p> }.into_any();
                        }
                        view! {
                            <table class="data" aria-label="已立案的建议">
                                <thead><tr><th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"提出代表"</th><th scope="col">"候选"</th><th scope="col">"操作"</th></tr></thead>
                                <tbody>{rows.into_iter().map(|c| {
                                    let title = c.title.clone();
                                    view! {
                                        <tr>
                                            <td class="num">{c.number}</td>
                                            <td>{c.title.clone()}</td>
                                            <td class="num">{format!("{}人", c.deputies)}</td>
                                            <td>{if c.candidate { "候选" } else { "" }}</td>
                                            <td>
                                                {move || office.get().then(|| {
                                                    let title = title.clone();
                                                    view! { <button type="button" aria-label=format!("列为重点：{title}") on:click=move |_| mark(c.id, title.clone())>"列为重点"</button> }
                                                })}
                                                " "<a href=hash_href(&["oversight", &c.id.to_string()], &[])>"督办"</a>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}</tbody>
                            </table>
                        }
                        .into_any()
                    }}
                </div>
            })}
        </section>
    }
}

/// The key list as printed and published.
#[component]
fn KeyTable(rows: Signal<Vec<KeyRow>>) -> impl IntoView {
    move || {
        let rows = rows.get();
        if rows.is_empty() {
            return view! { <p class="empty">"尚未确定重点建议。"</p> }.into_any();
        }
        let lacking = rows.iter().filter(|r| !r.missing.is_empty()).count();
        view! {
            <p>{format!("共 {} 件重点建议", rows.len())}{(lacking > 0).then(|| format!("，其中 {lacking} 件领办或督办领导未定"))}</p>
            <table class="data key-list" aria-label="重点建议清单">
                <thead><tr>
                    <th scope="col">"序号"</th><th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"提出代表"</th>
                    <th scope="col">"领办领导"</th><th scope="col">"督办领导"</th><th scope="col">"负责委室"</th>
                    <th scope="col">"承办单位"</th><th scope="col">"办理进展"</th><th scope="col" class="no-print">"操作"</th>
                </tr></thead>
                <tbody>{rows.into_iter().enumerate().map(|(i, r)| {
                    let unset = "（未定）";
                    view! {
                        <tr>
                            <td class="num">{i + 1}</td>
                            <td class="num">{r.number}</td>
                            <td>{r.title.clone()}</td>
                            <td class="num">{format!("{}人", r.proposers)}</td>
                            <td>{r.leading.unwrap_or_else(|| unset.into())}</td>
                            <td>{r.supervising.unwrap_or_else(|| unset.into())}</td>
                            <td>{r.committee}</td>
                            <td>{if r.units.is_empty() { "—".to_string() } else { r.units.join("、") }}</td>
                            <td>{r.progress}{(!r.missing.is_empty()).then(|| view! { <span class="missing">{format!("（{}）", r.missing.join("，"))}</span> })}</td>
                            <td class="no-print"><a href=hash_href(&["oversight", &r.item.to_string()], &[]) aria-label=format!("督办：{}", r.title)>"督办"</a></td>
                        </tr>
                    }
                }).collect_view()}</tbody>
            </table>
        }
        .into_any()
    }
}
