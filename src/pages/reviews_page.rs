//! `ReviewsPage`: a desk's review queue — 代表团初审, 委室再审 (for the
//! delegations a committee body covers), 议案组终审, 代表工委 for recess
//! items, or a township's 主席团 — with the checklist state of every item,
//! and clean items passed (or, at the last step, accepted) in a batch.

use jianyi_core::raising::checks;
use jianyi_core::review::{ReviewCommand, ReviewStep, Stage};
use jianyi_core::{Command, Desk, SuggestionId};
use leptos::prelude::*;

use crate::components::{
    BusinessDateField, DeskNotice, Notice, Tone, read_business_date, today_value,
};
use crate::prefs;
use crate::router::{Route, hash_href, use_router};
use crate::state::use_app_state;

/// The step a desk reviews at by default.
fn default_step(desk: Desk, township: bool) -> ReviewStep {
    match desk {
        Desk::Delegation if township => ReviewStep::Presidium,
        Desk::Delegation => ReviewStep::Delegation,
        Desk::Committee => ReviewStep::Committee,
        Desk::CommitteeOffice => ReviewStep::Recess,
        Desk::MotionsGroup | Desk::Deputy | Desk::Unit | Desk::Leader | Desk::Public => {
            ReviewStep::Final
        }
    }
}

/// One item of the queue.
#[derive(Clone, PartialEq)]
struct Item {
    id: SuggestionId,
    title: String,
    kind: &'static str,
    deputy: String,
    delegation: String,
    signers: usize,
    missing: Vec<String>,
    flagged: Vec<String>,
    enumeration: bool,
    clean: bool,
}

/// The review queue of the chosen step.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let step = Memo::new(move |_| {
        let url = router.url();
        url.param("step")
            .and_then(ReviewStep::from_code)
            .unwrap_or_else(|| {
                default_step(
                    app.desk.get(),
                    app.domain.with(|s| s.settings().rules.township_mode),
                )
            })
    });
    // The 委室 queue opens on the delegations of the committee body the
    // clerk chose last (remembered in this browser).
    let group = Memo::new(move |_| match router.url().param("group") {
        Some(g) => g.to_string(),
        None if step.get() == ReviewStep::Committee => prefs::committee_body()
            .filter(|c| {
                app.domain
                    .with(|s| s.directory.committees.keys().any(|k| k.to_string() == *c))
            })
            .unwrap_or_default(),
        None => String::new(),
    });
    let chosen = RwSignal::new(Vec::<SuggestionId>::new());
    let date = today_value();
    let local_error = RwSignal::new(None::<String>);
    let at_desk = move || app.desk.get() == step.get().desk();

    let items = Memo::new(move |_| {
        let step = step.get();
        let group = group.get();
        app.domain.with(|s| {
            // Which delegations the filter admits.
            let admits = |delegation: jianyi_core::DelegationId| -> bool {
                if group.is_empty() {
                    return true;
                }
                match step {
                    ReviewStep::Committee => s
                        .directory
                        .committees
                        .values()
                        .find(|c| c.id.to_string() == group)
                        .is_some_and(|c| c.covers.contains(&delegation)),
                    _ => delegation.to_string() == group,
                }
            };
            let mut list: Vec<Item> = s
                .raising
                .suggestions
                .values()
                .filter(|x| s.stage(x.id) == Stage::InReview(step))
                .filter(|x| s.delegation_of(x).is_some_and(admits))
                .map(|x| {
                    let c = checks::check(s, &x.draft, Some(x.id), x.signers() as u32);
                    let deputy = s.directory.deputies.get(&x.draft.lead_deputy);
                    Item {
                        id: x.id,
                        title: x.draft.title.clone(),
                        kind: s.kind(x).label(),
                        deputy: s.deputy_name(x.draft.lead_deputy).to_string(),
                        delegation: deputy
                            .map(|d| s.delegation_name(d.delegation).to_string())
                            .unwrap_or_default(),
                        signers: x.signers(),
                        missing: c.missing(),
                        flagged: c
                            .negative
                            .iter()
                            .flat_map(|n| n.flagged.iter().cloned())
                            .collect(),
                        enumeration: !c.enumeration.is_empty(),
                        clean: c.is_clean(),
                    }
                })
                .collect();
            list.sort_by(|a, b| (&a.delegation, &a.title).cmp(&(&b.delegation, &b.title)));
            list
        })
    });
    let groups = move || {
        app.domain.with(|s| match step.get() {
            ReviewStep::Delegation | ReviewStep::Presidium => s
                .directory
                .delegations_in_order()
                .map(|d| (d.id.to_string(), d.name.clone()))
                .collect::<Vec<_>>(),
            ReviewStep::Committee => s
                .directory
                .committees
                .values()
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect(),
            ReviewStep::Final | ReviewStep::Recess => Vec::new(),
        })
    };
    let batch = Action::new_local(move |(ids, on): &(Vec<SuggestionId>, chrono::NaiveDate)| {
        let (n, on) = (ids.len(), *on);
        let final_step = step.get_untracked().is_final();
        let commands = ids
            .iter()
            .map(|id| {
                Command::Review(if final_step {
                    ReviewCommand::Accept { id: *id }
                } else {
                    ReviewCommand::PassReview {
                        id: *id,
                        comment: "要素齐全，批量通过。".into(),
                    }
                })
            })
            .collect();
        async move {
            app.dispatch_as(Command::Batch(commands), app.actor(), on)
                .await
                .map(|_| n)
        }
    });
    let run_batch = move || {
        local_error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                batch.dispatch((chosen.get_untracked(), on));
            }
            Err(e) => local_error.set(Some(e)),
        }
    };
    Effect::new(move |_| {
        if let Some(Ok(_)) = batch.value().get() {
            chosen.set(Vec::new());
        }
    });
    let clean_ids = move || {
        items
            .get()
            .into_iter()
            .filter(|i| i.clean)
            .map(|i| i.id)
            .collect::<Vec<_>>()
    };

    view! {
        <section class="page">
            <h1>"审查"</h1>
            <nav class="tabs" aria-label="审查环节">
                {ReviewStep::ALL.into_iter().map(|s| view! {
                    <a href=hash_href(&["reviews"], &[("step", s.code())]) aria-current=move || (step.get() == s).then_some("page")>
                        {s.label()}
                    </a>
                }).collect_view()}
            </nav>
            {move || {
                let options = groups();
                (!options.is_empty()).then(|| view! {
                    <div class="form inline">
                        <div class="field">
                            <label for="r-group">{move || if step.get() == ReviewStep::Committee { "包联委室" } else { "代表团" }}</label>
                            <select id="r-group" on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if step.get_untracked() == ReviewStep::Committee && !prefs::set_committee_body(&v) {
                                    app.pref_warning.set(Some("浏览器拒绝保存偏好设置（可能处于隐私模式），所选委室在刷新后不会保留；数据本身不受影响。".into()));
                                }
                                router.navigate(&hash_href(&["reviews"], &[("step", step.get_untracked().code()), ("group", &v)]));
                            }>
                                <option value="">"全部"</option>
                                {options.into_iter().map(|(id, n)| {
                                    let sel = { let id = id.clone(); move || group.get() == id };
                                    view! { <option value=id selected=sel>{n}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                })
            }}
            <p class="count" role="status">{move || {
                let list = items.get();
                let clean = list.iter().filter(|i| i.clean).count();
                format!("待{}共 {} 件，其中要素齐全、无负面清单提示、一事一议的 {} 件", step.get().label(), list.len(), clean)
            }}</p>
            {move || if at_desk() {
                view! {
                    <div class="form inline">
                        <BusinessDateField id="r-batch-date" value=date/>
                        <div class="actions">
                            <button type="button" on:click=move |_| chosen.set(clean_ids())>"全选要素齐全的"</button>
                            <button type="button" class="primary" disabled=move || chosen.get().is_empty() || batch.pending().get() || app.read_only
                                on:click=move |_| run_batch()>
                                {move || {
                                    let n = chosen.get().len();
                                    if step.get().is_final() { format!("批量立案编号（{n} 件）") } else { format!("批量通过（{n} 件）") }
                                }}
                            </button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! { <DeskNotice what=format!("{}的审查", step.get().label()) desk=step.get().desk()/> }.into_any()
            }}
            {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || batch.value().get().map(|r| match r {
                Ok(n) => view! { <Notice tone=Tone::Success>{format!("已处理 {n} 件")}</Notice> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{format!("没有处理任何一件：{}", e.message_zh())}</Notice> }.into_any(),
            })}
            <table class="data">
                <thead><tr>
                    <th scope="col">"选择"</th><th scope="col">"案由"</th><th scope="col">"类型"</th><th scope="col">"领衔代表"</th>
                    <th scope="col">"代表团"</th><th scope="col">"联名"</th><th scope="col">"要素"</th><th scope="col">"负面清单"</th><th scope="col">"一事一议"</th>
                </tr></thead>
                <tbody>
                    {move || items.get().into_iter().map(|i| {
                        let id = i.id;
                        let elements = if i.missing.is_empty() { "齐全".to_string() } else { format!("缺：{}", i.missing.join("；")) };
                        view! {
                            <tr class:clean=i.clean>
                                <td><input type="checkbox" aria-label=format!("选择：{}", i.title) disabled=move || !i.clean || !at_desk()
                                    title=if i.clean { "" } else { "仅要素齐全、无提示的建议可批量处理" }
                                    prop:checked=move || chosen.get().contains(&id)
                                    on:change=move |_| chosen.update(|v| if v.contains(&id) { v.retain(|x| *x != id) } else { v.push(id) })/></td>
                                <td><a href=Route::Suggestion(id.to_string()).href()>{i.title.clone()}</a></td>
                                <td>{i.kind}</td>
                                <td>{i.deputy.clone()}</td>
                                <td>{i.delegation.clone()}</td>
                                <td class="num">{i.signers}</td>
                                <td class:bad=!i.missing.is_empty()>{elements}</td>
                                <td class:bad=!i.flagged.is_empty()>{if i.flagged.is_empty() { "—".to_string() } else { format!("提示：{}", i.flagged.join("、")) }}</td>
                                <td class:bad=i.enumeration>{if i.enumeration { "列举多项" } else { "—" }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {move || items.get().is_empty().then(|| view! { <p class="empty">"这一环节没有待审查的建议。"</p> })}
        </section>
    }
}
