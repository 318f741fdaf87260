//! Given / when / then for every command of the core and each rejection.

use chrono::NaiveDate;
use jianyi_core::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Given an office with one delegation (城关镇代表团), one deputy (王伟) and
/// one session.
struct Given {
    r: Runner,
    delegation: DelegationId,
    deputy: DeputyId,
    session: SessionId,
}

fn given() -> Given {
    let mut r = Runner::new("示范县", date(2026, 11, 27), 1);
    r.run(Command::AddDelegation {
        name: "城关镇代表团".into(),
    })
    .unwrap();
    let delegation = *r.state.delegations.keys().next().unwrap();
    r.run(Command::AddDeputy(DeputyFields::new("王伟", delegation)))
        .unwrap();
    let deputy = *r.state.deputies.keys().next().unwrap();
    r.run(Command::AddSession {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    })
    .unwrap();
    let session = *r.state.sessions.keys().next().unwrap();
    Given {
        r,
        delegation,
        deputy,
        session,
    }
}

fn draft(g: &Given) -> Draft {
    Draft {
        title: "关于改善城关镇老旧小区道路的建议".into(),
        basis: "城关镇多个老旧小区道路破损严重，雨天积水。".into(),
        ask: "将老旧小区道路纳入年度改造计划。".into(),
        measures: "由住建部门牵头摸底，分批实施。".into(),
        category: "城市建设".into(),
        kind: SuggestionKind::Suggestion,
        session: Some(g.session),
        lead_deputy: g.deputy,
        by_delegation: false,
        opinions: Vec::new(),
        negative_confirmed: Vec::new(),
    }
}

fn rejected(result: Result<Vec<Event>, Rejection>) -> Rejection {
    match result {
        Ok(events) => panic!("expected a rejection, got {events:?}"),
        Err(r) => r,
    }
}

#[test]
fn set_office_profile_records_the_office() {
    let mut g = given();
    let events =
        g.r.run(Command::SetOfficeProfile(OfficeProfile {
            name: " 示范县人大常委会代表工委 ".into(),
            region: "示范县".into(),
            level: OfficeLevel::County,
            numbering: true,
        }))
        .unwrap();
    assert!(matches!(events[0].kind, EventKind::OfficeProfileSet { .. }));
    let office = g.r.state.office.as_ref().unwrap();
    assert_eq!(office.name, "示范县人大常委会代表工委", "names are trimmed");
}

#[test]
fn set_office_profile_without_a_name_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::SetOfficeProfile(OfficeProfile {
        name: "  ".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        numbering: true,
    })));
    assert_eq!(
        r,
        Rejection::Missing {
            field: "单位名称"
        }
    );
    assert_eq!(r.message_zh(), "请填写“单位名称”");
}

#[test]
fn change_settings_is_an_event_and_changes_the_rules() {
    let mut g = given();
    let settings = Settings {
        township_mode: true,
        ..Settings::default()
    };
    g.r.run(Command::ChangeSettings(Box::new(settings)))
        .unwrap();
    assert!(matches!(
        g.r.events.last().unwrap().kind,
        EventKind::SettingsChanged { .. }
    ));
    assert_eq!(g.r.state.settings.motion_threshold(), 5);
}

#[test]
fn change_settings_refuses_a_number_format_without_its_place() {
    let mut g = given();
    let settings = Settings {
        number_format: "第号".into(),
        ..Settings::default()
    };
    let r = rejected(g.r.run(Command::ChangeSettings(Box::new(settings))));
    assert!(matches!(r, Rejection::InvalidSettings { .. }));
    assert!(r.message_zh().contains("{n}"));
}

#[test]
fn change_settings_to_the_same_values_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::ChangeSettings(Box::default())));
    assert_eq!(r, Rejection::NothingChanged);
}

#[test]
fn add_delegation_twice_by_the_same_name_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::AddDelegation {
        name: "城关镇代表团".into(),
    }));
    assert_eq!(
        r,
        Rejection::DuplicateDelegation {
            name: "城关镇代表团".into()
        }
    );
}

#[test]
fn edit_delegation_renames_it() {
    let mut g = given();
    g.r.run(Command::EditDelegation {
        id: g.delegation,
        name: "城关代表团".into(),
    })
    .unwrap();
    assert_eq!(g.r.state.delegation_name(g.delegation), "城关代表团");
}

#[test]
fn two_deputies_of_one_name_in_two_delegations_are_two_people() {
    let mut g = given();
    g.r.run(Command::AddDelegation {
        name: "河口乡代表团".into(),
    })
    .unwrap();
    let other =
        g.r.state
            .delegations
            .values()
            .find(|d| d.name == "河口乡代表团")
            .unwrap()
            .id;
    g.r.run(Command::AddDeputy(DeputyFields::new("王伟", other)))
        .unwrap();
    assert_eq!(
        g.r.state
            .deputies
            .values()
            .filter(|d| d.name == "王伟")
            .count(),
        2
    );
}

#[test]
fn a_second_deputy_of_one_name_in_one_delegation_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::AddDeputy(DeputyFields::new("王伟", g.delegation))));
    assert_eq!(
        r,
        Rejection::DuplicateDeputy {
            name: "王伟".into(),
            delegation: "城关镇代表团".into()
        }
    );
    assert!(r.message_zh().contains("城关镇代表团已有代表“王伟”"));
}

#[test]
fn add_deputy_to_an_unknown_delegation_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::AddDeputy(DeputyFields::new(
        "李娜",
        DelegationId(uuid::Uuid::nil()),
    ))));
    assert_eq!(r, Rejection::UnknownDelegation);
}

#[test]
fn edit_deputy_moves_them_to_another_delegation() {
    let mut g = given();
    g.r.run(Command::AddDelegation {
        name: "河口乡代表团".into(),
    })
    .unwrap();
    let other =
        g.r.state
            .delegations
            .values()
            .find(|d| d.name == "河口乡代表团")
            .unwrap()
            .id;
    g.r.run(Command::EditDeputy {
        id: g.deputy,
        fields: DeputyFields::new("王伟", other),
    })
    .unwrap();
    assert_eq!(g.r.state.deputies[&g.deputy].delegation, other);
}

#[test]
fn edit_deputy_without_a_change_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::EditDeputy {
        id: g.deputy,
        fields: DeputyFields::new("王伟", g.delegation),
    }));
    assert_eq!(r, Rejection::NothingChanged);
}

#[test]
fn edit_an_unknown_deputy_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::EditDeputy {
        id: DeputyId(uuid::Uuid::nil()),
        fields: DeputyFields::new("李娜", g.delegation),
    }));
    assert_eq!(r, Rejection::UnknownDeputy);
}

#[test]
fn add_and_edit_unit() {
    let mut g = given();
    g.r.run(Command::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )))
    .unwrap();
    let id = *g.r.state.units.keys().next().unwrap();
    assert_eq!(
        g.r.state.units[&id].organ,
        Some(Organ::Government),
        "organ follows the kind"
    );
    g.r.run(Command::EditUnit {
        id,
        fields: UnitFields {
            name: "县交通运输局".into(),
            kind: UnitKind::Other,
            organ: None,
        },
    })
    .unwrap();
    assert_eq!(g.r.state.units[&id].organ, None);
    let r = rejected(g.r.run(Command::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::Other,
    ))));
    assert_eq!(
        r,
        Rejection::DuplicateUnit {
            name: "县交通运输局".into()
        }
    );
    let r = rejected(g.r.run(Command::EditUnit {
        id: UnitId(uuid::Uuid::nil()),
        fields: UnitFields::new("县法院", UnitKind::Court),
    }));
    assert_eq!(r, Rejection::UnknownUnit);
}

#[test]
fn retiring_a_unit_is_allowed_keeps_its_record_and_can_be_undone() {
    let mut g = given();
    g.r.run(Command::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )))
    .unwrap();
    let id = *g.r.state.units.keys().next().unwrap();
    g.r.run(Command::Retire(EntryRef::Unit(id))).unwrap();
    assert!(g.r.state.units[&id].retired);
    assert_eq!(g.r.state.entry_name(&EntryRef::Unit(id)), "县交通运输局");
    let r = rejected(g.r.run(Command::Retire(EntryRef::Unit(id))));
    assert_eq!(
        r,
        Rejection::AlreadyRetired {
            name: "县交通运输局".into()
        }
    );
    g.r.run(Command::Reinstate(EntryRef::Unit(id))).unwrap();
    assert!(!g.r.state.units[&id].retired);
    let r = rejected(g.r.run(Command::Reinstate(EntryRef::Unit(id))));
    assert_eq!(
        r,
        Rejection::NotRetired {
            name: "县交通运输局".into()
        }
    );
}

#[test]
fn retiring_a_deputy_with_drafts_keeps_history_but_refuses_new_drafts() {
    let mut g = given();
    let events = g.r.run(Command::CreateDraft(draft(&g))).unwrap();
    let id = jianyi_core::decide::created_suggestion(&events).unwrap();
    g.r.run(Command::Retire(EntryRef::Deputy(g.deputy)))
        .unwrap();
    // The old draft still names its lead deputy and can still be edited.
    assert_eq!(
        g.r.state
            .deputy_name(g.r.state.suggestions[&id].draft.lead_deputy),
        "王伟"
    );
    let mut d = draft(&g);
    d.ask = "将老旧小区道路纳入2027年改造计划。".into();
    g.r.run(Command::EditDraft { id, draft: d }).unwrap();
    // A new draft may not name a retired deputy.
    let r = rejected(g.r.run(Command::CreateDraft(draft(&g))));
    assert_eq!(
        r,
        Rejection::Retired {
            name: "王伟".into()
        }
    );
    assert!(r.message_zh().contains("已停用"));
}

#[test]
fn retiring_an_unknown_entry_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::Retire(EntryRef::Station(StationId(
        uuid::Uuid::nil(),
    )))));
    assert_eq!(r, Rejection::UnknownStation);
    let r = rejected(g.r.run(Command::Retire(EntryRef::Category("航天".into()))));
    assert_eq!(
        r,
        Rejection::UnknownCategory {
            category: "航天".into()
        }
    );
}

#[test]
fn a_deputy_keeps_gender_term_stations_and_private_phone() {
    let mut g = given();
    let station =
        g.r.run(Command::AddStation(StationFields {
            name: "城关镇人大代表联络站".into(),
            kind: StationKind::LiaisonStation,
            field: String::new(),
        }))
        .unwrap();
    let station = match &station[0].kind {
        EventKind::StationAdded { station } => station.id,
        other => panic!("{other:?}"),
    };
    let fields = DeputyFields {
        name: "李娜".into(),
        delegation: g.delegation,
        gender: Some(Gender::Female),
        term: "第十五届".into(),
        stations: vec![station, station],
        phone: "13900001234".into(),
    };
    g.r.run(Command::AddDeputy(fields)).unwrap();
    let d =
        g.r.state
            .deputies
            .values()
            .find(|d| d.name == "李娜")
            .unwrap();
    assert_eq!(d.stations, vec![station], "a station is listed once");
    assert_eq!(
        (d.gender, d.term.as_str(), d.phone.as_str()),
        (Some(Gender::Female), "第十五届", "13900001234")
    );

    g.r.run(Command::Retire(EntryRef::Station(station)))
        .unwrap();
    let mut f = DeputyFields::new("赵强", g.delegation);
    f.stations = vec![station];
    let r = rejected(g.r.run(Command::AddDeputy(f)));
    assert_eq!(
        r,
        Rejection::Retired {
            name: "城关镇人大代表联络站".into()
        }
    );
}

#[test]
fn a_professional_station_needs_a_configured_field() {
    let mut g = given();
    let add = |field: &str| {
        Command::AddStation(StationFields {
            name: format!("{field}专业代表工作站"),
            kind: StationKind::Professional,
            field: field.into(),
        })
    };
    g.r.run(add("教育")).unwrap();
    assert_eq!(
        rejected(g.r.run(add("航天"))),
        Rejection::UnknownField {
            field: "航天".into()
        }
    );
    assert_eq!(
        rejected(g.r.run(add(""))),
        Rejection::Missing {
            field: "专业领域"
        }
    );
    let r = rejected(g.r.run(add("教育")));
    assert_eq!(
        r,
        Rejection::DuplicateStation {
            name: "教育专业代表工作站".into()
        }
    );
}

#[test]
fn a_committee_body_covers_delegations() {
    let mut g = given();
    g.r.run(Command::AddCommittee(CommitteeFields {
        name: "县人大常委会法制委员会".into(),
        covers: vec![g.delegation, g.delegation],
    }))
    .unwrap();
    let c = g.r.state.committees.values().next().unwrap().clone();
    assert_eq!(c.covers, vec![g.delegation]);
    let r = rejected(g.r.run(Command::AddCommittee(CommitteeFields {
        name: "县人大常委会法制委员会".into(),
        covers: vec![],
    })));
    assert_eq!(
        r,
        Rejection::DuplicateCommittee {
            name: "县人大常委会法制委员会".into()
        }
    );
    let r = rejected(g.r.run(Command::EditCommittee {
        id: c.id,
        fields: CommitteeFields {
            name: c.name.clone(),
            covers: vec![DelegationId(uuid::Uuid::nil())],
        },
    }));
    assert_eq!(r, Rejection::UnknownDelegation);
}

#[test]
fn leaders_are_known_by_name_and_post() {
    let mut g = given();
    let leader = |post: &str| {
        Command::AddLeader(LeaderFields {
            name: "张建国".into(),
            post: post.into(),
            organ: Some(Organ::Government),
            duties: "领办重点建议".into(),
        })
    };
    g.r.run(leader("县长")).unwrap();
    let r = rejected(g.r.run(leader("县长")));
    assert_eq!(
        r,
        Rejection::DuplicateLeader {
            name: "张建国".into(),
            post: "县长".into()
        }
    );
    let r = rejected(g.r.run(leader(" ")));
    assert_eq!(r, Rejection::Missing { field: "职务" });
}

#[test]
fn categories_are_added_and_retired_and_old_drafts_keep_theirs() {
    let mut g = given();
    g.r.run(Command::AddCategory {
        name: "营商环境".into(),
    })
    .unwrap();
    let mut d = draft(&g);
    d.category = "营商环境".into();
    let id =
        jianyi_core::decide::created_suggestion(&g.r.run(Command::CreateDraft(d.clone())).unwrap())
            .unwrap();
    g.r.run(Command::Retire(EntryRef::Category("营商环境".into())))
        .unwrap();
    assert!(
        !g.r.state
            .settings
            .active_categories()
            .any(|c| c == "营商环境")
    );
    assert_eq!(g.r.state.suggestions[&id].draft.category, "营商环境");
    assert_eq!(
        rejected(g.r.run(Command::CreateDraft(d))),
        Rejection::Retired {
            name: "营商环境".into()
        }
    );
    assert_eq!(
        rejected(g.r.run(Command::AddCategory {
            name: "教育".into()
        })),
        Rejection::DuplicateCategory {
            name: "教育".into()
        }
    );
}

#[test]
fn a_batch_is_decided_in_order_and_refused_whole() {
    let mut g = given();
    let before = g.r.state.clone();
    let r = rejected(g.r.run(Command::Batch(vec![
        Command::AddDelegation {
            name: "河口乡代表团".into(),
        },
        Command::AddDelegation {
            name: "南湖乡代表团".into(),
        },
        Command::AddDelegation {
            name: "河口乡代表团".into(),
        },
    ])));
    assert_eq!(
        r,
        Rejection::InBatch {
            index: 2,
            rejection: Box::new(Rejection::DuplicateDelegation {
                name: "河口乡代表团".into()
            })
        }
    );
    assert!(r.message_zh().starts_with("第3条："));
    assert_eq!(g.r.state, before, "nothing of a refused batch is applied");

    let events =
        g.r.run(Command::Batch(vec![
            Command::AddDelegation {
                name: "河口乡代表团".into(),
            },
            Command::AddDelegation {
                name: "南湖乡代表团".into(),
            },
        ]))
        .unwrap();
    assert_eq!(events.len(), 2);
    assert!(events[0].stamp < events[1].stamp);
    assert_eq!(g.r.state.delegations.len(), 3);
    assert_eq!(
        rejected(g.r.run(Command::Batch(vec![]))),
        Rejection::EmptyBatch
    );
}

#[test]
fn a_session_that_ends_before_it_starts_is_refused() {
    let mut g = given();
    let r = rejected(g.r.run(Command::AddSession {
        name: "第十五届人民代表大会第四次会议".into(),
        starts: date(2028, 1, 10),
        ends: date(2028, 1, 9),
    }));
    assert_eq!(r, Rejection::SessionEndsBeforeStart);
}

#[test]
fn edit_session_changes_its_dates_and_refuses_a_name_in_use() {
    let mut g = given();
    g.r.run(Command::EditSession {
        id: g.session,
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 11),
        ends: date(2027, 1, 14),
    })
    .unwrap();
    assert_eq!(g.r.state.sessions[&g.session].starts, date(2027, 1, 11));
    g.r.run(Command::AddSession {
        name: "第十五届人民代表大会第四次会议".into(),
        starts: date(2028, 1, 10),
        ends: date(2028, 1, 12),
    })
    .unwrap();
    let r = rejected(g.r.run(Command::EditSession {
        id: g.session,
        name: "第十五届人民代表大会第四次会议".into(),
        starts: date(2027, 1, 11),
        ends: date(2027, 1, 14),
    }));
    assert!(matches!(r, Rejection::DuplicateSession { .. }));
}

#[test]
fn create_draft_stores_it_on_its_business_date() {
    let mut g = given();
    let d = draft(&g);
    let events =
        g.r.run_on(Command::CreateDraft(d.clone()), date(2026, 11, 20))
            .unwrap();
    let id = jianyi_core::decide::created_suggestion(&events).unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(s.draft, d);
    assert_eq!(s.stage, Stage::Draft);
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
    g.r.run(Command::CreateDraft(d)).unwrap();
    let s = g.r.state.suggestions.values().next().unwrap();
    assert_eq!(g.r.state.session_name(s.draft.session), "闭会期间");
}

#[test]
fn create_draft_without_a_title_is_refused() {
    let mut g = given();
    let mut d = draft(&g);
    d.title = " ".into();
    assert_eq!(
        rejected(g.r.run(Command::CreateDraft(d))),
        Rejection::Missing { field: "案由" }
    );
}

#[test]
fn create_draft_with_an_unknown_lead_deputy_session_or_category_is_refused() {
    let mut g = given();
    let mut d = draft(&g);
    d.lead_deputy = DeputyId(uuid::Uuid::nil());
    assert_eq!(
        rejected(g.r.run(Command::CreateDraft(d))),
        Rejection::UnknownDeputy
    );
    let mut d = draft(&g);
    d.session = Some(SessionId(uuid::Uuid::nil()));
    assert_eq!(
        rejected(g.r.run(Command::CreateDraft(d))),
        Rejection::UnknownSession
    );
    let mut d = draft(&g);
    d.category = "航天".into();
    assert_eq!(
        rejected(g.r.run(Command::CreateDraft(d))),
        Rejection::UnknownCategory {
            category: "航天".into()
        }
    );
}

#[test]
fn edit_draft_replaces_its_text_and_counts_the_revision() {
    let mut g = given();
    let events = g.r.run(Command::CreateDraft(draft(&g))).unwrap();
    let id = jianyi_core::decide::created_suggestion(&events).unwrap();
    let mut d = draft(&g);
    d.measures = "由住建部门牵头摸底，2027年分两批实施。".into();
    g.r.run_on(
        Command::EditDraft {
            id,
            draft: d.clone(),
        },
        date(2026, 11, 28),
    )
    .unwrap();
    let s = &g.r.state.suggestions[&id];
    assert_eq!(s.draft.measures, d.measures);
    assert_eq!((s.revision, s.updated_on), (1, date(2026, 11, 28)));
    assert_eq!(
        rejected(g.r.run(Command::EditDraft { id, draft: d })),
        Rejection::NothingChanged
    );
}

#[test]
fn edit_an_unknown_draft_is_refused() {
    let mut g = given();
    let d = draft(&g);
    let r = rejected(g.r.run(Command::EditDraft {
        id: SuggestionId(uuid::Uuid::nil()),
        draft: d,
    }));
    assert_eq!(r, Rejection::UnknownSuggestion);
}

#[test]
fn a_rejected_command_changes_nothing() {
    let mut g = given();
    let before = g.r.state.clone();
    let _ = g.r.run(Command::AddDelegation {
        name: "城关镇代表团".into(),
    });
    assert_eq!(g.r.state, before);
}

#[test]
fn events_carry_actor_office_and_ordered_stamps() {
    let g = given();
    let events = &g.r.events;
    assert!(
        events
            .iter()
            .all(|e| e.office == "示范县" && e.actor.desk == Desk::CommitteeOffice)
    );
    assert!(events.windows(2).all(|w| w[0].stamp < w[1].stamp));
}

#[test]
fn the_fold_of_stored_events_equals_the_live_state() {
    let mut g = given();
    g.r.run(Command::CreateDraft(draft(&g))).unwrap();
    let json: Vec<String> = g.r.events.iter().map(Event::to_json).collect();
    let mut parsed: Vec<Event> = json.iter().map(|j| Event::from_json(j).unwrap()).collect();
    parsed.reverse(); // storage order must not matter
    let folded = State::from_events(parsed);
    assert_eq!(folded, g.r.state);
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
    let mut events = g.r.events.clone();
    // Make the deputy's creation arrive after an edit of it.
    let mut r2 = Runner::new("河口乡", date(2026, 11, 27), 9);
    r2.state = g.r.state.clone();
    r2.run(Command::EditDeputy {
        id: g.deputy,
        fields: DeputyFields::new("王伟东", g.delegation),
    })
    .unwrap();
    let mut edit = r2.events[0].clone();
    edit.stamp.wall_ms = 1; // stamped before everything else
    events.push(edit);
    let state = State::from_events(events);
    assert_eq!(state.conflicts.len(), 1);
    assert_eq!(state.deputies[&g.deputy].name, "王伟");
}

#[test]
fn delegations_are_listed_in_the_order_they_were_added() {
    let mut g = given();
    for name in ["河口乡代表团", "北山镇代表团", "东关镇代表团"] {
        g.r.run(Command::AddDelegation { name: name.into() })
            .unwrap();
    }
    let names: Vec<&str> =
        g.r.state
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
    let folded = State::from_events(g.r.events.clone());
    assert_eq!(folded.delegation_order, g.r.state.delegation_order);
}
