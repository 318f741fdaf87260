//! Given / when / then for every command of the office and the directories,
//! drafting basics, batches, and the fold of stored events.

use jianyi_core::directory::{
    CommitteeFields, DeputyFields, DirectoryCommand, DirectoryRejection, EntryRef, Gender,
    LeaderFields, Organ, SessionFields, StationFields, StationKind, UnitFields, UnitKind,
};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRejection, OfficeRole};
use jianyi_core::raising::{Draft, RaisingCommand, RaisingRejection, SuggestionKind};
use jianyi_core::review::Stage;
use jianyi_core::settings::{Numbering, RaisingRules};
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;

/// An office with one delegation (城关镇代表团), one deputy (王伟) and one
/// session.
struct Office {
    t: Given,
    delegation: DelegationId,
    deputy: DeputyId,
    session: SessionId,
}

fn given() -> Office {
    let mut t = Given::office();
    let delegation = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let deputy = t.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", delegation,
    )));
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    }));
    Office {
        t,
        delegation,
        deputy,
        session,
    }
}

fn draft(g: &Office) -> Draft {
    Draft {
        title: "关于改善城关镇老旧小区道路的建议".into(),
        basis: "城关镇多个老旧小区道路破损严重，雨天积水。".into(),
        ask: "将老旧小区道路纳入年度改造计划。".into(),
        measures: "由住建部门牵头摸底，分批实施。".into(),
        category: g.t.category("城市建设"),
        kind: SuggestionKind::Suggestion,
        session: Some(g.session),
        lead_deputy: g.deputy,
        by_delegation: false,
        opinions: Vec::new(),
        negative_confirmed: Vec::new(),
    }
}

fn profile(name: &str) -> OfficeProfile {
    OfficeProfile {
        name: name.into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        role: OfficeRole::CommitteeOffice,
        numbering: true,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
    }
}

/// An id no record has.
fn unknown<T: From<Uuid>>() -> T {
    T::from(Uuid::from_u128(0xDEAD_BEEF))
}

#[test]
fn set_office_profile_records_the_office() {
    let mut g = given();
    g.t.when(OfficeCommand::SetProfile(profile(
        " 示范县人大常委会代表工委 ",
    )))
    .then_events(&["设置本机单位"]);
    let office = g.t.state().office.profile.as_ref().unwrap();
    assert_eq!(office.name, "示范县人大常委会代表工委", "names are trimmed");
}

#[test]
fn set_office_profile_without_a_name_is_refused() {
    let mut g = given();
    let missing = InputRejection::Missing {
        field: "单位名称"
    };
    g.t.when(OfficeCommand::SetProfile(profile("  ")))
        .then_refused(missing.clone());
    assert_eq!(Rejection::from(missing).message_zh(), "请填写“单位名称”");
}

#[test]
fn change_settings_is_an_event_and_changes_the_rules() {
    let mut g = given();
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Rules(
        RaisingRules {
            township_mode: true,
            ..RaisingRules::default()
        },
    )))
    .then_events(&["修改设置"]);
    assert_eq!(g.t.state().settings().motion_threshold(), 5);
}

#[test]
fn change_settings_refuses_a_number_format_without_its_place() {
    let mut g = given();
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Numbering(
        Numbering {
            number_format: "第号".into(),
        },
    )))
    .then_refused_where(
        |r| {
            matches!(
                r,
                Rejection::Office(OfficeRejection::InvalidSettings { .. })
            ) && r.message_zh().contains("{n}")
        },
        "invalid settings naming {n}",
    );
}

#[test]
fn change_settings_to_the_same_values_is_refused() {
    let mut g = given();
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Rules(
        RaisingRules::default(),
    )))
    .then_refused(InputRejection::NothingChanged);
}

#[test]
fn add_delegation_twice_by_the_same_name_is_refused() {
    let mut g = given();
    g.t.when(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    })
    .then_refused(DirectoryRejection::DuplicateDelegation {
        name: "城关镇代表团".into(),
    });
}

#[test]
fn edit_delegation_renames_it() {
    let mut g = given();
    g.t.when(DirectoryCommand::EditDelegation {
        id: g.delegation,
        name: "城关代表团".into(),
    })
    .then_events(&["修改代表团"]);
    assert_eq!(g.t.state().delegation_name(g.delegation), "城关代表团");
}

#[test]
fn two_deputies_of_one_name_in_two_delegations_are_two_people() {
    let mut g = given();
    let other: DelegationId = g.t.added(DirectoryCommand::AddDelegation {
        name: "河口乡代表团".into(),
    });
    g.t.when(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", other,
    )))
    .then_events(&["新增代表"]);
    let deputies = &g.t.state().directory.deputies;
    assert_eq!(deputies.values().filter(|d| d.name == "王伟").count(), 2);
}

#[test]
fn a_second_deputy_of_one_name_in_one_delegation_is_refused() {
    let mut g = given();
    let duplicate = DirectoryRejection::DuplicateDeputy {
        name: "王伟".into(),
        delegation: "城关镇代表团".into(),
    };
    g.t.when(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟",
        g.delegation,
    )))
    .then_refused(duplicate.clone());
    assert!(
        duplicate
            .message_zh()
            .contains("城关镇代表团已有代表“王伟”")
    );
}

#[test]
fn add_deputy_to_an_unknown_delegation_is_refused() {
    let mut g = given();
    g.t.when(DirectoryCommand::AddDeputy(DeputyFields::new(
        "李娜",
        unknown(),
    )))
    .then_refused(DirectoryRejection::UnknownDelegation);
}

#[test]
fn edit_deputy_moves_them_to_another_delegation() {
    let mut g = given();
    let other: DelegationId = g.t.added(DirectoryCommand::AddDelegation {
        name: "河口乡代表团".into(),
    });
    g.t.when(DirectoryCommand::EditDeputy {
        id: g.deputy,
        fields: DeputyFields::new("王伟", other),
    })
    .then_events(&["修改代表"]);
    assert_eq!(g.t.state().directory.deputies[&g.deputy].delegation, other);
}

#[test]
fn edit_deputy_without_a_change_is_refused() {
    let mut g = given();
    g.t.when(DirectoryCommand::EditDeputy {
        id: g.deputy,
        fields: DeputyFields::new("王伟", g.delegation),
    })
    .then_refused(InputRejection::NothingChanged);
}

#[test]
fn edit_an_unknown_deputy_is_refused() {
    let mut g = given();
    g.t.when(DirectoryCommand::EditDeputy {
        id: unknown(),
        fields: DeputyFields::new("李娜", g.delegation),
    })
    .then_refused(DirectoryRejection::UnknownDeputy);
}

#[test]
fn add_and_edit_unit() {
    let mut g = given();
    let id: UnitId = g.t.added(DirectoryCommand::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )));
    assert_eq!(
        g.t.state().directory.units[&id].organ,
        Some(Organ::Government),
        "organ follows the kind"
    );
    g.t.when(DirectoryCommand::EditUnit {
        id,
        fields: UnitFields {
            name: "县交通运输局".into(),
            kind: UnitKind::Other,
            organ: None,
            head: "李明".into(),
        },
    })
    .then_events(&["修改承办单位"]);
    assert_eq!(g.t.state().directory.units[&id].head, "李明");
    assert_eq!(g.t.state().directory.units[&id].organ, None);
    g.t.when(DirectoryCommand::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::Other,
    )))
    .then_refused(DirectoryRejection::DuplicateUnit {
        name: "县交通运输局".into(),
    });
    g.t.when(DirectoryCommand::EditUnit {
        id: unknown(),
        fields: UnitFields::new("县法院", UnitKind::Court),
    })
    .then_refused(DirectoryRejection::UnknownUnit);
}

#[test]
fn retiring_a_unit_is_allowed_keeps_its_record_and_can_be_undone() {
    let mut g = given();
    let id: UnitId = g.t.added(DirectoryCommand::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )));
    g.t.when(DirectoryCommand::Retire(EntryRef::Unit(id)))
        .then_events(&["停用"]);
    let dir = &g.t.state().directory;
    assert!(dir.units[&id].retired);
    assert_eq!(dir.entry_name(&EntryRef::Unit(id)), "县交通运输局");
    g.t.when(DirectoryCommand::Retire(EntryRef::Unit(id)))
        .then_refused(DirectoryRejection::AlreadyRetired {
            name: "县交通运输局".into(),
        });
    g.t.when(DirectoryCommand::Reinstate(EntryRef::Unit(id)))
        .then_events(&["恢复使用"]);
    assert!(!g.t.state().directory.units[&id].retired);
    g.t.when(DirectoryCommand::Reinstate(EntryRef::Unit(id)))
        .then_refused(DirectoryRejection::NotRetired {
            name: "县交通运输局".into(),
        });
}

#[test]
fn retiring_a_deputy_with_drafts_keeps_history_but_refuses_new_drafts() {
    let mut g = given();
    let id: SuggestionId = g.t.added(RaisingCommand::CreateDraft(draft(&g)));
    g.t.given(DirectoryCommand::Retire(EntryRef::Deputy(g.deputy)));
    // The old draft still names its lead deputy and can still be edited.
    let s = &g.t.state().raising.suggestions[&id];
    assert_eq!(g.t.state().deputy_name(s.draft.lead_deputy), "王伟");
    let mut d = draft(&g);
    d.ask = "将老旧小区道路纳入2027年改造计划。".into();
    g.t.when(RaisingCommand::EditDraft { id, draft: d })
        .then_events(&["修改草稿"]);
    // A new draft may not name a retired deputy.
    let retired = DirectoryRejection::Retired {
        name: "王伟".into(),
    };
    g.t.when(RaisingCommand::CreateDraft(draft(&g)))
        .then_refused(retired.clone());
    assert!(retired.message_zh().contains("已停用"));
}

#[test]
fn retiring_an_unknown_entry_is_refused() {
    let mut g = given();
    g.t.when(DirectoryCommand::Retire(EntryRef::Station(unknown())))
        .then_refused(DirectoryRejection::UnknownStation);
    g.t.when(DirectoryCommand::Retire(EntryRef::Category(unknown())))
        .then_refused(DirectoryRejection::UnknownCategory);
}

#[test]
fn a_deputy_keeps_gender_term_stations_and_private_phone() {
    let mut g = given();
    let station: StationId = g.t.added(DirectoryCommand::AddStation(StationFields {
        name: "城关镇人大代表联络站".into(),
        kind: StationKind::LiaisonStation,
        field: String::new(),
    }));
    let fields = DeputyFields {
        name: "李娜".into(),
        delegation: g.delegation,
        gender: Some(Gender::Female),
        term: "第十五届".into(),
        stations: vec![station, station],
        phone: "13900001234".into(),
    };
    let events =
        g.t.when(DirectoryCommand::AddDeputy(fields))
            .then_events(&["新增代表", "登记代表电话"]);
    let id = DeputyId(events[0].kind.created_id().unwrap());
    let dir = &g.t.state().directory;
    let d = &dir.deputies[&id];
    assert_eq!(d.stations, vec![station], "a station is listed once");
    assert_eq!(
        (d.gender, d.term.as_str(), dir.phone(id)),
        (Some(Gender::Female), "第十五届", "13900001234")
    );

    g.t.given(DirectoryCommand::Retire(EntryRef::Station(station)));
    let mut f = DeputyFields::new("赵强", g.delegation);
    f.stations = vec![station];
    g.t.when(DirectoryCommand::AddDeputy(f))
        .then_refused(DirectoryRejection::Retired {
            name: "城关镇人大代表联络站".into(),
        });
}

#[test]
fn a_professional_station_needs_a_configured_field() {
    let mut g = given();
    let add = |field: &str| {
        DirectoryCommand::AddStation(StationFields {
            name: format!("{field}专业代表工作站"),
            kind: StationKind::Professional,
            field: field.into(),
        })
    };
    g.t.when(add("教育")).then_events(&["新增站点"]);
    g.t.when(add("航天"))
        .then_refused(DirectoryRejection::UnknownField {
            field: "航天".into(),
        });
    g.t.when(add("")).then_refused(InputRejection::Missing {
        field: "专业领域"
    });
    g.t.when(add("教育"))
        .then_refused(DirectoryRejection::DuplicateStation {
            name: "教育专业代表工作站".into(),
        });
}

#[test]
fn a_committee_body_covers_delegations() {
    let mut g = given();
    let id: CommitteeId = g.t.added(DirectoryCommand::AddCommittee(CommitteeFields {
        name: "县人大常委会法制委员会".into(),
        covers: vec![g.delegation, g.delegation],
    }));
    let c = g.t.state().directory.committees[&id].clone();
    assert_eq!(c.covers, vec![g.delegation]);
    g.t.when(DirectoryCommand::AddCommittee(CommitteeFields {
        name: "县人大常委会法制委员会".into(),
        covers: vec![],
    }))
    .then_refused(DirectoryRejection::DuplicateCommittee {
        name: "县人大常委会法制委员会".into(),
    });
    g.t.when(DirectoryCommand::EditCommittee {
        id,
        fields: CommitteeFields {
            name: c.name.clone(),
            covers: vec![unknown()],
        },
    })
    .then_refused(DirectoryRejection::UnknownDelegation);
}

#[test]
fn leaders_are_known_by_name_and_post() {
    let mut g = given();
    let leader = |post: &str| {
        DirectoryCommand::AddLeader(LeaderFields {
            name: "张建国".into(),
            post: post.into(),
            organ: Some(Organ::Government),
            duties: "领办重点建议".into(),
        })
    };
    g.t.when(leader("县长")).then_events(&["新增领导"]);
    g.t.when(leader("县长"))
        .then_refused(DirectoryRejection::DuplicateLeader {
            name: "张建国".into(),
            post: "县长".into(),
        });
    g.t.when(leader(" "))
        .then_refused(InputRejection::Missing { field: "职务" });
}

#[test]
fn categories_are_added_and_retired_and_old_drafts_keep_theirs() {
    let mut g = given();
    let category: CategoryId = g.t.added(DirectoryCommand::AddCategory {
        name: "营商环境".into(),
    });
    let mut d = draft(&g);
    d.category = category;
    let id: SuggestionId = g.t.added(RaisingCommand::CreateDraft(d.clone()));
    g.t.when(DirectoryCommand::Retire(EntryRef::Category(category)))
        .then_events(&["停用"]);
    let state = g.t.state();
    assert!(
        !state
            .directory
            .active_categories()
            .any(|c| c.name == "营商环境")
    );
    assert_eq!(state.raising.suggestions[&id].draft.category, category);
    assert_eq!(
        state.category_name(category),
        "营商环境",
        "a retired category keeps its name"
    );
    g.t.when(RaisingCommand::CreateDraft(d))
        .then_refused(DirectoryRejection::Retired {
            name: "营商环境".into(),
        });
    g.t.when(DirectoryCommand::AddCategory {
        name: "教育".into(),
    })
    .then_refused(DirectoryRejection::DuplicateCategory {
        name: "教育".into(),
    });
}

#[test]
fn a_batch_is_decided_in_order_and_refused_whole() {
    let mut g = given();
    let add =
        |name: &str| -> Command { DirectoryCommand::AddDelegation { name: name.into() }.into() };
    let expected = Rejection::InBatch {
        index: 2,
        rejection: Box::new(
            DirectoryRejection::DuplicateDelegation {
                name: "河口乡代表团".into(),
            }
            .into(),
        ),
    };
    assert!(expected.message_zh().starts_with("第3条："));
    // Nothing of a refused batch is stored or applied.
    g.t.when(Command::Batch(vec![
        add("河口乡代表团"),
        add("南湖乡代表团"),
        add("河口乡代表团"),
    ]))
    .then_refused(expected);

    let events =
        g.t.when(Command::Batch(vec![
            add("河口乡代表团"),
            add("南湖乡代表团"),
        ]))
        .then_events(&["新增代表团", "新增代表团"]);
    assert!(events[0].stamp < events[1].stamp);
    assert_eq!(g.t.state().directory.delegations.len(), 3);
    g.t.when(Command::Batch(vec![]))
        .then_refused(Rejection::EmptyBatch);
}

#[test]
fn a_session_that_ends_before_it_starts_is_refused() {
    let mut g = given();
    g.t.when(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第四次会议".into(),
        starts: date(2028, 1, 10),
        ends: date(2028, 1, 9),
    }))
    .then_refused(DirectoryRejection::SessionEndsBeforeStart);
}

#[test]
fn edit_session_changes_its_dates_and_refuses_a_name_in_use() {
    let mut g = given();
    g.t.when(DirectoryCommand::EditSession {
        id: g.session,
        fields: SessionFields {
            name: "第十五届人民代表大会第三次会议".into(),
            starts: date(2027, 1, 11),
            ends: date(2027, 1, 14),
        },
    })
    .then_events(&["修改会次"]);
    assert_eq!(
        g.t.state().directory.sessions[&g.session].starts,
        date(2027, 1, 11)
    );
    g.t.given(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第四次会议".into(),
        starts: date(2028, 1, 10),
        ends: date(2028, 1, 12),
    }));
    g.t.when(DirectoryCommand::EditSession {
        id: g.session,
        fields: SessionFields {
            name: "第十五届人民代表大会第四次会议".into(),
            starts: date(2027, 1, 11),
            ends: date(2027, 1, 14),
        },
    })
    .then_refused(DirectoryRejection::DuplicateSession {
        name: "第十五届人民代表大会第四次会议".into(),
    });
}

#[test]
fn create_draft_stores_it_on_its_business_date() {
    let mut g = given();
    let d = draft(&g);
    let events =
        g.t.when_on(date(2026, 11, 20), RaisingCommand::CreateDraft(d.clone()))
            .then_events(&["新建草稿"]);
    let id = decide::created_suggestion(&events).unwrap();
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(s.draft, d);
    assert_eq!(state.stage(id), Stage::Draft);
    assert_eq!(
        s.created_on,
        date(2026, 11, 20),
        "the business date, not the PC clock"
    );
}

#[test]
fn create_draft_in_recess_has_no_session() {
    let mut g = given();
    let mut d = draft(&g);
    d.session = None;
    let id: SuggestionId = g.t.added(RaisingCommand::CreateDraft(d));
    let state = g.t.state();
    let s = &state.raising.suggestions[&id];
    assert_eq!(state.session_name(s.draft.session), "闭会期间");
}

#[test]
fn create_draft_without_a_title_is_refused() {
    let mut g = given();
    let mut d = draft(&g);
    d.title = " ".into();
    g.t.when(RaisingCommand::CreateDraft(d))
        .then_refused(InputRejection::Missing { field: "案由" });
}

#[test]
fn create_draft_with_an_unknown_lead_deputy_session_or_category_is_refused() {
    let mut g = given();
    let mut d = draft(&g);
    d.lead_deputy = unknown();
    g.t.when(RaisingCommand::CreateDraft(d))
        .then_refused(DirectoryRejection::UnknownDeputy);
    let mut d = draft(&g);
    d.session = Some(unknown());
    g.t.when(RaisingCommand::CreateDraft(d))
        .then_refused(DirectoryRejection::UnknownSession);
    let mut d = draft(&g);
    d.category = unknown();
    g.t.when(RaisingCommand::CreateDraft(d))
        .then_refused(DirectoryRejection::UnknownCategory);
}

#[test]
fn edit_draft_replaces_its_text_and_counts_the_revision() {
    let mut g = given();
    let id: SuggestionId = g.t.added(RaisingCommand::CreateDraft(draft(&g)));
    let mut d = draft(&g);
    d.measures = "由住建部门牵头摸底，2027年分两批实施。".into();
    g.t.when_on(
        date(2026, 11, 28),
        RaisingCommand::EditDraft {
            id,
            draft: d.clone(),
        },
    )
    .then_events(&["修改草稿"]);
    let s = &g.t.state().raising.suggestions[&id];
    assert_eq!(s.draft.measures, d.measures);
    assert_eq!((s.revision, s.updated_on), (1, date(2026, 11, 28)));
    g.t.when(RaisingCommand::EditDraft { id, draft: d })
        .then_refused(InputRejection::NothingChanged);
}

#[test]
fn edit_an_unknown_draft_is_refused() {
    let mut g = given();
    let d = draft(&g);
    g.t.when(RaisingCommand::EditDraft {
        id: unknown(),
        draft: d,
    })
    .then_refused(RaisingRejection::UnknownSuggestion);
}

#[test]
fn a_rejected_command_changes_nothing() {
    let mut g = given();
    let before = g.t.state().clone();
    let stored = g.t.events_so_far().len();
    let _ =
        g.t.when(DirectoryCommand::AddDelegation {
            name: "城关镇代表团".into(),
        })
        .result;
    assert!(*g.t.state() == before);
    assert_eq!(g.t.events_so_far().len(), stored);
}

#[test]
fn events_carry_actor_office_and_ordered_stamps() {
    let g = given();
    let events = g.t.events_so_far();
    assert!(
        events
            .iter()
            .all(|e| e.office == "测试县" && e.actor.desk == Desk::CommitteeOffice)
    );
    assert!(events.windows(2).all(|w| w[0].stamp < w[1].stamp));
}

#[test]
fn the_fold_of_stored_events_equals_the_live_state() {
    let mut g = given();
    g.t.given(RaisingCommand::CreateDraft(draft(&g)));
    let json: Vec<String> = g.t.events_so_far().iter().map(Event::to_json).collect();
    let mut parsed: Vec<Event> = json
        .iter()
        .flat_map(|j| Event::from_json(j).unwrap())
        .collect();
    parsed.reverse(); // storage order must not matter
    let folded = State::from_events(parsed);
    assert!(folded == *g.t.state());
}

#[test]
fn an_event_of_an_unknown_kind_is_kept_raw() {
    let raw = r#"{"id":"3f2a","kind":{"type":"from_the_future"}}"#;
    let unknown = Event::from_json(raw).unwrap_err();
    assert_eq!(unknown.id, "3f2a");
    assert_eq!(unknown.raw, raw);
}

#[test]
fn an_edit_merged_before_its_record_is_a_conflict_not_a_panic() {
    let g = given();
    let mut events = g.t.events_so_far().to_vec();
    // Another office edits the deputy; its edit is made to arrive stamped
    // before the deputy's creation.
    let mut other = Given::office_named("河口乡", 9).with_events(events.clone());
    let mut edit = other
        .when(DirectoryCommand::EditDeputy {
            id: g.deputy,
            fields: DeputyFields::new("王伟东", g.delegation),
        })
        .then_events(&["修改代表"])
        .remove(0);
    edit.stamp.wall_ms = 1; // stamped before everything else
    events.push(edit);
    let state = State::from_events(events);
    assert_eq!(state.conflicts.len(), 1);
    assert_eq!(state.directory.deputies[&g.deputy].name, "王伟");
}

#[test]
fn delegations_are_listed_in_the_order_they_were_added() {
    let mut g = given();
    for name in ["河口乡代表团", "北山镇代表团", "东关镇代表团"] {
        g.t.given(DirectoryCommand::AddDelegation { name: name.into() });
    }
    let names: Vec<&str> =
        g.t.state()
            .directory
            .delegations_in_order()
            .map(|d| d.name.as_str())
            .collect();
    assert_eq!(
        names,
        vec![
            "城关镇代表团",
            "河口乡代表团",
            "北山镇代表团",
            "东关镇代表团"
        ]
    );
    // The fold of the stored events gives the same order.
    let folded = State::from_events(g.t.events_so_far().to_vec());
    assert_eq!(
        folded.directory.delegation_order,
        g.t.state().directory.delegation_order
    );
}

#[test]
fn a_handling_units_copy_is_bound_to_an_active_unit_of_the_directory() {
    let mut g = given();
    let unit_profile = |unit: Option<UnitId>| OfficeProfile {
        role: OfficeRole::HandlingUnit,
        numbering: false,
        unit,
        ..profile("县交通运输局")
    };
    // A new unit's copy has no directory yet: it names its unit once the
    // committee office's directory came in.
    g.t.when(OfficeCommand::SetProfile(unit_profile(None)))
        .then_events(&["设置本机单位"]);
    g.t.when(OfficeCommand::SetProfile(unit_profile(Some(UnitId(
        Uuid::from_u128(7),
    )))))
    .then_refused(OfficeRejection::UnknownUnit);
    let id: UnitId = g.t.added(DirectoryCommand::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )));
    g.t.when(OfficeCommand::SetProfile(unit_profile(None)))
        .then_refused(OfficeRejection::UnitRequired);
    g.t.when(OfficeCommand::SetProfile(unit_profile(Some(id))))
        .then_events(&["设置本机单位"]);
    assert_eq!(g.t.state().office.profile.as_ref().unwrap().unit, Some(id));
    // Any other role is bound to no unit, whatever the form sent.
    g.t.when(OfficeCommand::SetProfile(OfficeProfile {
        unit: Some(id),
        ..profile("县人大代表工委")
    }))
    .then_ok();
    assert_eq!(g.t.state().office.profile.as_ref().unwrap().unit, None);
}
