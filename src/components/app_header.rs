//! `AppHeader`: the product name, the office, the desk chooser and the
//! navigation the chosen desk offers.

use jianyi_core::Desk;
use leptos::prelude::*;

use crate::router::{Directory, Route, use_router};
use crate::state::use_app_state;
use crate::text;

/// The views a desk is offered. Desks decide what is shown, not who may
/// see it: every view stays reachable by its address. 冲突 sits beside 交换
/// for every desk but the public's.
pub fn nav_for(desk: Desk, township: bool) -> Vec<(Route, &'static str)> {
    let home = (Route::Home, text::NAV_HOME);
    let list = (Route::Suggestions, text::NAV_SUGGESTIONS);
    let draft = (Route::NewDraft, text::NAV_NEW_DRAFT);
    let opinions = (Route::Opinions, text::NAV_OPINIONS);
    let reviews = (Route::Reviews, text::NAV_REVIEWS);
    let directories = (Route::Directory(Directory::Deputies), text::NAV_DIRECTORIES);
    let settings = (Route::Settings, text::NAV_SETTINGS);
    let exchange = (Route::Exchange, text::NAV_EXCHANGE);
    let conflicts = (Route::Conflicts, text::NAV_CONFLICTS);
    let assign = (Route::Assign, text::NAV_ASSIGN);
    let inbox = (Route::Inbox, text::NAV_INBOX);
    let warnings = (Route::Warnings, text::NAV_WARNINGS);
    let feedback = (Route::Feedback, text::NAV_FEEDBACK);
    let follow_ups = (Route::FollowUps, text::NAV_FOLLOW_UPS);
    let key_items = (Route::KeyItems, text::NAV_KEY_ITEMS);
    let surveys = (Route::Surveys, text::NAV_SURVEYS);
    let appraisals = (Route::Appraisals, text::NAV_APPRAISALS);
    let figures = (Route::Figures, text::NAV_FIGURES);
    match desk {
        Desk::Deputy => vec![
            home, opinions, list, draft, feedback, surveys, exchange, conflicts, settings,
        ],
        // In a township the presidium assigns and follows the warnings.
        Desk::Delegation if township => vec![
            home,
            reviews,
            assign,
            warnings,
            key_items,
            feedback,
            surveys,
            appraisals,
            follow_ups,
            figures,
            list,
            directories,
            exchange,
            conflicts,
            settings,
        ],
        Desk::Delegation | Desk::Committee | Desk::MotionsGroup => {
            vec![
                home,
                reviews,
                list,
                directories,
                exchange,
                conflicts,
                settings,
            ]
        }
        Desk::CommitteeOffice => vec![
            home,
            opinions,
            list,
            draft,
            reviews,
            assign,
            warnings,
            key_items,
            feedback,
            surveys,
            appraisals,
            follow_ups,
            figures,
            directories,
            exchange,
            conflicts,
            settings,
        ],
        Desk::Unit => vec![
            home, inbox, list, surveys, appraisals, exchange, conflicts, settings,
        ],
        Desk::Leader => vec![
            home, list, warnings, key_items, follow_ups, exchange, conflicts, settings,
        ],
        Desk::Public => vec![home],
    }
}

/// The banner with the product name, office, desk and navigation.
#[component]
pub fn AppHeader() -> impl IntoView {
    let router = use_router();
    let app = use_app_state();
    let office = move || {
        app.domain
            .with(|s| s.office.profile.as_ref().map(|o| o.name.clone()))
            .unwrap_or_else(|| text::NO_OFFICE.to_string())
    };
    let on_desk = move |ev| {
        if let Some(desk) = Desk::from_code(&event_target_value(&ev)) {
            app.choose_desk(desk);
        }
    };
    let links = move || {
        let section = router.route().section();
        nav_for(
            app.desk.get(),
            app.domain.with(|s| s.settings().rules.township_mode),
        )
        .into_iter()
        .map(|(route, label)| {
            let current = (route == section).then_some("page");
            // 冲突 shows how many wait for a person: 冲突（2）.
            let label = match route {
                Route::Conflicts => app.domain.with(|s| match s.conflicts.len() {
                    0 => label.to_string(),
                    n => format!("{label}（{n}）"),
                }),
                _ => label.to_string(),
            };
            view! { <a href=route.href() aria-current=current>{label}</a> }
        })
        .collect_view()
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <span class="brand-name">{text::PRODUCT}</span>
                <span class="brand-tagline">{office}</span>
            </div>
            <nav aria-label=text::NAV_LABEL class="main-nav">{links}</nav>
            <div class="desk-chooser">
                <label for="desk-select">{text::DESK_LABEL}</label>
                <select id="desk-select" on:change=on_desk>
                    {Desk::ALL
                        .into_iter()
                        .map(|d| view! { <option value=d.code() selected=move || app.desk.get() == d>{d.label()}</option> })
                        .collect_view()}
                </select>
            </div>
        </header>
    }
}
