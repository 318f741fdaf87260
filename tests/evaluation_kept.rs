//! On a page that does not show evaluations, an evaluation event is kept
//! as written (`EvaluationEvent::Kept`), so its reader and fold are not
//! linked into that page; it writes back the same JSON. The 评议 page
//! reads it in full.
#![cfg(target_arch = "wasm32")]

use jianyi_core::evaluation::EvaluationEvent;
use jianyi_core::event::Stored;
use jianyi_core::{Event, EventKind};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SELF_CHECK: &str = r#"{"format":2,"id":"929b3277-8ada-4fc2-bc7b-01cc73fd86f2","stamp":{"wall_ms":1764465339000,"counter":0,"office":"示范县"},"office":"示范县","actor":{"operator":"示范数据","acting_for":null,"desk":"committee_office","how":"operator"},"business_date":"2026-10-22","kind":{"evaluation":{"self_check_reported":{"session":"47e67577-866e-47b7-a30f-d6cec06e26a8","subject":{"organ":"government"},"text":"县人民政府逐件自查。"}}}}"#;

fn read(raw: &str) -> Event {
    match Event::read(raw) {
        Stored::Current(e) => *e,
        _ => panic!("not read"),
    }
}

#[wasm_bindgen_test]
fn an_evaluation_event_is_kept_as_written_until_the_page_reads_them_in_full() {
    let original: serde_json::Value = serde_json::from_str(SELF_CHECK).unwrap();
    // Kept: its label shown, its JSON written back the same.
    let kept = read(SELF_CHECK);
    let EventKind::Evaluation(e) = &kept.kind else {
        panic!("not an evaluation")
    };
    assert!(matches!(e, EvaluationEvent::Kept(_)), "{e:?}");
    assert_eq!(kept.kind.label(), "评议测评");
    let again: serde_json::Value = serde_json::from_str(&kept.to_json()).unwrap();
    assert_eq!(again, original);
    // The 评议 page's reading: in full.
    jianyi_core::evaluation::event::read_evaluations_in_full();
    let full = read(SELF_CHECK);
    let EventKind::Evaluation(e) = &full.kind else {
        panic!("not an evaluation")
    };
    assert!(
        matches!(e, EvaluationEvent::SelfCheckReported { .. }),
        "{e:?}"
    );
    let again: serde_json::Value = serde_json::from_str(&full.to_json()).unwrap();
    assert_eq!(again, original);
}
