//! `Event`, what happened, and `EventKind`, its payload, one enum per
//! subdomain. Events are stored append-only and never rewritten; state is
//! their fold (`State::apply`). Every event carries the format version it
//! was written in; an older one is read through the migrations of
//! `migrate`, a newer or damaged one is kept as `UnknownEvent`, raw.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::actor::Actor;
use crate::clock::Stamp;
use crate::conflict::ConflictEvent;
use crate::directory::DirectoryEvent;
use crate::evaluation::EvaluationEvent;
use crate::exchange::ExchangeEvent;
use crate::handling::HandlingEvent;
use crate::ids::EventId;
use crate::office::OfficeEvent;
use crate::raising::RaisingEvent;
use crate::read::ReadJson;
use crate::review::ReviewEvent;
use crate::supervision::SupervisionEvent;

/// The format version this code writes. Each change of the stored form is
/// a migration in `migrate::MIGRATIONS`.
pub const FORMAT: u32 = 2;

/// One thing that happened, with who, when and for which business date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct Event {
    /// The format version the event was written in.
    pub format: u32,
    pub id: EventId,
    pub stamp: Stamp,
    /// The office whose copy made the event.
    pub office: String,
    pub actor: Actor,
    /// The calendar date the act belongs to (China time), which deadlines
    /// run from; the stamp only orders events.
    pub business_date: NaiveDate,
    pub kind: EventKind,
}

/// What happened, by subdomain. Externally tagged
/// (`{"raising": {"draft_created": {...}}}`): serde reads that without
/// buffering, which keeps the app small.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Office(OfficeEvent),
    Directory(DirectoryEvent),
    Raising(RaisingEvent),
    Review(ReviewEvent),
    Exchange(ExchangeEvent),
    Conflict(ConflictEvent),
    Handling(HandlingEvent),
    Supervision(SupervisionEvent),
    #[read_json(with = "crate::evaluation::event::read_evaluation")]
    Evaluation(EvaluationEvent),
}

impl EventKind {
    /// What happened, in a few Chinese words, for history lists.
    pub fn label(&self) -> &'static str {
        match self {
            EventKind::Office(e) => e.label(),
            EventKind::Directory(e) => e.label(),
            EventKind::Raising(e) => e.label(),
            EventKind::Review(e) => e.label(),
            EventKind::Exchange(e) => e.label(),
            EventKind::Conflict(e) => e.label(),
            EventKind::Handling(e) => e.label(),
            EventKind::Supervision(e) => e.label(),
            EventKind::Evaluation(e) => e.label(),
        }
    }

    /// The id of the record an addition created (a directory entry, an
    /// opinion, a draft), for callers that go on with it.
    pub fn created_id(&self) -> Option<uuid::Uuid> {
        match self {
            EventKind::Directory(e) => match e {
                DirectoryEvent::DelegationAdded { delegation } => Some(delegation.id.0),
                DirectoryEvent::DeputyAdded { deputy } => Some(deputy.id.0),
                DirectoryEvent::SessionAdded { session } => Some(session.id.0),
                DirectoryEvent::StationAdded { station } => Some(station.id.0),
                DirectoryEvent::CommitteeAdded { committee } => Some(committee.id.0),
                DirectoryEvent::UnitAdded { unit } => Some(unit.id.0),
                DirectoryEvent::LeaderAdded { leader } => Some(leader.id.0),
                DirectoryEvent::CategoryAdded { category } => Some(category.id.0),
                _ => None,
            },
            EventKind::Raising(RaisingEvent::OpinionRecorded { opinion }) => Some(opinion.id.0),
            EventKind::Raising(RaisingEvent::DraftCreated { id, .. }) => Some(id.0),
            EventKind::Raising(_)
            | EventKind::Office(_)
            | EventKind::Review(_)
            | EventKind::Exchange(_)
            | EventKind::Conflict(_)
            | EventKind::Handling(_)
            | EventKind::Supervision(_)
            | EventKind::Evaluation(_) => None,
        }
    }

    /// Whether the event holds private data (a deputy's phone, a citizen's
    /// contact), which a packet to another office leaves out.
    pub fn is_private(&self) -> bool {
        match self {
            EventKind::Directory(e) => e.is_private(),
            EventKind::Raising(e) => e.is_private(),
            EventKind::Office(_)
            | EventKind::Review(_)
            | EventKind::Exchange(_)
            | EventKind::Conflict(_)
            | EventKind::Handling(_)
            | EventKind::Supervision(_)
            | EventKind::Evaluation(_) => false,
        }
    }

    /// Whether the event is the office's own business — its profile,
    /// settings, identity and the offices it trusts — which counts only in
    /// the office that made it: never in a packet to a partner, only in
    /// the office's own backup. A conflict's resolution travels: every
    /// office holding the conflict closes it alike.
    pub fn is_local(&self) -> bool {
        match self {
            EventKind::Office(_) | EventKind::Exchange(_) => true,
            EventKind::Directory(_)
            | EventKind::Raising(_)
            | EventKind::Review(_)
            | EventKind::Conflict(_)
            | EventKind::Handling(_)
            | EventKind::Supervision(_)
            | EventKind::Evaluation(_) => false,
        }
    }

    /// The event as if made on version `base` of its record (an edit's
    /// `base` set; None: never clashes): what taking a held change applies
    /// (`conflict::Resolution::TakeHeld`), on the version the change it
    /// clashed with made. Any other kind unchanged.
    pub fn rebased(&self, base: Option<u32>) -> EventKind {
        let mut kind = self.clone();
        match &mut kind {
            EventKind::Office(e) => e.set_base(base),
            EventKind::Directory(e) => e.set_base(base),
            EventKind::Raising(e) => e.set_base(base),
            EventKind::Review(_)
            | EventKind::Exchange(_)
            | EventKind::Conflict(_)
            | EventKind::Handling(_)
            | EventKind::Supervision(_)
            | EventKind::Evaluation(_) => {}
        }
        kind
    }
}

impl From<OfficeEvent> for EventKind {
    fn from(e: OfficeEvent) -> Self {
        EventKind::Office(e)
    }
}

impl From<DirectoryEvent> for EventKind {
    fn from(e: DirectoryEvent) -> Self {
        EventKind::Directory(e)
    }
}

impl From<RaisingEvent> for EventKind {
    fn from(e: RaisingEvent) -> Self {
        EventKind::Raising(e)
    }
}

impl From<ReviewEvent> for EventKind {
    fn from(e: ReviewEvent) -> Self {
        EventKind::Review(e)
    }
}

impl From<ExchangeEvent> for EventKind {
    fn from(e: ExchangeEvent) -> Self {
        EventKind::Exchange(e)
    }
}

impl From<HandlingEvent> for EventKind {
    fn from(e: HandlingEvent) -> Self {
        EventKind::Handling(e)
    }
}

impl From<SupervisionEvent> for EventKind {
    fn from(e: SupervisionEvent) -> Self {
        EventKind::Supervision(e)
    }
}

impl From<EvaluationEvent> for EventKind {
    fn from(e: EvaluationEvent) -> Self {
        EventKind::Evaluation(e)
    }
}

impl From<ConflictEvent> for EventKind {
    fn from(e: ConflictEvent) -> Self {
        EventKind::Conflict(e)
    }
}

/// A stored event this version cannot read (a newer office's kind, or a
/// damaged record): kept verbatim, shown, never dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownEvent {
    pub id: String,
    pub raw: String,
    pub reason: String,
}

/// A stored event as read without migrating: the app folds current ones
/// at once and hands older ones to the migrations (in a worker loaded only
/// when such events exist, so the first load does not carry them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Current(Box<Event>),
    /// Written in an older format; `migrate::migrate` reads it.
    Older {
        format: u32,
    },
    Unknown(UnknownEvent),
}

/// The `"id"` of a stored event, found without parsing it (it may be
/// unreadable).
pub fn id_of(raw: &str) -> String {
    raw.split_once("\"id\":\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or(String::new(), |(id, _)| id.to_string())
}

/// The format a stored event says it was written in: 1 when it does not
/// say (format 1 wrote none), None when it says something unreadable.
pub fn format_of(raw: &str) -> Option<u32> {
    match raw.split_once("\"format\":") {
        None => Some(1),
        Some((_, rest)) => {
            let digits: String = rest
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        }
    }
}

impl Event {
    /// The event as JSON, as it is stored and exchanged.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("events serialize: no maps with non-string keys")
    }

    /// Reads a stored event written in the current format; says so when it
    /// is older; keeps it whole as `UnknownEvent` when it is newer or
    /// unreadable.
    pub fn read(raw: &str) -> Stored {
        let unknown = |reason: String| {
            Stored::Unknown(UnknownEvent {
                id: id_of(raw),
                raw: raw.to_string(),
                reason,
            })
        };
        let newer = |format: u32| {
            unknown(format!(
                "格式版本 {format} 比本程序（{FORMAT}）新，请升级建议通"
            ))
        };
        match crate::read::from_str::<Event>(raw) {
            Ok(event) if event.format == FORMAT => Stored::Current(Box::new(event)),
            Ok(event) if event.format > FORMAT => newer(event.format),
            Ok(event) => Stored::Older {
                format: event.format,
            },
            Err(e) => match format_of(raw) {
                Some(f) if f < FORMAT => Stored::Older { format: f },
                Some(f) if f > FORMAT => newer(f),
                Some(_) | None => unknown(format!(
                    "本程序无法读取这条事件（可能来自更新版本的建议通，或已损坏）：{e}"
                )),
            },
        }
    }

    /// Reads a stored event, migrating one of an older format into the
    /// events its migrations make of it (a format-1 event that held a
    /// phone becomes two); an unreadable or newer one comes back whole as
    /// `UnknownEvent` with the reason.
    pub fn from_json(raw: &str) -> Result<Vec<Event>, UnknownEvent> {
        match Event::read(raw) {
            Stored::Current(event) => Ok(vec![*event]),
            Stored::Unknown(u) => Err(u),
            Stored::Older { .. } => Event::from_migrated(raw, crate::migrate::migrate(raw)),
        }
    }

    /// The events a migration made of a stored event (`migrated`, as
    /// `migrate::migrate` gives it), or the stored event kept whole as
    /// `UnknownEvent` with the reason.
    pub fn from_migrated(
        raw: &str,
        migrated: Result<Vec<String>, String>,
    ) -> Result<Vec<Event>, UnknownEvent> {
        let unknown = |reason: String| UnknownEvent {
            id: id_of(raw),
            raw: raw.to_string(),
            reason,
        };
        migrated
            .map_err(unknown)?
            .iter()
            .map(|json| match Event::read(json) {
                Stored::Current(e) => Ok(*e),
                Stored::Unknown(u) => Err(unknown(u.reason)),
                Stored::Older { format } => {
                    Err(unknown(format!("迁移后的格式版本 {format} 仍不是当前版本")))
                }
            })
            .collect()
    }
}
