//! Making a sealed and signed packet in one call, for tests and benches
//! (the app makes its packets with the core's writer and the worker's
//! `seal` and `sign`).

use jianyi_core::OfficeId;
use jianyi_core::exchange::{PacketHeader, Seal, SealedEvent, finish, write_packet};

use crate::keys::Signer;

/// The seal of `raw` by `signer`, naming `office` as its maker.
pub fn seal_as(signer: &Signer, office: OfficeId, raw: &str) -> Seal {
    Seal {
        office,
        signature: signer.seal_event(raw),
        seq: None,
    }
}

/// The packet member's text for `header` and the sealed `events` (each a
/// seal and the raw event JSON, spliced verbatim), by the core's writer.
///
/// # Panics
/// When an event's text is not JSON.
pub fn packet_text(header: &PacketHeader, events: &[(Seal, String)]) -> String {
    let events: Vec<SealedEvent> = events
        .iter()
        .map(|(seal, raw)| SealedEvent::new(seal.clone(), raw).expect("an event is JSON"))
        .collect();
    write_packet(header, &events)
}

/// A whole packet file: `packet_text` signed by `sender`.
///
/// # Panics
/// When an event's text is not JSON.
pub fn make_packet(sender: &Signer, header: &PacketHeader, events: &[(Seal, String)]) -> String {
    let text = packet_text(header, events);
    finish(&text, &sender.sign_packet(&text))
}
