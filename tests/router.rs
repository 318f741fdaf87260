//! Browser tests of the hash router: parsing, Chinese in the query, and the
//! address of every view.
#![cfg(target_arch = "wasm32")]

use jianyi::router::{Directory, HashUrl, Page, Route, hash_href};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn chinese_filters_survive_a_round_trip_through_the_hash() {
    let href = hash_href(
        &["suggestions"],
        &[("category", "道路交通"), ("q", "城关镇 路灯"), ("kind", "")],
    );
    assert!(
        href.starts_with("./suggestions.html#/suggestions?category=%E9%81%93"),
        "{href}"
    );
    assert!(
        !href.contains("kind="),
        "empty values leave no trace: {href}"
    );
    let url = HashUrl::parse(&href);
    assert_eq!(url.segments, vec!["suggestions"]);
    assert_eq!(url.param("category"), Some("道路交通"));
    assert_eq!(url.param("q"), Some("城关镇 路灯"));
    assert_eq!(url.param("kind"), None);
}

#[wasm_bindgen_test]
fn every_route_is_read_back_from_its_own_address() {
    let id = "0b6c5c1e-9b8e-4a55-8d4e-6b1f1a2b3c4d".to_string();
    let mut routes = vec![
        Route::Home,
        Route::Suggestions,
        Route::NewDraft,
        Route::Suggestion(id.clone()),
        Route::Print(id.clone()),
        Route::Surveys,
        Route::SurveyOn(id),
        Route::Opinions,
        Route::Reviews,
        Route::Settings,
    ];
    routes.extend(Directory::ALL.into_iter().map(Route::Directory));
    for route in routes {
        assert_eq!(Route::from_url(&HashUrl::parse(&route.href())), route);
    }
}

#[wasm_bindgen_test]
fn every_route_lives_on_one_entry_page_and_its_address_names_that_page() {
    let id = "0b6c5c1e-9b8e-4a55-8d4e-6b1f1a2b3c4d".to_string();
    let id2 = id.clone();
    let cases = [
        (Route::Home, Page::Index),
        (Route::Settings, Page::Settings),
        (Route::Suggestions, Page::Suggestions),
        (Route::Opinions, Page::Suggestions),
        (Route::NewDraft, Page::Item),
        (Route::Suggestion(id.clone()), Page::Item),
        (Route::Print(id), Page::Item),
        (Route::Reviews, Page::Reviews),
        (Route::Directory(Directory::Units), Page::Directories),
        (Route::Exchange, Page::Exchange),
        (Route::Import, Page::Import),
        (Route::Conflicts, Page::Conflicts),
        (Route::Assign, Page::Handling),
        (Route::AssignList(id2.clone()), Page::Handling),
        (Route::Inbox, Page::Handling),
        (Route::Warnings, Page::Handling),
        (Route::Handle(id2.clone()), Page::Handle),
        (Route::Letters(id2.clone(), id2.clone()), Page::Handle),
        (Route::Surveys, Page::Evaluation),
        (Route::SurveyOn(id2.clone()), Page::Evaluation),
    ];
    for (route, page) in cases {
        assert_eq!(route.page(), Some(page), "{route:?}");
        let href = route.href();
        assert!(href.starts_with(&format!("./{}#/", page.file())), "{href}");
        assert_eq!(Page::of_path(href.split('#').next().unwrap()), page);
    }
    assert_eq!(Route::NotFound("x".into()).page(), None);
    assert_eq!(Page::of_path("/jianyi/"), Page::Index);
    assert_eq!(Page::of_path("/jianyi/item.html"), Page::Item);
    assert_eq!(Page::of_path("/"), Page::Index);
}

#[wasm_bindgen_test]
fn an_unknown_address_is_named_not_found() {
    assert_eq!(
        Route::from_url(&HashUrl::parse("#/no/such/view")),
        Route::NotFound("no/such/view".into())
    );
    assert_eq!(
        Route::from_url(&HashUrl::parse("#/directories/planets")),
        Route::NotFound("directories/planets".into())
    );
    assert_eq!(Route::from_url(&HashUrl::parse("")), Route::Home);
}
