//! `Settings`: every number and list of domain.md §1–§4, each with its default.
//!
//! Code never holds a bare 80, 0.6 or 3: it asks the settings. A change of
//! settings is itself an event that replaces one named group
//! (`SettingsGroup`), so two offices changing different groups both keep
//! their change, and open deadlines can keep the settings they were
//! computed with.

use serde::{Deserialize, Serialize};

/// A length of time as the rules state it: calendar months, calendar days or
/// working days (which follow the holiday table, including make-up days).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
        }
    }
}

/// One item of the negative list (负面清单, Gushi's 五不提): what the drafter
/// confirms the suggestion is not, and the words that hint it might be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NegativeItem {
    pub title: String,
    pub keywords: Vec<String>,
}

/// Minimum lengths, in characters, for an element of a draft to count as
/// substantive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Drafting {
    pub element_minimums: ElementMinimums,
    /// Drafts at least this similar (percent, character bigrams of title
    /// and ask) are shown as related.
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl Default for Evaluation {
    fn default() -> Self {
        Evaluation {
            satisfaction_threshold_percent: 80,
            meeting_members_weight_percent: 60,
            department_review: DepartmentReview::default(),
            advanced_unit_min_items: 5,
        }
    }
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
}

/// One named group of settings, as a change carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SettingsGroup {
    Rules(RaisingRules),
    Deadlines(Deadlines),
    Numbering(Numbering),
    Drafting(Drafting),
    NegativeList(Vec<NegativeItem>),
    ProfessionalStations(Vec<String>),
    Evaluation(Evaluation),
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
        }
    }
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

/// The negative list's defaults (Gushi's 五不提).
pub fn default_negative_list() -> Vec<NegativeItem> {
    vec![
        negative(
            "涉及个人或亲属私事",
            &["我家", "本人的", "我儿子", "我女儿", "亲属", "个人待遇"],
        ),
        negative(
            "涉及诉讼、仲裁、信访案件",
            &["诉讼", "仲裁", "信访", "上访", "判决", "官司"],
        ),
        negative(
            "超出本级职权范围",
            &["国务院", "全国人大", "中央", "省政府应当"],
        ),
        negative(
            "推介产品、企业或科研成果",
            &["推广我公司", "本公司产品", "品牌", "专利产品", "推荐采购"],
        ),
        negative(
            "无具体内容或未经调查研究",
            &["加大力度", "高度重视", "进一步加强"],
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
    fn period_labels_read_as_chinese() {
        assert_eq!(Period::Months(3).label(), "3个月");
        assert_eq!(Period::WorkingDays(20).label(), "20个工作日");
        assert_eq!(Period::Days(15).label(), "15天");
    }
}
