//! What each settings group of plain values shows and asks — 提出规则,
//! 办理时限, 案号格式, 撰写检查, 评议测评, 交换 — as a `Spec`: its fields, their
//! values in force (`Values`, as typed), and the `SettingsGroup` a filled-in
//! form makes. One `SettingsForm` draws each; the history of changes reads
//! the same fields to say what a change changed (`describe_change`). The
//! lists (负面清单, 专业代表工作站) have forms of their own. Ranges are the
//! core's to check (`SettingsGroup::check`): a form only reads numbers.

use std::collections::BTreeMap;

use jianyi_core::settings::{ClockStart, NoFeedback, RankingWeights, SatisfactionBasis};
use jianyi_core::settings::{
    DepartmentReview, Drafting, ElementMinimums, Evaluation, ExchangeSettings, Numbering,
    RaisingRules,
};
use jianyi_core::{Deadlines, Period, Settings, SettingsGroup};

/// A form's values by field key, as typed. A period is `unit count`.
pub type Values = BTreeMap<&'static str, String>;

/// How a field is entered.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number, with its unit (人, %, 字, 件, 年).
    Number(&'static str),
    /// On or off.
    Switch,
    Text,
    /// A `Period`: a count in months, calendar days or working days.
    Period,
    /// One of a few choices: (code, as shown).
    Choice(&'static [(&'static str, &'static str)]),
}

/// One setting of a group.
#[derive(Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    /// The setting's name, as the core's reasons name it.
    pub label: &'static str,
    pub kind: Kind,
    /// What the setting does.
    pub note: &'static str,
}

/// One group's form.
#[derive(Clone)]
pub struct Spec {
    /// The group's name and key (`SettingsGroup::label`, `key`).
    pub label: &'static str,
    pub key: &'static str,
    /// A sentence above the form, if any.
    pub intro: &'static str,
    pub fields: Vec<Field>,
    /// The group's values in `settings`.
    pub values: fn(&Settings) -> Values,
    build: fn(&Reader) -> Result<SettingsGroup, String>,
    /// A live hint beside a field, from the values typed.
    pub hint: fn(&'static str, &Values) -> Option<String>,
}

impl Spec {
    /// The group a filled-in form makes, or why the form cannot make it.
    pub fn group(&self, values: &Values) -> Result<SettingsGroup, String> {
        (self.build)(&Reader {
            values,
            fields: &self.fields,
        })
    }
}

/// Reads typed values, naming the field in a refusal.
struct Reader<'a> {
    values: &'a Values,
    fields: &'a [Field],
}

impl Reader<'_> {
    fn raw(&self, key: &str) -> &str {
        self.values.get(key).map_or("", |v| v.trim())
    }

    fn label(&self, key: &str) -> &'static str {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .map_or("", |f| f.label)
    }

    fn number(&self, key: &str) -> Result<u32, String> {
        whole(self.raw(key), self.label(key))
    }

    fn switch(&self, key: &str) -> bool {
        self.raw(key) == "true"
    }

    fn clock_start(&self, key: &str) -> Result<ClockStart, String> {
        ClockStart::from_key(self.raw(key)).ok_or_else(|| format!("请选择“{}”", self.label(key)))
    }

    fn period(&self, key: &str) -> Result<Period, String> {
        let (unit, count) = split_period(self.raw(key));
        let n = whole(count, self.label(key))?;
        Ok(match unit {
            "days" => Period::Days(n),
            "working_days" => Period::WorkingDays(n),
            _ => Period::Months(n),
        })
    }
}

fn whole(text: &str, label: &str) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| format!("“{label}”须填写整数（0或正整数），现为“{}”", text.trim()))
}

/// The units of a period: (code, as shown after the count).
pub const PERIOD_UNITS: [(&str, &str); 3] = [
    ("months", "个月"),
    ("days", "天（自然日）"),
    ("working_days", "个工作日"),
];

/// A period's value as typed: `unit count`.
fn period_value(p: Period) -> String {
    let unit = match p {
        Period::Months(_) => "months",
        Period::Days(_) => "days",
        Period::WorkingDays(_) => "working_days",
    };
    format!("{unit} {}", p.count())
}

/// (unit, count) of a period's typed value.
pub fn split_period(v: &str) -> (&str, &str) {
    v.split_once(' ').unwrap_or(("months", v))
}

/// A period's value with its unit replaced, or its count.
pub fn with_unit(v: &str, unit: &str) -> String {
    format!("{unit} {}", split_period(v).1)
}

pub fn with_count(v: &str, count: &str) -> String {
    format!("{} {count}", split_period(v).0)
}

/// A value as the 现行 column and the history show it.
pub fn shown(kind: Kind, v: &str) -> String {
    match kind {
        Kind::Number(unit) => format!("{v}{unit}"),
        Kind::Switch if v == "true" => "开启".into(),
        Kind::Switch => "关闭".into(),
        Kind::Text => v.to_string(),
        Kind::Choice(options) => options
            .iter()
            .find(|(code, _)| *code == v)
            .map_or(v, |(_, name)| name)
            .to_string(),
        Kind::Period => {
            let (unit, count) = split_period(v);
            match unit {
                "days" => format!("{count}天"),
                "working_days" => format!("{count}个工作日"),
                _ => format!("{count}个月"),
            }
        }
    }
}

/// Values from pairs (inserted one by one: collecting would sort, and
/// the sort's code is large).
fn values(pairs: Vec<(&'static str, String)>) -> Values {
    let mut out = Values::new();
    for (k, v) in pairs {
        out.insert(k, v);
    }
    out
}

const fn field(key: &'static str, label: &'static str, kind: Kind, note: &'static str) -> Field {
    Field {
        key,
        label,
        kind,
        note,
    }
}

fn no_hint(_: &'static str, _: &Values) -> Option<String> {
    None
}

/// Every group of plain values, in the order the settings page shows them.
pub fn specs() -> [Spec; 6] {
    [
        rules(),
        deadlines(),
        numbering(),
        drafting(),
        evaluation(),
        exchange(),
    ]
}

/// The spec of the group with this key, if it has plain values.
pub fn spec_of(key: &str) -> Option<Spec> {
    specs().into_iter().find(|s| s.key == key)
}

fn rules() -> Spec {
    let g = SettingsGroup::Rules(RaisingRules::default());
    Spec {
        label: g.label(),
        key: g.key(),
        intro: "",
        fields: vec![
            field(
                "township_mode",
                "乡镇模式",
                Kind::Switch,
                "开启后，新提交的建议只经主席团一次审查，由乡镇人大主席团的建议通编号；联名提出议案按乡镇人数",
            ),
            field(
                "motion_min_deputies",
                "联名提出议案人数（县级及以上）",
                Kind::Number("人"),
                "代表联名提出议案的最少人数",
            ),
            field(
                "motion_min_deputies_township",
                "联名提出议案人数（乡镇）",
                Kind::Number("人"),
                "乡镇模式下代表联名提出议案的最少人数",
            ),
            field(
                "key_candidate_min_deputies",
                "重点建议候选联名人数（含领衔代表）",
                Kind::Number("人"),
                "联名人数达到此数的建议标为重点建议候选",
            ),
        ],
        values: |s| {
            let r = &s.rules;
            values(vec![
                ("township_mode", r.township_mode.to_string()),
                ("motion_min_deputies", r.motion_min_deputies.to_string()),
                (
                    "motion_min_deputies_township",
                    r.motion_min_deputies_township.to_string(),
                ),
                (
                    "key_candidate_min_deputies",
                    r.key_candidate_min_deputies.to_string(),
                ),
            ])
        },
        build: |r| {
            Ok(SettingsGroup::Rules(RaisingRules {
                township_mode: r.switch("township_mode"),
                motion_min_deputies: r.number("motion_min_deputies")?,
                motion_min_deputies_township: r.number("motion_min_deputies_township")?,
                key_candidate_min_deputies: r.number("key_candidate_min_deputies")?,
            }))
        },
        hint: no_hint,
    }
}

/// The deadlines' keys, in the order of `Deadlines::named`.
const DEADLINE_KEYS: [&str; 10] = [
    "reply",
    "reply_extended",
    "co_unit_opinion",
    "return_window",
    "feedback_receipt",
    "second_handling",
    "rectification",
    "disclosure",
    "warning_before_deadline",
    "warning_without_progress",
];

/// What a reply deadline may count from: (code, as shown).
const NO_FEEDBACK: [(&str, &str); 2] = [
    ("unanswered", "计为未反馈（不计入满意度）"),
    ("deemed_satisfied", "视为满意"),
];

const SATISFACTION_BASIS: [(&str, &str); 2] = [
    ("satisfied_or_basically", "满意＋基本满意"),
    ("satisfied_only", "仅满意"),
];

const REPLY_FROM: [(&str, &str); 3] = [
    ("assignment", "交办之日"),
    ("receipt", "签收之日"),
    ("session_close", "大会闭会之日"),
];

const DEADLINE_NOTES: [&str; 10] = [
    "自何时起算见下方“答复期限起算”",
    "复杂建议经批准延期后，自交办之日起计算；延期理由告知代表",
    "协办单位向主办单位提出书面意见",
    "承办单位认为交办有误时申请退回；各地有5、7或10个工作日",
    "代表自收到答复之日起反馈意见",
    "代表不满意时重新办理；各地有1或2个月",
    "满意度测评未达标后整改",
    "答复后向社会公开",
    "距办理期限还有这么久时亮黄灯",
    "这么久没有新进展时亮黄灯",
];

fn deadlines() -> Spec {
    let d = Deadlines::default();
    let g = SettingsGroup::Deadlines(d.clone());
    let fields = d
        .named()
        .iter()
        .zip(DEADLINE_KEYS)
        .zip(DEADLINE_NOTES)
        .map(|(((label, _), key), note)| field(key, label, Kind::Period, note))
        .chain([
            field(
                "reply_from",
                "答复期限起算",
                Kind::Choice(&REPLY_FROM),
                "多数地方自交办之日起算；有的自承办单位签收或大会闭会之日起算。已算出的期限不随设置改变",
            ),
            field(
                "return_from",
                "退办期限起算",
                Kind::Choice(&REPLY_FROM[..2]),
                "申请退回错误交办的期限自交办或签收之日起算",
            ),
            field(
                "restart_on_reassignment",
                "重新交办后重新计时",
                Kind::Switch,
                "开启：同意退办后重新交办的单位自重新交办之日起重新计算答复期限；关闭：沿用原期限",
            ),
        ])
        .collect();
    Spec {
        label: g.label(),
        key: g.key(),
        intro: "月按自然月计算（1月31日加1个月为2月末日）；天为自然日；工作日按节假日安排计算，含调休上班日。期限自起算之日的次日开始计算，最后一日为节假日的顺延至节后第一个工作日。",
        fields,
        values: |s| {
            values(
                DEADLINE_KEYS
                    .iter()
                    .zip(s.deadlines.named())
                    .map(|(key, (_, p))| (*key, period_value(p)))
                    .chain([
                        ("reply_from", s.deadlines.reply_from.key().to_string()),
                        ("return_from", s.deadlines.return_from.key().to_string()),
                        (
                            "restart_on_reassignment",
                            s.deadlines.restart_on_reassignment.to_string(),
                        ),
                    ])
                    .collect(),
            )
        },
        build: |r| {
            let mut p = DEADLINE_KEYS.iter().map(|k| r.period(k));
            let mut next = || p.next().unwrap_or(Ok(Period::Months(0)));
            Ok(SettingsGroup::Deadlines(Deadlines {
                reply: next()?,
                reply_extended: next()?,
                co_unit_opinion: next()?,
                return_window: next()?,
                feedback_receipt: next()?,
                second_handling: next()?,
                rectification: next()?,
                disclosure: next()?,
                warning_before_deadline: next()?,
                warning_without_progress: next()?,
                reply_from: r.clock_start("reply_from")?,
                return_from: r.clock_start("return_from")?,
                restart_on_reassignment: r.switch("restart_on_reassignment"),
            }))
        },
        hint: no_hint,
    }
}

fn numbering() -> Spec {
    let g = SettingsGroup::Numbering(Numbering::default());
    Spec {
        label: g.label(),
        key: g.key(),
        intro: "",
        fields: vec![field(
            "number_format",
            "案号格式",
            Kind::Text,
            "{n} 为序号的位置，如“建字〔2026〕{n}号”；案号前另加“建议”“议案”或“某年闭会期间建议”",
        )],
        values: |s| values(vec![("number_format", s.numbering.number_format.clone())]),
        build: |r| {
            Ok(SettingsGroup::Numbering(Numbering {
                number_format: r.raw("number_format").to_string(),
            }))
        },
        hint: |key, v| match v.get(key) {
            Some(f) if f.contains("{n}") => {
                Some(format!("示例：建议{}", f.trim().replace("{n}", "12")))
            }
            _ => None,
        },
    }
}

fn drafting() -> Spec {
    let g = SettingsGroup::Drafting(Drafting::default());
    Spec {
        label: g.label(),
        key: g.key(),
        intro: "起草时随写随查：要素少于最少字数的，提示补充。",
        fields: vec![
            field("title", "案由最少字数", Kind::Number("字"), ""),
            field("basis", "案据最少字数", Kind::Number("字"), ""),
            field("ask", "建议最少字数", Kind::Number("字"), ""),
            field("measures", "对策最少字数", Kind::Number("字"), ""),
            field(
                "similarity_percent",
                "相似建议提示阈值",
                Kind::Number("%"),
                "案由或建议内容的相似度达到此值时，提示可能重复",
            ),
        ],
        values: |s| {
            let d = &s.drafting;
            let m = &d.element_minimums;
            values(vec![
                ("title", m.title.to_string()),
                ("basis", m.basis.to_string()),
                ("ask", m.ask.to_string()),
                ("measures", m.measures.to_string()),
                ("similarity_percent", d.similarity_percent.to_string()),
            ])
        },
        build: |r| {
            Ok(SettingsGroup::Drafting(Drafting {
                element_minimums: ElementMinimums {
                    title: r.number("title")?,
                    basis: r.number("basis")?,
                    ask: r.number("ask")?,
                    measures: r.number("measures")?,
                },
                similarity_percent: r.number("similarity_percent")?,
            }))
        },
        hint: no_hint,
    }
}

fn evaluation() -> Spec {
    let g = SettingsGroup::Evaluation(Evaluation::default());
    Spec {
        label: g.label(),
        key: g.key(),
        intro: "",
        fields: vec![
            field(
                "satisfaction",
                "满意度测评达标线",
                Kind::Number("%"),
                "低于此线，承办单位书面说明并整改",
            ),
            field(
                "members_weight",
                "常委会测评中组成人员的权重",
                Kind::Number("%"),
                "其余为列席代表的权重",
            ),
            field(
                "years",
                "部门评议追溯年限",
                Kind::Number("年"),
                "评议承办单位近几年办理的建议",
            ),
            field(
                "visit_all_up_to",
                "部门评议全部实地检查的件数上限",
                Kind::Number("件"),
                "建议不超过此数的单位，全部实地检查",
            ),
            field(
                "sample_from",
                "部门评议按比例抽查的起点",
                Kind::Number("件"),
                "建议达到此数的单位，按比例实地抽查",
            ),
            field(
                "sample_percent",
                "部门评议实地抽查比例",
                Kind::Number("%"),
                "",
            ),
            field(
                "middle_sample",
                "部门评议中间档抽查件数",
                Kind::Number("件"),
                "建议件数在两者之间的单位，实地抽查这么多件",
            ),
            field(
                "advanced_min",
                "先进单位评选的最少件数",
                Kind::Number("件"),
                "办理建议少于此数的单位不参加先进单位排名",
            ),
            field(
                "no_feedback",
                "反馈期满未反馈的",
                Kind::Choice(&NO_FEEDBACK),
                "代表在反馈期限内未反馈征询意见的答复如何计算；计为满意的，统计处注明",
            ),
            field(
                "feedback_window_closes",
                "反馈期满后不再受理反馈",
                Kind::Switch,
                "关闭时，期满后的反馈照常登记并标明逾期",
            ),
            field(
                "satisfaction_basis",
                "满意率计算口径",
                Kind::Choice(&SATISFACTION_BASIS),
                "计为满意的评价：领衔代表对办理结果的评价和满意度测评中，满意率＝计为满意的÷收到的评价",
            ),
            field(
                "meeting_scores",
                "常委会测评以打分方式进行",
                Kind::Switch,
                "开启时两组分别打分（每张满分100分）；关闭时填写满意、基本满意、不满意票数",
            ),
            field(
                "meeting_threshold",
                "常委会测评合格线",
                Kind::Number("%或分"),
                "综合结果低于此数的单位测评不通过，其评价为不满意的建议交回二次办理",
            ),
            field(
                "w_on_time",
                "先进单位评选：按期办复率权重",
                Kind::Number("分"),
                "",
            ),
            field(
                "w_satisfaction",
                "先进单位评选：满意率权重",
                Kind::Number("分"),
                "",
            ),
            field(
                "w_realisation",
                "先进单位评选：解决率权重",
                Kind::Number("分"),
                "",
            ),
            field(
                "w_evaluation",
                "先进单位评选：领衔代表评价权重",
                Kind::Number("分"),
                "综合得分为各项得分按权重的加权平均；某项无可计数的，不计该项",
            ),
        ],
        values: |s| {
            let e = &s.evaluation;
            let r = &e.department_review;
            values(vec![
                ("satisfaction", e.satisfaction_threshold_percent.to_string()),
                (
                    "members_weight",
                    e.meeting_members_weight_percent.to_string(),
                ),
                ("years", r.years.to_string()),
                ("visit_all_up_to", r.visit_all_up_to.to_string()),
                ("sample_from", r.sample_from.to_string()),
                ("sample_percent", r.sample_percent.to_string()),
                ("middle_sample", r.middle_sample.to_string()),
                ("advanced_min", e.advanced_unit_min_items.to_string()),
                ("no_feedback", e.no_feedback.key().to_string()),
                (
                    "feedback_window_closes",
                    e.feedback_window_closes.to_string(),
                ),
                ("satisfaction_basis", e.satisfaction_basis.key().to_string()),
                ("meeting_scores", e.meeting_scores.to_string()),
                ("meeting_threshold", e.meeting_threshold.to_string()),
                ("vote_units", e.vote_units.to_string()),
                ("w_on_time", e.ranking_weights.on_time.to_string()),
                ("w_satisfaction", e.ranking_weights.satisfaction.to_string()),
                ("w_realisation", e.ranking_weights.realisation.to_string()),
                ("w_evaluation", e.ranking_weights.evaluation.to_string()),
            ])
        },
        build: |r| {
            Ok(SettingsGroup::Evaluation(Evaluation {
                satisfaction_threshold_percent: r.number("satisfaction")?,
                meeting_members_weight_percent: r.number("members_weight")?,
                department_review: DepartmentReview {
                    years: r.number("years")?,
                    visit_all_up_to: r.number("visit_all_up_to")?,
                    sample_from: r.number("sample_from")?,
                    sample_percent: r.number("sample_percent")?,
                    middle_sample: r.number("middle_sample")?,
                },
                advanced_unit_min_items: r.number("advanced_min")?,
                no_feedback: NoFeedback::from_key(r.raw("no_feedback"))
                    .ok_or_else(|| format!("请选择“{}”", r.label("no_feedback")))?,
                feedback_window_closes: r.switch("feedback_window_closes"),
                satisfaction_basis: SatisfactionBasis::from_key(r.raw("satisfaction_basis"))
                    .ok_or_else(|| format!("请选择“{}”", r.label("satisfaction_basis")))?,
                meeting_scores: r.switch("meeting_scores"),
                meeting_threshold: r.number("meeting_threshold")?,
                vote_units: r.switch("vote_units"),
                ranking_weights: RankingWeights {
                    on_time: r.number("w_on_time")?,
                    satisfaction: r.number("w_satisfaction")?,
                    realisation: r.number("w_realisation")?,
                    evaluation: r.number("w_evaluation")?,
                },
            }))
        },
        hint: |key, v| match (key, v.get(key).map(|x| x.trim().parse::<u32>())) {
            ("members_weight", Some(Ok(n))) if n <= 100 => {
                Some(format!("列席代表的权重为{}%", 100 - n))
            }
            _ => None,
        },
    }
}

fn exchange() -> Spec {
    let g = SettingsGroup::Exchange(ExchangeSettings::default());
    Spec {
        label: g.label(),
        key: g.key(),
        intro: "",
        fields: vec![
            field(
                "packet_limit_mb",
                "交换包大小上限",
                Kind::Number("MB"),
                "导入前先看文件大小，超过此值的文件不读取",
            ),
            field(
                "backup_reminder_days",
                "整库备份提醒间隔",
                Kind::Number("天"),
                "距上次整库备份满此天数，首页提醒导出整库备份",
            ),
        ],
        values: |s| {
            values(vec![
                ("packet_limit_mb", s.exchange.packet_limit_mb.to_string()),
                (
                    "backup_reminder_days",
                    s.exchange.backup_reminder_days.to_string(),
                ),
            ])
        },
        build: |r| {
            Ok(SettingsGroup::Exchange(ExchangeSettings {
                packet_limit_mb: r.number("packet_limit_mb")?,
                backup_reminder_days: r.number("backup_reminder_days")?,
            }))
        },
        hint: no_hint,
    }
}

/// What a change of settings changed against the group before it (the
/// defaults for a group's first change), as the history shows it.
pub fn describe_change(before: &SettingsGroup, after: &SettingsGroup) -> String {
    let parts: Vec<String> = match (before, after) {
        (SettingsGroup::NegativeList(a), SettingsGroup::NegativeList(b)) => {
            let mut out = names_diff(
                a.iter().map(|i| i.title.as_str()),
                b.iter().map(|i| i.title.as_str()),
            );
            for item in b {
                if a.iter()
                    .any(|x| x.title == item.title && x.keywords != item.keywords)
                {
                    out.push(format!("修改“{}”的关键词", item.title));
                }
            }
            out
        }
        (SettingsGroup::ProfessionalStations(a), SettingsGroup::ProfessionalStations(b)) => {
            names_diff(a.iter().map(String::as_str), b.iter().map(String::as_str))
        }
        (SettingsGroup::ReplyClasses(a), SettingsGroup::ReplyClasses(b)) => {
            let label = |c: &jianyi_core::settings::ReplyClass| {
                format!("{}（{}）", c.label(), c.outcome.label())
            };
            let (la, lb): (Vec<String>, Vec<String>) =
                (a.iter().map(label).collect(), b.iter().map(label).collect());
            let mut out = names_diff(la.iter().map(String::as_str), lb.iter().map(String::as_str));
            for c in b {
                if a.iter().any(|x| {
                    x.code == c.code
                        && x.name == c.name
                        && x.outcome == c.outcome
                        && x.definition != c.definition
                }) {
                    out.push(format!("修改{}类的定义", c.code));
                }
            }
            out
        }
        (SettingsGroup::Calendar(a), SettingsGroup::Calendar(b)) => {
            let years = |c: &jianyi_core::settings::CalendarSettings| {
                c.holidays
                    .0
                    .keys()
                    .map(|y| format!("{y}年节假日安排"))
                    .collect::<Vec<_>>()
            };
            let (ya, yb) = (years(a), years(b));
            let mut out = names_diff(ya.iter().map(String::as_str), yb.iter().map(String::as_str));
            for (year, t) in &b.holidays.0 {
                if a.holidays.0.get(year).is_some_and(|old| old != t) {
                    out.push(format!("修改{year}年节假日安排"));
                }
            }
            let yes = |on: bool| if on { "是" } else { "否" };
            if a.counting.count_start_day != b.counting.count_start_day {
                out.push(format!(
                    "起算日当天计入：{}",
                    yes(b.counting.count_start_day)
                ));
            }
            if a.counting.move_off_holidays != b.counting.move_off_holidays {
                out.push(format!(
                    "末日逢节假日顺延：{}",
                    yes(b.counting.move_off_holidays)
                ));
            }
            out
        }
        _ => match spec_of(after.key()) {
            Some(spec) => {
                let (mut x, mut y) = (Settings::default(), Settings::default());
                x.set(before);
                y.set(after);
                let (old, new) = ((spec.values)(&x), (spec.values)(&y));
                spec.fields
                    .iter()
                    .filter(|f| old.get(f.key) != new.get(f.key))
                    .map(|f| {
                        let v = |m: &Values| shown(f.kind, m.get(f.key).map_or("", String::as_str));
                        format!("{}：{} → {}", f.label, v(&old), v(&new))
                    })
                    .collect()
            }
            None => Vec::new(),
        },
    };
    if parts.is_empty() {
        "调整顺序或重新确认，内容未变".into()
    } else {
        parts.join("；")
    }
}

/// Names added and removed between two lists.
fn names_diff<'a>(
    a: impl Iterator<Item = &'a str> + Clone,
    b: impl Iterator<Item = &'a str> + Clone,
) -> Vec<String> {
    let quote = |v: Vec<&str>| {
        v.iter()
            .map(|n| format!("“{n}”"))
            .collect::<Vec<_>>()
            .join("、")
    };
    let added: Vec<&str> = b.clone().filter(|n| !a.clone().any(|x| x == *n)).collect();
    let removed: Vec<&str> = a.filter(|n| !b.clone().any(|x| x == *n)).collect();
    let mut out = Vec::new();
    if !added.is_empty() {
        out.push(format!("增加{}", quote(added)));
    }
    if !removed.is_empty() {
        out.push(format!("删除{}", quote(removed)));
    }
    out
}
