//! 三办: communication before handling, the plan and progress the deputy
//! follows, co-units' opinions and countersign, extensions, the reply
//! with its classes (settings with properties), one letter per proposer,
//! and disclosure with its own clock.

use chrono::NaiveDate;
use jianyi_core::directory::{DeputyFields, DirectoryCommand, UnitFields, UnitKind};
use jianyi_core::exchange::authority::may_make;
use jianyi_core::handling::{
    Colour, Communication, Delivery, Disclosure, Feedback, Handling, HandlingCommand,
    HandlingEvent, HandlingRejection, Meeting, Method, PlanStep, Promise, Rating, Realisation,
    Reopened, ReplyFields, Satisfaction, facts, follow_ups, letters, opening, timeline, warning,
    warning_for, warning_for_deputy,
};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::RaisingCommand;
use jianyi_core::review::{ReviewCommand, Stage};
use jianyi_core::settings::{Evaluation, NoFeedback, ReplyClass, ReplyOutcome, SettingsGroup};
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;

struct Office {
    t: Given,
    /// 王伟 (lead), 李娜, 张强 (co-signers), 刘洋 (another lead)
    deputies: Vec<DeputyId>,
    /// 交通运输局 (lead), 住建局 (co), 财政局 (co)
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
    let deputies = ["王伟", "李娜", "张强", "刘洋"]
        .iter()
        .map(|n| t.added(DirectoryCommand::AddDeputy(DeputyFields::new(n, g))))
        .collect();
    let units = ["县交通运输局", "县住房和城乡建设局", "县财政局"]
        .iter()
        .map(|n| {
            let mut f = UnitFields::new(n, UnitKind::GovernmentDepartment);
            f.head = "赵局长".into();
            t.added(DirectoryCommand::AddUnit(f))
        })
        .collect();
    Office { t, deputies, units }
}

/// A recess item of `lead` co-signed by `cosigners`, submitted: it waits
/// at the committee office's single review.
fn submitted(g: &mut Office, lead: DeputyId, cosigners: &[DeputyId], title: &str) -> SuggestionId {
    let d = g.t.complete_draft(lead, None, title);
    g.t.at_desk(Desk::Deputy);
    let id = g.t.added(RaisingCommand::CreateDraft(d));
    if !cosigners.is_empty() {
        g.t.given(RaisingCommand::NameCosigners {
            id,
            deputies: cosigners.to_vec(),
        });
        for deputy in cosigners {
            g.t.given(RaisingCommand::ConfirmCosign {
                id,
                deputy: *deputy,
                how: How::InPerson,
            });
        }
    }
    g.t.given(ReviewCommand::SubmitDraft { id });
    g.t.at_desk(Desk::CommitteeOffice);
    id
}

/// 王伟's item co-signed by 李娜 and 张强, accepted on 27 February and
/// assigned on 2 March 2026 to 交通运输局 with 住建局 as co-unit.
fn assigned(g: &mut Office) -> SuggestionId {
    let (lead, co) = (g.deputies[0], vec![g.deputies[1], g.deputies[2]]);
    let id = submitted(g, lead, &co, "关于改善城关镇老旧小区道路的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id });
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item: id,
            handling: Handling::Joint {
                lead: g.units[0],
                co: vec![g.units[1]],
            },
        },
    );
    id
}

fn talk(item: SuggestionId, unit: UnitId, deputies: &[DeputyId]) -> HandlingCommand {
    HandlingCommand::Communicate {
        item,
        unit,
        communication: Communication {
            method: Method::Meeting,
            deputies: deputies.to_vec(),
            participants: "交通运输局副局长、公路股股长".into(),
            focus: "破损路段的范围和施工时间".into(),
            direction: "纳入年度农村公路和街巷改造计划".into(),
            agreed: "先修复主干道，再分批改造小巷".into(),
        },
    }
}

fn fields(class: &str) -> ReplyFields {
    ReplyFields {
        class: class.into(),
        text: "经研究，城关镇老旧小区道路改造已列入2026年度计划，计划于10月底前完工。联系人家中电话13800000000。"
            .into(),
        signer: "赵局长".into(),
        doc_number: "示交函〔2026〕12号".into(),
        contact: "孙敏".into(),
        phone: "0376-1234567".into(),
        disclosure: Disclosure::Full,
        private_passages: vec!["联系人家中电话13800000000。".into()],
        // B (a commitment by default and in the three-class test)
        // promises; the others do not.
        promise: (class == "B").then(|| Promise {
            what: "城关镇老旧小区道路改造完工".into(),
            by: date(2026, 10, 31),
        }),
    }
}

fn reply(item: SuggestionId, unit: UnitId, class: &str) -> HandlingCommand {
    HandlingCommand::Reply {
        item,
        unit,
        fields: fields(class),
    }
}

#[test]
fn a_reply_is_refused_until_the_unit_communicated_with_the_lead_deputy() {
    let mut g = given();
    let id = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 3, 20), reply(id, unit, "A"))
        .then_refused(HandlingRejection::NotCommunicated {
            missing: "王伟".into(),
        });
    // With a co-signer only: still no communication with the lead.
    g.t.given_on(date(2026, 3, 5), talk(id, unit, &[g.deputies[1]]));
    let r = g.t.when_on(date(2026, 3, 20), reply(id, unit, "A"));
    r.then_refused(HandlingRejection::NotCommunicated {
        missing: "王伟".into(),
    });
    // A co-unit's communication does not count for the lead unit.
    g.t.given_on(date(2026, 3, 6), talk(id, g.units[1], &[g.deputies[0]]));
    g.t.when_on(date(2026, 3, 20), reply(id, unit, "A"))
        .then_refused(HandlingRejection::NotCommunicated {
            missing: "王伟".into(),
        });
    g.t.given_on(date(2026, 3, 7), talk(id, unit, &[g.deputies[0]]));
    g.t.when_on(date(2026, 3, 20), reply(id, unit, "A"))
        .then_events(&["答复"]);
    let r = HandlingRejection::NotCommunicated {
        missing: "王伟".into(),
    };
    assert_eq!(
        r.message_zh(),
        "答复前须与领衔代表进行办前沟通并记录：尚未记录与王伟代表的沟通"
    );
}

#[test]
fn a_communication_names_proposers_and_says_what_was_agreed() {
    let mut g = given();
    let id = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.when(talk(id, unit, &[]))
        .then_refused(HandlingRejection::NoDeputy);
    g.t.when(talk(id, unit, &[g.deputies[3]]))
        .then_refused(HandlingRejection::NotAProposer {
            deputy: "刘洋".into(),
        });
    g.t.when(talk(id, unit, &[g.deputies[0], g.deputies[0]]))
        .then_refused(HandlingRejection::DeputyTwice {
            deputy: "王伟".into(),
        });
    let mut c = talk(id, unit, &[g.deputies[0]]);
    if let HandlingCommand::Communicate { communication, .. } = &mut c {
        communication.agreed = "  ".into();
    }
    g.t.when(c).then_refused_where(
        |r| r.message_zh().contains("商定的办理方案"),
        "the agreed plan is required",
    );
    // Before the assignment.
    g.t.when_on(date(2026, 3, 1), talk(id, unit, &[g.deputies[0]]))
        .then_refused(HandlingRejection::BeforeAssignment {
            act: "沟通",
            since: "2026年3月2日".into(),
        });
    // Not at a station's desk.
    g.t.at_desk(Desk::Deputy);
    g.t.when(talk(id, unit, &[g.deputies[0]]))
        .then_refused_where(
            |r| matches!(r, Rejection::Handling(HandlingRejection::WrongDesk { .. })),
            "wrong desk",
        );
}

#[test]
fn plan_and_progress_make_the_deputys_timeline_newest_first_and_count_as_progress() {
    let mut g = given();
    let id = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 3, 3),
        HandlingCommand::SignFor { item: id, unit },
    );
    g.t.given_on(date(2026, 3, 5), talk(id, unit, &[g.deputies[0]]));
    g.t.when_on(
        date(2026, 3, 6),
        HandlingCommand::SetPlan {
            item: id,
            unit,
            steps: vec![PlanStep {
                what: "摸底登记".into(),
                by: date(2026, 3, 1),
            }],
        },
    )
    .then_refused(HandlingRejection::StepInThePast {
        n: 1,
        by: "2026年3月1日".into(),
        on: "2026年3月6日".into(),
    });
    g.t.when_on(
        date(2026, 3, 6),
        HandlingCommand::SetPlan {
            item: id,
            unit,
            steps: vec![],
        },
    )
    .then_refused(HandlingRejection::NoPlanSteps);
    g.t.when_on(
        date(2026, 3, 6),
        HandlingCommand::SetPlan {
            item: id,
            unit,
            steps: vec![
                PlanStep {
                    what: "摸底登记破损路段".into(),
                    by: date(2026, 3, 31),
                },
                PlanStep {
                    what: "完成主干道修复".into(),
                    by: date(2026, 5, 31),
                },
            ],
        },
    )
    .then_events(&["办理计划"]);
    g.t.when_on(
        date(2026, 4, 20),
        HandlingCommand::ReportProgress {
            item: id,
            unit,
            text: "已完成摸底，共12处破损路段".into(),
        },
    )
    .then_events(&["办理进展"]);
    let t = timeline(g.t.state(), id);
    let whats: Vec<&str> = t.iter().map(|e| e.what).collect();
    assert_eq!(whats, ["办理进展", "办理计划", "办前沟通", "签收", "交办"]);
    assert_eq!(t[0].text, "已完成摸底，共12处破损路段");
    assert_eq!(t[0].unit.as_deref(), Some("县交通运输局"));
    assert_eq!(
        t[1].text,
        "1. 摸底登记破损路段（2026年3月31日前）；2. 完成主干道修复（2026年5月31日前）"
    );
    assert!(
        t[2].text
            .starts_with("以面谈方式与王伟代表沟通。沟通重点：破损路段的范围和施工时间"),
        "{}",
        t[2].text
    );
    assert_eq!(t[4].text, "主办：县交通运输局；协办：县住房和城乡建设局");
    // Progress on 20 April: no yellow for quiet until 20 May.
    let s = g.t.state();
    let a = &s.handling.assignments[&id];
    assert_eq!(a.last_progress(), (date(2026, 4, 20), "办理进展"));
    // Without the co-unit's late opinion in the lead unit's own view:
    // the co-unit's lateness is the lead's to see, so it counts there too.
    let w = warning_for(s, a, Some(unit), date(2026, 5, 19));
    assert!(
        !w.reasons.iter().any(|r| r.contains("无进展")),
        "{:?}",
        w.reasons
    );
    let w = warning(s, a, date(2026, 5, 20));
    assert!(
        w.reasons
            .iter()
            .any(|r| r.contains("已30天无进展（最近一次：办理进展，2026年4月20日")),
        "{:?}",
        w.reasons
    );
}

#[test]
fn a_co_unit_sends_its_opinion_in_time_or_late_and_countersigns_the_lead_units_draft() {
    let mut g = given();
    let item = assigned(&mut g);
    let (lead, co) = (g.units[0], g.units[1]);
    g.t.at_desk(Desk::Unit);
    // Only a co-unit sends an opinion; only the lead unit asks to countersign.
    g.t.when(HandlingCommand::SendOpinion {
        item,
        unit: lead,
        text: "意见".into(),
    })
    .then_refused(HandlingRejection::NotACoUnit {
        unit: "县交通运输局".into(),
    });
    g.t.when(HandlingCommand::AskCountersign {
        item,
        unit: co,
        co: lead,
        draft: "答复稿".into(),
    })
    .then_refused(HandlingRejection::NotTheLeadUnit {
        unit: "县住房和城乡建设局".into(),
    });
    g.t.when(reply(item, co, "A"))
        .then_refused(HandlingRejection::NotAReplyingUnit {
            unit: "县住房和城乡建设局".into(),
        });
    // Due 2 April (a month from the assignment): late on the 3rd.
    let s = g.t.state();
    let a = &s.handling.assignments[&item];
    let w = warning_for(s, a, Some(lead), date(2026, 4, 3));
    assert!(
        w.reasons
            .contains(&"县住房和城乡建设局的协办意见逾期未送（期限2026年4月2日）".to_string()),
        "{:?}",
        w.reasons
    );
    assert!(
        !warning(s, a, date(2026, 4, 2))
            .reasons
            .iter()
            .any(|r| r.contains("协办意见")),
    );
    g.t.given_on(
        date(2026, 4, 8),
        HandlingCommand::SendOpinion {
            item,
            unit: co,
            text: "同步实施雨污管网改造".into(),
        },
    );
    g.t.when_on(
        date(2026, 4, 9),
        HandlingCommand::SendOpinion {
            item,
            unit: co,
            text: "再补充".into(),
        },
    )
    .then_refused(HandlingRejection::OpinionSent {
        on: "2026年4月8日".into(),
    });
    let s = g.t.state();
    let task = s.handling.assignments[&item].task(co).unwrap();
    let o = task.opinion.as_ref().unwrap();
    assert_eq!(o.on, date(2026, 4, 8));
    // Sent after its due day: late.
    assert!(
        o.on > jianyi_core::handling::co_opinion_due(s, &s.handling.assignments[&item], task).due
    );
    g.t.when_on(
        date(2026, 4, 10),
        HandlingCommand::Countersign {
            item,
            unit: co,
            comment: "同意".into(),
        },
    )
    .then_refused(HandlingRejection::NoCountersignAsked {
        unit: "县住房和城乡建设局".into(),
    });
    g.t.when_on(
        date(2026, 4, 10),
        HandlingCommand::AskCountersign {
            item,
            unit: lead,
            co,
            draft: "答复稿全文".into(),
        },
    )
    .then_events(&["请求会签"]);
    g.t.when_on(
        date(2026, 4, 10),
        HandlingCommand::AskCountersign {
            item,
            unit: lead,
            co,
            draft: "答复稿全文".into(),
        },
    )
    .then_refused(HandlingRejection::CountersignPending {
        unit: "县住房和城乡建设局".into(),
        on: "2026年4月10日".into(),
    });
    g.t.when_on(
        date(2026, 4, 12),
        HandlingCommand::Countersign {
            item,
            unit: co,
            comment: "同意，无补充".into(),
        },
    )
    .then_events(&["会签"]);
    let s = g.t.state();
    let c = s.handling.assignments[&item]
        .task(co)
        .unwrap()
        .countersign
        .clone()
        .unwrap();
    assert_eq!(
        c.signed,
        Some((date(2026, 4, 12), "同意，无补充".to_string()))
    );
    assert_eq!(c.by, lead);
}

#[test]
fn an_extension_moves_the_deadline_up_to_the_maximum_and_tells_the_deputy_why() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    let ask = |until: NaiveDate| HandlingCommand::AskExtension {
        item,
        unit,
        until,
        reason: "涉及跨年度财政预算安排".into(),
    };
    g.t.at_desk(Desk::Unit);
    // Due 2 June (3 months); the maximum is 2 September (6 months).
    g.t.when_on(date(2026, 5, 20), ask(date(2026, 9, 3)))
        .then_refused(HandlingRejection::ExtensionBeyondMaximum {
            until: "2026年9月3日".into(),
            max: "2026年9月2日".into(),
            explain: "自2026年3月2日交办起6个月，至2026年9月2日".into(),
        });
    g.t.when_on(date(2026, 5, 20), ask(date(2026, 6, 2)))
        .then_refused(HandlingRejection::ExtensionNotLater {
            until: "2026年6月2日".into(),
            due: "2026年6月2日".into(),
        });
    g.t.when_on(date(2026, 5, 20), ask(date(2026, 8, 31)))
        .then_events(&["申请延期"]);
    g.t.when_on(date(2026, 5, 21), ask(date(2026, 8, 31)))
        .then_refused(HandlingRejection::ExtensionPending {
            on: "2026年5月20日".into(),
        });
    // Yellow near 2 June while the request waits.
    let colour = |g: &Office, d| {
        let s = g.t.state();
        warning(s, &s.handling.assignments[&item], d)
    };
    assert_eq!(colour(&g, date(2026, 5, 25)).colour, Colour::Yellow);
    // The decision is the office's.
    let approve = |until| HandlingCommand::ApproveExtension {
        item,
        unit,
        until,
        comment: "同意".into(),
    };
    g.t.when_on(date(2026, 5, 22), approve(date(2026, 8, 31)))
        .then_refused_where(
            |r| matches!(r, Rejection::Handling(HandlingRejection::WrongDesk { .. })),
            "wrong desk",
        );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2026, 5, 19), approve(date(2026, 8, 31)))
        .then_refused(HandlingRejection::BeforeRequest {
            act: "同意延期",
            request: "申请延期",
            asked: "2026年5月20日".into(),
        });
    g.t.when_on(date(2026, 5, 22), approve(date(2026, 9, 30)))
        .then_refused_where(
            |r| {
                matches!(
                    r,
                    Rejection::Handling(HandlingRejection::ExtensionBeyondMaximum { .. })
                )
            },
            "beyond the maximum",
        );
    g.t.when_on(date(2026, 5, 22), approve(date(2026, 8, 31)))
        .then_events(&["同意延期"]);
    let s = g.t.state();
    let task = s.handling.assignments[&item].task(unit).unwrap();
    assert_eq!(task.due(), Some(date(2026, 8, 31)));
    // Recomputed: green on 25 May, yellow from 16 August, red after 31 August.
    let w = colour(&g, date(2026, 5, 25));
    assert!(
        !w.reasons.iter().any(|r| r.contains("答复期限")),
        "{:?}",
        w.reasons
    );
    assert_eq!(w.due, Some(date(2026, 8, 31)));
    let w = colour(&g, date(2026, 9, 1));
    assert_eq!(w.colour, Colour::Red);
    assert!(
        w.reasons
            .contains(&"县交通运输局已超过答复期限1天（期限2026年8月31日，已延期）".to_string()),
        "{:?}",
        w.reasons
    );
    let t = timeline(g.t.state(), item);
    assert_eq!(t[0].what, "延期");
    assert_eq!(
        t[0].text,
        "经同意，答复期限延至2026年8月31日。延期理由：涉及跨年度财政预算安排"
    );
    // Refused: the deadline stays.
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 6, 1), ask(date(2026, 9, 2)));
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(
        date(2026, 6, 2),
        HandlingCommand::RefuseExtension {
            item,
            unit,
            reason: "已延期一次".into(),
        },
    )
    .then_events(&["不同意延期"]);
    let s = g.t.state();
    assert_eq!(
        s.handling.assignments[&item].task(unit).unwrap().due(),
        Some(date(2026, 8, 31))
    );
}

#[test]
fn a_reply_is_filed_once_with_its_class_letters_and_disclosure_clock() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, unit, &[g.deputies[0]]));
    g.t.when_on(date(2026, 5, 8), reply(item, unit, "E"))
        .then_refused(HandlingRejection::UnknownReplyClass {
            code: "E".into(),
            known: "A类、B类、C类、D类".into(),
        });
    let mut f = fields("B");
    f.private_passages = vec!["不在正文里的话".into()];
    g.t.when_on(
        date(2026, 5, 8),
        HandlingCommand::Reply {
            item,
            unit,
            fields: f,
        },
    )
    .then_refused(HandlingRejection::PassageNotInText {
        passage: "不在正文里的话".into(),
    });
    let mut f = fields("B");
    f.disclosure = Disclosure::Summary {
        summary: " ".into(),
    };
    g.t.when_on(
        date(2026, 5, 8),
        HandlingCommand::Reply {
            item,
            unit,
            fields: f,
        },
    )
    .then_refused_where(
        |r| r.message_zh().contains("公开摘要"),
        "a summary is required",
    );
    g.t.when_on(date(2026, 5, 8), reply(item, unit, "B"))
        .then_events(&["答复"]);
    g.t.when_on(date(2026, 5, 9), reply(item, unit, "A"))
        .then_refused(HandlingRejection::AlreadyReplied {
            unit: "县交通运输局".into(),
            on: "2026年5月8日".into(),
        });
    g.t.when_on(
        date(2026, 5, 9),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 8, 1),
            reason: "x".into(),
        },
    )
    .then_refused_where(
        |r| {
            matches!(
                r,
                Rejection::Handling(HandlingRejection::AlreadyReplied { .. })
            )
        },
        "no extension after the reply",
    );
    let s = g.t.state();
    let task = s.handling.assignments[&item].task(unit).unwrap();
    let r = task.replied.as_ref().unwrap();
    assert_eq!(r.reply.class.code, "B");
    assert_eq!(r.reply.class.outcome, ReplyOutcome::Commitment);
    assert_eq!(
        r.reply.public_text().unwrap(),
        "经研究，城关镇老旧小区道路改造已列入2026年度计划，计划于10月底前完工。（此处不予公开）"
    );
    // Letters to the lead then each co-signer.
    let l = letters(s, item, unit);
    let to: Vec<&str> = l.iter().map(|l| l.salutation.as_str()).collect();
    assert_eq!(to, ["王伟代表：", "李娜代表：", "张强代表："]);
    // Every proposer rates the reply: each letter has its form, due 20
    // working days after the reply.
    // 9 May 2026 is a make-up working day (调休): 20 working days end on 4 June.
    assert_eq!(l[0].feedback_due, "2026年6月4日");
    assert!(l.iter().all(|x| x.feedback_due == l[0].feedback_due));
    assert_eq!(
        l[0].opening,
        "您提出的关于改善城关镇老旧小区道路的建议收悉。现答复如下："
    );
    assert_eq!(l[0].class, "B类");
    assert_eq!(l[0].item_number.as_deref(), Some("2026年闭会期间建议第1号"));
    assert_eq!(l[0].doc_number, "示交函〔2026〕12号");
    assert_eq!(l[0].date, "2026年5月8日");
    assert_eq!(l[0].signer, "赵局长");
    assert_eq!(l[0].contact, "联系人：孙敏　联系电话：0376-1234567");
    assert_eq!(l[0].unit, "县交通运输局");
    // The reply stops the reply clock: no red after 2 June.
    let w = warning(s, &s.handling.assignments[&item], date(2026, 6, 3));
    assert!(
        !w.reasons.iter().any(|r| r.contains("答复期限")),
        "{:?}",
        w.reasons
    );
    // Disclosure within 20 working days of 8 May (9 May a make-up working
    // day): 4 June 2026.
    assert_eq!(r.disclosure_due.as_ref().unwrap().due, date(2026, 6, 4));
    let w = warning(s, &s.handling.assignments[&item], date(2026, 6, 8));
    assert!(
        w.reasons
            .contains(&"县交通运输局的答复逾期未公开（公开期限2026年6月4日）".to_string()),
        "{:?}",
        w.reasons
    );
    // Delivery of each letter, once, not before the reply.
    let deliver = |deputy, how| HandlingCommand::DeliverLetter {
        item,
        unit,
        deputy,
        how,
    };
    g.t.when_on(date(2026, 5, 7), deliver(g.deputies[0], Delivery::InPerson))
        .then_refused(HandlingRejection::BeforeReply {
            act: "送达",
            replied: "2026年5月8日".into(),
        });
    g.t.when_on(date(2026, 5, 10), deliver(g.deputies[3], Delivery::Post))
        .then_refused(HandlingRejection::NoLetterTo {
            deputy: "刘洋".into(),
        });
    g.t.when_on(date(2026, 5, 10), deliver(g.deputies[0], Delivery::Station))
        .then_events(&["答复函送达"]);
    g.t.when_on(date(2026, 5, 11), deliver(g.deputies[0], Delivery::Post))
        .then_refused(HandlingRejection::LetterDelivered {
            deputy: "王伟".into(),
            on: "2026年5月10日".into(),
            how: "经家站点转交",
        });
    g.t.when_on(
        date(2026, 5, 12),
        HandlingCommand::Disclose {
            item,
            unit,
            place: "县交通运输局网站政务公开栏目".into(),
        },
    )
    .then_events(&["答复公开"]);
    let s = g.t.state();
    let w = warning(s, &s.handling.assignments[&item], date(2026, 6, 8));
    assert_eq!(w.colour, Colour::Green, "{:?}", w.reasons);
    assert_eq!(w.reasons, ["已答复"]);
    assert_eq!(timeline(s, item)[0].text, "致王伟代表的答复函经家站点转交");
}

#[test]
fn a_merged_item_is_answered_separately_one_letter_per_lead_on_their_own_title() {
    let mut g = given();
    let (wang, liu) = (g.deputies[0], g.deputies[3]);
    let a = submitted(&mut g, wang, &[], "关于改善城关镇老旧小区道路的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id: a });
    let b = submitted(&mut g, liu, &[], "关于修缮城关镇背街小巷的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Merge { id: b, into: a });
    assert_eq!(g.t.state().stage(a), Stage::Accepted);
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item: a,
            handling: Handling::Joint {
                lead: g.units[0],
                co: vec![],
            },
        },
    );
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(a, unit, &[wang]));
    // With each lead, for a merged item.
    g.t.when_on(date(2026, 5, 8), reply(a, unit, "A"))
        .then_refused(HandlingRejection::NotCommunicated {
            missing: "刘洋".into(),
        });
    g.t.given_on(date(2026, 3, 6), talk(a, unit, &[liu]));
    g.t.given_on(date(2026, 5, 8), reply(a, unit, "A"));
    let l = letters(g.t.state(), a, unit);
    assert_eq!(l.len(), 2);
    assert_eq!(l[0].salutation, "王伟代表：");
    assert_eq!(l[1].salutation, "刘洋代表：");
    assert_eq!(
        l[1].opening,
        "您提出的关于修缮城关镇背街小巷的建议收悉。现答复如下："
    );
}

#[test]
fn in_separate_handling_each_unit_replies_for_its_part() {
    let mut g = given();
    let wang = g.deputies[0];
    let id = submitted(&mut g, wang, &[], "关于改善城关镇老旧小区道路的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id });
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item: id,
            handling: Handling::Separate {
                units: vec![g.units[0], g.units[2]],
            },
        },
    );
    g.t.at_desk(Desk::Unit);
    for u in [g.units[0], g.units[2]] {
        g.t.given_on(date(2026, 3, 5), talk(id, u, &[g.deputies[0]]));
    }
    g.t.given_on(date(2026, 4, 1), reply(id, g.units[0], "A"));
    let s = g.t.state();
    let w = warning(s, &s.handling.assignments[&id], date(2026, 6, 3));
    assert_eq!(w.colour, Colour::Red);
    assert!(
        w.reasons
            .contains(&"县财政局已超过答复期限1天（期限2026年6月2日）".to_string()),
        "{:?}",
        w.reasons
    );
    assert!(!w.reasons.iter().any(|r| r.contains("县交通运输局已超过")));
    g.t.given_on(date(2026, 4, 2), reply(id, g.units[2], "D"));
    let s = g.t.state();
    assert_eq!(letters(s, id, g.units[2])[0].class, "D类");
    // Only the disclosure's clock runs now (both public, neither published).
    assert_eq!(
        warning(s, &s.handling.assignments[&id], date(2026, 6, 3)).reasons,
        [
            "县交通运输局的答复逾期未公开（公开期限2026年4月30日）",
            "县财政局的答复逾期未公开（公开期限2026年5月6日）"
        ]
    );
}

#[test]
fn the_class_properties_drive_the_follow_up_list_with_three_classes() {
    let mut g = given();
    let three = vec![
        ReplyClass {
            code: "A".into(),
            name: "已解决".into(),
            definition: "问题已经解决".into(),
            outcome: ReplyOutcome::Solved,
        },
        ReplyClass {
            code: "B".into(),
            name: "正在解决".into(),
            definition: "正在解决或列入计划".into(),
            outcome: ReplyOutcome::Commitment,
        },
        ReplyClass {
            code: "C".into(),
            name: "留作参考".into(),
            definition: "留作参考".into(),
            outcome: ReplyOutcome::NotSolvable,
        },
    ];
    g.t.given_on(
        date(2026, 1, 5),
        OfficeCommand::ChangeSettings(SettingsGroup::ReplyClasses(three)),
    );
    let mut items = Vec::new();
    for (i, title) in [
        "关于改善城关镇老旧小区道路的建议",
        "关于完善城关镇路灯的建议",
        "关于增设城关镇公厕的建议",
    ]
    .iter()
    .enumerate()
    {
        let lead = g.deputies[i];
        let id = submitted(&mut g, lead, &[], title);
        g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id });
        g.t.given_on(
            date(2026, 3, 2),
            HandlingCommand::Assign {
                item: id,
                handling: Handling::Joint {
                    lead: g.units[0],
                    co: vec![],
                },
            },
        );
        items.push(id);
    }
    g.t.at_desk(Desk::Unit);
    for (i, class) in ["C", "B", "A"].iter().enumerate() {
        g.t.given_on(
            date(2026, 3, 5),
            talk(items[i], g.units[0], &[g.deputies[i]]),
        );
        g.t.given_on(date(2026, 4, 1), reply(items[i], g.units[0], class));
    }
    // C is 留作参考 here: not a commitment, as it would be by default.
    let list: Vec<SuggestionId> = follow_ups(g.t.state()).iter().map(|c| c.item).collect();
    assert_eq!(list, vec![items[1]]);
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::ReplyClasses(
        vec![],
    )))
    .then_refused_where(
        |r| r.message_zh().contains("答复类别至少须有两类"),
        "two classes at least",
    );
}

#[test]
fn the_units_acts_are_the_units_and_the_extension_decision_the_offices() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 3, 6),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 7, 1),
            reason: "涉及预算".into(),
        },
    );
    g.t.at_desk(Desk::CommitteeOffice);
    let events = g.t.given_on(
        date(2026, 3, 9),
        HandlingCommand::ApproveExtension {
            item,
            unit,
            until: date(2026, 7, 1),
            comment: String::new(),
        },
    );
    assert!(may_make(OfficeRole::CommitteeOffice, &events[0], false).is_ok());
    assert_eq!(
        may_make(OfficeRole::HandlingUnit, &events[0], false).unwrap_err(),
        "承办单位无权同意延期"
    );
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, unit, &[g.deputies[0]]));
    let events = g.t.given_on(date(2026, 5, 8), reply(item, unit, "A"));
    assert!(may_make(OfficeRole::HandlingUnit, &events[0], false).is_ok());
    assert_eq!(
        may_make(OfficeRole::Station, &events[0], false).unwrap_err(),
        "代表之家（联络站、点）无权答复"
    );
}

#[test]
fn a_communication_dated_after_the_reply_does_not_count_for_it() {
    let mut g = given();
    let id = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    // Keyed in from paper: the talk of 20 May, then a reply dated 8 May.
    g.t.given_on(date(2026, 5, 20), talk(id, unit, &[g.deputies[0]]));
    g.t.when_on(date(2026, 5, 8), reply(id, unit, "A"))
        .then_refused(HandlingRejection::NotCommunicated {
            missing: "王伟".into(),
        });
    g.t.when_on(date(2026, 5, 20), reply(id, unit, "A"))
        .then_events(&["答复"]);
}

#[test]
fn a_packets_reply_by_a_co_unit_or_in_a_class_not_the_items_is_a_conflict_and_changes_nothing() {
    let mut g = given();
    let id = assigned(&mut g);
    let (lead, co) = (g.units[0], g.units[1]);
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(id, lead, &[g.deputies[0]]));
    let replied = g.t.given_on(date(2026, 5, 8), reply(id, lead, "B"))[0].clone();
    let before: Vec<Event> = g.t.events_so_far()[..g.t.events_so_far().len() - 1].to_vec();
    // The same reply as a co-unit's.
    let mut by_co = replied.clone();
    by_co.id = jianyi_core::EventId::from(jianyi_core::Uuid::from_u128(7));
    if let EventKind::Handling(jianyi_core::handling::HandlingEvent::Replied { unit, .. }) =
        &mut by_co.kind
    {
        *unit = co;
    }
    // The lead's reply with class B counted as solved.
    let mut forged = replied.clone();
    forged.id = jianyi_core::EventId::from(jianyi_core::Uuid::from_u128(8));
    if let EventKind::Handling(jianyi_core::handling::HandlingEvent::Replied { reply, .. }) =
        &mut forged.kind
    {
        reply.class.outcome = ReplyOutcome::Solved;
    }
    for bad in [by_co, forged] {
        let mut events = before.clone();
        events.push(bad);
        let s = State::from_events(events);
        assert_eq!(s.conflicts.len(), 1, "{:?}", s.conflicts);
        let a = &s.handling.assignments[&id];
        assert!(a.tasks.iter().all(|t| t.replied.is_none()));
    }
}

#[test]
fn an_extension_is_not_decided_after_the_reply_nor_asked_for_a_day_already_past() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 7, 1),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 6, 30),
            reason: "x".into(),
        },
    )
    .then_refused(HandlingRejection::ExtensionInThePast {
        until: "2026年6月30日".into(),
        on: "2026年7月1日".into(),
    });
    g.t.given_on(
        date(2026, 3, 6),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 7, 1),
            reason: "涉及预算".into(),
        },
    );
    g.t.given_on(date(2026, 3, 7), talk(item, unit, &[g.deputies[0]]));
    g.t.given_on(date(2026, 5, 8), reply(item, unit, "A"));
    assert!(g.t.state().handling.extensions_asked().is_empty());
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(
        date(2026, 5, 10),
        HandlingCommand::ApproveExtension {
            item,
            unit,
            until: date(2026, 7, 1),
            comment: String::new(),
        },
    )
    .then_refused(HandlingRejection::AlreadyReplied {
        unit: "县交通运输局".into(),
        on: "2026年5月8日".into(),
    });
    g.t.when_on(
        date(2026, 5, 10),
        HandlingCommand::RefuseExtension {
            item,
            unit,
            reason: "已答复".into(),
        },
    )
    .then_refused(HandlingRejection::AlreadyReplied {
        unit: "县交通运输局".into(),
        on: "2026年5月8日".into(),
    });
}

#[test]
fn the_opening_sentence_reads_well_for_every_shape_of_title() {
    for (title, expected) in [
        (
            "关于改善老旧小区道路的建议",
            "您提出的关于改善老旧小区道路的建议收悉。现答复如下：",
        ),
        (
            "改善老旧小区道路",
            "您提出的关于改善老旧小区道路的建议收悉。现答复如下：",
        ),
        (
            "关于农村饮水的几点建议",
            "您提出的关于农村饮水的几点建议收悉。现答复如下：",
        ),
        (
            "建议加快城乡公交一体化",
            "您提出的关于加快城乡公交一体化的建议收悉。现答复如下：",
        ),
        (
            "关于设立专项资金的议案",
            "您提出的关于设立专项资金的建议收悉。现答复如下：",
        ),
    ] {
        assert_eq!(opening(title), expected, "{title}");
    }
}

#[test]
fn the_deputy_sees_no_receipts_or_co_unit_opinions_and_a_separate_unit_that_replied_is_done() {
    let mut g = given();
    let id = assigned(&mut g);
    let s = g.t.state();
    let a = &s.handling.assignments[&id];
    // 3 April: unsigned past the window, the co-unit's opinion late.
    let office = warning(s, a, date(2026, 4, 3));
    assert!(office.reasons.iter().any(|r| r.contains("协办意见")));
    assert!(office.reasons.iter().any(|r| r.contains("逾期未签收")));
    let deputy = warning_for_deputy(s, a, date(2026, 4, 3));
    assert!(
        !deputy
            .reasons
            .iter()
            .any(|r| r.contains("协办意见") || r.contains("签收")),
        "{:?}",
        deputy.reasons
    );
    // 分办: the unit that replied sees no quiet yellow while the other works.
    let wang = g.deputies[0];
    let item = submitted(&mut g, wang, &[], "关于完善城关镇路灯的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id: item });
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item,
            handling: Handling::Separate {
                units: vec![g.units[0], g.units[2]],
            },
        },
    );
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, g.units[0], &[wang]));
    g.t.given_on(date(2026, 3, 6), reply(item, g.units[0], "A"));
    let s = g.t.state();
    let a = &s.handling.assignments[&item];
    let mine = warning_for(s, a, Some(g.units[0]), date(2026, 4, 20));
    assert!(
        !mine.reasons.iter().any(|r| r.contains("无进展")),
        "{:?}",
        mine.reasons
    );
    assert!(
        warning(s, a, date(2026, 4, 20))
            .reasons
            .iter()
            .any(|r| r.contains("无进展"))
    );
}

#[test]
fn reply_classes_need_distinct_codes_and_names_without_the_word_class() {
    let mut g = given();
    let mut classes = jianyi_core::settings::default_reply_classes();
    classes[1].code = "a".into();
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::ReplyClasses(
        classes,
    )))
    .then_refused_where(
        |r| r.message_zh().contains("代号“a”用了两次"),
        "codes differ",
    );
    let mut classes = jianyi_core::settings::default_reply_classes();
    classes[0].code = "A类".into();
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::ReplyClasses(
        classes,
    )))
    .then_refused_where(|r| r.message_zh().contains("不要带“类”字"), "no 类");
    let mut classes = jianyi_core::settings::default_reply_classes();
    classes[3].definition = " ".into();
    g.t.when(OfficeCommand::ChangeSettings(SettingsGroup::ReplyClasses(
        classes,
    )))
    .then_refused_where(
        |r| r.message_zh().contains("第4类（D类）须有定义"),
        "a definition",
    );
}

// ---- After the reply (issue 15): feedback, second handling, commitments,
// closing.

fn rated(result: Rating, comment: &str) -> Feedback {
    Feedback {
        communication: Rating::Satisfied,
        attitude: Rating::Satisfied,
        result,
        comment: comment.into(),
    }
}

fn feedback(item: SuggestionId, unit: UnitId, deputy: DeputyId, f: Feedback) -> HandlingCommand {
    HandlingCommand::GiveFeedback {
        item,
        unit,
        deputy,
        feedback: f,
    }
}

/// `assigned`, talked with 王伟 on 5 March and replied B on 8 May 2026
/// (its feedback window closes on 4 June); at the committee office's desk.
fn replied(g: &mut Office, class: &str) -> SuggestionId {
    let item = assigned(g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, unit, &[g.deputies[0]]));
    g.t.given_on(date(2026, 5, 8), reply(item, unit, class));
    g.t.at_desk(Desk::CommitteeOffice);
    item
}

#[test]
fn feedback_is_the_deputys_act_never_the_units() {
    let mut g = given();
    let item = replied(&mut g, "B");
    let (unit, wang) = (g.units[0], g.deputies[0]);
    // The clerk's own act is not the deputy's answer.
    g.t.when_on(
        date(2026, 5, 20),
        feedback(item, unit, wang, rated(Rating::Satisfied, "")),
    )
    .then_refused(HandlingRejection::FeedbackNotPersonal);
    // Nor is anything keyed in at a unit's desk (被满意).
    g.t.acting_for(Desk::Unit, "王伟", How::PaperKeyedIn);
    g.t.when_on(
        date(2026, 5, 20),
        feedback(item, unit, wang, rated(Rating::Satisfied, "")),
    )
    .then_refused(HandlingRejection::FeedbackByUnit);
    // From the paper form, at the committee office, with the deputy's name.
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    let events =
        g.t.when_on(
            date(2026, 5, 20),
            feedback(item, unit, wang, rated(Rating::Satisfied, "")),
        )
        .then_events(&["代表反馈"]);
    let e = &events[0];
    assert_eq!(e.actor.acting_for.as_deref(), Some("王伟"));
    // A packet's feedback counts from a station, never from a unit's copy.
    assert!(may_make(OfficeRole::Station, e, false).is_ok());
    assert!(may_make(OfficeRole::CommitteeOffice, e, false).is_ok());
    assert_eq!(
        may_make(OfficeRole::HandlingUnit, e, false),
        Err("承办单位无权代表反馈".into())
    );
    // A unit's own copy refuses it too.
    let mut unit_copy = Given::office_named("交通运输局", 2)
        .with_events(g.t.events_so_far()[..g.t.events_so_far().len() - 1].to_vec());
    unit_copy.given(OfficeCommand::SetProfile(OfficeProfile {
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
    unit_copy.acting_for(Desk::Deputy, "王伟", How::InPerson);
    unit_copy
        .when_on(
            date(2026, 5, 20),
            feedback(item, unit, wang, rated(Rating::Satisfied, "")),
        )
        .then_refused(HandlingRejection::FeedbackByUnit);
    // Each proposer answers once; only proposers answer.
    g.t.when_on(
        date(2026, 5, 21),
        feedback(item, unit, wang, rated(Rating::Satisfied, "")),
    )
    .then_refused(HandlingRejection::AlreadyAnswered {
        deputy: "王伟".into(),
        on: "2026年5月20日".into(),
    });
    // Under the deputy's own name only.
    g.t.when_on(
        date(2026, 5, 21),
        feedback(item, unit, g.deputies[1], rated(Rating::Satisfied, "")),
    )
    .then_refused(HandlingRejection::FeedbackForAnother {
        deputy: "李娜".into(),
    });
    g.t.acting_for(Desk::CommitteeOffice, "刘洋", How::PaperKeyedIn);
    g.t.when_on(
        date(2026, 5, 21),
        feedback(item, unit, g.deputies[3], rated(Rating::Satisfied, "")),
    )
    .then_refused(HandlingRejection::NoLetterFor {
        deputy: "刘洋".into(),
    });
    // A 不满意 says why.
    g.t.acting_for(Desk::CommitteeOffice, "李娜", How::PaperKeyedIn);
    g.t.when_on(
        date(2026, 5, 21),
        feedback(item, unit, g.deputies[1], rated(Rating::Dissatisfied, " ")),
    )
    .then_refused(HandlingRejection::DissatisfiedWithoutComment);
}

#[test]
fn feedback_after_the_window_is_refused_only_where_the_settings_close_it() {
    // Default: taken late, and an item without the leads' answer by the
    // window's end counts as 未反馈, never as satisfied.
    let mut g = given();
    let item = replied(&mut g, "A");
    let unit = g.units[0];
    let s = g.t.state();
    let f = facts(s, item, date(2026, 6, 4)).unwrap();
    assert_eq!(
        f.satisfaction,
        Some(Satisfaction::Waiting {
            due: date(2026, 6, 4)
        })
    );
    let f = facts(s, item, date(2026, 6, 5)).unwrap();
    assert_eq!(
        f.satisfaction,
        Some(Satisfaction::NoAnswer(NoFeedback::Unanswered))
    );
    assert_eq!(f.satisfaction.unwrap().label(), "未反馈");
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    g.t.when_on(
        date(2026, 6, 10),
        feedback(item, unit, g.deputies[0], rated(Rating::Satisfied, "")),
    )
    .then_events(&["代表反馈"]);

    // Where the settings close the window.
    let mut g = given();
    g.t.given_on(
        date(2026, 1, 5),
        OfficeCommand::ChangeSettings(SettingsGroup::Evaluation(Evaluation {
            feedback_window_closes: true,
            ..Evaluation::default()
        })),
    );
    let item = replied(&mut g, "A");
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    let message =
        g.t.when_on(
            date(2026, 6, 5),
            feedback(item, unit, g.deputies[0], rated(Rating::Satisfied, "")),
        )
        .then_message();
    assert_eq!(
        message,
        "反馈期限已过（自2026年5月8日答复起20个工作日，至2026年6月4日），按设置不再受理反馈"
    );
    g.t.when_on(
        date(2026, 6, 4),
        feedback(item, unit, g.deputies[0], rated(Rating::Satisfied, "")),
    )
    .then_events(&["代表反馈"]);
}

#[test]
fn a_leads_dissatisfaction_sends_the_item_back_with_a_shorter_deadline() {
    let mut g = given();
    let item = replied(&mut g, "B");
    let (unit, wang, li) = (g.units[0], g.deputies[0], g.deputies[1]);
    // A co-signer's 不满意 is recorded and sends nothing back.
    g.t.acting_for(Desk::Deputy, "李娜", How::InPerson);
    let e = g.t.given_on(
        date(2026, 5, 15),
        feedback(item, unit, li, rated(Rating::Dissatisfied, "进度太慢")),
    );
    assert!(matches!(
        &e[0].kind,
        EventKind::Handling(HandlingEvent::FeedbackGiven { second: None, .. })
    ));
    // The lead's: back to the unit for one month from the feedback.
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(
            item,
            unit,
            wang,
            rated(Rating::Dissatisfied, "只修了主干道"),
        ),
    );
    let s = g.t.state();
    let a = &s.handling.assignments[&item];
    let task = a.task(unit).unwrap();
    assert_eq!(task.round(), 2);
    assert!(task.replied.is_none());
    assert_eq!(task.due(), Some(date(2026, 6, 22)));
    assert_eq!(
        task.clock.as_ref().unwrap().explain(),
        "自2026年5月20日交回重办起1个月，至2026年6月22日（2026年6月20日为节假日，顺延至下一个工作日）"
    );
    // The new clock is the warning's.
    assert_eq!(warning(s, a, date(2026, 6, 23)).colour, Colour::Red);
    // A new reply only after the meeting on it.
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 6, 1), reply(item, unit, "A"))
        .then_refused(HandlingRejection::NoMeetingYet {
            on: "2026年5月20日".into(),
        });
    g.t.given_on(
        date(2026, 5, 28),
        HandlingCommand::RecordMeeting {
            item,
            unit,
            meeting: Meeting {
                participants: "王伟代表、交通运输局局长、代表工委".into(),
                conclusions: "6月底前完成背街小巷修缮".into(),
            },
        },
    );
    g.t.given_on(date(2026, 6, 15), reply(item, unit, "A"));
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.given_on(
        date(2026, 6, 20),
        feedback(item, unit, wang, rated(Rating::Satisfied, "")),
    );
    let s = g.t.state();
    let f = facts(s, item, date(2026, 6, 20)).unwrap();
    assert_eq!(f.round, 2);
    assert_eq!(f.replied, Some(date(2026, 6, 15)));
    assert_eq!(f.satisfaction, Some(Satisfaction::Rated(Rating::Satisfied)));
    // The first round's B promise stands on the follow-up list until it
    // is marked done, whatever the second round answered.
    assert_eq!(
        f.realisation,
        Some(Realisation::Promised(Some(date(2026, 10, 31))))
    );
    let list = follow_ups(s);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].replied.reply.class.code, "B");
    // The meeting of the second handling is among the item's supervision.
    let records = jianyi_core::supervision::records_of(s, item);
    assert!(matches!(
        &records[..],
        [jianyi_core::supervision::ItemRecord::SecondHandling { on, conclusions, .. }]
            if *on == date(2026, 5, 28) && conclusions == "6月底前完成背街小巷修缮"
    ));
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 9, 30),
        HandlingCommand::MarkRealised {
            item,
            unit,
            evidence: "背街小巷修缮竣工验收".into(),
        },
    );
    let s = g.t.state();
    assert_eq!(
        facts(s, item, date(2026, 10, 1)).unwrap().realisation,
        Some(Realisation::Realised(date(2026, 9, 30)))
    );
    assert!(follow_ups(s)[0].realised.is_some());
    // Both rounds, in order, on the deputy's timeline.
    let lines: Vec<(&str, String)> = timeline(s, item)
        .into_iter()
        .rev()
        .filter(|e| ["答复", "代表反馈", "交回重办", "二次办理座谈"].contains(&e.what))
        .map(|e| (e.what, e.text))
        .collect();
    let whats: Vec<&str> = lines.iter().map(|(w, _)| *w).collect();
    assert_eq!(
        whats,
        [
            "答复",
            "代表反馈",
            "代表反馈",
            "交回重办",
            "二次办理座谈",
            "答复",
            "代表反馈"
        ]
    );
    assert!(lines[3].1.starts_with("王伟代表对办理结果不满意"));
    assert!(lines[5].1.contains("第2轮答复（A类"));
}

#[test]
fn the_office_may_send_a_reply_back_with_its_reason() {
    let mut g = given();
    let item = replied(&mut g, "D");
    let unit = g.units[0];
    let send = |reason: &str| HandlingCommand::SendBack {
        item,
        unit,
        reason: reason.into(),
    };
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 5, 12), send("答复敷衍"))
        .then_refused_where(
            |r| matches!(r, Rejection::Handling(HandlingRejection::WrongDesk { .. })),
            "the office's act",
        );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2026, 5, 12), send(" "))
        .then_refused_where(|r| r.message_zh().contains("交回重办的理由"), "a reason");
    g.t.when_on(date(2026, 5, 12), send("答复未回应代表所提问题"))
        .then_events(&["交回重办"]);
    let task = g.t.state().handling.assignments[&item].task(unit).unwrap();
    assert_eq!(task.due(), Some(date(2026, 6, 12)));
    assert!(matches!(
        task.reopened(),
        Some((d, Reopened::Decided { .. })) if d == date(2026, 5, 12)
    ));
}

#[test]
fn a_commitment_promises_and_stays_on_the_follow_up_list_until_realised() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, unit, &[g.deputies[0]]));
    let mut f = fields("B");
    f.promise = None;
    g.t.when_on(
        date(2026, 5, 8),
        HandlingCommand::Reply {
            item,
            unit,
            fields: f,
        },
    )
    .then_message()
    .contains("B类（正在解决或列入计划）是承诺事项：请填写承诺办理的事项和完成时限")
    .then_some(())
    .expect("a commitment needs its promise");
    let mut f = fields("A");
    f.promise = fields("B").promise;
    g.t.when_on(
        date(2026, 5, 8),
        HandlingCommand::Reply {
            item,
            unit,
            fields: f,
        },
    )
    .then_refused(HandlingRejection::Promise {
        class: "A类（已解决或采纳）".into(),
        needed: false,
    });
    g.t.given_on(date(2026, 5, 8), reply(item, unit, "B"));
    let s = g.t.state();
    let list = follow_ups(s);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].promise.unwrap().by, date(2026, 10, 31));
    assert_eq!(list[0].year, 2026);
    assert!(list[0].realised.is_none());
    let f = facts(s, item, date(2026, 5, 9)).unwrap();
    assert_eq!(
        f.realisation,
        Some(Realisation::Promised(Some(date(2026, 10, 31))))
    );
    assert!(!f.realisation.unwrap().realised());
    // Carried into 2027 with the plan the directors' meeting approved.
    g.t.at_desk(Desk::CommitteeOffice);
    let carry = |year: i32| HandlingCommand::CarryOver {
        item,
        unit,
        year,
        steps: vec![PlanStep {
            what: "完成剩余街巷改造".into(),
            by: date(2027, 6, 30),
        }],
        approval: "县人大常委会第二十五次主任会议".into(),
    };
    g.t.when_on(date(2026, 12, 20), carry(2026))
        .then_refused(HandlingRejection::CarryYear {
            year: 2026,
            after: 2026,
        });
    g.t.when_on(date(2026, 12, 20), carry(2027))
        .then_events(&["承诺事项结转"]);
    let list = follow_ups(g.t.state());
    assert_eq!(list[0].year, 2027);
    assert!(list[0].in_year(2026) && list[0].in_year(2027) && !list[0].in_year(2028));
    // 已办成, with its date and evidence, by the unit.
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2027, 5, 30),
        HandlingCommand::MarkRealised {
            item,
            unit,
            evidence: " ".into(),
        },
    )
    .then_refused_where(|r| r.message_zh().contains("办成的依据"), "evidence");
    g.t.given_on(
        date(2027, 5, 30),
        HandlingCommand::MarkRealised {
            item,
            unit,
            evidence: "竣工验收报告".into(),
        },
    );
    let s = g.t.state();
    assert_eq!(
        follow_ups(s)[0].realised,
        Some(&(date(2027, 5, 30), "竣工验收报告".to_string()))
    );
    let f = facts(s, item, date(2027, 6, 1)).unwrap();
    assert_eq!(
        f.realisation,
        Some(Realisation::Realised(date(2027, 5, 30)))
    );
    assert!(f.realisation.unwrap().realised());
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2027, 12, 20), carry(2028))
        .then_refused(HandlingRejection::NotACommitment {
            unit: "县交通运输局".into(),
        });
}

#[test]
fn the_office_closes_an_item_once_its_reply_and_feedback_are_in() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    let close = || HandlingCommand::Close { item };
    g.t.when_on(date(2026, 4, 1), close())
        .then_refused(HandlingRejection::NotReadyToClose {
            missing: "县交通运输局尚未答复".into(),
        });
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, unit, &[g.deputies[0]]));
    g.t.given_on(date(2026, 5, 8), reply(item, unit, "A"));
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2026, 5, 9), close())
        .then_refused(HandlingRejection::NotReadyToClose {
            missing: "王伟代表尚未反馈对县交通运输局答复的意见（反馈期限至2026年6月4日）".into(),
        });
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(
            item,
            g.units[0],
            g.deputies[0],
            rated(Rating::BasicallySatisfied, ""),
        ),
    );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2026, 5, 21), close())
        .then_events(&["办结"]);
    let s = g.t.state();
    let f = facts(s, item, date(2026, 5, 21)).unwrap();
    assert_eq!(f.closed, Some(date(2026, 5, 21)));
    assert_eq!(
        f.satisfaction,
        Some(Satisfaction::Rated(Rating::BasicallySatisfied))
    );
    g.t.when_on(date(2026, 5, 22), close())
        .then_refused(HandlingRejection::ItemClosed {
            on: "2026年5月21日".into(),
        });
    g.t.when_on(
        date(2026, 5, 22),
        HandlingCommand::SendBack {
            item,
            unit,
            reason: "x".into(),
        },
    )
    .then_refused(HandlingRejection::ItemClosed {
        on: "2026年5月21日".into(),
    });
}

#[test]
fn an_item_without_feedback_by_the_windows_end_may_be_closed_as_unanswered() {
    let mut g = given();
    let item = replied(&mut g, "A");
    g.t.when_on(date(2026, 6, 5), HandlingCommand::Close { item })
        .then_events(&["办结"]);
    let f = facts(g.t.state(), item, date(2026, 6, 5)).unwrap();
    assert_eq!(
        f.satisfaction,
        Some(Satisfaction::NoAnswer(NoFeedback::Unanswered))
    );
}

/// The state of an office holding `events` that then imports `extra`, in
/// that order (what does not apply is kept as a conflict).
fn folded(events: &[Event], extra: &[Event]) -> State {
    let mut s = State::from_events(events.to_vec());
    for e in extra {
        if let Err(c) = s.apply(e) {
            s.conflicts.push(c);
        }
    }
    s
}

#[test]
fn packets_that_cross_never_reopen_the_wrong_round_or_a_closed_item() {
    let mut g = given();
    let item = replied(&mut g, "D");
    let (unit, wang, li) = (g.units[0], g.deputies[0], g.deputies[1]);
    // Another copy, as it stood after the reply, acts on round 1.
    let mut other = Given::office_named("测试县", 9).with_events(g.t.events_so_far().to_vec());
    other.at_desk(Desk::CommitteeOffice);
    let sent_back = other.given_on(
        date(2026, 6, 16),
        HandlingCommand::SendBack {
            item,
            unit,
            reason: "答复未回应代表所提问题".into(),
        },
    );
    // Here the lead's 不满意 sent it back first, and the unit replied again.
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(item, unit, wang, rated(Rating::Dissatisfied, "没有解决")),
    );
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 5, 28),
        HandlingCommand::RecordMeeting {
            item,
            unit,
            meeting: Meeting {
                participants: "王伟代表、交通运输局".into(),
                conclusions: "6月底前修缮".into(),
            },
        },
    );
    g.t.given_on(date(2026, 6, 15), reply(item, unit, "A"));
    // The crossed 交回重办 of round 1 does not send round 2 back.
    let s = folded(g.t.events_so_far(), &sent_back);
    assert_eq!(s.handling.assignments[&item].task(unit).unwrap().round(), 2);
    assert!(
        s.conflicts
            .iter()
            .any(|c| c.reason.contains("已经交回重办（或已有新的答复）"))
    );

    // A co-signer's answer that claims to reopen is not a reopening.
    let forged = g.t.events_so_far().to_vec();
    let clock = forged.iter().find_map(|e| match &e.kind {
        EventKind::Handling(HandlingEvent::FeedbackGiven { second, .. }) => second.clone(),
        _ => None,
    });
    let mut station = Given::office_named("测试县", 7).with_events(forged.clone());
    station.acting_for(Desk::Deputy, "李娜", How::InPerson);
    let mut answer = station.given_on(
        date(2026, 6, 20),
        feedback(item, unit, li, rated(Rating::Dissatisfied, "太慢")),
    );
    if let EventKind::Handling(HandlingEvent::FeedbackGiven { second, .. }) = &mut answer[0].kind {
        *second = clock;
    }
    let s = folded(&forged, &answer);
    assert_eq!(s.handling.assignments[&item].task(unit).unwrap().round(), 2);
    assert!(
        s.conflicts
            .iter()
            .any(|c| c.reason.contains("只有领衔代表"))
    );
}

#[test]
fn a_late_dissatisfaction_by_packet_does_not_reopen_a_closed_item() {
    let mut g = given();
    let item = replied(&mut g, "A");
    let unit = g.units[0];
    let mut station = Given::office_named("测试县", 7).with_events(g.t.events_so_far().to_vec());
    g.t.given_on(date(2026, 6, 5), HandlingCommand::Close { item });
    station.acting_for(Desk::Deputy, "王伟", How::InPerson);
    let late = station.given_on(
        date(2026, 6, 8),
        feedback(
            item,
            unit,
            g.deputies[0],
            rated(Rating::Dissatisfied, "没有解决"),
        ),
    );
    // Closed first: the answer is kept, the item stays closed in round 1.
    let s = folded(g.t.events_so_far(), &late);
    let a = &s.handling.assignments[&item];
    assert_eq!(a.closed, Some(date(2026, 6, 5)));
    assert_eq!(a.task(unit).unwrap().round(), 1);
    // The answer first: the item went back, so the close is a conflict.
    let closed = g.t.events_so_far().last().unwrap().clone();
    let s = folded(station.events_so_far(), &[closed]);
    let a = &s.handling.assignments[&item];
    assert_eq!(a.closed, None);
    assert!(s.conflicts.iter().any(|c| c.reason.contains("办结未生效")));
}

#[test]
fn closing_and_carrying_over_are_dated_sensibly_and_mixed_answers_stand() {
    let mut g = given();
    let item = replied(&mut g, "B");
    let unit = g.units[0];
    g.t.when_on(date(2026, 5, 1), HandlingCommand::Close { item })
        .then_refused(HandlingRejection::BeforeReply {
            act: "办结",
            replied: "2026年5月8日".into(),
        });
    let carry = |year: i32| HandlingCommand::CarryOver {
        item,
        unit,
        year,
        steps: vec![PlanStep {
            what: "完成剩余街巷改造".into(),
            by: date(2027, 6, 30),
        }],
        approval: "第二十五次主任会议".into(),
    };
    g.t.when_on(date(2026, 5, 20), carry(2030))
        .then_refused(HandlingRejection::CarryYear {
            year: 2030,
            after: 2026,
        });
    g.t.when_on(date(2026, 5, 1), carry(2027))
        .then_refused(HandlingRejection::BeforeReply {
            act: "结转",
            replied: "2026年5月8日".into(),
        });
    // One lead of two answered, the other stayed silent past the window:
    // the answer given stands for the item.
    let mut g = given();
    let (wang, liu) = (g.deputies[0], g.deputies[3]);
    let a = submitted(&mut g, wang, &[], "关于改善城关镇老旧小区道路的建议");
    let b = submitted(&mut g, liu, &[], "关于修缮城关镇背街小巷的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id: a });
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Merge { id: b, into: a });
    g.t.given_on(
        date(2026, 3, 2),
        HandlingCommand::Assign {
            item: a,
            handling: Handling::Joint {
                lead: unit,
                co: vec![],
            },
        },
    );
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(a, unit, &[wang, liu]));
    g.t.given_on(date(2026, 5, 8), reply(a, unit, "A"));
    g.t.acting_for(Desk::Deputy, "王伟", How::InPerson);
    g.t.given_on(
        date(2026, 5, 20),
        feedback(a, unit, wang, rated(Rating::BasicallySatisfied, "")),
    );
    let f = facts(g.t.state(), a, date(2026, 6, 10)).unwrap();
    assert_eq!(
        f.satisfaction,
        Some(Satisfaction::Rated(Rating::BasicallySatisfied))
    );
}

#[path = "handling_with_deputy/refusals.rs"]
mod refusals;

#[path = "handling_with_deputy/figures.rs"]
mod figures;

#[path = "handling_with_deputy/surveys.rs"]
mod surveys;

#[path = "handling_with_deputy/meetings.rs"]
mod meetings;

#[path = "handling_with_deputy/statistics.rs"]
mod statistics;
