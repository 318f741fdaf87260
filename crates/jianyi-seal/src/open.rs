//! Opening a packet file: read it with the core's `read_packet` (format and
//! version; the packet member's exact text kept), check the packet's
//! signature with its sender's key, check each event's seal with the key of
//! the office the seal names, and give every card's fingerprint. Nothing is
//! judged here: whether a key is trusted, or a maker may author an event,
//! is the core's `judge`.

use std::collections::{BTreeMap, HashMap};

use jianyi_core::OfficeId;
use jianyi_core::exchange::{OfficeCard, Seal, Verified, VerifiedEvent, read_packet};

use crate::keys::Verifier;

/// Opens the packet file `text`.
///
/// - `known`: the offices the receiver knows and their public keys. A
///   seal's key is taken from here first, else from the packet's cards
///   (`from`, then `offices`), else the seal is unchecked
///   (`seal_ok: None`).
/// - `also`: events held back by earlier imports, checked again the same
///   way (this packet may carry the key that was missing) and reported in
///   `Verified::also`.
/// - `now`: a clock in milliseconds; `verify_ms` is the time spent on the
///   signatures, keys and fingerprints, not on reading the JSON.
///
/// Err: the clerk's message why the file is not a readable packet,
/// including a card whose public key is not a usable key.
pub fn open(
    text: &str,
    known: &[(OfficeId, String)],
    also: &[VerifiedEvent],
    now: impl Fn() -> f64,
) -> Result<Verified, String> {
    let (file, packet) = read_packet(text).map_err(|e| e.message_zh())?;
    let started = now();

    let verifier = |card: &OfficeCard| {
        Verifier::from_public_key_hex(&card.public_key).map_err(|e| {
            format!(
                "交换包中“{}”的{}，没有导入任何内容",
                card.name,
                e.message_zh()
            )
        })
    };
    // The keys the packet carries, by office: the sender's, then the first
    // card listed for each other office. `to` (normally the receiver)
    // checks no seal; every card gets its fingerprint.
    let from_key = verifier(&packet.from)?;
    let mut carried: HashMap<OfficeId, Verifier> = HashMap::new();
    carried.insert(packet.from.id, from_key.clone());
    for card in &packet.offices {
        let key = verifier(card)?;
        carried.entry(card.id).or_insert(key);
    }
    let mut fingerprints = BTreeMap::new();
    for card in std::iter::once(&packet.from).chain(&packet.offices) {
        fingerprints
            .entry(card.id)
            .or_insert_with(|| carried[&card.id].fingerprint());
    }
    if let Some(to) = &packet.to {
        let key = verifier(to)?;
        fingerprints
            .entry(to.id)
            .or_insert_with(|| key.fingerprint());
    }
    // A malformed known key checks nothing: its seals fail.
    let known: HashMap<OfficeId, Option<Verifier>> = known
        .iter()
        .map(|(id, key)| (*id, Verifier::from_public_key_hex(key).ok()))
        .collect();
    let seal_ok = |seal: &Seal, raw: &str| -> Option<bool> {
        match known.get(&seal.office) {
            Some(key) => Some(
                key.as_ref()
                    .is_some_and(|k| k.verify_event(raw, &seal.signature)),
            ),
            None => carried
                .get(&seal.office)
                .map(|k| k.verify_event(raw, &seal.signature)),
        }
    };

    let packet_signature_ok = from_key.verify_packet(file.packet.get(), &file.signature);
    let mut verified = Verified::of(&packet, packet_signature_ok, fingerprints, 0.0, &seal_ok);
    verified.also = also
        .iter()
        .map(|held| VerifiedEvent {
            seal_ok: seal_ok(&held.seal, &held.raw),
            ..held.clone()
        })
        .collect();
    // The migrations of older events run here, in the worker: the pages
    // do not carry them.
    jianyi_core::exchange::packet::with_migrations(&mut verified);
    verified.verify_ms = (now() - started).max(0.0);
    Ok(verified)
}
