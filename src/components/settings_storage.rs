//! `SettingsStorage`: the data set open in this browser, its records,
//! persistence and usage, whether this tab writes and whether the app
//! opens offline, and the records this version could not read or apply.

use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::platform::{Offline, Writer, decimals, human_bytes, offline_support};
use crate::router::Route;
use crate::state::{REAL_DB, use_app_state};

/// The browser's storage, as the settings page shows it.
#[component]
pub fn SettingsStorage() -> impl IntoView {
    let app = use_app_state();
    let figures = move || {
        app.figures.get().map(|f| {
            let persisted = match f.persisted {
                Some(true) => "已获准持久保存：浏览器不会在空间紧张时自动清除本站数据。",
                Some(false) => "浏览器未准许持久保存：空间紧张时浏览器可能清除本站数据，请定期导出备份。将本站加入书签或安装为应用通常可获准。",
                None if !crate::platform::secure_context() => "通过 http 访问时浏览器不提供持久保存：空间紧张时可能清除本站数据，请定期导出备份，或改用 https 访问。",
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
        <table class="data">
            <tbody>
                <tr><th scope="row">"当前数据"</th><td>{if app.demo { { let which = crate::prefs::demo_office(); format!("示范数据：{}（数据库 {}）", which.label(), which.database()) } } else { format!("本单位数据（数据库 {REAL_DB}）") }}</td></tr>
                <tr><th scope="row">"操作记录"</th><td>{move || app.domain.with(|s| format!("{} 条", s.event_count))}</td></tr>
                <tr><th scope="row">"持久保存"</th><td>{move || figures().map_or("正在向浏览器查询……", |f| f.0)}</td></tr>
                <tr><th scope="row">"存储用量"</th><td>{move || figures().map_or("正在向浏览器查询……".to_string(), |f| f.1)}</td></tr>
                <tr><th scope="row">"写入状态"</th><td>{match app.writer {
                    Writer::Lock => "可写（本标签页持有写入锁）",
                    Writer::Lease => "可写（本标签页为唯一写入页；本站通过 http 访问，浏览器无写入锁，改由本机记录选定）",
                    Writer::OtherTab => "只读（另一个标签页正在使用）",
                    Writer::Unguarded => "可写（浏览器既无写入锁也无本地存储，请勿同时在多个标签页中操作）",
                }}</td></tr>
                <tr><th scope="row">"离线打开"</th><td>{match offline_support() {
                    Offline::Kept => "已启用：打开过的页面断网后仍可打开",
                    Offline::InsecureOrigin => "不可用：本站通过 http 访问，浏览器只在 https 或本机地址下允许离线缓存。页面打开后断网仍可继续工作，但断网时请勿刷新；如需离线打开，请将本站改为 https 访问",
                    Offline::Unsupported => "不可用：本浏览器或打开方式不支持离线缓存",
                }}</td></tr>
            </tbody>
        </table>
        {move || {
            let (unknown, conflicts) = app.domain.with(|s| (s.unknown.len(), s.conflicts.len()));
            (unknown > 0 || conflicts > 0).then(|| view! {
                <Notice tone=Tone::Warning>
                    {format!("有 {unknown} 条记录本版本无法识别、")}
                    <a href=Route::Conflicts.href()>{format!("{conflicts} 条记录与现有数据冲突")}</a>
                    "；它们原样保留，没有删除。冲突请在“冲突”页逐条处理。"
                </Notice>
            })
        }}
    }
}
