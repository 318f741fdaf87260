//! Settings that apply from a business date, their history, what a change
//! may hold, and the numbering copy: which office's copy gives numbers.

use std::collections::BTreeSet;

use jianyi_core::directory::{DeputyFields, DirectoryCommand, SessionFields, UnitFields, UnitKind};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRejection, OfficeRole};
use jianyi_core::raising::RaisingCommand;
use jianyi_core::review::{ReviewCommand, ReviewRejection, ReviewStep, Stage};
use jianyi_core::settings::{
    DepartmentReview, Drafting, ElementMinimums, Evaluation, ExchangeSettings, Numbering,
    RaisingRules,
};
use jianyi_core::testkit::{Given, date, today};
use jianyi_core::*;
use jianyi_demo::SplitMix;

/// A committee office (the numbering copy) with a session and two
/// deputies: 王伟, who raises the items, and 李娜.
struct Office {
    t: Given,
    lead: DeputyId,
    co: DeputyId,
    session: SessionId,
}

fn committee_office() -> OfficeProfile {
    OfficeProfile {
        numbering: true,
        unit: None,
        station: None,
        delegation: None,
        ..OfficeProfile::new(
            "示范县人大常委会代表工作委员会",
            "示范县",
            OfficeLevel::County,
            OfficeRole::CommitteeOffice,
        )
    }
}

fn given_office(code: &str, seed: u128) -> Office {
    let mut t = Given::office_named(code, seed);
    t.given(OfficeCommand::SetProfile(committee_office()));
    let delegation: DelegationId = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let lead = t.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", delegation,
    )));
    let co = t.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "李娜", delegation,
    )));
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    }));
    Office {
        t,
        lead,
        co,
        session,
    }
}

fn given() -> Office {
    given_office("测试县", 1)
}

/// The raising rules with township mode on or off, the rest as in force.
fn township(g: &Office, on: bool) -> OfficeCommand {
    OfficeCommand::ChangeSettings(SettingsGroup::Rules(RaisingRules {
        township_mode: on,
        ..g.t.state().settings().rules.clone()
    }))
}

fn rules_with_key_candidates(n: u32) -> OfficeCommand {
    OfficeCommand::ChangeSettings(SettingsGroup::Rules(RaisingRules {
        key_candidate_min_deputies: n,
        ..RaisingRules::default()
    }))
}

fn number_format(format: &str) -> OfficeCommand {
    OfficeCommand::ChangeSettings(SettingsGroup::Numbering(Numbering {
        number_format: format.into(),
    }))
}

/// A complete item of the session, submitted on `on`.
fn submitted_on(g: &mut Office, on: chrono::NaiveDate, title: &str) -> SuggestionId {
    let d = g.t.complete_draft(g.lead, Some(g.session), title);
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given_on(on, ReviewCommand::SubmitDraft { id });
    id
}

/// What an office holds after importing `b` into `a`.
fn merge(a: &[Event], b: &[Event]) -> Vec<Event> {
    let mut seen = BTreeSet::new();
    a.iter()
        .chain(b)
        .filter(|e| seen.insert(e.id))
        .cloned()
        .collect()
}

fn refused_for(reason: &'static str) -> impl Fn(&Rejection) -> bool {
    move |r| {
        matches!(
            r,
            Rejection::Office(OfficeRejection::InvalidSettings { .. })
        ) && r.message_zh().contains(reason)
    }
}

// ---------------------------------------------------------------------
// A change applies from its business date on.

#[test]
fn a_change_dated_later_applies_from_its_date_and_not_before() {
    let mut g = given();
    g.t.given_on(date(2027, 1, 1), number_format("建字〔2027〕{n}号"));
    let s = g.t.state();
    assert_eq!(
        s.settings_on(date(2026, 12, 31)).numbering.number_format,
        "第{n}号",
        "the day before: the defaults"
    );
    assert_eq!(
        s.settings_on(date(2027, 1, 1)).numbering.number_format,
        "建字〔2027〕{n}号",
        "from its date"
    );
    assert_eq!(
        s.settings_on(date(2027, 6, 1)).numbering.number_format,
        "建字〔2027〕{n}号"
    );
    assert_eq!(
        s.settings().numbering.number_format,
        "建字〔2027〕{n}号",
        "the settings now are the latest by business date"
    );
}

#[test]
fn a_back_dated_change_applies_from_its_date_until_the_later_change_and_not_after() {
    let mut g = given();
    g.t.given_on(date(2027, 3, 1), number_format("三月起第{n}号"));
    // Keyed in afterwards, dated earlier.
    g.t.given_on(date(2027, 1, 1), number_format("一月起第{n}号"));
    let s = g.t.state();
    let format_on = |d| s.settings_on(d).numbering.number_format;
    assert_eq!(format_on(date(2026, 12, 31)), "第{n}号");
    assert_eq!(format_on(date(2027, 1, 1)), "一月起第{n}号");
    assert_eq!(format_on(date(2027, 2, 28)), "一月起第{n}号");
    assert_eq!(format_on(date(2027, 3, 1)), "三月起第{n}号");
    assert_eq!(
        s.settings().numbering.number_format,
        "三月起第{n}号",
        "a back-dated change does not override a later one"
    );
}

#[test]
fn changes_of_one_group_on_one_date_apply_in_the_order_they_were_made() {
    let mut g = given();
    g.t.given_on(date(2027, 1, 1), number_format("甲第{n}号"));
    g.t.given_on(date(2027, 1, 1), number_format("乙第{n}号"));
    let s = g.t.state();
    assert_eq!(
        s.settings_on(date(2027, 1, 1)).numbering.number_format,
        "乙第{n}号"
    );
    assert_eq!(s.settings().numbering.number_format, "乙第{n}号");
}

#[test]
fn changes_of_different_groups_on_different_dates_each_apply_from_their_own_date() {
    let mut g = given();
    g.t.given_on(date(2027, 3, 1), number_format("三月起第{n}号"));
    g.t.given_on(date(2027, 1, 1), rules_with_key_candidates(5));
    let s = g.t.state();
    let on_feb = s.settings_on(date(2027, 2, 1));
    assert_eq!(on_feb.rules.key_candidate_min_deputies, 5);
    assert_eq!(on_feb.numbering.number_format, "第{n}号");
    let now = s.settings();
    assert_eq!(now.rules.key_candidate_min_deputies, 5);
    assert_eq!(now.numbering.number_format, "三月起第{n}号");
}

#[test]
fn a_change_is_compared_with_the_settings_in_force_on_its_date() {
    let mut g = given();
    g.t.given_on(date(2027, 3, 1), number_format("三月起第{n}号"));
    // The default format is in force before March: nothing to change.
    g.t.when_on(date(2027, 1, 1), number_format("第{n}号"))
        .then_refused(InputRejection::NothingChanged);
    // The March format is not in force in January: a change.
    g.t.when_on(date(2027, 1, 1), number_format("三月起第{n}号"))
        .then_events(&["修改设置"]);
}

#[test]
fn the_history_shows_every_change_with_its_group_dates_operator_and_office() {
    let mut g = given();
    g.t.given_on(date(2027, 3, 1), number_format("三月起第{n}号"));
    g.t.given_on(date(2027, 1, 1), number_format("一月起第{n}号"));
    g.t.given_on(date(2027, 2, 1), rules_with_key_candidates(5));
    let history = g.t.state().settings_history();
    let rows: Vec<(&str, chrono::NaiveDate, Option<chrono::NaiveDate>)> = history
        .iter()
        .map(|c| (c.label(), c.effective, c.until))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("案号格式", date(2027, 1, 1), Some(date(2027, 3, 1))),
            ("提出规则", date(2027, 2, 1), None),
            ("案号格式", date(2027, 3, 1), None),
        ],
        "by business date; each until the next change of its group"
    );
    for c in &history {
        assert_eq!(
            (c.operator.as_str(), c.office.as_str()),
            ("测试操作员", "测试县")
        );
    }
}

#[test]
fn the_same_dated_changes_in_any_order_of_arrival_fold_to_the_same_settings() {
    let mut g = given();
    g.t.given_on(date(2027, 3, 1), number_format("三月起第{n}号"));
    g.t.given_on(date(2027, 1, 1), number_format("一月起第{n}号"));
    g.t.given_on(date(2027, 2, 1), rules_with_key_candidates(5));
    g.t.given_on(date(2027, 2, 1), rules_with_key_candidates(6));
    let events = g.t.events_so_far().to_vec();
    let in_order = State::from_events(events.clone());
    assert!(in_order.conflicts.is_empty(), "{:?}", in_order.conflicts);
    assert!(in_order == *g.t.state(), "the fold is what was applied");
    for seed in 0..32 {
        let mut rng = SplitMix::new(seed);
        let mut arrived = events.clone();
        for i in (1..arrived.len()).rev() {
            arrived.swap(i, rng.below(i + 1));
        }
        let s = State::from_events(arrived);
        assert!(s == in_order, "seed {seed}");
    }
}

// ---------------------------------------------------------------------
// Two offices.

#[test]
fn two_offices_changing_different_groups_both_keep_their_change() {
    let mut a = given_office("县人大代表工委", 1);
    let mut b = Given::office_named("城关镇代表团", 2).with_events(a.t.events_so_far().to_vec());
    a.t.when(number_format("建字第{n}号"))
        .then_events(&["修改设置"]);
    b.when(rules_with_key_candidates(5))
        .then_events(&["修改设置"]);
    let state = State::from_events(merge(a.t.events_so_far(), b.events_so_far()));
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    assert_eq!(state.settings().numbering.number_format, "建字第{n}号");
    assert_eq!(state.settings().rules.key_candidate_min_deputies, 5);
    let offices: BTreeSet<String> = state
        .settings_history()
        .into_iter()
        .map(|c| c.office)
        .collect();
    assert_eq!(
        offices,
        BTreeSet::from(["县人大代表工委".to_string(), "城关镇代表团".to_string()])
    );
}

#[test]
fn two_offices_changing_the_same_group_concurrently_is_a_conflict_naming_both() {
    let mut a = given_office("县人大代表工委", 1);
    let mut b = Given::office_named("城关镇代表团", 2).with_events(a.t.events_so_far().to_vec());
    let ours =
        a.t.when_on(date(2027, 1, 1), number_format("建字第{n}号"))
            .then_events(&["修改设置"]);
    let theirs = b
        .when_on(date(2027, 2, 1), number_format("镇字第{n}号"))
        .then_events(&["修改设置"]);
    let state = State::from_events(merge(a.t.events_so_far(), b.events_so_far()));
    assert_eq!(state.conflicts.len(), 1, "{:?}", state.conflicts);
    let reason = &state.conflicts[0].reason;
    for side in ["案号格式", "县人大代表工委", "城关镇代表团"] {
        assert!(reason.contains(side), "{reason}");
    }
    // The change first by stamp stands, the other is held back, whatever
    // their business dates.
    let (stands, held) = if ours[0].stamp < theirs[0].stamp {
        (&ours[0], &theirs[0])
    } else {
        (&theirs[0], &ours[0])
    };
    assert_eq!(state.conflicts[0].event, held.id);
    let history = state.settings_history();
    assert_eq!(
        history.iter().map(|c| c.event).collect::<Vec<_>>(),
        vec![stands.id]
    );
    let SettingsGroup::Numbering(stood) = &history[0].group else {
        panic!("a change of the number format")
    };
    assert_eq!(state.settings().numbering, *stood);
    let other_way = State::from_events(merge(b.events_so_far(), a.t.events_so_far()));
    assert!(other_way == state);
}

// ---------------------------------------------------------------------
// The rules at the date of an act.

#[test]
fn township_mode_from_a_date_decides_the_review_path_of_items_submitted_from_that_date_only() {
    let mut g = given();
    let before = submitted_on(
        &mut g,
        date(2026, 12, 20),
        "关于改善城关镇老旧小区道路的建议",
    );
    let cmd = township(&g, true);
    g.t.given_on(date(2027, 1, 1), cmd);
    // Keyed in after the change, but submitted before its date.
    let paper = submitted_on(&mut g, date(2026, 12, 31), "关于完善城关镇路灯的建议");
    let after = submitted_on(&mut g, date(2027, 1, 1), "关于改善集镇道路的建议");
    let s = g.t.state();
    assert_eq!(s.stage(before), Stage::InReview(ReviewStep::Delegation));
    assert_eq!(s.stage(paper), Stage::InReview(ReviewStep::Delegation));
    assert_eq!(s.stage(after), Stage::InReview(ReviewStep::Presidium));
    assert!(
        State::from_events(g.t.events_so_far().to_vec()) == *s,
        "the stored events fold to the same paths"
    );
}

#[test]
fn element_minimums_from_a_date_decide_submissions_from_that_date_only() {
    let mut g = given();
    g.t.given_on(
        date(2027, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Drafting(Drafting {
            element_minimums: ElementMinimums {
                basis: 200,
                ..ElementMinimums::default()
            },
            ..Drafting::default()
        })),
    );
    let d =
        g.t.complete_draft(g.lead, Some(g.session), "关于改善城关镇老旧小区道路的建议");
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.when_on(date(2027, 1, 2), ReviewCommand::SubmitDraft { id })
        .then_refused_where(
            |r| matches!(r, Rejection::Review(ReviewRejection::Incomplete { .. })),
            "incomplete by the minimums of its date",
        );
    g.t.when_on(date(2026, 12, 31), ReviewCommand::SubmitDraft { id })
        .then_events(&["提交建议"]);
}

#[test]
fn the_key_candidate_threshold_from_a_date_decides_from_that_date() {
    let mut g = given();
    g.t.given_on(date(2027, 1, 1), rules_with_key_candidates(2));
    let d =
        g.t.complete_draft(g.lead, Some(g.session), "关于改善城关镇老旧小区道路的建议");
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    let co = g.co;
    g.t.given(RaisingCommand::NameCosigners {
        id,
        deputies: vec![co],
    });
    g.t.given(RaisingCommand::ConfirmCosign {
        id,
        deputy: co,
        how: How::InPerson,
    });
    let s = g.t.state();
    let x = &s.raising.suggestions[&id];
    assert_eq!(x.signers(), 2);
    assert!(!s.key_candidate_on(x, date(2026, 12, 31)), "10 before");
    assert!(s.key_candidate_on(x, date(2027, 1, 1)), "2 from its date");
    assert!(s.key_candidate(x), "2 now");
}

#[test]
fn negative_list_confirmations_follow_the_list_in_force_on_the_drafts_date() {
    let mut g = given();
    // From January one item is replaced by another.
    let mut new_list = g.t.state().settings().negative_list.clone();
    new_list.pop();
    new_list.push(NegativeItem {
        title: "涉及企业经营纠纷".into(),
        keywords: Vec::new(),
    });
    g.t.given_on(
        date(2027, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::NegativeList(new_list)),
    );
    // Today's five items are confirmed, and count today.
    let d =
        g.t.complete_draft(g.lead, Some(g.session), "关于改善城关镇老旧小区道路的建议");
    assert_eq!(d.negative_confirmed.len(), 5);
    let today_draft = g.t.added(RaisingCommand::CreateDraft(d.clone()));
    g.t.when(ReviewCommand::SubmitDraft { id: today_draft })
        .then_events(&["提交建议"]);
    // From January the new item must be confirmed too.
    let mut d = d;
    d.title = "关于完善城关镇路灯的建议".into();
    let events =
        g.t.given_on(date(2027, 1, 2), RaisingCommand::CreateDraft(d));
    let id = SuggestionId::from(events[0].kind.created_id().unwrap());
    let message =
        g.t.when_on(date(2027, 1, 2), ReviewCommand::SubmitDraft { id })
            .then_message();
    assert!(message.contains("负面清单尚有1项未确认"), "{message}");
}

#[test]
fn a_professional_stations_field_is_one_of_the_list_in_force_on_its_date() {
    let mut g = given();
    let mut fields = g.t.state().settings().professional_stations.clone();
    fields.push("生态环境".into());
    g.t.given_on(
        date(2027, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::ProfessionalStations(fields)),
    );
    let station = || {
        DirectoryCommand::AddStation(jianyi_core::directory::StationFields {
            name: "生态环境专业代表工作站".into(),
            kind: jianyi_core::directory::StationKind::Professional,
            field: "生态环境".into(),
        })
    };
    g.t.when_on(date(2026, 12, 31), station()).then_refused(
        jianyi_core::directory::DirectoryRejection::UnknownField {
            field: "生态环境".into(),
        },
    );
    g.t.when_on(date(2027, 1, 1), station())
        .then_events(&["新增站点"]);
}

// ---------------------------------------------------------------------
// The numbering copy.

#[test]
fn a_new_profile_does_not_number() {
    let mut t = Given::office();
    let profile = OfficeProfile::new(
        "示范县人大常委会代表工作委员会",
        "示范县",
        OfficeLevel::County,
        OfficeRole::CommitteeOffice,
    );
    assert!(!profile.numbering);
    t.given(OfficeCommand::SetProfile(profile));
    assert!(t.state().numbering_office().is_none());
    assert_eq!(
        t.state().numbering_note(),
        "本机不编号：案号由代表工委的建议通给出"
    );
}

#[test]
fn the_committee_offices_copy_numbers_when_chosen() {
    let g = given();
    let s = g.t.state();
    assert_eq!(
        s.numbering_office().map(|p| p.role),
        Some(OfficeRole::CommitteeOffice)
    );
    assert_eq!(s.numbering_note(), "本机为编号单位");
}

#[test]
fn a_delegations_copy_cannot_be_the_numbering_copy() {
    let mut t = Given::office();
    let profile = OfficeProfile {
        numbering: true,
        unit: None,
        station: None,
        delegation: None,
        ..OfficeProfile::new(
            "城关镇代表团",
            "示范县",
            OfficeLevel::County,
            OfficeRole::Delegation,
        )
    };
    let message = t
        .when(OfficeCommand::SetProfile(profile.clone()))
        .then_message();
    assert!(
        message.contains("代表团的建议通不能作为编号单位"),
        "{message}"
    );
    t.when(OfficeCommand::SetProfile(profile))
        .then_refused(OfficeRejection::RoleDoesNotNumber {
            role: OfficeRole::Delegation,
        });
}

#[test]
fn no_copy_but_the_committee_office_or_a_township_presidium_may_number() {
    for role in OfficeRole::ALL {
        let mut t = Given::office();
        t.given(OfficeCommand::ChangeSettings(SettingsGroup::Rules(
            RaisingRules {
                township_mode: true,
                ..RaisingRules::default()
            },
        )));
        let profile = OfficeProfile {
            numbering: true,
            unit: None,
            station: None,
            delegation: None,
            ..OfficeProfile::new("某单位", "示范县", OfficeLevel::County, role)
        };
        let then = t.when(OfficeCommand::SetProfile(profile));
        match role {
            OfficeRole::CommitteeOffice | OfficeRole::TownshipPresidium => {
                then.then_events(&["设置本机单位"]);
            }
            OfficeRole::Delegation
            | OfficeRole::Station
            | OfficeRole::HandlingUnit
            | OfficeRole::LeaderOffice => {
                then.then_refused(OfficeRejection::RoleDoesNotNumber { role });
            }
        }
        // Without numbering, every role may be set (a handling unit's copy
        // bound to its unit of the directory).
        let unit = (role == OfficeRole::HandlingUnit).then(|| {
            t.added::<UnitId>(DirectoryCommand::AddUnit(UnitFields::new(
                "县交通运输局",
                UnitKind::GovernmentDepartment,
            )))
        });
        t.when(OfficeCommand::SetProfile(OfficeProfile {
            unit,
            ..OfficeProfile::new("某单位", "示范县", OfficeLevel::County, role)
        }))
        .then_events(&["设置本机单位"]);
        assert!(!role.label().is_empty());
    }
}

fn presidium(numbering: bool) -> OfficeProfile {
    OfficeProfile {
        numbering,
        ..OfficeProfile::new(
            "城关镇人大主席团",
            "城关镇",
            OfficeLevel::Township,
            OfficeRole::TownshipPresidium,
        )
    }
}

#[test]
fn a_township_presidium_numbers_only_in_township_mode() {
    let mut g = given();
    g.t.given(OfficeCommand::SetProfile(presidium(false)));
    g.t.when(OfficeCommand::SetProfile(presidium(true)))
        .then_refused(OfficeRejection::PresidiumNumbersOnlyInTownshipMode);
    let cmd = township(&g, true);
    g.t.given(cmd);
    g.t.when(OfficeCommand::SetProfile(presidium(true)))
        .then_events(&["设置本机单位"]);
    assert_eq!(g.t.state().numbering_note(), "本机为编号单位");
    // The presidium numbers the items of its one review.
    let id = submitted_on(&mut g, today(), "关于改善集镇道路的建议");
    assert_eq!(
        g.t.state().stage(id),
        Stage::InReview(ReviewStep::Presidium)
    );
    g.t.at_desk(Desk::Delegation);
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
}

#[test]
fn township_mode_is_not_turned_off_while_a_presidiums_copy_numbers() {
    let mut g = given();
    let cmd = township(&g, true);
    g.t.given(cmd);
    g.t.given(OfficeCommand::SetProfile(presidium(true)));
    let off = township(&g, false);
    let message = g.t.when(off.clone()).then_message();
    assert!(message.contains("请先在“本机单位”中取消"), "{message}");
    g.t.when(off.clone())
        .then_refused(OfficeRejection::PresidiumNumbersInTownshipMode);
    g.t.given(OfficeCommand::SetProfile(presidium(false)));
    g.t.when(off).then_events(&["修改设置"]);
    assert_eq!(
        g.t.state().numbering_note(),
        "本机不编号：案号由代表工委的建议通给出"
    );
}

#[test]
fn a_presidiums_copy_stops_numbering_when_another_office_ends_township_mode() {
    let mut g = given();
    let cmd = township(&g, true);
    g.t.given(cmd);
    let mut other =
        Given::office_named("县人大代表工委", 2).with_events(g.t.events_so_far().to_vec());
    g.t.given(OfficeCommand::SetProfile(presidium(true)));
    assert_eq!(g.t.state().numbering_note(), "本机为编号单位");
    // The other copy, which never held the presidium's profile, ends
    // township mode from a later date.
    let off = township(&g, false);
    other.given_on(date(2027, 1, 1), off);
    let merged = State::from_events(merge(g.t.events_so_far(), other.events_so_far()));
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    assert!(merged.numbering_office().is_none());
    assert!(merged.numbering_office_on(today()).is_some());
    assert_eq!(
        merged.numbering_note(),
        "本机不编号：乡镇人大主席团只在乡镇模式下编号"
    );
}

#[test]
fn a_presidium_accepts_only_on_a_date_in_township_mode() {
    let mut g = given();
    let cmd = township(&g, true);
    g.t.given_on(date(2026, 11, 1), cmd);
    g.t.given(OfficeCommand::SetProfile(presidium(true)));
    let id = submitted_on(&mut g, today(), "关于改善集镇道路的建议");
    g.t.at_desk(Desk::Delegation);
    // Before township mode began, the presidium did not number.
    g.t.when_on(date(2026, 10, 31), ReviewCommand::Accept { id })
        .then_refused(ReviewRejection::NotNumberingOffice);
    g.t.when(ReviewCommand::Accept { id })
        .then_events(&["立案编号"]);
}

#[test]
fn a_profile_stored_without_role_or_numbering_is_a_numbering_committee_office() {
    let mut t = Given::office();
    let events = t.given(OfficeCommand::SetProfile(committee_office()));
    let mut json: serde_json::Value = serde_json::from_str(&events[0].to_json()).unwrap();
    let profile = json["kind"]["office"]["office_profile_set"]["profile"]
        .as_object_mut()
        .unwrap();
    assert!(profile.remove("role").is_some());
    assert!(profile.remove("numbering").is_some());
    let read = Event::from_json(&json.to_string()).expect("a format-2 event still reads");
    let state = State::from_events(read);
    let p = state.office.profile.as_ref().unwrap();
    assert_eq!((p.role, p.numbering), (OfficeRole::CommitteeOffice, true));
    assert!(state.numbering_office().is_some());
}

// ---------------------------------------------------------------------
// What a change may hold.

#[test]
fn joint_raising_thresholds_below_two_deputies_are_refused() {
    let mut g = given();
    let d = RaisingRules::default();
    for (rules, named) in [
        (
            RaisingRules {
                motion_min_deputies: 1,
                ..d.clone()
            },
            "联名提出议案人数（县级及以上）",
        ),
        (
            RaisingRules {
                motion_min_deputies_township: 0,
                ..d.clone()
            },
            "联名提出议案人数（乡镇）",
        ),
        (
            RaisingRules {
                key_candidate_min_deputies: 1,
                ..d.clone()
            },
            "重点建议候选联名人数",
        ),
    ] {
        g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Rules(rules)))
            .then_refused_where(refused_for(named), named);
    }
    g.t.when(rules_with_key_candidates(2))
        .then_events(&["修改设置"]);
}

#[test]
fn a_period_of_zero_is_refused_naming_the_clock() {
    let mut g = given();
    let d = Deadlines::default();
    for (deadlines, named) in [
        (
            Deadlines {
                reply: Period::Months(0),
                ..d.clone()
            },
            "“答复”时限须大于0",
        ),
        (
            Deadlines {
                return_window: Period::WorkingDays(0),
                ..d.clone()
            },
            "“申请退回错误交办”时限须大于0",
        ),
        (
            Deadlines {
                warning_without_progress: Period::Days(0),
                ..d.clone()
            },
            "“黄色预警（无进展）”时限须大于0",
        ),
        (
            Deadlines {
                reply_extended: Period::Months(2),
                ..d.clone()
            },
            "不能短于“答复”时限",
        ),
    ] {
        g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(
            deadlines,
        )))
        .then_refused_where(refused_for(named), named);
    }
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(
        Deadlines {
            return_window: Period::WorkingDays(7),
            ..d
        },
    )))
    .then_events(&["修改设置"]);
}

#[test]
fn percentages_outside_their_range_are_refused_naming_the_setting() {
    let mut g = given();
    let e = Evaluation::default();
    for (evaluation, named) in [
        (
            Evaluation {
                satisfaction_threshold_percent: 101,
                ..e.clone()
            },
            "“满意度测评达标线”须在0%到100%之间",
        ),
        (
            Evaluation {
                meeting_members_weight_percent: 120,
                ..e.clone()
            },
            "常委会测评中组成人员的权重",
        ),
        (
            Evaluation {
                department_review: DepartmentReview {
                    sample_percent: 0,
                    ..DepartmentReview::default()
                },
                ..e.clone()
            },
            "部门评议实地抽查比例",
        ),
    ] {
        g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(
            evaluation,
        )))
        .then_refused_where(refused_for(named), named);
    }
    for similarity in [0, 101] {
        g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Drafting(
            Drafting {
                similarity_percent: similarity,
                ..Drafting::default()
            },
        )))
        .then_refused_where(refused_for("相似建议提示阈值"), "similarity");
    }
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(
        Evaluation {
            satisfaction_threshold_percent: 85,
            ..e
        },
    )))
    .then_events(&["修改设置"]);
}

#[test]
fn department_review_years_and_bounds_must_make_sense() {
    let mut g = given();
    let r = DepartmentReview::default();
    for (review, named) in [
        (
            DepartmentReview {
                years: 0,
                ..r.clone()
            },
            "部门评议追溯年限",
        ),
        (
            DepartmentReview {
                middle_sample: 0,
                ..r.clone()
            },
            "部门评议中间档抽查件数",
        ),
        (
            DepartmentReview {
                visit_all_up_to: 20,
                ..r.clone()
            },
            "须小于“按比例抽查”的起点",
        ),
    ] {
        g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(
            Evaluation {
                department_review: review,
                ..Evaluation::default()
            },
        )))
        .then_refused_where(refused_for(named), named);
    }
}

#[test]
fn a_number_format_needs_exactly_one_place_for_the_number() {
    let mut g = given();
    for (format, named) in [
        ("第号", "须含有 {n}"),
        ("   ", "须含有 {n}"),
        ("第{n}号{n}", "只能出现一次"),
    ] {
        g.t.when(number_format(format))
            .then_refused_where(refused_for(named), named);
    }
    let long = format!("{}{{n}}号", "字".repeat(60));
    g.t.when(number_format(&long))
        .then_refused_where(refused_for("超过上限60字"), "too long");
    g.t.when(number_format(" 建字第{n}号 "))
        .then_events(&["修改设置"]);
    assert_eq!(
        g.t.state().settings().numbering.number_format,
        "建字第{n}号",
        "trimmed"
    );
}

#[test]
fn element_minimums_beyond_what_can_be_written_are_refused() {
    let mut g = given();
    let m = ElementMinimums::default();
    for (minimums, named) in [
        (
            ElementMinimums {
                title: 61,
                ..m.clone()
            },
            "“案由”的最少字数（61）不能超过",
        ),
        (
            ElementMinimums {
                measures: 3000,
                ..m.clone()
            },
            "“对策”的最少字数（3000）不宜超过1000字",
        ),
    ] {
        g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Drafting(
            Drafting {
                element_minimums: minimums,
                ..Drafting::default()
            },
        )))
        .then_refused_where(refused_for(named), named);
    }
}

#[test]
fn negative_list_items_need_a_unique_title_and_may_have_no_keywords() {
    let mut g = given();
    let item = |title: &str, keywords: &[&str]| NegativeItem {
        title: title.into(),
        keywords: keywords.iter().map(|k| k.to_string()).collect(),
    };
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::NegativeList(
        vec![item("涉及个人或亲属私事", &["我家"]), item("  ", &["诉讼"])],
    )))
    .then_refused_where(refused_for("负面清单第2项的名称不能为空"), "no title");
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::NegativeList(
        vec![
            item("涉及个人或亲属私事", &[]),
            item(" 涉及个人或亲属私事", &[]),
        ],
    )))
    .then_refused_where(refused_for("“涉及个人或亲属私事”重复"), "repeated");
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::NegativeList(
        vec![
            item(" 涉及个人或亲属私事 ", &[" 我家 ", "", "我家", "亲属"]),
            item("超出本级职权范围", &[]),
        ],
    )))
    .then_events(&["修改设置"]);
    assert_eq!(
        g.t.state().settings().negative_list,
        vec![
            item("涉及个人或亲属私事", &["我家", "亲属"]),
            item("超出本级职权范围", &[]),
        ],
        "titles and keywords trimmed, empty and repeated keywords dropped"
    );
}

#[test]
fn professional_stations_need_unique_non_empty_names() {
    let mut g = given();
    let names = |n: &[&str]| {
        OfficeCommand::ChangeSettings(SettingsGroup::ProfessionalStations(
            n.iter().map(|s| s.to_string()).collect(),
        ))
    };
    g.t.when(names(&["教育", ""]))
        .then_refused_where(refused_for("专业代表工作站第2个的名称不能为空"), "empty");
    g.t.when(names(&["教育", "法治", " 教育 "]))
        .then_refused_where(refused_for("专业代表工作站中“教育”重复"), "repeated");
    g.t.when(names(&["教育", "医疗健康", "生态环境"]))
        .then_events(&["修改设置"]);
}

#[test]
fn an_invalid_setting_reads_as_a_sentence_naming_what_is_wrong() {
    let mut g = given();
    let message = g.t.when(rules_with_key_candidates(1)).then_message();
    assert_eq!(
        message,
        "设置有误：“重点建议候选联名人数（含领衔代表）”至少为2，现为1"
    );
}

#[test]
fn the_packet_size_limit_is_50_mb_and_between_1_and_500() {
    let mut g = given();
    assert_eq!(g.t.state().settings().exchange, ExchangeSettings::default());
    assert_eq!(ExchangeSettings::default().packet_limit_mb, 50);
    assert_eq!(ExchangeSettings::default().packet_limit_bytes(), 50_000_000);
    for mb in [0, 501] {
        let message =
            g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Exchange(
                ExchangeSettings {
                    packet_limit_mb: mb,
                    ..ExchangeSettings::default()
                },
            )))
            .then_message();
        assert_eq!(
            message,
            format!("设置有误：“交换包大小上限”须在1到500MB之间，现为{mb}MB")
        );
    }
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Exchange(
        ExchangeSettings {
            packet_limit_mb: 500,
            ..ExchangeSettings::default()
        },
    )))
    .then_events(&["修改设置"]);
    assert_eq!(g.t.state().settings().exchange.packet_limit_mb, 500);
    let group = SettingsGroup::Exchange(ExchangeSettings {
        packet_limit_mb: 8,
        ..ExchangeSettings::default()
    });
    assert_eq!((group.key(), group.label()), ("exchange", "交换"));
    let json = serde_json::to_string(&group).unwrap();
    assert_eq!(
        json,
        r#"{"exchange":{"packet_limit_mb":8,"backup_reminder_days":7}}"#
    );
    assert_eq!(serde_json::from_str::<SettingsGroup>(&json).unwrap(), group);
}

#[test]
fn the_backup_reminder_is_due_after_7_days_and_set_between_1_and_365() {
    let mut g = given();
    assert_eq!(g.t.state().settings().exchange.backup_reminder_days, 7);
    for days in [0, 366] {
        let message =
            g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Exchange(
                ExchangeSettings {
                    backup_reminder_days: days,
                    ..ExchangeSettings::default()
                },
            )))
            .then_message();
        assert_eq!(
            message,
            format!("设置有误：交换设置中的“整库备份提醒间隔”须在1到365天之间，现为{days}天")
        );
    }
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::Exchange(
        ExchangeSettings {
            backup_reminder_days: 30,
            ..ExchangeSettings::default()
        },
    )))
    .then_events(&["修改设置"]);
    assert_eq!(g.t.state().settings().exchange.backup_reminder_days, 30);
    // A change stored before the reminder existed reads the default.
    let older: SettingsGroup =
        serde_json::from_str(r#"{"exchange":{"packet_limit_mb":8}}"#).unwrap();
    assert_eq!(
        older,
        SettingsGroup::Exchange(ExchangeSettings {
            packet_limit_mb: 8,
            backup_reminder_days: 7,
        })
    );
}
