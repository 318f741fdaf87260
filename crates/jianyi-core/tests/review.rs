//! 三提, part 2: the three reviews, return and revision, numbering,
//! conversion, merging and non-acceptance.

use jianyi_core::directory::{DeputyFields, DirectoryCommand, SessionFields};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile};
use jianyi_core::raising::{Draft, RaisingCommand, RaisingRejection, SuggestionKind};
use jianyi_core::review::{ReviewCommand, ReviewEvent, ReviewRejection, ReviewStep, Series, Stage};
use jianyi_core::settings::RaisingRules;
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;
use jianyi_demo::SplitMix;

/// A committee office (the numbering copy) with a session and six
/// deputies: 王伟 the lead, 李娜 张强 刘洋 the co-signers, 陈静 杨帆.
struct Office {
    t: Given,
    lead: DeputyId,
    others: Vec<DeputyId>,
    chen: DeputyId,
    session: SessionId,
}

fn given() -> Office {
    let mut t = Given::office();
    t.given(OfficeCommand::SetProfile(OfficeProfile {
        name: "示范县人大常委会代表工作委员会".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        numbering: true,
    }));
    let g: DelegationId = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let deputies: Vec<DeputyId> = ["王伟", "李娜", "张强", "刘洋", "陈静", "杨帆"]
        .iter()
        .map(|n| t.added(DirectoryCommand::AddDeputy(DeputyFields::new(n, g))))
        .collect();
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    }));
    Office {
        t,
        lead: deputies[0],
        others: deputies[1..4].to_vec(),
        chen: deputies[4],
        session,
    }
}

fn complete(g: &Office, lead: DeputyId, session: Option<SessionId>, title: &str) -> Draft {
    g.t.complete_draft(lead, session, title)
}

/// A submitted item, co-signed by the others.
fn submitted(g: &mut Office, title: &str) -> SuggestionId {
    let d = complete(g, g.lead, Some(g.session), title);
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: g.others.clone(),
    });
    for deputy in g.others.clone() {
        g.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy,
            how: How::InPerson,
        });
    }
    g.t.given(ReviewCommand::SubmitDraft { id });
    id
}

fn pass(g: &mut Office, id: SuggestionId) {
    g.t.when(ReviewCommand::PassReview {
        id,
        comment: String::new(),
    })
    .then_events(&["审查通过"]);
}

fn stage(g: &Office, id: SuggestionId) -> Stage {
    g.t.state().stage(id)
}

fn number(g: &Office, id: SuggestionId) -> Option<(Series, u32)> {
    g.t.state().review_file(id).and_then(|f| f.number)
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
    g.t.when(ReviewCommand::PassReview {
        id,
        comment: String::new(),
    })
    .then_refused(ReviewRejection::FinalStepPasses);
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
    assert_eq!(stage(&g, id), Stage::Accepted);
    assert_eq!(
        number(&g, id),
        Some((Series::Session(g.session, SuggestionKind::Suggestion), 1))
    );
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(state.number_label(s).as_deref(), Some("建议第1号"));
    let trail: Vec<&str> = state
        .review_file(id)
        .unwrap()
        .trail
        .iter()
        .map(|t| t.action.label())
        .collect();
    assert_eq!(trail, vec!["通过", "通过", "立案编号"]);
}

#[test]
fn a_recess_item_is_reviewed_once_and_numbered_by_year() {
    let mut g = given();
    let d = complete(&g, g.lead, None, "关于闭会期间完善路灯的建议");
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id });
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Recess));
    g.t.when_on(date(2027, 1, 20), ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
    assert_eq!(number(&g, id), Some((Series::Recess(2027), 1)));
}

#[test]
fn a_township_has_one_presidium_review() {
    let mut g = given();
    g.t.given(OfficeCommand::ChangeSettings(SettingsGroup::Rules(
        RaisingRules {
            township_mode: true,
            ..g.t.state().settings().rules.clone()
        },
    )));
    let id = submitted(&mut g, "关于改善集镇道路的建议");
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Presidium));
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
    assert_eq!(stage(&g, id), Stage::Accepted);
}

#[test]
fn a_return_keeps_signatures_shows_the_change_and_lets_a_signer_withdraw() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    pass(&mut g, id);
    g.t.when(ReviewCommand::ReturnForImprovement {
        id,
        comment: " ".into(),
    })
    .then_refused(InputRejection::Missing {
        field: "退回意见"
    });
    g.t.when(ReviewCommand::ReturnForImprovement {
        id,
        comment: "请补充近两年的数据".into(),
    })
    .then_events(&["退回补充完善"]);
    assert_eq!(stage(&g, id), Stage::Returned(ReviewStep::Committee));
    assert_eq!(
        g.t.state()
            .review_file(id)
            .unwrap()
            .trail
            .last()
            .unwrap()
            .comment,
        "请补充近两年的数据"
    );
    // A return is not a rejection: the deputy revises; signatures stay.
    let mut d = g.t.state().raising.suggestions[&id].draft.clone();
    d.basis.push_str("近两年共发生积水路段投诉四十余起。");
    g.t.when(RaisingCommand::EditDraft { id, draft: d })
        .then_events(&["修改草稿"]);
    let s = &g.t.state().raising.suggestions[&id];
    assert_eq!(
        s.signers(),
        4,
        "a revision asked for by a review keeps the signatures"
    );
    assert_eq!(s.revisions.len(), 1);
    assert!(!s.revisions[0].before.basis.contains("四十余起"));
    // Each signer sees the change; one withdraws.
    let (a, b) = (g.others[0], g.others[1]);
    g.t.when(RaisingCommand::AcknowledgeRevision { id, deputy: a })
        .then_events(&["阅知修改"]);
    g.t.when(RaisingCommand::AcknowledgeRevision { id, deputy: a })
        .then_refused(RaisingRejection::NothingToAcknowledge);
    g.t.when(RaisingCommand::WithdrawCosign { id, deputy: b })
        .then_events(&["撤回联名"]);
    assert_eq!(g.t.state().raising.suggestions[&id].signers(), 3);
    // Back to the step that returned it, then on.
    g.t.when(ReviewCommand::Resubmit { id })
        .then_events(&["修改后重新提交"]);
    assert_eq!(stage(&g, id), Stage::InReview(ReviewStep::Committee));
    pass(&mut g, id);
    g.t.given(ReviewCommand::Accept { id });
    assert_eq!(number(&g, id).map(|n| n.1), Some(1));
}

#[test]
fn resubmitting_or_withdrawing_needs_a_returned_item() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    g.t.when(ReviewCommand::Resubmit { id })
        .then_refused(ReviewRejection::NotReturned);
    g.t.when(RaisingCommand::WithdrawCosign {
        id,
        deputy: g.others[0],
    })
    .then_refused(RaisingRejection::NotReturned);
}

#[test]
fn only_the_final_step_accepts_converts_merges_or_refuses() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    let other = submitted(&mut g, "关于完善城关镇路灯的建议");
    for cmd in [
        ReviewCommand::Accept { id },
        ReviewCommand::ConvertToSuggestion { id },
        ReviewCommand::Merge { id, into: other },
        ReviewCommand::NotAccept {
            id,
            reason: "作为来信处理".into(),
        },
    ] {
        g.t.when(cmd).then_refused(ReviewRejection::NotFinalStep {
            step: "代表团初审"
        });
    }
}

#[test]
fn a_motion_from_too_few_deputies_is_converted_into_a_suggestion_and_numbered_as_one() {
    let mut g = given();
    let mut d = complete(
        &g,
        g.lead,
        Some(g.session),
        "关于制定城区停车管理办法的议案",
    );
    d.kind = SuggestionKind::Motion;
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id });
    pass(&mut g, id);
    pass(&mut g, id);
    g.t.when(ReviewCommand::ConvertToSuggestion { id })
        .then_events(&["议案转为建议"]);
    g.t.when(ReviewCommand::ConvertToSuggestion { id })
        .then_refused(ReviewRejection::NotMotion);
    g.t.given(ReviewCommand::Accept { id });
    let state = g.t.state();
    assert_eq!(
        state.kind(&state.raising.suggestions[&id]),
        SuggestionKind::Suggestion
    );
    assert_eq!(
        number(&g, id),
        Some((Series::Session(g.session, SuggestionKind::Suggestion), 1))
    );
}

#[test]
fn merging_keeps_every_proposer_and_takes_no_number() {
    let mut g = given();
    let a = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    let d = complete(
        &g,
        g.others[2],
        Some(g.session),
        "关于改造城关镇老旧小区路面的建议",
    );
    let b = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(RaisingCommand::NameCosigners {
        id: b,
        deputies: vec![g.chen],
    });
    g.t.given(RaisingCommand::ConfirmCosign {
        id: b,
        deputy: g.chen,
        how: How::PaperKeyedIn,
    });
    g.t.given(ReviewCommand::SubmitDraft { id: b });
    for id in [a, b] {
        pass(&mut g, id);
        pass(&mut g, id);
    }
    g.t.when(ReviewCommand::Merge { id: b, into: b })
        .then_refused(ReviewRejection::MergeIntoSelf);
    g.t.when(ReviewCommand::Merge { id: b, into: a })
        .then_events(&["并案"]);
    assert_eq!(stage(&g, b), Stage::Merged(a));
    g.t.given(ReviewCommand::Accept { id: a });
    let state = g.t.state();
    let names: Vec<&str> = state
        .proposers(&state.raising.suggestions[&a])
        .iter()
        .map(|d| state.deputy_name(*d))
        .collect();
    assert_eq!(names, vec!["王伟", "李娜", "张强", "刘洋", "陈静"]);
    assert_eq!(number(&g, b), None);
}

#[test]
fn not_accepting_needs_a_reason() {
    let mut g = given();
    let id = submitted(&mut g, "关于解决个人待遇的建议");
    pass(&mut g, id);
    pass(&mut g, id);
    g.t.when(ReviewCommand::NotAccept {
        id,
        reason: String::new(),
    })
    .then_refused(InputRejection::Missing {
        field: "不予立案理由",
    });
    g.t.when(ReviewCommand::NotAccept {
        id,
        reason: "属个人诉求，作为来信处理".into(),
    })
    .then_events(&["不予立案"]);
    let file = g.t.state().review_file(id).unwrap();
    assert_eq!(
        (file.stage, file.not_accepted_reason.as_str()),
        (Stage::NotAccepted, "属个人诉求，作为来信处理")
    );
}

#[test]
fn only_the_numbering_office_accepts() {
    let mut g = given();
    let mut profile = g.t.state().office.profile.clone().unwrap();
    profile.numbering = false;
    g.t.given(OfficeCommand::SetProfile(profile));
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    pass(&mut g, id);
    pass(&mut g, id);
    assert!(
        ReviewRejection::NotNumberingOffice
            .message_zh()
            .contains("连续不重号")
    );
    g.t.when(ReviewCommand::Accept { id })
        .then_refused(ReviewRejection::NotNumberingOffice);
}

#[test]
fn a_number_merged_in_twice_is_a_conflict_not_a_second_item_with_it() {
    let mut g = given();
    let a = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    for _ in 0..2 {
        pass(&mut g, a);
    }
    let accepted =
        g.t.when(ReviewCommand::Accept { id: a })
            .then_events(&["立案编号"]);
    // Another copy accepted a different item with the same number.
    let b = submitted(&mut g, "关于完善城关镇路灯的建议");
    for _ in 0..2 {
        pass(&mut g, b);
    }
    let mut forged = accepted[0].clone();
    forged.id = EventId(Uuid::from_u128(7));
    forged.stamp.wall_ms += 1_000_000;
    if let EventKind::Review(ReviewEvent::Accepted { id, .. }) = &mut forged.kind {
        *id = b;
    }
    let mut events = g.t.events_so_far().to_vec();
    events.push(forged);
    let state = State::from_events(events);
    assert_eq!(state.conflicts.len(), 1);
    assert_eq!(state.review_file(b).and_then(|f| f.number), None);
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
            let mut d = complete(&g, g.lead, session, &title);
            if rng.chance(30) && session.is_some() {
                d.kind = SuggestionKind::Motion;
                d.by_delegation = true;
            }
            let id = g.t.added(RaisingCommand::CreateDraft(d));
            g.t.given(ReviewCommand::SubmitDraft { id });
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
                    let into = open[rng.below(open.len())];
                    g.t.given(ReviewCommand::Merge { id, into });
                }
                1 => {
                    g.t.given(ReviewCommand::NotAccept {
                        id,
                        reason: "作为来信处理".into(),
                    });
                }
                _ => {
                    g.t.given(ReviewCommand::Accept { id });
                }
            }
        }
        let mut series: std::collections::BTreeMap<Series, Vec<u32>> = Default::default();
        for f in g.t.state().review.files.values() {
            if let Some((k, n)) = f.number {
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
