//! `ConflictsPage` (冲突): each open conflict with both sides — the record,
//! the field, each side's value, office, operator and business date — and
//! the choice a person makes: keep the change that applied, or take the
//! one held back (a clash of two edits); acknowledge and close (any other
//! event that did not apply). Below, the conflicts already resolved, with
//! who resolved them and how. A resolution is an event that travels to
//! partner offices, dated by its business date like any act.

use jianyi_core::changes::Source;
use jianyi_core::conflict::{ConflictCommand, Resolution};
use jianyi_core::{Command, Conflict, EventId, State};
use leptos::prelude::*;

use crate::components::{BusinessDateField, Notice, Tone, read_business_date, today_value};
use crate::engine::DispatchError;
use crate::router::Route;
use crate::state::use_app_state;

/// One side of a conflict as shown: the value, and who made it when.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Side {
    value: String,
    office: String,
    operator: String,
    on: String,
}

impl Side {
    fn of(value: String, source: &Source) -> Side {
        Side {
            value,
            office: source.office.clone(),
            operator: source.operator.clone(),
            on: jianyi_core::dates::ymd(source.on),
        }
    }
}

/// An open conflict as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
struct OpenLine {
    id: EventId,
    /// The record (代表“王伟”), or for a conflict without a clash what
    /// the held event did (修改代表).
    record: String,
    field: String,
    reason: String,
    /// The change that applied and the one held back, for a clash.
    sides: Option<(Side, Side)>,
    /// Who made the held event.
    held: Side,
}

fn open_line(c: &Conflict) -> OpenLine {
    let held = Side::of(String::new(), &Source::of(&c.held));
    match &c.clash {
        Some(clash) => OpenLine {
            id: c.event,
            record: clash.record.clone(),
            field: clash.field.to_string(),
            reason: c.reason.clone(),
            sides: Some((
                Side::of(clash.their_value.clone(), &clash.theirs),
                Side::of(clash.our_value.clone(), &clash.ours),
            )),
            held,
        },
        None => OpenLine {
            id: c.event,
            record: c.held.kind.label().to_string(),
            field: String::new(),
            reason: c.reason.clone(),
            sides: None,
            held,
        },
    }
}

/// A resolved conflict as shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct ResolvedLine {
    id: EventId,
    record: String,
    field: String,
    applied: String,
    held: String,
    choice: &'static str,
    by: String,
    office: String,
    on: String,
}

fn resolved_lines(s: &State) -> Vec<ResolvedLine> {
    let here = s.resolutions.resolved.iter().map(|r| {
        let line = open_line(&r.conflict);
        let (applied, held) = line
            .sides
            .map_or((String::new(), String::new()), |(a, h)| (a.value, h.value));
        ResolvedLine {
            id: r.conflict.event,
            record: line.record,
            field: line.field,
            applied,
            held,
            choice: r.choice.label(r.conflict.clash.is_some()),
            by: r.by.operator.clone(),
            office: r.by.office.clone(),
            on: jianyi_core::dates::ymd(r.by.on),
        }
    });
    let elsewhere = s.resolutions.elsewhere.values().map(|e| ResolvedLine {
        id: e.conflict,
        record: e.record.clone(),
        field: e.field.clone(),
        applied: "本机未收到双方的修改".into(),
        held: String::new(),
        choice: e.choice.label(!e.field.is_empty()),
        by: e.by.operator.clone(),
        office: e.by.office.clone(),
        on: jianyi_core::dates::ymd(e.by.on),
    });
    here.chain(elsewhere).collect()
}

/// The conflicts page.
#[component]
pub fn ConflictsPage() -> impl IntoView {
    let app = use_app_state();
    let date = today_value();
    let local_error = RwSignal::new(None::<String>);
    let act = Action::new_local(move |(cmd, on): &(ConflictCommand, chrono::NaiveDate)| {
        let (cmd, on) = (cmd.clone(), *on);
        async move {
            app.dispatch_as(Command::Conflict(cmd), app.actor(), on)
                .await
                .map(|_| ())
        }
    });
    let dispatch = move |conflict: EventId, choice: Resolution| {
        local_error.set(None);
        match read_business_date(&date.get_untracked()) {
            Ok(on) => {
                act.dispatch((ConflictCommand::Resolve { conflict, choice }, on));
            }
            Err(e) => local_error.set(Some(e)),
        }
    };
    let busy = move || act.pending().get() || app.read_only;
    let outcome = move || {
        if let Some(e) = local_error.get() {
            return Some(view! { <Notice tone=Tone::Error>{e}</Notice> }.into_any());
        }
        act.value().get().map(|r: Result<(), DispatchError>| match r {
            Ok(()) => view! { <Notice tone=Tone::Success>"已处理，处理结果将随交换包发给其他单位。"</Notice> }.into_any(),
            Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
        })
    };
    let open = move || {
        app.domain
            .with(|s| s.conflicts.iter().map(open_line).collect::<Vec<_>>())
    };
    let resolved = move || app.domain.with(resolved_lines);

    let conflict_view = move |l: OpenLine| {
        let id = l.id;
        let title = if l.field.is_empty() {
            l.record.clone()
        } else {
            format!("{}：{}", l.record, l.field)
        };
        let body = match l.sides {
            Some((applied, held)) => {
                let keep = format!("保留已生效的修改（{}）", applied.value);
                let take = format!("采用被搁置的修改（{}）", held.value);
                let row = |head: &'static str, s: Side| view! {
                    <tr>
                        <th scope="row">{head}</th>
                        <td>{s.value}</td>
                        <td>{s.office}</td>
                        <td>{s.operator}</td>
                        <td class="date">{s.on}</td>
                    </tr>
                };
                view! {
                    <table class="data">
                        <caption class="visually-hidden">{format!("{title}的两处修改")}</caption>
                        <thead><tr>
                            <th scope="col">"修改"</th>
                            <th scope="col">{format!("“{}”改为", l.field)}</th>
                            <th scope="col">"单位"</th>
                            <th scope="col">"经办人"</th>
                            <th scope="col">"业务日期"</th>
                        </tr></thead>
                        <tbody>
                            {row("已生效的修改", applied)}
                            {row("被搁置的修改", held)}
                        </tbody>
                    </table>
                    <div class="actions">
                        <button type="button" disabled=busy on:click=move |_| dispatch(id, Resolution::KeepApplied)>{keep}</button>
                        <button type="button" disabled=busy on:click=move |_| dispatch(id, Resolution::TakeHeld)>{take}</button>
                    </div>
                }.into_any()
            }
            None => view! {
                <p>{l.reason.clone()}</p>
                <dl class="keyvalue">
                    <dt>"单位"</dt><dd>{l.held.office}</dd>
                    <dt>"经办人"</dt><dd>{l.held.operator}</dd>
                    <dt>"业务日期"</dt><dd>{l.held.on}</dd>
                </dl>
                <div class="actions">
                    <button type="button" disabled=busy on:click=move |_| dispatch(id, Resolution::KeepApplied)>"知悉并关闭"</button>
                </div>
            }.into_any(),
        };
        view! {
            <article class="conflict" aria-label=l.record.clone()>
                <h3>{title}</h3>
                {body}
            </article>
        }
    };

    view! {
        <section class="page conflicts-page">
            <h1>"冲突"</h1>
            <p class="note">"两个单位在互不知情时修改了同一条记录的同一项，先生效的修改保留，后到的修改被搁置，等待人工确定；其他未能生效的记录也列在这里。处理结果会随交换包发给其他单位，各单位按同一结果处理。"</p>
            {move || app.domain.with(|s| s.office.profile.as_ref().map(|p| p.role)).filter(|r| {
                !matches!(r, jianyi_core::office::OfficeRole::CommitteeOffice | jianyi_core::office::OfficeRole::TownshipPresidium)
            }).map(|role| view! {
                <Notice tone=Tone::Info>{format!(
                    "本机是{}：冲突由代表工委（乡镇由乡镇人大主席团）处理，处理结果随交换包送达本机；本机只能放弃本机的修改。",
                    role.label()
                )}</Notice>
            })}
            <div class="form inline">
                <BusinessDateField id="conflict-date" value=date label="处理日期"/>
            </div>
            {outcome}
            <section aria-labelledby="open-h">
                <h2 id="open-h">{move || format!("待处理（{}）", open().len())}</h2>
                {move || open().is_empty().then(|| view! { <p>"没有待处理的冲突。"</p> })}
                <For each=open key=|l: &OpenLine| l.id let:l>
                    {conflict_view(l)}
                </For>
            </section>
            <section aria-labelledby="resolved-h">
                <h2 id="resolved-h">"已处理"</h2>
                {move || {
                    let rows = resolved();
                    if rows.is_empty() {
                        view! { <p>"还没有处理过的冲突。"</p> }.into_any()
                    } else {
                        view! {
                            <table class="data">
                                <thead><tr>
                                    <th scope="col">"记录"</th>
                                    <th scope="col">"项目"</th>
                                    <th scope="col">"已生效的修改"</th>
                                    <th scope="col">"被搁置的修改"</th>
                                    <th scope="col">"处理结果"</th>
                                    <th scope="col">"处理人"</th>
                                    <th scope="col">"单位"</th>
                                    <th scope="col">"处理日期"</th>
                                </tr></thead>
                                <tbody>
                                    <For each=move || rows.clone() key=|l: &ResolvedLine| l.clone() let:l>
                                        <tr>
                                            <th scope="row">{l.record}</th>
                                            <td>{l.field}</td>
                                            <td>{l.applied}</td>
                                            <td>{l.held}</td>
                                            <td>{l.choice}</td>
                                            <td>{l.by}</td>
                                            <td>{l.office}</td>
                                            <td class="date">{l.on}</td>
                                        </tr>
                                    </For>
                                </tbody>
                            </table>
                        }.into_any()
                    }
                }}
            </section>
            <p><a href=Route::Exchange.href()>"返回交换"</a></p>
        </section>
    }
}
