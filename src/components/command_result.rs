//! `CommandResult`: what became of the last command of a form's action:
//! saved, or refused with the reason in Chinese.

use leptos::prelude::*;

use crate::components::{Notice, Tone};
use jianyi_core::Command;

use crate::engine::DispatchError;

/// Shows the outcome of a form's action, if it has one.
#[component]
pub fn CommandResult(
    action: Action<Command, Result<(), DispatchError>>,
    #[prop(into)] saved: String,
) -> impl IntoView {
    move || {
        let saved = saved.clone();
        action.value().get().map(move |r| match r {
            Ok(()) => view! { <Notice tone=Tone::Success>{saved.clone()}</Notice> }.into_any(),
            Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
        })
    }
}
