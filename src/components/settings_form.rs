//! `SettingsForm`: the form of one settings group of plain values, drawn
//! from its `settings_groups::Spec` as a table — each setting, its value in
//! force today, the new value, what it does — inside a `SettingsFrame`.

use leptos::prelude::*;

use crate::components::SettingsFrame;
use crate::components::settings_groups::{
    Field, Kind, PERIOD_UNITS, Spec, Values, shown, split_period, with_count, with_unit,
};
use crate::platform;
use crate::state::use_app_state;

/// One group's form.
#[component]
pub fn SettingsForm(spec: Spec) -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let values_of = spec.values;
    let current = Memo::new(move |_| app.domain.with(|s| values_of(&s.office.settings_on(today))));
    let draft = RwSignal::new(current.get_untracked());
    let reload = Callback::new(move |()| draft.set(current.get_untracked()));
    let (label, key, intro, hint) = (spec.label, spec.key, spec.intro, spec.hint);
    let rows = spec
        .fields
        .iter()
        .map(|f| row(key, *f, draft, current, hint))
        .collect_view();
    let spec = StoredValue::new(spec);
    let make = Callback::new(move |()| draft.with_untracked(|v| spec.with_value(|s| s.group(v))));
    view! {
        <SettingsFrame label key intro make reload>
            <table class="data settings">
                <thead><tr>
                    <th scope="col">"项目"</th>
                    <th scope="col">"现行"</th>
                    <th scope="col">"修改为"</th>
                    <th scope="col">"说明"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </SettingsFrame>
    }
}

/// One setting: its name (the label of its input), value in force, input
/// and note; marked while the typed value differs from the one in force.
fn row(
    group: &'static str,
    f: Field,
    draft: RwSignal<Values>,
    current: Memo<Values>,
    hint: fn(&'static str, &Values) -> Option<String>,
) -> impl IntoView {
    let id = format!("set-{group}-{}", f.key);
    let key = f.key;
    let value = move || draft.with(|v| v.get(key).cloned().unwrap_or_default());
    let set = move |x: String| {
        draft.update(|v| {
            v.insert(key, x);
        })
    };
    let now = move || current.with(|v| shown(f.kind, v.get(key).map_or("", String::as_str)));
    let changed = move || {
        draft.with(|d| {
            current.with(|c| d.get(key).map(|x| x.trim()) != c.get(key).map(|x| x.trim()))
        })
    };
    let input = match f.kind {
        Kind::Number(unit) => view! {
            <input id=id.clone() class="num" type="number" inputmode="numeric" min="0" step="1"
                prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
            <span class="unit">{unit}</span>
        }
        .into_any(),
        Kind::Switch => view! {
            <input id=id.clone() type="checkbox" prop:checked=move || value() == "true"
                on:change=move |ev| set(event_target_checked(&ev).to_string())/>
            <span class="unit">{move || if value() == "true" { "开启" } else { "关闭" }}</span>
        }
        .into_any(),
        Kind::Text => view! {
            <input id=id.clone() type="text" prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
        }
        .into_any(),
        Kind::Choice(options) => view! {
            <select id=id.clone() on:change=move |ev| set(event_target_value(&ev))>
                {options.iter().map(|(code, name)| view! {
                    <option value=*code selected=move || value() == *code>{*name}</option>
                }).collect_view()}
            </select>
        }
        .into_any(),
        Kind::Period => {
            let unit_id = format!("{id}-unit");
            view! {
                <input id=id.clone() class="num" type="number" inputmode="numeric" min="0" step="1"
                    prop:value=move || split_period(&value()).1.to_string()
                    on:input=move |ev| set(with_count(&value(), &event_target_value(&ev)))/>
                <label for=unit_id.clone() class="visually-hidden">{format!("{}时限的单位", f.label)}</label>
                <select id=unit_id on:change=move |ev| set(with_unit(&value(), &event_target_value(&ev)))>
                    {PERIOD_UNITS.into_iter().map(|(code, name)| view! {
                        <option value=code selected=move || split_period(&value()).0 == code>{name}</option>
                    }).collect_view()}
                </select>
            }
            .into_any()
        }
    };
    let note = move || {
        let live = draft.with(|v| hint(key, v));
        match live {
            Some(h) if f.note.is_empty() => h,
            Some(h) => format!("{}；{h}", f.note),
            None => f.note.to_string(),
        }
    };
    view! {
        <tr class:changed=changed>
            <th scope="row"><label for=id>{f.label}</label></th>
            <td class="now">{now}</td>
            <td class="edit">{input}</td>
            <td class="note">{note}</td>
        </tr>
    }
}
