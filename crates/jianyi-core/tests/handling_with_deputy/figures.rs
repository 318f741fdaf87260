//! The rates of `jianyi_core::figures` (issue 17, deliverable 0) over
//! items handled in the parent's county: on time by the deadline in force,
//! satisfied under the settings' basis, realised by class or by a promise
//! kept.

use super::*;
use jianyi_core::figures::{Rate, rates};
use jianyi_core::settings::SatisfactionBasis;

fn all(state: &State, today: NaiveDate) -> jianyi_core::figures::Rates {
    rates(state, today, None, |_| true)
}

#[test]
fn the_rates_count_replies_by_their_deadline_answers_by_the_basis_and_solved_classes() {
    let mut g = given();
    let unit = g.units[0];
    // One item replied A on 8 May, within its deadline (2 June).
    let first = replied(&mut g, "A");
    // Another assigned the same day, not yet replied.
    let second = assigned(&mut g);
    let s = g.t.state();
    // Before the second's deadline it is not counted yet.
    let r = all(s, date(2026, 5, 30));
    assert_eq!(r.on_time, Rate { count: 1, of: 1 });
    assert_eq!(r.realisation, Rate { count: 1, of: 1 });
    // No answer yet on the result: nothing to rate.
    assert_eq!(r.satisfaction, Rate { count: 0, of: 0 });
    // After it, unreplied and overdue: one of two on time.
    assert_eq!(all(s, date(2026, 6, 3)).on_time, Rate { count: 1, of: 2 });

    // The second replied B late, on 10 June: still one of two, and a
    // promise not yet kept does not count as realised.
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 6, 5), talk(second, unit, &[g.deputies[0]]));
    g.t.given_on(date(2026, 6, 10), reply(second, unit, "B"));
    let r = all(g.t.state(), date(2026, 6, 11));
    assert_eq!(r.on_time, Rate { count: 1, of: 2 });
    assert_eq!(r.realisation, Rate { count: 1, of: 2 });

    // The lead answers 基本满意 on the first: satisfied under the usual
    // basis, not under 满意 alone.
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(
            first,
            unit,
            g.deputies[0],
            rated(Rating::BasicallySatisfied, ""),
        ),
    );
    let r = all(g.t.state(), date(2026, 6, 11));
    assert_eq!(r.satisfaction, Rate { count: 1, of: 1 });
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(
        date(2026, 6, 11),
        OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(Evaluation {
            satisfaction_basis: SatisfactionBasis::SatisfiedOnly,
            ..Evaluation::default()
        })),
    );
    let r = all(g.t.state(), date(2026, 6, 11));
    assert_eq!(r.satisfaction, Rate { count: 0, of: 1 });
    assert_eq!(r.satisfaction.label(), "0.0%（0/1）");

    // Per unit: the co-unit answers for nothing; the lead unit for both.
    let co = rates(g.t.state(), date(2026, 6, 11), Some(g.units[1]), |_| true);
    assert_eq!(co.on_time, Rate::default());
    let lead = rates(g.t.state(), date(2026, 6, 11), Some(unit), |_| true);
    assert_eq!(lead.on_time, Rate { count: 1, of: 2 });
    // And one item alone.
    let one = rates(g.t.state(), date(2026, 6, 11), None, |i| i == first);
    assert_eq!(one.on_time, Rate { count: 1, of: 1 });
}

#[test]
fn an_approved_extension_moves_the_deadline_the_rate_reads() {
    let mut g = given();
    let unit = g.units[0];
    let item = assigned(&mut g);
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 5, 20),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 8, 31),
            reason: "涉及年度预算调整".into(),
        },
    );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(
        date(2026, 5, 22),
        HandlingCommand::ApproveExtension {
            item,
            unit,
            until: date(2026, 8, 31),
            comment: String::new(),
        },
    );
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 6, 5), talk(item, unit, &[g.deputies[0]]));
    g.t.given_on(date(2026, 8, 20), reply(item, unit, "A"));
    // Replied after the first deadline (2 June), before the extended one.
    assert_eq!(
        all(g.t.state(), date(2026, 9, 1)).on_time,
        Rate { count: 1, of: 1 }
    );
}

#[test]
fn an_unanswered_reply_counts_as_the_settings_say_and_not_solvable_is_not_realised() {
    let mut g = given();
    replied(&mut g, "D");
    // The feedback window closes on 4 June; after it, no answer.
    let r = all(g.t.state(), date(2026, 6, 10));
    assert_eq!(
        r.satisfaction,
        Rate::default(),
        "未反馈: out of the answers"
    );
    assert_eq!(r.realisation, Rate { count: 0, of: 1 }, "D is not solved");
    // Where the settings deem silence satisfied (in force when the item
    // was assigned: the rule travels with it).
    let mut g = given();
    g.t.given_on(
        date(2026, 1, 5),
        OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(Evaluation {
            no_feedback: jianyi_core::settings::NoFeedback::DeemedSatisfied,
            ..Evaluation::default()
        })),
    );
    replied(&mut g, "D");
    let r = all(g.t.state(), date(2026, 6, 10));
    assert_eq!(r.satisfaction, Rate { count: 1, of: 1 }, "视为满意");
}

#[test]
fn of_separate_handling_each_unit_answers_for_its_own_reply() {
    let mut g = given();
    let (a, b) = (g.units[0], g.units[2]);
    let wang = g.deputies[0];
    let item = submitted(&mut g, wang, &[], "关于城关镇农贸市场改造的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id: item });
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item,
            handling: Handling::Separate { units: vec![a, b] },
        },
    );
    g.t.at_desk(Desk::Unit);
    for (unit, class) in [(a, "A"), (b, "D")] {
        g.t.given_on(date(2026, 3, 5), talk(item, unit, &[g.deputies[0]]));
        g.t.given_on(date(2026, 5, 8), reply(item, unit, class));
    }
    // The lead: 满意 with the first unit's reply, 基本满意 with the second's.
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    for (unit, rating) in [(a, Rating::Satisfied), (b, Rating::BasicallySatisfied)] {
        g.t.given_on(
            date(2026, 5, 20),
            feedback(item, unit, g.deputies[0], rated(rating, "")),
        );
    }
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(
        date(2026, 5, 21),
        OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(Evaluation {
            satisfaction_basis: SatisfactionBasis::SatisfiedOnly,
            ..Evaluation::default()
        })),
    );
    let s = g.t.state();
    let today = date(2026, 6, 11);
    let of = |unit| rates(s, today, Some(unit), |_| true);
    // Each unit its own: 满意 counts under 满意 alone, 基本满意 does not;
    // A solves, D does not.
    assert_eq!(of(a).satisfaction, Rate { count: 1, of: 1 });
    assert_eq!(of(b).satisfaction, Rate { count: 0, of: 1 });
    assert_eq!(of(a).realisation, Rate { count: 1, of: 1 });
    assert_eq!(of(b).realisation, Rate { count: 0, of: 1 });
    // The item as a whole: the lowest answer and the weakest outcome.
    assert_eq!(all(s, today).satisfaction, Rate { count: 0, of: 1 });
    assert_eq!(all(s, today).realisation, Rate { count: 0, of: 1 });
}
