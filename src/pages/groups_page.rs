//! `GroupsPage` (督办组): the supervision groups, each led by a
//! standing-committee leader with the lead deputy in charge and the items'
//! proposers as members; several set up in one sitting (博爱's eight) at
//! the committee office's desk. `GroupPage`: one group's members, its
//! items with their warning colours, and the supervision of its items.
//! `ActionsPage` (督办事项): every follow-up decided at a supervision,
//! warned like any deadline until done.

use jianyi_core::dates::zh;
use jianyi_core::handling::{Colour, warning};
use jianyi_core::supervision::{
    GroupFields, ItemRecord, SupervisionCommand, follow_up_rows, group_members, leader_label,
    records_of,
};
use jianyi_core::{GroupId, LeaderId, State, SuggestionId};
use leptos::prelude::*;

use crate::handling::at_office_desk;
use crate::router::hash_href;
use crate::state::use_app_state;
use crate::supervision::{
    Checks, Outcome, OutcomeNotice, SupervisionTabs, acting, item_line, item_options,
};

/// How many groups the form sets up at once.
const GROUP_ROWS: usize = 8;

/// The worst colour of a group's assigned items on `today`.
fn worst(s: &State, items: &[SuggestionId], today: chrono::NaiveDate) -> Option<Colour> {
    items
        .iter()
        .filter_map(|i| s.handling.assignments.get(i))
        .map(|a| warning(s, a, today).colour)
        .max()
}

#[derive(Clone, Copy)]
struct GroupRow {
    name: RwSignal<String>,
    leader: RwSignal<String>,
    items: RwSignal<Vec<String>>,
}

#[component]
pub fn GroupsPage() -> impl IntoView {
    let app = use_app_state();
    let today = crate::platform::china_today();
    let office = Memo::new(move |_| app.domain.with(|s| at_office_desk(s, app.desk.get())));
    let outcome: Outcome = RwSignal::new(None);
    let act = acting(app, outcome);
    let rows: Vec<GroupRow> = (0..GROUP_ROWS)
        .map(|_| GroupRow {
            name: RwSignal::new(String::new()),
            leader: RwSignal::new(String::new()),
            items: RwSignal::new(Vec::new()),
        })
        .collect();
    let congress_leaders = move || {
        app.domain.with(|s| {
            s.directory
                .leaders
                .values()
                .filter(|e| !e.retired && e.organ.is_none())
                .map(|e| (e.id.to_string(), leader_label(s, e.id)))
                .collect::<Vec<_>>()
        })
    };
    // The rows are cleared once the groups are formed; a refusal keeps
    // what was typed.
    {
        let rows = rows.clone();
        Effect::new(move |_| {
            if let Some(Ok(_)) = outcome.get() {
                for r in &rows {
                    r.name.set(String::new());
                    r.items.set(Vec::new());
                }
            }
        });
    }
    let submit = {
        let rows = rows.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let groups: Vec<GroupFields> = rows
                .iter()
                .filter(|r| !r.name.get_untracked().trim().is_empty())
                .map(|r| GroupFields {
                    name: r.name.get_untracked(),
                    leader: r
                        .leader
                        .get_untracked()
                        .parse::<LeaderId>()
                        .unwrap_or(LeaderId(jianyi_core::Uuid::nil())),
                    items: r
                        .items
                        .get_untracked()
                        .iter()
                        .filter_map(|i| i.parse().ok())
                        .collect(),
                })
                .collect();
            let n = groups.len();
            act.dispatch((
                SupervisionCommand::FormGroups { groups }.into(),
                format!("已成立 {n} 个督办组"),
            ));
        }
    };
    view! {
        <section class="page">
            <h1>"督办组"</h1>
            <SupervisionTabs current="督办组"/>
            <p class="lead">"督办组由一位常委会领导任组长，领衔代表负责，联名代表（含并案建议的提出人）为成员，跟踪督办所列建议。"</p>
            <OutcomeNotice outcome/>
            {move || {
                let list = app.domain.with(|s| {
                    s.supervision
                        .groups
                        .values()
                        .map(|g| {
                            let (lead, members) = group_members(s, &g.fields);
                            (
                                g.id,
                                g.fields.name.clone(),
                                leader_label(s, g.fields.leader),
                                lead.map(|d| s.deputy_name(d).to_string()).unwrap_or_default(),
                                members.len(),
                                g.fields.items.len(),
                                worst(s, &g.fields.items, today),
                            )
                        })
                        .collect::<Vec<_>>()
                });
                if list.is_empty() {
                    return view! { <p class="empty">"还没有督办组。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="督办组">
                        <thead><tr>
                            <th scope="col">"督办组"</th><th scope="col">"组长"</th><th scope="col">"负责代表"</th>
                            <th scope="col">"成员"</th><th scope="col">"督办建议"</th><th scope="col">"预警"</th>
                        </tr></thead>
                        <tbody>{list.into_iter().map(|(id, name, leader, lead, members, items, colour)| view! {
                            <tr>
                                <td><a href=hash_href(&["groups", &id.to_string()], &[])>{name}</a></td>
                                <td>{leader}</td>
                                <td>{lead}</td>
                                <td class="num">{format!("{members}人")}</td>
                                <td class="num">{format!("{items}件")}</td>
                                <td>{colour.map(|c| view! { <span class=format!("light {}", c.code())>{c.label()}</span> })}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
            {move || office.get().then(|| {
                let submit = submit.clone();
                let rows = rows.clone();
                view! {
                    <h2>"成立督办组"</h2>
                    <p class="hint">"可一次成立多个督办组（如博爱县的8个）；不用的行留空。成员由所选建议的提出人自动组成。"</p>
                    <form class="form" aria-label="成立督办组" on:submit=submit>
                        {rows.into_iter().enumerate().map(|(n, r)| view! {
                            <fieldset class="group-row">
                                <legend>{format!("第{}组", n + 1)}</legend>
                                <div class="form inline">
                                    <div class="field">
                                        <label for=format!("g-name-{n}")>"督办组名称"</label>
                                        <input id=format!("g-name-{n}") type="text" prop:value=move || r.name.get() on:input=move |ev| r.name.set(event_target_value(&ev))/>
                                    </div>
                                    <div class="field">
                                        <label for=format!("g-leader-{n}")>"组长（常委会领导）"</label>
                                        <select id=format!("g-leader-{n}") on:change=move |ev| r.leader.set(event_target_value(&ev))>
                                            <option value="">"（请选择）"</option>
                                            {congress_leaders().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                                        </select>
                                    </div>
                                </div>
                                {move || view! { <Checks legend="督办的建议" options=app.domain.with(item_options) chosen=r.items scroll=true/> }}
                            </fieldset>
                        }).collect_view()}
                        <div class="actions"><button type="submit" class="primary" disabled=move || app.read_only>"成立督办组"</button></div>
                    </form>
                }
            })}
        </section>
    }
}

#[component]
pub fn GroupPage(id: String) -> impl IntoView {
    let app = use_app_state();
    let today = crate::platform::china_today();
    let Some(id) = id.parse::<GroupId>().ok().filter(|id| {
        app.domain
            .with_untracked(|s| s.supervision.groups.contains_key(id))
    }) else {
        return view! {
            <section class="page"><h1>"没有这个督办组"</h1><p><a href=hash_href(&["groups"], &[])>"返回督办组"</a></p></section>
        }
        .into_any();
    };
    view! {
        <section class="page">
            {move || app.domain.with(|s| {
                let g = &s.supervision.groups[&id];
                let (lead, members) = group_members(s, &g.fields);
                let names: Vec<&str> = members.iter().map(|d| s.deputy_name(*d)).collect();
                let mut records: Vec<(chrono::NaiveDate, String, Option<String>)> = Vec::new();
                for item in &g.fields.items {
                    for r in records_of(s, *item) {
                        let line = match &r {
                            ItemRecord::Supervised(x) => (x.on, format!("{}：{}", x.fields.kind.label(), x.fields.findings), Some(x.id.to_string())),
                            ItemRecord::SecondHandling { on, conclusions, .. } => (*on, format!("二次办理座谈：{conclusions}"), None),
                        };
                        if !records.contains(&line) {
                            records.push(line);
                        }
                    }
                }
                records.sort_by_key(|r| std::cmp::Reverse(r.0));
                view! {
                    <h1>{g.fields.name.clone()}</h1>
                    <SupervisionTabs current="督办组"/>
                    <dl class="keyvalue">
                        <dt>"组长"</dt><dd>{leader_label(s, g.fields.leader)}</dd>
                        <dt>"负责代表"</dt><dd>{lead.map(|d| s.deputy_name(d).to_string()).unwrap_or_else(|| "—".into())}</dd>
                        <dt>"成员"</dt><dd>{if names.is_empty() { "—".to_string() } else { format!("{}（{}人）", names.join("、"), names.len()) }}</dd>
                        <dt>"成立"</dt><dd>{zh(g.formed_on)}</dd>
                    </dl>
                    <h2>"督办的建议"</h2>
                    <table class="data" aria-label="督办的建议">
                        <thead><tr><th scope="col">"预警"</th><th scope="col">"建议"</th><th scope="col">"原因"</th></tr></thead>
                        <tbody>{g.fields.items.iter().map(|i| {
                            let w = s.handling.assignments.get(i).map(|a| warning(s, a, today));
                            view! {
                                <tr>
                                    <td>{w.as_ref().map(|w| view! { <span class=format!("light {}", w.colour.code())>{w.colour.label()}</span> })}</td>
                                    <td><a href=hash_href(&["oversight", &i.to_string()], &[])>{item_line(s, *i)}</a></td>
                                    <td class="why">{w.map_or("尚未交办".into(), |w| w.reasons.join("；"))}</td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                    <h2>"督办情况"</h2>
                    {if records.is_empty() {
                        view! { <p class="empty">"还没有督办记录。"</p> }.into_any()
                    } else {
                        view! {
                            <ul class="timeline">{records.into_iter().map(|(on, line, rec)| view! {
                                <li><span class="date">{zh(on)}</span>" "{match rec {
                                    Some(r) => view! { <a href=hash_href(&["records", &r], &[])>{line}</a> }.into_any(),
                                    None => view! { <span>{line}</span> }.into_any(),
                                }}</li>
                            }).collect_view()}</ul>
                        }.into_any()
                    }}
                }
            })}
        </section>
    }
    .into_any()
}

#[component]
pub fn ActionsPage() -> impl IntoView {
    let app = use_app_state();
    let today = crate::platform::china_today();
    let rows = Memo::new(move |_| {
        app.domain
            .with(|s| follow_up_rows(s, s.supervision.records.values(), today))
    });
    view! {
        <section class="page">
            <h1>"督办事项"</h1>
            <SupervisionTabs current="督办事项"/>
            <p class="lead">{format!("按{}计算：到期未办结的为红色，临近期限的为黄色。", zh(today))}</p>
            {move || {
                let rows = rows.get();
                let open = rows.iter().filter(|r| r.done.is_none()).count();
                let red = rows.iter().filter(|r| r.done.is_none() && r.colour == Colour::Red).count();
                if rows.is_empty() {
                    return view! { <p class="empty">"还没有督办事项。"</p> }.into_any();
                }
                view! {
                    <p role="status">{format!("共 {} 项，未办结 {} 项（其中逾期 {} 项），已办结 {} 项", rows.len(), open, red, rows.len() - open)}</p>
                    <table class="data" aria-label="督办事项">
                        <thead><tr>
                            <th scope="col">"预警"</th><th scope="col">"事项"</th><th scope="col">"责任单位"</th><th scope="col">"期限"</th>
                            <th scope="col">"来源"</th><th scope="col">"情况"</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().map(|f| view! {
                            <tr class=format!("row-{}", f.colour.code())>
                                <td><span class=format!("light {}", f.colour.code())>{f.colour.label()}</span></td>
                                <td>{f.what}</td>
                                <td>{f.owner}</td>
                                <td class="date">{zh(f.due)}</td>
                                <td><a href=hash_href(&["records", &f.record.to_string()], &[])>{format!("{}{}", zh(f.held_on), f.kind.label())}</a></td>
                                <td class="why">{f.done.map_or(f.why, |d| format!("{}办结：{}", zh(d.on), d.note))}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}
