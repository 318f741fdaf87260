//! `judge`: what importing a packet would do, before anything is stored.
//! Pure: from the state, what the store holds, the events earlier imports
//! held, and the worker's report (`Verified`), it says for each event
//! whether it is new, already held, or held back with the reason, which
//! offices would come to be trusted, and which conflicts the new events
//! bring. Accepting stores the new events (their text as it came), the
//! held ones apart, and the trust (`Preview::trust_commands`), together.
//!
//! The rules:
//! - A packet whose own signature fails is refused whole; so is one whose
//!   sender is registered (or is this office) under another key.
//! - The maker of an event is its seal's office, whoever relays it. An
//!   event counts only if its seal holds, its maker is this office, an
//!   office trusted here, or one a trusted committee office (or, in
//!   township mode, township presidium) vouches for in this packet (its
//!   `offices`), under the key registered here; and if the maker's role
//!   may author its kind (`authority`) under this office's rules on the
//!   event's business date (a township presidium numbers only in township
//!   mode). This office's own events are not judged by role: they were
//!   decided here and always apply here. Settings, profile, identity and
//!   trust count only in the office that made them.
//! - Vouching never admits an office that may number (a committee office,
//!   a township presidium): such an office is trusted only on its
//!   fingerprint, confirmed by phone.
//! - An office that may number (`OfficeRole::may_number` under its rules
//!   in force) trusts no other office that may number under those rules:
//!   their events are held (`numbering_peer`), however they came to be
//!   known, and no trust is proposed for them.
//! - An unknown sender's own events wait until a clerk confirms its
//!   fingerprint (`confirm_sender`); then it is trusted and judged by the
//!   role on its card.
//! - A whole backup, carrying the key of the office it is from, into a
//!   store with no identity and no events restores the office: the
//!   backup's office becomes this office, judged by the backup's own
//!   settings. This office's own packet (its backup, or a copy's) brings
//!   its own trust events, and the offices they trust count for the
//!   packet's other events.
//! - An event's id is the top-level `id` of its parsed text (`event_id`),
//!   never a text search, which a crafted event could fool.
//! - Events held by earlier imports are judged again with the packet's, and
//!   may become new; an event whose id the store holds is already held, or,
//!   with other content, held with the local copy kept. Two packets
//!   carrying one id with different contents keep whichever arrived first
//!   and hold the other (a faulty or forged packet): this is the one case
//!   where arrival order shows, and it is shown to the clerk.
//! - An event of an older format is judged by the events its migration
//!   makes (all of them must pass), and stored as it came.

use std::collections::{BTreeMap, BTreeSet};

use crate::conflict::ConflictEvent;
use crate::directory::{DirectoryEvent, EntryRef};
use crate::event::{Event, EventKind, Stored, id_of};
use crate::exchange::authority::{self, may_be_vouched_for, vouches};
use crate::exchange::command::ExchangeCommand;
use crate::exchange::event::{ExchangeEvent, TrustBasis};
use crate::exchange::packet::{
    OfficeCard, PacketHeader, PacketScope, Seal, Verified, VerifiedEvent,
};
use crate::ids::{EventId, OfficeId, OpinionId, SuggestionId};
use crate::office::OfficeRole;
use crate::raising::RaisingEvent;
use crate::review::ReviewEvent;
use crate::state::{Conflict, State};

/// The packet's own signature fails.
pub const BAD_PACKET_SIGNATURE: &str =
    "交换包的签名与内容不符：文件在传递中被改动或损坏，没有导入任何内容。";
/// The sender is registered (or is this office) under another key.
pub const SENDER_KEY_MISMATCH: &str = "的密钥与本单位登记的不符，没有导入任何内容";

/// The refusal of a packet whose sender is registered here under another
/// key: names the office and both fingerprints.
pub fn sender_key_mismatch(name: &str, registered: &str, in_packet: &str) -> String {
    format!(
        "发送单位“{name}”{SENDER_KEY_MISMATCH}（登记的指纹 {registered}，本包的指纹 {in_packet}）。可能有人冒用该单位的名义，或对方重装后生成了新密钥：请电话向对方核实。"
    )
}
/// The sender's own events, until its fingerprint is confirmed.
pub const SENDER_UNCONFIRMED: &str = "发送单位尚未确认：请电话核对指纹后确认";
/// A unit's act made by a unit's copy bound to another unit (or to none).
pub const NOT_ITS_LEADER: &str = "领导办公室只能登记本领导领办、督办或任组长的督办组跟踪的建议的督办，并以领导本人名义预警：这一事件超出了发出它的领导办公室（或未绑定领导的建议通）所服务领导的范围";
pub const NOT_ITS_UNIT: &str = "承办单位只能办理本单位承办的事项（签收、退办、沟通、计划、进展、答复等）：这一事件出自绑定其他承办单位（或未绑定）的建议通";
/// An event's seal fails.
pub const BAD_SEAL: &str = "签名与内容不符：在传递中被改动，或不是所署单位制作";
/// The maker is neither known nor vouched for.
pub const MAKER_UNKNOWN: &str = "制作单位未知：未确认其身份，也没有已信任的单位为其担保";
/// A card of the packet gives the maker another key than the one registered.
pub const MAKER_KEY_MISMATCH: &str = "制作单位的密钥与已登记的不符";
/// The store holds an event of the same id with other content.
pub const SAME_ID_DIFFERENT: &str = "同一事件编号的内容不同，已保留本地的一份";
/// Another office's settings, profile, identity or trust.
pub const OTHER_OFFICES_LOCAL: &str = "其他单位的设置、身份信息不在本单位生效";
/// The worker had no key for the maker (it was not given the keys known
/// here): nothing is applied unverified.
pub const SEAL_UNCHECKED: &str = "签名未能核验：核验时没有制作单位的公钥，请重新导入";
/// The label and title of an event this version cannot read.
pub const UNREADABLE: &str = "无法读取的事件";

/// Why an office that may number (`own`) does not accept another office
/// that may number (`theirs`), e.g. 本单位是代表工委，不接受另一个自称代表工委的单位.
pub fn numbering_peer(own: OfficeRole, theirs: OfficeRole) -> String {
    format!(
        "本单位是{}，不接受另一个自称{}的单位：请核对对方的单位类型",
        own.label(),
        theirs.label()
    )
}

/// The id of an event as its text says it: the top-level `id` of the
/// parsed event (of an older format, of its JSON). Only text that is no
/// JSON object with a string `id` falls back to a text search (`id_of`);
/// such an event cannot be read, and is held anyway.
pub fn event_id(raw: &str) -> String {
    if let Stored::Current(event) = Event::read(raw) {
        return event.id.to_string();
    }
    serde_json::from_str::<serde_json::Value>(raw)
        .ok()
        .and_then(|v| v.get("id")?.as_str().map(str::to_string))
        .unwrap_or_else(|| id_of(raw))
}

/// Where the packet's sender stands here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SenderStatus {
    /// This office (its backup, or a copy of it).
    Own,
    /// Trusted here under the same key.
    Known,
    /// Registered here (or this office) under another key: refused.
    KeyMismatch,
    /// Not known: its fingerprint is to be confirmed by phone.
    Unknown,
}

/// The sender as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SenderView {
    pub card: OfficeCard,
    pub fingerprint: String,
    pub status: SenderStatus,
}

/// An event to be stored: its text as it came (what is stored) and its
/// seal; `event` is the event as read, and for an older format the first
/// of the events its migration makes, `more` the rest (usually none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    pub event: Event,
    pub more: Vec<Event>,
    pub raw: String,
    pub seal: Seal,
}

impl Incoming {
    /// Every event it reads as.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        std::iter::once(&self.event).chain(&self.more)
    }
}

/// An event kept but not applied, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    /// The event's id as its text says it.
    pub id: String,
    pub raw: String,
    pub seal: Seal,
    /// Its kind, e.g. 立案编号.
    pub label: String,
    /// Its record's title (`Group::title`).
    pub title: String,
    pub reason: String,
    /// Held by an earlier import, and still held.
    pub earlier: bool,
    /// An older format's migrated events, as the worker gave them.
    pub migrated: Option<Vec<String>>,
}

/// The events of one record: a suggestion by its title, a directory entry
/// by its name, an opinion by its topic; events of no record by their kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Stable, for keyed lists.
    pub key: String,
    pub title: String,
    pub new: usize,
    pub held: usize,
    /// The reasons its events are held, each once.
    pub reasons: Vec<String>,
}

/// What importing a packet would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub sender: SenderView,
    pub scope: PacketScope,
    pub made_at: String,
    pub to: Option<OfficeCard>,
    /// Addressed to another office than this one.
    pub addressed_elsewhere: bool,
    /// Refused whole, and why: nothing is imported.
    pub refused: Option<String>,
    /// A whole backup restoring the office into an empty store.
    pub restore: bool,
    pub new: Vec<Incoming>,
    /// Events of the packet the store already holds.
    pub already: usize,
    /// Every event held after the import: the packet's, and those of
    /// earlier imports still held (`Held::earlier`).
    pub held: Vec<Held>,
    /// Offices to be trusted: (card, fingerprint, basis), the sender first.
    pub trust: Vec<(OfficeCard, String, TrustBasis)>,
    pub groups: Vec<Group>,
    /// Conflicts the new events bring, not there before.
    pub conflicts: Vec<Conflict>,
}

impl Preview {
    /// The commands that record the trust, in order (the sender before the
    /// offices it vouches for).
    pub fn trust_commands(&self) -> Vec<ExchangeCommand> {
        self.trust
            .iter()
            .map(|(card, fingerprint, basis)| ExchangeCommand::TrustOffice {
                card: card.clone(),
                fingerprint: fingerprint.clone(),
                basis: basis.clone(),
            })
            .collect()
    }

    /// Whether accepting would store or trust nothing.
    pub fn adds_nothing(&self) -> bool {
        self.new.is_empty() && self.trust.is_empty()
    }

    fn of(
        h: &PacketHeader,
        fingerprint: String,
        status: SenderStatus,
        own: Option<OfficeId>,
    ) -> Preview {
        Preview {
            sender: SenderView {
                card: h.from.clone(),
                fingerprint,
                status,
            },
            scope: h.scope,
            made_at: h.made_at.clone(),
            to: h.to.clone(),
            addressed_elsewhere: h.to.as_ref().is_some_and(|t| Some(t.id) != own),
            refused: None,
            restore: false,
            new: Vec::new(),
            already: 0,
            held: Vec::new(),
            trust: Vec::new(),
            groups: Vec::new(),
            conflicts: Vec::new(),
        }
    }
}

/// Judges a packet the worker opened (`verified`) against the state, the
/// events the store holds (`existing`, as read; `stored_bodies`, their
/// texts by id) and the events earlier imports held (`held_before`,
/// verified again with this packet's keys). `confirm_sender`: the clerk
/// confirmed the unknown sender's fingerprint.
pub fn judge(
    state: &State,
    existing: &[Event],
    stored_bodies: &BTreeMap<EventId, String>,
    held_before: &[VerifiedEvent],
    verified: &Verified,
    confirm_sender: bool,
) -> Preview {
    let h = &verified.packet;
    let restore = h.scope == PacketScope::Backup
        && state.exchange.own.is_none()
        && existing.is_empty()
        && stored_bodies.is_empty()
        && h.key.as_ref().is_some_and(|k| k.office == h.from.id);
    let restored = restore.then(|| own_settings(verified));
    let rules = restored.as_ref().unwrap_or(state);
    let mut reg = Registry::new(state, rules, verified, restore);
    let status = reg.status_of(&h.from);
    let fingerprint = verified.fingerprints.get(&h.from.id).cloned();
    let mut preview = Preview::of(h, fingerprint.unwrap_or_default(), status, reg.own);
    if !verified.packet_signature_ok {
        preview.refused = Some(BAD_PACKET_SIGNATURE.into());
        return preview;
    }
    if status == SenderStatus::KeyMismatch {
        let registered = match state.exchange.own.as_ref() {
            Some(own) if own.office == h.from.id => own.fingerprint.clone(),
            _ => state
                .exchange
                .known
                .get(&h.from.id)
                .map(|k| k.fingerprint.clone())
                .unwrap_or_default(),
        };
        preview.refused = Some(sender_key_mismatch(
            &h.from.name,
            &registered,
            &preview.sender.fingerprint,
        ));
        return preview;
    }
    preview.restore = restore;
    preview.trust = reg.admit(verified, status, confirm_sender);
    sort(
        &mut preview,
        &reg,
        stored_bodies,
        &verified.events,
        held_before,
    );
    let combined;
    let after = if preview.new.is_empty() {
        state
    } else {
        let mut events = existing.to_vec();
        events.extend(preview.new.iter().flat_map(|i| i.events().cloned()));
        combined = State::from_events(events);
        preview.conflicts = new_conflicts(existing, &combined);
        &combined
    };
    name_and_group(&mut preview, after);
    preview
}

/// A registered key and the role on the card it came with.
struct Key {
    key: String,
    role: OfficeRole,
}

/// Who is who for one judgement: this office, the offices trusted here,
/// those vouched for in the packet, and the packet's cards.
struct Registry<'a> {
    own: Option<OfficeId>,
    own_key: String,
    own_role: Option<OfficeRole>,
    known: BTreeMap<OfficeId, Key>,
    vouched: BTreeMap<OfficeId, OfficeCard>,
    /// Every card of the packet: `from`, then `offices`.
    cards: Vec<OfficeCard>,
    sender: OfficeId,
    /// The sender is not known here and not trusted by this judgement.
    sender_unconfirmed: bool,
    /// This office's settings by date: the state's, or for a restore the
    /// backup's own.
    rules: &'a State,
    /// This office's township mode in force now.
    township: bool,
}

/// What the maker of an event is here.
enum Maker {
    Own,
    Other(OfficeRole),
}

impl<'a> Registry<'a> {
    fn new(state: &State, rules: &'a State, verified: &Verified, restore: bool) -> Registry<'a> {
        let h = &verified.packet;
        let base = Registry {
            own: None,
            own_key: String::new(),
            own_role: None,
            known: BTreeMap::new(),
            vouched: BTreeMap::new(),
            cards: std::iter::once(&h.from)
                .chain(&h.offices)
                .cloned()
                .collect(),
            sender: h.from.id,
            sender_unconfirmed: false,
            rules,
            township: rules.settings().rules.township_mode,
        };
        if restore {
            return Registry {
                own: Some(h.from.id),
                own_key: h.from.public_key.clone(),
                own_role: Some(h.from.role),
                ..base
            };
        }
        let identity = state.exchange.own.as_ref();
        let known = state.exchange.known.iter().map(|(id, k)| {
            let key = k.card.public_key.clone();
            (
                *id,
                Key {
                    key,
                    role: k.card.role,
                },
            )
        });
        Registry {
            own: identity.map(|i| i.office),
            own_key: identity.map_or(String::new(), |i| i.public_key.clone()),
            own_role: state.office.profile.as_ref().map(|p| p.role),
            known: known.collect(),
            ..base
        }
    }

    /// Why another office of `role` is not accepted here: this office may
    /// number and so may it, under this office's rules in force.
    fn numbering_peer(&self, role: OfficeRole) -> Option<String> {
        let own = self.own_role?;
        (own.may_number(self.township) && role.may_number(self.township))
            .then(|| numbering_peer(own, role))
    }

    /// This office's township mode in force on `date`.
    fn township_on(&self, date: chrono::NaiveDate) -> bool {
        self.rules.office.settings_on(date).rules.township_mode
    }

    fn status_of(&self, card: &OfficeCard) -> SenderStatus {
        if self.own == Some(card.id) {
            return if self.own_key == card.public_key {
                SenderStatus::Own
            } else {
                SenderStatus::KeyMismatch
            };
        }
        match self.known.get(&card.id) {
            Some(k) if k.key == card.public_key => SenderStatus::Known,
            Some(_) => SenderStatus::KeyMismatch,
            None => SenderStatus::Unknown,
        }
    }

    /// Admits the sender (an unknown one confirmed now is trusted, unless
    /// it is a numbering peer; this office's own packet brings its own
    /// trust) and, for a trusted committee office (or presidium in
    /// township mode), the offices it vouches for that may not number;
    /// the trust this brings.
    fn admit(
        &mut self,
        verified: &Verified,
        status: SenderStatus,
        confirm: bool,
    ) -> Vec<(OfficeCard, String, TrustBasis)> {
        let h = &verified.packet;
        let fingerprints = &verified.fingerprints;
        let fingerprint = |id: OfficeId| fingerprints.get(&id).cloned().unwrap_or_default();
        let mut trust = Vec::new();
        let role = match status {
            SenderStatus::Own => {
                for (id, key) in trusted_by_own(verified, h.from.id) {
                    self.known.entry(id).or_insert(key);
                }
                self.own_role
            }
            SenderStatus::Known => self
                .known
                .get(&h.from.id)
                .map(|k| k.role)
                .filter(|r| self.numbering_peer(*r).is_none()),
            SenderStatus::Unknown if self.numbering_peer(h.from.role).is_some() => {
                self.sender_unconfirmed = true;
                None
            }
            SenderStatus::Unknown if confirm => {
                let key = h.from.public_key.clone();
                self.known.insert(
                    h.from.id,
                    Key {
                        key,
                        role: h.from.role,
                    },
                );
                trust.push((
                    h.from.clone(),
                    fingerprint(h.from.id),
                    TrustBasis::Confirmed,
                ));
                Some(h.from.role)
            }
            SenderStatus::Unknown | SenderStatus::KeyMismatch => {
                self.sender_unconfirmed = true;
                None
            }
        };
        if role.is_some_and(|r| vouches(r, self.township)) {
            for card in &h.offices {
                if !may_be_vouched_for(card.role)
                    || self.own == Some(card.id)
                    || self.known.contains_key(&card.id)
                    || self.vouched.contains_key(&card.id)
                {
                    continue;
                }
                self.vouched.insert(card.id, card.clone());
                let by = TrustBasis::Vouched { by: h.from.id };
                trust.push((card.clone(), fingerprint(card.id), by));
            }
        }
        trust
    }

    /// The maker of an event sealed by `office`, or why it does not count.
    fn maker(&self, office: OfficeId) -> Result<Maker, String> {
        // Every card of the packet for `office` gives `key`.
        let agreed = |maker: Maker, key: &str| {
            let agree = self
                .cards
                .iter()
                .filter(|c| c.id == office)
                .all(|c| c.public_key == key);
            if agree {
                Ok(maker)
            } else {
                Err(MAKER_KEY_MISMATCH.to_string())
            }
        };
        let other = |role: OfficeRole, key: &str| match self.numbering_peer(role) {
            Some(reason) => Err(reason),
            None => agreed(Maker::Other(role), key),
        };
        if self.own == Some(office) {
            return agreed(Maker::Own, &self.own_key);
        }
        if let Some(k) = self.known.get(&office) {
            return other(k.role, &k.key);
        }
        if office == self.sender && self.sender_unconfirmed {
            let role = self.cards[0].role;
            return Err(self
                .numbering_peer(role)
                .unwrap_or_else(|| SENDER_UNCONFIRMED.into()));
        }
        match self.vouched.get(&office) {
            Some(card) => other(card.role, &card.public_key),
            None => Err(MAKER_UNKNOWN.into()),
        }
    }
}

/// This office's settings as its backup carries them (its own settings
/// events, sealed and verified), for a restore.
fn own_settings(verified: &Verified) -> State {
    let own = verified.packet.from.id;
    let events = verified
        .events
        .iter()
        .filter(|v| v.seal.office == own && v.seal_ok == Some(true))
        .flat_map(|v| v.events().unwrap_or_default())
        .filter(|e| matches!(e.kind, EventKind::Office(_)));
    State::from_events(events.collect())
}

/// The offices this office trusted by trust events of its own the packet
/// carries, sealed and verified (its backup, or a copy of it): they count
/// for the packet's other events as for later ones.
fn trusted_by_own(verified: &Verified, own: OfficeId) -> Vec<(OfficeId, Key)> {
    let mut known = Vec::new();
    let own_trust = verified.events.iter().filter(|v| {
        v.seal.office == own && v.seal_ok == Some(true) && v.raw.contains("office_trusted")
    });
    for v in own_trust {
        for e in v.events().unwrap_or_default() {
            if let EventKind::Exchange(ExchangeEvent::OfficeTrusted { card, .. }) = e.kind
                && card.id != own
            {
                let key = card.public_key.clone();
                known.push((
                    card.id,
                    Key {
                        key,
                        role: card.role,
                    },
                ));
            }
        }
    }
    known
}

enum Verdict {
    Already,
    /// The events it reads as, never none.
    New(Vec<Event>),
    Held(String),
}

/// One event's verdict; `id` is its id (`event_id`).
fn verdict(
    reg: &Registry,
    stored: &BTreeMap<EventId, String>,
    id: &str,
    v: &VerifiedEvent,
) -> Verdict {
    let id = id.parse::<EventId>().ok();
    if let Some(body) = id.and_then(|id| stored.get(&id)) {
        return if same_text(body, &v.raw) {
            Verdict::Already
        } else {
            Verdict::Held(SAME_ID_DIFFERENT.into())
        };
    }
    let events = match v.events() {
        Ok(events) => events,
        Err(unknown) => return Verdict::Held(unknown.reason),
    };
    if v.seal_ok == Some(false) {
        return Verdict::Held(BAD_SEAL.into());
    }
    let own = reg.own == Some(v.seal.office);
    if !own && events.iter().any(|e| e.kind.is_local()) {
        return Verdict::Held(OTHER_OFFICES_LOCAL.into());
    }
    let maker = match reg.maker(v.seal.office) {
        Ok(maker) => maker,
        Err(reason) => return Verdict::Held(reason),
    };
    if v.seal_ok.is_none() {
        return Verdict::Held(SEAL_UNCHECKED.into());
    }
    if let Maker::Other(role) = maker
        && let Some(Err(reason)) = events
            .iter()
            .map(|e| authority::may_make(role, e, reg.township_on(e.business_date)))
            .find(Result::is_err)
    {
        return Verdict::Held(reason);
    }
    // A unit's copy acts only for the unit its card is bound to.
    if let Maker::Other(OfficeRole::HandlingUnit) = maker {
        let bound = reg
            .cards
            .iter()
            .filter(|c| c.id == v.seal.office)
            .find_map(|c| c.unit);
        if events
            .iter()
            .filter_map(|e| authority::unit_act(&e.kind))
            .any(|unit| Some(unit) != bound)
        {
            return Verdict::Held(NOT_ITS_UNIT.into());
        }
    }
    // A leader's office acts only on its leader's part.
    if let Maker::Other(OfficeRole::LeaderOffice) = maker {
        let bound = reg
            .cards
            .iter()
            .filter(|c| c.id == v.seal.office)
            .find_map(|c| c.leader);
        if !events
            .iter()
            .all(|e| crate::supervision::leaders_act_fits(reg.rules, bound, e))
        {
            return Verdict::Held(NOT_ITS_LEADER.into());
        }
    }
    if events.is_empty() {
        return Verdict::Held(UNREADABLE.into());
    }
    Verdict::New(events)
}

/// The same text, or the same JSON written otherwise.
fn same_text(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (serde_json::from_str::<serde_json::Value>(a), serde_json::from_str::<serde_json::Value>(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

/// Sorts the packet's events, then those earlier imports held, into new,
/// already held and held, each id once.
fn sort(
    preview: &mut Preview,
    reg: &Registry,
    stored: &BTreeMap<EventId, String>,
    packet: &[VerifiedEvent],
    held_before: &[VerifiedEvent],
) {
    let earlier: BTreeSet<String> = held_before.iter().map(|v| event_id(&v.raw)).collect();
    let mut order: Vec<String> = Vec::new();
    let mut by_id: BTreeMap<String, Vec<(&VerifiedEvent, bool)>> = BTreeMap::new();
    let from_packet = packet.iter().map(|v| (v, true));
    for (v, in_packet) in from_packet.chain(held_before.iter().map(|v| (v, false))) {
        let id = event_id(&v.raw);
        let copies = by_id.entry(id.clone()).or_default();
        if copies.is_empty() {
            order.push(id);
        }
        copies.push((v, in_packet));
    }
    for id in order {
        let earlier = earlier.contains(&id);
        let copies = &by_id[&id];
        sort_copies(preview, reg, stored, id.clone(), copies, earlier);
    }
}

/// The copies of one event id (the packet's first), perhaps under
/// several seals, or with other content. The first copy that counts is
/// new (whichever seal came first); another content under a stored or new
/// id is held with the local copy kept. Two packets carrying one id with
/// different contents keep whichever arrived first and hold the other (a
/// faulty or forged packet): this is the one case where arrival order
/// shows, and it is shown to the clerk. Otherwise one copy is held: the
/// best by `rank`, so that which packet brought which copy first does not
/// decide what is kept. At most one held entry per id.
fn sort_copies(
    preview: &mut Preview,
    reg: &Registry,
    stored: &BTreeMap<EventId, String>,
    id: String,
    copies: &[(&VerifiedEvent, bool)],
    earlier: bool,
) {
    let mut verdicts: Vec<Verdict> = copies
        .iter()
        .map(|(v, _)| verdict(reg, stored, &id, v))
        .collect();
    let already = |(i, (_, in_packet)): (usize, &(&VerifiedEvent, bool))| {
        *in_packet && matches!(verdicts[i], Verdict::Already)
    };
    if copies.iter().enumerate().any(already) {
        preview.already += 1;
    }
    let winner = verdicts.iter().position(|v| matches!(v, Verdict::New(_)));
    let kept = winner.map(|w| copies[w].0.raw.clone());
    if let Some(w) = winner
        && let Verdict::New(mut events) = std::mem::replace(&mut verdicts[w], Verdict::Already)
    {
        preview.new.push(Incoming {
            event: events.remove(0),
            more: events,
            raw: copies[w].0.raw.clone(),
            seal: copies[w].0.seal.clone(),
        });
    }
    let held = copies
        .iter()
        .zip(&verdicts)
        .filter(|((v, _), verdict)| match &kept {
            Some(raw) => v.raw != *raw,
            None => matches!(verdict, Verdict::Held(_)),
        })
        .min_by(|(a, x), (b, y)| rank(a.0, x).cmp(&rank(b.0, y)));
    if let Some(((v, _), verdict)) = held {
        let reason = match (&kept, verdict) {
            (None, Verdict::Held(reason)) => reason.clone(),
            _ => SAME_ID_DIFFERENT.to_string(),
        };
        preview.held.push(Held {
            id,
            raw: v.raw.clone(),
            seal: v.seal.clone(),
            label: String::new(),
            title: String::new(),
            reason,
            earlier,
            migrated: v.migrated.clone(),
        });
    }
}

/// Reasons a held copy may yet count: its maker may come to be known, its
/// seal checked.
const PENDING: [&str; 3] = [MAKER_UNKNOWN, SENDER_UNCONFIRMED, SEAL_UNCHECKED];

/// Which copy of an id to keep held: one that may yet count before one
/// that never will, then by content and seal — an order of the copies
/// themselves, not of their arrival.
fn rank<'a>(v: &'a VerifiedEvent, verdict: &Verdict) -> (bool, &'a str, OfficeId, &'a str) {
    let pending = matches!(verdict, Verdict::Held(r) if PENDING.contains(&r.as_str()));
    (!pending, &v.raw, v.seal.office, &v.seal.signature)
}

/// The conflicts of `combined` not there when the store's events alone
/// are folded.
fn new_conflicts(existing: &[Event], combined: &State) -> Vec<Conflict> {
    let before: BTreeSet<EventId> = State::from_events(existing.to_vec())
        .conflicts
        .iter()
        .map(|c| c.event)
        .collect();
    combined
        .conflicts
        .iter()
        .filter(|c| !before.contains(&c.event))
        .cloned()
        .collect()
}

/// Names the held events and groups every event by record, with the
/// state after the import.
fn name_and_group(preview: &mut Preview, state: &State) {
    let mut groups: Vec<Group> = Vec::new();
    let mut at: BTreeMap<String, usize> = BTreeMap::new();
    let mut slot = |d: &Described| -> usize {
        *at.entry(d.key.clone()).or_insert_with(|| {
            groups.push(Group {
                key: d.key.clone(),
                title: d.title.clone(),
                new: 0,
                held: 0,
                reasons: Vec::new(),
            });
            groups.len() - 1
        })
    };
    let mut counts: Vec<(usize, Option<String>)> = Vec::new();
    for i in &preview.new {
        counts.push((slot(&describe(Some(&i.event), state)), None));
    }
    for h in &mut preview.held {
        let event = crate::exchange::packet::read_migrated(&h.raw, h.migrated.as_ref())
            .ok()
            .and_then(|e| e.into_iter().next());
        let d = describe(event.as_ref(), state);
        h.label = d.label.clone();
        h.title = d.title.clone();
        counts.push((slot(&d), Some(h.reason.clone())));
    }
    for (i, reason) in counts {
        let g = &mut groups[i];
        match reason {
            None => g.new += 1,
            Some(reason) => {
                g.held += 1;
                if !g.reasons.contains(&reason) {
                    g.reasons.push(reason);
                }
            }
        }
    }
    preview.groups = groups;
}

/// An event's record key, kind and record title.
struct Described {
    key: String,
    label: String,
    title: String,
}

/// The record an event is about.
pub(crate) enum Record {
    Suggestion(SuggestionId),
    Opinion(OpinionId),
    Entry(EntryRef),
    /// A conflict, by its held event.
    Conflict(EventId),
}

fn describe(event: Option<&Event>, state: &State) -> Described {
    let Some(e) = event else {
        return Described {
            key: "unreadable".into(),
            label: UNREADABLE.into(),
            title: UNREADABLE.into(),
        };
    };
    let label = e.kind.label();
    let (key, title) = match record_of(&e.kind) {
        None => (format!("kind:{label}"), None),
        Some(Record::Suggestion(id)) => (
            format!("suggestion:{id}"),
            state
                .raising
                .suggestions
                .get(&id)
                .map(|s| s.draft.title.clone()),
        ),
        Some(Record::Opinion(id)) => (
            format!("opinion:{id}"),
            state.raising.opinions.get(&id).map(|o| o.topic.clone()),
        ),
        Some(Record::Entry(entry)) => (
            format!(
                "entry:{}",
                serde_json::to_string(&entry).unwrap_or_default()
            ),
            state
                .directory
                .retired(&entry)
                .map(|_| state.directory.entry_name(&entry)),
        ),
        // Titled by the record and field it carries (`payload_title`).
        Some(Record::Conflict(id)) => (format!("conflict:{id}"), None),
    };
    let title = title
        .or_else(|| payload_title(&e.kind))
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| label.to_string());
    Described {
        key,
        label: label.to_string(),
        title,
    }
}

pub(crate) fn record_of(kind: &EventKind) -> Option<Record> {
    use RaisingEvent as R;
    match kind {
        EventKind::Office(_) | EventKind::Exchange(_) => None,
        EventKind::Conflict(ConflictEvent::Resolved { conflict, .. }) => {
            Some(Record::Conflict(*conflict))
        }
        EventKind::Directory(e) => Some(Record::Entry(entry_of(e))),
        EventKind::Raising(e) => Some(match e {
            R::OpinionRecorded { opinion } => Record::Opinion(opinion.id),
            R::OpinionEdited { id, .. } | R::OpinionContactSet { id, .. } => Record::Opinion(*id),
            R::DraftCreated { id, .. }
            | R::DraftEdited { id, .. }
            | R::CosignersNamed { id, .. }
            | R::CosignerRemoved { id, .. }
            | R::CosignConfirmed { id, .. }
            | R::CosignWithdrawn { id, .. }
            | R::RevisionAcknowledged { id, .. } => Record::Suggestion(*id),
        }),
        EventKind::Handling(e) => Some(Record::Suggestion(e.item())),
        EventKind::Supervision(e) => e.item().map(Record::Suggestion),
        EventKind::Evaluation(e) => e.item().map(Record::Suggestion),
        EventKind::Review(e) => Some(Record::Suggestion(match e {
            ReviewEvent::DraftSubmitted { id }
            | ReviewEvent::ReviewPassed { id, .. }
            | ReviewEvent::ReviewReturned { id, .. }
            | ReviewEvent::Resubmitted { id }
            | ReviewEvent::Accepted { id, .. }
            | ReviewEvent::ConvertedToSuggestion { id, .. }
            | ReviewEvent::Merged { id, .. }
            | ReviewEvent::NotAccepted { id, .. }
            | ReviewEvent::MotionDecided { id, .. }
            | ReviewEvent::Imported { id, .. } => *id,
        })),
    }
}

fn entry_of(e: &DirectoryEvent) -> EntryRef {
    use DirectoryEvent as D;
    match e {
        D::DelegationAdded { delegation } => EntryRef::Delegation(delegation.id),
        D::DelegationEdited { id, .. } => EntryRef::Delegation(*id),
        D::DeputyAdded { deputy } => EntryRef::Deputy(deputy.id),
        D::DeputyEdited { id, .. } | D::DeputyPhoneSet { id, .. } => EntryRef::Deputy(*id),
        D::CommitteeAdded { committee } => EntryRef::Committee(committee.id),
        D::CommitteeEdited { id, .. } => EntryRef::Committee(*id),
        D::UnitAdded { unit } => EntryRef::Unit(unit.id),
        D::UnitEdited { id, .. } => EntryRef::Unit(*id),
        D::LeaderAdded { leader } => EntryRef::Leader(leader.id),
        D::LeaderEdited { id, .. } => EntryRef::Leader(*id),
        D::SessionAdded { session } => EntryRef::Session(session.id),
        D::SessionEdited { id, .. } => EntryRef::Session(*id),
        D::StationAdded { station } => EntryRef::Station(station.id),
        D::StationEdited { id, .. } => EntryRef::Station(*id),
        D::CategoryAdded { category } => EntryRef::Category(category.id),
        D::CategoryEdited { id, .. } => EntryRef::Category(*id),
        D::EntryRetired { entry, .. } | D::EntryReinstated { entry, .. } => *entry,
    }
}

/// The title an addition carries itself (for a record the state lacks).
fn payload_title(kind: &EventKind) -> Option<String> {
    use DirectoryEvent as D;
    Some(match kind {
        EventKind::Raising(RaisingEvent::DraftCreated { draft, .. }) => draft.title.clone(),
        EventKind::Raising(RaisingEvent::OpinionRecorded { opinion }) => opinion.topic.clone(),
        EventKind::Conflict(e) => e.title(),
        EventKind::Directory(e) => match e {
            D::DelegationAdded { delegation } => delegation.name.clone(),
            D::DeputyAdded { deputy } => deputy.name.clone(),
            D::CommitteeAdded { committee } => committee.name.clone(),
            D::UnitAdded { unit } => unit.name.clone(),
            D::LeaderAdded { leader } => leader.name.clone(),
            D::SessionAdded { session } => session.name.clone(),
            D::StationAdded { station } => station.name.clone(),
            D::CategoryAdded { category } => category.name.clone(),
            _ => return None,
        },
        _ => return None,
    })
}
