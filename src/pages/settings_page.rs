//! `SettingsPage`: the office profile, the operator, the browser's storage
//! (persistence, usage, quota), the open data set, and the rules in force.

use jianyi_core::Settings;
use leptos::prelude::*;

use crate::components::{Notice, OfficeProfileForm, Tone};
use crate::platform::{decimals, human_bytes};
use crate::state::{DEMO_DB, REAL_DB, use_app_state};

/// Settings and the state of this browser's storage.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = use_app_state();
    let operator = RwSignal::new(app.operator.get_untracked());
    let operator_saved = RwSignal::new(false);
    let figures = move || {
        app.figures.get().map(|f| {
            let persisted = match f.persisted {
                Some(true) => "已获准持久保存：浏览器不会在空间紧张时自动清除本站数据。",
                Some(false) => "浏览器未准许持久保存：空间紧张时浏览器可能清除本站数据，请定期导出备份。将本站加入书签或安装为应用通常可获准。",
                None => "本浏览器不支持持久保存请求，请定期导出备份。",
            };
            let usage = match (f.usage, f.quota) {
                (Some(u), Some(q)) if q > 0.0 => format!("已用 {}，可用上限 {}（{}%）", human_bytes(u), human_bytes(q), decimals(u / q * 100.0, 2)),
                _ => "浏览器未提供用量数据".to_string(),
            };
            (persisted, usage)
        })
    };
    view! {
        <section class="page">
            <h1>"设置"</h1>
            <h2>"本机单位"</h2>
            <OfficeProfileForm/>
            <h2>"操作员"</h2>
            <form class="form inline" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                app.set_operator(operator.get_untracked().trim().to_string());
                operator_saved.set(true);
            }>
                <div class="field">
                    <label for="operator">"操作员姓名（记入每条操作记录）"</label>
                    <input id="operator" type="text" prop:value=move || operator.get()
                        on:input=move |ev| { operator_saved.set(false); operator.set(event_target_value(&ev)); }/>
                </div>
                <div class="actions"><button type="submit">"保存"</button></div>
            </form>
            {move || operator_saved.get().then(|| view! { <Notice tone=Tone::Success>"操作员姓名已保存"</Notice> })}
            <h2>"本机存储"</h2>
            <table class="data">
                <tbody>
                    <tr><th scope="row">"当前数据"</th><td>{if app.demo { format!("示范数据（数据库 {DEMO_DB}）") } else { format!("本单位数据（数据库 {REAL_DB}）") }}</td></tr>
                    <tr><th scope="row">"操作记录"</th><td>{move || app.domain.with(|s| format!("{} 条", s.event_count))}</td></tr>
                    <tr><th scope="row">"持久保存"</th><td>{move || figures().map_or("正在向浏览器查询……", |f| f.0)}</td></tr>
                    <tr><th scope="row">"存储用量"</th><td>{move || figures().map_or("正在向浏览器查询……".to_string(), |f| f.1)}</td></tr>
                    <tr><th scope="row">"写入状态"</th><td>{if app.read_only { "只读（另一个标签页正在使用）" } else { "可写" }}</td></tr>
                </tbody>
            </table>
            {move || app.domain.with(|s| (!s.unknown.is_empty() || !s.conflicts.is_empty()).then(|| view! {
                <Notice tone=Tone::Warning>{format!(
                    "有 {} 条记录本版本无法识别、{} 条记录与现有数据冲突；它们原样保留，没有删除。",
                    s.unknown.len(), s.conflicts.len()
                )}</Notice>
            }))}
            <Rules
                settings=app.domain.with_untracked(|s| s.settings().clone())
                categories=app.domain.with_untracked(|s| s.directory.active_categories().map(|c| c.name.clone()).collect())
            />
        </section>
    }
}

/// The deadlines, thresholds, categories and negative list in force.
#[component]
fn Rules(settings: Settings, categories: Vec<String>) -> impl IntoView {
    let s = settings;
    let d = &s.deadlines;
    let deadlines = [
        ("答复", d.reply.label(), "自交办之日起"),
        (
            "复杂建议经批准延期后答复",
            d.reply_extended.label(),
            "自交办之日起，延期理由告知代表",
        ),
        ("协办单位向主办单位提出意见", d.co_unit_opinion.label(), ""),
        ("申请退回错误交办", d.return_window.label(), ""),
        (
            "代表反馈征询意见",
            d.feedback_receipt.label(),
            "自收到答复之日起",
        ),
        ("二次办理", d.second_handling.label(), ""),
        ("测评未达标后整改", d.rectification.label(), ""),
        ("答复后公开", d.disclosure.label(), ""),
        (
            "黄色预警：临近期限",
            d.warning_before_deadline.label(),
            "期限前",
        ),
        (
            "黄色预警：无进展",
            d.warning_without_progress.label(),
            "无新进展",
        ),
    ];
    let thresholds = [
        (
            "满意度测评达标线",
            format!("{}%", s.evaluation.satisfaction_threshold_percent),
        ),
        (
            "重点建议候选联名人数（含领衔代表）",
            format!("{}人", s.rules.key_candidate_min_deputies),
        ),
        (
            "联名提出议案人数（县级及以上）",
            format!("{}人", s.rules.motion_min_deputies),
        ),
        (
            "联名提出议案人数（乡镇）",
            format!("{}人", s.rules.motion_min_deputies_township),
        ),
        (
            "常委会测评权重（组成人员 / 列席代表）",
            format!(
                "{}% / {}%",
                s.evaluation.meeting_members_weight_percent,
                s.meeting_deputies_weight_percent()
            ),
        ),
        (
            "部门评议追溯年限",
            format!("{}年", s.evaluation.department_review.years),
        ),
        ("案号格式", s.numbering.number_format.clone()),
    ];
    view! {
        <h2>"办理时限"</h2>
            <table class="data">
                <thead><tr><th scope="col">"时限"</th><th scope="col">"默认值"</th><th scope="col">"说明"</th></tr></thead>
                <tbody>
                    {deadlines.into_iter().map(|(name, value, note)| view! {
                        <tr><th scope="row">{name}</th><td>{value}</td><td>{note}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>"阈值与格式"</h2>
            <table class="data">
                <thead><tr><th scope="col">"项目"</th><th scope="col">"默认值"</th></tr></thead>
                <tbody>
                    {thresholds.into_iter().map(|(name, value)| view! {
                        <tr><th scope="row">{name}</th><td>{value}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <h2>"类别"</h2>
            <p>{categories.join("、")}</p>
            <h2>"负面清单（五不提）"</h2>
            <ol>{s.negative_list.iter().map(|n| view! { <li>{n.title.clone()}</li> }).collect_view()}</ol>
    }
}
