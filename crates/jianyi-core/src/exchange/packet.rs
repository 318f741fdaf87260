//! The packet file (交换包), exactly as written, without whitespace:
//!
//! ```text
//! {"packet":{"format":"jianyi-packet","version":1,"scope":"partner"|"backup",
//!   "from":OfficeCard,"to":OfficeCard|null,"made_at":"2026-11-28T10:15:00+08:00",
//!   "offices":[OfficeCard…],"holds":{"<office>":[[1,120],[124,130]]…},"events":[{"seal":Seal,"event":<raw event>}…],
//!   "key":{"office":…,"secret":"64 hex"}|null},
//!  "signature":"128 hex"}
//! ```
//!
//! The exchange worker signs the exact text of the `packet` member and
//! each event's exact stored text (its seal); `events[i].event` is kept as
//! raw JSON, so what was sealed is what the receiver stores, byte for
//! byte. `read_packet` parses and checks format and version (no crypto);
//! `write_packet` and `finish` write; `Verified` is what the worker
//! reports of a packet it opened, shared by the worker and the app.

use crate::read::ReadJson;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use thiserror::Error;

use crate::exchange::delta::Holdings;
use crate::ids::{DelegationId, LeaderId, OfficeId, StationId, UnitId};
use crate::office::OfficeRole;

/// What a packet file says it is.
pub const PACKET_FORMAT: &str = "jianyi-packet";
/// The packet version this code writes, and the newest it reads.
pub const PACKET_VERSION: u32 = 2;

/// An office as packets name it: id, name, role, the unit a handling unit
/// is bound to, and its public key (64 lowercase hex digits).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ReadJson)]
pub struct OfficeCard {
    pub id: OfficeId,
    pub name: String,
    pub role: OfficeRole,
    pub unit: Option<UnitId>,
    /// The station a station's copy is bound to (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub station: Option<StationId>,
    /// The delegation a delegation's copy is bound to (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation: Option<DelegationId>,
    /// The leader a leader's office's copy is bound to (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader: Option<LeaderId>,
    pub public_key: String,
}

/// Who made an event, and their Ed25519 signature (128 lowercase hex
/// digits) over `b"jianyi-event-v1\n"` and the event's exact text. Made
/// once, when the event first leaves its office; a relay keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seal {
    pub office: OfficeId,
    pub signature: String,
    /// The event's place among its office's sealed events, 1, 2, 3 … in
    /// the order they were sealed (version 2): what `Holdings` count. Not
    /// signed: a wrong number can only make a partner send an event again
    /// or not at all, never make one count that should not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seq: Option<u64>,
}

/// The office's secret key, carried only by a whole backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupKey {
    pub office: OfficeId,
    pub secret: String,
}

/// What a packet holds: the events for one partner office (never local or,
/// by the app's choice, private ones), or the whole store with the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PacketScope {
    Partner,
    Backup,
}

/// An event with its seal, its text kept verbatim.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SealedEvent {
    pub seal: Seal,
    pub event: Box<RawValue>,
}

impl SealedEvent {
    /// An event's stored text with its seal; the text must be JSON, and is
    /// kept as it is (it is what the seal was made over).
    pub fn new(seal: Seal, raw: &str) -> Result<SealedEvent, PacketError> {
        let event = RawValue::from_string(raw.to_string()).map_err(|e| PacketError::Malformed {
            detail: e.to_string(),
        })?;
        Ok(SealedEvent { seal, event })
    }

    /// The event's text, exactly as sealed.
    pub fn raw(&self) -> &str {
        self.event.get()
    }
}

/// The `packet` member of a packet file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Packet {
    pub format: String,
    pub version: u32,
    pub scope: PacketScope,
    pub from: OfficeCard,
    pub to: Option<OfficeCard>,
    /// When it was made, RFC 3339 in China time.
    pub made_at: String,
    /// The offices the sender trusts (its vouching; may be empty).
    pub offices: Vec<OfficeCard>,
    /// What the sender holds, per office of origin (version 2; empty in
    /// version 1): the receiver remembers it and sends only the rest.
    #[serde(default)]
    pub holds: Holdings,
    pub events: Vec<SealedEvent>,
    pub key: Option<BackupKey>,
}

/// Everything of a packet but its events.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacketHeader {
    pub format: String,
    pub version: u32,
    pub scope: PacketScope,
    pub from: OfficeCard,
    pub to: Option<OfficeCard>,
    pub made_at: String,
    pub offices: Vec<OfficeCard>,
    #[serde(default)]
    pub holds: Holdings,
    pub key: Option<BackupKey>,
}

impl PacketHeader {
    /// The header of a packet this code writes (this format and version).
    pub fn new(
        scope: PacketScope,
        from: OfficeCard,
        to: Option<OfficeCard>,
        made_at: &str,
        offices: Vec<OfficeCard>,
        holds: Holdings,
        key: Option<BackupKey>,
    ) -> PacketHeader {
        PacketHeader {
            format: PACKET_FORMAT.to_string(),
            version: PACKET_VERSION,
            scope,
            from,
            to,
            made_at: made_at.to_string(),
            offices,
            holds,
            key,
        }
    }
}

impl Packet {
    /// Everything but the events.
    pub fn header(&self) -> PacketHeader {
        PacketHeader {
            format: self.format.clone(),
            version: self.version,
            scope: self.scope,
            from: self.from.clone(),
            to: self.to.clone(),
            made_at: self.made_at.clone(),
            offices: self.offices.clone(),
            holds: self.holds.clone(),
            key: self.key.clone(),
        }
    }
}

/// A packet file: the packet's exact text and the signature beside it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PacketFile {
    pub packet: Box<RawValue>,
    /// Ed25519 over `b"jianyi-packet-v1\n"` and the packet's exact text.
    pub signature: String,
}

/// Why a file is not a packet this code can read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PacketError {
    /// Not JSON at all, or cut short.
    #[error("the file is not valid JSON: {detail}")]
    Broken { detail: String },
    #[error("the file is not a packet of 建议通")]
    NotAPacket,
    #[error("packet version {version} is newer than {PACKET_VERSION}")]
    NewerVersion { version: u64 },
    /// A packet of a version this code reads, but not as that version is
    /// written.
    #[error("the packet is malformed: {detail}")]
    Malformed { detail: String },
}

impl PacketError {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            PacketError::Broken { detail } => format!(
                "文件不是完整的 JSON，可能在传递中被截断或损坏，没有导入任何内容（{detail}）"
            ),
            PacketError::NotAPacket => "这不是建议通的交换包，没有导入任何内容".into(),
            PacketError::NewerVersion { version } => format!(
                "此交换包为第 {version} 版格式，本程序只能读取第 {PACKET_VERSION} 版及以前的格式，请升级建议通后再导入。"
            ),
            PacketError::Malformed { detail } => format!(
                "交换包的内容不符合第 {PACKET_VERSION} 版格式，无法读取，没有导入任何内容（{detail}）"
            ),
        }
    }
}

/// Just enough of a file to tell what it is, whatever its version.
#[derive(Deserialize)]
struct Probe {
    packet: Option<ProbeHead>,
}

#[derive(Deserialize)]
struct ProbeHead {
    format: Option<String>,
    version: Option<u64>,
}

/// Reads a packet file: the file (the packet's exact text, for the
/// signature) and the packet. Checks that it is JSON, a packet, of a
/// version this code reads, and written as that version is; verifies
/// nothing.
pub fn read_packet(text: &str) -> Result<(PacketFile, Packet), PacketError> {
    let probe: Probe = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => PacketError::NotAPacket,
        _ => PacketError::Broken {
            detail: e.to_string(),
        },
    })?;
    let head = probe.packet.ok_or(PacketError::NotAPacket)?;
    if head.format.as_deref() != Some(PACKET_FORMAT) {
        return Err(PacketError::NotAPacket);
    }
    match head.version {
        Some(v) if v > u64::from(PACKET_VERSION) => {
            return Err(PacketError::NewerVersion { version: v });
        }
        Some(v) if v >= 1 => {}
        _ => {
            return Err(PacketError::Malformed {
                detail: "version 缺失或无效".into(),
            });
        }
    }
    let malformed = |e: serde_json::Error| PacketError::Malformed {
        detail: e.to_string(),
    };
    let file: PacketFile = serde_json::from_str(text).map_err(malformed)?;
    let packet: Packet = serde_json::from_str(file.packet.get()).map_err(malformed)?;
    Ok((file, packet))
}

/// The packet member's fields before its events, in the order of the
/// format.
#[derive(Serialize)]
struct HeadOut<'a> {
    format: &'a str,
    version: u32,
    scope: PacketScope,
    from: &'a OfficeCard,
    to: Option<&'a OfficeCard>,
    made_at: &'a str,
    offices: &'a [OfficeCard],
    holds: &'a Holdings,
}

/// Writes the packet member without whitespace: the head, then each event
/// with its seal, its text spliced in verbatim, then the key.
fn write<'e>(
    head: &HeadOut<'_>,
    events: impl Iterator<Item = (&'e Seal, &'e str)>,
    key: Option<&BackupKey>,
) -> String {
    let mut out = json(head);
    out.pop(); // the head's closing brace
    out.push_str(",\"events\":[");
    for (i, (seal, raw)) in events.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"seal\":");
        out.push_str(&json(seal));
        out.push_str(",\"event\":");
        out.push_str(raw);
        out.push('}');
    }
    out.push_str("],\"key\":");
    out.push_str(&json(&key));
    out.push('}');
    out
}

/// Compact JSON of a piece of a packet (all plain data).
fn json<T: Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).expect("packet parts serialize: no non-string map keys")
}

/// The text of the packet member for `header` and its sealed events: what
/// the worker signs, and what `finish` wraps.
pub fn write_packet(header: &PacketHeader, events: &[SealedEvent]) -> String {
    let head = HeadOut {
        format: &header.format,
        version: header.version,
        scope: header.scope,
        from: &header.from,
        to: header.to.as_ref(),
        made_at: &header.made_at,
        offices: &header.offices,
        holds: &header.holds,
    };
    let events = events.iter().map(|e| (&e.seal, e.raw()));
    write(&head, events, header.key.as_ref())
}

/// The text of a packet member this code writes (this format and
/// version), each event's stored text (with its seal) spliced in verbatim:
/// what the worker signs, and what `finish` wraps. `key` only in a whole
/// backup. (Eight arguments: the fields of the format, in its order.)
#[allow(clippy::too_many_arguments)]
pub fn packet_text(
    scope: PacketScope,
    from: &OfficeCard,
    to: Option<&OfficeCard>,
    made_at: &str,
    offices: &[OfficeCard],
    holds: &Holdings,
    events: &[(String, Seal)],
    key: Option<&BackupKey>,
) -> String {
    let head = HeadOut {
        format: PACKET_FORMAT,
        version: PACKET_VERSION,
        scope,
        from,
        to,
        made_at,
        offices,
        holds,
    };
    write(
        &head,
        events.iter().map(|(raw, seal)| (seal, raw.as_str())),
        key,
    )
}

/// The packet file: the packet's text, as signed, and its signature.
pub fn finish(packet_text: &str, signature: &str) -> String {
    format!("{{\"packet\":{packet_text},\"signature\":\"{signature}\"}}")
}

/// The file name: `建议通交换包-<from>-至-<to or 不指定>-<date>.json`, or
/// for a whole backup `建议通整库备份-<from>-含密钥-<date>.json`.
/// Characters file systems refuse become `_`.
pub fn file_name(
    scope: PacketScope,
    from: &OfficeCard,
    to: Option<&OfficeCard>,
    on: NaiveDate,
) -> String {
    fn safe(name: &str) -> String {
        name.trim()
            .chars()
            .map(|c| match c {
                '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
                c if c.is_control() => '_',
                c => c,
            })
            .collect()
    }
    let date = on.format("%Y-%m-%d");
    let from = safe(&from.name);
    match scope {
        PacketScope::Backup => format!("建议通整库备份-{from}-含密钥-{date}.json"),
        PacketScope::Partner => {
            let to = to.map_or("不指定".to_string(), |t| safe(&t.name));
            format!("建议通交换包-{from}-至-{to}-{date}.json")
        }
    }
}

/// One event as the worker found it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifiedEvent {
    /// The event's exact text.
    pub raw: String,
    pub seal: Seal,
    /// Whether the seal holds under the key of the seal's office — the key
    /// the receiver trusts for it (passed to the worker) first, failing
    /// that a card of the packet (`from`, `offices`), so a card cannot
    /// swap a known office's key. None: no key known for that office.
    /// `judge` also holds an event whose maker a card gives another key
    /// than the one registered.
    pub seal_ok: Option<bool>,
    /// For an event of an older format, the events its migrations make of
    /// it (`migrate::migrate`, run in the worker by `with_migrations`, so
    /// the pages do not carry the migrations); None for a current one, or
    /// one whose migration failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub migrated: Option<Vec<String>>,
}

impl VerifiedEvent {
    /// The events it reads as: itself, or for an older format the events
    /// its migrations made (`migrated`); an unreadable one, or an older one
    /// not migrated, as `UnknownEvent`.
    pub fn events(&self) -> Result<Vec<crate::event::Event>, crate::event::UnknownEvent> {
        read_migrated(&self.raw, self.migrated.as_ref())
    }
}

/// The events `raw` reads as, an older format's through `migrated`.
pub fn read_migrated(
    raw: &str,
    migrated: Option<&Vec<String>>,
) -> Result<Vec<crate::event::Event>, crate::event::UnknownEvent> {
    use crate::event::{Event, Stored};
    match Event::read(raw) {
        Stored::Current(event) => Ok(vec![*event]),
        Stored::Unknown(u) => Err(u),
        Stored::Older { .. } => Event::from_migrated(
            raw,
            migrated
                .cloned()
                .ok_or_else(|| "旧格式事件未能迁移".to_string()),
        ),
    }
}

/// Runs the migrations of every older-format event of a report (its
/// packet's and those held before), as the worker does before it answers.
pub fn with_migrations(verified: &mut Verified) {
    for v in verified.events.iter_mut().chain(verified.also.iter_mut()) {
        if let crate::event::Stored::Older { .. } = crate::event::Event::read(&v.raw) {
            v.migrated = crate::migrate::migrate(&v.raw).ok();
        }
    }
}

/// What the exchange worker reports of a packet file it opened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Verified {
    pub packet: PacketHeader,
    /// Whether the packet's signature holds under `packet.from`'s key.
    pub packet_signature_ok: bool,
    pub events: Vec<VerifiedEvent>,
    /// The fingerprint of every card of the packet, by office.
    pub fingerprints: BTreeMap<OfficeId, String>,
    /// Milliseconds spent verifying.
    pub verify_ms: f64,
    /// The events earlier imports held back, verified again with this
    /// packet's keys (it may carry a key that was missing): `judge`'s
    /// `held_before`.
    #[serde(default)]
    pub also: Vec<VerifiedEvent>,
}

impl Verified {
    /// The report of a packet: `seal_ok` says of each event's seal and text
    /// whether the seal holds (None: no key known).
    pub fn of(
        packet: &Packet,
        packet_signature_ok: bool,
        fingerprints: BTreeMap<OfficeId, String>,
        verify_ms: f64,
        mut seal_ok: impl FnMut(&Seal, &str) -> Option<bool>,
    ) -> Verified {
        Verified {
            packet: packet.header(),
            packet_signature_ok,
            events: packet
                .events
                .iter()
                .map(|e| VerifiedEvent {
                    raw: e.raw().to_string(),
                    seal: e.seal.clone(),
                    seal_ok: seal_ok(&e.seal, e.raw()),
                    migrated: None,
                })
                .collect(),
            fingerprints,
            verify_ms,
            also: Vec::new(),
        }
    }
}
