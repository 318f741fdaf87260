//! The exchange at the browser's side (交换): this office's key, kept in
//! the meta store and never in an event; export of a packet, sealing this
//! office's events the first time they leave it; and import: the file is
//! opened and its signatures checked in the exchange worker (loaded only
//! now), judged against the state by the core (`exchange::judge`), shown
//! as a preview, and stored in one transaction when the clerk accepts.

use std::collections::BTreeMap;

use jianyi_core::exchange::{
    self, ExchangeCommand, Holdings, OfficeCard, PacketScope, PartnerScope, Preview, Seal,
    Verified, VerifiedEvent,
};
use jianyi_core::{Event, EventId, OfficeId, State, Stored};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::exchange_client;
use crate::platform;
use crate::state::AppState;
use crate::storage::{ImportWrite, JsonRecord, StoredRecord};

/// The meta key of this office's key.
pub const IDENTITY: &str = "identity";

/// The meta key of what a partner said it holds (`Heard`), by its office.
fn holds_key(office: OfficeId) -> String {
    format!("holds:{office}")
}

/// What a partner said it holds, in its newest packet here.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Heard {
    /// When the partner made the packet (RFC 3339, China time).
    pub made_at: String,
    pub holds: Holdings,
    /// Its card in that packet: the directory entry it is bound to now
    /// (a station names its station once it has the directory).
    #[serde(default)]
    pub card: Option<OfficeCard>,
}

/// This office's key, as the meta store keeps it. The secret never leaves
/// the browser but in a whole backup.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OfficeKey {
    pub office: OfficeId,
    pub secret: String,
}

/// One line of the packet history.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PacketLine {
    pub at_ms: u64,
    /// "in" or "out".
    pub direction: String,
    /// The other office's name (none: a backup, or a packet to no one).
    pub office: String,
    /// The other office's id (lines logged before it was kept: none).
    #[serde(default)]
    pub office_id: Option<OfficeId>,
    pub backup: bool,
    pub events: usize,
    pub new: usize,
    pub held: usize,
    pub bytes: usize,
    pub file: String,
}

/// An event held back by an import, as the `held` store keeps it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HeldLine {
    pub event: VerifiedEvent,
    pub label: String,
    pub title: String,
    pub reason: String,
}

async fn own_key(app: &AppState) -> Result<Option<OfficeKey>, String> {
    let meta = app
        .engine()
        .store()
        .meta(IDENTITY)
        .await
        .map_err(|e| e.message_zh())?;
    Ok(meta.and_then(|m| serde_json::from_str(&m).ok()))
}

thread_local! {
    /// Whether an `ensure_identity` is under way on this page: the exchange
    /// page makes the identity on its first visit, and an export asked at
    /// once must wait for it rather than make a second key.
    static MAKING_IDENTITY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Makes this office's key pair on first use: the secret from the
/// browser's random generator, the public key and fingerprint in the
/// worker; the public identity is an event, the secret a meta value. One
/// at a time on a page: a second caller waits for the first and gets its
/// key.
pub async fn ensure_identity(app: AppState) -> Result<OfficeKey, String> {
    while MAKING_IDENTITY.with(|m| m.replace(true)) {
        platform::sleep(50).await;
    }
    let out = make_identity_once(app).await;
    MAKING_IDENTITY.with(|m| m.set(false));
    out
}

async fn make_identity_once(app: AppState) -> Result<OfficeKey, String> {
    let has_identity = app.domain.with_untracked(|s| s.exchange.own.is_some());
    let key = own_key(&app).await?;
    if has_identity && let Some(key) = key {
        return Ok(key);
    }
    if app.domain.with_untracked(|s| s.office.profile.is_none()) {
        return Err(
            "请先在“设置 › 本机单位”中填写本单位的名称和单位类型，再生成本单位密钥。".into(),
        );
    }
    if has_identity {
        return Err("本单位的身份已登记，但本机找不到它的密钥（可能只恢复了部分数据）。请从含密钥的整库备份恢复。".into());
    }
    let key = match key {
        Some(key) => key,
        None => {
            let key = OfficeKey {
                office: OfficeId(uuid::Uuid::from_u128(platform::random_u128())),
                secret: exchange_client::random_seed_hex(),
            };
            let json = serde_json::to_string(&key).map_err(|e| e.to_string())?;
            app.engine()
                .store()
                .set_meta(IDENTITY, &json)
                .await
                .map_err(|e| e.message_zh())?;
            key
        }
    };
    let (public_key, fingerprint) = exchange_client::make_identity(&key.secret).await?;
    app.dispatch(ExchangeCommand::MakeIdentity {
        office: key.office,
        public_key,
        fingerprint,
    })
    .await
    .map(|_| key)
    .map_err(|e| e.message_zh())
}

/// What an export made.
#[derive(Clone, Debug)]
pub struct Exported {
    pub file_name: String,
    pub events: usize,
    pub bytes: usize,
    pub ms: f64,
}

/// Exports a whole backup (`to` none, `backup` true: everything, private
/// data and the key included) or a packet for one partner office (or for
/// no named office): this office's events are sealed the first time they
/// leave it, the packet is signed, offered as a download, and logged.
pub async fn export(
    app: AppState,
    to: Option<OfficeCard>,
    backup: bool,
) -> Result<Exported, String> {
    let started = platform::now_ms();
    let key = ensure_identity(app).await?;
    let (from, offices) = app
        .domain
        .with_untracked(|s| (exchange::own_card(s), partners(s)));
    let from = from.ok_or_else(|| "请先在“设置 › 本机单位”中填写本单位。".to_string())?;
    let engine = app.engine();
    let store = engine.store();
    let (records, _) = store.load().await.map_err(|e| e.message_zh())?;
    let held_lines: Vec<HeldLine> = store
        .held()
        .await
        .map_err(|e| e.message_zh())?
        .into_iter()
        .filter_map(|line| serde_json::from_str(&line.body).ok())
        .collect();
    let seals: Vec<Seal> = records.iter().filter_map(seal_of).collect();
    // What each partner said it holds, read once: of this office's events
    // it counts for the numbers (a restored older backup must not reuse
    // numbers partners hold), and it decides what a packet to it leaves out.
    let mut told: BTreeMap<OfficeId, Heard> = BTreeMap::new();
    for card in &offices {
        if let Some(h) = heard(&app, card.id).await? {
            told.insert(card.id, h);
        }
    }
    let next_seq = exchange::delta::next_seq(key.office, &seals, told.values().map(|h| &h.holds));
    let chosen = if backup {
        records
    } else {
        // What the partner may see (a packet to no named office: all that
        // travels), and of that what it did not say it holds.
        let heard = to.as_ref().and_then(|card| told.get(&card.id));
        let scope = to.as_ref().map(|card| {
            // Its binding as its newest packet gave it, its role as trusted.
            let card = match heard.as_ref().and_then(|h| h.card.as_ref()) {
                Some(latest) => OfficeCard {
                    unit: latest.unit,
                    station: latest.station,
                    delegation: latest.delegation,
                    leader: latest.leader,
                    ..card.clone()
                },
                None => card.clone(),
            };
            let drafted = drafted_by(&records, card.id);
            app.domain
                .with_untracked(|s| PartnerScope::of(s, &card))
                .with_items(drafted)
        });
        for_partners(records, |event, seal| match (&to, &scope) {
            (Some(card), Some(scope)) => {
                exchange::scope::goes_to(scope, heard.map(|h| &h.holds), card.id, event, seal)
            }
            _ => exchange::scope::travels(event),
        })
        .await?
    };
    let sealed = seal_unsealed(&key, chosen, next_seq).await?;
    let store_seals: Vec<StoredRecord> = sealed
        .iter()
        .filter(|(_, new)| *new)
        .map(|(r, _)| r.clone())
        .collect();
    if !store_seals.is_empty() {
        store
            .put_seals(&store_seals)
            .await
            .map_err(|e| e.message_zh())?;
    }
    let mut events: Vec<(String, Seal)> = Vec::with_capacity(sealed.len());
    for (record, _) in &sealed {
        let seal = seal_of(record).ok_or_else(|| format!("事件 {} 的签名无法读取", record.id))?;
        events.push((record.body.clone(), seal));
    }
    // What this office holds, to tell the partner: every sealed event
    // stored or held back here, with those sealed just now.
    let sealed_now: Vec<Seal> = sealed
        .iter()
        .filter(|(_, new)| *new)
        .filter_map(|(r, _)| seal_of(r))
        .collect();
    let holds = Holdings::of(
        seals
            .iter()
            .chain(&sealed_now)
            .chain(held_lines.iter().map(|h| &h.event.seal)),
    );
    if backup {
        for held in held_lines {
            events.push((held.event.raw, held.event.seal));
        }
    }
    let made_at = platform::china_now_text();
    let scope = if backup {
        PacketScope::Backup
    } else {
        PacketScope::Partner
    };
    let backup_key = backup.then(|| exchange::BackupKey {
        office: key.office,
        secret: key.secret.clone(),
    });
    let packet_text = exchange::packet_text(
        scope,
        &from,
        to.as_ref(),
        &made_at,
        &offices,
        &holds,
        &events,
        backup_key.as_ref(),
    );
    let signature = exchange_client::sign(&key.secret, &packet_text).await?;
    let text = exchange::finish(&packet_text, &signature);
    let file_name = exchange::file_name(scope, &from, to.as_ref(), platform::china_today());
    platform::download(&file_name, &text, "application/json")?;
    let line = PacketLine {
        at_ms: platform::now_ms(),
        direction: "out".into(),
        office_id: to.as_ref().map(|c| c.id),
        office: to.map(|c| c.name).unwrap_or_default(),
        backup,
        events: events.len(),
        new: 0,
        held: 0,
        bytes: text.len(),
        file: file_name.clone(),
    };
    log(&app, &line, None).await?;
    Ok(Exported {
        file_name,
        events: events.len(),
        bytes: text.len(),
        ms: (platform::now_ms() - started) as f64,
    })
}

/// A stored record's seal (none: this office's own event, not yet sent).
fn seal_of(record: &StoredRecord) -> Option<Seal> {
    serde_json::from_str(record.seal.as_deref()?).ok()
}

/// The items whose drafts `office` made (their seals name it).
fn drafted_by(records: &[StoredRecord], office: OfficeId) -> Vec<jianyi_core::SuggestionId> {
    records
        .iter()
        .filter(|r| seal_of(r).is_some_and(|seal| seal.office == office))
        .filter_map(|r| match Event::read(&r.body) {
            Stored::Current(event) => match event.kind {
                jianyi_core::EventKind::Raising(
                    jianyi_core::raising::RaisingEvent::DraftCreated { id, .. },
                ) => Some(id),
                _ => None,
            },
            Stored::Older { .. } | Stored::Unknown(_) => None,
        })
        .collect()
}

/// The records a packet to a partner carries: those `keep` says travel to
/// it (given the record's seal, if it has one). An event of an older format (stored before an upgrade) is read
/// through its migrations, in the migrate worker, and travels, as stored,
/// only if `keep` holds of everything it means (a format-1 deputy with a
/// phone does not travel).
async fn for_partners(
    records: Vec<StoredRecord>,
    keep: impl Fn(&Event, Option<&Seal>) -> bool,
) -> Result<Vec<StoredRecord>, String> {
    let mut out = Vec::with_capacity(records.len());
    let mut older = Vec::new();
    for record in records {
        match Event::read(&record.body) {
            Stored::Current(event) if keep(&event, seal_of(&record).as_ref()) => out.push(record),
            Stored::Older { .. } => older.push(record),
            Stored::Current(_) | Stored::Unknown(_) => {}
        }
    }
    if older.is_empty() {
        return Ok(out);
    }
    let raws: Vec<String> = older.iter().map(|r| r.body.clone()).collect();
    let answers = platform::migrate_events(&raws).await?;
    for (record, answer) in older.into_iter().zip(answers) {
        let seal = seal_of(&record);
        let all_travel = answer.is_ok_and(|migrated| {
            !migrated.is_empty()
                && migrated.iter().all(|json| match Event::read(json) {
                    Stored::Current(event) => keep(&event, seal.as_ref()),
                    Stored::Older { .. } | Stored::Unknown(_) => false,
                })
        });
        if all_travel {
            out.push(record);
        }
    }
    // The log's order (by stamp), as stored.
    out.sort_by(|a, b| a.stamp.cmp(&b.stamp));
    Ok(out)
}

/// Seals, with this office's key, the records that have no seal yet (this
/// office's own events: an event from elsewhere always arrives sealed),
/// numbering them from `next_seq` in the order given (the log's). Each
/// record comes back with whether it was sealed just now.
async fn seal_unsealed(
    key: &OfficeKey,
    records: Vec<StoredRecord>,
    next_seq: u64,
) -> Result<Vec<(StoredRecord, bool)>, String> {
    let bodies: Vec<String> = records
        .iter()
        .filter(|r| r.seal.is_none())
        .map(|r| r.body.clone())
        .collect();
    let mut signatures = if bodies.is_empty() {
        Vec::new()
    } else {
        exchange_client::seal(&key.secret, bodies).await?
    }
    .into_iter();
    let mut out = Vec::with_capacity(records.len());
    let mut seq = next_seq;
    for mut record in records {
        let new = record.seal.is_none();
        if new {
            let signature = signatures
                .next()
                .ok_or_else(|| "签名数目不符".to_string())?;
            let seal = Seal {
                office: key.office,
                signature,
                seq: Some(seq),
            };
            seq += 1;
            record.seal = Some(serde_json::to_string(&seal).map_err(|e| e.to_string())?);
        }
        out.push((record, new));
    }
    Ok(out)
}

async fn log(app: &AppState, line: &PacketLine, write: Option<ImportWrite>) -> Result<(), String> {
    let record = JsonRecord {
        id: format!("{:015}-{:08x}", line.at_ms, platform::random_u128() as u32),
        body: serde_json::to_string(line).map_err(|e| e.to_string())?,
    };
    match write {
        None => app
            .engine()
            .store()
            .log_packet(&record)
            .await
            .map_err(|e| e.message_zh()),
        Some(mut write) => {
            write.packet = Some(record);
            app.engine()
                .import(&write)
                .await
                .map_err(|e| e.message_zh())
        }
    }
}

/// The history of packets in and out, newest first.
pub async fn history(app: AppState) -> Result<Vec<PacketLine>, String> {
    let lines = app
        .engine()
        .store()
        .packets()
        .await
        .map_err(|e| e.message_zh())?;
    let mut out: Vec<(String, PacketLine)> = lines
        .into_iter()
        .filter_map(|r| Some((r.id, serde_json::from_str(&r.body).ok()?)))
        .collect();
    out.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(out.into_iter().map(|(_, l)| l).collect())
}

/// The events held back by earlier imports.
pub async fn held(app: AppState) -> Result<Vec<HeldLine>, String> {
    let lines = app
        .engine()
        .store()
        .held()
        .await
        .map_err(|e| e.message_zh())?;
    Ok(lines
        .into_iter()
        .filter_map(|r| serde_json::from_str(&r.body).ok())
        .collect())
}

/// A packet opened and checked, ready to preview.
#[derive(Clone, Debug)]
pub struct Opened {
    pub file: String,
    pub bytes: usize,
    pub verified: Verified,
    /// Reading, checking and judging, in milliseconds.
    pub ms: f64,
}

/// Opens a chosen file: its size against the limit in the settings before
/// reading it, then its format, version and signatures in the worker.
pub async fn open(app: AppState, file: web_sys::File) -> Result<Opened, String> {
    let started = platform::now_ms();
    let (limit_mb, limit) = app.domain.with_untracked(|s| {
        let e = &s.settings().exchange;
        (e.packet_limit_mb, e.packet_limit_bytes())
    });
    let size = file.size();
    if size > limit as f64 {
        return Err(format!(
            "文件“{}”有 {}，超过“设置 › 交换”中交换包 {limit_mb} MB 的上限，没有读取。",
            file.name(),
            platform::human_bytes(size)
        ));
    }
    let bytes = platform::file_bytes(&file).await?;
    let text = String::from_utf8(bytes).map_err(|_| {
        format!(
            "文件“{}”不是建议通交换包：内容不是 UTF-8 文本。",
            file.name()
        )
    })?;
    let known = app.domain.with_untracked(known_keys);
    let held_before = held(app).await?;
    let also: Vec<VerifiedEvent> = held_before.into_iter().map(|h| h.event).collect();
    let verified = exchange_client::open(&text, &known, &also).await?;
    Ok(Opened {
        file: file.name(),
        bytes: text.len(),
        verified,
        ms: (platform::now_ms() - started) as f64,
    })
}

/// The public keys this office knows: its own and its trusted partners'.
fn known_keys(state: &State) -> Vec<(OfficeId, String)> {
    let mut out: Vec<(OfficeId, String)> = state
        .exchange
        .known
        .values()
        .map(|k| (k.card.id, k.card.public_key.clone()))
        .collect();
    if let Some(own) = &state.exchange.own {
        out.push((own.office, own.public_key.clone()));
    }
    out
}

/// What the store holds, for the judgement: the events read and their
/// exact texts by id.
pub struct Holding {
    pub events: Vec<Event>,
    pub bodies: BTreeMap<EventId, String>,
}

/// Reads the store for a judgement.
pub async fn holding(app: AppState) -> Result<Holding, String> {
    let (records, _) = app
        .engine()
        .store()
        .load()
        .await
        .map_err(|e| e.message_zh())?;
    let mut events = Vec::with_capacity(records.len());
    let mut bodies = BTreeMap::new();
    for record in records {
        match Event::read(&record.body) {
            Stored::Current(event) => {
                bodies.insert(event.id, record.body);
                events.push(*event);
            }
            // An event of an older format is held all the same: its text
            // is what a packet carrying it again must match.
            Stored::Older { .. } | Stored::Unknown(_) => {
                if let Ok(id) = record.id.parse::<EventId>() {
                    bodies.insert(id, record.body);
                }
            }
        }
    }
    Ok(Holding { events, bodies })
}

/// The preview of an opened packet; `confirm_sender` is the clerk's word
/// that the sender's fingerprint was compared by phone.
pub fn preview(state: &State, holding: &Holding, opened: &Opened, confirm_sender: bool) -> Preview {
    exchange::judge(
        state,
        &holding.events,
        &holding.bodies,
        &opened.verified.also,
        &opened.verified,
        confirm_sender,
    )
}

/// What an accepted import stored.
#[derive(Clone, Debug)]
pub struct Imported {
    pub new: usize,
    pub held: usize,
    pub already: usize,
    /// Of the held, those an earlier import already held.
    pub held_before: usize,
    /// Storing and folding again, in milliseconds.
    pub ms: f64,
}

/// Stores an accepted preview in one transaction: its new events with
/// their seals, the offices it trusts, the events it holds back (and
/// releases from earlier imports), the packet's line in the history, and
/// — restoring a backup into an empty browser — the office's key.
pub async fn accept(app: AppState, opened: &Opened, preview: &Preview) -> Result<Imported, String> {
    if let Some(reason) = &preview.refused {
        return Err(reason.clone());
    }
    let started = platform::now_ms();
    let engine = app.engine();
    let trust: Vec<jianyi_core::Command> = preview
        .trust_commands()
        .into_iter()
        .map(Into::into)
        .collect();
    let mut write = ImportWrite::default();
    for incoming in &preview.new {
        write.events.push(StoredRecord {
            id: incoming.event.id.to_string(),
            stamp: incoming.event.stamp.sort_key(),
            body: incoming.raw.clone(),
            seal: Some(serde_json::to_string(&incoming.seal).map_err(|e| e.to_string())?),
        });
    }
    if preview.restore
        && let Some(key) = &opened.verified.packet.key
    {
        let (public_key, _) = exchange_client::make_identity(&key.secret).await?;
        if key.office != opened.verified.packet.from.id
            || public_key != opened.verified.packet.from.public_key
        {
            return Err(
                "备份中的密钥与备份单位的公钥不符：备份文件有误或被改动，没有恢复任何内容。".into(),
            );
        }
        let own = OfficeKey {
            office: key.office,
            secret: key.secret.clone(),
        };
        write.meta.push((
            IDENTITY.into(),
            serde_json::to_string(&own).map_err(|e| e.to_string())?,
        ));
    }
    // What the partner says it holds, if this packet is its newest word.
    let h = &opened.verified.packet;
    if h.scope == PacketScope::Partner && preview.sender.status != exchange::SenderStatus::Own {
        // The later import wins a tie (two packets made in one second).
        let newer = heard(&app, h.from.id)
            .await?
            .is_none_or(|before| before.made_at <= h.made_at);
        if newer {
            let heard = Heard {
                made_at: h.made_at.clone(),
                holds: h.holds.clone(),
                card: Some(h.from.clone()),
            };
            write.meta.push((
                holds_key(h.from.id),
                serde_json::to_string(&heard).map_err(|e| e.to_string())?,
            ));
        }
    }
    let trusted = engine
        .decide_all(trust, &app.actor(), platform::china_today())
        .map_err(|e| e.message_zh())?;
    write
        .events
        .extend(trusted.iter().map(crate::engine::record_of));
    let held_ids: std::collections::BTreeSet<&str> =
        preview.held.iter().map(|h| h.id.as_str()).collect();
    let held_before = preview.held.iter().filter(|h| h.earlier).count();
    for before in &opened.verified.also {
        let id = exchange::judge::event_id(&before.raw);
        if !held_ids.contains(id.as_str()) {
            write.unheld.push(id);
        }
    }
    for h in &preview.held {
        let line = HeldLine {
            event: VerifiedEvent {
                raw: h.raw.clone(),
                seal: h.seal.clone(),
                seal_ok: None,
                migrated: None,
            },
            label: h.label.clone(),
            title: h.title.clone(),
            reason: h.reason.clone(),
        };
        write.held.push(JsonRecord {
            id: h.id.clone(),
            body: serde_json::to_string(&line).map_err(|e| e.to_string())?,
        });
    }
    let line = PacketLine {
        at_ms: platform::now_ms(),
        direction: "in".into(),
        office_id: Some(preview.sender.card.id),
        office: preview.sender.card.name.clone(),
        backup: preview.scope == PacketScope::Backup,
        events: opened.verified.events.len(),
        new: preview.new.len(),
        held: preview.held.len(),
        bytes: opened.bytes,
        file: opened.file.clone(),
    };
    log(&app, &line, Some(write)).await?;
    Ok(Imported {
        new: preview.new.len(),
        held: preview.held.len(),
        already: preview.already,
        held_before,
        ms: (platform::now_ms() - started) as f64,
    })
}

/// The offices a packet may be addressed to: the trusted partners.
pub fn partners(state: &State) -> Vec<OfficeCard> {
    state
        .exchange
        .known
        .values()
        .map(|k| k.card.clone())
        .collect()
}

/// What `office` said it holds in its newest packet here, if any.
pub async fn heard(app: &AppState, office: OfficeId) -> Result<Option<Heard>, String> {
    let meta = app
        .engine()
        .store()
        .meta(&holds_key(office))
        .await
        .map_err(|e| e.message_zh())?;
    Ok(meta.and_then(|m| serde_json::from_str(&m).ok()))
}

/// A partner as the partners' list shows it.
#[derive(Clone, Debug)]
pub struct PartnerLine {
    pub card: OfficeCard,
    pub fingerprint: String,
    /// 已核对指纹, or 经“…”担保.
    pub basis: String,
    /// The business date it was trusted on.
    pub trusted_on: chrono::NaiveDate,
    pub last_out: Option<PacketLine>,
    pub last_in: Option<PacketLine>,
    /// What it said it holds, in its newest packet here.
    pub heard: Option<Heard>,
}

/// The partners this office trusts, each with its last packets both ways
/// and what it said it holds.
pub async fn partner_lines(app: AppState) -> Result<Vec<PartnerLine>, String> {
    let history = history(app).await?;
    let known: Vec<(OfficeCard, String, String, chrono::NaiveDate)> =
        app.domain.with_untracked(|s| {
            s.exchange
                .known
                .values()
                .map(|k| {
                    let basis = match &k.basis {
                        exchange::TrustBasis::Confirmed => k.basis.label().to_string(),
                        exchange::TrustBasis::Vouched { by } => {
                            let by = s
                                .exchange
                                .known
                                .get(by)
                                .map_or_else(|| by.to_string(), |b| b.card.name.clone());
                            format!("经“{by}”担保")
                        }
                    };
                    (k.card.clone(), k.fingerprint.clone(), basis, k.on)
                })
                .collect()
        });
    let mut out = Vec::with_capacity(known.len());
    for (card, fingerprint, basis, trusted_on) in known {
        // Lines logged before ids were kept match by name.
        let theirs = |l: &&PacketLine| {
            !l.backup
                && l.office_id
                    .map_or(l.office == card.name, |id| id == card.id)
        };
        let last_out = history
            .iter()
            .filter(|l| l.direction == "out")
            .find(theirs)
            .cloned();
        let last_in = history
            .iter()
            .filter(|l| l.direction == "in")
            .find(theirs)
            .cloned();
        let heard = heard(&app, card.id).await?;
        out.push(PartnerLine {
            card,
            fingerprint,
            basis,
            trusted_on,
            last_out,
            last_in,
            heard,
        });
    }
    Ok(out)
}
