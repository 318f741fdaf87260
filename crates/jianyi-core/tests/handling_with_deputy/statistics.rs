//! The figures of a scope (issue 18, deliverable 1) on ten items counted
//! by hand. All are 王伟's recess items in the parent's county; the
//! assigned ones go on 2 March 2026 to 交通运输局 (lead) with 住建局
//! (co-unit), due 2 June; the figures are read on 20 June 2026.
//!
//! | # | where it stands                | reply (date)  | lead's answer (沟通/态度/结果) |
//! |---|--------------------------------|---------------|-------------------------------|
//! | 1 | replied                        | A (8 May)     | 满意/满意/满意                 |
//! | 2 | replied                        | A (8 May)     | 满意/满意/基本满意             |
//! | 3 | replied, promise open          | B (8 May)     | 基本满意/不满意/满意           |
//! | 4 | replied, promise kept 15 June  | B (8 May)     | none (window closed 4 June)    |
//! | 5 | replied                        | D (8 May)     | 满意/满意/满意                 |
//! | 6 | replied late                   | A (10 June)   | none yet (window open)         |
//! | 7 | assigned, overdue              | —             | —                             |
//! | 8 | accepted, not assigned         |               |                               |
//! | 9 | submitted, in review           |               |                               |
//! |10 | a draft                        |               |                               |
//!
//! - On time: the lead unit's first replies due by today or given: 1–5 on
//!   time, 6 late, 7 overdue: 5 of 7 = 71.4 %.
//! - Satisfaction on the result, per item, among answers: 1, 2, 3, 5
//!   answered; 满意＋基本满意: 4 of 4 = 100.0 %; 满意 alone: 1, 3, 5 = 3 of
//!   4 = 75.0 %. Item 4's silence counts as 未反馈 (the default), item 6
//!   still waits: neither is an answer.
//! - All three dimensions: 1, 2, 5 (not 3: attitude 不满意) = 3 of 4 =
//!   75.0 %; 满意 alone on all three: 1, 5 = 2 of 4 = 50.0 %.
//! - Realisation over the replied (1–6): A solves (1, 2, 6), B once kept
//!   (4), not B still promised (3) nor D (5): 4 of 6 = 66.7 % (2/3, one
//!   decimal half up).
//! - Reply classes (first replies): A 3, B 2, D 1.
//! - Stages: 已答复 6, 办理中 1, 已立案待交办 1, 审查中 1, 草稿 1.
//! - Warning colours of the seven open assigned items: red 6 (7 overdue;
//!   1–5 not published by their disclosure date), green 1 (6).
//! - Units: 交通运输局 leads 7 (its rates are the above), 住建局
//!   co-handles 7 and answers for none.

use super::*;
use jianyi_core::figures::Rate;
use jianyi_core::figures::tables::{Count, Scope, figures, trend};

fn answer(communication: Rating, attitude: Rating, result: Rating) -> Feedback {
    Feedback {
        communication,
        attitude,
        result,
        comment: "态度需改进".into(),
    }
}

fn counts(lines: &[Count]) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = lines.iter().map(|c| (c.label.clone(), c.count)).collect();
    out.sort();
    out
}

#[test]
fn every_figure_on_ten_items_counted_by_hand() {
    use Rating::{BasicallySatisfied as Basic, Dissatisfied as No, Satisfied as Yes};
    let mut g = given();
    let (unit, co, wang) = (g.units[0], g.units[1], g.deputies[0]);
    let one = replied(&mut g, "A");
    let two = replied(&mut g, "A");
    let three = replied(&mut g, "B");
    let four = replied(&mut g, "B");
    let five = replied(&mut g, "D");
    let six = assigned(&mut g);
    let _seven = assigned(&mut g);
    let eight = submitted(&mut g, wang, &[], "关于增设城关镇公交站台的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id: eight });
    submitted(&mut g, wang, &[], "关于整治城关镇占道经营的建议");
    let d =
        g.t.complete_draft(wang, None, "关于建设城关镇口袋公园的建议");
    g.t.at_desk(Desk::Deputy);
    g.t.given(RaisingCommand::CreateDraft(d));
    // Item 6 replied late; item 4's promise kept.
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(six, unit, &[wang]));
    g.t.given_on(date(2026, 6, 10), reply(six, unit, "A"));
    g.t.given_on(
        date(2026, 6, 15),
        HandlingCommand::MarkRealised {
            item: four,
            unit,
            evidence: "城关镇老旧小区道路改造已完工".into(),
        },
    );
    // The lead's answers, from the paper forms.
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    for (item, f) in [
        (one, answer(Yes, Yes, Yes)),
        (two, answer(Yes, Yes, Basic)),
        (three, answer(Basic, No, Yes)),
        (five, answer(Yes, Yes, Yes)),
    ] {
        g.t.given_on(date(2026, 5, 20), feedback(item, unit, wang, f));
    }
    g.t.at_desk(Desk::CommitteeOffice);

    let today = date(2026, 6, 20);
    let f = figures(g.t.state(), today, Scope::Session(None));
    assert_eq!(f.items, 10);
    assert_eq!(counts(&f.by_kind), vec![("建议".into(), 10)]);
    let mut stages: Vec<(String, u32)> = [
        ("已答复", 6),
        ("办理中", 1),
        ("已立案待交办", 1),
        ("审查中", 1),
        ("草稿", 1),
    ]
    .into_iter()
    .map(|(l, n)| (l.to_string(), n))
    .collect();
    stages.sort();
    assert_eq!(counts(&f.by_stage), stages);
    assert_eq!(f.rates.on_time, Rate { count: 5, of: 7 });
    assert_eq!(f.rates.on_time.label(), "71.4%（5/7）");
    assert_eq!(f.result[0], Rate { count: 4, of: 4 });
    assert_eq!(f.result[1].label(), "75.0%（3/4）");
    assert_eq!(f.all_three[0].label(), "75.0%（3/4）");
    assert_eq!(f.all_three[1].label(), "50.0%（2/4）");
    assert_eq!(f.rates.realisation.label(), "66.7%（4/6）");
    let classes: Vec<(String, u32)> = counts(&f.by_class)
        .into_iter()
        .map(|(l, n)| (l.chars().take(2).collect(), n))
        .collect();
    assert_eq!(
        classes,
        vec![("A类".into(), 3), ("B类".into(), 2), ("D类".into(), 1)]
    );
    // Seven open assigned items by colour: 7 overdue, and 1–5 whose
    // replies of 8 May were never published by their disclosure date, are
    // red; 6, replied on 10 June, is green.
    assert_eq!(
        counts(&f.by_colour),
        vec![("红".to_string(), 6), ("绿".to_string(), 1)]
    );
    // Each unit beside its own rates.
    let lead = f.units.iter().find(|u| u.unit == unit).unwrap();
    assert_eq!((lead.lead, lead.co), (7, 0));
    assert_eq!(lead.rates, f.rates);
    let co_line = f.units.iter().find(|u| u.unit == co).unwrap();
    assert_eq!((co_line.lead, co_line.co), (0, 7));
    assert_eq!(co_line.rates.on_time, Rate::default());
    // The year's trend: the same ten items, raised in 2026.
    let t = trend(g.t.state(), today);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].0, t[0].1), (2026, 10));
    assert_eq!(t[0].2, f.rates);
    // Another scope holds none of them.
    assert_eq!(figures(g.t.state(), today, Scope::Year(2025)).items, 0);
}
