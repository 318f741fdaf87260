//! `SuggestionQuery`: the filters and sort order of the suggestion list, as
//! the URL carries them, and `SuggestionQuery::run`, which applies them.

use crate::ids::{DelegationId, SessionId};
use crate::records::{Stage, Suggestion, SuggestionKind};
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
    pub category: Option<String>,
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
            .suggestions
            .values()
            .filter(|s| {
                let d = &s.draft;
                let deputy = state.deputies.get(&d.lead_deputy);
                words.iter().all(|w| {
                    d.title.contains(w)
                        || d.basis.contains(w)
                        || d.ask.contains(w)
                        || d.measures.contains(w)
                        || deputy.is_some_and(|p| p.name.contains(w))
                }) && self.category.as_ref().is_none_or(|c| &d.category == c)
                    && self
                        .delegation
                        .is_none_or(|g| deputy.is_some_and(|p| p.delegation == g))
                    && self.session.is_none_or(|f| match f {
                        SessionFilter::Recess => d.session.is_none(),
                        SessionFilter::Session(id) => d.session == Some(id),
                    })
                    && self.kind.is_none_or(|k| d.kind == k)
                    && self.stage.is_none_or(|f| f.admits(s.stage))
            })
            .collect();
        let delegation_of = |s: &Suggestion| {
            state
                .deputies
                .get(&s.draft.lead_deputy)
                .map(|p| state.delegation_name(p.delegation).to_string())
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
                (&a.draft.category, &a.draft.title).cmp(&(&b.draft.category, &b.draft.title))
            }),
        }
        if self.reverse {
            list.reverse();
        }
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use chrono::NaiveDate;

    fn state() -> State {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        State::from_events(demo::county(3, today, 1_800_000_000_000))
    }

    #[test]
    fn no_filter_lists_everything_newest_first() {
        let s = state();
        let list = SuggestionQuery::default().run(&s);
        assert_eq!(list.len(), s.suggestions.len());
        assert!(list.windows(2).all(|w| w[0].created_on >= w[1].created_on));
    }

    #[test]
    fn filters_combine() {
        let s = state();
        let q = SuggestionQuery {
            category: Some("道路交通".into()),
            session: Some(SessionFilter::Recess),
            ..SuggestionQuery::default()
        };
        let list = q.run(&s);
        assert!(
            list.iter()
                .all(|x| x.draft.category == "道路交通" && x.draft.session.is_none())
        );
        let expected = s
            .suggestions
            .values()
            .filter(|x| x.draft.category == "道路交通" && x.draft.session.is_none())
            .count();
        assert_eq!(list.len(), expected);
    }

    #[test]
    fn text_matches_every_word_in_title_text_or_deputy() {
        let s = state();
        let q = SuggestionQuery {
            text: "城关镇 道路".into(),
            ..SuggestionQuery::default()
        };
        for x in q.run(&s) {
            let all = format!(
                "{}{}{}{}",
                x.draft.title, x.draft.basis, x.draft.ask, x.draft.measures
            );
            assert!(
                all.contains("城关镇") || s.deputy_name(x.draft.lead_deputy).contains("城关镇")
            );
            assert!(all.contains("道路"));
        }
    }

    #[test]
    fn the_stage_filter_keeps_one_stage_of_life() {
        let s = state();
        for f in StageFilter::ALL {
            let q = SuggestionQuery {
                stage: Some(f),
                ..SuggestionQuery::default()
            };
            let list = q.run(&s);
            assert!(list.iter().all(|x| f.admits(x.stage)));
            let expected = s.suggestions.values().filter(|x| f.admits(x.stage)).count();
            assert_eq!(list.len(), expected, "{f:?}");
            assert!(expected > 0, "the demo has items {}", f.label());
            assert_eq!(StageFilter::from_code(f.code()), Some(f));
        }
    }

    #[test]
    fn delegation_filter_follows_the_lead_deputy() {
        let s = state();
        let g = *s.delegations.keys().next().unwrap();
        let q = SuggestionQuery {
            delegation: Some(g),
            ..SuggestionQuery::default()
        };
        let list = q.run(&s);
        assert!(!list.is_empty());
        assert!(
            list.iter()
                .all(|x| s.deputies[&x.draft.lead_deputy].delegation == g)
        );
    }

    #[test]
    fn sorting_by_title_and_reversing() {
        let s = state();
        let q = SuggestionQuery {
            sort: SortKey::Title,
            ..SuggestionQuery::default()
        };
        let up: Vec<_> = q.run(&s).iter().map(|x| x.draft.title.clone()).collect();
        assert!(up.windows(2).all(|w| w[0] <= w[1]));
        let down: Vec<_> = SuggestionQuery { reverse: true, ..q }
            .run(&s)
            .iter()
            .map(|x| x.draft.title.clone())
            .collect();
        let mut rev = up.clone();
        rev.reverse();
        assert_eq!(down, rev);
    }
}
