//! How fast the core does what a clerk waits for: folding the event log at
//! start-up, deciding a command, the live drafting checks, and an import
//! preview. Run with `make bench`; figures are printed, never asserted.
//!
//! The demo county comes from `jianyi-demo` and the CSV reader from
//! `jianyi-formats`, both dev-dependencies of the core only.

use jianyi_core::directory::import::{self, Directory};
use jianyi_core::raising::{RaisingCommand, checks};
use jianyi_core::testkit::today;
use jianyi_core::*;

fn main() {
    divan::main();
}

/// The demo county's events, repeated `copies` times as separate offices'
/// data so the log grows realistically.
fn log(copies: u64) -> Vec<Event> {
    (0..copies)
        .flat_map(|seed| jianyi_demo::county(seed, today(), 1_800_000_000_000))
        .collect()
}

#[divan::bench(args = [1, 10])]
fn fold_demo_county(bencher: divan::Bencher, copies: u64) {
    let events = log(copies);
    bencher
        .counter(divan::counter::ItemsCount::new(events.len()))
        .bench(|| State::from_events(events.clone()));
}

#[divan::bench]
fn parse_and_fold_stored_json(bencher: divan::Bencher) {
    let json: Vec<String> = log(1).iter().map(Event::to_json).collect();
    bencher
        .counter(divan::counter::ItemsCount::new(json.len()))
        .bench(|| {
            let events: Vec<Event> = json
                .iter()
                .filter_map(|j| Event::from_json(j).ok())
                .flatten()
                .collect();
            State::from_events(events)
        });
}

#[divan::bench]
fn live_checks_of_a_draft(bencher: divan::Bencher) {
    let state = State::from_events(log(1));
    let s = state.raising.suggestions.values().next().unwrap();
    bencher.bench(|| checks::check(&state, &s.draft, Some(s.id), s.signers() as u32));
}

#[divan::bench]
fn decide_a_new_draft(bencher: divan::Bencher) {
    let state = State::from_events(log(1));
    let draft = state
        .raising
        .suggestions
        .values()
        .next()
        .unwrap()
        .draft
        .clone();
    bencher.bench(|| {
        let ctx = Ctx {
            now_ms: 1_900_000_000_000,
            office: "bench".into(),
            actor: Actor {
                operator: "bench".into(),
                acting_for: None,
                desk: Desk::Deputy,
                how: How::Operator,
            },
            business_date: today(),
            ids: IdSource::new(7),
        };
        decide(
            &state,
            RaisingCommand::CreateDraft(draft.clone()).into(),
            &ctx,
        )
    });
}

#[divan::bench]
fn preview_a_thousand_deputy_rows(bencher: divan::Bencher) {
    let state = State::from_events(log(1));
    let delegation = state
        .directory
        .delegations_in_order()
        .next()
        .unwrap()
        .name
        .clone();
    let mut csv = String::from("姓名,代表团,性别,届别,联系电话\n");
    for i in 0..1000 {
        csv.push_str(&format!("代表{i},{delegation},男,第十五届,139{i:08}\n"));
    }
    let rows = jianyi_formats::csv::parse(&csv);
    bencher
        .counter(divan::counter::ItemsCount::new(rows.len()))
        .bench(|| import::preview(Directory::Deputies, &state, &rows));
}
