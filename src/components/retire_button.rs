//! `RetireButton`: takes a directory entry out of use (停用), or puts it
//! back (恢复). Retired entries stay in history and in old records.

use jianyi_core::directory::{DirectoryCommand, EntryRef};
use leptos::prelude::*;

use crate::components::{Notice, Tone};
use crate::state::use_app_state;

/// 停用 / 恢复 for one entry, with the refusal shown beside it.
#[component]
pub fn RetireButton(entry: EntryRef, retired: bool, name: String) -> impl IntoView {
    let app = use_app_state();
    let act = app.command_action();
    let (label, aria) = if retired {
        ("恢复", format!("恢复使用{name}"))
    } else {
        ("停用", format!("停用{name}"))
    };
    let on_click = move |_| {
        let cmd = if retired {
            DirectoryCommand::Reinstate(entry)
        } else {
            DirectoryCommand::Retire(entry)
        };
        act.dispatch(cmd.into());
    };
    view! {
        <button type="button" class="link" aria-label=aria disabled=move || act.pending().get() || app.read_only on:click=on_click>
            {label}
        </button>
        {move || act.value().get().and_then(|r| r.err()).map(|e| view! { <Notice tone=Tone::Error>{e.message_zh()}</Notice> })}
    }
}
