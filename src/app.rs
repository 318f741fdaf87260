//! `App`: the root component. It opens the data set once (`state::boot`),
//! then shows the header, the notices and the view the hash names; if the
//! browser's storage cannot be opened it says why and offers nothing that
//! could lose data.

use leptos::prelude::*;

use crate::components::{AppHeader, DemoBanner, Notice, Tone};
use crate::pages::{
    DirectoryPage, DraftPage, HomePage, NotFoundPage, OpinionsPage, PrintPage, ReviewsPage,
    SettingsPage, SuggestionsPage,
};
use crate::router::{Route, provide_router};
use crate::state::{Booted, boot, provide_app_state, use_app_state};
use crate::storage::StoreError;
use crate::text;

/// Start-up's progress.
#[derive(Clone)]
enum Phase {
    Loading,
    Ready(Booted),
    Failed(StoreError),
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    provide_router();
    let phase = RwSignal::new_local(Phase::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        phase.set(match boot().await {
            Ok(booted) => Phase::Ready(booted),
            Err(e) => Phase::Failed(e),
        });
    });
    move || match phase.get() {
        Phase::Loading => {
            view! { <p class="boot" role="status">"正在读取本机数据……"</p> }.into_any()
        }
        Phase::Ready(booted) => {
            provide_app_state(booted);
            view! { <Shell/> }.into_any()
        }
        Phase::Failed(error) => view! { <StorageFailure error/> }.into_any(),
    }
}

/// The header, banners and current view of a booted app.
#[component]
fn Shell() -> impl IntoView {
    let app = use_app_state();
    let router = crate::router::use_router();
    let load_errors = app.load_errors.get_value();
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&main).focus();
            }
        }>"跳到正文"</a>
        <AppHeader/>
        {app.demo.then(|| view! { <DemoBanner/> })}
        {app.read_only.then(|| view! { <Notice tone=Tone::Warning>{text::READ_ONLY}</Notice> })}
        {load_errors.into_iter().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> }).collect_view()}
        {move || app.pref_warning.get().map(|w| view! { <Notice tone=Tone::Warning>{w}</Notice> })}
        <main id="main" tabindex="-1">
            {move || match router.route() {
                Route::Home => view! { <HomePage/> }.into_any(),
                Route::Suggestions => view! { <SuggestionsPage/> }.into_any(),
                Route::NewDraft => view! { <DraftPage id=None/> }.into_any(),
                Route::Suggestion(id) => view! { <DraftPage id=Some(id)/> }.into_any(),
                Route::Directory(d) => view! { <DirectoryPage directory=d/> }.into_any(),
                Route::Settings => view! { <SettingsPage/> }.into_any(),
                Route::Opinions => view! { <OpinionsPage/> }.into_any(),
                Route::Reviews => view! { <ReviewsPage/> }.into_any(),
                Route::Print(id) => view! { <PrintPage id/> }.into_any(),
                Route::NotFound(path) => view! { <NotFoundPage path/> }.into_any(),
            }}
        </main>
    }
}

/// Shown when the browser's storage cannot be opened. Offers a retry, and
/// nothing that deletes or overwrites.
#[component]
fn StorageFailure(error: StoreError) -> impl IntoView {
    let message = error.message_zh();
    let detail = format!("技术信息：{error}");
    view! {
        <header class="app-header">
            <div class="brand"><span class="brand-name">{text::PRODUCT}</span></div>
        </header>
        <main id="main">
            <section class="page">
                <h1>"无法打开本机数据"</h1>
                <Notice tone=Tone::Error>{message}</Notice>
                <p class="note">{detail}</p>
                <div class="actions">
                    <button type="button" on:click=|_| crate::platform::reload()>"重试"</button>
                    {crate::prefs::demo().then(|| view! {
                        <button type="button" on:click=|_| {
                            if crate::prefs::set_demo(false) {
                                crate::platform::reload();
                            }
                        }>{text::DEMO_LEAVE}</button>
                    })}
                </div>
            </section>
        </main>
    }
}
