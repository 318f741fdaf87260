//! `LostDataNotice`: shown on every page when the office database was
//! found empty although its marker says it held events — cleared by a
//! cleanup tool or evicted by the browser. Says what the marker says and
//! why it may have happened, and offers to restore a whole backup or to
//! start afresh as a new office (which forgets the marker).

use leptos::prelude::*;

use crate::router::Route;
use crate::state::use_app_state;

/// The notice, while the database stays empty under a marker of data.
#[component]
pub fn LostDataNotice() -> impl IntoView {
    let app = use_app_state();
    let shown = move || {
        app.lost
            .get()
            .filter(|_| app.domain.with(|s| s.event_count == 0))
    };
    move || {
        shown().map(|marker| {
            view! {
                <section class="lost-data" role="alert" aria-labelledby="lost-data-h">
                    <h2 id="lost-data-h">"本浏览器中的建议通数据已被清除"</h2>
                    <p class="lost-data-facts">
                        "单位名称："<strong>{marker.office_text().to_string()}</strong>
                        {format!("；原有 {} 条记录；最后使用于 {}。", marker.events, marker.seen_text())}
                    </p>
                    <p>"可能的原因：清理软件如360安全卫士清除了网站数据，或浏览器因长期未使用回收了存储空间。"</p>
                    <p>"如有整库备份文件，请在“交换”页的“导入”中选择它：本机没有数据时，整库备份会恢复该单位的全部数据和密钥。"</p>
                    <div class="actions">
                        <a class="button primary" href=Route::Import.href()>"从整库备份恢复"</a>
                        <button type="button" disabled=app.read_only on:click=move |_| app.start_afresh()>
                            "作为新单位重新开始"
                        </button>
                    </div>
                </section>
            }
        })
    }
}
