//! `DemoBanner`: says the demo county is open, and offers to leave or clear
//! it without touching the office's real data.

use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::state::use_app_state;
use crate::{platform, prefs, storage, text};

/// Shown on every view while the demo county is open.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let app = use_app_state();
    let error = RwSignal::new(None::<String>);
    let leave = move |_| {
        if prefs::set_demo(false) {
            platform::reload();
        } else {
            error.set(Some("浏览器拒绝保存偏好设置，无法切换数据。".into()));
        }
    };
    let clear = Action::new_local(move |_: &()| async move {
        // Close this tab's connection, delete the demo database, then open
        // the real data set. The real database is never touched.
        app.close_store();
        if let Err(e) = storage::delete_database(prefs::demo_office().database()).await {
            error.set(Some(e.message_zh()));
            return;
        }
        if prefs::set_demo(false) {
            platform::reload();
        } else {
            error.set(Some(
                "示范数据已清除，但浏览器拒绝保存偏好设置；请刷新本页。".into(),
            ));
        }
    });
    view! {
        <div class="demo-banner" role="region" aria-label="示范数据">
            <strong>{format!("示范数据：{}", prefs::demo_office().label())}</strong>
            <span>{text::DEMO_BANNER}</span>
            <button type="button" on:click=leave>{text::DEMO_LEAVE}</button>
            <button type="button" disabled=app.read_only on:click=move |_| { clear.dispatch(()); }>
                {text::DEMO_CLEAR}
            </button>
            {move || error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
        </div>
    }
}
