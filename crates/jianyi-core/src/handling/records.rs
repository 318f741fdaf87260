//! The records of handling: an item's `Assignment` and each unit's `Task`
//! on it, with the reply clock (`ReplyClock`) an assignment or a receipt
//! carries.

use crate::read::ReadJson;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::actor::How;
use crate::calendar::{Counting, Deadline};
use crate::ids::{DeputyId, SuggestionId, UnitId};
use crate::settings::{
    ClockStart, Deadlines, NoFeedback, Period, ReplyClass, ReplyOutcome, Settings,
    default_reply_classes,
};

/// How an item is handled: a lead unit (主办) with co-units (协办), or
/// several units each answering separately (分办).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Handling {
    Joint { lead: UnitId, co: Vec<UnitId> },
    Separate { units: Vec<UnitId> },
}

impl Handling {
    /// Every unit with its role, the lead (or the separate units) first.
    pub fn units(&self) -> Vec<(UnitId, UnitRole)> {
        match self {
            Handling::Joint { lead, co } => std::iter::once((*lead, UnitRole::Lead))
                .chain(co.iter().map(|u| (*u, UnitRole::Co)))
                .collect(),
            Handling::Separate { units } => {
                units.iter().map(|u| (*u, UnitRole::Separate)).collect()
            }
        }
    }
}

/// A unit's part in an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitRole {
    /// 主办: answers the deputy.
    Lead,
    /// 协办: sends its opinion to the lead unit.
    Co,
    /// 分办: one of several units each answering separately.
    Separate,
}

impl UnitRole {
    pub const ALL: [UnitRole; 3] = [UnitRole::Lead, UnitRole::Co, UnitRole::Separate];

    pub fn label(self) -> &'static str {
        match self {
            UnitRole::Lead => "主办",
            UnitRole::Co => "协办",
            UnitRole::Separate => "分办",
        }
    }

    /// Whether the unit answers the deputy itself, on the reply clock.
    pub fn replies(self) -> bool {
        matches!(self, UnitRole::Lead | UnitRole::Separate)
    }
}

/// A reply deadline with the rule that produced it: carried in the event
/// that started it, so a later change of the settings leaves it as it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct ReplyClock {
    /// What it counts from, as the settings said on the day.
    pub from: ClockStart,
    pub deadline: Deadline,
}

impl ReplyClock {
    /// How it was computed, e.g. 自2026年3月2日交办起3个月，至2026年6月2日.
    pub fn explain(&self) -> String {
        self.deadline.explain(self.from.act())
    }
}

/// The clocks an assignment runs on, as the assigning office's settings
/// said on its date: carried in the event, so a unit's copy (whose own
/// settings never travel) times its receipt and its return by the office's
/// rules, and a later change of settings leaves them as they were.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Terms {
    pub reply: Period,
    pub reply_from: ClockStart,
    pub return_window: Period,
    pub return_from: ClockStart,
    pub counting: Counting,
    /// The longest an approved extension reaches, from the reply clock's
    /// start.
    #[serde(default = "default_reply_extended")]
    pub reply_extended: Period,
    /// A co-unit's written opinion to the lead unit, from its assignment.
    #[serde(default = "default_co_opinion")]
    pub co_opinion: Period,
    /// Disclosure of a public reply, from the reply.
    #[serde(default = "default_disclosure")]
    pub disclosure: Period,
    /// The reply classes a unit classes its reply by.
    #[serde(default = "default_reply_classes")]
    pub classes: Vec<ReplyClass>,
    /// The deputies' feedback on a reply, from the reply.
    #[serde(default = "default_feedback")]
    pub feedback: Period,
    /// Whether feedback after its window is refused.
    #[serde(default)]
    pub feedback_closes: bool,
    /// What a reply without feedback in time counts as.
    #[serde(default)]
    pub no_feedback: NoFeedback,
    /// Second handling, from the act that sends the item back.
    #[serde(default = "default_second_handling")]
    pub second_handling: Period,
}

fn default_feedback() -> Period {
    Deadlines::default().feedback_receipt
}

fn default_second_handling() -> Period {
    Deadlines::default().second_handling
}

fn default_reply_extended() -> Period {
    Deadlines::default().reply_extended
}

fn default_co_opinion() -> Period {
    Deadlines::default().co_unit_opinion
}

fn default_disclosure() -> Period {
    Deadlines::default().disclosure
}

impl Terms {
    /// The terms of `settings`.
    pub fn of(settings: &Settings) -> Terms {
        let d = &settings.deadlines;
        Terms {
            reply: d.reply,
            reply_from: d.reply_from,
            return_window: d.return_window,
            return_from: d.return_from,
            counting: settings.calendar.counting,
            reply_extended: d.reply_extended,
            co_opinion: d.co_unit_opinion,
            disclosure: d.disclosure,
            classes: settings.reply_classes.clone(),
            feedback: d.feedback_receipt,
            feedback_closes: settings.evaluation.feedback_window_closes,
            no_feedback: settings.evaluation.no_feedback,
            second_handling: d.second_handling,
        }
    }

    /// The class of `code`.
    pub fn class(&self, code: &str) -> Option<&ReplyClass> {
        self.classes.iter().find(|c| c.code == code)
    }
}

/// How a unit communicated with the deputies before handling (办前沟通).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// 面谈
    Meeting,
    /// 电话
    Phone,
    /// 座谈
    Forum,
    /// 实地察看
    SiteVisit,
}

impl Method {
    pub const ALL: [Method; 4] = [
        Method::Meeting,
        Method::Phone,
        Method::Forum,
        Method::SiteVisit,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Method::Meeting => "面谈",
            Method::Phone => "电话",
            Method::Forum => "座谈",
            Method::SiteVisit => "实地察看",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Method::Meeting => "meeting",
            Method::Phone => "phone",
            Method::Forum => "forum",
            Method::SiteVisit => "site_visit",
        }
    }
}

/// A communication with the deputies (办前沟通, or later in handling).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Communication {
    pub method: Method,
    /// The proposers taken part (at least one).
    pub deputies: Vec<DeputyId>,
    /// Others present: the unit's people, experts, citizens.
    pub participants: String,
    /// 沟通重点
    pub focus: String,
    /// 办理方向
    pub direction: String,
    /// 商定的办理方案
    pub agreed: String,
}

/// A step of the handling plan with its target date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct PlanStep {
    pub what: String,
    pub by: NaiveDate,
}

/// How a reply is disclosed (公开形式).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Disclosure {
    /// 全文公开 (passages marked not public left out).
    Full,
    /// 摘要公开, with the summary.
    Summary { summary: String },
    /// 不公开, with the reason.
    NotPublic { reason: String },
}

impl Disclosure {
    pub fn label(&self) -> &'static str {
        match self {
            Disclosure::Full => "全文公开",
            Disclosure::Summary { .. } => "摘要公开",
            Disclosure::NotPublic { .. } => "不公开",
        }
    }

    /// Whether something is published.
    pub fn public(&self) -> bool {
        !matches!(self, Disclosure::NotPublic { .. })
    }
}

/// The reply (答复) of a replying unit, as it was filed: its class with
/// the properties it had that day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Reply {
    pub class: ReplyClass,
    pub text: String,
    /// 签发人
    pub signer: String,
    /// 发文字号
    pub doc_number: String,
    pub contact: String,
    pub phone: String,
    pub disclosure: Disclosure,
    /// Passages of the text marked not public.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub private_passages: Vec<String>,
    /// What a reply of a commitment class promises, and by when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promise: Option<Promise>,
}

/// What a commitment reply promises (承诺事项), and by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Promise {
    pub what: String,
    pub by: NaiveDate,
}

/// A deputy's rating (满意 / 基本满意 / 不满意).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ReadJson,
)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

impl Rating {
    pub const ALL: [Rating; 3] = [
        Rating::Satisfied,
        Rating::BasicallySatisfied,
        Rating::Dissatisfied,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Rating::Satisfied => "满意",
            Rating::BasicallySatisfied => "基本满意",
            Rating::Dissatisfied => "不满意",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Rating::Satisfied => "satisfied",
            Rating::BasicallySatisfied => "basically_satisfied",
            Rating::Dissatisfied => "dissatisfied",
        }
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A deputy's feedback on a reply (征询意见): communication, attitude and
/// result, with comments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Feedback {
    pub communication: Rating,
    pub attitude: Rating,
    pub result: Rating,
    pub comment: String,
}

impl Feedback {
    /// The three ratings, e.g. 沟通满意，态度基本满意，结果不满意.
    pub fn ratings(&self) -> String {
        format!(
            "沟通{}，态度{}，结果{}",
            self.communication.label(),
            self.attitude.label(),
            self.result.label()
        )
    }
}

/// One deputy's answer on a reply: when, and how it was given (at the
/// PC in person, or on the paper form keyed in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub deputy: DeputyId,
    pub on: NaiveDate,
    pub feedback: Feedback,
    pub how: How,
    /// Who keyed it in, and for whom (the deputy's name).
    pub operator: String,
}

/// A meeting on an item sent back (二次办理座谈): who took part and what
/// was concluded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Meeting {
    pub participants: String,
    pub conclusions: String,
}

/// Why an item went back to its unit (二次办理).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reopened {
    /// A lead deputy answered 不满意 on the result.
    Dissatisfied { deputy: DeputyId },
    /// The committee office decided it, with its reason.
    Decided { reason: String },
}

/// A round of handling closed by a second handling: its reply, its
/// feedback, its clock and extensions, and why it went back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub replied: Replied,
    pub clock: Option<ReplyClock>,
    pub extensions: Vec<Extension>,
    pub reopened_on: NaiveDate,
    pub why: Reopened,
}

impl Round {
    /// The deadline in force in that round: its last approved extension's,
    /// or its clock's.
    pub fn due(&self) -> Option<NaiveDate> {
        self.extensions
            .iter()
            .rev()
            .find_map(|e| match &e.decision {
                Some(ExtensionDecision::Approved { until, .. }) => Some(*until),
                _ => None,
            })
            .or_else(|| self.clock.as_ref().map(|c| c.deadline.due))
    }
}

/// A commitment carried into a year with its step plan, as the directors'
/// meeting (主任会议) approved it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Carry {
    pub year: i32,
    pub steps: Vec<PlanStep>,
    /// The meeting that approved it, e.g. 第二十五次主任会议.
    pub approval: String,
}

impl Carry {
    /// The plan in a line, e.g. 完成剩余街巷改造（2027年6月30日前）.
    pub fn plan_line(&self) -> String {
        self.steps
            .iter()
            .map(|p| format!("{}（{}前）", p.what, crate::dates::zh(p.by)))
            .collect::<Vec<_>>()
            .join("；")
    }
}

/// The text mark that replaces a passage not public.
pub const WITHHELD: &str = "（此处不予公开）";

/// `text` with every occurrence of each passage replaced by `WITHHELD`;
/// passages that overlap or touch are withheld as one stretch, so no part
/// of either is left (a passage inside another, or two sharing words).
pub fn withheld(text: &str, passages: &[String]) -> String {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for p in passages.iter().filter(|p| !p.is_empty()) {
        spans.extend(
            text.match_indices(p.as_str())
                .map(|(at, m)| (at, at + m.len())),
        );
    }
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (from, to) in spans {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (from, to) in merged {
        out.push_str(&text[at..from]);
        out.push_str(WITHHELD);
        at = to;
    }
    out.push_str(&text[at..]);
    out
}

impl Reply {
    /// What is published: the text without its private passages, the
    /// summary, or nothing.
    pub fn public_text(&self) -> Option<String> {
        match &self.disclosure {
            Disclosure::Full => Some(withheld(&self.text, &self.private_passages)),
            Disclosure::Summary { summary } => Some(summary.clone()),
            Disclosure::NotPublic { .. } => None,
        }
    }

    pub fn outcome(&self) -> ReplyOutcome {
        self.class.outcome
    }
}

/// How a reply letter reached its deputy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// 当面送达
    InPerson,
    /// 邮寄
    Post,
    /// 经家站点（交换包）转交
    Station,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::InPerson, Delivery::Post, Delivery::Station];

    pub fn label(self) -> &'static str {
        match self {
            Delivery::InPerson => "当面送达",
            Delivery::Post => "邮寄",
            Delivery::Station => "经家站点转交",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Delivery::InPerson => "in_person",
            Delivery::Post => "post",
            Delivery::Station => "station",
        }
    }
}

/// A reply filed, with its letters and its disclosure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replied {
    pub on: NaiveDate,
    pub reply: Reply,
    /// One letter per proposer, the leads first: each with its delivery.
    pub letters: Vec<(DeputyId, Option<(NaiveDate, Delivery)>)>,
    /// The last day to publish it (a public reply).
    pub disclosure_due: Option<Deadline>,
    /// Published: the date and where.
    pub disclosed: Option<(NaiveDate, String)>,
    /// The deputies' answers, in order.
    pub feedback: Vec<Answer>,
    /// Its promise (a commitment class's) marked done (已办成): the date
    /// and the evidence.
    pub realised: Option<(NaiveDate, String)>,
    /// The years its open promise was carried into, in order.
    pub carried: Vec<(NaiveDate, Carry)>,
}

impl Replied {
    /// The answer of `deputy`.
    pub fn answer(&self, deputy: DeputyId) -> Option<&Answer> {
        self.feedback.iter().find(|a| a.deputy == deputy)
    }

    /// The proposers sent a letter who have not answered it.
    pub fn unanswered(&self) -> impl Iterator<Item = DeputyId> + '_ {
        self.letters
            .iter()
            .map(|(d, _)| *d)
            .filter(|d| self.answer(*d).is_none())
    }
}

/// A request for more time (延期), and its decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extension {
    pub asked_on: NaiveDate,
    pub until: NaiveDate,
    pub reason: String,
    pub decision: Option<ExtensionDecision>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtensionDecision {
    Approved {
        on: NaiveDate,
        until: NaiveDate,
        comment: String,
    },
    Refused {
        on: NaiveDate,
        reason: String,
    },
}

/// A lead unit's request that a co-unit countersign its draft reply (会签).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Countersign {
    pub asked_on: NaiveDate,
    pub by: UnitId,
    pub draft: String,
    pub signed: Option<(NaiveDate, String)>,
}

/// One act of handling a unit recorded, for the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Communicated(Communication),
    Planned(Vec<PlanStep>),
    Progress(String),
    /// A meeting on the item sent back.
    Met(Meeting),
}

/// A co-unit's written opinion to the lead unit (协办意见).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoOpinion {
    pub on: NaiveDate,
    pub text: String,
}

/// A unit's request to return a wrong assignment (退办).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnRequest {
    pub reason: String,
    pub asked_on: NaiveDate,
}

/// What became of a unit's task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskEnd {
    /// The office approved its return and gave the item to another unit.
    Returned {
        on: NaiveDate,
        to: UnitId,
        reason: String,
    },
}

/// One unit's part in an assigned item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Task {
    pub unit: UnitId,
    pub role: UnitRole,
    /// The business date it was given the item (assignment or
    /// reassignment).
    pub since: NaiveDate,
    /// 签收: the business date of its receipt.
    pub received_on: Option<NaiveDate>,
    /// Its reply deadline (a replying unit's; None until its receipt when
    /// the clock counts from receipt).
    pub clock: Option<ReplyClock>,
    /// A return asked and not yet decided.
    pub return_asked: Option<ReturnRequest>,
    /// Returns refused, each with the office's reason.
    pub refusals: Vec<(NaiveDate, String)>,
    /// The unit's latest act on the item (receipt, a return asked, and the
    /// acts of handling as they arrive): progress, for the warning.
    pub last_act: Option<(NaiveDate, &'static str)>,
    pub ended: Option<TaskEnd>,
    /// Its communications, plan versions and progress, in order.
    pub steps: Vec<(NaiveDate, Step)>,
    /// A co-unit's opinion sent to the lead unit.
    pub opinion: Option<CoOpinion>,
    /// A countersign the lead unit asked of this co-unit.
    pub countersign: Option<Countersign>,
    /// Extensions asked, in order (the last may wait for a decision), in
    /// this round.
    pub extensions: Vec<Extension>,
    /// This round's reply.
    pub replied: Option<Replied>,
    /// The rounds before this one, each closed by a second handling.
    pub rounds: Vec<Round>,
}

impl Task {
    /// A unit given an item on `since`, in `role`.
    pub fn new(unit: UnitId, role: UnitRole, since: NaiveDate, clock: Option<ReplyClock>) -> Task {
        Task {
            unit,
            role,
            since,
            received_on: None,
            clock,
            return_asked: None,
            refusals: Vec::new(),
            last_act: None,
            ended: None,
            steps: Vec::new(),
            opinion: None,
            countersign: None,
            extensions: Vec::new(),
            replied: None,
            rounds: Vec::new(),
        }
    }

    /// Whether it still holds the item.
    pub fn current(&self) -> bool {
        self.ended.is_none()
    }

    /// The reply deadline in force: the last approved extension's, or the
    /// clock's.
    pub fn due(&self) -> Option<NaiveDate> {
        self.approved_extension()
            .map(|(until, _)| until)
            .or_else(|| self.clock.as_ref().map(|c| c.deadline.due))
    }

    /// The last approved extension: its date and the unit's reason.
    pub fn approved_extension(&self) -> Option<(NaiveDate, &Extension)> {
        self.extensions
            .iter()
            .rev()
            .find_map(|e| match &e.decision {
                Some(ExtensionDecision::Approved { until, .. }) => Some((*until, e)),
                _ => None,
            })
    }

    /// How an approved extension moved the deadline, e.g.
    /// ；经2026年5月22日同意，延期至2026年8月31日（理由：……）.
    pub fn extension_note(&self) -> Option<String> {
        let e = self
            .extensions
            .iter()
            .rev()
            .find(|e| matches!(e.decision, Some(ExtensionDecision::Approved { .. })))?;
        let Some(ExtensionDecision::Approved { on, until, .. }) = &e.decision else {
            return None;
        };
        Some(format!(
            "；经{}同意，延期至{}（理由：{}）",
            crate::dates::zh(*on),
            crate::dates::zh(*until),
            e.reason
        ))
    }

    /// An extension asked and not yet decided.
    pub fn extension_pending(&self) -> Option<&Extension> {
        self.extensions.last().filter(|e| e.decision.is_none())
    }

    /// The deputies it communicated with on or before `on`.
    pub fn communicated_with(&self, on: NaiveDate) -> impl Iterator<Item = DeputyId> + '_ {
        self.steps
            .iter()
            .filter(move |(day, _)| *day <= on)
            .flat_map(|(_, s)| match s {
                Step::Communicated(c) => c.deputies.as_slice(),
                _ => &[],
            })
            .copied()
    }

    /// This round's number (1, then 2 after a second handling).
    pub fn round(&self) -> usize {
        self.rounds.len() + 1
    }

    /// When this round went back to the unit (None: the first round).
    pub fn reopened(&self) -> Option<(NaiveDate, &Reopened)> {
        self.rounds.last().map(|r| (r.reopened_on, &r.why))
    }

    /// The latest reply of a commitment class, of this round or an
    /// earlier one: a promise made to the deputies stands until it is
    /// marked done, whatever a later round answers.
    pub fn commitment(&self) -> Option<&Replied> {
        self.replied
            .iter()
            .chain(self.rounds.iter().rev().map(|r| &r.replied))
            .find(|r| r.reply.outcome() == ReplyOutcome::Commitment)
    }

    /// The same, to fold an act on its promise into.
    pub(crate) fn commitment_mut(&mut self) -> Option<&mut Replied> {
        self.replied
            .iter_mut()
            .chain(self.rounds.iter_mut().rev().map(|r| &mut r.replied))
            .find(|r| r.reply.outcome() == ReplyOutcome::Commitment)
    }

    /// The commitment not yet marked done.
    pub fn open_commitment(&self) -> Option<&Replied> {
        self.commitment().filter(|r| r.realised.is_none())
    }

    /// The plan in force (the last set).
    pub fn plan(&self) -> Option<&[PlanStep]> {
        self.steps.iter().rev().find_map(|(_, s)| match s {
            Step::Planned(p) => Some(p.as_slice()),
            _ => None,
        })
    }
}

/// An assigned item (交办).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub item: SuggestionId,
    /// The business date of the assignment.
    pub assigned_on: NaiveDate,
    /// Separate handling (分办): every unit answers.
    pub separate: bool,
    /// The clocks it runs on.
    pub terms: Terms,
    /// Every unit given the item, in order: current ones and those that
    /// returned it.
    pub tasks: Vec<Task>,
    /// 办结: the business date the office closed it.
    pub closed: Option<NaiveDate>,
}

impl Assignment {
    /// The units holding the item now, in order.
    pub fn current(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(|t| t.current())
    }

    /// The current task of `unit`.
    pub fn task(&self, unit: UnitId) -> Option<&Task> {
        self.tasks.iter().find(|t| t.unit == unit && t.current())
    }

    pub(crate) fn task_mut(&mut self, unit: UnitId) -> Option<&mut Task> {
        self.tasks
            .iter_mut()
            .find(|t| t.unit == unit && t.current())
    }

    /// The lead unit now (None in separate handling).
    pub fn lead(&self) -> Option<UnitId> {
        self.current()
            .find(|t| t.role == UnitRole::Lead)
            .map(|t| t.unit)
    }

    /// The latest act of any unit on the item, or its assignment or a
    /// reassignment: what "without progress" counts from.
    pub fn last_progress(&self) -> (NaiveDate, &'static str) {
        self.tasks
            .iter()
            .filter_map(|t| t.last_act)
            .chain(
                self.tasks
                    .iter()
                    .filter(|t| t.since > self.assigned_on)
                    .map(|t| (t.since, "重新交办")),
            )
            .fold(
                (self.assigned_on, "交办"),
                |a, b| if b.0 >= a.0 { b } else { a },
            )
    }
}

#[cfg(test)]
mod withheld_tests {
    use super::{WITHHELD, withheld};

    #[test]
    fn overlapping_passages_are_withheld_as_one_stretch() {
        let text = "反映人张三家住幸福路12号电话13812345678，已办结。";
        let passages = [
            "张三家住幸福路12号电话".to_string(),
            "电话13812345678".to_string(),
        ];
        assert_eq!(
            withheld(text, &passages),
            format!("反映人{WITHHELD}，已办结。")
        );
        // A passage inside another, one twice, two touching.
        let passages = [
            "幸福路".to_string(),
            "张三家住幸福路12号".to_string(),
            "已办结".to_string(),
        ];
        assert_eq!(
            withheld("张三家住幸福路12号；幸福路已办结。", &passages),
            format!("{WITHHELD}；{WITHHELD}。")
        );
        assert_eq!(withheld("无需删除", &[]), "无需删除");
    }
}
