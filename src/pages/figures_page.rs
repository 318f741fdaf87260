//! 统计: the figures of a session or a year (`jianyi_core::figures::tables`)
//! as tables, each rate with its definition and counts beside it, and as
//! charts (`crate::charts`, plotters' SVG); printable on A4; and as an
//! Excel workbook (`figures::workbook`) and as the public disclosure's
//! folder (`disclosure`), both written in the files worker.

use chrono::Datelike;
use jianyi_core::dates::zh;
use jianyi_core::disclosure;
use jianyi_core::figures::Rate;
use jianyi_core::figures::tables::{Count, Scope, figures, headline, trend};
use jianyi_core::figures::workbook::workbook;
use jianyi_core::ids::SessionId;
use leptos::prelude::*;

use crate::charts;
use crate::platform;
use crate::router::{hash_href, use_router};
use crate::state::use_app_state;

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
            // The eight units with most items (all are in the table).
            let mut busiest: Vec<&(String, u32, u32, [Rate; 3])> = units.iter().collect();
            busiest.sort_by_key(|u| std::cmp::Reverse(u.1 + u.2));
            busiest.truncate(8);
            // Short names under the bars (the table names them in full).
            let unit_labels: Vec<String> = busiest
                .iter()
                .map(|u| u.0.trim_start_matches('县').chars().take(6).collect())
                .collect();
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
                    let item = s.raising.suggestions.get(&k.item);
                    let number = item.and_then(|x| s.number_label(x)).unwrap_or_default();
                    let title = item.map(|x| x.draft.title.clone()).unwrap_or_default();
                    let steps = if k.assigned {
                        format!("{}/{}", k.steps_due, k.steps)
                    } else {
                        "尚未交办".to_string()
                    };
                    view! { <tr>
                        <td>{number}</td>
                        <td>{title}</td>
                        <td class="num">{steps}</td>
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
                    <tbody>{headline(&f).into_iter().map(|(name, def, r)| view! {
                        <tr><th scope="row">{name}</th><td class="num">{r.label()}</td><td class="hint">{def}</td></tr>
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
                    <thead><tr><th scope="col">"案号"</th><th scope="col">"重点建议"</th><th scope="col" class="num">"计划步骤（已到期/共）"</th><th scope="col" class="num">"进展报告"</th>
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
    // The workbook and the disclosure folder: the core describes them, the
    // files worker (loaded only now) writes the .xlsx or the .zip.
    let working = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let deliver = move |file_name: String,
                        made: Result<(String, Vec<(String, String)>), String>| {
        let (sheets_json, files) = match made {
            Ok(x) => x,
            Err(e) => {
                outcome.set(Some(Err(e)));
                return;
            }
        };
        working.set(true);
        outcome.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            let (bytes, mime) = if files.is_empty() {
                (
                    platform::make_workbook(sheets_json, &file_name).await,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            } else {
                (platform::make_zip(&files, today).await, "application/zip")
            };
            let done = bytes.and_then(|b| platform::download_bytes(&file_name, &b, mime));
            outcome.set(Some(done.map(|()| file_name)));
            working.set(false);
        });
    };
    let export = move |_: leptos::ev::MouseEvent| {
        if working.get_untracked() {
            return;
        }
        let label = title();
        let sheets = app
            .domain
            .with_untracked(|s| workbook(s, today, scope(), &label));
        let json = serde_json::to_string(&sheets).map_err(|e| format!("工作簿数据无法生成：{e}"));
        let file_name = format!("建议通统计-{label}-{}.xlsx", today.format("%Y%m%d"));
        deliver(file_name, json.map(|j| (j, Vec::new())));
    };
    let publish = move |_: leptos::ev::MouseEvent| {
        if working.get_untracked() {
            return;
        }
        let label = title();
        let b = app
            .domain
            .with_untracked(|s| disclosure::bundle(s, today, scope(), &label));
        // The scope's name as a clerk typed it, safe as a folder's name.
        let safe: String = label
            .chars()
            .map(|c| if "/\\:*?\"<>|.".contains(c) { '_' } else { c })
            .collect();
        let folder = format!("代表建议公开-{safe}");
        let files = vec![
            (format!("{folder}/index.html"), disclosure::html(&b)),
            (format!("{folder}/说明.txt"), disclosure::read_me(&b)),
        ];
        deliver(
            format!("{folder}-{}.zip", today.format("%Y%m%d")),
            Ok((String::new(), files)),
        );
    };
    view! {
        <section class="page figures">
            <h1>"统计"</h1>
            <div class="field no-print">
                <label for="fg-scope">"统计范围"</label>
                <select id="fg-scope" prop:value=choice on:change=move |ev| choose(event_target_value(&ev))>
                    {move || options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                </select>
            </div>
            <div class="actions no-print">
                <button type="button" on:click=|_| { let _ = window().print(); }>"打印"</button>
                <button type="button" on:click=export prop:disabled=move || working.get()>"导出 Excel 工作簿（台账和各统计表）"</button>
                <button type="button" on:click=publish prop:disabled=move || working.get()>"导出公开材料（静态网页）"</button>
                <a class="button" href=crate::router::Route::Ledger.href()>"导入已有台账"</a>
                {move || working.get().then(|| view! { <span class="hint">"正在生成……"</span> })}
            </div>
            {move || outcome.get().map(|o| match o {
                Ok(name) if name.ends_with(".zip") => view! { <p class="notice no-print" role="status">{format!("已导出“{name}”：解压后双击其中的 index.html 即可查看、打印或发布到门户网站；只含重点建议和选择公开的答复，不含电话、群众意见、代表评价和不公开的内容。")}</p> }.into_any(),
                Ok(name) => view! { <p class="notice no-print" role="status">{format!("已导出“{name}”：台账一行一件，各统计表各占一个工作表。")}</p> }.into_any(),
                Err(e) => view! { <p class="notice error no-print" role="alert">{e}</p> }.into_any(),
            })}
            <h2>{move || format!("{}（截至{}）", title(), zh(today))}</h2>
            {body}
        </section>
    }
}
