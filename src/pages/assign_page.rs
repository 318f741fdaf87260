//! `AssignPage` (交办): the committee office's (in a township, the
//! presidium's) queue of accepted items waiting for their units, filtered
//! by session, category and delegation; the chosen items assigned in one
//! batch (the 交办会) to a lead unit with co-units, or to several units
//! separately (分办); the returns units asked for, approved with a new
//! unit or refused; and the items assigned so far per unit, each unit's
//! printable 交办清单.

use jianyi_core::handling::{Handling, HandlingCommand, UnitRole};
use jianyi_core::{Command, Desk, SuggestionId, UnitId};
use leptos::prelude::*;

use crate::components::{
    BusinessDateField, DeskNotice, Notice, Tone, read_business_date, today_value,
};
use crate::handling::unit_name;
use crate::router::{Route, hash_href, use_router};
use crate::state::{AppState, use_app_state};

/// An accepted item waiting for its units.
#[derive(Clone, PartialEq)]
struct Waiting {
    id: SuggestionId,
    number: String,
    title: String,
    deputy: String,
    delegation: String,
    category: String,
    session: String,
}

/// A return asked and not yet decided.
#[derive(Clone, PartialEq)]
struct Asked {
    id: SuggestionId,
    title: String,
    unit: UnitId,
    unit_name: String,
    role: &'static str,
    reason: String,
    asked_on: String,
}

/// The active units, by name.
pub fn active_units(app: AppState) -> Vec<(UnitId, String)> {
    app.domain.with(|s| {
        let mut out: Vec<(UnitId, String)> = s
            .directory
            .units
            .values()
            .filter(|u| !u.retired)
            .map(|u| (u.id, u.name.clone()))
            .collect();
        out.sort_by(|a, b| a.1.cmp(&b.1));
        out
    })
}

/// Whether the chosen desk assigns: the committee office's, or in a
/// township the presidium's (the delegation desk).
fn assigning_desk(app: AppState) -> Desk {
    if app.domain.with(|s| s.settings().rules.township_mode) {
        Desk::Delegation
    } else {
        Desk::CommitteeOffice
    }
}

#[component]
pub fn AssignPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let param = move |k: &str| router.url().param(k).unwrap_or_default().to_string();
    let waiting = Memo::new(move |_| {
        let (session, category, delegation) =
            (param("session"), param("category"), param("delegation"));
        app.domain.with(|s| {
            let mut list: Vec<Waiting> = s
                .raising
                .suggestions
                .values()
                .filter(|x| {
                    s.awaits_assignment(x.id) && !s.handling.assignments.contains_key(&x.id)
                })
                .filter(|x| {
                    session.is_empty()
                        || x.draft
                            .session
                            .map(|i| i.to_string())
                            .unwrap_or_else(|| "recess".into())
                            == session
                })
                .filter(|x| category.is_empty() || x.draft.category.to_string() == category)
                .filter(|x| {
                    delegation.is_empty()
                        || s.delegation_of(x)
                            .is_some_and(|d| d.to_string() == delegation)
                })
                .map(|x| Waiting {
                    id: x.id,
                    number: s.number_label(x).unwrap_or_default(),
                    title: x.draft.title.clone(),
                    deputy: s.deputy_name(x.draft.lead_deputy).to_string(),
                    delegation: s
                        .delegation_of(x)
                        .map(|d| s.delegation_name(d).to_string())
                        .unwrap_or_default(),
                    category: s.category_name(x.draft.category).to_string(),
                    session: s.session_name(x.draft.session).to_string(),
                })
                .collect();
            list.sort_by(|a, b| a.number.cmp(&b.number).then(a.title.cmp(&b.title)));
            list
        })
    });
    let units = Memo::new(move |_| active_units(app));
    let chosen = RwSignal::new(Vec::<SuggestionId>::new());
    let separate = RwSignal::new(false);
    let lead = RwSignal::new(String::new());
    let co = RwSignal::new(Vec::<UnitId>::new());
    let date = today_value();
    let local_error = RwSignal::new(None::<String>);
    let desk = move || assigning_desk(app);
    let at_desk = move || app.desk.get() == desk();

    let assign = Action::new_local(
        move |(ids, handling, on): &(Vec<SuggestionId>, Handling, chrono::NaiveDate)| {
            let n = ids.len();
            let commands = ids
                .iter()
                .map(|id| {
                    Command::Handling(HandlingCommand::Assign {
                        item: *id,
                        handling: handling.clone(),
                    })
                })
                .collect();
            let on = *on;
            async move {
                app.dispatch_as(Command::Batch(commands), app.actor(), on)
                    .await
                    .map(|_| n)
            }
        },
    );
    let run = move || {
        local_error.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(on) => on,
            Err(e) => return local_error.set(Some(e)),
        };
        let picked = co.get_untracked();
        let handling = if separate.get_untracked() {
            Handling::Separate { units: picked }
        } else {
            let Ok(lead) = lead.get_untracked().parse::<UnitId>() else {
                return local_error.set(Some("请选择主办单位".into()));
            };
            // A unit ticked as co-unit and then chosen as lead is the lead.
            let co = picked.into_iter().filter(|u| *u != lead).collect();
            Handling::Joint { lead, co }
        };
        assign.dispatch((chosen.get_untracked(), handling, on));
    };
    Effect::new(move |_| {
        if let Some(Ok(_)) = assign.value().get() {
            chosen.set(Vec::new());
            co.set(Vec::new());
        }
    });
    let filter = move |key: &'static str, label: &'static str, options: Vec<(String, String)>| {
        let id = format!("a-{key}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let mut q: Vec<(&str, String)> = ["session", "category", "delegation"]
                        .into_iter()
                        .map(|k| (k, if k == key { v.clone() } else { param(k) }))
                        .collect();
                    q.retain(|(_, v)| !v.is_empty());
                    let pairs: Vec<(&str, &str)> = q.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    router.navigate(&hash_href(&["assign"], &pairs));
                }>
                    <option value="">"全部"</option>
                    {options.into_iter().map(|(v, n)| {
                        let sel = { let v = v.clone(); move || param(key) == v };
                        view! { <option value=v selected=sel>{n}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let sessions = move || {
        app.domain.with(|s| {
            let mut out: Vec<(String, String)> = s
                .directory
                .sessions
                .values()
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect();
            out.push(("recess".into(), "闭会期间".into()));
            out
        })
    };
    let categories = move || {
        app.domain.with(|s| {
            s.directory
                .categories_in_order()
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let delegations = move || {
        app.domain.with(|s| {
            s.directory
                .delegations_in_order()
                .map(|d| (d.id.to_string(), d.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let unit_checks = move || {
        units.get().into_iter().map(|(u, name)| {
            let is_lead = move || !separate.get() && lead.get() == u.to_string();
            view! {
                <label class="check">
                    <input type="checkbox" disabled=is_lead
                        prop:checked=move || co.get().contains(&u) && !is_lead()
                        on:change=move |_| co.update(|v| if v.contains(&u) { v.retain(|x| *x != u) } else { v.push(u) })/>
                    {name}
                </label>
            }
        }).collect_view()
    };

    view! {
        <section class="page">
            <h1>"交办"</h1>
            <div class="form inline filters">
                {move || filter("session", "会次", sessions())}
                {move || filter("category", "类别", categories())}
                {move || filter("delegation", "代表团", delegations())}
            </div>
            <p class="count" role="status">{move || format!("待交办共 {} 件，已选 {} 件", waiting.get().len(), chosen.get().len())}</p>
            {move || if at_desk() {
                view! {
                    <form class="form assign-form" aria-label="交办所选建议" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); run(); }>
                        <BusinessDateField id="a-date" value=date/>
                        <fieldset class="field">
                            <legend>"承办方式"</legend>
                            <label class="check"><input type="radio" name="a-mode" prop:checked=move || !separate.get() on:change=move |_| separate.set(false)/>"主办 + 协办"</label>
                            <label class="check"><input type="radio" name="a-mode" prop:checked=move || separate.get() on:change=move |_| separate.set(true)/>"分办（各单位分别答复）"</label>
                        </fieldset>
                        {move || (!separate.get()).then(|| view! {
                            <div class="field">
                                <label for="a-lead">"主办单位"</label>
                                <select id="a-lead" on:change=move |ev| lead.set(event_target_value(&ev))>
                                    <option value="" selected=move || lead.get().is_empty()>"（请选择）"</option>
                                    {move || units.get().into_iter().map(|(u, name)| {
                                        let v = u.to_string();
                                        let sel = { let v = v.clone(); move || lead.get() == v };
                                        view! { <option value=v selected=sel>{name}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                        })}
                        <fieldset class="field unit-checks">
                            <legend>{move || if separate.get() { "分办单位（两个或以上）" } else { "协办单位（可不选）" }}</legend>
                            {unit_checks}
                        </fieldset>
                        <div class="actions">
                            <button type="submit" class="primary" disabled=move || chosen.get().is_empty() || assign.pending().get() || app.read_only>
                                {move || format!("交办所选（{} 件）", chosen.get().len())}
                            </button>
                        </div>
                    </form>
                }.into_any()
            } else {
                view! { <DeskNotice what="交办" desk=desk()/> }.into_any()
            }}
            {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {move || assign.value().get().map(|r| match r {
                Ok(n) => view! { <Notice tone=Tone::Success>{format!("已交办 {n} 件")}</Notice> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{format!("没有交办任何一件：{}", e.message_zh())}</Notice> }.into_any(),
            })}
            <table class="data">
                <thead><tr>
                    <th scope="col">"选择"</th><th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"领衔代表"</th>
                    <th scope="col">"代表团"</th><th scope="col">"类别"</th><th scope="col">"会次"</th>
                </tr></thead>
                <tbody>
                    {move || waiting.get().into_iter().map(|w| {
                        let id = w.id;
                        view! {
                            <tr>
                                <td><input type="checkbox" aria-label=format!("选择：{}", w.title) disabled=move || !at_desk()
                                    prop:checked=move || chosen.get().contains(&id)
                                    on:change=move |_| chosen.update(|v| if v.contains(&id) { v.retain(|x| *x != id) } else { v.push(id) })/></td>
                                <td>{w.number}</td>
                                <td><a href=Route::Suggestion(id.to_string()).href()>{w.title.clone()}</a></td>
                                <td>{w.deputy}</td>
                                <td>{w.delegation}</td>
                                <td>{w.category}</td>
                                <td>{w.session}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {move || waiting.get().is_empty().then(|| view! { <p class="empty">"没有待交办的建议。"</p> })}
            <Returns at_desk=Signal::derive(at_desk) units/>
            <Extensions/>
            <ByUnit/>
        </section>
    }
}

/// The returns units asked for, for the office to decide.
#[component]
fn Returns(at_desk: Signal<bool>, units: Memo<Vec<(UnitId, String)>>) -> impl IntoView {
    let app = use_app_state();
    let asked = Memo::new(move |_| {
        app.domain.with(|s| {
            s.handling
                .returns_asked()
                .into_iter()
                .filter_map(|(a, t)| {
                    let r = t.return_asked.as_ref()?;
                    Some(Asked {
                        id: a.item,
                        title: s.raising.suggestions.get(&a.item)?.draft.title.clone(),
                        unit: t.unit,
                        unit_name: unit_name(s, t.unit),
                        role: t.role.label(),
                        reason: r.reason.clone(),
                        asked_on: jianyi_core::dates::zh(r.asked_on),
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let date = today_value();
    let decide = Action::new_local(
        move |(command, on): &(HandlingCommand, chrono::NaiveDate)| {
            let (command, on) = (command.clone(), *on);
            async move {
                app.dispatch_as(command.into(), app.actor(), on)
                    .await
                    .map(|_| ())
            }
        },
    );
    let error = RwSignal::new(None::<String>);
    let go = move |command: HandlingCommand| {
        error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                decide.dispatch((command, on));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        {move || (!asked.get().is_empty()).then(|| view! {
            <section aria-labelledby="returns-h">
                <h2 id="returns-h">{move || format!("退办申请（{} 件）", asked.get().len())}</h2>
                {move || at_desk.get().then(|| view! { <div class="form inline"><BusinessDateField id="ret-date" value=date/></div> })}
                {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                {move || decide.value().get().map(|r| match r {
                    Ok(()) => view! { <Notice tone=Tone::Success>"已处理退办申请"</Notice> }.into_any(),
                    Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
                })}
                <table class="data">
                    <thead><tr><th scope="col">"案由"</th><th scope="col">"申请单位"</th><th scope="col">"申请日期"</th><th scope="col">"理由"</th><th scope="col">"处理"</th></tr></thead>
                    <tbody>
                        {move || asked.get().into_iter().map(|r| {
                            let (id, unit) = (r.id, r.unit);
                            let to = RwSignal::new(String::new());
                            let note = RwSignal::new(String::new());
                            let to_id = format!("ret-to-{id}-{unit}");
                            let note_id = format!("ret-note-{id}-{unit}");
                            view! {
                                <tr>
                                    <td><a href=Route::Suggestion(id.to_string()).href()>{r.title.clone()}</a></td>
                                    <td>{format!("{}（{}）", r.unit_name, r.role)}</td>
                                    <td class="date">{r.asked_on}</td>
                                    <td>{r.reason}</td>
                                    <td class="ops">{move || at_desk.get().then(|| view! {
                                        <div class="stack">
                                            <label for=to_id.clone()>"改交单位"</label>
                                            <select id=to_id.clone() on:change=move |ev| to.set(event_target_value(&ev))>
                                                <option value="">"（请选择）"</option>
                                                {units.get().into_iter().filter(|(u, _)| *u != unit).map(|(u, n)| view! { <option value=u.to_string()>{n}</option> }).collect_view()}
                                            </select>
                                            <label for=note_id.clone()>"意见或理由"</label>
                                            <input id=note_id.clone() type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                                            <div class="actions">
                                                <button type="button" disabled=move || decide.pending().get() || app.read_only on:click=move |_| {
                                                    match to.get_untracked().parse::<UnitId>() {
                                                        Ok(to) => go(HandlingCommand::ApproveReturn { item: id, unit, to, comment: note.get_untracked() }),
                                                        Err(_) => error.set(Some("同意退办须选择改交的承办单位".into())),
                                                    }
                                                }>"同意并改交"</button>
                                                <button type="button" disabled=move || decide.pending().get() || app.read_only on:click=move |_| {
                                                    go(HandlingCommand::RefuseReturn { item: id, unit, reason: note.get_untracked() })
                                                }>"不同意退办"</button>
                                            </div>
                                        </div>
                                    })}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        })}
    }
}

/// The extensions units asked for, each decided on the item's 办理 page.
#[component]
fn Extensions() -> impl IntoView {
    let app = use_app_state();
    let asked = Memo::new(move |_| {
        app.domain.with(|s| {
            s.handling
                .extensions_asked()
                .into_iter()
                .filter_map(|(a, t)| {
                    let e = t.extension_pending()?;
                    Some((
                        a.item,
                        t.unit,
                        s.raising.suggestions.get(&a.item)?.draft.title.clone(),
                        unit_name(s, t.unit),
                        format!(
                            "{}申请，现期限{}，申请延至{}",
                            jianyi_core::dates::zh(e.asked_on),
                            t.due().map_or("—".into(), jianyi_core::dates::zh),
                            jianyi_core::dates::zh(e.until)
                        ),
                        e.reason.clone(),
                    ))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        {move || (!asked.get().is_empty()).then(|| view! {
            <section aria-labelledby="ext-asked-h">
                <h2 id="ext-asked-h">{move || format!("延期申请（{} 件）", asked.get().len())}</h2>
                <table class="data">
                    <thead><tr><th scope="col">"案由"</th><th scope="col">"申请单位"</th><th scope="col">"申请"</th><th scope="col">"理由"</th><th scope="col">"处理"</th></tr></thead>
                    <tbody>{move || asked.get().into_iter().map(|(id, unit, title, name, line, reason)| view! {
                        <tr>
                            <td><a href=Route::Suggestion(id.to_string()).href()>{title.clone()}</a></td>
                            <td>{name}</td>
                            <td>{line}</td>
                            <td>{reason}</td>
                            <td><a aria-label=format!("决定延期申请：{title}") href=crate::router::hash_href(&["handle", &id.to_string()], &[("unit", &unit.to_string())])>"决定"</a></td>
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            </section>
        })}
    }
}

/// The items assigned so far, counted per unit and role, each unit's
/// 交办清单 a link.
#[component]
fn ByUnit() -> impl IntoView {
    let app = use_app_state();
    let rows = Memo::new(move |_| {
        app.domain.with(|s| {
            let mut counts: std::collections::BTreeMap<UnitId, [usize; 3]> = Default::default();
            for a in s.handling.assignments.values() {
                for t in a.current() {
                    let i = UnitRole::ALL.iter().position(|r| *r == t.role).unwrap_or(0);
                    counts.entry(t.unit).or_default()[i] += 1;
                }
            }
            let mut out: Vec<(UnitId, String, [usize; 3])> = counts
                .into_iter()
                .map(|(u, c)| (u, unit_name(s, u), c))
                .collect();
            out.sort_by(|a, b| a.1.cmp(&b.1));
            out
        })
    });
    view! {
        <section aria-labelledby="by-unit-h">
            <h2 id="by-unit-h">{move || format!("已交办（{} 个单位）", rows.get().len())}</h2>
            <table class="data">
                <thead><tr><th scope="col">"承办单位"</th><th scope="col">"主办"</th><th scope="col">"协办"</th><th scope="col">"分办"</th><th scope="col">"交办清单"</th></tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(u, name, c)| view! {
                        <tr>
                            <td>{name.clone()}</td>
                            <td class="num">{c[0]}</td><td class="num">{c[1]}</td><td class="num">{c[2]}</td>
                            <td><a href=Route::AssignList(u.to_string()).href() aria-label=format!("{name}的交办清单")>"交办清单"</a></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
