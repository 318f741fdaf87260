//! `App`: the root component of an entry page. It opens the data set once
//! (`state::boot`), then shows the header, the notices and the view the hash
//! names, drawn by the page's own `Views`; if the browser's storage cannot
//! be opened it says why and offers nothing that could lose data. `start`
//! mounts it: each page's binary (src/bin/page_*.rs) calls it with the
//! views it holds, so its wasm links only those screens.

use leptos::prelude::*;

use crate::components::{AppHeader, DemoBanner, LostDataNotice, Notice, Tone};
use crate::router::{HashUrl, Page, Route, provide_router};
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

/// What an entry page draws for each route it holds; routes of other pages
/// never reach it (they are forwarded), an unknown one it says so.
pub type Views = fn(Route) -> AnyView;

/// What a page shows for a route it does not hold: an unknown address
/// (routes of other pages are forwarded before they get here).
pub fn not_found(route: Route) -> AnyView {
    let path = match route {
        Route::NotFound(path) => path,
        other => other.href(),
    };
    view! { <crate::pages::NotFoundPage path/> }.into_any()
}

/// Mounts the app of entry page `page`: called by the page's `main`.
pub fn start(page: Page, deciders: jianyi_core::decide::Deciders, views: Views) {
    console_error_panic_hook::set_once();
    // The demo's setting-up (its key, the other office trusted) may run at
    // boot on any page: the exchange's small decide is every page's.
    crate::engine::set_deciders(jianyi_core::decide::Deciders {
        exchange: jianyi_core::exchange::decide,
        ..deciders
    });
    // An address naming a view of another page (an old bookmark, a typed
    // address) goes there at once, before any data is opened.
    let hash = window().location().hash().unwrap_or_default();
    if let Some(owner) = Route::from_url(&HashUrl::parse(&hash)).page()
        && owner != page
    {
        let _ = window()
            .location()
            .replace(&format!("./{}{hash}", owner.file()));
        return;
    }
    leptos::mount::mount_to_body(move || view! { <App page views/> });
    crate::platform::keep_app_offline();
    // The static "loading" line of the page has done its job.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}

/// The whole app of one entry page.
#[component]
pub fn App(page: Page, views: Views) -> impl IntoView {
    provide_router(page);
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
            view! { <Shell views/> }.into_any()
        }
        Phase::Failed(error) => view! { <StorageFailure error/> }.into_any(),
    }
}

/// The header, banners and current view of a booted app.
#[component]
fn Shell(views: Views) -> impl IntoView {
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
        <LostDataNotice/>
        {app.read_only.then(|| view! { <Notice tone=Tone::Warning>{text::READ_ONLY}</Notice> })}
        {move || app.writer_released.get().then(|| view! {
            <Notice tone=Tone::Info>"另一个标签页已关闭：刷新本页即可在此处操作。"</Notice>
        })}
        {load_errors.into_iter().map(|e| view! { <Notice tone=Tone::Error>{e}</Notice> }).collect_view()}
        {move || app.pref_warning.get().map(|w| view! { <Notice tone=Tone::Warning>{w}</Notice> })}
        <main id="main" tabindex="-1">
            {move || {
                let route = router.route();
                match route.page() {
                    Some(owner) if owner != router.page() => {
                        router.forward(owner);
                        view! { <p class="boot" role="status">"正在打开……"</p> }.into_any()
                    }
                    Some(_) | None => views(route),
                }
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
