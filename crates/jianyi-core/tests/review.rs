//! 三提, part 2: the three reviews, return and revision, numbering,
//! conversion, merging and non-acceptance.

use jianyi_core::directory::{DeputyFields, DirectoryCommand, SessionFields};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::{Draft, RaisingCommand, RaisingRejection, SuggestionKind};
use jianyi_core::review::{
    MotionDecision, ProposerRole, ReviewCommand, ReviewEvent, ReviewRejection, ReviewStep, Series,
    Stage,
};
use jianyi_core::settings::RaisingRules;
use jianyi_core::testkit::{Given, date, today};
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
        role: OfficeRole::CommitteeOffice,
        numbering: true,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
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
    at_its_desk(g, id);
    id
}

/// Acts at the desk of the step the item waits at (代表团, 委室, 议案组,
/// 代表工委), as the clerk whose queue holds it.
fn at_its_desk(g: &mut Office, id: SuggestionId) {
    if let Stage::InReview(step) = stage(g, id) {
        g.t.at_desk(step.desk());
    }
}

/// Passes the item at its step's desk, then sits at the next step's.
fn pass(g: &mut Office, id: SuggestionId) {
    at_its_desk(g, id);
    g.t.when(ReviewCommand::PassReview {
        id,
        comment: String::new(),
    })
    .then_events(&["审查通过"]);
    at_its_desk(g, id);
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
            // A motion in a delegation's name, raised at its desk.
            g.t.at_desk(Desk::Deputy);
            if rng.chance(30) && session.is_some() {
                d.kind = SuggestionKind::Motion;
                d.by_delegation = true;
                g.t.at_desk(Desk::Delegation);
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
            // Merged only into an item of the same series.
            let state = g.t.state();
            let series = |x: SuggestionId| state.series_of(&state.raising.suggestions[&x], today());
            let open: Vec<SuggestionId> = ids
                .iter()
                .copied()
                .filter(|x| series(*x) == series(id))
                .collect();
            at_its_desk(&mut g, id);
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

/// A deputy of the office by name.
fn deputy(g: &Office, name: &str) -> DeputyId {
    g.t.state()
        .directory
        .deputies
        .values()
        .find(|d| d.name == name)
        .map(|d| d.id)
        .unwrap_or_else(|| panic!("no deputy {name}"))
}

/// An item of `lead` co-signed by `cosigners`, submitted, and passed to
/// the final step, where the desk then sits.
fn at_final(g: &mut Office, lead: &str, cosigners: &[&str], title: &str) -> SuggestionId {
    g.t.at_desk(Desk::Deputy);
    let d = complete(g, deputy(g, lead), Some(g.session), title);
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    let cosigners: Vec<DeputyId> = cosigners.iter().map(|n| deputy(g, n)).collect();
    if !cosigners.is_empty() {
        g.t.given(RaisingCommand::NameCosigners {
            id,
            deputies: cosigners.clone(),
        });
    }
    for deputy in cosigners {
        g.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy,
            how: How::PaperKeyedIn,
        });
    }
    g.t.given(ReviewCommand::SubmitDraft { id });
    while !matches!(stage(g, id), Stage::InReview(s) if s.is_final()) {
        pass(g, id);
    }
    at_its_desk(g, id);
    id
}

fn named(g: &Office, proposers: &[(DeputyId, ProposerRole)]) -> Vec<(String, &'static str)> {
    proposers
        .iter()
        .map(|(d, r)| (g.t.state().deputy_name(*d).to_string(), r.label()))
        .collect()
}

// ---------------------------------------------------------------------
// 并案 keeps every proposer along a chain, within one series.

#[test]
fn a_chain_of_merges_keeps_every_proposer_once_and_marks_the_merged_leads() {
    let mut g = given();
    let a = at_final(
        &mut g,
        "王伟",
        &["李娜"],
        "关于改善城关镇老旧小区道路的建议",
    );
    let b = at_final(
        &mut g,
        "张强",
        &["陈静", "李娜"],
        "关于改造城关镇老旧小区路面的建议",
    );
    let c = at_final(&mut g, "刘洋", &["杨帆"], "关于城关镇老旧小区改造的建议");
    g.t.when(ReviewCommand::Merge { id: a, into: b })
        .then_events(&["并案"]);
    g.t.when(ReviewCommand::Merge { id: b, into: c })
        .then_events(&["并案"]);
    g.t.given(ReviewCommand::Accept { id: c });
    let state = g.t.state();
    let s = &state.raising.suggestions[&c];
    let marked = state.proposers_marked(s);
    let expected: Vec<(String, &str)> = [
        ("刘洋", "领衔代表"),
        ("杨帆", "联名代表"),
        ("张强", "并案领衔代表"),
        ("陈静", "联名代表"),
        ("李娜", "联名代表"),
        ("王伟", "并案领衔代表"),
    ]
    .iter()
    .map(|(n, r)| (n.to_string(), *r))
    .collect();
    assert_eq!(named(&g, &marked), expected);
    assert_eq!(
        state.proposers(s),
        marked.iter().map(|(d, _)| *d).collect::<Vec<_>>()
    );
    assert_eq!(
        (stage(&g, a), stage(&g, b)),
        (Stage::Merged(b), Stage::Merged(c))
    );
}

#[test]
fn a_deputy_who_co_signed_the_item_and_leads_a_merged_one_is_shown_as_that_lead() {
    let mut g = given();
    let a = at_final(&mut g, "李娜", &[], "关于改善城关镇老旧小区道路的建议");
    let b = at_final(&mut g, "王伟", &["李娜"], "关于城关镇老旧小区改造的建议");
    g.t.given(ReviewCommand::Merge { id: a, into: b });
    let state = g.t.state();
    let marked = state.proposers_marked(&state.raising.suggestions[&b]);
    assert_eq!(
        named(&g, &marked),
        vec![
            ("王伟".to_string(), "领衔代表"),
            ("李娜".to_string(), "并案领衔代表")
        ]
    );
}

#[test]
fn merging_only_into_an_item_at_the_final_step_or_accepted() {
    let mut g = given();
    let a = at_final(&mut g, "王伟", &[], "关于改善城关镇老旧小区道路的建议");
    let early = submitted(&mut g, "关于城关镇老旧小区改造的建议");
    g.t.at_desk(Desk::MotionsGroup);
    let refused = ReviewRejection::MergeTargetNotFinal {
        stage: "待代表团初审".into(),
    };
    assert!(
        refused
            .message_zh()
            .contains("只能并入已到最后一道审查或已立案的建议")
    );
    g.t.when(ReviewCommand::Merge { id: a, into: early })
        .then_refused(refused);
    pass(&mut g, early);
    g.t.given(ReviewCommand::ReturnForImprovement {
        id: early,
        comment: "请补充数据".into(),
    });
    g.t.at_desk(Desk::MotionsGroup);
    g.t.when(ReviewCommand::Merge { id: a, into: early })
        .then_refused(ReviewRejection::MergeTargetNotFinal {
            stage: "委室再审退回修改".into(),
        });
    // At the final step, or accepted: both take it in.
    let b = at_final(&mut g, "张强", &[], "关于改造城关镇老旧小区路面的建议");
    g.t.given(ReviewCommand::Accept { id: b });
    g.t.when(ReviewCommand::Merge { id: a, into: b })
        .then_events(&["并案"]);
    let c = at_final(&mut g, "刘洋", &[], "关于改善城关镇主干道路面的建议");
    g.t.when(ReviewCommand::Merge { id: c, into: a })
        .then_refused(ReviewRejection::MergeTargetClosed);
}

#[test]
fn merging_only_within_one_series() {
    let mut g = given();
    let a = at_final(&mut g, "王伟", &[], "关于改善城关镇老旧小区道路的建议");
    // A recess suggestion, at its one review.
    g.t.at_desk(Desk::Deputy);
    let d = complete(&g, g.lead, None, "关于闭会期间改善城关镇道路的建议");
    let recess = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id: recess });
    // A motion in the delegation's name, at the final step.
    let mut d = complete(&g, g.lead, Some(g.session), "关于城关镇道路管理的议案");
    d.kind = SuggestionKind::Motion;
    d.by_delegation = true;
    g.t.at_desk(Desk::Delegation);
    let motion = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id: motion });
    pass(&mut g, motion);
    pass(&mut g, motion);

    g.t.at_desk(Desk::MotionsGroup);
    let across = ReviewRejection::MergeAcrossSeries {
        ours: "第十五届人民代表大会第三次会议建议".into(),
        theirs: "2026年闭会期间建议".into(),
    };
    assert_eq!(
        across.message_zh(),
        "不能并案：这件属于“第十五届人民代表大会第三次会议建议”，要并入的属于“2026年闭会期间建议”；只能并入同一会次同一类型（或同一年度闭会期间）的建议"
    );
    g.t.when(ReviewCommand::Merge {
        id: a,
        into: recess,
    })
    .then_refused(across);
    g.t.when(ReviewCommand::Merge {
        id: a,
        into: motion,
    })
    .then_refused(ReviewRejection::MergeAcrossSeries {
        ours: "第十五届人民代表大会第三次会议建议".into(),
        theirs: "第十五届人民代表大会第三次会议议案".into(),
    });
}

#[test]
fn items_merged_into_an_item_not_accepted_are_not_accepted_with_it_along_the_chain() {
    let mut g = given();
    let a = at_final(&mut g, "王伟", &[], "关于改善城关镇老旧小区道路的建议");
    let b = at_final(&mut g, "张强", &[], "关于改造城关镇老旧小区路面的建议");
    let c = at_final(&mut g, "刘洋", &[], "关于城关镇老旧小区改造的建议");
    g.t.given(ReviewCommand::Merge { id: a, into: b });
    g.t.given(ReviewCommand::Merge { id: b, into: c });
    g.t.when(ReviewCommand::NotAccept {
        id: c,
        reason: "作为来信处理".into(),
    })
    .then_events(&["不予立案"]);
    let state = g.t.state();
    for id in [a, b] {
        let f = state.review_file(id).unwrap();
        assert_eq!(
            (f.stage, f.not_accepted_reason.as_str()),
            (Stage::NotAccepted, "随并入的建议不予立案：作为来信处理")
        );
        let last = f.trail.last().unwrap();
        assert_eq!(
            (last.action.label(), last.comment.as_str()),
            ("不予立案", "随并入的建议不予立案：作为来信处理")
        );
    }
}

#[test]
fn a_merge_folded_after_the_targets_refusal_is_not_accepted_with_it_all_the_same() {
    let mut g = given();
    let a = at_final(&mut g, "王伟", &[], "关于改善城关镇老旧小区道路的建议");
    let c = at_final(&mut g, "刘洋", &[], "关于城关镇老旧小区改造的建议");
    let merged = g.t.given(ReviewCommand::Merge { id: a, into: c });
    let refused = g.t.given(ReviewCommand::NotAccept {
        id: c,
        reason: "作为来信处理".into(),
    });
    let in_order = g.t.state().clone();
    // Another office's copy folds the refusal first.
    let mut events = g.t.events_so_far().to_vec();
    for e in &mut events {
        if e.id == merged[0].id {
            e.stamp = refused[0].stamp.clone();
        } else if e.id == refused[0].id {
            e.stamp = merged[0].stamp.clone();
        }
    }
    let swapped = State::from_events(events);
    assert!(swapped.conflicts.is_empty(), "{:?}", swapped.conflicts);
    assert_eq!(swapped.review_file(a), in_order.review_file(a));
    assert_eq!(swapped.stage(a), Stage::NotAccepted);
}

// ---------------------------------------------------------------------
// Motions: the motion rules at acceptance, and the presidium's decision.

/// A motion at the final step: in the delegation's name, or of the lead
/// and `cosigners` only.
fn motion_at_final(g: &mut Office, by_delegation: bool, cosigners: &[&str]) -> SuggestionId {
    let mut d = complete(g, g.lead, Some(g.session), "关于制定城区停车管理办法的议案");
    d.kind = SuggestionKind::Motion;
    d.by_delegation = by_delegation;
    g.t.at_desk(if by_delegation {
        Desk::Delegation
    } else {
        Desk::Deputy
    });
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    let cosigners: Vec<DeputyId> = cosigners.iter().map(|n| deputy(g, n)).collect();
    if !cosigners.is_empty() {
        g.t.given(RaisingCommand::NameCosigners {
            id,
            deputies: cosigners.clone(),
        });
    }
    for deputy in cosigners {
        g.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy,
            how: How::InPerson,
        });
    }
    g.t.given(ReviewCommand::SubmitDraft { id });
    pass(g, id);
    pass(g, id);
    id
}

#[test]
fn accepting_a_motion_of_too_few_deputies_numbers_it_as_a_suggestion_and_the_trail_says_why() {
    let mut g = given();
    let id = motion_at_final(&mut g, false, &["李娜", "张强", "刘洋"]);
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["议案转为建议", "立案编号"]);
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(state.kind(s), SuggestionKind::Suggestion);
    assert_eq!(
        number(&g, id),
        Some((Series::Session(g.session, SuggestionKind::Suggestion), 1))
    );
    let trail = &state.review_file(id).unwrap().trail;
    let converted = &trail[trail.len() - 2];
    assert_eq!(converted.action.label(), "议案转为建议");
    assert_eq!(
        converted.comment,
        "不符合议案条件，作为建议立案（联名代表4名，不足10名，且非代表团名义提出）"
    );
    assert!(state.awaits_assignment(id) && !state.awaits_motion_decision(id));
}

#[test]
fn accepting_a_motion_raised_in_recess_numbers_it_as_a_recess_suggestion() {
    let mut g = given();
    let mut d = complete(&g, g.lead, None, "关于闭会期间制定停车管理办法的议案");
    d.kind = SuggestionKind::Motion;
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id });
    g.t.when_on(date(2027, 2, 1), ReviewCommand::Accept { id })
        .then_events(&["议案转为建议", "立案编号"]);
    assert_eq!(number(&g, id), Some((Series::Recess(2027), 1)));
    let trail = &g.t.state().review_file(id).unwrap().trail;
    assert_eq!(
        trail[0].comment,
        "不符合议案条件，作为建议立案（闭会期间提出）"
    );
}

#[test]
fn an_accepted_motion_awaits_the_presidiums_decision_once_and_put_on_the_agenda_leaves() {
    let mut g = given();
    let id = motion_at_final(&mut g, true, &[]);
    g.t.when(ReviewCommand::DecideMotion {
        id,
        decision: MotionDecision::PutOnAgenda,
    })
    .then_refused(ReviewRejection::NotAnAcceptedMotion {
        stage: "待议案组终审".into(),
    });
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
    assert_eq!(
        number(&g, id),
        Some((Series::Session(g.session, SuggestionKind::Motion), 1))
    );
    let state = g.t.state();
    assert!(state.awaits_motion_decision(id) && !state.awaits_assignment(id));
    g.t.when(ReviewCommand::DecideMotion {
        id,
        decision: MotionDecision::PutOnAgenda,
    })
    .then_events(&["主席团决定议案"]);
    let state = g.t.state();
    let file = state.review_file(id).unwrap();
    assert_eq!(file.motion_decision, Some(MotionDecision::PutOnAgenda));
    assert_eq!(
        file.trail.last().unwrap().action.label(),
        "主席团决定列入大会议程"
    );
    assert!(!state.awaits_motion_decision(id) && !state.awaits_assignment(id));
    g.t.when(ReviewCommand::DecideMotion {
        id,
        decision: MotionDecision::HandleAsSuggestion,
    })
    .then_refused(ReviewRejection::MotionAlreadyDecided {
        decision: "主席团决定列入大会议程",
    });
}

#[test]
fn a_motion_the_presidium_hands_over_as_a_suggestion_awaits_assignment() {
    let mut g = given();
    let id = motion_at_final(&mut g, true, &[]);
    g.t.given(ReviewCommand::Accept { id });
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when(ReviewCommand::DecideMotion {
        id,
        decision: MotionDecision::HandleAsSuggestion,
    })
    .then_refused(ReviewRejection::WrongDesk {
        stage: "待大会主席团决定是否列入议程".into(),
        desk: "议案组",
    });
    g.t.at_desk(Desk::MotionsGroup);
    g.t.when(ReviewCommand::DecideMotion {
        id,
        decision: MotionDecision::HandleAsSuggestion,
    })
    .then_events(&["主席团决定议案"]);
    assert!(g.t.state().awaits_assignment(id));
    // A suggestion is not decided on by the presidium.
    let s = at_final(&mut g, "张强", &[], "关于完善城关镇路灯的建议");
    g.t.given(ReviewCommand::Accept { id: s });
    assert!(g.t.state().awaits_assignment(s));
    g.t.when(ReviewCommand::DecideMotion {
        id: s,
        decision: MotionDecision::PutOnAgenda,
    })
    .then_refused(ReviewRejection::NotAnAcceptedMotion {
        stage: "已作为建议立案".into(),
    });
}

// ---------------------------------------------------------------------
// Acts keyed in from paper take their business date.

#[test]
fn a_recess_item_accepted_in_the_new_year_is_numbered_in_that_years_series() {
    let mut g = given();
    let recess = |g: &mut Office, title: &str| {
        let d = complete(g, g.lead, None, title);
        let id = g.t.added(RaisingCommand::CreateDraft(d));
        g.t.given_on(date(2026, 12, 20), ReviewCommand::SubmitDraft { id });
        id
    };
    let late = recess(&mut g, "关于闭会期间完善路灯的建议");
    let early = recess(&mut g, "关于闭会期间改造公厕的建议");
    g.t.when_on(date(2027, 1, 3), ReviewCommand::Accept { id: late })
        .then_events(&["立案编号"]);
    g.t.when_on(date(2026, 12, 28), ReviewCommand::Accept { id: early })
        .then_events(&["立案编号"]);
    assert_eq!(number(&g, late), Some((Series::Recess(2027), 1)));
    assert_eq!(number(&g, early), Some((Series::Recess(2026), 1)));
    let state = g.t.state();
    let s = &state.raising.suggestions[&late];
    assert_eq!(
        state.number_label(s).as_deref(),
        Some("2027年闭会期间建议第1号")
    );
    let file = state.review_file(late).unwrap();
    assert_eq!(
        (file.submitted_on, file.trail.last().unwrap().on),
        (date(2026, 12, 20), date(2027, 1, 3))
    );
}

#[test]
fn every_act_keyed_in_from_paper_carries_its_business_date() {
    let mut g = given();
    let d = complete(
        &g,
        g.lead,
        Some(g.session),
        "关于改善城关镇老旧小区道路的建议",
    );
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    let li = g.others[0];
    g.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: vec![li],
    });
    g.t.given_on(
        date(2026, 11, 2),
        RaisingCommand::ConfirmCosign {
            id,
            deputy: li,
            how: How::PaperKeyedIn,
        },
    );
    g.t.given_on(date(2026, 11, 3), ReviewCommand::SubmitDraft { id });
    g.t.at_desk(Desk::Delegation).given_on(
        date(2026, 11, 5),
        ReviewCommand::PassReview {
            id,
            comment: String::new(),
        },
    );
    g.t.at_desk(Desk::Committee).given_on(
        date(2026, 11, 9),
        ReviewCommand::PassReview {
            id,
            comment: String::new(),
        },
    );
    g.t.at_desk(Desk::MotionsGroup).given_on(
        date(2026, 11, 12),
        ReviewCommand::ReturnForImprovement {
            id,
            comment: "请补充数据".into(),
        },
    );
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(
        s.cosigners[0].confirmed.as_ref().unwrap().on,
        date(2026, 11, 2)
    );
    let dates: Vec<_> = state
        .review_file(id)
        .unwrap()
        .trail
        .iter()
        .map(|t| t.on)
        .collect();
    assert_eq!(
        dates,
        vec![date(2026, 11, 5), date(2026, 11, 9), date(2026, 11, 12)]
    );
}

// ---------------------------------------------------------------------
// The desk decides: each act at the desk of the item's step.

#[test]
fn a_review_act_at_another_desk_than_its_steps_is_refused_naming_the_step_and_desk() {
    let mut g = given();
    let id = submitted(&mut g, "关于改善城关镇老旧小区道路的建议");
    g.t.at_desk(Desk::Committee);
    let at_delegation = ReviewRejection::WrongDesk {
        stage: "待代表团初审".into(),
        desk: "代表团/主席团",
    };
    g.t.when(ReviewCommand::PassReview {
        id,
        comment: String::new(),
    })
    .then_refused(at_delegation.clone());
    g.t.when(ReviewCommand::ReturnForImprovement {
        id,
        comment: "请补充数据".into(),
    })
    .then_refused(at_delegation);
    pass(&mut g, id);
    pass(&mut g, id);
    let other = at_final(&mut g, "张强", &[], "关于改造城关镇老旧小区路面的建议");
    g.t.at_desk(Desk::CommitteeOffice);
    let at_final_step = ReviewRejection::WrongDesk {
        stage: "待议案组终审".into(),
        desk: "议案组",
    };
    assert_eq!(
        at_final_step.message_zh(),
        "这件建议待议案组终审，请在“议案组”工作台办理"
    );
    for cmd in [
        ReviewCommand::Accept { id },
        ReviewCommand::ConvertToSuggestion { id },
        ReviewCommand::Merge { id, into: other },
        ReviewCommand::NotAccept {
            id,
            reason: "作为来信处理".into(),
        },
        ReviewCommand::ReturnForImprovement {
            id,
            comment: "请补充数据".into(),
        },
    ] {
        g.t.when(cmd).then_refused(at_final_step.clone());
    }
    // The final step's desk accepts, on the numbering copy.
    g.t.at_desk(Desk::MotionsGroup);
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
}

#[test]
fn the_merge_targets_offered_are_those_a_merge_accepts_most_similar_first() {
    let mut g = given();
    let a = at_final(&mut g, "王伟", &[], "关于改善城关镇老旧小区道路的建议");
    let near = at_final(&mut g, "张强", &[], "关于改善城关镇老旧小区路面的建议");
    let far = at_final(&mut g, "刘洋", &[], "关于完善北山镇农贸市场的建议");
    let early = submitted(&mut g, "关于城关镇老旧小区改造的建议");
    g.t.at_desk(Desk::Deputy);
    let d = complete(&g, g.lead, None, "关于闭会期间改善城关镇道路的建议");
    let recess = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id: recess });
    let offered: Vec<SuggestionId> = review::merge_targets(g.t.state(), a, today())
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(offered, vec![near, far]);
    assert!(!offered.contains(&early) && !offered.contains(&recess));
}
