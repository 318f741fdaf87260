//! What the supervision views share: the directory entries they choose
//! from (leaders as 姓名（职务）, committee bodies), and the one action
//! a supervision form runs, with the sentence its success says.

use jianyi_core::supervision::leader_label;
use jianyi_core::{Command, State};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::state::AppState;

/// The leaders in use, as options (id, 姓名（职务）).
pub fn leader_options(s: &State) -> Vec<(String, String)> {
    s.directory
        .leaders
        .values()
        .filter(|e| !e.retired)
        .map(|e| (e.id.to_string(), leader_label(s, e.id)))
        .collect()
}

/// The committee bodies in use, as options (id, name).
pub fn committee_options(s: &State) -> Vec<(String, String)> {
    s.directory
        .committees
        .values()
        .filter(|e| !e.retired)
        .map(|e| (e.id.to_string(), e.name.clone()))
        .collect()
}

/// The outcome of a supervision form's last command: the success sentence
/// or the refusal in Chinese.
pub type Outcome = RwSignal<Option<Result<String, String>>>;

/// An action that dispatches a command and sets `outcome` to the given
/// sentence or the refusal.
pub fn acting(app: AppState, outcome: Outcome) -> Action<(Command, String), ()> {
    Action::new_local(move |(command, done): &(Command, String)| {
        let (command, done) = (command.clone(), done.clone());
        async move {
            let r = app.dispatch(command).await.map(|_| done);
            outcome.set(Some(r.map_err(|e| e.message_zh())));
        }
    })
}

/// Shows an outcome, if there is one.
#[component]
pub fn OutcomeNotice(outcome: Outcome) -> impl IntoView {
    move || {
        outcome.get().map(|r| match r {
            Ok(done) => view! { <Notice tone=Tone::Success>{done}</Notice> }.into_any(),
            Err(e) => view! { <Notice tone=Tone::Error>{e}</Notice> }.into_any(),
        })
    }
}

/// The supervision pages' own tabs: 重点建议, 督办组, 督办记录, 督办事项,
/// 检察衔接, 我的督办.
#[component]
pub fn SupervisionTabs(current: &'static str) -> impl IntoView {
    let tabs = [
        ("重点建议", crate::router::hash_href(&["key"], &[])),
        ("督办组", crate::router::hash_href(&["groups"], &[])),
        ("督办记录", crate::router::hash_href(&["records"], &[])),
        ("督办事项", crate::router::hash_href(&["actions"], &[])),
        (
            "检察衔接",
            crate::router::hash_href(&["procuratorate"], &[]),
        ),
        ("我的督办", crate::router::hash_href(&["mine"], &[])),
    ];
    view! {
        <nav class="tabs no-print" aria-label="督办">
            {tabs.into_iter().map(|(name, href)| view! {
                <a href=href aria-current=(name == current).then_some("page")>{name}</a>
            }).collect_view()}
        </nav>
    }
}

/// A group of checkboxes choosing several of `options` (value, label).
#[component]
pub fn Checks(
    legend: &'static str,
    options: Vec<(String, String)>,
    chosen: RwSignal<Vec<String>>,
    /// A long list scrolls within its box.
    #[prop(default = false)]
    scroll: bool,
) -> impl IntoView {
    view! {
        <fieldset class=if scroll { "field unit-checks scroll" } else { "field unit-checks" }>
            <legend>{legend}</legend>
            {options.into_iter().map(|(v, label)| {
                let checked = { let v = v.clone(); move || chosen.with(|c| c.contains(&v)) };
                let toggle = move |_| {
                    let v = v.clone();
                    chosen.update(|c| match c.iter().position(|x| *x == v) {
                        Some(i) => { c.remove(i); }
                        None => c.push(v),
                    });
                };
                view! { <label class="check"><input type="checkbox" prop:checked=checked on:change=toggle/>{label}</label> }
            }).collect_view()}
        </fieldset>
    }
}

/// The accepted items as options (id, 案号 案由), in number order.
pub fn item_options(s: &State) -> Vec<(String, String)> {
    let mut out: Vec<(u32, String, String)> = s
        .raising
        .suggestions
        .values()
        .filter(|x| s.stage(x.id) == jianyi_core::review::Stage::Accepted)
        .map(|x| {
            let n = s
                .review_file(x.id)
                .and_then(|f| f.number)
                .map_or(u32::MAX, |(_, n)| n);
            (
                n,
                x.id.to_string(),
                format!(
                    "{} {}",
                    s.number_label(x).unwrap_or_default(),
                    x.draft.title
                ),
            )
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, v, l)| (v, l)).collect()
}

/// An item as a line: 案号 案由.
pub fn item_line(s: &State, item: jianyi_core::SuggestionId) -> String {
    s.raising
        .suggestions
        .get(&item)
        .map(|x| {
            format!(
                "{} {}",
                s.number_label(x).unwrap_or_default(),
                x.draft.title
            )
        })
        .unwrap_or_else(|| "（未知建议）".into())
}

/// A record's participants in one line, by group.
pub fn participants_line(s: &State, p: &jianyi_core::supervision::Participants) -> String {
    use jianyi_core::directory::EntryRef;
    let mut parts = Vec::new();
    if !p.leaders.is_empty() {
        let names: Vec<String> = p.leaders.iter().map(|l| leader_label(s, *l)).collect();
        parts.push(format!("领导：{}", names.join("、")));
    }
    if !p.deputies.is_empty() {
        let names: Vec<&str> = p.deputies.iter().map(|d| s.deputy_name(*d)).collect();
        parts.push(format!("代表：{}", names.join("、")));
    }
    if !p.unit_heads.is_empty() {
        let names: Vec<String> = p
            .unit_heads
            .iter()
            .map(|u| s.directory.entry_name(&EntryRef::Unit(*u)))
            .collect();
        parts.push(format!("单位负责人：{}", names.join("、")));
    }
    if p.entrepreneurs > 0 {
        parts.push(format!("企业家代表{}人", p.entrepreneurs));
    }
    if p.citizens > 0 {
        parts.push(format!("群众代表{}人", p.citizens));
    }
    if !p.others.is_empty() {
        parts.push(format!("其他：{}", p.others));
    }
    format!("{}；共{}人", parts.join("；"), p.count())
}

/// A labelled select of `options` (value, label), with an empty first
/// option saying `none`.
pub fn select_field(
    id: &'static str,
    label: &'static str,
    none: &'static str,
    value: RwSignal<String>,
    options: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="" selected=move || value.get().is_empty()>{none}</option>
                {options.into_iter().map(|(v, n)| {
                    let sel = { let v = v.clone(); move || value.get() == v };
                    view! { <option value=v selected=sel>{n}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled one-line text field.
pub fn text_field(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="text" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}

/// Whether `desk` holds supervision in this copy: the registering office
/// (the committee office; a township presidium in township mode) at its
/// own desk, a committee body's or a leader's; a leader's office's copy
/// bound to its leader, at the leader's desk.
pub fn supervises_here(s: &State, desk: jianyi_core::Desk) -> bool {
    use jianyi_core::Desk;
    if let Some(bound) = jianyi_core::supervision::leaders_office(s) {
        return desk == Desk::Leader && bound.is_some();
    }
    crate::handling::at_office_desk(s, desk)
        || (matches!(desk, Desk::Committee | Desk::Leader)
            && (crate::handling::at_office_desk(s, Desk::CommitteeOffice)
                || crate::handling::at_office_desk(s, Desk::Delegation)))
}

/// The leader a leader's office's copy is bound to, if this is one.
pub fn bound_leader(s: &State) -> Option<jianyi_core::ids::LeaderId> {
    jianyi_core::supervision::leaders_office(s).flatten()
}
