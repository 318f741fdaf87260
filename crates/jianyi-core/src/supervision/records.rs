//! The records of supervision: a supervision record (督办记录) of any kind
//! with its participants, findings, decisions and follow-ups, and a
//! supervision group (督办组).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{CommitteeId, DeputyId, LeaderId, SuggestionId, UnitId};
use crate::read::ReadJson;

/// The kinds of supervision the localities hold.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ReadJson,
)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// 听取汇报
    Hearing,
    /// 专题调研
    Research,
    /// 实地察看
    SiteVisit,
    /// 电话回访
    PhoneCall,
    /// 面对面座谈会
    FaceToFace,
    /// 集中视察 (固始: in September, over many units)
    Inspection,
    /// 督办会
    Meeting,
    /// 领导批示: a leader's instructions on a report of the key items (固始:
    /// the county party secretary's), turned into follow-ups.
    Instruction,
}

impl RecordKind {
    pub const ALL: [RecordKind; 8] = [
        RecordKind::Hearing,
        RecordKind::Research,
        RecordKind::SiteVisit,
        RecordKind::PhoneCall,
        RecordKind::FaceToFace,
        RecordKind::Inspection,
        RecordKind::Meeting,
        RecordKind::Instruction,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RecordKind::Hearing => "听取汇报",
            RecordKind::Research => "专题调研",
            RecordKind::SiteVisit => "实地察看",
            RecordKind::PhoneCall => "电话回访",
            RecordKind::FaceToFace => "面对面座谈会",
            RecordKind::Inspection => "集中视察",
            RecordKind::Meeting => "督办会",
            RecordKind::Instruction => "领导批示",
        }
    }

    /// A stable short code, for forms and addresses.
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Hearing => "hearing",
            RecordKind::Research => "research",
            RecordKind::SiteVisit => "site_visit",
            RecordKind::PhoneCall => "phone_call",
            RecordKind::FaceToFace => "face_to_face",
            RecordKind::Inspection => "inspection",
            RecordKind::Meeting => "meeting",
            RecordKind::Instruction => "instruction",
        }
    }

    pub fn from_code(code: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether it prints as a meeting summary (会议纪要).
    pub fn has_summary(self) -> bool {
        matches!(
            self,
            RecordKind::FaceToFace | RecordKind::Meeting | RecordKind::Hearing
        )
    }
}

/// Who took part, in groups: those of the directories by name, the others
/// counted (企业家, 群众代表) or named in a line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Participants {
    pub deputies: Vec<DeputyId>,
    pub leaders: Vec<LeaderId>,
    /// The units whose heads attended (单位负责人).
    pub unit_heads: Vec<UnitId>,
    /// 企业家代表, counted.
    pub entrepreneurs: u32,
    /// 群众代表, counted.
    pub citizens: u32,
    /// Others by name, not in a directory.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub others: String,
}

impl Participants {
    /// Everyone counted: the named, the counted; others are one line, not
    /// counted.
    pub fn count(&self) -> u32 {
        (self.deputies.len() + self.leaders.len() + self.unit_heads.len()) as u32
            + self.entrepreneurs
            + self.citizens
    }
}

/// Who owes a follow-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    Unit(UnitId),
    Committee(CommitteeId),
    /// The committee office itself.
    Office,
}

/// A follow-up decided at a supervision: what, who owes it, by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct FollowUpFields {
    pub what: String,
    pub owner: Owner,
    pub due: NaiveDate,
}

/// What a supervision record says; its business date is the event's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct RecordFields {
    pub kind: RecordKind,
    /// 地点
    pub place: String,
    /// The items it covers (one or many: an inspection covers many).
    pub items: Vec<SuggestionId>,
    /// The units it covers, beyond those holding the items.
    #[serde(default)]
    pub units: Vec<UnitId>,
    pub participants: Participants,
    /// 发现的问题、听取的情况
    pub findings: String,
    /// 现场议定事项
    pub decisions: String,
    pub follow_ups: Vec<FollowUpFields>,
}

/// A supervision group (督办组): led by a standing-committee leader,
/// following items; its members are the items' proposers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct GroupFields {
    pub name: String,
    pub leader: LeaderId,
    pub items: Vec<SuggestionId>,
}

/// Where a public-interest-litigation lead referred to the procuratorate
/// stands, as the procuratorate reports it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum ProcuratorialStatus {
    /// 受理
    Received,
    /// 立案
    CaseOpened,
    /// 发出检察建议
    SuggestionIssued,
    /// 提起诉讼
    Sued,
    /// 办结
    Concluded,
    /// 不予立案, with the reason.
    Declined { reason: String },
}

impl ProcuratorialStatus {
    pub fn label(&self) -> &'static str {
        match self {
            ProcuratorialStatus::Received => "受理",
            ProcuratorialStatus::CaseOpened => "立案",
            ProcuratorialStatus::SuggestionIssued => "发出检察建议",
            ProcuratorialStatus::Sued => "提起诉讼",
            ProcuratorialStatus::Concluded => "办结",
            ProcuratorialStatus::Declined { .. } => "不予立案",
        }
    }

    /// Whether the matter ends here.
    pub fn ends(&self) -> bool {
        matches!(
            self,
            ProcuratorialStatus::Concluded | ProcuratorialStatus::Declined { .. }
        )
    }
}

/// A procuratorial suggestion received from the procuratorate (检察建议),
/// which may become the source of deputies' suggestions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct ProcuratorialFields {
    /// 文号, e.g. 示检行公建〔2026〕3号.
    pub number: String,
    pub title: String,
    /// What it finds and asks.
    pub summary: String,
}

/// A supervision activity planned (a meeting, an inspection, a visit):
/// when, where, on which items, who is invited. Held, it becomes a record
/// under the same id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct PlanFields {
    pub kind: RecordKind,
    /// The day it is planned for.
    pub planned_for: NaiveDate,
    pub place: String,
    pub items: Vec<SuggestionId>,
    pub invited: Participants,
}
