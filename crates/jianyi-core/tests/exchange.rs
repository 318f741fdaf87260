//! Exchange between offices (domain.md §6): the events of several offices
//! fold to the same state in any order of arrival, merging is a union by
//! event id, two offices' edits of one field meet as a conflict naming both
//! sides, a co-signature counts only for the text it read, private data
//! travels in events of its own, and stored formats migrate in order while
//! a newer one is kept raw.

use std::collections::BTreeSet;

use jianyi_core::directory::{DeputyFields, DirectoryCommand, DirectoryEvent, SessionFields};
use jianyi_core::migrate::MIGRATIONS;
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::{
    Draft, OpinionFields, RaisingCommand, RaisingEvent, Signature, Suggestion,
};
use jianyi_core::review::{ReviewCommand, ReviewStep, Stage};
use jianyi_core::testkit::{Given, date, today};
use jianyi_core::*;
use jianyi_demo::SplitMix;

const NOW_MS: u64 = 1_800_000_000_000;

/// Events in a seeded random order of arrival (Fisher–Yates).
fn shuffled(events: &[Event], rng: &mut SplitMix) -> Vec<Event> {
    let mut out = events.to_vec();
    for i in (1..out.len()).rev() {
        out.swap(i, rng.below(i + 1));
    }
    out
}

/// What an office holds after importing `b` into `a`: the union of both
/// logs by event id.
fn merge(a: &[Event], b: &[Event]) -> Vec<Event> {
    let mut seen = BTreeSet::new();
    a.iter()
        .chain(b)
        .filter(|e| seen.insert(e.id))
        .cloned()
        .collect()
}

fn ids(events: &[Event]) -> BTreeSet<EventId> {
    events.iter().map(|e| e.id).collect()
}

/// The committee office's copy (县人大代表工委): 城关镇代表团 with 王伟 the
/// lead deputy and 李娜, 张强 co-signers, and a session.
struct Committee {
    t: Given,
    delegation: DelegationId,
    lead: DeputyId,
    li: DeputyId,
    zhang: DeputyId,
    session: SessionId,
}

fn committee() -> Committee {
    let mut t = Given::office_named("县人大代表工委", 1);
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
    let delegation = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let mut deputy = |name: &str| -> DeputyId {
        t.added(DirectoryCommand::AddDeputy(DeputyFields::new(
            name, delegation,
        )))
    };
    let (lead, li, zhang) = (deputy("王伟"), deputy("李娜"), deputy("张强"));
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    }));
    Committee {
        t,
        delegation,
        lead,
        li,
        zhang,
        session,
    }
}

/// A second office (a station's copy) that starts from what `first` holds.
fn station_from(first: &Given) -> Given {
    Given::office_named("城关镇人大代表联络站", 2).with_events(first.events_so_far().to_vec())
}

/// A draft with every element present and the negative list confirmed.
fn complete(t: &Given, lead: DeputyId, session: Option<SessionId>, title: &str) -> Draft {
    t.complete_draft(lead, session, title)
}

fn signature(s: &Suggestion, deputy: DeputyId) -> Signature {
    let c = s.cosigners.iter().find(|c| c.deputy == deputy).unwrap();
    s.signature(c)
}

// ---------------------------------------------------------------------
// Any order of arrival; merge is a union by id.

/// The demo county, and a second office that took the county's events and
/// went on working: a review, an edit, an opinion, a co-signed draft.
fn two_offices() -> (Vec<Event>, Vec<Event>) {
    let county = jianyi_demo::county(11, today(), NOW_MS);
    let mut other = Given::office_named("城关镇代表团", 2).with_events(county.clone());
    let state = other.state().clone();
    let waiting = state
        .raising
        .suggestions
        .keys()
        .find(|id| state.stage(**id) == Stage::InReview(ReviewStep::Delegation))
        .copied()
        .expect("the demo has items at the delegation's review");
    other.at_desk(Desk::Delegation);
    other.given(ReviewCommand::PassReview {
        id: waiting,
        comment: "经代表团会前协商，同意提交。".into(),
    });
    other.at_desk(Desk::CommitteeOffice);
    let deputies: Vec<_> = state.directory.deputies.values().take(3).collect();
    let first = deputies[0];
    other.given(DirectoryCommand::EditDeputy {
        id: first.id,
        fields: DeputyFields {
            name: first.name.clone(),
            delegation: first.delegation,
            gender: first.gender,
            term: "第十五届（补选）".into(),
            stations: first.stations.clone(),
            phone: state.directory.phone(first.id).into(),
        },
    });
    other.given(RaisingCommand::RecordOpinion(OpinionFields {
        station: first.stations[0],
        received_on: today(),
        topic: "集镇路灯不亮".into(),
        text: "集镇主街路灯损坏多盏，夜间出行不便。".into(),
        contact: "13600001111".into(),
    }));
    let d = complete(&other, first.id, None, "关于修复集镇主街路灯的建议");
    let id = other.added(RaisingCommand::CreateDraft(d));
    let cosigners = vec![deputies[1].id, deputies[2].id];
    other.given(RaisingCommand::NameCosigners {
        id,
        deputies: cosigners.clone(),
    });
    for deputy in cosigners {
        other.given(RaisingCommand::ConfirmCosign {
            id,
            deputy,
            how: How::PaperKeyedIn,
        });
    }
    other.given(ReviewCommand::SubmitDraft { id });
    (county, other.events_so_far().to_vec())
}

#[test]
fn the_same_events_in_any_order_of_arrival_fold_to_the_same_state() {
    let (county, other) = two_offices();
    let all = merge(&county, &other);
    assert!(all.len() > county.len());
    let in_order = State::from_events(all.clone());
    assert!(in_order.conflicts.is_empty(), "{:?}", in_order.conflicts);
    assert_eq!(in_order.event_count, all.len());
    for seed in 0..64 {
        let mut rng = SplitMix::new(seed);
        let arrived = shuffled(&all, &mut rng);
        assert!(
            State::from_events(arrived) == in_order,
            "seed {seed}: the fold depends on the order of arrival"
        );
    }
}

#[test]
fn merge_is_a_union_by_event_id_commutative_and_idempotent() {
    let (county, other) = two_offices();
    // The county's copy, which has imported part of the second office's
    // work, and the second office's copy, which holds the county's events.
    let own = &other[county.len()..];
    let a: Vec<Event> = county.iter().chain(&own[..3]).cloned().collect();
    let b = other.clone();
    let ab = merge(&a, &b);
    let ba = merge(&b, &a);
    assert_eq!(ids(&ab), ids(&ba));
    assert_eq!(ab.len(), ids(&ab).len(), "each event once");
    assert!(
        State::from_events(ab.clone()) == State::from_events(ba),
        "merge(a, b) = merge(b, a)"
    );
    assert!(
        State::from_events(merge(&a, &a)) == State::from_events(a.clone()),
        "merge(a, a) = a"
    );
    // Importing the same packet twice changes nothing.
    assert!(State::from_events(merge(&ab, &b)) == State::from_events(ab.clone()));
    for seed in 0..16 {
        let mut rng = SplitMix::new(seed);
        let (a2, b2) = (shuffled(&a, &mut rng), shuffled(&b, &mut rng));
        assert!(
            State::from_events(merge(&b2, &a2)) == State::from_events(ab.clone()),
            "seed {seed}"
        );
    }
    // Without the union, an event imported twice would not apply twice.
    let twice = State::from_events([a.clone(), a.clone()].concat());
    assert!(!twice.conflicts.is_empty());
}

// ---------------------------------------------------------------------
// Concurrent edits.

#[test]
fn concurrent_edits_of_one_field_of_a_deputy_from_two_offices_are_a_conflict_naming_both_sides() {
    let mut c = committee();
    let mut station = station_from(&c.t);
    c.t.when(DirectoryCommand::EditDeputy {
        id: c.lead,
        fields: DeputyFields::new("王伟东", c.delegation),
    })
    .then_events(&["修改代表"]);
    station
        .when(DirectoryCommand::EditDeputy {
            id: c.lead,
            fields: DeputyFields::new("王卫", c.delegation),
        })
        .then_events(&["修改代表"]);
    let merged = merge(c.t.events_so_far(), station.events_so_far());
    let state = State::from_events(merged.clone());
    assert_eq!(state.conflicts.len(), 1, "{:?}", state.conflicts);
    let conflict = &state.conflicts[0];
    let clash = conflict
        .clash
        .as_ref()
        .expect("the conflict names both sides");
    assert_eq!(clash.field, "姓名");
    assert_eq!(
        BTreeSet::from([clash.theirs.office.as_str(), clash.ours.office.as_str()]),
        BTreeSet::from(["县人大代表工委", "城关镇人大代表联络站"])
    );
    assert_eq!(
        BTreeSet::from([clash.their_value.as_str(), clash.our_value.as_str()]),
        BTreeSet::from(["王伟东", "王卫"])
    );
    assert_eq!(conflict.event, clash.ours.event, "the edit held back");
    // The edit that came first stands; nothing is silently overwritten.
    assert_eq!(state.directory.deputies[&c.lead].name, clash.their_value);
    for side in [
        "县人大代表工委",
        "城关镇人大代表联络站",
        "王伟东",
        "王卫",
        "姓名",
    ] {
        assert!(conflict.reason.contains(side), "{}", conflict.reason);
    }
    // Whichever copy imports the other, the same.
    let other_way = merge(station.events_so_far(), c.t.events_so_far());
    assert!(State::from_events(other_way) == state);
}

#[test]
fn edits_of_different_fields_of_one_deputy_from_two_offices_both_apply() {
    let mut c = committee();
    let mut station = station_from(&c.t);
    c.t.when(DirectoryCommand::EditDeputy {
        id: c.lead,
        fields: DeputyFields::new("王伟东", c.delegation),
    })
    .then_events(&["修改代表"]);
    station
        .when(DirectoryCommand::EditDeputy {
            id: c.lead,
            fields: DeputyFields {
                term: "第十五届".into(),
                ..DeputyFields::new("王伟", c.delegation)
            },
        })
        .then_events(&["修改代表"]);
    let state = State::from_events(merge(c.t.events_so_far(), station.events_so_far()));
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    let d = &state.directory.deputies[&c.lead];
    assert_eq!((d.name.as_str(), d.term.as_str()), ("王伟东", "第十五届"));
}

// ---------------------------------------------------------------------
// Co-signatures follow the revision they read.

#[test]
fn a_revision_after_a_return_keeps_confirmations_marked_changed_and_a_cosigner_may_withdraw() {
    let mut c = committee();
    let d = complete(
        &c.t,
        c.lead,
        Some(c.session),
        "关于改善城关镇老旧小区道路的建议",
    );
    let id: SuggestionId = c.t.added(RaisingCommand::CreateDraft(d));
    c.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: vec![c.li, c.zhang],
    });
    for deputy in [c.li, c.zhang] {
        c.t.given(RaisingCommand::ConfirmCosign {
            id,
            deputy,
            how: How::InPerson,
        });
    }
    c.t.given(ReviewCommand::SubmitDraft { id });
    c.t.at_desk(Desk::Delegation)
        .given(ReviewCommand::PassReview {
            id,
            comment: String::new(),
        });
    c.t.at_desk(Desk::Committee)
        .given(ReviewCommand::ReturnForImprovement {
            id,
            comment: "请补充近两年的数据".into(),
        });
    c.t.at_desk(Desk::Deputy);
    let mut d = c.t.state().raising.suggestions[&id].draft.clone();
    d.basis.push_str("近两年共发生积水路段投诉四十余起。");
    c.t.when(RaisingCommand::EditDraft { id, draft: d })
        .then_events(&["修改草稿"]);

    let s = &c.t.state().raising.suggestions[&id];
    let latest = s.revisions.last().expect("the revision is kept").revision;
    assert_eq!(latest, s.revision);
    for deputy in [c.li, c.zhang] {
        let Signature::Confirmed(k) = signature(s, deputy) else {
            panic!("a revision asked for by a review keeps the confirmation");
        };
        assert!(k.revision < latest, "confirmed an older text");
        let cosigner = s.cosigners.iter().find(|x| x.deputy == deputy).unwrap();
        assert!(
            cosigner.seen_revision.is_none_or(|seen| seen < latest),
            "marked changed until seen"
        );
    }
    assert_eq!(s.signers(), 3);

    c.t.when(RaisingCommand::AcknowledgeRevision { id, deputy: c.li })
        .then_events(&["阅知修改"]);
    let s = &c.t.state().raising.suggestions[&id];
    let li = s.cosigners.iter().find(|x| x.deputy == c.li).unwrap();
    assert_eq!(li.seen_revision, Some(latest));

    c.t.when(RaisingCommand::WithdrawCosign {
        id,
        deputy: c.zhang,
    })
    .then_events(&["撤回联名"]);
    let s = &c.t.state().raising.suggestions[&id];
    assert!(s.cosigners.iter().all(|x| x.deputy != c.zhang));
    assert_eq!(s.signers(), 2);
}

#[test]
fn an_edit_before_submission_voids_confirmations_and_a_new_confirmation_of_the_new_revision_counts()
{
    let mut c = committee();
    let d = complete(
        &c.t,
        c.lead,
        Some(c.session),
        "关于改善城关镇老旧小区道路的建议",
    );
    let id: SuggestionId = c.t.added(RaisingCommand::CreateDraft(d.clone()));
    c.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: vec![c.li],
    });
    c.t.given(RaisingCommand::ConfirmCosign {
        id,
        deputy: c.li,
        how: How::InPerson,
    });
    assert_eq!(c.t.state().raising.suggestions[&id].signers(), 2);

    let mut edited = d;
    edited.measures.push_str("资金由县财政统筹。");
    c.t.when_on(
        date(2026, 11, 28),
        RaisingCommand::EditDraft { id, draft: edited },
    )
    .then_events(&["修改草稿"]);
    let s = &c.t.state().raising.suggestions[&id];
    assert_eq!(
        signature(s, c.li),
        Signature::Voided {
            on: date(2026, 11, 28)
        }
    );
    assert_eq!(s.signers(), 1);

    c.t.when(RaisingCommand::ConfirmCosign {
        id,
        deputy: c.li,
        how: How::PaperKeyedIn,
    })
    .then_events(&["联名确认"]);
    let s = &c.t.state().raising.suggestions[&id];
    let Signature::Confirmed(k) = signature(s, c.li) else {
        panic!("a confirmation of the new text counts");
    };
    assert_eq!((k.revision, k.how), (s.revision, How::PaperKeyedIn));
    assert_eq!(s.signers(), 2);
}

#[test]
fn a_confirmation_of_an_older_revision_arriving_after_the_edit_does_not_count() {
    let mut c = committee();
    let d = complete(
        &c.t,
        c.lead,
        Some(c.session),
        "关于改善城关镇老旧小区道路的建议",
    );
    let id: SuggestionId = c.t.added(RaisingCommand::CreateDraft(d.clone()));
    c.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: vec![c.li],
    });
    // At the station, 李娜 signs the text as it was when the station got it.
    let mut station = station_from(&c.t);
    station.at_desk(Desk::Deputy);
    let old = station
        .when(RaisingCommand::ConfirmCosign {
            id,
            deputy: c.li,
            how: How::InPerson,
        })
        .then_events(&["联名确认"])
        .remove(0);
    // Meanwhile the drafter edits the text at the committee office.
    let mut edited = d;
    edited.ask = "将城关镇老旧小区道路纳入2027年改造计划。".into();
    c.t.given(RaisingCommand::EditDraft { id, draft: edited });

    // The station's packet arrives after the edit.
    let mut arrived = c.t.state().clone();
    arrived
        .apply(&old)
        .expect("a confirmation of a draft applies");
    let s = &arrived.raising.suggestions[&id];
    assert!(matches!(signature(s, c.li), Signature::Voided { .. }));
    assert_eq!(
        s.signers(),
        1,
        "the older text's confirmation does not count"
    );
    // The same as the fold of both copies' events.
    let merged = State::from_events(merge(c.t.events_so_far(), station.events_so_far()));
    assert!(merged == arrived);

    // A confirmation of the new text is not displaced by the older one.
    c.t.given(RaisingCommand::ConfirmCosign {
        id,
        deputy: c.li,
        how: How::PaperKeyedIn,
    });
    let mut arrived = c.t.state().clone();
    arrived
        .apply(&old)
        .expect("a confirmation of a draft applies");
    let s = &arrived.raising.suggestions[&id];
    assert!(matches!(signature(s, c.li), Signature::Confirmed(k) if k.revision == s.revision));
    assert_eq!(s.signers(), 2);
}

// ---------------------------------------------------------------------
// Private data travels apart.

fn is_phone_or_contact(e: &Event) -> bool {
    matches!(
        e.kind,
        EventKind::Directory(DirectoryEvent::DeputyPhoneSet { .. })
            | EventKind::Raising(RaisingEvent::OpinionContactSet { .. })
    )
}

#[test]
fn a_deputys_phone_and_a_citizens_contact_travel_in_private_events_of_their_own() {
    let mut c = committee();
    let events =
        c.t.when(DirectoryCommand::AddDeputy(DeputyFields {
            phone: "13900001234".into(),
            ..DeputyFields::new("刘洋", c.delegation)
        }))
        .then_events(&["新增代表", "登记代表电话"]);
    assert!(!events[0].kind.is_private() && events[1].kind.is_private());
    assert!(!events[0].to_json().contains("13900001234"));
    let id = DeputyId(events[0].kind.created_id().unwrap());
    c.t.when(DirectoryCommand::EditDeputy {
        id,
        fields: DeputyFields {
            phone: "13900005678".into(),
            ..DeputyFields::new("刘洋", c.delegation)
        },
    })
    .then_events(&["登记代表电话"]);

    // Across the demo county's log, exactly the phones and contacts are
    // private, and no other event holds one.
    let county = jianyi_demo::county(5, today(), NOW_MS);
    for e in &county {
        assert_eq!(
            e.kind.is_private(),
            is_phone_or_contact(e),
            "{}",
            e.kind.label()
        );
    }
    let labels: BTreeSet<&str> = county
        .iter()
        .filter(|e| e.kind.is_private())
        .map(|e| e.kind.label())
        .collect();
    assert_eq!(labels, BTreeSet::from(["登记代表电话", "登记群众联系方式"]));
    let state = State::from_events(county.clone());
    let private: Vec<&str> = state
        .directory
        .phones
        .values()
        .map(|p| p.as_str())
        .chain(state.raising.contacts.values().map(|c| c.as_str()))
        .collect();
    assert!(!private.is_empty());
    for e in county.iter().filter(|e| !e.kind.is_private()) {
        let json = e.to_json();
        assert!(
            private.iter().all(|p| !json.contains(p)),
            "{} holds private data",
            e.kind.label()
        );
    }
}

#[test]
fn leaving_out_the_private_events_leaves_every_other_event_folding_the_same() {
    let county = jianyi_demo::county(5, today(), NOW_MS);
    let public: Vec<Event> = county
        .iter()
        .filter(|e| !e.kind.is_private())
        .cloned()
        .collect();
    let left_out = county.len() - public.len();
    assert!(left_out > 0);
    let full = State::from_events(county);
    let packet = State::from_events(public);
    assert!(packet.conflicts.is_empty(), "{:?}", packet.conflicts);
    assert!(packet.directory.phones.is_empty() && packet.raising.contacts.is_empty());
    assert_eq!(packet.event_count, full.event_count - left_out);
    // The full state, minus the phones and contacts, is the packet's.
    let mut expected = full.clone();
    expected.directory.phones.clear();
    expected.raising.contacts.clear();
    expected.event_count = packet.event_count;
    expected.last_stamp = packet.last_stamp.clone();
    assert!(expected == packet);
}

// ---------------------------------------------------------------------
// Migrations and formats.

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_migration_is_numbered_in_order_titled_described_and_the_last_writes_the_format() {
    assert!(!MIGRATIONS.is_empty());
    for (i, m) in MIGRATIONS.iter().enumerate() {
        assert_eq!(
            m.from,
            i as u32 + 1,
            "migration {i} reads format {}",
            m.from
        );
        assert!(
            !m.title.trim().is_empty(),
            "migration from {} has a title",
            m.from
        );
        assert!(
            !m.description.trim().is_empty(),
            "migration from {} has a description",
            m.from
        );
    }
    assert_eq!(MIGRATIONS.last().unwrap().from + 1, FORMAT);
}

#[test]
fn an_event_of_a_newer_format_is_kept_raw_with_a_chinese_reason() {
    let mut t = Given::office();
    let event = t
        .when(DirectoryCommand::AddDelegation {
            name: "城关镇代表团".into(),
        })
        .then_events(&["新增代表团"])
        .remove(0);
    let mut value: serde_json::Value = serde_json::from_str(&event.to_json()).unwrap();
    value["format"] = (FORMAT + 1).into();
    let newer = value.to_string();
    let unknown = Event::from_json(&newer).unwrap_err();
    assert_eq!(unknown.id, event.id.to_string());
    assert_eq!(unknown.raw, newer, "kept verbatim");
    assert!(has_chinese(&unknown.reason), "{}", unknown.reason);
    assert!(unknown.reason.contains(&(FORMAT + 1).to_string()));
}

/// Regression: a kind added by a newer office in the current format was
/// kept with serde's English error as the reason a clerk reads.
#[test]
fn an_event_of_a_kind_this_version_does_not_know_is_kept_raw_with_a_chinese_reason() {
    let mut t = Given::office();
    let event = t
        .when(DirectoryCommand::AddDelegation {
            name: "城关镇代表团".into(),
        })
        .then_events(&["新增代表团"])
        .remove(0);
    let mut value: serde_json::Value = serde_json::from_str(&event.to_json()).unwrap();
    for kind in [
        serde_json::json!({ "handling": { "reply_filed": { "class": "a" } } }),
        serde_json::json!({ "directory": { "unit_merged": {} } }),
    ] {
        for format in [FORMAT, FORMAT + 1] {
            value["format"] = format.into();
            value["kind"] = kind.clone();
            let raw = value.to_string();
            let unknown = Event::from_json(&raw).unwrap_err();
            assert_eq!(unknown.id, event.id.to_string());
            assert_eq!(unknown.raw, raw, "kept verbatim");
            assert!(has_chinese(&unknown.reason), "{}", unknown.reason);
        }
    }
}

#[test]
fn a_format_1_event_of_an_unknown_kind_is_kept_raw_with_a_chinese_reason() {
    let raw = r#"{"id":"5b3035c4-4632-4cda-b24a-63098395a898","stamp":{"wall_ms":1794913601000,"counter":0,"office":"示范县"},"office":"示范县","actor":{"operator":"示范数据","acting_for":null,"desk":"committee_office","how":"operator"},"business_date":"2026-08-29","kind":{"reply_filed":{"id":"6eb6386b-6704-4c10-aad4-64b686d51e77"}}}"#;
    let unknown = Event::from_json(raw).unwrap_err();
    assert_eq!(unknown.id, "5b3035c4-4632-4cda-b24a-63098395a898");
    assert_eq!(unknown.raw, raw, "kept verbatim");
    assert!(has_chinese(&unknown.reason), "{}", unknown.reason);
    assert!(unknown.reason.contains("reply_filed"), "{}", unknown.reason);
    // The same event with a known kind reads, through the migrations.
    let known = raw.replace(
        r#"{"reply_filed":{"id":"6eb6386b-6704-4c10-aad4-64b686d51e77"}}"#,
        r#"{"delegation_added":{"delegation":{"id":"6eb6386b-6704-4c10-aad4-64b686d51e77","name":"城关镇代表团"}}}"#,
    );
    let events = Event::from_json(&known).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(
        (events[0].format, events[0].kind.label()),
        (FORMAT, "新增代表团")
    );
}
