//! 三提, the drafting checks made exact: the element checklist against
//! filler and boilerplate, similar items by title or by ask, and the
//! negative-list and one-matter hints against ordinary words, measured on
//! a table of real-sounding sentences.

use jianyi_core::directory::{DeputyFields, DirectoryCommand, SessionFields};
use jianyi_core::raising::checks::{self, Keyword};
use jianyi_core::raising::{Draft, RaisingCommand};
use jianyi_core::review::{ReviewCommand, ReviewRejection};
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;

/// An office with two sessions (last year's and this one's) and a deputy.
struct Office {
    t: Given,
    lead: DeputyId,
    last_year: SessionId,
    session: SessionId,
}

fn given() -> Office {
    let mut t = Given::office();
    let g: DelegationId = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let lead = t.added(DirectoryCommand::AddDeputy(DeputyFields::new("王伟", g)));
    let last_year = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第二次会议".into(),
        starts: date(2026, 1, 10),
        ends: date(2026, 1, 13),
    }));
    let session = t.added(DirectoryCommand::AddSession(SessionFields {
        name: "第十五届人民代表大会第三次会议".into(),
        starts: date(2027, 1, 10),
        ends: date(2027, 1, 13),
    }));
    Office {
        t,
        lead,
        last_year,
        session,
    }
}

fn complete(g: &Office, title: &str) -> Draft {
    g.t.complete_draft(g.lead, Some(g.session), title)
}

fn submitting(g: &mut Office, d: Draft) -> jianyi_core::testkit::Then<'_> {
    let id: SuggestionId = g.t.added(RaisingCommand::CreateDraft(d));
    g.t.when(ReviewCommand::SubmitDraft { id })
}

// ---------------------------------------------------------------------
// The element check: filler is not content, boilerplate not length.

#[test]
fn an_ask_of_one_repeated_character_is_too_short_to_submit() {
    let mut g = given();
    let mut d = complete(&g, "关于改善城关镇老旧小区道路的建议");
    d.ask = "啊啊啊啊啊啊啊啊啊啊".into();
    submitting(&mut g, d).then_refused(ReviewRejection::Incomplete {
        missing: vec!["“建议”过于简略（1字，至少15字）".into()],
    });
}

#[test]
fn elements_of_only_punctuation_are_missing() {
    let mut g = given();
    let mut d = complete(&g, "关于改善城关镇老旧小区道路的建议");
    d.ask = "。。。。。".into();
    d.measures = "………".into();
    submitting(&mut g, d).then_refused(ReviewRejection::Incomplete {
        missing: vec!["“建议”".into(), "“对策”".into()],
    });
}

#[test]
fn the_boilerplate_of_a_title_does_not_count_toward_its_length() {
    let mut g = given();
    // 关于修路的建议 has 7 characters, but only 修路 says what it is about.
    let d = complete(&g, "关于修路的建议");
    submitting(&mut g, d).then_refused(ReviewRejection::Incomplete {
        missing: vec!["“案由”过于简略（2字，至少6字）".into()],
    });
    let d = complete(&g, "关于修缮城关镇道路的议案");
    assert_eq!(checks::title_core(&d.title), "修缮城关镇道路");
    submitting(&mut g, d).then_events(&["提交建议"]);
}

#[test]
fn filler_counts_as_almost_nothing_and_real_text_in_full() {
    for (text, chars) in [
        ("啊啊啊啊啊啊啊啊啊啊", 1),
        ("。。。。。", 0),
        ("………", 0),
        ("啊，啊，啊，啊，啊", 1),
        ("哈哈哈哈嘿嘿嘿嘿哈哈哈哈", 2),
        ("家家户户常常走访", 8),
        ("将老旧小区道路纳入年度改造计划。", 15),
    ] {
        assert_eq!(checks::meaningful_chars(text), chars, "{text}");
    }
}

// ---------------------------------------------------------------------
// Similar items: the same matter by title, or by ask.

/// An item of last year's session, already in the state.
fn earlier(g: &mut Office, title: &str, ask: &str) -> SuggestionId {
    let mut d = g.t.complete_draft(g.lead, Some(g.last_year), title);
    d.ask = ask.into();
    g.t.added(RaisingCommand::CreateDraft(d))
}

fn similar_to(g: &Office, title: &str, ask: &str) -> Vec<SuggestionId> {
    let mut d = complete(g, title);
    d.ask = ask.into();
    checks::check(g.t.state(), &d, None, 1)
        .similar
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn an_item_with_the_same_title_is_similar_whatever_its_ask() {
    let mut g = given();
    let old = earlier(
        &mut g,
        "关于改善城关镇老旧小区道路的建议",
        "由县住建局在明年汛期前对城关镇十二个老旧小区的雨污管网进行分流改造，消除积水点。",
    );
    let found = similar_to(
        &g,
        "关于改善城关镇老旧小区道路的建议",
        "对城关镇老旧小区破损路面实施沥青罩面，并同步增设无障碍坡道和夜间照明设施。",
    );
    assert_eq!(found, vec![old]);
}

#[test]
fn an_item_with_the_same_ask_is_similar_whatever_its_title() {
    let mut g = given();
    let ask = "在县城至北山镇之间开通城乡公交线路，每日往返不少于六班。";
    let old = earlier(&mut g, "关于方便北山镇群众进城出行的建议", ask);
    let found = similar_to(&g, "关于完善我县城乡客运网络的建议", ask);
    assert_eq!(found, vec![old]);
}

#[test]
fn an_item_on_another_matter_is_not_similar() {
    let mut g = given();
    earlier(
        &mut g,
        "关于改善西河乡残疾人康复服务的建议",
        "在西河乡卫生院设立残疾人康复站，配备专职康复师。",
    );
    assert!(
        similar_to(
            &g,
            "关于改善城关镇老旧小区道路的建议",
            "将城关镇老旧小区道路纳入年度改造计划。"
        )
        .is_empty()
    );
}

// ---------------------------------------------------------------------
// The negative-list and one-matter hints: ordinary words do not fire.

/// Whether the hints fire on a sentence written as the ask of an
/// otherwise ordinary draft: a negative-list keyword anywhere, or an
/// enumeration of asks.
fn fires(t: &Given, sentence: &str) -> bool {
    let mut d = t.complete_draft(
        DeputyId(Uuid::nil()),
        None,
        "关于改善城关镇老旧小区道路的建议",
    );
    d.ask = sentence.into();
    let c = checks::check(t.state(), &d, None, 1);
    c.negative.iter().any(|n| !n.flagged.is_empty()) || !c.enumeration.is_empty()
}

#[test]
fn the_hints_do_not_fire_on_ordinary_words() {
    let t = Given::office();
    assert!(!fires(&t, "将城关镇老旧小区道路纳入年度改造计划。"));
    for ordinary in [
        "加大农产品区域公用品牌的宣传推广力度，提升本地茶叶的市场影响力。",
        "统筹使用中央财政衔接资金，支持脱贫村发展特色种养业。",
        "进一步加强城关镇老旧小区排水管网的日常巡查，汛期前完成清淤。",
        "为全县农村小学一、二、三年级学生配备课后托管教师。",
    ] {
        assert!(!fires(&t, ordinary), "{ordinary}");
    }
}

#[test]
fn the_hints_catch_other_enumerations_and_numbered_lists_past_nine() {
    let t = Given::office();
    for (text, markers) in [
        (
            "其一，增加公交班次；其二，新建候车亭。",
            vec!["其一", "其二"],
        ),
        (
            "首先扩建门诊楼，其次新建卫生院，再次增加村医补贴。",
            vec!["首先", "其次", "再次"],
        ),
        (
            "建议：10. 完善垃圾分类设施；11. 增设公共厕所。",
            vec!["10.", "11."],
        ),
        ("9、改造农贸市场；10、规范占道经营。", vec!["9、", "10、"]),
    ] {
        assert_eq!(checks::enumeration(text), markers, "{text}");
        assert!(fires(&t, text), "{text}");
    }
    for single in [
        "首先对全县高标准农田建设情况进行摸底。",
        "在县城新建停车场，新增车位1.5千个。",
        "为1、2年级学生开设课后托管服务。",
    ] {
        assert!(checks::enumeration(single).is_empty(), "{single}");
    }
}

#[test]
fn keywords_with_context_read_and_describe_themselves() {
    let k = Keyword::parse("中央!中央财政!中央厨房");
    assert!(k.fires("建议中央出台政策") && !k.fires("统筹中央财政资金，推广中央厨房"));
    assert_eq!(k.describe_zh(), "“中央”（“中央财政”、“中央厨房”中的除外）");
    let k = Keyword::parse("品牌+指定");
    assert!(k.fires("指定使用某品牌水泥。") && !k.fires("指定地点。推广品牌。"));
    assert_eq!(
        (k.shown(), k.describe_zh()),
        ("品牌…指定".into(), "“品牌”与“指定”在同一句中".into())
    );
    let k = Keyword::parse("进一步加强<8");
    assert!(
        k.fires("建议进一步加强管理。") && !k.fires("进一步加强城关镇老旧小区排水管网的日常巡查")
    );
    assert_eq!(k.describe_zh(), "“进一步加强”，且所在短句其余不足8字");
}

/// Real-sounding sentences of deputies' drafts, each marked whether a hint
/// should fire on it.
const TABLE: &[(&str, bool)] = &[
    // Personal or family matters.
    ("请求县政府尽快解决我家宅基地被邻居侵占的问题。", true),
    ("我儿子大学毕业三年仍未安排工作，请有关部门予以照顾。", true),
    ("本人的养老保险缴费年限计算有误，请社保局予以更正。", true),
    // Cases in litigation, arbitration or petition.
    (
        "我与某建筑公司的工程款纠纷已进入诉讼程序，请法院尽快判决。",
        true,
    ),
    (
        "该土地承包合同纠纷正在仲裁，请督促仲裁委支持村民诉求。",
        true,
    ),
    ("村民多次上访未果，请县领导亲自过问此案。", true),
    // Outside this level's jurisdiction.
    ("建议国家修改《土地管理法》，提高征地补偿标准。", true),
    ("建议国务院统一提高全国农村基础养老金标准。", true),
    // Promotion of products or firms.
    ("建议在全县推广使用我公司生产的节水灌溉设备。", true),
    ("建议各学校统一采购本公司研发的护眼台灯。", true),
    // No concrete content.
    ("建议有关部门高度重视，进一步加强管理。", true),
    ("加大力度，切实解决群众关心的问题。", true),
    // Several matters in one (一事一议).
    ("一是修缮村内道路；二是增设路灯；三是建设文化广场。", true),
    ("其一，增加公交班次；其二，新建候车亭。", true),
    (
        "首先要扩建县医院门诊楼，其次要新建乡镇卫生院，再次要增加村医补贴。",
        true,
    ),
    ("建议：10. 完善垃圾分类设施；11. 增设公共厕所。", true),
    ("9、改造农贸市场；10、规范占道经营。", true),
    ("（一）新建城东停车场；（二）施划临时停车位。", true),
    ("我父亲的工伤认定拖了两年，请人社局尽快办理。", true),
    ("请县里帮助协调我妻子所在单位拖欠的工资。", true),
    ("建议省政府把我县列入重点生态功能区转移支付范围。", true),
    ("建议推广本厂生产的有机肥，替代化肥使用。", true),
    ("请政府高度重视。", true),
    ("①修缮校舍②增加教师编制③提高乡村教师补贴", true),
    ("第一，完善路网；第二，增设公交站。", true),
    ("某村民与开发商的房屋纠纷，法院判决后一直未执行。", true),
    // Ordinary sentences with words a bare keyword list would flag.
    (
        "加大农产品区域公用品牌的宣传推广力度，提升本地茶叶的市场影响力。",
        false,
    ),
    (
        "统筹使用中央财政衔接资金，支持脱贫村发展特色种养业。",
        false,
    ),
    (
        "进一步加强城关镇老旧小区排水管网的日常巡查，汛期前完成清淤。",
        false,
    ),
    ("为全县农村小学一、二、三年级学生配备课后托管教师。", false),
    ("建议完善县人民法院诉讼服务中心的无障碍设施。", false),
    (
        "推动检察建议与代表建议衔接，拓展公益诉讼案件线索来源。",
        false,
    ),
    (
        "完善县信访接待中心的预约和引导服务，缩短群众等候时间。",
        false,
    ),
    (
        "县委县政府高度重视义务教育均衡发展，近三年新建学校六所。",
        false,
    ),
    ("将中央厨房模式引入中小学食堂，统一配送学生营养餐。", false),
    (
        "根据国务院关于加强县城建设的意见，完善县城排水防涝设施。",
        false,
    ),
    (
        "支持农民专业合作社注册自有品牌，拓宽农产品线上销售渠道。",
        false,
    ),
    ("落实困难家庭及其亲属的临时救助政策，简化审批手续。", false),
    (
        "县农业农村局首先对全县高标准农田建设情况进行一次摸底。",
        false,
    ),
    (
        "在2027年6月底前开通县城至北山镇的公交线路，票价不超过5元。",
        false,
    ),
    (
        "为1、2年级学生开设课后托管服务，所需经费由县财政保障。",
        false,
    ),
    ("在县城中心区增设三处公共停车场，新增停车位1.5千个。", false),
    ("建议县文旅局加大对我县传统村落的保护和宣传力度。", false),
    (
        "将城关镇老旧小区道路纳入2027年度改造计划，分两批实施。",
        false,
    ),
    (
        "请县人社局简化工伤认定流程，压缩办理时限至30个工作日。",
        false,
    ),
    (
        "把我县列入省级乡村振兴示范县创建名单，争取省级资金支持。",
        false,
    ),
    (
        "建立家庭医生签约服务考核机制，签约率纳入乡镇卫生院年度考核。",
        false,
    ),
    (
        "对城区主次干道的破损路面进行一次全面修补，2027年5月底前完成。",
        false,
    ),
    ("推广稻虾共作等生态种养模式，每亩补贴200元。", false),
    (
        "在各乡镇设立法律援助工作站，为群众提供免费法律咨询。",
        false,
    ),
    ("建立农村留守儿童关爱档案，每学期家访不少于两次。", false),
    ("依法规范农村土地承包经营权流转，减少合同纠纷。", false),
];

#[test]
fn the_hints_reach_ninety_percent_precision_and_recall_on_real_sentences() {
    let t = Given::office();
    let (mut tp, mut fp, mut fneg) = (0u32, 0u32, 0u32);
    let mut wrong = Vec::new();
    for (sentence, expected) in TABLE {
        let got = fires(&t, sentence);
        match (got, *expected) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            (false, false) => {}
        }
        if got != *expected {
            wrong.push(format!(
                "{sentence}（应{}）",
                if *expected { "提示" } else { "不提示" }
            ));
        }
    }
    let should = TABLE.iter().filter(|(_, e)| *e).count();
    assert!(TABLE.len() >= 30 && should * 2 >= TABLE.len() - 1 && should * 2 <= TABLE.len() + 1);
    let precision = f64::from(tp) / f64::from((tp + fp).max(1));
    let recall = f64::from(tp) / f64::from((tp + fneg).max(1));
    eprintln!(
        "hints over {} sentences: precision {precision:.3}, recall {recall:.3}; wrong: {wrong:?}",
        TABLE.len()
    );
    assert!(precision >= 0.9, "precision {precision:.3}: {wrong:?}");
    assert!(recall >= 0.9, "recall {recall:.3}: {wrong:?}");
}
