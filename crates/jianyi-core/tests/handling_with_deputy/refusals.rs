//! Every refusal of the handling commands the other tests leave
//! untested (issue 14): one rule a test, given the least situation that
//! reaches it, when the command, then the exact rejection, and for several
//! the sentence a clerk reads. The fixtures are the parent's.

use super::*;
use jianyi_core::input::InputRejection;
use jianyi_core::settings::ClockStart;

/// 王伟's item co-signed by 李娜 and 张强, accepted on 27 February 2026
/// at the committee office's desk, not yet assigned.
fn accepted(g: &mut Office) -> SuggestionId {
    let (lead, co) = (g.deputies[0], vec![g.deputies[1], g.deputies[2]]);
    let id = submitted(g, lead, &co, "关于改善城关镇老旧小区道路的建议");
    g.t.given_on(date(2026, 2, 27), ReviewCommand::Accept { id });
    id
}

fn reply_with(item: SuggestionId, unit: UnitId, fields: ReplyFields) -> HandlingCommand {
    HandlingCommand::Reply { item, unit, fields }
}

/// `assigned`, communicated with 王伟 on 5 March: a reply may be filed;
/// at the unit's desk.
fn communicated(g: &mut Office) -> SuggestionId {
    let item = assigned(g);
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 5), talk(item, g.units[0], &[g.deputies[0]]));
    item
}

/// `communicated`, replied by 交通运输局 on 8 May 2026 with `fields`; at
/// the unit's desk.
fn replied_with(g: &mut Office, fields: ReplyFields) -> SuggestionId {
    let item = communicated(g);
    g.t.given_on(date(2026, 5, 8), reply_with(item, g.units[0], fields));
    item
}

/// Accepts exactly the missing `field`, and checks the clerk is told to
/// fill that field in.
fn missing(field: &'static str) -> impl Fn(&Rejection) -> bool {
    move |r| {
        *r == Rejection::Input(InputRejection::Missing { field })
            && r.message_zh() == format!("请填写“{field}”")
    }
}

// ---- Receipt and return (交办、签收、退办).

#[test]
fn only_an_assigned_item_is_signed_for_communicated_on_or_closed() {
    let mut g = given();
    let item = accepted(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 3, 3), HandlingCommand::SignFor { item, unit })
        .then_refused(HandlingRejection::NotAssigned);
    g.t.when_on(date(2026, 3, 3), talk(item, unit, &[g.deputies[0]]))
        .then_refused(HandlingRejection::NotAssigned);
    g.t.at_desk(Desk::CommitteeOffice);
    let msg =
        g.t.when_on(date(2026, 3, 3), HandlingCommand::Close { item })
            .then_message();
    assert_eq!(msg, "这件建议尚未交办");
}

#[test]
fn only_a_unit_that_holds_the_item_signs_for_it() {
    let mut g = given();
    let item = assigned(&mut g);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 3, 3),
        HandlingCommand::SignFor {
            item,
            unit: g.units[2],
        },
    )
    .then_refused(HandlingRejection::NotHeldBy {
        unit: "县财政局".into(),
    });
    let msg =
        g.t.when_on(
            date(2026, 3, 3),
            HandlingCommand::SignFor {
                item,
                unit: g.units[2],
            },
        )
        .then_message();
    assert_eq!(msg, "“县财政局”不是这件建议的承办单位");
}

#[test]
fn a_return_is_asked_once_until_the_office_decides_on_it() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    let ask = || HandlingCommand::AskReturn {
        item,
        unit,
        reason: "属住建部门职责".into(),
    };
    g.t.at_desk(Desk::Unit);
    g.t.given_on(date(2026, 3, 4), ask());
    g.t.when_on(date(2026, 3, 5), ask())
        .then_refused(HandlingRejection::ReturnPending {
            on: "2026年3月4日".into(),
        });
    let msg = g.t.when_on(date(2026, 3, 5), ask()).then_message();
    assert_eq!(msg, "已于2026年3月4日申请退办，等待代表工委决定");
}

#[test]
fn a_reply_waits_while_the_unit_asks_to_return_the_item() {
    let mut g = given();
    let item = communicated(&mut g);
    let unit = g.units[0];
    g.t.given_on(
        date(2026, 3, 6),
        HandlingCommand::AskReturn {
            item,
            unit,
            reason: "属住建部门职责".into(),
        },
    );
    g.t.when_on(date(2026, 3, 9), reply_with(item, unit, fields("A")))
        .then_refused(HandlingRejection::ReturnPending {
            on: "2026年3月6日".into(),
        });
}

#[test]
fn the_office_decides_only_on_a_return_that_was_asked() {
    let mut g = given();
    let item = assigned(&mut g);
    let (unit, other) = (g.units[0], g.units[2]);
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(
        date(2026, 3, 5),
        HandlingCommand::ApproveReturn {
            item,
            unit,
            to: other,
            comment: String::new(),
        },
    )
    .then_refused(HandlingRejection::NoReturnAsked {
        unit: "县交通运输局".into(),
    });
    let msg =
        g.t.when_on(
            date(2026, 3, 5),
            HandlingCommand::RefuseReturn {
                item,
                unit,
                reason: "职责明确".into(),
            },
        )
        .then_message();
    assert_eq!(msg, "“县交通运输局”没有待决定的退办申请");
}

#[test]
fn a_returned_item_is_not_given_to_a_unit_that_already_holds_it() {
    let mut g = given();
    let item = assigned(&mut g);
    let (road, housing) = (g.units[0], g.units[1]);
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 3, 4),
        HandlingCommand::AskReturn {
            item,
            unit: road,
            reason: "属住建部门职责".into(),
        },
    );
    g.t.at_desk(Desk::CommitteeOffice);
    // 住建局 is already the co-unit: it cannot also take the lead's part.
    g.t.when_on(
        date(2026, 3, 5),
        HandlingCommand::ApproveReturn {
            item,
            unit: road,
            to: housing,
            comment: "改由住建局主办".into(),
        },
    )
    .then_refused(HandlingRejection::UnitTwice {
        unit: "县住房和城乡建设局".into(),
    });
}

// ---- Communication, plan, progress, co-units: what must be written.

#[test]
fn a_communication_says_what_it_focused_on() {
    let mut g = given();
    let item = assigned(&mut g);
    let mut c = talk(item, g.units[0], &[g.deputies[0]]);
    if let HandlingCommand::Communicate { communication, .. } = &mut c {
        communication.focus = " ".into();
    }
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 3, 5), c)
        .then_refused_where(missing("沟通重点"), "the focus is required");
}

#[test]
fn each_step_of_a_plan_says_what_is_done_and_the_refusal_names_the_step() {
    let mut g = given();
    let item = assigned(&mut g);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 3, 6),
        HandlingCommand::SetPlan {
            item,
            unit: g.units[0],
            steps: vec![
                PlanStep {
                    what: "摸底登记破损路段".into(),
                    by: date(2026, 3, 31),
                },
                PlanStep {
                    what: "  ".into(),
                    by: date(2026, 5, 31),
                },
            ],
        },
    )
    .then_refused_where(missing("第2步"), "the second step is named");
}

#[test]
fn progress_reported_to_the_deputy_says_what_progressed() {
    let mut g = given();
    let item = assigned(&mut g);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 4, 20),
        HandlingCommand::ReportProgress {
            item,
            unit: g.units[0],
            text: " ".into(),
        },
    )
    .then_refused_where(missing("办理进展"), "the progress is required");
}

#[test]
fn a_co_units_opinion_is_written_and_a_countersign_asked_on_a_written_draft() {
    let mut g = given();
    let item = assigned(&mut g);
    let (lead, co) = (g.units[0], g.units[1]);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 3, 20),
        HandlingCommand::SendOpinion {
            item,
            unit: co,
            text: String::new(),
        },
    )
    .then_refused_where(missing("协办意见"), "the opinion is required");
    g.t.when_on(
        date(2026, 3, 20),
        HandlingCommand::AskCountersign {
            item,
            unit: lead,
            co,
            draft: " ".into(),
        },
    )
    .then_refused_where(missing("答复稿"), "the draft is required");
}

// ---- Extensions.

#[test]
fn an_extension_is_asked_only_once_the_reply_clock_runs_from_the_receipt() {
    let mut g = given();
    g.t.given_on(
        date(2026, 1, 1),
        OfficeCommand::ChangeSettings(SettingsGroup::Deadlines(Deadlines {
            reply_from: ClockStart::Receipt,
            ..Deadlines::default()
        })),
    );
    let item = assigned(&mut g);
    let unit = g.units[0];
    let ask = || HandlingCommand::AskExtension {
        item,
        unit,
        until: date(2026, 7, 1),
        reason: "涉及跨年度财政预算安排".into(),
    };
    g.t.at_desk(Desk::Unit);
    g.t.when_on(date(2026, 3, 3), ask())
        .then_refused(HandlingRejection::NoClockYet);
    let msg = g.t.when_on(date(2026, 3, 3), ask()).then_message();
    assert_eq!(msg, "答复期限自签收之日起算，签收后才能申请延期");
    // Signed for on 3 March: due 3 June, and the request is taken.
    g.t.given_on(date(2026, 3, 3), HandlingCommand::SignFor { item, unit });
    g.t.when_on(date(2026, 3, 4), ask())
        .then_events(&["申请延期"]);
}

#[test]
fn an_extension_is_asked_with_its_reason() {
    let mut g = given();
    let item = assigned(&mut g);
    g.t.at_desk(Desk::Unit);
    g.t.when_on(
        date(2026, 5, 20),
        HandlingCommand::AskExtension {
            item,
            unit: g.units[0],
            until: date(2026, 8, 31),
            reason: "  ".into(),
        },
    )
    .then_refused_where(missing("延期理由"), "the reason is required");
}

#[test]
fn the_office_decides_only_on_an_extension_that_was_asked_and_not_yet_decided() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    let approve = || HandlingCommand::ApproveExtension {
        item,
        unit,
        until: date(2026, 8, 31),
        comment: "同意".into(),
    };
    let refuse = || HandlingCommand::RefuseExtension {
        item,
        unit,
        reason: "理由不充分".into(),
    };
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(date(2026, 5, 22), approve())
        .then_refused(HandlingRejection::NoExtensionAsked {
            unit: "县交通运输局".into(),
        });
    let msg = g.t.when_on(date(2026, 5, 22), refuse()).then_message();
    assert_eq!(msg, "“县交通运输局”没有待决定的延期申请");
    // Asked, then approved: nothing is left to decide.
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 5, 20),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 8, 31),
            reason: "涉及跨年度财政预算安排".into(),
        },
    );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(date(2026, 5, 22), approve());
    g.t.when_on(date(2026, 5, 23), refuse())
        .then_refused(HandlingRejection::NoExtensionAsked {
            unit: "县交通运输局".into(),
        });
}

#[test]
fn an_extension_is_refused_only_with_a_reason() {
    let mut g = given();
    let item = assigned(&mut g);
    let unit = g.units[0];
    g.t.at_desk(Desk::Unit);
    g.t.given_on(
        date(2026, 5, 20),
        HandlingCommand::AskExtension {
            item,
            unit,
            until: date(2026, 8, 31),
            reason: "涉及跨年度财政预算安排".into(),
        },
    );
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(
        date(2026, 5, 22),
        HandlingCommand::RefuseExtension {
            item,
            unit,
            reason: String::new(),
        },
    )
    .then_refused_where(missing("不同意延期的理由"), "the reason is required");
}

// ---- The reply: its class, text, signer, number, contact and disclosure.

#[test]
fn a_reply_names_its_class() {
    let mut g = given();
    let item = communicated(&mut g);
    let mut f = fields("A");
    f.class = " ".into();
    let msg =
        g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f.clone()))
            .then_message();
    assert_eq!(msg, "请选择答复类别");
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
        .then_refused(HandlingRejection::NoClass);
}

#[test]
fn a_reply_has_a_text() {
    let mut g = given();
    let item = communicated(&mut g);
    let mut f = fields("A");
    f.text = "  ".into();
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
        .then_refused_where(missing("答复正文"), "the text is required");
}

/// Empties one field of a reply.
type Blank = fn(&mut ReplyFields);

#[test]
fn a_reply_is_signed_by_the_units_head_numbered_and_gives_a_contact_person_and_phone() {
    let mut g = given();
    let item = communicated(&mut g);
    let blanks: [(&'static str, Blank); 4] = [
        ("签发人", |f| f.signer = " ".into()),
        ("发文字号", |f| f.doc_number = String::new()),
        ("联系人", |f| f.contact = "　".into()),
        ("联系电话", |f| f.phone = String::new()),
    ];
    for (field, blank) in blanks {
        let mut f = fields("A");
        blank(&mut f);
        g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
            .then_refused_where(missing(field), field);
    }
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], fields("A")))
        .then_events(&["答复"]);
}

#[test]
fn a_reply_not_made_public_says_why() {
    let mut g = given();
    let item = communicated(&mut g);
    let mut f = fields("A");
    f.disclosure = Disclosure::NotPublic { reason: " ".into() };
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
        .then_refused_where(missing("不公开的理由"), "the reason is required");
}

#[test]
fn a_public_summary_leaves_out_the_passages_marked_not_public() {
    let mut g = given();
    let item = communicated(&mut g);
    let mut f = fields("A");
    f.disclosure = Disclosure::Summary {
        summary: "道路改造已列入2026年度计划。联系人家中电话13800000000。".into(),
    };
    let msg =
        g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f.clone()))
            .then_message();
    assert_eq!(
        msg,
        "公开摘要中含有标为不公开的段落“联系人家中电话13800000000。”"
    );
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f.clone()))
        .then_refused(HandlingRejection::PrivateInSummary {
            passage: "联系人家中电话13800000000。".into(),
        });
    // A part of the passage is refused too: the phone number alone.
    f.disclosure = Disclosure::Summary {
        summary: "道路改造已列入2026年度计划，可致电13800000000了解。".into(),
    };
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f.clone()))
        .then_refused(HandlingRejection::PrivateInSummary {
            passage: "联系人家中电话13800000000。".into(),
        });
    // What the public part of the text says anyway is no leak, though
    // the private passage says it too.
    f.text = "城关镇老旧小区道路改造已列入2026年度计划。城关镇老旧小区道路改造的负责人家中电话13800000000。".into();
    f.private_passages = vec!["城关镇老旧小区道路改造的负责人家中电话13800000000。".into()];
    f.disclosure = Disclosure::Summary {
        summary: "城关镇老旧小区道路改造已列入2026年度计划，负责人电话13800000000。".into(),
    };
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f.clone()))
        .then_refused(HandlingRejection::PrivateInSummary {
            passage: "城关镇老旧小区道路改造的负责人家中电话13800000000。".into(),
        });
    f.disclosure = Disclosure::Summary {
        summary: "城关镇老旧小区道路改造已列入2026年度计划。".into(),
    };
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
        .then_events(&["答复"]);
}

#[test]
fn a_commitment_promises_something_by_a_date_not_before_the_reply() {
    let mut g = given();
    let item = communicated(&mut g);
    let mut f = fields("B");
    f.promise = Some(Promise {
        what: "城关镇老旧小区道路改造完工".into(),
        by: date(2026, 5, 1),
    });
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f.clone()))
        .then_refused(HandlingRejection::PromiseInThePast {
            by: "2026年5月1日".into(),
            on: "2026年5月8日".into(),
        });
    let msg =
        g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
            .then_message();
    assert_eq!(
        msg,
        "承诺完成时限（2026年5月1日）不能早于答复日期（2026年5月8日）"
    );
    let mut f = fields("B");
    f.promise = Some(Promise {
        what: " ".into(),
        by: date(2026, 10, 31),
    });
    g.t.when_on(date(2026, 5, 8), reply_with(item, g.units[0], f))
        .then_refused_where(missing("承诺事项"), "the promise says what");
}

// ---- Letters and disclosure.

#[test]
fn a_letter_is_delivered_and_a_disclosure_registered_only_after_the_reply() {
    let mut g = given();
    let item = communicated(&mut g);
    let unit = g.units[0];
    g.t.when_on(
        date(2026, 5, 10),
        HandlingCommand::DeliverLetter {
            item,
            unit,
            deputy: g.deputies[0],
            how: Delivery::InPerson,
        },
    )
    .then_refused(HandlingRejection::NotReplied {
        unit: "县交通运输局".into(),
    });
    let msg =
        g.t.when_on(
            date(2026, 5, 10),
            HandlingCommand::Disclose {
                item,
                unit,
                place: "县交通运输局网站政务公开栏目".into(),
            },
        )
        .then_message();
    assert_eq!(msg, "“县交通运输局”尚未答复");
}

#[test]
fn a_reply_not_made_public_is_not_registered_as_disclosed() {
    let mut g = given();
    let mut f = fields("A");
    f.disclosure = Disclosure::NotPublic {
        reason: "涉及个人隐私".into(),
    };
    let item = replied_with(&mut g, f);
    let unit = g.units[0];
    let s = g.t.state();
    let task = s.handling.assignments[&item].task(unit).unwrap();
    assert!(task.replied.as_ref().unwrap().disclosure_due.is_none());
    let disclose = || HandlingCommand::Disclose {
        item,
        unit,
        place: "县交通运输局网站政务公开栏目".into(),
    };
    g.t.when_on(date(2026, 5, 12), disclose())
        .then_refused(HandlingRejection::NotPublic {
            reason: "涉及个人隐私".into(),
        });
    let msg = g.t.when_on(date(2026, 5, 12), disclose()).then_message();
    assert_eq!(
        msg,
        "这份答复定为不公开（理由：涉及个人隐私），无需登记公开"
    );
}

#[test]
fn a_reply_is_registered_as_disclosed_once_and_says_where() {
    let mut g = given();
    let item = replied_with(&mut g, fields("A"));
    let unit = g.units[0];
    let disclose = |place: &str| HandlingCommand::Disclose {
        item,
        unit,
        place: place.into(),
    };
    g.t.when_on(date(2026, 5, 12), disclose(" "))
        .then_refused_where(missing("公开的位置（网站栏目、公告栏等）"), "a place");
    g.t.given_on(date(2026, 5, 12), disclose("县交通运输局网站政务公开栏目"));
    g.t.when_on(date(2026, 5, 13), disclose("县政府公告栏"))
        .then_refused(HandlingRejection::Disclosed {
            on: "2026年5月12日".into(),
        });
    let msg =
        g.t.when_on(date(2026, 5, 13), disclose("县政府公告栏"))
            .then_message();
    assert_eq!(msg, "这份答复已于2026年5月12日登记公开");
}

// ---- After the reply: feedback, second handling, commitments.

#[test]
fn a_reply_is_sent_back_or_answered_by_the_deputy_only_once_it_was_filed() {
    let mut g = given();
    let item = communicated(&mut g);
    let (unit, wang) = (g.units[0], g.deputies[0]);
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.when_on(
        date(2026, 5, 12),
        HandlingCommand::SendBack {
            item,
            unit,
            reason: "答复未回应代表所提问题".into(),
        },
    )
    .then_refused(HandlingRejection::NotReplied {
        unit: "县交通运输局".into(),
    });
    g.t.acting_for(Desk::CommitteeOffice, "王伟", How::PaperKeyedIn);
    g.t.when_on(
        date(2026, 5, 12),
        HandlingCommand::GiveFeedback {
            item,
            unit,
            deputy: wang,
            feedback: rated(Rating::Satisfied, ""),
        },
    )
    .then_refused(HandlingRejection::NotReplied {
        unit: "县交通运输局".into(),
    });
}

#[test]
fn feedback_is_not_kept_at_a_leaders_office() {
    let mut g = given();
    let item = replied_with(&mut g, fields("A"));
    let mut leader =
        Given::office_named("县长办公室", 13).with_events(g.t.events_so_far().to_vec());
    leader.at_desk(Desk::Leader);
    leader.given(OfficeCommand::SetProfile(OfficeProfile::new(
        "示范县人民政府县长办公室",
        "示范县",
        OfficeLevel::County,
        OfficeRole::LeaderOffice,
    )));
    leader.acting_for(Desk::Leader, "王伟", How::InPerson);
    let feedback = || HandlingCommand::GiveFeedback {
        item,
        unit: g.units[0],
        deputy: g.deputies[0],
        feedback: rated(Rating::Satisfied, ""),
    };
    leader.when_on(date(2026, 5, 20), feedback()).then_refused(
        HandlingRejection::FeedbackNotHere {
            role: "领导办公室"
        },
    );
    let msg = leader.when_on(date(2026, 5, 20), feedback()).then_message();
    assert_eq!(
        msg,
        "领导办公室不登记代表的征询意见：请在代表联络站或代表工委登记"
    );
}

#[test]
fn a_meeting_of_second_handling_is_held_only_on_an_item_sent_back() {
    let mut g = given();
    let item = replied_with(&mut g, fields("A"));
    let meeting = || HandlingCommand::RecordMeeting {
        item,
        unit: g.units[0],
        meeting: Meeting {
            participants: "王伟代表、交通运输局局长".into(),
            conclusions: "6月底前完成背街小巷修缮".into(),
        },
    };
    g.t.when_on(date(2026, 5, 20), meeting())
        .then_refused(HandlingRejection::NotSentBack);
    let msg = g.t.when_on(date(2026, 5, 20), meeting()).then_message();
    assert_eq!(msg, "二次办理座谈只用于交回重办的建议");
}

#[test]
fn a_meeting_of_second_handling_names_who_took_part_and_what_was_concluded() {
    let mut g = given();
    let item = replied_with(&mut g, fields("A"));
    let unit = g.units[0];
    g.t.at_desk(Desk::CommitteeOffice);
    g.t.given_on(
        date(2026, 5, 12),
        HandlingCommand::SendBack {
            item,
            unit,
            reason: "答复未回应代表所提问题".into(),
        },
    );
    g.t.at_desk(Desk::Unit);
    let meeting = |participants: &str, conclusions: &str| HandlingCommand::RecordMeeting {
        item,
        unit,
        meeting: Meeting {
            participants: participants.into(),
            conclusions: conclusions.into(),
        },
    };
    g.t.when_on(date(2026, 5, 20), meeting(" ", "6月底前完成修缮"))
        .then_refused_where(missing("参加人员"), "who took part");
    g.t.when_on(date(2026, 5, 20), meeting("王伟代表、交通运输局局长", ""))
        .then_refused_where(missing("座谈结论"), "what was concluded");
}

#[test]
fn a_promise_is_marked_done_once() {
    let mut g = given();
    let item = replied_with(&mut g, fields("B"));
    let realised = |evidence: &str| HandlingCommand::MarkRealised {
        item,
        unit: g.units[0],
        evidence: evidence.into(),
    };
    g.t.given_on(date(2026, 9, 30), realised("竣工验收报告"));
    g.t.when_on(date(2026, 10, 1), realised("再次验收"))
        .then_refused(HandlingRejection::AlreadyRealised {
            on: "2026年9月30日".into(),
        });
    let msg =
        g.t.when_on(date(2026, 10, 1), realised("再次验收"))
            .then_message();
    assert_eq!(msg, "这项承诺已于2026年9月30日登记办成");
}

#[test]
fn a_commitment_is_carried_over_with_a_plan_of_written_future_steps_and_the_meeting_that_approved_it()
 {
    let mut g = given();
    let item = replied_with(&mut g, fields("B"));
    let unit = g.units[0];
    let carry = |steps: Vec<PlanStep>, approval: &str| HandlingCommand::CarryOver {
        item,
        unit,
        year: 2027,
        steps,
        approval: approval.into(),
    };
    let step = |what: &str, by| PlanStep {
        what: what.into(),
        by,
    };
    g.t.at_desk(Desk::CommitteeOffice);
    let on = date(2026, 12, 20);
    g.t.when_on(on, carry(vec![], "县人大常委会第二十五次主任会议"))
        .then_refused(HandlingRejection::NoPlanSteps);
    g.t.when_on(
        on,
        carry(
            vec![step("完成剩余街巷改造", date(2026, 12, 1))],
            "县人大常委会第二十五次主任会议",
        ),
    )
    .then_refused(HandlingRejection::StepInThePast {
        n: 1,
        by: "2026年12月1日".into(),
        on: "2026年12月20日".into(),
    });
    g.t.when_on(
        on,
        carry(
            vec![step(" ", date(2027, 6, 30))],
            "县人大常委会第二十五次主任会议",
        ),
    )
    .then_refused_where(missing("计划步骤"), "each step says what");
    g.t.when_on(
        on,
        carry(vec![step("完成剩余街巷改造", date(2027, 6, 30))], " "),
    )
    .then_refused_where(missing("主任会议"), "the approving meeting");
}
