//! `InboxPage` (承办件): a handling unit's desk — the items assigned to
//! it, as lead unit, co-unit or separate handler, shown apart, each with
//! its warning colour, its reply deadline (explained on demand) and its
//! return window; 签收 with a business date, and 申请退办 with a reason
//! within the window. The unit is the one the office profile is bound to,
//! or, in one browser, the one picked here.

use chrono::NaiveDate;
use jianyi_core::dates::zh;
use jianyi_core::handling::{
    HandlingCommand, UnitRole, return_window, return_window_explained, warning_for,
};
use jianyi_core::office::OfficeRole;
use jianyi_core::{Desk, SuggestionId, UnitId};
use leptos::prelude::*;

use crate::components::{
    BusinessDateField, DeskNotice, Notice, Tone, read_business_date, today_value,
};
use crate::handling::{days_left_text, item_row};
use crate::pages::assign_page::active_units;
use crate::platform;
use crate::router::{Route, hash_href, use_router};
use crate::state::use_app_state;

/// One item in the unit's inbox.
#[derive(Clone, PartialEq)]
struct InboxRow {
    id: SuggestionId,
    role: UnitRole,
    number: String,
    title: String,
    deputy: String,
    units: String,
    colour: jianyi_core::handling::Colour,
    reasons: Vec<String>,
    days_left: Option<i64>,
    due: Option<NaiveDate>,
    explain: Option<String>,
    since: NaiveDate,
    received_on: Option<NaiveDate>,
    /// The last day to ask for a return (None: counted from receipt, not
    /// signed yet).
    window_due: Option<NaiveDate>,
    window: String,
    return_asked: Option<(NaiveDate, String)>,
    refusals: Vec<(NaiveDate, String)>,
}

#[component]
pub fn InboxPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    // The profile's unit, else the one picked (in the address).
    let bound = Memo::new(move |_| {
        app.domain.with(|s| {
            s.office
                .profile
                .as_ref()
                .filter(|p| p.role == OfficeRole::HandlingUnit)
                .and_then(|p| p.unit)
        })
    });
    let unit = Memo::new(move |_| {
        bound.get().or_else(|| {
            router
                .url()
                .param("unit")
                .and_then(|u| u.parse::<UnitId>().ok())
        })
    });
    let today = platform::china_today();
    let rows = Memo::new(move |_| {
        let Some(unit) = unit.get() else {
            return Vec::new();
        };
        app.domain.with(|s| {
            let mut out: Vec<InboxRow> = s
                .handling
                .of_unit(unit)
                .into_iter()
                .filter_map(|(a, t)| {
                    let row = item_row(s, a, today)?;
                    // The unit's own colour and deadline (a co-unit's: the
                    // lead unit's it works to).
                    let w = warning_for(s, a, Some(unit), today);
                    Some(InboxRow {
                        id: a.item,
                        role: t.role,
                        number: row.number,
                        title: row.title,
                        deputy: row.deputy,
                        units: row.units,
                        colour: w.colour,
                        reasons: w.reasons,
                        days_left: w.days_left,
                        due: w.due,
                        explain: t.clock.as_ref().map(|c| c.explain()),
                        since: t.since,
                        received_on: t.received_on,
                        window_due: return_window(s, a, t).map(|w| w.due),
                        window: return_window_explained(s, a, t),
                        return_asked: t
                            .return_asked
                            .as_ref()
                            .map(|r| (r.asked_on, r.reason.clone())),
                        refusals: t.refusals.clone(),
                    })
                })
                .collect();
            out.sort_by_key(|r| (std::cmp::Reverse(r.colour), r.days_left.unwrap_or(i64::MAX)));
            out
        })
    });
    let date = today_value();
    let asking = RwSignal::new(None::<SuggestionId>);
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let act = Action::new_local(move |(command, on): &(HandlingCommand, NaiveDate)| {
        let (command, on) = (command.clone(), *on);
        let label = match command {
            HandlingCommand::SignFor { .. } => "已签收",
            _ => "已提交退办申请，等待代表工委决定",
        };
        async move {
            app.dispatch_as(command.into(), app.actor(), on)
                .await
                .map(|_| label)
        }
    });
    let go = move |command: HandlingCommand| {
        error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                act.dispatch((command, on));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    Effect::new(move |_| {
        if let Some(Ok(_)) = act.value().get() {
            asking.set(None);
            reason.set(String::new());
        }
    });
    let at_desk = move || matches!(app.desk.get(), Desk::Unit | Desk::CommitteeOffice);
    let section = move |role: UnitRole| {
        let list: Vec<InboxRow> = rows.get().into_iter().filter(|r| r.role == role).collect();
        let heading = format!("{}（{} 件）", role.label(), list.len());
        let id = format!("inbox-{}", role.label());
        let labelled = id.clone();
        view! {
            <section aria-labelledby=labelled>
                <h2 id=id>{heading}</h2>
                {if list.is_empty() {
                    view! { <p class="empty">{format!("没有{}的建议。", role.label())}</p> }.into_any()
                } else {
                    view! {
                        <table class="data">
                            <thead><tr>
                                <th scope="col">"预警"</th><th scope="col">"案号"</th><th scope="col">"案由"</th><th scope="col">"领衔代表"</th>
                                <th scope="col">"承办单位"</th><th scope="col">"交办日期"</th><th scope="col">"答复期限"</th><th scope="col">"签收"</th><th scope="col">"退办"</th>
                            </tr></thead>
                            <tbody>
                                {list.into_iter().map(|r| {
                                    let id = r.id;
                                    let unit = unit.get_untracked();
                                    let title = r.title.clone();
                                    view! {
                                        <tr>
                                            <td><span class=format!("light {}", r.colour.code()) title=r.reasons.join("；")>{r.colour.label()}</span>
                                                <div class="why">{r.reasons.join("；")}</div></td>
                                            <td>{r.number}</td>
                                            <td><a href=Route::Suggestion(id.to_string()).href()>{r.title.clone()}</a>
                                                " "<a class="no-print" aria-label=format!("办理：{}", r.title) href=hash_href(&["handle", &id.to_string()], &[("unit", &unit.map(|u| u.to_string()).unwrap_or_default())])>"办理"</a></td>
                                            <td>{r.deputy}</td>
                                            <td>{r.units}</td>
                                            <td class="date">{zh(r.since)}</td>
                                            <td>{match (r.due, r.explain) {
                                                (Some(due), Some(explain)) => view! {
                                                    <details><summary>{format!("{}（{}）", zh(due), days_left_text(r.days_left))}</summary><p class="explain">{explain}</p></details>
                                                }.into_any(),
                                                _ if r.role == UnitRole::Co => view! { <span>"随主办单位"</span> }.into_any(),
                                                _ => view! { <span>"自签收之日起算"</span> }.into_any(),
                                            }}</td>
                                            <td>{match r.received_on {
                                                Some(on) => view! { <span>{format!("已于{}签收", zh(on))}</span> }.into_any(),
                                                None => view! {
                                                    <button type="button" disabled=move || act.pending().get() || app.read_only || !at_desk()
                                                        aria-label=format!("签收：{title}")
                                                        on:click=move |_| if let Some(unit) = unit { go(HandlingCommand::SignFor { item: id, unit }) }>"签收"</button>
                                                }.into_any(),
                                            }}</td>
                                            <td>
                                                {match r.return_asked {
                                                    Some((on, why)) => view! { <span>{format!("已于{}申请退办（{why}），待代表工委决定", zh(on))}</span> }.into_any(),
                                                    None => view! {
                                                        <button type="button" disabled=move || app.read_only || !at_desk()
                                                            aria-label=format!("申请退办：{}", r.title)
                                                            on:click=move |_| { asking.set(Some(id)); error.set(None); }>"申请退办"</button>
                                                        <div class="hint">{match r.window_due {
                                                            Some(due) => format!("可申请至{}", zh(due)),
                                                            None => format!("{}内可申请", r.window),
                                                        }}</div>
                                                    }.into_any(),
                                                }}
                                                {r.refusals.into_iter().map(|(on, why)| view! {
                                                    <div class="hint">{format!("{}不同意退办：{why}", zh(on))}</div>
                                                }).collect_view()}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </section>
        }
    };
    let asking_row = move || {
        let id = asking.get()?;
        rows.get().into_iter().find(|r| r.id == id)
    };

    view! {
        <section class="page">
            <h1>"承办件"</h1>
            {move || match bound.get() {
                Some(u) => view! {
                    <p class="lead">{move || app.domain.with(|s| format!("本机为“{}”的承办单位工作台。", crate::handling::unit_name(s, u)))}</p>
                }.into_any(),
                None => view! {
                    <div class="form inline">
                        <div class="field">
                            <label for="inbox-unit">"承办单位"</label>
                            <select id="inbox-unit" on:change=move |ev| router.navigate(&hash_href(&["inbox"], &[("unit", &event_target_value(&ev))]))>
                                <option value="">"（请选择）"</option>
                                {move || active_units(app).into_iter().map(|(u, n)| {
                                    let sel = move || unit.get() == Some(u);
                                    view! { <option value=u.to_string() selected=sel>{n}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                }.into_any(),
            }}
            {move || (!at_desk()).then(|| view! { <DeskNotice what="签收和申请退办" desk=Desk::Unit/> })}
            {move || unit.get().map(|_| view! {
                <p class="count" role="status">{move || {
                    let list = rows.get();
                    let unsigned = list.iter().filter(|r| r.received_on.is_none()).count();
                    let red = list.iter().filter(|r| r.colour == jianyi_core::handling::Colour::Red).count();
                    format!("共 {} 件，未签收 {} 件，超期 {} 件（按{}计算）", list.len(), unsigned, red, zh(today))
                }}</p>
                <div class="form inline"><BusinessDateField id="inbox-date" value=date/></div>
                {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                {move || act.value().get().map(|r| match r {
                    Ok(done) => view! { <Notice tone=Tone::Success>{done}</Notice> }.into_any(),
                    Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
                })}
                {move || asking_row().map(|r| {
                    let id = r.id;
                    view! {
                        <form class="form" aria-label="申请退办" on:submit=move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            if let Some(unit) = unit.get_untracked() {
                                go(HandlingCommand::AskReturn { item: id, unit, reason: reason.get_untracked() });
                            }
                        }>
                            <h2>{format!("申请退办：{}", r.title)}</h2>
                            <p class="hint">{format!("退办期限：{}", r.window)}</p>
                            <div class="field">
                                <label for="ret-reason">"退办理由"</label>
                                <textarea id="ret-reason" rows="3" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                            </div>
                            <div class="actions">
                                <button type="submit" class="primary" disabled=move || act.pending().get() || app.read_only>"提交退办申请"</button>
                                <button type="button" on:click=move |_| asking.set(None)>"取消"</button>
                            </div>
                        </form>
                    }
                })}
                {move || section(UnitRole::Lead)}
                {move || section(UnitRole::Co)}
                {move || section(UnitRole::Separate)}
            })}
            {move || unit.get().is_none().then(|| view! { <p class="empty">"请选择承办单位。"</p> })}
        </section>
    }
}
