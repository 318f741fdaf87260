//! `LedgerPage` (台账导入): an office's existing Excel ledger in, at the
//! registering office's desk (`components::LedgerImport`).

use leptos::prelude::*;

use crate::components::LedgerImport;
use crate::router::Route;

/// The ledger import page.
#[component]
pub fn LedgerPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"台账导入"</h1>
            <p class="note">
                "把本单位以往在 Excel 中登记的建议办理台账导入建议通，此后的统计连同这些建议一并计算。"
                <a href=Route::Figures.href()>"返回统计"</a>
            </p>
            <LedgerImport/>
        </section>
    }
}
