//! 统计: the figures of a session or a year (`jianyi_core::figures::tables`)
//! as tables, each rate with its definition and counts beside it, and as
//! charts (`crate::charts`, plotters' SVG); printable on A4.

use chrono::Datelike;
use jianyi_core::dates::zh;
use jianyi_core::figures::Rate;
use jianyi_core::figures::tables::{Count, Figures, Scope, figures, trend};
use jianyi_core::ids::SessionId;
use leptos::prelude::*;

use crate::charts;
use crate::platform;
use crate::router::{hash_href, use_router};
use crate::state::use_app_state;

/// The rates, each with its definition (domain.md §5).
const DEFINITIONS: [(&str, &str); 6] = [
    (
        "按期办复率",
        "主办（分办）单位的首次答复在当时有效的期限内（含已批准的延期）作出的，占应答复和已答复的比例；期限未到且未答复的不计，退办的不计。",
    ),
    (
        "满意率（办理结果，满意＋基本满意）",
        "以件计：领衔代表对办理结果的评价（多位领衔代表取最低）为满意或基本满意的，占收到评价的件数；未反馈的按设置计。",
    ),
    ("满意率（办理结果，仅满意）", "同上，只计评价为满意的。"),
    (
        "满意率（沟通、态度、结果三项，满意＋基本满意）",
        "以件计：三项评价均为满意或基本满意的，占收到评价的件数。",
    ),
    (
        "满意率（三项，仅满意）",
        "以件计：三项评价均为满意的，占收到评价的件数。",
    ),
    (
        "解决率",
        "已答复的件中，答复类别计为已解决的，加上承诺事项后来登记已办成的，占已答复件数（办成率不是满意率）。",
    ),
];

fn rate_rows(f: &Figures) -> [Rate; 6] {
    [
        f.rates.on_time,
        f.result[0],
        f.result[1],
        f.all_three[0],
        f.all_three[1],
        f.rates.realisation,
    ]
}

fn pairs(lines: &[Count]) -> Vec<(String, u32)> {
    lines.iter().map(|c| (c.label.clone(), c.count)).collect()
}

/// A breakdown as a small table.
fn count_table(caption: &'static str, lines: &[Count]) -> impl IntoView + use<> {
    let total: u32 = lines.iter().map(|c| c.count).sum();
    let rows = lines
        .iter()
        .map(|c| {
            view! { <tr><th scope="row">{c.label.clone()}</th><td class="num">{c.count}</td></tr> }
        })
        .collect_view();
    view! {
        <table class="data counts" aria-label=caption>
            <caption>{caption}</caption>
            <thead><tr><th scope="col">"项目"</th><th scope="col" class="num">"件数"</th></tr></thead>
            <tbody>{rows}</tbody>
            <tfoot><tr><th scope="row">"合计"</th><td class="num">{total}</td></tr></tfoot>
        </table>
    }
}

/// Inline SVG made by `crate::charts`.
fn chart(label: &'static str, svg: String) -> impl IntoView {
    view! { <figure class="chart" role="img" aria-label=label inner_html=svg></figure> }
}

#[component]
pub fn FiguresPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let today = platform::china_today();
    let scope = move || {
        let url = router.url();
        if let Some(y) = url.param("year").and_then(|y| y.parse::<i32>().ok()) {
            return Scope::Year(y);
        }
        match url.param("session") {
            Some("recess") => Scope::Session(None),
            Some(id) => id
                .parse::<SessionId>()
                .map(|id| Scope::Session(Some(id)))
                .unwrap_or(Scope::Year(today.year())),
            None => Scope::Year(today.year()),
        }
    };
    let choice = move || match scope() {
        Scope::Year(y) => format!("year:{y}"),
        Scope::Session(None) => "session:recess".to_string(),
        Scope::Session(Some(id)) => format!("session:{id}"),
    };
    let choose = move |v: String| {
        let href = match v.split_once(':') {
            Some(("year", y)) => hash_href(&["figures"], &[("year", y)]),
            Some(("session", s)) => hash_href(&["figures"], &[("session", s)]),
            _ => hash_href(&["figures"], &[]),
        };
        router.navigate(&href);
    };
    let options = move || {
        app.domain.with(|s| {
            let mut years: Vec<i32> = s
                .raising
                .suggestions
                .values()
                .map(|x| x.created_on.year())
                .chain([today.year()])
                .collect();
            years.sort_unstable();
            years.dedup();
            let mut out: Vec<(String, String)> = years
                .into_iter()
                .rev()
                .map(|y| (format!("year:{y}"), format!("{y}年提出的建议")))
                .collect();
            out.extend(
                s.directory
                    .sessions
                    .iter()
                    .map(|(id, e)| (format!("session:{id}"), e.name.clone())),
            );
            out.push(("session:recess".into(), "闭会期间的建议".into()));
            out
        })
    };
    let title = move || match scope() {
        Scope::Year(y) => format!("{y}年提出的建议"),
        Scope::Session(id) => app.domain.with(|s| s.session_name(id).to_string()),
    };
    let body = move || {
        app.domain.with(|s| {
            let f = figures(s, today, scope());
            if f.items == 0 {
                return view! { <p class="empty">"这个范围内没有建议。"</p> }.into_any();
            }
            let rates = rate_rows(&f);
            let units: Vec<(String, u32, u32, [Rate; 3])> = f
                .units
                .iter()
                .map(|u| {
                    (
                        s.directory.entry_name(&jianyi_core::directory::EntryRef::Unit(u.unit)),
                        u.lead,
                        u.co,
                        [u.rates.on_time, u.rates.satisfaction, u.rates.realisation],
                    )
                })
                .collect();
            let years = trend(s, today);
            let year_list: Vec<i32> = years.iter().map(|(y, _, _)| *y).collect();
            let line = |pick: fn(&jianyi_core::figures::Rates) -> Rate| {
                years.iter().map(|(_, _, r)| pick(r).percent()).collect::<Vec<_>>()
            };
            let trend_svg = charts::lines(
                "历年按期办复率、满意率和解决率",
                &year_list,
                &[
                    ("按期办复率", line(|r| r.on_time)),
                    ("满意率", line(|r| r.satisfaction)),
                    ("解决率", line(|r| r.realisation)),
                ],
            );
            // The twelve units with most items (all are in the table).
            let mut busiest: Vec<&(String, u32, u32, [Rate; 3])> = units.iter().collect();
            busiest.sort_by_key(|u| std::cmp::Reverse(u.1 + u.2));
            busiest.truncate(12);
            let unit_labels: Vec<String> = busiest.iter().map(|u| u.0.clone()).collect();
            let units_svg = charts::stacked(
                "承办件数最多的单位",
                &unit_labels,
                &[
                    ("主办（分办）", busiest.iter().map(|u| u.1).collect()),
                    ("协办", busiest.iter().map(|u| u.2).collect()),
                ],
            );
            let key_rows = f
                .key
                .iter()
                .map(|k| {
                    let title = s
                        .raising
                        .suggestions
                        .get(&k.item)
                        .map(|x| x.draft.title.clone())
                        .unwrap_or_default();
                    view! { <tr>
                        <td>{title}</td>
                        <td class="num">{format!("{}/{}", k.steps_due, k.steps)}</td>
                        <td class="num">{k.reports}</td>
                        <td>{k.commitments.label()}</td>
                        <td>{k.colour.map(|c| view! { <span class=format!("light {}", c.code())>{c.label()}</span> })}</td>
                        <td>{k.last.map(|(d, what)| format!("{} {what}", zh(d))).unwrap_or_default()}</td>
                    </tr> }
                })
                .collect_view();
            view! {
                <p class="lead">{format!("共{}件建议。百分比保留一位小数（四舍五入），括号内为计数。", f.items)}</p>
                <table class="data" aria-label="主要指标">
                    <caption>"主要指标"</caption>
                    <thead><tr><th scope="col">"指标"</th><th scope="col">"数值"</th><th scope="col">"口径"</th></tr></thead>
                    <tbody>{DEFINITIONS.iter().zip(rates).map(|((name, def), r)| view! {
                        <tr><th scope="row">{*name}</th><td class="num">{r.label()}</td><td class="hint">{*def}</td></tr>
                    }).collect_view()}</tbody>
                </table>
                <div class="charts">
                    {chart("按类别统计的图表", charts::bars("按类别", &pairs(&f.by_category)))}
                    {chart("按答复类别统计的图表", charts::donut("答复类别", &pairs(&f.by_class)))}
                    {chart("按办理阶段统计的图表", charts::bars("办理阶段", &pairs(&f.by_stage)))}
                    {chart("按预警颜色统计的图表", charts::donut("在办件预警", &pairs(&f.by_colour)))}
                    {chart("承办件数最多的单位图表", units_svg)}
                    {chart("历年趋势图表", trend_svg)}
                </div>
                <div class="count-tables">
                    {count_table("按类型", &f.by_kind)}
                    {count_table("按会次", &f.by_session)}
                    {count_table("按类别", &f.by_category)}
                    {count_table("按代表团", &f.by_delegation)}
                    {count_table("按办理阶段", &f.by_stage)}
                    {count_table("按答复类别（答复份数）", &f.by_class)}
                    {count_table("在办件按预警颜色", &f.by_colour)}
                </div>
                <table class="data" aria-label="各承办单位">
                    <caption>"各承办单位（件数与比率并列，件数少的单位不宜仅凭比率评判）"</caption>
                    <thead><tr><th scope="col">"承办单位"</th><th scope="col" class="num">"主办（分办）"</th><th scope="col" class="num">"协办"</th>
                        <th scope="col">"按期办复率"</th><th scope="col">"满意率"</th><th scope="col">"解决率"</th></tr></thead>
                    <tbody>{units.into_iter().map(|(name, lead, co, r)| view! { <tr>
                        <th scope="row">{name}</th><td class="num">{lead}</td><td class="num">{co}</td>
                        <td>{r[0].label()}</td><td>{r[1].label()}</td><td>{r[2].label()}</td>
                    </tr> }).collect_view()}</tbody>
                </table>
                <table class="data" aria-label="重点建议办理进度">
                    <caption>"重点建议办理进度"</caption>
                    <thead><tr><th scope="col">"重点建议"</th><th scope="col" class="num">"计划步骤（已到期/共）"</th><th scope="col" class="num">"进展报告"</th>
                        <th scope="col">"承诺已办成"</th><th scope="col">"预警"</th><th scope="col">"最近进展"</th></tr></thead>
                    <tbody>{key_rows}</tbody>
                </table>
                <table class="data" aria-label="历年趋势">
                    <caption>"历年趋势（按提出年份）"</caption>
                    <thead><tr><th scope="col">"年份"</th><th scope="col" class="num">"件数"</th><th scope="col">"按期办复率"</th><th scope="col">"满意率"</th><th scope="col">"解决率"</th></tr></thead>
                    <tbody>{years.iter().map(|(y, n, r)| view! { <tr>
                        <th scope="row">{format!("{y}年")}</th><td class="num">{*n}</td>
                        <td>{r.on_time.label()}</td><td>{r.satisfaction.label()}</td><td>{r.realisation.label()}</td>
                    </tr> }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        })
    };
    view! {
        <section class="page figures">
            <h1>"统计"</h1>
            <div class="field no-print">
                <label for="fg-scope">"统计范围"</label>
                <select id="fg-scope" prop:value=choice on:change=move |ev| choose(event_target_value(&ev))>
                    {move || options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
                " "<button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button>
            </div>
            <h2>{move || format!("{}（截至{}）", title(), zh(today))}</h2>
            {body}
        </section>
    }
}
