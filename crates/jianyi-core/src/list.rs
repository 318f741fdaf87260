//! `SuggestionQuery`: the filters and sort order of the suggestion list, as
//! the URL carries them, and `SuggestionQuery::run`, which applies them.

use crate::ids::{CategoryId, DelegationId, SessionId};
use crate::raising::{Suggestion, SuggestionKind};
use crate::review::Stage;
use crate::state::State;

/// The column the list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Newest first by default.
    #[default]
    Date,
    Title,
    Deputy,
    Delegation,
    Category,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Date,
        SortKey::Title,
        SortKey::Deputy,
        SortKey::Delegation,
        SortKey::Category,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Title => "title",
            SortKey::Deputy => "deputy",
            SortKey::Delegation => "delegation",
            SortKey::Category => "category",
        }
    }

    pub fn from_code(code: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Which session a suggestion was raised at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionFilter {
    Recess,
    Session(SessionId),
}

/// Where in its life an item is, as the list filters it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageFilter {
    Draft,
    InReview,
    Returned,
    Accepted,
    Merged,
    NotAccepted,
}

impl StageFilter {
    pub const ALL: [StageFilter; 6] = [
        StageFilter::Draft,
        StageFilter::InReview,
        StageFilter::Returned,
        StageFilter::Accepted,
        StageFilter::Merged,
        StageFilter::NotAccepted,
    ];

    pub fn code(self) -> &'static str {
        match self {
            StageFilter::Draft => "draft",
            StageFilter::InReview => "review",
            StageFilter::Returned => "returned",
            StageFilter::Accepted => "accepted",
            StageFilter::Merged => "merged",
            StageFilter::NotAccepted => "not_accepted",
        }
    }

    pub fn from_code(code: &str) -> Option<StageFilter> {
        StageFilter::ALL.into_iter().find(|f| f.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            StageFilter::Draft => "草稿",
            StageFilter::InReview => "审查中",
            StageFilter::Returned => "退回修改",
            StageFilter::Accepted => "已立案",
            StageFilter::Merged => "已并案",
            StageFilter::NotAccepted => "不予立案",
        }
    }

    /// Whether a stage passes the filter.
    pub fn admits(self, stage: Stage) -> bool {
        match stage {
            Stage::Draft => self == StageFilter::Draft,
            Stage::InReview(_) => self == StageFilter::InReview,
            Stage::Returned(_) => self == StageFilter::Returned,
            Stage::Accepted => self == StageFilter::Accepted,
            Stage::Merged(_) => self == StageFilter::Merged,
            Stage::NotAccepted => self == StageFilter::NotAccepted,
        }
    }
}

/// The list's filters and order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestionQuery {
    /// Words that must all appear in the title or text.
    pub text: String,
    pub category: Option<CategoryId>,
    pub delegation: Option<DelegationId>,
    pub session: Option<SessionFilter>,
    pub kind: Option<SuggestionKind>,
    pub stage: Option<StageFilter>,
    pub sort: SortKey,
    /// Reverse the column's natural order.
    pub reverse: bool,
}

impl SuggestionQuery {
    /// The suggestions that pass the filters, in order.
    pub fn run<'a>(&self, state: &'a State) -> Vec<&'a Suggestion> {
        let words: Vec<&str> = self.text.split_whitespace().collect();
        let mut list: Vec<&Suggestion> = state
            .raising
            .suggestions
            .values()
            .filter(|s| {
                let d = &s.draft;
                let deputy = state.directory.deputies.get(&d.lead_deputy);
                words.iter().all(|w| {
                    d.title.contains(w)
                        || d.basis.contains(w)
                        || d.ask.contains(w)
                        || d.measures.contains(w)
                        || deputy.is_some_and(|p| p.name.contains(w))
                }) && self.category.is_none_or(|c| d.category == c)
                    && self
                        .delegation
                        .is_none_or(|g| deputy.is_some_and(|p| p.delegation == g))
                    && self.session.is_none_or(|f| match f {
                        SessionFilter::Recess => d.session.is_none(),
                        SessionFilter::Session(id) => d.session == Some(id),
                    })
                    && self.kind.is_none_or(|k| state.kind(s) == k)
                    && self.stage.is_none_or(|f| f.admits(state.stage(s.id)))
            })
            .collect();
        let delegation_of = |s: &Suggestion| {
            state
                .delegation_of(s)
                .map(|g| state.delegation_name(g).to_string())
                .unwrap_or_default()
        };
        match self.sort {
            SortKey::Date => list.sort_by(|a, b| {
                (b.created_on, &b.draft.title).cmp(&(a.created_on, &a.draft.title))
            }),
            SortKey::Title => list.sort_by(|a, b| a.draft.title.cmp(&b.draft.title)),
            SortKey::Deputy => list.sort_by(|a, b| {
                (state.deputy_name(a.draft.lead_deputy), &a.draft.title)
                    .cmp(&(state.deputy_name(b.draft.lead_deputy), &b.draft.title))
            }),
            SortKey::Delegation => {
                list.sort_by_cached_key(|s| (delegation_of(s), s.draft.title.clone()))
            }
            SortKey::Category => list.sort_by(|a, b| {
                (state.category_name(a.draft.category), &a.draft.title)
                    .cmp(&(state.category_name(b.draft.category), &b.draft.title))
            }),
        }
        if self.reverse {
            list.reverse();
        }
        list
    }
}
