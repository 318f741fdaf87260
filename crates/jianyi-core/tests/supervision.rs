//! 三督, part one: the principle of a session's key suggestions, key items
//! with their committee body, the four responsibilities of an item, the
//! key list (which reports a key item without leaders as such), and the
//! manual warning raised and lifted.

use jianyi_core::directory::{
    CommitteeFields, DeputyFields, DirectoryCommand, DirectoryRejection, EntryRef, LeaderFields,
    Organ, SessionFields, UnitFields, UnitKind,
};
use jianyi_core::exchange::authority::may_make;
use jianyi_core::handling::{Colour, Handling, HandlingCommand, warning, warning_for_deputy};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::RaisingCommand;
use jianyi_core::review::{ReviewCommand, Stage};
use jianyi_core::supervision::{
    FollowUpFields, GroupFields, ItemRecord, Owner, Participants, PlanFields, ProcuratorialFields,
    ProcuratorialStatus, RecordFields, RecordKind, SupervisionCommand, SupervisionEvent,
    SupervisionRejection, follow_up_rows, group_members, groups_of, key_list, planned,
    progress_report, records_of, sources_of,
};
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;

/// A committee office with a session, six deputies (王伟 the lead, 李娜
/// 张强 刘洋 co-signers, 陈静, 杨帆), a unit, two leaders (李明 县长, 周华
/// 常委会副主任) and a committee body (财经委).
struct Office {
    t: Given,
    deputies: Vec<DeputyId>,
    session: SessionId,
    unit: UnitId,
    mayor: LeaderId,
    vice_chair: LeaderId,
    committee: CommitteeId,
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
    let deputies = ["王伟", "李娜", "张强", "刘洋", "陈静", "杨帆"]
        .iter()
        .map(|n| t.added(DirectoryCommand::AddDeputy(DeputyFields::new(n, g))))
        .collect();
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2026, 1, 10),
        ends: date(2026, 1, 13),
    }));
    let unit = t.added(DirectoryCommand::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )));
    let leader = |t: &mut Given, name: &str, post: &str, organ| -> LeaderId {
        t.added(DirectoryCommand::AddLeader(LeaderFields {
            name: name.into(),
            post: post.into(),
            organ,
            duties: "交通、城建".into(),
        }))
    };
    let mayor = leader(&mut t, "李明", "县长", Some(Organ::Government));
    let vice_chair = leader(&mut t, "周华", "县人大常委会副主任", None);
    let committee = t.added(DirectoryCommand::AddCommittee(CommitteeFields {
        name: "财政经济委员会".into(),
        covers: vec![g],
    }));
    Office {
        t,
        deputies,
        session,
        unit,
        mayor,
        vice_chair,
        committee,
    }
}

/// A session item of 王伟 co-signed by the next `co` deputies, through its
/// three reviews and accepted, back at the committee office's desk.
fn accepted(g: &mut Office, co: usize, title: &str) -> SuggestionId {
    let cosigners: Vec<usize> = (1..=co).collect();
    let id = at_final_step(g, 0, &cosigners, title);
    g.t.given(ReviewCommand::Accept { id });
    g.t.at_desk(Desk::CommitteeOffice);
    id
}

/// Assigned on 2 November 2026 to 交通运输局 alone.
fn assign(g: &mut Office, item: SuggestionId) {
    let unit = g.unit;
    g.t.given_on(
        date(2026, 11, 2),
        HandlingCommand::Assign {
            item,
            handling: Handling::Joint {
                lead: unit,
                co: vec![],
            },
        },
    );
}

const PRINCIPLE: &str =
    "围绕县委中心工作和群众反映强烈的民生问题，优先选择联名人数多、涉及面广的建议。";

#[test]
fn key_items_are_chosen_under_the_sessions_written_principle() {
    let mut g = given();
    let id = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let session = g.session;
    g.t.when(SupervisionCommand::MarkKey {
        item: id,
        committee: None,
    })
    .then_refused(SupervisionRejection::NoPrinciple {
        session: "第十五届人民代表大会第三次会议".into(),
    });
    g.t.when(SupervisionCommand::WritePrinciple {
        session,
        text: "  ".into(),
    })
    .then_refused_where(|r| matches!(r, Rejection::Input(_)), "遴选原则必填");
    g.t.when(SupervisionCommand::WritePrinciple {
        session,
        text: PRINCIPLE.into(),
    })
    .then_events(&["写明重点建议遴选原则"]);
    assert_eq!(g.t.state().supervision.principles[&session].text, PRINCIPLE);
    let committee = Some(g.committee);
    g.t.when(SupervisionCommand::MarkKey {
        item: id,
        committee,
    })
    .then_events(&["确定为重点建议"]);
    g.t.when(SupervisionCommand::MarkKey {
        item: id,
        committee,
    })
    .then_refused(SupervisionRejection::AlreadyKey);
    // Only the committee office's desk chooses.
    g.t.at_desk(Desk::Leader);
    g.t.when(SupervisionCommand::UnmarkKey {
        item: id,
        reason: "并入另一件重点建议".into(),
    })
    .then_refused(SupervisionRejection::WrongDesk {
        asked: "领导",
        desks: "代表工委",
    });
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when(SupervisionCommand::UnmarkKey {
        item: id,
        reason: "并入另一件重点建议".into(),
    })
    .then_events(&["取消重点建议"]);
    assert!(!g.t.state().supervision.is_key(id));
}

#[test]
fn only_an_accepted_item_is_key_and_a_candidate_is_marked_by_its_deputies() {
    let mut g = given();
    // The rule of 10 deputies is a setting: 4 here.
    let mut rules = g.t.state().settings().rules.clone();
    rules.key_candidate_min_deputies = 4;
    g.t.given(OfficeCommand::ChangeSettings(SettingsGroup::Rules(rules)));
    let four = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let two = accepted(&mut g, 1, "关于增设公交站台的建议");
    let state = g.t.state();
    assert!(state.key_candidate(&state.raising.suggestions[&four]));
    assert!(!state.key_candidate(&state.raising.suggestions[&two]));
    let d =
        g.t.complete_draft(g.deputies[0], Some(g.session), "关于路灯的建议");
    g.t.at_desk(Desk::Deputy);
    let draft = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.at_desk(Desk::CommitteeOffice);
    let session = g.session;
    g.t.given(SupervisionCommand::WritePrinciple {
        session,
        text: PRINCIPLE.into(),
    });
    g.t.when(SupervisionCommand::MarkKey {
        item: draft,
        committee: None,
    })
    .then_refused(SupervisionRejection::NotAccepted { stage: "草稿" });
}

#[test]
fn the_four_responsibilities_name_leaders_of_the_directory() {
    let mut g = given();
    let id = accepted(&mut g, 1, "关于改善城关镇老旧小区道路的建议");
    let (mayor, vice) = (g.mayor, g.vice_chair);
    let stranger = LeaderId(Uuid::from_u128(42));
    g.t.when(SupervisionCommand::SetResponsibilities {
        item: id,
        leading: Some(stranger),
        supervising: Some(vice),
        following: None,
    })
    .then_refused(DirectoryRejection::UnknownLeader);
    g.t.when(SupervisionCommand::SetResponsibilities {
        item: id,
        leading: Some(mayor),
        supervising: Some(mayor),
        following: None,
    })
    .then_refused(SupervisionRejection::SameLeader {
        name: "李明".into(),
    });
    let committee = Some(g.committee);
    g.t.when(SupervisionCommand::SetResponsibilities {
        item: id,
        leading: Some(mayor),
        supervising: Some(vice),
        following: committee,
    })
    .then_events(&["确定领办、督办和跟踪责任"]);
    let r = &g.t.state().supervision.of(id).unwrap().responsibilities;
    assert_eq!(
        (r.leading, r.supervising, r.following),
        (Some(mayor), Some(vice), committee)
    );
    // A retired leader is not named anew, but an item keeps the one it had.
    g.t.given(DirectoryCommand::Retire(EntryRef::Leader(mayor)));
    g.t.when(SupervisionCommand::SetResponsibilities {
        item: id,
        leading: Some(mayor),
        supervising: Some(vice),
        following: None,
    })
    .then_ok();
    let other = accepted(&mut g, 0, "关于增设公交站台的建议");
    g.t.when(SupervisionCommand::SetResponsibilities {
        item: other,
        leading: Some(mayor),
        supervising: None,
        following: None,
    })
    .then_refused(DirectoryRejection::Retired {
        name: "李明".into(),
    });
}

#[test]
fn the_key_list_reports_a_key_item_without_leaders_as_such() {
    let mut g = given();
    let session = g.session;
    g.t.given(SupervisionCommand::WritePrinciple {
        session,
        text: PRINCIPLE.into(),
    });
    let roads = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let stops = accepted(&mut g, 1, "关于增设公交站台的建议");
    let (mayor, vice) = (g.mayor, g.vice_chair);
    for id in [roads, stops] {
        g.t.given(SupervisionCommand::MarkKey {
            item: id,
            committee: None,
        });
    }
    g.t.given(SupervisionCommand::SetResponsibilities {
        item: roads,
        leading: Some(mayor),
        supervising: Some(vice),
        following: None,
    });
    assign(&mut g, roads);
    let rows = key_list(g.t.state(), Some(session));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].title, "关于改善城关镇老旧小区道路的建议");
    assert_eq!(rows[0].number, "建议第1号");
    assert_eq!(rows[0].proposers, 4);
    assert_eq!(rows[0].leading.as_deref(), Some("李明（县长）"));
    assert_eq!(
        rows[0].supervising.as_deref(),
        Some("周华（县人大常委会副主任）")
    );
    assert_eq!(rows[0].units, vec!["县交通运输局（主办）".to_string()]);
    assert_eq!(rows[0].progress, "办理中");
    assert!(rows[0].missing.is_empty());
    assert_eq!(rows[1].number, "建议第2号");
    assert_eq!(rows[1].missing, vec!["未定领办领导", "未定督办领导"]);
    assert_eq!(rows[1].progress, "尚未交办");
}

#[test]
fn a_proposer_raises_a_manual_warning_that_stays_red_until_lifted() {
    let mut g = given();
    let id = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let today = testkit::today();
    let (lead, outsider) = (g.deputies[0], g.deputies[5]);
    g.t.when(SupervisionCommand::RaiseWarning {
        item: id,
        reason: "进展缓慢".into(),
        deputy: None,
    })
    .then_refused(SupervisionRejection::NotAssigned);
    assign(&mut g, id);
    let unit = g.unit;
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 11, 3),
        HandlingCommand::SignFor { item: id, unit },
    );
    g.t.given_on(
        date(2026, 11, 20),
        HandlingCommand::ReportProgress {
            item: id,
            unit: g.unit,
            text: "已完成主干道修复".into(),
        },
    );
    let before = warning(g.t.state(), &g.t.state().handling.assignments[&id], today);
    assert_eq!(before.colour, Colour::Green, "{:?}", before.reasons);
    g.t.acting_for(Desk::Deputy, "杨帆", How::InPerson);
    g.t.when(SupervisionCommand::RaiseWarning {
        item: id,
        reason: "进展缓慢".into(),
        deputy: Some(outsider),
    })
    .then_refused(SupervisionRejection::NotAProposer {
        deputy: "杨帆".into(),
    });
    g.t.when(SupervisionCommand::RaiseWarning {
        item: id,
        reason: "进展缓慢".into(),
        deputy: None,
    })
    .then_refused(SupervisionRejection::NoDeputy);
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    let raised =
        g.t.when(SupervisionCommand::RaiseWarning {
            item: id,
            reason: "小巷改造迟迟未开工".into(),
            deputy: Some(lead),
        })
        .then_events(&["发出人工预警"]);
    let state = g.t.state();
    let a = &state.handling.assignments[&id];
    for w in [
        warning(state, a, today),
        warning_for_deputy(state, a, today),
    ] {
        assert_eq!(w.colour, Colour::Red);
        assert_eq!(
            w.reasons[0],
            "人工预警：小巷改造迟迟未开工（代表（王伟），2026年11月27日）"
        );
    }
    // Not lifted on a day before it was raised.
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.when_on(
        date(2026, 11, 26),
        SupervisionCommand::LiftWarning {
            item: id,
            warning: raised[0].id,
            reason: "已开工".into(),
            deputy: Some(lead),
        },
    )
    .then_refused(SupervisionRejection::DatedBefore {
        what: "发出这条预警的日期",
        on: "2026年11月27日".into(),
    });
    // Another proposer does not lift 王伟's warning, nor does 王伟 through
    // the operator's own act.
    let li = g.deputies[1];
    g.t.acting_for(Desk::Deputy, "李娜", How::InPerson);
    g.t.when(SupervisionCommand::LiftWarning {
        item: id,
        warning: raised[0].id,
        reason: "已开工".into(),
        deputy: Some(li),
    })
    .then_refused(SupervisionRejection::WrongDesk {
        asked: "代表",
        desks: "发出这条预警的代表本人或督办方",
    });
    g.t.at_desk(Desk::Deputy);
    g.t.when(SupervisionCommand::RaiseWarning {
        item: id,
        reason: "进展缓慢".into(),
        deputy: Some(lead),
    })
    .then_refused(SupervisionRejection::NotPersonal);
    // A station passes on a deputy's own warning only, never one in an
    // office's name.
    let office_warning = SupervisionEvent::WarningRaised {
        item: id,
        reason: "进展缓慢".into(),
        deputy: None,
    };
    let mut forged = raised[0].clone();
    forged.kind = EventKind::Supervision(office_warning);
    assert!(may_make(OfficeRole::Station, &raised[0], false).is_ok());
    assert_eq!(
        may_make(OfficeRole::Station, &forged, false),
        Err("代表之家（联络站、点）只能转达代表本人发出或解除的预警".into())
    );
    // The unit's desk neither raises nor lifts.
    g.t.at_desk(Desk::Unit);
    g.t.when(SupervisionCommand::LiftWarning {
        item: id,
        warning: raised[0].id,
        reason: "已开工".into(),
        deputy: None,
    })
    .then_refused(SupervisionRejection::WrongDesk {
        asked: "承办单位",
        desks: "代表工委、委室、领导或提出建议的代表",
    });
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when(SupervisionCommand::LiftWarning {
        item: id,
        warning: raised[0].id,
        reason: "经现场察看，小巷改造已开工".into(),
        deputy: None,
    })
    .then_events(&["解除人工预警"]);
    g.t.when(SupervisionCommand::LiftWarning {
        item: id,
        warning: raised[0].id,
        reason: "再次解除".into(),
        deputy: None,
    })
    .then_refused(SupervisionRejection::AlreadyLifted {
        on: "2026年11月27日".into(),
    });
    let state = g.t.state();
    assert_eq!(
        warning(state, &state.handling.assignments[&id], today).colour,
        Colour::Green
    );
    // Both acts are kept.
    let kept = &state.supervision.of(id).unwrap().warnings[0];
    assert_eq!(kept.raised_by, "代表（王伟）");
    assert_eq!(
        kept.lifted.as_ref().unwrap().reason,
        "经现场察看，小巷改造已开工"
    );
}

/// A session item of `lead` with `cosigners` confirmed, through its
/// reviews up to the final step (not accepted), at the committee office's
/// desk.
fn at_final_step(g: &mut Office, lead: usize, cosigners: &[usize], title: &str) -> SuggestionId {
    let d = g.t.complete_draft(g.deputies[lead], Some(g.session), title);
    g.t.at_desk(Desk::Deputy);
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    let cosigners: Vec<DeputyId> = cosigners.iter().map(|i| g.deputies[*i]).collect();
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
    while let Stage::InReview(step) = g.t.state().stage(id) {
        g.t.at_desk(step.desk());
        if step == review::ReviewStep::Final {
            break;
        }
        g.t.given(ReviewCommand::PassReview {
            id,
            comment: String::new(),
        });
    }
    id
}

#[test]
fn a_groups_members_follow_its_items_proposers_merged_items_included() {
    let mut g = given();
    // 王伟 leads with 李娜; 陈静's item with 杨帆 is merged into it.
    let roads = at_final_step(&mut g, 0, &[1], "关于改善城关镇老旧小区道路的建议");
    let lanes = at_final_step(&mut g, 4, &[5], "关于修缮城关镇背街小巷的建议");
    g.t.given(ReviewCommand::Merge {
        id: lanes,
        into: roads,
    });
    g.t.given(ReviewCommand::Accept { id: roads });
    g.t.at_desk(Desk::CommitteeOffice);
    let stops = accepted(&mut g, 1, "关于增设公交站台的建议");
    let (vice, mayor) = (g.vice_chair, g.mayor);
    let group = |name: &str, leader, items: Vec<SuggestionId>| GroupFields {
        name: name.into(),
        leader,
        items,
    };
    g.t.when(SupervisionCommand::FormGroups {
        groups: vec![group("第一督办组", mayor, vec![roads])],
    })
    .then_refused(SupervisionRejection::NotACongressLeader {
        name: "李明".into(),
    });
    g.t.when(SupervisionCommand::FormGroups {
        groups: vec![group("第一督办组", vice, vec![])],
    })
    .then_refused(SupervisionRejection::EmptyGroup {
        name: "第一督办组".into(),
    });
    // Two groups in one sitting.
    g.t.when(SupervisionCommand::FormGroups {
        groups: vec![
            group("第一督办组", vice, vec![roads]),
            group("第二督办组", vice, vec![stops]),
        ],
    })
    .then_events(&["成立督办组", "成立督办组"]);
    g.t.when(SupervisionCommand::FormGroups {
        groups: vec![group("第一督办组", vice, vec![stops])],
    })
    .then_refused(SupervisionRejection::GroupNameTaken {
        name: "第一督办组".into(),
    });
    let state = g.t.state();
    let first = state
        .supervision
        .groups
        .values()
        .find(|x| x.fields.name == "第一督办组")
        .unwrap();
    let (in_charge, members) = group_members(state, &first.fields);
    let name = |d: DeputyId| state.deputy_name(d).to_string();
    assert_eq!(in_charge.map(name).as_deref(), Some("王伟"));
    let mut members: Vec<String> = members.into_iter().map(name).collect();
    members.sort();
    let mut expected = vec!["李娜", "陈静", "杨帆"];
    expected.sort();
    assert_eq!(members, expected);
    // The deputy desk: the groups 杨帆 sits in.
    let yang = g.deputies[5];
    let names: Vec<&str> = groups_of(state, yang)
        .iter()
        .map(|x| x.fields.name.as_str())
        .collect();
    assert_eq!(names, vec!["第一督办组"]);
}

fn face_to_face(g: &Office, items: Vec<SuggestionId>, due: chrono::NaiveDate) -> RecordFields {
    RecordFields {
        kind: RecordKind::FaceToFace,
        place: "县人大常委会第一会议室".into(),
        items,
        units: vec![],
        participants: Participants {
            deputies: g.deputies[..3].to_vec(),
            leaders: vec![g.mayor, g.vice_chair],
            unit_heads: vec![g.unit],
            entrepreneurs: 2,
            citizens: 3,
            others: String::new(),
        },
        findings: "老旧小区道路修缮进度滞后，公交站台选址未定".into(),
        decisions: "交通运输局月底前拿出施工方案".into(),
        follow_ups: vec![FollowUpFields {
            what: "报送施工方案".into(),
            owner: Owner::Unit(g.unit),
            due,
        }],
    }
}

#[test]
fn a_record_covers_several_items_and_its_follow_up_turns_red_after_its_date() {
    let mut g = given();
    let roads = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let stops = accepted(&mut g, 1, "关于增设公交站台的建议");
    let held = date(2026, 11, 10);
    let due = date(2026, 11, 30);
    let mut nobody = face_to_face(&g, vec![roads, stops], due);
    nobody.participants = Participants::default();
    g.t.when_on(held, SupervisionCommand::RecordSupervision(nobody))
        .then_refused(SupervisionRejection::NoParticipants);
    g.t.when_on(
        held,
        SupervisionCommand::RecordSupervision(face_to_face(
            &g,
            vec![roads, stops],
            date(2026, 11, 9),
        )),
    )
    .then_refused(SupervisionRejection::FollowUpBeforeRecord {
        n: 1,
        on: "2026年11月10日".into(),
    });
    // A unit's desk does not record supervision.
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        held,
        SupervisionCommand::RecordSupervision(face_to_face(&g, vec![roads, stops], due)),
    )
    .then_refused(SupervisionRejection::WrongDesk {
        asked: "承办单位",
        desks: "代表工委、委室或领导",
    });
    g.t.at_desk(Desk::Leader);
    let e =
        g.t.when_on(
            held,
            SupervisionCommand::RecordSupervision(face_to_face(&g, vec![roads, stops], due)),
        )
        .then_events(&["督办记录"]);
    let EventKind::Supervision(SupervisionEvent::Supervised { id, .. }) = &e[0].kind else {
        panic!("a record")
    };
    let id = *id;
    let state = g.t.state();
    for item in [roads, stops] {
        let records = records_of(state, item);
        assert!(matches!(&records[..], [ItemRecord::Supervised(r)] if r.id == id));
    }
    assert_eq!(
        state.supervision.records[&id].fields.participants.count(),
        11
    );
    let colour =
        |s: &State, today| follow_up_rows(s, s.supervision.records.values(), today)[0].colour;
    assert_eq!(colour(state, date(2026, 11, 10)), Colour::Green);
    // Within the 15 days before its date: yellow; after it: red.
    assert_eq!(colour(state, date(2026, 11, 20)), Colour::Yellow);
    assert_eq!(colour(state, date(2026, 12, 1)), Colour::Red);
    let row = &follow_up_rows(state, state.supervision.records.values(), date(2026, 12, 1))[0];
    assert_eq!(row.owner, "县交通运输局");
    assert_eq!(row.why, "已超过期限1天（2026年11月30日）");
    g.t.at_desk(Desk::CommitteeOffice);
    // Done before it was asked for: refused, naming the record's day.
    g.t.when_on(
        date(2026, 11, 9),
        SupervisionCommand::CompleteFollowUp {
            record: id,
            index: 0,
            note: "已报送".into(),
        },
    )
    .then_refused(SupervisionRejection::DatedBefore {
        what: "这次督办的日期",
        on: "2026年11月10日".into(),
    });
    g.t.when(SupervisionCommand::CompleteFollowUp {
        record: id,
        index: 1,
        note: "已报送".into(),
    })
    .then_refused(SupervisionRejection::UnknownFollowUp);
    g.t.when(SupervisionCommand::CompleteFollowUp {
        record: id,
        index: 0,
        note: "11月26日已报送施工方案".into(),
    })
    .then_events(&["督办事项办结"]);
    g.t.when(SupervisionCommand::CompleteFollowUp {
        record: id,
        index: 0,
        note: "再次".into(),
    })
    .then_refused(SupervisionRejection::FollowUpDone {
        on: "2026年11月27日".into(),
    });
    let state = g.t.state();
    let row = &follow_up_rows(state, state.supervision.records.values(), date(2026, 12, 1))[0];
    assert_eq!(row.colour, Colour::Green);
    assert_eq!(row.done.as_ref().unwrap().note, "11月26日已报送施工方案");
}

#[test]
fn an_item_referred_to_the_procuratorate_follows_its_status_and_a_procuratorial_suggestion_is_linked_both_ways()
 {
    let mut g = given();
    let roads = accepted(&mut g, 1, "关于治理城关镇河道污染的建议");
    g.t.when(SupervisionCommand::RecordProcuratorialStatus {
        item: roads,
        status: ProcuratorialStatus::Received,
    })
    .then_refused(SupervisionRejection::NotReferred);
    g.t.when_on(
        date(2026, 10, 8),
        SupervisionCommand::ReferToProcuratorate {
            item: roads,
            what: "河道沿岸企业偷排污水，损害公共利益".into(),
        },
    )
    .then_events(&["移送检察公益诉讼线索"]);
    g.t.when(SupervisionCommand::ReferToProcuratorate {
        item: roads,
        what: "再次".into(),
    })
    .then_refused(SupervisionRejection::AlreadyReferred {
        on: "2026年10月8日".into(),
    });
    // A status is dated on or after the referral, and after the last one.
    g.t.when_on(
        date(2026, 10, 7),
        SupervisionCommand::RecordProcuratorialStatus {
            item: roads,
            status: ProcuratorialStatus::Received,
        },
    )
    .then_refused(SupervisionRejection::DatedBefore {
        what: "移送检察机关的日期",
        on: "2026年10月8日".into(),
    });
    for (on, status) in [
        (date(2026, 10, 12), ProcuratorialStatus::Received),
        (date(2026, 10, 20), ProcuratorialStatus::CaseOpened),
        (date(2026, 11, 3), ProcuratorialStatus::SuggestionIssued),
    ] {
        g.t.given_on(
            on,
            SupervisionCommand::RecordProcuratorialStatus {
                item: roads,
                status,
            },
        );
    }
    g.t.when_on(
        date(2026, 11, 2),
        SupervisionCommand::RecordProcuratorialStatus {
            item: roads,
            status: ProcuratorialStatus::Concluded,
        },
    )
    .then_refused(SupervisionRejection::DatedBefore {
        what: "上一次登记的办理情况",
        on: "2026年11月3日".into(),
    });
    g.t.when(SupervisionCommand::RecordProcuratorialStatus {
        item: roads,
        status: ProcuratorialStatus::Declined { reason: " ".into() },
    })
    .then_refused_where(|r| matches!(r, Rejection::Input(_)), "不予立案须写理由");
    g.t.given(SupervisionCommand::RecordProcuratorialStatus {
        item: roads,
        status: ProcuratorialStatus::Concluded,
    });
    g.t.when(SupervisionCommand::RecordProcuratorialStatus {
        item: roads,
        status: ProcuratorialStatus::Sued,
    })
    .then_refused(SupervisionRejection::ReferralEnded { status: "办结" });
    let r = &g.t.state().supervision.referrals[&roads];
    let labels: Vec<&str> = r.statuses.iter().map(|(_, s)| s.label()).collect();
    assert_eq!(labels, vec!["受理", "立案", "发出检察建议", "办结"]);

    // The other way: a procuratorial suggestion becomes a deputy's source.
    let fields = ProcuratorialFields {
        number: "示检行公建〔2026〕3号".into(),
        title: "关于加强农村饮用水水源地保护的检察建议".into(),
        summary: "部分水源地未设隔离防护设施".into(),
    };
    let e =
        g.t.when(SupervisionCommand::RegisterProcuratorial(fields.clone()))
            .then_events(&["登记检察建议"]);
    let EventKind::Supervision(SupervisionEvent::ProcuratorialRegistered { id, .. }) = &e[0].kind
    else {
        panic!("registered")
    };
    let source = *id;
    g.t.when(SupervisionCommand::RegisterProcuratorial(fields))
        .then_refused(SupervisionRejection::ProcuratorialTaken {
            number: "示检行公建〔2026〕3号".into(),
        });
    let water = accepted(&mut g, 0, "关于加强农村饮用水水源地保护的建议");
    g.t.when(SupervisionCommand::LinkProcuratorial {
        source,
        item: water,
    })
    .then_events(&["关联检察建议与代表建议"]);
    g.t.when(SupervisionCommand::LinkProcuratorial {
        source,
        item: water,
    })
    .then_refused(SupervisionRejection::AlreadyLinked);
    let state = g.t.state();
    // Shown on both records.
    assert_eq!(state.supervision.procuratorial[&source].items, vec![water]);
    let sources = sources_of(state, water);
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].fields.number, "示检行公建〔2026〕3号");
}

#[test]
fn the_progress_report_of_a_day_and_the_secretarys_instructions_turned_into_a_follow_up() {
    let mut g = given();
    let session = g.session;
    g.t.given(SupervisionCommand::WritePrinciple {
        session,
        text: PRINCIPLE.into(),
    });
    let roads = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let stops = accepted(&mut g, 1, "关于增设公交站台的建议");
    for item in [roads, stops] {
        g.t.given(SupervisionCommand::MarkKey {
            item,
            committee: None,
        });
    }
    assign(&mut g, roads);
    let held = date(2026, 11, 20);
    g.t.given_on(
        held,
        SupervisionCommand::RecordSupervision(face_to_face(&g, vec![roads], date(2026, 12, 20))),
    );
    let report = progress_report(g.t.state(), Some(session), date(2026, 11, 25));
    assert_eq!(report.len(), 2);
    assert_eq!(report[0].key.title, "关于改善城关镇老旧小区道路的建议");
    assert_eq!(report[0].latest, Some((held, "面对面座谈会".to_string())));
    assert_eq!((report[0].records, report[0].open_follow_ups), (1, 1));
    assert!(report[0].colour.is_some());
    assert_eq!(report[1].colour, None, "not assigned yet");
    // The secretary's instructions on the report: a record of its own kind
    // whose follow-up is tracked like any other.
    g.t.given_on(
        date(2026, 11, 26),
        SupervisionCommand::RecordSupervision(RecordFields {
            kind: RecordKind::Instruction,
            place: String::new(),
            items: vec![roads, stops],
            units: vec![],
            participants: Participants {
                others: "县委书记".into(),
                ..Participants::default()
            },
            findings: "逐件推进，年底前报告结果".into(),
            decisions: String::new(),
            follow_ups: vec![FollowUpFields {
                what: "向县委报告办理结果".into(),
                owner: Owner::Office,
                due: date(2026, 12, 31),
            }],
        }),
    );
    let report = progress_report(g.t.state(), Some(session), date(2026, 11, 27));
    assert_eq!(
        report[1].latest,
        Some((date(2026, 11, 26), "领导批示".to_string()))
    );
    assert_eq!(report[1].open_follow_ups, 1);
}

#[test]
fn a_planned_activity_becomes_a_record_when_held() {
    let mut g = given();
    let roads = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let plan = |on| PlanFields {
        kind: RecordKind::SiteVisit,
        planned_for: on,
        place: "城关镇老旧小区".into(),
        items: vec![roads],
        invited: Participants {
            leaders: vec![g.vice_chair],
            deputies: vec![g.deputies[0]],
            ..Participants::default()
        },
    };
    g.t.when(SupervisionCommand::PlanActivity(plan(date(2026, 11, 26))))
        .then_refused(SupervisionRejection::PlannedInThePast {
            on: "2026年11月27日".into(),
        });
    let e =
        g.t.when(SupervisionCommand::PlanActivity(plan(date(2026, 12, 3))))
            .then_events(&["安排督办活动"]);
    let EventKind::Supervision(SupervisionEvent::ActivityPlanned { id, .. }) = &e[0].kind else {
        panic!("planned")
    };
    let id = *id;
    assert_eq!(planned(g.t.state()).len(), 1);
    let record = face_to_face(&g, vec![roads], date(2026, 12, 20));
    g.t.when_on(
        date(2026, 11, 27),
        SupervisionCommand::HoldActivity {
            plan: id,
            record: record.clone(),
        },
    )
    .then_events(&["督办记录"]);
    let state = g.t.state();
    assert!(planned(state).is_empty(), "held: no longer planned");
    assert_eq!(
        state.supervision.records[&id].fields.kind,
        RecordKind::FaceToFace
    );
    g.t.when(SupervisionCommand::HoldActivity { plan: id, record })
        .then_refused(SupervisionRejection::AlreadyHeld {
            on: "2026年11月27日".into(),
        });
}

/// The profile of a leader's office's copy bound to `leader`.
fn leaders_office(leader: Option<LeaderId>) -> OfficeCommand {
    OfficeCommand::SetProfile(OfficeProfile {
        leader,
        ..OfficeProfile::new(
            "示范县人民政府县长办公室",
            "示范县",
            OfficeLevel::County,
            OfficeRole::LeaderOffice,
        )
    })
}

#[test]
fn a_leaders_office_holds_its_leaders_supervision_on_the_items_the_leader_answers_for() {
    let mut g = given();
    let roads = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let stops = accepted(&mut g, 1, "关于增设公交站台的建议");
    g.t.when(SupervisionCommand::SetResponsibilities {
        item: roads,
        leading: Some(g.mayor),
        supervising: Some(g.vice_chair),
        following: None,
    })
    .then_events(&["确定领办、督办和跟踪责任"]);
    assign(&mut g, roads);
    assign(&mut g, stops);
    let due = date(2026, 12, 20);
    // The leader's own copy (its store as the committee office's packets
    // gave it), bound to no leader yet: it holds nobody's supervision.
    g.t.given(leaders_office(None));
    g.t.at_desk(Desk::Leader);
    g.t.when(SupervisionCommand::RecordSupervision(face_to_face(
        &g,
        vec![roads],
        due,
    )))
    .then_refused(SupervisionRejection::NoLeaderBound);
    // A leader not in the directory cannot be bound.
    g.t.when(leaders_office(Some(LeaderId::from(uuid::Uuid::from_u128(
        42,
    )))))
    .then_refused(jianyi_core::office::OfficeRejection::UnknownLeader);
    let mayor = g.mayor;
    g.t.given(leaders_office(Some(mayor)));
    // Bound to the mayor: the key list and the responsibilities stay the
    // registering office's.
    g.t.when(SupervisionCommand::MarkKey {
        item: roads,
        committee: None,
    })
    .then_refused(SupervisionRejection::NotTheRegisteringOffice);
    // Supervision is at the leader's desk, on the items the mayor leads.
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when(SupervisionCommand::RecordSupervision(face_to_face(
        &g,
        vec![roads],
        due,
    )))
    .then_refused(SupervisionRejection::WrongDesk {
        asked: "代表工委",
        desks: "领导",
    });
    g.t.at_desk(Desk::Leader);
    g.t.when(SupervisionCommand::RecordSupervision(face_to_face(
        &g,
        vec![roads, stops],
        due,
    )))
    .then_refused(SupervisionRejection::NotTheLeadersItem {
        title: "关于增设公交站台的建议".into(),
        leader: "李明（县长）".into(),
    });
    g.t.when(SupervisionCommand::RaiseWarning {
        item: stops,
        reason: "进展缓慢".into(),
        deputy: None,
    })
    .then_refused(SupervisionRejection::NotTheLeadersItem {
        title: "关于增设公交站台的建议".into(),
        leader: "李明（县长）".into(),
    });
    let e =
        g.t.when(SupervisionCommand::RecordSupervision(face_to_face(
            &g,
            vec![roads],
            due,
        )))
        .then_events(&["督办记录"]);
    // What the leader's office makes counts at the committee office; the
    // key list is not its to make.
    assert_eq!(may_make(OfficeRole::LeaderOffice, &e[0], false), Ok(()));
    let done =
        g.t.when(SupervisionCommand::CompleteFollowUp {
            record: match &e[0].kind {
                EventKind::Supervision(SupervisionEvent::Supervised { id, .. }) => *id,
                _ => unreachable!(),
            },
            index: 0,
            note: "施工方案已报送".into(),
        })
        .then_events(&["督办事项办结"]);
    assert_eq!(may_make(OfficeRole::LeaderOffice, &done[0], false), Ok(()));
    let key =
        g.t.events_so_far()
            .iter()
            .find(|e| e.kind.label() == "确定领办、督办和跟踪责任")
            .unwrap()
            .clone();
    assert_eq!(
        may_make(OfficeRole::LeaderOffice, &key, false),
        Err("领导办公室无权确定领办、督办和跟踪责任".to_string())
    );
    // A township presidium still records supervision only in township mode.
    assert!(may_make(OfficeRole::TownshipPresidium, &e[0], false).is_err());
    assert_eq!(may_make(OfficeRole::TownshipPresidium, &e[0], true), Ok(()));
}

#[test]
fn a_leaders_office_keeps_to_its_leaders_part_and_an_item_moved_away_leaves_it() {
    use jianyi_core::supervision::{
        answered_for, items_ever_of_leader, items_of_leader, leaders_act_fits,
    };
    let mut g = given();
    let (mayor, vice) = (g.mayor, g.vice_chair);
    let wang = g.deputies[0];
    let roads = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let stops = accepted(&mut g, 1, "关于增设公交站台的建议");
    g.t.given_on(
        date(2026, 11, 1),
        SupervisionCommand::SetResponsibilities {
            item: roads,
            leading: Some(mayor),
            supervising: None,
            following: None,
        },
    );
    assign(&mut g, roads);
    assign(&mut g, stops);
    // The vice-chair heads a group following the bus stops.
    g.t.given_on(
        date(2026, 11, 3),
        SupervisionCommand::FormGroups {
            groups: vec![GroupFields {
                name: "第一督办组".into(),
                leader: vice,
                items: vec![stops],
            }],
        },
    );
    let due = date(2026, 12, 20);
    let record_id = |e: &[Event]| match &e[0].kind {
        EventKind::Supervision(SupervisionEvent::Supervised { id, .. }) => *id,
        _ => unreachable!(),
    };
    let only_stops = record_id(&g.t.given_on(
        date(2026, 11, 10),
        SupervisionCommand::RecordSupervision(face_to_face(&g, vec![stops], due)),
    ));
    let both = record_id(&g.t.given_on(
        date(2026, 11, 10),
        SupervisionCommand::RecordSupervision(face_to_face(&g, vec![roads, stops], due)),
    ));
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    let raised = g.t.given_on(
        date(2026, 11, 12),
        SupervisionCommand::RaiseWarning {
            item: roads,
            reason: "小巷改造迟迟未开工".into(),
            deputy: Some(wang),
        },
    );

    // The mayor's office.
    g.t.given(leaders_office(Some(mayor)));
    g.t.at_desk(Desk::Leader);
    let not_mayors = SupervisionRejection::NotTheLeadersItem {
        title: "关于增设公交站台的建议".into(),
        leader: "李明（县长）".into(),
    };
    g.t.when(SupervisionCommand::PlanActivity(PlanFields {
        kind: RecordKind::SiteVisit,
        planned_for: date(2026, 12, 5),
        place: "城关镇公交站".into(),
        items: vec![stops],
        invited: Participants::default(),
    }))
    .then_refused(not_mayors.clone());
    // A follow-up of a record touching none of its items is not its own;
    // one of a record touching one of them is.
    g.t.when(SupervisionCommand::CompleteFollowUp {
        record: only_stops,
        index: 0,
        note: "已报送".into(),
    })
    .then_refused(not_mayors);
    g.t.when(SupervisionCommand::CompleteFollowUp {
        record: both,
        index: 0,
        note: "施工方案已报送".into(),
    })
    .then_events(&["督办事项办结"]);
    // A deputy's warning is the deputy's, or the committee office's, to
    // lift; and the office serves its leader, not deputies.
    g.t.when(SupervisionCommand::LiftWarning {
        item: roads,
        warning: raised[0].id,
        reason: "已开工".into(),
        deputy: None,
    })
    .then_refused(SupervisionRejection::NotItsWarning {
        deputy: "王伟".into(),
    });
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.when(SupervisionCommand::RaiseWarning {
        item: roads,
        reason: "进展缓慢".into(),
        deputy: Some(wang),
    })
    .then_refused(SupervisionRejection::WrongDesk {
        asked: "代表",
        desks: "领导",
    });
    assert_eq!(
        may_make(OfficeRole::LeaderOffice, &raised[0], false),
        Err("领导办公室不能以代表的名义发出或解除预警".to_string())
    );

    // The vice-chair's office: the group's item is its leader's part.
    g.t.given(leaders_office(Some(vice)));
    g.t.at_desk(Desk::Leader);
    let on_stops =
        g.t.when_on(
            date(2026, 11, 28),
            SupervisionCommand::RecordSupervision(face_to_face(&g, vec![stops], due)),
        )
        .then_events(&["督办记录"]);

    // Back at the committee office, the mayor's office's record is judged
    // on receipt: its own item yes, another's no, and an office bound to
    // no leader nothing.
    g.t.given(OfficeCommand::SetProfile(OfficeProfile {
        numbering: true,
        ..OfficeProfile::new(
            "示范县人大常委会代表工作委员会",
            "示范县",
            OfficeLevel::County,
            OfficeRole::CommitteeOffice,
        )
    }));
    g.t.at_desk(Desk::CommitteeOffice);
    let mut on_roads = on_stops[0].clone();
    if let EventKind::Supervision(SupervisionEvent::Supervised { record, .. }) = &mut on_roads.kind
    {
        record.items = vec![roads];
    }
    let s = g.t.state();
    assert!(leaders_act_fits(s, Some(mayor), &on_roads));
    assert!(!leaders_act_fits(s, Some(mayor), &on_stops[0]));
    assert!(leaders_act_fits(s, Some(vice), &on_stops[0]));
    assert!(!leaders_act_fits(s, None, &on_roads));
    let mut lifted = raised[0].clone();
    lifted.kind = EventKind::Supervision(SupervisionEvent::WarningLifted {
        item: roads,
        warning: raised[0].id,
        reason: "已开工".into(),
        deputy: None,
    });
    assert!(
        !leaders_act_fits(s, Some(mayor), &lifted),
        "a deputy's warning"
    );

    // The item moves from the mayor on 1 December: the mayor's office
    // keeps its trail (and hears of the move), its acts dated before still
    // count, later ones do not.
    g.t.given_on(
        date(2026, 12, 1),
        SupervisionCommand::SetResponsibilities {
            item: roads,
            leading: None,
            supervising: Some(vice),
            following: None,
        },
    );
    let s = g.t.state();
    assert!(items_of_leader(s, mayor).is_empty());
    assert_eq!(items_ever_of_leader(s, mayor), vec![roads]);
    assert!(answered_for(s, mayor, roads, date(2026, 11, 30)));
    assert!(!answered_for(s, mayor, roads, date(2026, 12, 1)));
    let mut late = on_roads.clone();
    late.business_date = date(2026, 12, 2);
    assert!(leaders_act_fits(s, Some(mayor), &on_roads));
    assert!(!leaders_act_fits(s, Some(mayor), &late));
}

/// The key items' progress as the statistics page counts it (issue 18),
/// by hand, on 1 December 2026. Two key items are assigned to 交通运输局
/// on 2 November, a third is not yet; another item, assigned, is not key.
///
/// | item | what happened                                   | steps (due/all) | reports | colour | last act        |
/// |------|-------------------------------------------------|-----------------|---------|--------|-----------------|
/// | K1   | signed 3 Nov, talked 4 Nov, a plan on 5 Nov of  | 1/3             | 2       | green  | 25 Nov 办理进展 |
/// |      | steps by 20 Nov, 10 Dec and 20 Dec; progress    |                 |         |        |                 |
/// |      | reported 15 and 25 Nov                          |                 |         |        |                 |
/// | K2   | never signed for (its return window ended)      | 0/0             | 0       | yellow | none            |
/// | K3   | key, not assigned                               | 尚未交办        |         |        |                 |
///
/// Neither made a commitment: 0 of 0 kept.
#[test]
fn the_key_items_progress_counted_by_hand() {
    use jianyi_core::figures::Rate;
    use jianyi_core::figures::tables::{Scope, figures};
    use jianyi_core::handling::{Communication, Method, PlanStep};
    let mut g = given();
    let k1 = accepted(&mut g, 3, "关于改善城关镇老旧小区道路的建议");
    let k2 = accepted(&mut g, 3, "关于增设城关镇公交站台的建议");
    let other = accepted(&mut g, 1, "关于整治城关镇占道经营的建议");
    let k3 = accepted(&mut g, 3, "关于建设城关镇口袋公园的建议");
    let session = g.session;
    g.t.given(SupervisionCommand::WritePrinciple {
        session,
        text: PRINCIPLE.into(),
    });
    for item in [k1, k2, k3] {
        g.t.given(SupervisionCommand::MarkKey {
            item,
            committee: None,
        });
    }
    for item in [k1, k2, other] {
        assign(&mut g, item);
    }
    let (unit, wang) = (g.unit, g.deputies[0]);
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 11, 3),
        HandlingCommand::SignFor { item: k1, unit },
    );
    g.t.given_on(
        date(2026, 11, 4),
        HandlingCommand::Communicate {
            item: k1,
            unit,
            communication: Communication {
                method: Method::Meeting,
                deputies: vec![wang],
                participants: "交通运输局副局长".into(),
                focus: "破损路段的范围".into(),
                direction: "纳入年度街巷改造计划".into(),
                agreed: "先修主干道".into(),
            },
        },
    );
    let step = |what: &str, by| PlanStep {
        what: what.into(),
        by,
    };
    g.t.given_on(
        date(2026, 11, 5),
        HandlingCommand::SetPlan {
            item: k1,
            unit,
            steps: vec![
                step("摸底登记破损路段", date(2026, 11, 20)),
                step("完成主干道修复", date(2026, 12, 10)),
                step("分批改造小巷", date(2026, 12, 20)),
            ],
        },
    );
    for day in [15, 25] {
        g.t.given_on(
            date(2026, 11, day),
            HandlingCommand::ReportProgress {
                item: k1,
                unit,
                text: format!("11月{day}日进展"),
            },
        );
    }
    g.t.at_desk(Desk::CommitteeOffice);

    let f = figures(
        g.t.state(),
        date(2026, 12, 1),
        Scope::Session(Some(session)),
    );
    assert_eq!(f.key.len(), 3, "the item not key is not listed");
    // By number; K3, not assigned yet, is listed with nothing counted.
    assert_eq!(
        f.key.iter().map(|k| k.item).collect::<Vec<_>>(),
        [k1, k2, k3]
    );
    let three = &f.key[2];
    assert!(!three.assigned && three.colour.is_none() && three.last.is_none());
    assert!(f.key[..2].iter().all(|k| k.assigned));
    let line = |item| f.key.iter().find(|k| k.item == item).unwrap();
    let one = line(k1);
    assert_eq!((one.steps_due, one.steps, one.reports), (1, 3, 2));
    assert_eq!(one.commitments, Rate { count: 0, of: 0 });
    assert_eq!(one.colour, Some(Colour::Green));
    assert_eq!(one.last, Some((date(2026, 11, 25), "办理进展")));
    let two = line(k2);
    assert_eq!((two.steps_due, two.steps, two.reports), (0, 0, 0));
    assert_eq!(two.colour, Some(Colour::Yellow));
    assert_eq!(two.last, None);
}
