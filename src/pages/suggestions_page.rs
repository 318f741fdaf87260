//! `SuggestionsPage`: the suggestion list as a sortable table, its filters
//! and order in the URL hash so a view can be bookmarked and reloaded.

use jianyi_core::State;
use jianyi_core::list::{SessionFilter, SortKey, StageFilter, SuggestionQuery};
use jianyi_core::raising::SuggestionKind;
use leptos::prelude::*;

use crate::router::{HashUrl, Route, hash_href, use_router};
use crate::state::use_app_state;

const KIND_SUGGESTION: &str = "suggestion";
const KIND_MOTION: &str = "motion";
const RECESS: &str = "recess";

/// Reads the list's query from the URL.
fn query_of(url: &HashUrl) -> SuggestionQuery {
    SuggestionQuery {
        text: url.param("q").unwrap_or_default().to_string(),
        category: url.param("category").and_then(|c| c.parse().ok()),
        delegation: url.param("delegation").and_then(|d| d.parse().ok()),
        session: url.param("session").and_then(|s| match s {
            RECESS => Some(SessionFilter::Recess),
            id => id.parse().ok().map(SessionFilter::Session),
        }),
        kind: match url.param("kind") {
            Some(KIND_SUGGESTION) => Some(SuggestionKind::Suggestion),
            Some(KIND_MOTION) => Some(SuggestionKind::Motion),
            _ => None,
        },
        stage: url.param("stage").and_then(StageFilter::from_code),
        sort: url
            .param("sort")
            .and_then(SortKey::from_code)
            .unwrap_or_default(),
        reverse: url.param("rev") == Some("1"),
    }
}

/// Writes the list's query as a hash URL.
fn href_of(q: &SuggestionQuery) -> String {
    let delegation = q.delegation.map(|d| d.to_string()).unwrap_or_default();
    let category = q.category.map(|c| c.to_string()).unwrap_or_default();
    let session = match q.session {
        None => String::new(),
        Some(SessionFilter::Recess) => RECESS.to_string(),
        Some(SessionFilter::Session(id)) => id.to_string(),
    };
    let kind = match q.kind {
        None => "",
        Some(SuggestionKind::Suggestion) => KIND_SUGGESTION,
        Some(SuggestionKind::Motion) => KIND_MOTION,
    };
    let sort = if q.sort == SortKey::default() {
        ""
    } else {
        q.sort.code()
    };
    hash_href(
        &["suggestions"],
        &[
            ("q", q.text.as_str()),
            ("category", category.as_str()),
            ("delegation", delegation.as_str()),
            ("session", session.as_str()),
            ("kind", kind),
            ("stage", q.stage.map_or("", |f| f.code())),
            ("sort", sort),
            ("rev", if q.reverse { "1" } else { "" }),
        ],
    )
}

/// One row of the table, computed from the state; a row is redrawn only
/// when something in it changed.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Row {
    href: String,
    title: String,
    kind: &'static str,
    deputy: String,
    delegation: String,
    category: String,
    session: String,
    date: String,
    stage: String,
    number: String,
    signers: usize,
    key: bool,
    /// An assigned item's warning colour today.
    colour: Option<jianyi_core::handling::Colour>,
}

fn rows(state: &State, q: &SuggestionQuery) -> Vec<Row> {
    q.run(state)
        .into_iter()
        .map(|s| {
            let deputy = state.directory.deputies.get(&s.draft.lead_deputy);
            Row {
                href: Route::Suggestion(s.id.to_string()).href(),
                title: s.draft.title.clone(),
                kind: state.kind(s).label(),
                deputy: state.deputy_name(s.draft.lead_deputy).to_string(),
                delegation: deputy
                    .map(|d| state.delegation_name(d.delegation).to_string())
                    .unwrap_or_default(),
                category: state.category_name(s.draft.category).to_string(),
                session: state.session_name(s.draft.session).to_string(),
                date: jianyi_core::dates::ymd(s.created_on),
                // Who handles it, once assigned: the deputy reads it here.
                stage: match state.handling.assignments.get(&s.id) {
                    Some(a) => format!("已交办：{}", crate::handling::units_line(state, a)),
                    None => state.stage(s.id).describe(),
                },
                number: state.number_label(s).unwrap_or_default(),
                signers: s.signers(),
                key: state.key_candidate(s),
                colour: state.handling.assignments.get(&s.id).map(|a| {
                    jianyi_core::handling::warning(state, a, crate::platform::china_today()).colour
                }),
            }
        })
        .collect()
}

/// The list of suggestions.
#[component]
pub fn SuggestionsPage() -> impl IntoView {
    let app = use_app_state();
    let router = use_router();
    let query = Memo::new(move |_| query_of(&router.url()));
    let go = move |change: &dyn Fn(&mut SuggestionQuery)| {
        let mut q = query.get_untracked();
        change(&mut q);
        router.navigate(&href_of(&q));
    };
    let list = Memo::new(move |_| app.domain.with(|s| rows(s, &query.get())));
    let count = move || list.with(Vec::len);

    let header = move |key: SortKey, label: &'static str| {
        let sort = move || {
            let q = query.get();
            if q.sort != key {
                "none"
            } else if q.reverse == (key == SortKey::Date) {
                "ascending"
            } else {
                "descending"
            }
        };
        let href = move || {
            let mut q = query.get();
            q.reverse = q.sort == key && !q.reverse;
            q.sort = key;
            href_of(&q)
        };
        view! {
            <th scope="col" aria-sort=sort>
                <a class="sort" href=href>{label}<span class="sort-mark" aria-hidden="true">{move || match sort() {
                    "ascending" => "▲",
                    "descending" => "▼",
                    _ => "",
                }}</span></a>
            </th>
        }
    };

    let categories = move || {
        app.domain.with(|s| {
            s.directory
                .categories_in_order()
                .map(|c| (c.id.to_string(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let delegations = move || {
        app.domain.with(|s| {
            s.directory
                .delegations_in_order()
                .map(|d| (d.id.to_string(), d.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let sessions = move || {
        app.domain.with(|s| {
            s.directory
                .sessions
                .values()
                .map(|x| (x.id.to_string(), x.name.clone()))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="page">
            <h1>"建议"</h1>
            <form class="form filters" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="f-text">"关键词"</label>
                    <input id="f-text" type="search" placeholder="案由、正文或代表姓名"
                        prop:value=move || query.get().text
                        on:change=move |ev| { let v = event_target_value(&ev); go(&|q| q.text = v.clone()) }/>
                </div>
                <div class="field">
                    <label for="f-category">"类别"</label>
                    <select id="f-category" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go(&|q| q.category = v.parse().ok())
                    }>
                        <option value="">"全部"</option>
                        {move || categories().into_iter().map(|(id, name)| {
                            let selected = { let id = id.clone(); move || query.get().category.map(|c| c.to_string()) == Some(id.clone()) };
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-delegation">"代表团"</label>
                    <select id="f-delegation" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go(&|q| q.delegation = v.parse().ok())
                    }>
                        <option value="">"全部"</option>
                        {move || delegations().into_iter().map(|(id, name)| {
                            let selected = { let id = id.clone(); move || query.get().delegation.map(|d| d.to_string()) == Some(id.clone()) };
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-session">"会次"</label>
                    <select id="f-session" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go(&|q| q.session = match v.as_str() {
                            "" => None,
                            RECESS => Some(SessionFilter::Recess),
                            id => id.parse().ok().map(SessionFilter::Session),
                        })
                    }>
                        <option value="">"全部"</option>
                        {move || sessions().into_iter().map(|(id, name)| {
                            let selected = {
                                let id = id.clone();
                                move || matches!(query.get().session, Some(SessionFilter::Session(s)) if s.to_string() == id)
                            };
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()}
                        <option value=RECESS selected=move || query.get().session == Some(SessionFilter::Recess)>"闭会期间"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="f-kind">"类型"</label>
                    <select id="f-kind" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go(&|q| q.kind = match v.as_str() {
                            KIND_SUGGESTION => Some(SuggestionKind::Suggestion),
                            KIND_MOTION => Some(SuggestionKind::Motion),
                            _ => None,
                        })
                    }>
                        <option value="">"全部"</option>
                        <option value=KIND_SUGGESTION selected=move || query.get().kind == Some(SuggestionKind::Suggestion)>"建议"</option>
                        <option value=KIND_MOTION selected=move || query.get().kind == Some(SuggestionKind::Motion)>"议案"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="f-stage">"状态"</label>
                    <select id="f-stage" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        go(&|q| q.stage = StageFilter::from_code(&v))
                    }>
                        <option value="">"全部"</option>
                        {StageFilter::ALL.into_iter().map(|f| view! {
                            <option value=f.code() selected=move || query.get().stage == Some(f)>{f.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="actions">
                    <a class="button" href=Route::Suggestions.href()>"清除筛选"</a>
                </div>
            </form>
            <p class="count" role="status">{move || format!("共 {} 件", count())}</p>
            <table class="data list">
                <thead>
                    <tr>
                        {header(SortKey::Title, "案由")}
                        <th scope="col">"类型"</th>
                        {header(SortKey::Deputy, "领衔代表")}
                        {header(SortKey::Delegation, "代表团")}
                        {header(SortKey::Category, "类别")}
                        <th scope="col">"会次"</th>
                        <th scope="col">"联名"</th>
                        {header(SortKey::Date, "日期")}
                        <th scope="col">"状态"</th>
                        <th scope="col">"案号"</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || list.get() key=|r: &Row| r.clone() let:r>
                        <tr>
                            <td><a href=r.href>{r.title}</a>{r.key.then(|| view! { " " <span class="mark key">"重点候选"</span> })}</td>
                            <td>{r.kind}</td>
                            <td>{r.deputy}</td>
                            <td>{r.delegation}</td>
                            <td>{r.category}</td>
                            <td>{r.session}</td>
                            <td class="num">{r.signers}</td>
                            <td class="date">{r.date}</td>
                            <td>{r.colour.map(|c| view! { <span class=format!("light {}", c.code())>{c.label()}</span>" " })}{r.stage}</td>
                            <td>{r.number}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
            {move || (count() == 0).then(|| view! { <p class="empty">"没有符合条件的建议。"</p> })}
        </section>
    }
}
