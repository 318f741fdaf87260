//! `AssignListPage`: one unit's 交办清单 on A4 — every item it holds, as
//! lead, co-unit or separate handler, with the other units, the date of
//! assignment and the reply deadline as computed — for the 交办会 and the
//! unit's file; and the way to the packet for the unit.

use jianyi_core::UnitId;
use jianyi_core::dates::zh;
use jianyi_core::handling::UnitRole;
use jianyi_core::office::OfficeRole;
use leptos::prelude::*;

use crate::handling::unit_name;
use crate::router::{Route, hash_href};
use crate::state::use_app_state;

#[component]
pub fn AssignListPage(unit: String) -> impl IntoView {
    let app = use_app_state();
    let Some(unit) = unit.parse::<UnitId>().ok().filter(|u| {
        app.domain
            .with_untracked(|s| s.directory.units.contains_key(u))
    }) else {
        return view! {
            <section class="page"><h1>"没有这个承办单位"</h1><p><a href=Route::Assign.href()>"返回交办"</a></p></section>
        }
        .into_any();
    };
    let doc = move || {
        app.domain.with(|s| {
            let mut rows: Vec<(UnitRole, String, String, String, String, String, String)> = s
                .handling
                .of_unit(unit)
                .into_iter()
                .filter_map(|(a, t)| {
                    let x = s.raising.suggestions.get(&a.item)?;
                    let others = a
                        .current()
                        .filter(|o| o.unit != unit)
                        .map(|o| format!("{}（{}）", unit_name(s, o.unit), o.role.label()))
                        .collect::<Vec<_>>()
                        .join("、");
                    let deadline = match t.role {
                        UnitRole::Co => "按主办单位要求提出协办意见".to_string(),
                        UnitRole::Lead | UnitRole::Separate => t
                            .clock
                            .as_ref()
                            .map_or_else(|| "自签收之日起算".to_string(), |c| c.explain()),
                    };
                    Some((
                        t.role,
                        s.number_label(x).unwrap_or_default(),
                        x.draft.title.clone(),
                        s.deputy_name(x.draft.lead_deputy).to_string(),
                        if others.is_empty() {
                            "—".into()
                        } else {
                            others
                        },
                        zh(t.since),
                        deadline,
                    ))
                })
                .collect();
            // By role, then by number (第2号 before 第10号).
            rows.sort_by(|a, b| (a.0, a.1.len(), &a.1).cmp(&(b.0, b.1.len(), &b.1)));
            let office = s
                .office
                .profile
                .as_ref()
                .map_or(String::new(), |o| o.name.clone());
            let partner = s
                .exchange
                .known
                .values()
                .find(|k| k.card.role == OfficeRole::HandlingUnit && k.card.unit == Some(unit))
                .map(|k| k.card.id.to_string());
            (office, unit_name(s, unit), rows, partner)
        })
    };
    view! {
        <section class="page print-doc">
            <div class="no-print actions">
                <button type="button" class="primary" on:click=|_| { let _ = window().print(); }>"打印"</button>
                <a class="button" href=Route::Assign.href()>"返回交办"</a>
                {move || match doc().3 {
                    Some(partner) => view! {
                        <a class="button" href=hash_href(&["exchange"], &[("to", &partner)])>"为该单位导出交换包"</a>
                    }.into_any(),
                    None => view! {
                        <span class="hint">"该单位尚未登记为交换单位：导入它的第一个交换包并核对指纹后，即可为它导出只含其承办件的交换包。"</span>
                    }.into_any(),
                }}
            </div>
            {move || {
                let (office, name, rows, _) = doc();
                let count = |r: UnitRole| rows.iter().filter(|x| x.0 == r).count();
                view! {
                    <h1 class="doc-title">"代表建议交办清单"</h1>
                    <p class="doc-sub">{format!("承办单位：{name}　　交办单位：{office}")}</p>
                    <p>{format!("共 {} 件：主办 {} 件，协办 {} 件，分办 {} 件。", rows.len(), count(UnitRole::Lead), count(UnitRole::Co), count(UnitRole::Separate))}</p>
                    <table class="data">
                        <thead><tr>
                            <th scope="col">"序号"</th><th scope="col">"承办方式"</th><th scope="col">"案号"</th><th scope="col">"案由"</th>
                            <th scope="col">"领衔代表"</th><th scope="col">"其他承办单位"</th><th scope="col">"交办日期"</th><th scope="col">"答复期限"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().enumerate().map(|(i, (role, number, title, deputy, others, since, deadline))| view! {
                                <tr>
                                    <td class="num">{i + 1}</td><td>{role.label()}</td><td>{number}</td><td>{title}</td>
                                    <td>{deputy}</td><td>{others}</td><td class="date">{since}</td><td>{deadline}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <p class="doc-foot">"请于规定期限内签收；认为交办有误的，请在退办期限内提出申请并说明理由。办理前须与领衔代表沟通，办理进展及时告知代表。"</p>
                }
            }}
        </section>
    }
    .into_any()
}
