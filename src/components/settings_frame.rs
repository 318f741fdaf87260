//! `SettingsFrame`: what every settings group's form shares — since when
//! the values shown are in force, the business date a change applies from
//! (自何日起施行, today unless the clerk says otherwise), a confirmation
//! for a date after today or before the change in force, saving one
//! `OfficeCommand::ChangeSettings`, and the outcome.

use chrono::NaiveDate;
use jianyi_core::dates::{parse_ymd, ymd};
use jianyi_core::office::OfficeCommand;
use jianyi_core::{Command, SettingsGroup};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::engine::DispatchError;
use crate::platform;
use crate::state::use_app_state;
use crate::text;

/// A change waiting for the clerk's confirmation, with the question.
#[derive(Clone)]
struct Pending {
    group: SettingsGroup,
    date: NaiveDate,
    question: String,
}

/// The frame of one group's form: `children` are its fields; `make`
/// makes the group from them (or says why it cannot); `reload` puts the
/// values in force today back into them.
#[component]
pub fn SettingsFrame(
    label: &'static str,
    key: &'static str,
    #[prop(optional)] intro: &'static str,
    make: Callback<(), Result<SettingsGroup, String>>,
    reload: Callback<()>,
    children: Children,
) -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let date = RwSignal::new(ymd(today));
    let local_error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<Pending>);
    let saved_on = RwSignal::new(None::<NaiveDate>);
    let save = Action::new_local(move |(group, date): &(SettingsGroup, NaiveDate)| {
        let (command, date) = (
            Command::from(OfficeCommand::ChangeSettings(group.clone())),
            *date,
        );
        async move {
            saved_on.set(Some(date));
            app.dispatch_as(command, app.actor(), date)
                .await
                .map(|_| ())
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = save.value().get() {
            reload.run(());
        }
    });
    // Dates of this group's changes: the one in force today, and the
    // first dated after `date`.
    let in_force = move || {
        app.domain.with(|s| {
            s.office
                .history
                .iter()
                .rev()
                .find(|c| c.group.key() == key && c.effective <= today)
                .map(|c| (c.effective, c.operator.clone()))
        })
    };
    let next_after = move |date: NaiveDate| {
        app.domain.with_untracked(|s| {
            s.office
                .history
                .iter()
                .filter(|c| c.group.key() == key && c.effective > date)
                .map(|c| c.effective)
                .min()
        })
    };
    let since = move || match in_force() {
        Some((d, by)) => format!("现行设置自 {} 起施行（{}修改）。", ymd(d), by),
        None => "现行为默认设置，尚未修改过。".into(),
    };
    let scheduled = move || {
        let dates: Vec<String> = app.domain.with(|s| {
            s.office
                .history
                .iter()
                .filter(|c| c.group.key() == key && c.effective > today)
                .map(|c| ymd(c.effective))
                .collect()
        });
        (!dates.is_empty()).then(|| {
            format!(
                "已预先设定：自 {} 起施行新的设置（见“设置修改记录”），此前仍按下列现行设置。",
                dates.join("、")
            )
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        pending.set(None);
        save.value().set(None);
        let Some(on) = parse_ymd(&date.get_untracked()) else {
            local_error.set(Some(
                "请填写“自何日起施行”，格式为 年-月-日，如 2026-11-27".into(),
            ));
            return;
        };
        let group = match make.run(()) {
            Ok(g) => g,
            Err(e) => {
                local_error.set(Some(e));
                return;
            }
        };
        let question = if on > today {
            Some(format!(
                "施行日期 {} 晚于今天（{}）：在此之前仍按现行设置办理，自该日起按新设置办理。确定预先设定吗？",
                ymd(on),
                ymd(today)
            ))
        } else {
            next_after(on).filter(|n| *n <= today).map(|n| {
                format!(
                    "施行日期 {} 早于现行设置的施行日期 {}：这次修改只适用于 {} 至 {} 前一日之间的办理，现行设置不变。确定补录吗？",
                    ymd(on),
                    ymd(n),
                    ymd(on),
                    ymd(n)
                )
            })
        };
        match question {
            Some(question) => pending.set(Some(Pending {
                group,
                date: on,
                question,
            })),
            None => {
                save.dispatch((group, on));
            }
        }
    };
    let confirm = move |_| {
        if let Some(p) = pending.get_untracked() {
            pending.set(None);
            save.dispatch((p.group, p.date));
        }
    };
    let outcome = move || {
        save.value()
            .get()
            .map(|r: Result<(), DispatchError>| match r {
                Ok(()) => {
                    let on = saved_on.get_untracked().unwrap_or(today);
                    let text = if on > today {
                        format!("已保存：{label}将自 {} 起施行，此前仍按现行设置", ymd(on))
                    } else {
                        format!("已保存：{label}自 {} 起施行", ymd(on))
                    };
                    view! { <Notice tone=Tone::Success>{text}</Notice> }.into_any()
                }
                Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
            })
    };
    let heading = format!("settings-{key}");
    let date_id = format!("settings-{key}-from");
    view! {
        <section class="settings-group" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{label}</h3>
            <p class="note">{since}{(!intro.is_empty()).then_some(intro)}</p>
            {move || scheduled().map(|s| view! { <Notice tone=Tone::Info>{s}</Notice> })}
            <form class="settings-form" novalidate aria-label=format!("修改{label}") on:submit=on_submit>
                {children()}
                <div class="form">
                    <div class="field">
                        <label for=date_id.clone()>"自何日起施行"</label>
                        <input id=date_id type="date" required prop:value=move || date.get()
                            on:input=move |ev| { pending.set(None); date.set(event_target_value(&ev)); }/>
                    </div>
                    <div class="actions">
                        <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>
                            {move || if save.pending().get() { text::SAVING } else { text::SAVE }}
                        </button>
                        <button type="button" on:click=move |_| {
                            pending.set(None);
                            local_error.set(None);
                            reload.run(());
                        }>"恢复现行值"</button>
                    </div>
                </div>
            </form>
            {move || pending.get().map(|p| view! {
                <Notice tone=Tone::Warning>
                    <p>{p.question}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=confirm>{format!("确定，自 {} 起施行", ymd(p.date))}</button>
                        <button type="button" on:click=move |_| pending.set(None)>"取消"</button>
                    </div>
                </Notice>
            })}
            {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
            {outcome}
        </section>
    }
}

/// Moves the focus to the element `id` once it is drawn (a row just added).
pub fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&el).focus();
        }
    });
}
