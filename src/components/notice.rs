//! `Notice`: a message box for errors, warnings and confirmations, announced
//! to screen readers.

use leptos::prelude::*;

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Success,
    Warning,
    Error,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Info => "notice notice-info",
            Tone::Success => "notice notice-success",
            Tone::Warning => "notice notice-warning",
            Tone::Error => "notice notice-error",
        }
    }
}

/// A message box; errors use `role="alert"`, the rest `role="status"`.
#[component]
pub fn Notice(tone: Tone, children: Children) -> impl IntoView {
    let role = if tone == Tone::Error {
        "alert"
    } else {
        "status"
    };
    view! { <div class=tone.class() role=role>{children()}</div> }
}
