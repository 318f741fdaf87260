//! `ProcuratoratePage` (检察衔接): suggestions and the procuratorate's
//! public-interest litigation feed each other both ways (濮阳). Items
//! referred as leads, with the status the procuratorate reports back
//! (受理, 立案, 发出检察建议, 提起诉讼, 办结, or 不予立案 with the reason);
//! procuratorial suggestions received, each linked to the deputies'
//! suggestions raised from it. The committee office acts at its desk.

use jianyi_core::dates::zh;
use jianyi_core::supervision::{ProcuratorialFields, ProcuratorialStatus, SupervisionCommand};
use jianyi_core::{ProcuratorialId, SuggestionId};
use leptos::prelude::*;

use crate::handling::at_office_desk;
use crate::router::hash_href;
use crate::state::use_app_state;
use crate::supervision::{
    Outcome, OutcomeNotice, SupervisionTabs, acting, item_line, item_options, select_field,
    text_field,
};

/// The statuses a clerk records, by code.
const STATUSES: [(&str, &str); 6] = [
    ("received", "受理"),
    ("case_opened", "立案"),
    ("suggestion_issued", "发出检察建议"),
    ("sued", "提起诉讼"),
    ("concluded", "办结"),
    ("declined", "不予立案"),
];

fn status_of(code: &str, reason: String) -> Option<ProcuratorialStatus> {
    Some(match code {
        "received" => ProcuratorialStatus::Received,
        "case_opened" => ProcuratorialStatus::CaseOpened,
        "suggestion_issued" => ProcuratorialStatus::SuggestionIssued,
        "sued" => ProcuratorialStatus::Sued,
        "concluded" => ProcuratorialStatus::Concluded,
        "declined" => ProcuratorialStatus::Declined { reason },
        _ => return None,
    })
}

fn status_line(s: &ProcuratorialStatus) -> String {
    match s {
        ProcuratorialStatus::Declined { reason } => format!("不予立案（{reason}）"),
        other => other.label().to_string(),
    }
}

#[component]
pub fn ProcuratoratePage() -> impl IntoView {
    let app = use_app_state();
    let office = Memo::new(move |_| app.domain.with(|s| at_office_desk(s, app.desk.get())));
    let outcome: Outcome = RwSignal::new(None);
    let act = acting(app, outcome);
    let refer_item = RwSignal::new(String::new());
    let refer_what = RwSignal::new(String::new());
    let status_item = RwSignal::new(String::new());
    let status_code = RwSignal::new("received".to_string());
    let status_reason = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let summary = RwSignal::new(String::new());
    let link_source = RwSignal::new(String::new());
    let link_item = RwSignal::new(String::new());
    let referrals = move || {
        app.domain.with(|s| {
            s.supervision
                .referrals
                .iter()
                .map(|(item, r)| {
                    (
                        *item,
                        item_line(s, *item),
                        r.on,
                        r.what.clone(),
                        r.statuses
                            .iter()
                            .map(|(on, st)| format!("{}{}", zh(*on), status_line(st)))
                            .collect::<Vec<_>>(),
                        r.latest().is_some_and(|x| x.ends()),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let received = move || {
        app.domain.with(|s| {
            s.supervision
                .procuratorial
                .values()
                .map(|p| {
                    (
                        p.id,
                        p.received,
                        p.fields.clone(),
                        p.items
                            .iter()
                            .map(|i| (*i, item_line(s, *i)))
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="page">
            <h1>"检察衔接"</h1>
            <SupervisionTabs current="检察衔接"/>
            <p class="lead">"代表建议中涉及公共利益的线索移送检察机关，跟踪其办理；检察机关的检察建议可作为代表建议的来源，两者相互关联。"</p>
            <OutcomeNotice outcome/>
            <h2>"移送的公益诉讼线索"</h2>
            {move || {
                let rows = referrals();
                if rows.is_empty() {
                    return view! { <p class="empty">"还没有移送的线索。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="移送的公益诉讼线索">
                        <thead><tr><th scope="col">"建议"</th><th scope="col">"移送日期"</th><th scope="col">"移送的线索"</th><th scope="col">"检察机关办理情况"</th></tr></thead>
                        <tbody>{rows.into_iter().map(|(item, line, on, what, statuses, ended)| view! {
                            <tr>
                                <td><a href=hash_href(&["oversight", &item.to_string()], &[])>{line}</a></td>
                                <td class="date">{zh(on)}</td>
                                <td>{what}</td>
                                <td>{if statuses.is_empty() { "待检察机关反馈".to_string() } else { statuses.join("；") }}{ended.then_some("（已结束）")}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
            {move || office.get().then(|| view! {
                <form class="form inline no-print" aria-label="移送线索" on:submit=move |ev| {
                    ev.prevent_default();
                    let Ok(item) = refer_item.get_untracked().parse::<SuggestionId>() else {
                        return outcome.set(Some(Err("请选择要移送的建议".into())));
                    };
                    act.dispatch((SupervisionCommand::ReferToProcuratorate { item, what: refer_what.get_untracked() }.into(), "线索已移送检察机关".into()));
                }>
                    {select_field("pr-item", "移送的建议", "（请选择）", refer_item, app.domain.with(item_options))}
                    {text_field("pr-what", "移送的线索", refer_what)}
                    <button type="submit">"移送检察机关"</button>
                </form>
                <form class="form inline no-print" aria-label="登记办理情况" on:submit=move |ev| {
                    ev.prevent_default();
                    let Ok(item) = status_item.get_untracked().parse::<SuggestionId>() else {
                        return outcome.set(Some(Err("请选择已移送的建议".into())));
                    };
                    let Some(status) = status_of(&status_code.get_untracked(), status_reason.get_untracked()) else { return };
                    act.dispatch((SupervisionCommand::RecordProcuratorialStatus { item, status }.into(), "检察机关办理情况已登记".into()));
                }>
                    {select_field("pr-status-item", "已移送的建议", "（请选择）", status_item, referrals().into_iter().filter(|r| !r.5).map(|r| (r.0.to_string(), r.1)).collect())}
                    <div class="field">
                        <label for="pr-status">"办理情况"</label>
                        <select id="pr-status" on:change=move |ev| status_code.set(event_target_value(&ev))>
                            {STATUSES.into_iter().map(|(v, l)| view! { <option value=v selected=move || status_code.get() == v>{l}</option> }).collect_view()}
                        </select>
                    </div>
                    {text_field("pr-reason", "不予立案的理由", status_reason)}
                    <button type="submit">"登记"</button>
                </form>
            })}
            <h2>"收到的检察建议"</h2>
            {move || {
                let rows = received();
                if rows.is_empty() {
                    return view! { <p class="empty">"还没有登记检察建议。"</p> }.into_any();
                }
                view! {
                    <table class="data" aria-label="收到的检察建议">
                        <thead><tr><th scope="col">"文号"</th><th scope="col">"标题"</th><th scope="col">"收到日期"</th><th scope="col">"主要内容"</th><th scope="col">"据此提出的代表建议"</th></tr></thead>
                        <tbody>{rows.into_iter().map(|(_, on, f, items)| view! {
                            <tr>
                                <td>{f.number}</td>
                                <td>{f.title}</td>
                                <td class="date">{on.map(zh).unwrap_or_default()}</td>
                                <td>{f.summary}</td>
                                <td>{if items.is_empty() {
                                    view! { <span>"尚无"</span> }.into_any()
                                } else {
                                    items.into_iter().map(|(i, l)| view! { <div><a href=hash_href(&["oversight", &i.to_string()], &[])>{l}</a></div> }).collect_view().into_any()
                                }}</td>
                            </tr>
                        }).collect_view()}</tbody>
                    </table>
                }
                .into_any()
            }}
            {move || office.get().then(|| view! {
                <form class="form inline no-print" aria-label="登记检察建议" on:submit=move |ev| {
                    ev.prevent_default();
                    let fields = ProcuratorialFields { number: number.get_untracked(), title: title.get_untracked(), summary: summary.get_untracked() };
                    act.dispatch((SupervisionCommand::RegisterProcuratorial(fields).into(), "检察建议已登记".into()));
                }>
                    {text_field("pc-number", "文号", number)}
                    {text_field("pc-title", "标题", title)}
                    {text_field("pc-summary", "主要内容", summary)}
                    <button type="submit">"登记检察建议"</button>
                </form>
                <form class="form inline no-print" aria-label="关联代表建议" on:submit=move |ev| {
                    ev.prevent_default();
                    let (Ok(source), Ok(item)) = (link_source.get_untracked().parse::<ProcuratorialId>(), link_item.get_untracked().parse::<SuggestionId>()) else {
                        return outcome.set(Some(Err("请选择检察建议和据此提出的代表建议".into())));
                    };
                    act.dispatch((SupervisionCommand::LinkProcuratorial { source, item }.into(), "已关联".into()));
                }>
                    {select_field("pc-source", "检察建议", "（请选择）", link_source, received().into_iter().map(|(id, _, f, _)| (id.to_string(), format!("{} {}", f.number, f.title))).collect())}
                    {select_field("pc-item", "据此提出的代表建议", "（请选择）", link_item, app.domain.with(|s| s.raising.suggestions.values().map(|x| (x.id.to_string(), item_line(s, x.id))).collect()))}
                    <button type="submit">"关联"</button>
                </form>
            })}
        </section>
    }
}
