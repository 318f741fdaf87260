//! The hash router: `Route`, parsed from `location.hash`, the `Page` (entry
//! page) each route lives on, and the signal that follows the hash.
//!
//! Views live in the hash (`suggestions.html#/suggestions?category=…`),
//! never in a path a server must know, so any static host serves every view
//! from a plain file and a reload or a bookmark opens the same view, at the
//! root or under a sub-path. The app is split into a few entry pages, each
//! its own small wasm (`Page`): a link to a route of another page loads that
//! page; an address naming a route of another page is forwarded there, so
//! old bookmarks (`./#/suggestions`) keep working. leptos_router follows the
//! path only, hence this small router.

pub use jianyi_core::directory::import::Directory;
use leptos::prelude::*;

/// A parsed hash: path segments and query pairs, both percent-decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HashUrl {
    pub segments: Vec<String>,
    pub query: Vec<(String, String)>,
}

impl HashUrl {
    /// Parses `#/a/b?x=1&y=2` (or a whole `page.html#/a/b?x=1`); the `#`
    /// and the leading `/` are optional.
    pub fn parse(hash: &str) -> HashUrl {
        let hash = hash.split_once('#').map_or(hash, |(_, h)| h);
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

/// Builds the address of a view from path segments and query pairs — the
/// entry page that shows it, then the hash — leaving out empty values so a
/// cleared filter leaves no trace in the URL.
pub fn hash_href(segments: &[&str], query: &[(&str, &str)]) -> String {
    let mut out = format!("./{}#/", Page::of_segments(segments).file());
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

/// The entry pages: each is its own HTML file and wasm, holding the views
/// of a group of desks' work, so whichever page a clerk opens first loads
/// only its own screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// 首页.
    Index,
    /// 建议 (the list), 群众意见.
    Suggestions,
    /// 起草建议, one suggestion (its text, co-signers, review), its print.
    Item,
    /// 审查: the review queues.
    Reviews,
    /// 名册: the directories and their import.
    Directories,
    /// 交换: identity, partners, packets out, backup, history.
    Exchange,
    /// 冲突: the conflicts a person resolves.
    Conflicts,
    /// 导入: a packet or backup in, with its preview; the held events.
    Import,
    /// 交办 and its lists per unit, the unit's inbox, the warning board.
    Handling,
    /// 设置: the office and every settings group with its history.
    Settings,
    /// 办理: one item at a unit's desk, and its printed 答复函.
    Handle,
    /// 督办: key suggestions and their list, one item's oversight.
    Supervision,
    /// 评议: the satisfaction surveys and their tasks.
    Evaluation,
    /// 统计: the figures of a session or year, with their charts.
    Figures,
    /// 台账导入: an office's existing Excel ledger in.
    Ledger,
}

impl Page {
    pub const ALL: [Page; 15] = [
        Page::Index,
        Page::Suggestions,
        Page::Item,
        Page::Reviews,
        Page::Directories,
        Page::Exchange,
        Page::Conflicts,
        Page::Import,
        Page::Handling,
        Page::Settings,
        Page::Handle,
        Page::Supervision,
        Page::Evaluation,
        Page::Figures,
        Page::Ledger,
    ];

    /// The page's file, beside the others in the app's folder.
    pub fn file(self) -> &'static str {
        match self {
            Page::Index => "index.html",
            Page::Suggestions => "suggestions.html",
            Page::Item => "item.html",
            Page::Reviews => "reviews.html",
            Page::Directories => "directories.html",
            Page::Exchange => "exchange.html",
            Page::Conflicts => "conflicts.html",
            Page::Import => "import.html",
            Page::Handling => "handling.html",
            Page::Settings => "settings.html",
            Page::Handle => "handle.html",
            Page::Supervision => "supervision.html",
            Page::Evaluation => "evaluation.html",
            Page::Figures => "figures.html",
            Page::Ledger => "ledger.html",
        }
    }

    /// The page that shows the view these hash segments name.
    fn of_segments(segments: &[&str]) -> Page {
        match segments {
            ["suggestions"] | ["opinions"] => Page::Suggestions,
            ["suggestions", ..] => Page::Item,
            ["reviews", ..] => Page::Reviews,
            ["directories", ..] => Page::Directories,
            ["exchange"] => Page::Exchange,
            ["conflicts"] => Page::Conflicts,
            ["import"] => Page::Import,
            ["ledger"] => Page::Ledger,
            ["assign", ..] | ["inbox"] | ["warnings"] | ["followups"] => Page::Handling,
            ["handle", ..] | ["feedback", ..] => Page::Handle,
            ["surveys", ..]
            | ["appraisals"]
            | ["meetings", _]
            | ["votes", _]
            | ["dreviews", _]
            | ["screen", _, _]
            | ["ranking"]
            | ["ereports"] => Page::Evaluation,
            ["settings"] => Page::Settings,
            ["figures"] => Page::Figures,
            ["key"]
            | ["oversight", ..]
            | ["records", ..]
            | ["groups", ..]
            | ["actions"]
            | ["procuratorate"]
            | ["report"]
            | ["mine"] => Page::Supervision,
            _ => Page::Index,
        }
    }

    /// The page a location's path names (`/jianyi/item.html`); the folder
    /// itself (`/jianyi/`) is the index page.
    pub fn of_path(path: &str) -> Page {
        let file = path.rsplit('/').next().unwrap_or_default();
        Page::ALL
            .into_iter()
            .find(|p| p.file() == file)
            .unwrap_or(Page::Index)
    }
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
    /// 交换: packets between offices, backup and restore.
    Exchange,
    /// 导入: a packet or a whole backup in, previewed first.
    Import,
    /// 台账导入: an existing Excel ledger in, mapped and previewed first.
    Ledger,
    /// 冲突: what two offices changed at once, for a person to resolve.
    Conflicts,
    /// 交办: accepted items waiting for their units, the returns asked,
    /// the lists per unit; filters in the query.
    Assign,
    /// The printable 交办清单 of one unit, by id.
    AssignList(String),
    /// 承办单位 desk: the items assigned to a unit, its unit in the query.
    Inbox,
    /// 预警: every assigned item's colour, filters in the query.
    Warnings,
    /// 办理: one assigned item at a unit's desk, by id; the unit in the
    /// query where one browser serves several.
    Handle(String),
    /// The printable 答复函 of one unit's reply on an item: (item, unit).
    Letters(String, String),
    /// 征询意见: the replies waiting for the deputies' feedback.
    Feedback,
    /// The deputies' feedback on one item's replies, by id.
    FeedbackOn(String),
    /// 承诺跟踪: the commitments to follow up, the year in the query.
    FollowUps,
    /// 满意度测评: the surveys and the tasks of the failed ones.
    Surveys,
    /// One item's surveys and the survey form, by item id ("new": the item
    /// chosen on the form); a re-survey's survey in the query.
    SurveyOn(String),
    /// 评议测评: the meetings, votes, department reviews and reports.
    Appraisals,
    /// 统计: the figures, the scope in the query (session=<id>|recess, or
    /// year=<yyyy>).
    Figures,
    /// A committee evaluation meeting by id ("new": the form).
    Meeting(String),
    /// The congress's anonymous vote by id ("new": the double entry).
    Vote(String),
    /// A department review by id ("new": choosing the unit and drawing).
    DepartmentReview(String),
    /// The big screen of a meeting ("meeting") or a vote ("vote"), by id.
    Screen(String, String),
    /// 先进单位评选: the ranking, the year in the query.
    Ranking,
    /// 评价报告: the lead deputies' reports and the self-check reports.
    EvaluationReports,
    /// 重点建议: a session's principle, candidates and key list, the
    /// session in the query.
    KeyItems,
    /// 督办: one item's responsibilities, key mark and manual warnings.
    Oversight(String),
    /// 督办记录: every supervision held.
    Records,
    /// A new supervision record, the item in the query.
    NewRecord,
    /// One supervision record, by id.
    Record(String),
    /// A record's meeting summary (会议纪要), printable.
    Summary(String),
    /// 督办组: the groups, and the form that sets them up.
    Groups,
    /// One group, by id.
    Group(String),
    /// 督办事项: every follow-up with its colour.
    Actions,
    /// 检察衔接: referrals to the procuratorate and its suggestions.
    Procuratorate,
    /// 重点建议办理进展报告 of a date, in the query, with its 批示.
    Report,
    /// 我的督办: a leader's, a committee body's or a deputy's own.
    Mine,
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
            ["exchange"] => Route::Exchange,
            ["import"] => Route::Import,
            ["ledger"] => Route::Ledger,
            ["conflicts"] => Route::Conflicts,
            ["opinions"] => Route::Opinions,
            ["reviews"] => Route::Reviews,
            ["suggestions", id, "print"] => Route::Print(id.to_string()),
            ["assign"] => Route::Assign,
            ["assign", unit] => Route::AssignList(unit.to_string()),
            ["inbox"] => Route::Inbox,
            ["warnings"] => Route::Warnings,
            ["handle", id] => Route::Handle(id.to_string()),
            ["handle", id, "letters", unit] => Route::Letters(id.to_string(), unit.to_string()),
            ["feedback"] => Route::Feedback,
            ["feedback", id] => Route::FeedbackOn(id.to_string()),
            ["followups"] => Route::FollowUps,
            ["surveys"] => Route::Surveys,
            ["surveys", id] => Route::SurveyOn(id.to_string()),
            ["appraisals"] => Route::Appraisals,
            ["figures"] => Route::Figures,
            ["meetings", id] => Route::Meeting(id.to_string()),
            ["votes", id] => Route::Vote(id.to_string()),
            ["dreviews", id] => Route::DepartmentReview(id.to_string()),
            ["screen", kind, id] => Route::Screen(kind.to_string(), id.to_string()),
            ["ranking"] => Route::Ranking,
            ["ereports"] => Route::EvaluationReports,
            ["key"] => Route::KeyItems,
            ["oversight", id] => Route::Oversight(id.to_string()),
            ["records"] => Route::Records,
            ["records", "new"] => Route::NewRecord,
            ["records", id] => Route::Record(id.to_string()),
            ["records", id, "summary"] => Route::Summary(id.to_string()),
            ["groups"] => Route::Groups,
            ["groups", id] => Route::Group(id.to_string()),
            ["actions"] => Route::Actions,
            ["procuratorate"] => Route::Procuratorate,
            ["report"] => Route::Report,
            ["mine"] => Route::Mine,
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
            Route::Exchange => hash_href(&["exchange"], &[]),
            Route::Import => hash_href(&["import"], &[]),
            Route::Ledger => hash_href(&["ledger"], &[]),
            Route::Conflicts => hash_href(&["conflicts"], &[]),
            Route::Opinions => hash_href(&["opinions"], &[]),
            Route::Reviews => hash_href(&["reviews"], &[]),
            Route::Print(id) => hash_href(&["suggestions", id, "print"], &[]),
            Route::Assign => hash_href(&["assign"], &[]),
            Route::AssignList(unit) => hash_href(&["assign", unit], &[]),
            Route::Inbox => hash_href(&["inbox"], &[]),
            Route::Warnings => hash_href(&["warnings"], &[]),
            Route::Handle(id) => hash_href(&["handle", id], &[]),
            Route::Letters(id, unit) => hash_href(&["handle", id, "letters", unit], &[]),
            Route::Feedback => hash_href(&["feedback"], &[]),
            Route::FeedbackOn(id) => hash_href(&["feedback", id], &[]),
            Route::FollowUps => hash_href(&["followups"], &[]),
            Route::Surveys => hash_href(&["surveys"], &[]),
            Route::SurveyOn(id) => hash_href(&["surveys", id], &[]),
            Route::Appraisals => hash_href(&["appraisals"], &[]),
            Route::Figures => hash_href(&["figures"], &[]),
            Route::Meeting(id) => hash_href(&["meetings", id], &[]),
            Route::Vote(id) => hash_href(&["votes", id], &[]),
            Route::DepartmentReview(id) => hash_href(&["dreviews", id], &[]),
            Route::Screen(kind, id) => hash_href(&["screen", kind, id], &[]),
            Route::Ranking => hash_href(&["ranking"], &[]),
            Route::EvaluationReports => hash_href(&["ereports"], &[]),
            Route::KeyItems => hash_href(&["key"], &[]),
            Route::Oversight(id) => hash_href(&["oversight", id], &[]),
            Route::Records => hash_href(&["records"], &[]),
            Route::NewRecord => hash_href(&["records", "new"], &[]),
            Route::Record(id) => hash_href(&["records", id], &[]),
            Route::Summary(id) => hash_href(&["records", id, "summary"], &[]),
            Route::Groups => hash_href(&["groups"], &[]),
            Route::Group(id) => hash_href(&["groups", id], &[]),
            Route::Actions => hash_href(&["actions"], &[]),
            Route::Procuratorate => hash_href(&["procuratorate"], &[]),
            Route::Report => hash_href(&["report"], &[]),
            Route::Mine => hash_href(&["mine"], &[]),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The entry page that shows this route; an unknown address is said so
    /// on whichever page it was opened.
    pub fn page(&self) -> Option<Page> {
        match self {
            Route::NotFound(_) => None,
            other => Some(Page::of_segments(
                &HashUrl::parse(&other.href())
                    .segments
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>(),
            )),
        }
    }

    /// The navigation entry this route belongs to, for `aria-current`.
    pub fn section(&self) -> Route {
        match self {
            Route::Suggestion(_) | Route::Print(_) => Route::Suggestions,
            Route::Directory(_) => Route::Directory(Directory::Deputies),
            Route::Import => Route::Exchange,
            Route::Ledger => Route::Figures,
            Route::AssignList(_) => Route::Assign,
            Route::Handle(_) | Route::Letters(..) => Route::Inbox,
            Route::FeedbackOn(_) => Route::Feedback,
            Route::SurveyOn(_) => Route::Surveys,
            Route::Meeting(_)
            | Route::Vote(_)
            | Route::DepartmentReview(_)
            | Route::Screen(..)
            | Route::Ranking
            | Route::EvaluationReports => Route::Appraisals,
            Route::Oversight(_)
            | Route::Records
            | Route::NewRecord
            | Route::Record(_)
            | Route::Summary(_)
            | Route::Groups
            | Route::Group(_)
            | Route::Actions
            | Route::Procuratorate
            | Route::Report
            | Route::Mine => Route::KeyItems,
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
    page: Page,
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

    /// The entry page this is.
    pub fn page(&self) -> Page {
        self.page
    }

    /// Navigates: on this page by setting the hash (the hashchange listener
    /// updates state), to another page by loading it.
    pub fn navigate(&self, href: &str) {
        let location = window().location();
        match href.split_once('#') {
            Some((file, hash)) if file.is_empty() || Page::of_path(file) == self.page => {
                let _ = location.set_hash(hash);
            }
            Some(_) | None => {
                let _ = location.assign(href);
            }
        }
    }

    /// Loads `page` in place of this one, with the same hash (the address
    /// named a view of another page: an old bookmark, or a typed address).
    pub fn forward(&self, page: Page) {
        let _ = window()
            .location()
            .replace(&format!("./{}{}", page.file(), current_hash()));
    }
}

/// Provides the router of entry page `page` and starts following
/// `hashchange`.
pub fn provide_router(page: Page) -> Router {
    let url = RwSignal::new(HashUrl::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        url.set(HashUrl::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    let router = Router { url, page };
    provide_context(router);
    router
}

/// The router provided by `provide_router`.
pub fn use_router() -> Router {
    expect_context::<Router>()
}
