//! `OfficeProfileForm`: who this copy of Jianyi belongs to.

use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::state::use_app_state;
use crate::text;

/// Sets the office profile (a `SetOfficeProfile` command).
#[component]
pub fn OfficeProfileForm() -> impl IntoView {
    let app = use_app_state();
    let current = app.domain.with_untracked(|s| s.office.profile.clone());
    let name = RwSignal::new(current.as_ref().map(|o| o.name.clone()).unwrap_or_default());
    let region = RwSignal::new(
        current
            .as_ref()
            .map(|o| o.region.clone())
            .unwrap_or_default(),
    );
    let level = RwSignal::new(current.as_ref().map_or(OfficeLevel::County, |o| o.level));
    let numbering = RwSignal::new(current.as_ref().is_none_or(|o| o.numbering));
    let save = Action::new_local(move |profile: &OfficeProfile| {
        let profile = profile.clone();
        async move {
            app.dispatch(OfficeCommand::SetProfile(profile))
                .await
                .map(|_| ())
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(OfficeProfile {
            name: name.get_untracked(),
            region: region.get_untracked(),
            level: level.get_untracked(),
            numbering: numbering.get_untracked(),
        });
    };
    view! {
        <form class="form" on:submit=on_submit>
            <div class="field">
                <label for="office-name">"单位名称"</label>
                <input id="office-name" type="text" required placeholder="如：某县人大常委会代表工作委员会"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="office-region">"行政区域"</label>
                <input id="office-region" type="text" required placeholder="如：某县"
                    prop:value=move || region.get() on:input=move |ev| region.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="office-level">"层级"</label>
                <select id="office-level" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(l) = OfficeLevel::ALL.into_iter().find(|l| l.label() == v) {
                        level.set(l);
                    }
                }>
                    {OfficeLevel::ALL.into_iter().map(|l| view! {
                        <option value=l.label() selected=move || level.get() == l>{l.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <label class="check field">
                <input type="checkbox" prop:checked=move || numbering.get()
                    on:change=move |ev| numbering.set(event_target_checked(&ev))/>
                "本机为编号单位（代表工委：审查通过的建议由本机立案编号）"
            </label>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>
                    {move || if save.pending().get() { text::SAVING } else { text::SAVE }}
                </button>
            </div>
            {move || save.value().get().map(|r| match r {
                Ok(()) => view! { <Notice tone=Tone::Success>"本机单位已保存"</Notice> }.into_any(),
                Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
            })}
        </form>
    }
}
