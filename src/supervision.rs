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
