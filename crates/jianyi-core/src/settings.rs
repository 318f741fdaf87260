//! `Settings`: every number and list of domain.md §1–§4, each with its default.
//!
//! Code never holds a bare 80, 0.6 or 3: it asks the settings. A change of
//! settings is itself an event that replaces one named group
//! (`SettingsGroup`), so two offices changing different groups both keep
//! their change, and open deadlines can keep the settings they were
//! computed with. A change applies from its event's business date on
//! (`office::OfficeSlice::settings_on`). `SettingsGroup::normalized` and
//! `SettingsGroup::check` say what a change may hold, with Chinese reasons.
//! Besides domain.md's numbers, `ExchangeSettings` holds the packet size the
//! import reads.

use crate::read::ReadJson;
use serde::{Deserialize, Serialize};

/// A length of time as the rules state it: calendar months, calendar days or
/// working days (which follow the holiday table, including make-up days).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(tag = "unit", content = "n", rename_all = "snake_case")]
pub enum Period {
    /// Calendar months; 31 January + 1 month = the last day of February.
    Months(u32),
    /// Calendar days.
    Days(u32),
    /// Working days by the national holiday table.
    WorkingDays(u32),
}

impl Period {
    /// How many months, days or working days.
    pub fn count(&self) -> u32 {
        match self {
            Period::Months(n) | Period::Days(n) | Period::WorkingDays(n) => *n,
        }
    }

    /// The period as a clerk reads it, e.g. `3个月`, `20个工作日`.
    pub fn label(&self) -> String {
        match self {
            Period::Months(n) => format!("{n}个月"),
            Period::Days(n) => format!("{n}天"),
            Period::WorkingDays(n) => format!("{n}个工作日"),
        }
    }
}

/// The clocks of domain.md §4.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Deadlines {
    /// Reply, counted from assignment.
    pub reply: Period,
    /// Reply of a complex item after an approved extension, from assignment.
    pub reply_extended: Period,
    /// A co-unit's written opinion to the lead unit.
    pub co_unit_opinion: Period,
    /// Asking to return a wrong assignment.
    pub return_window: Period,
    /// The deputy's feedback after receiving the reply.
    pub feedback_receipt: Period,
    /// Second handling after a dissatisfied feedback.
    pub second_handling: Period,
    /// Rectification after a failed satisfaction survey.
    pub rectification: Period,
    /// Disclosure after the reply.
    pub disclosure: Period,
    /// Yellow warning this long before the deadline.
    pub warning_before_deadline: Period,
    /// Yellow warning after this long without progress.
    pub warning_without_progress: Period,
    /// What the reply deadline counts from (交办, the unit's 签收, or the
    /// session's close).
    #[serde(default)]
    pub reply_from: ClockStart,
    /// What the return window counts from (交办 or 签收; the session's
    /// close is not a choice).
    #[serde(default)]
    pub return_from: ClockStart,
    /// Whether a reassignment after an approved return restarts the reply
    /// deadline from the reassignment, or the new unit continues the old
    /// one.
    #[serde(default = "restart_by_default")]
    pub restart_on_reassignment: bool,
}

fn restart_by_default() -> bool {
    true
}

/// The act a clock counts from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ClockStart {
    /// 交办: the business date of the assignment.
    #[default]
    Assignment,
    /// 签收: the business date of the unit's receipt.
    Receipt,
    /// 大会闭会: the last day of the item's session (an item raised in
    /// recess counts from its assignment).
    SessionClose,
    /// 交回重办: a second handling's clock, from the act that sent the
    /// item back (never a setting: not in `ALL`).
    SentBack,
}

impl ClockStart {
    pub const ALL: [ClockStart; 3] = [
        ClockStart::Assignment,
        ClockStart::Receipt,
        ClockStart::SessionClose,
    ];

    /// The act, as a deadline's explanation names it (自…交办起).
    pub fn act(self) -> &'static str {
        match self {
            ClockStart::Assignment => "交办",
            ClockStart::Receipt => "签收",
            ClockStart::SessionClose => "大会闭会",
            ClockStart::SentBack => "交回重办",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ClockStart::Assignment => "assignment",
            ClockStart::Receipt => "receipt",
            ClockStart::SessionClose => "session_close",
            ClockStart::SentBack => "sent_back",
        }
    }

    pub fn from_key(key: &str) -> Option<ClockStart> {
        ClockStart::ALL.into_iter().find(|c| c.key() == key)
    }
}

impl Deadlines {
    /// Each clock with its Chinese name, in the order of domain.md §4.
    pub fn named(&self) -> [(&'static str, Period); 10] {
        [
            ("答复", self.reply),
            ("延期后答复", self.reply_extended),
            ("协办单位意见", self.co_unit_opinion),
            ("申请退回错误交办", self.return_window),
            ("代表反馈", self.feedback_receipt),
            ("二次办理", self.second_handling),
            ("测评未达标后整改", self.rectification),
            ("答复后公开", self.disclosure),
            ("黄色预警（临近期限）", self.warning_before_deadline),
            ("黄色预警（无进展）", self.warning_without_progress),
        ]
    }
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines {
            reply: Period::Months(3),
            reply_extended: Period::Months(6),
            co_unit_opinion: Period::Months(1),
            return_window: Period::WorkingDays(5),
            feedback_receipt: Period::WorkingDays(20),
            second_handling: Period::Months(1),
            rectification: Period::Months(1),
            disclosure: Period::WorkingDays(20),
            warning_before_deadline: Period::Days(15),
            warning_without_progress: Period::Days(30),
            reply_from: ClockStart::Assignment,
            return_from: ClockStart::Assignment,
            restart_on_reassignment: true,
        }
    }
}

/// One item of the negative list (负面清单, Gushi's 五不提): what the drafter
/// confirms the suggestion is not, and the words that hint it might be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct NegativeItem {
    pub title: String,
    /// Words that hint at the item, each plain or with context
    /// (`raising::checks::Keyword`): `甲+乙` in one sentence, `甲!丙` not
    /// inside 丙, `甲<8` in a bare clause of fewer than 8 other characters.
    pub keywords: Vec<String>,
}

/// Minimum lengths, in characters, for an element of a draft to count as
/// substantive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct ElementMinimums {
    pub title: u32,
    pub basis: u32,
    pub ask: u32,
    pub measures: u32,
}

impl Default for ElementMinimums {
    fn default() -> Self {
        ElementMinimums {
            title: 6,
            basis: 30,
            ask: 15,
            measures: 30,
        }
    }
}

/// The department review's sampling rule (部门评议嵌入评).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct DepartmentReview {
    /// How many years of a unit's items are reviewed.
    pub years: u32,
    /// Up to this many items, every item is visited on site.
    pub visit_all_up_to: u32,
    /// From this many items, a percentage is visited.
    pub sample_from: u32,
    /// The percentage visited from `sample_from` items.
    pub sample_percent: u32,
    /// Items visited between the two bounds.
    pub middle_sample: u32,
}

impl Default for DepartmentReview {
    fn default() -> Self {
        DepartmentReview {
            years: 2,
            visit_all_up_to: 10,
            sample_from: 20,
            sample_percent: 50,
            middle_sample: 10,
        }
    }
}

/// The raising rules: township mode and the thresholds of joint raising.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(default)]
pub struct RaisingRules {
    /// Township mode: one presidium review instead of three.
    pub township_mode: bool,
    /// Deputies needed to raise a motion jointly at county level and above.
    pub motion_min_deputies: u32,
    /// Deputies needed to raise a motion jointly in a township.
    pub motion_min_deputies_township: u32,
    /// Co-signers, the lead deputy included, that make a key candidate.
    pub key_candidate_min_deputies: u32,
}

impl Default for RaisingRules {
    fn default() -> Self {
        RaisingRules {
            township_mode: false,
            motion_min_deputies: 10,
            motion_min_deputies_township: 5,
            key_candidate_min_deputies: 10,
        }
    }
}

/// How numbers (案号) are written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(default)]
pub struct Numbering {
    /// The number's format; `{n}` is the sequence number.
    pub number_format: String,
}

impl Default for Numbering {
    fn default() -> Self {
        Numbering {
            number_format: "第{n}号".to_string(),
        }
    }
}

/// The drafting checks' thresholds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(default)]
pub struct Drafting {
    pub element_minimums: ElementMinimums,
    /// Items at least this similar (percent, character bigrams of the
    /// title's core, or of the ask: the higher) are shown as related.
    pub similarity_percent: u32,
}

impl Default for Drafting {
    fn default() -> Self {
        Drafting {
            element_minimums: ElementMinimums::default(),
            similarity_percent: 40,
        }
    }
}

/// The evaluations' numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(default)]
pub struct Evaluation {
    /// Below this satisfaction (percent) a unit explains and rectifies.
    pub satisfaction_threshold_percent: u32,
    /// Weight (percent) of the committee members' scores at the evaluation
    /// meeting; the attending deputies have the rest.
    pub meeting_members_weight_percent: u32,
    pub department_review: DepartmentReview,
    /// Fewest items a unit must have handled to be ranked as advanced.
    pub advanced_unit_min_items: u32,
    /// What a reply without the deputy's feedback by the end of the
    /// receipt window counts as (never silently satisfied).
    pub no_feedback: NoFeedback,
    /// Whether feedback is refused after the receipt window (otherwise it
    /// is taken, marked late).
    pub feedback_window_closes: bool,
    /// What counts as satisfied in every satisfaction rate.
    pub satisfaction_basis: SatisfactionBasis,
    /// Whether the evaluation meeting's groups score each unit (out of
    /// 100) rather than answer 满意 / 基本满意 / 不满意.
    pub meeting_scores: bool,
    /// Below this composite (percent, or points when scored) a unit fails
    /// the meeting, and its items rated 不满意 go to second handling.
    pub meeting_threshold: u32,
    /// The advanced units' ranking: each part's weight.
    pub ranking_weights: RankingWeights,
    /// Whether the congress's anonymous vote rates the units too, besides
    /// the four organs.
    pub vote_units: bool,
}

/// The weights of the advanced units' ranking, in points (the score is
/// their weighted mean over the parts a unit has).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(default)]
pub struct RankingWeights {
    pub on_time: u32,
    pub satisfaction: u32,
    pub realisation: u32,
    pub evaluation: u32,
}

impl Default for RankingWeights {
    fn default() -> Self {
        RankingWeights {
            on_time: 30,
            satisfaction: 30,
            realisation: 20,
            evaluation: 20,
        }
    }
}

/// What counts as satisfied in a satisfaction rate: 满意 and 基本满意
/// (the usual figure), or 满意 alone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum SatisfactionBasis {
    #[default]
    SatisfiedOrBasically,
    SatisfiedOnly,
}

impl SatisfactionBasis {
    pub const ALL: [SatisfactionBasis; 2] = [
        SatisfactionBasis::SatisfiedOrBasically,
        SatisfactionBasis::SatisfiedOnly,
    ];

    /// How the rate is written, e.g. 满意率（满意＋基本满意）.
    pub fn label(self) -> &'static str {
        match self {
            SatisfactionBasis::SatisfiedOrBasically => "满意＋基本满意",
            SatisfactionBasis::SatisfiedOnly => "仅满意",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            SatisfactionBasis::SatisfiedOrBasically => "satisfied_or_basically",
            SatisfactionBasis::SatisfiedOnly => "satisfied_only",
        }
    }

    pub fn from_key(key: &str) -> Option<SatisfactionBasis> {
        SatisfactionBasis::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// What a reply left without the deputy's feedback by the end of the
/// receipt window counts as: shown wherever it applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum NoFeedback {
    /// 未反馈: no answer, outside every satisfaction rate's answers.
    #[default]
    Unanswered,
    /// 视为满意: counted as satisfied, and said so beside the figure.
    DeemedSatisfied,
}

impl NoFeedback {
    pub const ALL: [NoFeedback; 2] = [NoFeedback::Unanswered, NoFeedback::DeemedSatisfied];

    pub fn label(self) -> &'static str {
        match self {
            NoFeedback::Unanswered => "未反馈",
            NoFeedback::DeemedSatisfied => "视为满意",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            NoFeedback::Unanswered => "unanswered",
            NoFeedback::DeemedSatisfied => "deemed_satisfied",
        }
    }

    pub fn from_key(key: &str) -> Option<NoFeedback> {
        NoFeedback::ALL.into_iter().find(|c| c.key() == key)
    }
}

impl Default for Evaluation {
    fn default() -> Self {
        Evaluation {
            satisfaction_threshold_percent: 80,
            meeting_members_weight_percent: 60,
            department_review: DepartmentReview::default(),
            advanced_unit_min_items: 5,
            no_feedback: NoFeedback::Unanswered,
            feedback_window_closes: false,
            satisfaction_basis: SatisfactionBasis::SatisfiedOrBasically,
            meeting_scores: false,
            meeting_threshold: 60,
            ranking_weights: RankingWeights::default(),
            vote_units: false,
        }
    }
}

/// Exchange between offices (domain.md §6): how large a packet file the
/// import reads, and how often a whole backup is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(default)]
pub struct ExchangeSettings {
    /// The largest packet file read, in MB (10⁶ bytes), checked before the
    /// file is read.
    pub packet_limit_mb: u32,
    /// Days after the last whole backup from which 首页 reminds to make one
    /// (`backup::backup_reminder`). Settings stored before it read 7.
    pub backup_reminder_days: u32,
}

impl Default for ExchangeSettings {
    fn default() -> Self {
        ExchangeSettings {
            packet_limit_mb: 50,
            backup_reminder_days: 7,
        }
    }
}

impl ExchangeSettings {
    /// The limit in bytes.
    pub fn packet_limit_bytes(&self) -> u64 {
        u64::from(self.packet_limit_mb) * 1_000_000
    }
}

/// The highest packet size limit a setting may ask for, in MB: a check,
/// not a rule of domain.md — a browser reading a larger file at once runs
/// out of memory.
pub const MAX_PACKET_LIMIT_MB: u32 = 500;

/// The longest interval the backup reminder may wait, in days: a check,
/// not a rule of domain.md — a year without a backup is no reminder.
pub const MAX_BACKUP_REMINDER_DAYS: u32 = 365;

/// What a reply class counts as, in every figure that reads replies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ReplyOutcome {
    /// Solved or adopted: counts as realised at once.
    Solved,
    /// A promise to follow up (being solved, in the plan, or later when
    /// conditions allow): joins the follow-up list and counts as realised
    /// only once marked done.
    Commitment,
    /// Kept for reference, or not solvable under law and policy.
    NotSolvable,
}

impl ReplyOutcome {
    pub const ALL: [ReplyOutcome; 3] = [
        ReplyOutcome::Solved,
        ReplyOutcome::Commitment,
        ReplyOutcome::NotSolvable,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ReplyOutcome::Solved => "计为已解决",
            ReplyOutcome::Commitment => "计为承诺事项（须跟踪落实）",
            ReplyOutcome::NotSolvable => "计为留作参考或不能解决",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ReplyOutcome::Solved => "solved",
            ReplyOutcome::Commitment => "commitment",
            ReplyOutcome::NotSolvable => "not_solvable",
        }
    }
}

/// A class of reply (答复类别): its code (A), name, the definition shown
/// wherever a unit classes its reply, and what it counts as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct ReplyClass {
    pub code: String,
    pub name: String,
    pub definition: String,
    pub outcome: ReplyOutcome,
}

impl ReplyClass {
    /// e.g. B类（正在解决或列入计划）.
    pub fn label(&self) -> String {
        format!("{}类（{}）", self.code, self.name)
    }
}

/// The four classes most localities use (domain.md §3 stage 6).
pub fn default_reply_classes() -> Vec<ReplyClass> {
    let class = |code: &str, name: &str, definition: &str, outcome| ReplyClass {
        code: code.into(),
        name: name.into(),
        definition: definition.into(),
        outcome,
    };
    vec![
        class(
            "A",
            "已解决或采纳",
            "代表建议所提问题已经解决，或建议已被采纳",
            ReplyOutcome::Solved,
        ),
        class(
            "B",
            "正在解决或列入计划",
            "所提问题正在解决，或已列入工作计划并明确解决时限",
            ReplyOutcome::Commitment,
        ),
        class(
            "C",
            "因条件限制待以后解决",
            "所提问题因目前条件限制，需要以后逐步解决",
            ReplyOutcome::Commitment,
        ),
        class(
            "D",
            "留作参考或不能解决",
            "所提建议留作工作参考，或因法律、政策规定等原因不能解决",
            ReplyOutcome::NotSolvable,
        ),
    ]
}

/// Every number and list the rules need, with the defaults of domain.md,
/// in named groups: a change replaces one group, never the whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub rules: RaisingRules,
    pub deadlines: Deadlines,
    pub numbering: Numbering,
    pub drafting: Drafting,
    pub negative_list: Vec<NegativeItem>,
    /// Gushi's professional stations (专业代表工作站).
    pub professional_stations: Vec<String>,
    pub evaluation: Evaluation,
    pub exchange: ExchangeSettings,
    pub calendar: CalendarSettings,
    /// The reply classes, in order.
    pub reply_classes: Vec<ReplyClass>,
}

/// The working-day calendar (domain.md §4): how periods are counted
/// (Civil Code arts. 201 and 203 by default) and the holiday table of each
/// year, shipped for 2025 and 2026, a year's table added when the State
/// Council publishes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct CalendarSettings {
    #[serde(default)]
    pub counting: crate::calendar::Counting,
    #[serde(default)]
    pub holidays: crate::calendar::Holidays,
}

/// One named group of settings, as a change carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum SettingsGroup {
    Rules(RaisingRules),
    Deadlines(Deadlines),
    Numbering(Numbering),
    Drafting(Drafting),
    NegativeList(Vec<NegativeItem>),
    ProfessionalStations(Vec<String>),
    Evaluation(Evaluation),
    Exchange(ExchangeSettings),
    Calendar(CalendarSettings),
    ReplyClasses(Vec<ReplyClass>),
}

impl SettingsGroup {
    /// The group's key, for its version.
    pub fn key(&self) -> &'static str {
        match self {
            SettingsGroup::Rules(_) => "rules",
            SettingsGroup::Deadlines(_) => "deadlines",
            SettingsGroup::Numbering(_) => "numbering",
            SettingsGroup::Drafting(_) => "drafting",
            SettingsGroup::NegativeList(_) => "negative_list",
            SettingsGroup::ProfessionalStations(_) => "professional_stations",
            SettingsGroup::Evaluation(_) => "evaluation",
            SettingsGroup::Exchange(_) => "exchange",
            SettingsGroup::Calendar(_) => "calendar",
            SettingsGroup::ReplyClasses(_) => "reply_classes",
        }
    }

    /// The group's Chinese name.
    pub fn label(&self) -> &'static str {
        match self {
            SettingsGroup::Rules(_) => "提出规则",
            SettingsGroup::Deadlines(_) => "办理时限",
            SettingsGroup::Numbering(_) => "案号格式",
            SettingsGroup::Drafting(_) => "撰写检查",
            SettingsGroup::NegativeList(_) => "负面清单",
            SettingsGroup::ProfessionalStations(_) => "专业代表工作站",
            SettingsGroup::Evaluation(_) => "评议测评",
            SettingsGroup::Exchange(_) => "交换",
            SettingsGroup::Calendar(_) => "工作日历",
            SettingsGroup::ReplyClasses(_) => "答复类别",
        }
    }

    /// The group as it is stored: names and keywords trimmed, empty
    /// keywords and repeated keywords of one item dropped. `check` reads
    /// the normalized group.
    pub fn normalized(self) -> SettingsGroup {
        fn trimmed(s: &str) -> String {
            s.trim().to_string()
        }
        match self {
            SettingsGroup::Numbering(n) => SettingsGroup::Numbering(Numbering {
                number_format: trimmed(&n.number_format),
            }),
            SettingsGroup::NegativeList(items) => SettingsGroup::NegativeList(
                items
                    .into_iter()
                    .map(|i| {
                        let mut keywords: Vec<String> = Vec::new();
                        for k in i.keywords.iter().map(|k| trimmed(k)) {
                            if !k.is_empty() && !keywords.contains(&k) {
                                keywords.push(k);
                            }
                        }
                        NegativeItem {
                            title: trimmed(&i.title),
                            keywords,
                        }
                    })
                    .collect(),
            ),
            SettingsGroup::ProfessionalStations(names) => {
                SettingsGroup::ProfessionalStations(names.iter().map(|n| trimmed(n)).collect())
            }
            SettingsGroup::Calendar(mut c) => {
                for table in c.holidays.0.values_mut() {
                    table.source = trimmed(&table.source);
                    for o in &mut table.off {
                        o.name = trimmed(&o.name);
                    }
                    table.off.sort_by_key(|o| o.from);
                    table.worked.sort();
                    table.worked.dedup();
                }
                SettingsGroup::Calendar(c)
            }
            SettingsGroup::ReplyClasses(classes) => SettingsGroup::ReplyClasses(
                classes
                    .into_iter()
                    .map(|c| ReplyClass {
                        code: trimmed(&c.code),
                        name: trimmed(&c.name),
                        definition: trimmed(&c.definition),
                        outcome: c.outcome,
                    })
                    .collect(),
            ),
            g @ (SettingsGroup::Rules(_)
            | SettingsGroup::Deadlines(_)
            | SettingsGroup::Drafting(_)
            | SettingsGroup::Evaluation(_)
            | SettingsGroup::Exchange(_)) => g,
        }
    }

    /// Whether the group's values make sense, or the reason they do not,
    /// in Chinese, naming the setting (for `OfficeRejection::InvalidSettings`).
    pub fn check(&self) -> Result<(), String> {
        match self {
            SettingsGroup::Rules(r) => check_rules(r),
            SettingsGroup::Deadlines(d) => check_deadlines(d),
            SettingsGroup::Numbering(n) => check_numbering(n),
            SettingsGroup::Drafting(d) => check_drafting(d),
            SettingsGroup::NegativeList(items) => check_negative_list(items),
            SettingsGroup::ProfessionalStations(names) => check_professional_stations(names),
            SettingsGroup::Evaluation(e) => check_evaluation(e),
            SettingsGroup::Exchange(e) => check_exchange(e),
            SettingsGroup::Calendar(c) => check_calendar(c),
            SettingsGroup::ReplyClasses(c) => check_reply_classes(c),
        }
    }
}

/// The highest minimum length of the basis, ask or measures a setting may
/// ask for: a check, not a rule of domain.md — a longer minimum is a typing
/// error (300 for 30), and would stop every submission.
pub const MAX_ELEMENT_MINIMUM: u32 = 1000;

fn at_least(name: &str, value: u32, min: u32) -> Result<(), String> {
    if value < min {
        Err(format!("“{name}”至少为{min}，现为{value}"))
    } else {
        Ok(())
    }
}

fn percent(name: &str, value: u32, min: u32) -> Result<(), String> {
    if (min..=100).contains(&value) {
        Ok(())
    } else {
        Err(format!("“{name}”须在{min}%到100%之间，现为{value}%"))
    }
}

fn check_rules(r: &RaisingRules) -> Result<(), String> {
    // A joint act needs at least two deputies: one alone is not "jointly".
    at_least("联名提出议案人数（县级及以上）", r.motion_min_deputies, 2)?;
    at_least(
        "联名提出议案人数（乡镇）",
        r.motion_min_deputies_township,
        2,
    )?;
    at_least(
        "重点建议候选联名人数（含领衔代表）",
        r.key_candidate_min_deputies,
        2,
    )
}

fn check_deadlines(d: &Deadlines) -> Result<(), String> {
    for (name, period) in d.named() {
        if period.count() == 0 {
            return Err(format!("“{name}”时限须大于0"));
        }
    }
    // Comparable only in the same unit: months and working days have no
    // fixed ratio.
    let longer = match (d.reply, d.reply_extended) {
        (Period::Months(a), Period::Months(b))
        | (Period::Days(a), Period::Days(b))
        | (Period::WorkingDays(a), Period::WorkingDays(b)) => b >= a,
        _ => true,
    };
    if !longer {
        return Err(format!(
            "“延期后答复”时限（{}）不能短于“答复”时限（{}）",
            d.reply_extended.label(),
            d.reply.label()
        ));
    }
    if d.return_from == ClockStart::SessionClose {
        return Err("“申请退回错误交办”的期限只能自交办或签收之日起算".into());
    }
    Ok(())
}

/// The most reply classes a setting may hold: a check against typing
/// errors, not a rule of domain.md.
pub const MAX_REPLY_CLASSES: usize = 8;

fn check_reply_classes(classes: &[ReplyClass]) -> Result<(), String> {
    if classes.len() < 2 {
        return Err("答复类别至少须有两类".into());
    }
    if classes.len() > MAX_REPLY_CLASSES {
        return Err(format!("答复类别最多{MAX_REPLY_CLASSES}类"));
    }
    for (i, c) in classes.iter().enumerate() {
        let n = i + 1;
        if c.code.is_empty() || c.code.chars().count() > 4 {
            return Err(format!("第{n}类的代号须为1至4个字符（如A）"));
        }
        if c.name.is_empty() {
            return Err(format!("第{n}类（{}类）须有名称", c.code));
        }
        if c.definition.is_empty() {
            return Err(format!("第{n}类（{}类）须有定义：办理单位据此归类", c.code));
        }
        if c.code.contains('类') {
            return Err(format!(
                "第{n}类的代号“{}”不要带“类”字（显示时自动加上）",
                c.code
            ));
        }
        if classes[..i]
            .iter()
            .any(|o| o.code.to_uppercase() == c.code.to_uppercase())
        {
            return Err(format!("代号“{}”用了两次", c.code));
        }
        if classes[..i].iter().any(|o| o.name == c.name) {
            return Err(format!("名称“{}”用了两次", c.name));
        }
    }
    Ok(())
}

fn check_numbering(n: &Numbering) -> Result<(), String> {
    match n.number_format.matches("{n}").count() {
        0 => Err("案号格式中须含有 {n}（序号的位置）".into()),
        1 => {
            let len = n.number_format.chars().count();
            if len > crate::input::MAX_NAME {
                Err(format!(
                    "案号格式共{len}字，超过上限{}字",
                    crate::input::MAX_NAME
                ))
            } else {
                Ok(())
            }
        }
        _ => Err("案号格式中 {n} 只能出现一次".into()),
    }
}

fn check_drafting(d: &Drafting) -> Result<(), String> {
    // 0 would show every suggestion as similar.
    percent("相似建议提示阈值", d.similarity_percent, 1)?;
    let m = &d.element_minimums;
    let title_max = crate::input::MAX_NAME as u32;
    if m.title > title_max {
        return Err(format!(
            "“案由”的最少字数（{}）不能超过案由的长度上限{title_max}字",
            m.title
        ));
    }
    for (name, value) in [("案据", m.basis), ("建议", m.ask), ("对策", m.measures)] {
        if value > MAX_ELEMENT_MINIMUM {
            return Err(format!(
                "“{name}”的最少字数（{value}）不宜超过{MAX_ELEMENT_MINIMUM}字"
            ));
        }
    }
    Ok(())
}

fn check_names<'a>(
    what: &str,
    names: impl Iterator<Item = &'a str>,
    unit: &str,
) -> Result<(), String> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, name) in names.enumerate() {
        if name.trim().is_empty() {
            return Err(format!("{what}第{}{unit}的名称不能为空", i + 1));
        }
        let len = name.chars().count();
        if len > crate::input::MAX_NAME {
            return Err(format!(
                "{what}第{}{unit}“{name}”共{len}字，超过上限{}字",
                i + 1,
                crate::input::MAX_NAME
            ));
        }
        if seen.contains(&name) {
            return Err(format!("{what}中“{name}”重复"));
        }
        seen.push(name);
    }
    Ok(())
}

fn check_negative_list(items: &[NegativeItem]) -> Result<(), String> {
    // Drafts confirm items by title: a title is required and unique.
    // Keywords are optional.
    check_names("负面清单", items.iter().map(|i| i.title.as_str()), "项")
}

fn check_professional_stations(names: &[String]) -> Result<(), String> {
    check_names("专业代表工作站", names.iter().map(String::as_str), "个")
}

fn check_evaluation(e: &Evaluation) -> Result<(), String> {
    percent("满意度测评达标线", e.satisfaction_threshold_percent, 0)?;
    percent(
        "常委会测评中组成人员的权重",
        e.meeting_members_weight_percent,
        0,
    )?;
    let r = &e.department_review;
    at_least("部门评议追溯年限", r.years, 1)?;
    // 0 would visit no item of a unit with many items.
    percent("部门评议实地抽查比例", r.sample_percent, 1)?;
    at_least("部门评议中间档抽查件数", r.middle_sample, 1)?;
    if r.visit_all_up_to >= r.sample_from {
        return Err(format!(
            "部门评议“全部实地检查”的件数上限（{}件）须小于“按比例抽查”的起点（{}件）",
            r.visit_all_up_to, r.sample_from
        ));
    }
    percent("常委会测评合格线", e.meeting_threshold, 0)?;
    let w = &e.ranking_weights;
    if w.on_time + w.satisfaction + w.realisation + w.evaluation == 0 {
        return Err("先进单位评选的四项权重不能都为0".into());
    }
    Ok(())
}

fn check_calendar(c: &CalendarSettings) -> Result<(), String> {
    use chrono::{Datelike, Weekday};
    for (year, t) in &c.holidays.0 {
        let in_year = |d: chrono::NaiveDate| d.year() == *year;
        if t.year != *year {
            return Err(format!("{year}年的节假日安排标注为{}年", t.year));
        }
        for (i, o) in t.off.iter().enumerate() {
            if o.name.is_empty() {
                return Err(format!("{year}年节假日第{}项的名称不能为空", i + 1));
            }
            if !in_year(o.from) || !in_year(o.to) {
                return Err(format!(
                    "{year}年的“{}”（{}至{}）不在{year}年内",
                    o.name,
                    crate::dates::ymd(o.from),
                    crate::dates::ymd(o.to)
                ));
            }
            if o.to < o.from {
                return Err(format!(
                    "{year}年的“{}”结束日（{}）早于开始日（{}）",
                    o.name,
                    crate::dates::ymd(o.to),
                    crate::dates::ymd(o.from)
                ));
            }
            if let Some(prev) = i.checked_sub(1).map(|p| &t.off[p])
                && prev.to >= o.from
            {
                return Err(format!(
                    "{year}年的“{}”与“{}”的放假日期重叠",
                    prev.name, o.name
                ));
            }
        }
        for w in &t.worked {
            if !in_year(*w) {
                return Err(format!(
                    "{year}年的调休上班日{}不在{year}年内",
                    crate::dates::ymd(*w)
                ));
            }
            if !matches!(w.weekday(), Weekday::Sat | Weekday::Sun) {
                return Err(format!(
                    "{year}年的调休上班日{}不是周六或周日",
                    crate::dates::ymd(*w)
                ));
            }
            if let Some(o) = t.off.iter().find(|o| o.from <= *w && *w <= o.to) {
                return Err(format!(
                    "{year}年的调休上班日{}落在“{}”的放假日期内",
                    crate::dates::ymd(*w),
                    o.name
                ));
            }
        }
    }
    Ok(())
}

fn check_exchange(e: &ExchangeSettings) -> Result<(), String> {
    if !(1..=MAX_PACKET_LIMIT_MB).contains(&e.packet_limit_mb) {
        return Err(format!(
            "“交换包大小上限”须在1到{MAX_PACKET_LIMIT_MB}MB之间，现为{}MB",
            e.packet_limit_mb
        ));
    }
    if !(1..=MAX_BACKUP_REMINDER_DAYS).contains(&e.backup_reminder_days) {
        return Err(format!(
            "交换设置中的“整库备份提醒间隔”须在1到{MAX_BACKUP_REMINDER_DAYS}天之间，现为{}天",
            e.backup_reminder_days
        ));
    }
    Ok(())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn negative(title: &str, keywords: &[&str]) -> NegativeItem {
    NegativeItem {
        title: title.to_string(),
        keywords: strings(keywords),
    }
}

/// The negative list's defaults (Gushi's 五不提). Keywords carry context
/// where a bare word is ordinary (`raising::checks::Keyword`): 中央 of
/// 中央财政, 品牌 of 农产品区域公用品牌, 信访 of 信访接待中心, 进一步加强
/// in a concrete sentence do not fire.
pub fn default_negative_list() -> Vec<NegativeItem> {
    vec![
        negative(
            "涉及个人或亲属私事",
            &[
                "我家!我家乡",
                "本人的",
                "我儿子",
                "我女儿",
                "我父亲",
                "我母亲",
                "我丈夫",
                "我妻子",
                "我爱人",
                "我的亲属",
                "本人亲属",
                "个人待遇",
            ],
        ),
        negative(
            "涉及诉讼、仲裁、信访案件",
            &[
                "诉讼程序",
                "正在诉讼",
                "已起诉",
                "已经起诉",
                "正在仲裁",
                "申请仲裁",
                "仲裁裁决",
                "多次信访",
                "信访案件",
                "上访",
                "判决",
                "官司",
                "此案",
            ],
        ),
        negative(
            "超出本级职权范围",
            &[
                "建议国家!建议国家级",
                "国家应当",
                "请求国家",
                "建议中央",
                "中央应当",
                "请求中央",
                "建议国务院",
                "国务院应当",
                "请求国务院",
                "全国人大",
                "修改法律",
                "建议省政府",
                "省政府应当",
                "请求省政府",
            ],
        ),
        negative(
            "推介产品、企业或科研成果",
            &[
                "我公司",
                "本公司",
                "我厂",
                "本厂",
                "我们公司",
                "专利产品",
                "推荐采购",
                "指定采购",
                "品牌+指定",
                "品牌+独家",
                "本人+专利",
                "本人+科研成果",
            ],
        ),
        negative(
            "无具体内容或未经调查研究",
            &[
                "加大力度<8",
                "高度重视<8",
                "进一步加强<8",
                "切实加强<8",
                "引起重视<8",
            ],
        ),
    ]
}

/// Gushi's six professional stations.
pub fn default_professional_stations() -> Vec<String> {
    strings(&["教育", "医疗健康", "法治", "经济", "农业农村", "社会建设"])
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            rules: RaisingRules::default(),
            deadlines: Deadlines::default(),
            numbering: Numbering::default(),
            drafting: Drafting::default(),
            negative_list: default_negative_list(),
            professional_stations: default_professional_stations(),
            evaluation: Evaluation::default(),
            exchange: ExchangeSettings::default(),
            calendar: CalendarSettings::default(),
            reply_classes: default_reply_classes(),
        }
    }
}

impl Settings {
    /// The defaults of domain.md.
    pub fn new() -> Settings {
        Settings::default()
    }

    /// Replaces one group.
    pub fn set(&mut self, group: &SettingsGroup) {
        match group {
            SettingsGroup::Rules(g) => self.rules = g.clone(),
            SettingsGroup::Deadlines(g) => self.deadlines = g.clone(),
            SettingsGroup::Numbering(g) => self.numbering = g.clone(),
            SettingsGroup::Drafting(g) => self.drafting = g.clone(),
            SettingsGroup::NegativeList(g) => self.negative_list = g.clone(),
            SettingsGroup::ProfessionalStations(g) => self.professional_stations = g.clone(),
            SettingsGroup::Evaluation(g) => self.evaluation = g.clone(),
            SettingsGroup::Exchange(g) => self.exchange = g.clone(),
            SettingsGroup::Calendar(g) => self.calendar = g.clone(),
            SettingsGroup::ReplyClasses(g) => self.reply_classes = g.clone(),
        }
    }

    /// The current value of the group `like` names.
    pub fn group(&self, like: &SettingsGroup) -> SettingsGroup {
        match like {
            SettingsGroup::Rules(_) => SettingsGroup::Rules(self.rules.clone()),
            SettingsGroup::Deadlines(_) => SettingsGroup::Deadlines(self.deadlines.clone()),
            SettingsGroup::Numbering(_) => SettingsGroup::Numbering(self.numbering.clone()),
            SettingsGroup::Drafting(_) => SettingsGroup::Drafting(self.drafting.clone()),
            SettingsGroup::NegativeList(_) => {
                SettingsGroup::NegativeList(self.negative_list.clone())
            }
            SettingsGroup::ProfessionalStations(_) => {
                SettingsGroup::ProfessionalStations(self.professional_stations.clone())
            }
            SettingsGroup::Evaluation(_) => SettingsGroup::Evaluation(self.evaluation.clone()),
            SettingsGroup::Exchange(_) => SettingsGroup::Exchange(self.exchange.clone()),
            SettingsGroup::Calendar(_) => SettingsGroup::Calendar(self.calendar.clone()),
            SettingsGroup::ReplyClasses(_) => {
                SettingsGroup::ReplyClasses(self.reply_classes.clone())
            }
        }
    }

    /// The motion threshold for this office's level.
    pub fn motion_threshold(&self) -> u32 {
        if self.rules.township_mode {
            self.rules.motion_min_deputies_township
        } else {
            self.rules.motion_min_deputies
        }
    }

    /// A number in the office's format, e.g. `第12号`.
    pub fn format_number(&self, n: u32) -> String {
        self.numbering.number_format.replace("{n}", &n.to_string())
    }

    /// The deputies' weight at the evaluation meeting, the rest of 100.
    pub fn meeting_deputies_weight_percent(&self) -> u32 {
        100u32.saturating_sub(self.evaluation.meeting_members_weight_percent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_domain_deadlines() {
        let d = Settings::new().deadlines;
        assert_eq!(d.reply, Period::Months(3));
        assert_eq!(d.reply_extended, Period::Months(6));
        assert_eq!(d.co_unit_opinion, Period::Months(1));
        assert_eq!(d.return_window, Period::WorkingDays(5));
        assert_eq!(d.feedback_receipt, Period::WorkingDays(20));
        assert_eq!(d.second_handling, Period::Months(1));
        assert_eq!(d.rectification, Period::Months(1));
        assert_eq!(d.disclosure, Period::WorkingDays(20));
        assert_eq!(d.warning_before_deadline, Period::Days(15));
        assert_eq!(d.warning_without_progress, Period::Days(30));
    }

    #[test]
    fn defaults_follow_domain_thresholds() {
        let s = Settings::new();
        assert_eq!(s.evaluation.satisfaction_threshold_percent, 80);
        assert_eq!(s.rules.key_candidate_min_deputies, 10);
        assert_eq!(s.motion_threshold(), 10);
        assert_eq!(s.evaluation.meeting_members_weight_percent, 60);
        assert_eq!(s.meeting_deputies_weight_percent(), 40);
        assert_eq!(s.evaluation.department_review.years, 2);
        assert_eq!(s.evaluation.department_review.sample_percent, 50);
        assert_eq!(s.negative_list.len(), 5);
        assert_eq!(s.professional_stations.len(), 6);
    }

    #[test]
    fn township_mode_lowers_the_motion_threshold() {
        let mut s = Settings::new();
        s.rules.township_mode = true;
        assert_eq!(s.motion_threshold(), 5);
    }

    #[test]
    fn number_format_places_the_sequence() {
        let mut s = Settings::new();
        assert_eq!(s.format_number(12), "第12号");
        s.numbering.number_format = "建字〔2026〕{n}号".into();
        assert_eq!(s.format_number(3), "建字〔2026〕3号");
    }

    #[test]
    fn a_group_replaces_only_itself_and_reads_back() {
        let mut s = Settings::new();
        let g = SettingsGroup::Drafting(Drafting {
            similarity_percent: 55,
            ..Drafting::default()
        });
        s.set(&g);
        assert_eq!(s.drafting.similarity_percent, 55);
        assert_eq!(s.group(&g), g);
        assert_eq!(s.rules, RaisingRules::default());
        let json = serde_json::to_string(&g).unwrap();
        assert_eq!(serde_json::from_str::<SettingsGroup>(&json).unwrap(), g);
        let partial: RaisingRules = serde_json::from_str(r#"{"township_mode":true}"#).unwrap();
        assert!(partial.township_mode);
        assert_eq!(partial.motion_min_deputies, 10);
    }

    #[test]
    fn the_backup_reminder_interval_defaults_to_a_week_and_is_checked() {
        // Settings stored before the reminder existed read the default.
        let old: ExchangeSettings = serde_json::from_str(r#"{"packet_limit_mb":20}"#).unwrap();
        assert_eq!(old.packet_limit_mb, 20);
        assert_eq!(old.backup_reminder_days, 7);
        let with = |days| {
            SettingsGroup::Exchange(ExchangeSettings {
                backup_reminder_days: days,
                ..ExchangeSettings::default()
            })
            .check()
        };
        assert!(with(1).is_ok());
        assert!(with(365).is_ok());
        let zero = with(0).unwrap_err();
        assert_eq!(
            zero,
            "交换设置中的“整库备份提醒间隔”须在1到365天之间，现为0天"
        );
        assert!(with(366).unwrap_err().contains("现为366天"));
    }

    #[test]
    fn period_labels_read_as_chinese() {
        assert_eq!(Period::Months(3).label(), "3个月");
        assert_eq!(Period::WorkingDays(20).label(), "20个工作日");
        assert_eq!(Period::Days(15).label(), "15天");
    }
}
