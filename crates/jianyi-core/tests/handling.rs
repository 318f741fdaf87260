//! 交办 and the clocks: assignment to a lead unit with co-units or to
//! several units separately, deadlines carried in the events and
//! explained, receipt, the return window, the office's decision on a
//! return, early warning on chosen dates, and what a unit's packet holds.

use chrono::NaiveDate;
use jianyi_core::directory::{DeputyFields, DirectoryCommand, SessionFields, UnitFields, UnitKind};
use jianyi_core::exchange::authority::may_make;
use jianyi_core::exchange::{OfficeCard, PartnerScope};
use jianyi_core::handling::{
    Colour, Handling, HandlingCommand, HandlingRejection, UnitRole, return_window_explained,
    warning, warning_for,
};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::RaisingCommand;
use jianyi_core::review::{ReviewCommand, Stage};
use jianyi_core::settings::ClockStart;
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;

/// A committee office with four units and a deputy.
struct Office {
    t: Given,
    lead: DeputyId,
    /// 交通运输局, 住建局, 财政局, 教育局
    units: Vec<UnitId>,
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
    let lead = t.added(DirectoryCommand::AddDeputy(DeputyFields::new("王伟", g)));
    let units = ["县交通运输局", "县住房和城乡建设局", "县财政局", "县教育局"]
        .iter()
        .map(|n| {
            t.added(DirectoryCommand::AddUnit(UnitFields::new(
                n,
                UnitKind::GovernmentDepartment,
            )))
        })
        .collect();
    t.at_desk(Desk::CommitteeOffice);
    Office { t, lead, units }
}

/// An item raised in recess, accepted by the committee office on `on`.
fn accepted(g: &mut Office, title: &str, on: NaiveDate) -> SuggestionId {
    accepted_in(g, title, None, on)
}

fn accepted_in(
    g: &mut Office,
    title: &str,
    session: Option<SessionId>,
    on: NaiveDate,
) -> SuggestionId {
    let d = g.t.complete_draft(g.lead, session, title);
    g.t.at_desk(Desk::Deputy);
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.given(ReviewCommand::SubmitDraft { id });
    while let Stage::InReview(step) = g.t.state().stage(id) {
        g.t.at_desk(step.desk());
        if step.is_final() {
            g.t.given_on(on, ReviewCommand::Accept { id });
        } else {
            g.t.given(ReviewCommand::PassReview {
                id,
                comment: String::new(),
            });
        }
    }
    assert_eq!(g.t.state().stage(id), Stage::Accepted);
    g.t.at_desk(Desk::CommitteeOffice);
    id
}

fn joint(lead: UnitId, co: &[UnitId]) -> Handling {
    Handling::Joint {
        lead,
        co: co.to_vec(),
    }
}

fn assign(item: SuggestionId, handling: Handling) -> HandlingCommand {
    HandlingCommand::Assign { item, handling }
}

fn explain_of(g: &Office, item: SuggestionId, unit: UnitId) -> Option<String> {
    let a = &g.t.state().handling.assignments[&item];
    a.task(unit)
        .and_then(|t| t.clock.as_ref())
        .map(|c| c.explain())
}

#[test]
fn an_item_is_assigned_to_a_lead_unit_and_a_co_unit_with_its_deadline_explained() {
    let mut g = given();
    let id = accepted(
        &mut g,
        "关于改善城关镇老旧小区道路的建议",
        date(2026, 2, 27),
    );
    assert!(g.t.state().awaits_assignment(id));
    let (road, housing) = (g.units[0], g.units[1]);
    g.t.when_on(date(2026, 3, 2), assign(id, joint(road, &[housing])))
        .then_events(&["交办"]);
    assert_eq!(
        explain_of(&g, id, road).as_deref(),
        Some("自2026年3月2日交办起3个月，至2026年6月2日")
    );
    // A co-unit answers the lead unit, not the deputy: no reply clock.
    assert_eq!(explain_of(&g, id, housing), None);
    let s = g.t.state();
    assert_eq!(s.handling.of_unit(road)[0].1.role, UnitRole::Lead);
    assert_eq!(s.handling.of_unit(housing)[0].1.role, UnitRole::Co);
    assert!(s.handling.of_unit(g.units[2]).is_empty());
    g.t.when_on(date(2026, 3, 3), assign(id, joint(g.units[2], &[])))
        .then_refused(HandlingRejection::AlreadyAssigned);
}

#[test]
fn a_deadline_on_a_holiday_moves_to_the_next_working_day_and_month_ends_hold() {
    let mut g = given();
    let a = accepted(
        &mut g,
        "关于改善国庆期间城区景区周边交通秩序的建议",
        date(2026, 7, 1),
    );
    // 1 July + 3 months = 1 October, National Day (1–7 Oct): 8 October.
    g.t.given_on(date(2026, 7, 1), assign(a, joint(g.units[0], &[])));
    assert_eq!(
        explain_of(&g, a, g.units[0]).as_deref(),
        Some(
            "自2026年7月1日交办起3个月，至2026年10月8日（2026年10月1日为节假日，顺延至下一个工作日）"
        )
    );
    // 30 November + 3 months = 28 February 2027, a Sunday in a year
    // without a table: moved to Monday 1 March, and said so.
    let b = accepted(
        &mut g,
        "关于做好县城冬季集中供暖保障工作的建议",
        date(2026, 11, 27),
    );
    g.t.given_on(date(2026, 11, 30), assign(b, joint(g.units[1], &[])));
    let text = explain_of(&g, b, g.units[1]).expect("a clock");
    assert!(
        text.starts_with("自2026年11月30日交办起3个月，至2027年3月1日"),
        "{text}"
    );
    assert!(text.contains("2027年的节假日安排尚未录入"), "{text}");
}

#[test]
fn separate_handling_gives_each_unit_its_own_answer_and_needs_two_units() {
    let mut g = given();
    let id = accepted(&mut g, "关于城乡学校用电安全的建议", date(2026, 3, 2));
    g.t.when(assign(
        id,
        Handling::Separate {
            units: vec![g.units[0]],
        },
    ))
    .then_refused(HandlingRejection::SeparateNeedsTwo);
    let msg =
        g.t.when(assign(id, joint(g.units[0], &[g.units[0]])))
            .then_message();
    assert!(msg.contains("县交通运输局”被选了两次"), "{msg}");
    g.t.when_on(
        date(2026, 3, 2),
        assign(
            id,
            Handling::Separate {
                units: g.units[..3].to_vec(),
            },
        ),
    )
    .then_events(&["交办"]);
    for u in &g.units[..3] {
        assert_eq!(
            g.t.state().handling.of_unit(*u)[0].1.role,
            UnitRole::Separate
        );
        assert!(explain_of(&g, id, *u).is_some());
    }
}

#[test]
fn only_an_accepted_item_is_assigned_and_only_by_the_office_at_its_desk() {
    let mut g = given();
    let d = g.t.complete_draft(g.lead, None, "关于尚在起草的建议");
    g.t.at_desk(Desk::Deputy);
    let draft = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.at_desk(Desk::CommitteeOffice);
    let msg =
        g.t.when(assign(draft, joint(g.units[0], &[])))
            .then_message();
    assert!(msg.contains("只有已立案的建议"), "{msg}");
    let id = accepted(&mut g, "关于农村饮水安全的建议", date(2026, 3, 2));
    g.t.at_desk(Desk::Unit);
    g.t.when(assign(id, joint(g.units[0], &[])))
        .then_refused(HandlingRejection::WrongDesk {
            asked: "承办单位",
            desk: "代表工委",
        });
    // A unit's copy does not assign.
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given(OfficeCommand::SetProfile(OfficeProfile {
        name: "县交通运输局".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        role: OfficeRole::HandlingUnit,
        numbering: false,
        unit: Some(g.units[0]),
        station: None,
        delegation: None,
        leader: None,
    }));
    g.t.when(assign(id, joint(g.units[0], &[])))
        .then_refused(HandlingRejection::NotTheAssigningOffice);
}

#[test]
fn a_batch_of_assignments_is_stored_whole_or_not_at_all() {
    let mut g = given();
    let a = accepted(&mut g, "关于公交线路优化的建议", date(2026, 3, 2));
    let b = accepted(&mut g, "关于校园周边交通安全的建议", date(2026, 3, 2));
    let batch = |second: Handling| {
        Command::Batch(vec![
            assign(a, joint(g.units[0], &[g.units[1]])).into(),
            assign(b, second).into(),
        ])
    };
    let bad = batch(Handling::Separate {
        units: vec![g.units[2]],
    });
    g.t.when(bad).then_refused_where(
        |r| matches!(r, Rejection::InBatch { index: 1, .. }),
        "the second item refused",
    );
    assert!(g.t.state().handling.assignments.is_empty());
    let good = batch(joint(g.units[3], &[]));
    g.t.when_on(date(2026, 3, 2), good)
        .then_events(&["交办", "交办"]);
}

#[test]
fn a_return_asked_one_working_day_late_is_refused_naming_the_day_the_window_closed() {
    let mut g = given();
    let id = accepted(&mut g, "关于乡村道路养护的建议", date(2026, 3, 2));
    let road = g.units[0];
    g.t.given_on(date(2026, 3, 2), assign(id, joint(road, &[])));
    g.t.at_desk(Desk::Unit);
    let ask = |reason: &str| HandlingCommand::AskReturn {
        item: id,
        unit: road,
        reason: reason.into(),
    };
    // Monday 2 March + 5 working days = Monday 9 March; the 10th is late.
    let msg =
        g.t.when_on(date(2026, 3, 10), ask("属住建部门职责"))
            .then_message();
    assert!(
        msg.contains(
            "申请退办的期限已于2026年3月9日届满（自2026年3月2日交办起5个工作日，至2026年3月9日）"
        ),
        "{msg}"
    );
    g.t.when_on(date(2026, 3, 9), ask(""))
        .then_refused_where(|r| r.message_zh().contains("退办理由"), "a reason");
    g.t.when_on(date(2026, 3, 9), ask("属住建部门职责"))
        .then_events(&["申请退办"]);
}

#[test]
fn a_return_window_spanning_the_spring_festival_counts_the_make_up_saturdays() {
    let mut g = given();
    let id = accepted(&mut g, "关于春节期间农贸市场的建议", date(2026, 2, 13));
    let unit = g.units[1];
    g.t.given_on(date(2026, 2, 13), assign(id, joint(unit, &[])));
    // Friday 13 February: Saturday 14th is worked (1), 15–23 off, then
    // 24, 25, 26, 27 February: the window closes on Friday 27th.
    let a = &g.t.state().handling.assignments[&id];
    assert_eq!(
        return_window_explained(g.t.state(), a, a.task(unit).unwrap()),
        "自2026年2月13日交办起5个工作日，至2026年2月27日"
    );
    g.t.at_desk(Desk::Unit);
    let msg =
        g.t.when_on(
            date(2026, 2, 28),
            HandlingCommand::AskReturn {
                item: id,
                unit,
                reason: "不属本单位职责".into(),
            },
        )
        .then_message();
    assert!(msg.contains("2026年2月27日届满"), "{msg}");
}

#[test]
fn the_office_approves_a_return_and_reassigns_with_the_deadline_restarted() {
    let mut g = given();
    let id = accepted(&mut g, "关于老旧小区加装电梯的建议", date(2026, 3, 2));
    let (road, housing, money) = (g.units[0], g.units[1], g.units[2]);
    g.t.given_on(date(2026, 3, 2), assign(id, joint(road, &[money])));
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 3, 4),
        HandlingCommand::AskReturn {
            item: id,
            unit: road,
            reason: "加装电梯属住建部门职责".into(),
        },
    );
    // The unit's desk does not decide.
    g.t.when_on(
        date(2026, 3, 5),
        HandlingCommand::ApproveReturn {
            item: id,
            unit: road,
            to: housing,
            comment: String::new(),
        },
    )
    .then_refused_where(
        |r| matches!(r, Rejection::Handling(HandlingRejection::WrongDesk { .. })),
        "the office's desk",
    );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(
        date(2026, 3, 5),
        HandlingCommand::ApproveReturn {
            item: id,
            unit: road,
            to: housing,
            comment: "改由住建局主办".into(),
        },
    )
    .then_events(&["同意退办并重新交办"]);
    let s = g.t.state();
    assert!(s.handling.of_unit(road).is_empty());
    let (a, t) = s.handling.of_unit(housing)[0];
    assert_eq!(t.role, UnitRole::Lead);
    assert_eq!(a.lead(), Some(housing));
    assert_eq!(
        explain_of(&g, id, housing).as_deref(),
        Some("自2026年3月5日交办起3个月，至2026年6月5日")
    );
    // The returning unit's trail stays: its packets still carry the item.
    assert!(s.handling.ever_held_by(road).any(|x| x == id));
}

#[test]
fn with_the_deadline_continued_a_reassigned_unit_keeps_the_old_one() {
    let mut g = given();
    let d = Deadlines {
        restart_on_reassignment: false,
        ..Deadlines::default()
    };
    g.t.given_on(
        date(2026, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(d)),
    );
    let id = accepted(
        &mut g,
        "关于加强高标准农田水利设施管护的建议",
        date(2026, 3, 2),
    );
    let (a, b) = (g.units[0], g.units[1]);
    g.t.given_on(date(2026, 3, 2), assign(id, joint(a, &[])));
    g.t.given_on(
        date(2026, 3, 3),
        HandlingCommand::AskReturn {
            item: id,
            unit: a,
            reason: "职责不符".into(),
        },
    );
    g.t.given_on(
        date(2026, 3, 6),
        HandlingCommand::ApproveReturn {
            item: id,
            unit: a,
            to: b,
            comment: String::new(),
        },
    );
    assert_eq!(
        explain_of(&g, id, b).as_deref(),
        Some("自2026年3月2日交办起3个月，至2026年6月2日")
    );
}

#[test]
fn a_refused_return_leaves_the_unit_holding_the_item_and_it_signs_for_it() {
    let mut g = given();
    let id = accepted(&mut g, "关于集贸市场管理的建议", date(2026, 3, 2));
    let unit = g.units[0];
    g.t.given_on(date(2026, 3, 2), assign(id, joint(unit, &[])));
    g.t.given_on(
        date(2026, 3, 3),
        HandlingCommand::AskReturn {
            item: id,
            unit,
            reason: "职责不符".into(),
        },
    );
    g.t.when_on(
        date(2026, 3, 4),
        HandlingCommand::RefuseReturn {
            item: id,
            unit,
            reason: String::new(),
        },
    )
    .then_refused_where(|r| r.message_zh().contains("不同意退办的理由"), "a reason");
    g.t.when_on(
        date(2026, 3, 4),
        HandlingCommand::RefuseReturn {
            item: id,
            unit,
            reason: "市场秩序属本单位职责".into(),
        },
    )
    .then_events(&["不同意退办"]);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 3, 1),
        HandlingCommand::SignFor { item: id, unit },
    )
    .then_refused_where(
        |r| r.message_zh().contains("签收日期不能早于交办日期"),
        "dated before",
    );
    g.t.when_on(
        date(2026, 3, 5),
        HandlingCommand::SignFor { item: id, unit },
    )
    .then_events(&["签收"]);
    let msg =
        g.t.when_on(
            date(2026, 3, 6),
            HandlingCommand::SignFor { item: id, unit },
        )
        .then_message();
    assert!(msg.contains("已于2026年3月5日签收"), "{msg}");
}

#[test]
fn a_clock_counted_from_receipt_starts_when_the_unit_signs() {
    let mut g = given();
    let d = Deadlines {
        reply_from: ClockStart::Receipt,
        ..Deadlines::default()
    };
    g.t.given_on(
        date(2026, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(d)),
    );
    let id = accepted(&mut g, "关于社区养老服务的建议", date(2026, 3, 2));
    let unit = g.units[3];
    g.t.given_on(date(2026, 3, 2), assign(id, joint(unit, &[])));
    assert_eq!(explain_of(&g, id, unit), None);
    g.t.given_on(
        date(2026, 3, 6),
        HandlingCommand::SignFor { item: id, unit },
    );
    assert_eq!(
        explain_of(&g, id, unit).as_deref(),
        Some(
            "自2026年3月6日签收起3个月，至2026年6月8日（2026年6月6日为节假日，顺延至下一个工作日）"
        )
    );
}

#[test]
fn a_clock_counted_from_the_session_close_runs_from_its_last_day() {
    let mut g = given();
    g.t.at_desk(Desk::CommitteeOffice);
    let session = g.t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2026, 1, 10),
        ends: date(2026, 1, 13),
    }));
    let d = Deadlines {
        reply_from: ClockStart::SessionClose,
        ..Deadlines::default()
    };
    g.t.given_on(
        date(2026, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(d)),
    );
    let id = accepted_in(
        &mut g,
        "关于缓解县城老城区停车难问题的建议",
        Some(session),
        date(2026, 1, 12),
    );
    g.t.given_on(date(2026, 2, 2), assign(id, joint(g.units[0], &[])));
    assert_eq!(
        explain_of(&g, id, g.units[0]).as_deref(),
        Some("自2026年1月13日大会闭会起3个月，至2026年4月13日")
    );
}

#[test]
fn a_later_change_of_the_settings_leaves_computed_deadlines_as_they_were() {
    let mut g = given();
    let a = accepted(
        &mut g,
        "关于加强县城主干道绿化养护管理的建议",
        date(2026, 3, 2),
    );
    g.t.given_on(date(2026, 3, 2), assign(a, joint(g.units[0], &[])));
    g.t.given_on(
        date(2026, 3, 10),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(Deadlines {
            reply: Period::Months(4),
            ..Deadlines::default()
        })),
    );
    assert_eq!(
        explain_of(&g, a, g.units[0]).as_deref(),
        Some("自2026年3月2日交办起3个月，至2026年6月2日")
    );
    let b = accepted(
        &mut g,
        "关于完善县城背街小巷路灯照明的建议",
        date(2026, 3, 10),
    );
    g.t.given_on(date(2026, 3, 11), assign(b, joint(g.units[1], &[])));
    assert_eq!(
        explain_of(&g, b, g.units[1]).as_deref(),
        Some(
            "自2026年3月11日交办起4个月，至2026年7月13日（2026年7月11日为节假日，顺延至下一个工作日）"
        )
    );
}

#[test]
fn the_warning_turns_yellow_and_red_on_chosen_dates_and_says_why() {
    let mut g = given();
    let id = accepted(&mut g, "关于推进镇村公交一体化运营的建议", date(2026, 3, 2));
    let unit = g.units[0];
    g.t.given_on(date(2026, 3, 2), assign(id, joint(unit, &[g.units[1]])));
    let on = |g: &Office, d: NaiveDate| {
        let s = g.t.state();
        warning(s, &s.handling.assignments[&id], d)
    };
    let w = on(&g, date(2026, 3, 9));
    assert_eq!(w.colour, Colour::Green, "{:?}", w.reasons);
    assert_eq!(
        w.reasons,
        vec!["按期办理中（期限2026年6月2日）".to_string()]
    );
    // Not signed for by the end of the return window (9 March).
    let w = on(&g, date(2026, 3, 10));
    assert_eq!(w.colour, Colour::Yellow);
    assert!(
        w.reasons
            .iter()
            .any(|r| r.contains("县交通运输局逾期未签收（退办期限2026年3月9日已过）")),
        "{:?}",
        w.reasons
    );
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 3, 5),
        HandlingCommand::SignFor { item: id, unit },
    );
    g.t.given_on(
        date(2026, 3, 5),
        HandlingCommand::SignFor {
            item: id,
            unit: g.units[1],
        },
    );
    assert_eq!(on(&g, date(2026, 3, 10)).colour, Colour::Green);
    // The co-unit's opinion is due a month after the assignment (2 April).
    let w = on(&g, date(2026, 4, 3));
    assert_eq!(w.colour, Colour::Yellow);
    assert_eq!(
        w.reasons,
        vec!["县住房和城乡建设局的协办意见逾期未送（期限2026年4月2日）".to_string()]
    );
    g.t.given_on(
        date(2026, 3, 5),
        HandlingCommand::SendOpinion {
            item: id,
            unit: g.units[1],
            text: "建议将老旧小区道路纳入改造范围".into(),
        },
    );
    // 30 days after the receipt without another act.
    assert_eq!(on(&g, date(2026, 4, 3)).colour, Colour::Green);
    let w = on(&g, date(2026, 4, 4));
    assert_eq!(w.colour, Colour::Yellow);
    assert_eq!(
        w.reasons,
        vec!["已30天无进展（最近一次：协办意见，2026年3月5日；满30天亮黄灯）".to_string()]
    );
    // 15 days before 2 June.
    let w = on(&g, date(2026, 5, 18));
    assert!(
        w.reasons
            .iter()
            .any(|r| r == "县交通运输局距答复期限还有15天（期限2026年6月2日）"),
        "{:?}",
        w.reasons
    );
    let w = on(&g, date(2026, 6, 2));
    assert_eq!(w.colour, Colour::Yellow);
    let w = on(&g, date(2026, 6, 3));
    assert_eq!(w.colour, Colour::Red);
    assert_eq!(
        w.reasons[0],
        "县交通运输局已超过答复期限1天（期限2026年6月2日）"
    );
    assert_eq!(w.days_left, Some(-1));
}

#[test]
fn a_units_packet_carries_the_items_assigned_to_it_and_its_acts_count_at_the_office() {
    let mut g = given();
    let mine = accepted(
        &mut g,
        "关于完善城乡结合部道路照明设施的建议",
        date(2026, 3, 2),
    );
    let other = accepted(
        &mut g,
        "关于加强中小学校食堂食品安全监管的建议",
        date(2026, 3, 2),
    );
    let (road, school) = (g.units[0], g.units[3]);
    let events =
        g.t.given_on(date(2026, 3, 2), assign(mine, joint(road, &[])));
    g.t.given_on(date(2026, 3, 2), assign(other, joint(school, &[])));
    let card = OfficeCard {
        id: OfficeId(Uuid::from_u128(77)),
        name: "县交通运输局".into(),
        role: OfficeRole::HandlingUnit,
        unit: Some(road),
        station: None,
        delegation: None,
        leader: None,
        public_key: "0".repeat(64),
    };
    let scope = PartnerScope::of(g.t.state(), &card);
    let sees = |id: SuggestionId| {
        g.t.events_so_far()
            .iter()
            .filter(|e| matches!(&e.kind, EventKind::Handling(h) if h.item() == id))
            .all(|e| scope.may_see(e))
    };
    assert!(sees(mine));
    let any_of_other = g.t.events_so_far().iter().any(|e| {
        matches!(&e.kind, EventKind::Handling(h) if h.item() == other) && scope.may_see(e)
    });
    assert!(!any_of_other, "another unit's item stays out");
    // The office's assignment counts at the unit; a unit's cannot assign.
    let assigned = &events[0];
    assert!(may_make(OfficeRole::CommitteeOffice, assigned, false).is_ok());
    assert_eq!(
        may_make(OfficeRole::HandlingUnit, assigned, false),
        Err("承办单位无权交办".into())
    );
    g.t.at_desk(Desk::Unit);
    let signed = g.t.given_on(
        date(2026, 3, 3),
        HandlingCommand::SignFor {
            item: mine,
            unit: road,
        },
    );
    assert!(may_make(OfficeRole::HandlingUnit, &signed[0], false).is_ok());
    assert!(may_make(OfficeRole::Station, &signed[0], false).is_err());
}

/// A unit's own copy, started from the office's events and bound to `unit`.
fn units_copy(g: &Office, unit: UnitId) -> Given {
    let mut u = Given::office_named("交通局", 9).with_events(g.t.events_so_far().to_vec());
    u.at_desk(Desk::Unit);
    u.given(OfficeCommand::SetProfile(OfficeProfile {
        name: "县交通运输局".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        role: OfficeRole::HandlingUnit,
        numbering: false,
        unit: Some(unit),
        station: None,
        delegation: None,
        leader: None,
    }));
    u
}

#[test]
fn a_units_copy_times_receipt_and_return_by_the_offices_terms_not_its_own_settings() {
    let mut g = given();
    g.t.given_on(
        date(2026, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(Deadlines {
            reply_from: ClockStart::Receipt,
            return_window: Period::WorkingDays(10),
            ..Deadlines::default()
        })),
    );
    let id = accepted(&mut g, "关于改善城乡公交站亭设施的建议", date(2026, 3, 2));
    let road = g.units[0];
    g.t.given_on(date(2026, 3, 2), assign(id, joint(road, &[])));
    // The unit's copy keeps the default settings (交办, 5 working days).
    let mut u = units_copy(&g, road);
    // Working day 6 after Monday 2 March: within the office's 10.
    u.when_on(
        date(2026, 3, 10),
        HandlingCommand::AskReturn {
            item: id,
            unit: road,
            reason: "职责不符".into(),
        },
    )
    .then_events(&["申请退办"]);
    u.when_on(
        date(2026, 3, 11),
        HandlingCommand::SignFor {
            item: id,
            unit: road,
        },
    )
    .then_events(&["签收"]);
    let a = &u.state().handling.assignments[&id];
    assert_eq!(
        a.task(road)
            .and_then(|t| t.clock.as_ref())
            .map(|c| c.explain())
            .as_deref(),
        Some("自2026年3月11日签收起3个月，至2026年6月11日")
    );
}

#[test]
fn a_units_copy_acts_only_for_its_own_unit_and_a_station_for_none() {
    let mut g = given();
    let id = accepted(&mut g, "关于规范城区渣土车通行管理的建议", date(2026, 3, 2));
    let (road, money) = (g.units[0], g.units[2]);
    g.t.given_on(date(2026, 3, 2), assign(id, joint(road, &[money])));
    let mut u = units_copy(&g, road);
    let msg = u
        .when_on(
            date(2026, 3, 3),
            HandlingCommand::SignFor {
                item: id,
                unit: money,
            },
        )
        .then_message();
    assert!(msg.contains("不能办理“县财政局”承办的事项"), "{msg}");
    u.when_on(
        date(2026, 3, 3),
        HandlingCommand::SignFor {
            item: id,
            unit: road,
        },
    )
    .then_events(&["签收"]);
    let mut station = Given::office_named("联络站", 11).with_events(g.t.events_so_far().to_vec());
    station.at_desk(Desk::Unit);
    station.given(OfficeCommand::SetProfile(OfficeProfile {
        name: "城关镇人大代表联络站".into(),
        region: "示范县".into(),
        level: OfficeLevel::County,
        role: OfficeRole::Station,
        numbering: false,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
    }));
    let msg = station
        .when_on(
            date(2026, 3, 3),
            HandlingCommand::SignFor {
                item: id,
                unit: road,
            },
        )
        .then_message();
    assert!(msg.contains("不办理承办单位的事项"), "{msg}");
}

#[test]
fn a_window_counted_from_receipt_is_open_until_the_unit_signs() {
    let mut g = given();
    g.t.given_on(
        date(2026, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(Deadlines {
            return_from: ClockStart::Receipt,
            ..Deadlines::default()
        })),
    );
    let id = accepted(
        &mut g,
        "关于加强农村危房改造质量监管的建议",
        date(2026, 3, 2),
    );
    let unit = g.units[1];
    g.t.given_on(date(2026, 3, 2), assign(id, joint(unit, &[])));
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 3, 20),
        HandlingCommand::AskReturn {
            item: id,
            unit,
            reason: "属乡镇职责".into(),
        },
    )
    .then_events(&["申请退办"]);
}

#[test]
fn a_reassignment_restarts_the_count_of_days_without_progress_and_a_decision_is_not_dated_before_the_request()
 {
    let mut g = given();
    let id = accepted(&mut g, "关于提升城区排水防涝能力的建议", date(2026, 3, 2));
    let (a, b) = (g.units[0], g.units[1]);
    g.t.given_on(date(2026, 3, 2), assign(id, joint(a, &[])));
    g.t.given_on(
        date(2026, 3, 4),
        HandlingCommand::AskReturn {
            item: id,
            unit: a,
            reason: "属住建部门职责".into(),
        },
    );
    let msg =
        g.t.when_on(
            date(2026, 3, 3),
            HandlingCommand::RefuseReturn {
                item: id,
                unit: a,
                reason: "职责明确".into(),
            },
        )
        .then_message();
    assert_eq!(
        msg,
        "不同意退办的日期不能早于申请退办的日期（2026年3月4日）"
    );
    g.t.given_on(
        date(2026, 4, 8),
        HandlingCommand::ApproveReturn {
            item: id,
            unit: a,
            to: b,
            comment: String::new(),
        },
    );
    let s = g.t.state();
    let w = warning(s, &s.handling.assignments[&id], date(2026, 4, 8));
    assert_eq!(w.colour, Colour::Green, "{:?}", w.reasons);
    let w = warning(s, &s.handling.assignments[&id], date(2026, 5, 8));
    assert_eq!(w.colour, Colour::Yellow);
    assert!(
        w.reasons
            .iter()
            .any(|r| r == "已30天无进展（最近一次：重新交办，2026年4月8日；满30天亮黄灯）"),
        "{:?}",
        w.reasons
    );
}

#[test]
fn a_units_inbox_shows_its_own_deadline_and_receipt() {
    let mut g = given();
    let id = accepted(&mut g, "关于加强城区油烟污染治理的建议", date(2026, 3, 2));
    let (lead, co) = (g.units[0], g.units[1]);
    g.t.given_on(date(2026, 3, 2), assign(id, joint(lead, &[co])));
    g.t.given_on(
        date(2026, 3, 3),
        HandlingCommand::SignFor {
            item: id,
            unit: lead,
        },
    );
    let s = g.t.state();
    let a = &s.handling.assignments[&id];
    // The office sees the co-unit unsigned; the lead unit's inbox does not.
    assert_eq!(warning(s, a, date(2026, 3, 10)).colour, Colour::Yellow);
    assert_eq!(
        warning_for(s, a, Some(lead), date(2026, 3, 10)).colour,
        Colour::Green
    );
    let w = warning_for(s, a, Some(co), date(2026, 3, 10));
    assert_eq!(w.colour, Colour::Yellow);
    // The co-unit works to the lead unit's deadline.
    assert_eq!(w.due, Some(date(2026, 6, 2)));
}
