//! `SettingsNegativeListForm`: the negative list (负面清单, 五不提) — each
//! item's title and the keywords that hint at it, each keyword read back
//! in words (`Keyword::describe_zh`) — with items added and removed.

use jianyi_core::raising::checks::Keyword;
use jianyi_core::{NegativeItem, SettingsGroup};
use leptos::prelude::*;

use crate::components::SettingsFrame;
use crate::components::settings_frame::focus_soon;
use crate::platform;
use crate::state::use_app_state;

/// One item as typed: keywords one a line.
#[derive(Clone, PartialEq)]
struct Item {
    id: u32,
    title: String,
    keywords: String,
}

/// Keywords as typed: one a line (or separated by 、).
fn keywords(text: &str) -> Vec<String> {
    text.split(['\n', '、'])
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(String::from)
        .collect()
}

/// The syntax, each form with an example read back by the core.
const SYNTAX: [(&str, &str, &str); 5] = [
    ("词", "出现该词即提示", "上访"),
    ("甲+乙", "两个词在同一句中", "品牌+指定"),
    ("甲!丙", "甲不是丙的一部分", "我家!我家乡"),
    ("甲<8", "甲所在短句其余不足8字（空话套话）", "进一步加强<8"),
    ("组合", "以上写法可以组合", "品牌!公用品牌+推荐<20"),
];

/// The negative list's form.
#[component]
pub fn SettingsNegativeListForm() -> impl IntoView {
    let app = use_app_state();
    let today = platform::china_today();
    let items = RwSignal::new(Vec::<Item>::new());
    let next_id = StoredValue::new(0u32);
    let new_item = move |title: String, keywords: String| {
        let id = next_id.get_value();
        next_id.set_value(id + 1);
        Item {
            id,
            title,
            keywords,
        }
    };
    let reload = Callback::new(move |()| {
        let list = app
            .domain
            .with_untracked(|s| s.office.settings_on(today).negative_list.clone());
        items.set(
            list.into_iter()
                .map(|i| new_item(i.title, i.keywords.join("\n")))
                .collect(),
        );
    });
    reload.run(());
    let make = Callback::new(move |()| {
        Ok(SettingsGroup::NegativeList(items.with_untracked(|v| {
            v.iter()
                .map(|i| NegativeItem {
                    title: i.title.clone(),
                    keywords: keywords(&i.keywords),
                })
                .collect()
        })))
    });
    let add = move |_| {
        let item = new_item(String::new(), String::new());
        let id = item.id;
        items.update(|v| v.push(item));
        focus_soon(format!("neg-title-{id}"));
    };
    let g = SettingsGroup::NegativeList(Vec::new());
    view! {
        <SettingsFrame label=g.label() key=g.key()
            intro="起草时逐项确认不属于清单所列情形；正文出现关键词时提示起草人核对。"
            make reload>
            <table class="data syntax">
                <caption>"关键词写法（每行一个）"</caption>
                <thead><tr><th scope="col">"写法"</th><th scope="col">"含义"</th><th scope="col">"例"</th><th scope="col">"系统的理解"</th></tr></thead>
                <tbody>
                    {SYNTAX.into_iter().map(|(form, meaning, example)| view! {
                        <tr><th scope="row"><code>{form}</code></th><td>{meaning}</td><td><code>{example}</code></td>
                            <td>{Keyword::parse(example).describe_zh()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <table class="data settings list">
                <thead><tr>
                    <th scope="col" class="num">"序号"</th>
                    <th scope="col">"不提的情形"</th>
                    <th scope="col">"提示关键词（每行一个）"</th>
                    <th scope="col">"系统的理解"</th>
                    <th scope="col">"操作"</th>
                </tr></thead>
                <tbody>
                    <For each=move || items.get() key=|i: &Item| i.id let:item>
                        {item_row(item.id, items)}
                    </For>
                </tbody>
            </table>
            <p><button type="button" on:click=add>"增加一项"</button></p>
        </SettingsFrame>
    }
}

/// One item's row, reading and writing its entry of `items`.
fn item_row(id: u32, items: RwSignal<Vec<Item>>) -> impl IntoView {
    let get = move |f: fn(&Item) -> String| {
        move || items.with(|v| v.iter().find(|i| i.id == id).map(f).unwrap_or_default())
    };
    let set = move |f: fn(&mut Item, String), x: String| {
        items.update(|v| {
            if let Some(i) = v.iter_mut().find(|i| i.id == id) {
                f(i, x);
            }
        })
    };
    let position = move || items.with(|v| v.iter().position(|i| i.id == id).map_or(0, |p| p + 1));
    let title = get(|i| i.title.clone());
    let text = get(|i| i.keywords.clone());
    let readings = move || {
        keywords(&text())
            .iter()
            .map(|k| view! { <li>{Keyword::parse(k).describe_zh()}</li> })
            .collect_view()
    };
    let (title_id, words_id) = (format!("neg-title-{id}"), format!("neg-words-{id}"));
    view! {
        <tr>
            <td class="num">{position}</td>
            <td>
                <label for=title_id.clone() class="visually-hidden">{move || format!("第{}项不提的情形", position())}</label>
                <input id=title_id type="text" class="wide" prop:value=title
                    on:input=move |ev| set(|i, x| i.title = x, event_target_value(&ev))/>
            </td>
            <td>
                <label for=words_id.clone() class="visually-hidden">{move || format!("第{}项的提示关键词", position())}</label>
                <textarea id=words_id rows=move || (keywords(&text()).len() + 1).clamp(3, 16) prop:value=text
                    on:input=move |ev| set(|i, x| i.keywords = x, event_target_value(&ev))></textarea>
            </td>
            <td class="note"><ul class="plain">{readings}</ul></td>
            <td class="ops">
                <button type="button" class="link" aria-label=move || format!("删除第{}项“{}”", position(), title())
                    on:click=move |_| items.update(|v| v.retain(|i| i.id != id))>"删除"</button>
            </td>
        </tr>
    }
}
