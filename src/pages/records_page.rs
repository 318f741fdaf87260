//! `RecordsPage` (督办记录): every supervision held, newest first, with
//! its kind, items, participants and open follow-ups; and
//! `NewRecordPage`, the form that records one — its kind, business date
//! (keyed in from the minutes), place, the items and units it covers (an
//! inspection covers many), the participants in groups with counts for
//! those not in a directory, the findings, the decisions taken on the
//! spot, and follow-ups each with an owner and a due date.

use jianyi_core::dates::{parse_ymd, zh};
use jianyi_core::supervision::{
    FollowUpFields, Owner, Participants, PlanFields, RecordFields, RecordKind, SupervisionCommand,
    SupervisionEvent,
};
use jianyi_core::{
    CommitteeId, DeputyId, EventKind, LeaderId, SuggestionId, SupervisionRecordId, UnitId,
};
use leptos::prelude::*;

use crate::components::{BusinessDateField, Notice, Tone, read_business_date, today_value};
use crate::router::{hash_href, use_router};
use crate::state::use_app_state;
use crate::supervision::{
    Checks, SupervisionTabs, committee_options, item_line, item_options, leader_options,
    participants_line, supervises_here, text_field,
};

#[component]
pub fn RecordsPage() -> impl IntoView {
    let app = use_app_state();
    let today = crate::platform::china_today();
    let rows = Memo::new(move |_| {
        app.domain.with(|s| {
            let mut list: Vec<_> = s.supervision.records.values().collect();
            list.sort_by_key(|r| std::cmp::Reverse((r.on, r.id)));
            list.into_iter()
                .map(|r| {
                    let open =
                        jianyi_core::supervision::follow_up_rows(s, std::iter::once(r), today)
                            .into_iter()
                            .filter(|f| f.done.is_none())
                            .count();
                    (
                        r.id,
                        r.on,
                        r.fields.kind.label(),
                        r.fields.place.clone(),
                        r.fields
                            .items
                            .iter()
                            .map(|i| item_line(s, *i))
                            .collect::<Vec<_>>(),
                        r.fields.participants.count(),
                        r.fields.follow_ups.len(),
                        open,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="page">
            <h1>"督办记录"</h1>
            <SupervisionTabs current="督办记录"/>
            <p class="lead">"听取汇报、专题调研、实地察看、电话回访、面对面座谈会、集中视察、督办会，每次一条记录；一条记录可涉及多件建议、多个单位。"</p>
            {move || app.domain.with(|s| supervises_here(s, app.desk.get())).then(|| view! {
                <p class="no-print"><a href=hash_href(&["records", "new"], &[]) class="button">"登记督办记录"</a></p>
            })}
            <Planned/>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="empty">"还没有督办记录。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="督办记录">
                        <thead><tr>
                            <th scope="col">"日期"</th><th scope="col">"方式"</th><th scope="col">"地点"</th><th scope="col">"涉及建议"</th>
                            <th scope="col">"参加人数"</th><th scope="col">"督办事项"</th><th scope="col">"操作"</th>
                        </tr></thead>
                        <tbody>{rows.into_iter().map(|(id, on, kind, place, items, people, follow_ups, open)| {
                            let n = items.len();
                            view! {
                                <tr>
                                    <td class="date">{zh(on)}</td>
                                    <td>{kind}</td>
                                    <td>{place}</td>
                                    <td>{if n > 2 { format!("{}等{}件", items[0], n) } else { items.join("；") }}</td>
                                    <td class="num">{format!("{people}人")}</td>
                                    <td>{if follow_ups == 0 { "无".to_string() } else { format!("{follow_ups}项，未办结{open}项") }}</td>
                                    <td><a href=hash_href(&["records", &id.to_string()], &[]) aria-label=format!("查看{}{}", zh(on), kind)>"查看"</a></td>
                                </tr>
                            }
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}

/// One follow-up row of the form.
#[derive(Clone, Copy)]
struct FollowUpRow {
    what: RwSignal<String>,
    owner: RwSignal<String>,
    due: RwSignal<String>,
}

/// How many follow-up rows the form offers.
const FOLLOW_UP_ROWS: usize = 3;

fn parse_owner(v: &str) -> Option<Owner> {
    match v.split_once(':') {
        Some(("unit", id)) => id.parse::<UnitId>().ok().map(Owner::Unit),
        Some(("committee", id)) => id.parse::<CommitteeId>().ok().map(Owner::Committee),
        _ if v == "office" => Some(Owner::Office),
        _ => None,
    }
}

fn texts<T: ToString>(values: &[T]) -> Vec<String> {
    values.iter().map(ToString::to_string).collect()
}

fn ids<T: std::str::FromStr>(values: Vec<String>) -> Vec<T> {
    values.iter().filter_map(|v| v.parse().ok()).collect()
}

#[component]
pub fn NewRecordPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let kind = RwSignal::new(RecordKind::FaceToFace.code().to_string());
    let date = today_value();
    let place = RwSignal::new(String::new());
    let items = RwSignal::new(
        router
            .url()
            .param("item")
            .map(|i| vec![i.to_string()])
            .unwrap_or_default(),
    );
    let units = RwSignal::new(Vec::<String>::new());
    let deputies = RwSignal::new(Vec::<String>::new());
    let leaders = RwSignal::new(Vec::<String>::new());
    let heads = RwSignal::new(Vec::<String>::new());
    let entrepreneurs = RwSignal::new("0".to_string());
    let citizens = RwSignal::new("0".to_string());
    let others = RwSignal::new(String::new());
    let findings = RwSignal::new(String::new());
    let decisions = RwSignal::new(String::new());
    let rows: Vec<FollowUpRow> = (0..FOLLOW_UP_ROWS)
        .map(|_| FollowUpRow {
            what: RwSignal::new(String::new()),
            owner: RwSignal::new("office".into()),
            due: RwSignal::new(String::new()),
        })
        .collect();
    // A planned activity held: its kind, place, items and invited.
    let plan = router
        .url()
        .param("plan")
        .and_then(|p| p.parse::<SupervisionRecordId>().ok())
        .and_then(|id| {
            app.domain
                .with_untracked(|s| s.supervision.plans.get(&id).cloned())
        });
    if let Some(p) = &plan {
        let f = &p.fields;
        kind.set(f.kind.code().to_string());
        place.set(f.place.clone());
        items.set(texts(&f.items));
        deputies.set(texts(&f.invited.deputies));
        leaders.set(texts(&f.invited.leaders));
        heads.set(texts(&f.invited.unit_heads));
        entrepreneurs.set(f.invited.entrepreneurs.to_string());
        citizens.set(f.invited.citizens.to_string());
        others.set(f.invited.others.clone());
    }
    let plan_id = plan.as_ref().map(|p| p.id);
    let error = RwSignal::new(None::<String>);
    let save = Action::new_local(move |(fields, on): &(RecordFields, chrono::NaiveDate)| {
        let (fields, on) = (fields.clone(), *on);
        let command = match plan_id {
            Some(plan) => SupervisionCommand::HoldActivity {
                plan,
                record: fields,
            },
            None => SupervisionCommand::RecordSupervision(fields),
        };
        async move {
            let events = app
                .dispatch_as(command.into(), app.actor(), on)
                .await
                .map_err(|e| e.message_zh())?;
            Ok::<_, String>(events.into_iter().find_map(|e| match e.kind {
                EventKind::Supervision(SupervisionEvent::Supervised { id, .. }) => Some(id),
                _ => None,
            }))
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(Some(id))) = save.value().get() {
            router.navigate(&hash_href(&["records", &id.to_string()], &[]));
        }
    });
    // Deputies: the chosen items' proposers first, then everyone.
    let deputy_options = move || {
        app.domain.with(|s| {
            let chosen: Vec<SuggestionId> = ids(items.get());
            let mut first: Vec<DeputyId> = Vec::new();
            for i in &chosen {
                if let Some(x) = s.raising.suggestions.get(i) {
                    for d in s.proposers(x) {
                        if !first.contains(&d) {
                            first.push(d);
                        }
                    }
                }
            }
            let rest = s
                .directory
                .deputies
                .values()
                .filter(|e| !e.retired)
                .map(|e| e.id);
            let mut all = first.clone();
            all.extend(rest.filter(|d| !first.contains(d)));
            all.into_iter()
                .map(|d| (d.to_string(), s.deputy_name(d).to_string()))
                .collect::<Vec<_>>()
        })
    };
    let unit_options = move || {
        app.domain.with(|s| {
            s.directory
                .units
                .values()
                .filter(|e| !e.retired)
                .map(|e| (e.id.to_string(), e.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let owner_options = move || {
        let mut out = vec![("office".to_string(), "代表工委".to_string())];
        out.extend(committee_options_owned(app));
        out.extend(
            unit_options()
                .into_iter()
                .map(|(v, n)| (format!("unit:{v}"), n)),
        );
        out
    };
    let form_rows = rows.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let on = match read_business_date(&date.get_untracked()) {
            Ok(d) => d,
            Err(e) => return error.set(Some(e)),
        };
        let count = |v: &str, what: &str| {
            v.trim()
                .parse::<u32>()
                .map_err(|_| format!("“{what}”应为人数（0 或正整数）"))
        };
        let (entrepreneurs, citizens) = match (
            count(&entrepreneurs.get_untracked(), "企业家代表人数"),
            count(&citizens.get_untracked(), "群众代表人数"),
        ) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => return error.set(Some(e)),
        };
        let mut follow_ups = Vec::new();
        for (n, r) in form_rows.iter().enumerate() {
            let what = r.what.get_untracked();
            if what.trim().is_empty() {
                continue;
            }
            let Some(due) = parse_ymd(&r.due.get_untracked()) else {
                return error.set(Some(format!(
                    "第{}项督办事项的期限格式应为 年-月-日",
                    n + 1
                )));
            };
            let Some(owner) = parse_owner(&r.owner.get_untracked()) else {
                return error.set(Some(format!("请选择第{}项督办事项的责任单位", n + 1)));
            };
            follow_ups.push(FollowUpFields { what, owner, due });
        }
        let fields = RecordFields {
            kind: RecordKind::from_code(&kind.get_untracked()).unwrap_or(RecordKind::FaceToFace),
            place: place.get_untracked(),
            items: ids(items.get_untracked()),
            units: ids(units.get_untracked()),
            participants: Participants {
                deputies: ids(deputies.get_untracked()),
                leaders: ids::<LeaderId>(leaders.get_untracked()),
                unit_heads: ids(heads.get_untracked()),
                entrepreneurs,
                citizens,
                others: others.get_untracked(),
            },
            findings: findings.get_untracked(),
            decisions: decisions.get_untracked(),
            follow_ups,
        };
        save.dispatch((fields, on));
    };
    let area = |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field wide">
                <label for=id>{label}</label>
                <textarea id=id rows="4" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
            </div>
        }
    };
    view! {
        <section class="page">
            <h1>"登记督办记录"</h1>
            <SupervisionTabs current="督办记录"/>
            {plan.as_ref().map(|p| view! { <p class="lead">{format!("登记计划于{}举行的{}的情况：受邀人员已勾选，请按实际参加情况修改。", zh(p.fields.planned_for), p.fields.kind.label())}</p> })}
            <form class="form" aria-label="督办记录" on:submit=submit>
                <div class="form inline">
                    <div class="field">
                        <label for="rec-kind">"督办方式"</label>
                        <select id="rec-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {RecordKind::ALL.into_iter().map(|k| view! {
                                <option value=k.code() selected=move || kind.get() == k.code()>{k.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <BusinessDateField id="rec-date" value=date label="日期（据记录或纪要录入时填原件日期）"/>
                    {text_field("rec-place", "地点", place)}
                </div>
                {move || view! { <Checks legend="涉及的建议" options=app.domain.with(item_options) chosen=items scroll=true/> }}
                {move || view! { <Checks legend="涉及的其他单位（集中视察等，可不选）" options=unit_options() chosen=units scroll=true/> }}
                <h2>"参加人员"</h2>
                {move || view! { <Checks legend="领导" options=app.domain.with(leader_options) chosen=leaders/> }}
                {move || view! { <Checks legend="代表（所选建议的提出人在前）" options=deputy_options() chosen=deputies scroll=true/> }}
                {move || view! { <Checks legend="单位负责人" options=unit_options() chosen=heads scroll=true/> }}
                <div class="form inline">
                    {text_field("rec-entrepreneurs", "企业家代表人数", entrepreneurs)}
                    {text_field("rec-citizens", "群众代表人数", citizens)}
                    {text_field("rec-others", "其他参加人员（姓名、身份）", others)}
                </div>
                {area("rec-findings", "了解的情况和发现的问题", findings)}
                {area("rec-decisions", "现场议定事项", decisions)}
                <h2>"督办事项"</h2>
                <p class="hint">"每项写明事项、责任单位和期限；到期未办结的亮红灯。不需要的行留空。"</p>
                {rows.iter().enumerate().map(|(n, r)| {
                    let r = *r;
                    view! {
                        <div class="form inline follow-up-rows">
                            <div class="field">
                                <label for=format!("fu-what-{n}")>{format!("第{}项 事项", n + 1)}</label>
                                <input id=format!("fu-what-{n}") type="text" prop:value=move || r.what.get() on:input=move |ev| r.what.set(event_target_value(&ev))/>
                            </div>
                            <div class="field">
                                <label for=format!("fu-owner-{n}")>{format!("第{}项 责任单位", n + 1)}</label>
                                <select id=format!("fu-owner-{n}") on:change=move |ev| r.owner.set(event_target_value(&ev))>
                                    {owner_options().into_iter().map(|(v, label)| {
                                        let sel = { let v = v.clone(); move || r.owner.get() == v };
                                        view! { <option value=v selected=sel>{label}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for=format!("fu-due-{n}")>{format!("第{}项 期限", n + 1)}</label>
                                <input id=format!("fu-due-{n}") type="date" prop:value=move || r.due.get() on:input=move |ev| r.due.set(event_target_value(&ev))/>
                            </div>
                        </div>
                    }
                }).collect_view()}
                {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                {move || save.value().get().and_then(|r| r.err()).map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                <div class="actions"><button type="submit" class="primary" disabled=move || app.read_only>"保存督办记录"</button></div>
            </form>
        </section>
    }
}

/// The committee bodies as owners of a follow-up.
fn committee_options_owned(app: crate::state::AppState) -> Vec<(String, String)> {
    app.domain
        .with_untracked(committee_options)
        .into_iter()
        .map(|(v, n)| (format!("committee:{v}"), n))
        .collect()
}

/// The activities planned and not held yet, each to record when held; and
/// the form that plans one.
#[component]
fn Planned() -> impl IntoView {
    let app = use_app_state();
    let outcome: crate::supervision::Outcome = RwSignal::new(None);
    let act = crate::supervision::acting(app, outcome);
    let kind = RwSignal::new(RecordKind::SiteVisit.code().to_string());
    let on = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let items = RwSignal::new(Vec::<String>::new());
    let leaders = RwSignal::new(Vec::<String>::new());
    let list = move || {
        app.domain.with(|s| {
            jianyi_core::supervision::planned(s)
                .into_iter()
                .map(|p| {
                    let invited = participants_line(s, &p.fields.invited);
                    let items: Vec<String> =
                        p.fields.items.iter().map(|i| item_line(s, *i)).collect();
                    (
                        p.id,
                        p.fields.planned_for,
                        p.fields.kind.label(),
                        p.fields.place.clone(),
                        items.join("；"),
                        invited,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(planned_for) = parse_ymd(&on.get_untracked()) else {
            return outcome.set(Some(Err("“计划日期”格式应为 年-月-日".into())));
        };
        let plan = PlanFields {
            kind: RecordKind::from_code(&kind.get_untracked()).unwrap_or(RecordKind::SiteVisit),
            planned_for,
            place: place.get_untracked(),
            items: ids(items.get_untracked()),
            invited: Participants {
                leaders: ids(leaders.get_untracked()),
                ..Participants::default()
            },
        };
        act.dispatch((
            SupervisionCommand::PlanActivity(plan).into(),
            "督办活动已安排".into(),
        ));
    };
    view! {
        <h2>"计划中的督办活动"</h2>
        <crate::supervision::OutcomeNotice outcome/>
        {move || {
            let rows = list();
            if rows.is_empty() {
                return view! { <p class="empty">"没有计划中的督办活动。"</p> }.into_any();
            }
            view! {
                <table class="data" aria-label="计划中的督办活动">
                    <thead><tr><th scope="col">"计划日期"</th><th scope="col">"方式"</th><th scope="col">"地点"</th><th scope="col">"涉及建议"</th><th scope="col">"受邀人员"</th><th scope="col">"操作"</th></tr></thead>
                    <tbody>{rows.into_iter().map(|(id, on, kind, place, items, invited)| view! {
                        <tr>
                            <td class="date">{zh(on)}</td>
                            <td>{kind}</td>
                            <td>{place}</td>
                            <td>{items}</td>
                            <td>{invited}</td>
                            <td class="no-print">{move || app.domain.with(|s| supervises_here(s, app.desk.get())).then(|| view! {
                                <a href=hash_href(&["records", "new"], &[("plan", &id.to_string())])>"登记举行情况"</a>
                            })}</td>
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        }}
        {move || app.domain.with(|s| supervises_here(s, app.desk.get())).then(|| view! {
        <details class="no-print">
            <summary>"安排督办活动"</summary>
            <form class="form" aria-label="安排督办活动" on:submit=submit>
                <div class="form inline">
                    <div class="field">
                        <label for="plan-kind">"督办方式"</label>
                        <select id="plan-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                            {RecordKind::ALL.into_iter().map(|k| view! {
                                <option value=k.code() selected=move || kind.get() == k.code()>{k.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="plan-on">"计划日期"</label>
                        <input id="plan-on" type="date" prop:value=move || on.get() on:input=move |ev| on.set(event_target_value(&ev))/>
                    </div>
                    {text_field("plan-place", "地点", place)}
                </div>
                {move || view! { <Checks legend="涉及的建议" options=app.domain.with(item_options) chosen=items scroll=true/> }}
                {move || view! { <Checks legend="受邀领导" options=app.domain.with(leader_options) chosen=leaders/> }}
                <button type="submit">"安排"</button>
            </form>
        </details>
        })}
    }
}
