//! The hash router: `Route`, parsed from `location.hash`, and the signal that
//! follows it.
//!
//! Views live in the hash (`#/suggestions?category=教育&sort=title`), never in
//! the path, so any static host serves every view from the one index.html and
//! a reload or a bookmark opens the same view, at the root or under a
//! sub-path. leptos_router follows the path only, hence this small router.

pub use jianyi_core::directory::import::Directory;
use leptos::prelude::*;

/// A parsed hash: path segments and query pairs, both percent-decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HashUrl {
    pub segments: Vec<String>,
    pub query: Vec<(String, String)>,
}

impl HashUrl {
    /// Parses `#/a/b?x=1&y=2`; the leading `#` and `/` are optional.
    pub fn parse(hash: &str) -> HashUrl {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let segments = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        let query = query
            .split('&')
            .filter(|s| !s.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(k), decode(v))
            })
            .collect();
        HashUrl { segments, query }
    }

    /// The value of a query parameter, if present.
    pub fn param(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Builds a hash URL from path segments and query pairs; empty values are
/// left out so a cleared filter leaves no trace in the URL.
pub fn hash_href(segments: &[&str], query: &[(&str, &str)]) -> String {
    let mut out = String::from("#/");
    out.push_str(
        &segments
            .iter()
            .map(|s| encode(s))
            .collect::<Vec<_>>()
            .join("/"),
    );
    let pairs: Vec<String> = query
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if !pairs.is_empty() {
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    out
}

fn decode(s: &str) -> String {
    js_sys::decode_uri_component(s)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| s.to_string())
}

fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}

/// The views of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// 首页
    Home,
    /// 建议: the list, its filters in the query.
    Suggestions,
    /// 起草建议: a new draft.
    NewDraft,
    /// One suggestion, by id.
    Suggestion(String),
    /// 群众意见: opinions collected at the stations.
    Opinions,
    /// 审查: a desk's review queue, its step and filter in the query.
    Reviews,
    /// The printable 代表建议书 of one suggestion.
    Print(String),
    /// 名册: one directory.
    Directory(Directory),
    /// 设置
    Settings,
    /// A hash that names no view; shown as such, with a way home.
    NotFound(String),
}

impl Route {
    /// The route a hash URL names.
    pub fn from_url(url: &HashUrl) -> Route {
        let segs: Vec<&str> = url.segments.iter().map(String::as_str).collect();
        match segs.as_slice() {
            [] => Route::Home,
            ["suggestions"] => Route::Suggestions,
            ["suggestions", "new"] => Route::NewDraft,
            ["suggestions", id] => Route::Suggestion(id.to_string()),
            ["directories"] => Route::Directory(Directory::Deputies),
            ["directories", code] => match Directory::from_code(code) {
                Some(d) => Route::Directory(d),
                None => Route::NotFound(segs.join("/")),
            },
            ["settings"] => Route::Settings,
            ["opinions"] => Route::Opinions,
            ["reviews"] => Route::Reviews,
            ["suggestions", id, "print"] => Route::Print(id.to_string()),
            other => Route::NotFound(other.join("/")),
        }
    }

    /// The hash that opens this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => hash_href(&[], &[]),
            Route::Suggestions => hash_href(&["suggestions"], &[]),
            Route::NewDraft => hash_href(&["suggestions", "new"], &[]),
            Route::Suggestion(id) => hash_href(&["suggestions", id], &[]),
            Route::Directory(d) => hash_href(&["directories", d.code()], &[]),
            Route::Settings => hash_href(&["settings"], &[]),
            Route::Opinions => hash_href(&["opinions"], &[]),
            Route::Reviews => hash_href(&["reviews"], &[]),
            Route::Print(id) => hash_href(&["suggestions", id, "print"], &[]),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The navigation entry this route belongs to, for `aria-current`.
    pub fn section(&self) -> Route {
        match self {
            Route::Suggestion(_) | Route::Print(_) => Route::Suggestions,
            Route::Directory(_) => Route::Directory(Directory::Deputies),
            other => other.clone(),
        }
    }
}

/// The current hash, from the browser.
fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The router's state, provided once by `provide_router`.
#[derive(Clone, Copy)]
pub struct Router {
    url: RwSignal<HashUrl>,
}

impl Router {
    /// The parsed hash, reactive.
    pub fn url(&self) -> HashUrl {
        self.url.get()
    }

    /// The current route, reactive.
    pub fn route(&self) -> Route {
        self.url.with(Route::from_url)
    }

    /// Navigates by setting the hash; the hashchange listener updates state.
    pub fn navigate(&self, href: &str) {
        let _ = window().location().set_hash(href);
    }
}

/// Provides the router and starts following `hashchange`.
pub fn provide_router() -> Router {
    let url = RwSignal::new(HashUrl::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        url.set(HashUrl::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    let router = Router { url };
    provide_context(router);
    router
}

/// The router provided by `provide_router`.
pub fn use_router() -> Router {
    expect_context::<Router>()
}
