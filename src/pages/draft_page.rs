//! `DraftPage`: the draft form — 案由, 案据, 建议, 对策, category, kind,
//! session or recess, lead deputy, the opinions it comes from, and the
//! business date — with the live checks beside it, the co-signers under it,
//! and submission once the required elements are there.

use jianyi_core::decide::created_suggestion;
use jianyi_core::raising::{Draft, RaisingCommand, SuggestionKind};
use jianyi_core::review::{ReviewCommand, Stage};
use jianyi_core::{CategoryId, Command, Desk, OpinionId, SuggestionId};
use leptos::prelude::*;

use crate::components::{
    CosignPanel, DraftChecks, HandlingPanel, Notice, ReviewPanel, Tone, read_business_date,
};
use crate::platform;
use crate::router::{Route, use_router};
use crate::state::use_app_state;
use crate::text;

const RECESS: &str = "recess";

/// The form's fields.
#[derive(Clone, Copy, Default)]
pub struct Fields {
    pub title: RwSignal<String>,
    pub basis: RwSignal<String>,
    pub ask: RwSignal<String>,
    pub measures: RwSignal<String>,
    pub category: RwSignal<String>,
    pub motion: RwSignal<bool>,
    pub by_delegation: RwSignal<bool>,
    pub session: RwSignal<String>,
    pub deputy: RwSignal<String>,
    pub opinions: RwSignal<Vec<OpinionId>>,
    pub negative_confirmed: RwSignal<Vec<String>>,
    pub date: RwSignal<String>,
}

impl Fields {
    fn load(&self, d: &Draft) {
        self.title.set(d.title.clone());
        self.basis.set(d.basis.clone());
        self.ask.set(d.ask.clone());
        self.measures.set(d.measures.clone());
        self.category.set(d.category.to_string());
        self.motion.set(d.kind == SuggestionKind::Motion);
        self.by_delegation.set(d.by_delegation);
        self.session
            .set(d.session.map_or(RECESS.to_string(), |s| s.to_string()));
        self.deputy.set(d.lead_deputy.to_string());
        self.opinions.set(d.opinions.clone());
        self.negative_confirmed.set(d.negative_confirmed.clone());
    }

    /// The draft the fields describe (tracked, for the live checks), or the
    /// field that is not filled.
    pub fn draft(&self) -> Result<Draft, String> {
        let lead_deputy = self
            .deputy
            .get()
            .parse()
            .map_err(|_| "请选择“领衔代表”".to_string())?;
        let session = match self.session.get().as_str() {
            RECESS => None,
            "" => return Err("请选择“会次”（或闭会期间）".into()),
            id => Some(id.parse().map_err(|_| "请重新选择“会次”".to_string())?),
        };
        Ok(Draft {
            title: self.title.get(),
            basis: self.basis.get(),
            ask: self.ask.get(),
            measures: self.measures.get(),
            // Not chosen yet: the nil id, which the checks treat as missing
            // and saving refuses as 请填写“类别”.
            category: self
                .category
                .get()
                .parse()
                .unwrap_or(CategoryId(jianyi_core::Uuid::nil())),
            kind: if self.motion.get() {
                SuggestionKind::Motion
            } else {
                SuggestionKind::Suggestion
            },
            session,
            lead_deputy,
            by_delegation: self.motion.get() && self.by_delegation.get(),
            opinions: self.opinions.get(),
            negative_confirmed: self.negative_confirmed.get(),
        })
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
                .with_untracked(|s| s.raising.suggestions.contains_key(&id)) =>
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
    f.date.set(jianyi_core::dates::ymd(platform::china_today()));
    match existing {
        Some(id) => app
            .domain
            .with_untracked(|s| f.load(&s.raising.suggestions[&id].draft)),
        None => {
            // A draft made from opinions starts from their topic and text.
            let from: Vec<OpinionId> = router
                .url()
                .param("opinions")
                .unwrap_or_default()
                .split(',')
                .filter_map(|o| o.parse().ok())
                .collect();
            app.domain.with_untracked(|s| {
                let ops: Vec<_> = from
                    .iter()
                    .filter_map(|o| s.raising.opinions.get(o))
                    .collect();
                if let Some(first) = ops.first() {
                    f.title.set(format!("关于{}的建议", first.topic));
                    f.basis.set(
                        ops.iter()
                            .map(|o| o.text.clone())
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                }
                f.opinions.set(ops.iter().map(|o| o.id).collect());
                let latest = s
                    .directory
                    .sessions
                    .values()
                    .filter(|x| !x.retired)
                    .max_by_key(|x| x.starts);
                f.session
                    .set(latest.map_or(RECESS.to_string(), |x| x.id.to_string()));
            });
        }
    }

    let save = Action::new_local(move |cmd: &(Command, chrono::NaiveDate)| {
        let (cmd, date) = cmd.clone();
        async move { app.dispatch_as(cmd, app.actor(), date).await }
    });
    let local_error = RwSignal::new(None::<String>);
    let business_date = move || read_business_date(&f.date.get_untracked());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        local_error.set(None);
        let date = match business_date() {
            Ok(date) => date,
            Err(e) => {
                local_error.set(Some(e));
                return;
            }
        };
        match f.draft() {
            Ok(draft) => {
                let cmd = match existing {
                    Some(id) => RaisingCommand::EditDraft { id, draft },
                    None => RaisingCommand::CreateDraft(draft),
                };
                save.dispatch((cmd.into(), date));
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
    let submit = Action::new_local(move |id: &SuggestionId| {
        let id = *id;
        async move {
            let date = business_date().unwrap_or_else(|_| platform::china_today());
            app.dispatch_as(ReviewCommand::SubmitDraft { id }.into(), app.actor(), date)
                .await
                .map(|_| ())
        }
    });

    let stage = move || {
        existing.and_then(|id| {
            app.domain
                .with(|s| s.raising.suggestions.contains_key(&id).then(|| s.stage(id)))
        })
    };
    let editable = move || !app.read_only && stage().is_none_or(|s| s.editable());
    let is_draft = move || stage().is_none_or(|s| s == Stage::Draft);
    // While an item is under review its form is read-only and shows the
    // stored kind, which the final review may convert.
    let motion_shown = move || {
        existing
            .and_then(|id| {
                app.domain.with(|s| {
                    s.raising
                        .suggestions
                        .get(&id)
                        .filter(|x| !s.stage(x.id).editable())
                        .map(|x| s.kind(x) == SuggestionKind::Motion)
                })
            })
            .unwrap_or_else(|| f.motion.get())
    };
    let meta = move || {
        existing.and_then(|id| {
            app.domain.with(|s| {
                s.raising.suggestions.get(&id).map(|x| {
                    format!(
                        "{} · 创建于 {} · 最近修改 {} · 已修改 {} 次{}",
                        s.stage(id).describe(),
                        jianyi_core::dates::ymd(x.created_on),
                        jianyi_core::dates::ymd(x.updated_on),
                        x.revision,
                        s.review_file(id)
                            .map(|f| format!(
                                " · 提交于 {}",
                                jianyi_core::dates::ymd(f.submitted_on)
                            ))
                            .unwrap_or_default()
                    )
                })
            })
        })
    };
    // An item read from a ledger: where from, and what a ledger lacks.
    let from_ledger = move || {
        existing.and_then(|id| {
            app.domain.with(|s| {
                let l = s.review_file(id)?.ledger.clone()?;
                Some(format!(
                    "本件据台账“{}”第{}行于{}导入（台账导入）：台账不载案据、建议和对策的正文及答复全文；联名人数按台账计为{}人（台账未载的按1人计）；台账所载的满意度（如有）只有一项，计入沟通、态度、结果三项。",
                    l.file,
                    l.line,
                    jianyi_core::dates::zh(l.imported_on),
                    l.proposers
                ))
            })
        })
    };
    // Its checks are a drafter's; an imported item never was a draft here.
    let imported = existing.is_some_and(|id| {
        app.domain
            .with_untracked(|s| s.review_file(id).is_some_and(|f| f.ledger.is_some()))
    });
    let key_candidate = move || {
        existing.is_some_and(|id| {
            app.domain.with(|s| {
                s.raising
                    .suggestions
                    .get(&id)
                    .is_some_and(|x| s.key_candidate(x))
            })
        })
    };
    let unsaved = move || {
        existing.is_some_and(|id| {
            let stored = app
                .domain
                .with(|s| s.raising.suggestions.get(&id).map(|x| x.draft.clone()));
            f.draft().ok() != stored
        })
    };

    // Retired entries are not offered, except the one the draft already has.
    let categories = move || {
        let current = f.category.get();
        app.domain.with(|s| {
            s.directory
                .categories_in_order()
                .filter(|c| !c.retired || c.id.to_string() == current)
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let sessions = move || {
        let current = f.session.get();
        app.domain.with(|s| {
            s.directory
                .sessions
                .values()
                .filter(|x| !x.retired || x.id.to_string() == current)
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let deputies = move || {
        let current = f.deputy.get();
        app.domain.with(|s| {
            s.directory
                .delegations_in_order()
                .map(|g| {
                    (
                        g.name.clone(),
                        s.directory
                            .deputies_of(g.id)
                            .into_iter()
                            .filter(|d| !d.retired || d.id.to_string() == current)
                            .map(|d| (d.id.to_string(), d.name.clone()))
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let linked_opinions = move || {
        let ids = f.opinions.get();
        app.domain.with(|s| {
            ids.iter()
                .filter_map(|o| s.raising.opinions.get(o))
                .map(|o| {
                    let station = s
                        .directory
                        .stations
                        .get(&o.station)
                        .map(|x| x.name.clone())
                        .unwrap_or_default();
                    format!(
                        "{} · {} · {}",
                        jianyi_core::dates::ymd(o.received_on),
                        station,
                        o.topic
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
            <h1>
                {if existing.is_some() { "建议" } else { "起草建议" }}
                {move || existing.and_then(|id| app.domain.with(|s| s.raising.suggestions.get(&id).and_then(|x| s.number_label(x))))
                    .map(|n| view! { <span class="number">{n}</span> })}
                {move || key_candidate().then(|| view! { <span class="mark key" title="10名以上代表（含领衔代表）联名">"重点候选"</span> })}
            </h1>
            {move || meta().map(|m| view! { <p class="note">{m}</p> })}
            {move || from_ledger().map(|m| view! { <Notice tone=Tone::Info>{m}</Notice> })}
            <div class="draft-layout">
                <form class="form draft-form" on:submit=on_submit aria-label="建议内容">
                    <fieldset disabled=move || !editable()>
                        <legend class="visually-hidden">"建议内容"</legend>
                        <div class="field wide">
                            <label for="d-title">"案由"</label>
                            <input id="d-title" type="text" required placeholder="如：关于……的建议"
                                prop:value=move || f.title.get() on:input=move |ev| f.title.set(event_target_value(&ev))/>
                        </div>
                        {text_area("d-basis", "案据", "问题的现状、原因和调查研究情况", f.basis, 5)}
                        {text_area("d-ask", "建议", "希望解决什么问题（一事一议）", f.ask, 3)}
                        {text_area("d-measures", "对策", "具体可行的措施", f.measures, 5)}
                        <div class="field">
                            <label for="d-category">"类别"</label>
                            <select id="d-category" required on:change=move |ev| f.category.set(event_target_value(&ev))>
                                <option value="">"请选择"</option>
                                {move || categories().into_iter().map(|(c, name)| {
                                    let sel = { let c = c.clone(); move || f.category.get() == c };
                                    view! { <option value=c prop:selected=sel>{name}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="d-kind">"类型"</label>
                            <select id="d-kind" on:change=move |ev| f.motion.set(event_target_value(&ev) == "motion")>
                                <option value="suggestion" prop:selected=move || !motion_shown()>"建议"</option>
                                <option value="motion" prop:selected=motion_shown>"议案"</option>
                            </select>
                        </div>
                        {move || motion_shown().then(|| {
                            // Raising in the name of a delegation is the
                            // delegation's act, not a box any drafter ticks.
                            let at_delegation = move || app.desk.get() == Desk::Delegation;
                            view! {
                                <label class="check field">
                                    <input type="checkbox" prop:checked=move || f.by_delegation.get()
                                        disabled=move || !at_delegation()
                                        on:change=move |ev| f.by_delegation.set(event_target_checked(&ev))/>
                                    "以代表团名义提出"
                                    {move || (!at_delegation()).then(|| view! {
                                        <span class="note">"（由代表团在“代表团/主席团”工作台确定）"</span>
                                    })}
                                </label>
                            }
                        })}
                        <div class="field">
                            <label for="d-session">"会次"</label>
                            <select id="d-session" on:change=move |ev| f.session.set(event_target_value(&ev))>
                                {move || sessions().into_iter().map(|(id, name)| {
                                    let sel = { let id = id.clone(); move || f.session.get() == id };
                                    view! { <option value=id prop:selected=sel>{name}</option> }
                                }).collect_view()}
                                <option value=RECESS prop:selected=move || f.session.get() == RECESS>"闭会期间"</option>
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
                                            view! { <option value=id prop:selected=sel>{name}</option> }
                                        }).collect_view()}
                                    </optgroup>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="d-date">"业务日期"</label>
                            <input id="d-date" type="date" required prop:value=move || f.date.get()
                                on:input=move |ev| f.date.set(event_target_value(&ev))/>
                        </div>
                        {move || {
                            let list = linked_opinions();
                            (!list.is_empty()).then(|| view! {
                                <div class="field wide">
                                    <span class="label">"来源群众意见"</span>
                                    <ul class="plain">{list.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
                                </div>
                            })
                        }}
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="primary" disabled=move || save.pending().get() || !editable()>
                            {move || if save.pending().get() { text::SAVING } else { "保存草稿" }}
                        </button>
                        {move || existing.filter(|_| is_draft()).map(|id| view! {
                            <button type="button" disabled=move || submit.pending().get() || !editable() || unsaved()
                                title=move || if unsaved() { "请先保存修改" } else { "" }
                                on:click=move |_| { submit.dispatch(id); }>"提交"</button>
                        })}
                        <a class="button" href=Route::Suggestions.href()>"返回列表"</a>
                    </div>
                    {move || local_error.get().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> })}
                    {move || save.value().get().map(|r| match r {
                        Ok(_) => view! { <Notice tone=Tone::Success>"草稿已保存"</Notice> }.into_any(),
                        Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
                    })}
                    {move || submit.value().get().map(|r| match r {
                        Ok(()) => view! { <Notice tone=Tone::Success>"已提交，等待审查"</Notice> }.into_any(),
                        Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
                    })}
                </form>
                {(!imported).then(|| view! { <DraftChecks fields=f id=existing editable=Signal::derive(editable)/> })}
            </div>
            {existing.map(|id| view! { <HandlingPanel id/> <CosignPanel id/> <ReviewPanel id/> })}
        </section>
    }
    .into_any()
}
