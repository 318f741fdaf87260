//! The suggestion list's filters and order (`SuggestionQuery`), on the
//! demo county.

use jianyi_core::list::{SessionFilter, SortKey, StageFilter, SuggestionQuery};
use jianyi_core::testkit::{Given, today};

/// An office holding the demo county's events.
fn county() -> Given {
    Given::events(jianyi_demo::county(3, today(), 1_800_000_000_000))
}

#[test]
fn no_filter_lists_everything_newest_first() {
    let t = county();
    let s = t.state();
    let list = SuggestionQuery::default().run(s);
    assert_eq!(list.len(), s.raising.suggestions.len());
    assert!(list.windows(2).all(|w| w[0].created_on >= w[1].created_on));
}

#[test]
fn filters_combine() {
    let t = county();
    let s = t.state();
    let roads = t.category("道路交通");
    let q = SuggestionQuery {
        category: Some(roads),
        session: Some(SessionFilter::Recess),
        ..SuggestionQuery::default()
    };
    let list = q.run(s);
    assert!(
        list.iter()
            .all(|x| x.draft.category == roads && x.draft.session.is_none())
    );
    let expected = s
        .raising
        .suggestions
        .values()
        .filter(|x| x.draft.category == roads && x.draft.session.is_none())
        .count();
    assert_eq!(list.len(), expected);
}

#[test]
fn text_matches_every_word_in_title_text_or_deputy() {
    let t = county();
    let s = t.state();
    let q = SuggestionQuery {
        text: "城关镇 道路".into(),
        ..SuggestionQuery::default()
    };
    let list = q.run(s);
    assert!(!list.is_empty());
    for x in list {
        let all = format!(
            "{}{}{}{}",
            x.draft.title, x.draft.basis, x.draft.ask, x.draft.measures
        );
        assert!(all.contains("城关镇") || s.deputy_name(x.draft.lead_deputy).contains("城关镇"));
        assert!(all.contains("道路"));
    }
}

#[test]
fn the_stage_filter_keeps_one_stage_of_life() {
    let t = county();
    let s = t.state();
    for f in StageFilter::ALL {
        let q = SuggestionQuery {
            stage: Some(f),
            ..SuggestionQuery::default()
        };
        let list = q.run(s);
        assert!(list.iter().all(|x| f.admits(s.stage(x.id))));
        let expected = s
            .raising
            .suggestions
            .keys()
            .filter(|id| f.admits(s.stage(**id)))
            .count();
        assert_eq!(list.len(), expected, "{f:?}");
        assert!(expected > 0, "the demo has items {}", f.label());
        assert_eq!(StageFilter::from_code(f.code()), Some(f));
    }
}

#[test]
fn delegation_filter_follows_the_lead_deputy() {
    let t = county();
    let s = t.state();
    let g = *s.directory.delegations.keys().next().unwrap();
    let q = SuggestionQuery {
        delegation: Some(g),
        ..SuggestionQuery::default()
    };
    let list = q.run(s);
    assert!(!list.is_empty());
    assert!(
        list.iter()
            .all(|x| s.directory.deputies[&x.draft.lead_deputy].delegation == g)
    );
}

#[test]
fn sorting_by_title_and_reversing() {
    let t = county();
    let s = t.state();
    let q = SuggestionQuery {
        sort: SortKey::Title,
        ..SuggestionQuery::default()
    };
    let up: Vec<_> = q.run(s).iter().map(|x| x.draft.title.clone()).collect();
    assert!(up.windows(2).all(|w| w[0] <= w[1]));
    let down: Vec<_> = SuggestionQuery { reverse: true, ..q }
        .run(s)
        .iter()
        .map(|x| x.draft.title.clone())
        .collect();
    let mut rev = up.clone();
    rev.reverse();
    assert_eq!(down, rev);
}
