//! The signatures of the exchange: keys from a seed, fingerprints, seals and
//! packet signatures, and `open` of a packet file changed in every way one
//! byte can change it.

use jianyi_core::exchange::{
    OfficeCard, PACKET_VERSION, PacketHeader, PacketScope, Seal, Verified, VerifiedEvent, finish,
};
use jianyi_core::office::OfficeRole;
use jianyi_core::{OfficeId, UnitId};
use jianyi_seal::*;
use uuid::Uuid;

const SEED: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
/// RFC 8032, section 7.1, test 1.
const RFC_SECRET: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const RFC_PUBLIC: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

fn seed(n: u8) -> String {
    format!("{n:02x}").repeat(32)
}

fn office(n: u128) -> OfficeId {
    OfficeId(Uuid::from_u128(n))
}

fn card(n: u128, name: &str, role: OfficeRole, secret: &str) -> OfficeCard {
    OfficeCard {
        id: office(n),
        name: name.to_string(),
        role,
        unit: (role == OfficeRole::HandlingUnit).then(|| UnitId(Uuid::from_u128(n + 1000))),
        station: None,
        delegation: None,
        leader: None,
        public_key: public_key(secret).unwrap(),
    }
}

fn no_clock() -> f64 {
    0.0
}

/// Two offices: the committee office (seed 1) and a station (seed 2).
struct World {
    committee: OfficeCard,
    station: OfficeCard,
    committee_key: Signer,
    station_key: Signer,
}

fn world() -> World {
    World {
        committee: card(
            1,
            "示范县人大常委会代表工委",
            OfficeRole::CommitteeOffice,
            &seed(1),
        ),
        station: card(2, "城关镇代表联络站", OfficeRole::Station, &seed(2)),
        committee_key: Signer::from_secret_hex(&seed(1)).unwrap(),
        station_key: Signer::from_secret_hex(&seed(2)).unwrap(),
    }
}

const EVENT_A: &str = r#"{"format":2,"id":"00000000-0000-0000-0000-00000000000a","office":"1a2b3c4d","raising":{"draft_edited":{"ask":"修缮城关镇东街道路"}}}"#;
const EVENT_B: &str = r#"{"format":2,"id":"00000000-0000-0000-0000-00000000000b","office":"5e6f7a8b","review":{"numbered":{"number":7}}}"#;

const MADE_AT: &str = "2026-11-28T10:15:00+08:00";

/// A packet from `from` to `to`, vouching for `offices`.
fn header(from: &OfficeCard, to: Option<&OfficeCard>, offices: &[OfficeCard]) -> PacketHeader {
    PacketHeader::new(
        PacketScope::Partner,
        from.clone(),
        to.cloned(),
        MADE_AT,
        offices.to_vec(),
        Default::default(),
        None,
    )
}

/// Opens with no events held from before and no clock.
fn open_now(text: &str, known: &[(OfficeId, String)]) -> Result<Verified, String> {
    open(text, known, &[], no_clock)
}

/// A station's packet to the committee office: one event of its own.
fn small_packet(w: &World) -> String {
    make_packet(
        &w.station_key,
        &header(&w.station, Some(&w.committee), &[]),
        &[(
            seal_as(&w.station_key, w.station.id, EVENT_A),
            EVENT_A.to_string(),
        )],
    )
}

#[test]
fn a_seal_and_a_packet_signature_verify_with_the_key_and_only_for_the_text() {
    let public = public_key(SEED).unwrap();
    let sig = seal_event(SEED, EVENT_A).unwrap();
    assert_eq!(sig.len(), 128);
    assert!(verify_event(&public, EVENT_A, &sig));
    assert!(!verify_event(&public, EVENT_B, &sig), "another text");
    assert!(
        !verify_event(&public_key(&seed(9)).unwrap(), EVENT_A, &sig),
        "another key"
    );
    assert!(
        !verify_event(&public, EVENT_A, &sig.to_uppercase()),
        "uppercase hex"
    );
    assert!(!verify_event(&public, EVENT_A, &sig[..126]), "short");

    let psig = sign_packet(SEED, "{\"x\":1}").unwrap();
    assert!(verify_packet(&public, "{\"x\":1}", &psig));
    assert!(!verify_packet(&public, "{\"x\":2}", &psig));
    // Domain separation: an event's seal is no packet signature, and back.
    assert!(!verify_packet(&public, EVENT_A, &sig));
    assert!(!verify_event(&public, "{\"x\":1}", &psig));
    // Deterministic: Ed25519 signs the same text the same way.
    assert_eq!(seal_event(SEED, EVENT_A).unwrap(), sig);
}

#[test]
fn a_fixed_seed_gives_a_fixed_public_key_and_fingerprint() {
    assert_eq!(
        public_key(RFC_SECRET).unwrap(),
        RFC_PUBLIC,
        "RFC 8032 test 1"
    );
    assert_eq!(fingerprint(RFC_PUBLIC).unwrap(), "7039 8369 3092 7159 6507");
    // Pinned, and the same from OpenSSL's Ed25519 (Python `cryptography`):
    // key from the seed, SHA-256 fingerprint, and the seal of `{"a":1}`.
    let public = public_key(SEED).unwrap();
    assert_eq!(
        public,
        "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8"
    );
    assert_eq!(fingerprint(&public).unwrap(), "6839 2460 7901 8199 9941");
    assert_eq!(
        seal_event(SEED, r#"{"a":1}"#).unwrap(),
        "41c3cd1fab59ddf4d39bf3e4a3464c7db2b3e6540cc4f1a958ab6aab5c774191\
         bcc1278fae72ef320db874d94861195755e5fe07082cd47a1bae4297b0005c0f"
    );
}

#[test]
fn malformed_seeds_and_keys_are_refused() {
    assert!(public_key(&SEED.to_uppercase()).is_err());
    assert!(public_key(&SEED[2..]).is_err());
    assert!(fingerprint(&RFC_PUBLIC.to_uppercase()).is_err());
    assert!(seal_event("zz", EVENT_A).is_err());
    // The identity point's encoding: a weak key.
    let weak = format!("01{}", "00".repeat(31));
    assert_eq!(fingerprint(&weak), Err(SealError::BadPublicKey));
    assert!(
        SealError::BadHex {
            what: "secret",
            bytes: 32
        }
        .message_zh()
        .contains("64 位小写十六进制")
    );
}

#[test]
fn an_intact_packet_opens_with_every_signature_and_fingerprint() {
    let w = world();
    let known = [(w.committee.id, w.committee.public_key.clone())];
    let text = make_packet(
        &w.committee_key,
        &header(
            &w.committee,
            Some(&w.station),
            std::slice::from_ref(&w.station),
        ),
        &[
            (
                seal_as(&w.station_key, w.station.id, EVENT_A),
                EVENT_A.to_string(),
            ),
            (
                seal_as(&w.committee_key, w.committee.id, EVENT_B),
                EVENT_B.to_string(),
            ),
            // Made by an office neither known nor carried.
            (
                seal_as(&w.station_key, office(77), EVENT_B),
                EVENT_B.to_string(),
            ),
        ],
    );
    let v = open_now(&text, &known).unwrap();
    assert!(v.packet_signature_ok);
    assert_eq!(v.packet.version, PACKET_VERSION);
    assert_eq!(v.packet.scope, PacketScope::Partner);
    assert_eq!(v.packet.made_at, MADE_AT);
    assert_eq!(v.packet.from, w.committee);
    assert_eq!(v.packet.offices, std::slice::from_ref(&w.station));
    let fingerprints: Vec<_> = v.fingerprints.into_iter().collect();
    assert_eq!(
        fingerprints,
        [
            (
                w.committee.id,
                fingerprint(&w.committee.public_key).unwrap()
            ),
            (w.station.id, fingerprint(&w.station.public_key).unwrap()),
        ]
    );
    let seen: Vec<_> = v
        .events
        .iter()
        .map(|e| (e.raw.as_str(), e.seal_ok))
        .collect();
    assert_eq!(
        seen,
        [
            (EVENT_A, Some(true)),
            (EVENT_B, Some(true)),
            (EVENT_B, None)
        ]
    );
}

#[test]
fn the_clock_times_the_checks() {
    let w = world();
    let ticks = std::cell::Cell::new(0.0);
    let clock = || {
        ticks.set(ticks.get() + 5.0);
        ticks.get()
    };
    let v = open(&small_packet(&w), &[], &[], clock).unwrap();
    assert_eq!(v.verify_ms, 5.0);
}

/// Every way one byte of a packet file can change: each position, set to
/// a few other values (a flipped low bit, a flipped case bit, another
/// ASCII character). The changed file must be refused, or open with the
/// packet signature failing: never as an intact packet.
#[test]
fn every_changed_byte_of_a_packet_file_fails() {
    let w = world();
    let text = small_packet(&w);
    let intact = open_now(&text, &[]).unwrap();
    assert!(intact.packet_signature_ok);
    assert_eq!(intact.events[0].seal_ok, Some(true));

    let bytes = text.as_bytes();
    let (mut refused, mut signature_failed, mut not_utf8) = (0, 0, 0);
    for at in 0..bytes.len() {
        let was = bytes[at];
        let mut others = vec![was ^ 0x01, was ^ 0x20];
        if was.is_ascii() {
            others.push(if was == b'0' { b'1' } else { b'0' });
        }
        for other in others {
            if other == was {
                continue;
            }
            let mut changed = bytes.to_vec();
            changed[at] = other;
            let Ok(changed) = String::from_utf8(changed) else {
                not_utf8 += 1;
                continue;
            };
            match open_now(&changed, &[]) {
                Err(_) => refused += 1,
                Ok(v) => {
                    assert!(
                        !v.packet_signature_ok,
                        "byte {at} changed from {was:#04x} to {other:#04x} passes as intact:\n{changed}"
                    );
                    signature_failed += 1;
                }
            }
        }
    }
    assert!(refused > 0 && signature_failed > 0);
    eprintln!(
        "{} bytes: {refused} changes refused, {signature_failed} with the signature failing, {not_utf8} not UTF-8",
        bytes.len()
    );
}

/// A byte changed inside one event, and the packet signed again (as a
/// relaying office would): the packet's signature holds, that event's seal
/// fails, the other event's seal holds.
#[test]
fn a_changed_byte_inside_one_event_fails_that_events_seal() {
    let w = world();
    let seal_a = seal_as(&w.station_key, w.station.id, EVENT_A);
    let seal_b = seal_as(&w.committee_key, w.committee.id, EVENT_B);
    let known = [(w.committee.id, w.committee.public_key.clone())];
    let mut checked = 0;
    for at in 0..EVENT_A.len() {
        let mut changed = EVENT_A.as_bytes().to_vec();
        changed[at] ^= 0x01;
        let Ok(changed) = String::from_utf8(changed) else {
            continue;
        };
        if serde_json::from_str::<serde_json::Value>(&changed).is_err() {
            continue;
        }
        let text = make_packet(
            &w.station_key,
            &header(&w.station, Some(&w.committee), &[]),
            &[
                (seal_a.clone(), changed.clone()),
                (seal_b.clone(), EVENT_B.to_string()),
            ],
        );
        let v = open_now(&text, &known).unwrap();
        assert!(v.packet_signature_ok);
        assert_eq!(v.events[0].raw, changed);
        assert_eq!(
            v.events[0].seal_ok,
            Some(false),
            "byte {at} of the event changed"
        );
        assert_eq!(v.events[1].seal_ok, Some(true));
        checked += 1;
    }
    assert!(checked > EVENT_A.len() / 2, "{checked} changes checked");
}

/// A handling unit seals a numbering event with its own key but names the
/// committee office as its maker, and vouches for a forged card of the
/// committee office with its own key. Where the committee office is known
/// its registered key is used and the seal fails; where it is not, the
/// forged card is the only key (the core's judge trusts such a card only
/// when a trusted committee office or presidium sent it), and its
/// fingerprint is not the committee office's.
#[test]
fn an_event_resealed_by_another_key_claiming_the_committee_office_fails() {
    let w = world();
    let unit_key = Signer::from_secret_hex(&seed(3)).unwrap();
    let unit = card(3, "县交通运输局", OfficeRole::HandlingUnit, &seed(3));
    let forged_committee = OfficeCard {
        public_key: unit_key.public_key(),
        ..w.committee.clone()
    };
    let text = make_packet(
        &unit_key,
        &header(&unit, None, &[forged_committee]),
        &[(
            seal_as(&unit_key, w.committee.id, EVENT_B),
            EVENT_B.to_string(),
        )],
    );
    let known = [(w.committee.id, w.committee.public_key.clone())];
    let v = open_now(&text, &known).unwrap();
    assert!(v.packet_signature_ok, "the unit did sign its packet");
    assert_eq!(v.events[0].seal_ok, Some(false));

    let v = open_now(&text, &[]).unwrap();
    assert_eq!(v.events[0].seal_ok, Some(true));
    assert_ne!(
        v.fingerprints[&w.committee.id],
        fingerprint(&w.committee.public_key).unwrap()
    );

    // Sealed by the unit's key naming the committee office, in the
    // committee office's own packet: the registered key fails it too.
    let relayed = make_packet(
        &w.committee_key,
        &header(&w.committee, None, &[]),
        &[(
            seal_as(&unit_key, w.committee.id, EVENT_B),
            EVENT_B.to_string(),
        )],
    );
    let v = open_now(&relayed, &[]).unwrap();
    assert!(v.packet_signature_ok);
    assert_eq!(v.events[0].seal_ok, Some(false));
}

/// Events held back by an earlier import are checked again with the keys
/// this packet carries.
#[test]
fn events_held_before_are_checked_again_with_this_packets_keys() {
    let w = world();
    let held = |raw: &str, seal: Seal| VerifiedEvent {
        migrated: None,
        raw: raw.to_string(),
        seal,
        seal_ok: None,
    };
    let also = [
        held(EVENT_A, seal_as(&w.station_key, w.station.id, EVENT_A)),
        held(EVENT_B, seal_as(&w.station_key, w.station.id, EVENT_A)),
        held(EVENT_B, seal_as(&w.station_key, office(77), EVENT_B)),
    ];
    let text = make_packet(
        &w.committee_key,
        &header(&w.committee, None, std::slice::from_ref(&w.station)),
        &[],
    );
    let v = open(&text, &[], &also, no_clock).unwrap();
    assert!(v.events.is_empty());
    let seen: Vec<_> = v.also.iter().map(|e| (e.raw.as_str(), e.seal_ok)).collect();
    assert_eq!(
        seen,
        [
            (EVENT_A, Some(true)),
            (EVENT_B, Some(false)),
            (EVENT_B, None)
        ]
    );
}

#[test]
fn a_card_with_an_unusable_key_is_refused_and_a_malformed_known_key_fails_seals() {
    let w = world();
    let mut bad = w.committee.clone();
    bad.public_key = bad.public_key.to_uppercase();
    let text = make_packet(&w.station_key, &header(&w.station, None, &[bad]), &[]);
    let e = open_now(&text, &[]).unwrap_err();
    assert!(
        e.contains("示范县人大常委会代表工委") && e.contains("公钥"),
        "{e}"
    );

    let v = open_now(&small_packet(&w), &[(w.station.id, "zz".into())]).unwrap();
    assert_eq!(v.events[0].seal_ok, Some(false));
}

#[test]
fn a_newer_version_and_a_non_packet_are_refused_in_chinese() {
    let w = world();
    let text = small_packet(&w).replacen("\"version\":2", "\"version\":3", 1);
    let e = open_now(&text, &[]).unwrap_err();
    assert!(e.contains("第 3 版") && e.contains("第 2 版"), "{e}");
    assert!(open_now("[1,2]", &[]).unwrap_err().contains("交换包"));
}

#[test]
fn the_worker_protocol_answers_each_op() {
    use jianyi_seal::wire::*;
    let w = world();
    let ask = |r: &Request| handle(&serde_json::to_string(r).unwrap(), no_clock);

    let id: Identity = read_reply(&ask(&Request::Identity { seed: seed(2) })).unwrap();
    assert_eq!(id.public_key, w.station.public_key);
    assert_eq!(id.fingerprint, fingerprint(&w.station.public_key).unwrap());

    let sealed: Sealed = read_reply(&ask(&Request::Seal {
        secret: seed(2),
        events: vec![EVENT_A.into(), EVENT_B.into()],
    }))
    .unwrap();
    assert_eq!(
        sealed.signatures,
        [
            w.station_key.seal_event(EVENT_A),
            w.station_key.seal_event(EVENT_B)
        ]
    );

    let text = packet_text(
        &header(&w.station, Some(&w.committee), &[]),
        &[(
            Seal {
                office: w.station.id,
                signature: sealed.signatures[0].clone(),
                seq: None,
            },
            EVENT_A.to_string(),
        )],
    );
    let signed: Signed = read_reply(&ask(&Request::Sign {
        secret: seed(2),
        text: text.clone(),
    }))
    .unwrap();
    let file = finish(&text, &signed.signature);

    let v: Verified = read_reply(&ask(&Request::Open {
        text: file,
        known: vec![KnownKey {
            office: w.station.id,
            public_key: w.station.public_key.clone(),
        }],
        also: vec![],
    }))
    .unwrap();
    assert!(v.packet_signature_ok);
    assert_eq!(v.events[0].seal_ok, Some(true));
    assert_eq!(v.events[0].raw, EVENT_A);

    let bad = read_reply::<Identity>(&ask(&Request::Identity { seed: "AB".into() }));
    assert!(bad.unwrap_err().contains("本单位密钥格式不正确"));
    let bad = read_reply::<Verified>(&handle("{\"op\":\"open\",\"text\":\"{}\"}", no_clock));
    assert!(bad.unwrap_err().contains("交换包"));
    let bad = read_reply::<Identity>(&handle("nonsense", no_clock));
    assert!(bad.unwrap_err().contains("请求无法读取"));
}
