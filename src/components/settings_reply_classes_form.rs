//! `SettingsReplyClassesForm`: the reply classes (答复类别) — each a code, a
//! name, the definition a unit reads when it classes its reply, and what
//! it counts as (solved, a commitment to follow up, not solvable), which
//! every figure reads. Four by default (A/B/C/D); a locality may use three
//! or other names.

use jianyi_core::SettingsGroup;
use jianyi_core::settings::{ReplyClass, ReplyOutcome};
use leptos::prelude::*;

use crate::components::SettingsFrame;
use crate::components::settings_frame::focus_soon;
use crate::platform;
use crate::state::use_app_state;

/// One class as typed.
#[derive(Clone, PartialEq)]
struct Row {
    id: u32,
    class: ReplyClass,
}

#[component]
pub fn SettingsReplyClassesForm() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let rows = RwSignal::new(Vec::<Row>::new());
    let next_id = StoredValue::new(0u32);
    let new_row = move |class: ReplyClass| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        Row { id, class }
    };
    let reload = Callback::new(move |()| {
        let classes = app
            .domain
            .with_untracked(|s| s.office.settings_on(today).reply_classes.clone());
        rows.set(classes.into_iter().map(new_row).collect());
    });
    reload.run(());
    let make = Callback::new(move |()| {
        Ok(SettingsGroup::ReplyClasses(rows.with_untracked(|v| {
            v.iter().map(|r| r.class.clone()).collect()
        })))
    });
    let add = move |_| {
        let row = new_row(ReplyClass {
            code: String::new(),
            name: String::new(),
            definition: String::new(),
            outcome: ReplyOutcome::Solved,
        });
        let id = row.id;
        rows.update(|v| v.push(row));
        focus_soon(format!("class-code-{id}"));
    };
    let g = SettingsGroup::ReplyClasses(Vec::new());
    view! {
        <SettingsFrame label=g.label() key=g.key()
            intro="承办单位答复时选择的类别。统计中的解决率、办成率和跟踪落实清单按每类“计为”一栏计算，不按代号。已交办的建议仍按交办时的类别答复。"
            make reload>
            <table class="data settings list">
                <thead><tr>
                    <th scope="col">"代号"</th>
                    <th scope="col">"名称"</th>
                    <th scope="col">"定义（答复时显示）"</th>
                    <th scope="col">"计为"</th>
                    <th scope="col">"操作"</th>
                </tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|r: &Row| r.id let:row>
                        {class_row(row.id, rows)}
                    </For>
                </tbody>
            </table>
            <p><button type="button" on:click=add>"增加类别"</button></p>
        </SettingsFrame>
    }
}

fn class_row(id: u32, rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let get = move |f: fn(&ReplyClass) -> String| {
        rows.with(|v| {
            v.iter()
                .find(|r| r.id == id)
                .map(|r| f(&r.class))
                .unwrap_or_default()
        })
    };
    let set = move |f: &dyn Fn(&mut ReplyClass)| {
        rows.update(|v| {
            if let Some(r) = v.iter_mut().find(|r| r.id == id) {
                f(&mut r.class);
            }
        })
    };
    let position = move || rows.with(|v| v.iter().position(|r| r.id == id).map_or(0, |p| p + 1));
    let outcome = move || {
        rows.with(|v| {
            v.iter()
                .find(|r| r.id == id)
                .map_or(ReplyOutcome::Solved, |r| r.class.outcome)
        })
    };
    let (code_id, name_id, def_id, out_id) = (
        format!("class-code-{id}"),
        format!("class-name-{id}"),
        format!("class-def-{id}"),
        format!("class-outcome-{id}"),
    );
    view! {
        <tr>
            <td>
                <label for=code_id.clone() class="visually-hidden">{move || format!("第{}类的代号", position())}</label>
                <input id=code_id type="text" size="3" prop:value=move || get(|c| c.code.clone())
                    on:input=move |ev| { let x = event_target_value(&ev); set(&|c| c.code = x.clone()); }/>
            </td>
            <td>
                <label for=name_id.clone() class="visually-hidden">{move || format!("第{}类的名称", position())}</label>
                <input id=name_id type="text" prop:value=move || get(|c| c.name.clone())
                    on:input=move |ev| { let x = event_target_value(&ev); set(&|c| c.name = x.clone()); }/>
            </td>
            <td>
                <label for=def_id.clone() class="visually-hidden">{move || format!("第{}类的定义", position())}</label>
                <textarea id=def_id rows="2" prop:value=move || get(|c| c.definition.clone())
                    on:input=move |ev| { let x = event_target_value(&ev); set(&|c| c.definition = x.clone()); }></textarea>
            </td>
            <td>
                <label for=out_id.clone() class="visually-hidden">{move || format!("第{}类计为", position())}</label>
                <select id=out_id on:change=move |ev| {
                    let x = event_target_value(&ev);
                    if let Some(o) = ReplyOutcome::ALL.into_iter().find(|o| o.code() == x) { set(&|c| c.outcome = o); }
                }>
                    {ReplyOutcome::ALL.into_iter().map(|o| view! { <option value=o.code() selected=move || outcome() == o>{o.label()}</option> }).collect_view()}
                </select>
            </td>
            <td class="ops">
                <button type="button" class="link" aria-label=move || format!("删除第{}类", position())
                    on:click=move |_| rows.update(|v| v.retain(|r| r.id != id))>"删除"</button>
            </td>
        </tr>
    }
}
