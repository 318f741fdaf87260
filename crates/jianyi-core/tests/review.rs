//! 三提, part 2: the three reviews, return and revision, numbering,
//! conversion, merging and non-acceptance.

use chrono::NaiveDate;
use jianyi_core::decide::created_suggestion;
use jianyi_core::demo::SplitMix;
use jianyi_core::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
}

struct Given {
    r: Runner,
    lead: DeputyId,
    others: Vec<DeputyId>,
    session: SessionId,
}

/// A committee office with a session and six deputies.
fn given() -> Given {
    let mut r = Runner::new("示范县", day(11), 21);
    r.run(Command::SetOfficeProfile(OfficeProfile {
        name: "示范县人大常委会代表工作委员会".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        numbering: true,
    }))
    .unwrap();
    r.run(Command::AddDelegation {
        name: "城关镇代表团".into(),
    })
    .unwrap();
    let g = *r.state.delegations.keys().next().unwrap();
    for n in ["王伟", "李娜", "张强", "刘洋", "陈静", "杨帆"] {
        r.run(Command::AddDeputy(DeputyFields::new(n, g))).unwrap();
    }
    let id = |r: &Runner, n: &str| r.state.deputies.values().find(|d| d.name == n).unwrap().id;
    let lead = id(&r, "王伟");
    let others = ["李娜", "张强", "刘洋"].iter().map(|n| id(&r, n)).collect();
    r.run(Command::AddSession {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: day(10),
        ends: day(13),
    })
    .unwrap();
    let session = *r.state.sessions.keys().next().unwrap();
    Given {
        r,
        lead,
        others,
        session,
    }
}

fn complete(lead: DeputyId, session: Option<SessionId>, title: &str) -> Draft {
    let mut d = Draft::empty(lead, session);
    d.title = title.into();
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

/// A submitted item, co-signed by the others.
fn submitted(g: &mut Given, title: &str) -> SuggestionId {
    let d = complete(g.lead, Some(g.session), title);
    let id = created_suggestion(&g.r.run(Command::CreateDraft(d)).unwrap()).unwrap();
    g.r.run(Command::NameCosigners {
        id,
        deputies: g.others.clone(),
    })
    .unwrap();
    for d in g.others.clone() {
        g.r.run(Command::ConfirmCosign {
            id,
            deputy: d,
            how: How::InPerson,
        })
        .unwrap();
    }
    g.r.run(Command::SubmitDraft { id }).unwrap();
    id
}

fn pass(g: &mut Given, id: SuggestionId) {
    g.r.run(Command::PassReview {
        id,
        comment: String::new(),
    })
    .unwrap();
}

fn stage(g: &Given, id: SuggestionId) -> Stage {
    g.r.state.suggestions[&id].stage
}

fn rejected(result: Result<Vec<Event>, Rejection>) -> Rejection {
    result.expect_err("expected a rejection")
}

#[test]
fn a_session_item_goes_through_three_reviews_and_is_numbered() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Delegation));
    pass(&mut g, id);
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Committee));
    pass(&mut g, id);
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Final));
    assert_eq!(
        rejected(g.r.run(Command::PassReview {
            id,
            comment: String::new()
        })),
        Rejection::FinalStepPasses
    );
    g.r.run(Command::Accept { id }).unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(s.stage, Stage::Accepted);
    assert_eq!(
        s.number,
        Some((Series::Session(g.session, SuggestionKind::Suggestion), 1))
    );
    assert_eq!(g.r.state.number_label(s).as_deref(), Some("建议第1号"));
    let trail: Vec<&str> = s.trail.iter().map(|t| t.action.label()).collect();
    assert_eq!(trail, vec!["通过", "通过", "立案编号"]);
}

#[test]
fn a_recess_item_is_reviewed_once_and_numbered_by_year() {
    let mut g = given();
    let d = complete(g.lead, None, "关于闭会期间完善路灯的建议");
    let id = created_suggestion(&g.r.run(Command::CreateDraft(d)).unwrap()).unwrap();
    g.r.run(Command::SubmitDraft { id }).unwrap();
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Recess));
    g.r.run_on(Command::Accept { id }, day(20)).unwrap();
    assert_eq!(
        g.r.state.suggestions[&id].number,
        Some((Series::Recess(2027), 1))
    );
}

#[test]
fn a_township_has_one_presidium_review() {
    let mut g = given();
    let settings = Settings {
        township_mode: true,
        ..g.r.state.settings.clone()
    };
    g.r.run(Command::ChangeSettings(Box::new(settings)))
        .unwrap();
    let id = submitted(&mut g, "关于改善集镇道路的建议");
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Presidium));
    g.r.run(Command::Accept { id }).unwrap();
    assert_eq!(stage(&g, id), Stage::Accepted);
}

#[test]
fn a_return_keeps_signatures_shows_the_change_and_lets_a_signer_withdraw() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    pass(&mut g, id);
    assert_eq!(
        rejected(g.r.run(Command::ReturnForImprovement {
            id,
            comment: " ".into()
        })),
        Rejection::Missing {
            field: "退回意见"
        }
    );
    g.r.run(Command::ReturnForImprovement {
        id,
        comment: "请补充近两年的数据".into(),
    })
    .unwrap();
    assert_eq!(stage(&g, id), Stage::Returned(ReviewStep::Committee));
    assert_eq!(
        g.r.state.suggestions[&id].trail.last().unwrap().comment,
        "请补充近两年的数据"
    );
    // A return is not a rejection: the deputy revises; signatures stay.
    let mut d = g.r.state.suggestions[&id].draft.clone();
    d.basis.push_str("近两年共发生积水路段投诉四十余起。");
    g.r.run(Command::EditDraft { id, draft: d }).unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(
        s.signers(),
        4,
        "a revision asked for by a review keeps the signatures"
    );
    assert_eq!(s.revisions.len(), 1);
    assert!(!s.revisions[0].before.basis.contains("四十余起"));
    // Each signer sees the change; one withdraws.
    let (a, b) = (g.others[0], g.others[1]);
    g.r.run(Command::AcknowledgeRevision { id, deputy: a })
        .unwrap();
    assert_eq!(
        rejected(g.r.run(Command::AcknowledgeRevision { id, deputy: a })),
        Rejection::NothingToAcknowledge
    );
    g.r.run(Command::WithdrawCosign { id, deputy: b }).unwrap();
    assert_eq!(g.r.state.suggestions[&id].signers(), 3);
    // Back to the step that returned it, then on.
    g.r.run(Command::Resubmit { id }).unwrap();
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Committee));
    pass(&mut g, id);
    g.r.run(Command::Accept { id }).unwrap();
    assert_eq!(g.r.state.suggestions[&id].number.map(|n| n.1), Some(1));
}

#[test]
fn resubmitting_or_withdrawing_needs_a_returned_item() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    assert_eq!(
        rejected(g.r.run(Command::Resubmit { id })),
        Rejection::NotReturned
    );
    assert_eq!(
        rejected(g.r.run(Command::WithdrawCosign {
            id,
            deputy: g.others[0]
        })),
        Rejection::NotReturned
    );
}

#[test]
fn only_the_final_step_accepts_converts_merges_or_refuses() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    for cmd in [
        Command::Accept { id },
        Command::ConvertToSuggestion { id },
        Command::NotAccept {
            id,
            reason: "作为来信处理".into(),
        },
    ] {
        assert_eq!(
            rejected(g.r.run(cmd)),
            Rejection::NotFinalStep {
                step: "代表团初审"
            }
        );
    }
}

#[test]
fn a_motion_from_too_few_deputies_is_converted_into_a_suggestion_and_numbered_as_one() {
    let mut g = given();
    let mut d = complete(g.lead, Some(g.session), "关于制定城区停车管理办法的议案");
    d.kind = SuggestionKind::Motion;
    let id = created_suggestion(&g.r.run(Command::CreateDraft(d)).unwrap()).unwrap();
    g.r.run(Command::SubmitDraft { id }).unwrap();
    pass(&mut g, id);
    pass(&mut g, id);
    g.r.run(Command::ConvertToSuggestion { id }).unwrap();
    assert_eq!(
        rejected(g.r.run(Command::ConvertToSuggestion { id })),
        Rejection::NotMotion
    );
    g.r.run(Command::Accept { id }).unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(s.draft.kind, SuggestionKind::Suggestion);
    assert_eq!(
        s.number,
        Some((Series::Session(g.session, SuggestionKind::Suggestion), 1))
    );
}

#[test]
fn merging_keeps_every_proposer_and_takes_no_number() {
    let mut g = given();
    let a = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    let d = complete(
        g.others[2],
        Some(g.session),
        "关于改造城关镇老旧小区路面的建议",
    );
    let b = created_suggestion(&g.r.run(Command::CreateDraft(d)).unwrap()).unwrap();
    let extra =
        g.r.state
            .deputies
            .values()
            .find(|d| d.name == "陈静")
            .unwrap()
            .id;
    g.r.run(Command::NameCosigners {
        id: b,
        deputies: vec![extra],
    })
    .unwrap();
    g.r.run(Command::ConfirmCosign {
        id: b,
        deputy: extra,
        how: How::PaperKeyedIn,
    })
    .unwrap();
    g.r.run(Command::SubmitDraft { id: b }).unwrap();
    for id in [a, b] {
        pass(&mut g, id);
        pass(&mut g, id);
    }
    assert_eq!(
        rejected(g.r.run(Command::Merge { id: b, into: b })),
        Rejection::MergeIntoSelf
    );
    g.r.run(Command::Merge { id: b, into: a }).unwrap();
    assert_eq!(stage(&g, b), Stage::Merged(a));
    g.r.run(Command::Accept { id: a }).unwrap();
    let s = &g.r.state.suggestions[&a];
    let names: Vec<&str> =
        g.r.state
            .proposers(s)
            .iter()
            .map(|d| g.r.state.deputy_name(*d))
            .collect();
    assert_eq!(names, vec!["王伟", "李娜", "张强", "刘洋", "陈静"]);
    assert_eq!(g.r.state.suggestions[&b].number, None);
}

#[test]
fn not_accepting_needs_a_reason() {
    let mut g = given();
    let id = submitted(&mut g, "关于解决个人待遇的建议");
    pass(&mut g, id);
    pass(&mut g, id);
    assert_eq!(
        rejected(g.r.run(Command::NotAccept {
            id,
            reason: String::new()
        })),
        Rejection::Missing {
            field: "不予立案理由"
        }
    );
    g.r.run(Command::NotAccept {
        id,
        reason: "属个人诉求，作为来信处理".into(),
    })
    .unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(
        (s.stage, s.not_accepted_reason.as_str()),
        (Stage::NotAccepted, "属个人诉求，作为来信处理")
    );
}

#[test]
fn only_the_numbering_office_accepts() {
    let mut g = given();
    let mut profile = g.r.state.office.clone().unwrap();
    profile.numbering = false;
    g.r.run(Command::SetOfficeProfile(profile)).unwrap();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    pass(&mut g, id);
    pass(&mut g, id);
    let r = rejected(g.r.run(Command::Accept { id }));
    assert_eq!(r, Rejection::NotNumberingOffice);
    assert!(r.message_zh().contains("连续不重号"));
}

#[test]
fn a_number_merged_in_twice_is_a_conflict_not_a_second_item_with_it() {
    let mut g = given();
    let a = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    for _ in 0..2 {
        pass(&mut g, a);
    }
    let accepted = g.r.run(Command::Accept { id: a }).unwrap();
    // Another copy accepted a different item with the same number.
    let b = submitted(&mut g, "关于完善城关镇路灯的建议");
    for _ in 0..2 {
        pass(&mut g, b);
    }
    let mut forged = accepted[0].clone();
    forged.id = EventId(uuid::Uuid::from_u128(7));
    forged.stamp.wall_ms += 1_000_000;
    if let EventKind::Accepted { id, .. } = &mut forged.kind {
        *id = b;
    }
    let mut events = g.r.events.clone();
    events.push(forged);
    let state = State::from_events(events);
    assert_eq!(state.conflicts.len(), 1);
    assert_eq!(state.suggestions[&b].number, None);
}

/// Property: whatever the order of acceptance, merging and non-acceptance,
/// the numbers of each series are 1..=k, each used once.
#[test]
fn numbers_are_gapless_and_unique_per_series_in_any_order() {
    for seed in 0..60u64 {
        let mut rng = SplitMix::new(seed);
        let mut g = given();
        let recess_titles = [
            "关于闭会期间完善路灯的建议",
            "关于闭会期间改造公厕的建议",
            "关于闭会期间增设公交站的建议",
        ];
        let mut ids = Vec::new();
        for i in 0..8 {
            let session = if i % 3 == 0 { None } else { Some(g.session) };
            let title = match session {
                None => recess_titles[i / 3].to_string(),
                Some(_) => format!("关于第{i}项城区问题的建议"),
            };
            let mut d = complete(g.lead, session, &title);
            if rng.chance(30) && session.is_some() {
                d.kind = SuggestionKind::Motion;
                d.by_delegation = true;
            }
            let id = created_suggestion(&g.r.run(Command::CreateDraft(d)).unwrap()).unwrap();
            g.r.run(Command::SubmitDraft { id }).unwrap();
            while !matches!(stage(&g, id), Stage::InReview(s) if s.is_final()) {
                pass(&mut g, id);
            }
            ids.push(id);
        }
        // Decide the final step of each, in a random order.
        while !ids.is_empty() {
            let id = ids.remove(rng.below(ids.len()));
            let open: Vec<SuggestionId> = ids.clone();
            match rng.below(4) {
                0 if !open.is_empty() => {
                    g.r.run(Command::Merge {
                        id,
                        into: open[rng.below(open.len())],
                    })
                    .unwrap();
                }
                1 => {
                    g.r.run(Command::NotAccept {
                        id,
                        reason: "作为来信处理".into(),
                    })
                    .unwrap();
                }
                _ => {
                    g.r.run(Command::Accept { id }).unwrap();
                }
            }
        }
        let mut series: std::collections::BTreeMap<Series, Vec<u32>> = Default::default();
        for s in g.r.state.suggestions.values() {
            if let Some((k, n)) = s.number {
                series.entry(k).or_default().push(n);
            }
        }
        for (k, mut ns) in series {
            ns.sort();
            assert_eq!(
                ns,
                (1..=ns.len() as u32).collect::<Vec<_>>(),
                "seed {seed}, {k:?}"
            );
        }
    }
}
