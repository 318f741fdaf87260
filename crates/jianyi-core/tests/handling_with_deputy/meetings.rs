//! Evaluation after the survey (issue 17, deliverables 2–6): the lead
//! deputy's graded report and the self-check report, the standing
//! committee's meeting with its two weighted groups and what a failing
//! unit's 不满意 items go to, its deliberation opinions as follow-ups, the
//! congress's anonymous vote entered twice, the department review's
//! reproducible sample, and the advanced units' ranking.

use super::*;
use jianyi_core::directory::Organ;
use jianyi_core::evaluation::{
    Ballots, EvaluationCommand, EvaluationEvent, EvaluationRejection, Grade, GroupBallots,
    ItemNote, MeetingOpinion, MeetingRow, Subject, VoteRow, draw, opinion_tasks, ranking,
    sample_size,
};
use jianyi_core::settings::DepartmentReview;

fn counts(satisfied: u32, basically: u32, dissatisfied: u32) -> GroupBallots {
    GroupBallots::Counts(Ballots {
        satisfied,
        basically,
        dissatisfied,
    })
}

fn row(unit: UnitId, members: GroupBallots, deputies: GroupBallots) -> MeetingRow {
    MeetingRow {
        subject: Subject::Unit(unit),
        members,
        deputies,
    }
}

fn hold(rows: Vec<MeetingRow>, opinions: Vec<MeetingOpinion>) -> EvaluationCommand {
    EvaluationCommand::HoldMeeting {
        title: "县人大常委会第二十三次会议".into(),
        rows,
        opinions,
    }
}

/// A recess item of 王伟 titled `title`, accepted and assigned on 2 March
/// 2026 to `unit` alone.
fn given_to(g: &mut Office, unit: UnitId, title: &str) -> SuggestionId {
    let id = submitted(g, g.deputies[0], &[], title);
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id });
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item: id,
            handling: Handling::Joint {
                lead: unit,
                co: vec![],
            },
        },
    );
    id
}

#[test]
fn the_meeting_weighs_members_60_and_deputies_40_and_a_failing_unit_sends_its_dissatisfied_items_back()
 {
    let mut g = given();
    let (unit, li) = (g.units[0], g.deputies[1]);
    // Two items replied by 交通运输局: a co-signer (李娜) rates the first
    // 不满意 on the result — not a lead, so nothing is sent back yet — and
    // the second 满意.
    let bad = replied(&mut g, "B");
    let good = replied(&mut g, "A");
    g.t.acting_for(Desk::Deputy, "李娜", How::InPerson);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(bad, unit, li, rated(Rating::Dissatisfied, "路面仍未修复")),
    );
    g.t.given_on(
        date(2026, 5, 20),
        feedback(good, unit, li, rated(Rating::Satisfied, "")),
    );
    assert!(
        g.t.state().handling.assignments[&bad]
            .task(unit)
            .unwrap()
            .replied
            .is_some()
    );

    // Recorded by the committee office at its desk only.
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 10, 20),
        hold(vec![row(unit, counts(6, 2, 2), counts(10, 8, 12))], vec![]),
    )
    .then_refused(EvaluationRejection::WrongDesk {
        asked: "承办单位",
        desks: "代表工委",
    });
    g.t.at_desk(Desk::CommitteeOffice);

    // The seed's numbers: 0.6 × 80 % + 0.4 × 60 % = 72 %, not below the
    // meeting's 60: the meeting alone.
    let batch = EvaluationCommand::HoldMeeting {
        title: "县人大常委会第二十三次会议".into(),
        rows: vec![row(unit, counts(6, 2, 2), counts(10, 8, 12))],
        opinions: vec![],
    };
    g.t.when_on(date(2026, 10, 20), batch)
        .then_events(&["常委会满意度测评"]);
    let m = g.t.state().evaluation.meetings.values().next().unwrap();
    let (_, c) = &m.results()[0];
    assert_eq!(c.formula(), "60%×80.0%＋40%×60.0%＝72.0%");
    assert!(!c.below(m.threshold));

    // 40 % and 33.3 %: 37.3 %, below 60; the item rated 不满意 goes back to
    // the unit for second handling, the satisfied one does not.
    let batch = EvaluationCommand::HoldMeeting {
        title: "县人大常委会第二十四次会议".into(),
        rows: vec![row(unit, counts(2, 2, 6), counts(5, 5, 20))],
        opinions: vec![],
    };
    let events =
        g.t.when_on(date(2026, 10, 21), batch)
            .then_events(&["常委会满意度测评", "交回重办"]);
    let HandlingEvent::SentBack { item, reason, .. } = (match &events[1].kind {
        EventKind::Handling(e) => e.clone(),
        other => panic!("{other:?}"),
    }) else {
        panic!("not sent back")
    };
    assert_eq!(item, bad);
    assert!(reason.contains("37.3%"), "{reason}");
    assert!(reason.contains("低于60%"), "{reason}");
    let s = g.t.state();
    assert!(
        s.handling.assignments[&bad]
            .task(unit)
            .unwrap()
            .replied
            .is_none()
    );
    assert!(
        s.handling.assignments[&good]
            .task(unit)
            .unwrap()
            .replied
            .is_some()
    );
    let m = s
        .evaluation
        .meetings
        .values()
        .find(|m| m.on == date(2026, 10, 21))
        .unwrap();
    assert_eq!(m.sent_back.len(), 1);
    assert_eq!((m.sent_back[0].item, m.sent_back[0].unit), (bad, unit));
}

#[test]
fn an_organ_and_its_unit_both_failing_send_an_item_back_once_and_exactly_60_passes() {
    let mut g = given();
    let (unit, li) = (g.units[0], g.deputies[1]);
    let bad = replied(&mut g, "B");
    g.t.acting_for(Desk::Deputy, "李娜", How::InPerson);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(bad, unit, li, rated(Rating::Dissatisfied, "路面仍未修复")),
    );
    g.t.at_desk(Desk::CommitteeOffice);
    // 60 % and 60 %: exactly the line, not below it; nothing sent back.
    let batch = EvaluationCommand::HoldMeeting {
        title: "县人大常委会第二十三次会议".into(),
        rows: vec![row(unit, counts(3, 0, 2), counts(6, 0, 4))],
        opinions: vec![],
    };
    g.t.when_on(date(2026, 10, 20), batch)
        .then_events(&["常委会满意度测评"]);
    // The government (交通运输局's organ) and 交通运输局 itself both fail:
    // the item goes back once.
    let both = vec![
        MeetingRow {
            subject: Subject::Organ(Organ::Government),
            members: counts(1, 0, 4),
            deputies: counts(1, 0, 4),
        },
        row(unit, counts(1, 0, 4), counts(1, 0, 4)),
    ];
    let batch = EvaluationCommand::HoldMeeting {
        title: "县人大常委会第二十四次会议".into(),
        rows: both,
        opinions: vec![],
    };
    g.t.when_on(date(2026, 10, 21), batch)
        .then_events(&["常委会满意度测评", "交回重办"]);
}

#[test]
fn a_result_just_below_a_whole_number_never_reads_as_it() {
    use jianyi_core::evaluation::composite;
    use jianyi_core::settings::SatisfactionBasis::SatisfiedOrBasically;
    // 7/10 and 22/49: 60 × 70 % + 40 × 44.9 % = 59.96 %, below 60.
    let c = composite(counts(7, 0, 3), counts(22, 0, 27), 60, SatisfiedOrBasically);
    assert!(c.below(60));
    assert_eq!(c.formula(), "60%×70.0%＋40%×44.9%＝59.95%");
}

#[test]
fn a_meetings_ballots_are_checked_and_scored_where_the_settings_say() {
    let mut g = given();
    let (a, b) = (g.units[0], g.units[1]);
    let on = date(2026, 10, 20);
    g.t.when_on(on, hold(vec![], vec![]))
        .then_refused(EvaluationRejection::NoRows);
    g.t.when_on(
        on,
        hold(
            vec![
                row(a, counts(1, 0, 0), counts(1, 0, 0)),
                row(a, counts(1, 0, 0), counts(1, 0, 0)),
            ],
            vec![],
        ),
    )
    .then_refused(EvaluationRejection::SubjectTwice {
        name: "县交通运输局".into(),
    });
    g.t.when_on(
        on,
        hold(vec![row(a, counts(1, 0, 0), counts(0, 0, 0))], vec![]),
    )
    .then_refused(EvaluationRejection::NothingCast {
        name: "县交通运输局".into(),
        group: "列席代表",
    });
    let scores = GroupBallots::Scores {
        sheets: 10,
        total: 850,
    };
    g.t.when_on(on, hold(vec![row(a, scores, scores)], vec![]))
        .then_refused(EvaluationRejection::WrongKind {
            name: "县交通运输局".into(),
            scores: false,
        });
    let opinion = |unit, text: &str, due| MeetingOpinion {
        unit,
        text: text.into(),
        due,
    };
    g.t.when_on(
        on,
        hold(
            vec![row(a, counts(1, 0, 0), counts(1, 0, 0))],
            vec![opinion(b, "加快老旧小区改造", date(2026, 10, 19))],
        ),
    )
    .then_refused(EvaluationRejection::DueBeforeMeeting { n: 1 });
    g.t.when_on(
        on,
        hold(
            vec![row(a, counts(1, 0, 0), counts(1, 0, 0))],
            vec![opinion(b, "  ", date(2026, 11, 30))],
        ),
    )
    .then_refused(EvaluationRejection::OpinionEmpty { n: 1 });

    // Where the locality scores: each group's mean score, weighted.
    let e = Evaluation {
        meeting_scores: true,
        ..Default::default()
    };
    g.t.given_on(
        date(2026, 10, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(e)),
    );
    g.t.when_on(
        on,
        hold(
            vec![row(
                a,
                GroupBallots::Scores {
                    sheets: 10,
                    total: 1001,
                },
                scores,
            )],
            vec![],
        ),
    )
    .then_refused(EvaluationRejection::ScoreOver {
        name: "县交通运输局".into(),
        group: "常委会组成人员",
    });
    g.t.given_on(
        on,
        hold(
            vec![row(
                a,
                scores,
                GroupBallots::Scores {
                    sheets: 20,
                    total: 1560,
                },
            )],
            vec![],
        ),
    );
    let m = g.t.state().evaluation.meetings.values().next().unwrap();
    assert_eq!(m.results()[0].1.formula(), "60%×85.0分＋40%×78.0分＝82.2分");
}

#[test]
fn the_meetings_opinions_are_follow_ups_with_due_dates_and_colours() {
    let mut g = given();
    let (a, b) = (g.units[0], g.units[1]);
    g.t.given_on(
        date(2026, 10, 20),
        hold(
            vec![row(a, counts(8, 1, 1), counts(20, 5, 5))],
            vec![MeetingOpinion {
                unit: b,
                text: "加快老旧小区改造进度，年底前报告".into(),
                due: date(2026, 12, 31),
            }],
        ),
    );
    let meeting = *g.t.state().evaluation.meetings.keys().next().unwrap();
    let colour = |g: &Office, today| opinion_tasks(g.t.state(), today)[0].colour;
    assert_eq!(colour(&g, date(2026, 11, 1)), Colour::Green);
    assert_eq!(colour(&g, date(2026, 12, 25)), Colour::Yellow);
    assert_eq!(colour(&g, date(2027, 1, 4)), Colour::Red);
    let done = |note: &str| EvaluationCommand::CompleteOpinion {
        meeting,
        index: 0,
        note: note.into(),
    };
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 10, 19), done("已完成"))
        .then_refused(EvaluationRejection::BeforeMeeting {
            on: "2026年10月20日".into(),
        });
    g.t.when_on(
        date(2026, 12, 1),
        EvaluationCommand::CompleteOpinion {
            meeting,
            index: 1,
            note: "x".into(),
        },
    )
    .then_refused(EvaluationRejection::UnknownOpinion);
    g.t.given_on(date(2026, 12, 1), done("改造完成并书面报告"));
    g.t.when_on(date(2026, 12, 2), done("再报"))
        .then_refused(EvaluationRejection::OpinionDone {
            on: "2026年12月1日".into(),
        });
    let rows = opinion_tasks(g.t.state(), date(2027, 1, 4));
    assert_eq!(rows[0].why, "已落实");
    assert_eq!(
        rows[0].done.as_deref(),
        Some("2026年12月1日落实：改造完成并书面报告")
    );
    // One carried out after its date says so.
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(
        date(2026, 10, 21),
        hold(
            vec![row(a, counts(8, 1, 1), counts(20, 5, 5))],
            vec![MeetingOpinion {
                unit: a,
                text: "十一月底前报告整改方案".into(),
                due: date(2026, 11, 30),
            }],
        ),
    );
    let late =
        *g.t.state()
            .evaluation
            .meetings
            .keys()
            .find(|k| **k != meeting)
            .unwrap();
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 12, 2),
        EvaluationCommand::CompleteOpinion {
            meeting: late,
            index: 0,
            note: "已报告".into(),
        },
    );
    let rows = opinion_tasks(g.t.state(), date(2026, 12, 3));
    let row = rows.iter().find(|r| r.meeting.id == late).unwrap();
    assert_eq!(row.why, "逾期2天已落实");
}

fn organ_row(organ: Organ, s: u32, b: u32, d: u32) -> VoteRow {
    VoteRow {
        subject: Subject::Organ(organ),
        ballots: Ballots {
            satisfied: s,
            basically: b,
            dissatisfied: d,
        },
    }
}

#[test]
fn the_anonymous_vote_is_entered_twice_and_never_above_attendance() {
    let mut g = given();
    let on = date(2027, 1, 10);
    let first = vec![
        organ_row(Organ::Government, 150, 30, 20),
        organ_row(Organ::SupervisoryCommission, 170, 20, 10),
        organ_row(Organ::Court, 160, 25, 15),
        organ_row(Organ::Procuratorate, 165, 25, 10),
    ];
    let vote = |first: Vec<VoteRow>, second: Vec<VoteRow>, attendance, clerks: [&str; 2]| {
        EvaluationCommand::CountVote {
            title: "县第十八届人民代表大会第二次会议".into(),
            attendance,
            first,
            second,
            clerks: clerks.iter().map(|c| c.to_string()).collect(),
        }
    };
    // A typing error in the second entry: shown, nothing stored.
    let mut typo = first.clone();
    typo[2].ballots.basically = 52;
    g.t.when_on(on, vote(first.clone(), typo, 200, ["孙敏", "周丽"]))
        .then_refused(EvaluationRejection::EntriesDiffer {
            what: "“法院”的基本满意票，第一遍25张、第二遍52张".into(),
        });
    g.t.when_on(
        on,
        vote(first.clone(), first[..3].to_vec(), 200, ["孙敏", "周丽"]),
    )
    .then_refused(EvaluationRejection::EntriesDiffer {
        what: "第二遍没有“检察院”".into(),
    });
    let mut doubled = first.clone();
    doubled.push(organ_row(Organ::Court, 1, 1, 1));
    g.t.when_on(on, vote(first.clone(), doubled, 200, ["孙敏", "周丽"]))
        .then_refused(EvaluationRejection::EntriesDiffer {
            what: "第二遍“法院”填写了两次".into(),
        });
    // Counts never above attendance.
    g.t.when_on(
        on,
        vote(first.clone(), first.clone(), 199, ["孙敏", "周丽"]),
    )
    .then_refused(EvaluationRejection::OverAttendance {
        name: "政府".into(),
        cast: 200,
        attendance: 199,
    });
    // Two clerks, two names.
    g.t.when_on(
        on,
        vote(first.clone(), first.clone(), 200, ["孙敏", "孙敏"]),
    )
    .then_refused(EvaluationRejection::TwoClerks);
    let events =
        g.t.when_on(
            on,
            vote(first.clone(), first.clone(), 200, ["孙敏", "周丽"]),
        )
        .then_events(&["大会无记名测评"]);
    // Counts only: no voter in the record.
    let EventKind::Evaluation(EvaluationEvent::VoteCounted { rows, .. }) = &events[0].kind else {
        panic!("not a vote")
    };
    assert_eq!(rows, &first);
    // Another office's copy takes no vote without its two clerks, and no
    // second event of the same id.
    let mut forged = events[0].clone();
    if let EventKind::Evaluation(EvaluationEvent::VoteCounted { clerks, .. }) = &mut forged.kind {
        clerks.pop();
    }
    forged.id = jianyi_core::Uuid::from_u128(7).into();
    let fresh = given();
    assert!(fresh.t.state().clone().apply(&forged).is_err(), "one clerk");
    let mut again = events[0].clone();
    again.id = jianyi_core::Uuid::from_u128(8).into();
    assert!(
        g.t.state().clone().apply(&again).is_err(),
        "the same vote twice"
    );
    let v = g.t.state().evaluation.votes.values().next().unwrap();
    assert_eq!(
        v.rows[0]
            .ballots
            .rate(jianyi_core::settings::SatisfactionBasis::SatisfiedOrBasically)
            .label(),
        "90.0%（180/200）"
    );
}

#[test]
fn a_department_review_draws_its_sample_reproducibly_and_concludes_on_every_item() {
    let mut g = given();
    let unit = g.units[2];
    let items: Vec<SuggestionId> = (1..=12)
        .map(|i| given_to(&mut g, unit, &format!("关于第{i}项财政资金使用的建议")))
        .collect();
    // 12 items: between 10 and 20, so 10 are visited.
    let rule = DepartmentReview::default();
    assert_eq!(sample_size(12, &rule), 10);
    let on = date(2026, 11, 2);
    let events =
        g.t.when_on(on, EvaluationCommand::DrawDepartmentReview { unit })
            .then_events(&["部门评议抽样"]);
    let EventKind::Evaluation(EvaluationEvent::DepartmentReviewDrawn {
        items: listed,
        sample,
        seed,
        algorithm,
        ..
    }) = events[0].kind.clone()
    else {
        panic!("not a draw")
    };
    assert_eq!(listed.len(), 12);
    let mut sorted = items.clone();
    sorted.sort_by_key(|i| g.t.state().review_file(*i).unwrap().number);
    assert_eq!(listed, sorted, "in number order");
    assert_eq!(algorithm, "splitmix64-fisher-yates-v1");
    // Anyone drawing again with the recorded seed gets the same sample.
    let again: Vec<SuggestionId> = draw(12, 10, seed).into_iter().map(|i| listed[i]).collect();
    assert_eq!(sample, again);
    assert_eq!(sample.len(), 10);

    let id = *g.t.state().evaluation.reviews.keys().next().unwrap();
    let note = |items: &[SuggestionId]| -> Vec<ItemNote> {
        items
            .iter()
            .map(|i| ItemNote {
                item: *i,
                note: "已回访，代表认可".into(),
            })
            .collect()
    };
    let conclude = |phoned, findings| EvaluationCommand::ConcludeDepartmentReview {
        id,
        phoned,
        findings,
        result: Rating::BasicallySatisfied,
    };
    // Every item phoned, every sampled item visited.
    g.t.when_on(on, conclude(note(&listed[..11]), note(&sample)))
        .then_refused_where(
            |r| {
                matches!(
                    r,
                    Rejection::Evaluation(EvaluationRejection::Missing {
                        what: "电话回访记录",
                        ..
                    })
                )
            },
            "an item not phoned",
        );
    g.t.when_on(on, conclude(note(&listed), note(&sample[..9])))
        .then_refused_where(
            |r| {
                matches!(
                    r,
                    Rejection::Evaluation(EvaluationRejection::Missing {
                        what: "实地检查情况",
                        ..
                    })
                )
            },
            "a sampled item not visited",
        );
    g.t.given_on(on, conclude(note(&listed), note(&sample)));
    let r = &g.t.state().evaluation.reviews[&id];
    assert_eq!(
        r.concluded.as_ref().unwrap().result,
        Rating::BasicallySatisfied
    );
    g.t.when_on(on, conclude(note(&listed), note(&sample)))
        .then_refused(EvaluationRejection::ReviewConcluded {
            on: "2026年11月2日".into(),
        });
    // A unit with nothing in the period has nothing to review.
    g.t.when_on(
        on,
        EvaluationCommand::DrawDepartmentReview { unit: g.units[1] },
    )
    .then_refused(EvaluationRejection::NoItemsToReview {
        since: "2024年11月2日".into(),
    });
}

#[test]
fn a_forged_sample_does_not_apply() {
    let mut g = given();
    let unit = g.units[2];
    for i in 1..=3 {
        given_to(&mut g, unit, &format!("关于第{i}项惠民资金的建议"));
    }
    let events =
        g.t.when_on(
            date(2026, 11, 2),
            EvaluationCommand::DrawDepartmentReview { unit },
        )
        .then_events(&["部门评议抽样"]);
    let mut e = events[0].clone();
    if let EventKind::Evaluation(EvaluationEvent::DepartmentReviewDrawn { sample, .. }) =
        &mut e.kind
    {
        sample.pop();
    }
    // Applied to a copy that has not seen the draw (where the same id
    // would be refused anyway): only the forgery can refuse it.
    let other = given();
    let mut s = other.t.state().clone();
    assert!(
        s.apply(&events[0]).is_ok(),
        "the draw as made applies anywhere"
    );
    assert!(
        other.t.state().clone().apply(&e).is_err(),
        "a sample the seed does not give"
    );
    // Nor a smaller one the seed does give, nor an item listed twice.
    let EventKind::Evaluation(EvaluationEvent::DepartmentReviewDrawn {
        items,
        seed,
        sample,
        ..
    }) = &mut e.kind
    else {
        panic!("not a draw")
    };
    *sample = draw(items.len(), 1, *seed)
        .into_iter()
        .map(|i| items[i])
        .collect();
    assert!(other.t.state().clone().apply(&e).is_err(), "one of three");
    let EventKind::Evaluation(EvaluationEvent::DepartmentReviewDrawn {
        items,
        seed,
        sample,
        ..
    }) = &mut e.kind
    else {
        panic!("not a draw")
    };
    items[1] = items[0];
    *sample = draw(items.len(), 3, *seed)
        .into_iter()
        .map(|i| items[i])
        .collect();
    assert!(other.t.state().clone().apply(&e).is_err(), "an item twice");
}

#[test]
fn a_department_review_covers_two_years_to_the_day_and_draws_once() {
    let mut g = given();
    let unit = g.units[2];
    // Assigned on 2 March 2026.
    given_to(&mut g, unit, "关于惠民资金公开的建议");
    let draw = EvaluationCommand::DrawDepartmentReview { unit };
    // Two years back from 3 March 2028 is 3 March 2026: nothing.
    g.t.when_on(date(2028, 3, 3), draw.clone()).then_refused(
        EvaluationRejection::NoItemsToReview {
            since: "2026年3月3日".into(),
        },
    );
    // From 2 March 2028, the day two years on: the item is in.
    g.t.when_on(date(2028, 3, 2), draw.clone())
        .then_events(&["部门评议抽样"]);
    // A second draw while the review is open is refused: no redrawing.
    g.t.when_on(date(2028, 3, 2), draw)
        .then_refused(EvaluationRejection::ReviewOpen {
            on: "2028年3月2日".into(),
        });
}

#[test]
fn a_unit_with_4_items_is_not_ranked_and_one_with_5_is_with_its_parts() {
    let mut g = given();
    let (five, four) = (g.units[1], g.units[2]);
    let mut items = Vec::new();
    for i in 1..=5 {
        items.push(given_to(
            &mut g,
            five,
            &format!("关于第{i}条街巷照明的建议"),
        ));
    }
    for i in 1..=4 {
        given_to(&mut g, four, &format!("关于第{i}项预算公开的建议"));
    }
    // Two of the five replied (A) on time, and a graded report on one.
    g.t.at_desk(Desk::Unit);
    for item in &items[..2] {
        g.t.given_on(date(2026, 3, 5), talk(*item, five, &[g.deputies[0]]));
        g.t.given_on(date(2026, 5, 8), reply(*item, five, "A"));
    }
    // The report is 王伟's own: not under 李娜's name, nor the clerk's.
    let report = EvaluationCommand::ReportEvaluation {
        item: items[0],
        deputy: g.deputies[0],
        grade: Grade::Poor,
        text: "未落实".into(),
    };
    g.t.acting_for(Desk::Deputy, "李娜", How::InPerson);
    g.t.when_on(date(2026, 5, 20), report.clone()).then_refused(
        EvaluationRejection::ReportForAnother {
            deputy: "王伟".into(),
        },
    );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2026, 5, 20), report)
        .then_refused(EvaluationRejection::ReportForAnother {
            deputy: "王伟".into(),
        });
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.given_on(
        date(2026, 5, 20),
        EvaluationCommand::ReportEvaluation {
            item: items[0],
            deputy: g.deputies[0],
            grade: Grade::Good,
            text: "沟通充分，落实到位".into(),
        },
    );
    g.t.when_on(
        date(2026, 5, 21),
        EvaluationCommand::ReportEvaluation {
            item: items[0],
            deputy: g.deputies[0],
            grade: Grade::Excellent,
            text: "再报".into(),
        },
    )
    .then_refused(EvaluationRejection::ReportedTwice {
        on: "2026年5月20日".into(),
    });
    let (ranked, too_few) = ranking(g.t.state(), date(2026, 5, 21), Some(2026));
    assert_eq!(too_few, vec![(four, 4)]);
    assert_eq!(ranked.len(), 1);
    let r = &ranked[0];
    assert_eq!((r.unit, r.items), (five, 5));
    // On time 2 of 2 (the others not yet due), realisation 2 of 2, the
    // report 良 = 80; no feedback yet: the satisfaction part is left out.
    assert_eq!(r.rates.on_time.label(), "100.0%（2/2）");
    assert_eq!(r.parts, [Some(100.0), None, Some(100.0), Some(80.0)]);
    // (30 × 100 + 20 × 100 + 20 × 80) / 70.
    assert!((r.score.unwrap() - 6600.0 / 70.0).abs() < 1e-9);
}
