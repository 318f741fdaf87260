//! `DraftPage`: the draft form — 案由, 案据, 建议, 对策, category, kind,
//! session or recess, lead deputy, and the business date — for a new draft
//! or an existing one.

use jianyi_core::decide::created_suggestion;
use jianyi_core::{Command, Draft, Stage, SuggestionId, SuggestionKind};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::platform;
use crate::router::{Route, use_router};
use crate::state::use_app_state;
use crate::text;

const RECESS: &str = "recess";

/// The form's fields, as text.
#[derive(Clone, Default)]
struct Fields {
    title: RwSignal<String>,
    basis: RwSignal<String>,
    ask: RwSignal<String>,
    measures: RwSignal<String>,
    category: RwSignal<String>,
    kind: RwSignal<String>,
    session: RwSignal<String>,
    deputy: RwSignal<String>,
    date: RwSignal<String>,
}

impl Fields {
    fn load(&self, d: &Draft) {
        self.title.set(d.title.clone());
        self.basis.set(d.basis.clone());
        self.ask.set(d.ask.clone());
        self.measures.set(d.measures.clone());
        self.category.set(d.category.clone());
        self.kind.set(kind_code(d.kind).into());
        self.session
            .set(d.session.map_or(RECESS.to_string(), |s| s.to_string()));
        self.deputy.set(d.lead_deputy.to_string());
    }

    /// The draft the fields describe, or the field that is not filled.
    fn draft(&self) -> Result<Draft, String> {
        let lead_deputy = self
            .deputy
            .get_untracked()
            .parse()
            .map_err(|_| "请选择“领衔代表”".to_string())?;
        let session = match self.session.get_untracked().as_str() {
            RECESS => None,
            "" => return Err("请选择“会次”（或闭会期间）".into()),
            id => Some(id.parse().map_err(|_| "请重新选择“会次”".to_string())?),
        };
        Ok(Draft {
            title: self.title.get_untracked(),
            basis: self.basis.get_untracked(),
            ask: self.ask.get_untracked(),
            measures: self.measures.get_untracked(),
            category: self.category.get_untracked(),
            kind: if self.kind.get_untracked() == "motion" {
                SuggestionKind::Motion
            } else {
                SuggestionKind::Suggestion
            },
            session,
            lead_deputy,
        })
    }
}

fn kind_code(kind: SuggestionKind) -> &'static str {
    match kind {
        SuggestionKind::Suggestion => "suggestion",
        SuggestionKind::Motion => "motion",
    }
}

/// A new draft (`id` None) or an existing suggestion.
#[component]
pub fn DraftPage(id: Option<String>) -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let parsed: Option<Result<SuggestionId, ()>> = id.map(|s| s.parse().map_err(|_| ()));
    let existing = match parsed {
        None => None,
        Some(Ok(id))
            if app
                .domain
                .with_untracked(|s| s.suggestions.contains_key(&id)) =>
        {
            Some(id)
        }
        Some(_) => {
            return view! {
                <section class="page">
                    <h1>"没有这件建议"</h1>
                    <p>"地址中的建议不存在，可能已在另一份数据中，或链接有误。"</p>
                    <p><a href=Route::Suggestions.href()>"返回建议列表"</a></p>
                </section>
            }
            .into_any();
        }
    };

    let f = Fields::default();
    f.date
        .set(platform::china_today().format("%Y-%m-%d").to_string());
    match existing {
        Some(id) => app
            .domain
            .with_untracked(|s| f.load(&s.suggestions[&id].draft)),
        None => {
            f.kind.set("suggestion".into());
            if let Some(first) = app.domain.with_untracked(|s| {
                s.sessions
                    .values()
                    .max_by_key(|x| x.starts)
                    .map(|x| x.id.to_string())
            }) {
                f.session.set(first);
            } else {
                f.session.set(RECESS.into());
            }
        }
    }

    let save = Action::new_local(move |cmd: &(Command, chrono::NaiveDate)| {
        let (cmd, date) = cmd.clone();
        async move { app.dispatch_as(cmd, app.actor(), date).await }
    });
    let local_error = RwSignal::new(None::<String>);
    let fields = f.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let date = match chrono::NaiveDate::parse_from_str(&fields.date.get_untracked(), "%Y-%m-%d")
        {
            Ok(d) => d,
            Err(_) => {
                local_error.set(Some("“日期”格式应为 年-月-日，如 2026-11-27".into()));
                return;
            }
        };
        match fields.draft() {
            Ok(draft) => {
                let cmd = match existing {
                    Some(id) => Command::EditDraft { id, draft },
                    None => Command::CreateDraft(draft),
                };
                save.dispatch((cmd, date));
            }
            Err(e) => local_error.set(Some(e)),
        }
    };
    // A new draft, once stored, is opened at its own address.
    Effect::new(move |_| {
        if let Some(Ok(events)) = save.value().get()
            && existing.is_none()
            && let Some(id) = created_suggestion(&events)
        {
            router.navigate(&Route::Suggestion(id.to_string()).href());
        }
    });

    let stage = move || {
        existing.and_then(|id| app.domain.with(|s| s.suggestions.get(&id).map(|x| x.stage)))
    };
    let editable = move || !app.read_only && stage().is_none_or(|s| s == Stage::Draft);
    let meta = move || {
        existing.and_then(|id| {
            app.domain.with(|s| {
                s.suggestions.get(&id).map(|x| {
                    format!(
                        "{} · 创建于 {} · 最近修改 {} · 已修改 {} 次",
                        x.stage.label(),
                        x.created_on.format("%Y-%m-%d"),
                        x.updated_on.format("%Y-%m-%d"),
                        x.revision
                    )
                })
            })
        })
    };

    let categories = move || app.domain.with(|s| s.settings.categories.clone());
    let sessions = move || {
        app.domain.with(|s| {
            s.sessions
                .values()
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let deputies = move || {
        let current = f.deputy.get();
        app.domain.with(|s| {
            s.delegations
                .values()
                .map(|g| {
                    (
                        g.name.clone(),
                        s.deputies_of(g.id)
                            .into_iter()
                            .filter(|d| !d.retired || d.id.to_string() == current)
                            .map(|d| (d.id.to_string(), d.name.clone()))
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };

    let text_area = move |id: &'static str,
                          label: &'static str,
                          hint: &'static str,
                          sig: RwSignal<String>,
                          rows: u32| {
        view! {
            <div class="field wide">
                <label for=id>{label}</label>
                <textarea id=id rows=rows placeholder=hint prop:value=move || sig.get()
                    on:input=move |ev| sig.set(event_target_value(&ev))></textarea>
                <span class="char-count" aria-live="off">{move || format!("{}字", sig.get().chars().count())}</span>
            </div>
        }
    };

    view! {
        <section class="page">
            <h1>{if existing.is_some() { "建议草稿" } else { "起草建议" }}</h1>
            {move || meta().map(|m| view! { <p class="note">{m}</p> })}
            <form class="form draft-form" on:submit=on_submit>
                <fieldset disabled=move || !editable()>
                    <legend class="visually-hidden">"建议内容"</legend>
                    <div class="field wide">
                        <label for="d-title">"案由"</label>
                        <input id="d-title" type="text" required placeholder="如：关于……的建议"
                            prop:value=move || f.title.get() on:input=move |ev| f.title.set(event_target_value(&ev))/>
                    </div>
                    {text_area("d-basis", "案据", "问题的现状、原因和调查研究情况", f.basis, 5)}
                    {text_area("d-ask", "建议", "希望解决什么问题", f.ask, 3)}
                    {text_area("d-measures", "对策", "具体可行的措施", f.measures, 5)}
                    <div class="field">
                        <label for="d-category">"类别"</label>
                        <select id="d-category" required on:change=move |ev| f.category.set(event_target_value(&ev))>
                            <option value="">"请选择"</option>
                            {move || categories().into_iter().map(|c| {
                                let sel = { let c = c.clone(); move || f.category.get() == c };
                                view! { <option value=c.clone() selected=sel>{c.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="d-kind">"类型"</label>
                        <select id="d-kind" on:change=move |ev| f.kind.set(event_target_value(&ev))>
                            <option value="suggestion" selected=move || f.kind.get() == "suggestion">"建议"</option>
                            <option value="motion" selected=move || f.kind.get() == "motion">"议案"</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="d-session">"会次"</label>
                        <select id="d-session" on:change=move |ev| f.session.set(event_target_value(&ev))>
                            {move || sessions().into_iter().map(|(id, name)| {
                                let sel = { let id = id.clone(); move || f.session.get() == id };
                                view! { <option value=id selected=sel>{name}</option> }
                            }).collect_view()}
                            <option value=RECESS selected=move || f.session.get() == RECESS>"闭会期间"</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="d-deputy">"领衔代表"</label>
                        <select id="d-deputy" required on:change=move |ev| f.deputy.set(event_target_value(&ev))>
                            <option value="">"请选择"</option>
                            {move || deputies().into_iter().map(|(group, people)| view! {
                                <optgroup label=group>
                                    {people.into_iter().map(|(id, name)| {
                                        let sel = { let id = id.clone(); move || f.deputy.get() == id };
                                        view! { <option value=id selected=sel>{name}</option> }
                                    }).collect_view()}
                                </optgroup>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="d-date">"日期"</label>
                        <input id="d-date" type="date" required prop:value=move || f.date.get()
                            on:input=move |ev| f.date.set(event_target_value(&ev))/>
                    </div>
                </fieldset>
                <div class="actions">
                    <button type="submit" class="primary" disabled=move || save.pending().get() || !editable()>
                        {move || if save.pending().get() { text::SAVING } else { "保存草稿" }}
                    </button>
                    <a class="button" href=Route::Suggestions.href()>"返回列表"</a>
                </div>
                {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                {move || save.value().get().map(|r| match r {
                    Ok(_) => view! { <Notice tone=Tone::Success>"草稿已保存"</Notice> }.into_any(),
                    Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
                })}
            </form>
        </section>
    }
    .into_any()
}
