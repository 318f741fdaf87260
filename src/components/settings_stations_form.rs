//! `SettingsStationsForm`: the professional stations (专业代表工作站,
//! Gushi's six by default), added, renamed and removed.

use jianyi_core::SettingsGroup;
use leptos::prelude::*;

use crate::components::SettingsFrame;
use crate::components::settings_frame::focus_soon;
use crate::platform;
use crate::state::use_app_state;

/// One station's name as typed.
#[derive(Clone, PartialEq)]
struct Station {
    id: u32,
    name: String,
}

/// The professional stations' form.
#[component]
pub fn SettingsStationsForm() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let stations = RwSignal::new(Vec::<Station>::new());
    let next_id = StoredValue::new(0u32);
    let new_station = move |name: String| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        Station { id, name }
    };
    let reload = Callback::new(move |()| {
        let names = app
            .domain
            .with_untracked(|s| s.office.settings_on(today).professional_stations.clone());
        stations.set(names.into_iter().map(new_station).collect());
    });
    reload.run(());
    let make = Callback::new(move |()| {
        Ok(SettingsGroup::ProfessionalStations(
            stations.with_untracked(|v| v.iter().map(|s| s.name.clone()).collect()),
        ))
    });
    let add = move |_| {
        let station = new_station(String::new());
        let id = station.id;
        stations.update(|v| v.push(station));
        focus_soon(format!("station-{id}"));
    };
    let g = SettingsGroup::ProfessionalStations(Vec::new());
    view! {
        <SettingsFrame label=g.label() key=g.key()
            intro="按领域设立的代表工作站，如教育、医疗健康、法治等；改名即在名称栏中修改。"
            make reload>
            <table class="data settings list narrow">
                <thead><tr>
                    <th scope="col" class="num">"序号"</th>
                    <th scope="col">"工作站名称"</th>
                    <th scope="col">"操作"</th>
                </tr></thead>
                <tbody>
                    <For each=move || stations.get() key=|s: &Station| s.id let:station>
                        {station_row(station.id, stations)}
                    </For>
                </tbody>
            </table>
            <p><button type="button" on:click=add>"增加工作站"</button></p>
        </SettingsFrame>
    }
}

/// One station's row, reading and writing its entry of `stations`.
fn station_row(id: u32, stations: RwSignal<Vec<Station>>) -> impl IntoView {
    let name = move || {
        stations.with(|v| {
            v.iter()
                .find(|s| s.id == id)
                .map(|s| s.name.clone())
                .unwrap_or_default()
        })
    };
    let position =
        move || stations.with(|v| v.iter().position(|s| s.id == id).map_or(0, |p| p + 1));
    let input_id = format!("station-{id}");
    view! {
        <tr>
            <td class="num">{position}</td>
            <td>
                <label for=input_id.clone() class="visually-hidden">{move || format!("第{}个工作站的名称", position())}</label>
                <input id=input_id type="text" prop:value=name on:input=move |ev| {
                    let x = event_target_value(&ev);
                    stations.update(|v| {
                        if let Some(s) = v.iter_mut().find(|s| s.id == id) {
                            s.name = x;
                        }
                    });
                }/>
            </td>
            <td class="ops">
                <button type="button" class="link" aria-label=move || format!("删除“{}”", name())
                    on:click=move |_| stations.update(|v| v.retain(|s| s.id != id))>"删除"</button>
            </td>
        </tr>
    }
}
