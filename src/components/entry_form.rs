//! `EntryForm`: the add/edit form of any directory, drawn from its
//! `directories::Spec`; `Editor` is what the form and the table share (the
//! entry being edited and the form's values).

use jianyi_core::directory::Directory;
use leptos::prelude::*;

use crate::components::{CommandResult, Notice, Tone};
use crate::directories::{self, Field, FieldKind, Values};
use crate::state::{on_success, use_app_state};
use crate::text;

/// The entry a directory's form edits, and its values.
#[derive(Clone, Copy)]
pub struct Editor {
    pub directory: Directory,
    pub editing: RwSignal<Option<String>>,
    pub values: RwSignal<Values>,
}

fn defaults(fields: &[Field]) -> Values {
    fields
        .iter()
        .map(|f| (f.key, f.default.to_string()))
        .collect()
}

impl Editor {
    /// An empty form for `directory`.
    pub fn new(directory: Directory) -> Editor {
        Editor {
            directory,
            editing: RwSignal::new(None),
            values: RwSignal::new(defaults(&directories::spec(directory).fields)),
        }
    }

    /// Back to adding a new entry; values the clerk keeps typing (a
    /// deputy's delegation and term) stay.
    pub fn clear(&self, directory: Directory) {
        let fields = directories::spec(directory).fields;
        let keep: Values = self.values.with_untracked(|v| {
            v.iter()
                .filter(|(k, _)| matches!(**k, "delegation" | "term" | "kind" | "organ" | "field"))
                .map(|(k, x)| (*k, x.clone()))
                .collect()
        });
        let mut values = defaults(&fields);
        if self.editing.get_untracked().is_none() {
            values.extend(keep);
        }
        self.editing.set(None);
        self.values.set(values);
    }

    /// Starts editing an entry, and takes the clerk to the form's first
    /// field (the table may be long).
    pub fn edit(&self, id: String, values: Values) {
        self.values.set(values);
        self.editing.set(Some(id));
        let spec = directories::spec(self.directory);
        if let Some(first) = spec.fields.first() {
            let input = format!("{}-{}", self.directory.code(), first.key);
            if let Some(el) = document().get_element_by_id(&input) {
                let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&el).focus();
            }
        }
    }
}

/// One directory's add/edit form.
#[component]
pub fn EntryForm(directory: Directory, editor: Editor) -> impl IntoView {
    let app = use_app_state();
    let spec = directories::spec(directory);
    let command_of = spec.command;
    let follow = spec.follow;
    let local_error = RwSignal::new(None::<String>);
    let save = app.command_action();
    on_success(save, move || editor.clear(directory));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let editing = editor.editing.get_untracked();
        match editor
            .values
            .with_untracked(|v| command_of(v, editing.as_deref()))
        {
            Ok(command) => {
                save.dispatch(command);
            }
            Err(e) => local_error.set(Some(e)),
        }
    };
    let (adding, editing_label) = (spec.adding, spec.editing);
    let fields = spec
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let first = (i == 0).then_some((adding, editing_label));
            field_view(directory, *f, first, editor, follow)
        })
        .collect_view();
    view! {
        <form class="form" on:submit=on_submit aria-label=spec.form_label>
            {fields}
            <div class="actions">
                <button type="submit" class="primary" disabled=move || save.pending().get() || app.read_only>{text::SAVE}</button>
                {move || editor.editing.get().map(|_| view! {
                    <button type="button" on:click=move |_| editor.clear(directory)>"取消修改"</button>
                })}
            </div>
        </form>
        {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
        <CommandResult action=save saved=text::SAVED/>
        {spec.note.map(|n| view! { <p class="note">{n}</p> })}
    }
}

/// One field, bound to the editor's values.
fn field_view(
    directory: Directory,
    f: Field,
    first: Option<(&'static str, &'static str)>,
    editor: Editor,
    follow: fn(&'static str, &mut Values),
) -> impl IntoView {
    let app = use_app_state();
    let id = format!("{}-{}", directory.code(), f.key);
    let key = f.key;
    let value = move || {
        editor
            .values
            .with(|v| v.get(key).cloned().unwrap_or_default())
    };
    let set = move |x: String| {
        editor.values.update(|v| {
            v.insert(key, x);
            follow(key, v);
        })
    };
    let label = move || match first {
        Some((_, editing)) if editor.editing.get().is_some() => editing,
        Some((adding, _)) => adding,
        None => f.label,
    };
    let shown = move || editor.values.with(|v| (f.shown)(v));
    move || {
        if !shown() {
            return ().into_any();
        }
        let id = id.clone();
        match f.kind {
            FieldKind::Text(_) | FieldKind::Tel | FieldKind::Date => {
                let (kind, placeholder) = match f.kind {
                    FieldKind::Tel => ("tel", ""),
                    FieldKind::Date => ("date", ""),
                    FieldKind::Text(p) => ("text", p),
                    FieldKind::Select(..) | FieldKind::Checks(_) => ("text", ""),
                };
                view! {
                    <div class="field" class:wide=f.wide>
                        <label for=id.clone()>{label}</label>
                        <input id=id type=kind required=f.required placeholder=placeholder
                            prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
                    </div>
                }
                .into_any()
            }
            FieldKind::Select(empty, options) => {
                let options = move || editor.values.with(|v| app.domain.with(|s| options(s, v)));
                view! {
                    <div class="field" class:wide=f.wide>
                        <label for=id.clone()>{label}</label>
                        <select id=id required=f.required on:change=move |ev| set(event_target_value(&ev))>
                            {match empty {
                                Some(text) => view! { <option value="" selected=move || value().is_empty()>{text}</option> }.into_any(),
                                None => view! { <option value="" disabled=true selected=move || value().is_empty()>"请选择"</option> }.into_any(),
                            }}
                            {move || options().into_iter().map(|(code, name)| {
                                let selected = { let code = code.clone(); move || value() == code };
                                view! { <option value=code selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
                .into_any()
            }
            FieldKind::Checks(options) => {
                let options = move || editor.values.with(|v| app.domain.with(|s| options(s, v)));
                let has = move |code: &str| value().split(',').any(|x| x == code);
                view! {
                    <fieldset class="field wide checks">
                        <legend>{label}</legend>
                        {move || options().into_iter().map(|(code, name)| {
                            let checked = { let code = code.clone(); move || has(&code) };
                            let toggle = move |_| {
                                let mut list: Vec<String> = value().split(',').filter(|x| !x.is_empty()).map(str::to_string).collect();
                                if list.contains(&code) {
                                    list.retain(|x| *x != code);
                                } else {
                                    list.push(code.clone());
                                }
                                set(list.join(","));
                            };
                            view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle/>{name}</label> }
                        }).collect_view()}
                    </fieldset>
                }
                .into_any()
            }
        }
    }
}
