//! 三提, part 1: citizen opinions, drafting checks on submit, co-signing.

use jianyi_core::directory::{
    DeputyFields, DirectoryCommand, SessionFields, StationFields, StationKind,
};
use jianyi_core::office::OfficeCommand;
use jianyi_core::raising::checks::{self, KindAdvice};
use jianyi_core::raising::{
    Draft, OpinionFields, RaisingCommand, RaisingRejection, Signature, SuggestionKind,
};
use jianyi_core::review::{ReviewCommand, ReviewRejection, ReviewStep, Stage};
use jianyi_core::settings::RaisingRules;
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;

fn day(d: u32) -> chrono::NaiveDate {
    date(2026, 11, d)
}

/// An office (its business date the 27th) with a session, a station and
/// twelve deputies of 城关镇代表团: 王伟 the lead, the others co-signers.
struct Office {
    t: Given,
    lead: DeputyId,
    others: Vec<DeputyId>,
    session: SessionId,
    station: StationId,
}

fn given() -> Office {
    let mut t = Given::office();
    let g: DelegationId = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let names = [
        "王伟", "李娜", "张强", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊", "徐丽",
        "孙杰",
    ];
    let mut deputies: Vec<DeputyId> = names
        .iter()
        .map(|n| t.added(DirectoryCommand::AddDeputy(DeputyFields::new(n, g))))
        .collect();
    let lead = deputies.remove(0);
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    }));
    let station = t.added(DirectoryCommand::AddStation(StationFields {
        name: "城关镇人大代表联络站".into(),
        kind: StationKind::LiaisonStation,
        field: String::new(),
    }));
    Office {
        t,
        lead,
        others: deputies,
        session,
        station,
    }
}

/// A draft with every element and every negative-list item confirmed.
fn complete(g: &Office) -> Draft {
    g.t.complete_draft(g.lead, Some(g.session), "关于改善城关镇老旧小区道路的建议")
}

fn create(g: &mut Office, d: Draft) -> SuggestionId {
    g.t.added(RaisingCommand::CreateDraft(d))
}

fn opinion(g: &mut Office, topic: &str) -> OpinionId {
    g.t.added(RaisingCommand::RecordOpinion(OpinionFields {
        station: g.station,
        received_on: day(20),
        topic: topic.into(),
        text: "小区道路坑洼，雨天积水，老人出行困难。".into(),
        contact: "13700001234".into(),
    }))
}

fn name_and_confirm(g: &mut Office, id: SuggestionId, deputies: &[DeputyId], how: How) {
    g.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: deputies.to_vec(),
    });
    for deputy in deputies {
        g.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy: *deputy,
            how,
        });
    }
}

#[test]
fn a_recorded_opinion_keeps_the_citizens_contact_private_in_its_record() {
    let mut g = given();
    let events =
        g.t.when(RaisingCommand::RecordOpinion(OpinionFields {
            station: g.station,
            received_on: day(20),
            topic: "老旧小区道路破损".into(),
            text: "小区道路坑洼，雨天积水，老人出行困难。".into(),
            contact: "13700001234".into(),
        }))
        .then_events(&["登记群众意见", "登记群众联系方式"]);
    // The contact travels in an event of its own, marked private.
    assert!(!events[0].kind.is_private() && events[1].kind.is_private());
    let id = OpinionId(events[0].kind.created_id().unwrap());
    let raising = &g.t.state().raising;
    let o = &raising.opinions[&id];
    assert_eq!(
        (o.topic.as_str(), raising.contact(id), o.received_on),
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
    g.t.when(RaisingCommand::RecordOpinion(f.clone()))
        .then_refused(InputRejection::Missing {
            field: "意见内容"
        });
    f.text = "路灯不亮。".into();
    f.received_on = day(28);
    g.t.when(RaisingCommand::RecordOpinion(f))
        .then_refused(InputRejection::InFuture {
            field: "收集日期"
        });
}

#[test]
fn a_draft_made_from_opinions_is_linked_both_ways_and_relinked_on_edit() {
    let mut g = given();
    let a = opinion(&mut g, "道路破损");
    let b = opinion(&mut g, "雨天积水");
    let mut d = complete(&g);
    d.opinions = vec![a, b, a];
    let id = create(&mut g, d.clone());
    let raising = &g.t.state().raising;
    assert_eq!(raising.suggestions[&id].draft.opinions, vec![a, b]);
    assert_eq!(raising.suggestions_from(a), [id]);
    d.opinions = vec![b];
    g.t.when(RaisingCommand::EditDraft { id, draft: d })
        .then_events(&["修改草稿"]);
    let raising = &g.t.state().raising;
    assert!(raising.suggestions_from(a).is_empty());
    assert_eq!(raising.suggestions_from(b), [id]);
}

#[test]
fn submitting_a_draft_without_measures_is_refused_naming_them() {
    let mut g = given();
    let mut d = complete(&g);
    d.measures = String::new();
    let id = create(&mut g, d);
    let incomplete = ReviewRejection::Incomplete {
        missing: vec!["“对策”".into()],
    };
    assert!(incomplete.message_zh().contains("对策"));
    g.t.when(ReviewCommand::SubmitDraft { id })
        .then_refused(incomplete);
    assert_eq!(g.t.state().stage(id), Stage::Draft);
}

#[test]
fn submitting_needs_every_negative_item_confirmed() {
    let mut g = given();
    let mut d = complete(&g);
    d.negative_confirmed.pop();
    let id = create(&mut g, d);
    g.t.when(ReviewCommand::SubmitDraft { id })
        .then_refused(ReviewRejection::Incomplete {
            missing: vec!["负面清单尚有1项未确认".into()],
        });
}

#[test]
fn a_complete_draft_is_submitted_and_then_no_longer_edited_as_a_draft() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    g.t.when_on(day(27), ReviewCommand::SubmitDraft { id })
        .then_events(&["提交建议"]);
    let state = g.t.state();
    assert_eq!(
        (
            state.stage(id),
            state.review_file(id).map(|f| f.submitted_on)
        ),
        (Stage::InReview(ReviewStep::Delegation), Some(day(27)))
    );
    let d = complete(&g);
    g.t.when(RaisingCommand::EditDraft { id, draft: d })
        .then_refused(RaisingRejection::NotDraft { stage: "审查中" });
}

#[test]
fn a_motion_in_recess_or_from_too_few_deputies_is_advised_but_may_go_in_for_conversion() {
    let g = given();
    let state = g.t.state();
    let mut d = complete(&g);
    d.kind = SuggestionKind::Motion;
    d.session = None;
    let c = checks::check(state, &d, None, 1);
    assert_eq!(c.kind, Some(KindAdvice::MotionInRecess));
    assert!(
        c.kind
            .as_ref()
            .unwrap()
            .message_zh()
            .contains("闭会期间只能提出建议")
    );
    assert!(c.missing().is_empty(), "advice does not stop submission");

    d.session = Some(g.session);
    let c = checks::check(state, &d, None, 1);
    assert_eq!(
        c.kind,
        Some(KindAdvice::MotionTooFewDeputies { have: 1, need: 10 })
    );
    d.by_delegation = true;
    assert_eq!(
        checks::check(state, &d, None, 1).kind,
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
    let nine = g.others[..9].to_vec();
    name_and_confirm(&mut g, id, &nine, How::InPerson);
    let advice = |t: &Given, id: SuggestionId| {
        let state = t.state();
        let s = &state.raising.suggestions[&id];
        checks::check(state, &s.draft, Some(id), s.signers() as u32).kind
    };
    assert_eq!(advice(&g.t, id), None);

    g.t.given(OfficeCommand::ChangeSettings(SettingsGroup::Rules(
        RaisingRules {
            township_mode: true,
            ..g.t.state().settings().rules.clone()
        },
    )));
    let id = create(&mut g, d);
    let four = g.others[..4].to_vec();
    name_and_confirm(&mut g, id, &four, How::PaperKeyedIn);
    assert_eq!(advice(&g.t, id), None);
    g.t.when(ReviewCommand::SubmitDraft { id })
        .then_events(&["提交建议"]);
    assert_eq!(
        g.t.state().stage(id),
        Stage::InReview(ReviewStep::Presidium)
    );
}

#[test]
fn co_signatures_count_only_once_confirmed_and_record_how() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    let (a, b) = (g.others[0], g.others[1]);
    g.t.when(RaisingCommand::NameCosigners {
        id,
        deputies: vec![a, b],
    })
    .then_events(&["邀请联名"]);
    assert_eq!(g.t.state().raising.suggestions[&id].signers(), 1);
    g.t.when_on(
        day(26),
        RaisingCommand::ConfirmCosign {
            id,
            deputy: a,
            how: How::PaperKeyedIn,
        },
    )
    .then_events(&["联名确认"]);
    let s = &g.t.state().raising.suggestions[&id];
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
    g.t.when(RaisingCommand::NameCosigners {
        id,
        deputies: vec![g.lead],
    })
    .then_refused(RaisingRejection::LeadCannotCosign);
    g.t.when(RaisingCommand::NameCosigners {
        id,
        deputies: vec![a, a],
    })
    .then_refused(RaisingRejection::AlreadyCosigner {
        name: "李娜".into(),
    });
    let confirm = |how| RaisingCommand::ConfirmCosign { id, deputy: a, how };
    g.t.when(confirm(How::InPerson))
        .then_refused(RaisingRejection::NotCosigner {
            name: "李娜".into(),
        });
    g.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: vec![a],
    });
    g.t.when(confirm(How::Operator))
        .then_refused(RaisingRejection::PersonalActOnly);
    g.t.given(confirm(How::InPerson));
    g.t.when(confirm(How::InPerson))
        .then_refused(RaisingRejection::AlreadyConfirmed {
            name: "李娜".into(),
        });
    g.t.when(RaisingCommand::RemoveCosigner { id, deputy: a })
        .then_events(&["取消联名邀请"]);
    assert!(g.t.state().raising.suggestions[&id].cosigners.is_empty());
}

#[test]
fn ten_deputies_with_the_lead_make_a_key_candidate_and_an_edit_voids_them() {
    let mut g = given();
    let d = complete(&g);
    let id = create(&mut g, d);
    let nine = g.others[..9].to_vec();
    g.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: nine.clone(),
    });
    for (i, d) in nine.iter().enumerate() {
        g.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy: *d,
            how: How::InPerson,
        });
        let state = g.t.state();
        assert_eq!(
            state.key_candidate(&state.raising.suggestions[&id]),
            i == 8,
            "after {} co-signers",
            i + 1
        );
    }
    // Confirming negative-list items changes nothing a signer read.
    let mut d = complete(&g);
    d.negative_confirmed.truncate(2);
    g.t.when(RaisingCommand::EditDraft {
        id,
        draft: d.clone(),
    })
    .then_events(&["修改草稿"]);
    let state = g.t.state();
    assert!(state.key_candidate(&state.raising.suggestions[&id]));

    d.measures.push_str("资金由县财政统筹。");
    g.t.when_on(day(28), RaisingCommand::EditDraft { id, draft: d })
        .then_events(&["修改草稿"]);
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(
        s.signers(),
        1,
        "an edit by the drafter voids every signature"
    );
    assert!(
        s.cosigners
            .iter()
            .all(|c| s.signature(c) == Signature::Voided { on: day(28) })
    );
    assert!(!state.key_candidate(s));
}

// ---------------------------------------------------------------------
// A deputy counts once as a signer, whoever is lead.

/// Ten deputies: the lead and nine confirmed co-signers.
fn ten_signers(g: &mut Office) -> (SuggestionId, Vec<DeputyId>) {
    let d = complete(g);
    let id = create(g, d);
    let nine = g.others[..9].to_vec();
    name_and_confirm(g, id, &nine, How::InPerson);
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert!(s.signers() == 10 && state.key_candidate(s));
    (id, nine)
}

fn with_lead(g: &Office, id: SuggestionId, lead: DeputyId) -> RaisingCommand {
    let mut draft = g.t.state().raising.suggestions[&id].draft.clone();
    draft.lead_deputy = lead;
    RaisingCommand::EditDraft { id, draft }
}

#[test]
fn a_co_signer_made_lead_before_submission_counts_once_and_the_old_lead_is_no_co_signer() {
    let mut g = given();
    let (id, nine) = ten_signers(&mut g);
    let new_lead = nine[0];
    g.t.when(with_lead(&g, id, new_lead))
        .then_events(&["修改草稿"]);
    // A new lead is a change of what was signed: every signature is void.
    assert_eq!(g.t.state().raising.suggestions[&id].signers(), 1);
    g.t.when(RaisingCommand::ConfirmCosign {
        id,
        deputy: new_lead,
        how: How::InPerson,
    })
    .then_refused(RaisingRejection::LeadCannotCosign);
    for deputy in &nine[1..] {
        g.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy: *deputy,
            how: How::InPerson,
        });
    }
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(s.signers(), 9, "nine people count as nine");
    assert!(!state.key_candidate(s));
    let listed: Vec<DeputyId> = s.listed_cosigners().map(|c| c.deputy).collect();
    assert_eq!(listed, nine[1..], "the new lead is shown as the lead only");
    let proposers = state.proposers(s);
    assert_eq!(proposers[0], new_lead);
    assert_eq!(proposers.len(), 9);
    assert!(
        !proposers.contains(&g.lead),
        "the old lead is not made a co-signer"
    );
}

#[test]
fn a_co_signer_made_lead_after_a_return_counts_once_and_the_old_lead_drops_out() {
    let mut g = given();
    let (id, nine) = ten_signers(&mut g);
    g.t.given(ReviewCommand::SubmitDraft { id });
    g.t.at_desk(Desk::Delegation)
        .given(ReviewCommand::ReturnForImprovement {
            id,
            comment: "请由熟悉情况的代表领衔".into(),
        });
    g.t.at_desk(Desk::Deputy);
    let new_lead = nine[0];
    g.t.when(with_lead(&g, id, new_lead))
        .then_events(&["修改草稿"]);
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    // A revision after a return keeps the signatures, but never counts a
    // deputy twice: nine people remain, the old lead no longer among them.
    assert_eq!(s.signers(), 9);
    assert!(!state.key_candidate(s));
    assert!(s.listed_cosigners().all(|c| c.deputy != new_lead));
    let proposers = state.proposers(s);
    assert_eq!((proposers[0], proposers.len()), (new_lead, 9));
    assert!(!proposers.contains(&g.lead));
}

// ---------------------------------------------------------------------
// Raising in a delegation's name is the delegation desk's act.

#[test]
fn only_the_delegation_desk_raises_a_motion_in_a_delegations_name() {
    let mut g = given();
    let mut d = complete(&g);
    d.kind = SuggestionKind::Motion;
    d.by_delegation = true;
    g.t.at_desk(Desk::Deputy);
    let refused = RaisingRejection::ByDelegationAtDelegationDesk { desk: "代表" };
    assert!(refused.message_zh().contains("“代表团/主席团”工作台"));
    g.t.when(RaisingCommand::CreateDraft(d.clone()))
        .then_refused(refused.clone());

    g.t.at_desk(Desk::Delegation);
    let id = create(&mut g, d.clone());
    // An edit from the deputy's desk that leaves the flag keeps it.
    g.t.at_desk(Desk::Deputy);
    let mut edited = d.clone();
    edited.measures.push_str("资金由县财政统筹。");
    g.t.when(RaisingCommand::EditDraft { id, draft: edited })
        .then_events(&["修改草稿"]);
    assert!(g.t.state().raising.suggestions[&id].draft.by_delegation);

    // Setting it on a deputy's motion from the deputy's desk is refused.
    d.by_delegation = false;
    let own = create(&mut g, d.clone());
    d.by_delegation = true;
    g.t.when(RaisingCommand::EditDraft { id: own, draft: d })
        .then_refused(refused);
}
