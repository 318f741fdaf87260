//! `SettingsPage`: the office profile, the operator, every settings group
//! (each its own form, changed from a business date on), the history of
//! changes, the categories, and the browser's storage.

use leptos::prelude::*;

use crate::components::settings_groups::specs;
use crate::components::{
    Notice, OfficeProfileForm, SettingsCalendarForm, SettingsForm, SettingsHistory,
    SettingsNegativeListForm, SettingsReplyClassesForm, SettingsStationsForm, SettingsStorage,
    Tone,
};
use crate::router::{Directory, Route};
use crate::state::use_app_state;

/// Settings and the state of this browser's storage.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = use_app_state();
    let operator = RwSignal::new(app.operator.get_untracked());
    let operator_saved = RwSignal::new(false);
    let categories = move || {
        app.domain.with(|s| {
            s.directory
                .active_categories()
                .map(|c| c.name.clone())
                .collect::<Vec<_>>()
                .join("、")
        })
    };
    view! {
        <section class="page settings-page">
            <h1>"设置"</h1>
            <h2>"本机单位"</h2>
            <OfficeProfileForm/>
            <p class="fingerprint-line">
                {move || match app.domain.with(|s| s.exchange.own.as_ref().map(|o| o.fingerprint.clone())) {
                    Some(f) => view! {
                        "本单位密钥指纹："<span class="fingerprint" aria-label="本单位密钥指纹">{f}</span>
                        "（与其他单位交换数据前，请在电话中逐组念给对方核对）"
                    }.into_any(),
                    None => view! { "本单位尚未生成密钥：第一次打开“交换”页时生成。" }.into_any(),
                }}
                " "<a href=Route::Exchange.href()>"交换"</a>
            </p>
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
            <h2>"规则与时限"</h2>
            <p class="note">"以下各组设置分别保存。每次修改自所填“施行日期”起适用，此前提交、交办的事项仍按当时的设置办理；修改记录见本页下方。"</p>
            {specs().into_iter().map(|spec| view! { <SettingsForm spec/> }).collect_view()}
            <SettingsNegativeListForm/>
            <SettingsStationsForm/>
            <SettingsReplyClassesForm/>
            <SettingsCalendarForm/>
            <h2>"设置修改记录"</h2>
            <SettingsHistory/>
            <h2>"类别"</h2>
            <p>{categories}" "<a href=Route::Directory(Directory::Categories).href()>"在名册中维护类别"</a></p>
            <h2>"本机存储"</h2>
            <SettingsStorage/>
        </section>
    }
}
