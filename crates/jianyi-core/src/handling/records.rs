//! The records of handling: an item's `Assignment` and each unit's `Task`
//! on it, with the reply clock (`ReplyClock`) an assignment or a receipt
//! carries.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::{Counting, Deadline};
use crate::ids::{DeputyId, SuggestionId, UnitId};
use crate::settings::{
    ClockStart, Deadlines, Period, ReplyClass, ReplyOutcome, Settings, default_reply_classes,
};

/// How an item is handled: a lead unit (主办) with co-units (协办), or
/// several units each answering separately (分办).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
        }
    }

    /// The class of `code`.
    pub fn class(&self, code: &str) -> Option<&ReplyClass> {
        self.classes.iter().find(|c| c.code == code)
    }
}

/// How a unit communicated with the deputies before handling (办前沟通).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    pub what: String,
    pub by: NaiveDate,
}

/// How a reply is disclosed (公开形式).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// The text mark that replaces a passage not public.
pub const WITHHELD: &str = "（此处不予公开）";

impl Reply {
    /// What is published: the text without its private passages, the
    /// summary, or nothing.
    pub fn public_text(&self) -> Option<String> {
        match &self.disclosure {
            Disclosure::Full => {
                // The longest first, so a passage inside another goes with it.
                let mut passages: Vec<&String> = self.private_passages.iter().collect();
                passages.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
                Some(
                    passages
                        .into_iter()
                        .fold(self.text.clone(), |t, p| t.replace(p.as_str(), WITHHELD)),
                )
            }
            Disclosure::Summary { summary } => Some(summary.clone()),
            Disclosure::NotPublic { .. } => None,
        }
    }

    pub fn outcome(&self) -> ReplyOutcome {
        self.class.outcome
    }
}

/// How a reply letter reached its deputy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Extensions asked, in order (the last may wait for a decision).
    pub extensions: Vec<Extension>,
    pub replied: Option<Replied>,
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
