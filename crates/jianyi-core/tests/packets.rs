//! Packets between offices (issue 11, domain.md §6): the packet file read
//! and written exactly, the authority table, the office's identity and
//! trust, and `judge` — signatures, makers, roles, vouching, events held
//! and held again, backups — and that importing packets in any order, any
//! grouping, any number of times, gives the same store.
//!
//! The core has no cryptography, so these tests stand in for the exchange
//! worker: a "signature" is a hash of the office and the text (`sign`),
//! and `Office::open` reports what the worker would — a seal holds when
//! its signature is the maker's over the exact text, checked with a key
//! the receiver knows or the packet carries, else unchecked. Ed25519
//! itself is tested in jianyi-seal.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::NaiveDate;

use jianyi_core::directory::{
    DeputyFields, DirectoryCommand, StationFields, StationKind, UnitFields, UnitKind,
};
use jianyi_core::exchange::authority::may_make;
use jianyi_core::exchange::judge::{
    BAD_PACKET_SIGNATURE, BAD_SEAL, MAKER_KEY_MISMATCH, MAKER_UNKNOWN, NOT_ITS_LEADER,
    NOT_ITS_UNIT, OTHER_OFFICES_LOCAL, SAME_ID_DIFFERENT, SENDER_KEY_MISMATCH, SENDER_UNCONFIRMED,
    event_id, numbering_peer,
};
use jianyi_core::exchange::{
    Authority, BackupKey, ExchangeCommand, ExchangeRejection, Holdings, OfficeCard, PACKET_VERSION,
    PacketError, PacketHeader, PacketScope, Preview, Seal, SealedEvent, SenderStatus, TrustBasis,
    Verified, VerifiedEvent, authority, file_name, finish, judge, packet_text, read_packet,
    write_packet,
};
use jianyi_core::office::{OfficeCommand, OfficeLevel, OfficeProfile, OfficeRole};
use jianyi_core::raising::RaisingCommand;
use jianyi_core::review::{ReviewCommand, ReviewEvent, ReviewStep};
use jianyi_core::settings::RaisingRules;
use jianyi_core::testkit::{Given, date, today};
use jianyi_core::*;
use jianyi_demo::SplitMix;

const MADE_AT: &str = "2026-11-28T10:15:00+08:00";

// ---------------------------------------------------------------------
// Offices, seals and the worker, without cryptography.

/// What `office` would sign over `raw`: a stand-in for Ed25519.
fn sign(office: OfficeId, raw: &str) -> String {
    let mut h = DefaultHasher::new();
    office.hash(&mut h);
    raw.hash(&mut h);
    format!("{:016x}", h.finish()).repeat(8)
}

fn seal(office: OfficeId, raw: &str) -> Seal {
    Seal {
        office,
        signature: sign(office, raw),
        seq: None,
    }
}

fn card(name: &str, role: OfficeRole, seed: u128) -> OfficeCard {
    OfficeCard {
        id: OfficeId(Uuid::from_u128((0x0ff1_ce00_u128 << 96) + seed)),
        name: name.into(),
        role,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
        public_key: format!("{:064x}", seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) + 1),
    }
}

/// A fingerprint as the worker gives it (the real one is a hash of the
/// key).
fn fingerprint(card: &OfficeCard) -> String {
    let n = card.public_key.bytes().map(u32::from).sum::<u32>() % 10_000;
    format!("{n:04} 1111 2222 3333 4444")
}

/// One office's copy: its log and state, the exact text and seal of every
/// event it stores, and the events it holds back.
struct Office {
    t: Given,
    card: OfficeCard,
    bodies: BTreeMap<EventId, String>,
    seals: BTreeMap<EventId, Seal>,
    held: Vec<VerifiedEvent>,
}

/// A packet as it reaches the worker.
#[derive(Clone)]
struct Parcel {
    header: PacketHeader,
    events: Vec<(Seal, String)>,
    signature_ok: bool,
}

impl Office {
    /// A new office `name` of `role`, with its profile and identity.
    fn new(name: &str, role: OfficeRole, seed: u128) -> Office {
        let mut o = Office::empty(name, seed);
        o.card = card(name, role, seed);
        // A handling unit's copy is bound to its unit of the directory,
        // which came from the committee office's directory (a premise: made
        // under another office's code, so it is not this office's to send).
        let unit = (role == OfficeRole::HandlingUnit).then(|| {
            let own = std::mem::replace(&mut o.t.runner.office, "directory-premise".into());
            let id: Uuid = o.t.added(DirectoryCommand::AddUnit(UnitFields::new(
                name,
                UnitKind::GovernmentDepartment,
            )));
            o.t.runner.office = own;
            id
        });
        // So is a station's copy to its station, a delegation's to its
        // delegation.
        let station = (role == OfficeRole::Station).then(|| {
            let own = std::mem::replace(&mut o.t.runner.office, "directory-premise".into());
            let id: Uuid = o.t.added(DirectoryCommand::AddStation(StationFields {
                name: name.into(),
                kind: StationKind::LiaisonStation,
                field: String::new(),
            }));
            o.t.runner.office = own;
            StationId(id)
        });
        let delegation = (role == OfficeRole::Delegation).then(|| {
            let own = std::mem::replace(&mut o.t.runner.office, "directory-premise".into());
            let id: Uuid =
                o.t.added(DirectoryCommand::AddDelegation { name: name.into() });
            o.t.runner.office = own;
            DelegationId(id)
        });
        o.card.unit = unit.map(UnitId);
        o.card.station = station;
        o.card.delegation = delegation;
        o.act(OfficeCommand::SetProfile(OfficeProfile {
            numbering: role == OfficeRole::CommitteeOffice,
            unit: unit.map(UnitId),
            station,
            delegation,
            ..OfficeProfile::new(name, "示范县", OfficeLevel::County, role)
        }));
        o.act(ExchangeCommand::MakeIdentity {
            office: o.card.id,
            public_key: o.card.public_key.clone(),
            fingerprint: fingerprint(&o.card),
        });
        o
    }

    /// A browser with nothing in it.
    fn empty(code: &str, seed: u128) -> Office {
        Office {
            t: Given::office_named(code, seed),
            card: card(code, OfficeRole::Station, seed),
            bodies: BTreeMap::new(),
            seals: BTreeMap::new(),
            held: Vec::new(),
        }
    }

    /// A command that succeeds; its events, sealed by this office.
    fn act(&mut self, command: impl Into<Command>) -> Vec<Event> {
        let events = self.t.given(command);
        self.keep_own();
        events
    }

    fn added<T: From<Uuid>>(&mut self, command: impl Into<Command>) -> T {
        let events = self.act(command);
        T::from(events.iter().find_map(|e| e.kind.created_id()).unwrap())
    }

    /// A command that may be refused (a random edit that changes nothing).
    fn try_act(&mut self, command: impl Into<Command>) {
        if self.t.runner.run(command).is_ok() {
            self.keep_own();
        }
    }

    /// Stores the text and this office's seal of the events it made.
    fn keep_own(&mut self) {
        for e in &self.t.runner.events {
            if e.office == self.t.runner.office && !self.bodies.contains_key(&e.id) {
                let raw = e.to_json();
                self.seals.insert(e.id, seal(self.card.id, &raw));
                self.bodies.insert(e.id, raw);
            }
        }
    }

    fn refold(&mut self) {
        self.t.runner.state = State::from_events(self.t.runner.events.clone());
    }

    /// Takes what `other` holds for partners, seals and all, as if it had
    /// imported it (a premise, not under test).
    fn take(&mut self, other: &Office) {
        for e in other.t.events_so_far() {
            if e.kind.is_local() || self.bodies.contains_key(&e.id) {
                continue;
            }
            let Some(raw) = other.bodies.get(&e.id) else {
                continue;
            };
            self.bodies.insert(e.id, raw.clone());
            self.seals.insert(e.id, other.seals[&e.id].clone());
            self.t.runner.events.push(e.clone());
        }
        self.refold();
    }

    fn trust(&mut self, other: &Office) {
        self.act(ExchangeCommand::TrustOffice {
            card: other.card.clone(),
            fingerprint: fingerprint(&other.card),
            basis: TrustBasis::Confirmed,
        });
    }

    /// An event's exact text and its maker's seal.
    fn sealed(&self, e: &Event) -> (Seal, String) {
        (self.seals[&e.id].clone(), self.bodies[&e.id].clone())
    }

    /// Everything it stores, or only what travels to a partner.
    fn stored(&self, local_too: bool) -> Vec<(Seal, String)> {
        let is_local =
            |raw: &str| Event::from_json(raw).is_ok_and(|es| es.iter().any(|e| e.kind.is_local()));
        self.bodies
            .iter()
            .filter(|(_, raw)| local_too || !is_local(raw))
            .map(|(id, raw)| (self.seals[id].clone(), raw.clone()))
            .collect()
    }

    fn parcel(
        &self,
        to: Option<&OfficeCard>,
        events: Vec<(Seal, String)>,
        offices: Vec<OfficeCard>,
    ) -> Parcel {
        Parcel {
            header: PacketHeader::new(
                PacketScope::Partner,
                self.card.clone(),
                to.cloned(),
                MADE_AT,
                offices,
                Holdings::default(),
                None,
            ),
            events,
            signature_ok: true,
        }
    }

    /// Everything it holds for a partner.
    fn packet(&self, offices: Vec<OfficeCard>) -> Parcel {
        self.parcel(None, self.stored(false), offices)
    }

    /// The whole store, held events and key included.
    fn backup(&self) -> Parcel {
        let mut events = self.stored(true);
        events.extend(self.held.iter().map(|h| (h.seal.clone(), h.raw.clone())));
        let known = self.t.state().exchange.known.values();
        let mut p = self.parcel(None, events, known.map(|k| k.card.clone()).collect());
        p.header.scope = PacketScope::Backup;
        p.header.key = Some(BackupKey {
            office: self.card.id,
            secret: "ab".repeat(32),
        });
        p
    }

    /// What the worker reports of `p` opened here: each seal checked with
    /// the key known here, else the packet's; earlier held events again.
    fn open(&self, p: &Parcel) -> Verified {
        let state = self.t.state();
        let cards: Vec<&OfficeCard> = std::iter::once(&p.header.from)
            .chain(&p.header.offices)
            .collect();
        let keys: BTreeSet<OfficeId> = state
            .exchange
            .known
            .keys()
            .copied()
            .chain(state.exchange.own_office())
            .chain(cards.iter().map(|c| c.id))
            .collect();
        let check = |s: &Seal, raw: &str| {
            keys.contains(&s.office)
                .then(|| s.signature == sign(s.office, raw))
        };
        let verified = |(s, raw): (&Seal, &str)| VerifiedEvent {
            raw: raw.to_string(),
            seal: s.clone(),
            seal_ok: check(s, raw),
            migrated: None,
        };
        // As the worker reports it: older events migrated.
        let mut report = Verified {
            packet: p.header.clone(),
            packet_signature_ok: p.signature_ok,
            events: p.events.iter().map(|(s, r)| verified((s, r))).collect(),
            fingerprints: cards.iter().map(|c| (c.id, fingerprint(c))).collect(),
            verify_ms: 0.0,
            also: self
                .held
                .iter()
                .map(|h| verified((&h.seal, &h.raw)))
                .collect(),
        };
        jianyi_core::exchange::packet::with_migrations(&mut report);
        report
    }

    fn preview(&self, p: &Parcel, confirm_sender: bool) -> Preview {
        let v = self.open(p);
        let existing = self.t.events_so_far();
        judge(
            self.t.state(),
            existing,
            &self.bodies,
            &v.also,
            &v,
            confirm_sender,
        )
    }

    /// Accepts a preview as the app does: the new events stored as they
    /// came, the trust recorded, the held ones kept apart.
    fn accept(&mut self, preview: &Preview) {
        assert_eq!(preview.refused, None);
        for i in &preview.new {
            self.bodies.insert(i.event.id, i.raw.clone());
            self.seals.insert(i.event.id, i.seal.clone());
            self.t.runner.events.extend(i.events().cloned());
        }
        self.refold();
        for command in preview.trust_commands() {
            self.act(command);
        }
        self.held = preview
            .held
            .iter()
            .map(|h| VerifiedEvent {
                raw: h.raw.clone(),
                seal: h.seal.clone(),
                seal_ok: None,
                migrated: None,
            })
            .collect();
    }

    fn import(&mut self, p: &Parcel) -> Preview {
        let preview = self.preview(p, false);
        self.accept(&preview);
        preview
    }

    fn held_ids(&self) -> BTreeSet<String> {
        self.held
            .iter()
            .map(|h| jianyi_core::event::id_of(&h.raw))
            .collect()
    }
}

fn reasons(p: &Preview) -> Vec<&str> {
    p.held.iter().map(|h| h.reason.as_str()).collect()
}

fn new_ids(p: &Preview) -> BTreeSet<EventId> {
    p.new.iter().map(|i| i.event.id).collect()
}

/// 县人大代表工委, the numbering copy: 城关镇代表团 with 王伟 and 李娜, and
/// a recess item accepted and numbered.
struct County {
    c: Office,
    delegation: DelegationId,
    wang: DeputyId,
    item: SuggestionId,
    accepted: Event,
}

const ITEM: &str = "关于修复集镇主街路灯的建议";

fn county() -> County {
    let mut c = Office::new("县人大代表工委", OfficeRole::CommitteeOffice, 1);
    let delegation = c.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let wang = c.added(DirectoryCommand::AddDeputy(DeputyFields::new(
        "王伟", delegation,
    )));
    c.act(DirectoryCommand::AddDeputy(DeputyFields::new(
        "李娜", delegation,
    )));
    let draft = c.t.complete_draft(wang, None, ITEM);
    let item = c.added(RaisingCommand::CreateDraft(draft));
    c.act(ReviewCommand::SubmitDraft { id: item });
    let accepted = c.act(ReviewCommand::Accept { id: item }).remove(0);
    assert_eq!(accepted.kind.label(), "立案编号");
    County {
        c,
        delegation,
        wang,
        item,
        accepted,
    }
}

fn station() -> Office {
    Office::new("城关镇代表联络站", OfficeRole::Station, 2)
}

fn delegation_office() -> Office {
    Office::new("城关镇代表团", OfficeRole::Delegation, 3)
}

fn unit() -> Office {
    Office::new("县交通运输局", OfficeRole::HandlingUnit, 4)
}

/// 北山乡代表联络站, which the receivers of these tests do not know, with
/// a draft of its own (from the county's directory).
fn stranger(county: &County) -> (Office, Event) {
    let mut v = Office::new("北山乡代表联络站", OfficeRole::Station, 5);
    v.take(&county.c);
    let draft =
        v.t.complete_draft(county.wang, None, "关于增设北山乡公交站台的建议");
    let e = v.act(RaisingCommand::CreateDraft(draft)).remove(0);
    (v, e)
}

// ---------------------------------------------------------------------
// The packet file.

fn sample_events(county: &County) -> Vec<(Seal, String)> {
    county.c.stored(false)
}

#[test]
fn a_written_packet_reads_back_with_every_event_verbatim_and_no_whitespace() {
    let county = county();
    let events = sample_events(&county);
    let s = station();
    let header = PacketHeader::new(
        PacketScope::Partner,
        county.c.card.clone(),
        Some(s.card.clone()),
        MADE_AT,
        vec![s.card.clone()],
        Holdings::default(),
        None,
    );
    let by_pairs: Vec<(String, Seal)> =
        events.iter().map(|(s, r)| (r.clone(), s.clone())).collect();
    let text = packet_text(
        PacketScope::Partner,
        &county.c.card,
        Some(&s.card),
        MADE_AT,
        &header.offices,
        &Holdings::default(),
        &by_pairs,
        None,
    );
    let sealed: Vec<SealedEvent> = events
        .iter()
        .map(|(seal, raw)| SealedEvent::new(seal.clone(), raw).unwrap())
        .collect();
    assert_eq!(write_packet(&header, &sealed), text, "both writers agree");
    assert!(
        text.starts_with(
            r#"{"format":"jianyi-packet","version":2,"scope":"partner","from":{"id":"#
        )
    );
    assert!(
        text.ends_with(r#"],"key":null}"#),
        "{}",
        &text[text.len() - 40..]
    );
    let signature = "0f".repeat(64);
    let file = finish(&text, &signature);
    assert!(file.starts_with(r#"{"packet":{"format""#));
    assert!(file.ends_with(&format!(r#"}},"signature":"{signature}"}}"#)));
    let (read, packet) = read_packet(&file).unwrap();
    assert_eq!(read.packet.get(), text, "the signed text, exactly");
    assert_eq!(read.signature, signature);
    assert_eq!(packet.header(), header);
    assert_eq!(packet.events.len(), events.len());
    for (got, (seal, raw)) in packet.events.iter().zip(&events) {
        assert_eq!(got.raw(), raw, "each event's text, byte for byte");
        assert_eq!(&got.seal, seal);
    }
    // Written without whitespace: reformatting changes the text.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(serde_json::to_string(&value).unwrap().len(), text.len());
}

#[test]
fn a_packet_of_a_newer_version_is_refused_naming_the_version_this_app_reads() {
    let county = county();
    let text = packet_text(
        PacketScope::Partner,
        &county.c.card,
        None,
        MADE_AT,
        &[],
        &Holdings::default(),
        &[],
        None,
    );
    let newer = finish(
        &text.replace(r#""version":2"#, r#""version":3,"novelty":true"#),
        &"00".repeat(64),
    );
    let err = read_packet(&newer).unwrap_err();
    assert_eq!(err, PacketError::NewerVersion { version: 3 });
    assert_eq!(
        err.message_zh(),
        "此交换包为第 3 版格式，本程序只能读取第 2 版及以前的格式，请升级建议通后再导入。"
    );
    assert_eq!(PACKET_VERSION, 2);
    // A packet of version 1 (no holdings, no numbers on seals) still reads.
    let v1 = finish(
        &text
            .replace(r#""version":2"#, r#""version":1"#)
            .replace(r#","holds":{}"#, ""),
        &"00".repeat(64),
    );
    let (_, packet) = read_packet(&v1).expect("a version-1 packet reads");
    assert_eq!(packet.version, 1);
    assert!(packet.holds.0.is_empty());
}

#[test]
fn a_broken_file_says_its_json_is_broken_and_another_file_says_it_is_no_packet() {
    let county = county();
    let text = finish(
        &packet_text(
            PacketScope::Partner,
            &county.c.card,
            None,
            MADE_AT,
            &[],
            &Holdings::default(),
            &[],
            None,
        ),
        &"00".repeat(64),
    );
    let cut: String = text.chars().take(text.chars().count() / 2).collect();
    let err = read_packet(&cut).unwrap_err();
    assert!(matches!(err, PacketError::Broken { .. }), "{err:?}");
    assert!(
        err.message_zh().contains("不是完整的 JSON"),
        "{}",
        err.message_zh()
    );
    for other in [
        r#"{"rows":[1,2]}"#,
        "[1,2]",
        r#"{"packet":{"format":"xlsx"}}"#,
    ] {
        let err = read_packet(other).unwrap_err();
        assert_eq!(err, PacketError::NotAPacket, "{other}");
        assert_eq!(err.message_zh(), "这不是建议通的交换包，没有导入任何内容");
    }
}

#[test]
fn a_packet_with_a_field_its_version_does_not_have_is_refused() {
    let county = county();
    let text = packet_text(
        PacketScope::Partner,
        &county.c.card,
        None,
        MADE_AT,
        &[],
        &Holdings::default(),
        &[],
        None,
    );
    let inner = finish(
        &text.replace(r#""key":null"#, r#""key":null,"extra":1"#),
        &"00".repeat(64),
    );
    let outer =
        finish(&text, &"00".repeat(64)).replace(r#","signature""#, r#","note":"x","signature""#);
    for file in [inner, outer] {
        let err = read_packet(&file).unwrap_err();
        assert!(matches!(err, PacketError::Malformed { .. }), "{err:?}");
        assert!(
            err.message_zh().contains("第 2 版格式"),
            "{}",
            err.message_zh()
        );
    }
}

#[test]
fn the_file_name_says_both_offices_and_the_date_and_a_backup_says_it_holds_the_key() {
    let county = county();
    let s = station();
    let on = date(2026, 11, 28);
    assert_eq!(
        file_name(PacketScope::Partner, &county.c.card, Some(&s.card), on),
        "建议通交换包-县人大代表工委-至-城关镇代表联络站-2026-11-28.json"
    );
    assert_eq!(
        file_name(PacketScope::Partner, &county.c.card, None, on),
        "建议通交换包-县人大代表工委-至-不指定-2026-11-28.json"
    );
    assert_eq!(
        file_name(PacketScope::Backup, &county.c.card, None, on),
        "建议通整库备份-县人大代表工委-含密钥-2026-11-28.json"
    );
    let mut odd = s.card.clone();
    odd.name = "城关/北山:联络站".into();
    assert_eq!(
        file_name(PacketScope::Partner, &county.c.card, Some(&odd), on),
        "建议通交换包-县人大代表工委-至-城关_北山_联络站-2026-11-28.json"
    );
}

#[test]
fn the_workers_report_travels_as_json_and_back() {
    let county = county();
    let r = station();
    let v = r.open(&county.c.packet(vec![r.card.clone()]));
    let json = serde_json::to_string(&v).unwrap();
    let back: Verified = serde_json::from_str(&json).unwrap();
    assert_eq!(back, v);
    assert!(json.contains(r#""scope":"partner""#) && json.contains(r#""role":"committee_office""#));
}

// ---------------------------------------------------------------------
// The authority table.

fn every_kind() -> Vec<Event> {
    let text = std::fs::read_to_string("tests/fixtures/every-kind.v1.json").unwrap();
    let raw: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let mut events: Vec<Event> = raw
        .iter()
        .flat_map(|v| Event::from_json(&v.to_string()).unwrap())
        .collect();
    let mut o = Office::new("城关镇代表联络站", OfficeRole::Station, 2);
    o.trust(&county().c);
    events.extend(o.t.events_so_far().iter().cloned());
    events
}

#[test]
fn every_kind_of_event_has_a_row_naming_a_role_or_is_its_own_offices_business() {
    let events = every_kind();
    let labels: BTreeSet<&str> = events.iter().map(|e| e.kind.label()).collect();
    assert!(labels.len() >= 40, "the fixture has every kind: {labels:?}");
    for l in [
        "生成本单位身份",
        "信任单位",
        "立案编号",
        "登记代表电话",
        "修改设置",
    ] {
        assert!(labels.contains(l), "{l}");
    }
    for e in &events {
        let a: Authority = authority(&e.kind);
        let label = e.kind.label();
        if e.kind.is_local() {
            assert!(a.is_own_office_only(), "{label}: the office's own business");
        } else {
            assert!(!a.makes.is_empty(), "{label} names the roles that make it");
            assert!(!a.is_own_office_only(), "{label}");
        }
        assert!(
            a.keys_in.iter().all(|r| a.makes.contains(r)),
            "{label}: who keys in also makes"
        );
    }
}

#[test]
fn a_handling_unit_may_not_author_a_numbering_and_the_reason_says_so() {
    let county = county();
    assert_eq!(
        may_make(OfficeRole::HandlingUnit, &county.accepted, false),
        Err("承办单位无权立案编号".to_string())
    );
    assert_eq!(
        may_make(OfficeRole::CommitteeOffice, &county.accepted, false),
        Ok(())
    );
    assert_eq!(
        may_make(OfficeRole::TownshipPresidium, &county.accepted, true),
        Ok(())
    );
    for role in [
        OfficeRole::Station,
        OfficeRole::Delegation,
        OfficeRole::HandlingUnit,
        OfficeRole::LeaderOffice,
    ] {
        for township_mode in [false, true] {
            assert!(
                may_make(role, &county.accepted, township_mode).is_err(),
                "{role:?}"
            );
        }
    }
}

#[test]
fn a_review_is_judged_by_its_step_and_nothing_of_review_is_keyed_in_for_another() {
    let county = county();
    let mut passed = county.accepted.clone();
    passed.kind = EventKind::Review(ReviewEvent::ReviewPassed {
        id: county.item,
        step: ReviewStep::Delegation,
        comment: String::new(),
    });
    assert_eq!(may_make(OfficeRole::Delegation, &passed, false), Ok(()));
    passed.kind = EventKind::Review(ReviewEvent::ReviewPassed {
        id: county.item,
        step: ReviewStep::Committee,
        comment: String::new(),
    });
    assert_eq!(
        may_make(OfficeRole::Delegation, &passed, false),
        Err("代表团无权审查通过".to_string())
    );
    assert_eq!(
        may_make(OfficeRole::CommitteeOffice, &passed, false),
        Ok(())
    );
    passed.actor.how = How::PaperKeyedIn;
    assert!(may_make(OfficeRole::CommitteeOffice, &passed, false).is_err());
    // A deputy's act keyed in from paper at a station counts.
    let mut created = county
        .c
        .t
        .events_so_far()
        .iter()
        .find(|e| e.kind.label() == "新建草稿")
        .unwrap()
        .clone();
    created.actor.how = How::PaperKeyedIn;
    assert_eq!(may_make(OfficeRole::Station, &created, false), Ok(()));
    assert!(may_make(OfficeRole::HandlingUnit, &created, false).is_err());
}

// ---------------------------------------------------------------------
// Identity and trust.

#[test]
fn an_office_makes_its_identity_once() {
    let mut o = station();
    let id = o.t.state().exchange.own.clone().unwrap();
    assert_eq!(id.office, o.card.id);
    assert_eq!(id.fingerprint, fingerprint(&o.card));
    o.t.when(ExchangeCommand::MakeIdentity {
        office: OfficeId(Uuid::from_u128(9)),
        public_key: "1".repeat(64),
        fingerprint: "0000 1111 2222 3333 4444".into(),
    })
    .then_refused(ExchangeRejection::IdentityExists);
    let mut fresh = Office::empty("新浏览器", 8);
    fresh
        .t
        .when(ExchangeCommand::MakeIdentity {
            office: OfficeId(Uuid::from_u128(9)),
            public_key: "A".repeat(64),
            fingerprint: "0000 1111 2222 3333 4444".into(),
        })
        .then_refused(ExchangeRejection::BadPublicKey);
    fresh
        .t
        .when(ExchangeCommand::MakeIdentity {
            office: OfficeId(Uuid::from_u128(9)),
            public_key: "a".repeat(64),
            fingerprint: "0000-1111-2222-3333-4444".into(),
        })
        .then_refused(ExchangeRejection::BadFingerprint);
}

#[test]
fn trusting_the_own_office_or_an_office_trusted_under_the_same_key_is_refused() {
    let county = county();
    let mut s = station();
    let own = s.card.clone();
    s.t.when(ExchangeCommand::TrustOffice {
        fingerprint: fingerprint(&own),
        card: own,
        basis: TrustBasis::Confirmed,
    })
    .then_refused(ExchangeRejection::OwnOffice);
    s.trust(&county.c);
    let known = &s.t.state().exchange.known[&county.c.card.id];
    assert_eq!(
        (known.basis.clone(), known.on, known.card.name.as_str()),
        (TrustBasis::Confirmed, today(), "县人大代表工委")
    );
    let again =
        s.t.when(ExchangeCommand::TrustOffice {
            card: county.c.card.clone(),
            fingerprint: fingerprint(&county.c.card),
            basis: TrustBasis::Confirmed,
        })
        .then_message();
    assert_eq!(
        again,
        "“县人大代表工委”已按同一密钥登记为信任单位，无需再次确认"
    );
}

#[test]
fn trusting_an_office_again_under_a_new_key_is_refused_with_a_clear_message() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    let mut rekeyed = county.c.card.clone();
    rekeyed.public_key = "e".repeat(64);
    let message =
        s.t.when(ExchangeCommand::TrustOffice {
            fingerprint: fingerprint(&rekeyed),
            card: rekeyed,
            basis: TrustBasis::Confirmed,
        })
        .then_message();
    assert!(
        message.starts_with("“县人大代表工委”已按另一把密钥登记为信任单位，没有登记新的密钥"),
        "{message}"
    );
    assert!(message.contains("尚不支持"), "{message}");
}

#[test]
fn a_vouched_office_may_be_confirmed_later_but_not_vouched_again() {
    let county = county();
    let (v, _) = stranger(&county);
    let mut s = station();
    s.trust(&county.c);
    let vouched = ExchangeCommand::TrustOffice {
        card: v.card.clone(),
        fingerprint: fingerprint(&v.card),
        basis: TrustBasis::Vouched {
            by: county.c.card.id,
        },
    };
    s.act(vouched.clone());
    s.t.when(vouched)
        .then_refused(ExchangeRejection::AlreadyTrusted {
            name: "北山乡代表联络站".into(),
        });
    s.trust(&v);
    assert_eq!(
        s.t.state().exchange.known[&v.card.id].basis,
        TrustBasis::Confirmed
    );
}

// ---------------------------------------------------------------------
// Judging a packet.

#[test]
fn an_unknown_maker_is_held_unless_vouched_for() {
    let mut county = county();
    let (v, draft) = stranger(&county);
    county.c.take(&v);
    let mut s = station();
    s.trust(&county.c);
    let p = s.import(&county.c.packet(vec![]));
    assert_eq!(reasons(&p), [MAKER_UNKNOWN]);
    assert_eq!(p.held[0].id, draft.id.to_string());
    assert_eq!(p.held[0].title, "关于增设北山乡公交站台的建议");
    assert_eq!(p.held[0].label, "新建草稿");
    assert!(p.trust.is_empty());
    assert!(
        !s.t.state()
            .raising
            .suggestions
            .contains_key(&SuggestionId(draft.kind.created_id().unwrap()))
    );
    assert_eq!(
        s.t.state().stage(county.item),
        review::Stage::Accepted,
        "the rest is applied"
    );
}

#[test]
fn a_maker_vouched_for_by_a_trusted_committee_office_is_applied() {
    let mut county = county();
    let (v, draft) = stranger(&county);
    county.c.take(&v);
    let mut s = station();
    s.trust(&county.c);
    let p = s.import(&county.c.packet(vec![v.card.clone()]));
    assert!(p.held.is_empty(), "{:?}", reasons(&p));
    assert!(new_ids(&p).contains(&draft.id));
    assert_eq!(
        p.trust,
        [(
            v.card.clone(),
            fingerprint(&v.card),
            TrustBasis::Vouched {
                by: county.c.card.id
            }
        )]
    );
    let known = &s.t.state().exchange.known[&v.card.id];
    assert_eq!(
        known.basis,
        TrustBasis::Vouched {
            by: county.c.card.id
        }
    );
}

#[test]
fn a_vouch_from_a_trusted_station_is_ignored() {
    let county = county();
    let (v, draft) = stranger(&county);
    let mut s = station();
    s.take(&county.c);
    s.take(&v);
    let mut d = delegation_office();
    d.trust(&county.c);
    d.trust(&s);
    let p = d.import(&s.packet(vec![v.card.clone()]));
    assert_eq!(reasons(&p), [MAKER_UNKNOWN]);
    assert_eq!(p.held[0].id, draft.id.to_string());
    assert!(p.trust.is_empty());
}

#[test]
fn held_events_become_new_when_a_later_packet_vouches_for_their_maker() {
    let county = county();
    let (v, draft) = stranger(&county);
    let mut s = station();
    s.take(&county.c);
    s.take(&v);
    let mut d = delegation_office();
    d.trust(&county.c);
    d.trust(&s);
    d.import(&s.packet(vec![]));
    assert_eq!(d.held_ids(), BTreeSet::from([draft.id.to_string()]));
    // The committee office's packet holds none of the stranger's events,
    // but vouches for it.
    let p = d.import(&county.c.packet(vec![v.card.clone()]));
    assert_eq!(new_ids(&p), BTreeSet::from([draft.id]));
    assert!(p.held.is_empty());
    assert_eq!(p.already, county.c.stored(false).len());
    assert!(d.held.is_empty());
}

#[test]
fn a_numbering_resigned_by_a_handling_unit_is_held_as_not_its_role() {
    let county = county();
    let mut u = unit();
    u.take(&county.c);
    let mut s = station();
    s.trust(&county.c);
    s.trust(&u);
    let mut events = u.stored(false);
    for (seal_, raw) in &mut events {
        if *raw == county.accepted.to_json() {
            *seal_ = seal(u.card.id, raw);
        }
    }
    let p = s.import(&u.packet(vec![]).with(events));
    assert_eq!(reasons(&p), ["承办单位无权立案编号"]);
    let held = &p.held[0];
    assert_eq!(
        (held.label.as_str(), held.title.as_str()),
        ("立案编号", ITEM)
    );
    let group = p.groups.iter().find(|g| g.title == ITEM).unwrap();
    assert_eq!((group.new, group.held), (2, 1));
    assert_eq!(group.reasons, ["承办单位无权立案编号"]);
    assert_eq!(
        s.t.state().review_file(county.item).and_then(|f| f.number),
        None
    );
}

#[test]
fn an_event_claiming_a_maker_that_did_not_seal_it_fails_its_seal() {
    let county = county();
    let mut u = unit();
    u.take(&county.c);
    let mut s = station();
    s.trust(&county.c);
    s.trust(&u);
    let mut events = u.stored(false);
    for (seal_, raw) in &mut events {
        if *raw == county.accepted.to_json() {
            // The unit signs, naming the committee office as the maker.
            *seal_ = Seal {
                office: county.c.card.id,
                signature: sign(u.card.id, raw),
                seq: None,
            };
        }
    }
    let p = s.import(&u.packet(vec![]).with(events.clone()));
    assert_eq!(reasons(&p), [BAD_SEAL]);
    // One changed byte of an event sealed by its maker fails too.
    let (good_seal, raw) = county.c.sealed(&county.accepted);
    let changed = raw.replacen("\"number\":1", "\"number\":7", 1);
    assert_ne!(changed, raw);
    let mut t = station();
    t.trust(&county.c);
    let p = t.preview(
        &county.c.packet(vec![]).with(vec![(good_seal, changed)]),
        false,
    );
    assert_eq!(reasons(&p), [BAD_SEAL]);
}

#[test]
fn a_relayed_event_keeps_its_maker_and_is_judged_on_the_maker_not_the_relay() {
    let county = county();
    let mut u = unit();
    u.take(&county.c);
    let mut s = station();
    s.take(&county.c);
    let draft =
        s.t.complete_draft(county.wang, None, "关于增设公交站台的建议");
    let own = s.act(RaisingCommand::CreateDraft(draft)).remove(0);
    // A station relays the number; a handling unit relays it too.
    for relay in [&s, &u] {
        let mut d = delegation_office();
        d.trust(&county.c);
        d.trust(relay);
        let p = d.import(&relay.packet(vec![]));
        assert!(p.held.is_empty(), "{:?}", reasons(&p));
        let number = p
            .new
            .iter()
            .find(|i| i.event.id == county.accepted.id)
            .unwrap();
        assert_eq!(
            number.seal.office, county.c.card.id,
            "the maker's seal, kept"
        );
        assert_eq!(number.raw, county.accepted.to_json());
        let s_ = d.t.state();
        let item = &s_.raising.suggestions[&county.item];
        assert_eq!(
            s_.number_label(item).as_deref(),
            Some("2026年闭会期间建议第1号")
        );
        assert_eq!(
            new_ids(&p).contains(&own.id),
            relay.card.id == s.card.id,
            "the station's own draft, from the station only"
        );
    }
}

#[test]
fn the_same_packet_twice_adds_nothing_and_says_so() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    let packet = county.c.packet(vec![]);
    let first = s.import(&packet);
    assert_eq!(first.new.len(), county.c.stored(false).len());
    assert_eq!(first.already, 0);
    let again = s.import(&packet);
    assert!(again.new.is_empty() && again.held.is_empty() && again.trust.is_empty());
    assert_eq!(again.already, first.new.len());
    assert!(again.adds_nothing());
    assert!(again.groups.iter().all(|g| g.new == 0 && g.held == 0));
}

#[test]
fn a_packet_whose_signature_fails_is_refused_whole() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    let mut packet = county.c.packet(vec![]);
    packet.signature_ok = false;
    let p = s.preview(&packet, true);
    assert_eq!(p.refused.as_deref(), Some(BAD_PACKET_SIGNATURE));
    assert_eq!(
        BAD_PACKET_SIGNATURE,
        "交换包的签名与内容不符：文件在传递中被改动或损坏，没有导入任何内容。"
    );
    assert!(p.new.is_empty() && p.held.is_empty() && p.trust.is_empty());
    assert!(p.groups.is_empty() && p.conflicts.is_empty() && p.already == 0 && !p.restore);
}

#[test]
fn a_sender_registered_under_another_key_is_refused_whole() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    let mut packet = county.c.packet(vec![]);
    packet.header.from.public_key = "e".repeat(64);
    let p = s.preview(&packet, true);
    assert_eq!(p.sender.status, SenderStatus::KeyMismatch);
    let refused = p.refused.clone().unwrap_or_default();
    // The refusal names the office and both fingerprints.
    assert!(refused.contains(SENDER_KEY_MISMATCH), "{refused}");
    assert!(
        refused.starts_with(&format!(
            "发送单位“{}”的密钥与本单位登记的不符",
            county.c.card.name
        )),
        "{refused}"
    );
    assert!(
        refused.contains(&fingerprint(&county.c.card)),
        "the registered fingerprint: {refused}"
    );
    assert!(p.new.is_empty() && p.held.is_empty() && p.trust.is_empty());
}

#[test]
fn a_maker_whose_card_gives_another_key_than_the_registered_one_is_held() {
    let county = county();
    let mut s = station();
    s.take(&county.c);
    let mut d = delegation_office();
    d.trust(&county.c);
    d.trust(&s);
    let mut forged = county.c.card.clone();
    forged.public_key = "e".repeat(64);
    let p = d.import(&s.packet(vec![forged]));
    assert_eq!(p.held.len(), county.c.stored(false).len());
    assert!(reasons(&p).iter().all(|r| *r == MAKER_KEY_MISMATCH));
    assert_eq!(MAKER_KEY_MISMATCH, "制作单位的密钥与已登记的不符");
}

#[test]
fn an_unknown_sender_waits_until_its_fingerprint_is_confirmed() {
    let county = county();
    let mut s = station();
    let packet = county.c.packet(vec![]);
    let p = s.preview(&packet, false);
    assert_eq!(p.sender.status, SenderStatus::Unknown);
    assert_eq!(p.sender.fingerprint, fingerprint(&county.c.card));
    assert!(p.new.is_empty());
    assert!(reasons(&p).iter().all(|r| *r == SENDER_UNCONFIRMED));
    assert_eq!(SENDER_UNCONFIRMED, "发送单位尚未确认：请电话核对指纹后确认");
    let p = s.preview(&packet, true);
    assert!(p.held.is_empty());
    assert_eq!(p.new.len(), county.c.stored(false).len());
    assert_eq!(
        p.trust,
        [(
            county.c.card.clone(),
            fingerprint(&county.c.card),
            TrustBasis::Confirmed
        )]
    );
    s.accept(&p);
    assert_eq!(
        s.t.state().exchange.known[&county.c.card.id].basis,
        TrustBasis::Confirmed
    );
    assert!(s.import(&packet).adds_nothing());
}

#[test]
fn a_backup_restores_the_office_into_an_empty_store() {
    let mut county = county();
    let s = station();
    county.c.trust(&s);
    county
        .c
        .act(OfficeCommand::ChangeSettings(SettingsGroup::Exchange(
            settings::ExchangeSettings {
                packet_limit_mb: 80,
                ..settings::ExchangeSettings::default()
            },
        )));
    let backup = county.c.backup();
    let mut fresh = Office::empty("新浏览器", 9);
    let p = fresh.preview(&backup, false);
    assert!(p.restore);
    assert_eq!(p.sender.status, SenderStatus::Own);
    assert!(p.held.is_empty(), "{:?}", reasons(&p));
    assert!(p.trust.is_empty());
    assert_eq!(p.new.len(), county.c.bodies.len(), "every event");
    fresh.accept(&p);
    let original = State::from_events(county.c.t.events_so_far().to_vec());
    assert!(*fresh.t.state() == original, "the same state");
    assert_eq!(
        fresh.t.state().exchange.own_office(),
        Some(county.c.card.id)
    );
    assert_eq!(fresh.t.state().settings().exchange.packet_limit_mb, 80);
    // Into a browser that holds data, a backup merges like any packet.
    let other = delegation_office();
    let p = other.preview(&backup, true);
    assert!(!p.restore);
    assert!(reasons(&p).iter().all(|r| *r == OTHER_OFFICES_LOCAL));
}

#[test]
fn the_settings_and_identity_of_another_office_are_held() {
    let mut county = county();
    county
        .c
        .act(OfficeCommand::ChangeSettings(SettingsGroup::Exchange(
            settings::ExchangeSettings {
                packet_limit_mb: 80,
                ..settings::ExchangeSettings::default()
            },
        )));
    let mut s = station();
    s.trust(&county.c);
    // A mistaken export that carries the committee office's own business.
    let p = s.import(&county.c.parcel(None, county.c.stored(true), vec![]));
    let local = county
        .c
        .t
        .events_so_far()
        .iter()
        .filter(|e| e.kind.is_local())
        .count();
    assert_eq!(local, 3, "profile, identity, settings");
    assert_eq!(p.held.len(), local);
    assert!(reasons(&p).iter().all(|r| *r == OTHER_OFFICES_LOCAL));
    assert_eq!(
        OTHER_OFFICES_LOCAL,
        "其他单位的设置、身份信息不在本单位生效"
    );
    assert_eq!(s.t.state().settings().exchange.packet_limit_mb, 50);
    assert_eq!(s.t.state().exchange.own_office(), Some(s.card.id));
}

#[test]
fn an_event_of_a_stored_id_with_other_content_is_held_and_the_local_copy_kept() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    s.import(&county.c.packet(vec![]));
    let (_, raw) = county.c.sealed(&county.accepted);
    let other = raw.replacen("\"number\":1", "\"number\":2", 1);
    let p = s.import(
        &county
            .c
            .packet(vec![])
            .with(vec![(seal(county.c.card.id, &other), other)]),
    );
    assert_eq!(reasons(&p), [SAME_ID_DIFFERENT]);
    assert_eq!(
        SAME_ID_DIFFERENT,
        "同一事件编号的内容不同，已保留本地的一份"
    );
    assert_eq!(s.bodies[&county.accepted.id], raw);
}

#[test]
fn an_older_format_event_is_judged_through_its_migration_and_stored_as_it_came() {
    let text = std::fs::read_to_string("tests/fixtures/every-kind.v1.json").unwrap();
    let raw: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let original = raw
        .iter()
        .map(|v| v.to_string())
        .find(|r| r.contains("\"deputy_added\"") && r.contains("13800000000"))
        .unwrap();
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    let packet = county
        .c
        .packet(vec![])
        .with(vec![(seal(county.c.card.id, &original), original.clone())]);
    let p = s.import(&packet);
    assert!(p.held.is_empty(), "{:?}", reasons(&p));
    let i = &p.new[0];
    assert_eq!(i.raw, original, "stored as it came");
    let labels: Vec<&str> = i.events().map(|e| e.kind.label()).collect();
    assert_eq!(
        labels,
        ["新增代表", "登记代表电话"],
        "read through its migration"
    );
    // Made by a station, one of its migrated events may not count: held.
    let mut t = delegation_office();
    let mut st = station();
    st.take(&county.c);
    t.trust(&st);
    let packet = st
        .packet(vec![])
        .with(vec![(seal(st.card.id, &original), original.clone())]);
    let p = t.preview(&packet, false);
    assert_eq!(reasons(&p), ["代表之家（联络站、点）无权新增代表"]);
}

#[test]
fn the_conflicts_a_packet_brings_are_listed_naming_both_sides() {
    let mut county = county();
    let mut p = Office::new("城关镇人大主席团", OfficeRole::TownshipPresidium, 6);
    p.take(&county.c);
    county.c.act(DirectoryCommand::EditDeputy {
        id: county.wang,
        fields: DeputyFields::new("王伟东", county.delegation),
    });
    p.act(DirectoryCommand::EditDeputy {
        id: county.wang,
        fields: DeputyFields::new("王卫", county.delegation),
    });
    let mut s = station();
    s.trust(&county.c);
    s.trust(&p);
    let first = s.import(&county.c.packet(vec![]));
    assert!(first.conflicts.is_empty());
    let second = s.import(&p.packet(vec![]));
    assert_eq!(second.conflicts.len(), 1, "{:?}", second.conflicts);
    let clash = second.conflicts[0].clash.as_ref().unwrap();
    assert_eq!(clash.field, "姓名");
    assert_eq!(
        BTreeSet::from([clash.their_value.as_str(), clash.our_value.as_str()]),
        BTreeSet::from(["王伟东", "王卫"])
    );
    // Importing it again lists no new conflict.
    assert!(s.import(&p.packet(vec![])).conflicts.is_empty());
}

#[test]
fn the_preview_groups_events_by_record_with_its_title() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    let p = s.import(
        &county
            .c
            .parcel(Some(&s.card), county.c.stored(false), vec![]),
    );
    assert!(!p.addressed_elsewhere);
    let titles: BTreeMap<&str, usize> =
        p.groups.iter().map(|g| (g.title.as_str(), g.new)).collect();
    assert_eq!(
        titles,
        BTreeMap::from([(ITEM, 3), ("王伟", 1), ("李娜", 1), ("城关镇代表团", 1)])
    );
    let elsewhere = delegation_office();
    let mut t = station();
    t.trust(&county.c);
    let p = t.preview(
        &county.c.parcel(Some(&elsewhere.card), vec![], vec![]),
        false,
    );
    assert!(p.addressed_elsewhere);
}

fn township_mode(on: bool) -> OfficeCommand {
    OfficeCommand::ChangeSettings(SettingsGroup::Rules(RaisingRules {
        township_mode: on,
        ..RaisingRules::default()
    }))
}

/// 邻县人大代表工委: another committee office, with a delegation of its own.
fn other_committee_office() -> (Office, Event) {
    let mut o = Office::new("邻县人大代表工委", OfficeRole::CommitteeOffice, 7);
    let added = o
        .act(DirectoryCommand::AddDelegation {
            name: "东关镇代表团".into(),
        })
        .remove(0);
    (o, added)
}

#[test]
fn an_office_that_may_number_trusts_no_other_office_that_may_number() {
    let mut county = county();
    let (v, draft) = stranger(&county);
    let (mut other, _) = other_committee_office();
    let peer = numbering_peer(OfficeRole::CommitteeOffice, OfficeRole::CommitteeOffice);
    assert_eq!(
        peer,
        "本单位是代表工委，不接受另一个自称代表工委的单位：请核对对方的单位类型"
    );
    // Not by the clerk's confirmation: its events are held, no trust.
    for confirm in [false, true] {
        let p = county.c.preview(&other.packet(vec![]), confirm);
        assert!(p.new.is_empty(), "confirm {confirm}");
        assert!(p.trust.is_empty(), "confirm {confirm}");
        assert!(!p.held.is_empty());
        assert!(reasons(&p).iter().all(|r| *r == peer), "{:?}", reasons(&p));
    }
    // Nor when trusted already (a premise made by command): its events
    // are held and it vouches for no one.
    other.take(&v);
    county.c.trust(&other);
    let p = county.c.preview(&other.packet(vec![v.card.clone()]), false);
    assert!(p.trust.is_empty());
    assert!(p.new.is_empty(), "{:?}", new_ids(&p));
    let by_id: BTreeMap<&str, &str> = p
        .held
        .iter()
        .map(|h| (h.id.as_str(), h.reason.as_str()))
        .collect();
    assert_eq!(by_id[draft.id.to_string().as_str()], MAKER_UNKNOWN);
    assert!(
        by_id.values().all(|r| *r == peer || *r == MAKER_UNKNOWN),
        "{by_id:?}"
    );
    assert!(by_id.values().any(|r| *r == peer));
    // A township presidium in township mode trusts neither another
    // presidium nor a committee office.
    let mut town = Office::new("城关镇人大主席团", OfficeRole::TownshipPresidium, 6);
    town.act(township_mode(true));
    let mut east = Office::new("东关镇人大主席团", OfficeRole::TownshipPresidium, 10);
    east.act(DirectoryCommand::AddDelegation {
        name: "东关镇代表团".into(),
    });
    let p = town.preview(&east.packet(vec![]), true);
    assert!(p.new.is_empty() && p.trust.is_empty() && !p.held.is_empty());
    let presidium = numbering_peer(OfficeRole::TownshipPresidium, OfficeRole::TownshipPresidium);
    assert!(reasons(&p).iter().all(|r| *r == presidium));
    // Nor the county's committee office, even on its confirmed
    // fingerprint.
    let p = town.preview(&county.c.packet(vec![]), true);
    assert!(p.new.is_empty() && p.trust.is_empty() && !p.held.is_empty());
    assert!(
        reasons(&p).iter().all(|r| *r
            == "本单位是乡镇人大主席团，不接受另一个自称代表工委的单位：请核对对方的单位类型"),
        "{:?}",
        reasons(&p)
    );
    // Out of township mode a presidium numbers nothing: it trusts the
    // committee office on its confirmed fingerprint.
    let plain = Office::new("西关镇人大主席团", OfficeRole::TownshipPresidium, 11);
    let p = plain.preview(&county.c.packet(vec![]), true);
    assert!(p.held.is_empty(), "{:?}", reasons(&p));
    assert_eq!(
        p.trust,
        [(
            county.c.card.clone(),
            fingerprint(&county.c.card),
            TrustBasis::Confirmed
        )]
    );
}

#[test]
fn a_township_presidium_numbers_and_vouches_only_where_the_receiver_is_in_township_mode() {
    let county = county();
    // The table, by the receiver's township mode.
    assert_eq!(
        may_make(OfficeRole::TownshipPresidium, &county.accepted, false),
        Err("乡镇人大主席团无权立案编号".to_string())
    );
    assert_eq!(
        may_make(OfficeRole::TownshipPresidium, &county.accepted, true),
        Ok(())
    );
    let mut passed = county.accepted.clone();
    for (step, needs_township_mode) in [
        (ReviewStep::Delegation, false),
        (ReviewStep::Presidium, true),
        (ReviewStep::Recess, true),
    ] {
        passed.kind = EventKind::Review(ReviewEvent::ReviewPassed {
            id: county.item,
            step,
            comment: String::new(),
        });
        assert_eq!(
            may_make(OfficeRole::TownshipPresidium, &passed, false).is_ok(),
            !needs_township_mode,
            "{step:?}"
        );
        assert_eq!(
            may_make(OfficeRole::TownshipPresidium, &passed, true),
            Ok(())
        );
    }
    // A presidium seals a numbering as its own.
    let mut town = Office::new("城关镇人大主席团", OfficeRole::TownshipPresidium, 6);
    town.take(&county.c);
    let events = town
        .stored(false)
        .into_iter()
        .map(|(seal_, raw)| {
            if raw == county.accepted.to_json() {
                (seal(town.card.id, &raw), raw)
            } else {
                (seal_, raw)
            }
        })
        .collect();
    let numbering = town.packet(vec![]).with(events);
    let (v, draft) = stranger(&county);
    let vouching = town.parcel(None, vec![v.sealed(&draft)], vec![v.card.clone()]);
    // A station trusting both, in township mode from `from`, if at all.
    let receiver = |from: Option<NaiveDate>| {
        let mut s = station();
        s.trust(&county.c);
        s.trust(&town);
        if let Some(from) = from {
            s.t.given_on(from, township_mode(true));
            s.keep_own();
        }
        s
    };
    let on = county.accepted.business_date;
    for (from, counts) in [(None, false), (on.succ_opt(), false), (Some(on), true)] {
        let s = receiver(from);
        let p = s.preview(&numbering, false);
        if counts {
            assert!(p.held.is_empty(), "{from:?}: {:?}", reasons(&p));
            assert!(new_ids(&p).contains(&county.accepted.id));
        } else {
            assert_eq!(reasons(&p), ["乡镇人大主席团无权立案编号"], "{from:?}");
            assert!(!new_ids(&p).contains(&county.accepted.id));
        }
        // Vouching reads the township mode in force now.
        let p = s.preview(&vouching, false);
        if from.is_some() {
            assert!(p.held.is_empty(), "{from:?}: {:?}", reasons(&p));
            assert_eq!(
                p.trust,
                [(
                    v.card.clone(),
                    fingerprint(&v.card),
                    TrustBasis::Vouched { by: town.card.id }
                )]
            );
        } else {
            assert_eq!(reasons(&p), [MAKER_UNKNOWN]);
            assert!(p.trust.is_empty());
        }
    }
}

#[test]
fn vouching_never_admits_an_office_that_may_number() {
    let county = county();
    let (v, draft) = stranger(&county);
    let mut town = Office::new("城关镇人大主席团", OfficeRole::TownshipPresidium, 6);
    town.take(&county.c);
    let own_draft = town
        .t
        .complete_draft(county.wang, None, "关于整治城关河道的建议");
    let town_draft = town.act(RaisingCommand::CreateDraft(own_draft)).remove(0);
    let (other, other_delegation) = other_committee_office();
    let events = vec![
        v.sealed(&draft),
        town.sealed(&town_draft),
        other.sealed(&other_delegation),
    ];
    let cards = vec![v.card.clone(), town.card.clone(), other.card.clone()];
    let packet = county.c.parcel(None, events, cards);
    // In township mode, where a presidium may number.
    let mut s = station();
    s.trust(&county.c);
    s.act(township_mode(true));
    let p = s.preview(&packet, false);
    assert_eq!(
        p.trust,
        [(
            v.card.clone(),
            fingerprint(&v.card),
            TrustBasis::Vouched {
                by: county.c.card.id
            }
        )],
        "the station only"
    );
    assert_eq!(new_ids(&p), BTreeSet::from([draft.id]));
    let held: BTreeMap<String, &str> = p
        .held
        .iter()
        .map(|h| (h.id.clone(), h.reason.as_str()))
        .collect();
    assert_eq!(
        held,
        BTreeMap::from([
            (town_draft.id.to_string(), MAKER_UNKNOWN),
            (other_delegation.id.to_string(), MAKER_UNKNOWN),
        ])
    );
    // Confirmed by phone, the presidium counts.
    s.trust(&town);
    let p = s.preview(&packet, false);
    assert!(new_ids(&p).contains(&town_draft.id));
}

#[test]
fn an_event_is_known_by_its_own_top_level_id_not_by_a_text_search() {
    let county = county();
    let mut s = station();
    s.trust(&county.c);
    s.import(&county.c.packet(vec![]));
    let (_, raw) = county.c.sealed(&county.accepted);
    let id = county.accepted.id.to_string();
    // The same id, written after the kind and with a space, and another
    // number: a text search finds the suggestion's id in the kind first.
    let without = raw.replacen(&format!("\"id\":\"{id}\","), "", 1);
    assert_ne!(without, raw);
    let body = without.strip_suffix('}').unwrap();
    let crafted = format!("{body},\"id\": \"{id}\"}}").replacen("\"number\":1", "\"number\":2", 1);
    assert_eq!(
        Event::from_json(&crafted).unwrap()[0].id,
        county.accepted.id
    );
    assert_eq!(event::id_of(&crafted), county.item.to_string());
    assert_eq!(event_id(&crafted), id);
    let p = s.import(
        &county
            .c
            .packet(vec![])
            .with(vec![(seal(county.c.card.id, &crafted), crafted)]),
    );
    assert!(p.new.is_empty(), "{:?}", new_ids(&p));
    assert_eq!(reasons(&p), [SAME_ID_DIFFERENT]);
    assert_eq!(p.held[0].id, id);
    assert_eq!(s.bodies[&county.accepted.id], raw);
    assert_eq!(
        s.t.state()
            .review_file(county.item)
            .and_then(|f| f.number)
            .map(|(_, n)| n),
        Some(1)
    );
}

#[test]
fn a_backup_restores_only_into_a_store_holding_nothing_and_only_with_its_offices_key() {
    let county = county();
    let backup = county.c.backup();
    assert!(Office::empty("新浏览器", 9).preview(&backup, false).restore);
    // Without the key, or with another office's, it restores nothing.
    let mut keyless = backup.clone();
    keyless.header.key = None;
    let mut foreign = backup.clone();
    foreign.header.key = Some(BackupKey {
        office: station().card.id,
        secret: "cd".repeat(32),
    });
    for packet in [&keyless, &foreign] {
        let p = Office::empty("新浏览器", 9).preview(packet, false);
        assert!(!p.restore);
        assert_eq!(p.sender.status, SenderStatus::Unknown);
        assert!(p.new.is_empty());
    }
    // A store holding an event it cannot read (so no event is read from
    // it) is not empty.
    let mut holding = Office::empty("新浏览器", 9);
    holding.bodies.insert(
        EventId(Uuid::from_u128(77)),
        r#"{"format":99,"id":"00000000-0000-0000-0000-00000000004d","kind":{"future":{}}}"#.into(),
    );
    assert!(holding.t.events_so_far().is_empty());
    let p = holding.preview(&backup, false);
    assert!(!p.restore);
    assert!(p.new.is_empty());
}

#[test]
fn a_restore_judges_by_the_backups_own_settings() {
    let county = county();
    // A presidium in township mode that trusted the committee office by
    // command (a premise): restored, the committee office is a numbering
    // peer by the backup's township mode, not by an empty store's.
    let mut town = Office::new("城关镇人大主席团", OfficeRole::TownshipPresidium, 6);
    town.act(township_mode(true));
    town.trust(&county.c);
    town.take(&county.c);
    let p = Office::empty("新浏览器", 9).preview(&town.backup(), false);
    assert!(p.restore);
    let peer = numbering_peer(OfficeRole::TownshipPresidium, OfficeRole::CommitteeOffice);
    assert_eq!(p.held.len(), county.c.stored(false).len());
    assert!(reasons(&p).iter().all(|r| *r == peer), "{:?}", reasons(&p));
}

// ---------------------------------------------------------------------
// Merging, as properties over random packets.

impl Parcel {
    fn with(mut self, events: Vec<(Seal, String)>) -> Parcel {
        self.events = events;
        self
    }

    /// One packet carrying both's events and offices (same sender).
    fn union(&self, other: &Parcel) -> Parcel {
        let mut out = self.clone();
        out.events.extend(other.events.iter().cloned());
        for c in &other.header.offices {
            if !out.header.offices.contains(c) {
                out.header.offices.push(c.clone());
            }
        }
        out
    }
}

const NAMES: [&str; 4] = ["王伟东", "王卫", "汪伟", "王玮"];
const TOPICS: [&str; 4] = ["修复路灯", "增设公交站", "改造公厕", "整治河道"];

/// The committee office, a station, a presidium, a handling unit and a
/// stranger, each editing the same deputies and drafts at random, and the
/// pool of their sealed events, with forgeries: a unit re-sealing events
/// as its own, and a unit signing in the committee office's name.
struct World {
    offices: Vec<Office>,
    pool: Vec<(Seal, String)>,
}

fn world(seed: u64) -> World {
    let mut rng = SplitMix::new(seed);
    let mut c = Office::new("县人大代表工委", OfficeRole::CommitteeOffice, 1);
    let g: DelegationId = c.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    let deputies: Vec<DeputyId> = ["王伟", "李娜", "张强"]
        .iter()
        .map(|n| c.added(DirectoryCommand::AddDeputy(DeputyFields::new(n, g))))
        .collect();
    let drafts: Vec<SuggestionId> = deputies[..2]
        .iter()
        .map(|d| {
            let draft = c.t.complete_draft(*d, None, "关于修复集镇主街路灯的建议");
            c.added(RaisingCommand::CreateDraft(draft))
        })
        .collect();
    let mut offices = vec![c];
    for (name, role, seed) in [
        ("城关镇代表联络站", OfficeRole::Station, 2),
        ("城关镇人大主席团", OfficeRole::TownshipPresidium, 6),
        ("县交通运输局", OfficeRole::HandlingUnit, 4),
        ("北山乡代表联络站", OfficeRole::Station, 5),
    ] {
        let mut o = Office::new(name, role, seed);
        o.take(&offices[0]);
        offices.push(o);
    }
    for o in &mut offices {
        for _ in 0..2 + rng.below(4) {
            let id = *rng.pick(&drafts);
            match rng.below(3) {
                0 => o.try_act(DirectoryCommand::EditDeputy {
                    id: *rng.pick(&deputies),
                    fields: DeputyFields::new(NAMES[rng.below(NAMES.len())], g),
                }),
                1 => {
                    let mut d = o.t.state().raising.suggestions[&id].draft.clone();
                    d.title = format!("关于{}的建议", rng.pick(&TOPICS));
                    o.try_act(RaisingCommand::EditDraft { id, draft: d });
                }
                _ => {
                    let mut d = o.t.state().raising.suggestions[&id].draft.clone();
                    d.ask = format!("请尽快{}。", rng.pick(&TOPICS));
                    o.try_act(RaisingCommand::EditDraft { id, draft: d });
                }
            }
        }
    }
    let mut pool: Vec<(Seal, String)> = Vec::new();
    for o in &offices {
        for e in o.t.events_so_far() {
            if !e.kind.is_local() && e.office == o.t.runner.office {
                pool.push(o.sealed(e));
            }
        }
    }
    let (committee, unit) = (offices[0].card.id, offices[3].card.id);
    for i in 0..pool.len() {
        let raw = pool[i].1.clone();
        if rng.chance(15) {
            pool.push((seal(unit, &raw), raw.clone()));
        }
        if rng.chance(10) {
            let signature = sign(unit, &raw);
            pool.push((
                Seal {
                    office: committee,
                    signature,
                    seq: None,
                },
                raw,
            ));
        }
    }
    World { offices, pool }
}

impl World {
    /// A packet from the office at `from` (one of the first four) with each
    /// event of the pool by chance, vouching for the stranger sometimes.
    fn parcel(&self, rng: &mut SplitMix, from: usize) -> Parcel {
        let events = self
            .pool
            .iter()
            .filter(|_| rng.chance(50))
            .cloned()
            .collect();
        let offices = if rng.chance(40) {
            vec![self.offices[4].card.clone()]
        } else {
            vec![]
        };
        self.offices[from].parcel(None, events, offices)
    }

    /// 城关镇代表团's copy, which trusts all but the stranger.
    fn receiver(&self) -> Office {
        let mut r = delegation_office();
        for o in &self.offices[..4] {
            r.trust(o);
        }
        r
    }
}

/// What a store holds: the fold of what it imported, the ids it holds
/// back, the offices it trusts.
fn outcome(r: &Office) -> (State, BTreeSet<String>, BTreeSet<OfficeId>) {
    let shared: Vec<Event> =
        r.t.events_so_far()
            .iter()
            .filter(|e| !e.kind.is_local())
            .cloned()
            .collect();
    let known = r.t.state().exchange.known.keys().copied().collect();
    (State::from_events(shared), r.held_ids(), known)
}

fn imported(world: &World, packets: &[&Parcel]) -> Office {
    let mut r = world.receiver();
    for p in packets {
        r.import(p);
    }
    r
}

const PERMUTATIONS: [[usize; 3]; 6] = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
];

/// What the random worlds held, so the properties are not vacuous.
#[derive(Default)]
struct Seen {
    conflicts: usize,
    reasons: BTreeSet<String>,
    vouched: usize,
}

#[test]
fn importing_packets_in_any_order_gives_the_same_store() {
    let mut seen = Seen::default();
    for seed in 0..64 {
        let w = world(seed);
        let mut rng = SplitMix::new(seed ^ 0xface);
        let packets: Vec<Parcel> = (0..3)
            .map(|_| {
                let from = rng.below(4);
                w.parcel(&mut rng, from)
            })
            .collect();
        let mut first = w.receiver();
        let mut last = None;
        for p in &packets {
            last = Some(first.import(p));
        }
        let still_held = last.map_or(Vec::new(), |p| p.held);
        seen.reasons
            .extend(still_held.into_iter().map(|h| h.reason));
        let expected = outcome(&first);
        for order in &PERMUTATIONS[1..] {
            let r = imported(&w, &order.map(|i| &packets[i]));
            let (state, held, known) = outcome(&r);
            let at = format!("seed {seed}, order {order:?}");
            assert_eq!(held, expected.1, "{at}: the same events held back");
            assert_eq!(known, expected.2, "{at}: the same offices trusted");
            assert!(state == expected.0, "{at}: the same state");
        }
        seen.conflicts += expected.0.conflicts.len();
        seen.vouched += usize::from(expected.2.contains(&w.offices[4].card.id));
    }
    assert!(seen.conflicts > 0, "concurrent edits met as conflicts");
    assert!(seen.vouched > 0, "the stranger was vouched for");
    for reason in [
        BAD_SEAL,
        MAKER_UNKNOWN,
        "承办单位无权修改草稿",
        "代表之家（联络站、点）无权修改代表",
    ] {
        assert!(
            seen.reasons.contains(reason),
            "{reason}: {:?}",
            seen.reasons
        );
    }
}

#[test]
fn importing_packets_is_associative_whatever_the_grouping() {
    for seed in 0..64 {
        let w = world(seed);
        let mut rng = SplitMix::new(seed ^ 0xbeef);
        let from = rng.below(4);
        let [a, b, c] = [0, 1, 2].map(|_| w.parcel(&mut rng, from));
        let one_by_one = outcome(&imported(&w, &[&a, &b, &c]));
        let ab = a.union(&b);
        let bc = b.union(&c);
        let abc = ab.union(&c);
        for grouping in [vec![&ab, &c], vec![&a, &bc], vec![&abc]] {
            assert!(
                outcome(&imported(&w, &grouping)) == one_by_one,
                "seed {seed}: (a·b)·c = a·(b·c) = a·b·c"
            );
        }
    }
}

#[test]
fn importing_a_packet_again_changes_nothing() {
    for seed in 0..64 {
        let w = world(seed);
        let mut rng = SplitMix::new(seed ^ 0xd00d);
        let packets: Vec<Parcel> = (0..3)
            .map(|_| {
                let from = rng.below(4);
                w.parcel(&mut rng, from)
            })
            .collect();
        let mut r = imported(&w, &[&packets[0], &packets[1], &packets[2]]);
        let once = outcome(&r);
        for p in &packets {
            let again = r.import(p);
            assert!(again.adds_nothing(), "seed {seed}: nothing new");
            assert!(outcome(&r) == once, "seed {seed}: a·a = a");
        }
    }
}

#[test]
fn a_units_receipt_counts_only_for_the_unit_its_copy_is_bound_to() {
    use jianyi_core::handling::{Handling, HandlingCommand, HandlingEvent};
    let mut county = county();
    let road: UnitId = county.c.added(DirectoryCommand::AddUnit(UnitFields::new(
        "县交通运输局",
        UnitKind::GovernmentDepartment,
    )));
    let money: UnitId = county.c.added(DirectoryCommand::AddUnit(UnitFields::new(
        "县财政局",
        UnitKind::GovernmentDepartment,
    )));
    county.c.t.at_desk(Desk::CommitteeOffice);
    county.c.act(HandlingCommand::Assign {
        item: county.item,
        handling: Handling::Joint {
            lead: road,
            co: vec![money],
        },
    });
    let mut u = unit();
    u.take(&county.c);
    u.act(OfficeCommand::SetProfile(OfficeProfile {
        unit: Some(road),
        ..OfficeProfile::new(
            "县交通运输局",
            "示范县",
            OfficeLevel::County,
            OfficeRole::HandlingUnit,
        )
    }));
    u.card.unit = Some(road);
    u.t.at_desk(Desk::Unit);
    let signed = u
        .act(HandlingCommand::SignFor {
            item: county.item,
            unit: road,
        })
        .remove(0);
    // The same act made out for the co-unit, sealed by this unit's copy.
    let mut forged = signed.clone();
    forged.id = EventId(Uuid::from_u128(0xf0f0));
    forged.kind = HandlingEvent::ReceiptSigned {
        item: county.item,
        unit: money,
        clock: None,
    }
    .into();
    let raw = forged.to_json();
    let mut events = u.stored(false);
    events.push((seal(u.card.id, &raw), raw));
    county.c.trust(&u);
    let p = county.c.import(&u.packet(vec![]).with(events));
    assert_eq!(reasons(&p), [NOT_ITS_UNIT]);
    let a = &county.c.t.state().handling.assignments[&county.item];
    assert!(a.task(road).unwrap().received_on.is_some());
    assert_eq!(a.task(money).unwrap().received_on, None);
}

#[test]
fn a_leaders_offices_record_counts_only_on_the_items_its_leader_answers_for() {
    use jianyi_core::directory::{LeaderFields, Organ};
    use jianyi_core::supervision::{Participants, RecordFields, RecordKind, SupervisionCommand};
    let mut county = county();
    let leader = |name: &str, post: &str, organ| {
        DirectoryCommand::AddLeader(LeaderFields {
            name: name.into(),
            post: post.into(),
            organ,
            duties: String::new(),
        })
    };
    let mayor: LeaderId = county
        .c
        .added(leader("李明", "县长", Some(Organ::Government)));
    let vice: LeaderId = county.c.added(leader("周华", "县人大常委会副主任", None));
    county.c.t.at_desk(Desk::CommitteeOffice);
    county.c.act(SupervisionCommand::SetResponsibilities {
        item: county.item,
        leading: Some(mayor),
        supervising: None,
        following: None,
    });
    // The mayor's office's copy, bound to the mayor, records a phone call.
    let mut l = Office::new("县长办公室", OfficeRole::LeaderOffice, 6);
    l.take(&county.c);
    l.act(OfficeCommand::SetProfile(OfficeProfile {
        leader: Some(mayor),
        ..OfficeProfile::new(
            "县长办公室",
            "示范县",
            OfficeLevel::County,
            OfficeRole::LeaderOffice,
        )
    }));
    l.t.at_desk(Desk::Leader);
    let record = l
        .act(SupervisionCommand::RecordSupervision(RecordFields {
            kind: RecordKind::PhoneCall,
            place: String::new(),
            items: vec![county.item],
            units: vec![],
            participants: Participants {
                leaders: vec![mayor],
                ..Participants::default()
            },
            findings: "电话询问路灯修复进展".into(),
            decisions: String::new(),
            follow_ups: vec![],
        }))
        .remove(0);
    county.c.trust(&l);
    // Its card bound to no leader, or to one who answers for nothing: held.
    for bound in [None, Some(vice)] {
        l.card.leader = bound;
        let p = county.c.import(&l.packet(vec![]));
        assert_eq!(reasons(&p), [NOT_ITS_LEADER], "{bound:?}");
        assert!(county.c.t.state().supervision.records.is_empty());
    }
    // Bound to the mayor: it counts.
    l.card.leader = Some(mayor);
    let p = county.c.import(&l.packet(vec![]));
    assert!(new_ids(&p).contains(&record.id), "{:?}", reasons(&p));
    assert_eq!(county.c.t.state().supervision.records.len(), 1);
}
