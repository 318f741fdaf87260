//! `CommandResult`: what became of the last command of a form: saved, or
//! refused with the reason in Chinese.

use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::engine::DispatchError;

/// Shows the outcome of a form's action, if it has one.
#[component]
pub fn CommandResult(
    result: Signal<Option<Result<(), DispatchError>>>,
    #[prop(into)] saved: String,
) -> impl IntoView {
    move || {
        let saved = saved.clone();
        result.get().map(move |r| match r {
            Ok(()) => view! { <Notice tone=Tone::Success>{saved.clone()}</Notice> }.into_any(),
            Err(e) => view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> }.into_any(),
        })
    }
}
