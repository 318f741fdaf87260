//! The lead deputy's satisfaction survey (issue 17, deliverable 1): its
//! rate under the settings, and strictly below the threshold the tasks it
//! sets in motion — the report, the unit's explanation, the rectification
//! due one calendar month after the survey, and the re-survey after it.

use super::*;
use jianyi_core::evaluation::{
    EvaluationCommand, EvaluationRejection, SurveyAnswer, SurveyTask, survey_tasks, surveys_of,
};
use jianyi_core::figures::Rate;
use jianyi_core::ids::SurveyId;

/// `n` answers, the first `good` of them 满意 and the rest 不满意.
fn answers(n: usize, good: usize) -> Vec<SurveyAnswer> {
    (1..=n)
        .map(|i| SurveyAnswer {
            name: format!("参与人{i}"),
            rating: if i <= good {
                Rating::Satisfied
            } else {
                Rating::Dissatisfied
            },
        })
        .collect()
}

/// A survey of 王伟's item (the parent's lead deputy).
fn survey(item: SuggestionId, answers: Vec<SurveyAnswer>) -> EvaluationCommand {
    EvaluationCommand::HoldSurvey {
        item,
        deputy: wang(),
        answers,
        resurvey_of: None,
    }
}

/// 王伟, the lead deputy of the parent's items: the first deputy added.
fn wang() -> DeputyId {
    WANG.with(|w| w.get().expect("given() ran"))
}

thread_local! {
    static WANG: std::cell::Cell<Option<DeputyId>> = const { std::cell::Cell::new(None) };
}

/// The parent's `given`, remembering 王伟 for `survey`.
fn office() -> Office {
    let g = given();
    WANG.with(|w| w.set(Some(g.deputies[0])));
    g
}

#[test]
fn a_survey_at_exactly_80_percent_sets_nothing_in_motion_and_one_at_79_percent_does() {
    let mut g = office();
    let item = replied(&mut g, "A");
    // 4 of 5 satisfied: exactly 80 %, not below it.
    g.t.given_on(date(2026, 5, 26), survey(item, answers(5, 4)));
    let s = g.t.state();
    let held = surveys_of(s, item);
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].rate(), Rate { count: 4, of: 5 });
    assert!(!held[0].failed());
    assert!(survey_tasks(s, date(2026, 5, 27)).is_empty());

    // 79 of 100: below, and the tasks are due a calendar month after the
    // survey's business date (26 May → 26 June 2026, a working Friday).
    g.t.given_on(date(2026, 5, 26), survey(item, answers(100, 79)));
    let s = g.t.state();
    let failed = *surveys_of(s, item).iter().find(|x| x.failed()).unwrap();
    assert_eq!(failed.rate().label(), "79.0%（79/100）");
    assert_eq!(failed.rectify_by, Some(date(2026, 6, 26)));
    let rows = survey_tasks(s, date(2026, 5, 27));
    let labels: Vec<&str> = rows.iter().map(|r| r.label).collect();
    assert_eq!(
        labels,
        vec![
            "向常委会报告",
            "承办单位书面说明",
            "承办单位整改",
            "重新测评"
        ]
    );
    // Each task warned like a deadline: green, then yellow, then red.
    let colour = |today| survey_tasks(g.t.state(), today)[0].colour;
    assert_eq!(colour(date(2026, 5, 27)), Colour::Green);
    assert_eq!(colour(date(2026, 6, 15)), Colour::Yellow);
    assert_eq!(colour(date(2026, 6, 27)), Colour::Red);
    assert_eq!(
        survey_tasks(g.t.state(), date(2026, 6, 27))[0].why,
        "已超过期限1天（2026年6月26日）"
    );
}

#[test]
fn a_failed_survey_is_rectified_then_surveyed_again_and_each_step_is_checked() {
    let mut g = office();
    let unit = g.units[0];
    let item = replied(&mut g, "B");
    // Who organises it: the lead deputy in person or on paper, or the
    // registering office keying it in; not the clerk at the deputy desk.
    g.t.at_desk(Desk::Deputy);
    g.t.when_on(date(2026, 5, 26), survey(item, answers(5, 2)))
        .then_refused(EvaluationRejection::NotPersonal);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 5, 26), survey(item, answers(5, 2)))
        .then_refused(EvaluationRejection::WrongDesk {
            asked: "承办单位",
            desks: "领衔代表（代表工作台）或代表工委",
        });
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    let mut unnamed = answers(3, 1);
    unnamed[1].name = " ".into();
    g.t.when_on(date(2026, 5, 26), survey(item, unnamed))
        .then_refused(EvaluationRejection::Unnamed { n: 2 });
    let mut twice = answers(3, 1);
    twice[2].name = "参与人1".into();
    g.t.when_on(date(2026, 5, 26), survey(item, twice))
        .then_refused(EvaluationRejection::AnsweredTwice {
            name: "参与人1".into(),
        });
    g.t.when_on(date(2026, 5, 26), survey(item, vec![]))
        .then_refused(EvaluationRejection::NoAnswers);
    // An item not yet replied is not surveyed.
    let other = assigned(&mut g);
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    let message =
        g.t.when_on(date(2026, 5, 26), survey(other, answers(5, 5)))
            .then_message();
    assert_eq!(
        message,
        "这件建议尚未答复：承办单位答复后才能组织满意度测评"
    );

    // 2 of 5: 40 %.
    let e =
        g.t.when_on(date(2026, 5, 26), survey(item, answers(5, 2)))
            .then_events(&["满意度测评"]);
    let EventKind::Evaluation(jianyi_core::evaluation::EvaluationEvent::SurveyHeld { id, .. }) =
        &e[0].kind
    else {
        panic!("a survey")
    };
    let first = *id;
    // Surveyed again only after the rectification.
    let again = |answers| EvaluationCommand::HoldSurvey {
        item,
        deputy: wang(),
        answers,
        resurvey_of: Some(first),
    };
    // Meanwhile, a plain survey of the item waits for the re-survey.
    g.t.when_on(date(2026, 6, 1), survey(item, answers(5, 5)))
        .then_refused(EvaluationRejection::FailedOpen {
            on: "2026年5月26日".into(),
        });
    g.t.when_on(date(2026, 6, 20), again(answers(5, 5)))
        .then_refused(EvaluationRejection::NotRectified);
    // The report is the deputy's side; the unit explains and rectifies.
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 5, 28),
        EvaluationCommand::CompleteSurveyTask {
            survey: first,
            task: SurveyTask::Report,
            note: "已报告".into(),
        },
    )
    .then_refused(EvaluationRejection::WrongDesk {
        asked: "承办单位",
        desks: "代表工委（承办单位的说明和整改也可在承办单位工作台）",
    });
    g.t.when_on(
        date(2026, 5, 25),
        EvaluationCommand::CompleteSurveyTask {
            survey: first,
            task: SurveyTask::Explanation,
            note: "书面说明已报送".into(),
        },
    )
    .then_refused(EvaluationRejection::BeforeSurvey {
        on: "2026年5月26日".into(),
    });
    for (task, note) in [
        (SurveyTask::Explanation, "书面说明：施工队伍调整，工期延后"),
        (SurveyTask::Rectification, "已更换施工单位，主干道修复完成"),
    ] {
        g.t.when_on(
            date(2026, 6, 18),
            EvaluationCommand::CompleteSurveyTask {
                survey: first,
                task,
                note: note.into(),
            },
        )
        .then_events(&["测评整改事项完成"]);
    }
    g.t.when_on(
        date(2026, 6, 19),
        EvaluationCommand::CompleteSurveyTask {
            survey: first,
            task: SurveyTask::Rectification,
            note: "再次".into(),
        },
    )
    .then_refused(EvaluationRejection::TaskDone {
        on: "2026年6月18日".into(),
    });
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(
        date(2026, 6, 1),
        EvaluationCommand::CompleteSurveyTask {
            survey: first,
            task: SurveyTask::Report,
            note: "王伟代表已书面报告代表工委".into(),
        },
    );
    // The re-survey: 5 of 5, nothing more to do; once only.
    g.t.acting_for(Desk::Deputy, "王伟", How::PaperKeyedIn);
    g.t.when_on(date(2026, 6, 17), again(answers(5, 5)))
        .then_refused(EvaluationRejection::BeforeRectification {
            on: "2026年6月18日".into(),
        });
    g.t.when_on(date(2026, 6, 22), again(answers(5, 5)))
        .then_events(&["满意度测评"]);
    g.t.when_on(date(2026, 6, 23), again(answers(5, 5)))
        .then_refused(EvaluationRejection::AlreadyResurveyed {
            on: "2026年6月22日".into(),
        });
    let s = g.t.state();
    let rows = survey_tasks(s, date(2026, 7, 1));
    assert!(rows.iter().all(|r| r.done.is_some()), "every task done");
    assert!(rows.iter().all(|r| r.colour == Colour::Green));
    let held = surveys_of(s, item);
    assert_eq!(held.len(), 2);
    assert!(!held[1].failed());
    assert_eq!(
        held[0].resurveyed.map(|(_, on)| on),
        Some(date(2026, 6, 22))
    );
    // The committee office records evaluations: no station's or unit's
    // packet counts for them.
    let _ = unit;
    assert_eq!(may_make(OfficeRole::CommitteeOffice, &e[0], false), Ok(()));
    for role in [
        OfficeRole::Station,
        OfficeRole::HandlingUnit,
        OfficeRole::LeaderOffice,
    ] {
        assert!(may_make(role, &e[0], false).is_err(), "{role:?}");
    }
}

#[test]
fn a_survey_is_the_lead_deputys_dated_after_the_reply_and_recorded_by_the_committee_office() {
    let mut g = office();
    let item = replied(&mut g, "A");
    g.t.acting_for(Desk::Deputy, "李娜", How::InPerson);
    g.t.when_on(
        date(2026, 5, 26),
        EvaluationCommand::HoldSurvey {
            item,
            deputy: g.deputies[1],
            answers: answers(5, 5),
            resurvey_of: None,
        },
    )
    .then_refused(EvaluationRejection::NotALead {
        deputy: "李娜".into(),
    });
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.when_on(date(2026, 5, 7), survey(item, answers(5, 5)))
        .then_refused(EvaluationRejection::BeforeReply {
            on: "2026年5月8日".into(),
        });
    // A packet whose result does not follow from its own answers (no
    // tasks at 0 %) does not apply.
    let held =
        g.t.when_on(date(2026, 5, 26), survey(item, answers(5, 0)))
            .then_events(&["满意度测评"]);
    let mut forged = held[0].clone();
    forged.id = EventId(uuid::Uuid::from_u128(0xfeed));
    if let EventKind::Evaluation(jianyi_core::evaluation::EvaluationEvent::SurveyHeld {
        id,
        rectify_by,
        ..
    }) = &mut forged.kind
    {
        *id = SurveyId(uuid::Uuid::from_u128(0xbeef));
        *rectify_by = None;
    }
    let mut state = g.t.state().clone();
    assert!(state.apply(&forged).is_err());
    // A station's own copy does not record evaluations.
    g.t.given(OfficeCommand::SetProfile(OfficeProfile::new(
        "城关镇人大代表联络站",
        "示范县",
        OfficeLevel::County,
        OfficeRole::Station,
    )));
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.when_on(date(2026, 5, 27), survey(item, answers(5, 5)))
        .then_refused(EvaluationRejection::NotTheRegisteringOffice);
}

#[test]
fn a_rectification_is_due_a_calendar_month_later_moved_off_a_day_off() {
    let mut g = office();
    let item = replied(&mut g, "A");
    // 31 July + 1 month = 31 August 2026, a Monday.
    g.t.given_on(date(2026, 7, 31), survey(item, answers(5, 1)));
    let s = g.t.state();
    assert_eq!(surveys_of(s, item)[0].rectify_by, Some(date(2026, 8, 31)));
    // 30 August would be a Sunday: a survey of 30 July is due on Monday
    // 31 August too (Civil Code art. 203).
    let mut g = office();
    let item = replied(&mut g, "A");
    g.t.given_on(date(2026, 7, 30), survey(item, answers(5, 1)));
    assert_eq!(
        surveys_of(g.t.state(), item)[0].rectify_by,
        Some(date(2026, 8, 31))
    );
}
