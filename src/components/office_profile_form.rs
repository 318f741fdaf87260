//! `OfficeProfileForm`: who this copy of Jianyi belongs to — name, region,
//! level, role, the directory entry a unit's, station's, delegation's or
//! leader's office's copy is bound to — and whether it is the numbering copy, offered only where
//! the role may number under the rules in force today.

use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use leptos::prelude::*;

use crate::components::CommandResult;
use crate::platform;
use crate::state::use_app_state;
use crate::text;

/// Why a copy of `role` may not number, under township mode or not.
fn why_not_numbering(role: OfficeRole) -> String {
    match role {
        OfficeRole::TownshipPresidium => "乡镇人大主席团只在乡镇模式下编号：如需由本机编号，请先在“设置”的“提出规则”中开启乡镇模式。".into(),
        role => format!(
            "{}的建议通不编号：案号只由代表工委（乡镇模式下由乡镇人大主席团）的建议通给出，以保证连续不重号。",
            role.label()
        ),
    }
}

/// Sets the office profile (an `OfficeCommand::SetProfile`).
#[component]
pub fn OfficeProfileForm() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let current = app.domain.with_untracked(|s| s.office.profile.clone());
    let name = RwSignal::new(current.as_ref().map(|o| o.name.clone()).unwrap_or_default());
    let region = RwSignal::new(
        current
            .as_ref()
            .map(|o| o.region.clone())
            .unwrap_or_default(),
    );
    let level = RwSignal::new(current.as_ref().map_or(OfficeLevel::County, |o| o.level));
    let role = RwSignal::new(
        current
            .as_ref()
            .map_or(OfficeRole::CommitteeOffice, |o| o.role),
    );
    let unit = RwSignal::new(
        current
            .as_ref()
            .and_then(|o| o.unit)
            .map(|u| u.to_string())
            .unwrap_or_default(),
    );
    let station = RwSignal::new(
        current
            .as_ref()
            .and_then(|o| o.station)
            .map(|u| u.to_string())
            .unwrap_or_default(),
    );
    let delegation = RwSignal::new(
        current
            .as_ref()
            .and_then(|o| o.delegation)
            .map(|u| u.to_string())
            .unwrap_or_default(),
    );
    let leader = RwSignal::new(
        current
            .as_ref()
            .and_then(|o| o.leader)
            .map(|u| u.to_string())
            .unwrap_or_default(),
    );
    // The directory entries a copy of the chosen role is bound to: a
    // handling unit's unit, a station's station, a delegation's
    // delegation, a leader's office its leader.
    let entries = move || {
        app.domain.with(|s| {
            let d = &s.directory;
            match role.get() {
                OfficeRole::HandlingUnit => d
                    .units
                    .iter()
                    .filter(|(_, e)| !e.retired)
                    .map(|(id, e)| (id.to_string(), e.name.clone()))
                    .collect::<Vec<_>>(),
                OfficeRole::Station => d
                    .stations
                    .iter()
                    .filter(|(_, e)| !e.retired)
                    .map(|(id, e)| (id.to_string(), e.name.clone()))
                    .collect(),
                OfficeRole::Delegation => d
                    .delegations
                    .iter()
                    .filter(|(_, e)| !e.retired)
                    .map(|(id, e)| (id.to_string(), e.name.clone()))
                    .collect(),
                OfficeRole::LeaderOffice => crate::supervision::leader_options(s),
                _ => Vec::new(),
            }
        })
    };
    let bound = move || match role.get() {
        OfficeRole::HandlingUnit => Some((unit, "（请选择名册中的承办单位）")),
        OfficeRole::Station => Some((station, "（请选择名册中的家站点）")),
        OfficeRole::Delegation => Some((delegation, "（请选择名册中的代表团）")),
        OfficeRole::LeaderOffice => Some((leader, "（请选择名册中的领导）")),
        _ => None,
    };
    // A new profile does not number: the committee office chooses it.
    let numbering = RwSignal::new(current.as_ref().is_some_and(|o| o.numbering));
    let township = move || {
        app.domain
            .with(|s| s.office.settings_on(today).rules.township_mode)
    };
    let may_number = move || role.get().may_number(township());
    let save = app.command_action();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch(
            OfficeCommand::SetProfile(OfficeProfile {
                name: name.get_untracked(),
                region: region.get_untracked(),
                level: level.get_untracked(),
                role: role.get_untracked(),
                numbering: numbering.get_untracked() && may_number(),
                unit: unit.get_untracked().parse().ok(),
                station: station.get_untracked().parse().ok(),
                delegation: delegation.get_untracked().parse().ok(),
                leader: leader.get_untracked().parse().ok(),
            })
            .into(),
        );
    };
    view! {
        <form class="form" on:submit=on_submit aria-label="本机单位">
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
            <div class="field">
                <label for="office-role">"单位类型"</label>
                <select id="office-role" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(r) = OfficeRole::ALL.into_iter().find(|r| r.label() == v) {
                        role.set(r);
                    }
                }>
                    {OfficeRole::ALL.into_iter().map(|r| view! {
                        <option value=r.label() selected=move || role.get() == r>{r.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || bound().map(|(chosen, prompt)| view! {
                <div class="field">
                    <label for="office-bound">"本单位是"</label>
                    <select id="office-bound" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="" selected=move || chosen.get().is_empty()>{prompt}</option>
                        {move || entries().into_iter().map(|(id, name)| {
                            let selected = { let id = id.clone(); move || chosen.get() == id };
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
            })}
            {move || if may_number() {
                view! {
                    <label class="check wide">
                        <input type="checkbox" prop:checked=move || numbering.get()
                            on:change=move |ev| numbering.set(event_target_checked(&ev))/>
                        "本机为编号单位（审查通过的建议由本机立案编号）"
                    </label>
                }.into_any()
            } else {
                view! { <p class="note wide">{why_not_numbering(role.get())}</p> }.into_any()
            }}
            <p class="note wide">"当前："{move || app.domain.with(|s| s.numbering_note())}</p>
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>
                    {move || if save.pending().get() { text::SAVING } else { text::SAVE }}
                </button>
            </div>
            <CommandResult action=save saved="本机单位已保存"/>
        </form>
    }
}
