//! 三提, part 1: citizen opinions, drafting checks on submit, co-signing.

use chrono::NaiveDate;
use jianyi_core::decide::created_suggestion;
use jianyi_core::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

struct Given {
    r: Runner,
    lead: DeputyId,
    others: Vec<DeputyId>,
    session: SessionId,
    station: StationId,
}

/// An office with a session, a station and twelve deputies of 城关镇代表团.
fn given() -> Given {
    let mut r = Runner::new("示范县", day(27), 11);
    r.run(Command::AddDelegation {
        name: "城关镇代表团".into(),
    })
    .unwrap();
    let g = *r.state.delegations.keys().next().unwrap();
    let names = [
        "王伟", "李娜", "张强", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊", "徐丽",
        "孙杰",
    ];
    for n in names {
        r.run(Command::AddDeputy(DeputyFields::new(n, g))).unwrap();
    }
    let id = |r: &Runner, n: &str| r.state.deputies.values().find(|d| d.name == n).unwrap().id;
    let lead = id(&r, "王伟");
    let others = names[1..].iter().map(|n| id(&r, n)).collect();
    r.run(Command::AddSession {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: NaiveDate::from_ymd_opt(2027, 1, 10).unwrap(),
        ends: NaiveDate::from_ymd_opt(2027, 1, 13).unwrap(),
    })
    .unwrap();
    let session = *r.state.sessions.keys().next().unwrap();
    r.run(Command::AddStation(StationFields {
        name: "城关镇人大代表联络站".into(),
        kind: StationKind::LiaisonStation,
        field: String::new(),
    }))
    .unwrap();
    let station = *r.state.stations.keys().next().unwrap();
    Given {
        r,
        lead,
        others,
        session,
        station,
    }
}

fn complete(g: &Given) -> Draft {
    let mut d = Draft::empty(g.lead, Some(g.session));
    d.title = "关于改善城关镇老旧小区道路的建议".into();
    d.basis =
        "城关镇多个老旧小区道路破损严重，雨天积水，群众出行不便。代表走访三十余户，意见集中。"
            .into();
    d.ask = "将城关镇老旧小区道路纳入年度改造计划。".into();
    d.measures = "由住建部门牵头摸底登记，结合管网改造同步施工，分两批实施并提前公告。".into();
    d.category = "城市建设".into();
    d.negative_confirmed = Settings::default()
        .negative_list
        .iter()
        .map(|n| n.title.clone())
        .collect();
    d
}

fn create(g: &mut Given, d: Draft) -> SuggestionId {
    created_suggestion(&g.r.run(Command::CreateDraft(d)).unwrap()).unwrap()
}

fn rejected(result: Result<Vec<Event>, Rejection>) -> Rejection {
    result.expect_err("expected a rejection")
}

fn opinion(g: &mut Given, topic: &str) -> OpinionId {
    let events =
        g.r.run(Command::RecordOpinion(OpinionFields {
            station: g.station,
            received_on: day(20),
            topic: topic.into(),
            text: "小区道路坑洼，雨天积水，老人出行困难。".into(),
            contact: "13700001234".into(),
        }))
        .unwrap();
    match &events[0].kind {
        EventKind::OpinionRecorded { opinion } => opinion.id,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_recorded_opinion_keeps_the_citizens_contact_private_in_its_record() {
    let mut g = given();
    let id = opinion(&mut g, "老旧小区道路破损");
    let o = &g.r.state.opinions[&id];
    assert_eq!(
        (o.topic.as_str(), o.contact.as_str(), o.received_on),
        ("老旧小区道路破损", "13700001234", day(20))
    );
}

#[test]
fn an_opinion_without_text_or_dated_after_today_is_refused() {
    let mut g = given();
    let mut f = OpinionFields {
        station: g.station,
        received_on: day(20),
        topic: "路灯".into(),
        text: " ".into(),
        contact: String::new(),
    };
    assert_eq!(
        rejected(g.r.run(Command::RecordOpinion(f.clone()))),
        Rejection::Missing {
            field: "意见内容"
        }
    );
    f.text = "路灯不亮。".into();
    f.received_on = day(28);
    assert_eq!(
        rejected(g.r.run(Command::RecordOpinion(f))),
        Rejection::OpinionInFuture
    );
}

#[test]
fn a_draft_made_from_opinions_is_linked_both_ways_and_relinked_on_edit() {
    let mut g = given();
    let a = opinion(&mut g, "道路破损");
    let b = opinion(&mut g, "雨天积水");
    let mut d = complete(&g);
    d.opinions = vec![a, b, a];
    let id = create(&mut g, d.clone());
    assert_eq!(g.r.state.suggestions[&id].draft.opinions, vec![a, b]);
    assert_eq!(g.r.state.opinions[&a].suggestions, vec![id]);
    d.opinions = vec![b];
    g.r.run(Command::EditDraft { id, draft: d }).unwrap();
    assert!(g.r.state.opinions[&a].suggestions.is_empty());
    assert_eq!(g.r.state.opinions[&b].suggestions, vec![id]);
}

#[test]
fn submitting_a_draft_without_measures_is_refused_naming_them() {
    let mut g = given();
    let mut d = complete(&g);
    d.measures = String::new();
    let id = create(&mut g, d);
    let r = rejected(g.r.run(Command::SubmitDraft { id }));
    assert_eq!(
        r,
        Rejection::Incomplete {
            missing: vec!["“对策”".into()]
        }
    );
    assert!(r.message_zh().contains("对策"));
    assert_eq!(g.r.state.suggestions[&id].stage, Stage::Draft);
}

#[test]
fn submitting_needs_every_negative_item_confirmed() {
    let mut g = given();
    let mut d = complete(&g);
    d.negative_confirmed.pop();
    let id = create(&mut g, d);
    let r = rejected(g.r.run(Command::SubmitDraft { id }));
    assert_eq!(
        r,
        Rejection::Incomplete {
            missing: vec!["负面清单尚有1项未确认".into()]
        }
    );
}

#[test]
fn a_complete_draft_is_submitted_and_then_no_longer_edited_as_a_draft() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    g.r.run_on(Command::SubmitDraft { id }, day(27)).unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(
        (s.stage, s.submitted_on),
        (Stage::InReview(ReviewStep::Delegation), Some(day(27)))
    );
    let r = rejected(g.r.run(Command::EditDraft {
        id,
        draft: complete(&g),
    }));
    assert_eq!(r, Rejection::NotDraft { stage: "审查中" });
}

#[test]
fn a_motion_in_recess_or_from_too_few_deputies_is_advised_but_may_go_in_for_conversion() {
    let g = given();
    let mut d = complete(&g);
    d.kind = SuggestionKind::Motion;
    d.session = None;
    let c = checks::check(&g.r.state, &d, None, 1);
    assert_eq!(c.kind, Some(checks::KindAdvice::MotionInRecess));
    assert!(
        c.kind
            .as_ref()
            .unwrap()
            .message_zh()
            .contains("闭会期间只能提出建议")
    );
    assert!(c.missing().is_empty(), "advice does not stop submission");

    d.session = Some(g.session);
    let c = checks::check(&g.r.state, &d, None, 1);
    assert_eq!(
        c.kind,
        Some(checks::KindAdvice::MotionTooFewDeputies { have: 1, need: 10 })
    );
    d.by_delegation = true;
    assert_eq!(
        checks::check(&g.r.state, &d, None, 1).kind,
        None,
        "a delegation may raise it"
    );
}

#[test]
fn a_motion_with_ten_signers_meets_the_rule_and_five_do_in_township_mode() {
    let mut g = given();
    let mut d = complete(&g);
    d.kind = SuggestionKind::Motion;
    let id = create(&mut g, d.clone());
    g.r.run(Command::NameCosigners {
        id,
        deputies: g.others[..9].to_vec(),
    })
    .unwrap();
    let signers = g.others[..9].to_vec();
    for dep in signers {
        g.r.run(Command::ConfirmCosign {
            id,
            deputy: dep,
            how: How::InPerson,
        })
        .unwrap();
    }
    let s = &g.r.state.suggestions[&id];
    assert_eq!(
        checks::check(&g.r.state, &s.draft, Some(id), s.signers() as u32).kind,
        None
    );

    let settings = Settings {
        township_mode: true,
        ..g.r.state.settings.clone()
    };
    g.r.run(Command::ChangeSettings(Box::new(settings)))
        .unwrap();
    let id = create(&mut g, d);
    g.r.run(Command::NameCosigners {
        id,
        deputies: g.others[..4].to_vec(),
    })
    .unwrap();
    let signers = g.others[..4].to_vec();
    for dep in signers {
        g.r.run(Command::ConfirmCosign {
            id,
            deputy: dep,
            how: How::PaperKeyedIn,
        })
        .unwrap();
    }
    let s = &g.r.state.suggestions[&id];
    assert_eq!(
        checks::check(&g.r.state, &s.draft, Some(id), s.signers() as u32).kind,
        None
    );
    g.r.run(Command::SubmitDraft { id }).unwrap();
    assert_eq!(
        g.r.state.suggestions[&id].stage,
        Stage::InReview(ReviewStep::Presidium)
    );
}

#[test]
fn co_signatures_count_only_once_confirmed_and_record_how() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    let (a, b) = (g.others[0], g.others[1]);
    g.r.run(Command::NameCosigners {
        id,
        deputies: vec![a, b],
    })
    .unwrap();
    assert_eq!(g.r.state.suggestions[&id].signers(), 1);
    g.r.run_on(
        Command::ConfirmCosign {
            id,
            deputy: a,
            how: How::PaperKeyedIn,
        },
        day(26),
    )
    .unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(s.signers(), 2);
    let c = s.cosigners[0].confirmed.as_ref().unwrap();
    assert_eq!((c.how, c.on), (How::PaperKeyedIn, day(26)));
}

#[test]
fn co_signing_refusals() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    let a = g.others[0];
    assert_eq!(
        rejected(g.r.run(Command::NameCosigners {
            id,
            deputies: vec![g.lead]
        })),
        Rejection::LeadCannotCosign
    );
    assert_eq!(
        rejected(g.r.run(Command::NameCosigners {
            id,
            deputies: vec![a, a]
        })),
        Rejection::AlreadyCosigner {
            name: "李娜".into()
        }
    );
    assert_eq!(
        rejected(g.r.run(Command::ConfirmCosign {
            id,
            deputy: a,
            how: How::InPerson
        })),
        Rejection::NotCosigner {
            name: "李娜".into()
        }
    );
    g.r.run(Command::NameCosigners {
        id,
        deputies: vec![a],
    })
    .unwrap();
    assert_eq!(
        rejected(g.r.run(Command::ConfirmCosign {
            id,
            deputy: a,
            how: How::Operator
        })),
        Rejection::PersonalActOnly
    );
    g.r.run(Command::ConfirmCosign {
        id,
        deputy: a,
        how: How::InPerson,
    })
    .unwrap();
    assert_eq!(
        rejected(g.r.run(Command::ConfirmCosign {
            id,
            deputy: a,
            how: How::InPerson
        })),
        Rejection::AlreadyConfirmed {
            name: "李娜".into()
        }
    );
    g.r.run(Command::RemoveCosigner { id, deputy: a }).unwrap();
    assert!(g.r.state.suggestions[&id].cosigners.is_empty());
}

#[test]
fn ten_deputies_with_the_lead_make_a_key_candidate_and_an_edit_voids_them() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    let nine = g.others[..9].to_vec();
    g.r.run(Command::NameCosigners {
        id,
        deputies: nine.clone(),
    })
    .unwrap();
    for (i, d) in nine.iter().enumerate() {
        g.r.run(Command::ConfirmCosign {
            id,
            deputy: *d,
            how: How::InPerson,
        })
        .unwrap();
        let s = &g.r.state.suggestions[&id];
        assert_eq!(
            g.r.state.key_candidate(s),
            i == 8,
            "after {} co-signers",
            i + 1
        );
    }
    // Confirming negative-list items changes nothing a signer read.
    let mut d = complete(&g);
    d.negative_confirmed.truncate(2);
    g.r.run(Command::EditDraft {
        id,
        draft: d.clone(),
    })
    .unwrap();
    assert!(g.r.state.key_candidate(&g.r.state.suggestions[&id]));

    d.measures.push_str("资金由县财政统筹。");
    g.r.run_on(Command::EditDraft { id, draft: d }, day(28))
        .unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(
        s.signers(),
        1,
        "an edit by the drafter voids every signature"
    );
    assert!(s.cosigners.iter().all(|c| c.voided_on == Some(day(28))));
    assert!(!g.r.state.key_candidate(s));
}
