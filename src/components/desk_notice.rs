//! `DeskNotice`: says which desk does an act the chosen desk does not
//! (desks decide what is offered; the core refuses an act at another
//! step's desk too), with a button to switch to it.

use jianyi_core::Desk;
use leptos::prelude::*;

use crate::state::use_app_state;

/// "这件建议待议案组终审，请在“议案组”工作台办理" and the switch.
#[component]
pub fn DeskNotice(
    /// What waits, e.g. 待议案组终审.
    #[prop(into)]
    what: String,
    desk: Desk,
) -> impl IntoView {
    let app = use_app_state();
    view! {
        <div class="notice notice-info desk-notice" role="note">
            <span>{format!("{what}，请在“{}”工作台办理。", desk.label())}</span>
            " "
            <button type="button" on:click=move |_| app.choose_desk(desk)>
                {format!("切换到{}工作台", desk.label())}
            </button>
        </div>
    }
}
