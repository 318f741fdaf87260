//! How fast the exchange's signatures are natively: one event's seal
//! checked (the figure for "signature checks per second"), one made, and a
//! packet of 1,000 events opened. Run with
//! `cargo bench -p jianyi-seal --bench seal`; figures are printed, never
//! asserted.
//!
//! Benches build with the release profile, opt-level "z", under which
//! x86-64's 64-bit field arithmetic of curve25519-dalek runs about 60
//! times slower (about 300 checks a second); in wasm (32-bit arithmetic)
//! "z" costs nothing. For the native figure add
//! `--config 'profile.release.package.curve25519-dalek.opt-level=3'`.

use jianyi_core::OfficeId;
use jianyi_core::exchange::{PacketHeader, PacketScope};
use jianyi_core::office::OfficeRole;
use jianyi_seal::*;

fn main() {
    divan::main();
}

const SECRET: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// An event about as long as a draft's edit in the demo county.
fn event(n: usize) -> String {
    format!(
        r#"{{"format":2,"id":"00000000-0000-0000-0000-{n:012x}","stamp":{{"ms":1800000000000,"count":{n},"office":"1a2b3c4d"}},"office":"1a2b3c4d","actor":{{"desk":"station","how":"direct"}},"business_date":"2026-11-28","raising":{{"draft_edited":{{"id":"00000000-0000-0000-0000-{n:012x}","base":3,"changes":{{"ask":"关于修缮城关镇东街道路、增设路灯和排水设施的建议：东街路面破损严重，雨天积水，夜间照明不足，群众出行不便。"}}}}}}}}"#
    )
}

#[divan::bench]
fn verify_event_once(bencher: divan::Bencher) {
    let signer = Signer::from_secret_hex(SECRET).unwrap();
    let verifier = Verifier::from_public_key_hex(&signer.public_key()).unwrap();
    let raw = event(1);
    let sig = signer.seal_event(&raw);
    bencher
        .counter(divan::counter::ItemsCount::new(1usize))
        .bench(|| assert!(verifier.verify_event(divan::black_box(&raw), divan::black_box(&sig))));
}

#[divan::bench]
fn seal_event_once(bencher: divan::Bencher) {
    let signer = Signer::from_secret_hex(SECRET).unwrap();
    let raw = event(1);
    bencher
        .counter(divan::counter::ItemsCount::new(1usize))
        .bench(|| signer.seal_event(divan::black_box(&raw)));
}

#[divan::bench(args = [1000])]
fn open_packet(bencher: divan::Bencher, events: usize) {
    let signer = Signer::from_secret_hex(SECRET).unwrap();
    let office = OfficeId(uuid::Uuid::from_u128(1));
    let card = jianyi_core::exchange::OfficeCard {
        id: office,
        name: "示范县人大常委会代表工委".into(),
        role: OfficeRole::CommitteeOffice,
        unit: None,
        station: None,
        delegation: None,
        leader: None,
        public_key: signer.public_key(),
    };
    let header = PacketHeader::new(
        PacketScope::Partner,
        card.clone(),
        None,
        "2026-11-28T10:15:00+08:00",
        vec![],
        Default::default(),
        None,
    );
    let sealed: Vec<_> = (0..events)
        .map(|n| {
            let raw = event(n);
            (seal_as(&signer, office, &raw), raw)
        })
        .collect();
    let text = make_packet(&signer, &header, &sealed);
    let known = [(office, card.public_key.clone())];
    bencher
        .counter(divan::counter::ItemsCount::new(events))
        .bench(|| {
            let v = open(divan::black_box(&text), &known, &[], || 0.0).unwrap();
            assert!(v.packet_signature_ok);
        });
}
